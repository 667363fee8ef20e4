"""A bad knowledge or intent file gets a clear error naming the file, line and field; nothing half-loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.loader import BundleError, load_bundle

GOOD = """source: pdr-2564
records:
  - id: sample-fact
    kind: result
    sections: ["3.1.1.2 (1)"]
    year: 2564
    name: {th: ตัวอย่าง, en: sample}
    aliases: [sample]
    text: {th: ข้อความ, en: text}
"""

CASES = {
    "missing field": (GOOD.replace("    year: 2564\n", ""), 3, "records.0.year", "Field required"),
    "wrong type": (GOOD.replace("year: 2564", "year: last year"), 6, "records.0.year", "valid integer"),
    "unknown category": (GOOD.replace("kind: result", "kind: rumour"), 4, "records.0.kind", "unknown category"),
    "unknown field": (
        GOOD.replace("    year: 2564\n", "    year: 2564\n    colour: red\n"),
        7,
        "records.0.colour",
        "Extra inputs",
    ),
    "key written twice": (
        GOOD.replace("    year: 2564\n", "    year: 2564\n    year: 2565\n"),
        7,
        "records.0.year",
        "twice",
    ),
    "yaml syntax error": (GOOD.replace("aliases: [sample]", "aliases: [sample"), 9, "-", "YAML syntax error"),
    "empty file": ("", 1, "-", "file is empty"),
    "bad section": (GOOD.replace('"3.1.1.2 (1)"', '"chapter one"'), 5, "records.0.sections.0", "not a section"),
    "missing source": (GOOD.replace("source: pdr-2564\n", ""), 1, "source", "Field required"),
    "unknown source": (GOOD.replace("source: pdr-2564", "source: pdr-2599"), 1, "source", "unknown source"),
    "a whole's unit without the whole": (
        GOOD.replace(
            "    text: {th: ข้อความ, en: text}\n",
            "    text: {th: ข้อความ, en: text}\n    figures:\n      - label: {th: ก, en: a}\n        value: 2\n"
            "        unit: {th: ข, en: b}\n        year: 2564\n        of_unit: {th: ค, en: c}\n",
        ),
        11,
        "records.0.figures.0",
        "of_unit names the unit of `of`",
    ),
    "a part of no known record": (
        GOOD.replace("    year: 2564\n", "    year: 2564\n    part_of: cover-page\n"),
        7,
        "records.0.part_of",
        "unknown record 'cover-page'",
    ),
    "unknown source of a record": (
        GOOD.replace("    year: 2564\n", "    year: 2564\n    source: gazette\n"),
        7,
        "records.0.source",
        "unknown source 'gazette'",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_knowledge_file_names_file_line_and_field(folders: tuple[Path, Path], case: str) -> None:
    knowledge, intents = folders
    text, line, field, message = CASES[case]
    (knowledge / "zz_bad.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    problems = [p for p in caught.value.problems if p.file.endswith("zz_bad.yaml")]
    assert problems, caught.value
    assert any(p.line == line and p.field == field and message in p.message for p in problems), problems
    assert f"zz_bad.yaml:{line}: {field}:" in str(caught.value)


def test_duplicate_id_names_both_places(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    (knowledge / "zz_dup.yaml").write_text(GOOD.replace("sample-fact", "ita"), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    (problem,) = caught.value.problems
    assert problem.file.endswith("zz_dup.yaml") and problem.line == 3 and problem.field == "records.0.id"
    assert "duplicate id 'ita'" in problem.message and "pdr-2564/strategy3_efficiency.yaml" in problem.message


def test_bad_intent_file_is_reported(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    (intents / "zz_bad.yaml").write_text("intents:\n  - name: Bad Name\n    cues: {th: [x]}\n", encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    fields = {p.field for p in caught.value.problems}
    assert "intents.0.name" in fields


def test_a_menu_event_naming_an_unknown_group_is_reported(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    bad = "intents:\n  - name: menu_x\n    aggregate: list\n    events: [menu_x]\n    event_groups: {menu_x: [nope]}\n"
    (intents / "zz_menu.yaml").write_text(bad + "    cues: {}\n", encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    (problem,) = caught.value.problems
    assert problem.field == "intents.menu_x.event_groups.menu_x" and "'nope'" in problem.message


def test_every_problem_is_reported_at_once(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    (knowledge / "zz_a.yaml").write_text("", encoding="utf-8")
    (knowledge / "zz_b.yaml").write_text(GOOD.replace("kind: result", "kind: rumour"), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    assert {p.file.rsplit("/", 1)[-1] for p in caught.value.problems} == {"zz_a.yaml", "zz_b.yaml"}


def test_a_misspelt_organisation_counter_is_reported(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    language = intents / "language.yaml"
    text = language.read_text(encoding="utf-8")
    misspelt = text.replace("organisation_counter: agencies", "organisation_counter: agencys")
    language.write_text(misspelt, encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    assert any("organisation_counter" in p.message for p in caught.value.problems), caught.value.problems


def test_an_intent_naming_an_unknown_intent_is_reported(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    bad = "intents:\n  - name: placed\n    answers: where\n    of_a_ranking: rnak\n    cues: {en: [placed]}\n"
    (intents / "zz_ranking.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    (problem,) = caught.value.problems
    assert problem.field == "intents.placed.of_a_ranking" and "'rnak'" in problem.message


def test_a_spelling_written_twice_in_the_language_file_is_reported(folders: tuple[Path, Path]) -> None:
    knowledge, intents = folders
    language = intents / "language.yaml"
    text = language.read_text(encoding="utf-8")
    language.write_text(text.replace("spellings:\n", "spellings:\n  ดาวโหลด: ดาวน์โหลด\n", 1), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    assert any(p.field == "spellings.ดาวโหลด" and "twice" in p.message for p in caught.value.problems), caught.value


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("back: ['ย้อนหลัง\\s*ปี'", "{n}"),  # no place for the number of years
        ("back: ['(ย้อนหลัง\\s*{n}'", "regular expression"),  # no regular expression at all
    ],
)
def test_a_bad_years_back_pattern_is_reported(folders: tuple[Path, Path], written: str, said: str) -> None:
    knowledge, intents = folders
    language = intents / "language.yaml"
    text = language.read_text(encoding="utf-8")
    language.write_text(text.replace("back: ['ย้อนหลัง\\s*{n}\\s*ปี'", written, 1), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(knowledge, intents)
    assert any(p.field.startswith("years.back") and said in p.message for p in caught.value.problems), caught.value
