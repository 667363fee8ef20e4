"""Understanding a question: which record it is about, what it asks, and what it rules out.

Entity linking scores every record by the names, aliases and keywords found in the question
(longer and rarer terms weigh more), plus word overlap with the record's own text; rapidfuzz
repairs typos when nothing matches exactly. Intents are read from cue words kept in the data.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pythainlp.corpus import provinces as thai_provinces
from pythainlp.corpus import thai_stopwords
from rapidfuzz import fuzz, process

from bot.core.loader import Bundle
from bot.core.normalize import LATIN_CHAR, THAI_CHAR, Normalized, Normalizer
from bot.core.schema import Intent, Record
from bot.core.thai import Segmenter

ALIAS_WEIGHT = 3.0
KEYWORD_WEIGHT = 1.0
OVERLAP_WEIGHT = 0.5
FUZZY_CUTOFF = 85
MIN_THAI_TERM = 3
PUNCTUATION = re.compile(r"^[\W_]+$")


def _latin_pattern(term: str) -> re.Pattern[str]:
    """Whole-word match for Latin terms (ITA must not match inside CAPITAL), plurals allowed."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(term)}(?:e?s)?(?![a-z0-9])")


@dataclass(frozen=True)
class Term:
    text: str
    compact: str
    pattern: re.Pattern[str] | None
    weight: float

    def found_in(self, norm: Normalized) -> bool:
        if self.pattern is not None:
            return self.pattern.search(norm.text) is not None
        return self.compact in norm.compact


@dataclass(frozen=True)
class Candidate:
    record: Record
    score: float
    matched: tuple[str, ...]


@dataclass(frozen=True)
class Understanding:
    norm: Normalized
    words: tuple[str, ...]
    intents: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    provinces: tuple[str, ...]
    smalltalk: Intent | None
    out_of_scope: bool
    cue_words: frozenset[str] = field(default_factory=frozenset)

    @property
    def top(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


class Understander:
    """Built once per knowledge version; answering a question does no I/O."""

    def __init__(self, bundle: Bundle) -> None:
        lang = bundle.language
        self.normalize = Normalizer(lang.spellings)
        self.records = {r.id: r for r in bundle.records}
        self.intents = {i.name: i for i in bundle.intents}
        self._particles = {self.normalize(p).text for p in lang.particles}
        self._token_fixes = {k.casefold(): v.casefold() for k, v in lang.tokens.items()}
        self._cues = {i.name: self._terms([*i.cues.th, *i.cues.en], 1.0) for i in bundle.intents}
        self._places = self._place_names(lang.places)
        self._ambiguous_places = set(lang.ambiguous_places)
        self._record_terms = {r.id: self._record_terms_of(r) for r in bundle.records}
        self._idf_terms(bundle.records)
        domain = [t for terms in self._record_terms.values() for t in (x.text for x in terms)]
        domain += [t.text for terms in self._cues.values() for t in terms] + list(self._places)
        domain += list(self._particles)
        self.segmenter = Segmenter(domain)
        self._stop = set(thai_stopwords()) | self._particles | {
            w for terms in self._cues.values() for t in terms for w in t.text.split()}
        self._bags = {r.id: self._bag(r) for r in bundle.records}
        df = Counter(w for bag in self._bags.values() for w in bag)
        n = len(self._bags)
        self._word_idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self._vocab = sorted({w for bag in self._bags.values() for w in bag if len(w) >= MIN_THAI_TERM})

    # ---- index building -------------------------------------------------------------------
    def _terms(self, raw: Iterable[str], weight: float) -> list[Term]:
        terms = []
        for item in raw:
            text = self.normalize(item).text
            compact = text.replace(" ", "")
            latin_only = bool(LATIN_CHAR.search(text)) and not THAI_CHAR.search(text)
            if not latin_only and len(compact) < MIN_THAI_TERM and not any(ch.isdigit() for ch in compact):
                continue
            terms.append(Term(text, compact, _latin_pattern(text) if latin_only else None, weight))
        return terms

    def _record_terms_of(self, record: Record) -> list[Term]:
        strong = [record.name.th, record.name.en, *record.aliases]
        terms = self._terms(strong, ALIAS_WEIGHT) + self._terms(record.keywords, KEYWORD_WEIGHT)
        unique: dict[str, Term] = {}
        for term in terms:
            if term.compact not in unique or unique[term.compact].weight < term.weight:
                unique[term.compact] = term
        return list(unique.values())

    def _idf_terms(self, records: Iterable[Record]) -> None:
        """Scale each term by how few records share it: 'e-Service' names many, 'GDX' one."""
        df = Counter(t.compact for terms in self._record_terms.values() for t in terms)
        n = len(self._record_terms)
        for rid, terms in self._record_terms.items():
            self._record_terms[rid] = [
                Term(t.text, t.compact, t.pattern, t.weight * (1 + math.log(n / df[t.compact]))) for t in terms]

    def _place_names(self, extra: dict[str, str]) -> dict[str, str]:
        names = {}
        for prov in thai_provinces(details=True):
            names[prov["name_th"]] = prov["name_th"]
            names[prov["name_en"].casefold()] = prov["name_th"]
        names.update({k.casefold(): v for k, v in extra.items()})
        return names

    def _bag(self, record: Record) -> set[str]:
        parts = [record.name.th, record.name.en, record.text.th, record.text.en, *record.aliases, *record.keywords]
        for detail in record.details.model_dump(exclude_none=True).values():
            parts += [detail["th"], detail["en"]]
        return {w for part in parts for w in self.words(self.normalize(part).text)}

    # ---- per question ---------------------------------------------------------------------
    def words(self, text: str) -> list[str]:
        """Content words: segmented, token fixes applied, particles, stopwords and punctuation dropped."""
        out = []
        for word in self.segmenter.words(text):
            word = self._token_fixes.get(word, word)
            if word in self._stop or PUNCTUATION.match(word) or (len(word) < 2 and not word.isdigit()):
                continue
            out.append(word)
        return out

    def detect_intents(self, norm: Normalized) -> tuple[list[str], set[str]]:
        scores: dict[str, float] = {}
        used: set[str] = set()
        for name, cues in self._cues.items():
            hits = [c for c in cues if c.found_in(norm)]
            hits = [c for c in hits if not any(c.compact != o.compact and c.compact in o.compact for o in hits)]
            if hits:
                scores[name] = sum(len(c.compact) for c in hits)
                used.update(c.text for c in hits)
        ranked = sorted(scores, key=lambda n: -scores[n])
        return ranked, used

    def find_provinces(self, norm: Normalized, words: list[str]) -> tuple[str, ...]:
        found = []
        for name, canonical in self._places.items():
            if LATIN_CHAR.search(name):
                hit = _latin_pattern(name).search(norm.text) is not None
            elif name in self._ambiguous_places:
                hit = f"จังหวัด{name}" in norm.compact or f"จ.{name}" in norm.compact
            else:
                hit = name in norm.compact
            if hit:
                found.append(canonical)
        return tuple(dict.fromkeys(found))

    def score_records(self, norm: Normalized, words: list[str]) -> list[Candidate]:
        candidates = []
        qwords = set(words)
        for rid, terms in self._record_terms.items():
            hits = [t for t in terms if t.found_in(norm)]
            hits = [t for t in hits if not any(t.compact != o.compact and t.compact in o.compact for o in hits)]
            score = sum(t.weight for t in hits)
            overlap = sum(self._word_idf.get(w, 0.0) for w in qwords & self._bags[rid])
            score += OVERLAP_WEIGHT * overlap
            if score > 0:
                candidates.append(Candidate(self.records[rid], round(score, 3), tuple(t.text for t in hits)))
        candidates.sort(key=lambda c: -c.score)
        return candidates

    def repair_typos(self, norm: Normalized, words: list[str]) -> Normalized | None:
        """Replace words the knowledge does not know by their closest known word (ratio >= cutoff)."""
        known = self._word_idf
        text = norm.text
        changed = False
        for word in words:
            if word in known or len(word) < MIN_THAI_TERM or word.isdigit():
                continue
            best = process.extractOne(word, self._vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if best:
                text = text.replace(word, best[0])
                changed = True
        if not changed:
            return None
        return Normalized(text, text.replace(" ", ""), norm.lang, norm.years)

    def understand(self, raw: str, strong: float = 0.0) -> Understanding:
        norm = self.normalize(raw)
        words = self.words(norm.text)
        intents, cue_words = self.detect_intents(norm)
        candidates = self.score_records(norm, words)
        best = candidates[0].score if candidates else 0.0
        if best < strong:
            repaired = self.repair_typos(norm, words)
            if repaired is not None:
                fixed_words = self.words(repaired.text)
                again = self.score_records(repaired, fixed_words)
                if again and again[0].score > best:
                    norm, words, candidates = repaired, fixed_words, again
        smalltalk = next((self.intents[n] for n in intents if self.intents[n].smalltalk), None)
        out_of_scope = any(self.intents[n].out_of_scope for n in intents)
        generic = tuple(n for n in intents if not self.intents[n].smalltalk and not self.intents[n].out_of_scope)
        return Understanding(norm, tuple(words), generic, tuple(candidates), self.find_provinces(norm, words),
                             smalltalk, out_of_scope, frozenset(cue_words))
