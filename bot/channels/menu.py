"""The menu's buttons: the core event each one raises and the reply key of its label.

One list, so the rich menu that is drawn and created (bot/channels/rich_menu.py) and the adapter that reads
its postbacks (bot/channels/line.py) cannot disagree on what a button means. A tap is an event for the core,
never a typed phrase: the answer does not depend on how the label is worded.
"""

from __future__ import annotations

from dataclasses import dataclass

MENU_PREFIX = "menu:"  # postback data of a menu button: the prefix and the event


@dataclass(frozen=True)
class Button:
    event: str  # declared in intents/intents.yaml (or a sentence in replies.yaml) and answered by the core
    label: str  # reply key of the label drawn on the button and shown in the chat when tapped
    typing: bool = False  # the answer asks the user to type: a channel that can opens the keyboard


BUTTONS = (
    Button("menu_overview", "menu_label_overview"),
    Button("menu_behind", "menu_label_behind"),
    Button("menu_awards", "menu_label_awards"),
    Button("menu_services", "menu_label_services"),
    Button("menu_help", "menu_label_help"),
    Button("menu_ask", "menu_label_ask", typing=True),
)
MENU_EVENTS = frozenset(b.event for b in BUTTONS)


def menu_event(data: str) -> str | None:
    """The event a menu postback names, or None when it names none of ours (another menu, a stale one)."""
    if not data.startswith(MENU_PREFIX):
        return None
    event = data[len(MENU_PREFIX) :]
    return event if event in MENU_EVENTS else None
