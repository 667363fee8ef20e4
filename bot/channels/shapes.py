"""What a platform event must look like before the bot acts on it.

Real LINE and Telegram events always pass. A forged or broken one (a signed body can still be anything)
gets one clear reason, which the adapter logs once, instead of failing inside a handler with a
traceback or sending to an empty address.
"""

from __future__ import annotations

from typing import Any

from bot.channels.text import utf16_length

SOURCE_ID = {"user": "userId", "group": "groupId", "room": "roomId"}
LARGEST_TIMESTAMP = 2**53  # milliseconds; JSON numbers past this are not exact, and no clock reads them


def whole_number(value: object, low: int = -(2**63), high: int = 2**63) -> bool:
    """An integer in [low, high): JSON's true and false are not numbers here."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value < high


# ---- LINE -------------------------------------------------------------------------------------------
def line_problem(event: dict[str, Any]) -> str | None:
    """Why a LINE event the bot would answer cannot be answered as it stands, or None when it can."""
    if not whole_number(event.get("timestamp"), 0, LARGEST_TIMESTAMP):
        return "timestamp is not a time"
    if not isinstance(event.get("replyToken", ""), str):
        return "replyToken is not a string"
    source = event.get("source")
    kind = source.get("type") if isinstance(source, dict) else None
    if not isinstance(kind, str) or kind not in SOURCE_ID:  # a list or an object is no source type either
        return "source is missing or of an unknown type"
    chat = source.get(SOURCE_ID[source["type"]])
    if not isinstance(chat, str) or not chat:
        return f"source.{SOURCE_ID[source['type']]} is missing"
    if not isinstance(source.get("userId", ""), str):
        return "source.userId is not a string"
    if event["type"] in ("message", "postback") and not isinstance(event.get(event["type"]), dict):
        return f"{event['type']} is not an object"
    message = event.get("message") or {}
    if message.get("type") == "text" and not isinstance(message.get("text"), str):
        return "message.text is not a string"
    if event["type"] == "postback" and not isinstance(event["postback"].get("data"), str):
        return "postback.data is not a string"
    return None


def line_mentions(message: dict[str, Any]) -> list[tuple[int, int, bool]]:
    """(index, length, is the bot) in UTF-16 units for each mention that lies inside the text, last first;
    a mention pointing outside the text is ignored."""
    text = message.get("text", "")
    mention = message.get("mention")
    mentionees = mention.get("mentionees") if isinstance(mention, dict) else None
    size = utf16_length(text)
    spans = [
        (m["index"], m["length"], m.get("isSelf") is True)
        for m in (mentionees if isinstance(mentionees, list) else [])
        if isinstance(m, dict)
        and whole_number(m.get("index"), 0, size)
        and whole_number(m.get("length"), 1, size + 1)
        and m["index"] + m["length"] <= size
    ]
    return sorted(spans, reverse=True)


# ---- Telegram ----------------------------------------------------------------------------------------
def telegram_message_problem(message: object, where: str) -> str | None:
    """Why a message could not be what Telegram sends, or None: the fields the handlers read."""
    if not isinstance(message, dict):
        return f"{where} is not an object"
    chat = message.get("chat")
    if not isinstance(chat, dict) or not whole_number(chat.get("id")) or not isinstance(chat.get("type"), str):
        return f"{where}.chat is missing or malformed"
    sender = message.get("from")
    if sender is not None and (not isinstance(sender, dict) or not whole_number(sender.get("id"))):
        return f"{where}.from is malformed"
    text = message.get("text", "")
    if not isinstance(text, str):
        return f"{where}.text is not a string"
    entities = message.get("entities", [])
    size = utf16_length(text)
    if not isinstance(entities, list) or not all(
        isinstance(e, dict)
        and isinstance(e.get("type"), str)
        and whole_number(e.get("offset"), 0, size + 1)
        and whole_number(e.get("length"), 0, size + 1)
        and e["offset"] + e["length"] <= size
        for e in entities
    ):
        return f"{where}.entities are malformed"
    return None


def telegram_problem(data: dict[str, Any]) -> str | None:
    """Why an update cannot be handled as it stands, for the kinds the bot handles (messages, buttons)."""
    if not whole_number(data.get("update_id")):
        return "update_id is not a whole number"
    for kind in ("message", "edited_message"):
        if kind in data:
            return telegram_message_problem(data[kind], kind)
    if "callback_query" in data:
        query = data["callback_query"]
        sender = query.get("from") if isinstance(query, dict) else None
        if not isinstance(sender, dict) or not whole_number(sender.get("id")):
            return "callback_query.from is missing or malformed"
        if not isinstance(query.get("data", ""), str):
            return "callback_query.data is not a string"
        if "message" in query:
            return telegram_message_problem(query["message"], "callback_query.message")
    return None
