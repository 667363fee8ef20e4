"""A running webhook server for end-to-end tests: uvicorn in a thread, fake LINE and Telegram APIs,
and helpers that sign and send real bodies to it."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from bot.channels.line import expected_signature
from bot.settings import Settings
from bot.web import create_app, server_config
from tests.fakes import FakeAPI, line_api, telegram_api

PAYLOADS = Path(__file__).resolve().parent / "payloads"
LINE_SECRET = "test-line-channel-secret"
TELEGRAM_TOKEN = "123456:TEST-token"
TELEGRAM_SECRET = "test_secret-TOKEN_1"


@dataclass
class Running:
    url: str
    line: FakeAPI
    telegram: FakeAPI

    def post_line(self, payload: dict[str, Any], signature: str | None = None) -> httpx.Response:
        body = json.dumps(payload, ensure_ascii=False).encode()
        headers = {"content-type": "application/json"}
        headers["x-line-signature"] = signature if signature is not None else sign(body)
        return httpx.post(f"{self.url}/webhooks/line", content=body, headers=headers, timeout=10)

    def post_telegram(self, payload: dict[str, Any], secret: str | None = TELEGRAM_SECRET) -> httpx.Response:
        headers = {"x-telegram-bot-api-secret-token": secret} if secret is not None else {}
        return httpx.post(f"{self.url}/webhooks/telegram", json=payload, headers=headers, timeout=10)

    def idle(self, timeout: float = 10.0) -> None:
        """Wait until no webhook is queued or being answered, as /healthz reports."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if httpx.get(f"{self.url}/healthz", timeout=5).json()["work"] == {"queued": 0, "busy": 0}:
                return
            time.sleep(0.01)
        raise AssertionError("the server was still busy")


def sign(body: bytes) -> str:
    return expected_signature(LINE_SECRET.encode(), body)


def line_payload(name: str, **changes: Any) -> dict[str, Any]:
    """A recorded payload with a fresh timestamp and event id (each test is a new delivery)."""
    payload = json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))
    for event in payload["events"]:
        event["timestamp"] = int(time.time() * 1000)
        event["webhookEventId"] = uuid.uuid4().hex
        event.update(changes)
    return payload


def line_text(text: str, reply_token: str) -> dict[str, Any]:
    """The recorded LINE text message, saying this, to be answered with this reply token."""
    payload = line_payload("line_text", replyToken=reply_token)
    payload["events"][0]["message"]["text"] = text
    return payload


def telegram_payload(name: str) -> dict[str, Any]:
    payload = json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))
    payload["update_id"] = int(uuid.uuid4().int % 1_000_000_000)
    return payload


def texts(calls: list[Any]) -> list[str]:
    return [m.get("text") or m.get("altText") for c in calls for m in c.body.get("messages", [])]


def replies(running: Running, token: str, count: int = 1) -> list[Any]:
    return running.line.wait_until(lambda c: c.body.get("replyToken") == token, count)


def telegram_sent(running: Running, needle: str, count: int = 1) -> list[Any]:
    return running.telegram.wait_until(
        lambda c: c.path.endswith("/sendMessage") and needle in str(c.body.get("text")), count
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(data_dir: Path, **settings: Any) -> Iterator[Running]:
    """The app under uvicorn, configured as `serve` configures it, with both channels pointed at fresh
    fake APIs; `settings` override the test defaults."""
    line, telegram = line_api().start(), telegram_api().start()
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "line_channel_secret": LINE_SECRET,
        "line_channel_access_token": "test-access-token",
        "line_api_base_url": line.url,
        "telegram_bot_token": TELEGRAM_TOKEN,
        "telegram_webhook_secret": TELEGRAM_SECRET,
        "telegram_api_base_url": f"{telegram.url}/bot",
        "max_body_bytes": 64 * 1024,
    }
    config = Settings(**{**values, **settings})
    port = free_port()
    server = uvicorn.Server(server_config(create_app(config), "127.0.0.1", port, config, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield Running(f"http://127.0.0.1:{port}", line, telegram)
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        line.stop()
        telegram.stop()


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One server for a whole test module: tests use fresh event ids, reply tokens and update ids."""
    with serve(tmp_path_factory.mktemp("data")) as server:
        yield server
