"""Benchmark (not a test): signed LINE webhooks against one server worker, from a second process.

Starts a fake LINE Messaging API (its own process) and `python -m bot serve` (one uvicorn worker)
pointed at it, then, from this process, posts signed webhooks at 1, 50 and 200 concurrent
connections on 127.0.0.1. Prints acknowledgements per second, p50/p99 acknowledgement latency,
and whether every event was answered exactly once. Request counts and time are bounded.

    .venv/bin/python bench/webhook_load.py [--requests 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
import httpx

from bot.channels.line import expected_signature

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-line-channel-secret"
LEVELS = (1, 50, 200)
TIME_CAP_SECONDS = 60
QUESTIONS = ["ITA ได้กี่คะแนน", "Biz Portal มีกี่ใบอนุญาต", "HPP ย่อมาจากอะไร", "ความพึงพอใจเท่าไหร่", "หวยงวดนี้"]

FAKE_LINE = r"""
import collections, json, sys
from aiohttp import web
tokens = collections.Counter()
async def reply(request):
    body = await request.json()
    tokens[body["replyToken"]] += 1
    return web.json_response({"sentMessages": [{"id": "1", "quoteToken": "q"}]})
async def stats(request):
    return web.json_response({"answered": len(tokens), "duplicates": sum(1 for n in tokens.values() if n > 1)})
app = web.Application()
app.add_routes([web.post("/v2/bot/message/reply", reply), web.get("/stats", stats)])
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def webhook(n: int) -> tuple[bytes, str, str]:
    token = f"bench-{uuid.uuid4().hex}"
    event = {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "webhookEventId": uuid.uuid4().hex,
        "deliveryContext": {"isRedelivery": False},
        "replyToken": token,
        "source": {"type": "user", "userId": f"U{n % 997:032d}"},
        "message": {"id": str(n), "type": "text", "quoteToken": "q", "text": QUESTIONS[n % len(QUESTIONS)]},
    }
    body = json.dumps({"destination": "Ubench", "events": [event]}, ensure_ascii=False).encode()
    signature = expected_signature(SECRET.encode(), body)
    return body, signature, token


async def level(url: str, connections: int, count: int) -> tuple[float, list[float], int]:
    """Post `count` webhooks over `connections` connections; return (seconds, latencies, failures)."""
    bodies = [webhook(n) for n in range(count)]
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue[tuple[bytes, str, str]] = asyncio.Queue()
    for item in bodies:
        queue.put_nowait(item)
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as client:
        deadline = time.monotonic() + TIME_CAP_SECONDS

        async def worker() -> None:
            nonlocal failures
            while not queue.empty() and time.monotonic() < deadline:
                body, signature, _ = queue.get_nowait()
                started = time.perf_counter()
                async with client.post(
                    url, data=body, headers={"content-type": "application/json", "x-line-signature": signature}
                ) as response:
                    await response.read()
                latencies.append(time.perf_counter() - started)
                failures += response.status != 200

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        return time.perf_counter() - started, latencies, failures


@contextmanager
def serving(**settings: str) -> Iterator[tuple[str, str]]:
    """The fake LINE API and `python -m bot serve` (one uvicorn worker, a fresh state folder, no rate limit
    in the way of the load), up and answering; yields their base URLs, and stops both after."""
    line_port, bot_port = free_port(), free_port()
    line_url, bot_url = f"http://127.0.0.1:{line_port}", f"http://127.0.0.1:{bot_port}"
    env = {
        **os.environ,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": "bench-token",
        "LINE_API_BASE_URL": line_url,
        "DATA_DIR": tempfile.mkdtemp(prefix="nonglert-bench-"),  # fresh state: no rate counts from a last run
        "RATE_LIMIT_PER_MINUTE": "1000000",  # 997 bench users each ask a few times a second
        **settings,
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    fake = subprocess.Popen([sys.executable, "-c", FAKE_LINE, str(line_port)])
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(bot_port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_up(f"{line_url}/stats")
        wait_up(f"{bot_url}/healthz")
        yield line_url, bot_url
    finally:
        bot.terminate()
        fake.terminate()
        bot.wait(10)
        fake.wait(10)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="webhooks per concurrency level")
    args = parser.parse_args()
    with serving() as (line_url, bot_url):
        url = f"{bot_url}/webhooks/line"
        asyncio.run(level(url, 10, 200))  # warm up
        sent = 200
        print(f"one uvicorn worker; {args.requests} signed webhooks per level; load from a second process")
        print(f"{'connections':>11} {'acks/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'non-200':>8}")
        for connections in LEVELS:
            seconds, latencies, failures = asyncio.run(level(url, connections, args.requests))
            sent += len(latencies)
            ms = [x * 1000 for x in latencies]
            print(
                f"{connections:>11} {len(latencies) / seconds:>8.0f} {statistics.median(ms):>8.1f} "
                f"{percentile(ms, 99):>8.1f} {failures:>8}"
            )
        deadline = time.monotonic() + TIME_CAP_SECONDS
        stats = {"answered": 0, "duplicates": 0}
        while time.monotonic() < deadline:
            stats = httpx.get(f"{line_url}/stats").json()
            if stats["answered"] >= sent:
                break
            time.sleep(0.2)
        print(f"events sent {sent}, answered {stats['answered']}, answered twice {stats['duplicates']}")


if __name__ == "__main__":
    main()
