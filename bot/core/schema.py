"""Pydantic models for the knowledge and intent files.

The files are the product's data: these models are the contract an admin edits against, so every
field is strict (unknown keys are errors) and every error can be reported with its file and line.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

YEAR_IN_TEXT = re.compile(r"(?<!\d)(25\d\d)(?!\d)")
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
AnswerText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=380)]
SECTION_PATTERN = r"^(หนังสือนำส่ง|\d+(\.\d+)*( \(\d+\))?)$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(Strict):
    """The same statement in Thai and English: users are answered in the language they ask in."""

    th: AnswerText
    en: AnswerText


class Name(Strict):
    th: NonEmpty
    en: NonEmpty


class Kind(StrEnum):
    indicator = "indicator"
    result = "result"
    award = "award"
    service = "service"
    portal = "portal"
    province = "province"
    covid = "covid"
    law = "law"
    people = "people"
    integrity = "integrity"
    international = "international"
    letter = "letter"
    report = "report"


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
    lower_is_better: bool = False
    later: list[LaterValue] = []
    change_since: Change | None = None

    @model_validator(mode="after")
    def _target_has_year(self) -> Figure:
        if (self.target is None) != (self.target_year is None):
            raise ValueError("target and target_year go together")
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
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    kind: Kind
    sections: list[Annotated[str, StringConstraints(pattern=SECTION_PATTERN)]] = Field(min_length=1)
    year: int = Field(ge=2500, le=2600)
    years: list[int] = []
    name: Name
    aliases: list[NonEmpty] = Field(min_length=1)
    keywords: list[NonEmpty] = []
    provinces: list[NonEmpty] = []
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

    def target_only_years(self) -> frozenset[int]:
        """Years the record gives only a target for, not a result."""
        targets = {f.target_year for f in self.figures if f.target_year}
        results = {self.year} | {f.year for f in self.figures} | {v.year for f in self.figures for v in f.later}
        return frozenset(targets - results)


class KnowledgeFile(Strict):
    records: list[Record] = Field(min_length=1)


class Cues(Strict):
    th: list[NonEmpty] = []
    en: list[NonEmpty] = []


class Intent(Strict):
    name: Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]
    answers: str | None = None
    strict: bool = False
    smalltalk: bool = False
    out_of_scope: bool = False
    cues: Cues
    hints: list[NonEmpty] = []
    examples: Cues
    reply: Bilingual | None = None
    also: list[str] = []  # details added after the answer when they fit
    progress: bool = False  # add what the figures imply (share of target, change)
    target_first: bool = False  # lead with the target sentence
    period: bool = False  # say which year's results the record belongs to when it gives no date
    match_detail: bool = False  # lead with the detail sharing most words with the question

    @model_validator(mode="after")
    def _answer_source(self) -> Intent:
        if self.smalltalk and self.reply is None:
            raise ValueError("a smalltalk intent needs a reply")
        allowed = {None, "text", *Details.model_fields}
        if self.answers not in allowed or not set(self.also) <= allowed:
            raise ValueError(f"answers and also must be among {sorted(a for a in allowed if a)}")
        return self


class IntentsFile(Strict):
    intents: list[Intent] = Field(min_length=1)


class LanguageFile(Strict):
    spellings: dict[str, str] = {}
    particles: list[NonEmpty] = []
    tokens: dict[str, str] = {}
    places: dict[str, str] = {}
    ambiguous_places: list[NonEmpty] = []
    organisation_prefixes: list[NonEmpty] = []  # a word starting with one names an organisation (กรมสรรพสามิต)
    organisation_types: list[NonEmpty] = []  # ...and these name one even alone (ศาล)
