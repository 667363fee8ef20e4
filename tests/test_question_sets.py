"""Accuracy on the project's own question sets, written in many styles (never copied from the dev set).

Each item says what a correct answer holds; a fallback where a fact was expected is a miss, and an
answer without the expected facts is "confidently wrong", which matters most for a government bot.
"""

from __future__ import annotations

import re

import pytest

from bot.core.engine import Engine
from bot.core.types import Inbound
from tests.conftest import DATA, load_questions, plain


def contains(answer: str, expected: str) -> bool:
    want = plain(expected)
    if re.fullmatch(r"\d+(\.\d+)?", want):
        whole, _, frac = want.partition(".")
        tail = rf"\.{frac}0*" if frac else r"(?:\.0+)?"
        return re.search(rf"(?<![\d.]){whole}{tail}(?!\d|\.\d)", answer) is not None
    return want in answer


def judge(item: dict, fallback: bool, answer: str) -> tuple[bool, bool]:
    kind = item.get("kind", "fact")
    if kind == "oos":
        return fallback, not fallback
    if kind == "smalltalk":
        return not fallback and bool(answer), False
    answer = plain(answer)
    ok = len(answer) <= (1000 if kind == "list" else 450) and all(contains(answer, e) for e in item.get("expect", []))
    any_of = item.get("expect_any", [])
    if any_of:
        ok = ok and sum(contains(answer, e) for e in any_of) >= min(2, len(any_of))
    return ok and not fallback, not fallback and not ok


SETS = [
    "questions.jsonl",
    "heldout.jsonl",
    "fresh.jsonl",
    "fresh_dialogues.jsonl",
    "fresh2.jsonl",
    "fresh3.jsonl",
    "fresh4.jsonl",
    "fresh4_dialogues.jsonl",
    "fresh5.jsonl",
    "fresh6.jsonl",
    "fresh7.jsonl",
    "fresh8.jsonl",
    "fresh9.jsonl",
]


@pytest.mark.parametrize("name", SETS)
def test_question_set_accuracy(engine: Engine, name: str) -> None:
    results = []
    for item in load_questions(DATA / name):
        for n, turn in enumerate(item.get("turns", [item])):
            reply = engine.handle(Inbound(turn["q"], f"{name}-{item['id']}"))
            results.append((f"{item['id']}#{n + 1}", *judge(turn, reply.fallback, reply.text)))
    accuracy = sum(ok for _, ok, _ in results) / len(results)
    wrong = [i for i, _, w in results if w]
    assert accuracy >= 0.95, [i for i, ok, _ in results if not ok]
    assert len(wrong) / len(results) <= 0.02, wrong
