"""Understanding a question: which record it is about, what it asks, and what it rules out.

Entity linking scores every record by the names, aliases and keywords found in the question
(longer and rarer terms weigh more), plus word overlap with the record's own text; rapidfuzz
repairs typos when nothing matches exactly. Intents are read from cue words kept in the data.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, pairwise, takewhile
from typing import NamedTuple

import ahocorasick
from pythainlp.corpus import provinces as thai_provinces
from pythainlp.corpus import thai_stopwords, thai_words
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.core.loader import Bundle
from bot.core.normalize import (
    BARE_YEAR,
    BE_OFFSET,
    LATIN_CHAR,
    MAX_INPUT_CHARS,
    THAI_CHAR,
    THAI_CONSONANT,
    Normalized,
    Normalizer,
    YearReader,
    to_be_year,
    trigrams,
    unit_follows,
)
from bot.core.profiles import profile_of
from bot.core.schema import YEAR_IN_TEXT, Intent, LanguageFile, Record
from bot.core.thai import Segmenter

ALIAS_WEIGHT = 3.0
MILLION = 1_000_000
TEN_MILLION = 10 * MILLION  # a number rounded to one or two millions would be a digit any question may hold
INDEX_NAME_WORDS_BEFORE = 3  # "rule of law index": the words read before an index word typed in lower case
MIN_INDEX_NAME_WORDS = 3  # "CPI Index" is an acronym said twice; "Online Service Index" names one
MIN_LATIN_TYPO = 5  # letters: a shorter English word is more likely a word or an acronym than a misspelling
SOURCE_YEAR_GAP = 8  # letters, compact, between a source's name and the year asked of it ("ประจำปีพ.ศ.")
KEYWORD_WEIGHT = 1.0
OVERLAP_WEIGHT = 0.5
FUZZY_CUTOFF = 85
MIN_THAI_TERM = 3
MIN_JOINED_ATTRIBUTE = 6  # letters of a Thai attribute read across a Latin name (not งบ inside another word)
YEARS_FROM = 2400  # a number from here on is a year (Buddhist era), not a count
SHORT_THAI_TERM = 4  # Thai terms up to this length must be whole words (นปร is not in ไหนปรับ)
SHADOWED_WEIGHT = 0.3
NAME_FUZZY_CUTOFF = 88
MIN_FUZZY_NAME = 6
MAX_SPAN_WORDS = 4
NORMALIZE_CACHE = 8192
MIN_AGENCY_NAME = 9
# a term or word more records hold than this (ราชการ, Thailand, a keyword every year repeats) brings only its
# first holders into the scoring, and adds to the others only when something else brought them in: the records
# scored per question stay few however much knowledge there is, and record order still breaks ties
COMMON_CLUE_RECORDS = 10
NO_RECORDS = array("I")
MAX_DEFINED_TERM = 40  # a bare กระทรวง or ธนาคาร names no agency
# "which one" numbers: ครั้งที่ 9, รุ่น 13, cohort 13; a number the record does not state is another item
PUNCTUATION = re.compile(r"^[\W_]+$")
GLUED_YEAR_MARGIN = 5  # years beyond those held that two digits run into a name may still mean (to decline)
COUNTED_AFTER_WORDS = 3  # English words after "how many" among which a counter may stand ("how many open datasets")
THAI_NAME_THEN_DIGITS = re.compile(r"([\u0e00-\u0e7f]{3,})(\d{2})(?![\d.]|\s*[-–]\s*\d)")  # a span is a plan's
NUMBERED_CUE = re.compile(r"^(\D+?)0*(\d{1,2})$")  # a part's cue that numbers it: ยุทธศาสตร์ที่1, strategi1
OUTRANK_MARGIN = 0.01  # an intent outranking another scores just above it
RUN_TOGETHER = 6  # a Latin word this long found inside run-together text is that word (not "pisa" in "NDTP is a")
POSSESSIVE = re.compile(r"^\S+['’]s\s+")
# CPI, and brand words with a capital inside (ThaID, PromptPay); not "(NPR)", a gloss of the name before it
ACRONYM = re.compile(r"(?<![A-Za-z0-9.(-])(?:[A-Z]{2,6}|[A-Za-z][a-z]+[A-Z][A-Za-z]*)(?![A-Za-z0-9.)-])")
# an acronym typed in lower case and run into Thai: three to six letters with at most one vowel ("pmqaปี66")
LOWER_ACRONYM = re.compile(
    r"(?:(?<=[\u0e00-\u0e7f])|(?<![A-Za-z0-9.(-])(?=[a-z]{3,6}[\u0e00-\u0e7f]))"
    r"(?=[a-z]{3,6}(?![A-Za-z0-9.)-]))(?![a-z]*[aeiou][a-z]*[aeiou])[a-z]+"
)
# a word in lower case of three to six letters whose first three hold no vowel ("pmqa"): spelt out, an acronym,
# unless it opens as English words do (`english_onsets`: "strong", "three")
LOWER_WORD = re.compile(r"(?<![A-Za-z0-9.(-])[a-z]{3,6}(?![A-Za-z0-9.)-])")
NO_VOWEL_START = re.compile(r"[^aeiouy]{3}")
# a proper noun inside an English sentence: capitalised after a lower-case word ("with Estonia's services")
# ("in Nov 2021", a date, is none)
MID_CAPITAL = re.compile(r"(?<=[a-z,]\s)[A-Z][a-z]{2,}(?=(?:['’]s)?(?![A-Za-z0-9&.-]))(?![.,]?\s*\d)")


@functools.lru_cache(maxsize=4096)
def _latin_pattern(term: str) -> re.Pattern[str]:
    """Whole-word match for Latin terms (ITA must not match inside CAPITAL), plurals allowed, a space of the
    term typed or not ("PM 2.5" in "pm2.5"). Compiled when first needed: a term is looked for only when the
    question holds its letters. A term ending in s takes no bare s: "pass" is no plural of PAS."""
    spaced = re.escape(term).replace(r"\ ", r"\s?")
    endings = "es|d|ed|ing" if term.endswith("s") else "s|es|d|ed|ing"
    return re.compile(rf"(?<![a-z0-9]){spaced}(?:{endings})?(?![a-z0-9])")


def _defined_terms(record: Record, normalize: Normalizer, markers: list[str]) -> frozenset[str]:
    """The abbreviation a record's definition explains: the words before ย่อมาจาก / stands for."""
    if record.details.definition is None:
        return frozenset()
    heads = []
    for text in (record.details.definition.th, record.details.definition.en):
        for marker in markers:
            text = text.split(f" {marker}")[0]
        heads.append(text)
    return frozenset(normalize(h).compact for h in heads if len(h) <= MAX_DEFINED_TERM)


def _short_agency_names(names: Iterable[str], prefixes: list[str]) -> list[str]:
    """People drop the title word: กรมสรรพากร is asked about as สรรพากร, กรมชลประทาน as ชลประทาน."""
    return [
        n.removeprefix(prefix)
        for n in names
        for prefix in prefixes
        if n.startswith(prefix) and len(n) - len(prefix) >= 5 and " " not in n
    ]


def phrases(wanted: list[str]) -> re.Pattern[str]:
    """Any of these phrases: Latin ones as whole words ("now" is not in "know"), Thai ones anywhere
    (Thai is written without spaces), spaces inside Thai optional."""
    parts = []
    for phrase in wanted:
        if THAI_CHAR.search(phrase):
            parts.append(r"\s*".join(re.escape(ch) for ch in phrase.replace(" ", "")))
        else:
            parts.append(rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])")
    return re.compile("|".join(parts) or "(?!)")


def beside(said: str, word: str, others: Iterable[str]) -> bool:
    """One of the others run together with the word, before it or after, in a compact question: "กระทรวงไหน",
    "which ministry", "แต่ละยุทธศาสตร์"."""
    return any(other + word in said or word + other in said for other in others)


def _holds(positions: array[int], position: int) -> bool:
    """Is the record at `position` in an ascending postings list?"""
    at = bisect_left(positions, position)
    return at < len(positions) and positions[at] == position


def _allowed_edits(name: str) -> int:
    """How many edits a misspelt name may have and still be repaired: one per eight letters, at least one."""
    return max(1, len(name) // 8)


def _cached_normalizer(lang: LanguageFile) -> Callable[[str], Normalized]:
    return functools.lru_cache(maxsize=NORMALIZE_CACHE)(
        Normalizer(lang.spellings, lang.years, tuple(lang.target_words), lang.rewrites)
    )


def _term_finder(holders: dict[str, list[tuple[str, int, Term]]]) -> ahocorasick.Automaton:
    """An automaton finding every record term inside a question in one pass."""
    finder = ahocorasick.Automaton()
    for compact in holders:
        finder.add_word(compact, compact)
    if holders:
        finder.make_automaton()
    return finder


@dataclass(frozen=True)
class Term:
    text: str
    compact: str
    latin: bool  # matched as a whole Latin word
    weight: float
    strong: bool = False

    def found_in(self, norm: Normalized, spans: frozenset[str]) -> bool:
        """Latin terms match whole words; short Thai terms must be whole words too (นปร is not in ไหนปรับ)."""
        if self.compact not in norm.compact:  # cheap necessary condition first: most terms stop here
            return False
        if self.latin:
            return _latin_pattern(self.text).search(norm.text) is not None
        return len(self.compact) > SHORT_THAI_TERM or self.compact in spans


class NumberedParts(NamedTuple):
    word: str  # the word numbering them, as the data words it (ยุทธศาสตร์ที่)
    source: str
    numbers: set[str]


@dataclass(frozen=True)
class Candidate:
    record: Record
    score: float
    matched: tuple[str, ...]
    evidence: int
    named: bool

    @property
    def grounded(self) -> bool:
        """Named by an alias, or pointed at by two separate clues: one common keyword is not enough."""
        return self.named or self.evidence >= 2


class Reading(NamedTuple):
    """One reading of the question: the text, its words, and how every record scores against them."""

    norm: Normalized
    tokens: list[str]
    words: list[str]
    spans: frozenset[str]
    candidates: list[Candidate]


@dataclass(frozen=True)
class Understanding:
    norm: Normalized
    words: tuple[str, ...]
    clues: tuple[str, ...]  # the words few enough records hold to point at one (not ราชการ, Thailand)
    intents: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    provinces: tuple[str, ...]
    agencies: tuple[str, ...]
    ordinals: tuple[tuple[str, int], ...]  # a round, cohort or edition as worded, and its number
    smalltalk: Intent | None
    out_of_scope: str | None  # the out-of-scope intent asked (live data, an opinion), if any
    known: bool  # has at least one word the bot knows; gibberish ("asdfgh", "aaaa…") has none
    latest: bool  # asks for the newest value held (ล่าสุด, ตอนนี้, latest)
    previous: bool  # asks for the one before (ก่อนหน้านั้น, previous)
    following: bool = False  # asks for the year after the one in question (ปีต่อมา, the year after)
    next_round: bool = False  # asks for the measure's next round, whichever year holds it (รอบถัดไป)
    groups: tuple[str, ...] = ()  # categories the question names by their cues (ตัวชี้วัด, แพลตฟอร์ม)
    parts: tuple[tuple[str, str], ...] = ()  # (source, section) of the parts it names (ยุทธศาสตร์ที่ 1)
    this_part: bool = False  # "ยุทธศาสตร์นี้", "this strategy": the part just talked of
    same_year: bool = False  # "ปีนั้น", "that year": the year just talked of, of whatever is asked now
    whole: bool = False  # speaks of the report itself (ในรายงาน, in the report)
    by_count: bool = False  # best or worst by the amount short of target (เป็นจำนวน, by count)
    mentions: bool = False  # asks where a group comes up: every topic speaking of it (พูดถึง...ตรงไหนบ้าง)
    positions: tuple[int, ...] = ()  # places in a list ("ตัวที่สอง" 2, "อันสุดท้าย" -1)
    cue_terms: tuple[str, ...] = ()  # the words that named those groups and parts
    groups_joined: bool = False  # the groups' words stand joined by "กับ", "and": both are asked, not their overlap
    several: bool = False  # asks for several: a group word in the plural (rankings), or อะไร ... บ้าง
    more: bool = False  # asks for the rest of a list cut short (ดูเพิ่ม)
    ranks_subjects: bool = False  # asks which ministry, department or province does best or worst
    asks_provinces: bool = False  # names provinces in general (จังหวัด, provinces), none in particular
    attributes: tuple[tuple[str, str], ...] = ()  # what it asks that a record must state: (as worded, compact)
    bottom: str | None = None  # the lowest part asked (ต่ำสุด, worst), as worded
    best: str | None = None  # the best asked (ดีสุด, ได้ที่ 1), as worded
    result_asked: bool = False  # the result itself asked (ผลจริง, results for): a target is no answer
    finding: str | None = None  # what a study found, asked (ผลออกมา, verdict), as worded
    measures: tuple[tuple[str, str], ...] = ()  # kinds of figure it asks for by name: (as worded, kind)
    negated: tuple[str, ...] = ()  # a negation with the word it negates, joined: ไม่ผ่าน is not ผ่าน
    asks_which: bool = False  # "which", "ไหน": asks to pick out members, whatever else it asks
    which_figure: bool = False  # a which word beside a kind of figure ("อันดับไหน", "which rank"): a figure asked
    asks_what: bool = False  # "อะไร", "what", but not "what about X": what something is, no carried how many
    only_years: bool = False  # "And for 2022?", "แล้วปี 65 ล่ะ": nothing but a year, the last question again
    sets: tuple[tuple[int, str], ...] = ()  # counted sets it names, "8 งาน": (8, "งาน"), not ครั้งที่ 9
    which_of: tuple[str, ...] = ()  # what it asks several of by "which", no number given: หน่วยงาน (ไหนบ้าง)
    name_of: str | None = None  # what it asks the name of: ผลงาน (ชื่ออะไร)
    names_asked: bool = False  # asks for members by name (รายชื่อ, names of)
    facet: tuple[str, ...] = ()  # the words naming the part of a measure asked, after "ด้าน", "sub-factor"
    facet_said: bool = False  # a facet word is said: with a which word, it asks which part ("ด้านไหน")
    # asks by name for those a list leaves out, as worded (ที่ไม่ติด, the remaining ones), setting none of the
    # listed apart: "นอกจากลำปาง ที่เหลือมีจังหวัดไหน" asks the listed others
    rest: str | None = None
    other_of: str | None = None  # the noun another member of is asked ("อีกประเด็น", "ประเด็นที่ 2", second issue)
    rest_said: bool = False  # a rest word, however asked: after a list cut short, the rest of it (ดูเพิ่ม)
    complete: bool = False  # wants every member (ครบ, ทั้งหมด, all), not examples
    target_years: tuple[int, ...] = ()  # years asked that stand beside a target word: the targets' ("เป้าปี 65")
    count_of: str | None = None  # the word "กี่" or "how many" counts, whatever it is (ยุทธศาสตร์)
    counted: tuple[tuple[str, str], ...] = ()  # what "how many" counts: (as the data words it, kind), ("คน", "people")
    # the words a breakdown is asked by or into ("แยกตามจังหวัด": จังหวัด); none when it asks the kinds
    breakdown_by: tuple[str, ...] = ()
    organisations: bool = False  # asks of organisations (หน่วยงาน, agencies: the data's counter), naming none
    counts_asked: int = 0  # how many times it asks "กี่" or "how many": two asks may get one answer
    years_back: int = 0  # how many years of results it asks, counted back from now ("ย้อนหลัง 3 ปี")
    excluded: tuple[str, ...] = ()  # words it rules out (ไม่เอาแค่ภาครัฐ, other than): not what is asked
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # names typed with capitals or as an unknown acronym
    # indices named in lower case ("online services index"): a name that must be held, excusing no other
    index_names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    missing_part: tuple[str, str] | None = None  # a numbered part its source lacks (ยุทธศาสตร์ที่ 4), and the source
    # a source named with a year none of that name has ("รายงานการพัฒนาระบบราชการปี 65"): the year, and the names'
    # sources' years
    source_year_missing: tuple[int, tuple[str, ...]] | None = None

    @property
    def top(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def cue_compacts(self) -> tuple[str, ...]:
        """The cue terms without their spaces, as record text and the words after กี่ are compared."""
        return tuple(t.replace(" ", "") for t in self.cue_terms)


class Understander:
    """Built once per knowledge version; answering a question does no I/O."""

    def __init__(self, bundle: Bundle) -> None:
        lang = bundle.language
        self._language = lang
        # the index normalises the same names and words many times over; questions repeat too
        self.normalize = _cached_normalizer(lang)
        self._drop = [self.normalize(p).compact for p in lang.droppable_prefixes]
        self._organisations: dict[str, tuple[str, ...]] = {}  # by record, filled as asked (organisations_in)
        ordinals = "|".join(re.escape(self.normalize(w).text) for w in lang.ordinal_words) or "(?!)"
        self._ordinal = re.compile(rf"({ordinals})\s*(\d{{1,3}})(?![\d.])")
        # ...and as a record's compact text reads them: a round it holds follows one ("รุ่นที่13-15")
        self.ordinal_markers = tuple(self.normalize(w).compact for w in lang.ordinal_words)
        endings = "|".join(re.escape(self.normalize(w).text) for w in lang.ordinal_endings) or "(?!)"
        self._ordinal_nouns = {self.normalize(w).text: w for w in lang.ordinal_nouns}  # read: as written
        nouns = "|".join(re.escape(w) for w in self._ordinal_nouns) or "(?!)"
        before_noun = rf"(?=\s+(?:[a-z-]+\s+){{0,2}}({nouns}))"  # "11th international conference"
        self._ordinal_ending = re.compile(rf"(?<![\d.])(\d{{1,3}})(?:{endings}){before_noun}")
        self._ordinal_numbers = {self.normalize(w).text: n for w, n in lang.ordinal_numbers.items()}
        self._cardinals = {self.normalize(w).compact: n for w, n in lang.cardinals.items()}
        spelt = (rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) for w in self._cardinals)
        counts = "|".join([r"(?<![\d.])\d{1,2}(?![\d.])", *spelt])  # "ย้อนหลังสามปี", "past three years"
        back = "|".join(f"(?:{p.replace('{n}', f'(?P<n{i}>{counts})')})" for i, p in enumerate(lang.years.back))
        self._years_back = re.compile(back) if back else None
        words = "|".join(re.escape(w) for w in self._ordinal_numbers) or "(?!)"
        self._ordinal_word = re.compile(rf"(?<![a-z])({words}){before_noun}")
        self._province_words = [self.normalize(w).compact for w in lang.province_words]
        self.records = bundle.records_by_id
        self.intents = bundle.intents_by_name
        self._particles = {self.normalize(p).text for p in lang.particles}
        self._latest = phrases([self.normalize(w).text for w in lang.latest])
        self._previous = phrases([self.normalize(w).text for w in lang.previous])
        self._same_year = phrases([self.normalize(w).text for w in lang.same_year])
        self._following = phrases([self.normalize(w).text for w in lang.following])
        self._following_alone = tuple(self.normalize(w).compact for w in lang.following_alone)
        self._next_round = phrases([self.normalize(w).text for w in lang.next_round])
        self._token_fixes = {k.casefold(): v.casefold() for k, v in lang.tokens.items()}
        self._cues = {
            i.name: self._terms([*i.cues.th, *i.cues.en], 1.0, True) + self._terms(i.hints, 1.0) for i in bundle.intents
        }
        self._places = self._place_names(lang.places)
        self._place_terms = [
            Term(name, name.replace(" ", ""), bool(LATIN_CHAR.search(name)), 1.0) for name in self._places
        ]
        self._ambiguous_places = set(lang.ambiguous_places)
        self._province_quantifiers = [self.normalize(w).compact for w in lang.province_quantifiers]
        self._place_in_names = tuple(self.normalize(n).text for n in lang.place_in_names)
        # "ซีพีไอ": a run of Thai letter names, read as the Latin acronym it spells when a topic is named by it
        letters = sorted(lang.letter_names, key=len, reverse=True)
        self._letter_names = lang.letter_names
        self._letter = re.compile("|".join(re.escape(n) for n in letters) or "(?!)")
        self._letter_run = re.compile(f"(?:{self._letter.pattern}){{3,}}")
        self._acronyms = frozenset(
            a.casefold()
            for r in bundle.records
            for said in (r.name.th, r.name.en, *r.aliases)
            for a in re.findall(r"(?<![A-Za-z])[A-Z]{3,6}(?![A-Za-z])", said)  # ไอดี, two letters, stays Thai
        )
        self._org_prefixes = tuple(lang.organisation_prefixes)
        self._org_types = frozenset(self.normalize(t).text for t in lang.organisation_types)
        self._org_heads = frozenset(self.normalize(t).text for t in lang.organisation_name_heads)
        self._clip_marks = tuple(lang.clipped_name_marks)
        following = (self.normalize(w).compact for w in [*lang.following, *lang.next_round])  # "ปีต่อไปล่ะ": no topic
        self.cue_words = frozenset(c.compact for cues in self._cues.values() for c in cues) | set(following)
        self._group_terms = {c.id: self._terms(c.cues, 1.0) for c in bundle.categories.values() if c.cues}
        self._part_terms = {
            (source.id, part.section): self._terms(part.cues, 1.0)
            for source in bundle.sources.values()
            for part in source.parts
        }
        named = [n for source in bundle.sources.values() for n in (source.title.th, source.title.en, *source.aliases)]
        # each name a source goes by, compact, with the years of the sources going by it, and those sources
        self._source_years: dict[str, set[int]] = {}
        self._sources_called: dict[str, list[str]] = {}
        for source in bundle.sources.values():
            spanned = {int(y) for y in YEAR_IN_TEXT.findall(source.title.th)}  # "ปี 2565-2568"
            for name in {self.normalize(n).compact for n in (*source.aliases, source.title.th, source.title.en)}:
                self._source_years.setdefault(name, set()).update({source.year or 0, *spanned})
                self._sources_called.setdefault(name, []).append(source.id)
        names = sorted(self._source_years, key=len, reverse=True)
        year = rf"\D{{0,{SOURCE_YEAR_GAP}}}?(?<!\d)(\d{{4}}|\d{{2}})(?!\d)"  # "...ราชการปี65", "report 2022"
        self._source_year = re.compile(rf"({'|'.join(map(re.escape, names))}){year}") if names else None
        self._whole = phrases([self.normalize(w).text for w in (*lang.whole_words, *named)])
        self._by_count = phrases([self.normalize(w).text for w in lang.by_count_words])
        self._mentions = phrases([self.normalize(w).text for w in lang.mention_words])
        self._more = phrases([self.normalize(w).text for w in lang.more_words])
        self._ranked_subjects = phrases([self.normalize(w).text for w in lang.ranked_subjects])
        self._greeting_times = frozenset(self.normalize(w).compact for w in lang.greeting_time_words)
        # each word as the data spells it, for saying what the report does not give
        kinships = [w if isinstance(w, list) else [w] for w in lang.attribute_words]
        self._year_reader = YearReader.from_words(lang.years)
        # a short word asked is matched whole ("งบ", a budget)
        self._attributes = [(t, w) for kin in kinships for w in kin for t in self._terms([w], 1.0, shortest=2)]
        # a record stating any word of the same meaning states it: "overall rank" by its "อันดับรวม"
        kin_terms = [self._terms(kin, 1.0, shortest=2) for kin in kinships]
        self.attribute_kin = {t.compact: tuple(k.compact for k in terms) for terms in kin_terms for t in terms}
        # a breakdown asked, in any word of its meaning ("แยกตาม" as "แยกเป็น")
        self.breakdown_words = frozenset(
            k for w in lang.breakdown_words for k in self.attribute_kin.get(self.normalize(w).compact, ())
        )
        self._bottoms = [(t, word) for word in lang.bottom_words for t in self._terms([word], 1.0)]  # word as spelt
        self.bottom_words = tuple(t.compact for t, _ in self._bottoms)
        self._tops = [(t, word) for word in lang.top_words for t in self._terms([word], 1.0)]
        self.top_words = tuple(t.compact for t, _ in self._tops)
        self._findings = [(t, word) for word in lang.finding_words for t in self._terms([word], 1.0)]
        self._result_words = tuple(self.normalize(w).compact for w in lang.result_words)
        self.finding_words = tuple(t.compact for t, _ in self._findings)
        self._gaps = tuple(self.normalize(w).compact for w in lang.gap_words)
        self._negations = frozenset(self.normalize(w).compact for w in lang.negation_words)
        self.negation_words = tuple(sorted(self._negations, key=len, reverse=True))  # longest first: ยังไม่ before ไม่
        self._exclusions = frozenset(self.normalize(w).compact for w in lang.exclusion_words)
        self._facets = frozenset(self.normalize(w).compact for w in lang.facet_words)
        self._index_heads = frozenset(self.normalize(w).text for w in lang.index_heads)
        self._index_heads_typed = frozenset(w.casefold() for w in lang.index_heads)  # "rank" is no "ranking"
        self._onsets = tuple(w.casefold() for w in lang.english_onsets)
        joiners = "|".join(re.escape(w) for w in lang.name_joiners) or "(?!)"
        self._joiner_words = frozenset(self.normalize(w).text for w in lang.name_joiners)
        capitalised = r"[A-Z][A-Za-z0-9'’.&-]*"  # Latin only: "Citizen Portalมี" names "Citizen Portal"
        self._name_run = re.compile(rf"(?<![\w-]){capitalised}(?:\s+(?:(?:{joiners})\s+)?{capitalised})+")
        latin = r"[A-Za-z][A-Za-z'’&-]*"  # in a Thai question, English words in a row name a thing however typed
        self._latin_run = re.compile(rf"(?<![\w.-]){latin}(?:\s+(?:(?:{joiners})\s+)?{latin})+(?![\w.])")
        self.list_markers = tuple(self.normalize(w).compact for w in lang.list_markers)
        self.number_scales = tuple(self.normalize(w).compact for w in lang.number_scales)
        self._place_markers = frozenset(self.normalize(w).compact for w in lang.place_markers)
        # the ending two Thai markers or more share (ที่ of ครั้งที่, รุ่นที่): "ประเด็นที่สอง" numbers with it
        ends = {m[k:] for m in self._place_markers if THAI_CHAR.match(m) for k in range(1, len(m) - 1)}
        shared = (e for e in ends if THAI_CONSONANT.match(e) and sum(m.endswith(e) for m in self._place_markers) >= 2)
        self._marker_ends = tuple(shared)
        self._which_words = frozenset(self.normalize(w).compact for w in lang.which_words)
        self._joined_which = tuple(self.normalize(w).compact for w in lang.joined_which_words)
        self._breakdown_kinds = frozenset(self.normalize(w).compact for w in lang.breakdown_kinds)
        self._each = frozenset(self.normalize(w).compact for w in lang.each_words)
        self._breakdown_joiners = frozenset(self.normalize(w).compact for w in lang.breakdown_joiners)
        self._not_a_set = frozenset(self.normalize(w).compact for w in lang.which_not_a_set)
        self._which_terms = [t for word in lang.which_words for t in self._terms([word], 1.0)]
        self._what_terms = [t for word in lang.what_words for t in self._terms([word], 1.0)]
        self._topic_follow_ups = phrases([self.normalize(w).text for w in lang.topic_follow_ups])
        self.example_markers = tuple(self.normalize(w).compact for w in lang.example_markers)
        self.example_words = tuple(self.normalize(w).compact for w in lang.example_words)
        self._complete = [t for word in lang.complete_words for t in self._terms([word], 1.0)]
        self._naming = [t for word in lang.naming_words for t in self._terms([word], 1.0)]
        self._rest = [(t, word) for word in lang.rest_words for t in self._terms([word], 1.0)]  # word as spelt
        self._rest_compared = tuple(self.normalize(w).compact for w in lang.rest_compared)
        self.other_words = frozenset(self.normalize(w).compact for w in lang.other_words)  # another (อีกประเด็น)
        self.ability_verbs = frozenset(self.normalize(w).compact for w in lang.ability_verbs)  # name no thing done
        self.rest_words = tuple(t.compact for t, _ in self._rest)
        self._plural_words = frozenset(self.normalize(w).compact for w in lang.plural_words)
        self._plural_endings = tuple(lang.plural_endings)
        self._what_words = frozenset(self.normalize(w).compact for w in lang.what_words)
        self._called_words = tuple(self.normalize(w).compact for w in lang.called_words)
        self._question_words = self._which_words | self._what_words  # which or what: picking members out
        self._question_endings = tuple(self._question_words)  # ...also closing a word (แห่งไหน)
        self._count_words = tuple(self.normalize(w).compact for w in lang.count_words)
        targets = "|".join(re.escape(self.normalize(w).text) for w in lang.target_words) or "(?!)"
        joiners = "|".join(re.escape(self.normalize(w).text) for w in lang.target_year_joiners) or "(?!)"
        deadlines = "|".join(re.escape(self.normalize(w).text) for w in lang.deadline_words) or "(?!)"
        self._target_word = re.compile(rf"(?:{targets})")
        self._year_after = re.compile(rf"\S*\s*(?:{joiners})?\s*(\d{{2,4}})(?!\d)")  # "เป้าปี 65"
        self._year_before = re.compile(r"(?<!\d)(\d{2,4})\s*$")  # "the 2022 target"
        self._deadline_year = re.compile(rf"(?<![a-z])(?:{deadlines})\s*(\d{{2,4}})(?!\d)")  # "by 2027"
        joined = "|".join(re.escape(self.normalize(w).text) for w in lang.conjunctions) or "(?!)"
        self._joined = re.compile(rf"^\s*(?:{joined})\s*$")
        # "Biz Portal and OG&MP": two names joined, each asked, not one name nothing holds
        both = [re.escape(w) for w in lang.conjunctions if w in lang.name_joiners] or ["(?!)"]
        self._two_names = re.compile(rf"\s+(?:{'|'.join(both)})\s+", re.IGNORECASE)
        self.classifiers = frozenset(self.normalize(w).compact for w in lang.classifiers)
        self.counters = {kind: tuple(self.normalize(w).compact for w in words) for kind, words in lang.counters.items()}
        self.organisation_words = tuple(self.counters.get(lang.organisation_counter or "", ()))  # in the data's order
        self.noun_before_counters = frozenset(lang.noun_before_counters)
        self._counter_words = {self.normalize(w).compact: w for words in lang.counters.values() for w in words}
        english = [re.escape(self.normalize(w).text) for w in lang.count_words if w.isascii()]
        words_after = rf"((?:\s+[a-z][a-z-]*){{2,{COUNTED_AFTER_WORDS}}})"
        self._how_many_then_words = re.compile(rf"\b(?:{'|'.join(english) or '(?!)'}){words_after}")
        self._part_numbers, self._numbered_parts = self._numbered(bundle)
        self._this_part = self._part_pointer(lang.this_words)
        self._this_words = frozenset(self.normalize(w).compact for w in lang.this_words)
        self._openers = {
            i.name: (tuple(self.normalize(o).compact for o in i.openers), frozenset(i.replaces))
            for i in bundle.intents
            if i.openers
        }
        self._outranks = {i.name: frozenset(i.outranks) for i in bundle.intents if i.outranks}
        self._measures = [
            (t, kind, word)
            for kind, words in lang.measure_words.items()
            for word in words
            for t in self._terms([word], 1.0)
        ]
        self._measure_compacts = frozenset(t.compact for t, _, _ in self._measures)
        places = {self.normalize(k).text: v for k, v in lang.positions.items()}
        before = "|".join(re.escape(self.normalize(w).text) for w in lang.position_words) or "(?!)"
        named = "|".join(re.escape(k) for k in sorted(places, key=len, reverse=True)) or "(?!)"
        self._places_in_list = places
        self._list_place = re.compile(rf"(?<![a-z\d])(?:{before})\s*({named}|\d{{1,2}}(?![\d.]))")
        self._headings = bundle.indicator_headings
        self._record_terms = {r.id: self._record_terms_of(r) for r in bundle.records}
        self._idf_terms()
        # a Thai name with two digits run into it ("เลิศรัฐ68") is that name in that year, as "ITA66" is
        names = {t.compact for terms in self._record_terms.values() for t in terms if t.strong}
        self._thai_names = frozenset(n for n in names if THAI_CHAR.match(n))
        held = [y for r in bundle.records for y in (r.year, *(f.year for f in r.figures)) if y]
        self._year_span = (min(held, default=0) - GLUED_YEAR_MARGIN, max(held, default=0) + GLUED_YEAR_MARGIN)
        # ...unless a unit, a classifier, a counter or a scale follows: "ทบทวนกฎหมาย62ข้อ" counts laws
        counted = [*lang.years.units, *lang.years.approximators, *lang.classifiers, *lang.number_scales]
        counted += list(chain(*lang.counters.values()))
        self._after_a_count = tuple(self.normalize(w).compact for w in counted)
        domain = [t for terms in self._record_terms.values() for t in (x.text for x in terms)]
        domain += [t.text for terms in self._cues.values() for t in terms] + list(self._places)
        domain += list(self._particles)
        self._domain = domain
        self._not_words = tuple(lang.not_words)
        self.segmenter = Segmenter(domain, self._not_words)
        self._function_words = {w for word in lang.function_words for w in self.normalize(word).text.split()}
        # after a breakdown word, how, what, how many and each ("แยกเป็นยังไง", "กี่ประเภท", "แต่ละกลุ่ม") ask
        # what it splits into, as does a word starting with one of them ("อย่างไรบ้าง", joined to บ้าง)
        self._breakdown_passing = frozenset(
            self._particles
            | self._function_words
            | self._what_words
            | self._plural_words
            | self.cue_words
            | set(self._count_words)
            | self._each
        )
        self._breakdown_openers = tuple(w for w in self._breakdown_passing if len(w) >= MIN_THAI_TERM)
        self._thai_stopwords = frozenset(thai_stopwords())
        self._stop = (
            set(self._thai_stopwords)
            | self._particles
            | {w for terms in self._cues.values() for t in terms for w in t.text.split()}
            | self._function_words
            | self._facets  # "ปัจจัยโครงสร้างพื้นฐาน" names the part; the facet word picks no detail
        )
        bags = {r.id: self._bag(r) for r in bundle.records}  # kept only as postings: word -> records
        self._position = {r.id: n for n, r in enumerate(bundle.records)}
        self._holders: dict[str, list[tuple[str, int, Term]]] = {}
        for rid, terms in self._record_terms.items():
            for index, term in enumerate(terms):
                self._holders.setdefault(term.compact, []).append((rid, index, term))
        self._term_finder = _term_finder(self._holders)
        # word -> positions of the records holding it, ascending: compact, and a lookup is a bisection
        self._ids = [r.id for r in bundle.records]
        self._postings: dict[str, array[int]] = {}
        self._opened: dict[str, tuple[str, ...]] = {}  # the indexed words a short word opens, as asked
        for position, bag in enumerate(bags.values()):
            for word in bag:
                self._postings.setdefault(word, array("I")).append(position)
        named_numbers = [self.normalize(n).compact for n in lang.named_numbers]  # once, not per record
        self.profiles = {
            r.id: profile_of(r, self.normalize, lang.target_words, lang.measure_words, lang.share_kind, named_numbers)
            for r in bundle.records
        }
        self._defines = {r.id: _defined_terms(r, self.normalize, lang.definition_markers) for r in bundle.records}
        # English organisations as the knowledge writes them, by their compact form: a reply names them so
        self.agency_names = dict(self._english_organisations(bundle, lang.organisation_heads))
        self._agencies = sorted(
            {
                t.compact
                for terms in self._record_terms.values()
                for t in terms
                if t.compact.startswith(tuple(lang.agency_starts)) and len(t.compact) > MIN_AGENCY_NAME
            }
            | set(_short_agency_names((t.compact for terms in self._record_terms.values() for t in terms), self._drop))
            | {self.normalize(name).compact for name in lang.bare_agency_names}
            | set(self.agency_names)
        )
        df = Counter(w for bag in bags.values() for w in bag)
        n = len(bags)
        self._word_idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self._vocab = sorted({w for bag in bags.values() for w in bag if len(w) >= MIN_THAI_TERM})
        self._rare_idf = math.log(1 + n / 2)  # a number shared by at most two records identifies them
        self._dictionary = thai_words()
        self._fuzzy_names = sorted(
            {
                t.compact
                for terms in self._record_terms.values()
                for t in terms
                if t.strong and not t.latin and len(t.compact) >= MIN_FUZZY_NAME
            }
        )
        # compact arrays: at 6,000 records a list of int objects here costs more than the rest of the index
        self._names_by_trigram: dict[str, array[int]] = {}
        self._needed = array("h")  # how many of its trigrams a fuzzy name must share with the text
        for index, name in enumerate(self._fuzzy_names):
            grams = trigrams(name)
            self._needed.append(len(grams) - 3 * _allowed_edits(name))
            for gram in grams:
                self._names_by_trigram.setdefault(gram, array("I")).append(index)
        self._always_near = [i for i, needed in enumerate(self._needed) if needed <= 0]

    # ---- index building -------------------------------------------------------------------
    def _terms(
        self, raw: Iterable[str], weight: float, strong: bool = False, shortest: int = MIN_THAI_TERM
    ) -> list[Term]:
        """Terms to find in questions; a Thai one shorter than `shortest` is dropped (too many words hold it),
        a sign ("%") is kept."""
        terms = []
        for item in raw:
            text = self.normalize(item).text
            compact = text.replace(" ", "")
            latin_only = bool(LATIN_CHAR.search(text)) and not THAI_CHAR.search(text)
            short_thai = THAI_CHAR.search(text) and len(compact) < shortest
            if short_thai and not any(ch.isdigit() for ch in compact):
                continue
            terms.append(Term(text, compact, latin_only, weight, strong))
        return terms

    def _record_terms_of(self, record: Record) -> list[Term]:
        # the heading of the source's numbered indicator a record reports on names it too
        headed = [n for s in record.sections if (n := self._headings.get((record.source or "", s)))]
        strong = [record.name.th, record.name.en, *record.aliases, *(w for n in headed for w in (n.th, n.en))]
        keywords = [*record.keywords, *_short_agency_names([*strong, *record.keywords], self._drop)]
        cue_words = {c.compact for cues in self._cues.values() for c in cues if c.strong}
        # a question word (วันไหน, กี่) says what is asked, not what about: it is no clue to the topic
        topical = [t for t in self._terms(keywords, KEYWORD_WEIGHT) if t.compact not in cue_words]
        terms = self._terms(strong, ALIAS_WEIGHT, True) + topical
        unique: dict[str, Term] = {}
        for term in terms:
            if term.compact not in unique or unique[term.compact].weight < term.weight:
                unique[term.compact] = term
        return list(unique.values())

    def _idf_terms(self) -> None:
        """Scale each term by how few records share it ('e-Service' names many, 'GDX' one) and by its length."""
        df = Counter(t.compact for terms in self._record_terms.values() for t in terms)
        n = len(self._record_terms)
        for rid, terms in self._record_terms.items():
            self._record_terms[rid] = [
                Term(
                    t.text,
                    t.compact,
                    t.latin,
                    t.weight * (1 + math.log(n / df[t.compact])) * (1 + min(len(t.compact), 30) / 20),
                    t.strong,
                )
                for t in terms
            ]

    def _place_names(self, extra: dict[str, str]) -> dict[str, str]:
        names = {}
        for prov in thai_provinces(details=True):
            names[prov["name_th"]] = prov["name_th"]
            names[self.normalize(prov["name_en"]).text] = prov["name_th"]
        names.update({self.normalize(k).text: v for k, v in extra.items()})
        return names

    def _bag(self, record: Record) -> set[str]:
        parts = [record.name.th, record.name.en, record.text.th, record.text.en, *record.aliases, *record.keywords]
        for detail in record.details.model_dump(exclude_none=True).values():
            parts += [detail["th"], detail["en"]]
        bag = {w for part in parts for w in self.words(self.normalize(part).text)}
        # "416 ล้าน", "417 million": a large number as people round it, in millions, down or to the nearest
        millions = (int(w) for w in bag if w.isdigit() and int(w) >= TEN_MILLION)  # not 1 of 1,369,235
        return bag | {str(v) for n in millions for v in (n // MILLION, round(n / MILLION))}

    # ---- per question ---------------------------------------------------------------------
    def unclosed(self, compact: str) -> str:
        """The question without the particles and marks closing it ("ได้ไหมคะ?" ends with ได้ไหม)."""
        said = compact.rstrip("?!. ")
        while ending := next((p for p in self._particles if p and said.endswith(p)), None):
            said = said[: -len(ending)].rstrip("?!. ")
        return said

    def tokens(self, text: str) -> list[str]:
        """Segmented words with token-level spelling fixes (กี -> กี่), nothing dropped."""
        return [self._token_fixes.get(w, w) for w in self.segmenter.words(text)]

    def _which_apart(self, tokens: list[str]) -> list[str]:
        """The words with a which word the dictionary joined to the noun before it (กรมไหน, a cue kept
        whole) set apart: the thing, then which. Only where which thing is asked is read, so the noun is
        no content word elsewhere ("ปีไหน" must not make ปี a clue)."""
        apart = []
        for word in _said(tokens):
            which = next((w for w in self._joined_which if word.endswith(w) and len(word) > len(w)), None)
            apart += [word[: -len(which)], which] if which else [word]
        return apart

    def content(self, tokens: Iterable[str]) -> list[str]:
        """Words that carry meaning: no particles, stopwords, question cues or punctuation."""
        return [w for w in tokens if w not in self._stop and not PUNCTUATION.match(w) and (len(w) >= 2 or w.isdigit())]

    def words(self, text: str) -> list[str]:
        return self.content(self.tokens(text))

    @staticmethod
    def spans(tokens: list[str]) -> frozenset[str]:
        """Every run of up to three consecutive words, joined: where a short term may match whole."""
        compact = [t.replace(" ", "") for t in tokens]
        return frozenset(
            "".join(compact[i:j])
            for i in range(len(compact))
            for j in range(i + 1, min(i + MAX_SPAN_WORDS, len(compact)) + 1)
        )

    def detect_intents(self, norm: Normalized, spans: frozenset[str]) -> list[str]:
        """Rank intents by their cues: a question word (strong) outweighs a topic word (hint)."""
        found = {name: [c for c in cues if c.found_in(norm, spans)] for name, cues in self._cues.items()}
        every = [c for hits in found.values() for c in hits]
        # an attribute asked holds its own words from the why cue: เพราะ of "ได้เพราะผลงานอะไร" asks the work, not
        # why (other cues stay: "overall rank" still asks a rank, "which country was ahead" who)
        attributes = [t for t, _ in self._attributes if t.found_in(norm, spans)]
        scores: dict[str, float] = {}
        for name, hits in found.items():
            # a cue inside a longer cue found is that longer one's; a whole-report cue inside any intent's
            # (กี่อัน in กี่อันดับ, how many places) too, but a topic question's กี่ stays in กี่ตัว
            longer = [
                *(every if self.intents[name].aggregate else hits),
                *(attributes if self.intents[name].answers == "why" else ()),
            ]
            hits = [c for c in hits if not any(c.compact != o.compact and c.compact in o.compact for o in longer)]
            if hits:
                scores[name] = sum((2.0 if c.strong else 1.0) + len(c.compact) / 100 for c in hits)
        for name, (openers, replaced) in self._openers.items():
            if norm.compact.startswith(openers) and replaced & set(scores):
                best = max(scores.pop(r) for r in replaced & set(scores))
                scores[name] = max(scores.get(name, 0.0), best)
        for name, outranked in self._outranks.items():
            if name in scores and outranked & set(scores):
                scores[name] = max(scores[name], *(scores[o] + OUTRANK_MARGIN for o in outranked & set(scores)))
        return sorted(scores, key=lambda n: -scores[n])

    def _threshold_first(self, intents: tuple[str, ...], reading: Reading, counted: str | None) -> tuple[str, ...]:
        """A hint beside a count of a kind of figure ("ต้องได้กี่คะแนนถึงจะผ่าน", how many points to pass)
        asks what the hint is of, a threshold: the intent only its hints found comes first. A count of
        things ("กี่หน่วยงานผ่านเกณฑ์") is still the figure."""
        if counted is None or not self.is_measure_word(counted):
            return intents
        hinted = [
            n for n in intents if all(not c.strong for c in self._cues[n] if c.found_in(reading.norm, reading.spans))
        ]
        return (*hinted, *(n for n in intents if n not in hinted))

    def is_facet_word(self, word: str) -> bool:
        """A word that says a part follows (ด้าน, factor): no part itself."""
        return self.normalize(word).compact in self._facets

    def is_measure_word(self, word: str) -> bool:
        """A word naming a kind of figure (คะแนน, อันดับ, percent): counted, it asks an amount of that kind."""
        return self.normalize(word).compact in self._measure_compacts

    def _count_first(self, intents: tuple[str, ...], counted: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
        """A count of organisations asked ("ทำในกี่ส่วนราชการ") beside a who cue ("ของหน่วยงาน") asks how many:
        an intent yielding to counts of that kind goes after those answering a number."""
        kinds = {kind for _, kind in counted}
        yielding = [n for n in intents if kinds & set(self.intents[n].yields_to_counts_of)]
        if not yielding or not any(self.intents[n].needs_number for n in intents):
            return intents
        return (*(n for n in intents if n not in yielding), *yielding)

    def _only_a_greetings_time(self, out_of_scope: str, intents: list[str], reading: Reading) -> bool:
        """Small talk whose only live-data word is a time word (`greeting_time_words`: วันนี้, today), with no
        topic named (the question's first reading grounds none): the time is the chat's, not a reading asked
        for."""
        if not any(self.intents[n].smalltalk for n in intents):
            return False
        said = [c for c in self._cues[out_of_scope] if c.found_in(reading.norm, reading.spans)]
        if not all(c.compact in self._greeting_times for c in said):
            return False
        return not any(c.grounded for c in reading.candidates)

    def _only_inside_names(self, out_of_scope: str, reading: Reading) -> bool:
        """Its live-data words are said only inside an organisation's name the question gives."""
        said = [c for c in self._cues[out_of_scope] if c.found_in(reading.norm, reading.spans)]
        names = self.find_agencies(reading.norm, reading.tokens)
        return bool(said) and all(any(c.compact in name for name in names) for c in said)

    def _only_the_year_after(self, out_of_scope: str, reading: Reading) -> bool:
        """Its live-data words ("next year") are said only inside a phrase asking the year after the one in
        question ("the next year", `following`), not the future."""
        text = reading.norm.text
        outside = self._following.sub(" ", text)
        said = [c for c in self._cues[out_of_scope] if c.found_in(reading.norm, reading.spans)]
        return bool(said) and outside != text and not any(c.text in outside for c in said)

    def _other_of(self, tokens: list[str]) -> str | None:
        """The noun another member of is asked: after an other word ("อีกประเด็น", "the other issue"), or
        before ที่ and a number from 2 up that is no place ("ประเด็นที่ 2", not ครั้งที่ 9)."""
        said = [t.replace(" ", "") for t in _said(tokens)]
        for i, word in enumerate(said[:-1]):
            noun = said[i + 1]
            place = noun in self._place_markers  # "the second phase" is a place, not another member
            if word in self.other_words and noun[0].isalpha() and noun not in self._function_words and not place:
                return noun
            after = said[i + 2] if i + 2 < len(said) else ""
            # "ประเด็นที่สอง" read as one word: the ending the markers share (ที่), then the number in words
            places = self._places_in_list
            joined = next((e for e in self._marker_ends if noun.startswith(e) and noun[len(e) :] in places), "")
            if joined:
                noun, after = joined, noun[len(joined) :]
            number = int(after) if after.isascii() and after.isdigit() else self._places_in_list.get(after, 0)
            # a marker others end with (ที่ of ครั้งที่, รุ่นที่): "ประเด็นที่ 2"; not เฟส 2, itself a place
            marker = any(m != noun and m.endswith(noun) for m in self._place_markers)
            if marker and 1 < number < 10 and word + noun not in self._place_markers:
                return word if word[0].isalpha() else None
        return None

    def _the_year_after_alone(self, reading: Reading) -> bool:
        """The question is nothing but a word that asks the year after only when said alone ("next year?",
        "แล้วปีหน้าล่ะ"): with other words ("ITA ปีหน้าจะได้เท่าไหร่") it asks the future."""
        said = [w for w in self._following_alone if w in reading.norm.compact]
        return bool(said) and all(any(w in s for s in said) for w in reading.words)

    def _ordinals(self, text: str) -> tuple[tuple[str, int], ...]:
        """The rounds the question names, before a number (ครั้งที่ 10) or as an English ordinal (10th, first)."""
        before = [(f"{m.group(1)} {m.group(2)}", int(m.group(2))) for m in self._ordinal.finditer(text)]
        nouns = self._ordinal_nouns
        after = [(f"{m.group(0)} {nouns[m.group(2)]}", int(m.group(1))) for m in self._ordinal_ending.finditer(text)]
        worded = [
            (f"{m.group(1)} {nouns[m.group(2)]}", self._ordinal_numbers[m.group(1)])
            for m in self._ordinal_word.finditer(text)
        ]
        return (*before, *after, *worded)

    def find_provinces(self, norm: Normalized, spans: frozenset[str]) -> tuple[str, ...]:
        found = []
        outside = norm.text  # the question without the names holding a place name ("Bangkok Post"), as typed
        for name in self._place_in_names:
            outside = outside.replace(name, " ")
        outside = outside.replace(" ", "")
        for place in self._place_terms:
            if place.compact in self._ambiguous_places:
                hit = self._named_as_a_province(norm.compact, place.compact)
            else:
                hit = place.found_in(norm, spans) and place.compact in outside
            if hit:
                found.append(self._places[place.text])
        return tuple(dict.fromkeys(found))

    def _named_as_a_province(self, compact: str, place: str) -> bool:
        """A place whose name is also a word ("เลย") right after a province word, which no quantifier opens
        ("จังหวัดเลย" is Loei; "ทุกจังหวัดเลย" is every province, เลย a particle)."""
        return any(
            not any(compact[: found.start()].endswith(q) for q in self._province_quantifiers)
            for word in self._province_words
            for found in re.finditer(re.escape(f"{word}{place}"), compact)
        )

    def _spelt_acronyms(self, raw: str) -> str:
        """Latin letters spelt out in Thai ("ซีพีไอปี66") read as the acronym ("CPI ปี66") when a topic's name
        or alias is that acronym; the longest such stretch of the run, so a letter name beside it ("ดี", good)
        stays Thai. A run naming no acronym is left as typed."""

        def spelt(run: re.Match[str]) -> str:
            names = self._letter.findall(run.group())
            for size in range(len(names), 2, -1):
                for start in range(len(names) - size + 1):
                    latin = "".join(self._letter_names[n] for n in names[start : start + size])
                    if latin in self._acronyms:
                        before, after = "".join(names[:start]), "".join(names[start + size :])
                        return f"{before} {latin.upper()} {after}"
            return run.group()

        return self._letter_run.sub(spelt, raw)

    def _ends_with_a_name(self, run: str) -> bool:
        """A Thai name closes this run of letters: each ending looked up, not each name tried."""
        return any(run[start:] in self._thai_names for start in range(len(run) - MIN_THAI_TERM + 1))

    def _asks_what(self, reading: Reading) -> bool:
        """A what word as typed, or as a token reads it ("อันดับไร": ไร is read อะไร)."""
        return any(t.compact in reading.spans or t.found_in(reading.norm, reading.spans) for t in self._what_terms)

    def _with_glued_years(self, norm: Normalized) -> Normalized:
        """Two digits run into the end of a Thai name ("รางวัลเลิศรัฐ68") are a year, within a few years of
        those the knowledge holds, unless what follows counts them ("ทบทวนกฎหมาย62ข้อ", "สะกิด66ครั้ง")."""
        glued = [
            year
            for m in THAI_NAME_THEN_DIGITS.finditer(norm.text)
            if self._ends_with_a_name(m.group(1))
            and not self.count_follows(norm.text, m.end())
            and self.near_held_years(year := to_be_year(m.group(2), christian=False) or 0)
        ]
        found = tuple(y for y in dict.fromkeys(glued) if y not in norm.years)
        return dataclasses.replace(norm, years=(*norm.years, *found)) if found else norm

    def count_follows(self, text: str, end: int) -> bool:
        """A unit, classifier, counter, scale or approximator ("60 กว่า") stands after this point: the number
        before is a value."""
        return unit_follows(text, end, self._after_a_count)

    def near_held_years(self, year: int) -> bool:
        """Within a few years of those the knowledge holds: a year two digits may mean, to answer or decline."""
        low, high = self._year_span
        return low <= year <= high

    def __getstate__(self) -> dict[str, object]:
        """What the index keeps on disk: everything but what is quicker to rebuild than to read back
        (the cached normaliser, the segmenter's trie of 62,000 words, the term automaton)."""
        return {k: v for k, v in self.__dict__.items() if k not in {"normalize", "segmenter", "_term_finder"}}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.normalize = _cached_normalizer(self._language)
        self.segmenter = Segmenter(self._domain, self._not_words)
        self._term_finder = _term_finder(self._holders)

    def _terms_in(self, compact: str) -> set[str]:
        """Every term of any record that occurs in the text, found in one pass (Aho-Corasick)."""
        if not self._holders:
            return set()
        return {term for _, term in self._term_finder.iter(compact)}

    def score_records(
        self, norm: Normalized, words: list[str], spans: frozenset[str], defining: bool = False
    ) -> list[Candidate]:
        qwords = set(words)
        numbers = {w for w in qwords if w.isdigit() and len(w) >= 2}
        found: dict[str, list[tuple[int, Term]]] = {}
        entered: set[str] = set()  # the records scored: the holders of a clue, but only the first few of a common one
        matches: dict[tuple[str, bool], bool] = {}  # many records hold the same term: test it once
        for compact in self._terms_in(norm.compact):  # only the terms the question holds, not every record's
            for rank, (rid, index, term) in enumerate(self._holders[compact]):
                key = (term.text, term.latin)
                if key not in matches:
                    matches[key] = term.found_in(norm, spans)
                if matches[key]:
                    found.setdefault(rid, []).append((index, term))
                    if rank < COMMON_CLUE_RECORDS:
                        entered.add(rid)
        every = {t.compact for hits in found.values() for _, t in hits}
        postings = {word: self._postings.get(word, NO_RECORDS) for word in qwords}
        for holders in postings.values():
            entered.update(self._ids[position] for position in holders[:COMMON_CLUE_RECORDS])
        sharing = {  # the question's words each record scored holds
            rid: {word for word, holders in postings.items() if _holds(holders, self._position[rid])} for rid in entered
        }
        candidates = []
        for rid in sorted(entered, key=self._position.__getitem__):  # record order breaks ties
            hits = [t for _, t in sorted(found.get(rid, []), key=lambda pair: pair[0])]
            hits = [t for t in hits if not any(t.compact != o.compact and t.compact in o.compact for o in hits)]
            # a term inside a longer term that another record matched is that record's clue, not this one's
            own = [t for t in hits if not any(t.compact != o and t.compact in o for o in every)]
            shadowed = [t for t in hits if t not in own]
            shared = sharing[rid]
            score = sum(t.weight for t in own) + SHADOWED_WEIGHT * sum(t.weight for t in shadowed)
            score += OVERLAP_WEIGHT * sum(self._word_idf[w] for w in shared)
            rare_numbers = {w for w in numbers & shared if self._word_idf[w] >= self._rare_idf}
            defines = defining and any(t.compact in self._defines[rid] for t in own)
            if defines:  # "ก.พ.ร. ย่อมาจากอะไร" names the record whose definition it is
                score += ALIAS_WEIGHT * 5
            if score > 0:
                candidates.append(
                    Candidate(
                        self.records[rid],
                        round(score, 3),
                        tuple(t.text for t in own),
                        len(own) + len(rare_numbers),
                        defines or any(t.strong for t in own),
                    )
                )
        candidates.sort(key=lambda c: -c.score)
        return candidates

    def _names_near(self, compact: str) -> list[str]:
        """The names that could be within the allowed edits of some part of the text: each edit spoils at
        most three of a name's trigrams, so a name needs all but 3 x edits of them in the text. Compares
        the question with those few names instead of every name the knowledge holds."""
        shared = Counter(chain.from_iterable(self._names_by_trigram.get(gram, ()) for gram in trigrams(compact)))
        near = [i for i, count in shared.items() if count >= self._needed[i] > 0] + self._always_near
        return [self._fuzzy_names[i] for i in sorted(near)]

    def repair_names(self, norm: Normalized) -> Normalized | None:
        """Fix a misspelt Thai name inside unsegmentable text (ความพึงพอไจ): a close alignment, few edits."""
        for name, _, _ in process.extract(
            norm.compact,
            self._names_near(norm.compact),
            scorer=fuzz.partial_ratio,
            score_cutoff=NAME_FUZZY_CUTOFF,
            limit=5,
        ):
            where = fuzz.partial_ratio_alignment(name, norm.compact)
            if where is None or name in norm.compact:
                continue
            window = norm.compact[where.dest_start : where.dest_end]
            if Levenshtein.distance(name, window) <= _allowed_edits(name):
                text = norm.compact[: where.dest_start] + name + norm.compact[where.dest_end :]
                return dataclasses.replace(norm, text=text, compact=text)
        return None

    def _target_years(self, norm: Normalized) -> tuple[int, ...]:
        """The years asked that a target word stands beside, each word its own: the year right after it when
        there is one ("ผลปี 64 เป้าปี 65": 2565 is the target's, not 2564 before it), else the year right
        before it ("the 2027 target"); and a deadline's ("by 2027", a plan's last year: "แผน 2568-2570")."""
        text = norm.text
        numbers = [m.group(1) for m in self._deadline_year.finditer(text)]  # a deadline is a target's year
        for word in self._target_word.finditer(text):
            beside = self._year_after.match(text, word.end()) or self._year_before.search(text, 0, word.start())
            numbers += [beside.group(1)] if beside else []
        readings = {to_be_year(n, era) for n in numbers for era in (False, True)} | set(norm.deadlines)
        return tuple(y for y in norm.years if y in readings)

    def repair_typos(self, norm: Normalized, words: list[str]) -> Normalized | None:
        """Replace misspelt words by the closest word the knowledge uses; real Thai words stay as typed."""
        text = norm.text
        changed = False
        for word in words:
            if word in self._word_idf or word in self._dictionary or len(word) < MIN_THAI_TERM or word.isdigit():
                continue
            if word.isascii() and len(word) < MIN_LATIN_TYPO:  # "past" is no typo of PAS, nor "cpi" of copy
                continue
            best = process.extractOne(word, self._vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if best:
                text = text.replace(word, best[0])
                changed = True
        if not changed:
            return None
        return dataclasses.replace(norm, text=text, compact=text.replace(" ", ""))

    def _read(
        self, norm: Normalized, defining: bool, tokens: list[str] | None = None, spans: frozenset[str] | None = None
    ) -> Reading:
        tokens = self.tokens(norm.text) if tokens is None else tokens
        spans = self.spans(tokens) if spans is None else spans
        words = self.content(tokens)
        return Reading(norm, tokens, words, spans, self.score_records(norm, words, spans, defining))

    def understand(self, raw: str, strong: float = 0.0) -> Understanding:
        """Read the question; when no record is clearly named, try once more with typos repaired."""
        raw = raw[:MAX_INPUT_CHARS]  # a question, not a document: cut before anything reads it
        norm = self._with_glued_years(self.normalize(self._spelt_acronyms(raw)))
        tokens = self.tokens(norm.text)
        spans = self.spans(tokens)
        intents = self.detect_intents(norm, spans)
        defining = bool(intents) and self.intents[intents[0]].answers == "definition"
        reading = self._read(norm, defining, tokens, spans)
        first = reading

        def settled(found: list[Candidate]) -> bool:
            return bool(found) and found[0].score >= strong and found[0].grounded

        out_of_scope = next((n for n in intents if self.intents[n].out_of_scope), None)
        if out_of_scope and self._only_a_greetings_time(out_of_scope, intents, first):
            out_of_scope = None  # "สวัสดีค่ะ วันนี้ว่างไหม": small talk, no live data asked
        if out_of_scope and self._only_inside_names(out_of_scope, first):
            out_of_scope = None  # "กองทัพอากาศได้ ITA เท่าไหร่": อากาศ names the air force, no weather asked
        if out_of_scope and self._only_the_year_after(out_of_scope, first):
            out_of_scope = None  # "did it go up the next year?": the year after the one in question
        said_alone = out_of_scope is not None and self._the_year_after_alone(first)
        if said_alone:
            out_of_scope = None  # "next year?" after a topic: its year after
        repairs = [lambda: self.repair_typos(norm, first.words)]
        if THAI_CHAR.search(norm.compact):  # the names it repairs are Thai
            repairs.append(lambda: self.repair_names(norm))
        for repair in [] if out_of_scope else repairs:  # live data is declined whatever the spelling
            if settled(reading.candidates):
                break
            repaired = repair()
            if repaired is not None:
                again = self._read(repaired, defining)
                if again.candidates and (
                    not reading.candidates or again.candidates[0].score > reading.candidates[0].score
                ):
                    reading = again
        cue_terms = [
            t
            for terms in [*self._group_terms.values(), *self._part_terms.values()]
            for t in terms
            if t.found_in(reading.norm, reading.spans)
        ]
        # a cue inside a longer cue found (ผลงาน in ผลงานเด่น) names the longer one's group only, unless it also
        # stands on its own ("กฎหมายกับร่างกฎหมาย"); inside the cue of an intent whose cues name no group, none
        said = reading.norm.compact
        naming_none = [c for n in intents if self.intents[n].cues_name_no_group for c in self._cues[n]]
        cue_terms = [
            t
            for t in cue_terms
            if not any(
                t.compact != o.compact and t.compact in o.compact and said.count(t.compact) <= said.count(o.compact)
                for o in (*cue_terms, *(c for c in naming_none if c.compact in said))
            )
        ]
        smalltalk = next((self.intents[n] for n in intents if self.intents[n].smalltalk), None)
        agencies = self.find_agencies(reading.norm, reading.tokens)
        generic = tuple(n for n in intents if not self.intents[n].smalltalk and not self.intents[n].out_of_scope)
        count_of = self._count_of(reading.tokens)
        generic = self._threshold_first(generic, reading, count_of)
        counted = self._counted(reading.norm.compact, reading.norm.text)
        generic = self._count_first(generic, counted)
        rest_word = next(
            (
                word
                for t, word in self._rest
                if t.found_in(reading.norm, reading.spans)
                and not any(f"{than}{t.compact}" in reading.norm.compact for than in self._rest_compared)
            ),
            None,
        )  # "older than the rest" sets the rest against something, it does not ask for them
        # the kinds of figure and the which words said, read once: several readings below look at them
        measures_said = [(t, kind, word) for t, kind, word in self._measures if t.found_in(reading.norm, reading.spans)]
        which_said = [t for t in self._which_terms if t.found_in(reading.norm, reading.spans)]
        # a classifier before "this" points ("หนังสือฉบับนี้": this letter): no clue to what is asked
        pointing = {t for t, after in pairwise(reading.tokens) if t in self.classifiers and after in self._this_words}
        return Understanding(
            norm=reading.norm,
            words=self._past_places(reading.words, norm.text),
            clues=tuple(
                w
                for w in reading.words
                if 0 < len(self._postings.get(w, NO_RECORDS)) <= COMMON_CLUE_RECORDS and w not in pointing
            ),
            intents=generic,
            candidates=tuple(reading.candidates),
            provinces=self.find_provinces(reading.norm, reading.spans),
            agencies=agencies,
            ordinals=self._ordinals(reading.norm.text),
            smalltalk=smalltalk,
            out_of_scope=out_of_scope,
            known=bool(intents or norm.years or reading.candidates) or any(self._knows(w) for w in tokens),
            latest=self._latest.search(norm.text) is not None,
            previous=self._previous.search(norm.text) is not None,
            same_year=self._same_year.search(norm.text) is not None,
            following=self._following.search(norm.text) is not None or said_alone,
            next_round=self._next_round.search(norm.text) is not None,
            groups=tuple(g for g, terms in self._group_terms.items() if any(t in cue_terms for t in terms)),
            parts=tuple(p for p, terms in self._part_terms.items() if any(t in cue_terms for t in terms)),
            cue_terms=tuple(t.text for t in cue_terms),
            groups_joined=self._groups_joined(reading.norm.text, [t.text for t in cue_terms]),
            several=self._several(  # a group's word or an organisation's in the plural ("which departments")
                reading.tokens,
                raw,
                [*(w for t in cue_terms if t.latin for w in t.text.split()), *self.organisation_words],
            ),
            whole=self._whole.search(norm.text) is not None,
            by_count=self._by_count.search(norm.text) is not None,
            mentions=self._mentions.search(norm.text) is not None,
            more=self._more.fullmatch(" ".join(t for t in tokens if t not in self._particles).strip()) is not None,
            ranks_subjects=self._ranked_subjects.search(norm.text) is not None,
            asks_provinces=any(w in reading.norm.compact for w in self._province_words),
            attributes=self._attributes_asked(reading),
            bottom=self._bottom(reading),
            best=next((word for t, word in self._tops if t.found_in(reading.norm, reading.spans)), None),
            result_asked=any(w in reading.norm.compact for w in self._result_words),
            finding=next((word for t, word in self._findings if t.found_in(reading.norm, reading.spans)), None),
            positions=tuple(self._place_of(m.group(1)) for m in self._list_place.finditer(norm.text)),
            negated=self._negated(reading.tokens),
            breakdown_by=self._breakdown_by(reading.tokens),
            sets=self._sets(reading.tokens),
            asks_which=bool(which_said),
            which_figure=_which_figure(reading.norm.compact, measures_said, which_said),
            asks_what=self._asks_what(reading) and self._topic_follow_ups.search(norm.text) is None,
            only_years=bool(norm.years) and self._only_years(reading),
            which_of=self._which_of(reading.tokens),
            name_of=self._name_of(reading.tokens),
            complete=any(t.found_in(reading.norm, reading.spans) for t in self._complete),
            names_asked=any(t.found_in(reading.norm, reading.spans) for t in self._naming),
            rest=self._rest_asked(reading, rest_word),
            other_of=self._other_of(reading.tokens),
            rest_said=rest_word is not None,
            counted=counted,
            count_of=count_of,
            target_years=self._target_years(norm),
            measures=self._measures_asked(reading, measures_said),
            organisations=not agencies and self._asks_of_organisations(reading.tokens),
            counts_asked=sum(reading.norm.compact.count(w) for w in self._count_words),
            years_back=self._years_back_asked(norm.text),
            excluded=self._excluded(reading.tokens, set(reading.words)),
            facet=self._facet(reading.tokens, set(reading.words)),
            facet_said=any(w in self._facets for w in _said(reading.tokens)),
            names=self._names(raw),
            index_names=self._index_names(raw),
            missing_part=self._missing_part(reading.norm.compact),
            source_year_missing=self._source_year_missing(reading.norm),
            this_part=self._this_part is not None and self._this_part.search(reading.norm.compact) is not None,
        )

    def _attributes_asked(self, reading: Reading) -> tuple[tuple[str, str], ...]:
        """What it asks that a record must state, as worded and compact; not inside a year ("ปีงบ 64" asks a
        fiscal year, no budget). A Thai attribute may be said around a Latin name ("ค่าเฉลี่ย cpi โลก": the
        world average), so the Thai words are read with the Latin ones between them left out too."""
        text = self._year_reader.unworded(reading.norm.text)
        plain = dataclasses.replace(reading.norm, text=text, compact=text.replace(" ", ""))
        thai = re.sub(r"\s*[a-z][a-z0-9&.]*\s*", "", text) if THAI_CHAR.search(text) else ""

        def said(t: Term) -> bool:
            joined = bool(thai) and not t.latin and len(t.compact) >= MIN_JOINED_ATTRIBUTE
            return t.found_in(plain, reading.spans) or (joined and t.compact in thai)

        return tuple((word, t.compact) for t, word in self._attributes if said(t))

    def asked_by(self, intent: str, norm: Normalized) -> tuple[str, ...]:
        """The words of an intent's cues and hints the question says, stopwords aside: what it asks, in its
        own words ("pass" of "passing score", เกณฑ์ผ่าน; nothing of คืออะไร)."""
        found = [t for t in self._cues.get(intent, ()) if t.compact in norm.compact]
        said = (w for t in found for w in t.text.split())
        return tuple(dict.fromkeys(w for w in said if w not in self._thai_stopwords and w not in self._function_words))

    def _numbered(self, bundle: Bundle) -> tuple[dict[str, NumberedParts], re.Pattern[str] | None]:
        """The words that number a source's parts ("ยุทธศาสตร์ที่ 1", "strategy 2") with the numbers they hold,
        and where such a word is followed by a number: one they do not hold names a part no source has. A
        Thai word numbers only with its place marker (ยุทธศาสตร์ที่ 4; "ยุทธศาสตร์ 64" may be a year)."""
        held: dict[str, NumberedParts] = {}
        for source in bundle.sources.values():
            for part in source.parts:
                for cue in part.cues:
                    numbered = NUMBERED_CUE.match(self.normalize(cue).compact)
                    if numbered is None:
                        continue
                    word = numbered.group(1)
                    if THAI_CHAR.search(word) and not word.endswith(tuple(self._place_markers)):
                        continue
                    worded = re.sub(r"[\d๐-๙\s]+$", "", cue)  # as the data words it: "strategy", not "strategi"
                    held.setdefault(word, NumberedParts(worded, source.id, set())).numbers.add(numbered.group(2))
        if not held:
            return held, None
        words = "|".join(re.escape(w) for w in sorted(held, key=len, reverse=True))
        # "ยุทธศาสตร์ 20 ปี", "strategy 20 years", "5 ประการ": a count, no part's number
        counted = "|".join(re.escape(c) for c in (*self.classifiers, *self._counter_words, "year"))
        return held, re.compile(rf"({words})0*(\d{{1,2}})(?!\d|{counted})")

    def _part_pointer(self, this_words: list[str]) -> re.Pattern[str] | None:
        """A part's numbering word with a this word after it (Thai, its place marker dropped: ยุทธศาสตร์นี้) or
        before it (English: this strategy), read compact."""
        markers = sorted(self._place_markers, key=len, reverse=True)
        heads = {_without_marker(w, markers) for w in self._part_numbers}
        this = [self.normalize(w).compact for w in this_words]
        if not heads or not this:
            return None
        head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        word = "|".join(re.escape(t) for t in sorted(this, key=len, reverse=True))
        return re.compile(rf"(?:{head})(?:{word})|(?:{word})(?:{head})")

    def _source_year_missing(self, norm: Normalized) -> tuple[int, tuple[str, ...]] | None:
        """A source asked by its name and a year no source of that name is for ("Public Sector Development Report
        2022" with only 2564's): the year asked, and the sources of that name held. Only a number read as a
        year is one ("มี 12 ตัวชี้วัด" after the name is a count)."""
        for m in self._source_year.finditer(norm.compact) if self._source_year else ():
            digits = m.group(2)
            asked = next((y for y in norm.years if str(y).endswith(digits) or str(y - BE_OFFSET) == digits), 0)
            if asked and asked not in self._source_years[m.group(1)]:
                return asked, tuple(self._sources_called[m.group(1)])
        return None

    def _missing_part(self, compact: str) -> tuple[str, str] | None:
        """A numbered part asked that its source does not have ("ยุทธศาสตร์ที่ 4" of three): as the data words
        it, and the source."""
        if self._numbered_parts is None:
            return None
        for m in self._numbered_parts.finditer(compact):
            parts = self._part_numbers[m.group(1)]
            if m.group(2) not in parts.numbers:
                return f"{parts.word} {m.group(2)}", parts.source
        return None

    @staticmethod
    def _measures_asked(reading: Reading, said: list[tuple[Term, str, str]]) -> tuple[tuple[str, str], ...]:
        """Each kind of figure named (of those `said`), as worded by its longest word found (เปอร์เซ็นต์, not
        เปอร์เซ็น)."""
        found: dict[str, str] = {}
        for term, kind, word in said:
            if len(word) <= len(found.get(kind, "")):
                continue
            # a sign after a number is a value said ("100%"), not a kind asked ("กี่ %")
            if any(ch.isalpha() for ch in word) or re.search(
                rf"(?<![\d\s])\s*{re.escape(term.text)}|^\s*{re.escape(term.text)}", reading.norm.text
            ):
                found[kind] = word
        return tuple((word, kind) for kind, word in found.items())

    def _sets(self, tokens: list[str]) -> tuple[tuple[int, str], ...]:
        """A number with the word after it, unless a place marker stands before it (ครั้งที่ 9) or no word
        follows (นร 1200/143); in English also the word after that ("8 sandbox tasks": a word may qualify
        the thing counted). A count word counts after "which" ("which two agencies", not "five years old")."""
        said = _said(tokens)
        found: list[tuple[int, str]] = []
        for i in range(len(said) - 1):
            word, after = said[i], said[i + 1]
            if word.isascii() and word.isdigit():  # not "²", which int() cannot read
                number: int | None = int(word)
            else:  # a count word only after "which"
                number = self._cardinals.get(word) if i and said[i - 1] in self._which_words else None
            if number is None or number >= YEARS_FROM:
                continue
            if (i and said[i - 1] in self._place_markers) or not after[0].isalpha():  # not "/10" of มาตรา 71/10
                continue
            if after in self._thai_stopwords and after not in self.classifiers:  # "อันดับ 20 จาก 64": a value
                continue  # out of a whole, no set of things (แห่ง, ราย count, though stop words)
            found.append((number, after))
            noun = said[i + 2] if i + 2 < len(said) else ""
            if after.isascii() and noun.isalpha() and noun not in self._function_words:
                found.append((number, noun))
        return tuple(found)

    def _years_back_asked(self, text: str) -> int:
        """The number of years asked back from now ("ย้อนหลัง 3 ปี", "the past three years"), or 0."""
        found = self._years_back.search(text) if self._years_back else None
        if found is None:
            return 0
        count = next(v for v in found.groupdict().values() if v)
        return int(count) if count.isdigit() else self._cardinals[count]

    def _which_of(self, tokens: list[str]) -> tuple[str, ...]:
        """The word before "ไหนบ้าง", "ใดบ้าง": the thing of which several are asked (หน่วยงาน); not a word
        naming no set (`which_not_a_set`: "ปีไหนบ้าง" asks years, "ตัวไหนบ้าง" any of them)."""
        said = self._which_apart(tokens)
        return tuple(
            said[i - 1]
            for i in range(1, len(said) - 1)
            if said[i] in self._which_words
            and said[i + 1] in self._plural_words
            and said[i - 1][0].isalpha()
            and said[i - 1] not in self._not_a_set
        )

    def _name_of(self, tokens: list[str]) -> str | None:
        """The word before "ชื่ออะไร", "เรียกว่าอะไร", or between ("ชื่อผลงานอะไร"): the thing whose name is
        asked (ผลงาน)."""
        said = _said(tokens)
        asks = tuple(called + what for called in self._called_words for what in self._what_words)
        before = (
            said[i - 1]
            for i in range(1, len(said))
            if "".join(said[i : i + 2]).startswith(asks) and said[i - 1][0].isalpha()
        )
        between = (
            said[i + 1]
            for i in range(len(said) - 2)
            if said[i] in self._called_words
            and said[i + 2].startswith(tuple(self._what_words))
            and said[i + 1][0].isalpha()
        )
        return next(before, None) or next(between, None)

    def _bottom(self, reading: Reading) -> str | None:
        """The lowest asked, as worded, unless a gap word is said: "ขาดน้อยที่สุด" is the closest."""
        if any(g in reading.norm.compact for g in self._gaps):
            return None
        return next((word for t, word in self._bottoms if t.found_in(reading.norm, reading.spans)), None)

    def _rest_asked(self, reading: Reading, rest: str | None) -> str | None:
        """The rest word of a question asking members by name ("which", รายชื่อ) that sets none of the listed
        apart (no นอกจาก, besides, and no province named): those are the listed others, not the rest."""
        if rest is None:
            return None
        naming = any(t.found_in(reading.norm, reading.spans) for t in (*self._which_terms, *self._naming))
        apart = any(e in reading.norm.compact for e in self._exclusions) or self.find_provinces(
            reading.norm, reading.spans
        )
        return rest if naming and not apart else None

    def _groups_joined(self, text: str, cues: list[str]) -> bool:
        """Two group words with only a conjunction between them ("กฎหมายกับร่างกฎหมาย")."""
        spans = sorted((at.start(), at.end()) for cue in cues for at in re.finditer(re.escape(cue), text))
        return any(self._joined.match(text[end:start]) for (_, end), (start, _) in pairwise(spans) if start >= end)

    def _count_of(self, tokens: list[str]) -> str | None:
        """The word after "กี่" or "how many": what the question counts, unless a classifier that counts anything
        or a function word that counts nothing."""
        said = _said(tokens)
        pairs = [("".join(said[i : i + 2]), i + 2) for i in range(len(said))] + [(w, i + 1) for i, w in enumerate(said)]
        end = next((end for word, end in pairs if word in self._count_words and end < len(said)), None)
        if end is not None and said[end] in self.number_scales:  # "กี่ล้านบาท": baht, in millions
            end = end + 1 if end + 1 < len(said) else None
        word = said[end] if end is not None else None
        return None if word in self.classifiers or word in self._function_words else word  # "how many were"

    def _counted(self, compact: str, text: str) -> tuple[tuple[str, str], ...]:
        """What follows "กี่" or "how many", when it is a counter of a known kind: ("คน", "people"); not after
        a negation ("ไม่กี่ประเทศ": only a few, no count asked). `text` is the question read, with spaces."""
        found = []
        for count_word in self._count_words:
            for at in re.finditer(re.escape(count_word), compact):
                if compact[: at.start()].endswith(self.negation_words):
                    continue
                after = compact[at.end() :]
                scale = next((sc for sc in self.number_scales if after.startswith(sc)), "")
                after = after[len(scale) :]  # "กี่ล้านคน": people, in millions
                words = [(w, kind) for kind, ws in self.counters.items() for w in ws if after.startswith(w)]
                if words:
                    compact, kind = max(words, key=lambda pair: len(pair[0]))
                    found.append((self._counter_words[compact], kind))
        return tuple(dict.fromkeys([*found, *self._counted_after_adjectives(text)]))

    def _counted_after_adjectives(self, text: str) -> list[tuple[str, str]]:
        """An English counter a few words after "how many" ("how many open datasets", "how many government
        civil servants"): the words between qualify it. Not when the word right after is itself counted ("how
        many services people can use": services), and not past a function word."""
        found = []
        for at in self._how_many_then_words.finditer(text):
            words = at.group(1).split()
            if self._counter_in(words, 0) is not None:
                continue
            qualified = list(takewhile(lambda w: w not in self._function_words, words[1:]))
            counted = next((c for i in range(len(qualified)) if (c := self._counter_in(qualified, i))), None)
            if counted is not None and counted[1] not in self.noun_before_counters:
                found.append((self._counter_words[counted[0]], counted[1]))
        return found

    def _counter_in(self, words: list[str], at: int) -> tuple[str, str] | None:
        """The counter of a known kind that starts at this word, of one or two words ("data sets")."""
        for span in (2, 1):
            compact = "".join(words[at : at + span])
            kind = next((k for k, ws in self.counters.items() if compact in ws), None)
            if kind is not None and at + span <= len(words):
                return compact, kind
        return None

    def _breakdown_by(self, tokens: list[str]) -> tuple[str, ...]:
        """The words after a breakdown word and its joiners ("แยกตามจังหวัด", "split by year", "แยกเป็นเจ้าหน้าที่
        กับผู้รับบริการ"); none when it asks the kinds, or what it splits into ("แยกตามประเภท", "แยกเป็นอะไรบ้าง",
        `breakdown_kinds`), or its own word names the kinds ("แต่ละประเภท")."""
        said = [w.casefold() for w in _said(tokens)]
        for start in range(len(said)):
            ends = range(start + 1, min(start + MAX_SPAN_WORDS, len(said)) + 1)
            end = next((e for e in ends if "".join(said[start:e]) in self.breakdown_words), None)
            if end is not None:
                if any(kind in "".join(said[start:end]) for kind in self._breakdown_kinds):
                    return ()
                after = [w for w in said[end:] if w not in self._breakdown_joiners]
                first = after[0] if after else ""
                asks_into = not first or first in self._breakdown_passing or first.startswith(self._breakdown_openers)
                if asks_into or any(w in self._breakdown_kinds for w in after):
                    return ()
                return tuple(after)
        return ()

    def _negated(self, tokens: list[str]) -> tuple[str, ...]:
        """Each negation with the word it negates, joined (ไม่ผ่าน); a negation of several words (ไม่ + ใช่)
        is taken whole first (ไม่ใช่เป้า)."""
        said = _said(tokens)
        found = []
        start = 0
        while start < len(said):  # a negation may start at a word that is none alone (ยัง + ไม่)
            end = start + 1
            while end < len(said) and "".join(said[start : end + 1]) in self._negations:
                end += 1
            negates = "".join(said[start:end]) in self._negations
            if negates and end < len(said):
                found.append("".join(said[start : end + 1]))
            start = end if negates else start + 1
        return tuple(found)

    def _plural(self, raw: str, stems: list[str]) -> bool:
        """A word of the question ending as a plural whose stem, or whose word without the ending, is a group's
        word (rankings, apps, indices; "kpis", which the stemmer keeps whole)."""
        doubled = tuple(e * 2 for e in self._plural_endings)  # "business" is no plural
        typed = [w for w in re.findall(r"[a-z]+", raw.casefold()) if w.endswith(self._plural_endings)]
        return any(
            self.normalize(w).text in stems or self.normalize(_singular(w, self._plural_endings)).text in stems
            for w in typed
            if not w.endswith(doubled)
        )

    def _asks_of_organisations(self, tokens: list[str]) -> bool:
        """An organisation word picked out by a question word: "หน่วยงานไหน", "which (government) agency",
        "องค์การมหาชน...2 แห่งคือที่ไหน": the organisations are what is asked, not the topic's own name."""
        said = self._which_apart(tokens)
        for i, word in enumerate(said):
            if word not in self.organisation_words:
                continue
            before, after = said[max(0, i - 2) : i], said[i + 1 :]
            if any(w in self._question_words for w in before) or any(w.endswith(self._question_endings) for w in after):
                return True
        return False

    def _several(self, tokens: list[str], raw: str, stems: list[str]) -> bool:
        """A question word with a plural word after it ("ทำอะไรให้จังหวัดบ้าง") or a group's word in the plural
        ("what rankings..."; "how many laws" counts them) asks for several."""
        said = _said(tokens)
        asked = [i for i, w in enumerate(said) if w.endswith(self._question_endings)]  # or closing one: มีอะไร
        if not asked:
            return False
        return any(w in self._plural_words for w in said[asked[0] + 1 :]) or self._plural(raw, stems)

    def _past_places(self, words: list[str], text: str) -> tuple[str, ...]:
        """The words but those naming a place in a list ("ตัวที่สอง": ตัว, ที่สอง), which ask nothing of the
        member picked (ตัว is no word of its examples, "ตัวอย่าง"); a number stays ("the 34 provinces" counts)."""
        placed = {w for m in self._list_place.finditer(text) for w in self.words(m.group(0)) if not w.isdigit()}
        return tuple(w for w in words if w not in placed)

    def _excluded(self, tokens: list[str], words: set[str]) -> tuple[str, ...]:
        """The first word of meaning within three after each exclusion (ไม่เอา + แค่ด้าน + ภาครัฐ)."""
        said = _said(tokens)
        found = []
        for start in range(len(said)):
            ends = [
                end
                for end in range(start + 1, min(start + 4, len(said)) + 1)
                if "".join(said[start:end]) in self._exclusions
            ]
            if ends:
                found += [w for w in said[ends[-1] : ends[-1] + 3] if w in words][:1]
        return tuple(found)

    def _facet(self, tokens: list[str], words: set[str]) -> tuple[str, ...]:
        """The words of meaning in a row after the first facet word, past one word of no meaning (ด้าน + การ +
        เปิดเผย ข้อมูล), in the script of the first: "sub-factor public finance ไทยได้" asks of public finance,
        not of ไทย. An English facet word with none after it names the word before it ("infrastructure
        pillar")."""
        said: list[str] = []
        joined: set[str] = set()  # "ฝ่ายบริหาร" read as one word: the facet word, then its part
        heads = sorted((f for f in self._facets if THAI_CHAR.match(f)), key=len, reverse=True)  # longest first
        for word in _said(tokens):
            head = next((f for f in heads if word.startswith(f) and word != f), None)
            part = word[len(head) :] if head and word in words and self.knows_word(word[len(head) :]) else ""
            said += [head, part] if part else [word]
            joined |= {part} if part else set()
        # "pillar rank": the rank of the part before; "sub-factor in 2021": a year names no part
        part = {w for w in {*words, *joined} if not w.isdigit()} - {t.compact for t, _, _ in self._measures}

        def named_at(at: int) -> tuple[str, ...]:
            start = at + 1 if at + 1 < len(said) and said[at + 1] in part else at + 2
            latin = start < len(said) and said[start].isascii()
            after = tuple(takewhile(lambda w: w in part and w.isascii() == latin, said[start:]))
            before = said[at - 1] if at and said[at - 1] in part and said[at - 1].isalpha() else None
            return after if after or not said[at].isascii() or before is None else (before,)

        # "ด้านประสิทธิภาพภาครัฐ ปัจจัยย่อยนโยบายภาษี": the last part named is the one asked, a part of the first
        named = [found for i, w in enumerate(said) if w in self._facets and (found := named_at(i))]
        return named[-1] if named else ()

    def _only_years(self, reading: Reading) -> bool:
        """Its words, the years taken out, are none: a year and particles only."""
        if len(reading.words) > len(reading.norm.years) * 2:  # a year is at most its word and its number
            return False
        rest = self.content(self.tokens(self._year_reader.unworded(reading.norm.text)))
        return all(BARE_YEAR.fullmatch(w) for w in rest)

    def _words_of(self, typed: str) -> tuple[str, ...]:
        """A name's words: all but function words, cue words included ("Ministry of Finance")."""
        said = self.tokens(self.normalize(typed).text)
        return tuple(w for w in said if w not in self._function_words and sum(c.isalpha() for c in w) >= 2)

    def _names(self, raw: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Names typed with capitals (Corruption Perceptions Index), with their words, and acronyms or brand
        words the knowledge never uses (CPI, ThaID): from their first word of meaning ("What", "I'm" are none),
        and nothing from an English question typed all in capitals or all in title case, whose capitals name
        nothing (a Thai question's Latin words are names however they are typed)."""
        latin = re.findall(r"[A-Za-z]+", raw)
        title_case = not THAI_CHAR.search(raw) and len(latin) > 2 and all(w[0].isupper() for w in latin if len(w) > 1)
        shouted = not THAI_CHAR.search(raw) and len(latin) > 2 and all(w.isupper() for w in latin)
        if not latin or shouted or title_case:
            return ()
        found = []
        runs = [*self._name_run.finditer(raw)]
        if THAI_CHAR.search(raw):  # "IMD ด้าน public finance": a term switched into English is a name asked
            runs += [r for r in self._latin_run.finditer(raw) if self._a_term(r, runs)]
        said = [(not raw[: r.start()].strip(), POSSESSIVE.sub("", r.group(0))) for r in runs]  # Thailand's X
        for opening, typed in ((opening, name) for opening, run in said for name in self._joined_names(run)):
            first = self.normalize(typed.split(" ")[0]).compact
            if opening and (first in self.cue_words or first in self._exclusions):  # "Compare Thailand's EGDI",
                typed = typed.partition(" ")[2]  # "Besides the ASEAN network"
            while typed and not self._words_of(typed.split(" ")[0]):  # "I'm John Smith": from the first word of meaning
                typed = typed.partition(" ")[2]
            words = self._words_of(typed)
            # not a source's own name ("Public Sector Development Report"), nor a province (Chiang Mai)
            source = self.normalize(typed).compact in self._source_years
            if len(words) >= 2 and not source and self.normalize(typed).text not in self._places:
                found.append((typed, words))
        for acronym in ACRONYM.finditer(raw):
            word = acronym.group(0).casefold()
            if word not in self._word_idf and word not in self._stop and word not in self._token_fixes:
                found.append((acronym.group(0), (word,)))
        # "pmqaปี66": run into Thai; "compare with Estonia's": one capitalised word inside a sentence
        spelt = [w for w in LOWER_WORD.findall(raw) if NO_VOWEL_START.match(w) and not w.startswith(self._onsets)]
        for typed in (*LOWER_ACRONYM.findall(raw), *MID_CAPITAL.findall(raw), *spelt):
            words = self._words_of(typed)
            if words and not any(self.knows_word(w) or w in self._token_fixes for w in words):
                found.append((typed, words))
        return tuple(found)

    def _index_names(self, raw: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """An index named in lower case ("what's thailand's online services index"): up to three English words
        before an index word (`index_heads`), back to a possessive, a non-Latin word or a function or cue word
        no record uses ("best overall ranking"), a name the records must hold nearly whole as any index's."""
        found = []
        for head in re.finditer(r"[A-Za-z]+", raw):
            if head.group(0).casefold() not in self._index_heads_typed:
                continue
            before = raw[: head.start()].split()[-INDEX_NAME_WORDS_BEFORE:]
            taken: list[str] = []
            for word in reversed(before):
                said, read = word.casefold(), self.normalize(word).compact
                cue = read in self._stop and read not in self._word_idf  # "best", "thailand": no word of a name
                if not re.fullmatch(r"[a-z][a-z-]*", said) or (cue and said not in self._joiner_words):
                    break
                taken.insert(0, word)
            while taken and taken[0].casefold() in self._joiner_words:
                taken.pop(0)
            if len(taken) + 1 >= MIN_INDEX_NAME_WORDS and not any(w[:1].isupper() for w in taken):
                typed = " ".join((*taken, head.group(0)))
                found.append((typed, self._words_of(typed)))
        return tuple(found)

    def _joined_names(self, run: str) -> list[str]:
        """ "Biz Portal and OG&MP": two names the knowledge knows every word of, each asked; a name of its own
        that "and" joins ("Food and Drug Administration", "Tourism and Sports") stays whole."""
        names = self._two_names.split(run)
        known = all(self.knows_word(w) for name in names for w in self._words_of(name))
        return names if known else [run]

    def _a_term(self, run: re.Match[str], names: list[re.Match[str]]) -> bool:
        """English words in a row within a Thai question that make a term foreign to the knowledge: none a
        function or cue word ("full name") or a word any record uses ("pilot project", "high level" may ask
        of the topic), and not inside a name typed with capitals; a run naming an index (`index_heads`) is one."""
        if any(n.start() <= run.start() < n.end() for n in names):
            return False
        said = self.normalize(run.group(0)).text.split()
        if len(said) >= MIN_INDEX_NAME_WORDS and said[-1] in self._index_heads:
            return True  # "rule of law index ไทยได้เท่าไหร่": an index named, whatever words of it records use
        return not any(self.knows_word(w) for w in said if w not in self._joiner_words)

    def _place_of(self, word: str) -> int:
        return int(word) if word.isdigit() else self._places_in_list[word]

    def is_counter_word(self, compact: str) -> bool:
        """A word counting a kind of thing (`counters`: คน, agencies), compact."""
        return compact in self._counter_words

    def counter_as_typed(self, compact: str) -> str:
        """A counter word (`counters`) as the data words it, for a reply ("datasets", not "dataset")."""
        return self._counter_words.get(compact, compact)

    def knows_word(self, word: str) -> bool:
        """A word some record of the knowledge uses, or a cue word."""
        return word in self._word_idf or word in self._stop

    def holds(self, record_id: str, word: str) -> bool:
        """Does the record have this word, read as the question's words are read? A Latin word the index
        knows must be one of its words ("pisa" is not in "NDTP is a" run together); Thai, run together, and
        cue words, which index no record, are looked for inside its text."""
        if not word.isascii() or word in self._stop:  # Thai, or a cue word no record is indexed by
            return self.profiles[record_id].mentions(word)
        if word not in self._postings and len(word) >= RUN_TOGETHER:  # "krungthai" in "Krung Thai Bank"
            return self.profiles[record_id].mentions(word)
        return self.indexed(record_id, word)

    def indexed(self, record_id: str, word: str) -> bool:
        """The record is indexed by this word: one of its words as segmented, not letters inside two."""
        postings = self._postings.get(word, NO_RECORDS)
        at = bisect_left(postings, self._position[record_id])
        return at < len(postings) and postings[at] == self._position[record_id]

    def opens_a_word_of(self, record_id: str, word: str) -> bool:
        """One of the record's words as segmented starts with this one (งบ of งบประมาณ), not letters across two
        words (งบ of ศูนย์กลาง|บริการ)."""
        return any(w.startswith(word) and self.indexed(record_id, w) for w in self._words_opened_by(word))

    def _words_opened_by(self, word: str) -> tuple[str, ...]:
        """The indexed words starting with this one, looked up once per word."""
        if word not in self._opened:
            self._opened[word] = tuple(w for w in self._postings if w.startswith(word))
        return self._opened[word]

    def thai_word_no_record_uses(self, word: str) -> bool:
        """A real Thai word (of the dictionary PyThaiNLP ships, so no fragment of a misspelling such as
        เปอ of เปอเซ็น) that no record of the knowledge uses, nor any longer or shorter form of one (เดือนก่อน
        holds the knowledge's เดือน): what it counts, nothing here counts."""
        if word.isascii() or word not in self._dictionary or self.knows_word(word):
            return False
        at = bisect_left(self._vocab, word)
        longer = at < len(self._vocab) and self._vocab[at].startswith(word)
        return not longer and not any(self.knows_word(word[:end]) for end in range(2, len(word)))

    def _knows(self, word: str) -> bool:
        """A word of Thai, of the knowledge, or a small function word (particles, stopwords, cues)."""
        return word in self._dictionary or word in self._word_idf or word in self._stop or word.isdigit()

    def _english_organisations(self, bundle: Bundle, heads: list[str]) -> Iterator[tuple[str, str]]:
        """The organisations the knowledge's English text names, compact: a head word with another capitalised
        word before it or after "of" ("Krung Thai Bank", "the Office of the Civil Service Commission")."""
        if not heads:
            return
        head = "|".join(re.escape(h) for h in heads)
        word = r"[A-Z][\w&'’-]*"
        before = rf"(?:{word}\s+)*"  # "Krung Thai Bank"
        after = rf"(?:\s+of\s+(?:the\s+)?{word}(?:\s+(?:and\s+)?{word})*)?"  # "Department of Disease Control"
        named = re.compile(rf"{before}(?:{head})\b{after}")
        for record in bundle.records:
            details = record.details.model_dump(exclude_none=True).values()
            for m in named.finditer(" ".join([record.text.en, *(d["en"] for d in details)])):
                said = m.group(0).rstrip("'’").split()  # "the Office of Agricultural Economics' farmer registry"
                while said and said[0].casefold() in self._function_words:  # "The Department": no name
                    said = said[1:]
                if len(said) > 1:
                    yield self.normalize(" ".join(said)).compact, " ".join(said)

    def organisations_in(self, record: Record) -> tuple[str, ...]:
        """The organisations a record's Thai text and details name, as `find_agencies` finds them: worked out
        when first asked of the record and kept, not for every record at start-up."""
        found = self._organisations.get(record.id)
        if found is None:
            details = record.details.model_dump(exclude_none=True).values()
            said = self.normalize(" ".join([record.text.th, *(d["th"] for d in details)]))
            found = self._organisations[record.id] = self.find_agencies(said, self.tokens(said.text))
        return found

    def find_agencies(self, norm: Normalized, tokens: list[str]) -> tuple[str, ...]:
        """Organisations the question names: the knowledge's own agency names, and any word that starts
        like one (กรมสรรพสามิต, ศาลปกครอง). Longest names only: สำนักงาน ก.พ.ร. is not สำนักงาน ก.พ."""
        hits = [a for a in self._agencies if a in norm.compact]
        hits += [
            t
            for t in tokens
            if t not in self.cue_words  # กรมไหน asks which department; it names none
            and (t in self._org_types or any(t.startswith(p) and len(t) > len(p) + 1 for p in self._org_prefixes))
        ]
        hits += self._unknown_names(_said(tokens))
        return tuple(dict.fromkeys(a for a in hits if not any(a != b and a in b for b in hits)))

    def _unknown_names(self, said: list[str]) -> list[str]:
        """ "ศูนย์ดำรงธรรม": a name head followed by Thai words no record uses, joined: an organisation the
        knowledge does not know by that name. Not one clipped with ฯ ("สถาบันพระปกฯ"), which may be known."""
        names = []
        for at, word in enumerate(said):
            if word not in self._org_heads:
                continue
            rest = list(takewhile(lambda w: THAI_CHAR.search(w) is not None and not self.knows_word(w), said[at + 1 :]))
            clipped = any(m in w for m in self._clip_marks for w in said[at : at + len(rest) + 2])
            if rest and not clipped:
                names.append(word + "".join(rest))
        return names


def _which_figure(compact: str, measures: list[tuple[Term, str, str]], which: list[Term]) -> bool:
    """A which word right beside a kind of figure said: "อยู่อันดับไหน", "which rank" ask a figure, as
    "ได้อันดับอะไร" does; "ด้านไหน 3 อันดับแรก" asks which parts."""
    kinds = [t.compact for t, _, _ in measures]
    return any(k + w.compact in compact or w.compact + k in compact for k in kinds for w in which)


def _without_marker(word: str, markers: list[str]) -> str:
    """A Thai numbering word without its place marker (ยุทธศาสตร์ที่: ยุทธศาสตร์); Latin ones have none."""
    marker = next((m for m in markers if THAI_CHAR.search(word) and word.endswith(m)), "")
    return word[: len(word) - len(marker)]


def _said(tokens: list[str]) -> list[str]:
    """The words as typed, in order: no spaces or punctuation between them."""
    return [t for t in tokens if t.strip() and not PUNCTUATION.match(t)]


def _singular(word: str, endings: tuple[str, ...]) -> str:
    """The word without the first plural ending it has ("kpis" → "kpi")."""
    return next((word[: -len(e)] for e in endings if word.endswith(e)), word)
