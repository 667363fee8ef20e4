"""Pydantic models for the knowledge and intent files.

The files are the product's data: these models are the contract an admin edits against, so every
field is strict (unknown keys are errors) and every error can be reported with its file and line.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

YEAR_IN_TEXT = re.compile(r"(?<!\d)(25\d\d)(?!\d)")
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
AnswerText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=380)]
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


def _regular_expression(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from exc
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(Strict):
    """The same statement in Thai and English: users are answered in the language they ask in."""

    th: AnswerText
    en: AnswerText


class Name(Strict):
    th: NonEmpty
    en: NonEmpty


class Sections(Strict):
    """How a source numbers its parts, so a record's section can be checked and cited ("ข้อ 3.1.1")."""

    pattern: NonEmpty  # a regular expression every section of the source's records must match
    label: Name  # the word a citation puts before the number: ข้อ / section

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _regular_expression(value)


class Heading(Strict):
    """A numbered item of a source as the source heads it: "(1) ประชาชนได้รับความสะดวกรวดเร็ว..." """

    section: NonEmpty
    name: Name


class Part(Strict):
    """A part of a source people ask about as a whole ("ยุทธศาสตร์ที่ 1"): every record with a section
    under `section` belongs to it."""

    section: NonEmpty
    name: Name
    cues: list[NonEmpty] = Field(min_length=1)  # how people name the part in a question


class Source(Strict):
    """Where facts come from: a report, an announcement, a dataset. Answers cite it by its title."""

    id: Id
    title: Name
    # what people call it, its year aside ("รายงานการพัฒนาระบบราชการ"): naming it asks of the source itself
    aliases: list[NonEmpty] = []
    publisher: Name
    year: int | None = Field(default=None, ge=2500, le=2700)  # Buddhist era
    date: NonEmpty | None = None
    url: NonEmpty | None = None
    sections: Sections | None = None  # None: the source is cited whole
    parts: list[Part] = []  # the parts a whole-source question can be about (its strategies)
    indicators: list[Heading] = []  # the source's own numbered indicators, by section and heading

    @model_validator(mode="after")
    def _numbered_once(self) -> Source:
        sections = [i.section for i in self.indicators]
        if len(sections) != len(set(sections)):
            raise ValueError("an indicator section is declared twice")
        return self


class SourcesFile(Strict):
    sources: list[Source] = Field(min_length=1)


class Category(Strict):
    """A group of records: what a record is (its `kind`) or a mark an admin gives it (its `tags`:
    highlight, plan, ranking). Whole-report questions list and count by group."""

    id: Id
    th: NonEmpty
    en: NonEmpty
    cues: list[NonEmpty] = []  # how people name the group in a question (แพลตฟอร์ม, แอป, apps)
    # its records speak of the report itself (its covering letter, parts, legal basis): "who made this
    # report" is answered by the one of them that gives who, not by a topic that mentions a report
    about_source: bool = False
    # asked what improved or got worse, the group means every measure whose sources give two years to
    # compare (people call any measure an indicator: "ตัวชี้วัดไหนแย่ลงในปี 2568" asks of CPI too)
    moves_of_every_measure: bool = False
    # asked of a part marking fewer than two of its records so, the group means the part's records
    # ("ผลงานเด่นของยุทธศาสตร์ที่ 2": its key results, of which only HPP is marked a highlight)
    whole_part_if_none_marked: bool = False


class CategoriesFile(Strict):
    categories: list[Category] = Field(min_length=1)


class Wording(Strict):
    """One sentence the bot says, with {slots}; spaces are kept (a joiner is " or ")."""

    th: Annotated[str, StringConstraints(min_length=1)]
    en: Annotated[str, StringConstraints(min_length=1)]


class RepliesFile(Strict):
    replies: dict[str, Wording]


class LaterValue(Strict):
    year: int = Field(ge=2500, le=2600)
    value: float


class Change(Strict):
    """A change the report states against an earlier year ("up 13.35 from 2563")."""

    year: int = Field(ge=2500, le=2600)
    by: float


class Figure(Strict):
    """A measured value; targets and totals let the bot compute progress instead of storing it."""

    label: Name
    value: float
    unit: Name
    year: int = Field(ge=2500, le=2600)
    target: float | None = None
    target_year: int | None = Field(default=None, ge=2500, le=2600)
    of: float | None = Field(default=None, gt=0)
    # the whole's own unit when it counts other things (234 awards of 1,688 entries): a share of it, not
    # progress through it, so nothing is "left"
    of_unit: Name | None = None
    lower_is_better: bool = False
    later: list[LaterValue] = []
    change_since: Change | None = None
    part_of: Name | None = None  # the total this figure is one part of, when the source gives only the parts

    @model_validator(mode="after")
    def _paired_fields_together(self) -> Figure:
        """A target needs its year, and a whole's unit needs the whole."""
        if (self.target is None) != (self.target_year is None):
            raise ValueError("target and target_year go together")
        if self.of_unit is not None and self.of is None:
            raise ValueError("of_unit names the unit of `of`, which is missing")
        return self


class Details(Strict):
    """Answers to particular kinds of question; a missing one means the report does not say."""

    examples: Bilingual | None = None
    who: Bilingual | None = None
    when: Bilingual | None = None
    where: Bilingual | None = None
    definition: Bilingual | None = None
    why: Bilingual | None = None
    procedure: Bilingual | None = None


class Record(Strict):
    id: Id
    kind: Id  # a category declared in a categories file
    source: Id | None = None  # the file's source unless the record names its own
    series: Id | None = None  # the measure this record is one year of; found from shared names when absent
    part_of: Id | None = None  # the record of a document this record tells one part of (the letter's proposal)
    sections: list[NonEmpty] = []  # where in its source it comes from, numbered as the source says
    year: int = Field(ge=2500, le=2600)
    years: list[int] = []
    name: Name
    aliases: list[NonEmpty] = Field(min_length=1)
    keywords: list[NonEmpty] = []
    provinces: list[NonEmpty] = []
    tags: list[Id] = []  # groups beyond its kind, declared as categories (highlight, plan, ranking)
    text: Bilingual
    figures: list[Figure] = []
    details: Details = Details()

    def known_years(self) -> frozenset[int]:
        """Every year this record holds a fact for; a question about another year is out of scope."""
        found = {self.year, *self.years}
        for text in (self.name.th, self.text.th, *self.aliases):
            found.update(int(y) for y in YEAR_IN_TEXT.findall(text))
        for fig in self.figures:
            found.add(fig.year)
            if fig.target_year:
                found.add(fig.target_year)
            found.update(later.year for later in fig.later)
            if fig.change_since:
                found.add(fig.change_since.year)
        return frozenset(found)

    def result_years(self) -> frozenset[int]:
        """Years it gives a result for: a figure's up to its own year (one dated later is a plan, "นำร่อง 2
        หน่วยงานในปี 2565"; EGDI's 2563 rank is no 2564 result) and the later results a figure carries; its own
        year when it gives no figure."""
        figures = {f.year for f in self.figures if f.year <= self.year}
        own = set() if self.figures else {self.year}
        return frozenset(own | figures | {v.year for f in self.figures for v in f.later})

    def target_only_years(self) -> frozenset[int]:
        """Years the record gives only a target for, not a result."""
        targets = {f.target_year for f in self.figures if f.target_year}
        results = {self.year} | {f.year for f in self.figures} | {v.year for f in self.figures for v in f.later}
        return frozenset(targets - results)


class KnowledgeFile(Strict):
    source: Id  # every record in the file comes from this source
    records: list[Record] = Field(min_length=1)


class Cues(Strict):
    th: list[NonEmpty] = []
    en: list[NonEmpty] = []


# what a question about many records at once asks (see bot/core/report.py)
Aggregate = Literal[
    "behind",
    "met",
    "best",
    "worst",
    "ranked",
    "untargeted",
    "unresulted",
    "other_year",
    "target_years",
    "worsened",
    "improved",
    "mentioned",
    "list",
    "count",
    "total",
    "compare",
    "overview",
]


class Intent(Strict):
    name: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]
    answers: str | None = None
    strict: bool = False
    smalltalk: bool = False
    out_of_scope: bool = False
    cues: Cues
    hints: list[NonEmpty] = []
    reply: Bilingual | None = None
    events: list[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]] = []  # follow, start, help: no words
    also: list[str] = []  # details added after the answer when they fit
    progress: bool = False  # add what the figures imply (share of target, change)
    target_first: bool = False  # lead with the target sentence
    gap_first: bool = False  # "ขาดอีกเท่าไหร่": what the figures imply (share done, the gap) follows the target at once
    period: bool = False  # say which year's results the record belongs to when it gives no date
    needs_number: bool = False  # asks how many or how much: a record that states no number cannot answer it
    # asks whether a target will be met: a guess, unless a result for the target's year (or the year asked) is given
    outlook: bool = False
    # its detail missing, the topic's name in full answers, when it says more than was typed ("ชื่อเต็ม")
    or_name: bool = False
    # a count of these counter kinds asked beside its cues ("e-Service ของหน่วยงาน ทำในกี่ส่วนราชการ") asks how
    # many, not which: it goes after the intents that answer a number
    yields_to_counts_of: list[NonEmpty] = []
    lists: bool = False  # asks for members (examples, which ones): asked beside "how many", both are answered
    shows_chart: bool = False  # asks to see the figures drawn ("ขอกราฟ"): channels add the topic's chart
    # lead with the detail sharing most words with the question; "numbers": only a detail that states one
    match_detail: bool | Literal["numbers"] = False
    trend: bool = False  # lead with the measure's value in each year of its series, and the latest change
    # a question about many records at once, answered from the figures with SQL (see bot/core/report.py)
    aggregate: Aggregate | None = None
    # its cues' words name no group or part ("rank the indicators" orders them; it does not ask of rankings)
    cues_name_no_group: bool = False
    # the groups a button's event asks about (a rich menu's "awards": the award group, listed)
    event_groups: dict[str, list[NonEmpty]] = {}
    # a question opening with one of these asks this intent in place of those in `replaces`: "หน่วยงานที่ได้
    # รางวัลคือที่ไหน" asks which agency, not where
    openers: list[NonEmpty] = []
    replaces: list[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]] = []
    # found anywhere, it comes before these, whatever their cues: "will the target be reached by 2022?" asks
    # the outlook, though "target" and "reached" are the target intent's words
    outranks: list[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]] = []
    language: Literal["th", "en"] | None = None  # asks for the last answer again in this language ("in English?")
    # asked by one of `ranking_cues` of a ranking that gives no such detail, it asks the ranking's place, which
    # the intent `of_a_ranking` answers: "where was it in 2564" of IMD is its rank; "CPI ประกาศที่ไหน" is not
    of_a_ranking: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")] | None = None
    ranking_cues: list[NonEmpty] = []

    @model_validator(mode="after")
    def _answer_source(self) -> Intent:
        if self.smalltalk and self.reply is None:
            raise ValueError("a smalltalk intent needs a reply")
        allowed = {None, "text", *Details.model_fields}
        if self.answers not in allowed or not set(self.also) <= allowed:
            raise ValueError(f"answers and also must be among {sorted(a for a in allowed if a)}")
        if not set(self.event_groups) <= set(self.events):
            raise ValueError(f"event_groups names events this intent does not declare (events: {self.events})")
        return self


class IntentsFile(Strict):
    intents: list[Intent] = Field(min_length=1)


class YearWords(Strict):
    """How people name a year: regular-expression fragments before a year (ปี 64, FY21), and phrases."""

    buddhist: list[NonEmpty] = []  # ปี, ปีงบ, พ.ศ.: two digits after them are 25xx
    christian: list[NonEmpty] = []  # fy, ค.ศ.: two digits after them are 20xx
    era_markers: list[NonEmpty] = []  # may stand between the word and the number (ปี พ.ศ. 2564)
    last_year: list[NonEmpty] = []  # counted from today
    not_after: list[NonEmpty] = []  # ...unless inside a comparison ("up from last year")
    not_before: list[NonEmpty] = []  # ...nor the start of another phrase ("ปีก่อนหน้านั้น", the year before that)
    this_year: list[NonEmpty] = []  # with last_year it is a comparison, not a year
    places: list[NonEmpty] = []  # a number run into these is a place, not a year ("top50" is not 2550)
    units: list[NonEmpty] = []  # ...and a number run into a name with one of these after it is a value ("ita85คะแนน")
    approximators: list[NonEmpty] = []  # ...as with one of these ("ITA 60 กว่า"): about a value, not a year
    plans: list[NonEmpty] = []  # a span of years after these names a plan ("แผน 2568-2570"), asks no year
    range_joiners: list[NonEmpty] = []  # between two years, every year from one to the other ("2565 ถึง 2568")
    range_openers: list[NonEmpty] = []  # ...and before a range, two digits are a year ("ช่วง65-68", "ตั้งแต่65ถึง68")
    # regular expressions with {n}, a count of years back from now ("ย้อนหลัง {n} ปี", "past {n} years"): that many
    # years of results asked
    back: list[NonEmpty] = []

    @field_validator("back")
    @classmethod
    def _back_counts(cls, value: list[str]) -> list[str]:
        for pattern in value:
            if pattern.count("{n}") != 1:
                raise ValueError(f"{pattern!r} must hold {{n}}, the number of years, once")
            _regular_expression(pattern.replace("{n}", r"(?P<n>\d+)"))  # as the reader fills it in
        return value


class CauseWords(Strict):
    """Where a reason's effect stands: after these ("ทำให้", "led to") or before them ("เพราะ", "because")."""

    effect_after: list[NonEmpty] = []
    effect_before: list[NonEmpty] = []
    clause_joiners: list[NonEmpty] = []  # between spaces, end a clause as a comma does (และ, and)


class LanguageFile(Strict):
    spellings: dict[str, str] = {}
    rewrites: dict[str, str] = {}  # a regular expression: what replaces it, before the spellings

    @field_validator("rewrites")
    @classmethod
    def _rewrites_compile(cls, value: dict[str, str]) -> dict[str, str]:
        for pattern in value:
            _regular_expression(pattern)
        return value

    particles: list[NonEmpty] = []
    function_words: list[NonEmpty] = []  # English words carrying no topic, never clues (PyThaiNLP's are Thai)
    tokens: dict[str, str] = {}
    not_words: list[NonEmpty] = []  # PyThaiNLP dictionary words that split common phrases wrongly (งานปี)
    places: dict[str, str] = {}
    # names inside which a place name stands that are no place ("Bangkok Post", a newspaper)
    place_in_names: list[NonEmpty] = []
    ambiguous_places: list[NonEmpty] = []
    # Thai names of Latin letters (ซี: c): "ซีพีไอ" spells CPI, read so when the knowledge names an acronym so
    letter_names: dict[NonEmpty, Annotated[str, Field(pattern=r"^[a-z]$")]] = {}
    organisation_prefixes: list[NonEmpty] = []  # a word starting with one names an organisation (กรมสรรพสามิต)
    # a word opening an organisation's name, followed by words no record uses, names one (ศูนย์ดำรงธรรม)
    organisation_name_heads: list[NonEmpty] = []
    clipped_name_marks: list[NonEmpty] = []  # ends a name cut short (สภาอุตฯ): the whole name may be known
    subgroup_words: list[NonEmpty] = []  # kinds of organisation a count may be split by (จังหวัด, ministries)
    organisation_types: list[NonEmpty] = []  # ...and these name one even alone (ศาล)
    organisation_heads: list[NonEmpty] = []  # English words heading an organisation's name (Department)
    bot_names: list[NonEmpty] = []  # what people call the bot in a group chat (a whole word)
    quit_words: list[NonEmpty] = []  # typed alone in the terminal chat, end it (as Ctrl-D does)
    role_words: list[NonEmpty] = []  # a person's part asked (presided, ประธาน): the text naming it answers "who"
    # a post whose holder's name may be asked ("เลขาธิการคณะรัฐมนตรีชื่ออะไร"), and the titles before a
    # person's name (นางสาว, Ms.): a post the record never names a titled person beside is not named
    posts: list[NonEmpty] = []
    person_titles: list[NonEmpty] = []
    tenure_words: list[NonEmpty] = []  # since when a post has been held, with a post or a job word held
    holding_words: list[NonEmpty] = []  # ...right before the post or job word (เป็นเลขา, been in that job)
    job_words: list[NonEmpty] = []  # ...a job held, not named by its post ("in that job")
    years: YearWords = YearWords()
    droppable_prefixes: list[NonEmpty] = []  # title words people drop (สรรพากร for กรมสรรพากร)
    agency_starts: list[NonEmpty] = []  # a name starting with one is an agency's (กรม, กระทรวง)
    bare_agency_names: list[NonEmpty] = []  # ministries named without their title word (มหาดไทย)
    ordinal_words: list[NonEmpty] = []  # before a number, a round or cohort the record must hold (รุ่นที่ 16)
    ordinal_endings: list[NonEmpty] = []  # after a number, the same in English (the 10th conference)
    ordinal_nouns: list[NonEmpty] = []  # ...before one of these: a round (10th conference), not a rank (40th)
    ordinal_numbers: dict[NonEmpty, int] = {}  # ...or written as a word (the first phase): its number
    cardinals: dict[NonEmpty, int] = {}  # a count written as a word ("which two agencies"): its number
    definition_markers: list[NonEmpty] = []  # after an abbreviation in a definition (ย่อมาจาก, stands for)
    province_words: list[NonEmpty] = []  # before a province whose name is also a word (จังหวัดเลย)
    province_quantifiers: list[NonEmpty] = []  # ...not after one of these (ทุกจังหวัดเลย: every province)
    target_words: list[NonEmpty] = []  # a record whose words hold one of these states a target (เป้า)
    reached_words: list[NonEmpty] = []  # whether a target was met (ถึงเป้า, reached): of a year, that year's result
    result_words: list[NonEmpty] = []  # the result itself asked (ผลจริง, actual), target words beside it or not
    target_year_joiners: list[NonEmpty] = []  # between a target word and its year (เป้าปี 65, targets for 2022)
    deadline_words: list[NonEmpty] = []  # before a year, make it a deadline: a target's year (by 2027)
    latest: list[NonEmpty] = []  # words asking for the newest value held (ล่าสุด, latest)
    body_words: list[NonEmpty] = []  # a kind of body asked by which (กระทรวงไหน): a record must say that kind
    english_onsets: list[NonEmpty] = []  # how English words may open with three consonants: no acronym spelt
    present_words: list[NonEmpty] = []  # today, beside a post (ตอนนี้ใครเป็นเลขาธิการ): who holds it now
    previous: list[NonEmpty] = []  # words asking for the value before the one in question (ก่อนหน้านั้น)
    following: list[NonEmpty] = []  # ...and for the year after the one in question (ปีต่อมา)
    same_year: list[NonEmpty] = []  # ...and for the year in question, of whatever is asked now (ปีนั้น)
    following_alone: list[NonEmpty] = []  # ...that ask it only when said alone ("next year?"), else the future
    next_round: list[NonEmpty] = []  # ...and for the measure's next round, in its next year held (รอบถัดไป)
    # what a question may ask that a record must state to answer it (money, users, staff, a device): a
    # question naming one the chosen record never mentions is declined, not answered with the record
    attribute_words: list[NonEmpty | list[NonEmpty]] = []  # a list: words of one meaning, in either language
    # of those, the breakdown asked, which figures splitting one whole into parts (`part_of`) give
    breakdown_words: list[NonEmpty] = []
    breakdown_kinds: list[NonEmpty] = []  # a breakdown asked by these asks the kinds a record splits into
    breakdown_joiners: list[NonEmpty] = []  # words between a breakdown word and what it is by ("by", ตาม)
    # which words a Thai dictionary may join to the noun before them (กรม + ไหน, kept whole as a cue)
    joined_which_words: list[NonEmpty] = []
    # words before "ไหนบ้าง" that name no set of members ("ปีไหนบ้าง" asks years)
    which_not_a_set: list[NonEmpty] = []
    # kinds of figure a question asks for by name (score: คะแนน, points): a record gives a kind when a
    # figure is counted in one of its words or the record's own words use one
    measure_words: dict[str, list[NonEmpty]] = {}
    share_kind: str | None = None  # the kind a share of a target or a whole gives (percent)
    # a figure in this kind's units out of a whole is a score on a scale (33 of 100 points): no share done or left
    scale_kind: str | None = None
    # after "8 งาน", the words that start naming them (ได้แก่, including): "which 8?" needs one
    list_markers: list[NonEmpty] = []
    named_numbers: list[NonEmpty] = []  # names holding digits (โควิด-19): their digits count nothing
    change_words: list[NonEmpty] = []  # a record saying one of these states a change over time
    # after a direction, the level reached ("เพิ่มขึ้นเป็นกี่เปอร์เซ็นต์", "rose to"): a figure, no change asked
    level_words: list[NonEmpty] = []
    opposite_changes: list[list[NonEmpty]] = []  # pairs of changes in opposite directions (ดีขึ้น, แย่ลง)
    example_markers: list[NonEmpty] = []  # ...and these name only some (เช่น, such as): not a complete list
    example_words: list[NonEmpty] = []  # ...unless examples are what is asked (ตัวอย่าง ขอครบๆ)
    naming_words: list[NonEmpty] = []  # asks for the members by name (รายชื่อ, names of): a count will not do
    rest_words: list[NonEmpty] = []  # asks for those a list leaves out (ที่เหลือ, ที่ไม่ติด, the rest)
    other_words: list[NonEmpty] = []  # before a counted noun, another member than those named (อีกประเด็น)
    complete_words: list[NonEmpty] = []  # the question wants every member (ครบ, ทั้งหมด, all): examples fall short
    plural_words: list[NonEmpty] = []  # after a which word, asks for several (หน่วยงานไหนบ้าง)
    plural_endings: list[NonEmpty] = []  # a group's Latin word ending so is plural (rankings): several asked
    what_words: list[NonEmpty] = []  # question words that, with a plural word after them, ask for several
    topic_follow_ups: list[NonEmpty] = []  # "what about X": the last question again, of X, though it says what
    called_words: list[NonEmpty] = []  # with a what word after them, ask the name of the word before (ผลงานชื่ออะไร)
    # "กี่คน", "how many people": the thing counted, by kind; a record must count one of its kind's words
    count_words: list[NonEmpty] = []
    conjunctions: list[NonEmpty] = []  # between two groups' words, asks for both (กฎหมายกับร่างกฎหมาย): a union
    # classifiers that count anything (แห่ง, คน, ฉบับ): "องค์การมหาชนกี่แห่ง" names no thing a reading must count
    classifiers: list[NonEmpty] = []
    counters: dict[str, list[NonEmpty]] = {}
    organisation_counter: str | None = None  # the counter kind whose words name organisations (agencies)
    # counter kinds whose words count any thing ("ใบอนุญาตกี่รายการ"): the noun before them is what is counted
    noun_before_counters: list[NonEmpty] = []
    number_scales: list[NonEmpty] = []  # may stand between a number and what it counts (500 ล้านบาท)
    place_markers: list[NonEmpty] = []  # before a number, a place or an id, not a count (ครั้งที่ 9, Phase 2)
    this_words: list[NonEmpty] = []  # beside a part's numbering word, the part just talked of (ยุทธศาสตร์นี้)
    which_words: list[NonEmpty] = []  # a question picking out members (ไหน, which), whatever its intent
    negation_words: list[NonEmpty] = []  # with the next word, what a detail must say (ไม่ผ่าน, not passed)
    # before a word the question rules out (ไม่เอาแค่ภาครัฐ, other than): a topic so named is not what is asked
    exclusion_words: list[NonEmpty] = []
    each_words: list[NonEmpty] = []  # parts asked one by one (อย่างละ, each): not their total
    # a threshold beside a number ("95 ขึ้นไป", "at least 95"): a count of those above it needs a figure of it
    at_least_after: list[NonEmpty] = []
    at_least_before: list[NonEmpty] = []
    both_words: list[NonEmpty] = []  # asked of two topics at once (ทั้ง...และ, both, in common): what they share
    gap_words: list[NonEmpty] = []  # the amount short of target (gap, ส่วนต่าง): its "most" is the worst
    most_words: list[NonEmpty] = []  # "most" (มากสุด, biggest): beside a gap word, the furthest from target
    least_words: list[NonEmpty] = []  # "least" (น้อยสุด, smallest): beside a gap word, the closest to target
    # "which part is lowest" (ต่ำสุด, worst) asked of one topic: the record must itself say which
    bottom_words: list[NonEmpty] = []
    # which province did best (ได้ที่ 1) asked of one topic: the record must itself say which
    top_words: list[NonEmpty] = []
    rest_compared: list[NonEmpty] = []  # before a rest word, a comparison: "older than the rest" asks no rest
    acting_bodies: list[NonEmpty] = []  # when one of these acted: the date must name it, not another's act
    toward_words: list[NonEmpty] = []  # ...unless one of these stands before it: sent to, not acting
    done_yet_words: list[NonEmpty] = []  # has a body acted yet (แล้วหรือยัง): only if the record says it did
    across_words: list[NonEmpty] = []  # worked out across a group's measures (an average): stated, or declined
    ability_words: list[NonEmpty] = []  # whether a thing can be done: each word of it must be the topic's
    ability_verbs: list[NonEmpty] = []  # ...but these verbs of doing, which name no thing done
    request_words: list[NonEmpty] = []  # ...and none asked of the bot with these (ขอ...ได้ไหม): a request
    finding_words: list[NonEmpty] = []  # what a study found: a topic with no figures must say one
    # before the part of a measure asked ("ด้านเจ้าหน้าที่", "sub-factor public finance"): its figure must be stated
    facet_words: list[NonEmpty] = []
    index_heads: list[NonEmpty] = []  # a name of three words or more ending so names one index, held whole
    name_joiners: list[NonEmpty] = []  # small words inside a capitalised name (Ease of Doing Business)
    # "which ministry is best": a ranking of organisations or places the report's measures do not make
    ranked_subjects: list[NonEmpty] = []
    since_words: list[NonEmpty] = []  # a trend from the year named, not that year's own change
    cause_words: CauseWords = CauseWords()  # a reason naming the figure asked only as a cause explains another
    greeting_time_words: list[NonEmpty] = []  # วันนี้ beside a greeting: the chat's time, no live data asked
    more_words: list[NonEmpty] = []  # the rest of a list the bot cut short (ดูเพิ่ม, more)
    whole_words: list[NonEmpty] = []  # the question is about the source itself (ในรายงาน, in the report)
    by_count_words: list[NonEmpty] = []  # best or worst by the amount short of target, not the share
    mention_words: list[NonEmpty] = []  # a group asked where it comes up: every topic speaking of it
    positions: dict[str, int] = {}  # a place in a list the bot gave: แรก 1, สอง 2, สุดท้าย -1 (the last)
    position_words: list[NonEmpty] = []  # before a place in a list: ตัวที่, อันที่, the (ตัวที่สอง, the second)
    unit_formats: dict[str, NonEmpty] = {}  # where a unit stands around its number: "ร้อยละ {n}", "{n}%"

    @model_validator(mode="after")
    def _counter_kinds_are_counters(self) -> LanguageFile:
        """A misspelt counter kind would silently turn off what it names: say so instead."""
        if self.organisation_counter is not None and self.organisation_counter not in self.counters:
            raise ValueError(f"organisation_counter must be one of the counters: {sorted(self.counters)}")
        unknown = set(self.noun_before_counters) - set(self.counters)
        if unknown:
            raise ValueError(f"noun_before_counters must be counters: {sorted(unknown)} are not")
        return self
