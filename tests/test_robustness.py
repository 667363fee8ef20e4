"""No input crashes the answer path or leaks internals."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.types import Inbound, Reply

ODD_INPUTS = {
    "empty": "",
    "spaces only": "   \n\t ",
    "100,000 characters": "ความพึงพอใจ" * 10_000,
    "emoji only": "🙂🎉🇹🇭👍🏽",
    "control characters": "\x00\x01\x1b[31mITA\x7f\x08",
    "mixed scripts": "ITA 点数 คะแนน Ωμέγα 81.25 ٣",
    "lone surrogate": "ITA \ud800 คะแนน",
    "sql": "'; DROP TABLE records; --",
    "fts syntax": 'ITA" AND NEAR(x y) OR body:* -"',
    "fts column filter": "search_fts: {body} : ^ITA",
    "format braces": "{name} {0} %s %(x)s",
    "very long word": "ก" * 5000,
    "thai digits only": "๒๕๖๔",
    "a superscript after a place marker": "ประเด็นที่ ² 0D¹",  # int() cannot read "²"
}


def check(reply: Reply) -> None:
    assert isinstance(reply.text, str) and reply.text
    assert 0.0 <= reply.confidence <= 1.0
    assert len(reply.suggestions) <= 4
    assert "Traceback" not in reply.text and "{" not in reply.text


@pytest.mark.parametrize("case", sorted(ODD_INPUTS))
def test_odd_input_gets_a_reply(engine: Engine, case: str) -> None:
    check(engine.handle(Inbound(ODD_INPUTS[case], f"odd-{case}")))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(engine: Engine, text: str) -> None:
    check(engine.handle(Inbound(text, "fuzz")))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F), max_size=200))
def test_arbitrary_thai_never_crashes(engine: Engine, text: str) -> None:
    check(engine.handle(Inbound(text, "fuzz-thai")))
