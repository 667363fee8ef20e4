"""A chart on LINE: with an https PUBLIC_URL, a chart question or an indicator answer also sends the
chart as an image message that LINE fetches from the web server; without one, nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.channels.line import MESSAGE_LIMIT, render
from bot.core.engine import Engine
from bot.core.types import Inbound
from tests.webapp import line_text, replies, serve

CHART = "https://bot.example.org/charts/citizen-satisfaction.png"


def test_a_chart_question_gets_the_chart_as_an_image_at_the_https_public_url(tmp_path: Path) -> None:
    with serve(tmp_path, public_url="https://bot.example.org/") as running:
        running.post_line(line_text("ขอกราฟ ความพึงพอใจ", "reply-token-chart"))
        (call,) = replies(running, "reply-token-chart")
    messages = call.body["messages"]
    assert len(messages) <= MESSAGE_LIMIT and messages[0]["type"] == "flex"
    image = messages[-1]
    assert image["type"] == "image"
    assert image["originalContentUrl"] == image["previewImageUrl"] == CHART
    assert image["quickReply"]["items"], "the buttons go on the last message, the only one LINE shows them on"
    assert "quickReply" not in messages[0]


@pytest.mark.parametrize("public_url", ["http://bot.example.org", None])
def test_no_image_without_an_https_public_url(tmp_path: Path, public_url: str | None) -> None:
    with serve(tmp_path, public_url=public_url) as running:
        running.post_line(line_text("ขอกราฟ ความพึงพอใจ", "reply-token-no-chart"))
        (call,) = replies(running, "reply-token-no-chart")
    assert [m["type"] for m in call.body["messages"]] == ["flex"]


def test_an_indicator_answer_with_a_card_gets_its_chart_and_a_plain_answer_none(engine: Engine) -> None:
    indicator = engine.handle(Inbound("ความพึงพอใจของประชาชนเท่าไหร่", "chart-card"))
    plain = engine.handle(Inbound("GDX ย่อมาจากอะไร", "chart-plain"))
    assert indicator.card is not None and plain.card is None
    assert [m.type for m in render(indicator, "https://bot.example.org")] == ["flex", "image"]
    assert [m.type for m in render(plain, "https://bot.example.org")] == ["text"]


def test_an_english_reply_gets_the_english_chart(engine: Engine) -> None:
    english = engine.handle(Inbound("show me a chart of Biz Portal", "chart-english"))
    thai = engine.handle(Inbound("ขอกราฟ Biz Portal", "chart-thai"))
    assert english.lang == "en" and thai.lang == "th"
    image = render(english, "https://bot.example.org")[-1]
    assert image.type == "image"
    assert image.original_content_url == "https://bot.example.org/charts/biz-portal.png?lang=en"
    assert image.preview_image_url == image.original_content_url
    assert render(thai, "https://bot.example.org")[-1].original_content_url.endswith("/charts/biz-portal.png")
