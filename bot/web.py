"""The webhook server: one Starlette app for LINE and Telegram, run by uvicorn (`python -m bot serve`).

Webhooks are acknowledged fast: verify on the raw body, parse, hand the work to a background task,
return 200. A channel whose settings are missing is disabled with one log line; the server still
starts. Secrets never reach the logs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot.channels.dedupe import MemorySeenStore
from bot.channels.line import LineChannel
from bot.channels.telegram import TelegramChannel, secret_ok
from bot.core.engine import Engine
from bot.runtime import load_engine
from bot.settings import Settings, get_settings

log = logging.getLogger("nonglert.web")
SHUTDOWN_GRACE_SECONDS = 10.0


class BodyTooLarge(Exception):
    pass


@dataclass
class Server:
    """What the running app holds: the engine, the enabled channels and the work in flight."""

    settings: Settings
    engine: Engine | None = None
    line: LineChannel | None = None
    telegram: TelegramChannel | None = None
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    def current_engine(self) -> Engine:
        assert self.engine is not None, "the engine is loaded at start-up"
        return self.engine

    def later(self, work: Coroutine[Any, Any, None]) -> None:
        """Run after the response; keep a reference so the task is not collected mid-flight."""
        task = asyncio.create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background work failed: %r", task.exception())

    async def start(self) -> None:
        settings = self.settings
        loaded = load_engine(settings)
        for problem in loaded.problems:
            log.warning("knowledge: %s", problem)
        self.engine = loaded.engine
        seen = MemorySeenStore()
        if settings.line_enabled:
            assert settings.line_channel_secret and settings.line_channel_access_token
            self.line = LineChannel(
                settings.line_channel_secret.get_secret_value(),
                settings.line_channel_access_token.get_secret_value(),
                settings.line_api_base_url,
                self.current_engine,
                seen,
                settings.bot_names,
            )
        else:
            log.warning("LINE disabled: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN to enable it")
        if settings.telegram_enabled:
            assert settings.telegram_bot_token
            telegram = TelegramChannel(
                settings.telegram_bot_token.get_secret_value(),
                settings.telegram_api_base_url,
                self.current_engine,
                seen,
            )
            try:
                await telegram.start()
                self.telegram = telegram
            except Exception as exc:  # a wrong token or no network must not stop LINE or health checks
                log.error("Telegram disabled: the Bot API could not be reached (%s)", type(exc).__name__)
        else:
            log.warning("Telegram disabled: set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET to enable it")

    async def stop(self) -> None:
        if self.tasks:
            await asyncio.wait(self.tasks, timeout=SHUTDOWN_GRACE_SECONDS)
        if self.line is not None:
            await self.line.close()
        if self.telegram is not None:
            await self.telegram.stop()


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refusing more than `limit` bytes whatever Content-Length claims."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)


def create_app(settings: Settings | None = None) -> Starlette:
    """The ASGI app; settings come from the environment unless given (tests, staging)."""
    server = Server(settings or get_settings())

    async def healthz(request: Request) -> Response:
        engine = server.engine
        return JSONResponse(
            {
                "status": "ok" if engine else "starting",
                "knowledge_version": engine.version if engine else None,
                "channels": {"line": server.line is not None, "telegram": server.telegram is not None},
            }
        )

    async def line_webhook(request: Request) -> Response:
        if server.line is None:
            return PlainTextResponse("LINE is not enabled", status_code=404)
        try:
            body = await read_body(request, server.settings.max_body_bytes)
        except BodyTooLarge:
            return PlainTextResponse("too large", status_code=413)
        if not server.line.verify(body, request.headers.get("x-line-signature")):
            return PlainTextResponse("bad signature", status_code=400)
        try:
            events = server.line.events(body)
        except ValueError:
            return PlainTextResponse("bad body", status_code=400)
        if events:
            server.later(server.line.handle(events))
        return PlainTextResponse("OK")

    async def telegram_webhook(request: Request) -> Response:
        if server.telegram is None or server.settings.telegram_webhook_secret is None:
            return PlainTextResponse("Telegram is not enabled", status_code=404)
        expected = server.settings.telegram_webhook_secret.get_secret_value()
        if not secret_ok(expected, request.headers.get("x-telegram-bot-api-secret-token")):
            return PlainTextResponse("forbidden", status_code=403)
        try:
            data = json.loads(await read_body(request, server.settings.max_body_bytes))
        except BodyTooLarge:
            return PlainTextResponse("too large", status_code=413)
        except ValueError:
            return PlainTextResponse("bad body", status_code=400)
        try:
            update = server.telegram.accept(data) if isinstance(data, dict) else None
        except Exception as exc:  # an update PTB cannot read: acknowledge it, or Telegram resends it forever
            log.error("telegram: unreadable update skipped (%s)", type(exc).__name__)
            update = None
        if update is not None:
            server.later(server.telegram.process(update))
        return PlainTextResponse("OK")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await server.start()
        app.state.server = server
        try:
            yield
        finally:
            await server.stop()

    return Starlette(
        routes=[
            Route("/healthz", healthz),
            Route("/webhooks/line", line_webhook, methods=["POST"]),
            Route("/webhooks/telegram", telegram_webhook, methods=["POST"]),
        ],
        lifespan=lifespan,
    )
