"""Intent accuracy for tuning, in the spirit of `rasa test nlu`: a per-intent table and confusions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

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
