"""Records that measure one thing in different years (EGDI rank 2563 / 2565 / 2567), from one source or
several, and which of them a question means.

A series is declared (`series:` on each record) or found: records that share a name (an alias), hold
different years, and are alike (of one category, or holding a figure of the same measure: same unit,
direction and most label words; sources file EGDI under different categories). A declared series also
takes in the records sharing a name with it that declare none and hold a figure of the same measure. A
plan that names "digital government" is not the EGDI ranking that names it too; records sharing a name
in one year are different facts: never a series.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from bot.core.schema import Figure, Record


def find_series(records: Iterable[Record]) -> dict[str, tuple[Record, ...]]:
    """Each record in a series, by id, to all members of its series, oldest first. A declared series takes
    in the records that share a name with it, declare none and hold a figure of the same measure in a
    year it does not hold yet (an admin's new year declared, the years before it found); two series
    declared apart stay apart, even through a record that shares a name with both."""
    records = list(records)
    by_id = {r.id: r for r in records}
    parent = {r.id: r.id for r in records}
    label = {r.id: r.series for r in records}  # the series each group declares, if any
    years = {r.id: {r.year} for r in records}

    def root(rid: str) -> str:
        while parent[rid] != rid:
            parent[rid] = parent[parent[rid]]
            rid = parent[rid]
        return rid

    def join(first: str, second: str) -> None:
        a, b = root(first), root(second)
        if a != b:
            parent[b] = a
            label[a] = label[a] or label[b]
            years[a] |= years[b]

    first_of: dict[str, str] = {}
    for record in records:
        if record.series:
            join(first_of.setdefault(record.series, record.id), record.id)
    for first, second in _sharing_a_name(records):
        a, b = root(first), root(second)
        if a == b or (label[a] and label[b] and label[a] != label[b]):
            continue  # one group already, or declared apart
        if label[a] or label[b]:
            # joining a declared series takes a figure of the same measure, in a year it does not hold yet
            if not _same_measure_in(by_id[first], by_id[second]) or years[a] & years[b]:
                continue
        elif not _alike(by_id[first], by_id[second]):
            continue
        join(first, second)
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        groups[root(record.id)].append(record)
    found: dict[str, tuple[Record, ...]] = {}
    for group in groups.values():
        held = [r.year for r in group]
        if len(group) < 2 or (len(set(held)) < len(held) and not all(r.series for r in group)):
            continue  # records sharing a name in one year are different facts, unless declared one series
        members = tuple(sorted(group, key=lambda r: r.year))
        found.update((r.id, members) for r in members)
    return found


def _sharing_a_name(records: list[Record]) -> Iterator[tuple[str, str]]:
    """Pairs of records that share an alias (case-insensitive)."""
    holders: dict[str, list[str]] = defaultdict(list)
    for record in records:
        for alias in {a.casefold() for a in record.aliases}:
            holders[alias].append(record.id)
    for ids in holders.values():
        for n, first in enumerate(ids):
            for second in ids[n + 1 :]:
                yield first, second


def member_for(members: tuple[Record, ...], years: Iterable[int]) -> Record | None:
    """The member a question's years point to: the one whose own year was asked, else one holding
    a fact for it; None when no member holds any asked year."""
    asked = set(years)
    own = [r for r in members if r.year in asked]
    if own:
        return own[-1]
    holding = [r for r in members if r.known_years() & asked]
    return holding[-1] if holding else None


def _alike(a: Record, b: Record) -> bool:
    return a.kind == b.kind or _same_measure_in(a, b)


def _same_measure_in(a: Record, b: Record) -> bool:
    return any(same_measure(f, g) for f in a.figures for g in b.figures)


SAME_MEASURE = 0.5  # share of label words two figures must have in common to be one measure
STATED_MARK = re.compile(r"\s*\d+(?:\.\d+)?\s*\S{0,12}\s*")  # a number and its unit, at most


def _label_words(fig: Figure) -> set[str]:
    return set(fig.label.en.casefold().replace("(", " ").replace(")", " ").split())


def label_likeness(a: Figure, b: Figure) -> float:
    """Jaccard likeness of the English labels' words, or whole when the Thai labels say one thing, one of
    them with its mark stated: sources word a measure differently in English ("agencies reaching 85 points",
    "agencies that passed") where the Thai is the same but for the mark ("หน่วยงานที่ผ่านเกณฑ์ 85 คะแนน")."""
    words_a, words_b = _label_words(a), _label_words(b)
    english = len(words_a & words_b) / len(words_a | words_b) if words_a | words_b else 0.0
    short, long = sorted((a.label.th.strip(), b.label.th.strip()), key=len)
    # the longer only adds the mark ("... 85 คะแนน"), not a word that changes the measure ("ไม่ผ่านเกณฑ์")
    rest = long.replace(short, "", 1) if short and short in long else None
    marked = rest is not None and (rest == "" or STATED_MARK.fullmatch(rest) is not None)
    return max(english, 1.0 if marked else 0.0)


def same_measure(a: Figure, b: Figure) -> bool:
    same_kind = (a.unit.en, a.lower_is_better) == (b.unit.en, b.lower_is_better)
    return same_kind and label_likeness(a, b) >= SAME_MEASURE
