"""Telegram adapter (python-telegram-bot v22): handlers, rendering, webhook and polling set-up.

Thin by design: every decision about what to say comes from the engine. This module knows
Telegram's rules: the secret-token header, retried deliveries (de-duplicated on update_id),
4,096-character messages, 64-byte callback data (Thai does not fit: buttons carry short ids),
privacy mode in groups (commands, mentions and replies to the bot), and flood limits (RetryAfter,
retried by PTB's AIORateLimiter). An indicator answer gets a chart button; a chart asked for comes as a
photo after the answer.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx
from telegram import Bot, BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, MessageEntityType, MessageLimit, ParseMode
from telegram.error import NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels.retry import retrying
from bot.channels.shapes import telegram_problem
from bot.channels.text import without_span
from bot.core.replies import Replies
from bot.core.types import LIST_BULLET, Inbound, Reply
from bot.state import StateStore

if TYPE_CHECKING:
    from bot.charts import Charts
    from bot.core.engine import Engine

log = logging.getLogger("nonglert.telegram")

TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4096
BUTTON_LABEL_LIMIT = 40
MAX_BUTTONS = 4
BUTTON_TTL_SECONDS = 7 * 24 * 3600  # a button in the chat history keeps working for a week
FLOOD_RETRIES = 3
READ_TIMEOUT_SECONDS = 5.0  # how long a send waits for Telegram's answer (PTB's default)
MENTIONS = (MessageEntityType.MENTION, MessageEntityType.TEXT_MENTION)
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # failures before a request left
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


def command_menu(say: Replies) -> list[BotCommand]:
    """The command menu, described in both languages from the replies data."""
    return [
        BotCommand(name, f"{say.say(f'command_{name}', 'th')} / {say.say(f'command_{name}', 'en')}")
        for name in ("start", "help")
    ]


def secret_ok(expected: str, given: str | None) -> bool:
    """The X-Telegram-Bot-Api-Secret-Token header, compared in constant time."""
    return given is not None and hmac.compare_digest(expected.encode(), given.encode("utf-8", "ignore"))


def split(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Cut long text into messages at paragraph, line or word breaks, never inside a word if avoidable."""
    chunks: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        at = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(" "))
        at = at if at > limit // 2 else limit
        chunks.append(text[:at].rstrip())
        text = text[at:].lstrip()
    return [*chunks, text] if text else chunks


class Buttons:
    """Short ids for suggested questions, so a Thai question fits in 64 bytes of callback data. The
    questions live in the state store for a week, so any worker, before or after a restart, answers a
    button any other issued."""

    def __init__(self, state: StateStore, ttl: float = BUTTON_TTL_SECONDS) -> None:
        self._state = state
        self._ttl = ttl

    @staticmethod
    def id_for(question: str) -> str:
        return "q:" + hashlib.blake2b(question.encode(), digest_size=8).hexdigest()

    @staticmethod
    def chart_id(record_id: str, lang: str) -> str:
        return "chart:" + hashlib.blake2b(f"{lang} {record_id}".encode(), digest_size=8).hexdigest()

    def question(self, key: str) -> str | None:
        return self._state.recall(f"button:{key}") if key.startswith("q:") else None

    def chart(self, key: str) -> tuple[str, str] | None:
        """The record id and language of a chart button, or None for another button or an expired one."""
        held = self._state.recall(f"button:{key}") if key.startswith("chart:") else None
        if held is None:
            return None
        lang, record_id = held.split(" ", 1)
        return record_id, lang

    def keyboard(
        self, suggestions: tuple[str, ...], chart: tuple[str, str, str] | None = None
    ) -> InlineKeyboardMarkup | None:
        """A button per suggestion, then the chart button (label, record id, language) when given: last, so
        the suggestions keep their places."""
        shown = suggestions[:MAX_BUTTONS]
        ids = {self.id_for(s): s for s in shown}
        kept = {f"button:{key}": question for key, question in ids.items()}
        rows = [
            [InlineKeyboardButton(question[:BUTTON_LABEL_LIMIT], callback_data=key)] for key, question in ids.items()
        ]
        if chart is not None:
            label, record_id, lang = chart
            key = self.chart_id(record_id, lang)
            kept[f"button:{key}"] = f"{lang} {record_id}"
            rows.append([InlineKeyboardButton(label[:BUTTON_LABEL_LIMIT], callback_data=key)])
        if not rows:
            return None
        self._state.remember(kept, self._ttl)
        return InlineKeyboardMarkup(rows)


class TelegramChannel:
    """Owns the PTB Application; the web app feeds it updates, or it polls by itself."""

    def __init__(
        self,
        token: str,
        api_base_url: str,
        ask: Callable[[Inbound], Awaitable[Reply | None]],
        state: StateStore,
        polling: bool = False,
        read_timeout: float = READ_TIMEOUT_SECONDS,
        charts: Charts | None = None,
        engine: Callable[[], Engine] | None = None,
    ) -> None:
        """`charts` and `engine` (the engine serving now, which a reload swaps) draw charts; without them
        no chart button or photo is sent."""
        builder = Application.builder().token(token).base_url(api_base_url).read_timeout(read_timeout)
        builder = builder.rate_limiter(AIORateLimiter(max_retries=FLOOD_RETRIES))
        if not polling:
            builder = builder.updater(None)
        self.app = builder.build()
        self._ask = ask
        self._state = state
        self._charts = charts
        self._engine = engine
        self.buttons = Buttons(state)
        on_new = filters.UpdateType.MESSAGE
        self.app.add_handler(CommandHandler(["start", "help"], self._on_command, filters=on_new))
        self.app.add_handler(CommandHandler(["reload", "unanswered", "stats"], self._on_admin, filters=on_new))
        self.app.add_handler(MessageHandler(on_new & filters.TEXT & ~filters.COMMAND, self._on_text))
        self.app.add_handler(CallbackQueryHandler(self._on_button))
        self.app.add_handler(MessageHandler(on_new & ~filters.TEXT & filters.ChatType.PRIVATE, self._on_other))
        self.app.add_error_handler(self._on_error)

    # ---- webhook mode ------------------------------------------------------------------------
    async def start(self) -> None:
        await self.app.initialize()
        await self.app.start()

    async def stop(self) -> None:
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()

    def read(self, data: dict[str, Any]) -> Update | None:
        """The update in a webhook body, or None (with one warning) for one that is not what Telegram
        sends; raises on one PTB cannot read."""
        problem = telegram_problem(data)
        if problem is not None:
            log.warning("telegram: update skipped: %s", problem)
            return None
        return Update.de_json(data, self.app.bot)

    async def process(self, update: Update) -> None:
        """Handle an accepted update once, however often Telegram delivers it. It is marked as seen only
        here, after the server accepted it: one refused with 503 is handled when Telegram sends it again."""
        if self._state.first_time(f"telegram:{update.update_id}"):
            await self.app.process_update(update)
        else:
            log.info("telegram: duplicate update skipped")

    async def register(self, public_url: str, secret: str, commands: list[BotCommand]) -> None:
        """Point Telegram at this server with the secret token, and publish the command menu."""
        await self.app.bot.set_webhook(
            url=public_url.rstrip("/") + "/webhooks/telegram", secret_token=secret, allowed_updates=ALLOWED_UPDATES
        )
        await self.app.bot.set_my_commands(commands)

    # ---- handlers ----------------------------------------------------------------------------
    async def _on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or message.text is None:
            return
        await self._answer(message, "", event="help" if message.text.startswith("/help") else "start")

    async def _on_admin(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Admin commands go to the service as typed; it checks the sender against the admin list."""
        message = update.effective_message
        if message is not None and message.text is not None:
            await self._answer(message, message.text)

    async def _on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or message.text is None:
            return
        question = self._addressed(message)
        if question is not None:
            await self._answer(message, question)

    async def _on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        chart = self.buttons.chart(query.data or "")
        if chart is not None:
            await query.answer()
            chat = query.message.chat.id if isinstance(query.message, Message) else query.from_user.id
            await self._send_chart(query.get_bot(), chat, *chart)
            return
        question = self.buttons.question(query.data or "")
        if question is None:
            chat = query.message.chat.id if isinstance(query.message, Message) else query.from_user.id
            expired = await self._ask(inbound(chat, query.from_user.id, "", event="expired_button"))
            await query.answer(expired.text if expired else None)
            return
        await query.answer()
        if isinstance(query.message, Message):
            await self._answer(query.message, question, user_id=query.from_user.id)

    async def _on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is not None:
            await self._answer(message, "", event="non_text")

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log and carry on: a failing handler must never make Telegram redeliver forever."""
        log.error("telegram: update failed (%s)", type(context.error).__name__)  # its text may hold chat ids

    # ---- helpers -----------------------------------------------------------------------------
    def _addressed(self, message: Message) -> str | None:
        """The question without any mention (other people's handles are not part of it, and it is
        logged), or None when a group message is not for the bot: only mentions of the bot and replies
        to it are. Entity offsets count UTF-16 units: an emoji before a mention is two."""
        text = message.text or ""
        mentions = [e for e in message.entities if e.type in MENTIONS]
        me = f"@{self.app.bot.username or ''}".casefold()
        called = any(message.parse_entity(e).casefold() == me for e in mentions)
        for entity in sorted(mentions, key=lambda e: -e.offset):
            text = without_span(text, entity.offset, entity.length)
        replied = message.reply_to_message
        to_bot = replied is not None and replied.from_user is not None and replied.from_user.id == self.app.bot.id
        if message.chat.type == ChatType.PRIVATE or called or to_bot:
            return text.strip()
        return None

    async def _answer(
        self, message: Message, question: str, user_id: int | None = None, event: str | None = None
    ) -> None:
        user = user_id or (message.from_user.id if message.from_user else 0)
        in_group = message.chat.type != ChatType.PRIVATE
        reply = await self._ask(inbound(message.chat.id, user, question, in_group=in_group, event=event))
        if reply is None:
            return
        chart = self._chart_button(reply)
        if chart is not None and reply.chart_asked:  # "show me a chart": the chart itself, after the answer
            await self._send(message, as_html(reply), self.buttons.keyboard(reply.suggestions))
            await self._send_chart(message.get_bot(), message.chat.id, chart[1], chart[2])
            return
        offered = chart  # an indicator answer: its chart a tap away
        await self._send(message, as_html(reply), self.buttons.keyboard(reply.suggestions, offered))

    def _chart_button(self, reply: Reply) -> tuple[str, str, str] | None:
        """The chart button's label, record id and language for an answer about one record, when this
        channel draws charts."""
        if self._charts is None or self._engine is None or reply.chart_record is None:
            return None
        return self._engine().say.say("chart_button", reply.lang), reply.chart_record, reply.lang

    async def _send_chart(self, bot: Bot, chat: int, record_id: str, lang: str) -> None:
        """The record's chart as a photo, drawn in a worker thread (or read from the cache); nothing when the
        record has no figure to draw or is gone after a reload."""
        if self._charts is None or self._engine is None:
            return
        png = await asyncio.to_thread(self._charts.record_png, self._engine(), record_id, lang)
        if png is not None:
            await retrying(lambda: bot.send_photo(chat, png, filename=f"{record_id}.png"), transient)

    async def _send(self, message: Message, text: str, keyboard: InlineKeyboardMarkup | None) -> None:
        """HTML in clean chunks; buttons on the last; server errors retried a few times."""
        chunks = split(text)
        for n, chunk in enumerate(chunks):
            markup = keyboard if n == len(chunks) - 1 else None
            await retrying(
                lambda chunk=chunk, markup=markup: message.get_bot().send_message(
                    message.chat.id, chunk, parse_mode=ParseMode.HTML, reply_markup=markup
                ),
                transient,
            )


def as_html(reply: Reply) -> str:
    """The answer escaped for Telegram's HTML, with each listed item's name in bold: a compact list."""
    names = {html.escape(f"{LIST_BULLET}{item.name}") for item in reply.items}
    lines = []
    for line in html.escape(reply.text).split("\n"):
        name = max((n for n in names if line.startswith(n)), key=len, default=None)  # the longest that fits
        lines.append(f"{LIST_BULLET}<b>{name.removeprefix(LIST_BULLET)}</b>{line[len(name) :]}" if name else line)
    return "\n".join(lines)


def inbound(chat: int, user: int, text: str, in_group: bool = False, event: str | None = None) -> Inbound:
    """What the core hears from this sender in this chat (the session is per sender within a chat)."""
    return Inbound(text, f"telegram:{chat}:{user}", "telegram", user_id=str(user), in_group=in_group, event=event)


def transient(exc: Exception) -> bool:
    """Retry only a send known not to have been delivered, since Telegram has no idempotency key: a
    request that never left (connection refused, connect or pool timeout). A timeout after sending, a
    dropped connection or a 5xx (a gateway may answer after Telegram delivered) is not retried: a lost
    answer is better than a doubled one. Flood limits (429) are waited out by PTB's rate limiter."""
    return isinstance(exc, NetworkError) and isinstance(exc.__cause__, NOT_SENT)


async def set_webhook(channel: TelegramChannel, public_url: str, secret: str, commands: list[BotCommand]) -> None:
    async with channel.app:
        await channel.register(public_url, secret, commands)
