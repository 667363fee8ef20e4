"""Thai word segmentation with PyThaiNLP, offline, using one merged dictionary.

`custom_dict` replaces PyThaiNLP's dictionary rather than adding to it, so the bundled Thai words
and the knowledge base's own terms are merged into a single trie, built once per knowledge version.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import functools
import re
from collections.abc import Iterable

from pythainlp.corpus import provinces, thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import dict_trie

from bot.core.normalize import THAI_CHAR

MAX_DOMAIN_WORD = 10
# brackets and commas around a Latin word, kept on it by newmm: split off
LATIN_IN_PUNCTUATION = re.compile(r"^([(\[{\"']+)|([)\]}\"',;:!?]+)$")


def single_terms(words: Iterable[str]) -> set[str]:
    """Short Thai domain terms that contain no other domain term: เลิศรัฐ yes, รางวัลเลิศรัฐ no.

    Compounds in the dictionary make newmm keep whole phrases together and matching coarse.
    """
    short = {w for w in words if " " not in w and THAI_CHAR.search(w) and 2 < len(w) <= MAX_DOMAIN_WORD}
    return {w for w in short if not any(o != w and o in w for o in short)}


class Segmenter:
    """Splits normalised text into words; `newmm-safe` keeps long ambiguous input from stalling."""

    def __init__(self, domain_words: Iterable[str], not_words: Iterable[str] = ()) -> None:
        # `not_words`: dictionary words that split common phrases wrongly (รายงานปี read as ราย + งานปี)
        self._trie = dict_trie((thai_words() - set(not_words)) | single_terms(domain_words))

    def words(self, text: str) -> list[str]:
        if not text:
            return []
        tokens = word_tokenize(text, custom_dict=self._trie, engine="newmm-safe", keep_whitespace=False)
        # newmm keeps brackets and commas on a Latin word ("(services,"): they are tokens of their own
        return [part for t in tokens if t.strip() for part in LATIN_IN_PUNCTUATION.split(t) if part]


@functools.cache
def _english_province_names() -> dict[str, str]:
    return {p["name_th"]: p["name_en"] for p in provinces(details=True)}


def province_name(thai: str, lang: str) -> str:
    """A province as the language writes it: ลำปาง in Thai, Lampang in English (PyThaiNLP's own list)."""
    return _english_province_names().get(thai, thai) if lang == "en" else thai
