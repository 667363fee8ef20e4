"""Reports for admins from the question log: what people ask that the bot cannot answer, and usage."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime

from rapidfuzz import fuzz

from bot.state import QuestionEvent

NEAR_DUPLICATE = 85  # token_set_ratio at or above which two unanswered questions count as one


def group_unanswered(events: list[QuestionEvent]) -> list[tuple[int, str, list[str], list[tuple[str, float]]]]:
    """Near-duplicate unanswered questions grouped, most frequent first: (count, example, variants, candidates)."""
    groups: list[dict] = []
    for event in (e for e in events if e.fallback and e.text):
        for group in groups:
            if fuzz.token_set_ratio(event.text, group["example"]) >= NEAR_DUPLICATE:
                group["count"] += 1
                group["variants"][event.text] += 1
                group["candidates"].update(dict(event.candidates[:1]))
                break
        else:
            groups.append(
                {
                    "example": event.text,
                    "count": 1,
                    "variants": Counter({event.text: 1}),
                    "candidates": Counter(dict(event.candidates[:1])),
                }
            )
    groups.sort(key=lambda g: -g["count"])
    return [
        (
            g["count"],
            g["variants"].most_common(1)[0][0],
            [v for v, _ in g["variants"].most_common(4)],
            list(g["candidates"].most_common(2)),
        )
        for g in groups
    ]


def unanswered_report(events: list[QuestionEvent], limit: int = 20) -> str:
    groups = group_unanswered(events)
    if not groups:
        return "no unanswered questions in this period"
    lines = [f"unanswered questions, most frequent first ({sum(g[0] for g in groups)} in {len(groups)} groups):"]
    for count, example, variants, candidates in groups[:limit]:
        near = ", ".join(f"{rid} {score:.0f}" for rid, score in candidates) or "nothing close"
        lines.append(f"{count:>4}  {example}   [closest: {near}]")
        lines += [f"        also: {v}" for v in variants[1:]]
    return "\n".join(lines)


def usage_report(events: list[QuestionEvent]) -> str:
    if not events:
        return "no questions in this period"
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    for e in events:
        per_day[datetime.fromtimestamp(e.at, tz=UTC).strftime("%Y-%m-%d")][e.channel] += 1
    channels = sorted({e.channel for e in events})
    lines = ["questions per day (UTC) and channel:", "  " + "date".ljust(12) + "".join(c.rjust(10) for c in channels)]
    for day in sorted(per_day):
        lines.append("  " + day.ljust(12) + "".join(str(per_day[day][c]).rjust(10) for c in channels))
    intents = Counter(e.intent for e in events)
    fallback = sum(e.fallback for e in events) / len(events)
    lines.append("top intents: " + ", ".join(f"{i} {n}" for i, n in intents.most_common(8)))
    lines.append(f"fallback rate: {fallback:.1%} of {len(events)} questions")
    lines.append(f"median answer time: {statistics.median(e.elapsed_ms for e in events):.2f} ms")
    return "\n".join(lines)
