"""What the README's "What we promise" section says, end to end: signed webhooks into the running server,
answers (or silence) arriving at fake LINE and Telegram APIs on 127.0.0.1, state in real SQLite and Redis."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.channels.telegram import TelegramChannel
from bot.state import SQLiteState
from tests.fakes import Call, telegram_api
from tests.webapp import Running, serve, sign, texts

# Distinctive raw ids, so a scan of the stores cannot find them by accident.
LINE_USER = "U" + "7a1" * 10 + "ab"
LINE_OTHER = "U" + "5c2" * 10 + "cd"
LINE_GROUP = "C" + "9e4" * 10 + "ef"
LINE_ROOM = "R" + "3b8" * 10 + "01"
TG_USER = 7311234567
TG_OTHER = 7319876543
TG_GROUP = -1007311112222
TG_OTHER_GROUP = -1007319998888
ANONYMOUS_ADMIN = 1087968824  # Telegram's GroupAnonymousBot: every anonymous group admin sends as it
QUESTION = "ความพึงพอใจของประชาชนเท่าไหร่"
SATISFACTION = "84.81"


# ---- building real-shaped bodies -------------------------------------------------------------------
def line_event(text: str | None = None, source: dict[str, str] | None = None, **changes: Any) -> dict[str, Any]:
    """A LINE message event as the platform sends it, with a fresh id, token and timestamp."""
    event: dict[str, Any] = {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": source or {"type": "user", "userId": LINE_USER},
        "webhookEventId": uuid.uuid4().hex.upper()[:26],
        "deliveryContext": {"isRedelivery": False},
        "replyToken": uuid.uuid4().hex,
        "message": {"id": str(uuid.uuid4().int % 10**18), "type": "text", "text": text or QUESTION},
    }
    event.update(changes)
    return event


def line_body(*events: dict[str, Any]) -> dict[str, Any]:
    return {"destination": "U" + "0" * 32, "events": list(events)}


def tg_message(text: str, chat: dict[str, Any], sender: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "update_id": uuid.uuid4().int % 10**9,
        "message": {"message_id": 1, "date": int(time.time()), "chat": chat, "from": sender, "text": text, **extra},
    }


def private(user: int = TG_USER) -> dict[str, Any]:
    return {"id": user, "type": "private", "first_name": "สมชาย"}


def person(user: int = TG_USER) -> dict[str, Any]:
    return {"id": user, "is_bot": False, "first_name": "สมชาย"}


def supergroup(chat: int = TG_GROUP) -> dict[str, Any]:
    return {"id": chat, "type": "supergroup", "title": "ทีมงาน"}


def mention(text: str, before: str = "") -> tuple[str, list[dict[str, Any]]]:
    """`before` + "@nonglert_bot " + text, with the mention entity in UTF-16 units as Telegram counts."""
    offset = len(before.encode("utf-16-le")) // 2
    return f"{before}@nonglert_bot {text}", [{"type": "mention", "offset": offset, "length": 13}]


def replied(running: Running, event: dict[str, Any]) -> list[Call]:
    return running.line.wait_until(lambda c: c.body.get("replyToken") == event["replyToken"])


def sent_to(running: Running, chat: int) -> list[Call]:
    return [c for c in running.telegram.to("/sendMessage") if int(c.body.get("chat_id", 0)) == chat]


def early_in_a_minute(needed: float = 20.0) -> None:
    """Rate counts live in minute buckets: start a counting test with `needed` seconds of the minute left."""
    left = 60 - time.time() % 60
    if left < needed:
        time.sleep(left + 0.05)


def problems(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


# ---- privacy -----------------------------------------------------------------------------------------
def stored_text_sqlite(data_dir: Path) -> str:
    """Every row of every table of every SQLite file the server wrote, as text."""
    dump = []
    for path in data_dir.glob("*.db"):
        db = sqlite3.connect(path)
        for (table,) in db.execute("select name from sqlite_master where type = 'table'"):
            dump += [repr(row) for row in db.execute(f'select * from "{table}"')]
    return "\n".join(dump)


def stored_text_redis(url: str, prefix: str) -> str:
    """Every key with the server's prefix and every value under it, as text."""
    import redis

    client = redis.Redis.from_url(url, decode_responses=True)
    dump = []
    for key in client.scan_iter(f"{prefix}:*"):
        kind = client.type(key)
        value = (
            client.get(key)
            if kind == "string"
            else client.zrange(key, 0, -1)
            if kind == "zset"
            else client.hgetall(key)
            if kind == "hash"
            else client.lrange(key, 0, -1)
            if kind == "list"
            else client.smembers(key)
        )
        dump.append(f"{key} {value}")
    return "\n".join(dump)


@pytest.mark.parametrize("store", ["sqlite", "redis"])
def test_no_raw_platform_id_or_name_is_stored_anywhere(
    store: str, tmp_path: Path, request, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)  # what `serve` logs; python-telegram-bot's DEBUG lines carry chat ids
    settings: dict[str, Any] = {}
    prefix = f"privacy-{uuid.uuid4().hex[:8]}"
    if store == "redis":
        settings = {"redis_url": request.getfixturevalue("redis_url"), "redis_prefix": prefix}
    with serve(tmp_path, **settings) as running:
        events = [
            line_event(),
            line_event(f"@น้องเลิศ @สมชาย {QUESTION}", {"type": "group", "groupId": LINE_GROUP, "userId": LINE_OTHER}),
            line_event(f"น้องเลิศ {QUESTION}", {"type": "room", "roomId": LINE_ROOM, "userId": LINE_OTHER}),
        ]
        events[1]["message"]["mention"] = {
            "mentionees": [
                {"index": 0, "length": 9, "isSelf": True, "type": "user"},
                {"index": 10, "length": 6, "userId": LINE_USER, "type": "user"},
            ]
        }
        assert running.post_line(line_body(*events)).status_code == 200
        text, entities = mention(QUESTION, before="@somchai_k ")
        entities.append({"type": "mention", "offset": 0, "length": 10})
        running.post_telegram(tg_message(QUESTION, private(), person()))
        running.post_telegram(tg_message(text, supergroup(), person(TG_OTHER), entities=entities))
        for event in events:
            assert replied(running, event)
        running.telegram.wait_for("/sendMessage", 2)
        button = running.telegram.to("/sendMessage")[0].body["reply_markup"]["inline_keyboard"][0][0]
        press = {
            "update_id": uuid.uuid4().int % 10**9,
            "callback_query": {
                "id": "cb1",
                "chat_instance": "ci",
                "data": button["callback_data"],
                "from": person(),
                "message": {"message_id": 9, "date": int(time.time()), "chat": private(), "text": "…"},
            },
        }
        running.post_telegram(press)
        running.telegram.wait_for("/sendMessage", 3)
        running.line.settle()
        running.telegram.settle()
    stored = stored_text_redis(settings["redis_url"], prefix) if store == "redis" else stored_text_sqlite(tmp_path)
    assert '"channel": "telegram"' in stored and '"channel": "line"' in stored, "the scan sees the question log"
    raw_ids = (LINE_USER, LINE_OTHER, LINE_GROUP, LINE_ROOM, str(TG_USER), str(TG_OTHER), str(TG_GROUP))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for raw in (*raw_ids, "สมชาย", "somchai"):
        assert raw not in stored, f"raw id {raw} found in the {store} state"
        assert raw not in logged, f"raw id {raw} found in the log"


def test_a_quiet_server_still_sweeps_expired_state(tmp_path: Path) -> None:
    with serve(tmp_path, version_poll_seconds=0.05, state_sweep_seconds=0.1) as running:
        assert httpx.get(f"{running.url}/healthz").status_code == 200
        db = sqlite3.connect(tmp_path / "state.db", isolation_level=None)
        db.execute(
            "insert into context (key, record_id, intent, lang, expires) "
            "values ('old-session', 'ita', 'figure', 'th', ?)",
            (time.time() - 1,),
        )
        db.execute("insert into memo values ('button:q:old', 'ITA', ?)", (time.time() - 1,))

        def left() -> list[int]:
            return [db.execute(f"select count(*) from {table}").fetchone()[0] for table in ("context", "memo")]

        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and left() != [0, 0]:
            time.sleep(0.05)
        assert left() == [0, 0]


# ---- exactly once --------------------------------------------------------------------------------------
def test_a_telegram_update_refused_while_busy_is_answered_when_telegram_resends_it(tmp_path: Path) -> None:
    with serve(tmp_path, webhook_workers=1, work_queue_limit=1) as running:
        running.telegram.delays["/sendMessage"] = 1.0
        first = tg_message("HPP ย่อมาจากอะไร", private(TG_USER), person(TG_USER))
        assert running.post_telegram(first).status_code == 200
        running.telegram.wait_for("/sendMessage")  # the one worker is busy sending
        queued = tg_message("GDX ย่อมาจากอะไร", private(TG_OTHER), person(TG_OTHER))
        assert running.post_telegram(queued).status_code == 200
        refused = tg_message(QUESTION, private(TG_USER + 1), person(TG_USER + 1))
        assert running.post_telegram(refused).status_code == 503
        running.telegram.wait_for("/sendMessage", 2, timeout=5)
        running.telegram.delays.clear()
        assert running.post_telegram(refused).status_code == 200  # Telegram's redelivery of the same update
        answered = running.telegram.wait_until(lambda c: int(c.body.get("chat_id", 0)) == TG_USER + 1, timeout=5)
        assert len(answered) == 1 and SATISFACTION in answered[0].body["text"]


def test_a_telegram_send_that_timed_out_is_not_sent_again(engine, tmp_path: Path) -> None:
    from telegram import Update

    fake = telegram_api().start()
    fake.delays["/sendMessage"] = 1.0  # longer than the read timeout: the message may well have arrived

    async def ask(inbound: Any) -> Any:
        return engine.handle(inbound)

    async def scenario() -> None:
        channel = TelegramChannel("1:T", f"{fake.url}/bot", ask, SQLiteState(tmp_path / "s.db"), read_timeout=0.3)
        await channel.start()
        update = tg_message("HPP ย่อมาจากอะไร", private(), person())
        await channel.process(Update.de_json(update, channel.app.bot))
        await channel.stop()

    try:
        asyncio.run(scenario())
        fake.settle(1.5)
        assert len(fake.to("/sendMessage")) == 1
    finally:
        fake.stop()


# ---- groups ----------------------------------------------------------------------------------------------
def test_admin_reports_are_never_posted_into_groups(tmp_path: Path) -> None:
    admins = {"admin_line_user_ids": LINE_USER, "admin_telegram_user_ids": str(TG_USER)}
    with serve(tmp_path, **admins) as running:
        in_group = line_event("@น้องเลิศ /unanswered", {"type": "group", "groupId": LINE_GROUP, "userId": LINE_USER})
        in_group["message"]["mention"] = {"mentionees": [{"index": 0, "length": 9, "isSelf": True, "type": "user"}]}
        one_to_one = line_event("/unanswered")
        running.post_line(line_body(in_group, one_to_one))
        command = [{"type": "bot_command", "offset": 0, "length": 24}]
        running.post_telegram(tg_message("/unanswered@nonglert_bot", supergroup(), person(), entities=command))
        running.post_telegram(tg_message("/stats", private(), person(), entities=[{**command[0], "length": 6}]))
        assert replied(running, one_to_one)
        running.telegram.wait_until(lambda c: int(c.body.get("chat_id", 0)) == TG_USER)
        running.line.settle()
        running.telegram.settle()
        assert not [c for c in running.line.calls if c.body.get("replyToken") == in_group["replyToken"]]
        assert not running.line.to("/v2/bot/message/push")
        assert sent_to(running, TG_GROUP) == [] and len(sent_to(running, TG_USER)) == 1


def test_telegram_mentions_after_emoji_are_cut_in_utf16_units(running: Running) -> None:
    question = "ITA ปี 64 ได้เท่าไหร่"
    running.post_telegram(tg_message(question, private(TG_OTHER), person(TG_OTHER)))
    (direct,) = running.telegram.wait_until(lambda c: int(c.body.get("chat_id", 0)) == TG_OTHER)
    text, entities = mention(question, before="😀😀 ")
    running.post_telegram(tg_message(text, supergroup(), person(), entities=entities))
    (in_group,) = running.telegram.wait_until(lambda c: int(c.body.get("chat_id", 0)) == TG_GROUP)
    assert in_group.body["text"] == direct.body["text"]


def test_line_mentions_after_emoji_are_cut_in_utf16_units(running: Running) -> None:
    question = "ITA ปี 64 ได้เท่าไหร่"  # counted in code points, the cut would eat "I" and leave "TA"
    direct = line_event(question, {"type": "user", "userId": LINE_OTHER})
    in_group = line_event(f"😀😀 @น้องเลิศ {question}", {"type": "group", "groupId": LINE_GROUP, "userId": LINE_USER})
    in_group["message"]["mention"] = {"mentionees": [{"index": 5, "length": 9, "isSelf": True, "type": "user"}]}
    running.post_line(line_body(direct, in_group))
    assert texts(replied(running, in_group)) == texts(replied(running, direct))


def test_the_bots_name_inside_a_web_address_is_not_a_call(running: Running) -> None:
    group = {"type": "group", "groupId": LINE_GROUP, "userId": LINE_USER}
    address = line_event("ใครเคยเข้าเว็บ nonglertshop.com บ้าง", group)
    called = line_event(f"NongLert {QUESTION}", group)
    running.post_line(line_body(address, called))
    assert SATISFACTION in texts(replied(running, called))[0]
    running.line.settle()
    assert not [c for c in running.line.calls if c.body.get("replyToken") == address["replyToken"]]


def only_the_second_is_answered(running: Running, ignored: dict[str, Any], answered: dict[str, Any]) -> None:
    """Send both in one body: the second is answered, the first neither replied to nor pushed to."""
    pushes = len(running.line.to("/v2/bot/message/push"))
    running.post_line(line_body(ignored, answered))
    assert replied(running, answered)
    running.line.settle()
    assert len(running.line.to("/v2/bot/message/push")) == pushes
    token = ignored.get("replyToken")
    assert token is None or not [c for c in running.line.calls if c.body.get("replyToken") == token]


def test_line_standby_events_are_not_answered(running: Running) -> None:
    standby = line_event(mode="standby")
    del standby["replyToken"]  # LINE sends none in standby: answering would mean a push
    only_the_second_is_answered(running, standby, line_event("HPP ย่อมาจากอะไร"))


def test_rate_limits_are_per_sender_within_a_chat_and_said_once_per_window(tmp_path: Path) -> None:
    anonymous = {"id": ANONYMOUS_ADMIN, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}
    with serve(tmp_path, rate_limit_per_minute=2) as running:
        early_in_a_minute()
        text, entities = mention("HPP ย่อมาจากอะไร")
        for _ in range(6):  # one busy group: 2 answers, one "please wait", then silence
            running.post_telegram(tg_message(text, supergroup(TG_GROUP), anonymous, entities=entities))
        running.post_telegram(tg_message(text, supergroup(TG_OTHER_GROUP), anonymous, entities=entities))
        running.telegram.wait_until(lambda c: int(c.body.get("chat_id", 0)) == TG_OTHER_GROUP)
        many = line_body(*[line_event("HPP ย่อมาจากอะไร") for _ in range(8)])
        running.post_line(many)
        running.line.wait_for("/v2/bot/message/reply", 3)
        running.telegram.settle()
        running.line.settle()
    busy = [c.body["text"] for c in sent_to(running, TG_GROUP)]
    assert len(busy) == 3 and sum("High Performance" in t for t in busy) == 2
    assert sum("ถามเร็วไปนิด" in t for t in busy) == 1
    assert len(sent_to(running, TG_OTHER_GROUP)) == 1, "another group's anonymous admin is not slowed down"
    line_texts = texts(running.line.to("/v2/bot/message/reply"))
    assert len(line_texts) == 3 and sum("ถามเร็วไปนิด" in t for t in line_texts) == 1


def test_the_loading_dots_start_when_an_event_must_wait(tmp_path: Path) -> None:
    with serve(tmp_path, webhook_workers=1) as running:
        running.line.delays["/v2/bot/message/reply"] = 1.5
        first = line_event("HPP ย่อมาจากอะไร", {"type": "user", "userId": LINE_OTHER})
        running.post_line(line_body(first))
        running.line.wait_for("/v2/bot/message/reply")  # the one worker is now busy sending
        waiting = line_event()
        posted = time.monotonic()
        running.post_line(line_body(waiting))
        (loading,) = running.line.wait_for("/v2/bot/chat/loading/start")
        (answer,) = replied(running, waiting)
    assert loading.body["chatId"] == LINE_USER
    assert loading.at - posted < 0.5 < answer.at - posted, "the dots come while the event waits, not with the answer"


def test_deeply_nested_json_gets_400_and_the_server_carries_on(running: Running) -> None:
    nested = ("[" * 5000 + "]" * 5000).encode()
    line = httpx.post(f"{running.url}/webhooks/line", content=nested, headers={"x-line-signature": sign(nested)})
    deep_object = json.dumps({"events": [{"a": json.loads("[" * 200 + "]" * 200)}]}).encode()
    line_object = httpx.post(
        f"{running.url}/webhooks/line", content=deep_object, headers={"x-line-signature": sign(deep_object)}
    )
    telegram = httpx.post(
        f"{running.url}/webhooks/telegram",
        content=nested,
        headers={"x-telegram-bot-api-secret-token": "test_secret-TOKEN_1"},
    )
    assert (line.status_code, line_object.status_code, telegram.status_code) == (400, 400, 400)
    event = line_event("HPP ย่อมาจากอะไร")
    assert running.post_line(line_body(event)).status_code == 200 and replied(running, event)


# ---- limits and odd input ---------------------------------------------------------------------------------
def test_oversized_or_too_many_headers_are_refused_before_the_app(running: Running) -> None:
    health = f"{running.url}/healthz"
    large = httpx.get(health, headers={"x-pad": "a" * 20 * 1024})
    many = httpx.get(health, headers=[(f"x-h{n}", "v") for n in range(200)])
    assert large.status_code == 431 and many.status_code == 431
    try:  # refused long before it is all read: a 400, or the connection closed while the client still sends
        refused: int | str = httpx.get(health, headers={"x-pad": "a" * 2 * 1024 * 1024}).status_code
    except httpx.TransportError:
        refused = "closed"
    assert refused in (400, "closed")
    assert httpx.get(health, headers={"x-pad": "a" * 8 * 1024}).status_code == 200


def test_admin_reload_throttles_each_client_and_logs_failures_without_the_token(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    token = "reload-token-" + uuid.uuid4().hex
    with serve(tmp_path, admin_token=token) as running:
        url = f"{running.url}/admin/reload"
        early_in_a_minute()
        right = httpx.post(url, headers={"authorization": f"bearer {token}"}, timeout=30).status_code
        guesses = [httpx.post(url, headers={"authorization": f"Bearer guess-{n}"}).status_code for n in range(5)]
        locked_out = httpx.post(url, headers={"authorization": f"Bearer {token}"}, timeout=30).status_code
    assert right == 200, "the scheme is case-insensitive"
    assert guesses == [401] * 4 + [429]
    assert locked_out == 429, "the right token does not help a client that has been guessing"
    refusals = [r.getMessage() for r in caplog.records if "reload refused" in r.getMessage()]
    assert len(refusals) == 6 and not any("guess-" in m or token in m for m in refusals)


def test_line_events_older_than_an_hour_are_not_answered(running: Running, caplog: pytest.LogCaptureFixture) -> None:
    stale = line_event(timestamp=int((time.time() - 2 * 3600) * 1000))
    only_the_second_is_answered(running, stale, line_event("HPP ย่อมาจากอะไร"))
    assert any("old skipped" in r.getMessage() for r in caplog.records)


def test_postbacks_the_bot_did_not_issue_are_events_not_questions(tmp_path: Path) -> None:
    with serve(tmp_path) as running:
        ask = line_event("HPP ย่อมาจากอะไร")
        running.post_line(line_body(ask))
        (reply,) = replied(running, ask)
        issued = reply.body["messages"][0]["quickReply"]["items"][0]["action"]
        rich_menu = line_event(type="postback", postback={"data": "richmenu-changed-to-b", "params": {}})
        date_picker = line_event(type="postback", postback={"data": "action=book", "params": {"date": "2026-12-01"}})
        button = line_event(type="postback", postback={"data": issued["data"]})
        for event in (rich_menu, date_picker, button):
            del event["message"]
        running.post_line(line_body(rich_menu, date_picker, button))
        assert replied(running, button)
        running.line.settle()
        assert not [
            c
            for c in running.line.calls
            if c.body.get("replyToken") in {rich_menu["replyToken"], date_picker["replyToken"]}
        ]
    logged = [e.text for e in SQLiteState(tmp_path / "state.db").events(0)]
    assert len(logged) == 2 and not any("richmenu" in t or "action=" in t for t in logged)


def test_the_consoles_verify_body_and_impossible_events_send_nothing_and_log_one_line_each(
    running: Running, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    verify = line_event("Hello, world", replyToken="0" * 32)
    broken = [
        line_event(timestamp=None),
        line_event(timestamp=10**400),
        line_event(replyToken=12345),
        {k: v for k, v in line_event().items() if k != "source"},
        line_event(source={"type": "user", "userId": ""}),
        line_event(source={"type": ["user"], "userId": LINE_USER}),  # found by the fuzz test: not hashable
    ]
    sent = len(running.line.calls)
    assert running.post_line(line_body(verify, *broken)).status_code == 200
    running.line.settle()
    assert len(running.line.calls) == sent, "nothing is sent: no reply, no push to an empty address"
    skipped = [r for r in caplog.records if "event skipped" in r.getMessage()]
    assert len(skipped) == 7 and problems(caplog) == []


def test_a_webhook_url_with_a_trailing_slash_works_without_a_redirect(running: Running) -> None:
    event = line_event("HPP ย่อมาจากอะไร")
    body = json.dumps(line_body(event)).encode()
    response = httpx.post(
        f"{running.url}/webhooks/line/", content=body, headers={"x-line-signature": sign(body)}, follow_redirects=False
    )
    assert response.status_code == 200 and replied(running, event)
