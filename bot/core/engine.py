"""The answering core: text and a session id in, a `Reply` out. Imports no channel SDK.

Decisions, in order: empty input; live-data and off-topic questions; which record (or the last
turn's record, for a follow-up); close calls between topics (ask which was meant); whether the
question's year, province, agency and cohort are ones the record covers; then the detail the
intent asks for, declining when the report does not give it.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice, pairwise

from rapidfuzz import fuzz

from bot.core import answer
from bot.core.answer import short_name
from bot.core.loader import Bundle
from bot.core.nlu import MIN_INDEX_NAME_WORDS, MIN_THAI_TERM, Candidate, Understander, Understanding, beside, phrases
from bot.core.normalize import BE_OFFSET, THAI_CHAR, trigrams
from bot.core.profiles import BESIDE, Profile, counted_in, mentioned_in, numbers_in
from bot.core.report import Ask, WholeReport
from bot.core.schema import Bilingual, Details, Figure, Intent, Record
from bot.core.series import find_series, member_for, same_measure
from bot.core.sessions import Context, ContextStore, MemoryContextStore
from bot.core.store import Search
from bot.core.types import LIST_BULLET, Inbound, Reply

READINGS_CONSIDERED = 10  # another reading that holds what the chosen one lacks is among the best few
ABOUT = "about"  # the intent telling a topic's own text, for a topic told again with no intent kept
DEFINITION = "definition"  # the detail saying what a measure is, and any mark it sets
LIST_KIND = "list"  # the whole-report kind whose cues ("อะไรบ้าง") single-topic questions share
MATCH = 6.0  # a grounded record needs at least this score to be answered from
STRONG = 20.0  # at or above this the match is certain (confidence 1 before margin)
CLOSE_CALL = 0.8  # a runner-up scoring this share of the winner makes the question ambiguous
MAX_SUGGESTIONS = 4
MAX_OPTIONS = 3
DOMINANT_SCORE = 9.0  # a single clue can carry a question only at this score...
DOMINANT_RATIO = 1.4  # ...and this far ahead of the next reading
CLOSEST = 3.0  # below this a candidate is noise, not worth naming as the closest topic
SIBLING = 0.6  # a reading this close, from the same section, is told too when it fits
YEARS = range(2400, 2700)  # a number in this range is a year (Buddhist era), not a count
EARLIEST_YEAR = 1900  # a mark this large is a year of either era ("ITA 2566 ขึ้นไป", "over 2021")
SHORT_YEAR = 2500  # two digits after a year word are 25xx ("ปี 66 ขึ้นไป")
SHORT_NUMBER = re.compile(r"(?<![\d.,])(\d{2})(?![\d.,%])")  # two digits standing alone
PLAN_SPAN = re.compile(r"(?<!\d)\d{2}\s*[-–]\s*\d{2}(?!\d)")  # "67-70": a span of two-digit years
NAME_THEN_TWO = re.compile(r"(\S+)\s?(\d{2})(?![\d.,%]|\s*[-–]\s*\d)")  # "CPI 69", "เลิศรัฐ 68": a word, two digits
SHORT_PAIR = re.compile(r"(?<![\d.,])(\d{2})\s*[-–]\s*(\d{2})(?![\d.,%])")  # "65-68", each end alone
MIN_COMPOUND = 8  # code points of another year's keyword a question says whole ("ดิจิทัลเต็มรูปแบบ", read as words)
MIN_PART_WORD = 3  # code points of a word naming a part of a breakdown ("ละ" of ร้อยละ names none)
NAMED_BY_WORDS = 2  # words of a figure's label a question must say to name that figure over the others
FOLLOW_UP_CONFIDENCE = 0.6  # a topic carried over from the last turn is likely, not certain
NEAR_TOKENS = 3  # words between two that go together at most: "who took the number one", "อันดับ 1 ของโลกเป็นใคร"
SINCE_YEAR_GAP = 8  # letters between a since word and its year at most ("เทียบกับปี พ.ศ. 65", "เทียบกับปีก่อนหน้า")
GREETED_BELOW = 0.5  # small talk beside a reading this unsure (or a choice between readings) is answered as such
UNEXPLAINED_CONFIDENCE = 0.7  # a question word the record does not hold: an answer, but not a sure one
EXPLAINED_CONFIDENCE = 0.6  # of two close readings, the only one holding every word asked: likely, not certain
MOSTLY_TOLD = 0.6  # a detail whose letters are this much said already adds nothing
WHOLE_NAME_LIKENESS = 90  # rapidfuzz partial ratio: an index's name said with a letter or two off is said
FAR_MORE_HELD = 3  # a reading holding the chosen one's clues and this many more is what the question is about
MORE_HELD = 2  # of close readings none of which holds every word, one holding this many more is meant
POST_REACH = 40  # letters from a post to its holder's title before it, or to the word naming whose post it is
DETAILS = frozenset(Details.model_fields)  # the kinds of detail a record may give (who, when, ...)
TITLE_QUOTES = '"“‘«'  # opening a title in quotation marks


@dataclass(frozen=True)
class Decision:
    record: Record
    intent: str
    confidence: float
    sibling: Record | None = None  # a close reading from the same section, told too when it fits
    follow_up: bool = False  # the topic carried over from the last turn
    previous: Record | None = None  # the last turn's topic, whose year a question on the same measure keeps
    moved: bool = False  # told by another reading than the one chosen (it held a name or agency): moved once only
    figure: tuple[str, ...] = ()  # the words naming which of its figures is talked about, maybe from the last turn
    year: int | None = None  # the last turn's year, which its record told only in passing, still talked about


@dataclass(frozen=True)
class LabelWords:
    """A figure's label and unit as questions are read, worked out once per record: its words, each two of
    them side by side ("อันดับรวม" keeps the รวม too common to be a word of its own), and compact."""

    words: frozenset[str]
    pairs: frozenset[str]
    compact: str
    unit: str


class Engine:
    def __init__(
        self,
        bundle: Bundle,
        search: Search | None = None,
        store: ContextStore | None = None,
        nlu: Understander | None = None,
    ) -> None:
        self.bundle = bundle
        self.nlu = nlu or Understander(bundle)  # a saved index of this bundle, or built now
        self.profiles = self.nlu.profiles  # what each record says, normalised with the index
        self.records = bundle.records_by_id
        self.intents = bundle.intents_by_name
        self.search = search or Search.in_memory(bundle, self.nlu.words)  # straight from a bundle: in memory
        self.series = find_series(bundle.records)
        self.whole = WholeReport(bundle, self.search, self.profiles, self.nlu, self.series)
        self.contexts = store or MemoryContextStore()
        self.say = bundle.replies
        self._events = {event: i for i in bundle.intents for event in i.events}
        # an intent asked of organisations instead of those it replaces ("หน่วยงาน...ที่ไหน" asks who)
        # the cues by which "where" asks a ranking's place, read as questions are
        self._ranking_cues = {
            i.name: tuple(self.nlu.normalize(c).compact for c in i.ranking_cues) for i in bundle.intents
        }
        self._replacing: dict[str, list[Intent]] = {}
        for replacing in bundle.intents:
            for replaced in replacing.replaces:
                self._replacing.setdefault(replaced, []).append(replacing)
        self._checks = (  # in order: the first that declines answers
            self._year_not_held,
            self._years_back_not_held,  # "ย้อนหลัง 3 ปี" of a measure with results for one year
            self._nothing_before,  # "and the year before?" of the earliest year held
            self._figure_not_that_year,
            self._only_a_target,
            self._province_not_held,
            self._agency_not_held,
            self._name_not_held,
            self._ruled_out,
            self._round_not_held,
            self._bottom_not_stated,  # "ด้านไหนต่ำสุด" asks the lowest, not where
            self._top_subject_not_stated,  # "จังหวัดไหนได้ที่ 1" asks which came first, not which took part
            self._holder_not_named,  # "เลขาธิการคณะรัฐมนตรีชื่ออะไร" of a letter naming the post, not the person
            self._tenure_not_given,  # "เป็นเลขา ก.พ.ร. มาตั้งแต่ปีไหน" of the signer
            self._body_not_named,  # "กระทรวงไหนเป็นเจ้าภาพ" of a topic that names no ministry
            self._detail_not_given,
            self._when_of_another_body,  # "ครม.อนุมัติเมื่อไหร่" of the date the Commission approved it
            self._act_not_told,  # "ครม. รับทราบแล้วหรือยัง" of a letter asking it to
            self._reason_of_another,  # "why did government efficiency fall" told by the overall rank's reason
            self._finding_not_given,
            self._province_not_named,
            self._attribute_not_stated,
            self._ability_not_stated,  # "ศูนย์ที่บลูพอร์ตทำบัตรประชาชนได้ไหม" of a centre's opening
            self._facet_not_given,
            self._measure_not_given,
            self._word_of_other_years,
            self._rest_not_named,
            self._opposite_not_named,  # "ด้านไหนแย่ลง" of EGDI's two parts that improved
            self._other_not_named,  # "อีกประเด็นคืออะไร" of OG&MP's 2 issues, 1 named
            self._members_not_named,
            self._counter_not_stated,
            self._count_of_another_subject,  # "มีกี่จังหวัดที่เปิดข้อมูลได้ 50%" of agencies that did
            self._count_by_a_part_not_given,  # "e-Service ที่ 34 จังหวัดพัฒนากี่บริการ" of 34 of the bodies pushing them
            self._count_of_one_agency,  # "กรมสรรพากรได้เลิศรัฐกี่รางวัล" of the 234 given in all
            self._count_above_not_given,  # "ได้ 95 ขึ้นไปกี่หน่วยงาน" of figures counting those past 85
            self._count_of_the_negated,  # "กี่หน่วยงานที่ไม่ผ่าน" of figures counting those that passed
            self._no_number_stated,
            self._threshold_not_defined,  # "ต้องได้กี่คะแนนถึงจะผ่าน" of a measure whose definition sets no mark
            self._outlook_unknown,  # "จะถึงเป้าไหม" of a measure with no result for its target's year yet
            self._target_not_set,
            self._nothing_to_compare,
        )
        self.version = bundle.version
        self._posts = {self.nlu.normalize(p).compact: p for p in bundle.language.posts}  # as the data words it
        self._tenure_words = tuple(self.nlu.normalize(w).compact for w in bundle.language.tenure_words)
        self._held_posts = tuple(  # "เป็นเลขา", "beeninthatjob": a post or job held, as compact text says it
            self.nlu.normalize(f"{h} {p}").compact
            for h in bundle.language.holding_words
            for p in (*bundle.language.posts, *bundle.language.job_words)
        )
        self._titles = tuple(self.nlu.normalize(t).compact for t in bundle.language.person_titles)
        able = [self.nlu.normalize(w).text for w in bundle.language.ability_words]
        self._ability_closing = tuple(w.replace(" ", "") for w in able if THAI_CHAR.search(w))  # "...ได้ไหม"
        self._ability_opening = re.compile(rf"^(?:{phrases([w for w in able if not THAI_CHAR.search(w)]).pattern})")
        asking = [self.nlu.normalize(w).text for w in bundle.language.request_words]
        self._requests = phrases([w for w in asking if not THAI_CHAR.search(w)])  # "can you", whole words
        self._request_tokens = frozenset(w for w in asking if THAI_CHAR.search(w))  # ขอ as a word, not in ขอนแก่น
        self._acting_bodies = {self.nlu.normalize(w).compact: w for w in bundle.language.acting_bodies}  # as worded
        self._joining = tuple(self.nlu.normalize(w).compact for w in bundle.language.conjunctions)
        self._toward_words = tuple(self.nlu.normalize(w).compact for w in bundle.language.toward_words)
        self._done_yet_words = tuple(self.nlu.normalize(w).compact for w in bundle.language.done_yet_words)
        self._present = tuple(self.nlu.normalize(w).compact for w in bundle.language.present_words)
        who = [c for i in bundle.intents if i.answers == "who" for c in (*i.cues.th, *i.cues.en)]
        defining = [c for i in bundle.intents if i.answers == "definition" for c in (*i.cues.th, *i.cues.en)]
        self._defining = tuple(self.nlu.normalize(c).compact for c in defining)
        self._who_words = tuple(self.nlu.normalize(c).compact for c in who)  # a best asked with one: who came first
        self._target_words = tuple(self.nlu.normalize(w).compact for w in bundle.language.target_words)
        self._reached = phrases([self.nlu.normalize(w).text for w in bundle.language.reached_words])
        self._at_least = self._threshold_pattern(bundle)
        # each kind of counter's words, as read: a follow-up that is only one of them ("and shops?") counts it
        self._counters_said = {
            kind: frozenset(self.nlu.normalize(w).text for w in words) for kind, words in self.nlu.counters.items()
        }
        # each role word, as a pattern of its own: the question names some, a record's part must name one of those
        self._roles = {r: phrases([r]) for r in (self.nlu.normalize(w).text for w in bundle.language.role_words)}
        self._measure_units = {
            kind: frozenset(self.nlu.normalize(w).compact for w in words)
            for kind, words in bundle.language.measure_words.items()
        }
        self._measure_words = tuple(w for words in self._measure_units.values() for w in words)  # any kind's
        self._scale_kind = bundle.language.scale_kind
        before = (*bundle.language.years.last_year, *bundle.language.previous)  # even after "than" or "with"
        self._year_before = tuple(self.nlu.normalize(w).compact for w in before)
        self._change_words = tuple(self.nlu.normalize(w).compact for w in bundle.language.change_words)
        self._subgroups = tuple(self.nlu.normalize(w).compact for w in bundle.language.subgroup_words)
        self._bodies = {self.nlu.normalize(w).compact: w for w in bundle.language.body_words}
        which = (*bundle.language.which_words, *bundle.language.joined_which_words, *bundle.language.what_words)
        self._which = tuple(dict.fromkeys(self.nlu.normalize(w).compact for w in which))
        self._labels: dict[str, tuple[LabelWords, ...]] = {}  # each record's figure labels, read on first use
        # each change with its opposite, both ways, and every word of its own direction (the first of each
        # pair goes one way, the second the other: ลดลง says a fall as แย่ลง does)
        ways = [tuple(self.nlu.normalize(pair[n]).compact for pair in bundle.language.opposite_changes) for n in (0, 1)]
        self._opposites = [
            (pair[n], self.nlu.normalize(pair[n]).compact, self.nlu.normalize(pair[1 - n]).compact, ways[n])
            for pair in bundle.language.opposite_changes
            for n in (0, 1)
        ]
        self._since_words = tuple(self.nlu.normalize(w).compact for w in bundle.language.since_words)
        self._level_words = tuple(self.nlu.normalize(w).compact for w in bundle.language.level_words)
        causes = bundle.language.cause_words
        self._effect_after = tuple(self.nlu.normalize(w).text for w in causes.effect_after)
        self._effect_before = tuple(self.nlu.normalize(w).text for w in causes.effect_before)
        joiners = "|".join(re.escape(self.nlu.normalize(w).text) for w in causes.clause_joiners) or "(?!)"
        self._clause_break = re.compile(rf"[,;.]|\s(?:{joiners})\s")  # where a reason's cause or effect ends
        self._index_heads = frozenset(self.nlu.normalize(w).compact for w in bundle.language.index_heads)
        self._sections = self._by_section(bundle.records)
        self._about_source = tuple(r for r in bundle.records if r.id in bundle.about_the_source)
        self._starters = list(islice((r for r in bundle.records if r.figures), MAX_SUGGESTIONS))

    @staticmethod
    def _by_section(records: tuple[Record, ...]) -> dict[tuple[str, str], list[Record]]:
        """Records by their source and the numbered section they sit in ("3.1.1.1" of "3.1.1.1 (2)"): each
        source numbers its own sections, so item "1" of one news pack is no neighbour of another's."""
        by_section: dict[tuple[str, str], list[Record]] = {}
        for record in records:
            for section in record.sections:
                by_section.setdefault((record.source or "", section.split(" ")[0]), []).append(record)
        return by_section

    def _related(self, record: Record) -> Iterator[Record]:
        """The other records of its sections, in order: walked as far as needed, never listed whole (a
        section of a large knowledge may hold thousands)."""
        for section in record.sections:
            yield from (o for o in self._sections[(record.source or "", section.split(" ")[0])] if o.id != record.id)

    def _item_mates(self, record: Record) -> Iterator[Record]:
        """The other records sharing one of its sections item and all ("3.1.2.2 (4)"): the same topic told
        again, not only a neighbour in the section."""
        return (o for o in self._related(record) if set(o.sections) & set(record.sections))

    # ---- entry point ----------------------------------------------------------------------
    def handle(self, inbound: Inbound) -> Reply:
        context = self.contexts.get(inbound.session_id)
        event = self.event_of(inbound)
        if event is not None:
            return self._on_event(event, inbound.session_id, context, inbound.lang)
        understanding = self.nlu.understand(inbound.text, strong=STRONG)
        lang = understanding.norm.lang or (context.lang if context else "th")
        switch = understanding.smalltalk.language if understanding.smalltalk else None
        if switch is not None and context is not None and not any(c.grounded for c in understanding.candidates):
            again = self._again(context, understanding, inbound.session_id, switch)
            if again is not None:  # "in English please": the last answer, in that language
                return again
        if understanding.rest_said and context is not None and context.more:  # "ที่เหลือมีอะไรบ้าง": "ดูเพิ่ม"
            understanding = dataclasses.replace(understanding, more=True, rest=None)
        readings = self._one_per_series(list(understanding.candidates))
        unknown = None if understanding.smalltalk else self._name_nobody_holds(understanding)  # "Hello Nong Lert"
        absent = understanding.source_year_missing  # "รายงานการพัฒนาระบบราชการปี 66": a report not held at all
        readable = understanding.norm.compact and not unknown and absent is None
        ask = self.whole.read(understanding, readings, context) if readable else None
        if absent is not None:
            reply = self._source_year_missing(*absent, lang)
        elif unknown:  # "Global Innovation Index": whatever its words share with the report, not in it
            closest = understanding.candidates[0].record if understanding.candidates else None
            reply = self._fallback("named", lang, understanding, closest=closest, asked=unknown)
        elif ask is not None:  # about the report as a whole: computed from the figures
            reply = self._whole(ask, inbound.session_id, context, lang, more=understanding.more)
        else:
            reply = self._decide(understanding, readings, context, lang)
            if reply.record_id or reply.intent == "clarify":
                # a topic picked from a list keeps the list, and what was left of it for "ดูเพิ่ม"
                listed, whole, more = (context.listed, context.aggregate, context.more) if context else ((), None, ())
                told = context.record_id if context else None
                if not whole and told and reply.record_id and told != reply.record_id:
                    listed = (told, reply.record_id)  # two topics in a row, no list: "สองอันนี้" compares them
                intent = self._intent(understanding, context)
                figure = self._figure_talked(reply.record_id, understanding, context)
                year = self._year_in_passing(reply.record_id, understanding, context)
                asked = self._attributes_talked(reply.record_id, understanding, context)
                kept = Context(reply.record_id, intent, lang, listed, whole, more, figure, year, asked)
                self.contexts.put(inbound.session_id, kept)
        considered = tuple((c.record.id, c.score) for c in understanding.candidates[:MAX_OPTIONS])
        return dataclasses.replace(reply, candidates=considered)

    def _again(self, context: Context, understanding: Understanding, session_id: str, lang: str) -> Reply | None:
        """The last answer told again in another language: the topic with the intent it was asked, or the
        whole-report answer over the records it showed."""
        if context.record_id in self.records:
            record = self.records[context.record_id]  # that year's, not the measure's newest
            decision = Decision(record, context.intent or ABOUT, FOLLOW_UP_CONFIDENCE, follow_up=True)
            reply = self._answer(decision, understanding, lang)
            self.contexts.put(session_id, dataclasses.replace(context, lang=lang))
            return reply
        ask = self.whole.again(context)
        return self._whole(ask, session_id, context, lang) if ask is not None else None

    def _whole(self, ask: Ask, session_id: str, context: Context | None, lang: str, more: bool = False) -> Reply:
        """A whole-report answer, computed from the figures; the list it shows is kept for "ตัวที่สอง"."""
        reply = self.whole.answer(ask, lang)
        shown = tuple(dict.fromkeys(i.record_id for i in reply.items if i.record_id))
        # "ตัวที่สอง" after a count naming each thing it counts, or after a ranking's one
        picks = self.whole.picks(ask) if len(shown) <= 1 and not reply.fallback else ()
        shown = shown or picks
        kept_list = context.listed if context else ()  # "the best" of a list keeps the list, else its ranking
        listed = (*shown, *reply.more) if len(shown) > 1 else (kept_list or (picks if len(picks) > 1 else ()))
        if more and context is not None:  # the rest of the same list: places count on
            listed = context.listed
        whole = f"{ask.kind}|{','.join(ask.groups)}" + (f"|{ask.part.section}" if ask.part else "")
        alone = len(shown) == 1 and not reply.more  # one item told (none kept for "ดูเพิ่ม") is the topic now
        told = reply.record_id or (shown[0] if alone else None)
        self.contexts.put(session_id, Context(told, None, lang, listed, whole, reply.more))
        return reply

    def event_of(self, inbound: Inbound) -> str | None:
        """The channel's event, or /start or /help typed in any channel (with @botname in Telegram groups)."""
        if inbound.event is not None:
            return inbound.event
        name = (inbound.command or "").removeprefix("/")
        return name if name in self._events else None

    def _on_event(self, event: str, session_id: str, context: Context | None, asked: str | None = None) -> Reply:
        """A channel event answered by the intent declaring it: a greeting for a follow or /start, a
        whole-report answer for a menu button (overview, behind target, a group listed); a non-text
        message or an expired button by its sentence in the replies. An event has no words to tell its
        language: it is the one the channel asks for (the web page's), else the conversation's."""
        lang = asked or (context.lang if context else "th")
        intent = self._events.get(event)
        if intent is not None and intent.aggregate is not None:
            ask = self.whole.for_event(intent.aggregate, tuple(intent.event_groups.get(event, ())))
            return self._whole(ask, session_id, context, lang)
        if intent is not None:
            return self._smalltalk(intent, lang)
        if event not in self.say.words:  # an event nothing answers: greet rather than fail
            return self._plain("empty", lang, fallback=True, suggestions=self.starters(lang))
        return Reply(self.say.say(event, lang), self.starters(lang), (), event, 1.0, False, None, lang)

    def _decide(
        self, understanding: Understanding, readings: list[Candidate], context: Context | None, lang: str
    ) -> Reply:
        """`readings` are the best reading of each measure, best first: those above the bar are usable."""
        if not understanding.norm.compact:
            return self._plain("empty", lang, fallback=True, suggestions=self.starters(lang))
        usable = [c for c in readings if c.score >= MATCH]
        usable = self._past_the_report(self._past_cue_words(usable, understanding), understanding)
        top = next((c for c in usable if c.grounded), None) or self._dominant(usable)
        declined = self.intents[understanding.out_of_scope] if understanding.out_of_scope else None
        if declined is not None and declined.reply is not None:  # an opinion: its own sentence
            return Reply(getattr(declined.reply, lang), self.starters(lang), (), "fallback", 0.0, True, None, lang)
        if understanding.out_of_scope:
            return self._fallback("live", lang, understanding, closest=top.record if top else None)
        if understanding.missing_part is not None:
            return self._part_missing(*understanding.missing_part, lang)
        listed = context.listed if context else ()
        place = understanding.positions[0] if understanding.positions else None
        if place is not None and listed and not (top and top.grounded) and not 0 < abs(place) <= len(listed):
            text = self.say.say("list_has", lang, n=len(listed))  # "ตัวที่ 9" of a list of 7
            return Reply(text, self.starters(lang), (), "fallback", 0.0, True, None, lang)
        if understanding.more and listed:  # "ดูเพิ่ม" when the whole list was told
            return Reply(self.say.say("list_done", lang), self.starters(lang), (), "list_done", 1.0, False, None, lang)
        decision = self._of_the_report(understanding, top) or self._pick(understanding, usable, top, context)
        if decision is None:
            if understanding.smalltalk is not None:
                return self._smalltalk(understanding.smalltalk, lang)
            return self._fallback("unknown", lang, understanding, closest=self._closest(understanding))
        # "สวัสดีค่ะ ถามเรื่องรายงานได้ไหม": no topic chosen yet, so the small talk is answered; a guess beside a
        # greeting (the intent a chat starts with) too, not beside any small-talk word (ใช้งาน in a question)
        talk = understanding.smalltalk
        greeting = talk is not None and "start" in talk.events
        if talk is not None and (isinstance(decision, list) or (greeting and decision.confidence < GREETED_BELOW)):
            return self._smalltalk(talk, lang)
        if isinstance(decision, list):
            return self._clarify(decision, lang)
        figure = self._figure_talked(decision.record.id, understanding, context)
        year = self._year_in_passing(decision.record.id, understanding, context) if decision.follow_up else None
        asked = self._attributes_talked(decision.record.id, understanding, context)
        if asked and not understanding.attributes:  # "แล้วปี 66 ล่ะ" after CPI 2567's place in ASEAN: that year's
            kept = tuple((w, self.nlu.normalize(w).compact) for w in asked)
            understanding = dataclasses.replace(understanding, attributes=kept)
        return self._answer(dataclasses.replace(decision, figure=figure, year=year), understanding, lang)

    def _attributes_talked(
        self, record_id: str | None, understanding: Understanding, context: Context | None
    ) -> tuple[str, ...]:
        """The attributes asked of the topic (as the language data words them): this question's, or, when it
        names only a year of the same measure ("แล้วปี 66 ล่ะ"), the last turn's."""
        if understanding.attributes:
            return tuple(w for w, _ in understanding.attributes)
        kept = context is not None and context.asked and context.record_id in self.records and record_id
        if not kept or not understanding.only_years:
            return ()
        return context.asked if self._measure(context.record_id) == self._measure(record_id) else ()

    def _year_in_passing(
        self, record_id: str | None, understanding: Understanding, context: Context | None
    ) -> int | None:
        """The one year asked when the topic's record is not that year's own ("WJP 2024" told by the 2025
        news, "up from 78th"), or, asked of no year, the one the last turn kept on the same measure: the year
        the talk is about, so "and its score?" asks that year's."""
        record = self.records.get(record_id) if record_id else None
        if record is None or record.id not in self.series:
            return None
        years = understanding.norm.years
        if understanding.norm.last_year is not None:  # "ปีก่อนล่ะ": the year before, if only told in passing
            return self._year_before_in_passing(record)
        if len(years) == 1:  # not a year the record never tells, nor its own
            told = years[0] not in _own_years(record) and years[0] in record.known_years()
            return years[0] if told else None
        kept = context is not None and context.year is not None and context.record_id in self.records
        if years or not kept or understanding.latest or understanding.previous or understanding.following:
            return None
        return context.year if self._measure(context.record_id) == self._measure(record.id) else None

    def _year_before_in_passing(self, record: Record) -> int | None:
        """The year before the record's, when no year of its measure is that year's own and the record tells
        it beside its own figures ("up from 78th the year before"): "last year" asked of it is that year."""
        members = self.series.get(record.id)
        before = record.year - 1
        if not members or any(m.year == before for m in members):
            return None
        return before if before in record.known_years() and before not in _own_years(record) else None

    def _figure_talked(
        self, record_id: str | None, understanding: Understanding, context: Context | None
    ) -> tuple[str, ...]:
        """Which of a topic's figures is talked about: the question's words naming one, else the last turn's
        on the same measure ("why did it fall?" after government efficiency was asked), or the kind asked
        when it picks out some of its figures, not all ("cpi rank", then "compared to 2024?": the ranks)."""
        record = self.records.get(record_id) if record_id else None
        if record is None:
            return ()
        named = self._figure_named(record, understanding) or self._kind_picking(record, understanding)
        if named or context is None or context.record_id not in self.records:
            return named
        return context.figure if self._measure(context.record_id) == self._measure(record.id) else ()

    def _figure_named(self, record: Record, understanding: Understanding) -> tuple[str, ...]:
        """The words of one of a record's figure labels, not every label's, that the question says: "government
        efficiency" or "อันดับรวม", not the "IMD" every label holds ("ประสิทธิภาพภาครัฐ" names "ประสิทธิภาพของ
        ภาครัฐ" word by word)."""
        if len(record.figures) < 2:
            return ()
        labels = [label.words | label.pairs for label in self._labels_of(record)]
        own = sorted(frozenset().union(*labels) - frozenset.intersection(*labels))
        return tuple(w for w in own if w in understanding.norm.compact)

    def _kind_picking(self, record: Record, understanding: Understanding) -> tuple[str, ...]:
        """The words of the kinds of figure asked ("rank") when some of the record's figures are of those
        kinds and others are not. The label reading drops kind words as too common to name a figure, so "cpi
        2025 rank" names none by its label; the kind still tells which figure a follow-up compares."""
        kinds = {kind for _, kind in understanding.measures}
        picked = [bool(kinds & self._kinds_of(f)) for f in record.figures]
        if not any(picked) or all(picked):
            return ()
        return self._kind_words(understanding)

    def _labels_of(self, record: Record) -> tuple[LabelWords, ...]:
        """Its figures' labels read as questions are, once: a record's labels do not change while served, and
        several checks of every question look at them."""
        read = self._labels.get(record.id)
        if read is None:
            read = self._labels[record.id] = tuple(self._read_label(f) for f in record.figures)
        return read

    def _read_label(self, figure: Figure) -> LabelWords:
        label = self.nlu.normalize(f"{figure.label.th} {figure.label.en}")
        tokens = [t.replace(" ", "") for t in self.nlu.tokens(label.text) if t.strip()]
        unit = self.nlu.normalize(f"{figure.unit.th} {figure.unit.en}").compact if figure.unit else ""
        pairs = frozenset(a + b for a, b in pairwise(tokens))
        return LabelWords(frozenset(self.nlu.words(label.text)), pairs, label.compact, unit)

    # ---- choosing the record ----------------------------------------------------------------
    def _past_cue_words(self, usable: list[Candidate], understanding: Understanding) -> list[Candidate]:
        """ "แนวโน้ม ITA เป็นยังไง": a reading grounded only by words standing inside the question's cues
        (แนวโน้ม asks a trend, and is an alias of the trending provinces too) gives way to a reading of another
        section grounded by a name of its own (not HPP to its own trending provinces)."""
        said = [cue for cue in self.nlu.cue_words if cue in understanding.norm.compact]
        by_cues = [c for c in usable if c.grounded and self._only_in_cues(c, said)]
        named = [c for c in usable if c.grounded and c not in by_cues]
        if (
            not by_cues
            or not named
            or any(set(c.record.sections) & set(n.record.sections) for c in by_cues for n in named)
        ):
            return usable
        return [c for c in usable if c not in by_cues]

    def _past_the_report(self, usable: list[Candidate], understanding: Understanding) -> list[Candidate]:
        """ "The report Thailand made with the OECD": the first grounded reading, about the report itself,
        lacks clue words another grounded reading holds most of. It names the report in passing: the topic
        is asked of, and the report is no rival reading of the question. When it holds none of them ("what
        models did OPDC study": only the name read it), an ungrounded reading holding most of them will do."""
        about = self.bundle.about_the_source
        top = next((c for c in usable if c.grounded), None)
        if top is None or top.record.id not in about:
            return usable
        clues = [w for w in understanding.clues if not w.isdigit()]
        unheld = [w for w in clues if self._unheld(top.record, (w,))]
        only_named = len(unheld) == len(clues)
        asked = {compact for _, compact in understanding.attributes}  # "OPDC's budget": asked of it, no clue away
        lacking = [w for w in unheld if w not in asked]
        holds = [
            c
            for c in usable
            if (c.grounded or only_named)
            and c.record.id not in about
            and 2 * self._unheld(c.record, lacking) < len(lacking)
        ]
        return [c for c in usable if c is not top] if lacking and holds else usable

    def _of_the_report(self, understanding: Understanding, top: Candidate | None) -> Decision | None:
        """ "รายงานนี้ใครเป็นคนทำ": a detail (who, when, why, where) asked of the report itself is told by the
        record about the report that gives it and holds most of the question's words, rather than a
        clarification between topics that merely mention a report; only when it holds every word asked. A topic
        named exactly answers instead. The first detail asked is the one ("who publishes the report": who,
        though the source is asked first)."""
        asked = (self.intents[n] for n in understanding.intents if not self.intents[n].aggregate)
        intent = next((i for i in asked if i.strict and i.answers is not None), None)
        if not understanding.whole or intent is None:
            return None
        if top is not None and top.grounded:
            return None
        detail = intent.answers
        givers = [r for r in self._about_source if _gives(r, detail)]
        if not givers:
            return None

        def held(record: Record) -> tuple[int, int]:  # the question's words it holds anywhere, then in the detail
            profile = self.profiles[record.id]
            return sum(profile.mentions(w) for w in understanding.words), profile.overlap(understanding.words, detail)

        best = max(givers, key=held)
        return Decision(best, intent.name, EXPLAINED_CONFIDENCE) if self._explains(best, understanding) else None

    def _measure(self, record_id: str) -> str:
        """What a record measures: its series (by the first member's id), or the record itself."""
        members = self.series.get(record_id)
        return members[0].id if members else record_id

    def _one_per_series(self, candidates: list[Candidate]) -> list[Candidate]:
        """The best reading of each measure: the years of one series are not rival topics."""
        seen: set[str] = set()
        kept = []
        for candidate in candidates:
            measure = self._measure(candidate.record.id)
            if measure not in seen:
                seen.add(measure)
                kept.append(candidate)
        return kept

    def _year_of_series(self, decision: Decision, understanding: Understanding) -> Record:
        """The member of the record's series the question means: the year asked; the one before
        ("ก่อนหน้านั้น"); else the newest, unless only older ones give the figure the question names, or an
        older one holds clearly more of the question's words (a detail only that year's source gives), or a
        follow-up keeps the year it was about. No member holds the year asked:
        the record itself, for the decline."""
        members = self.series.get(decision.record.id)
        if not members:
            return decision.record
        last_year = understanding.norm.last_year is not None and not self._asks_trend(understanding)
        if last_year:  # "last year" of a measure: the year before its newest
            base = self._position_in(members, decision.record) if decision.follow_up else len(members) - 1
            current = members[base] if base < len(members) else decision.record
            if self._year_before_in_passing(current) is not None:  # WJP 2568's "up from 78th the year before"
                return current
            return members[max(0, base - 1)]
        if understanding.norm.years:
            # "EGDI's target for 2565": the year whose source sets a target for it (a result year asked too,
            # "ITA ปี 2566 เทียบเป้าปี 2565", is the year told, against that target)
            only_targets = set(understanding.norm.years) <= set(understanding.target_years)
            targeted = any(self.intents[n].target_first for n in understanding.intents)
            setting = self._setting_the_target(members, understanding) if only_targets and targeted else None
            if setting is not None:
                return setting
            chosen = member_for(members, understanding.norm.years)
            since = len(understanding.norm.years) == 1 and self._asks_since(understanding)
            if chosen is not None and since and (self._since_the_year(understanding) or chosen.id == members[0].id):
                # "since 2020", "ดีขึ้นไหมเมื่อเทียบกับปี 65" (or the series' first year, which ends no change):
                # from that year to the newest
                return members[-1]
            return self._member_telling(chosen, members, understanding) if chosen else decision.record
        if understanding.previous and not self._set_against_previous(understanding):
            base = self._position_in(members, decision.record) if decision.follow_up else len(members)
            return members[max(0, base - 1)]
        kept = decision.previous is not None and any(r.id == decision.previous.id for r in members)
        if kept and not understanding.latest and not self._asks_trend(understanding):
            return decision.previous  # the same measure named again: still the year the talk is about
        if decision.follow_up and not understanding.latest:
            return decision.record
        newest = members[-1]
        if understanding.latest or self._extreme_year(understanding):
            return newest  # "ปีไหนสูงสุด" is told over every year, up to the newest

        older = self._older_detail(members, newest, understanding) or self._role_told_before(members, understanding)
        if older is not None:
            return older
        saying = self._year_saying_it(members, understanding)
        if saying is not None:
            return saying
        kinds = {kind for _, kind in understanding.measures}
        if kinds and not kinds <= self.profiles[newest.id].kinds:  # "กี่คะแนน" when the newest gives a rank
            giving = [r for r in members if kinds <= self.profiles[r.id].kinds]
            if giving:
                return giving[-1]
        intent = self.intents.get(decision.intent)
        if intent is not None and intent.target_first:  # a target belongs to a year: the newest year that sets one
            setting = self._setting_the_target(members, understanding)  # "the 2024-27 plan's": its deadline's
            if setting is not None:
                return setting
            targeted = [r for r in members if any(f.target is not None for f in r.figures)]
            if targeted and targeted[-1] is not newest:
                return targeted[-1]
        named = self._figures_named(members, understanding)
        if max(named.values()) > named[newest.id] == 0:  # a figure only older years give: the newest that does
            return max((r for r in members if named[r.id] == max(named.values())), key=lambda r: r.year)

        def told(record: Record) -> int:  # the most of the question's words one part of the record holds
            profile = self.profiles[record.id]
            return max(profile.overlap(understanding.words, part) for part in profile.parts)

        best = max(members, key=lambda r: (told(r), r.year))
        better = told(best) >= told(newest) + 2
        return best if better else newest

    def _member_telling(self, chosen: Record, members: tuple[Record, ...], understanding: Understanding) -> Record:
        """The member for the year asked, unless it lacks clue words of the question that another member
        holds beside that year: "HCI ปี 2022" is told by the 2024 source ("up from 0.7879 in 2022")."""
        gaps = [w for w in understanding.clues if not w.isdigit() and not self.nlu.holds(chosen.id, w)]
        if not gaps:
            return chosen
        years = {y for be in understanding.norm.years for y in (be, be - BE_OFFSET)}

        def fills(member: Record) -> int:  # the missing words it says beside the year asked
            profile = self.profiles[member.id]
            return sum(any(profile.beside(w, year) for year in years) for w in gaps)

        best = max((m for m in members if m is not chosen), key=fills, default=None)
        return best if best is not None and fills(best) else chosen

    def _short_year(self, record: Record, understanding: Understanding) -> Understanding:
        """People write a measure's year as two bare digits ("ITA 67", "ITA66", "ปี 66 ไป 67"): a number
        the series holds results for as 25NN is that year. Any other number stays a number (ITA 85 is a
        score), and a plan's span of years ("ยุทธศาสตร์ 67-70", a deadline) is the plan's name."""
        norm = understanding.norm
        if record.id not in self.series:
            return understanding
        held = set(self._years_held(record))
        text = PLAN_SPAN.sub(" ", norm.text) if norm.deadlines else norm.text
        # a band after a kind of figure ("คะแนน 65-70") holds scores, not years
        bands = [
            m for m in SHORT_PAIR.finditer(text) if text[: m.start()].replace(" ", "").endswith(self._measure_words)
        ]
        for band in reversed(bands):
            text = text[: band.start()] + " " + text[band.end() :]
        found = [SHORT_YEAR + int(n) for n in SHORT_NUMBER.findall(text)]
        named = self._years_after_the_name(record, text)  # "CPI 69": that year, held or not (then declined)
        years = tuple(dict.fromkeys(y for y in found if (y in held or y in named) and y not in norm.years))
        if not years:
            return understanding
        # "WJP 65-68": a dash between two short numbers, one of them a year held, written out in full is read
        # as the year reader reads any range
        held_pair = next(
            (m for m in SHORT_PAIR.finditer(text) if {SHORT_YEAR + int(n) for n in m.groups()} & held), None
        )
        between = norm.between
        if held_pair is not None and not between:
            first, last = (SHORT_YEAR + int(n) for n in held_pair.groups())
            between = self.nlu.normalize(f"{first}-{last}").between
        return dataclasses.replace(
            understanding, norm=dataclasses.replace(norm, years=(*norm.years, *years), between=between)
        )

    def _years_after_the_name(self, record: Record, text: str) -> set[int]:
        """Two digits right after the measure's own name ("CPI 69", "เลิศรัฐ 68") are a year near those the
        knowledge holds, unless a count or unit follows ("HPP 20 จังหวัด") or they fall far from them ("ITA 85"
        is a score)."""
        names = {n for m in self.series[record.id] for n in self.profiles[m.id].each_name}
        return {
            year
            for m in NAME_THEN_TWO.finditer(text)
            if any(m.group(1).endswith(n) for n in names)
            and not self.nlu.count_follows(text, m.end())
            and self.nlu.near_held_years(year := SHORT_YEAR + int(m.group(2)))
        }

    def _older_detail(self, members: tuple[Record, ...], newest: Record, understanding: Understanding) -> Record | None:
        """ "What is the ITA pass mark?": the definition asked, which the newest year lacks and an older year's
        source gives in the words it is asked by (2566 defines the "pass mark"; "ITA คืออะไร" asks none of its
        words). A definition holds for any year; so, asked of no year, does the one reason held ("ทำไมคะแนน
        ITA เพิ่มขึ้น": 2564's, told with that year's statement). Another year's who or when would be told as
        this year's."""
        asked = next((self.intents[n] for n in understanding.intents if not self.intents[n].lists), None)
        detail = _detail_asked(asked) if asked is not None else None
        timeless = detail == "definition" or (detail == "why" and not understanding.norm.years)  # "ITA ย่อมาจาก"
        kept = detail is not None and (not asked.strict or timeless)
        if asked is None or detail is None or not kept or _gives(newest, detail):
            return None
        if asked.strict:  # the reason: the newest year giving one
            return next((r for r in reversed(members) if _gives(r, detail)), None)
        # the cue's own words, the question's other than the topic's names ("ถึงจะผ่านเกณฑ์": เกณฑ์), and the
        # kind of figure counted ("ต้องได้กี่คะแนนถึงจะผ่าน": a mark in คะแนน)
        names = self.profiles[newest.id].names
        counted = understanding.count_of
        measure = (self.nlu.normalize(counted).compact,) if counted and self.nlu.is_measure_word(counted) else ()
        words = (
            *self.nlu.asked_by(asked.name, understanding.norm),
            *(w for w in understanding.words if w not in names),
            *measure,
        )

        def says_it(record: Record) -> bool:
            given = getattr(record.details, detail)
            said = self.nlu.normalize(f"{given.th} {given.en}").compact if given is not None else ""
            return any(w in said for w in words)

        return next((r for r in reversed(members) if says_it(r)), None)

    @staticmethod
    def _setting_the_target(members: tuple[Record, ...], understanding: Understanding) -> Record | None:
        """The newest year whose figures set a target for a target year asked ("เป้าปี 70")."""
        asked = set(understanding.target_years)
        setting = [m for m in members if any(f.target_year in asked for f in m.figures if f.target is not None)]
        return setting[-1] if setting else None

    @staticmethod
    def _position_in(members: tuple[Record, ...], record: Record) -> int:
        return next(i for i, r in enumerate(members) if r.id == record.id)

    def _asks_trend(self, understanding: Understanding) -> bool:
        """Over the years ("ดีขึ้นไหม", "since 2020", "ปีไหนสูงสุด"): the year asked (or the newest) with those
        before it."""
        trend = any(self.intents[name].trend for name in understanding.intents) or understanding.years_back > 1
        return trend or self._extreme_year(understanding) is not None

    def _asks_since(self, understanding: Understanding) -> bool:
        """A trend from the year named ("since 2020", "เทียบกับปี 63"), not that year against the one before
        ("ปี 64 เทียบกับปีก่อน")."""
        return self._asks_trend(understanding) and not self._against_year_before(understanding)

    def _since_the_year(self, understanding: Understanding) -> bool:
        """A since word right before the year asked ("เมื่อเทียบกับปี 65", "since 2022"), not before a target,
        an average or "the prior year" ("compared to the prior year" of IMD 2023 is that year's own change)."""
        (year,) = understanding.norm.years
        typed = {str(year), str(year - 543), str(year % 100), str((year - 543) % 100)}
        return any(
            found.group(1) in typed
            for word in self._since_words
            for found in re.finditer(rf"{re.escape(word)}\D{{0,{SINCE_YEAR_GAP}}}?(\d+)", understanding.norm.compact)
        )

    def _against_year_before(self, understanding: Understanding) -> bool:
        """ "เทียบกับปีก่อน", "than last year": a year set against the one before it."""
        return any(word in understanding.norm.compact for word in self._year_before)

    def _set_against_previous(self, understanding: Understanding) -> bool:
        """ "เทียบกับปีก่อนหน้า", "compared to the year before": the year talked of set against the one before
        it, not the one before asked."""
        return any(
            re.search(rf"{re.escape(since)}.{{0,{SINCE_YEAR_GAP}}}{re.escape(before)}", understanding.norm.compact)
            for since in self._since_words
            for before in self._year_before
        )

    def _extreme_year(self, understanding: Understanding) -> str | None:
        """ "ITA ปีไหนได้คะแนนสูงสุด": a which-year cue beside a best or worst one asks the best (or worst) year
        of the measure, told from each year's figure."""
        if not any(self.intents[name].period for name in understanding.intents):
            return None
        kinds = (self.intents[name].aggregate for name in understanding.intents)
        return next((kind for kind in kinds if kind in ("best", "worst")), None)

    def _years_held(self, record: Record) -> list[int]:
        """The years the measure has results for (a target for a later year is not a result)."""
        members = self.series.get(record.id, (record,))
        return sorted({y for r in members for y in r.known_years() - r.target_only_years()})

    def _cadence(self, record: Record) -> int:
        """Years between the measure's rounds: the smallest step between years its figures give (EGDI's
        surveys two years apart; a yearly measure missing a year is still yearly)."""
        held = sorted({y for m in self.series.get(record.id, (record,)) for y in self._figure_years(m)})
        return min((b - a for a, b in pairwise(held)), default=1)

    def _nothing_before(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "And the year before?" right after the earliest year held (EGDI 2563 in the 2564 report, its one
        year): stepping back finds the same record, and telling it again would answer as if for the year before."""
        if not (understanding.previous and decision.follow_up) or understanding.norm.years:
            return None
        members = self.series.get(record.id, (record,))
        figure_years = self._figure_years(record)
        if record.id != decision.record.id or record.id != members[0].id or len(figure_years) != 1:
            return None
        (told,) = figure_years
        known = self.say.year(told, lang)
        asked = self.say.year(told - self._cadence(record), lang)
        return self._fallback("year", lang, understanding, closest=record, asked=asked, known=known)

    @staticmethod
    def _figure_years(record: Record) -> set[int]:
        """The years its figures give a value for: their own, later ones and the one a change is from."""
        years = {f.year for f in record.figures} | {v.year for f in record.figures for v in f.later}
        return years | {f.change_since.year for f in record.figures if f.change_since is not None}

    def _figures_named(self, members: tuple[Record, ...], understanding: Understanding) -> dict[str, int]:
        """For each member, how many of the question's own words (not the measure's name, which every
        member's names hold) its best-named figure label holds: 0 when the question names none of them."""
        own = [w for w in understanding.words if not all(w in self.profiles[m.id].names for m in members)]
        return {m.id: max((answer.label_shares(f, own) for f in m.figures), default=0) for m in members}

    def _only_explaining(self, options: list[Candidate], understanding: Understanding) -> Decision | None:
        """Of readings close enough to ask "which one?", the only one holding every word asked, if there is
        one ("ก.พ.ร. แนะนำ...": the Commission's comments do, the Office's own record does not); asked of the
        report itself ("รายงานนี้..."), the only one about the report. Asked how many of something, first the
        only one that counts it. When none holds every word, one holding all the others hold and `MORE_HELD`
        more is meant (the institute's survey, named with its city and services, over citizen satisfaction)."""
        counted = understanding.count_of
        counting = [c for c in options if counted and self.profiles[c.record.id].how_many(counted) is not None]
        if len(counting) == 1:  # "กี่ยุทธศาสตร์": the one that counts them ("3 ยุทธศาสตร์")
            return Decision(counting[0].record, self._intent(understanding, None), EXPLAINED_CONFIDENCE)
        explaining = [c for c in options if self._explains(c.record, understanding)]
        if understanding.whole and len(explaining) != 1:  # of the report itself: its own records explain it
            explaining = [c for c in options if c.record.id in self.bundle.about_the_source]
        asked = [compact for _, compact in understanding.attributes]
        if not explaining and asked:  # "แอปทางรัฐมียอดดาวน์โหลดเท่าไหร่": the one lacking only what is asked
            words = _worded(understanding)  # of it (downloads), not the report's download page lacking the app

            def unheld(record: Record) -> list[str]:
                return [w for w in words if not self.profiles[record.id].mentions(w)]

            only = [c for c in options if all(any(w in a for a in asked) for w in unheld(c.record))]
            fewest = min((len(unheld(c.record)) for c in only), default=0)  # the one saying more of what is
            explaining = [c for c in only if len(unheld(c.record)) == fewest]  # asked: "เปิดตัว" of the app
        if not explaining:  # none holds every word: the one holding two more than each other does, beyond the
            # one word at most that the other holds and it lacks ("บริการออนไลน์ที่รองรับดิจิทัลไอดี": digital ID's
            # services hold รองรับ, ดิจิทัล, ไอ; e-services only ออนไลน์ beside บริการ)
            held = {c.record.id: self._held(c.record, understanding) for c in options}

            def outholds(mine: frozenset[str], theirs: frozenset[str]) -> bool:
                lacking = len(theirs - mine)
                return lacking <= 1 and len(mine - theirs) >= MORE_HELD + lacking

            explaining = [
                c for c in options if all(outholds(held[c.record.id], held[o.record.id]) for o in options if o is not c)
            ]
            if not explaining and understanding.target_years:  # "digital id e-services target by 2027": of those
                most = max(len(words) for words in held.values())  # holding the most words, the one whose measure
                explaining = [  # sets a target due in that year ("... 2565 target" of digital ID: none does)
                    c
                    for c in options
                    if len(held[c.record.id]) == most
                    and self._setting_the_target(self.series.get(c.record.id, (c.record,)), understanding)
                ]
        if len(explaining) != 1:
            return None
        return Decision(explaining[0].record, self._intent(understanding, None), EXPLAINED_CONFIDENCE)

    def _explains(self, record: Record, understanding: Understanding, series: bool = False) -> bool:
        """The record (or, with `series`, some year of its measure) holds every word of the question; words
        of one letter, such as 's, are no words."""
        members = self.series.get(record.id, (record,)) if series else (record,)
        return all(any(self.profiles[m.id].mentions(w) for m in members) for w in _worded(understanding))

    def _held(self, record: Record, understanding: Understanding) -> frozenset[str]:
        """The question's words the record holds."""
        return frozenset(w for w in _worded(understanding) if self.profiles[record.id].mentions(w))

    def _holds_more(self, record: Record, other: Record, understanding: Understanding) -> bool:
        """The record holds every word of the question the other holds, and a clue word more: not a counter
        ("เป็นคนจัด" says คน of who ran it, no count of people)."""
        mine, theirs = self._held(record, understanding), self._held(other, understanding)
        clues = {w for w in understanding.clues if not self.nlu.is_counter_word(w)}
        return theirs <= mine and bool((mine - theirs) & clues)

    @staticmethod
    def _dominant(usable: list[Candidate]) -> Candidate | None:
        """One clue but a clear winner: well above the bar and far ahead of the next reading."""
        if not usable or not usable[0].evidence or usable[0].score < DOMINANT_SCORE:
            return None
        second = usable[1].score if len(usable) > 1 else 0.0
        return usable[0] if usable[0].score >= DOMINANT_RATIO * second else None

    @staticmethod
    def _only_in_cues(hint: Candidate, said: list[str]) -> bool:
        """Every clue of a weak reading stands inside a cue the question says ("ดีขึ้น" in "ดีขึ้นมั้ย"): it
        asks how, not what, so a follow-up keeps its topic."""
        return bool(hint.matched) and all(any(term.replace(" ", "") in cue for cue in said) for term in hint.matched)

    def _fits_unnamed(self, top: Candidate, understanding: Understanding, record_id: str) -> bool:
        """A reading that only the topic's keywords ground, none of its names, of a question whose every word
        the topic being discussed holds as well, each a word of its own (not "pm" inside "shopmall"), in the
        year asked if it has one: "กี่หน่วยงานได้รางวัล" after the DG Awards asks of those awards, not of
        another whose keywords say ได้รางวัล."""
        if not top.grounded or top.named or self._measure(top.record.id) == self._measure(record_id):
            return False
        series = self.series.get(record_id, (self.records[record_id],))
        asked = set(understanding.norm.years)
        members = [m for m in series if m.year in asked] or series
        return all(any(self.nlu.holds(m.id, w) for m in members) for w in _worded(understanding))

    def _fits(self, hint: Candidate, record_id: str) -> bool:
        """Do a weak reading's clue words also fit the current topic? Then the question stays on it."""
        return self._measure(hint.record.id) == self._measure(record_id) or all(
            self.profiles[record_id].mentions(term.replace(" ", "")) for term in hint.matched
        )

    def _intent(self, understanding: Understanding, context: Context | None) -> str:
        """What is asked about the topic: the first intent that is not about the whole report."""
        asked = [name for name in understanding.intents if not self.intents[name].aggregate]
        if asked:
            return asked[0]
        carried = context.intent if context and context.intent else ABOUT
        if understanding.asks_what and not understanding.counts_asked and self.intents[carried].needs_number:
            return ABOUT  # "แล้วที่ได้ UNPSA ล่ะ ผลงานอะไร": what it was, not the last turn's how many
        return carried

    def _picked_from_list(
        self, understanding: Understanding, context: Context | None, top: Candidate | None
    ) -> Decision | None:
        """ "ตัวที่สอง", "the last one": a place in the list the bot gave, unless a topic is named. The last is
        the last shown (those kept for "ดูเพิ่ม" were not seen), unless the whole list is named ("ทั้งหมด",
        "ของทั้ง 10 รายการ")."""
        if not understanding.positions or context is None or not context.listed or (top and top.grounded):
            return None
        place = understanding.positions[0]
        whole = understanding.complete or any(n == len(context.listed) for n, _ in understanding.sets)
        told = len(context.listed) if whole else len(context.listed) - len(context.more)
        index = place - 1 if place > 0 else told + place
        if place == 0 or not 0 <= index < len(context.listed):
            return None
        record = self.records.get(context.listed[index])
        if record is None:
            return None
        return Decision(record, self._intent(understanding, None), FOLLOW_UP_CONFIDENCE, follow_up=True)

    def _explained_only_by(self, previous_topic: str, top: Candidate, understanding: Understanding) -> bool:
        """The topic being discussed holds every word of the question, and a reading that only one clue made
        dominant does not: a follow-up on a part of it, not a new topic."""
        previous = self.records[previous_topic]
        return self._explains(previous, understanding, series=True) and not self._explains(
            top.record, understanding, series=True
        )

    def _named_only_by_attributes(self, top: Candidate, understanding: Understanding, previous_topic: str) -> bool:
        """The reading named only by words the question asks as an attribute ("and in ASEAN?": ASEAN, an
        alias of the ASEAN conference too), as the kind of figure ("แล้วปี 64 ล่ะ อันดับเท่าไร": IMD's keyword
        อันดับ) or, asked how much, as a change ("แล้วเพิ่มขึ้นเท่าไหร่" after HPP: ITA's keyword เพิ่มขึ้น), after
        another topic: a follow-up asking that of the topic being discussed (which may not state it), not a
        new topic ("แล้วอะไรลดลงบ้าง" asks no amount: not carried)."""
        kinds = set(self._kind_words(understanding))  # "score ... คะแนน"
        how_much = any(self.intents[name].needs_number for name in understanding.intents)
        changes = set(self._change_words) if how_much else set()
        asked = {compact for _, compact in understanding.attributes} | kinds | changes
        return bool(top.matched) and set(top.matched) <= asked and top.record.id != previous_topic

    def _kind_words(self, understanding: Understanding) -> tuple[str, ...]:
        """Every word of each kind of figure the question asks (`measure_words`), compact: "scores" asks
        คะแนน and points as well."""
        return tuple(w for _, kind in understanding.measures for w in self._measure_units[kind])

    def _carried_over(self, previous_topic: str, understanding: Understanding, context: Context | None) -> Decision:
        """A follow-up: the last turn's topic, with the intent this turn asks (or the last one's)."""
        intent = self._intent(understanding, context)
        return Decision(self.records[previous_topic], intent, FOLLOW_UP_CONFIDENCE, follow_up=True)

    def _pick(
        self, understanding: Understanding, usable: list[Candidate], top: Candidate | None, context: Context | None
    ) -> Decision | list[Candidate] | None:
        previous_topic = context.record_id if context and context.record_id in self.records else None
        picked = self._picked_from_list(understanding, context, top)
        if picked is not None:
            return picked
        if (
            top is not None
            and not top.grounded
            and previous_topic
            and self._explained_only_by(previous_topic, top, understanding)
        ):
            return self._carried_over(previous_topic, understanding, context)  # "แล้วด้านความปลอดภัยล่ะ"
        if top is not None and previous_topic and self._fits_unnamed(top, understanding, previous_topic):
            return self._carried_over(previous_topic, understanding, context)  # "ปี 2024 ล่ะ กี่หน่วยงานได้รางวัล"
        if top is None:
            said = [cue for cue in self.nlu.cue_words if cue in understanding.norm.compact]  # once, not per hint
            hinted = [c for c in usable if c.evidence and not self._only_in_cues(c, said)]
            follows = (
                previous_topic and understanding.known and understanding.smalltalk is None
            )  # gibberish is not a follow-up
            if follows and (
                not hinted
                or self._fits(hinted[0], previous_topic)
                or self._named_only_by_attributes(hinted[0], understanding, previous_topic)
            ):
                return self._carried_over(previous_topic, understanding, context)
            if len(hinted) >= 2 and set(hinted[0].record.sections) & set(hinted[1].record.sections):
                # two weak readings of one section of the report: tell both rather than ask, first the one
                # holding every word asked ("สศก. มีชุดข้อมูลอะไร": open data's datasets, not the GDX link)
                first, second = hinted[0].record, hinted[1].record
                if self._explains(second, understanding) and not self._explains(first, understanding):
                    first, second = second, first
                return Decision(first, self._intent(understanding, None), FOLLOW_UP_CONFIDENCE, second)
            if len(hinted) < 2:
                return None
            return self._only_explaining(hinted[:MAX_OPTIONS], understanding) or hinted[:MAX_OPTIONS]
        if previous_topic and self._named_only_by_attributes(top, understanding, previous_topic):
            return self._carried_over(previous_topic, understanding, context)  # "and in ASEAN?" after CPI
        runner = next((c for c in usable if c is not top and (c.grounded or not top.grounded)), None)
        if runner and runner.score >= CLOSE_CALL * top.score:
            # the topic being discussed is among the close readings ("อันดับในอาเซียนล่ะ" after CPI, which five
            # rankings give alike): the follow-up stays on it
            close = {self._measure(c.record.id) for c in usable if c.score >= CLOSE_CALL * top.score}
            if previous_topic and self._measure(previous_topic) in close:
                # ...unless a close reading holds clue words it lacks ("มีแนวโน้มจะเป็น" after HPP: its trending ten)
                held = self.records[previous_topic]
                richer = [
                    c
                    for c in usable
                    if c.grounded
                    and c.score >= CLOSE_CALL * top.score
                    and self._holds_more(c.record, held, understanding)
                ]
                if not richer:
                    return self._carried_over(previous_topic, understanding, context)
                intent = self._intent(understanding, context)
                return Decision(richer[0].record, intent, EXPLAINED_CONFIDENCE, previous=held)
            if not set(top.record.sections) & set(runner.record.sections):
                return self._only_explaining([top, runner], understanding) or [top, runner]
        close = runner is not None and runner.score >= SIBLING * top.score
        # a sibling is told beside the answer under one citation: only from the same source
        sibling = runner.record if close and set(runner.record.sections) & set(top.record.sections) else None
        margin = 1.0 - (runner.score / top.score if runner else 0.0)
        confidence = round(min(1.0, top.score / STRONG) * (0.6 + 0.4 * margin) * (1.0 if top.grounded else 0.8), 2)
        carried = previous_topic and self._measure(previous_topic) != self._measure(top.record.id)
        intent = self._intent(understanding, context if carried else None)
        if carried and not understanding.intents and understanding.asks_what and self.intents[intent].strict:
            intent = ABOUT  # "มีความเห็นเพิ่มเติมอะไรไหม" after when the meeting was: what the new topic is, not when
        previous = self.records.get(previous_topic) if previous_topic else None
        return Decision(top.record, intent, confidence, sibling, previous=previous)

    # ---- replies ------------------------------------------------------------------------------
    def _answer(self, decision: Decision, understanding: Understanding, lang: str) -> Reply:
        """The record for the year asked; then each check in order, any of which may decline; then the
        answer composed from the record."""
        understanding = self._short_year(decision.record, understanding)
        talked = decision.year or (decision.previous.year if understanding.same_year and decision.previous else None)
        if talked is not None and not understanding.norm.years:  # "คะแนนล่ะ", "ปีนั้น ITA Awards": of the year
            kept = dataclasses.replace(understanding.norm, years=(talked,))  # still talked of
            understanding = dataclasses.replace(understanding, norm=kept)
        if (understanding.following or understanding.next_round) and not understanding.norm.years:
            # "ปีต่อมาล่ะ": the year after, held or not; "รอบถัดไปล่ะ": a round later, by the measure's cadence
            step = self._cadence(decision.record) if understanding.next_round else 1
            after = dataclasses.replace(understanding.norm, years=(decision.record.year + step,))
            understanding = dataclasses.replace(understanding, norm=after)
        # a target's year in any year's source of the measure, that none gives a result for ("by 2570")
        members = self.series.get(decision.record.id, (decision.record,))
        results = {y for m in members for y in m.known_years() - m.target_only_years()}
        targets_only = set(understanding.target_years) & ({y for m in members for y in m.target_only_years()} - results)
        if targets_only:
            # "now, compared with the 2022 target", "ผลปี 64 เป้าปี 65": a target's year is no result asked;
            # the result of the year left asked, or the latest, is told against the target
            years = tuple(y for y in understanding.norm.years if y not in targets_only)
            understanding = dataclasses.replace(
                understanding, norm=dataclasses.replace(understanding.norm, years=years)
            )
        record = self._year_of_series(decision, understanding)
        if self._told_in_passing(record, understanding):
            decision = dataclasses.replace(decision, confidence=min(decision.confidence, FOLLOW_UP_CONFIDENCE))
        norm = understanding.norm
        if norm.last_year is not None and not self._asks_trend(understanding):
            # "last year" is a year of the measure, not last year from today: for a series the member chosen (or
            # the year before it, told in passing); for one record the year before its own, held (ITA 2563 before
            # 2564) or declined as that year (IMD 2563)
            meant = record.year if record.id in self.series else record.year - 1
            meant = self._year_before_in_passing(record) or meant
            years = (*(y for y in norm.years if y != norm.last_year), meant)
            understanding = dataclasses.replace(understanding, norm=dataclasses.replace(norm, years=years))
        intent = self._place_in_a_ranking(record, self.intents.get(decision.intent), understanding)
        explaining = None if decision.follow_up else self._reading_explaining(record, understanding)
        moved = self._moved_to(explaining, decision, understanding, lang)
        if moved is not None:
            return moved
        if self._less_sure(record, decision.record, understanding):
            decision = dataclasses.replace(decision, confidence=min(decision.confidence, UNEXPLAINED_CONFIDENCE))
        for check in self._checks:
            declined = check(record, intent, decision, understanding, lang)
            if declined is not None:
                return declined
        return self._compose(record, intent, decision, understanding, lang)

    def _place_in_a_ranking(self, record: Record, intent: Intent | None, understanding: Understanding) -> Intent | None:
        """ "Where was it in 2564" of a ranking that names no place: its place in the ranking is asked."""
        detail = _detail_asked(intent)
        if intent is None or intent.of_a_ranking is None or detail is None:
            return intent
        placed = any(cue in understanding.norm.compact for cue in self._ranking_cues[intent.name])
        if not placed or _gives(record, detail) or not any(f.lower_is_better for f in record.figures):
            return intent
        return self.intents.get(intent.of_a_ranking, intent)

    def _told_in_passing(self, record: Record, understanding: Understanding) -> bool:
        """The year asked is only mentioned beside another year's figures of the kind asked ("up from 0.7879
        in 2022", "78th the year before" asked for a score): likely, not certain."""
        asked = set(understanding.norm.years)
        kinds = {kind for _, kind in understanding.measures}  # "คะแนน": only a score's years state it
        figures = [f for f in record.figures if not kinds or kinds & self._kinds_of(f)]
        stated = {f.year for f in figures} | {v.year for f in figures for v in f.later}
        return bool(asked) and not asked & stated

    def _less_sure(self, record: Record, chosen: Record, understanding: Understanding) -> bool:
        """A word the record cannot account for, two numbers asked at once (one may go untold), a ranking,
        count or comparison asked of the report or a group but told by one record not named by its alias,
        or organisations asked of a text naming none the knowledge knows, or a word only its definition holds."""
        scoped = understanding.groups or understanding.whole or understanding.several
        many = (
            scoped
            and not self._named_by_alias(chosen, understanding)  # "Biz Portal ... in total" names the topic
            and any(self.intents[n].aggregate not in (None, LIST_KIND) for n in understanding.intents)
        )
        unnamed = understanding.organisations and not self.nlu.organisations_in(record)
        return (
            understanding.counts_asked > 1
            or many
            or unnamed
            or not self._explains(record, understanding, series=not understanding.norm.years)  # a year asked: its own
            or bool(self._only_defined(record, understanding))
        )

    def _only_defined(self, record: Record, understanding: Understanding) -> tuple[str, ...]:
        """The clue words the record holds only in its definition, which says what the measure is, not what
        it found: "business efficiency" asked of IMD 2022, whose definition names the four factors but whose
        figure is government efficiency's."""
        defined = self._definition_said(record)
        if not defined:
            return ()
        rest = self.profiles[record.id].everything
        for part in defined:
            rest = rest.replace(part, "")
        return tuple(
            w for w in understanding.clues if not w.isdigit() and any(w in d for d in defined) and w not in rest
        )

    def _defined_with_a_number(self, record: Record, word: str) -> bool:
        """The definition gives the word a number of its own ("95 คะแนนขึ้นไปถือว่าดีเยี่ยม"), not merely
        lists it among the measure's parts: a number with a list word between ("4 factors: ... business
        efficiency") counts the parts."""
        before = rf"\d\D{{0,{BESIDE}}}{re.escape(word)}"  # a number, a list word, then the part: it counts parts
        after = rf"{re.escape(word)}\D{{0,{BESIDE}}}\d"  # "เกณฑ์ผ่าน ITA คือ 85 คะแนน": the part's own number
        return any(
            re.search(after, text) is not None
            or any(not any(m in found.group() for m in self.nlu.list_markers) for found in re.finditer(before, text))
            for text in self._definition_said(record)
        )

    def _definition_said(self, record: Record) -> tuple[str, ...]:
        """Its definition, in each language, read as questions are (compact): none when it has no definition."""
        definition = record.details.definition
        if definition is None:
            return ()
        return self.nlu.normalize(definition.th).compact, self.nlu.normalize(definition.en).compact

    @staticmethod
    def _named_by_alias(record: Record, understanding: Understanding) -> bool:
        return any(c.named and c.record.id == record.id for c in understanding.candidates)

    # ---- answerability: each check declines, or passes with None -----------------------------
    def _year_not_held(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A year nobody holds: two years compared (or a span) need results for both, a trend from one
        year needs that year's result."""
        asked = set(understanding.norm.years)
        results = self._years_held(record)
        span = asked | set(understanding.norm.between)
        needed = 2 if self._asks_trend(understanding) else 1  # a trend over the range needs two of its years
        if understanding.norm.between and len(span & (set(results) | record.known_years())) >= needed:
            return None  # "ช่วง64-66": a range asked is told by the years of it held, however many are not
        if len(asked) > 1:
            missing = asked - set(results) - (record.known_years() - record.target_only_years())
        elif self._asks_trend(understanding):
            missing = asked - set(results)
        else:
            missing = asked - record.known_years()
        stated = self._figure_years(record)
        older = bool(stated) and max(stated) < record.year and not understanding.whole  # "ในรายงานปี 64": the source's
        a_figure = (intent is not None and intent.needs_number) or understanding.which_figure  # "อันดับไหน" too
        if not missing and asked == {record.year} and a_figure and older:
            # "EGDI ปี 64 อันดับเท่าไหร่" of the 2564 report's 2563 rank: the source's own year, no figure's
            missing = asked
            results = sorted(stated)
        if not missing:
            return None
        known = ", ".join(self.say.year(y, lang) for y in results)
        return self._told_for_the_year(record, decision, understanding, lang) or self._fallback(
            "year", lang, understanding, closest=record, asked=_listed(missing), known=known
        )

    def _years_back_not_held(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Years of results asked ("ย้อนหลัง 3 ปี") of a measure holding one year only: that year is told as
        the one held, not its figure as if it were the span. Holding two or more, the trend over those in
        the window answers, however many are missing (EGDI comes every two years)."""
        held = self._years_held(record) or [record.year]
        if understanding.years_back < 2 or len(held) > 1:
            return None
        known = ", ".join(self.say.year(y, lang) for y in held)
        return self._fallback(
            "years_back", lang, understanding, closest=record, count=str(understanding.years_back), known=known
        )

    def _figure_not_that_year(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """The year asked is held, but the figure the question names is given only for other years
        ("ITA 2567 average" when that year's source gives the number of agencies, not an average)."""
        members = self.series.get(record.id)
        if not members or not understanding.norm.years or self._asks_trend(understanding):
            return None
        named = self._figures_named(members, understanding)
        most = max(named.values())
        bare = intent is None or intent.answers in (None, "text")  # not "แล้วปี 67 ใครประเมิน"
        # "แล้วปีก่อนล่ะ ให้ไปกี่รางวัล" after a count of agencies: the count asked is of this year's own figure
        counted = understanding.count_of
        own = counted and any(f.unit and counted in self.nlu.normalize(f.unit.th).compact for f in record.figures)
        in_talk = self._figure_in_talk(record, decision, members) if most == 0 and bare and not own else None
        if in_talk is not None:  # "แล้วปี 67 ล่ะ" after an average: the average, in 2567
            givers = [r for r in members if any(same_measure(in_talk, f) for f in r.figures)]
            label = in_talk.label
        elif named[record.id] > 0 or most == 0:  # it names one of this year's figures, or none of any year's
            return None
        else:
            givers = [r for r in members if named[r.id] == most]
            labelled = [
                w
                for w in understanding.words
                if any(answer.label_shares(f, (w,)) for f in givers[-1].figures) and not self.nlu.is_measure_word(w)
            ]
            profile = self.profiles[record.id]
            if all(w in profile.names or profile.counts(w, ()) for w in labelled):
                # the year's own name says it ("คะแนนเฉลี่ย ITA 2568", its label "nationwide score"), or its words
                # with a number ("มีหน่วยงานเข้าร่วม 8,317 หน่วยงาน", no figure of its own); a kind of figure
                # ("กี่ point") is no figure's name
                return None
            label = answer.closest_figure(givers[-1].figures, understanding.words, understanding.norm.compact).label
        known = ", ".join(self.say.year(r.year, lang) for r in givers)
        return self._fallback(
            "figure_year",
            lang,
            understanding,
            closest=record,
            figure=getattr(label, lang),
            asked=str(record.year),
            known=known,
        )

    def _figure_in_talk(self, record: Record, decision: Decision, members: tuple[Record, ...]) -> Figure | None:
        """A follow-up naming only another year of the measure asks for the figure talked about (the one
        the last question named, else the one the answer led with): that figure, when the year now chosen
        gives nothing of the same measure."""
        told = decision.record
        if not decision.follow_up or told.id == record.id or told not in members or not told.figures:
            return None
        # the figure whose label says most of the words talked of, in the told year or any other (after a year
        # declined for lacking it, the next year asked still asks that figure), the told year's first. A whole
        # name of any year ("ITA") names the measure, none of its figures.
        talked = {w for w in decision.figure if not any(w in self.profiles[m.id].each_name for m in members)}
        figures = [
            (len(talked & (label.words | label.pairs)), f, label)
            for m in (told, *members)
            for f, label in zip(m.figures, self._labels_of(m), strict=True)
        ]
        most = max(n for n, _, _ in figures)
        _, lead, lead_label = next(x for x in figures if x[0] == most)
        # the same measure, or a label saying half its words or more ("หน่วยงานที่ผ่านเกณฑ์" of "...85 คะแนน")
        words = {w for w in lead_label.words if not w.isdigit()}
        alike = [
            f
            for f, label in zip(record.figures, self._labels_of(record), strict=True)
            if same_measure(lead, f) or (most and 2 * len(words & label.words) >= len(words))
        ]
        return None if alike else lead

    def _only_a_target(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A year for which the record gives only a target, asked for its result: "ปี 65 ได้ที่เท่าไหร่",
        "อยากรู้ผลจริงไม่ใช่เป้า" (the target named only to be ruled out) or "ผลจริงออกมาถึงเป้าไหม"."""
        asked = set(understanding.norm.years)
        result_asked = self._target_ruled_out(understanding) or understanding.result_asked
        if (
            not (asked and asked <= record.target_only_years())
            or not (decision.intent in ("figure", "about", "examples") or (intent is not None and intent.target_first))
            or (any(self.intents[n].target_first for n in understanding.intents) and not result_asked)
        ):
            return None
        targets = " ".join(line for fig in record.figures if (line := answer.target_line(fig, lang, self.say)))
        return self._told_for_the_year(record, decision, understanding, lang) or self._fallback(
            "target_only", lang, understanding, closest=record, asked=_listed(asked), targets=targets
        )

    def _target_ruled_out(self, understanding: Understanding) -> bool:
        """The target is named only to be ruled out ("ไม่เอาเป้า", "not the target")."""
        return any(t in n for n in understanding.negated for t in self._target_words)

    def _told_for_the_year(
        self, record: Record, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Before saying a year is not held: another reading that has that year's result and holds at least
        half the question's clue words this record lacks answers instead (a 2565 survey of traffic
        management is not the report's satisfaction indicator, whose 2565 is only a target)."""
        gaps = [w for w in understanding.clues if not w.isdigit() and self._unheld(record, (w,))]
        asked = set(understanding.norm.years)
        if not gaps:  # "แล้วเป้าปี 65 ล่ะ": nothing it lacks but the year, held by the same topic told again
            return self._moved_to(self._section_holding(record, understanding), decision, understanding, lang)
        words = understanding.words

        def filled(other: Record) -> int:
            return len(gaps) - self._unheld(other, gaps)

        measure = self._measure(record.id)  # the names the question calls the chosen topic by ("EGDI"): another
        called = [  # topic told instead must be called so too, not IMD for "EGDI world rank in 2023"
            self.nlu.normalize(t).compact
            for c in understanding.candidates
            if c.named and self._measure(c.record.id) == measure
            for t in c.matched
        ]
        others = [  # ...and as much of the whole question as the chosen one: a topic, not a stray word
            other
            for other in self._other_readings(record, understanding)
            if asked <= other.known_years() - other.target_only_years()
            and self._holds_as_much(other, record, words)
            and all(self.profiles[other.id].mentions(t) for t in called)
        ]
        best = max(others, key=filled, default=None)
        fits = best is not None and 0 < len(gaps) <= 2 * filled(best)
        return self._moved_to(best if fits else None, decision, understanding, lang)

    def _section_holding(self, record: Record, understanding: Understanding) -> Record | None:
        """The only other record sharing one of its sections, item and all ("3.1.2.2 (4)"), that holds the
        years asked (a target's year as a target): the same topic told twice, as the trend of 10 HPP
        provinces and HPP's own figures are."""
        asked = set(understanding.norm.years)
        targets = set(understanding.target_years)
        holders = {
            other.id: other
            for other in self._item_mates(record)
            if asked - targets <= other.known_years() - other.target_only_years() and targets <= other.known_years()
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _province_not_held(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        asked = set(understanding.provinces)
        if not asked or asked & set(record.provinces):
            return None
        return self._fallback("province", lang, understanding, closest=record, asked=", ".join(sorted(asked)))

    def _not_held(
        self, kind: str, asked: list[str], record: Record, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Decline naming what was asked that the record does not hold, if anything."""
        return self._fallback(kind, lang, understanding, closest=record, asked=", ".join(asked)) if asked else None

    def _detail_missing(
        self, detail: str, asked: list[str], record: Record, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Decline saying the report does not give the first thing asked it lacks, if anything."""
        return (
            self._fallback("detail", lang, understanding, closest=record, detail=detail, asked=asked[0])
            if asked
            else None
        )

    def _agency_not_held(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """An organisation the record never mentions: told by another reading that does, else declined."""
        strangers = [a for a in understanding.agencies if not self.profiles[record.id].mentions(a)]
        if not strangers:
            return None
        told = self._told_by_another(record, strangers, decision, understanding, lang, keep=True)
        # said as typed ("Revenue Department"), not as read ("revenudepart")
        typed = {"".join(words): name for name, words in understanding.names}
        worded = [typed.get(a, a) for a in strangers]
        return told or self._not_held("agency", worded, record, understanding, lang)

    def _name_not_held(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A name typed with capitals half of whose words (or its only word, an acronym) no year of the topic
        holds: "Corruption Perceptions Index" is not the e-government index, whatever "index" and "rank" share.
        Another reading of the question that holds the whole name answers instead; else it is declined,
        unless the name is foreign to the knowledge and the question names this topic by its own alias
        ("My name is Somchai Jaidee, EGDI rank?")."""
        stranger = self._stranger_name(record, understanding)
        if stranger is None:
            return None
        typed, words = stranger
        told = self._told_by_another(record, words, decision, understanding, lang)
        if told is not None or (self._foreign(typed, words) and self._named_by_alias(record, understanding)):
            return told
        return self._fallback("named", lang, understanding, closest=record, asked=typed)

    def _name_nobody_holds(self, understanding: Understanding) -> str | None:
        """A name the question types that no reading of it holds, when no other name it types is held either:
        nothing in the knowledge is so called. A question no record reads at all is declined the usual way,
        and a foreign name beside a topic named by its own alias asks of that topic."""
        readings = understanding.candidates[:READINGS_CONSIDERED]
        unheld = [
            typed
            for typed, words in understanding.names
            if all(self._lacks_name(c.record, words, typed) for c in readings)
            and not (self._foreign(typed, words) and any(c.named for c in understanding.candidates))
        ]
        # an index named in lower case no reading holds, whatever else is held ("the online services index in
        # the e-government development index")
        indices = [
            typed
            for typed, words in understanding.index_names
            if all(self._lacks_name(c.record, words, typed) for c in readings)
        ]
        if not understanding.candidates:
            return None
        if indices:
            return indices[0]
        return unheld[0] if unheld and len(unheld) == len(understanding.names) else None

    def _foreign(self, typed: str, words: tuple[str, ...]) -> bool:
        """A name of several words none of which the knowledge uses (a person, a newspaper): beside a topic
        named by its own alias it asks nothing else ("My name is Somchai Jaidee, EGDI rank?"), unlike
        "Corruption Perceptions Index", whose "index" and "corruption" the knowledge knows, an acronym
        ("EGDI's OSI") or several in capitals ("IIT EIT OIT"), which name what is asked, or a term typed in
        lower case ("ด้าน labour market")."""
        acronyms = typed.isupper()  # "IIT EIT OIT": what is asked, not a person
        return (
            len(words) > 1
            and not _typed_as_term(typed)
            and not acronyms
            and not any(self.nlu.knows_word(w) for w in words)
        )

    def _stranger_name(self, record: Record, understanding: Understanding) -> tuple[str, tuple[str, ...]] | None:
        """The first name the question types that the record does not hold, if any; none when it types the
        record's own name too ("Citizen Portal or Biz Portal", "Revenue Dept ... Krungthai Bank")."""
        lacking = [(typed, words) for typed, words in understanding.names if self._lacks_name(record, words, typed)]
        indices = [(t, words) for t, words in understanding.index_names if self._lacks_name(record, words, t)]
        if indices:  # an index named in lower case: held or not, no other name excuses it
            return indices[0]
        return lacking[0] if lacking and len(lacking) == len(understanding.names) else None

    def _told_by_another(
        self,
        record: Record,
        words: Iterable[str],
        decision: Decision,
        understanding: Understanding,
        lang: str,
        keep: bool = False,
    ) -> Reply | None:
        """The answer from the best other reading of the question that holds every one of these words; with
        `keep`, also as many of the question's other words as the chosen one holds (one agency is a weak tie:
        "กรมปศุสัตว์ได้ ITA เท่าไหร่" is not the awards, which name the department)."""
        words = list(words)
        others = [w for w in understanding.words if w not in words]
        holder = next(
            (
                other
                for other in self._other_readings(record, understanding)
                if not self._unheld(other, words) and (not keep or self._holds_as_much(other, record, others))
            ),
            None,
        )
        return self._moved_to(holder, decision, understanding, lang)

    @staticmethod
    def _other_readings(record: Record, understanding: Understanding, grounded: bool = False) -> Iterator[Record]:
        """The question's best readings other than the chosen one (grounded ones only, if asked), best first."""
        for candidate in understanding.candidates[:READINGS_CONSIDERED]:
            if candidate.record.id != record.id and (candidate.grounded or not grounded):
                yield candidate.record

    def _reading_explaining(self, record: Record, understanding: Understanding) -> Record | None:
        """Another reading of another measure holding every clue of the question when the chosen one lacks
        some (`_explains_instead`): the question is about it."""
        clues = [w for w in understanding.clues if not w.isdigit()]
        lacking = [w for w in clues if not self.nlu.holds(record.id, w)]
        if not lacking:
            return None
        measure = self._measure(record.id)
        naming = next((c.matched for c in understanding.candidates if c.record.id == record.id), ())
        grounded = next(
            (
                c.record
                for c in understanding.candidates[:READINGS_CONSIDERED]
                if c.record.id != record.id
                and self._measure(c.record.id) != measure
                and self._explains_instead(c, record, naming, clues, lacking)
            ),
            None,
        )
        return grounded or self._reading_holding_far_more(record, clues, measure, understanding)

    def _explains_instead(
        self, candidate: Candidate, record: Record, naming: tuple[str, ...], clues: list[str], lacking: list[str]
    ) -> bool:
        """The reading holds every clue, and either is grounded itself or is pointed at by a clue the chosen
        record lacks (one of its own matched terms holds it: แนบ) while being told under the same item of the
        source ("หนังสือฉบับนี้แนบอะไร": the letter's enclosures beside the letter) or named by the term that
        named the chosen one (`_named_by_as_well`). A part of the document the chosen record is (`part_of`),
        so pointed at, is spared the words naming the document."""
        other = candidate.record.id
        pointed = any(w in term for term in candidate.matched for w in lacking)
        if candidate.record.part_of == record.id and pointed:
            # a part of the document named (`part_of`: "หนังสือนำส่งขอให้ ครม. ทำอะไร", the letter's proposal) need
            # not hold the words naming the document, nor a word neither holds ("ทำ")
            terms = [self.nlu.normalize(term).compact for term in naming]
            own = [w for w in clues if not any(w in t for t in terms)]
            clues = [w for w in own if w not in lacking or self.nlu.holds(other, w)]
        if not all(self.nlu.holds(other, w) for w in clues):
            return False
        if candidate.grounded:
            return True
        related = _same_item(candidate.record, record) or self._named_by_as_well(candidate.record, naming)
        return related and pointed

    def _named_by_as_well(self, record: Record, terms: tuple[str, ...]) -> bool:
        """One of its own names opens with a term that named the chosen record ("Open Government and Meaningful
        Participation" with "Open Government"): the question names it as much. Not a name that only ends with
        it ("Seamless e-Services" is a kind of e-Service, not e-Service named)."""
        names = self.profiles[record.id].each_name
        return any(name.startswith(term.replace(" ", "")) for term in terms for name in names)

    def _reading_holding_far_more(
        self, record: Record, clues: list[str], measure: str, understanding: Understanding
    ) -> Record | None:
        """Another reading, named or not, holding every clue the chosen one holds and `FAR_MORE_HELD` more
        ("มาตราไหนกำหนดให้ ก.พ.ร. ทำรายงานประจำปี": the legal basis holds มาตรา, รายงานประจำปี; the proposal
        to the cabinet only its words เสนอ ครม.)."""
        held = {w for w in clues if self.nlu.holds(record.id, w)}
        holding = [
            (len(theirs - held), other)
            for other in self._other_readings(record, understanding)
            if self._measure(other.id) != measure
            and held < (theirs := {w for w in clues if self.nlu.holds(other.id, w)})
            and len(theirs - held) >= FAR_MORE_HELD
        ]
        return max(holding, key=lambda pair: pair[0])[1] if holding else None  # the one holding most

    def _holds_as_much(self, other: Record, record: Record, words: Iterable[str]) -> bool:
        """The other record holds at least as many of these words as the chosen one."""
        words = list(words)
        return self._unheld(other, words) <= self._unheld(record, words)

    def _moved_to(
        self, holder: Record | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """The answer from another record that holds what the chosen one lacks, with less confidence; a
        reading moves once only."""
        if holder is None or decision.moved:
            return None
        # a follow-up asking nothing of its own ("แล้วปี 65 ล่ะ") carried a detail the last record gave; the
        # record now telling it need not give that detail: it asks of the topic
        carried = self.intents.get(decision.intent) if decision.follow_up and not understanding.intents else None
        detail = _detail_asked(carried) if carried is not None and carried.strict else None
        lacking = detail is not None and not _gives(holder, detail)
        moved = dataclasses.replace(
            decision,
            record=holder,
            intent=ABOUT if lacking else decision.intent,
            confidence=min(decision.confidence, FOLLOW_UP_CONFIDENCE),
            moved=True,
        )
        return self._answer(moved, understanding, lang)

    def _lacks_name(self, record: Record, words: tuple[str, ...], typed: str = "") -> bool:
        """A name is not the record's when half its words or more are nowhere in it (any year of its measure);
        a term typed in lower case, often shortened ("gov efficiency"), only when none of its words is; an
        index's name (`index_heads`), however typed, unless a year of the measure holds it nearly whole."""
        unheld = self._unheld(record, words)
        if self._names_an_index(record, typed) and not self._holds_whole(record, typed):
            return True  # "rule of law index", however typed
        return unheld == len(words) if _typed_as_term(typed) else 2 * unheld >= len(words)

    def _names_an_index(self, record: Record, typed: str) -> bool:
        """A name of an index of its own: three words or more ending with an index word, none of the others
        a word of the topic's own names ("UN EGDI Index" and "Citizen Satisfaction Index" are its own), once
        the topic's own names opening it are set aside ("EGDI Online Service Index" names a sub-index)."""
        said = [self.nlu.normalize(w).compact for w in typed.split()]
        members = self.series.get(record.id, (record,))

        def own(word: str) -> bool:
            return any(word in self.profiles[m.id].names for m in members)

        while said and own(said[0]):  # "EGDI Online Service Index": the topic's name, then an index of its own
            said = said[1:]
        if len(said) < MIN_INDEX_NAME_WORDS or said[-1] not in self._index_heads:
            return False
        return not any(own(w) for w in said[:-1])

    def _holds_whole(self, record: Record, typed: str) -> bool:
        """Some year of the measure says the name nearly as typed ("Corruption Perception Index" for
        Perceptions), not only its words apart ("online services" is no Online Service Index)."""
        name = self.nlu.normalize(typed).compact
        members = self.series.get(record.id, (record,))
        return any(fuzz.partial_ratio(name, self.profiles[m.id].everything) >= WHOLE_NAME_LIKENESS for m in members)

    def _unheld(self, record: Record, words: Iterable[str]) -> int:
        """How many of the words no year of the record's measure mentions."""
        members = self.series.get(record.id, (record,))
        return sum(not any(self.nlu.holds(m.id, w) for m in members) for w in words)

    def _ruled_out(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """The question rules out a word of the topic's own name ("ไม่เอาแค่ด้านภาครัฐ" of the public-sector
        efficiency ranking): it asks for something beside the topic, which the report does not give."""
        if not any(word in self.profiles[record.id].names for word in understanding.excluded):
            return None
        return self._fallback("unknown", lang, understanding, closest=record)

    def _round_not_held(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        if understanding.measures:  # "did Thailand rank 40th": a rank asked, told by the record's own figure
            return None
        profile = self.profiles[record.id]
        markers = self.nlu.ordinal_markers
        unknown = [worded for worded, n in understanding.ordinals if not profile.holds_round(n, markers)]
        if not unknown and _asks_how_many(intent, decision):  # "รุ่น 14 มีกี่คน" of "รุ่นที่ 14 - 15 อีก 69 คน"
            said = numbers_in(understanding.norm.text)  # "รุ่น 14-15 กี่คน" asks the range itself
            ranged = [w for w, n in understanding.ordinals if profile.only_in_a_range(n) and not {n - 1, n + 1} & said]
            return self._detail_missing("count", ranged, record, understanding, lang)
        return self._not_held("ordinal", unknown, record, understanding, lang)

    def _attribute_not_stated(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Money, users, staff, a device: asked of a topic whose words (in any year, or in the year asked's own
        source: "CPI 2024 world average" when only the 2025 news gives one) never mention it, or "how much" of
        one that mentions it but never with a number beside it."""
        asked = understanding.norm.years
        series = self.series.get(record.id, (record,))
        kept = self._year_kept(record, decision)  # "แล้วในอาเซียนล่ะ": of the year told just before
        members = (record,) if asked == (record.year,) or (kept and not asked) else series
        how_many = _asks_how_many(intent, decision)

        def stated(among: Iterable[Record], compact: str) -> bool:
            split = not understanding.breakdown_by  # by kind: the kinds its figures split into
            if compact in self.nlu.breakdown_words and any(
                (split and self._split_as_counted(m, understanding)) or self._parts_counted(m, understanding)
                for m in among
            ):
                return True  # "แยกเป็นอะไรบ้าง" of 51 agencies, 40 provinces and 33 public organisations
            kin = self.nlu.attribute_kin[compact]
            return self._counted_in(among, kin) if how_many else self._mentioned_in(among, kin)

        names = self.profiles[record.id].names

        def named(compact: str) -> bool:
            """The topic's own name says it (the renewal-fee decree), or its Thai kin ("signed up" of
            การลงทะเบียน...): Thai names are precise compounds; an English word of a kin may stand in a name
            by chance ("money" of value-for-money), and a Thai word too short to stand alone in letters across
            two (งบ in ศูนย์กลาง|บริการ)."""
            kin = (k for k in self.nlu.attribute_kin[compact] if THAI_CHAR.search(k) and not _short_thai(k))
            return (compact in names and not _short_thai(compact)) or any(k in names for k in kin)

        unstated = [(w, c) for w, c in understanding.attributes if not named(c) and not stated(members, c)]
        # "CPI 2566, ASEAN place": the years whose sources state it are named
        holders = [m for m in series if m is not record and any(stated((m,), c) for _, c in unstated)]
        if unstated and holders and members == (record,):
            known = ", ".join(self.say.year(y, lang) for y in sorted({m.year for m in holders}))
            return self._fallback(
                "word_year",
                lang,
                understanding,
                closest=record,
                asked=_listed(set(asked) or {record.year}),
                known=known,
            )
        spoken_of = [c for _, c in unstated if self._mentioned_in(members, self.nlu.attribute_kin[c])]
        if unstated and len(spoken_of) == len(unstated):  # "เงินอุดหนุน ... เดือนละเท่าไหร่": named, no amount
            return self._fallback("detail", lang, understanding, closest=record, detail="number")
        return self._detail_missing("attribute", [w for w, _ in unstated], record, understanding, lang)

    def _ability_not_stated(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Whether a thing can be done there, asked in words the topic holds in no year ("ทำบัตรประชาชน" of a
        service centre whose record says only where it opened): yes or no is not in the report."""
        # a yes or no, opened ("can I...", whole words) or closed ("...ได้ไหม"), and no request to the bot
        # ("ขอแยก...ได้ไหม", "can you")
        if understanding.intents or understanding.smalltalk is not None:
            return None
        norm = understanding.norm
        closed = self.nlu.unclosed(norm.compact)
        asked = self._ability_opening.search(norm.text) or any(closed.endswith(w) for w in self._ability_closing)
        if not asked:
            return None  # most questions end here, before the question is segmented again for a request word
        if self._requests.search(norm.text) or any(t in self._request_tokens for t in self.nlu.tokens(norm.text)):
            return None
        members = self.series.get(record.id, (record,))
        # the clues, and Thai words no record uses ("ชาวต่างชาติใช้...ได้ไหม"; a Latin one is likely a typo)
        unknown = [
            w
            for w in understanding.words
            if THAI_CHAR.search(w) and not self.nlu.knows_word(w) and not any(w in a for a in self._ability_closing)
        ]
        unheld = [
            w
            for w in dict.fromkeys((*understanding.clues, *unknown))
            if not w.isdigit() and w not in self.nlu.ability_verbs and not any(self.nlu.holds(m.id, w) for m in members)
        ]
        return self._fallback("detail", lang, understanding, closest=record, detail="ability") if unheld else None

    def _parts_counted(self, record: Record, understanding: Understanding) -> bool:
        """The breakdown names two or more parts, each stated with its own number ("แยกเป็นเจ้าหน้าที่กับ
        ผู้รับบริการ" of "เจ้าหน้าที่ของรัฐ 461,440 คน และ...รับบริการ 907,795 คน"): the breakdown asked is given."""
        profile = self.profiles[record.id]
        counted = {self.nlu.normalize(w).compact for w, _ in understanding.counted}  # "กี่คน": คน is no part
        parts = {
            w
            for w in self.nlu.content(understanding.breakdown_by)  # และ, กับ, ละ are no parts
            if len(w) >= MIN_PART_WORD
            and not w.isdigit()
            and w not in profile.each_name
            and w not in self.nlu.classifiers
            and w not in counted
            and not self.nlu.is_measure_word(w)
        }
        return sum(profile.figure_after(w) for w in parts) >= 2

    def _split_as_counted(self, record: Record, understanding: Understanding) -> bool:
        """Two or more of its figures are parts of one whole (their `part_of`), counting what the question
        counts if it counts anything: a breakdown it gives. Agencies pushing e-services, split by kind, are no
        breakdown of the services by province."""
        parts = [f for f in record.figures if f.part_of is not None]
        wholes = [f.part_of.th for f in parts]
        if len(wholes) == len(set(wholes)):
            return False
        units = {self.nlu.normalize(getattr(f.unit, lang)).compact for f in parts if f.unit for lang in ("th", "en")}
        counters = self._counter_words(understanding)
        return not counters or any(c in unit for c in counters for unit in units)

    def _counter_words(self, understanding: Understanding) -> list[str]:
        """Every word of each kind of thing "how many" counts ("กี่ประเทศ": ประเทศ, countries, economies...)."""
        return [w for _, kind in understanding.counted for w in self.nlu.counters[kind]]

    def _bottom_not_stated(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "ด้านไหนต่ำสุด" of a topic that ranks only its top parts ("3 ลำดับแรก"): which is lowest is not said,
        unless a year of the measure says "lowest" itself, and the top ones are no answer. Nor is one year's
        source of a measure told over several ("ITA ปีไหนต่ำสุด" would get the newest); a single record
        whose figures span years tells them all (IMD 20th in 2564, 31st in 2565), as does a trend asked."""
        if understanding.bottom is None or self._asks_trend(understanding):
            return None
        members = self.series.get(record.id, (record,))
        if len(members) == 1 and len(self._figure_years(record)) > 1:
            return None
        if self._mentioned_in(members, self.nlu.bottom_words):
            return None
        return self._detail_missing("attribute", [understanding.bottom], record, understanding, lang)

    def _top_subject_not_stated(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Which province did best ("10 จังหวัดนั้นจังหวัดไหนได้ที่ 1") of a topic naming provinces without
        ranking them, or who came first in a ranking ("who topped the CPI"; the topic is one country's place):
        the ones named are no answer, unless a year of the measure says which did best itself. (Of agencies,
        an award's winners are its first: "who got first place" is answered.)"""
        asked = self.nlu.normalize(understanding.best or "").compact  # "who topped", "ใครที่ 1": who is the one
        # "who came first", "who took the number one spot", "ได้ที่ 1 คือใคร": who is asked, whatever intent
        # leads; not a who asked of something else ("ใครเป็นผู้ประกาศอันดับ EGDI ที่ไทยอยากติดอันดับ 1")
        apart = self._tokens_apart(understanding, self._who_words, (asked,)) if asked else None
        who = apart is not None and apart <= NEAR_TOKENS
        ranking = who and any(f.lower_is_better for f in record.figures)
        if not (_asks_which_province(understanding) or ranking) or understanding.best is None:
            return None
        # a ranking's "top 50" is a target: only the leader named as asked ("who was number one") tells it
        tops = (asked,) if ranking else self.nlu.top_words
        if self._mentioned_in(self.series.get(record.id, (record,)), tops):
            return None
        return self._detail_missing("attribute", [understanding.best], record, understanding, lang)

    def _holder_not_named(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """The name of a post's holder asked ("What is the name of the Secretary-General of the Cabinet?") of a
        record that names the post with no titled person beside it (a title a few words before it, as
        "นางสาวอ่อนฟ้า เวชชาชีวะ เลขาธิการ ก.พ.ร."): the report does not name them. The post is read with the
        question's word after it (คณะรัฐมนตรี, cabinet), so another post of that name is no answer. Its holder
        now ("ตอนนี้ใครเป็นเลขาธิการ") is not what a report of one year can tell, whoever it names."""
        who = intent is not None and intent.answers == "who"
        if not (who or understanding.names_asked or understanding.name_of) or not self._posts:
            return None
        words = list(understanding.words)
        at = next((i for i, w in enumerate(words) if w in self._posts), None)
        if at is None:
            return None
        post, of = words[at], words[at + 1] if at + 1 < len(words) else ""
        now = self._tokens_apart(understanding, self._present, (post,))
        if now is not None and now <= NEAR_TOKENS and record.id not in self.series:  # one year's source: its time
            return self._detail_missing("holder_now", [self._posts[post]], record, understanding, lang)
        details = record.details.model_dump(exclude_none=True).values()
        for part in (record.text.th, record.text.en, *(d[k] for d in details for k in ("th", "en"))):
            said = self.nlu.normalize(part).compact
            for found in re.finditer(re.escape(post), said):
                if of and of not in said[found.end() : found.end() + POST_REACH]:
                    continue  # another post of the same name ("เลขาธิการ ก.พ.ร.")
                if any(t in said[max(0, found.start() - POST_REACH) : found.start()] for t in self._titles):
                    return None
        return self._detail_missing("holder", [self._posts[post]], record, understanding, lang)

    def _tenure_not_given(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Since when someone has held a post ("เป็นเลขา ก.พ.ร. มาตั้งแต่ปีไหน", "how long has she been in that
        job"): a report names who held it when it was written, not since when, unless its words say so. The post
        must be said as held (`holding_words`): "หนังสือถึงเลขาธิการ ครม. ส่งไปตั้งแต่วันไหน" asks the letter's date."""
        compact = understanding.norm.compact
        if not any(p in compact for p in self._held_posts) or not any(t in compact for t in self._tenure_words):
            return None
        if self._mentioned_in((record,), self._tenure_words):
            return None  # "ดำรงตำแหน่งตั้งแต่...": the record tells it
        return self._fallback("detail", lang, understanding, closest=record, detail="tenure")

    def _tokens_apart(self, understanding: Understanding, these: Iterable[str], those: Iterable[str]) -> int | None:
        """The fewest words between one of these and one of those (compact, each whole words of the question, in
        either order), or None when either is not said: ใคร is not the ใคร่ of "ใคร่ทราบ"."""
        tokens = [t for t in (self.nlu.normalize(w).compact for w in self.nlu.tokens(understanding.norm.text)) if t]
        starts, ends, at = set(), [], 0
        for token in tokens:
            starts.add(at)
            at += len(token)
            ends.append(at)
        said = "".join(tokens)

        def spans(words: Iterable[str]) -> list[tuple[int, int]]:  # (first token, last token) of each saying
            found = []
            for word in dict.fromkeys(words):
                for match in re.finditer(re.escape(word), said) if word else ():
                    if match.start() in starts and match.end() in ends:
                        found.append((bisect_right(ends, match.start()), ends.index(match.end())))
            return found

        gaps = [max(b[0] - a[1], a[0] - b[1]) - 1 for a in spans(these) for b in spans(those)]
        return max(0, min(gaps)) if gaps else None

    def _body_not_named(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "NDTP กระทรวงไหนเป็นเจ้าภาพ", "which ministry runs it": a kind of body (`body_words`) asked by a
        which word beside it, of a record that never says that kind: what it says of who took part is no
        answer. Provinces are checked by place."""
        if not understanding.asks_which:
            return None
        said, profile = understanding.norm.compact, self.profiles[record.id]
        asked = [k for k in self._bodies if beside(said, k, self._which)]
        unnamed = [self._bodies[k] for k in asked if k not in profile.everything]
        return self._detail_missing("holder", unnamed, record, understanding, lang)

    def _facet_not_given(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """The figure of a part ("ความพึงพอใจด้านเจ้าหน้าที่ได้ร้อยละเท่าไหร่", "sub-factor public finance") of a
        topic that names the part without a figure of its own, or not at all: its overall figure is no answer.
        A part the topic is named for (IMD ด้านประสิทธิภาพภาครัฐ) is the topic's own figure; one with a figure
        after it (โครงสร้างพื้นฐานอันดับ 43) is a part given. A kind of figure asked of a word only the
        definition holds ("infrastructure rank" of IMD 2022, whose definition lists the four factors) asks
        that part's figure too. "ได้อันดับอะไร" and "อยู่อันดับไหน" ask a figure as "กี่" does."""
        asked = understanding.asks_what or understanding.which_figure
        if not (_asks_how_many(intent, decision) or (understanding.measures and asked)):
            return None
        defined = self._only_defined(record, understanding) if understanding.measures else ()
        # a part only the definition lists ("ด้านประสิทธิภาพภาคธุรกิจ": ธุรกิจ) is the part asked, past a word
        # other parts share (ประสิทธิภาพ, of the government efficiency figure given)
        listed = tuple(
            w for w in defined if not self.nlu.is_facet_word(w) and not self._defined_with_a_number(record, w)
        )
        facet = listed or understanding.facet
        if not facet:
            return None
        profile = self.profiles[record.id]  # the year asked: another year's part is not this year's
        if not understanding.measures and "".join(facet) in profile.everything:
            return None  # a part it lists, asked no kind of figure ("เป็นลำดับที่เท่าไร"): its place may answer
        starts = ("".join(facet[:n]) for n in range(1, len(facet) + 1))
        if any(s in profile.names or profile.figure_after(s) for s in starts):  # "สมรรถนะทางเศรษฐกิจ" of ...ไทย
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="number")

    def _measure_not_given(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A score asked of a record that gives only a rank: the kind of figure named is not this record's.
        Nor is it when the record gives that kind only for other years than the one asked, and something
        else for that one ("78th the year before" beside a 2568 score, asked the 2567 score). Of a year asked,
        a kind said only without a number beside it ("คะแนน EGDI อย่างน้อย 0.82", a target's) is not given;
        over the years, some year of the measure must give it."""
        if intent is not None and intent.answers not in (None, "text"):
            return None  # "what does the score measure" asks a definition, not a figure
        profile = self.profiles[record.id]
        # the year asked (or told just before: "ปีนั้น") must give the kind; a target's, or any year's, may be
        # one only spoken of
        of_a_year = bool(understanding.norm.years) or self._year_kept(record, decision)  # "and the EGDI score?"
        of_a_year = of_a_year and "target" not in understanding.intents
        kinds = profile.kinds_given if of_a_year else profile.kinds
        over_years = self._asks_trend(understanding) and not understanding.norm.years
        if over_years and "target" not in understanding.intents:  # "EGDI scores over the years", not its targets
            kinds = frozenset().union(*(self.profiles[m.id].kinds_given for m in self.series.get(record.id, (record,))))
        missing = [worded for worded, kind in understanding.measures if kind not in kinds]
        topic = [profile.names, *(self.profiles[m.id].names for m in self._item_mates(record))]  # "HPP" of its 10
        if any(
            all(n not in names for names in topic) and profile.figure_after(n)  # provinces names the topic
            for n in self._parts_named(record, understanding)
        ):
            return None  # "Human Capital Index value": a part named, with a number of its own, whatever it is called
        return self._detail_missing("attribute", missing, record, understanding, lang) or self._kind_not_that_year(
            record, understanding, lang
        )

    def _parts_named(self, record: Record, understanding: Understanding) -> list[str]:
        """The names the question gives, compact: typed in capitals ("Human Capital Index"), or the record's own
        keywords written as names (HCI) that the question says."""
        typed = ["".join(words) for _, words in understanding.names]
        kept = (self.nlu.normalize(k).text for k in record.keywords if any(c.isupper() for c in k))
        norm = understanding.norm  # each a whole word said, not UN inside "under"
        return [*typed, *(k.replace(" ", "") for k in kept if phrases([k]).search(norm.text))]

    @staticmethod
    def _year_kept(record: Record, decision: Decision) -> bool:
        """The year told just before is the one asked: the topic carried over, or the last turn's record
        kept for a question on the same measure."""
        return decision.follow_up or (decision.previous is not None and decision.previous.id == record.id)

    def _kind_not_that_year(self, record: Record, understanding: Understanding, lang: str) -> Reply | None:
        """Another year's source gives the year asked only as a figure of another kind ("78th the year
        before" beside a 2568 score, asked the 2567 score), or only in passing in its text ("0.50, the same
        as 2564", asked the 2564 rank): that kind is given for other years only."""
        asked = set(understanding.norm.years)
        members = self.series.get(record.id, (record,))
        that_year = [f for f in record.figures if f.year in asked]
        targets = any(self.intents[n].target_first for n in understanding.intents)  # "top 40 by 2027": a target
        in_passing = not targets and not any(asked & ({m.year, *m.years} | self._figure_years(m)) for m in members)
        if len(asked) != 1 or record.year in asked or not (that_year or in_passing) or self._asks_trend(understanding):
            return None  # its own year's text may state it
        if in_passing and {kind for _, kind in understanding.measures} & self._kinds_said_of(members, *asked):
            return None  # "ได้ 0.50 จากคะแนนเต็ม 1 เท่ากับปี 2564": that year's score is said in passing
        counters = self._counter_words(understanding)
        counting = any(
            f.of is not None or (f.unit and any(c in self.nlu.normalize(f.unit.th).compact for c in counters))
            for f in that_year
        )
        if that_year and counters and not counting:
            # "WJP 2024 มีกี่ประเทศ": a rank told in passing ("78th the year before") counts no field that year
            fields = sorted({f.year for m in members for f in m.figures if f.of is not None})
            known = ", ".join(self.say.year(y, lang) for y in fields)
            return self._fallback("year", lang, understanding, closest=record, asked=_listed(asked), known=known)
        for _, kind in understanding.measures:
            given = [f for m in members for f in m.figures if kind in self._kinds_of(f)]
            if given and not any(kind in self._kinds_of(f) for f in that_year):
                known = ", ".join(self.say.year(y, lang) for y in sorted({f.year for f in given}))
                if not that_year:  # no source of that year: the year is not held for it
                    return self._fallback(
                        "year", lang, understanding, closest=record, asked=_listed(asked), known=known
                    )
                figure = getattr(given[-1].label, lang)
                return self._fallback(
                    "figure_year", lang, understanding, closest=record, figure=figure, asked=_listed(asked), known=known
                )
        return None

    def _kinds_said_of(self, members: Iterable[Record], year: int) -> set[str]:
        """The kinds of figure a source says of a year it names in passing: the kind whose word stands nearest
        before the year in its (Thai) words ("อันดับที่ 80 ... ได้ 0.50 จากคะแนนเต็ม 1 เท่ากับปี 2564": a score)."""
        kinds = set()
        for part in (p for m in members for p in self.profiles[m.id].parts.values()):
            for found in re.finditer(rf"(?<!\d){year}(?!\d)", part):
                before = part[max(0, found.start() - BESIDE) : found.start()]
                said = [(before.rfind(w), kind) for kind, words in self._measure_units.items() for w in words]
                nearest = max(said, default=(-1, ""))
                if nearest[0] >= 0:
                    kinds.add(nearest[1])
        return kinds

    def _word_of_other_years(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A year asked whose source lacks a clue word of the question that other years' sources of the
        measure were given as a keyword: "CPI 2566, ASEAN place" when only the 2567 and 2568
        news give Thailand's place in ASEAN. The series explains the word, but not for the year asked, so
        the year's answer would not tell it. A word only in another year's text ("world average"), or inside a
        longer keyword (ระดับ in ระดับประเทศ), is not what that year is about."""
        members = self.series.get(record.id, ())
        asked = set(understanding.norm.years)
        # the year's own source, or the one telling that year's figures ("EGDI 2563" in the 2564 report)
        told = record.year in asked or asked <= self._figure_years(record)
        if len(asked) != 1 or not told or self._asks_trend(understanding):
            return None
        others = [m for m in members if m.id != record.id]
        names = [self.profiles[m.id].names for m in members]  # ไอทีเอ names the measure in any year
        keywords = {m.id: {self.nlu.normalize(k).compact for k in m.keywords} for m in others}  # cached, few
        for word in understanding.clues:
            holders = [m for m in others if word in keywords[m.id]]  # a keyword itself: ASEAN
            naming = any(word in n for n in names)
            moved = any(word in change for change in self._change_words)  # "ตกมาจาก": any year's change tells it
            if not word.isdigit() and not naming and not moved and holders and not self.nlu.holds(record.id, word):
                return self._word_of_years(record, holders, asked, understanding, lang)
        # a compound keyword said whole ("ดิจิทัลเต็มรูปแบบ", read as three words), which that year's source lacks
        said, profile = understanding.norm.compact, self.profiles[record.id]
        for keyword in sorted({k for m in others for k in keywords[m.id]}, key=lambda k: (-len(k), k)):
            compound = len(keyword) >= MIN_COMPOUND and keyword not in understanding.words and keyword in said
            if compound and not profile.mentions(keyword) and not any(keyword in n for n in names):
                holders = [m for m in others if keyword in keywords[m.id]]
                return self._word_of_years(record, holders, asked, understanding, lang)
        return None

    def _word_of_years(
        self, record: Record, holders: list[Record], asked: set[int], understanding: Understanding, lang: str
    ) -> Reply:
        """Declined: what is asked is told by these other years' sources, not the year asked's."""
        known = ", ".join(self.say.year(y, lang) for y in sorted({m.year for m in holders}))
        return self._fallback("word_year", lang, understanding, closest=record, asked=_listed(asked), known=known)

    def _rest_not_named(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "อีก 10 จังหวัดที่ไม่ติดกลุ่ม มีจังหวัดไหนบ้าง", "names of the remaining laws": the members the record
        lists are the others, so they are no answer, unless it says something of the rest itself (คงเหลือ).
        So are those of a negated property the record says only of the ones it lists ("ที่ไม่มีแนวโน้ม" of
        the provinces that "มีแนวโน้ม"), asked by which or a naming word."""
        if understanding.rest is None and not (
            understanding.asks_which and self._only_the_positive(record, understanding)
        ):
            return None
        members = self.series.get(record.id, (record,))
        if self._mentioned_in(members, self.nlu.rest_words) and not understanding.names_asked:
            return None  # what it says of the rest answers, but names no one ("ขอชื่อฉบับที่เหลือ")
        return self._fallback("detail", lang, understanding, closest=record, detail="rest")

    def _opposite_not_named(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Which parts changed one way ("ด้านไหนแย่ลง") of a topic whose years say no change but the other way
        (EGDI "ดีขึ้นต่อเนื่อง 2 ด้าน"): those are not the parts asked, and no part is named for it."""
        if not understanding.asks_which:
            return None
        said = understanding.norm.compact
        members = self.series.get(record.id, (record,))
        unstated = [
            word
            for word, asked, other, same_way in self._opposites
            if asked in said
            and other not in said
            and self._mentioned_in(members, (other,))
            and not self._mentioned_in(members, same_way)  # IMD 2568's "ลดลง" says a rank got worse
        ]
        return self._detail_missing("attribute", unstated, record, understanding, lang)

    def _other_not_named(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Another member of a set ("อีกประเด็นคืออะไร", "ประเด็นที่ 2", "the second issue") of a topic that
        counts more of that thing than it names (OG&MP: 2 issues targeted, "1 ประเด็น คือ ฝุ่น PM 2.5"): the
        other is not named."""
        noun = understanding.other_of
        if noun is None:
            return None
        profile, counted = self.profiles[record.id], self.nlu.normalize(noun).compact
        # or speaks of the thing only as one, never counting it ("the other categories" of the UNPSA: the one
        # category it won is all the record says)
        asks_whom = (intent is not None and intent.answers == "who") or understanding.asks_which
        # English only: "the other categories" of a record speaking of one; "อีกจังหวัด" of a record naming two
        # provinces ("ลำปางและสิงห์บุรี") asks the one it names after the one said
        single = (
            not THAI_CHAR.search(noun)
            and asks_whom
            and not understanding.positions  # "ข้อที่สอง" is a place in a list
            and bool(self.nlu.content([counted]))  # "the other one" names no thing
            and profile.how_many(counted) is None
            and self.nlu.holds(record.id, counted)
        )
        if not (single or profile.names_fewer(counted, self.nlu.list_markers)):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="rest")

    def _count_of_the_negated(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "ITA ปี 65 มีกี่หน่วยงานที่ไม่ผ่าน" of a figure counting the agencies that passed: the negated
        phrase's positive stands in a figure's label and the record never says the negated phrase, so the
        number asked is not the one it gives. A figure out of a whole ("35 of 94 licences") tells the rest
        ("ยังไม่ fully digital กี่ใบ": 59)."""
        if not _asks_how_many(intent, decision) or not understanding.negated:
            return None
        profile = self.profiles[record.id]
        whole = [f for f in record.figures if f.of is None]  # "35 of 94" tells its rest
        labels = [self.nlu.normalize(said).compact for f in whole for said in (f.label.th, f.label.en)]
        unstated = [
            phrase
            for phrase in understanding.negated
            if (positive := self._positive_of(phrase))
            and (any(positive in label for label in labels) or (whole and profile.mentions(positive)))
            and not profile.mentions(phrase)
        ]
        worded = [self._negated_as_said(phrase) for phrase in unstated]
        return self._detail_missing("count", worded, record, understanding, lang)

    def _negated_as_said(self, phrase: str) -> str:
        """A negated phrase as said: "not pass" in English, whose compact reading runs the words together."""
        positive = self._positive_of(phrase)
        return f"{phrase[: len(phrase) - len(positive)]} {positive}" if phrase.isascii() else phrase

    def _positive_of(self, phrase: str) -> str:
        """A negated phrase without its negation, the longest one it starts with (ยังไม่มีแนวโน้ม: มีแนวโน้ม)."""
        negation = max((n for n in self.nlu.negation_words if phrase.startswith(n)), key=len, default="")
        return phrase[len(negation) :]

    def _only_the_positive(self, record: Record, understanding: Understanding) -> bool:
        """A negated phrase of the question ("ไม่มีแนวโน้ม") whose positive the record says and which it does not."""
        profile = self.profiles[record.id]
        for phrase in understanding.negated:
            positive = self._positive_of(phrase)
            said = positive in understanding.words  # a word of its own, not a bare ถึง
            if said and profile.mentions(positive) and not profile.mentions(phrase):
                return True
        return False

    def _members_not_named(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "ขอชื่อ 8 งาน", "which 2 agencies", "หน่วยงานไหนบ้าง" of "2 หน่วยงาน": a set the record counts but
        never names is declined, saying the report gives only how many, rather than answered with what it
        says around the count. Asked for every member, examples ("เช่น") do not name the set."""
        naming = intent is not None and intent.answers in ("examples", "who")
        names_a_set = understanding.names_asked and bool(understanding.sets)  # "ขอชื่อ 12 บริการ"
        if not (naming or understanding.asks_which or understanding.name_of or names_a_set) or record.provinces:
            return None  # a record listing its provinces names some
        complete = understanding.complete or names_a_set  # "ขอรายชื่อ 343 บริการ": every one, examples are not
        # "ขอรายชื่อหน่วยงานที่ได้โล่": names asked want every one too, unless only some are ("ขอชื่อสักสองกรม")
        examples = any(w in understanding.norm.compact for w in self.nlu.example_words)
        every_name = complete or (understanding.names_asked and not examples)
        markers = self.nlu.list_markers if every_name else (*self.nlu.list_markers, *self.nlu.example_markers)
        answered = naming and intent is not None and _gives(record, intent.answers) and not every_name
        profile = self.profiles[record.id]
        wholes = {f.of for f in record.figures}  # "อันดับไหนจาก 64 เขตเศรษฐกิจ": the field, not a set to name
        told = (
            numbers_in(getattr(record.details, intent.answers).th)
            if answered and intent and intent.answers
            else frozenset()
        )
        # "agenda 12 บริการ มีอะไรบ้าง": examples of e-services at large are not the 12, unless they count them
        # "which two EGDI components": the topic's own name qualifies the noun after it, which is counted
        sets = understanding.sets
        qualifiers = {(n, x) for n, x in sets if x in profile.each_name and any(m == n and y != x for m, y in sets)}
        asked = [(n, x) for n, x in sets if n not in wholes and n not in told and (n, x) not in qualifiers]
        if answered and intent.answers == "examples" and not understanding.counts_asked:
            # examples of all a topic counts ("e-service 343 บริการ มีอะไรบ้าง": "เช่น" examples of บริการ are of all
            # 343) are told by them; a part set apart ("12 agenda e-services"), a count asked, or a detail naming
            # some in full (the two top Lert Rat winners, not examples of the 234 awards) are not
            given = profile.parts.get("examples", "")
            some = any(m in given for m in self.nlu.example_markers)
            asked = [
                (n, x)
                for n, x in asked
                if not (some and x in given and n == profile.most_of(self._counted_as(x, profile, n)))
            ]
        unnamed = [
            answer.number(n)
            for n, x in asked
            if profile.names_the(n, self._counted_as(x, profile, n, understanding.organisations), markers) is False
        ]
        unnamed += [  # "หน่วยงานไหนบ้าง" of a record saying only "2 หน่วยงาน"; "อันดับไหนบ้าง" asks figures
            answer.number(profile.how_many(said) or 0)  # counted: names_the found it
            for x in understanding.which_of
            if not self.nlu.is_measure_word(x)
            for said in (self._counted_as(x, profile),)
            if profile.names_the(None, said, markers) is False
        ]
        if naming and every_name and not sets and not examples:  # "list all the sandbox tasks"; not a round
            unnamed += [  # ("นปร. รุ่นที่ 14 - 15" counts no นปร.)
                answer.number(count)
                for word in understanding.words
                if (count := profile.most_of(word)) is not None
                and not profile.only_in_a_range(count)
                and profile.names_the(None, word, markers) is False
            ]
        named = understanding.name_of  # "ผลงานชื่ออะไร" of "1,688 ผลงาน", no title in quotes, not the topic itself
        if (
            named
            and named not in profile.names
            and profile.names_the(None, named, markers) is False
            and not _titled(record, named)
        ):
            unnamed.append(answer.number(profile.how_many(named) or 0))
        if (
            not unnamed
            and understanding.names_asked
            and not answered
            and not any(m in profile.everything for m in markers)
        ):
            return self._fallback("detail", lang, understanding, closest=record, detail="list")  # names no one
        return self._detail_missing("names", unnamed, record, understanding, lang)

    def _counted_as(self, thing: str, profile: Profile, count: int | None = None, organisations: bool = False) -> str:
        """The word a record counts a thing by (`count` of it, if given): the thing itself, else an organisation
        word it counts for another ("กรมไหน" of "2 หน่วยงาน", "ส่วนราชการ 2 แห่ง" of an organisation asked by a
        classifier: agencies either way), tried in the data's order."""
        akin = thing in self.nlu.organisation_words or organisations
        kin = self.nlu.organisation_words if akin else ()

        def counts(word: str) -> bool:
            return profile.counts_set(count, word) if count is not None else profile.how_many(word) is not None

        return next((k for k in (thing, *kin) if counts(k)), thing)

    def _counter_not_stated(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "กี่คน" of a topic that counts no people in any year (only matters, or baht): the number it
        gives counts something else, so the report does not say. So does a count of a Thai word the
        knowledge never uses (a percentage asked, `measure_words`, is the record's own kind of figure).
        A counter of a known kind asks how many whatever the intent ("มีกี่ประเทศเข้าร่วมบ้าง" lists nothing)."""
        counted = understanding.counted or self._counter_followed(intent, decision, understanding)
        if not _asks_how_many(intent, decision) and not counted:
            return None
        members = self.series.get(record.id, (record,))
        unstated = [
            worded
            for worded, kind in counted
            if not self._counted_in(members, self.nlu.counters[kind])
            and not self._counted_in(members, self._nouns_counted(worded, kind, understanding))
        ]
        counted = understanding.count_of  # "ว่างกี่ตำแหน่ง": a Thai word no record uses counts nothing it holds
        if counted and not understanding.measures and self.nlu.thai_word_no_record_uses(counted):
            unstated.append(counted)
        return self._detail_missing("count", unstated, record, understanding, lang)

    def _counter_followed(
        self, intent: Intent | None, decision: Decision, understanding: Understanding
    ) -> tuple[tuple[str, str], ...]:
        """ "and shops?" after "how many signed up": the count carried over, of the counter that is all the
        question says now."""
        if not decision.follow_up or len(understanding.words) != 1 or not _asks_how_many(intent, decision):
            return ()
        word = understanding.words[0]  # a word of its own: หน้า inside ก่อนหน้า counts no pages
        return tuple((word, kind) for kind, said in self._counters_said.items() if word in said)

    def _count_of_another_subject(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A count of one thing with a property the record's figures give only of other things: "มีกี่จังหวัดที่
        เปิดข้อมูลได้ 50%" of figures counting the agencies and public organisations that did, and the
        provinces that only built catalogues. The label words the question says, beside the thing counted,
        must stand in a label that counts that thing."""
        counted = understanding.count_of
        if not counted or not _asks_how_many(intent, decision) or len(record.figures) < 2:
            return None
        read = self._labels_of(record)
        labels = [label.words for label in read]
        stem = self.nlu.normalize(counted).compact
        of_it = [label.words for label in read if stem in label.compact]
        if len(of_it) != 1:  # one label counts the thing asked; several, or none, tell nothing apart
            return None
        said, names = understanding.norm.compact, self.profiles[record.id].names
        kinds = {w for words in self._measure_units.values() for w in words}
        # a property several labels share, not all, said in the question: not the topic's name nor a kind
        shared = [w for w in frozenset().union(*labels) if 1 < sum(w in lb for lb in labels) < len(labels)]
        asked = {w for w in shared if w in said and w not in names and w not in kinds and stem not in w}
        if not asked or asked & of_it[0]:
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="number")

    def _count_by_a_part_not_given(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A count of one thing by a part the record counts with a figure of its own ("how many services did
        the 34 provinces build" of 78 agencies, 34 provinces and 11 public organisations pushing e-services):
        the record gives that part's number, not a count of the thing for it."""
        counted = understanding.count_of
        if not counted or not _asks_how_many(intent, decision):
            return None
        said = {int(w) for w in understanding.words if w.isdecimal()}  # not "²": a digit int() cannot read
        parts = [f for f in record.figures if f.part_of is not None and f.value in said]
        counted_as = self.nlu.normalize(counted).compact

        def names_it(figure: Figure) -> bool:  # "กี่จังหวัด" of 34 provinces asks that part's own number
            siblings = [f for f in record.figures if f.part_of == figure.part_of]
            heads = [figure.unit.th, figure.unit.en] if figure.unit else []
            for labels in ([f.label.th for f in siblings], [f.label.en for f in siblings]):
                heads.append(answer.own_heads(labels)[siblings.index(figure)])  # what sets it apart from the others
            return any(counted_as in self.nlu.normalize(head).compact for head in heads)

        wholes = {f.part_of for f in parts}  # "of the 78 agencies, how many public organisations": a sibling's
        if not parts or any(names_it(f) for f in record.figures if f.part_of in wholes):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="number")

    def _count_of_one_agency(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """How many of a thing one agency, or one kind of organisation, had ("90 กระบวนงาน เป็นของกรมสรรพากร
        กี่กระบวนงาน", "234 รางวัล เป็นของจังหวัดกี่รางวัล") of a topic whose figures count that thing for
        everyone: no figure's label names the agency, nor the topic's own name (nor, for a kind, its words
        with a number beside), so its count is not given. The thing is counted by a figure's unit or in its
        words. Several named, some of them counted ("ministries, provinces and public organisations"), ask
        the breakdown the record gives."""
        counted = understanding.count_of
        if not counted or not _asks_how_many(intent, decision):
            return None
        unit = self.nlu.normalize(counted).compact
        profile, labels = self.profiles[record.id], self._labels_of(record)
        kinds = [k for k in self._subgroups if k in understanding.norm.compact and k not in unit and unit not in k]
        asked = [self.nlu.normalize(a).compact for a in understanding.agencies]
        if not asked and not kinds:
            return None
        counting = profile.how_many(unit) is not None or any(unit in label.unit for label in labels if label.unit)

        def told(named: str) -> bool:
            labelled = any(named in label.compact for label in labels)
            split = named in kinds and profile.counts(named, self.nlu.number_scales)
            return labelled or split or named in profile.names

        # several named, some counted ("ministries, provinces, public organisations"): a breakdown asked, told
        if counting and not any(told(named) for named in (*asked, *kinds)):
            return self._fallback("detail", lang, understanding, closest=record, detail="number")
        return None

    def _threshold_pattern(self, bundle: Bundle) -> re.Pattern[str]:
        """A number beside a threshold word, as questions read: "95 (คะแนน) ขึ้นไป", "at least 95"."""

        def either(words: Iterable[str]) -> str:
            return "|".join(re.escape(self.nlu.normalize(w).text) for w in words) or "(?!)"

        language, number = bundle.language, r"\d+(?:\.\d+)?"
        unit = rf"(?:\s*(?:{either(language.years.units)}))?"
        after, before = either(language.at_least_after), either(language.at_least_before)
        return re.compile(rf"(?P<after>{number}){unit}\s*(?:{after})|(?:{before})\s*(?P<before>{number})")

    def _count_above_not_given(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """How many reached a threshold ("95 ขึ้นไป", "at least 95") of a measure no year of which labels a figure
        with that number: its counts are of another mark (agencies past 85), so the report does not say."""
        if not (understanding.counts_asked and _asks_how_many(intent, decision)):
            return None
        years = set(understanding.norm.years)  # "ปี 2566 ขึ้นไป", "ปี 66 ขึ้นไป": from that year on, no mark
        said = (float(m.group("after") or m.group("before")) for m in self._at_least.finditer(understanding.norm.text))
        marks = {value for value in said if value < EARLIEST_YEAR and SHORT_YEAR + value not in years}
        if not marks:
            return None
        members = self.series.get(record.id, (record,))
        labelled = {n for m in members for f in m.figures for n in numbers_in(f"{f.label.th} {f.label.en}")}
        if any(mark in labelled for mark in marks):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="number")

    def _nouns_counted(self, counter: str, kind: str, understanding: Understanding) -> tuple[str, ...]:
        """What a counter word may stand beside and count: the English word right after it, which it may only
        qualify ("how many service processes" counts processes); the word before a counter of any thing
        ("ใบอนุญาตกี่รายการ" counts licences)."""
        form = self.nlu.normalize(counter).text
        after = re.search(rf"(?<![a-z]){re.escape(form)}\s+([a-z]{{3,}})", understanding.norm.text)
        nouns = (after.group(1),) if form.isascii() and after else ()
        words = understanding.words
        at = words.index(counter) if kind in self.nlu.noun_before_counters and counter in words else 0
        if at > 1 and words[at - 2].isdigit():  # "ต่ำกว่า 100 บาท กี่รายการ": a value's unit, nothing counted
            return nouns
        return (*nouns, words[at - 1]) if at > 0 else nouns

    def _mentioned_in(self, members: Iterable[Record], words: tuple[str, ...]) -> bool:
        """One of these records (years of a measure) mentions one of these words anywhere; a Thai word too
        short to stand alone (งบ) must open one of its words (งบประมาณ), not be letters across two
        (ศูนย์กลาง|บริการ)."""
        members = tuple(members)
        short = tuple(w for w in words if _short_thai(w))
        spelt = tuple(w for w in words if w not in short)
        return mentioned_in(self.profiles, members, spelt) or any(
            self.nlu.opens_a_word_of(m.id, w) for m in members for w in short
        )

    def _counted_in(self, members: Iterable[Record], words: tuple[str, ...]) -> bool:
        """One of these records (years of a measure) states one of these words with a number beside it."""
        return counted_in(self.profiles, members, words, self.nlu.number_scales)

    def _no_number_stated(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "How many" of a topic whose record (in any year) states no number but years: nothing to tell."""
        if not _asks_how_many(intent, decision):
            return None
        if any(self._states_a_count(m) for m in self.series.get(record.id, (record,))):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="number")

    def _outlook_unknown(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Whether a target will be met is known only when a result for its year is given (the wallet's 36
        million of 45 in 2567) or for the year asked ("ITA ปี 68 จะถึงเป้าไหม": 2568's result is told);
        otherwise the report says the result so far, not what comes: declined, with what it gives."""
        if intent is None or not (intent.outlook or self._asks_if_reached_that_year(understanding)):
            return None
        if not intent.outlook and any(self.intents[n].gap_first for n in understanding.intents):
            return None  # how far is still left to reach it: the gap now, no forecast (unless one is asked too)
        members = self.series.get(record.id, (record,))
        results = {y for m in members for y in self._figure_years(m)}
        due = {f.target_year for m in members for f in m.figures if f.target_year}
        asked = set(understanding.norm.years)
        if not intent.outlook and not asked <= due:
            return None  # "ปี 64 ถึงเป้าไหม": a year of results, told as it is
        if (asked and asked <= results) or (due and max(results, default=0) >= max(due)):  # the newest target
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="outlook")

    def _asks_if_reached_that_year(self, understanding: Understanding) -> bool:
        """ "ปี 65 ทำได้ครบตามเป้าไหม", "did it reach 170 in 2022": whether a target was met in a year asked
        apart from the target word ("its 2022 target" names the target, whose progress so far answers)."""
        apart = set(understanding.norm.years) - set(understanding.target_years)
        return bool(apart) and self._asks_reached(understanding)

    def _asks_reached(self, understanding: Understanding) -> bool:
        """Whether a target was met is asked (`reached_words`, each a whole word: "met", not the "me" of "name the")."""
        return self._reached.search(understanding.norm.text) is not None

    def _threshold_not_defined(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """An amount of a kind of figure asked beside a threshold's words, which the definition answers: a
        definition giving no number in any year of the measure sets no mark, so the report does not say."""
        counted = understanding.count_of
        if intent is None or intent.answers != DEFINITION or not counted or not self.nlu.is_measure_word(counted):
            return None
        members = self.series.get(record.id, (record,))
        if any(re.search(r"\d", said) for m in members for said in self._definition_said(m)):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="number")

    def _detail_not_given(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "Where", "who", "when" that the record does not give: "where" of organisations by the intent that
        replaces it ("องค์การมหาชน 2 แห่งไหน" asks who); else told by a grounded reading that gives it and holds
        as much of the question, or by a related record that gives it and names this topic ("จังหวัดไหนได้
        HPP": the ten provinces the HPP section names); else declined."""
        if intent is None or not intent.strict or intent.answers in (None, "text"):
            return None
        if _gives(record, intent.answers):
            return None
        # "องค์การมหาชน 2 แห่งไหน": the organisations are the place, a detail such as who tells them
        instead = next(
            (i for i in self._replacing.get(intent.name, ()) if (d := _detail_asked(i)) and _gives(record, d)), None
        )
        if instead is not None and understanding.organisations and self._speaks_of_attributes(record, understanding):
            return self._compose(record, instead, decision, understanding, lang)
        reading = next(  # a grounded reading of the question that gives it and holds as much of it
            (
                other
                for other in self._other_readings(record, understanding, grounded=True)
                if _gives(other, intent.answers)
                and self._holds_as_much(other, record, understanding.words)
                and self._speaks_of_attributes(other, understanding)
            ),
            None,
        )
        told = self._moved_to(reading, decision, understanding, lang)
        if told is not None:
            return told
        teller = self._detail_elsewhere(record, intent.answers, understanding)
        if teller is not None and self._speaks_of_attributes(teller, understanding):
            told = dataclasses.replace(
                decision, record=teller, confidence=min(decision.confidence, FOLLOW_UP_CONFIDENCE)
            )
            return self._compose(teller, intent, told, understanding, lang)
        if intent.or_name and (named := self._named_in_full(record, intent, decision, understanding, lang)):
            return named
        return self._fallback("detail", lang, understanding, closest=record, detail=intent.answers)

    def _when_of_another_body(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """When a body acted ("ครม. อนุมัติเมื่อไหร่", "when did the House debate it"), asked of a record whose
        date is of another body's act ("ก.พ.ร. เห็นชอบ...เมื่อวันที่ 18 สิงหาคม 2565"): the date the body asked
        acted is not in the report. The bodies are `acting_bodies`; the date must name the one asked. A body
        something is sent to, or one inside a title (`toward_words`), acted in nothing."""
        given = record.details.when if _detail_asked(intent) == "when" else None
        if given is None:
            return None
        said = self._bodies_acting(understanding.norm.compact)
        if not said:
            return None
        told = self.nlu.normalize(f"{given.th} {given.en}").compact
        if any(b in told for b in said):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="when")

    def _act_not_told(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """Whether a body has acted yet, asked at the question's end ("ครม. รับทราบรายงานแล้วหรือยัง", "has the
        cabinet acknowledged it yet"), of a record naming that body only where something is sent or asked of it
        ("ขอเสนอคณะรัฐมนตรีรับทราบ", "to the House of Representatives and the Senate"): the report, written before,
        does not say."""
        compact = understanding.norm.compact
        if not self.nlu.unclosed(compact).endswith(self._done_yet_words):
            return None
        said = self._bodies_acting(compact)
        text = self.nlu.normalize(f"{record.text.th} {record.text.en}").compact
        asked = [b for b in said if b in text and b not in self._bodies_acting(text)]
        if not asked or len(asked) < len(said):
            return None
        worded = self._acting_bodies[asked[0]]
        return self._fallback("detail", lang, understanding, closest=record, detail="done", asked=worded)

    def _bodies_acting(self, compact: str) -> list[str]:
        """The acting bodies said, leaving out those where something is sent or which a title holds, and those
        joined to such a one ("ต่อสภาผู้แทนราษฎรและวุฒิสภา", "to the House and the Senate")."""
        found = sorted((m.start(), m.end(), b) for b in self._acting_bodies for m in re.finditer(re.escape(b), compact))
        acting, passive_ends = [], set()
        for start, end, body in found:
            before = compact[:start]
            joined = any(before.endswith(j) and before[: -len(j)] in passive_ends for j in self._joining)
            if joined or any(compact[:start].endswith(t) for t in self._toward_words):
                passive_ends.add(compact[:end])
            else:
                acting.append(body)
        return acting

    def _named_in_full(
        self, record: Record, intent: Intent, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "ชื่อเต็ม" of a topic with no acronym to spell out: its name as the report gives it, unless that is
        what was typed (then the report spells out nothing more). A part's name ("ยุทธศาสตร์ที่ 2 ชื่อเต็ม"), or
        every member's ("ชื่อเต็มของยุทธศาสตร์ทุกข้อ"), is in the words that name them."""
        profile = self.profiles[record.id]
        if understanding.parts or (understanding.names_asked and profile.names_the(None, "", self.nlu.list_markers)):
            return self._compose(record, intent, decision, understanding, lang)
        named = decision.follow_up or any(c.grounded and c.record.id == record.id for c in understanding.candidates)
        if not named:  # a reading only guessed at: its name may be no answer to what was meant
            return None
        name = getattr(record.name, lang)
        if set(self.nlu.words(self.nlu.normalize(name).text)) <= set(understanding.words):
            return None  # what was typed: the report spells out nothing more
        cited = answer.citation([(record, self.bundle.sources[record.source or ""])], lang, self.say)
        text = answer.fit([self.say.say("full_name", lang, name=name)], cited)
        suggestions, sources = self._suggest(record, lang, decision.intent), tuple(record.sections)
        return Reply(text, suggestions, sources, decision.intent, decision.confidence, False, record.id, lang)

    def _speaks_of_attributes(self, record: Record, understanding: Understanding) -> bool:
        """It mentions every attribute the question asks ("เข้ารับตำแหน่งเมื่อไหร่": the letter's date tells no
        taking office), so its detail answers what is asked."""
        return all(self._mentioned_in((record,), self.nlu.attribute_kin[c]) for _, c in understanding.attributes)

    def _reason_of_another(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "ทำไมด้านภาครัฐถึงร่วง" of a record whose reason names the public-sector fall as the cause of the
        overall rank's: the figure asked stands only on the reason's cause side (`cause_words`), so the reason
        explains another figure and the cause of this one is not given."""
        why = record.details.why
        if intent is None or intent.answers != "why" or why is None:
            return None
        labels = [label.compact for label in self._labels_of(record)]
        # of several figures, the words naming one (or the turn before's), not "IMD" or "อันดับ" they all hold
        named = self._figure_named(record, understanding) or decision.figure
        asked = list(named) or [w for w in understanding.words if any(w in label for label in labels)]
        # both languages: "IMD government efficiency ทำไมถึงร่วง" names the figure in English
        sides = [found for text in (why.th, why.en) if (found := self._cause_and_effect(text))]
        if not asked or not sides:
            return None
        if any(w in effect for _, effect in sides for w in asked) or not any(w in c for c, _ in sides for w in asked):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="cause", reason=getattr(why, lang))

    def _cause_and_effect(self, reason: str) -> tuple[str, str] | None:
        """The clause of a reason that causes and the one that is caused, split at its first cause word (an
        English one as a whole word); None when it has none. Compact, as the question's words are."""
        text = self.nlu.normalize(reason).text
        marks = [
            (found.start(), found.end(), effect_after)
            for words, effect_after in ((self._effect_after, True), (self._effect_before, False))
            for word in words
            if (found := re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text))
        ]
        if not marks:
            return None
        start, end, effect_after = min(marks)
        before = self._clause_break.split(text[:start])[-1]
        after = self._clause_break.split(text[end:])[0]
        cause, effect = (before, after) if effect_after else (after, before)
        return cause.replace(" ", ""), effect.replace(" ", "")

    def _finding_not_given(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """What a study or review found ("Post Audit ผลออกมาคุ้มค่าไหม") of a topic that states no number and
        says no finding (only that it was studied): the report does not give it."""
        if understanding.finding is None or record.figures or self._states_a_count(record, unlisted=True):
            return None
        if self._mentioned_in((record,), self.nlu.finding_words):
            return None
        return self._detail_missing("finding", [understanding.finding], record, understanding, lang)

    def _states_a_count(self, record: Record, unlisted: bool = False) -> bool:
        """Its words give a number that is no year ("416,987,990 บาท", "8 งาน"); `unlisted`: other than a count
        of what it then names ("นำร่อง 2 แห่ง ได้แก่ ..."), which says what was studied, not what was found."""
        profile = self.profiles[record.id]
        counts = [n for n in profile.numbers if not YEARS.start <= n < YEARS.stop]
        return any(not (unlisted and profile.names_the(n, "", self.nlu.list_markers)) for n in counts)

    def _province_not_named(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "อยู่จังหวัดไหน" of a place the record gives without its province (a flood plain, a mall): the
        place is no answer to which province."""
        if not _asks_which_province(understanding):
            return None
        if intent is None or intent.answers != "where" or record.details.where is None:
            return None
        if not self._gives_no_province(record):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="province")

    def _gives_no_province(self, record: Record) -> bool:
        """Neither its words nor its "where" name a province: a flood plain, a mall, an app."""
        where = record.details.where
        said = self.nlu.normalize(f"{record.text.th} {where.th if where else ''}")
        return not record.provinces and not self.nlu.find_provinces(said, self.nlu.spans(self.nlu.tokens(said.text)))

    def _detail_elsewhere(self, record: Record, detail: str, understanding: Understanding) -> Record | None:
        """The record of one of its sections that gives the detail, calls the topic by its name or short name
        (an alias such as "แนวโน้ม" is too loose a tie) and holds most of the question's words (the meeting
        that approved the report, not the letter sending it), the first of equals. Not another year of its
        series, nor a record without the year asked: that year's detail would be told as this year's. Asked
        which provinces, one naming none ("the 34 provinces pushing e-Services": the app they run on) tells
        nothing."""
        names = [self.nlu.normalize(n).compact for n in (record.name.th, record.name.en, record.aliases[0])]
        other_years = {m.id for m in self.series.get(record.id, ())}
        asked = set(understanding.norm.years)
        # beside its sections' records, another reading of the question naming it that holds more of the
        # question ("when did the Commission approve the report": the meeting that approved it)
        unheld = self._unheld(record, understanding.words)
        elsewhere = [
            c.record
            for c in understanding.candidates[:READINGS_CONSIDERED]
            if c.evidence and self._unheld(c.record, understanding.words) < unheld
        ]
        tellers = [
            other
            for other in {r.id: r for r in (*self._item_mates(record), *elsewhere)}.values()
            if other.id != record.id
            and other.id not in other_years
            and asked <= other.known_years()
            and _gives(other, detail)
            and any(self.profiles[other.id].mentions(n) for n in names)
            and not (_asks_which_province(understanding) and self._gives_no_province(other))
        ]
        return min(tellers, key=lambda r: self._unheld(r, understanding.words), default=None)

    def _target_not_set(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """A target asked ("What target does the report set for that ranking?", whatever intent answers) of a
        topic stating none."""
        said = any(w in understanding.norm.compact for w in self._target_words)  # "target", not "reached"
        beside = said and not self._target_ruled_out(understanding)
        if intent is None or not (intent.target_first or beside) or self.profiles[record.id].states_a_target:
            return None
        members = self.series.get(record.id, (record,))
        if said and self._asks_reached(understanding) and any(self.profiles[m.id].states_a_target for m in members):
            return None  # "ปี 66 ผ่านถึงเป้า 80% ยัง": the measure's target, set in another year, against this result
        return self._fallback("detail", lang, understanding, closest=record, detail="target")

    def _nothing_to_compare(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply | None:
        """ "เทียบกับปีก่อนเป็นไง" of a topic the report gives for its own year only, saying no change
        (`change_words`): nothing to compare, so the report does not say whether it got better; nor how much it
        rose ("ความพึงพอใจเพิ่มขึ้นกี่จุด": a change word beside how many)."""
        compact = understanding.norm.compact  # a direction ("เพิ่มขึ้น"), not "ต่อเนื่อง", nor "rose to" a level
        changed = _asks_how_many(intent, decision) and any(
            way in compact and not any(f"{way}{level}" in compact for level in self._level_words)
            for _, way, _, _ in self._opposites
        )
        against = (self._against_year_before(understanding) and self._asks_trend(understanding)) or changed
        if not against or set(understanding.norm.years) - {record.year}:
            return None
        if len(self.series.get(record.id, (record,))) > 1 or any(f.later or f.change_since for f in record.figures):
            return None
        if any(word in self.profiles[record.id].everything for word in self._change_words):
            return None
        return self._fallback("detail", lang, understanding, closest=record, detail="comparison")

    # ---- composing the answer ----------------------------------------------------------------
    def _named_then_defined(self, record: Record, understanding: Understanding) -> bool:
        """The topic's own name said right before a definition cue ("GDX คืออะไร"): its definition is asked,
        beside whatever else the question asks; "target คืออะไร" names no topic."""
        said = understanding.norm.compact
        return any(f"{name}{cue}" in said for name in self.profiles[record.id].each_name for cue in self._defining)

    def _compose(
        self, record: Record, intent: Intent | None, decision: Decision, understanding: Understanding, lang: str
    ) -> Reply:
        asked_years = set(understanding.norm.years)
        listed = self._list_asked_with_count(intent, understanding)
        key = intent.answers if intent and listed is not intent else "text"  # asked with a count, members follow it
        detail: Bilingual | None = getattr(record.details, key) if key and key != "text" else None
        if detail is not None and self._text_says_it_instead(record, key, understanding):
            detail = None  # "who presided": the text names the chair, the who detail only the organiser
        matching = intent is not None and intent.match_detail
        parts = (
            [getattr(detail, lang)]
            if detail
            else self._matching_detail(record, understanding, lang, numbers=intent.match_detail == "numbers")
            if intent is not None and matching
            else []
        )
        defined = record.details.definition
        if defined is not None and key != "definition" and self._named_then_defined(record, understanding):
            parts.insert(0, getattr(defined, lang))  # "GDX คืออะไร มีข้อมูลของหน่วยงานไหนบ้าง": both asked
        if intent is not None and intent.target_first:
            parts += [line for fig in record.figures if (line := answer.target_line(fig, lang, self.say))]
        implied = (
            [line for fig in record.figures for line in answer.progress(fig, lang, self.say, self._on_scale(fig))]
            if intent is not None and intent.progress
            else []
        )
        if intent is not None and intent.gap_first:
            parts, implied = parts + implied, []
        members = self.series.get(record.id, ())
        cited_too: list[Record] = []  # other years' records a trend or comparison draws on
        trend_lines: list[str] = []
        spanned = asked_years | set(understanding.norm.between)  # "ช่วง65-69": the years of it held, 2569 or not
        chosen = {m.id: m for year in spanned if (m := member_for(members, [year])) is not None}
        compared = tuple(sorted(chosen.values(), key=lambda r: r.year))  # two years of the measure asked
        ranged = bool(understanding.norm.between) and len(compared) > 1
        if ranged:  # "ตั้งแต่ 2565 ถึง 2568": every year held from one end to the other; the change is end to end
            compared = tuple(m for m in members if compared[0].year <= m.year <= compared[-1].year)
        if len(compared) > 1 or (self._asks_trend(understanding) and len(members) > 1):
            upto = tuple(r for r in members if r.year <= record.year)
            # "ย้อนหลัง 3 ปี": the three years up to the year asked, or to the newest held
            back = understanding.years_back
            newest = max((y for r in members for y in self._figure_years(r) | {r.year}), default=0)
            end = max(asked_years, default=newest)
            since = end - back + 1 if back > 1 and end else min(asked_years, default=0)
            if since and back <= 1 and self._against_year_before(understanding):  # "ปี 67 ดีขึ้นจากปีก่อนไหม": from
                since = max((r.year for r in members if r.year < since), default=since)  # the year held before it
            told_since = since if self._asks_since(understanding) else 0  # "เทียบกับปี 63": the change since it
            extreme = self._extreme_year(understanding)
            # "ปี 64 เทียบกับปี 63" of the first year: that year's own record tells the change, no later year
            span = compared if len(compared) > 1 else upto if len(upto) > 1 or asked_years else members
            if extreme and len(compared) < 2:
                span = members  # "ปีไหนสูงสุด": every year held
            span = tuple(r for r in span if max(r.known_years()) >= since)
            # a word that is the topic's whole name ("ITA", in the score's label) names no figure of it
            names = self.profiles[record.id].each_name
            named = tuple(w for w in (*understanding.words, *decision.figure) if w not in names)
            # "scores": the score's figure each year, not the rank's; "คะแนน ... พร้อมอันดับ": each kind's
            kinds: list[str | None] = list(dict.fromkeys(kind for _, kind in understanding.measures)) or [None]

            def of_kind(kind: str | None) -> tuple[str, ...]:
                """The words naming that kind's figure: the question's, less the other kinds' ("คะแนนกับอันดับ")."""
                others = {w for k in kinds if k and k != kind for w in self._measure_units[k]}
                return (*(w for w in named if w not in others), *(self._measure_units[kind] if kind else ()))

            trends = [
                answer.trend(
                    span,
                    of_kind(kind),  # "เทียบกับปีก่อนล่ะ": the one talked of
                    lang,
                    self.say,
                    understanding.norm.compact,
                    from_first=ranged or 0 < told_since < record.year,
                    since=told_since,
                    extreme=extreme,
                    window=back > 1,
                )
                for kind in kinds
            ]
            trend_lines = list(dict.fromkeys(line for t in trends for line in t.lines))
            parts += trend_lines
            # the years told, or each year's own figure when none line up (labels differ)
            drawn = {r.id: r for t in trends for r in t.drawn_on}
            cited_too = [r for r in (drawn.values() if trend_lines else span) if r.id != record.id]
        own = getattr(record.text, lang)
        parts = [p for p in parts if p not in own]  # a detail the text says word for word is told once, in it
        parts.append(own)
        if cited_too and not trend_lines:  # no figures to line up (labels differ): each year's own figure says it
            parts += [self._year_figure(r, understanding, lang) for r in cited_too]
        if members and not asked_years and record.id == members[-1].id and str(record.year) not in record.text.th:
            parts.append(self.say.say("latest", lang, year=self.say.year(record.year, lang)))
        if decision.sibling is not None:
            parts.append(getattr(decision.sibling.text, lang))
        if intent is not None and intent.period and detail is None:
            parts.append(answer.period(record, lang, self.say))
        parts += implied
        extras = [*(intent.also if intent else ()), *([listed.answers] if listed and listed.answers else [])]
        for extra in dict.fromkeys(extras):
            more = getattr(record.details, extra)
            if more is not None and not _mostly_told(getattr(more, lang), parts):
                parts.append(getattr(more, lang))
        source = self.bundle.sources[record.source or ""]
        drawn_on = [(r, self.bundle.sources[r.source or ""]) for r in [record, *cited_too]]
        cited = answer.citation(drawn_on, lang, self.say)  # every source the answer draws on
        sources = tuple(record.sections)
        several_series = len(trend_lines) > 1  # "scores and ranks over the years": each series, at a list's length
        text = answer.fit(parts, cited, answer.LIST_CHARS if listed or several_series else answer.MAX_ANSWER_CHARS)
        if decision.sibling is not None:
            if getattr(decision.sibling.text, lang) not in text:  # no room for it whole: name it instead
                see_also = self.say.say("see_also", lang, name=getattr(decision.sibling.name, lang))
                parts.insert(parts.index(getattr(record.text, lang)) + 1, see_also)
                text = answer.fit(parts, cited)
            sources = tuple(dict.fromkeys([*sources, *decision.sibling.sections]))
        suggestions = self._suggest(record, lang, decision.intent)
        drawn = answer.card(record, source, lang, self.say) if intent is not None and intent.progress else None
        asked = intent is not None and intent.shows_chart
        chart = record.id if record.figures and (drawn is not None or asked) else None  # something to draw
        reply = Reply(text, suggestions, sources, decision.intent, decision.confidence, False, record.id, lang, drawn)
        return dataclasses.replace(reply, chart_record=chart, chart_asked=asked and chart is not None)

    def _year_figure(self, record: Record, understanding: Understanding, lang: str) -> str:
        """Another year's figure the question names, by its year: short beside this year's statement ("2564
        (2021): 45 services"); its statement when it has none."""
        if not record.figures:
            return getattr(record.text, lang)
        fig = answer.closest_figure(record.figures, understanding.words, understanding.norm.compact)
        value = answer.amount(fig.value, fig, lang, self.say)
        if fig.of is not None:  # "35 ใบอนุญาต จาก 94": out of the whole the source counts it against
            value = self.say.say("whole_out_of", lang, value=value, of=answer.whole_of(fig, lang))
        return self.say.say("year_figure", lang, year=self.say.year(fig.year, lang), value=value)

    def _list_asked_with_count(self, intent: Intent | None, understanding: Understanding) -> Intent | None:
        """The intent asking for members when the question also asks how many ("กี่กระบวนงาน มีอะไรบ้าง"):
        one question, two asks, so the count and the members are both told, at a list's length."""
        if intent is None or not understanding.counts_asked:
            return None
        if intent.answers not in (None, "text") and not intent.lists:
            return None  # "กี่หน่วยงาน หน่วยงานไหนบ้าง" answered by who: its answer names them already
        asked = [intent, *(self.intents[n] for n in understanding.intents if n != intent.name)]
        return next((i for i in asked if i.lists), None)

    def _year_saying_it(self, members: tuple[Record, ...], understanding: Understanding) -> Record | None:
        """ "IMD ได้ที่ 2 ของอาเซียนปีไหน", which year, of no year: the newest year whose source holds every word
        of the question the newest year's lacks (2567's "second in ASEAN"; 2568 gives no ASEAN place)."""
        if understanding.norm.years or not any(self.intents[n].period for n in understanding.intents):
            return None
        lacking = [w for w in understanding.clues if not w.isdigit() and not self.nlu.holds(members[-1].id, w)]
        if not lacking:
            return None
        return next((m for m in reversed(members[:-1]) if all(self.nlu.holds(m.id, w) for w in lacking)), None)

    def _role_words(self, understanding: Understanding) -> list[str]:
        """The persons' parts the question asks of (`role_words`: presided, ประธาน, prime minister)."""
        return [r for r, said in self._roles.items() if said.search(understanding.norm.text)]

    def _says_a_role(self, part: Bilingual | None, roles: list[str]) -> bool:
        """The part names one of the roles, in either language."""
        if part is None:
            return False
        texts = (self.nlu.normalize(part.th).text, self.nlu.normalize(part.en).text)
        return any(self._roles[r].search(text) for r in roles for text in texts)

    def _text_says_it_instead(self, record: Record, key: str, understanding: Understanding) -> bool:
        """The role the question asks of (presided, แถลง) stands in the record's text and not in the detail its
        intent answers with: the text answers."""
        detail = getattr(record.details, key)
        roles = self._role_words(understanding) if detail else []
        return bool(roles) and self._says_a_role(record.text, roles) and not self._says_a_role(detail, roles)

    def _role_told_before(self, members: tuple[Record, ...], understanding: Understanding) -> Record | None:
        """ "Which prime minister said he would use the index?", of no year: the newest year whose detail
        asked names that role, when the newest year's does not (2566's who is the prime minister, 2568's the
        institute presenting the results)."""
        asked = next((self.intents[n] for n in understanding.intents if self.intents[n].strict), None)
        detail = _detail_asked(asked) if asked is not None else None
        roles = self._role_words(understanding)
        if detail is None or not roles or understanding.norm.years:
            return None
        if self._says_a_role(getattr(members[-1].details, detail), roles):
            return None
        return next((r for r in reversed(members) if self._says_a_role(getattr(r.details, detail), roles)), None)

    def _matching_detail(self, record: Record, understanding: Understanding, lang: str, numbers: bool) -> list[str]:
        """A detail that shares more of the question's words than the main text does, to lead with (for a
        question asking how many, only a detail that states a number; asked kinds of figure, only one
        naming each: "target rank and score" is not led by a detail giving the rank alone)."""
        profile = self.profiles[record.id]

        def held(part: str) -> tuple[int, int]:  # what it negates (ไม่ผ่าน: those who failed), then its words
            return profile.overlap(understanding.negated, part), profile.overlap(understanding.words, part)

        given = {word for _, word in understanding.sets}  # "ไม่ผ่านเกณฑ์ 85 คะแนนกี่แห่ง": a mark told, not asked
        asked = [kind for worded, kind in understanding.measures if worded not in given]

        def kinds_named(part: str) -> bool:
            said = profile.parts.get(part, "")
            return all(any(w in said for w in self._measure_units[kind]) for kind in asked)

        # asked how many, the figure asked is the one whose label the question says most: a detail stating
        # another of the record's figures and not that one does not lead when the text states it ("กี่ล้านคน"
        # of the wallet: its 36 million, not the 20.1 million of the first two days a detail on dates gives)
        figure = (
            answer.closest_figure(record.figures, understanding.words, understanding.norm.compact)
            if (numbers and record.figures)
            else None
        )
        if figure is not None and answer.label_shares(figure, understanding.words) < NAMED_BY_WORDS:
            figure = None  # no label the question names: nothing to tell the details apart by
        others = [answer.number(f.value) for f in record.figures if f is not figure]

        def states(value: str, part: str) -> bool:
            return re.search(rf"(?<![\d.,]){re.escape(value)}(?![\d]|[.,]\d)", part) is not None

        def of_another_figure(part: str) -> bool:
            if figure is None or not states(answer.number(figure.value), record.text.th):
                return False
            return not states(answer.number(figure.value), part) and any(states(v, part) for v in others)

        base = held("text")
        scored = [
            (held(key), key)
            for key, value in record.details
            if value is not None
            and (not numbers or any(ch.isdigit() for ch in value.th))
            and kinds_named(key)
            and not of_another_figure(value.th)
        ]
        best, key = max(scored, default=((0, 0), ""))
        return [getattr(getattr(record.details, key), lang)] if best > base else []

    def _kinds_of(self, figure: Figure) -> set[str]:
        """The kinds of figure its unit says it is (a score in คะแนน, a rank in อันดับ)."""
        unit = figure.unit
        units = {self.nlu.normalize(u).compact for u in (unit.th, unit.en)} if unit is not None else set()
        return {kind for kind, words in self._measure_units.items() if units & words}

    def _on_scale(self, figure: Figure) -> bool:
        """A score out of a whole (CPI 33 of 100 points): a scale, not a task part done."""
        return self._scale_kind in self._kinds_of(figure)

    def _fallback(
        self,
        kind: str,
        lang: str,
        understanding: Understanding,
        closest: Record | None = None,
        detail: str | None = None,
        **fields: str,
    ) -> Reply:
        name = (closest.name.th if lang == "th" else closest.name.en) if closest else ""
        text = self.say.say(f"missing_{detail}" if detail else f"fallback_{kind}", lang, name=name, **fields)
        if closest is not None and kind in {"unknown", "live", "named"}:
            text += " " + self.say.say("fallback_closest", lang, name=name)
        if closest is not None and kind in ("detail", "years_back"):  # what it does say, after what it lacks
            text = answer.clipped(text, getattr(closest.text, lang))
        suggestions = self._suggest(closest, lang) if closest else self.starters(lang)
        sources = tuple(closest.sections) if closest and kind in ("detail", "years_back") else ()
        record_id = closest.id if closest and kind not in ("unknown", "named") else None
        return Reply(text, suggestions, sources, "fallback", 0.0 if not closest else 0.3, True, record_id, lang)

    def _clarify(self, options: list[Candidate], lang: str) -> Reply:
        names = [c.record.name.th if lang == "th" else c.record.name.en for c in options]
        text = self.say.say("clarify", lang, options=self.say.say("clarify_joiner", lang).join(names))
        suggestions = tuple(self.say.say("suggest_about", lang, name=short_name(c.record, lang)) for c in options)
        confidence = round(options[1].score / options[0].score / len(options), 2)
        return Reply(text, suggestions, (), "clarify", confidence, True, None, lang)

    def _smalltalk(self, intent: Intent, lang: str) -> Reply:
        assert intent.reply is not None
        return Reply(getattr(intent.reply, lang), self.starters(lang), (), intent.name, 1.0, False, None, lang)

    def _part_missing(self, asked: str, source_id: str, lang: str) -> Reply:
        """ "ยุทธศาสตร์ที่ 4" of a report with three: it has no such part; its parts are named instead."""
        source = self.bundle.sources[source_id]
        parts = "".join(f"\n{LIST_BULLET}{getattr(p.name, lang)}" for p in source.parts)
        text = self.say.say("part_missing", lang, source=getattr(source.title, lang), asked=asked, parts=parts)
        return Reply(text, self.starters(lang), (), "fallback", 0.0, True, None, lang)

    def _source_year_missing(self, asked: int, held: tuple[str, ...], lang: str) -> Reply:
        """ "รายงานการพัฒนาระบบราชการปี 65" with only 2564's: no such year of it; the sources of that name held
        are named."""
        titles = [getattr(self.bundle.sources[s].title, lang) for s in held]
        joiner = self.say.say("sources_joiner", lang)
        text = self.say.say("fallback_source_year", lang, asked=self.say.year(asked, lang), held=joiner.join(titles))
        return Reply(text, self.starters(lang), (), "fallback", 0.0, True, None, lang)

    def _plain(self, kind: str, lang: str, fallback: bool, suggestions: tuple[str, ...]) -> Reply:
        return Reply(self.say.say(f"fallback_{kind}", lang), suggestions, (), kind, 0.0, fallback, None, lang)

    # ---- suggestions ------------------------------------------------------------------------
    def _closest(self, understanding: Understanding) -> Record | None:
        if understanding.top is not None and understanding.top.score >= CLOSEST:
            return understanding.top.record
        if not understanding.clues:
            return None
        found = self.search.closest(list(understanding.clues), limit=1)
        return self.records.get(found[0]) if found else None

    def _suggest(self, record: Record, lang: str, asked: str | None = None) -> tuple[str, ...]:
        """Follow-ups the record can answer, other than what was just asked, then its neighbours."""
        name = short_name(record, lang)
        asked_of = self.intents.get(asked or "")
        answers = asked_of.answers if asked_of else None
        offers = {
            "target": any(f.target is not None for f in record.figures) and not (asked_of and asked_of.target_first),
            "examples": record.details.examples is not None and answers != "examples",
            "definition": record.details.definition is not None and answers != "definition",
        }
        out = [self.say.say(f"suggest_{kind}", lang, name=name) for kind, offered in offers.items() if offered]
        for neighbour in self._related(record):  # a section may hold hundreds: stop once there are enough
            if len(dict.fromkeys(out)) >= MAX_SUGGESTIONS:
                break
            out.append(self.say.say("suggest_about", lang, name=short_name(neighbour, lang)))
        return tuple(dict.fromkeys(out))[:MAX_SUGGESTIONS]

    def starters(self, lang: str) -> tuple[str, ...]:
        return tuple(self.say.say("suggest_about", lang, name=short_name(r, lang)) for r in self._starters)


def _same_item(record: Record, other: Record) -> bool:
    """Both told under one item of one source ("3.1.2.2 (4)", the covering letter)."""
    return record.source == other.source and bool(set(record.sections) & set(other.sections))


def _short_thai(word: str) -> bool:
    """A Thai word too short to stand alone (งบ): inside a run of Thai it may be letters across two words."""
    return bool(THAI_CHAR.match(word)) and len(word) < MIN_THAI_TERM


def _asks_how_many(intent: Intent | None, decision: Decision) -> bool:
    """The answering intent asks how many or how much (not a detail of a topic that happens to hold a number)."""
    return intent is not None and intent.needs_number and decision.intent == intent.name


def _own_years(record: Record) -> set[int]:
    """The years a record is of: its own and its lead figure's (EGDI 2563 leads the 2564 report's figures);
    any other it tells in passing."""
    return {record.year, *(f.year for f in record.figures[:1])}


def _detail_asked(intent: Intent | None) -> str | None:
    """The detail an intent asks (who, where, a definition), none when it asks the text or nothing."""
    return intent.answers if intent is not None and intent.answers in DETAILS else None


def _asks_which_province(understanding: Understanding) -> bool:
    """ "จังหวัดไหนบ้าง", naming none: the answer must name provinces."""
    return understanding.asks_provinces and understanding.asks_which and not understanding.provinces


def _gives(record: Record, detail: str) -> bool:
    """The record gives this detail (a province list counts as where)."""
    return getattr(record.details, detail) is not None or (detail == "where" and bool(record.provinces))


def _worded(understanding: Understanding) -> list[str]:
    """The question's words of two letters or more: 's is no word."""
    return [w for w in understanding.words if sum(ch.isalpha() for ch in w) >= 2]


def _titled(record: Record, thing: str) -> bool:
    """Its Thai text gives the thing a title in quotation marks right after it (หัวข้อ "Promoting ...")."""
    return re.search(rf"{re.escape(thing)}\s*[{TITLE_QUOTES}]", record.text.th) is not None


def _typed_as_term(typed: str) -> bool:
    """A name typed in lower case is a term switched into English ("labour market"), not a person's name."""
    return typed[:1].islower()


def _mostly_told(part: str, told: list[str]) -> bool:
    """Most of a detail is said already (the top aspects in the text and again in the examples)."""
    said = trigrams(" ".join(told))
    own = trigrams(part)
    return bool(own) and len(own & said) >= MOSTLY_TOLD * len(own)


def _listed(years: set[int]) -> str:
    return ", ".join(map(str, sorted(years)))
