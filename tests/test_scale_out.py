"""Two server processes sharing one Redis: a reload on one reaches the other; a duplicate is answered once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.channels.line import expected_signature
from tests.conftest import ROOT
from tests.fakes import FakeAPI, line_api
from tests.test_service import NEW_RECORD
from tests.webapp import free_port

SECRET = "scale-out-line-secret"
ADMIN = "scale-out-admin-token"


def start(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def healthy(url: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return httpx.get(f"{url}/healthz", timeout=2).json()
        except httpx.HTTPError:
            time.sleep(0.1)
    raise AssertionError(f"{url} did not start")


@pytest.fixture
def two_workers(folders: tuple[Path, Path], tmp_path: Path, redis_url: str) -> Iterator[tuple[str, str, FakeAPI]]:
    knowledge, intents = folders
    line = line_api().start()
    ports = free_port(), free_port()
    prefix = f"scale-{uuid.uuid4().hex}"
    processes = []
    for n, port in enumerate(ports):
        env = {
            **os.environ,
            "REDIS_URL": redis_url,
            "KNOWLEDGE_DIR": str(knowledge),
            "INTENTS_DIR": str(intents),
            "DATA_DIR": str(tmp_path / f"worker{n}"),
            "ADMIN_TOKEN": ADMIN,
            "VERSION_POLL_SECONDS": "0.3",
            "LINE_CHANNEL_SECRET": SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": "token",
            "LINE_API_BASE_URL": line.url,
            "ANALYTICS_SALT": "shared-salt",
            "REDIS_PREFIX": prefix,
        }
        env.pop("TELEGRAM_BOT_TOKEN", None)
        processes.append(start(port, env))
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    try:
        for url in urls:
            healthy(url)
        yield urls[0], urls[1], line
    finally:
        for process in processes:
            process.terminate()
            process.wait(15)
        line.stop()


def test_a_reload_on_one_worker_reaches_the_other(two_workers, folders: tuple[Path, Path]) -> None:
    first, second, _ = two_workers
    before = healthy(second)["knowledge_version"]
    path = folders[0] / "pdr-2564" / "strategy1_services.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NEW_RECORD, encoding="utf-8")
    reloaded = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "reload", "--server", first],
        cwd=ROOT,
        env={**os.environ, "ADMIN_TOKEN": ADMIN},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert reloaded.returncode == 0, reloaded.stderr
    assert "award" in reloaded.stdout and "+1 ~0 -0" in reloaded.stdout
    version = reloaded.stdout.split("version ")[1].split()[0]
    assert version != before
    deadline = time.monotonic() + 20
    while healthy(second)["knowledge_version"] != version and time.monotonic() < deadline:
        time.sleep(0.2)
    assert healthy(second)["knowledge_version"] == version


def test_the_same_line_event_sent_to_both_workers_is_answered_once(two_workers) -> None:
    first, second, line = two_workers
    token = f"reply-{uuid.uuid4().hex}"
    event = {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "webhookEventId": uuid.uuid4().hex,
        "deliveryContext": {"isRedelivery": False},
        "replyToken": token,
        "source": {"type": "user", "userId": "Uscale"},
        "message": {"type": "text", "id": "1", "text": "ITA"},
    }
    body = json.dumps({"destination": "U", "events": [event]}).encode()
    signature = expected_signature(SECRET.encode(), body)
    headers = {"content-type": "application/json", "x-line-signature": signature}
    for url in (first, second):
        assert httpx.post(f"{url}/webhooks/line", content=body, headers=headers, timeout=10).status_code == 200
    assert line.wait_until(lambda c: c.body.get("replyToken") == token)
    line.settle(1.0)
    assert len([c for c in line.calls if c.body.get("replyToken") == token]) == 1
