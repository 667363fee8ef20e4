"""Intent accuracy for tuning, in the spirit of `rasa test nlu`: a per-intent table and confusions; and a
reliability table, so a confidence means something: how often answers in each band of confidence are right."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bot.core.normalize import THAI_DIGITS

BANDS = ((0.8, 1.0), (0.5, 0.8), (0.0, 0.5))  # high to low; an answer with 0.8 or more should be right 97%
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
NUMBER = re.compile(r"^\d+(\.\d+)?$")
FACT_CHARS, LIST_CHARS = 450, 1000  # an answer, not a pasted paragraph

SMALLTALK = {"greeting", "thanks", "help", "goodbye"}
ANSWERED = "answer"


def expected_intent(item: dict) -> str:
    """An explicit "intent" label wins; the dev set's kinds map to answer / fallback / smalltalk."""
    if "intent" in item:
        return str(item["intent"])
    return {"oos": "fallback", "smalltalk": "smalltalk"}.get(item.get("kind", "fact"), ANSWERED)


def observed(want: str, got: str, fallback: bool) -> str:
    """Name what the bot did at the granularity of the label."""
    if fallback:
        return "fallback" if got in {"fallback", "clarify", "empty"} or want != ANSWERED else got
    if want == "smalltalk" and got in SMALLTALK:
        return "smalltalk"
    if want == ANSWERED and got not in SMALLTALK:
        return ANSWERED
    return got


@dataclass(frozen=True)
class Evaluation:
    total: int
    correct: int
    per_intent: dict[str, tuple[int, int]]
    confusions: Counter[tuple[str, str]]
    misses: list[str]


def evaluate(rows: list[tuple[str, str, bool, str]]) -> Evaluation:
    per: dict[str, list[int]] = {}
    confusions: Counter[tuple[str, str]] = Counter()
    misses = []
    for want, got, fallback, where in rows:
        seen = observed(want, got, fallback)
        ok = seen == want
        per.setdefault(want, [0, 0])
        per[want][0] += ok
        per[want][1] += 1
        if not ok:
            confusions[(want, seen)] += 1
            misses.append(f"{where}: expected {want}, got {seen}")
    correct = sum(v[0] for v in per.values())
    return Evaluation(len(rows), correct, {k: (v[0], v[1]) for k, v in per.items()}, confusions, misses)


def report(ev: Evaluation) -> str:
    lines = [
        f"intent accuracy {ev.correct}/{ev.total} = {ev.correct / max(ev.total, 1):.3f}",
        "",
        f"{'intent':<14}{'correct':>8}{'total':>7}{'acc':>7}",
    ]
    for name, (ok, n) in sorted(ev.per_intent.items()):
        lines.append(f"{name:<14}{ok:>8}{n:>7}{ok / n:>7.2f}")
    if ev.confusions:
        lines += ["", "confused (expected -> got):"]
        lines += [f"  {a} -> {b}: {n}" for (a, b), n in ev.confusions.most_common()]
    return "\n".join(lines)


def plain(text: str) -> str:
    """The scorer's view of an answer: Thai digits as Arabic, no thousands separators, case folded."""
    return " ".join(THOUSANDS.sub("", text.translate(THAI_DIGITS)).casefold().split())


def _says(answer: str, expected: str) -> bool:
    """The expected fact is in the answer; a bare number must stand alone (20 is not in 2020 or 20.5)."""
    want = plain(expected)
    if NUMBER.match(want):
        whole, _, frac = want.partition(".")
        tail = rf"\.{frac}0*" if frac else r"(?:\.0+)?"
        return re.search(rf"(?<![\d.]){whole}{tail}(?!\d|\.\d)", answer) is not None
    return want in answer


def judge(item: dict, fallback: bool, text: str) -> tuple[bool, bool]:
    """(correct, confidently wrong), as ../shared/eval/score.py judges: a fact holds every expected
    string and at least two of expect_any, within 450 characters (a list within 1,000), and is no
    fallback; an out-of-scope question must be declined."""
    kind = item.get("kind", "fact")
    if kind == "oos":
        return fallback, not fallback
    if kind == "smalltalk":
        return not fallback and bool(text), False
    answer = plain(text)
    ok = len(answer) <= (LIST_CHARS if kind == "list" else FACT_CHARS) and all(
        _says(answer, e) for e in item.get("expect", [])
    )
    any_of = item.get("expect_any", [])
    if any_of:
        ok = ok and sum(_says(answer, e) for e in any_of) >= min(2, len(any_of))
    return ok and not fallback, not fallback and not ok


def right(item: dict, text: str) -> bool | None:
    """Whether an answer (not a fallback) states the item's expected facts; None when the item has none."""
    if item.get("kind") != "oos" and not item.get("expect") and not item.get("expect_any"):
        return None
    return judge(item, False, text)[0]


def reliability(rows: list[tuple[float, bool | None]]) -> list[tuple[str, int, float | None]]:
    """For each band of confidence (the top band includes 1.0): how many judged answers fell in it, and
    the share of them right."""
    table = []
    for low, high in BANDS:
        inside = [ok for c, ok in rows if ok is not None and low <= c and (c < high or high == 1.0)]
        table.append((f"{low:.1f}-{high:.1f}", len(inside), sum(inside) / len(inside) if inside else None))
    return table


def reliability_report(table: list[tuple[str, int, float | None]]) -> str:
    lines = ["", "reliability (answers judged against their expected facts, fallbacks left out):"]
    lines.append(f"{'confidence':<12}{'answers':>8}{'right':>8}")
    for band, n, share in table:
        lines.append(f"{band:<12}{n:>8}{'-' if share is None else f'{share:.3f}':>8}")
    return "\n".join(lines)
