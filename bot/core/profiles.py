"""What each record says, normalised once when the index is built, so the engine can check an answer
against the question (does the record name this agency, this round, a target?) without re-reading text
or reaching into the reader's indexes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from bot.core.normalize import Normalized
from bot.core.schema import Figure, Record

AFTER = 3  # characters, compact, that may stand between a word and the number after it (งบประมาณ 500)
COUNTED_NEAR = 15  # characters after a number, compact, within which the thing counted stands
LIST_NEAR = 30  # characters after a count, compact, within which a list word says its members follow
NAMED_SET = 10  # a count up to this is a set a source might name member by member ("2 ประเด็น", "4 ข้อ")
BESIDE = 40  # characters, compact, within which a word and a number stand in one clause ("HCI ... in 2022")
FIGURE_AFTER = 16  # characters, compact, between a part's name and its own figure ("โครงสร้างพื้นฐานอันดับ 43")
MAX_RANGE = 50  # "รุ่นที่ 14 - 15" spells out 14 and 15; "1 - 1000" is two numbers, not a thousand


def numbers_in(text: str) -> frozenset[int]:
    """Whole numbers the text states (not the digits of a decimal), with short ranges spelled out."""
    found = {int(n) for n in re.findall(r"(?<![\d.])\d+(?!\d|\.\d)", text)}
    for a, b in re.findall(r"(\d+)\s*-\s*(\d+)", text):
        if int(a) < int(b) <= int(a) + MAX_RANGE:
            found.update(range(int(a), int(b) + 1))
    return frozenset(found)


@dataclass(frozen=True)
class Profile:
    everything: str  # names, aliases, keywords, text and details, compact
    names: str  # names and aliases only, compact
    each_name: frozenset[str]  # ...each on its own: a word that is a whole name ("egdi"), not inside one
    parts: dict[str, str]  # "text" and each detail given, compact (Thai)
    numbers: frozenset[int]
    states_a_target: bool  # a target in the figures, or the record's words speak of one (เป้า, target)
    kinds: frozenset[str]  # the kinds of figure it speaks of (score, rank): by a figure's unit or its own words
    # ...of which those it gives: by a figure's unit, its names and keywords, or its words with a number beside
    # them ("คะแนน EGDI อย่างน้อย 0.82" speaks of a score as a target's, and gives none)
    kinds_given: frozenset[str]
    figures_said: tuple[str, ...] = ()  # each figure with its unit and label, in both languages, compact

    def names_the(self, count: int | None, counted: str, markers: Iterable[str]) -> bool | None:
        """Does it name the members of a set it counts ("2 รางวัล คือ กรมปศุสัตว์..."), a list word close
        after the number? None when it never counts that thing ("8 งาน": 8 with งาน close after it); with
        no count given, any number of it ("หน่วยงานไหนบ้าง" of "2 หน่วยงาน")."""
        found = self._counts_of(count, counted)
        if not found:
            return None
        return any(m in self.everything[f.end() : f.end() + LIST_NEAR] for f in found for m in markers)

    def names_fewer(self, counted: str, markers: Iterable[str]) -> bool:
        """It counts more of this thing than it lists by name: "2 ประเด็น" targeted, "1 ประเด็น คือ ฝุ่น PM 2.5"
        done. A count with a list word close after names that many ("2 รางวัล คือ กรมปศุสัตว์และกรมสรรพากร");
        a thing never counted with its names tells nothing."""
        counts = [
            (int(f.group()), any(m in self.everything[f.end() : f.end() + LIST_NEAR] for m in markers))
            for f in self._counts_of(None, counted)
        ]
        small = [(n, named) for n, named in counts if n <= NAMED_SET]  # 234 awards are no set to name
        listed = [n for n, named in small if named]
        return bool(listed) and max(listed) < max(n for n, _ in small)

    def holds_round(self, n: int, markers: Iterable[str]) -> bool:
        """It names round n after a marker (`ordinal_words`), alone or inside a range ("รุ่นที่ 13 - 15"): a
        number it states as a count ("30 คน") is no round."""
        for marker in markers:
            for found in re.finditer(rf"{re.escape(marker)}(\d+)(?:[-–](\d+))?", self.everything):
                first = int(found.group(1))
                if first <= n <= int(found.group(2) or first):
                    return True
        return False

    def how_many(self, counted: str) -> int | None:
        """The first number it counts this thing by ("2 หน่วยงาน": 2), if any."""
        found = self._counts_of(None, counted)
        return int(found[0].group()) if found else None

    def most_of(self, counted: str) -> int | None:
        """The largest number it counts this thing by ("กว่า 343 บริการ" of 74, 12 and 343): all there are."""
        return max((int(f.group()) for f in self._counts_of(None, counted)), default=None)

    def counts_set(self, count: int, counted: str) -> bool:
        """It counts this many of this thing ("34 จังหวัด")."""
        return bool(self._counts_of(count, counted))

    def _counts_of(self, count: int | None, counted: str) -> list[re.Match[str]]:
        number = rf"(?<![\d.]){count}(?![\d]|\.\d)" if count is not None else r"(?<![\d.])\d+(?![\d]|\.\d)"
        return [
            f
            for f in re.finditer(number, self.everything)
            if counted in self.everything[f.end() : f.end() + COUNTED_NEAR] and not _is_year(int(f.group()))
        ]

    def counts(self, compact: str, scales: Iterable[str]) -> bool:
        """States it with a number right beside it ("416,987,990 บาท", "500 ล้านบาท", "งบประมาณ 500"), not
        merely mentions it ("การเบิกจ่ายงบประมาณยังไม่ยืดหยุ่น", บาท inside บทบาท): what "how much money"
        needs. A year beside it is no count."""
        return _with_a_number(compact, (self.everything, *self.figures_said), scales)

    def figure_after(self, compact: str) -> bool:
        """A number follows it within a clause ("โครงสร้างพื้นฐานอันดับ 43", "business efficiency 20th"): a
        figure of its own, not a name in a list of parts ("ด้านเจ้าหน้าที่ให้บริการ ด้านสถานที่...")."""
        after = re.compile(rf"{re.escape(compact)}\D{{0,{FIGURE_AFTER}}}?(\d+)")
        return any(
            not _is_year(int(m.group(1)))
            for passage in (self.everything, *self.figures_said)
            for m in after.finditer(passage)
        )

    def mentions(self, compact: str) -> bool:
        return compact in self.everything

    def only_in_a_range(self, number: int) -> bool:
        """It states the number only inside a range ("รุ่นที่ 14 - 15 อีก 69 คน"): what it counts of the
        range is not the number's alone. Its words, not the admin's keywords ("รุ่นที่ 14" to find it by)."""
        said = " ".join(self.parts.values())
        ranges = [
            (int(a), int(b))
            for a, b in re.findall(r"(?<![\d.])(\d+)-(\d+)(?!\d)", said)
            if int(a) < int(b) <= int(a) + MAX_RANGE
        ]
        alone = re.search(rf"(?<![\d.\-]){number}(?![\d\-]|\.\d)", said)
        return any(a <= number <= b for a, b in ranges) and alone is None

    def beside(self, compact: str, number: int) -> bool:
        """The word stands close to the number, as in one clause: "HCI 0.8032, up from 0.7879 in 2022"."""
        words = [m.start() for m in re.finditer(re.escape(compact), self.everything)]
        numbers = [m.start() for m in re.finditer(rf"(?<![\d.]){number}(?!\d)", self.everything)]
        return any(abs(w - n) <= BESIDE for w in words for n in numbers)

    def overlap(self, words: Iterable[str], part: str) -> int:
        """How many of the question's own words (not the topic's names) a part of the answer holds."""
        compact = self.parts.get(part, "")  # a province list gives where with no words of its own
        return sum(1 for w in words if w not in self.names and w in compact)


def _without(text: str, names: Iterable[str]) -> str:
    """The text with these names taken out: the 19 of โควิด-19 is part of a name, no count it states."""
    for name in names:
        text = text.replace(name, " ")
    return text


def profile_of(
    record: Record,
    normalize: Callable[[str], Normalized],
    target_words: list[str],
    measure_words: dict[str, list[str]],
    share_kind: str | None,
    named_numbers: Iterable[str] = (),
) -> Profile:
    """`named_numbers` come compact, as `normalize` gives them: worked out once for every record."""

    def compact(*texts: str) -> str:
        return "".join(normalize(t).compact for t in texts)

    details = record.details.model_dump(exclude_none=True)
    everything = compact(
        record.name.th,
        record.name.en,
        record.text.th,
        record.text.en,
        *record.aliases,
        *record.keywords,
        *(v for d in details.values() for v in (d["th"], d["en"])),
    )
    targets = [normalize(w).compact for w in target_words]
    units = {compact(u) for f in record.figures if f.unit for u in (f.unit.th, f.unit.en)}
    declared = compact(record.name.th, record.name.en, *record.aliases, *record.keywords)  # the admin's own words
    shares = frozenset([share_kind] if share_kind and any(_has_share(f) for f in record.figures) else [])

    def kinds_where(said: Callable[[str], bool]) -> frozenset[str]:
        return frozenset(kind for kind, words in measure_words.items() if any(said(compact(w)) for w in words))

    return Profile(
        everything=everything,
        names=compact(record.name.th, record.name.en, *record.aliases),
        each_name=frozenset(compact(n) for n in (record.name.th, record.name.en, *record.aliases)),
        parts={"text": compact(record.text.th), **{k: compact(d["th"]) for k, d in details.items()}},
        numbers=numbers_in(_without(everything, named_numbers)),
        # a whole counts as a target (62 of 84 laws), but a rank's field does not (20th of 64 economies), nor a
        # whole of other things (234 awards of 1,688 entries)
        states_a_target=any(
            f.target is not None or (f.of is not None and not f.lower_is_better and f.of_unit is None)
            for f in record.figures
        )
        or any(word in everything for word in targets),
        figures_said=tuple(
            compact(f"{f.value} {getattr(f.unit, lang)} {getattr(f.label, lang)}")
            for f in record.figures
            for lang in ("th", "en")
        ),
        kinds=shares | kinds_where(lambda w: w in units or w in everything),
        kinds_given=shares | kinds_where(lambda w: w in units or w in declared or _with_a_number(w, (everything,))),
    )


def mentioned_in(profiles: Mapping[str, Profile], records: Iterable[Record], words: Iterable[str]) -> bool:
    """One of these records mentions one of these words anywhere."""
    words = tuple(words)
    return any(profiles[r.id].mentions(w) for r in records for w in words)


def counted_in(
    profiles: Mapping[str, Profile], records: Iterable[Record], words: Iterable[str], scales: Iterable[str]
) -> bool:
    """One of these records states one of these words with a number beside it, not merely mentions it."""
    words, scales = tuple(words), tuple(scales)
    return any(profiles[r.id].counts(w, scales) for r in records for w in words)


def _with_a_number(compact: str, passages: Iterable[str], scales: Iterable[str] = ()) -> bool:
    """The word stands with a number right beside it, a year aside ("81.25 คะแนน", "scored 35"), not only
    somewhere in the text ("คะแนน EGDI อย่างน้อย 0.82" is a target's words). Before and after are looked
    for apart: a year before it ("2025 budget of 7.96 billion") must not hide the number after it."""
    scale = "".join(f"|{re.escape(s)}" for s in scales)
    word = re.escape(compact)
    before = re.compile(rf"(\d+)-?(?:{scale[1:] or '(?!)'})?{word}")  # "10,000-baht" too
    after = re.compile(rf"{word}\D{{0,{AFTER}}}?(\d+)")
    return any(
        not _is_year(int(m.group(1)))
        for passage in passages
        for pattern in (before, after)
        for m in pattern.finditer(passage)
    )


def _has_share(figure: Figure) -> bool:
    """A share of its target or its whole is worked out (45 of 110 is 40.91%); a rank's places are not."""
    return not figure.lower_is_better and (figure.target is not None or figure.of is not None)


def _is_year(n: int) -> bool:
    return 2400 <= n <= 2700 or 1900 <= n <= 2100
