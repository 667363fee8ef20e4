"""Channel behaviour outside the happy path: disabled channels, secrets, limits, loading, polling, set-up."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.channels.line import LineChannel, quick_reply
from bot.channels.telegram import Buttons, TelegramChannel, split, transient
from bot.channels.text import cut, strip_name, without_span
from bot.cli import main
from bot.settings import Settings
from bot.state import SQLiteState
from bot.web import create_app
from tests.fakes import FakeAPI, line_api, telegram_api


def asker(engine: Any) -> Any:
    async def ask(inbound: Any) -> Any:
        return engine.handle(inbound)

    return ask


@pytest.fixture
def fake_line() -> Any:
    api = line_api().start()
    yield api
    api.stop()


@pytest.fixture
def fake_telegram() -> Any:
    api = telegram_api().start()
    yield api
    api.stop()


def test_missing_settings_disable_a_channel_with_one_log_line(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.WARNING)
    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        health = client.get("/healthz").json()
        assert health["channels"] == {"line": False, "telegram": False} and health["status"] == "ok"
        assert client.post("/webhooks/line", content=b"{}").status_code == 404
        assert client.post("/webhooks/telegram", json={}).status_code == 404
    lines = [r.getMessage() for r in caplog.records]
    assert sum("LINE disabled" in m for m in lines) == 1 and sum("Telegram disabled" in m for m in lines) == 1


def test_blank_settings_count_as_missing(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path, line_channel_secret=" ", line_channel_access_token="x", telegram_bot_token=""
    )
    assert not settings.line_enabled and not settings.telegram_enabled


def test_settings_are_read_from_a_dotenv_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("LINE_CHANNEL_SECRET=abc\nLINE_CHANNEL_ACCESS_TOKEN=def\nPORT=9123\n")
    from bot.settings import get_settings

    settings = get_settings()
    assert settings.line_enabled and settings.port == 9123


def test_secrets_never_reach_the_logs(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    settings = Settings(
        data_dir=tmp_path,
        telegram_bot_token="999:SECRET-TOKEN-VALUE",
        telegram_webhook_secret="SECRET_WEBHOOK_VALUE",
        telegram_api_base_url="http://127.0.0.1:9/bot",  # nothing listens: start-up fails and is logged
        line_channel_secret="SECRET-LINE-VALUE",
        line_channel_access_token="SECRET-ACCESS-VALUE",
    )
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").json()["channels"] == {"line": True, "telegram": False}
    logged = " ".join(r.getMessage() for r in caplog.records) + repr(settings)
    for secret in ("SECRET-TOKEN-VALUE", "SECRET_WEBHOOK_VALUE", "SECRET-LINE-VALUE", "SECRET-ACCESS-VALUE"):
        assert secret not in logged


def test_line_limits_are_counted_in_utf16_units() -> None:
    assert cut("ก" * 20, 20) == "ก" * 20
    assert cut("ก" * 21, 20) == "ก" * 19 + "…"
    assert len(cut("😀" * 30, 20).encode("utf-16-le")) // 2 <= 20
    buttons = quick_reply(tuple(f"คำถามที่ยาวมากเกินกว่ายี่สิบตัวอักษรแน่นอน {n}" for n in range(20)))
    assert buttons is not None and len(buttons.items) == 13
    assert all(len(i.action.label) <= 20 for i in buttons.items)


def test_long_telegram_text_is_split_at_word_breaks() -> None:
    words = " ".join(["ข้อความ"] * 1500)
    chunks = split(words, 4096)
    assert len(chunks) > 1 and all(len(c) <= 4096 for c in chunks)
    assert " ".join(chunks) == words


def test_mention_offsets_count_utf16_units_as_the_platforms_do() -> None:
    text = "😀😀 @nonglert_bot ITA ปี 64"
    assert without_span(text, 5, 13) == "😀😀  ITA ปี 64"  # Python indices would cut "@no" off instead
    assert without_span("😀😀😀 @น้องเลิศ ITA", 7, 9) == "😀😀😀  ITA"


def test_line_mentions_pointing_outside_the_text_are_ignored() -> None:
    from bot.channels.shapes import line_mentions

    def spans(*mentionees: dict[str, Any]) -> list[tuple[int, int, bool]]:
        return line_mentions({"text": "ITA ปี 64", "mention": {"mentionees": list(mentionees)}})

    assert spans({"index": 0, "length": 3, "isSelf": True}) == [(0, 3, True)]
    assert spans({"index": -1, "length": 1}, {"index": 5, "length": 40}, {"index": True, "length": 2}) == []


def test_the_bots_name_counts_only_as_a_whole_word() -> None:
    names = ("น้องเลิศ", "nonglert")
    assert strip_name("ใครเคยเข้าเว็บ nonglertshop.com บ้าง", names) is None
    assert strip_name("ไปที่ nonglert.com สิ", names) is None
    assert strip_name("@nonglert_fan สวัสดี", names) is None
    assert strip_name("NongLert, ITA ปี 64 เท่าไหร่", names) == ", ITA ปี 64 เท่าไหร่"
    assert strip_name("nonglertช่วยบอกหน่อย ITA", names) == "ช่วยบอกหน่อย ITA"
    assert strip_name("ถามน้องเลิศหน่อย ITA", names) == "ถามหน่อย ITA"


def test_telegram_buttons_survive_restarts_and_expire(tmp_path: Path) -> None:
    now = [1000.0]
    question = "ความพึงพอใจของประชาชนต่อบริการภาครัฐ เป้าหมายเท่าไหร่"
    markup = Buttons(SQLiteState(tmp_path / "state.db", clock=lambda: now[0]), ttl=60).keyboard((question,))
    assert markup is not None
    key = markup.inline_keyboard[0][0].callback_data
    assert isinstance(key, str) and len(key.encode()) <= 64
    restarted = Buttons(SQLiteState(tmp_path / "state.db", clock=lambda: now[0]), ttl=60)  # another worker
    assert restarted.question(key) == question
    assert restarted.question("/reload") is None  # data the bot never issued
    now[0] += 61
    assert restarted.question(key) is None  # expired: the button says so


def test_only_telegram_sends_known_not_delivered_are_retried() -> None:
    import httpx
    from telegram.error import BadRequest, NetworkError, TimedOut

    def caused(error: Exception, cause: Exception) -> Exception:
        error.__cause__ = cause
        return error

    assert transient(caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused")))
    assert transient(caused(TimedOut(), httpx.ConnectTimeout("connect")))
    assert transient(caused(TimedOut(), httpx.PoolTimeout("pool")))
    assert not transient(caused(TimedOut(), httpx.ReadTimeout("read")))  # it may have arrived
    assert not transient(caused(NetworkError("httpx.RemoteProtocolError"), httpx.RemoteProtocolError("x")))
    assert not transient(NetworkError("Bad Gateway"))  # a gateway may answer after Telegram delivered
    assert not transient(BadRequest("Chat not found"))


def test_line_loading_dots_are_shown_for_waiting_one_to_one_chats_only(
    engine, fake_line: FakeAPI, tmp_path: Path
) -> None:
    now = int(time.time() * 1000)
    user = {
        "type": "message",
        "timestamp": now,
        "replyToken": "reply-wait",
        "source": {"type": "user", "userId": "Uwait"},
        "message": {"type": "text", "text": "ITA ได้กี่คะแนน"},
    }
    group = {**user, "source": {"type": "group", "groupId": "Cgroup", "userId": "Uother"}}

    async def scenario() -> None:
        channel = LineChannel(
            "secret",
            "token",
            fake_line.url,
            asker(engine),
            SQLiteState(tmp_path / "s.db"),
            ("น้องเลิศ",),
            max_event_age=3600,
        )
        channel.waiting([user, group])
        deadline = time.monotonic() + 5
        while not fake_line.to("/v2/bot/chat/loading/start") and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)
        await channel.close()

    asyncio.run(scenario())
    (loading,) = fake_line.to("/v2/bot/chat/loading/start")
    assert loading.body == {"chatId": "Uwait", "loadingSeconds": 5}


def test_an_expired_telegram_button_is_answered_with_a_notice(engine, fake_telegram: FakeAPI, tmp_path: Path) -> None:
    from telegram import Update

    async def scenario() -> None:
        channel = TelegramChannel("1:T", f"{fake_telegram.url}/bot", asker(engine), SQLiteState(tmp_path / "state.db"))
        await channel.start()
        data = {
            "update_id": 7,
            "callback_query": {
                "id": "cb",
                "chat_instance": "c",
                "data": "q:unknown",
                "from": {"id": 5, "is_bot": False, "first_name": "A"},
            },
        }
        await channel.process(Update.de_json(data, channel.app.bot))
        await channel.stop()

    asyncio.run(scenario())
    (answer,) = fake_telegram.to("/answerCallbackQuery")
    assert "หมดอายุ" in answer.body["text"]


def test_telegram_polling_answers_without_the_web_server(engine, fake_telegram: FakeAPI, tmp_path: Path) -> None:
    update = {
        "update_id": 900,
        "message": {
            "message_id": 1,
            "date": 1764000000,
            "chat": {"id": 77, "type": "private", "first_name": "P"},
            "from": {"id": 77, "is_bot": False, "first_name": "P"},
            "text": "GDX ย่อมาจากอะไร",
        },
    }
    served = []
    respond = fake_telegram._respond

    def with_updates(path: str, body: dict[str, Any]) -> tuple[int, Any]:
        if path.endswith("/getUpdates"):
            batch = [] if served else [update]
            served.append(1)
            if not batch:
                time.sleep(0.05)
            return 200, {"ok": True, "result": batch}
        return respond(path, body)

    fake_telegram._respond = with_updates

    async def scenario() -> None:
        channel = TelegramChannel(
            "1:T",
            f"{fake_telegram.url}/bot",
            asker(engine),
            SQLiteState(tmp_path / "state.db"),
            polling=True,
        )
        async with channel.app:
            assert channel.app.updater is not None
            await channel.app.updater.start_polling(poll_interval=0.01)
            await channel.app.start()
            deadline = time.monotonic() + 10
            while not fake_telegram.to("/sendMessage") and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            await channel.app.updater.stop()
            await channel.app.stop()

    asyncio.run(scenario())
    (sent,) = fake_telegram.to("/sendMessage")
    assert "Government Data Exchange" in sent.body["text"]


def test_set_webhook_registers_the_public_url_secret_and_commands(
    fake_telegram: FakeAPI, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:T")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cret_token")
    monkeypatch.setenv("PUBLIC_URL", "https://bot.example.org/")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", f"{fake_telegram.url}/bot")
    assert main(["telegram", "set-webhook"]) == 0
    (hook,) = fake_telegram.to("/setWebhook")
    assert hook.body["url"] == "https://bot.example.org/webhooks/telegram"
    assert hook.body["secret_token"] == "s3cret_token"
    (commands,) = fake_telegram.to("/setMyCommands")
    assert {c["command"] for c in commands.body["commands"]} == {"start", "help"}
