"""Questions about a report as a whole: which measures are behind target or have met it, the best and the
worst, lists and counts of a group, totals of parts, comparisons of two measures, and an overview.

The numbers come from the compiled database with SQL (`store.Search.measures`: each figure's value in the
year asked and the share of its target reached); which records form a group, a part of a report or a
highlight is data (categories, tags, a source's parts); every sentence is in the replies file.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.core import answer
from bot.core.loader import Bundle
from bot.core.nlu import Candidate, Understander, Understanding, beside
from bot.core.normalize import THAI_CHAR, Normalized, trigrams
from bot.core.profiles import Profile, counted_in, mentioned_in
from bot.core.schema import Figure, Part, Record
from bot.core.series import label_likeness, member_for, same_measure
from bot.core.sessions import Context
from bot.core.store import Measure, Search
from bot.core.thai import province_name
from bot.core.types import LIST_BULLET, Item, Reply

GROUNDED_PARTS = 3  # clues naming a topic whose parts "ด้านไหน" then asks, not the report's measures
MOVED = ("worsened", "improved")  # the latest change the sources give, in the direction asked
MEMBERS_LISTED = frozenset({"list", "provinces"})  # kinds that list a group's members, none of which is a reason
WHY = "why"  # the detail a why question asks: the report gives none across its measures
STATUS = ("behind", "met", "best", "worst", "ranked", "untargeted", "unresulted", "other_year", "target_years", *MOVED)
# asked beside the "closest" or "target" cues they need, these are what is asked
FIRST = ("ranked", "untargeted", "unresulted", "other_year", "target_years")
# of the report only when a group, a part or the report itself is named ("ดิจิทัลไอดีตั้งเป้าไว้ปีไหน" asks a topic)
SCOPED = ("other_year", "target_years", "unresulted")
MOST_NAMED = 5  # organisations shown as named in the most topics
NAMES_CHARS = 250  # names spelled out after a count, within a fact's length
GAP_TO_MOST = 16  # letters between a gap word and its "most" (" กับเป้า", "เป็นเปอร์เซ็นต์")
PAIR_READINGS = 4  # two topics asked together are among the question's first few readings
SHORT_LIST = 4  # a list this short tells what each record without figures says, not only its name
MIN_HEAD = 2  # characters a part's own words need to be told apart in a question
# the figures are exact, the reading of a whole-report question less so: 0.87 of those answers were right
WHOLE_CONFIDENCE = 0.75


@dataclass(frozen=True)
class Move:
    """A measure's value in two years its sources give, the later last."""

    figure: Figure
    before_year: int
    before: float
    after_year: int
    after: float
    told_by: tuple[Record, ...]  # the records the two values come from: the sources cited

    @property
    def better(self) -> bool:
        """Up is better, except for a rank (lower is better)."""
        return (self.after > self.before) != self.figure.lower_is_better


@dataclass(frozen=True)
class Ask:
    """A whole-report question, read: what is asked about which records."""

    # behind, met, best, worst, ranked, untargeted, unresulted, worsened, improved, mentioned, organisations, list,
    # rest, count, total, compare, overview, provinces, unranked, unstated
    kind: str
    records: tuple[Record, ...]  # the scope, in the sources' order
    groups: tuple[str, ...] = ()  # the categories named, for the wording
    part: Part | None = None
    agency: str | None = None
    year: int | None = None
    text: str = ""  # the question, compact: which total of parts it asks for; what is unstated, as worded
    told: str = ""  # the words naming the topic's figure the turn before: which total, when the question says none
    by_count: bool = False  # best or worst by the amount short of target, not the share reached
    furthest_first: bool = False  # ranked from the furthest from target, not the closest
    several: bool = False  # asks for several ("which departments ..."), not the one most: a list's length
    latest: bool = False  # each measure's newest result, not the report year's ("ตอนหลังมีตัวไหนทะลุเป้า")
    both_ways: bool = False  # "what got better and what got worse": each direction's measures, in turn
    by_parts: tuple[tuple[str, Part], ...] = ()  # counted in each ("แต่ละยุทธศาสตร์มีตัวชี้วัดกี่ตัว"): source, part


class WholeReport:
    """Reads and answers questions about many records at once."""

    def __init__(
        self,
        bundle: Bundle,
        search: Search,
        profiles: dict[str, Profile],
        nlu: Understander,
        series: dict[str, tuple[Record, ...]],
    ) -> None:
        self.bundle = bundle
        self.series = series  # each record's years of one measure: a change told across its sources
        self.counters = nlu.counters  # what "กี่คน" counts, by kind: a total must be of that kind
        self.counter_as_typed = nlu.counter_as_typed  # a counter word as the data words it, for a reply
        self.classifiers = nlu.classifiers  # words counting anything (ฉบับ, แห่ง): they name no record
        self.number_scales = nlu.number_scales  # "500 ล้านบาท": a scale between a number and what it counts
        self.normalize = nlu.normalize  # as the question was read, to find the parts of a total it names
        self._cue_words = frozenset(nlu.cue_words)  # what a question asks with: no thing counted
        self.across_words = tuple((w, nlu.normalize(w).text) for w in bundle.language.across_words)
        self.breakdown_words = nlu.breakdown_words  # "แยกตามยุทธศาสตร์" of a count by part: the parts, told
        self.is_measure_word = nlu.is_measure_word  # a figure's unit naming a kind of figure: a score, a rank
        self.ordinal_markers = nlu.ordinal_markers  # the words a round follows: a total of a round not held
        self.organisations_in = nlu.organisations_in  # the organisations a record names
        self.holds = nlu.holds  # a record has a word, read as the question's words are
        self.example_markers = nlu.example_markers  # before a member named as an example of a list asked
        self.agency_names = nlu.agency_names  # an English organisation's name as written, by its compact form
        self.knows_word = nlu.knows_word  # a word some record uses: one none uses names something else
        self.each_words = tuple(nlu.normalize(w).compact for w in bundle.language.each_words)  # not a total
        self.doing_verbs = nlu.ability_verbs  # verbs of doing name no thing asked ("ทำอะไรบ้าง")
        self.other_words = nlu.other_words  # another asked ("ทำอะไรอีกบ้าง")
        self.both_words = tuple(nlu.normalize(w).compact for w in bundle.language.both_words)
        self._place_groups = _place_groups(bundle, nlu.normalize)
        self._most_short = self._gap_then(nlu, bundle.language.gap_words, bundle.language.most_words)
        self._most_words = tuple(nlu.normalize(w).compact for w in bundle.language.most_words)
        self._extremes = (*self._most_words, *(nlu.normalize(w).compact for w in bundle.language.least_words))
        self._which_words = tuple(nlu.normalize(w).compact for w in bundle.language.which_words)
        self._least_short = self._gap_then(nlu, bundle.language.gap_words, bundle.language.least_words)
        self.search = search
        self.profiles = profiles
        # the years some target is set for: a status asked against another target year has none to go by
        self._target_years = {f.target_year for r in bundle.records for f in r.figures if f.target_year}
        self.say = bundle.replies
        self.records = bundle.records_by_id
        self.intents = bundle.intents_by_name
        self._parts = {(s.id, p.section): p for s in bundle.sources.values() for p in s.parts}
        self._numbered = _numbered_parts(bundle, nlu.normalize)  # "ยุทธศาสตร์ที่ 2": the kind's word, then 2
        self._part_kinds = {word: tuple(parts.values()) for word, parts in self._numbered.items()}
        self._part_words = frozenset(self._part_kinds)
        markers = "|".join(re.escape(nlu.normalize(w).text) for w in bundle.language.ordinal_words) or "(?!)"
        joiners = [",", *(nlu.normalize(w).text for w in bundle.language.conjunctions)]  # "1, 2 และ 3"
        ranges = [nlu.normalize(w).text for w in bundle.language.years.range_joiners]
        between = "|".join(re.escape(w) for w in sorted({*joiners, *ranges}, key=len, reverse=True) if w)
        self._ranges = tuple(w for w in ranges if w)
        self._numbers_after = {  # "ยุทธศาสตร์ที่ 1 กับ 2": the numbers named after the kind's word
            word: re.compile(rf"{re.escape(word)}\w*\s*(?:{markers})?\s*(\d+(?:\s*(?:{between})?\s*\d+)+)(?!\d)")
            for word in self._part_kinds
        }
        self._headings = bundle.indicator_headings
        self._ends = {  # the words of "closest" and of "furthest": which is said first orders a ranking
            kind: tuple(
                nlu.normalize(c).compact
                for i in bundle.intents
                if i.aggregate == kind
                for c in (*i.cues.th, *i.cues.en)
            )
            for kind in ("best", "worst")
        }

    # ---- reading -------------------------------------------------------------------------------
    def read(self, understanding: Understanding, readings: list[Candidate], context: Context | None) -> Ask | None:
        """The whole-report question asked, or None when the question is about one topic. `readings` are
        the question's readings, one per measure (the years of a series are one measure)."""
        carried_kind, carried_groups = self._carried(context)
        kept_part = self._carried_part(context) if understanding.this_part and not understanding.parts else None
        if kept_part is not None:  # "ตัวชี้วัดของยุทธศาสตร์นี้มีกี่ตัว": of the part just listed
            understanding = dataclasses.replace(understanding, parts=(kept_part,))
        if understanding.more and context is not None and context.more:  # "ดูเพิ่ม": the rest of the list
            rest = tuple(self.records[i] for i in context.more if i in self.records)
            return Ask("rest", rest, carried_groups) if rest else None
        kinds = [k for n in understanding.intents if (k := self.intents[n].aggregate)]
        extreme = any(w in understanding.norm.compact for w in self._extremes)
        if understanding.groups and extreme and set(kinds) <= {"best", "worst", "count", "list"}:
            # "ยุทธศาสตร์ไหนมีตัวชี้วัดน้อยสุด", "which strategy has the most indicators": counted in each part,
            # of the source's numbered indicators only (how the knowledge splits other topics is no count it states)
            numbered = all(self._indicator_of(r) for r in self._scope(understanding.groups, None, None, ()))
            if numbered and self._kind_of_part_asked(understanding, self._which_words):
                kinds = ["count"]
        enumerated = self._parts_enumerated(understanding)
        if enumerated:  # "ยุทธศาสตร์ที่ 1 กับ 2": not the first alone; each is told (a count in each)
            understanding = dataclasses.replace(understanding, parts=())
        if enumerated and understanding.groups and kinds and set(kinds) <= {"total"}:
            kinds = ["count"]  # "indicators of strategies 1, 2 and 3 combined": a group counted in the parts
        most = any(w in understanding.norm.compact for w in self._most_words) and "mentioned" not in kinds
        ranked = most or any(k in STATUS for k in kinds)
        if understanding.ranks_subjects and ranked:  # "จังหวัดไหนมีศูนย์บริการมากที่สุด": a ranking of places
            year = understanding.norm.years[0] if understanding.norm.years else None
            return Ask("unranked", (), understanding.groups, year=year)
        counted = understanding.count_of
        if (
            counted
            and set(kinds) <= {"total"}
            and any(c != counted and c.startswith(counted) for c in understanding.cue_compacts)
        ):
            kinds = ["count"]  # "how many strategy indicators (altogether)": the word counted opens a group's cue
        named_scope = understanding.groups or understanding.parts or understanding.whole or understanding.complete
        which_year = any(self.intents[n].period for n in understanding.intents)
        if which_year and kinds and set(kinds) <= {"best", "worst"} and not named_scope:
            return None  # "ปีไหนดีสุด": the best year of one measure (the one talked of), not the best measure
        scoped = named_scope or bool(carried_kind)  # "which of those...", "and the furthest?": the report still
        if any(k in SCOPED for k in kinds) and not scoped:
            return None
        if any(k in STATUS for k in kinds) and not scoped and self._names_what_nothing_holds(understanding):
            return None  # "did the digital wallet meet its target?": of a topic the knowledge lacks, not of all
        said = understanding.norm.text
        most, least = self._most_short.search(said), self._least_short.search(said)
        original = list(kinds)
        ranked = {"best", "worst"} & set(kinds)
        # "gap จากเป้าเยอะสุด", "the largest remaining gap" ask the furthest behind, "ขาดน้อยที่สุด" the closest:
        # by the amount short, unless a percentage is asked
        if most and ("best" in kinds or not ranked):
            kinds = ["worst" if k == "best" else k for k in kinds]
            kinds += [] if "worst" in kinds else ["worst"]
        elif least and not ranked:
            kinds = [*kinds, "best"]
        if kinds != original:
            by_count = understanding.by_count or not understanding.measures
            understanding = dataclasses.replace(understanding, by_count=by_count)
        groups = understanding.groups
        named = self._named(understanding, readings) or self._counting_the_set(understanding, readings)
        if kept_part is not None:  # "ยุทธศาสตร์นี้...": the part is the subject, not the strategies' own topic
            named = []
        of_an_agency = understanding.agencies and "list" in kinds and not understanding.excluded
        if of_an_agency and not any(c.named for c in named):
            named = []  # "กรมสรรพากรมีผลงานอะไรบ้างในรายงาน": the agency's topics, not one its keyword ผลงาน reads
        talked_of = self.records.get(context.record_id or "") if context is not None else None
        if of_an_agency and self._agency_in_the_topic(understanding, talked_of):
            return None
        if kinds == ["overview"] and understanding.same_year and talked_of is not None:
            return None  # "ภาพรวมปีนั้นล่ะ" after IMD's efficiency rank: that topic's overall figure, that year
        parts_of_topic = (
            understanding.facet_said
            and (understanding.asks_which or understanding.bottom is not None)
            and not (groups or understanding.parts or understanding.whole)
        )
        if parts_of_topic and talked_of is not None and not named:
            return None  # "ด้านไหน/ด้านที่ต่ำสุด" after a topic: which part of it, not which of the report's measures
        named_well = bool(readings) and readings[0].grounded and readings[0].evidence >= GROUNDED_PARTS
        if parts_of_topic and named_well and "compare" not in kinds:
            return None  # "พอใจบริการรัฐด้านไหนมากสุด": the parts of the topic it names, not two topics compared
        if understanding.mentions:  # "which parts of the report...": the report is where it is asked, not what
            named = [c for c in named if c.record.id not in self.bundle.about_the_source]
        if self._after_a_list(context) and understanding.asks_which and not named and not set(kinds) & set(STATUS):
            targets = any(self.intents[n].target_first for n in understanding.intents)
            if targets:  # "อันไหนมีเป้าหมาย": the items of the list that have one, with their targets
                held = tuple(r for r in self._listed(context) if any(f.target is not None for f in r.figures))
                return Ask("list", held, carried_groups) if held else None
        who = understanding.organisations or any(self.intents[n].answers == "who" for n in understanding.intents)
        # "กรมไหนโผล่บ่อยสุด": what the report's topics name; "รายงานพูดถึงกรมไหนบ้าง": every one they name
        every = "list" in kinds and understanding.whole and not (groups or understanding.parts or named)
        every = every and not self._topic_read(understanding, readings)  # "which organisational models..."
        if who and ("mentioned" in kinds or every):
            about = self.bundle.about_the_source  # the covering letter names its signer, not a topic
            part = self._part_asked(understanding)
            records = tuple(r for r in self._scope(groups, part, None, understanding.provinces) if r.id not in about)
            # "นอกจาก ก.พ.ร. แล้ว": an organisation named after a word ruling it out is set aside
            set_aside = understanding.agencies[0] if understanding.agencies and understanding.excluded else None
            kind = "mentioned" if "mentioned" in kinds else "organisations"
            return Ask(kind, records, groups, part, agency=set_aside, several=understanding.several)
        shared = self._placed_pair(understanding, readings)
        if shared:  # "จังหวัดไหนโผล่ทั้งเรื่องฝุ่น PM2.5 และ HPP": the provinces both topics name
            return Ask("shared_provinces", shared)
        # live data is declined, unless a group is listed whose own cue it is ("แผนปีหน้ามีอะไรบ้าง")
        if understanding.out_of_scope and not (groups and "list" in kinds and not named):
            return None
        parts = understanding.parts
        # "ยุทธศาสตร์ที่ 1 ตัวชี้วัดเป็นไงบ้าง": a group of a part asked for its examples is listed
        listing = all(self.intents[n].lists for n in understanding.intents) and bool(groups and parts)
        scoped = (not understanding.intents or listing) and bool(understanding.whole or parts)
        spoken_of = scoped or understanding.mentions  # "where does COVID-19 come up": its topics, listed
        implied = not kinds and ((bool(groups) and spoken_of) or (bool(groups or parts) and understanding.several))
        if implied:  # "what awards are in the report?", "what rankings does it cite?", "ทำอะไรให้จังหวัดบ้าง": a group
            kinds = ["list"]
        year = understanding.norm.years[0] if understanding.norm.years else None
        summed = None if kinds else self._every_part_counted(readings, understanding)
        if summed is not None:  # "กี่หน่วยงาน รวมทั้งส่วนราชการ จังหวัด และองค์การมหาชน": no total word said
            return Ask("total", (summed,), year=year, text=understanding.norm.compact)
        if not kinds and understanding.intents and context is not None and context.record_id:
            return None  # a question of its own after an answer about one record asks of that record
            # ("แอปที่ให้บริการพวกนี้ชื่ออะไร" after "the furthest behind is Citizen Portal"), not the same again
        other = self._counts_another(understanding, carried_groups)  # "กี่หน่วยงาน" after indicators: no recount
        recounted = "list" in kinds and set(kinds) <= {"count", "list"} and understanding.counts_asked
        if carried_kind == "count" and recounted and understanding.parts and not groups and not other:
            # "how many of those are in strategy 3, and what are they?", "ยุทธศาสตร์ที่ 2 มีกี่ตัว อะไรบ้าง": the
            # things just counted, counted again in the part (a count names what it counts)
            kinds, groups = ["count"], carried_groups
        if not kinds:  # "แล้วยุทธศาสตร์ที่ 2 ล่ะ" asks the last whole-report question again
            # "แล้วปี 65 ล่ะ" right after "which are behind target?": the same status for that year's results
            year_again = understanding.only_years and talked_of is None and carried_kind in STATUS
            if not (carried_kind and (understanding.parts or groups or year_again) and not named):
                return None
            if understanding.asks_which and self._after_a_list(context) and set(groups) <= set(carried_groups):
                return None  # "which of those got worse?": asks of the list's members, not for the list again
            kinds, groups = [carried_kind], groups or carried_groups
        # the same things, none else counted: "how many agencies in total?" after indicators is no recount
        recount_all = not (named or groups or understanding.parts or other)
        if carried_kind == "count" and kinds and set(kinds) <= {"total", "count"} and recount_all:
            kinds, groups = ["count"], carried_groups  # "so how many in total?" after a count in each part
        # "...ทั้งหมดกี่คน" counts people, "ทั้งหมดกี่มาตรา" sections of a law (but "มีกี่จังหวัด" a group, listed),
        # "สรุปกฎหมายที่ทบทวนแล้วกี่ฉบับ" what one topic read for sure counts: no list or overview answers these
        counts = (
            understanding.counted
            or (understanding.count_of and understanding.count_of not in understanding.cue_compacts)
            or (understanding.counts_asked and any(c.grounded for c in readings))
        )
        # "กี่จังหวัดที่แนวโน้มดีขึ้น" counts; "มีกี่ฉบับ อะไรบ้าง" asks the members too, and a list counts them
        listed_too = (  # ...of the report's group, not of one topic's ("กฎหมายที่ทบทวนมีกี่ฉบับ อะไรบ้าง")
            "list" in kinds
            and understanding.whole
            and understanding.several
            and (understanding.asks_what or understanding.asks_which)
        )
        if counts and set(kinds) <= {"list", "overview", *MOVED} and not listed_too:
            return None
        # "ทั้งหมดกี่จังหวัด" after an answer about a topic counting provinces, or "ได้รางวัลกี่อัน" (the group's
        # word before a classifier) after one counting awards, with the report not named: asks of that topic
        cues = () if understanding.whole else understanding.cue_compacts
        counters = [understanding.count_of] if understanding.count_of else cues
        told_by_topic = talked_of is not None and any(self.profiles[talked_of.id].how_many(c) for c in counters)
        if told_by_topic and not named:
            return None
        if (
            year is not None
            and year in understanding.target_years
            and year in self._target_years
            and any(k in STATUS or k in ("compare", "list") for k in kinds)
        ):
            # "behind their 2022 targets", "closer to its 2565 target", "ขาดอีกเท่าไหร่ถึงเป้าปี 65": the latest
            # results (a target year nothing is set for stays the year asked: "ตามเป้าปี 2575" is declined)
            year = None
        ask = self._of_measures(kinds, understanding, readings, named, context, year) or self._of_groups(
            kinds, understanding, readings, named, groups, context, year
        )
        listed = understanding.asks_which or understanding.several or who  # not "ช่วงโควิดมี e-Service ไหม"
        if parts and groups and ((ask is None and implied) or (listed and (ask is None or not ask.records))):
            # "what is strategy 3 about and what did it achieve?", "หน่วยงานไหนบูรณาการทำงานโดยมีรางวัลช่วยดัน": a
            # group none of the part's topics is of (nor the topic it names, รางวัลเลิศรัฐ) says what the part is
            # about: the part, whole
            part = self._parts[parts[0]]
            inside = [c for c in named if any(_under(s, part.section) for s in c.record.sections)]
            ask = self._of_groups(kinds, understanding, readings, inside, (), context, year)
        if ask is None or (implied and not ask.records):  # a list nobody asked for, and empty: a topic question
            return None
        why = any(self.intents[n].answers == WHY for n in understanding.intents)
        # "ทำไมถึงไม่ถึงเป้า": no reasons given across the measures; "which fell, and why?" lists, and those
        # that moved ("ทำไม ITA กับ EGDI ถึงดีขึ้น") may each have their own
        across = ask.kind in STATUS and ask.kind not in MOVED
        if why and across and not understanding.asks_which:
            return Ask("no_reason", ask.records, ask.groups, ask.part, year=year)
        if why and ask.kind in MEMBERS_LISTED and readings and readings[0].grounded:
            return None  # "จังหวัดรับมือโควิดได้ดีเพราะอะไรบ้าง": the reasons a topic gives, not the group's members
        said = [(w, c) for w, c in understanding.attributes if not (ask.by_parts and c in self.breakdown_words)]
        # "total budget of all the projects": a total needs the amount stated, not the word mentioned
        totalled = any(self.intents[n].aggregate == "total" for n in understanding.intents)
        unstated = [w for w, compact in said if not self._stated(ask.records, compact, totalled)]  # by parts: told
        # "average % of target across all the indicators": what the report never works out over its measures
        across = [(w, read) for w, read in self.across_words if read in understanding.norm.text]
        unstated += [w for w, read in across if not self._stated(ask.records, read, False)]
        if understanding.rest and ask.kind == "list":  # "ขอชื่อกฎหมายที่ยังเหลือ": those the lists leave out
            unstated.append(understanding.rest)
        if unstated:  # "โควิดทำให้เสียหายเท่าไหร่": damage no record of the group speaks of
            return Ask("unstated", ask.records, ask.groups, ask.part, ask.agency, year, text=unstated[0])
        return dataclasses.replace(
            ask,
            by_count=understanding.by_count,
            furthest_first=self._furthest_first(understanding),
            latest=understanding.latest and ask.year is None,
            both_ways=ask.kind in MOVED and set(MOVED) <= set(kinds),
            several=(ask.several or understanding.several) and "best" not in kinds,  # "...ถ้าไม่มี ตัวไหนเฉียดสุด"
        )

    def _names_what_nothing_holds(self, understanding: Understanding) -> bool:
        """A thing named in words of which one, English, no record uses ("the digital wallet registration"):
        the question is about something the knowledge does not hold. A lone word ("is anything lagging"), or
        one asked which of ("which programmes"), is a way of speaking of the report's own (Thai, run together,
        is left to the topic's own checks)."""
        if understanding.asks_which or understanding.several or len(understanding.words) < 2:
            return False
        return any(w.isascii() and w.isalpha() and len(w) > 2 and not self.knows_word(w) for w in understanding.words)

    @staticmethod
    def _in_groups(record: Record, groups: tuple[str, ...]) -> bool:
        """Filed under one of the groups, by its category or a tag (the Sandbox is a pilot by its tag)."""
        return record.kind in groups or bool(set(record.tags) & set(groups))

    def _topic_read(self, understanding: Understanding, readings: list[Candidate]) -> bool:
        """The best reading holds most of the question's words, two or more: a list asked of the report with
        no group named asks of that topic, not for the report's outline."""
        clues = [w for w in understanding.clues if not w.isdigit()]
        if len(clues) < 2 or not readings:
            return False
        return 2 * sum(self.holds(readings[0].record.id, w) for w in clues) > len(clues)

    @staticmethod
    def _gap_then(nlu: Understander, gap_words: list[str], amount_words: list[str]) -> re.Pattern[str]:
        """A word of amount ("most", "least") within a few letters of a gap word, after it or before it, each
        a whole word where it is Latin."""

        def either(words: list[str], latin: bool = False) -> str:
            found = [re.escape(nlu.normalize(w).text) for w in words if not latin or w.isascii()]
            return rf"(?<![a-z])(?:{'|'.join(found) or '(?!)'})(?![a-z])"

        between = rf".{{0,{GAP_TO_MOST}}}?"
        # in English the amount may come first ("the largest remaining gap"); in Thai it ends the phrase
        english = rf"{either(amount_words, latin=True)}{between}{either(gap_words, latin=True)}"
        return re.compile(rf"{either(gap_words)}{between}{either(amount_words)}|{english}")

    def _placed_pair(self, understanding: Understanding, readings: list[Candidate]) -> tuple[Record, Record] | None:
        """Provinces asked of two topics at once ("both", "ทั้งเรื่อง... และ"): the two best readings among the
        first few that name provinces, naming different ones (two records of one topic name the same)."""
        said = understanding.norm.compact
        if not (understanding.asks_provinces and any(w in said for w in self.both_words)):
            return None
        placed = [c.record for c in readings[:PAIR_READINGS] if c.record.provinces]
        first = placed[0] if placed else None
        second = next((r for r in placed if first and set(r.provinces) != set(first.provinces)), None)
        return (first, second) if first and second else None

    def _furthest_first(self, understanding: Understanding) -> bool:
        """ "from furthest to closest": the furthest end is said before the closest (or alone)."""
        said = understanding.norm.compact

        def first(kind: str) -> int:
            return min((at for c in self._ends[kind] if (at := said.find(c)) >= 0), default=len(said))

        return first("worst") < first("best")

    def _stated(self, records: tuple[Record, ...], compact: str, with_a_number: bool) -> bool:
        """Some record mentions the word, or, for a total, states it with a number beside it."""
        if with_a_number:
            return counted_in(self.profiles, records, (compact,), self.number_scales)
        return mentioned_in(self.profiles, records, (compact,))

    def _of_measures(
        self,
        kinds: list[str],
        understanding: Understanding,
        readings: list[Candidate],
        named: list[Candidate],
        context: Context | None,
        year: int | None,
    ) -> Ask | None:
        """Two measures compared, or a total of one record's parts: about records the question names."""
        grounded = [c for c in readings if c.grounded and c.record.figures]
        measured = [c.record for c in grounded]
        two_years = len(set(understanding.norm.years)) >= 2  # "IMD 2021 vs 2022": one measure over years
        # two measures compared: the second read by words of its own, not by one it shares with the first
        # (IMD's "ASEAN" brings in CPI, which gives an ASEAN place too)
        own = [c for c in grounded[1:] if c.named or not set(c.matched) & set(grounded[0].matched)]
        others = list({c.record.id: c.record for c in own if c.record.id != grounded[0].record.id}.values())
        ranked = next((k for k in kinds if k in ("best", "worst")), None)
        if "compare" in kinds and not two_years and len(others) >= 2:  # three or more: each listed, or the best
            return Ask(ranked or "list", (grounded[0].record, *others), year=year)  # of them ("ตัวไหนใกล้เป้าสุด")
        if "compare" in kinds and not two_years and others:
            return Ask("compare", (grounded[0].record, others[0]), year=year)
        listed = self._listed(context)
        if "compare" in kinds and not measured and len(listed) == 2:  # "สองอันนี้อันไหนดีกว่า"
            return Ask("compare", listed, year=year)
        scoped = bool(understanding.groups or understanding.whole)  # "ตัวชี้วัดรวมกี่ตัว" counts, not sums
        talked_of = None if scoped or context is None else self.records.get(context.record_id or "")
        # of the records named or read for sure, the one whose parts' labels hold the question's own words (not
        # just the topic's name) the most, of equals the one it names ("e-Service ... ส่วนราชการ จังหวัด", not
        # open data's agencies and provinces); never one topic's parts when two are named ("X กับ Y รวมกัน")
        own = [w for w in understanding.words if not any(w in self.profiles[r.id].names for r in measured)]
        with_parts = [r for r in (*(c.record for c in named), *measured) if self._parts_hold(r, own)]

        def fit(record: Record) -> tuple[int, bool]:
            return self._parts_hold(record, own), any(w in self.profiles[record.id].names for w in understanding.words)

        summed = max(with_parts, key=fit, default=None) if len(named) < 2 else None
        summed = summed or (named[0].record if named else talked_of)  # "รวมกันกี่หน่วย": the last topic's parts
        # a round named that the topic does not hold ("ตั้งแต่รุ่น 1" of cohorts 13 to 15) is the topic's to decline
        profile = self.profiles[summed.id] if summed is not None else None
        if profile is None or any(not profile.holds_round(n, self.ordinal_markers) for _, n in understanding.ordinals):
            return None
        if "total" in kinds and self._sums_what_is_counted(summed, understanding):
            # "รวมกันเป็นกี่หน่วย" after the topic's figure was named ("กี่ที่เปิดข้อมูลได้ถึงครึ่ง"): of that whole
            told = "".join(context.figure) if context is not None and summed is talked_of and not named else ""
            return Ask("total", (summed,), year=year, text=understanding.norm.compact, told=told)
        return None

    def _part_asked(self, understanding: Understanding) -> Part | None:
        """The part of a source the question names first (ยุทธศาสตร์ที่ 1), if any."""
        return self._parts[understanding.parts[0]] if understanding.parts else None

    @staticmethod
    def _parts_hold(record: Record, words: tuple[str, ...]) -> int:
        """How many of these words the labels of its parts or of their whole hold ("ส่วนราชการที่ผลักดัน e-Service")."""
        return max((answer.label_shares(f, words, with_whole=True) for f in record.figures if f.part_of), default=0)

    def _every_part_counted(self, readings: list[Candidate], understanding: Understanding) -> Record | None:
        """The topic read for sure, when one "how many" stands beside every part of a whole it splits and
        the parts count what is asked: their total is asked."""
        top = readings[0].record if readings and readings[0].grounded else None
        if top is None or not self._names_every_part(top, understanding):
            return None
        return top if self._sums_what_is_counted(top, understanding) else None

    def _names_every_part(self, record: Record, understanding: Understanding) -> bool:
        """One "how many" beside every part of a whole the record splits ("กี่หน่วยงาน รวมทั้งส่วนราชการ
        จังหวัด และองค์การมหาชน"): their total, though no total word is said."""
        compact = understanding.norm.compact
        if understanding.counts_asked != 1 or any(w in compact for w in self.each_words):  # "อย่างละกี่แห่ง"
            return False
        wholes: dict[str, list[Figure]] = {}
        for figure in record.figures:
            if figure.part_of is not None:
                wholes.setdefault(figure.part_of.th, []).append(figure)
        return any(len(self._parts_named(parts, compact)) == len(parts) >= 2 for parts in wholes.values())

    def _sums_what_is_counted(self, record: Record, understanding: Understanding) -> bool:
        """It has parts to sum, and they count what "กี่ชุด" asks: agencies do not total datasets. Counting
        the topic itself by its name ("how many e-Services") asks its own figure, not its parts' total, when
        it has one ("how many นปร. in total" of cohorts 30 and 69 has none but their total)."""
        units = [(f.unit.th + f.unit.en).replace(" ", "").casefold() for f in record.figures if f.part_of]
        itself = understanding.count_of
        counts_itself = any(not f.part_of for f in record.figures)
        named = itself is not None and itself in self.profiles[record.id].names
        if named and counts_itself and not any(itself in unit for unit in units):
            return False
        return bool(units) and all(
            any(word in unit for unit in units for word in self.counters[kind]) for _, kind in understanding.counted
        )

    def _of_groups(
        self,
        kinds: list[str],
        understanding: Understanding,
        readings: list[Candidate],
        named: list[Candidate],
        groups: tuple[str, ...],
        context: Context | None,
        year: int | None,
    ) -> Ask | None:
        """Status, list, count or overview of a group, a part, an agency's or a province's records."""
        part = self._part_asked(understanding)
        agency = understanding.agencies[0] if understanding.agencies else None
        status = next((k for k in (*FIRST, *kinds) if k in kinds and k in STATUS), None)
        if status == "ranked" and not {"best", "worst"} & set(kinds):  # "เรียงความ", steps in order: no ranking
            status = next((k for k in kinds if k in STATUS and k != "ranked"), None)
        if status and groups:  # "the strategy indicator furthest from target": a record with no figure is no answer
            named = [c for c in named if c.record.figures]
        if "count" in kinds and groups:
            # "ยุทธศาสตร์ทั้ง 3 มีตัวชี้วัดกี่ตัว": a record outside the group counted answers only if it counts them
            cues = understanding.cue_compacts
            named = [
                c
                for c in named
                if self._in_groups(c.record, groups)
                or any(self.profiles[c.record.id].how_many(cue) is not None for cue in cues)
            ]
        if status and len(named) >= 2:  # "of e-Service, Citizen Portal and Biz Portal, which did best": among them
            return Ask(status, tuple(c.record for c in named), groups, year=year)
        # one topic named exactly: the single-topic answer, unless the report's members of a group it is one of
        # are listed ("มี pilot หรือ sandbox อะไรบ้างในรายงาน": the pilots, the Sandbox among them)
        said = understanding.norm.compact
        example = any(m in said for m in self.example_markers)  # "มีรางวัลอะไรบ้าง เช่น รางวัลของ UN"
        among = "list" in kinds and groups and ((understanding.whole and understanding.several) or example)
        among = among and all(self._in_groups(c.record, groups) for c in named)
        by_parts = self._each_part(part, understanding) if "count" in kinds else ()
        if by_parts:  # "แยกตามยุทธศาสตร์": the word of the parts names no topic (the strategies' record)
            named = [c for c in named if not {self.normalize(t).compact for t in c.matched} <= self._part_words]
        if named and not understanding.groups_joined and not among:
            return None
        scoped = bool(groups or part or understanding.whole or agency or understanding.provinces)
        if status and not scoped:
            # "อันไหนดีที่สุด" ranks the last list (a topic is not the best of itself); "ถึงเป้าหรือยัง" right
            # after a list asks of the list, after a topic of that topic
            superlative = status in ("best", "worst")
            if (superlative and len(self._listed(context)) >= 2) or self._after_a_list(context):
                return Ask(status, self._listed(context), self._carried(context)[1], year=year)
            if not superlative and context is not None and context.record_id:
                return None
            if superlative and (understanding.attributes or understanding.counted):
                return None  # "กู้ได้สูงสุดกี่บาท" asks an amount, the most of one thing, not the report's best
            if status in MOVED and not (understanding.asks_which or understanding.several):
                return None  # "ระบบราชการดีขึ้นจริงไหม" judges; "ตัวไหนแย่ลงบ้าง" asks for the measures
        if "compare" in kinds and groups:  # "compare the two international rankings": a group of two, compared
            pair = self._scope(groups, part, agency, understanding.provinces, understanding.groups_joined)
            if len(pair) == 2 and all(r.figures for r in pair):
                return Ask("compare", pair, groups, year=year)
        kind = status or next((k for k in ("count", "overview", "list") if k in kinds and scoped), None)
        if kind is None:
            return None
        if kind == "overview" and groups:  # "สรุปผลงานเด่น": listed; "สรุปยุทธศาสตร์ที่ 2": the part's overview
            kind = "list"
        if kind == "list" and not (groups or part or agency or understanding.provinces):
            if self._topic_read(understanding, readings):
                return None  # "which models for restructuring does the report mention": that topic's
            kind = "overview"  # "what is in the report": its parts, not every record
        unnamed = understanding.whole or not any(c.grounded for c in readings)
        held = None if context is None or not context.record_id else self.records.get(context.record_id)
        places = set(groups) <= self._place_groups
        which_places = understanding.asks_provinces and not understanding.provinces and places
        if unnamed and which_places and not (understanding.whole or part) and held is not None and held.provinces:
            return None  # "ทำที่จังหวัดไหนบ้าง" after a topic naming its provinces asks that topic's
        if kind in ("list", "count") and understanding.asks_provinces and not understanding.provinces and unnamed:
            if not (understanding.whole or part) and self._topic_read(understanding, readings):
                return None  # "which provinces did the pm2.5 open gov thing cover": the topic its words say
            # where its results took place: not the report's own address (its covering letter)
            placed = tuple(r for r in self.bundle.records if r.provinces and r.id not in self.bundle.about_the_source)
            return Ask("provinces", placed, groups, part, year=year)
        every = kind in MOVED and groups and all(self.bundle.categories[g].moves_of_every_measure for g in groups)
        if every:  # "ตัวชี้วัดไหนแย่ลงบ้าง": every measure, not only those filed as the group
            records = self._scope((), part, agency, understanding.provinces)
            records = tuple(
                r for r in records if self._measures_something(r) and r.id not in self.bundle.about_the_source
            )
        else:
            records = self._scope(groups, part, agency, understanding.provinces, understanding.groups_joined)
        whole_part = groups and all(self.bundle.categories[g].whole_part_if_none_marked for g in groups)
        if part is not None and len(records) < 2 and whole_part:  # "ผลงานเด่นของยุทธศาสตร์ที่ 2", one marked:
            about = self.bundle.about_the_source
            records = tuple(r for r in self._scope((), part, agency, understanding.provinces) if r.id not in about)
            groups = ()  # the part's results, told as such, not each called a highlight
        if not records and part is not None and understanding.asks_provinces:  # "ช่วงโควิดจังหวัดทำอะไรบ้าง":
            said = understanding.cue_compacts  # no province topic in that part, but its topics speaking of them
            records = tuple(
                r
                for r in self._scope((), part, agency, understanding.provinces)
                if any(self.profiles[r.id].mentions(t) for t in said)
            )
        if kind == "list" and groups and understanding.mentions:  # "where does COVID-19 come up": every topic
            said = understanding.cue_compacts  # speaking of it, in the sources' order
            about = self.bundle.about_the_source
            records = tuple(
                r
                for r in self.bundle.records
                if r in records or (r.id not in about and any(self.profiles[r.id].mentions(t) for t in said))
            )
        if year is not None and kind in ("list", "count"):  # only what holds the year asked, each measure's own
            records = tuple(r for r in records if self._told_for(r, year, results=understanding.result_asked))
        if kind != "overview" and groups and len(records) == 1:  # a group of one is that one topic
            return None
        targets = any(f.target is not None for r in records for f in r.figures)
        if kind in STATUS and kind not in ("untargeted", *SCOPED) and "list" in kinds and not targets:
            kind = "list"  # "ร่างกฎหมายที่ยังไม่ผ่านมีฉบับไหนบ้าง": drafts have no targets to be behind; listed
        return Ask(kind, records, groups, part, agency, year, by_parts=by_parts if kind == "count" else ())

    def _agency_in_the_topic(self, understanding: Understanding, talked_of: Record | None) -> bool:
        """An agency the topic just told names, asked as examples with nothing but a verb of doing ("แล้ว
        สรรพากรช่วยอะไรบ้าง", "แล้วกรมการขนส่งทางบกทำอะไรบ้าง" after COVID relief): its part in that topic. Any other
        word ("มีผลงานอะไรบ้าง", "ในรายงาน") or another ("ทำอะไรอีกบ้าง") asks all its topics."""
        if talked_of is None or not understanding.agencies or understanding.whole:
            return False
        as_examples = any(self.intents[n].answers == "examples" for n in understanding.intents)
        doing_only = set(understanding.words) - set(understanding.agencies) <= self.doing_verbs
        another = any(w in understanding.norm.compact for w in self.other_words)
        named = self.profiles[talked_of.id].mentions(understanding.agencies[0])
        return as_examples and doing_only and not another and named

    def _told_for(self, record: Record, year: int, results: bool) -> bool:
        """It holds the year (a result, a plan or a target; a result when results are asked: "ตัวชี้วัดไหนบ้างมีผล
        ปี 65"), and is the member of its measure that tells that year ("rankings in 2024": CPI 2024's own record,
        not CPI 2025's, which says the year before in passing)."""
        members = self.series.get(record.id)
        held = year in (record.result_years() if results else record.known_years())
        return held and (members is None or member_for(members, [year]) is record)

    def _counts_another(self, understanding: Understanding, carried_groups: tuple[str, ...]) -> bool:
        """The question counts something else than the groups just counted ("กี่หน่วยงาน", "how many agencies"
        after indicators); a cue word ("altogether") or the groups' own word counts them again."""
        counted_cues = {self.normalize(c).compact for g in carried_groups for c in self.bundle.categories[g].cues}
        said_counted = understanding.count_of not in (*counted_cues, *self._cue_words)
        return bool(understanding.counted or (understanding.count_of and said_counted))

    def _parts_enumerated(self, understanding: Understanding) -> tuple[tuple[str, Part], ...]:
        """Several parts of one kind named at once by their numbers ("ยุทธศาสตร์ที่ 1 กับ 2", "strategies 1, 2
        and 3", "ยุทธศาสตร์ที่ 1-3"): those parts, in order."""
        text = understanding.norm.text
        for word, pattern in self._numbers_after.items():
            found = pattern.search(text)
            if found is None:
                continue
            said = found.group(1)
            numbers = [int(n) for n in re.findall(r"\d+", said)]
            if len(numbers) == 2 and any(w in said for w in self._ranges):  # a range names every part between
                numbers = list(range(numbers[0], numbers[1] + 1))
            named = [self._numbered[word][n] for n in dict.fromkeys(numbers) if n in self._numbered[word]]
            if len(named) >= 2:
                return tuple(named)
        return ()

    def _each_part(self, part: Part | None, understanding: Understanding) -> tuple[tuple[str, Part], ...]:
        """The parts a count is asked in: each of a kind of part, none named ("How many indicators does each
        strategy have?"), or several named at once ("ยุทธศาสตร์ที่ 1 กับ 2")."""
        enumerated = self._parts_enumerated(understanding)
        if enumerated or part is not None:
            return enumerated
        by = "".join(understanding.breakdown_by)  # "แยกตามยุทธศาสตร์"
        words = (*self.each_words, *self._which_words)  # "which strategy has the most": each is counted
        by_kind = next((parts for word, parts in self._part_kinds.items() if by.startswith(word)), ())
        return by_kind or self._kind_of_part_asked(understanding, words)

    def _kind_of_part_asked(self, understanding: Understanding, words: tuple[str, ...]) -> tuple[tuple[str, Part], ...]:
        """The parts of a kind whose word stands beside one of these ("แต่ละยุทธศาสตร์", "ยุทธศาสตร์ไหน",
        "which strategy"); none when no kind's word does."""
        said = understanding.norm.compact
        return next((parts for word, parts in self._part_kinds.items() if beside(said, word, words)), ())

    def again(self, context: Context) -> Ask | None:
        """The last whole-report answer asked again (in another language): its kind over the records it
        showed; None when it showed none."""
        kind, groups = self._carried(context)
        listed = self._listed(context)
        part = self._parts.get(self._carried_part(context) or ("", ""))
        if kind == "overview" and part is not None:  # a part's overview: the part's records, not those shown
            return Ask(kind, self._scope((), part, None, ()), groups, part)
        return Ask(kind, listed, groups, part) if kind and listed else None

    def for_event(self, kind: str, groups: tuple[str, ...]) -> Ask:
        """A menu button's question: the whole report, or every record of any of the groups (e-Services
        and portals together), in the sources' order."""
        if not groups:
            return Ask(kind, self.bundle.records)
        return Ask(kind, self._of_any(groups), groups)

    def _of_any(self, groups: tuple[str, ...]) -> tuple[Record, ...]:
        """Every record of any of the groups, in the sources' order."""
        return tuple(r for r in self.bundle.records if self._in_groups(r, groups))

    @staticmethod
    def _after_a_list(context: Context | None) -> bool:
        """The last answer was a whole-report one (a single topic's answer keeps its intent)."""
        return context is not None and context.intent is None and bool(context.listed)

    def _listed(self, context: Context | None) -> tuple[Record, ...]:
        return tuple(self.records[i] for i in context.listed if i in self.records) if context else ()

    def _carried(self, context: Context | None) -> tuple[str | None, tuple[str, ...]]:
        """The last whole-report question, kept in the context as "kind|group,group|part section"; a group a
        reload removed since is dropped."""
        if context is None or not context.aggregate:
            return None, ()
        kind, _, rest = context.aggregate.partition("|")
        groups = rest.partition("|")[0]
        return kind, tuple(g for g in groups.split(",") if g in self.bundle.categories)

    def _carried_part(self, context: Context | None) -> tuple[str, str] | None:
        """The part the last whole-report answer was of (its key), if a source still has it."""
        kept = context.aggregate.split("|") if context and context.aggregate else []
        section = kept[2] if len(kept) > 2 else ""
        return next((key for key in self._parts if key[1] == section), None) if section else None

    def picks(self, ask: Ask) -> tuple[str, ...]:
        """What a follow-up may pick from by place ("ตัวที่สอง") after an answer listing one item or none: the
        best's or worst's ranking, from it ("แล้วตัวที่สองล่ะ" after the furthest from target is the next
        furthest); a count's records when each is one counted thing in the order named (2 indicators, IMD and
        HPP), not when an indicator holds several measures (8 indicators, 10 measures: the third of which?)."""
        if ask.kind in ("best", "worst"):
            targeted = [m for m in self._measures_of(ask, self._newest(ask)) if m.share is not None]
            ranked = sorted(targeted, key=self._rank(ask), reverse=ask.kind == "best")
            return tuple(dict.fromkeys(m.record_id for m in ranked))
        if ask.kind != "count" or len(ask.records) < 2:
            return ()
        indicators = [self._indicator_of(r) for r in ask.records]
        one_each = not all(indicators) or len(set(indicators)) == len(indicators)
        return tuple(r.id for r in ask.records) if one_each else ()

    def _counting_the_set(self, understanding: Understanding, readings: list[Candidate]) -> list[Candidate]:
        """The one reading that counts a set the question names ("e-Service ใน 34 จังหวัดมีจังหวัดไหนบ้าง"):
        the question is of that topic, whatever group its words also name."""
        counting = [
            c for c in readings if any(self.profiles[c.record.id].counts_set(n, x) for n, x in understanding.sets)
        ]
        return counting if len(counting) == 1 else []

    def _named(self, understanding: Understanding, readings: list[Candidate]) -> list[Candidate]:
        """Readings that name one record exactly: by a term of their own that is not a word naming a
        group or part ("Biz Portal" names one record; "แพลตฟอร์มกลาง", which several records share,
        names the platforms), nor a classifier ("ฉบับไหนบ้าง" names no law)."""
        cues = [*understanding.cue_compacts, *(a.replace(" ", "") for a in understanding.agencies)]
        grounded = [c for c in readings if c.grounded]

        def own_terms(candidate: Candidate) -> set[str]:
            return {
                t
                for t in candidate.matched
                if t not in self.classifiers and not any(t.replace(" ", "") in cue for cue in cues)
            }

        def names_it(candidate: Candidate, term: str) -> bool:
            """No other reading holds the term, but for records of its own section item: one topic told
            twice ("HPP": its figures, and the trend of 10 of its provinces)."""
            sections = set(candidate.record.sections)
            return all(
                sections & set(o.record.sections) for o in grounded if o is not candidate and term in own_terms(o)
            )

        return [c for c in grounded if any(names_it(c, t) for t in own_terms(c))]

    def _measures_something(self, record: Record) -> bool:
        """A figure of it is a measure: a score, a rank or a share, or one set a target (more awards given
        is no improvement)."""
        return any(
            f.target is not None or (f.unit is not None and self.is_measure_word(f.unit.th)) for f in record.figures
        )

    def _scope(
        self,
        groups: tuple[str, ...],
        part: Part | None,
        agency: str | None,
        provinces: tuple[str, ...],
        joined: bool = False,
    ) -> tuple[Record, ...]:
        """The records asked about: those of every group named (a group that would leave none is
        passed over), or of any group when they are joined ("กฎหมายกับร่างกฎหมาย"), in the part named, naming the
        agency or province asked about."""
        records = list(self.bundle.records)
        members = sorted(({r.id for r in records if r.kind == g or g in r.tags} for g in groups), key=len)
        if joined:
            records = list(self._of_any(groups))
        for n, group in enumerate([] if joined else members):  # the smallest first; each other if it leaves some
            kept = [r for r in records if r.id in group]
            if kept or n == 0:
                records = kept
        if part is not None:
            records = [r for r in records if any(_under(s, part.section) for s in r.sections)]
        if agency is not None:  # what it did: not the report's own letter that names it
            about = self.bundle.about_the_source
            records = [r for r in records if self._names_agency(r, agency) and r.id not in about]
        for province in provinces:
            records = [r for r in records if province in r.provinces or self.profiles[r.id].mentions(province)]
        return tuple(records)

    # ---- answering -----------------------------------------------------------------------------
    def answer(self, ask: Ask, lang: str) -> Reply:
        if ask.kind in STATUS:
            return self._status(ask, lang)
        return {
            "list": self._list,
            "rest": self._list,
            "count": self._count,
            "total": self._total,
            "compare": self._compare,
            "overview": self._overview,
            "provinces": self._provinces,
            "shared_provinces": self._shared_provinces,
            "unranked": self._unranked,
            "mentioned": self._mentioned_most,
            "organisations": self._mentioned_most,
            "unstated": self._unstated,
            "no_reason": self._no_reason,
        }[ask.kind](ask, lang)

    def _status(self, ask: Ask, lang: str) -> Reply:
        if ask.kind == "untargeted":
            return self._untargeted(ask, lang)
        if ask.kind == "unresulted":
            return self._unresulted(ask, lang)
        if ask.kind == "other_year":
            return self._other_year(ask, lang)
        if ask.kind == "target_years":
            return self._target_years_of(ask, lang)
        if ask.kind in MOVED:
            return self._moved(ask, lang)
        newest = self._newest(ask)
        measures = self._measures_of(ask, newest)
        targeted = [m for m in measures if m.share is not None]
        if not targeted and ask.records and ask.kind in ("best", "worst", "ranked"):
            return self._unmeasured(ask, lang)
        if not targeted:
            return self._empty(ask, lang)
        group, scope = self._group_label(ask, lang), self._scope_label(ask, lang)
        latest = ask.latest and len({m.year for m in targeted}) > 1  # each line says its own year
        year = self.say.say("whole_latest_years", lang) if latest else self.say.year(targeted[0].year, lang)
        every = self.search.measures([r.id for r in ask.records]) if ask.year is not None else measures
        with_target = {m.record_id for m in every if m.target is not None}  # in any year, not only the one asked
        untargeted = [self._name(r.id, lang) for r in ask.records if r.figures and r.id not in with_target]
        notes = []  # what the list leaves out, said rather than hidden
        if ask.year is not None:  # a target but no result for the year asked
            held = {m.record_id for m in targeted}
            unheld = [self._name(m.record_id, lang) for m in every if m.share is not None and m.record_id not in held]
            if unheld:
                notes.append(self.say.say("whole_no_result", lang, year=year, names=", ".join(dict.fromkeys(unheld))))
        if untargeted:
            notes.append(self.say.say("whole_no_target", lang, names=", ".join(dict.fromkeys(untargeted))))
        if ask.kind in ("best", "worst") and len(targeted) == 1:  # one measure is no ranking: say so
            only = targeted[0]
            head = self.say.say(
                "whole_only", lang, group=group, scope=scope, year=year, name=self._name(only.record_id, lang)
            )
            told = self._reply(
                ask,
                [head, self._line(only, lang, brief=True), *notes],
                [only],
                lang,
                answer.MAX_ANSWER_CHARS,
                record=only.record_id,
            )
            return _declined(told)
        rank = self._rank(ask)
        reading = "whole_reading_count" if ask.by_count else "whole_reading"
        if ask.kind == "ranked":  # every one, closest first (furthest first when only that is asked)
            ordered = sorted(targeted, key=rank, reverse=not ask.furthest_first)
            head = self.say.say("whole_ranked_furthest" if ask.furthest_first else "whole_ranked", lang, group=group)
            lines = [head, *(self._line(m, lang) for m in ordered), self.say.say(reading, lang), *notes]
            return self._reply(ask, lines, ordered, lang, answer.LIST_CHARS)
        if ask.kind in ("best", "worst"):
            chosen = max(targeted, key=rank) if ask.kind == "best" else min(targeted, key=rank)
            name = self._name(chosen.record_id, lang)
            head = self.say.say(f"whole_{ask.kind}", lang, group=group, scope=scope, name=name)
            lines = [head, self._line(chosen, lang, brief=True), self.say.say(reading, lang)]  # the heading names it
            return self._reply(ask, lines, [chosen], lang, answer.MAX_ANSWER_CHARS, record=chosen.record_id)
        wanted = [m for m in targeted if (m.share >= 1) == (ask.kind == "met")]
        if not wanted and ask.kind == "met":
            # none met: say so and which is closest, then where each stands, closest first: all of them when
            # several were asked ("ตัวไหนถึงเป้าบ้าง") and no later result met, as far as an answer goes when
            # asked if any did or a later result is the one that met (the rest kept for "ดูเพิ่ม")
            ordered = sorted(targeted, key=_share, reverse=True)
            name = self._name(ordered[0].record_id, lang)
            head = self.say.say("whole_met_none", lang, group=group, scope=scope, year=year, name=name)
            later = self._met_later(newest, lang) if ask.year is None and not ask.latest else []
            lines = [head, *later, *(self._line(m, lang) for m in ordered), *notes]
            # short when asked if any did, unless the sentences before the standings leave no room for the
            # closest one's line (many sources to cite, several later results met)
            opening = "\n".join([head, *later, self._line(ordered[0], lang), self._cited(ask, None, lang)])
            short = (not ask.several or bool(later)) and len(opening) <= answer.MAX_ANSWER_CHARS
            return self._reply(ask, lines, ordered, lang, answer.MAX_ANSWER_CHARS if short else answer.LIST_CHARS)
        if not wanted:
            done = self.say.say("whole_behind_none", lang, group=group, scope=scope, year=year)
            return self._reply(ask, [done, *notes], [], lang, answer.LIST_CHARS)
        head = self.say.say(f"whole_{ask.kind}", lang, group=group, scope=scope, n=len(wanted), year=year)
        lines = [head, *(self._line(m, lang) for m in wanted), *notes]
        one = len(wanted) == 1  # one measure is a fact's length: the notes after it as far as they fit
        return self._reply(ask, lines, wanted, lang, answer.MAX_ANSWER_CHARS if one else answer.LIST_CHARS)

    def _newest(self, ask: Ask) -> list[Record]:
        """The records asked of, each measure's newest only when the latest results are asked."""
        return [r for r in ask.records if not ask.latest or self.series.get(r.id, (r,))[-1].id == r.id]

    def _measures_of(self, ask: Ask, newest: list[Record]) -> list:
        """The figures of the records asked of (`_newest`), for the year asked (later: a series' newest)."""
        return self.search.measures([r.id for r in newest], ask.year, ask.latest)

    @staticmethod
    def _rank(ask: Ask) -> Callable:
        """Closest to target: the largest share of it, or the least still short (by count); furthest: the reverse."""
        return (lambda m: -_short(m)) if ask.by_count else _share

    def _met_later(self, records: list[Record], lang: str) -> list[str]:
        """None met by the report year's results, yet a later year's result its source gives met the target
        (HPP: 76 provinces in 2565, of 45): said right after, as "ถึงเป้าแล้วบ้าง" may ask either."""
        later = self.search.measures([r.id for r in records], None, True)
        return [
            self.say.say(
                "whole_met_later",
                lang,
                name=self._brief_name(m.record_id, lang),
                value=self._amount(m, lang),
                year=self.say.year(m.year, lang),
                target=self._amount(m._replace(value=m.target), lang),
            )
            for m in later
            if m.share is not None and m.share >= 1 and m.target is not None
        ]

    def _moved(self, ask: Ask, lang: str) -> Reply:
        """The measures whose latest change the sources give (up to the year asked) went the way asked: worse
        (a rank's number up, any other value down) or better, or each way in turn when both are asked. One
        line per measure, however many years' sources it has, citing the sources the two values come from."""
        newest: dict[str, Record] = {}  # each measure's newest year that gives figures
        for record in ask.records:
            measure = self.series.get(record.id, (record,))[0].id
            if record.figures and (measure not in newest or record.year >= newest[measure].year):
                newest[measure] = record
        moves = [(r, move) for r in newest.values() if (move := self._last_move(r, ask.year))]
        group, scope = self._group_label(ask, lang), self._scope_label(ask, lang)
        year = self.say.year(ask.year, lang) if ask.year is not None else ""
        when = self.say.say("whole_moved_in", lang, year=year) if year else self.say.say("whole_moved_latest", lang)
        if not moves:  # no measure of the group has two years to compare: "none improved" would be a guess
            text = self.say.say("whole_not_compared", lang, group=group, scope=scope)
            return Reply(text, (self.say.say("suggest_behind", lang),), (), "fallback", 0.0, True, None, lang)
        lines, wanted = [], []
        for kind in ("improved", "worsened") if ask.both_ways else (ask.kind,):  # better first, then worse
            these = [(r, m) for r, m in moves if m.better == (kind == "improved")]
            if not these:
                lines.append(self.say.say(f"whole_{kind}_none", lang, group=group, scope=scope, when=when))
                continue
            lines.append(self.say.say(f"whole_{kind}", lang, group=group, scope=scope, n=len(these), when=when))
            lines += [self._move_line(r, m, lang) for r, m in these]
            wanted += these
        if not wanted:
            return self._reply(ask, lines, [], lang, answer.MAX_ANSWER_CHARS)
        drawn_on = {t.id: t for _, m in wanted for t in m.told_by}
        told = dataclasses.replace(ask, records=tuple(drawn_on.values()))
        return self._reply(told, lines, [r for r, _ in wanted], lang, answer.LIST_CHARS)

    def _last_move(self, record: Record, year: int | None) -> Move | None:
        """The last two years (up to the one asked) of the record's lead measure that its sources give, from
        every year of its series: the figures, the later values each gives and the value a stated change
        implies. Asked of a year, the change must end in it."""
        lead = record.figures[0]
        held: dict[int, tuple[float, Record]] = {}
        for member in self.series.get(record.id, (record,)):
            alike = [f for f in member.figures if same_measure(lead, f)]
            if not alike:
                continue
            # of a year's figures alike, the one labelled most like the lead (Lert Rat 2564's 234 awards, not
            # its 2 outstanding ones)
            fig = max(alike, key=lambda f: label_likeness(lead, f))
            if fig.change_since is not None:
                held.setdefault(fig.change_since.year, (round(fig.value - fig.change_since.by, 2), member))
            held[fig.year] = (fig.value, member)
            held.update({v.year: (v.value, member) for v in fig.later})
        years = sorted(y for y in held if year is None or y <= year)
        if len(years) < 2 or (year is not None and years[-1] != year):
            return None
        (before, was), (after, now) = held[years[-2]], held[years[-1]]
        return None if before == after else Move(lead, years[-2], before, years[-1], after, (was, now))

    def _move_line(self, record: Record, move: Move, lang: str) -> str:
        return self.say.say(
            "whole_move_line",
            lang,
            name=self._name(record.id, lang),
            before=answer.amount(move.before, move.figure, lang, self.say, answer.decimals_of(move.before)),
            before_year=self.say.year(move.before_year, lang),
            after=answer.amount(move.after, move.figure, lang, self.say, answer.decimals_of(move.after)),
            after_year=self.say.year(move.after_year, lang),
            direction=self.say.say(answer.direction_key(move.after - move.before, move.figure.lower_is_better), lang),
            by=answer.number(abs(move.after - move.before), answer.decimals_of(move.before, move.after)),
        )

    def _untargeted(self, ask: Ask, lang: str) -> Reply:
        """The topics with figures and no target in any year (of the source's indicators when no group is
        named). A figure dated after the topic's own year is a plan, not a result: the topic is named alone."""
        records = ask.records if ask.groups or ask.part else tuple(r for r in ask.records if self._indicator_of(r))
        scope = dataclasses.replace(ask, records=records, year=None)
        firsts = self._first_figures(scope)  # a target in any year would come first
        untargeted = [r for r in records if r.id in firsts and firsts[r.id].target is None]
        group = self._group_label(ask, lang)
        if not untargeted:
            return self._reply(
                ask, [self.say.say("whole_untargeted_none", lang, group=group)], [], lang, answer.MAX_ANSWER_CHARS
            )
        head = self.say.say("whole_untargeted", lang, group=group, n=len(untargeted))
        results = {r.id: firsts[r.id] for r in untargeted if firsts[r.id].year <= r.year}  # not plans
        lines = [self._record_line(r, results.get(r.id), lang, False) for r in untargeted]
        return self._reply(ask, [head, *lines], [results.get(r.id, r) for r in untargeted], lang, answer.LIST_CHARS)

    def _unresulted(self, ask: Ask, lang: str) -> Reply:
        """The source's indicators in scope with no result yet: no figure of their own year or before, only
        plans for a later one, or none at all. Only indicators: a result told in words has no figure either."""
        records = tuple(r for r in ask.records if self._indicator_of(r))
        if not records:  # awards, laws: no indicator in scope, so nothing to say of their results
            return self._empty(ask, lang)
        unresulted = [r for r in records if not any(f.year <= r.year for f in r.figures)]
        group, scope = self._group_label(ask, lang), self._scope_label(ask, lang)
        if not unresulted:
            none = self.say.say("whole_unresulted_none", lang, group=group, scope=scope)
            return self._reply(ask, [none], [], lang, answer.MAX_ANSWER_CHARS)
        return self._list(dataclasses.replace(ask, records=tuple(unresulted)), lang, results=False)

    def _measured(self, ask: Ask) -> list[Measure]:
        """Each topic's figure to show (its first with a target), of the source's indicators when no group
        is named."""
        records = ask.records if ask.groups or ask.part else tuple(r for r in ask.records if self._indicator_of(r))
        return list(self._first_figures(dataclasses.replace(ask, records=records, year=None)).values())

    def _other_year(self, ask: Ask, lang: str) -> Reply:
        """The results of an earlier year than their source's ("EGDI: 2563" in the 2564 report): the figures
        a reader might take for the report year's and should not. A later one is a plan, not a result."""
        measures = self._measured(ask)
        other = [m for m in measures if m.year < self.records[m.record_id].year]
        group = self._group_label(ask, lang)
        years = sorted({self.records[m.record_id].year for m in measures})
        year = ", ".join(self.say.year(y, lang) for y in years)
        if not other:
            none = self.say.say("whole_other_year_none", lang, group=group, year=year)
            return self._reply(ask, [none], [], lang, answer.MAX_ANSWER_CHARS)
        head = self.say.say("whole_other_year", lang, group=group, year=year, n=len(other))
        return self._reply(ask, [head, *(self._line(m, lang) for m in other)], other, lang, answer.LIST_CHARS)

    def _target_years_of(self, ask: Ask, lang: str) -> Reply:
        """The years the targets are set for, each with the topics whose target it is."""
        by_year: dict[int, list[str]] = {}
        for m in self._measured(ask):
            if m.target is not None and m.target_year is not None:
                by_year.setdefault(m.target_year, []).append(self._name(m.record_id, lang))
        group = self._group_label(ask, lang)
        if not by_year:
            return self._empty(ask, lang)
        head = self.say.say("whole_target_years", lang, group=group, n=len(by_year))
        lines = [
            f"{LIST_BULLET}{self.say.year(y, lang)}: {', '.join(dict.fromkeys(names))}"
            for y, names in sorted(by_year.items())
        ]
        return self._reply(ask, [head, *lines], [], lang, answer.LIST_CHARS)

    def _list(self, ask: Ask, lang: str, results: bool = True) -> Reply:
        """The records in scope under their source's headings, each with its first figure (none when
        `results` is False: what a plan says, not its planned figure as if a result)."""
        if not ask.records:
            return self._empty(ask, lang)
        firsts = self._first_figures(ask) if results else {}
        group, scope = self._group_label(ask, lang), self._scope_label(ask, lang)
        head = self.say.say(f"whole_{ask.kind}", lang, group=group, scope=scope, n=len(ask.records))
        lines = [head]
        items: list[Measure | Record] = []
        headed: set[tuple[str, str]] = set()
        of_indicators = all(self._indicator_of(r) for r in ask.records)  # headings only over indicators
        for record in ask.records:
            indicator = self._indicator_of(record)
            if of_indicators and indicator and indicator not in headed:  # the source's heading above its measures
                headed.add(indicator)
                lines.append(getattr(self._headings[indicator], lang))
            measure = firsts.get(record.id)
            lines.append(self._record_line(record, measure, lang, told_whole=len(ask.records) <= SHORT_LIST))
            items.append(measure or record)
        return self._reply(ask, lines, items, lang, answer.LIST_CHARS)

    def _count(self, ask: Ask, lang: str) -> Reply:
        if not ask.records:
            return self._empty(ask, lang)
        group, scope = self._group_label(ask, lang), self._scope_label(ask, lang)
        indicators = [self._indicator_of(r) for r in ask.records]
        if ask.by_parts:
            return self._count_by_part(ask, indicators, group + scope, lang)
        if all(indicators):  # counted by the source's own numbering, named by its headings
            headed = [  # each heading with its measures' names: a count also says which they are
                self.say.say(
                    "whole_count_heading",
                    lang,
                    heading=getattr(self._headings[i], lang),
                    measures=", ".join(
                        self._name(r.id, lang) for r, o in zip(ask.records, indicators, strict=True) if o == i
                    ),
                )
                for i in dict.fromkeys(indicators)
                if i
            ]
            head = self.say.say(
                "whole_count_indicators",
                lang,
                group=group,
                scope=scope,
                n=len(headed),
                measures=len(ask.records),
                names=_joined(headed),
            )
        else:
            names = _joined([self._name(r.id, lang) for r in ask.records])
            head = self.say.say("whole_count", lang, group=group, scope=scope, n=len(ask.records), names=names)
        # a count names, it lists nothing to pick from
        return self._reply(ask, [head], [], lang, answer.MAX_ANSWER_CHARS)

    def _count_by_part(self, ask: Ask, indicators: list[tuple[str, str] | None], counted: str, lang: str) -> Reply:
        """How many in each part of the source ("How many indicators does each strategy have?"): numbered
        indicators counted by their headings, anything else one by one; a part holding none is left out."""
        counted_as = [i or r.id for r, i in zip(ask.records, indicators, strict=True)]
        lines, every = [], set()
        for source, part in ask.by_parts:
            inside = {
                c
                for r, c in zip(ask.records, counted_as, strict=True)
                if r.source == source and any(_under(s, part.section) for s in r.sections)
            }
            if inside:
                name = getattr(part.name, lang)
                lines.append(self.say.say("whole_count_by_part_line", lang, part=name, n=len(inside)))
            every |= inside
        head = self.say.say("whole_count_by_part_head", lang, counted=counted, n=len(every))
        return self._reply(ask, [head, *lines], [], lang, answer.MAX_ANSWER_CHARS)

    def _total(self, ask: Ask, lang: str) -> Reply:
        record = ask.records[0]
        totals: dict[str, list] = {}
        for figure in record.figures:
            if figure.part_of is not None and ask.year in (None, figure.year):
                totals.setdefault(getattr(figure.part_of, lang), []).append(figure)
        if not totals:  # the parts are of another year
            return self._empty(ask, lang)

        def asked(item: tuple[str, list]) -> tuple[int, int]:
            """Letters the question shares with the total's labels: the total it names; of equals, the one
            the figure named the turn before is of ("กี่ที่เปิดข้อมูลได้ถึงครึ่ง", then "รวมกันกี่หน่วย")."""
            worded = "".join([item[0], *(f.label.th + f.label.en for f in item[1])])
            labels = trigrams(worded.casefold().replace(" ", ""))
            return len(labels & trigrams(ask.text)), len(labels & trigrams(ask.told)) if ask.told else 0

        label, parts = max(totals.items(), key=asked)
        other = self._counted_otherwise(parts, ask.text)
        if other is not None:  # "total number of datasets" of agencies that publish them: not what is summed
            return self._unstated(dataclasses.replace(ask, text=self.counter_as_typed(other)), lang)
        named = self._parts_named(parts, ask.text)
        parts = named if len(named) >= 2 else parts  # "ส่วนราชการและองค์การมหาชนรวมกี่หน่วยงาน": those two only
        total = sum(f.value for f in parts)
        text = self.say.say(
            "whole_total",
            lang,
            label=label,
            total=answer.amount(total, parts[0], lang, self.say),
            parts=" + ".join(answer.number(f.value) for f in parts),
        )
        return self._reply(ask, [text], [record], lang, answer.MAX_ANSWER_CHARS, record=record.id)

    def _counted_otherwise(self, parts: list[Figure], asked: str) -> str | None:
        """The counter word the question counts by (`counters`: datasets, people; not the "services" of
        e-services) when no kind it names is a kind the parts are counted in (agencies): their sum is not the
        total asked."""
        said = {
            kind: [w for w in words if re.search(rf"(?<!-){re.escape(w)}", asked)]
            for kind, words in self.counters.items()
        }
        said = {kind: words for kind, words in said.items() if words}
        units = [self.normalize(f"{f.unit.th} {f.unit.en}").compact for f in parts if f.unit is not None]
        given = {kind for kind, words in self.counters.items() if any(w in u for w in words for u in units)}
        if not said or set(said) & given:
            return None
        return next(iter(said.values()))[0]

    def _parts_named(self, parts: list[Figure], asked: str) -> list[Figure]:
        """The parts whose own words the question holds: what sets each label apart from the others
        (ส่วนราชการ, จังหวัด, องค์การมหาชน before a shared "ที่เลือกจัดทำบัญชีข้อมูล")."""

        def heads(labels: list[str]) -> list[str]:
            return [self.normalize(head).compact for head in answer.own_heads(labels)]

        if len(parts) < 2:
            return []
        th, en = heads([f.label.th for f in parts]), heads([f.label.en for f in parts])
        return [f for f, a, b in zip(parts, th, en, strict=True) if _in(a, asked) or _in(b, asked)]

    def _compare(self, ask: Ask, lang: str) -> Reply:
        first, second = ask.records
        a, b = (self._measure_in(r, ask.year) for r in ask.records)
        if ask.year is not None and (a is None) != (b is None):  # "IMD in 2021 with EGDI": the year is the one
            a, b = a or self._measure_in(first, None), b or self._measure_in(second, None)  # measure's; the other's
        if a is None or b is None:  # latest
            return self._empty(ask, lang)
        if None in (a.share, b.share) and ask.year is None:  # the newest years measured against a target:
            targeted = [self._newest_against_target(r) for r in ask.records]  # a later news count sets none
            a, b = (targeted[0], targeted[1]) if None not in targeted else (a, b)
        if a.share is not None and b.share is not None:
            ahead, behind = (a, b) if a.share >= b.share else (b, a)
            text = self.say.say(
                "whole_compare",
                lang,
                winner=self._brief_name(ahead.record_id, lang),
                other=self._brief_name(behind.record_id, lang),
                ahead=answer.number(round(ahead.share * 100, 2)),
                behind=answer.number(round(behind.share * 100, 2)),
            )
        elif self._comparable(a, b):
            better_first = (a.value <= b.value) if a.lower_is_better else (a.value >= b.value)
            ahead, behind = (a, b) if better_first else (b, a)
            text = self.say.say(
                "whole_compare_rank" if a.lower_is_better else "whole_compare_value",
                lang,
                winner=self._brief_name(ahead.record_id, lang),
                other=self._brief_name(behind.record_id, lang),
                ahead=self._amount(ahead, lang),
                behind=self._amount(behind, lang),
            )
        else:
            ahead, behind = a, b  # apart: in the order asked
            text = self.say.say(
                "whole_compare_apart",
                lang,
                first=self._brief_name(a.record_id, lang),
                second=self._brief_name(b.record_id, lang),
                first_value=self._amount(a, lang),
                second_value=self._amount(b, lang),
            )
        # the one ahead first; each by its short name (OG&MP, HPP), so both lines fit an answer
        lines = [text, self._line(ahead, lang, brief=True), self._line(behind, lang, brief=True)]
        told = dataclasses.replace(ask, records=tuple(self.records[m.record_id] for m in (a, b)))  # cited
        return self._reply(told, lines, [ahead, behind], lang, answer.MAX_ANSWER_CHARS)

    def _newest_against_target(self, record: Record) -> Measure | None:
        """The measure's newest value that has a share of its target, from any year's source of it."""
        for member in reversed(self.series.get(record.id, (record,))):
            measured = next(iter(self.search.measures([member.id])), None)
            if measured is not None and measured.share is not None:
                return measured
        return None

    def _measure_in(self, record: Record, year: int | None) -> Measure | None:
        """The measure's value in that year, from whichever year's source of it gives one ("EGDI 2567" read
        from the 2022 source is the 2024 one's); with no year, the record's own."""
        if year is None:
            return next(iter(self.search.measures([record.id])), None)
        for member in reversed(self.series.get(record.id, (record,))):  # the newest source giving that year
            found = [m for m in self.search.measures([member.id], year) if m.year == year]
            if found:
                return found[0]
        return None

    def _provinces(self, ask: Ask, lang: str) -> Reply:
        """Every province the records name, in the sources' order, with the topics that name it."""
        topics: dict[str, list[str]] = {}
        for record in ask.records:
            for province in record.provinces:
                topics.setdefault(province, []).append(self._name(record.id, lang))
        sources = ", ".join(
            dict.fromkeys(getattr(self.bundle.sources[r.source or ""].title, lang) for r in ask.records)
        )
        head = self.say.say("whole_provinces", lang, source=sources, n=len(topics))
        lines = [
            self.say.say(
                "whole_province_line", lang, province=province_name(p, lang), topics=", ".join(dict.fromkeys(t))
            )
            for p, t in topics.items()
        ]
        return self._reply(ask, [head, *lines], [], lang, answer.LIST_CHARS)

    def _shared_provinces(self, ask: Ask, lang: str) -> Reply:
        """The provinces both topics name, in the first one's order; when none, what each names."""
        first, second = ask.records
        both = [province_name(p, lang) for p in first.provinces if p in second.provinces]
        names = {"first": self._name(first.id, lang), "second": self._name(second.id, lang)}
        if both:
            line = self.say.say("whole_shared_provinces", lang, n=len(both), provinces=", ".join(both), **names)
        else:
            one, other = (", ".join(province_name(p, lang) for p in r.provinces) for r in (first, second))
            line = self.say.say("whole_shared_provinces_none", lang, one=one, other=other, **names)
        return self._reply(ask, [line], [], lang, answer.MAX_ANSWER_CHARS)

    def _comparable(self, a: Measure, b: Measure) -> bool:
        """Two values with no targets compare only as the same kind of number, of the same year and, for
        ranks, out of the same field (rank 20 of 64 economies is not rank 57 of 193 countries)."""
        out_of = [self.records[m.record_id].figures[m.position].of for m in (a, b)]
        alike = (a.unit_en, a.lower_is_better, a.year) == (b.unit_en, b.lower_is_better, b.year)
        return alike and (not a.lower_is_better or out_of[0] == out_of[1])

    def _overview(self, ask: Ask, lang: str) -> Reply:
        if ask.part is not None:  # "สรุปยุทธศาสตร์ที่ 2": that part's
            return self._part_overview(ask, ask.part, lang)
        lines = []
        for source in self.bundle.sources.values():
            if source.parts:
                title = getattr(source.title, lang)
                parts = "; ".join(getattr(p.name, lang) for p in source.parts)
                lines.append(self.say.say("whole_overview", lang, title=title, parts=parts))
        indicators = [r for r in self.bundle.records if self._indicator_of(r)]
        if indicators:
            measures = self.search.measures([r.id for r in indicators])
            behind = sum(1 for m in measures if m.share is not None and m.share < 1)
            count = len({self._indicator_of(r) for r in indicators})
            lines.append(self.say.say("whole_overview_indicators", lang, n=count, behind=behind))
        if not lines:
            return self._empty(ask, lang)
        return self._reply(ask, lines, [], lang, answer.LIST_CHARS)

    def _part_overview(self, ask: Ask, part: Part, lang: str) -> Reply:
        """How a part of the report did ("a rundown of strategy 2"): its indicators' results, then the names of
        its other topics, not every topic's text. A record under two parts neither of which holds the other
        (the strategy itself, in all three) is none of this part's own; one under a part nested in it is."""
        parts = [p for (source, _), p in self._parts.items() if any(r.source == source for r in ask.records)]

        def own(record: Record) -> bool:
            under = [p.section for p in parts if any(_under(s, p.section) for s in record.sections)]
            return all(_under(a, b) or _under(b, a) for a in under for b in under)

        mine = [r for r in ask.records if own(r)]
        indicators = [r for r in mine if self._indicator_of(r)]
        if not indicators:  # "สรุปช่วงโควิด": a part measured by no indicator, its topics listed
            return self._list(dataclasses.replace(ask, kind="list"), lang)
        firsts = self._first_figures(dataclasses.replace(ask, records=tuple(indicators)))
        n = len({self._indicator_of(r) for r in indicators})
        head = self.say.say("whole_part_overview", lang, part=getattr(part.name, lang), n=n)
        others = [self._name(r.id, lang) for r in mine if r not in indicators]  # before the lines: a list cut
        named = [self.say.say("whole_part_others", lang, n=len(others), names=_joined(others))] if others else []
        lines = [head, *named, *(self._record_line(r, firsts.get(r.id), lang, told_whole=False) for r in indicators)]
        shown = [firsts.get(r.id) or r for r in indicators]
        return self._reply(ask, lines, shown, lang, answer.LIST_CHARS)

    # ---- wording ------------------------------------------------------------------------------
    def _reply(
        self, ask: Ask, lines: list[str], shown: list, lang: str, limit: int, record: str | None = None
    ) -> Reply:
        """Lines within the limit (the rest counted in a last line), the sources cited whole (the one answer's
        own, when one record answers: the best or the worst), and the items a channel can draw."""
        cited = self._cited(ask, record, lang)
        kept: list[str] = []
        told = len(shown)  # an item's line starts with the bullet: those whose lines fit are told
        for n, line in enumerate(lines):
            left = sum(1 for rest in lines[n:] if rest.startswith(LIST_BULLET))
            more = self.say.say("whole_more" if shown else "whole_cut", lang, n=left)  # "ดูเพิ่ม" only for items
            after = [more] if left and n < len(lines) - 1 else []  # only items left need a "more" after them
            if kept and len("\n".join([*kept, line, *after, cited])) > limit:
                kept += [more] if left else []  # a note that does not fit is left out; items left are counted
                told = min(told, sum(1 for k in kept if k.startswith(LIST_BULLET)))
                break
            kept.append(line)
        items = tuple(self._item(x, lang) for x in shown[:told])
        rest = tuple(dict.fromkeys(_record_id(x) for x in shown[told:]))
        suggestions = self._suggestions(ask, items, lang)
        if rest:
            suggestions = (self.say.say("suggest_more", lang), *suggestions[:3])
        return Reply(
            "\n".join([*kept, cited]).strip(),
            suggestions,
            (),
            f"whole_{ask.kind}",
            WHOLE_CONFIDENCE,
            False,
            record,
            lang,
            items=items,
            more=rest,
        )

    def _cited(self, ask: Ask, record: str | None, lang: str) -> str:
        """The sources an answer draws on, cited whole: the one answer's own when one record answers."""
        drawn_on = [self.records[record]] if record else ask.records
        sources = [self.bundle.sources[i] for i in dict.fromkeys(r.source or "" for r in drawn_on)]
        return answer.cite_whole(sources, lang, self.say) if sources else ""

    def _empty(self, ask: Ask, lang: str) -> Reply:
        text = self.say.say(
            "whole_empty",
            lang,
            group=self._group_label(ask, lang),
            scope=self._scope_label(ask, lang),
            year=self.say.say("whole_in_year", lang, year=self.say.year(ask.year, lang)) if ask.year else "",
        )
        return Reply(text, (self.say.say("suggest_behind", lang),), (), "fallback", 0.0, True, None, lang)

    def _unstated(self, ask: Ask, lang: str) -> Reply:
        """An attribute (money, damage, users) asked of a group whose records never speak of it."""
        text = self.say.say("whole_unstated", lang, asked=ask.text, group=self._group_label(ask, lang))
        return Reply(text, (self.say.say("suggest_behind", lang),), (), "fallback", 0.0, True, None, lang)

    def _mentioned_most(self, ask: Ask, lang: str) -> Reply:
        """The organisations named in the most topics, with the topics: those in two or more (up to five);
        none standing out when each is named once. Asked for every one ("organisations"), each named, most
        first, as many as fit. The organisation the question rules out is set aside."""
        set_aside = (ask.agency or "").replace(".", "")  # "สำนักงานกพร" is สำนักงาน ก.พ.ร.
        topics: dict[str, list[Record]] = {}
        for record in ask.records:
            for organisation in self.organisations_in(record):
                if organisation.replace(".", "") != set_aside:
                    topics.setdefault(organisation, []).append(record)
        if not topics:
            return self._empty(ask, lang)
        ranked = sorted(topics.items(), key=lambda kv: -len(kv[1]))  # stable: the sources' order on a tie
        every = ask.kind == "organisations"
        shown = ranked if every else [kv for kv in ranked if len(kv[1]) >= 2][:MOST_NAMED]  # one topic each: none
        if not shown:  # stands out
            return self._empty(ask, lang)
        head = (
            self.say.say("whole_organisations", lang, n=len(shown)) if every else self.say.say("whole_mentioned", lang)
        )
        lines = [head]
        for organisation, records in shown:
            names = ", ".join(self._name(r.id, lang) for r in records)
            lines.append(self.say.say("whole_mentioned_line", lang, name=organisation, n=len(records), topics=names))
        length = answer.LIST_CHARS if ask.several or every else answer.MAX_ANSWER_CHARS  # the rest counted
        return self._reply(dataclasses.replace(ask, agency=None), lines, [], lang, length)

    def _no_reason(self, ask: Ask, lang: str) -> Reply:
        """Why the measures stand as they do: the report gives results against targets, no reasons across them."""
        text = self.say.say("whole_no_reason", lang, group=self._group_label(ask, lang))
        return Reply(text, (self.say.say("suggest_behind", lang),), (), "fallback", 0.0, True, None, lang)

    def _unmeasured(self, ask: Ask, lang: str) -> Reply:
        """The best or worst of a group none of whose topics has a result against a target (awards, laws): the
        report ranks none of them, so the bot says so (a fallback) and names what the report does tell."""
        head = self.say.say(
            "whole_unmeasured", lang, group=self._group_label(ask, lang), scope=self._scope_label(ask, lang)
        )
        lines = [head, *(f"{LIST_BULLET}{self._name(r.id, lang)}" for r in ask.records)]
        return _declined(self._reply(ask, lines, list(ask.records), lang, answer.LIST_CHARS))

    def _unranked(self, ask: Ask, lang: str) -> Reply:
        """A ranking of ministries, departments or provinces: the report ranks its measures, not them."""
        text = self.say.say("whole_unranked", lang)
        return Reply(text, (self.say.say("suggest_best", lang),), (), "fallback", 0.0, True, None, lang)

    def _suggestions(self, ask: Ask, items: tuple[Item, ...], lang: str) -> tuple[str, ...]:
        out = []
        if ask.kind in ("behind", "met", "list") and any(i.share is not None for i in items):
            out.append(self.say.say("suggest_best", lang))
        if ask.kind not in STATUS:
            out.append(self.say.say("suggest_behind", lang))
        out += [self.say.say("suggest_about", lang, name=i.name) for i in items[:3]]
        return tuple(dict.fromkeys(out))[:4]

    def _group_label(self, ask: Ask, lang: str) -> str:
        if ask.groups:
            return " / ".join(getattr(self.bundle.categories[g], lang) for g in ask.groups)
        return self.say.say("whole_measures" if ask.kind in STATUS else "whole_topics", lang)

    def _names_agency(self, record: Record, agency: str) -> bool:
        """It names the agency itself, not only a longer name going on from it: สำนักงาน ก.พ. is not in a
        text naming just สำนักงาน ก.พ.ร. (สรรพากร is in one naming กรมสรรพากร)."""
        named = self.organisations_in(record)
        longer = any(o.startswith(agency) and agency != o for o in named)
        return agency in named or (self.profiles[record.id].mentions(agency) and not longer)

    def _scope_label(self, ask: Ask, lang: str) -> str:
        scope = ""
        if ask.part is not None:
            scope += self.say.say("whole_in_part", lang, part=getattr(ask.part.name, lang))
        if ask.agency is not None:
            scope += self.say.say("whole_in_agency", lang, agency=self.agency_names.get(ask.agency, ask.agency))
        return scope

    def _name(self, record_id: str, lang: str) -> str:
        return answer.short_name(self.records[record_id], lang)

    def _amount(self, measure: Measure, lang: str) -> str:
        unit = measure.unit_th if lang == "th" else measure.unit_en
        return self.say.units.get(unit, "{n} {unit}").format(n=answer.number(measure.value), unit=unit)

    def _brief_name(self, record_id: str, lang: str) -> str:
        """Its first alias where that is in Latin letters (OG&MP, e-Service): short enough for two lines and a
        heading in one answer; else its name."""
        alias = self.records[record_id].aliases[0]
        return alias if not THAI_CHAR.search(alias) else self._name(record_id, lang)

    def _line(self, measure: Measure, lang: str, brief: bool = False) -> str:
        """A measure's line; brief, by its short name when the heading above names it."""
        name = self._brief_name(measure.record_id, lang) if brief else self._name(measure.record_id, lang)
        if measure.share is None or measure.target is None:
            return self.say.say("whole_line_value", lang, name=name, value=self._told(measure, lang))
        target = measure._replace(value=measure.target)
        line = self.say.say(
            "whole_line_target",
            lang,
            name=name,
            value=self._told(measure, lang, later=False),
            target=self._amount(target, lang),
            target_year=self.say.year(measure.target_year or measure.year, lang),
            share=answer.number(round(measure.share * 100, 2)),
            gap=self._gap(measure, lang),
        )
        return line + self._later(measure, lang)  # after the share, which is the year told's ("44.44%" of 20)

    def _gap(self, measure: Measure, lang: str) -> str:
        """What is still short, in the measure's unit (25 licences) or in places for a rank; nothing once met."""
        short = _short(measure)
        if short <= 0:
            return ""
        if measure.lower_is_better:
            return self.say.say("whole_gap_places", lang, n=answer.number(short))
        return self.say.say("whole_gap", lang, gap=self._amount(measure._replace(value=short), lang))

    def _record_line(self, record: Record, measure: Measure | None, lang: str, told_whole: bool) -> str:
        """A listed record: its figure against its target; otherwise its figure or name, and who it is
        about when the source says (an award's winners); in a short list of records without figures,
        what the record says."""
        if measure is not None and measure.share is not None:
            return self._line(measure, lang)
        name = self._name(record.id, lang)
        if measure is None and told_whole:
            return self.say.say("whole_line_value", lang, name=name, value=getattr(record.text, lang))
        line = self._line(measure, lang) if measure else self.say.say("whole_line", lang, name=name)
        return f"{line} {getattr(record.details.who, lang)}" if record.details.who else line

    def _told(self, measure: Measure, lang: str, later: bool = True) -> str:
        """A value with its unit, out of what the source counts it against (rank 20 of 64), and the values
        of the later years the source gives (unless told apart, after a share of the value's own)."""
        figure = self.records[measure.record_id].figures[measure.position]
        told = self._amount(measure, lang)
        if figure.of is not None and measure.year == figure.year:  # out of that year's field
            told = self.say.say("whole_out_of", lang, value=told, of=answer.whole_of(figure, lang))
        told = self.say.say("whole_value_year", lang, value=told, year=self.say.year(measure.year, lang))
        return told + self._later(measure, lang) if later else told

    def _later(self, measure: Measure, lang: str) -> str:
        """The values of the later years the source gives for a measure's figure ("; ปี 2565: 76 จังหวัด")."""
        figure = self.records[measure.record_id].figures[measure.position]
        return "".join(
            self.say.say(
                "whole_later",
                lang,
                year=self.say.year(later.year, lang),
                value=self._amount(measure._replace(value=later.value), lang),
            )
            for later in figure.later
            if later.year != measure.year
        )

    def _item(self, shown: Measure | Record, lang: str) -> Item:
        if isinstance(shown, Record):
            source = self.bundle.sources[shown.source or ""]
            return Item(self._name(shown.id, lang), None, source=getattr(source.title, lang), record_id=shown.id)
        record = self.records[shown.record_id]
        source = self.bundle.sources[record.source or ""]
        target = ""
        if shown.target is not None:
            worded = self._amount(shown._replace(value=shown.target), lang)
            year = self.say.year(shown.target_year or shown.year, lang)
            target = self.say.say("card_target", lang, target=worded, target_year=year)
        return Item(
            self._name(shown.record_id, lang),
            shown.value,
            shown.unit_th if lang == "th" else shown.unit_en,
            shown.year,
            shown.target,
            shown.target_year,
            shown.share,
            getattr(source.title, lang),
            shown.record_id,
            self._amount(shown, lang),
            target,
        )

    def _first_figures(self, ask: Ask) -> dict[str, Measure]:
        """Each record's figure to show in a list: its first with a target, else its first."""
        firsts: dict[str, Measure] = {}
        for measure in self.search.measures([r.id for r in ask.records], ask.year):
            held = firsts.get(measure.record_id)
            if held is None or (held.share is None and measure.share is not None):
                firsts[measure.record_id] = measure
        return firsts

    def _indicator_of(self, record: Record) -> tuple[str, str] | None:
        """The numbered indicator of its source a record reports on ("3.1.1.1 (2)" holds three measures)."""
        return next(((record.source or "", s) for s in record.sections if (record.source, s) in self._headings), None)


def _place_groups(bundle: Bundle, normalize: Callable[[str], Normalized]) -> set[str]:
    """The groups named only by the words for provinces ("จังหวัดไหน" names no other group): asking which
    of them asks which provinces."""
    places = [normalize(w).compact for w in bundle.language.province_words]
    return {
        g.id
        for g in bundle.categories.values()
        if g.cues and all(any(w in normalize(c).compact for w in places) for c in g.cues)
    }


def _numbered_parts(bundle: Bundle, normalize: Callable[[str], Normalized]) -> dict[str, dict[int, tuple[str, Part]]]:
    """The words two or more parts of a source are named by with a number after them ("ยุทธศาสตร์ที่ 1",
    "strategy 2"), compact: each a kind of part, its parts by their numbers. A number in a cue is a part's
    number only right after such a word; a part named by no number is of no kind."""
    kinds: dict[str, dict[int, tuple[str, Part]]] = {}
    for source in bundle.sources.values():
        for part in source.parts:
            for cue in part.cues:
                for word, number in re.findall(r"([^\d\s]+)\s*(\d+)(?!\d)", cue):  # "ยุทธศาสตร์ที่1" too
                    kinds.setdefault(normalize(word).compact, {})[int(number)] = (source.id, part)
    return {word: parts for word, parts in kinds.items() if len(parts) >= 2}


def _joined(names: list[str]) -> str:
    """Names after a count, as many as keep the answer a fact's length, then an ellipsis."""
    shown: list[str] = []
    for name in dict.fromkeys(names):
        if len(", ".join([*shown, name])) > NAMES_CHARS:
            return ", ".join(shown) + " …"
        shown.append(name)
    return ", ".join(shown)


def _record_id(shown: Measure | Record) -> str:
    return shown.record_id if isinstance(shown, Measure) else shown.id


def _share(measure: Measure) -> float:
    return measure.share if measure.share is not None else 0.0


def _short(measure: Measure) -> float:
    """How far from its target, in its own unit (places for a rank, lower is better): 0 or less once met."""
    if measure.target is None:
        return 0.0
    return round(answer.shortfall(measure.value, measure.target, measure.lower_is_better), 2)


def _under(section: str, part: str) -> bool:
    return section == part or section.startswith((f"{part}.", f"{part} "))


def _in(head: str, asked: str) -> bool:
    """A part's own words in the question: two characters at least, or any question would hold them."""
    return len(head) >= MIN_HEAD and head in asked


def _declined(reply: Reply) -> Reply:
    """A whole-report reply that tells what the report has but not what was asked (a ranking of one, of none)."""
    return dataclasses.replace(reply, intent="fallback", confidence=0.0, fallback=True)
