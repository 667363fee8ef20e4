"""The web chat's routes: the page, its script, style and fonts, `POST /api/ask`, and the chart images.

The page is `index.html` with its words filled in from `intents/replies.yaml` (in the language asked
with `?lang=`), so every word it shows is data like everything else the bot says. Answers are JSON; the
page's script inserts every word as text, never as HTML.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import ipaddress
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.charts import LANGS, Charts
from bot.core.types import LIST_BULLET, Inbound, Reply
from bot.limits import BodyTooLarge, parse_json, read_body
from bot.service import RATE_WINDOW_SECONDS, Service
from bot.settings import Settings
from bot.webchat.sessions import WebSessions

if TYPE_CHECKING:
    from bot.core.engine import Engine

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "assets" / "fonts"
SLOT = re.compile(r"\{\{(\w+)\}\}")
PAGE_WORDS = ("title", "log", "question", "placeholder", "send")  # in the HTML itself
SCRIPT_WORDS = {  # for the script, with the slots it fills left in place
    "suggestions": {},
    "sources": {"sections": "{sections}"},
    "share": {"share": "{share}"},
    "col_name": {},
    "col_value": {},
    "col_target": {},
    "col_share": {},
    "error": {},
}
BAD_BODY = (
    'the body must be a JSON object: {"q": "a question", "session": "the id you were given, or null", '
    '"lang": "th", "en" or null (the language of the greeting and other events)}'
)
GREETING = "start"  # the event the page opens with: answered without a session or a count


@dataclass(frozen=True)
class Asset:
    """A file served as it is, with an ETag of its bytes."""

    body: bytes
    media_type: str

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'


def cached(request: Request, body: bytes, media_type: str, etag: str) -> Response:
    """The body, or 304 when the browser holds this version; browsers ask again each time (no-cache), so
    a new release or a knowledge reload shows at once."""
    headers = {"etag": etag, "cache-control": "no-cache"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def client_network(host: str) -> str:
    """What a client is counted by: its address, or for IPv6 the /64 it sits in, since one client
    commonly holds a whole /64 and could otherwise step through 2^64 addresses (an IPv4 address mapped
    into IPv6 counts as itself)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host  # not an address: a test client's name
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped
        return str(mapped) if mapped else str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def language(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "th"


class WebChat:
    """The routes, given the settings and the running service (which starts with the app)."""

    def __init__(self, settings: Settings, current: Callable[[], Service], charts: Charts) -> None:
        self.settings = settings
        self.current = current
        self.template = (HERE / "index.html").read_text(encoding="utf-8")
        self.assets = {
            "app.js": Asset((HERE / "app.js").read_bytes(), "text/javascript; charset=utf-8"),
            "style.css": Asset((HERE / "style.css").read_bytes(), "text/css; charset=utf-8"),
            **{f"fonts/{f.name}": Asset(f.read_bytes(), "font/ttf") for f in sorted(FONTS.glob("*.ttf"))},
        }
        self._pages: dict[tuple[str, str], Asset] = {}
        self.charts = charts
        self._address_secret = secrets.token_bytes(32)  # in memory only: see _address_key

    def routes(self) -> list[Route]:
        return [
            Route("/", self.page, methods=["GET"]),
            Route("/web/{name:path}", self.asset, methods=["GET"]),
            Route("/api/ask", self.ask, methods=["POST"]),
            Route("/charts/overview.png", self.overview, methods=["GET"]),
            Route("/charts/{record_id}.png", self.record_chart, methods=["GET"]),
        ]

    # ---- the page -------------------------------------------------------------------------------
    def _render(self, lang: str) -> Asset:
        """index.html with its words, made once per knowledge version and language."""
        service = self.current()
        key = (service.knowledge.version, lang)
        if key not in self._pages:
            say = service.knowledge.engine.say
            script = {name: say.say(f"web_{name}", lang, **slots) for name, slots in SCRIPT_WORDS.items()}
            script |= {"bot": say.say("bot_name", lang), "you": say.say("console_you", lang), "bullet": LIST_BULLET}
            values = {name: say.say(f"web_{name}", lang) for name in PAGE_WORDS}
            values |= {
                "lang": lang,
                "maxlength": str(self.settings.web_max_question_chars),
                "words": json.dumps(script, ensure_ascii=False),
            }
            page = SLOT.sub(lambda m: html.escape(values[m.group(1)]), self.template)
            self._pages = {k: v for k, v in self._pages.items() if k[0] == key[0]}  # drop older versions
            self._pages[key] = Asset(page.encode(), "text/html; charset=utf-8")
        return self._pages[key]

    async def page(self, request: Request) -> Response:
        page = self._render(language(request))
        return cached(request, page.body, page.media_type, page.etag)

    async def asset(self, request: Request) -> Response:
        found = self.assets.get(request.path_params["name"])
        if found is None:
            return error(404, "not found")
        return cached(request, found.body, found.media_type, found.etag)

    # ---- the API --------------------------------------------------------------------------------
    async def ask(self, request: Request) -> Response:
        """One question in, the reply out. The page's opening /start greeting is answered as it is, like the
        page itself: counted against no limit, and with no session issued for it. A question is counted
        first against the client address (WEB_ADDRESS_RATE_LIMIT_PER_MINUTE: a new tab, a new session, does
        not reset it), then against its session (RATE_LIMIT_PER_MINUTE, from any address); either past its
        limit gets 429 before any session is issued or stored."""
        try:
            data = parse_json(await read_body(request, self.settings.web_max_body_bytes))
        except BodyTooLarge:
            return error(413, f"the body may be at most {self.settings.web_max_body_bytes} bytes")
        except ValueError:
            return error(422, BAD_BODY)
        if not isinstance(data, dict) or not isinstance(data.get("q"), str) or not data["q"].strip():
            return error(422, BAD_BODY)
        if not isinstance(data.get("session"), str | None) or data.get("lang") not in (None, *LANGS):
            return error(422, BAD_BODY)
        service = self.current()
        question: str = data["q"]
        asked: str | None = data.get("lang")
        limit = self.settings.web_max_question_chars
        if len(question) > limit:
            text = service.knowledge.engine.say.say("web_too_long", self._lang(service, question, asked), limit=limit)
            return error(422, f"the question may be at most {limit} characters", text=text)
        sessions = WebSessions(service.state, lambda s: service.session_key(Inbound("", f"web:{s}", "web")))
        known = sessions.known(data.get("session"))
        session = known or sessions.new()
        # no user id: the question log's user is the hash of the random session, never of the address
        inbound = Inbound(question, f"web:{session}", "web", lang=asked)
        if service.knowledge.engine.event_of(inbound) == GREETING:
            return JSONResponse({**self._reply(service, service.greeting(inbound)), "session": known})
        hits = service.state.count(f"web-address:{self._address_key(request)}", RATE_WINDOW_SECONDS)
        reply = await service.ask(inbound) if hits <= self.settings.web_address_rate_limit_per_minute else None
        if reply is None or reply.intent == "rate_limited":  # a new session is never past its limit: only a known one
            text = service.knowledge.engine.say.say("slow_down", self._lang(service, question, asked))
            return error(429, "too many questions; wait a minute", text=text, session=known)
        sessions.keep(session)
        return JSONResponse({**self._reply(service, reply), "session": session})

    def _address_key(self, request: Request) -> str:
        """The client's rate bucket: its address (an IPv6 /64) as an HMAC under a secret this process keeps
        in memory only, so the state store holds nothing that leads back to the address (a plain salted hash
        of an IPv4 address is undone by trying all 2^32)."""
        network = client_network(request.client.host if request.client else "unknown")
        return hmac.new(self._address_secret, network.encode(), hashlib.sha256).hexdigest()[:32]

    @staticmethod
    def _lang(service: Service, question: str, asked: str | None) -> str:
        """The language to refuse a question in: the question's own, else the page's."""
        return service.knowledge.engine.nlu.normalize(question).lang or asked or "th"

    @staticmethod
    def _reply(service: Service, reply: Reply) -> dict[str, Any]:
        """The reply as the page draws it, with the chart the core chose to show beside it."""
        data = reply.to_dict()
        for internal in ("candidates", "more", "chart_record", "chart_asked"):
            del data[internal]
        if reply.card is None:
            del data["card"]
        engine = service.knowledge.engine
        query = "?lang=en" if reply.lang == "en" else ""
        record = engine.records.get(reply.chart_record) if reply.chart_record else None
        data["chart"] = (
            {
                "src": f"/charts/{record.id}.png{query}",
                "alt": engine.say.say("web_chart", reply.lang, name=getattr(record.name, reply.lang)),
            }
            if record is not None
            else None
        )
        return data

    # ---- charts ---------------------------------------------------------------------------------
    async def _chart(self, request: Request, draw: Callable[[Engine, str], bytes | None]) -> Response:
        """A chart of the knowledge now served, drawn in a worker thread; its ETag is the knowledge version,
        so a reload redraws it and a browser holding the current one gets 304."""
        lang = language(request)
        engine = self.current().knowledge.engine
        etag = f'"{engine.version}-{lang}"'
        if request.headers.get("if-none-match") == etag:
            return cached(request, b"", "image/png", etag)
        png = await asyncio.to_thread(draw, engine, lang)
        if png is None:
            return error(404, "no chart for this record")
        return cached(request, png, "image/png", etag)

    async def record_chart(self, request: Request) -> Response:
        record_id = request.path_params["record_id"]  # looked up among the records: any other string is a 404
        return await self._chart(request, lambda engine, lang: self.charts.record_png(engine, record_id, lang))

    async def overview(self, request: Request) -> Response:
        return await self._chart(request, lambda engine, lang: self.charts.overview_png(engine, lang))
