"""Fake LINE Messaging API and Telegram Bot API: real HTTP servers on 127.0.0.1 that record requests.

Tests point line-bot-sdk (`Configuration(host=...)`) and python-telegram-bot (`base_url`) at them,
so the SDKs' own request code runs. Errors can be queued to test retries (500, 429, 400).
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
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


class FakeAPI:
    """Serve `respond(path, body) -> (status, json)` and record every call."""

    def __init__(self, respond: Callable[[str, dict[str, Any]], tuple[int, Any]]) -> None:
        self.calls: list[Call] = []
        self.failures: deque[tuple[str, int, Any]] = deque()  # (path suffix, status, json)
        self.delays: dict[str, float] = {}  # path suffix -> seconds to wait before answering (a slow API)
        self._respond = respond
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                body = fake.decode(raw, self.headers.get("content-type") or "")
                headers = {k.lower(): v for k, v in self.headers.items()}
                fake.calls.append(Call("POST", self.path, headers, body, time.monotonic()))
                time.sleep(next((d for suffix, d in fake.delays.items() if self.path.endswith(suffix)), 0.0))
                status, payload = fake.answer(self.path, body)
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
        if not raw:
            return {}
        if "json" in content_type:
            return json.loads(raw)
        fields = dict(parse_qsl(raw.decode()))
        for key, value in fields.items():
            with contextlib.suppress(ValueError):
                fields[key] = json.loads(value)
        return fields

    def answer(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        if self.failures and path.endswith(self.failures[0][0]):
            _, status, payload = self.failures.popleft()
            return status, payload
        return self._respond(path, body)

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


def line_api() -> FakeAPI:
    def respond(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        if path.endswith("/chat/loading/start"):
            return 202, {}
        return 200, {"sentMessages": [{"id": "1", "quoteToken": "q"}]}

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
        if method == "sendMessage":
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
