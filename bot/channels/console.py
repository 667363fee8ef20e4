"""The terminal chat: a third channel over the same core, for trying the bot with no accounts."""

from __future__ import annotations

import contextlib
import sys
import unicodedata
import uuid
from collections.abc import Callable
from typing import TextIO

from bot.core.engine import Engine
from bot.core.types import LIST_BULLET, Inbound, Item, Reply


def width(text: str) -> int:
    """Columns a terminal gives the text: Thai vowel and tone marks sit on their letter and take none."""
    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1 for ch in text)


def pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(items: tuple[Item, ...]) -> list[str]:
    """Listed measures as aligned columns: name, value, target, share of the target reached."""
    rows = [
        (item.name, item.figure, item.target_text, f"{item.share * 100:.1f}%" if item.share is not None else "")
        for item in items
        if item.value is not None
    ]
    if len(rows) < 2:
        return []
    columns = [max(width(row[n]) for row in rows) for n in range(4)]
    return ["  " + "  ".join(pad(cell, columns[n]) for n, cell in enumerate(row)).rstrip() for row in rows]


def render(reply: Reply, bot: str) -> str:
    """The answer, then listed measures as a table, then the numbered suggestions."""
    rows = table(reply.items)
    text = reply.text.split("\n")
    if rows:  # the table stands in for the listed lines, and for the headings among them
        listed = tuple(f"{LIST_BULLET}{item.name}" for item in reply.items if item.value is not None)
        last = max((n for n, line in enumerate(text) if line.startswith(listed)), default=0)
        after = text[last + 1 :] if last else [line for line in text[1:] if not line.startswith(listed)]
        text = [text[0], *rows, *after]
    lines = [f"{bot}> {text[0]}", *text[1:]]
    lines += [f"  [{n}] {s}" for n, s in enumerate(reply.suggestions, 1)]
    return "\n".join(lines)


def chat(engine: Engine, read: Callable[[str], str] = input, out: TextIO = sys.stdout) -> None:
    """Read questions until end of input (Ctrl-D) or a quit word typed alone (/quit, ออก: `quit_words`); a
    number picks one of the last suggestions."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and history for input())
    session = f"console-{uuid.uuid4().hex[:8]}"
    suggestions: tuple[str, ...] = ()
    bot, prompt = engine.say.say("bot_name", "th"), engine.say.say("console_you", "th") + "> "
    quit_words = engine.bundle.language.quit_words
    quits = frozenset(w.casefold() for w in quit_words)
    welcome = engine.say.say("console_welcome", "th", quit=quit_words[0] if quit_words else "Ctrl-D")
    print(f"{bot}> {welcome}", file=out)
    while True:
        try:
            text = read(prompt)
        except EOFError:
            print(file=out)
            return
        except KeyboardInterrupt:
            print(file=out)
            continue
        choice = text.strip()
        if choice.casefold() in quits:
            return
        if choice.isdigit() and 1 <= int(choice) <= len(suggestions):
            text = suggestions[int(choice) - 1]
            print(f"{prompt}{text}", file=out)
        reply = engine.handle(Inbound(text, session, "console"))
        suggestions = reply.suggestions
        print(render(reply, bot), file=out)
