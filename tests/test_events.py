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


@pytest.mark.parametrize(
    ("name", "intent", "shows"),
    [
        ("menu_overview", "whole_overview", "ยุทธศาสตร์ที่ 1"),
        ("menu_behind", "whole_behind", "ความพึงพอใจ"),
        ("menu_awards", "whole_list", "UNPSA"),
        ("menu_services", "whole_list", "Biz Portal"),
        ("menu_help", "help", "Biz Portal"),
        ("menu_ask", "menu_ask", "Biz Portal"),
    ],
)
def test_menu_buttons_are_events_answered_from_the_whole_report(
    engine: Engine, name: str, intent: str, shows: str
) -> None:
    answered, text, fallback, _ = event(engine, name)
    assert answered == intent and shows in text and not fallback, text


def test_a_menu_list_is_kept_for_follow_ups(engine: Engine) -> None:
    awards = engine.handle(Inbound("", "menu-follow", "test", event="menu_awards"))
    second = engine.handle(Inbound("อันที่สอง", "menu-follow", "test"))
    assert awards.items[1].record_id == "unpsa" and "UNPSA" in second.text, second.text


def test_a_menu_group_lists_every_record_of_either_group(engine: Engine) -> None:
    reply = engine.handle(Inbound("", "menu-services", "test", event="menu_services"))
    kinds = {engine.records[i.record_id].kind for i in reply.items if i.record_id}
    assert {"service", "portal"} <= kinds, kinds


def test_an_event_is_answered_in_the_language_the_channel_asks_for(engine: Engine) -> None:
    """The web page sends its own language with /start: an event has no words to tell it from."""
    english = engine.handle(Inbound("/start", "lang-start", "web", lang="en"))
    assert english.intent == "greeting" and english.lang == "en" and english.text.startswith("Hello")
    assert english.suggestions == engine.starters("en")
    assert engine.handle(Inbound("/start", "lang-start-th", "web")).lang == "th", "Thai unless asked"
    engine.handle(Inbound("Biz Portal มีกี่ใบอนุญาต", "lang-after-thai", "web"))
    assert engine.handle(Inbound("/help", "lang-after-thai", "web", lang="en")).lang == "en", "the page's, asked"
    menu = engine.handle(Inbound("", "lang-menu", "web", event="menu_behind", lang="en"))
    assert menu.intent == "whole_behind" and menu.lang == "en"


def test_without_a_language_asked_an_event_keeps_the_conversations(engine: Engine) -> None:
    engine.handle(Inbound("show me a chart of Biz Portal", "lang-kept", "test"))
    assert engine.handle(Inbound("", "lang-kept", "test", event="help")).lang == "en"
