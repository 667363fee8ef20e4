"""Fake LINE Messaging API and Telegram Bot API: real HTTP servers on 127.0.0.1 that record requests.

Tests point line-bot-sdk (`Configuration(host=...)`) and python-telegram-bot (`base_url`) at them,
so the SDKs' own request code runs. Errors can be queued to test retries (500, 429, 400). The LINE fake
keeps rich menus as LINE does (created, listed, made the default, deleted); its data host takes uploads.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Call:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float = 0.0  # time.monotonic() when the request arrived
    raw: bytes = b""  # the body as sent: an uploaded image is not decoded


class FakeAPI:
    """Serve POSTs with `respond(path, body) -> (status, json)`, GETs and DELETEs with `other(method, path)`
    (404 without it), and record every call."""

    def __init__(
        self,
        respond: Callable[[str, dict[str, Any]], tuple[int, Any]],
        other: Callable[[str, str], tuple[int, Any]] | None = None,
    ) -> None:
        self.calls: list[Call] = []
        self.failures: deque[tuple[str, int, Any]] = deque()  # (path suffix, status, json)
        self.delays: dict[str, float] = {}  # path suffix -> seconds to wait before answering (a slow API)
        self._respond = respond
        self._other = other
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.serve("POST")

            def do_GET(self) -> None:
                self.serve("GET")

            def do_DELETE(self) -> None:
                self.serve("DELETE")

            def serve(self, method: str) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                body = fake.decode(raw, self.headers.get("content-type") or "")
                headers = {k.lower(): v for k, v in self.headers.items()}
                fake.calls.append(Call(method, self.path, headers, body, time.monotonic(), raw))
                time.sleep(next((d for suffix, d in fake.delays.items() if self.path.endswith(suffix)), 0.0))
                status, payload = fake.answer(self.path, body, method)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @staticmethod
    def decode(raw: bytes, content_type: str) -> dict[str, Any]:
        if not raw or content_type.startswith("image/"):
            return {}
        if "json" in content_type:
            return json.loads(raw)
        if content_type.startswith("multipart/form-data"):  # an upload (Telegram's sendPhoto): files as bytes
            return multipart(raw, content_type)
        fields = dict(parse_qsl(raw.decode()))
        for key, value in fields.items():
            with contextlib.suppress(ValueError):
                fields[key] = json.loads(value)
        return fields

    def answer(self, path: str, body: dict[str, Any], method: str = "POST") -> tuple[int, Any]:
        if self.failures and path.endswith(self.failures[0][0]):
            _, status, payload = self.failures.popleft()
            return status, payload
        if method == "POST":
            return self._respond(path, body)
        return self._other(method, path) if self._other else (404, {"message": "Not found"})

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait_for(self, suffix: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls to a path ending with `suffix`, once `count` have arrived (or the timeout passes)."""
        return self.wait_until(lambda c: c.path.endswith(suffix), count, timeout)

    def wait_until(self, match: Callable[[Call], bool], count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls that match, once `count` have arrived or the timeout has passed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [c for c in list(self.calls) if match(c)]
            if len(found) >= count:
                return found
            time.sleep(0.02)
        return [c for c in list(self.calls) if match(c)]

    def settle(self, quiet: float = 0.5) -> None:
        """Wait until no call has arrived for `quiet` seconds: used before asserting that nothing was sent."""
        seen, last = len(self.calls), time.monotonic()
        while time.monotonic() - last < quiet:
            time.sleep(0.05)
            if len(self.calls) != seen:
                seen, last = len(self.calls), time.monotonic()

    def to(self, suffix: str) -> list[Call]:
        return [c for c in self.calls if c.path.endswith(suffix)]


def multipart(raw: bytes, content_type: str) -> dict[str, Any]:
    """A multipart/form-data body's fields: a file's bytes as sent, other fields as JSON where they parse."""
    message = BytesParser(policy=HTTP).parsebytes(f"content-type: {content_type}\r\n\r\n".encode() + raw)
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        value = part.get_payload(decode=True)
        if part.get_filename() is None:
            value = value.decode()
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        fields[part.get_param("name", header="content-disposition")] = value
    return fields


NOT_FOUND = (404, {"message": "Not found"})


def line_api(images: set[str] | None = None) -> FakeAPI:
    """The Messaging API host. Given `images` (the menus whose image `line_data_api(images)` took), it
    refuses to make a menu without one the default, as LINE does."""
    menus: dict[str, dict[str, Any]] = {}  # rich menus by id, as created

    def respond(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        if path.endswith("/chat/loading/start"):
            return 202, {}
        if path == "/v2/bot/richmenu":
            menu_id = f"richmenu-{uuid.uuid4().hex}"
            menus[menu_id] = body
            return 200, {"richMenuId": menu_id}
        if path.startswith("/v2/bot/user/all/richmenu/"):  # the default menu
            menu_id = path.rsplit("/", 1)[-1]
            if menu_id not in menus:
                return NOT_FOUND
            if images is not None and menu_id not in images:
                return 400, {"message": "must upload richmenu image before applying it to user"}
            return 200, {}
        return 200, {"sentMessages": [{"id": "1", "quoteToken": "q"}]}

    def other(method: str, path: str) -> tuple[int, Any]:
        if method == "GET" and path == "/v2/bot/richmenu/list":
            return 200, {"richmenus": [{"richMenuId": menu_id, **menu} for menu_id, menu in menus.items()]}
        if method == "DELETE" and path.startswith("/v2/bot/richmenu/"):
            return (200, {}) if menus.pop(path.rsplit("/", 1)[-1], None) is not None else NOT_FOUND
        return NOT_FOUND

    return FakeAPI(respond, other)


def line_data_api(images: set[str] | None = None) -> FakeAPI:
    """LINE's data host (api-data.line.me), where uploads such as a rich menu's image go; the menus whose
    image arrived are added to `images`."""

    def respond(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        uploaded = re.fullmatch(r"/v2/bot/richmenu/([^/]+)/content", path)
        if uploaded and images is not None:
            images.add(uploaded.group(1))
        return 200, {}

    return FakeAPI(respond)


BOT_ID = 4242
BOT_USERNAME = "nonglert_bot"


def telegram_api() -> FakeAPI:
    counter = iter(range(1, 1_000_000))

    def respond(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        method = path.rsplit("/", 1)[-1]
        if method == "getMe":
            return 200, {
                "ok": True,
                "result": {
                    "id": BOT_ID,
                    "is_bot": True,
                    "first_name": "NongLert",
                    "username": BOT_USERNAME,
                    "can_join_groups": True,
                    "can_read_all_group_messages": False,
                    "supports_inline_queries": False,
                },
            }
        if method in ("sendMessage", "sendPhoto"):
            chat = {"id": int(body.get("chat_id", 0)), "type": "private"}
            return 200, {
                "ok": True,
                "result": {
                    "message_id": next(counter),
                    "date": int(time.time()),
                    "chat": chat,
                    "text": body.get("text", ""),
                },
            }
        return 200, {"ok": True, "result": True}

    return FakeAPI(respond)
