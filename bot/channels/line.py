"""LINE adapter (line-bot-sdk v3): verify, read events, render replies, send them.

Thin by design: every decision about what to say comes from the engine. This module knows LINE's
rules: the signature over the raw body, one reply token per event (about a minute), at most 5
messages of 5,000 characters, 13 quick replies with 20-character labels, postback data of 300
characters, Flex alt text of 1,500 characters, loading animation in one-to-one chats only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    FlexContainer,
    FlexMessage,
    PostbackAction,
    PushMessageRequest,
    QuickReply,
    QuickReplyItem,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
    TextMessage,
)
from linebot.v3.messaging.exceptions import ApiException

from bot.channels.retry import retrying
from bot.core.types import Card, Inbound, Reply
from bot.state import SeenStore

log = logging.getLogger("nonglert.line")

TEXT_LIMIT = 5000
QUICK_REPLY_LIMIT = 13
LABEL_LIMIT = 20
POSTBACK_LIMIT = 300
ALT_TEXT_LIMIT = 1500
REPLY_TOKEN_LIFETIME = 50.0  # seconds; LINE's tokens live about a minute
LOADING_AFTER = 1.0  # seconds an event may wait in the queue before its chat sees the loading dots
LOADING_SECONDS = 5
NON_TEXT_HINT = {
    "th": "ตอนนี้ผมตอบได้เฉพาะคำถามที่พิมพ์เป็นข้อความครับ ลองถามเรื่องในรายงานการพัฒนาระบบราชการ ประจำปี 2564 ได้เลย",
    "en": "I can answer questions typed as text. Try asking about the Public Sector Development Report 2564.",
}


def expected_signature(secret: bytes, body: bytes) -> str:
    """X-Line-Signature: the base64 HMAC-SHA256 of the raw body with the channel secret."""
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()


def signature_ok(secret: bytes, body: bytes, signature: str | None) -> bool:
    """Base64 HMAC-SHA256 of the raw body with the channel secret, compared in constant time."""
    if not signature:
        return False
    return hmac.compare_digest(expected_signature(secret, body).encode(), signature.encode("utf-8", "ignore"))


def cut(text: str, limit: int) -> str:
    """Shorten to a limit counted in UTF-16 units (how LINE counts), ending with an ellipsis."""
    if len(text.encode("utf-16-le")) // 2 <= limit:
        return text
    out = ""
    for ch in text:
        if len((out + ch).encode("utf-16-le")) // 2 > limit - 1:
            break
        out += ch
    return out + "…"


def quick_reply(suggestions: tuple[str, ...]) -> QuickReply | None:
    """Each suggestion as a postback button: the label is cut, the question travels whole."""
    items = [
        QuickReplyItem(
            action=PostbackAction(
                label=cut(s, LABEL_LIMIT), data=cut(s, POSTBACK_LIMIT), display_text=cut(s, POSTBACK_LIMIT)
            )
        )
        for s in suggestions[:QUICK_REPLY_LIMIT]
    ]
    return QuickReply(items=items) if items else None


def bubble(card: Card, text: str) -> dict[str, Any]:
    """A Flex bubble: the figure, its target, a progress bar and the source."""
    percent = f"{round(card.progress * 100)}%"
    return {
        "type": "bubble",
        "body": {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {"type": "text", "text": cut(card.title, 200), "weight": "bold", "wrap": True},
                {"type": "text", "text": cut(card.figure, 100), "size": "xl", "weight": "bold", "color": "#1a7f37"},
                {"type": "text", "text": f"{cut(card.target, 100)} · {percent}", "size": "sm", "color": "#555555"},
                {
                    "type": "box",
                    "layout": "vertical",
                    "height": "8px",
                    "backgroundColor": "#e5e5e5",
                    "cornerRadius": "4px",
                    "contents": [
                        {
                            "type": "box",
                            "layout": "vertical",
                            "height": "8px",
                            "width": percent,
                            "backgroundColor": "#1a7f37",
                            "contents": [],
                        }
                    ],
                },
                {"type": "text", "text": cut(text, 1000), "size": "sm", "wrap": True},
                {"type": "text", "text": cut(card.source, 200), "size": "xxs", "color": "#888888", "wrap": True},
            ],
        },
    }


def render(reply: Reply) -> list[TextMessage | FlexMessage]:
    """One message: a Flex bubble for an indicator (plain-text alt text), plain text otherwise."""
    buttons = quick_reply(reply.suggestions)
    if reply.card is not None:
        container = FlexContainer.from_dict(bubble(reply.card, reply.text))
        return [FlexMessage(alt_text=cut(reply.text, ALT_TEXT_LIMIT), contents=container, quick_reply=buttons)]
    return [TextMessage(text=cut(reply.text, TEXT_LIMIT), quick_reply=buttons)]


def hint(lang: str, suggestions: tuple[str, ...]) -> list[TextMessage]:
    return [TextMessage(text=NON_TEXT_HINT[lang], quick_reply=quick_reply(suggestions))]


def source_of(event: dict[str, Any]) -> tuple[str, str | None, str]:
    """(chat kind, user id, chat id to push to) for user, group and room sources."""
    source = event.get("source") or {}
    kind = source.get("type", "user")
    user = source.get("userId")
    chat = source.get("groupId") or source.get("roomId") or user or ""
    return kind, user, chat


class LineChannel:
    """Handles verified webhook bodies; replies through the Messaging API at the configured host."""

    def __init__(
        self,
        secret: str,
        access_token: str,
        api_base_url: str,
        ask: Callable[[Inbound], Awaitable[Reply]],
        starters: Callable[[str], tuple[str, ...]],
        seen: SeenStore,
        bot_names: tuple[str, ...],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._secret = secret.encode("utf-8")
        self._client = AsyncApiClient(Configuration(host=api_base_url, access_token=access_token))
        self._api = AsyncMessagingApi(self._client)
        self._ask = ask
        self._starters = starters
        self._seen = seen
        self._names = tuple(n.casefold() for n in bot_names)
        self._clock = clock

    def verify(self, body: bytes, signature: str | None) -> bool:
        return signature_ok(self._secret, body, signature)

    @staticmethod
    def events(body: bytes) -> list[dict[str, Any]]:
        """The events of a verified body; the console's Verify request has none. Raises ValueError."""
        payload = json.loads(body)
        events = payload.get("events") if isinstance(payload, dict) else None
        if not isinstance(events, list):
            raise ValueError("no events list")
        return [e for e in events if isinstance(e, dict)]

    async def close(self) -> None:
        await self._client.close()

    async def handle(self, events: list[dict[str, Any]], received: float | None = None) -> None:
        """Answer each new event; `received` (monotonic) tells how long the events waited in the queue."""
        waited = time.monotonic() - received if received is not None else 0.0
        for event in events:
            key = event.get("webhookEventId")
            if key and not self._seen.first_time(f"line:{key}"):
                log.info("line: duplicate event %s skipped", key)
                continue
            try:
                await self._handle_event(event, waited)
            except Exception:  # one bad event must not stop the others
                log.exception("line: event %s failed", key)

    # ---- deciding what to send ----------------------------------------------------------------
    def _question(self, event: dict[str, Any], kind: str) -> str | None:
        """The text to answer, or None when a group message is not addressed to the bot."""
        message = event.get("message") or {}
        text = str(message.get("text") or "")
        if kind == "user":
            return text
        mentionees = ((message.get("mention") or {}).get("mentionees")) or []
        own = [m for m in mentionees if m.get("isSelf")]
        for m in sorted(own, key=lambda m: -int(m.get("index", 0))):
            start, length = int(m.get("index", 0)), int(m.get("length", 0))
            text = text[:start] + text[start + length :]
        folded = text.casefold()
        named = next((n for n in self._names if n in folded), None)
        if not own and named is None:
            return None
        if named is not None:
            at = folded.index(named)
            text = text[:at] + text[at + len(named) :]
        return text.strip()

    async def _handle_event(self, event: dict[str, Any], waited: float) -> None:
        kind, user, chat = source_of(event)
        session = f"line:{chat}:{user or ''}"
        etype = event.get("type")
        if etype == "message":
            message = event.get("message") or {}
            if message.get("type") != "text":
                if kind == "user":
                    await self._send(event, hint("th", self._starters("th")))
                return
            question = self._question(event, kind)
            if question is None:
                return
        elif etype == "postback":
            question = str((event.get("postback") or {}).get("data") or "")
        elif etype == "follow":
            question = "สวัสดี"
        else:
            return
        if kind == "user" and user and waited > LOADING_AFTER:
            await self._loading(user)
        reply = await self._ask(Inbound(question, session, "line", user_id=user))
        await self._send(event, render(reply))

    async def _loading(self, user: str) -> None:
        """The server is busy and the answer is late: show the one-to-one chat the loading dots."""
        try:
            await self._api.show_loading_animation(
                ShowLoadingAnimationRequest(chat_id=user, loading_seconds=LOADING_SECONDS)
            )
        except ApiException as exc:
            log.warning("line: loading animation refused (%s)", exc.status)

    # ---- sending --------------------------------------------------------------------------------
    async def _send(self, event: dict[str, Any], messages: list[Any]) -> None:
        """Reply with the event's token while it is fresh; otherwise, or if it is spent, push."""
        token = event.get("replyToken")
        age = self._clock() - float(event.get("timestamp", 0)) / 1000
        if token and age < REPLY_TOKEN_LIFETIME:
            try:
                await retrying(
                    lambda: self._api.reply_message(ReplyMessageRequest(reply_token=token, messages=messages)),
                    transient,
                )
                return
            except ApiException as exc:
                if exc.status != 400:
                    raise
                log.info("line: reply token refused, pushing instead")
        _, _, chat = source_of(event)
        retry_key = str(uuid.uuid4())  # the same key on every attempt: LINE sends a push once

        async def push() -> None:
            try:
                await self._api.push_message(PushMessageRequest(to=chat, messages=messages), x_line_retry_key=retry_key)
            except ApiException as exc:
                if exc.status != 409:  # 409 on a retried push: the first attempt went out
                    raise

        await retrying(push, transient)


def transient(exc: Exception) -> bool:
    """Rate limits (429) and server errors (5xx) pass; other refusals do not."""
    return isinstance(exc, ApiException) and (exc.status == 429 or (exc.status or 0) >= 500)
