"""The command line: ask, the JSON-lines contract, eval, kb validate/build/stats, and the terminal chat."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.channels.console import chat
from bot.cli import build_parser, main
from tests.conftest import ROOT, SOURCE


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_jsonl_answers_each_line_in_order_sharing_sessions(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "session": "s", "q": "Citizen Portal มีกี่บริการ"},
        {"id": "b", "session": "s", "q": "แล้วเป้าหมายล่ะ"},
        {"id": "c", "session": "t", "q": "ราคาทองวันนี้"},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n"
    result = run("ask", "--jsonl", "--data", str(tmp_path), stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", None]
    for o in out[:3]:
        assert {"answer", "intent", "fallback", "confidence", "sources", "suggestions"} <= o.keys()
    assert "110" in out[1]["answer"] and not out[1]["fallback"]
    assert out[2]["fallback"] is True
    assert "error" in out[3]


def test_ask_prints_the_answer_or_the_reply_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--data", str(tmp_path), "ITA", "ได้กี่คะแนน"]) == 0
    assert "81.25" in capsys.readouterr().out
    assert main(["ask", "--json", "--data", str(tmp_path), "GDX ย่อมาจากอะไร"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["intent"] == "acronym" and reply["sources"] == ["3.1.3.2 (1)"]


def test_kb_validate_reports_problems_and_exits_non_zero(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge, intents = folders
    assert main(["kb", "validate", "--knowledge", str(knowledge), "--intents", str(intents)]) == 0
    (knowledge / "zz.yaml").write_text("records:\n  - id: x\n", encoding="utf-8")
    assert main(["kb", "validate", "--knowledge", str(knowledge), "--intents", str(intents)]) == 1
    assert "zz.yaml:2: records.0.kind: Field required" in capsys.readouterr().err


def test_kb_build_refuses_bad_files_and_keeps_the_database(folders: tuple[Path, Path], tmp_path: Path) -> None:
    knowledge, intents = folders
    flags = ["--knowledge", str(knowledge), "--intents", str(intents), "--data", str(tmp_path)]
    assert main(["kb", "build", *flags]) == 0
    before = (tmp_path / "knowledge.db").read_bytes()
    (knowledge / "zz.yaml").write_text("records: [", encoding="utf-8")
    assert main(["kb", "build", *flags]) == 1
    assert (tmp_path / "knowledge.db").read_bytes() == before


@pytest.mark.skipif(not SOURCE.exists(), reason="the shared source report is not beside the project")
def test_kb_stats_counts_kinds_and_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "stats", "--source", str(SOURCE)]) == 0
    out = capsys.readouterr().out
    assert "indicator" in out and "3.1.1.1 (1)" in out
    assert "sections of the source not covered: none" in out


def test_folders_come_from_the_environment(folders: tuple[Path, Path], tmp_path: Path) -> None:
    knowledge, intents = folders
    (knowledge / "zz.yaml").write_text("", encoding="utf-8")
    env = {"KNOWLEDGE_DIR": str(knowledge), "INTENTS_DIR": str(intents), "DATA_DIR": str(tmp_path)}
    result = run("kb", "validate", env=env)
    assert result.returncode == 1 and "zz.yaml" in result.stderr


def test_eval_prints_intent_accuracy_and_confusions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        "\n".join(
            json.dumps(x, ensure_ascii=False)
            for x in [
                {"q": "ITA ได้กี่คะแนน", "intent": "figure"},
                {"q": "GDX ย่อมาจากอะไร", "intent": "acronym"},
                {"q": "หวยออกอะไร", "kind": "oos"},
                {"q": "ขอตัวอย่าง e-Service", "intent": "who"},
            ]
        ),
        encoding="utf-8",
    )
    assert main(["eval", "--data", str(tmp_path), str(labelled)]) == 0
    out = capsys.readouterr().out
    assert "intent accuracy 3/4" in out and "who -> examples: 1" in out


def test_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert command.description or name == "kb", name


def transcript(engine, *typed: str) -> str:
    """What the terminal chat prints when these lines are typed, then end of input."""
    questions = iter(typed)

    def read(prompt: str) -> str:
        try:
            return next(questions)
        except StopIteration:
            raise EOFError from None

    out = io.StringIO()
    chat(engine, read=read, out=out)
    return out.getvalue()


def test_terminal_chat_answers_until_end_of_input(engine) -> None:
    text = transcript(engine, "ITA ได้กี่คะแนน", "1", "")
    assert "81.25" in text and "[1]" in text and text.count("น้องเลิศ>") >= 4


def test_terminal_chat_ends_on_a_quit_word_typed_alone(engine) -> None:
    text = transcript(engine, "/quit", "ITA ได้กี่คะแนน")  # nothing after the quit is read
    assert "81.25" not in text and text.count("น้องเลิศ>") == 1, text
    assert "/quit" in text.splitlines()[0], text  # the welcome names the first quit word of the data
    asked = transcript(engine, "ขอออกใบอนุญาตผ่าน Biz Portal ได้กี่ใบ")  # ออก inside a question is a word
    assert "35" in asked, asked


def test_eval_prints_how_often_each_band_of_confidence_is_right(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labelled = tmp_path / "facts.jsonl"
    labelled.write_text(
        "\n".join(
            json.dumps(x, ensure_ascii=False)
            for x in [
                {"q": "ITA ได้กี่คะแนน", "kind": "fact", "expect": ["81.25"]},
                {"q": "ความพึงพอใจของประชาชนเท่าไหร่", "kind": "fact", "expect": ["๙๙๙"]},  # an answer judged wrong
            ]
        ),
        encoding="utf-8",
    )
    assert main(["eval", "--data", str(tmp_path), str(labelled)]) == 0
    out = capsys.readouterr().out
    assert "0.8-1.0            2   0.500" in out


def test_a_fact_is_right_only_when_every_expected_figure_stands_in_the_answer() -> None:
    from bot.evaluation import reliability, right

    item = {"kind": "fact", "expect": ["20"]}
    assert right(item, "อันดับ ๒๐ จาก 64") and not right(item, "ปี 2020") and not right(item, "20.5")
    assert right({"kind": "oos"}, "anything") is False and right({"kind": "fact"}, "x") is None
    assert reliability([(1.0, True), (0.85, False), (0.6, True), (0.2, None)]) == [
        ("0.8-1.0", 2, 0.5),
        ("0.5-0.8", 1, 1.0),
        ("0.0-0.5", 0, None),
    ]


def test_terminal_chat_tables_a_list_with_its_headings_and_keeps_what_follows(engine) -> None:
    text = transcript(engine, "ขอดูตัวชี้วัดทั้งหมดหน่อย", "")  # each measure under its indicator's heading
    table_ends = text.index("40.9%")  # Citizen Portal's row, in the table
    assert "ทุกภาคส่วนเข้าถึงบริการภาครัฐ" not in text[table_ends:], text  # no heading left below the table
    assert "ดูเพิ่ม" in text[table_ends:] and "(ที่มา:" in text[table_ends:], text  # what follows the list stays
