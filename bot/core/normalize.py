"""Turn what people type into one canonical form before any matching.

Thai questions arrive with Thai digits, zero-width characters, stretched letters (ค่าาาา),
colloquial spellings and years in many shapes; matching works on the canonical form only.
"""

from __future__ import annotations

import functools
import re
import time
import unicodedata
from dataclasses import dataclass

import snowballstemmer
from pythainlp.util import normalize as thai_normalize

from bot.core.schema import YearWords

MAX_INPUT_CHARS = 300
SHORT_BE_FROM = 50  # a two-digit year from this up is Buddhist Era (67 is 2567), below it Christian (24 is 2024)
PLAN_NAME_CHARS = 40  # a plan's span of years follows its word within this many letters (the rest of its name)
MAX_BARE_RANGE_YEARS = 5  # ...and one closed by two bare digits ("ปี 64 ถึง 70" may be a value reached)
MAX_RANGE_YEARS = 10  # a longer span of years is a period named, not every year of it asked
BE_OFFSET = 543  # a Buddhist Era year is the Common Era year plus this
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
THAI_CHAR = re.compile(r"[\u0e00-\u0e7f]")
THAI_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")  # ก to ฮ: a word starts with one, never with a vowel or tone mark
LATIN_CHAR = re.compile(r"[a-z]")
REPEATED_THAI = re.compile(r"([\u0e01-\u0e4e])\1{2,}")
REPEATED_LATIN = re.compile(r"([a-z])\1{2,}")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
SPACES = re.compile(r"\s+")
# Unicode categories Cc (control), Cf (format: zero-width, direction marks, BOM), Zl and Zp, as ranges
INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
# a name run into its year ("ITA66", "egdi2024"): two words, so the name matches whole, and the digits are
# a year (run into a name, 66 is not a score)
NAME_THEN_YEAR = re.compile(r"(?<![a-z0-9-])([a-z]{3,})(\d{2}|\d{4})(?![a-z0-9])")
ENGLISH_WORD = re.compile(r"(?<![a-z0-9@])[a-z]{4,}(?![a-z0-9@])")

# a year standing alone: a comma or full stop after it ends a sentence or clause ("In 2023, ..."), one with
# a digit after it makes a longer number (2,023.5)
BARE_YEAR = re.compile(r"(?<![\d/])(?<!\d[.,])(?P<num>25[0-9]{2}|20[0-9]{2}|19[5-9][0-9])(?![\d/]|[.,]\d)")


@dataclass(frozen=True)
class Normalized:
    text: str
    compact: str
    lang: str
    years: tuple[int, ...]
    last_year: int | None = None  # the year "last year" was read as (from today), when the text says it
    deadlines: tuple[int, ...] = ()  # the last year of each plan named with its span: the year its targets are for
    between: tuple[int, ...] = ()  # the years inside a range asked ("2565 ถึง 2568": 2566, 2567), told where held


def clean(raw: str) -> str:
    """Drop what can't be text (lone surrogates, control and zero-width characters). A question's length is
    capped where it is read (`Understander.understand`), not here: a record's text is read whole."""
    text = raw.encode("utf-8", "ignore").decode("utf-8")
    return unicodedata.normalize("NFC", INVISIBLE.sub(" ", text))


def trigrams(text: str) -> frozenset[str]:
    """Every run of three characters: how much two texts share, whatever their spacing."""
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


def to_be_year(num: str, christian: bool) -> int | None:
    """A year as Buddhist Era: four digits of either era, or two digits after a year word (ปี 64 is 2564,
    FY21 is 2564 too: a Christian-era word makes 21 mean 2021)."""
    value = int(num)
    if len(num) == 2:
        return 2000 + BE_OFFSET + value if christian else 2500 + value
    if value < 2400:
        return value + BE_OFFSET
    return value


def unit_follows(text: str, end: int, units: tuple[str, ...]) -> bool:
    """One of these units stands after this point ("ita85คะแนน", "กฎหมาย62ข้อ"): the number before is a value."""
    return text[end:].lstrip().startswith(units)


def current_be_year() -> int:
    return time.localtime().tm_year + BE_OFFSET


@dataclass(frozen=True)
class YearReader:
    """Years in the shapes people write them (พ.ศ. 2564, ปี 64, ปีงบ 64, FY2021, FY21, ค.ศ. 2021, 2021, 2564),
    from the year words in the language data."""

    worded: re.Pattern[str]  # a year word, then a year of four or two digits
    last_year: re.Pattern[str] | None  # "last year", counted from today
    this_year: re.Pattern[str] | None
    plan_span: re.Pattern[str] | None  # a plan's name, then the years it spans: part of the name
    target: re.Pattern[str] | None  # a target word: only a target asked makes a span a plan's deadline
    ranges: re.Pattern[str] | None  # two years joined as a range: the years between them are told where held

    @classmethod
    def from_words(cls, words: YearWords, target_words: tuple[str, ...] = ()) -> YearReader:
        def either(items: list[str]) -> str:
            return "|".join(items) or "(?!)"

        era = rf"(?:(?:{either(words.era_markers)})\s*)?"
        word = rf"(?:(?P<ce>{either(words.christian)})|(?P<be>{either(words.buddhist)}))"
        worded = re.compile(rf"{word}\s*{era}(?P<num>\d{{4}}|\d{{2}})(?!\d|\.\d)")
        unless = "".join(f"(?<!{re.escape(w)})" for w in words.not_after)
        phrases = [re.escape(w) for w in words.last_year]
        ahead = "".join(f"(?!\\s*{re.escape(w)})" for w in words.not_before)
        last = re.compile(f"{unless}(?:{'|'.join(phrases)}){ahead}") if phrases else None
        this = re.compile("|".join(re.escape(w) for w in words.this_year)) if words.this_year else None
        name = rf"(?:{either(words.plans)})(?:\D|(?<!\d)\d{{1,2}}(?!\d)){{0,{PLAN_NAME_CHARS}}}?"  # แผนระยะที่ 2 (...)
        years = rf"{era}(?P<start>\d{{4}}|\d{{2}})\s*[-–]\s*(?P<end>\d{{4}}|\d{{2}})(?!\d)"  # "67-70" too
        # the plan's word before its span ("Strategy 2024-27") or after it, the rest of its name between ("its
        # 2024–27 strategy", "the 2024-27 bureaucratic development strategy")
        # between the span and its word after it, only English name words: no "ตาม", "vs the target in the"
        rest = r"(?:\s+(?!(?:vs|the|in|of|to|with|under|against|and|target)\b)[a-z]+){0,4}"
        span = rf"(?P<named>{name}\(?\s*)?(?<!\d){years}(?(named)|{rest}\s*(?:{either(words.plans)}))"
        plan = re.compile(span) if words.plans else None
        target = re.compile("|".join(re.escape(w.casefold()) for w in target_words)) if target_words else None
        dashes = either([re.escape(w) for w in words.range_joiners if len(w) == 1 and not w.isalnum()])
        spelt = either([re.escape(w) for w in words.range_joiners if len(w) > 1 or w.isalnum()])
        joiners = rf"(?P<dash>{dashes})|{spelt}"
        # a year of two digits only after its word ("ปี64ถึงปี68"), or closing a range its word opened
        # ("ปี 65 ถึง 68"), but for a value ("ปี 64 ถึง 70 คะแนน")
        be = either(words.buddhist)
        units = either([re.escape(w) for w in words.units])
        # "ช่วง65-68", "ตั้งแต่ 65 ถึง 68": a word opening a range makes its two ends years, its year words aside
        opener = rf"(?P<opener>{either([re.escape(w) for w in words.range_openers])})\s*(?P<opener_be>(?:{be})\s*)?"
        opening = rf"(?:(?:{opener}|(?:{be})\s*)(?P<start_short>\d{{2}})|(?<!\d)(?P<start>\d{{4}}))"
        # "ปี 64 ถึง 70 คะแนน", "ช่วง 85-90 คะแนน": values. Two years, then what is asked of them: "ปี65-68 คะแนน"
        # (a year word and a dash), "ตั้งแต่ปี65ถึง68 คะแนน" (an opener and a year word)
        unit_after = rf"(?!\s*(?:{units}))"
        closed = rf"(?(opener_be)|(?(opener){unit_after}|(?(dash)|{unit_after})))"
        short = rf"(?(start_short)(?:{be})?|(?:{be}))\s*(?P<end_short>\d{{2}})(?!\d){closed}"
        closing = rf"(?:(?:{be})?\s*(?P<end>\d{{4}})|{short})"
        ranged = rf"{opening}\s*(?:{joiners})\s*{closing}(?!\d)"
        ranges = re.compile(ranged) if words.range_joiners else None
        return cls(worded, last, this, plan, target, ranges)

    def last_year_in(self, text: str, this_year: int | None = None) -> int | None:
        """The year "last year" means counted from today, when the text says it outside a comparison."""
        comparing = self.this_year is not None and self.this_year.search(text)  # "last year and this year"
        if self.last_year is not None and self.last_year.search(text) and not comparing:
            return (this_year or current_be_year()) - 1
        return None

    @staticmethod
    def _deadline(plan: re.Match[str]) -> int | None:
        """The last year of a plan's span ("แผน 2568-2570": 2570, "Strategy 2024-27": 2027, so 2570; "ยุทธศาสตร์
        67-70": 2570, two digits from 50 up being Buddhist Era, "Strategy 24-27" Christian)."""
        start, end = plan.group("start"), plan.group("end")
        if len(start) == 2:
            return to_be_year(end[-2:], christian=int(start) < SHORT_BE_FROM)
        century = int(start[:2]) * 100 if int(start) < 2400 else 2500  # 2024-27 is 2027; 2567-70 is 2570
        return to_be_year(end, False) if len(end) == 4 else to_be_year(str(century + int(end)), False)

    def _plans(self, text: str) -> list[re.Match[str]]:
        """The plans named with their span of years, when a target is asked."""
        if self.plan_span is None or self.target is None or not self.target.search(text):
            return []
        return list(self.plan_span.finditer(text))

    def unworded(self, text: str) -> str:
        """The text without its worded years ("ปีงบ 64"): their words say nothing else."""
        return self.worded.sub(" ", text)

    def __call__(self, text: str, this_year: int | None = None) -> tuple[int, ...]:
        return self.read(text, this_year)[0]

    def read(self, text: str, this_year: int | None = None) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        """The years asked, the deadlines of the plans named (among them), and the years between two asked as
        a range's ends."""
        found: list[int] = []
        if (last := self.last_year_in(text, this_year)) is not None:
            found.append(last)
        # "ยุทธศาสตร์ฯ 2567-2570 ตั้งเป้า", "Strategy 2024-27 target": a plan's span names it; only its deadline
        # is asked (with no target asked, "แผนแม่บท 2566-2570 ITA เปลี่ยนไปยังไง" asks the years)
        plans = self._plans(text)
        spans = [m.span() for m in plans]
        deadlines = tuple(y for y in map(self._deadline, plans) if y)
        found.extend(deadlines)
        for m in self.worded.finditer(text):
            year = to_be_year(m.group("num"), christian=m.group("ce") is not None)
            if year and not any(a <= m.start("num") < b for a, b in spans):
                found.append(year)
                spans.append(m.span("num"))
        for m in BARE_YEAR.finditer(text):
            if not any(a <= m.start() < b for a, b in spans) and (year := to_be_year(m.group("num"), False)):
                found.append(year)
        between, ends = self._between(text, tuple(found))
        return tuple(dict.fromkeys([*found, *ends])), deadlines, between

    def _between(self, text: str, asked: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """ "CPI ตั้งแต่ 2565 ถึง 2568": the years between a range's two ends, told where the measure holds them
        (EGDI comes every two years), and an end asked only as the range's ("ปี 65 ถึง 68": 2568)."""
        between: list[int] = []
        ends: list[int] = []
        for m in self.ranges.finditer(text) if self.ranges else ():
            start, end = (to_be_year(m.group(g) or m.group(f"{g}_short"), False) or 0 for g in ("start", "end"))
            span = MAX_RANGE_YEARS if end in asked else MAX_BARE_RANGE_YEARS if m.group("end_short") else 0
            opened = m.group("opener") is not None  # "ช่วง65-68": its start is a year by the opener alone
            if (start in asked or opened) and 1 < end - start <= span:
                between += [y for y in range(start + 1, end) if y not in asked]
                ends += [y for y in (start, end) if y not in asked and (y == end or opened)]
        return tuple(between), tuple(ends)


ENGLISH_PROSE = re.compile(r"[a-z]{2,}")


def language(raw: str) -> str:
    """'th' with any Thai; 'en' with English words (lowercase runs); '' for bare names like ITA or 2564,
    which keep the language of the conversation."""
    if THAI_CHAR.search(raw):
        return "th"
    return "en" if ENGLISH_PROSE.search(raw) else ""


class Normalizer:
    """Canonicalises text with the spellings and year words from the intents folder (data, not code)."""

    def __init__(
        self,
        spellings: dict[str, str],
        years: YearWords,
        target_words: tuple[str, ...] = (),
        rewrites: dict[str, str] | None = None,
    ) -> None:
        self.find_years = YearReader.from_words(years, target_words)
        self._rewrites = [(re.compile(k), v) for k, v in (rewrites or {}).items()]
        self._places = frozenset(w.casefold() for w in years.places)
        self._units = tuple(w.casefold() for w in years.units)
        self._spellings = {k.casefold(): v.casefold() for k, v in spellings.items()}
        keys = sorted(self._spellings, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(k) for k in keys)) if keys else None
        self._stem = functools.lru_cache(maxsize=4096)(snowballstemmer.stemmer("english").stemWord)

    def __call__(self, raw: str) -> Normalized:
        text = clean(raw).translate(THAI_DIGITS).casefold()
        text = thai_normalize(text) if THAI_CHAR.search(text) else text
        text = REPEATED_THAI.sub(r"\1", text)
        text = REPEATED_LATIN.sub(r"\1\1", text)
        text = THOUSANDS.sub("", text)
        glued = [  # "ita85คะแนน": a value with its unit after it, not the year 2585
            to_be_year(m.group(2), christian=False)
            for m in NAME_THEN_YEAR.finditer(text)
            if m.group(1) not in self._places and not unit_follows(text, m.end(), self._units)
        ]
        text = NAME_THEN_YEAR.sub(r"\1 \2", text)
        text = text.replace("’", "'").replace("“", '"').replace("”", '"')
        for pattern, replacement in self._rewrites:
            text = pattern.sub(replacement, text)
        if self._pattern:
            text = self._pattern.sub(lambda m: self._spellings[m.group(0)], text)
        text = ENGLISH_WORD.sub(lambda m: self._stem(m.group(0)), text)  # cooperate ~ cooperation
        text = SPACES.sub(" ", text).strip()
        lang = language(raw)
        found, deadlines, between = self.find_years.read(text)
        years = tuple(dict.fromkeys([*found, *(y for y in glued if y)]))
        last_year = self.find_years.last_year_in(text)
        return Normalized(text, text.replace(" ", ""), lang, years, last_year, deadlines, between)
