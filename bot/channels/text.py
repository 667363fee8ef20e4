"""Text as the platforms count it: both LINE and Telegram measure lengths and offsets in UTF-16 code
units, so an emoji (two units) before a mention shifts every Python index after it."""

from __future__ import annotations

import re

UNIT = 2  # bytes per UTF-16 code unit
LATIN_WORD = "A-Za-z0-9_"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // UNIT


def cut(text: str, limit: int) -> str:
    """Shorten to a limit counted in UTF-16 units, ending with an ellipsis."""
    if utf16_length(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        size = utf16_length(ch)
        if used + size > limit - 1:
            break
        out.append(ch)
        used += size
    return "".join(out) + "…"


def without_span(text: str, offset: int, length: int) -> str:
    """The text with a span given in UTF-16 units (a mention, as the platforms give it) taken out."""
    encoded = text.encode("utf-16-le")
    kept = encoded[: offset * UNIT] + encoded[(offset + length) * UNIT :]
    return kept.decode("utf-16-le", errors="ignore")


def _name_pattern(name: str) -> re.Pattern[str]:
    """A Latin name as a whole word: not inside a longer word, a handle or a web address
    ("nonglertshop.com", "@nonglert_fan"), though it may touch Thai ("nonglertช่วยหน่อย").
    Thai is written without spaces, so a Thai name may run into the words around it."""
    if not name.isascii():
        return re.compile(re.escape(name))
    word = f"[{LATIN_WORD}]"
    joined = f"[{LATIN_WORD}.@/-]"
    return re.compile(rf"(?<!{joined}){re.escape(name)}(?!{joined}*{word})", re.IGNORECASE)


def strip_name(text: str, names: tuple[str, ...]) -> str | None:
    """The text without the first of the bot's names it calls it by, or None when it names none."""
    for name in names:
        found = _name_pattern(name).search(text)
        if found is not None:
            return (text[: found.start()] + text[found.end() :]).strip()
    return None
