"""The terminal chat: a third channel over the same core, for trying the bot with no accounts."""

from __future__ import annotations

import contextlib
import sys
import uuid
from collections.abc import Callable
from typing import TextIO

from bot.core.engine import Engine
from bot.core.types import Inbound, Reply


def render(reply: Reply, bot: str) -> str:
    lines = [f"{bot}> {reply.text}"]
    lines += [f"  [{n}] {s}" for n, s in enumerate(reply.suggestions, 1)]
    return "\n".join(lines)


def chat(engine: Engine, read: Callable[[str], str] = input, out: TextIO = sys.stdout) -> None:
    """Read questions until end of input (Ctrl-D); a number picks one of the last suggestions."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and history for input())
    session = f"console-{uuid.uuid4().hex[:8]}"
    suggestions: tuple[str, ...] = ()
    bot, prompt = engine.say.say("bot_name", "th"), engine.say.say("console_you", "th") + "> "
    print(f"{bot}> {engine.say.say('console_welcome', 'th')}", file=out)
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
        if choice.isdigit() and 1 <= int(choice) <= len(suggestions):
            text = suggestions[int(choice) - 1]
            print(f"{prompt}{text}", file=out)
        reply = engine.handle(Inbound(text, session, "console"))
        suggestions = reply.suggestions
        print(render(reply, bot), file=out)
