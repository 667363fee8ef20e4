"""State that every worker must agree on, behind one interface with two implementations.

Conversation context, webhook de-duplication keys, per-user rate limits, short-lived values (the
questions behind Telegram buttons), the current knowledge version and the question log.
`SQLiteState` (WAL mode) serves several processes on one machine; `RedisState` (when REDIS_URL is
set) serves several machines behind a load balancer.

Nothing here is a raw platform id: context is keyed by a salted hash the service computes, and
every entry but the knowledge version expires by time (Redis by TTL; SQLite by a sweep that runs
on write at most once a minute, and from the server every minute whether or not anyone writes).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from bot.core.sessions import CONTEXT_TTL_SECONDS, Context

DEDUPE_TTL_SECONDS = 24 * 60 * 60
SWEEP_SECONDS = 60.0  # SQLite: expired rows are deleted at most this long after they expire, given writes


@dataclass(frozen=True)
class QuestionEvent:
    """One answered (or not) question, as the reports need it; the user only as a salted hash."""

    at: float
    channel: str
    user: str
    text: str
    intent: str
    fallback: bool
    confidence: float
    elapsed_ms: float
    candidates: list[tuple[str, float]] = field(default_factory=list)


class StateStore(Protocol):
    def get(self, session_key: str) -> Context | None: ...

    def put(self, session_key: str, context: Context) -> None: ...

    def first_time(self, key: str) -> bool:
        """True exactly once per key within a day, across every worker sharing the store."""
        ...

    def count(self, key: str, window: float) -> int:
        """Count one more hit on `key` in the current window of `window` seconds; the hits so far."""
        ...

    def remember(self, values: Mapping[str, str], ttl: float) -> None: ...

    def recall(self, key: str) -> str | None: ...

    def version(self) -> str | None: ...

    def announce(self, version: str) -> None: ...

    def record(self, event: QuestionEvent) -> None: ...

    def events(self, since: float) -> list[QuestionEvent]: ...

    def prune(self, before: float) -> int: ...

    def sweep(self) -> int:
        """Delete what has expired; the number of entries deleted."""
        ...

    def salt(self) -> str:
        """A random salt made once and shared by every worker on this store, for hashing ids when
        ANALYTICS_SALT is not set: all workers must hash a user alike, or context and limits split."""
        ...


def _event(data: dict) -> QuestionEvent:
    data["candidates"] = [tuple(c) for c in data.get("candidates", [])]
    return QuestionEvent(**data)


class SQLiteState:
    """One file shared by the processes of one machine; WAL lets readers and a writer overlap."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=10, check_same_thread=False, isolation_level=None)
        self._db.execute("pragma journal_mode = wal")
        self._db.execute("pragma synchronous = normal")
        self._db.execute("pragma secure_delete = on")  # deleted rows are overwritten, not left in free pages
        self._db.executescript("""
            drop table if exists contexts;  -- keyed by raw platform ids before session keys were hashed
            create table if not exists context (key text primary key, record_id text, intent text,
                                                lang text, expires real, listed text, aggregate text,
                                                more text, figure text, year integer, asked text);
            create table if not exists seen (key text primary key, at real);
            create table if not exists rates (key text primary key, count integer, expires real);
            create table if not exists memo (key text primary key, value text, expires real);
            create table if not exists meta (key text primary key, value text);
            create table if not exists events (at real, body text);
            create index if not exists events_at on events (at);
        """)
        columns = {row[1] for row in self._db.execute("pragma table_info(context)")}
        added = {
            "listed": "text",
            "aggregate": "text",
            "more": "text",
            "figure": "text",
            "year": "integer",
            "asked": "text",
        }
        for column, kind in added.items():  # a store made before these: add what they keep
            if column not in columns:
                try:
                    self._db.execute(f"alter table context add column {column} {kind}")
                except sqlite3.OperationalError as exc:  # another worker added it first; anything else is real
                    if "duplicate column" not in str(exc):
                        raise
        self._lock = threading.Lock()
        self._clock = clock
        self._swept = clock()

    def _write(self, sql: str, params: tuple) -> sqlite3.Cursor:
        with self._lock:
            if self._clock() - self._swept >= SWEEP_SECONDS:
                self._sweep_locked()
            return self._db.execute(sql, params)

    def _sweep_locked(self) -> int:
        now = self._clock()
        self._swept = now
        deleted = self._db.execute("delete from seen where at < ?", (now - DEDUPE_TTL_SECONDS,)).rowcount
        for table in ("rates", "context", "memo"):
            deleted += self._db.execute(f"delete from {table} where expires < ?", (now,)).rowcount
        return deleted

    def sweep(self) -> int:
        with self._lock:
            return self._sweep_locked()

    def get(self, session_key: str) -> Context | None:
        with self._lock:
            row = self._db.execute(
                "select record_id, intent, lang, listed, aggregate, more, figure, year, asked from context "
                "where key = ? and expires >= ?",
                (session_key, self._clock()),
            ).fetchone()
        if row is None:
            return None
        record_id, intent, lang, listed, aggregate, more, figure, year, asked = row
        listed, more, figure, asked = (tuple(json.loads(kept or "[]")) for kept in (listed, more, figure, asked))
        return Context(record_id, intent, lang, listed, aggregate, more, figure, year, asked)

    def put(self, session_key: str, context: Context) -> None:
        self._write(
            "insert or replace into context (key, record_id, intent, lang, expires, listed, aggregate, more, figure, "
            "year, asked) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_key,
                context.record_id,
                context.intent,
                context.lang,
                self._clock() + CONTEXT_TTL_SECONDS,
                json.dumps(context.listed),
                context.aggregate,
                json.dumps(context.more),
                json.dumps(context.figure),
                context.year,
                json.dumps(context.asked),
            ),
        )

    def first_time(self, key: str) -> bool:
        now = self._clock()
        self._write("delete from seen where key = ? and at < ?", (key, now - DEDUPE_TTL_SECONDS))
        return self._write("insert or ignore into seen values (?, ?)", (key, now)).rowcount == 1

    def count(self, key: str, window: float) -> int:
        now = self._clock()
        bucket = f"{key}:{int(now // window)}"
        row = self._write(
            "insert into rates values (?, 1, ?) on conflict(key) do update set count = count + 1 returning count",
            (bucket, now + window),
        ).fetchone()
        return int(row[0])

    def remember(self, values: Mapping[str, str], ttl: float) -> None:
        expires = self._clock() + ttl
        with self._lock:
            self._db.executemany(
                "insert or replace into memo values (?, ?, ?)", [(k, v, expires) for k, v in values.items()]
            )

    def recall(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "select value from memo where key = ? and expires >= ?", (key, self._clock())
            ).fetchone()
        return row[0] if row else None

    def version(self) -> str | None:
        with self._lock:
            row = self._db.execute("select value from meta where key = 'version'").fetchone()
        return row[0] if row else None

    def announce(self, version: str) -> None:
        self._write("insert or replace into meta values ('version', ?)", (version,))

    def salt(self) -> str:
        self._write("insert or ignore into meta values ('salt', ?)", (secrets.token_hex(16),))
        with self._lock:
            return self._db.execute("select value from meta where key = 'salt'").fetchone()[0]

    def record(self, event: QuestionEvent) -> None:
        self._write("insert into events values (?, ?)", (event.at, json.dumps(asdict(event), ensure_ascii=False)))

    def events(self, since: float) -> list[QuestionEvent]:
        with self._lock:
            rows = self._db.execute("select body from events where at >= ? order by at", (since,)).fetchall()
        return [_event(json.loads(r[0])) for r in rows]

    def prune(self, before: float) -> int:
        return self._write("delete from events where at < ?", (before,)).rowcount


class RedisState:
    """Everything in one Redis: keys expire by themselves; the question log is a sorted set by time."""

    def __init__(self, url: str, prefix: str = "nonglert", clock: Callable[[], float] = time.time) -> None:
        import redis

        self._redis = redis.Redis.from_url(url, decode_responses=True)
        self._prefix = prefix
        self._clock = clock

    def _key(self, *parts: str) -> str:
        return ":".join((self._prefix, *parts))

    def ping(self) -> bool:
        return bool(self._redis.ping())

    def get(self, session_key: str) -> Context | None:
        raw = self._redis.get(self._key("ctx", session_key))
        if not raw:
            return None
        saved = json.loads(raw)
        kept = {name: tuple(saved.get(name, ())) for name in ("listed", "more", "figure", "asked")}
        return Context(**{**saved, **kept})

    def put(self, session_key: str, context: Context) -> None:
        self._redis.set(self._key("ctx", session_key), json.dumps(asdict(context)), ex=CONTEXT_TTL_SECONDS)

    def first_time(self, key: str) -> bool:
        return bool(self._redis.set(self._key("seen", key), "1", nx=True, ex=DEDUPE_TTL_SECONDS))

    def count(self, key: str, window: float) -> int:
        bucket = self._key("rate", key, str(int(self._clock() // window)))
        with self._redis.pipeline() as pipe:
            hits, _ = pipe.incr(bucket).expire(bucket, int(window) + 1).execute()
        return int(hits)

    def remember(self, values: Mapping[str, str], ttl: float) -> None:
        with self._redis.pipeline() as pipe:
            for key, value in values.items():
                pipe.set(self._key("memo", key), value, ex=max(1, int(ttl)))
            pipe.execute()

    def recall(self, key: str) -> str | None:
        return self._redis.get(self._key("memo", key))

    def version(self) -> str | None:
        return self._redis.get(self._key("version"))

    def announce(self, version: str) -> None:
        self._redis.set(self._key("version"), version)

    def salt(self) -> str:
        self._redis.set(self._key("salt"), secrets.token_hex(16), nx=True)
        return str(self._redis.get(self._key("salt")))

    def record(self, event: QuestionEvent) -> None:
        body = json.dumps({**asdict(event), "id": uuid.uuid4().hex}, ensure_ascii=False)
        self._redis.zadd(self._key("events"), {body: event.at})

    def events(self, since: float) -> list[QuestionEvent]:
        found = []
        for raw in self._redis.zrangebyscore(self._key("events"), since, "+inf"):
            data = json.loads(raw)
            data.pop("id", None)
            found.append(_event(data))
        return found

    def prune(self, before: float) -> int:
        return int(self._redis.zremrangebyscore(self._key("events"), "-inf", f"({before}"))

    def sweep(self) -> int:
        """Redis expires every key but the log and the version by TTL; the log is pruned by age."""
        return 0


def open_state(redis_url: str | None, data_dir: Path, prefix: str = "nonglert") -> SQLiteState | RedisState:
    """Redis when configured, for several machines; otherwise a SQLite file next to the knowledge."""
    if redis_url:
        return RedisState(redis_url, prefix=prefix)
    return SQLiteState(data_dir / "state.db")
