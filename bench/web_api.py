"""Benchmark (not a test): the web chat's POST /api/ask against one server worker, beside LINE webhooks to
the same server in the same run.

Starts bench/webhook_load.py's fake LINE Messaging API and `python -m bot serve` (one uvicorn worker, a
fresh state folder), then from this process, at 1, 50 and 200 concurrent connections on 127.0.0.1, posts
questions to /api/ask (each connection keeps the session it was issued, as a browser tab does) and signed
LINE webhooks, alternating, for several rounds. A web answer is in its response; a webhook is acknowledged
at once and answered in the background, so LINE gets two figures: acknowledgements per second, and
answers per second (every reply reaching the fake API, from the first post). Prints each round, then the
medians and the web's answers per second as a share of LINE's.

    .venv/bin/python bench/web_api.py [--requests 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import aiohttp
import httpx
from webhook_load import LEVELS, QUESTIONS, TIME_CAP_SECONDS, level, percentile, serving


async def ask_level(url: str, connections: int, count: int) -> tuple[float, list[float], int]:
    """Post `count` questions over `connections` connections; return (seconds, latencies, failures)."""
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue[str] = asyncio.Queue()
    for n in range(count):
        queue.put_nowait(QUESTIONS[n % len(QUESTIONS)])
    connector = aiohttp.TCPConnector(limit=connections)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=30)) as client:
        deadline = time.monotonic() + TIME_CAP_SECONDS

        async def tab() -> None:
            nonlocal failures
            session = None
            while not queue.empty() and time.monotonic() < deadline:
                question = queue.get_nowait()
                started = time.perf_counter()
                async with client.post(url, json={"q": question, "session": session}) as response:
                    body = await response.json()
                latencies.append(time.perf_counter() - started)
                failures += response.status != 200
                session = body.get("session", session)

        started = time.perf_counter()
        await asyncio.gather(*(tab() for _ in range(connections)))
        return time.perf_counter() - started, latencies, failures


def answered(line_url: str) -> int:
    return int(httpx.get(f"{line_url}/stats").json()["answered"])


def line_level(bot_url: str, line_url: str, connections: int, count: int) -> tuple[float, float, list[float], int]:
    """Webhooks at one level: (acks per second, answers per second, ack latencies, non-200s)."""
    before = answered(line_url)
    started = time.perf_counter()
    seconds, latencies, failures = asyncio.run(level(f"{bot_url}/webhooks/line", connections, count))
    deadline = time.monotonic() + TIME_CAP_SECONDS
    while answered(line_url) < before + len(latencies) and time.monotonic() < deadline:
        time.sleep(0.01)
    answers = (answered(line_url) - before) / (time.perf_counter() - started)
    return len(latencies) / seconds, answers, latencies, failures


def p99_ms(latencies: list[float]) -> float:
    return percentile([x * 1000 for x in latencies], 99)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per level, kind and round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    # every web question comes from one address: its own limit is out of the way too
    with serving(WEB_ADDRESS_RATE_LIMIT_PER_MINUTE="1000000") as (line_url, bot_url):
        asyncio.run(ask_level(f"{bot_url}/api/ask", 10, 200))  # warm up both
        line_level(bot_url, line_url, 10, 200)
        print(f"one uvicorn worker; {args.requests} requests per level, kind and round; load from a second process")
        header = f"{'round':>5} {'conns':>5} | {'web answers/s':>13} {'p99 ms':>7} {'non-200':>7} |"
        print(header + f" {'LINE acks/s':>11} {'p99 ms':>7} {'answers/s':>9} {'non-200':>7}")
        rows: dict[int, list[tuple[float, float, float, float, float]]] = {c: [] for c in LEVELS}
        for round_ in range(1, args.rounds + 1):
            for connections in LEVELS:
                seconds, web, web_failures = asyncio.run(ask_level(f"{bot_url}/api/ask", connections, args.requests))
                acks, answers, line, line_failures = line_level(bot_url, line_url, connections, args.requests)
                rate = len(web) / seconds
                rows[connections].append((rate, p99_ms(web), acks, p99_ms(line), answers))
                print(
                    f"{round_:>5} {connections:>5} | {rate:>13.0f} {p99_ms(web):>7.1f} {web_failures:>7} |"
                    f" {acks:>11.0f} {p99_ms(line):>7.1f} {answers:>9.0f} {line_failures:>7}"
                )
        print("\nmedians")
        print(
            f"{'conns':>5} | {'web answers/s':>13} {'p99 ms':>7} | {'LINE acks/s':>11} {'p99 ms':>7} {'answers/s':>9} |"
        )
        for connections, measured in rows.items():
            rate, web_p99, acks, line_p99, answers = (
                statistics.median(column) for column in zip(*measured, strict=True)
            )
            print(
                f"{connections:>5} | {rate:>13.0f} {web_p99:>7.1f} | {acks:>11.0f} {line_p99:>7.1f} {answers:>9.0f} |"
                f" web = {rate / answers:.2f} x LINE answers/s, {rate / acks:.2f} x LINE acks/s"
            )


if __name__ == "__main__":
    main()
