"""The bundled knowledge: complete, valid, faithful to the source report, and answerable."""

from __future__ import annotations

import re

import pytest

from bot.core.coverage import report_sections
from bot.core.loader import Bundle
from bot.evaluation import plain
from tests.conftest import SOURCE

needs_source = pytest.mark.skipif(not SOURCE.exists(), reason="the shared source report is not beside the project")
NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def test_every_record_validates(bundle: Bundle) -> None:
    assert len(bundle.records) >= 60
    assert {r.kind for r in bundle.records} >= {"indicator", "award", "portal", "province", "covid", "letter"}


@needs_source
def test_every_section_of_the_report_is_covered(bundle: Bundle) -> None:
    covered = {s for r in bundle.records for s in r.sections}
    missing = [s for s in report_sections(SOURCE) if s not in covered]
    assert missing == []


@needs_source
def test_every_number_in_the_knowledge_appears_in_the_source(bundle: Bundle) -> None:
    """A wrong figure is worse than none: each number an answer states must be in the report."""
    source = plain(SOURCE.read_text(encoding="utf-8"))
    source_numbers = {n.replace(",", "") for n in NUMBER.findall(source)}
    source_numbers |= {n.rstrip("0").rstrip(".") for n in source_numbers if "." in n}
    for record in bundle.records:
        texts = [record.text.th, *(d["th"] for d in record.details.model_dump(exclude_none=True).values())]
        for text in texts:
            for number in NUMBER.findall(plain(text)):
                assert number in source_numbers or number.rstrip("0").rstrip(".") in source_numbers, (
                    f"{record.id}: {number} is not in the source"
                )
        for fig in record.figures:
            for value in (fig.value, fig.target, fig.of):
                if value is not None:
                    assert f"{value:g}" in source_numbers, f"{record.id}: figure {value} is not in the source"


def test_every_record_has_english(bundle: Bundle) -> None:
    thai = re.compile(r"[\u0e00-\u0e7f]")
    quoted_thai_names = ("นร 1200/143", "ทางรัฐ", "นปร.", "ก.พ.ร.")
    for record in bundle.records:
        english = record.text.en
        for name in quoted_thai_names:
            english = english.replace(name, "")
        assert not thai.search(english), record.id
