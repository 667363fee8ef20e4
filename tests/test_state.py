"""The shared state store, SQLite and Redis alike: context, redelivery keys, rate limits, version, log."""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from bot.core.sessions import Context
from bot.state import QuestionEvent, RedisState, SQLiteState


@pytest.fixture(params=["sqlite", "redis"])
def pair(request: pytest.FixtureRequest, tmp_path: Path):
    """Two handles on one store, as two worker processes would hold."""
    if request.param == "sqlite":
        return SQLiteState(tmp_path / "state.db"), SQLiteState(tmp_path / "state.db")
    url = request.getfixturevalue("redis_url")
    prefix = f"test-{uuid.uuid4().hex}"
    return RedisState(url, prefix=prefix), RedisState(url, prefix=prefix)


def event(at: float, text: str = "ราคาทอง", fallback: bool = True) -> QuestionEvent:
    return QuestionEvent(
        at, "line", "a1b2", text, "fallback" if fallback else "figure", fallback, 0.0, 0.4, [("ita", 3.5)]
    )


def test_context_written_by_one_worker_is_read_by_another(pair) -> None:
    a, b = pair
    a.put("s1", Context("ita", "figure", "th"))
    assert b.get("s1") == Context("ita", "figure", "th")
    assert b.get("nobody") is None


def test_a_list_answers_context_is_read_by_another_worker(pair) -> None:
    a, b = pair
    listed = Context(None, None, "th", ("citizen-satisfaction", "e-service"), "behind|indicator")
    a.put("s2", listed)
    assert b.get("s2") == listed


def test_the_figure_talked_about_is_read_by_another_worker(pair) -> None:
    a, b = pair
    talked = Context("imd-2568", "why", "en", figure=("government", "efficiency"))
    a.put("s3", talked)
    assert b.get("s3") == talked


def test_the_year_told_in_passing_is_read_by_another_worker(pair) -> None:
    a, b = pair
    talked = Context("wjp-2568", "figure", "th", year=2567, asked=("อาเซียน",))
    a.put("s4", talked)
    assert b.get("s4") == talked


def test_a_store_made_before_list_answers_gains_their_columns(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "state.db")
    db.execute("create table context (key text primary key, record_id text, intent text, lang text, expires real)")
    db.commit()
    store = SQLiteState(tmp_path / "state.db")
    kept = Context("ita", "figure", "th", ("ita",), "list|", figure=("ita",), year=2563, asked=("budget",))
    store.put("s", kept)
    assert store.get("s") == kept


def test_a_key_is_new_exactly_once_across_workers(pair) -> None:
    a, b = pair
    assert a.first_time("line:evt-1") is True
    assert b.first_time("line:evt-1") is False
    assert a.first_time("line:evt-1") is False
    assert b.first_time("line:evt-2") is True


def test_rate_counts_add_up_across_workers_and_per_key(pair) -> None:
    a, b = pair
    assert [(a if n % 2 else b).count("rate:user-1", 60) for n in range(7)] == [1, 2, 3, 4, 5, 6, 7]
    assert a.count("rate:user-2", 60) == 1


def test_a_remembered_value_is_recalled_by_another_worker(pair) -> None:
    a, b = pair
    a.remember({"button:q:1": "ITA ปี 64", "button:q:2": "HPP"}, ttl=60)
    assert b.recall("button:q:1") == "ITA ปี 64" and b.recall("button:q:2") == "HPP"
    assert b.recall("button:q:3") is None


def test_every_worker_gets_the_same_salt(pair) -> None:
    a, b = pair
    assert a.salt() == b.salt() == a.salt() and len(a.salt()) == 32


def test_the_announced_version_is_seen_by_every_worker(pair) -> None:
    a, b = pair
    a.announce("v1")
    assert b.version() == "v1"
    b.announce("v2")
    assert a.version() == "v2"


def test_the_question_log_keeps_recent_events_and_forgets_old_ones(pair) -> None:
    a, b = pair
    now = time.time()
    a.record(event(now - 100 * 86400, "เก่ามาก"))
    a.record(event(now - 10))
    b.record(event(now - 5, "ITA", fallback=False))
    assert [e.text for e in b.events(now - 86400)] == ["ราคาทอง", "ITA"]
    assert b.events(now - 86400)[0].candidates == [("ita", 3.5)]
    assert a.prune(now - 90 * 86400) == 1
    assert len(b.events(0)) == 2


def test_sqlite_context_expires_after_thirty_minutes(tmp_path: Path) -> None:
    clock = [1000.0]
    store = SQLiteState(tmp_path / "s.db", clock=lambda: clock[0])
    store.put("s", Context("hpp", "target", "th"))
    clock[0] += 29 * 60
    assert store.get("s") is not None
    clock[0] += 2 * 60
    assert store.get("s") is None


def test_sqlite_sweeps_every_expired_row_even_when_nobody_reads_it(tmp_path: Path) -> None:
    clock = [1000.0]
    store = SQLiteState(tmp_path / "s.db", clock=lambda: clock[0])
    store.put("s", Context("hpp", "target", "th"))
    store.first_time("line:evt")
    store.count("rate:s", 60)
    store.remember({"button:q:1": "HPP"}, ttl=3600)
    clock[0] += 25 * 3600  # a quiet day: no reads, no writes
    assert store.sweep() == 4
    db = sqlite3.connect(tmp_path / "s.db")
    assert [db.execute(f"select count(*) from {t}").fetchone()[0] for t in ("context", "seen", "rates", "memo")] == [
        0,
        0,
        0,
        0,
    ]


def test_sqlite_a_write_sweeps_expired_rows(tmp_path: Path) -> None:
    clock = [1000.0]
    store = SQLiteState(tmp_path / "s.db", clock=lambda: clock[0])
    store.put("old", Context("hpp", "target", "th"))
    clock[0] += 31 * 60
    store.put("new", Context("ita", "figure", "th"))  # this write sweeps the expired context away
    keys = [r[0] for r in sqlite3.connect(tmp_path / "s.db").execute("select key from context")]
    assert keys == ["new"]


def test_redis_keys_expire_by_themselves(redis_url: str) -> None:
    import redis

    store = RedisState(redis_url, prefix="ttl-test")
    store.put("s", Context("hpp", "target", "th"))
    store.first_time("k")
    store.remember({"button:q:1": "HPP"}, ttl=600)
    client = redis.Redis.from_url(redis_url)
    assert 0 < client.ttl("ttl-test:ctx:s") <= 30 * 60
    assert 0 < client.ttl("ttl-test:seen:k") <= 24 * 3600
    assert 0 < client.ttl("ttl-test:memo:button:q:1") <= 600
