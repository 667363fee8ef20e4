"""LINE adapter (line-bot-sdk v3): verify, read events, render replies, send them.

Thin by design: every decision about what to say comes from the engine. This module knows LINE's
rules: the signature over the raw body, one reply token per event (about a minute), at most 5
messages of 5,000 characters, 13 quick replies with 20-character labels, postback data of 300
characters, Flex alt text of 1,500 characters, loading animation in one-to-one chats only, images
fetched over https.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import math
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    FlexContainer,
    FlexMessage,
    ImageMessage,
    PostbackAction,
    PushMessageRequest,
    QuickReply,
    QuickReplyItem,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
    TextMessage,
)
from linebot.v3.messaging.exceptions import ApiException

from bot.channels.menu import MENU_PREFIX, menu_event
from bot.channels.retry import retrying
from bot.channels.shapes import SOURCE_ID, line_mentions, line_problem
from bot.channels.text import cut, strip_name, without_span
from bot.core.types import Card, Inbound, Item, Reply
from bot.state import StateStore

log = logging.getLogger("nonglert.line")

TEXT_LIMIT = 5000
MESSAGE_LIMIT = 5  # messages in one reply or push
QUICK_REPLY_LIMIT = 13
LABEL_LIMIT = 20
POSTBACK_LIMIT = 300
ALT_TEXT_LIMIT = 1500
CAROUSEL_LIMIT = 12  # LINE's most bubbles in a carousel
REPLY_TOKEN_LIFETIME = 50.0  # seconds; LINE's tokens live about a minute
LOADING_SECONDS = 5
ASK_PREFIX = "ask:"  # postback data the bot issued (its suggestion buttons); anything else is not a question
VERIFY_TOKENS = frozenset({"0" * 32, "f" * 32})  # the console's old Verify events: nothing can be sent to them
ANSWERED_EVENTS = frozenset({"message", "postback", "follow"})
SILENT = 0  # a skipped event not worth a log line (an unfollow, a member joining: not for the bot to answer)


def expected_signature(secret: bytes, body: bytes) -> str:
    """X-Line-Signature: the base64 HMAC-SHA256 of the raw body with the channel secret."""
    return base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()


def signature_ok(secret: bytes, body: bytes, signature: str | None) -> bool:
    """Base64 HMAC-SHA256 of the raw body with the channel secret, compared in constant time."""
    if not signature:
        return False
    return hmac.compare_digest(expected_signature(secret, body).encode(), signature.encode("utf-8", "ignore"))


def quick_reply(suggestions: tuple[str, ...]) -> QuickReply | None:
    """Each suggestion as a postback button: the label is cut; the question travels in the data, marked as
    the bot's own so that other postbacks (a rich menu, a date picker) are never taken for questions."""
    items = [
        QuickReplyItem(
            action=PostbackAction(
                label=cut(s, LABEL_LIMIT),
                data=ASK_PREFIX + cut(s, POSTBACK_LIMIT - len(ASK_PREFIX)),
                display_text=cut(s, POSTBACK_LIMIT),
            )
        )
        for s in suggestions[:QUICK_REPLY_LIMIT]
    ]
    return QuickReply(items=items) if items else None


def bubble(card: Card, text: str) -> dict[str, Any]:
    """A Flex bubble: the figure, its target, a progress bar and the source."""
    return {
        "type": "bubble",
        "body": {
            "type": "box",
            "layout": "vertical",
            "spacing": "sm",
            "contents": [
                {"type": "text", "text": cut(card.title, 200), "weight": "bold", "wrap": True},
                {"type": "text", "text": cut(card.figure, 100), "size": "xl", "weight": "bold", "color": "#1a7f37"},
                {
                    "type": "text",
                    "text": f"{cut(card.target, 100)} · {percent(card.progress)}",
                    "size": "sm",
                    "color": "#555555",
                },
                progress_bar(card.progress),
                {"type": "text", "text": cut(text, 1000), "size": "sm", "wrap": True},
                {"type": "text", "text": cut(card.source, 200), "size": "xxs", "color": "#888888", "wrap": True},
            ],
        },
    }


def percent(share: float) -> str:
    """Whole percent, never rounded up to the target: 99.78% of it is 99%, not 100%; 168.9% is 168%."""
    return f"{math.floor(max(0.0, share) * 100 + 1e-9)}%"  # 1e-9: 0.58 * 100 is 57.99...


def progress_bar(share: float) -> dict[str, Any]:
    """A bar drawn from two boxes: no image needed."""
    return {
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
                "width": percent(min(1.0, share)),  # the bar stops at the target
                "backgroundColor": "#1a7f37",
                "contents": [],
            }
        ],
    }


def item_bubble(item: Item) -> dict[str, Any]:
    """One measure of a list answer: its name, value, target and a bar of the share of the target reached."""
    contents: list[dict[str, Any]] = [
        {"type": "text", "text": cut(item.name, 200), "weight": "bold", "wrap": True},
        {"type": "text", "text": cut(item.figure or "-", 100), "size": "xl", "weight": "bold", "color": "#1a7f37"},
    ]
    if item.target_text:
        share = f" · {percent(item.share)}" if item.share is not None else ""
        contents.append({"type": "text", "text": cut(item.target_text + share, 100), "size": "sm", "color": "#555555"})
    if item.share is not None:
        contents.append(progress_bar(item.share))
    contents.append({"type": "text", "text": cut(item.source, 200), "size": "xxs", "color": "#888888", "wrap": True})
    return {
        "type": "bubble",
        "size": "kilo",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": contents},
    }


def carousel(items: tuple[Item, ...]) -> dict[str, Any]:
    return {"type": "carousel", "contents": [item_bubble(i) for i in items[:CAROUSEL_LIMIT]]}


def chart_url(reply: Reply, public_url: str | None) -> str | None:
    """The chart of the measure answered, which the web server draws at /charts/{record_id}.png, for a
    chart question or an indicator answer with a card, in the reply's language; None without an https
    PUBLIC_URL, as LINE fetches images over https only."""
    if not public_url or not public_url.startswith("https://") or reply.chart_record is None:
        return None
    query = "?lang=en" if reply.lang == "en" else ""
    return f"{public_url.rstrip('/')}/charts/{quote(reply.chart_record, safe='')}.png{query}"


def render(reply: Reply, public_url: str | None = None) -> list[TextMessage | FlexMessage | ImageMessage]:
    """A Flex carousel for a list of measures and a Flex bubble for an indicator (plain-text alt text in
    both), plain text otherwise; then the chart as an image where there is one. The buttons go on the last
    message: LINE shows the quick replies of the last message only."""
    messages: list[TextMessage | FlexMessage | ImageMessage]
    if len(reply.items) >= 2 and all(i.value is not None for i in reply.items):
        # the text (heading, verdict, what is left out, the source), then a bubble per measure
        container = FlexContainer.from_dict(carousel(reply.items))
        flex = FlexMessage(alt_text=cut(reply.text, ALT_TEXT_LIMIT), contents=container)
        messages = [TextMessage(text=cut(reply.text, TEXT_LIMIT)), flex]
    elif reply.card is not None:
        container = FlexContainer.from_dict(bubble(reply.card, reply.text))
        messages = [FlexMessage(alt_text=cut(reply.text, ALT_TEXT_LIMIT), contents=container)]
    else:
        messages = [TextMessage(text=cut(reply.text, TEXT_LIMIT))]
    chart = chart_url(reply, public_url)
    if chart is not None and len(messages) < MESSAGE_LIMIT:
        messages.append(ImageMessage(original_content_url=chart, preview_image_url=chart))
    messages[-1].quick_reply = quick_reply(reply.suggestions)
    return messages


def source_of(event: dict[str, Any]) -> tuple[str, str | None, str]:
    """(chat kind, user id, chat id to push to) for user, group and room sources of a checked event."""
    source = event["source"]
    kind = source["type"]
    user = source.get("userId")
    return kind, user, source[SOURCE_ID[kind]]


class LineChannel:
    """Handles verified webhook bodies; replies through the Messaging API at the configured host."""

    def __init__(
        self,
        secret: str,
        access_token: str,
        api_base_url: str,
        ask: Callable[[Inbound], Awaitable[Reply | None]],
        state: StateStore,
        bot_names: tuple[str, ...],
        max_event_age: float,
        clock: Callable[[], float] = time.time,
        public_url: str | None = None,
    ) -> None:
        self._secret = secret.encode("utf-8")
        self._client = AsyncApiClient(Configuration(host=api_base_url, access_token=access_token))
        self._api = AsyncMessagingApi(self._client)
        self._ask = ask
        self._state = state
        self._names = bot_names
        self._max_age = max_event_age
        self._clock = clock
        self._public_url = public_url  # where the web server serves charts, for image messages
        self._loading: set[asyncio.Task[None]] = set()

    def verify(self, body: bytes, signature: str | None) -> bool:
        return signature_ok(self._secret, body, signature)

    @staticmethod
    def events(payload: object) -> list[dict[str, Any]]:
        """The events of a verified body; the console's Verify request has none. Raises ValueError."""
        events = payload.get("events") if isinstance(payload, dict) else None
        if not isinstance(events, list):
            raise ValueError("no events list")
        return [e for e in events if isinstance(e, dict)]

    async def close(self) -> None:
        await self._client.close()

    # ---- deciding what to answer ---------------------------------------------------------------
    def skip_reason(self, event: dict[str, Any]) -> tuple[int, str] | None:
        """None when the bot answers this event; otherwise the log level and the reason it does not."""
        kind = event.get("type")
        if not isinstance(kind, str) or kind not in ANSWERED_EVENTS:
            return SILENT, "not answered"
        problem = line_problem(event)
        if problem is not None:
            return logging.WARNING, f"{kind} event skipped: {problem}"
        if event.get("mode") == "standby":  # another channel answers this chat (LINE sends no reply token)
            return SILENT, "standby"
        if event.get("replyToken") in VERIFY_TOKENS:
            return logging.INFO, "the console's verification event skipped"
        age = self._clock() - event["timestamp"] / 1000
        if age > self._max_age:  # a replayed or long-delayed event: pushing an answer now costs quota
            return logging.WARNING, f"event {age:.0f} s old skipped (older than {self._max_age:.0f} s)"
        return None

    def _question(self, event: dict[str, Any], kind: str) -> str | None:
        """The text to answer, or None when the event asks nothing of the bot (a group message not
        addressed to it, a postback it did not issue). Every mention is taken out: other people's names
        are not part of the question, and the question is logged."""
        if event["type"] == "postback":
            data = event["postback"]["data"]
            if not data.startswith(ASK_PREFIX):
                log.info("line: postback not issued by the bot skipped")
                return None
            return data[len(ASK_PREFIX) :]
        text = event["message"]["text"]
        mentions = line_mentions(event["message"])
        for index, length, _ in mentions:
            text = without_span(text, index, length)
        if kind == "user":
            return text
        named = strip_name(text, self._names)
        if named is not None:
            return named
        return text.strip() if any(is_bot for _, _, is_bot in mentions) else None

    def waiting(self, events: list[dict[str, Any]]) -> None:
        """The events must wait for a free worker: show each one-to-one chat the loading dots now, once."""
        users = set()
        for event in events:
            if event.get("type") in ("message", "postback") and self.skip_reason(event) is None:
                kind, user, _ = source_of(event)
                if kind == "user" and user:
                    users.add(user)
        for user in users:
            task = asyncio.create_task(self._show_loading(user))
            self._loading.add(task)
            task.add_done_callback(self._loading.discard)

    async def handle(self, events: list[dict[str, Any]]) -> None:
        """Answer each new event once, however often LINE delivers it."""
        for event in events:
            try:
                skip = self.skip_reason(event)
                if skip is not None:
                    if skip[0] != SILENT:
                        log.log(skip[0], "line: %s", skip[1])
                    continue
                key = event.get("webhookEventId")
                if isinstance(key, str) and key and not self._state.first_time(f"line:{key}"):
                    log.info("line: duplicate event skipped")
                    continue
                await self._handle_event(event)
            except Exception:  # one bad event must not stop the others
                log.exception("line: %s event failed", event.get("type"))

    async def _handle_event(self, event: dict[str, Any]) -> None:
        """Words become a question, anything else an event for the core (a follow, a sticker, a rich menu
        button): the core decides what to say either way."""
        kind, user, chat = source_of(event)
        session = f"line:{chat}:{user or ''}"
        in_group = kind != "user"
        if event["type"] == "follow":
            inbound = Inbound("", session, "line", user_id=user, event="follow")
        elif event["type"] == "message" and event["message"].get("type") != "text":
            if in_group:  # a sticker in a group is not for the bot
                return
            inbound = Inbound("", session, "line", user_id=user, event="non_text")
        elif event["type"] == "postback" and event["postback"]["data"].startswith(MENU_PREFIX):
            menu = menu_event(event["postback"]["data"])
            if menu is None:  # another menu's button, or one of ours since removed
                log.info("line: menu button naming no known event skipped")
                return
            inbound = Inbound("", session, "line", user_id=user, in_group=in_group, event=menu)
        else:
            question = self._question(event, kind)
            if question is None:
                return
            inbound = Inbound(question, session, "line", user_id=user, in_group=in_group)
        reply = await self._ask(inbound)
        if reply is not None:
            await self._send(event, render(reply, self._public_url))

    async def _show_loading(self, user: str) -> None:
        try:
            await self._api.show_loading_animation(
                ShowLoadingAnimationRequest(chat_id=user, loading_seconds=LOADING_SECONDS)
            )
        except Exception as exc:  # the dots are a courtesy: never let them fail an answer
            log.warning("line: loading animation refused (%s)", getattr(exc, "status", type(exc).__name__))

    # ---- sending --------------------------------------------------------------------------------
    async def _send(self, event: dict[str, Any], messages: list[Any]) -> None:
        """Reply with the event's token while it is fresh; otherwise, or if LINE refuses the token, push.
        A token refused after a server error may have been spent by that attempt, so nothing more is sent
        then: a duplicate answer is worse than a lost one."""
        token = event.get("replyToken")
        age = self._clock() - event["timestamp"] / 1000
        if token and age < REPLY_TOKEN_LIFETIME:
            maybe_delivered = False  # a 5xx may come after LINE sent the reply and spent the token

            async def reply() -> None:
                nonlocal maybe_delivered
                try:
                    await self._api.reply_message(ReplyMessageRequest(reply_token=token, messages=messages))
                except ApiException as exc:
                    maybe_delivered = maybe_delivered or (exc.status or 0) >= 500
                    raise

            try:
                await retrying(reply, transient)
                return
            except ApiException as exc:
                if exc.status != 400:
                    raise
                if maybe_delivered:
                    log.warning("line: reply token refused after a server error; the answer may have arrived")
                    return
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
