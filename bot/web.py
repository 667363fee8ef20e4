"""The server: one Starlette app for LINE, Telegram and the web chat, run by uvicorn (`python -m bot serve`).

Webhooks are acknowledged fast: verify on the raw body, parse, hand the work to a background task,
return 200. A channel whose settings are missing is disabled with one log line; the server still
starts. Secrets never reach the logs. Odd input gets 400, never 500: bodies and headers are bounded,
JSON nested deeper than any platform sends is refused, and failed admin tokens are throttled. The web
chat (`bot/webchat`) needs no settings: its page, API and charts are always served.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import hmac
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot.channels.line import LineChannel
from bot.channels.telegram import TelegramChannel, secret_ok
from bot.charts import Charts
from bot.limits import BodyTooLarge, HeaderLimits, parse_json, read_body
from bot.logsafe import redact
from bot.service import Service, build_service
from bot.settings import Settings, get_settings
from bot.webchat.headers import WebHeaders, checked
from bot.webchat.routes import WebChat

log = logging.getLogger("nonglert.web")
SHUTDOWN_GRACE_SECONDS = 10.0
PRUNE_INTERVAL_SECONDS = 6 * 3600
ADMIN_ATTEMPTS_PER_MINUTE = 5  # reloads one client address may ask for in a minute


def server_config(app: Starlette, host: str, port: int, settings: Settings, **options: Any) -> uvicorn.Config:
    """How uvicorn serves the app, here and in tests: the h11 parser, which refuses with 400 a request
    whose headers keep arriving past the limit (httptools buffers headers of any size)."""
    return uvicorn.Config(
        app, host=host, port=port, http="h11", h11_max_incomplete_event_size=settings.max_header_bytes, **options
    )


@dataclass
class Server:
    """What the running app holds: the service (engine, state), the channels and the work in flight."""

    settings: Settings
    service: Service | None = None
    line: LineChannel | None = None
    telegram: TelegramChannel | None = None
    queue: asyncio.Queue[Callable[[], Awaitable[None]]] = field(init=False)
    charts: Charts = field(init=False)  # one drawer and cache for the web and Telegram
    workers: list[asyncio.Task[None]] = field(default_factory=list)
    busy: int = 0  # workers answering right now

    def __post_init__(self) -> None:
        self.queue = asyncio.Queue(maxsize=self.settings.work_queue_limit)
        self.charts = Charts(self.settings.data_dir / "charts")

    def current(self) -> Service:
        assert self.service is not None, "the service starts with the app"
        return self.service

    def later(self, job: Callable[[], Awaitable[None]], waiting: Callable[[], None] | None = None) -> bool:
        """Queue work for after the response. A few workers drain the queue, so answering and sending
        never crowd out acknowledgements; False when the queue is full (the caller answers 503).
        `waiting` runs at once when no worker is free, so the user learns the answer is coming."""
        try:
            self.queue.put_nowait(job)
        except asyncio.QueueFull:
            return False
        if waiting is not None and self.busy + self.queue.qsize() > self.settings.webhook_workers:
            waiting()
        return True

    async def _housekeeping(self) -> None:
        """Every few seconds: has another worker announced knowledge this one does not serve yet?
        Every minute: forget expired context, rate counts, redelivery keys and buttons.
        Every few hours: forget questions older than the retention period."""
        swept = pruned = time.monotonic()
        while True:
            await asyncio.sleep(self.settings.version_poll_seconds)
            try:
                service = self.current()
                await service.knowledge.follow()
                if time.monotonic() - swept > self.settings.state_sweep_seconds:
                    swept = time.monotonic()
                    await asyncio.to_thread(service.sweep)
                if time.monotonic() - pruned > PRUNE_INTERVAL_SECONDS:
                    pruned = time.monotonic()
                    await asyncio.to_thread(service.prune)
            except Exception:  # a store hiccup must not end the loop
                log.exception("housekeeping failed; trying again shortly")

    async def _watch_files(self) -> None:
        """Development: reload when a file in the knowledge or intents folder changes."""

        def stamp() -> tuple[tuple[str, float], ...]:
            folders = (self.settings.knowledge_dir, self.settings.intents_dir)
            return tuple(sorted((str(p), p.stat().st_mtime) for f in folders for p in f.rglob("*.y*ml")))

        last = stamp()
        while True:
            await asyncio.sleep(1.0)
            now = stamp()
            if now != last:
                last = now
                log.info("%s", (await self.current().knowledge.reload()).summary())

    async def _drain(self) -> None:
        while True:
            job = await self.queue.get()
            self.busy += 1
            try:
                await job()
            except Exception:  # one failed delivery must not stop the worker
                log.exception("background work failed")
            finally:
                self.busy -= 1
                self.queue.task_done()

    async def start(self) -> None:
        settings = self.settings
        self.service = service = await asyncio.to_thread(build_service, settings)
        service.prune()
        service.sweep()
        if settings.line_enabled:
            assert settings.line_channel_secret and settings.line_channel_access_token
            self.line = LineChannel(
                settings.line_channel_secret.get_secret_value(),
                settings.line_channel_access_token.get_secret_value(),
                settings.line_api_base_url,
                service.ask,
                service.state,
                tuple(service.knowledge.engine.bundle.language.bot_names),
                settings.max_event_age_seconds,
                public_url=settings.public_url,
            )
        else:
            log.warning("LINE disabled: set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN to enable it")
        if settings.telegram_enabled:
            assert settings.telegram_bot_token
            telegram = TelegramChannel(
                settings.telegram_bot_token.get_secret_value(),
                settings.telegram_api_base_url,
                service.ask,
                service.state,
                charts=self.charts,
                engine=lambda: service.knowledge.engine,
            )
            try:
                await telegram.start()
                self.telegram = telegram
            except Exception as exc:  # a wrong token or no network must not stop LINE or health checks
                log.error("Telegram disabled: the Bot API could not be reached (%s)", type(exc).__name__)
        else:
            log.warning("Telegram disabled: set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET to enable it")
        self.workers = [asyncio.create_task(self._drain()) for _ in range(settings.webhook_workers)]
        self.workers.append(asyncio.create_task(self._housekeeping()))
        if settings.watch:
            self.workers.append(asyncio.create_task(self._watch_files()))
        gc.freeze()  # the knowledge index lives for the whole process: keep it out of every GC pass

    async def stop(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.queue.join(), timeout=SHUTDOWN_GRACE_SECONDS)
        for worker in self.workers:
            worker.cancel()
        if self.line is not None:
            await self.line.close()
        if self.telegram is not None:
            await self.telegram.stop()


def create_app(settings: Settings | None = None) -> Starlette:
    """The ASGI app; settings come from the environment unless given (tests, staging)."""
    server = Server(settings or get_settings())
    redact(v.get_secret_value() for v in server.settings.secrets())

    async def healthz(request: Request) -> Response:
        service = server.service
        return JSONResponse(
            {
                "status": "ok" if service else "starting",
                "knowledge_version": service.knowledge.version if service else None,
                "channels": {"line": server.line is not None, "telegram": server.telegram is not None},
                "work": {"queued": server.queue.qsize(), "busy": server.busy},
            }
        )

    def bearer_ok(given: str) -> bool:
        """`Authorization: Bearer <ADMIN_TOKEN>`, the scheme in any case, the token in constant time."""
        token = server.settings.admin_token
        expected = token.get_secret_value() if token else ""
        scheme, _, value = given.partition(" ")
        return (
            bool(expected)
            and scheme.casefold() == "bearer"
            and hmac.compare_digest(expected.encode(), value.strip().encode("utf-8", "ignore"))
        )

    async def admin_reload(request: Request) -> Response:
        """Validate, rebuild and swap the knowledge: 200 with what changed, 422 with the problems, 401 for a
        wrong token. Each client may try ADMIN_ATTEMPTS_PER_MINUTE times a minute, right token or not
        (429 after), so guessing cannot go on at speed; the atomic count is the gate, so a burst cannot
        slip past it."""
        client = request.client.host if request.client else "unknown"
        attempts = await asyncio.to_thread(server.current().state.count, f"admin:{client}", 60.0)
        if attempts > ADMIN_ATTEMPTS_PER_MINUTE:
            log.warning("admin: reload refused for %s: %d attempts this minute", client, attempts)
            return JSONResponse({"error": "too many attempts; wait a minute"}, status_code=429)
        if not bearer_ok(request.headers.get("authorization", "")):
            log.warning("admin: reload refused for %s: wrong or missing token", client)
            return JSONResponse({"error": "a valid bearer token is required"}, status_code=401)
        result = await server.current().knowledge.reload()
        body = {
            "version": result.version,
            "changes": result.changes,
            "problems": [dataclasses.asdict(p) for p in result.problems],
        }
        return JSONResponse(body, status_code=200 if result.ok else 422)

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
            events = server.line.events(parse_json(body))
        except ValueError:
            return PlainTextResponse("bad body", status_code=400)
        line = server.line
        if events and not server.later(lambda: line.handle(events), waiting=lambda: line.waiting(events)):
            return PlainTextResponse("busy", status_code=503)
        return PlainTextResponse("OK")

    async def telegram_webhook(request: Request) -> Response:
        if server.telegram is None or server.settings.telegram_webhook_secret is None:
            return PlainTextResponse("Telegram is not enabled", status_code=404)
        expected = server.settings.telegram_webhook_secret.get_secret_value()
        if not secret_ok(expected, request.headers.get("x-telegram-bot-api-secret-token")):
            return PlainTextResponse("forbidden", status_code=403)
        try:
            data = parse_json(await read_body(request, server.settings.max_body_bytes))
        except BodyTooLarge:
            return PlainTextResponse("too large", status_code=413)
        except ValueError:
            return PlainTextResponse("bad body", status_code=400)
        if not isinstance(data, dict):
            return PlainTextResponse("bad body", status_code=400)
        telegram = server.telegram
        try:
            update = telegram.read(data)
        except Exception as exc:  # an update PTB cannot read: acknowledge it, or Telegram resends it forever
            log.warning("telegram: unreadable update skipped (%s)", type(exc).__name__)
            update = None
        if update is not None and not server.later(lambda: telegram.process(update)):
            return PlainTextResponse("busy", status_code=503)
        return PlainTextResponse("OK")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await server.start()
        app.state.server = server
        try:
            yield
        finally:
            await server.stop()

    routes = [
        Route(path, handler, methods=methods)
        for base, handler, methods in (
            ("/healthz", healthz, ["GET", "HEAD"]),
            ("/webhooks/line", line_webhook, ["POST"]),
            ("/webhooks/telegram", telegram_webhook, ["POST"]),
            ("/admin/reload", admin_reload, ["POST"]),
        )
        for path in (base, base + "/")  # a URL pasted with a trailing slash works, with no redirect
    ]
    routes += WebChat(server.settings, server.current, server.charts).routes()
    limits = Middleware(
        HeaderLimits, max_bytes=server.settings.max_header_bytes, max_count=server.settings.max_header_count
    )
    headers = Middleware(WebHeaders, origins=checked(server.settings.web_origins))
    return Starlette(routes=routes, lifespan=lifespan, middleware=[limits, headers])
