"""Channels hand the core explicit events (a follow, /start, /help, a sticker, an expired button), never a
typed word; typed commands mean the same in every channel, the terminal and `ask` included."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.types import Inbound


def event(engine: Engine, name: str | None, text: str = "") -> tuple[str, str, bool, tuple[str, ...]]:
    reply = engine.handle(Inbound(text, f"event-{name}-{text}", "test", event=name))
    return reply.intent, reply.text, reply.fallback, reply.suggestions


@pytest.mark.parametrize(("name", "intent"), [("follow", "greeting"), ("start", "greeting"), ("help", "help")])
def test_events_are_answered_by_the_intent_that_declares_them(engine: Engine, name: str, intent: str) -> None:
    answered, text, fallback, suggestions = event(engine, name)
    assert answered == intent and text and not fallback and suggestions


@pytest.mark.parametrize(
    ("typed", "intent"), [("/start", "greeting"), ("/help", "help"), ("/help@nonglert_bot", "help")]
)
def test_typed_commands_are_the_same_events(engine: Engine, typed: str, intent: str) -> None:
    assert event(engine, None, typed)[0] == intent


def test_a_sticker_and_an_expired_button_get_their_sentences_from_the_replies_data(engine: Engine) -> None:
    say = engine.say
    assert event(engine, "non_text")[1] == say.say("non_text", "th")
    assert event(engine, "expired_button")[1] == say.say("expired_button", "th")


def test_an_event_nothing_answers_gets_the_prompt_to_ask(engine: Engine) -> None:
    intent, _, fallback, suggestions = event(engine, "beacon")
    assert intent == "empty" and fallback and suggestions
