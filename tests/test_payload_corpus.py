"""Every real webhook body in tests/payloads/corpus/ replayed through the running server, signed and with the
secret header, against the fake LINE and Telegram APIs. Bodies written by the platforms' SDK maintainers catch
shapes our own samples never had; `expected.json` says, body by body and by hand, what must be sent."""

from __future__ import annotations

import itertools
import json
import logging
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fakes import Call
from tests.webapp import Running, serve

CORPUS = Path(__file__).resolve().parent / "payloads" / "corpus"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
BODIES = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.json"))
VERIFY_BODY = "line/py_v3_verify_dummy_events.json"  # its 000…/fff… reply tokens are the point: kept as sent
QUIET = 0.15  # seconds without a new call before a body counts as handled
MARKERS = {  # what each kind of message says, as the bot's behaviour promises it
    "hint": ("ข้อความ",),
    "refusal": ("ผู้ดูแลระบบ",),
    "expired_notice": ("หมดอายุ",),
    "greeting": ("น้องเลิศ", "NongLert"),
    "help": ("ผมตอบคำถาม", "I answer questions"),
}
NOT_ANSWERS = ("hint", "refusal", "expired_notice")
# Telegram "sent" kind -> (answerCallbackQuery expected, sendMessage expected); other kinds are one sendMessage
TELEGRAM_SHAPES: dict[str, tuple[str | None, str | None]] = {
    "nothing": (None, None),
    "expired_notice": ("expired_notice", None),
    "button_answer": ("plain", "answer"),
}
update_ids = itertools.count(1)  # the data folder is fresh, so any id not used before in this module is new


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One server for all bodies; the many events from the SDKs' few sample users must not be rate limited."""
    with serve(tmp_path_factory.mktemp("corpus"), rate_limit_per_minute=100000) as running:
        yield running


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """INFO and up from every logger, uvicorn's included: its loggers do not propagate to the root, and an
    exception escaping the app is logged there."""
    caplog.set_level(logging.INFO)
    uvicorn_logger = logging.getLogger("uvicorn")
    uvicorn_logger.addHandler(caplog.handler)
    yield caplog
    uvicorn_logger.removeHandler(caplog.handler)


def is_line(name: str) -> bool:
    return name.startswith(("line/", "derived/line_"))


def load(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / name).read_text(encoding="utf-8"))


def fresh(name: str) -> dict[str, Any]:
    """The body as a new delivery: the samples reuse ids, and old LINE events are not answered. Reply tokens
    name their body and event, so every reply can be traced back to the event it answers."""
    payload = load(name)
    if not is_line(name):
        payload["update_id"] = next(update_ids)
        return payload
    for index, event in enumerate(payload["events"]):
        event["timestamp"] = int(time.time() * 1000)
        event["webhookEventId"] = uuid.uuid4().hex
        if "replyToken" in event and name != VERIFY_BODY:
            event["replyToken"] = f"{name}#{index}"
    return payload


def telegram_shape(kind: str) -> tuple[str | None, str | None]:
    return TELEGRAM_SHAPES.get(kind, (None, kind))


def expected_calls(name: str) -> int:
    expected = EXPECTED[name]
    if is_line(name):
        return len(expected["replies"])
    return sum(part is not None for part in telegram_shape(expected["sent"]))


def replay(server: Running, name: str) -> tuple[dict[str, Any], int, list[Call], list[Call]]:
    """Send one body and collect what reached each fake API while it was handled: the calls expected, then
    none for a quiet moment (so an extra send is caught, and attributed to this body)."""
    line_before, telegram_before = len(server.line.calls), len(server.telegram.calls)
    payload = fresh(name)
    if is_line(name):
        status, api, before = server.post_line(payload).status_code, server.line, line_before
    else:
        status, api, before = server.post_telegram(payload).status_code, server.telegram, telegram_before
    api.wait_until(lambda _: True, before + expected_calls(name))
    api.settle(QUIET)
    return payload, status, server.line.calls[line_before:], server.telegram.calls[telegram_before:]


def wrong_text(kind: str, text: str, contains: str | None) -> str | None:
    """Why `text` is not a message of `kind` (None when it is). An answer is any text that is not one of the
    bot's fixed notices."""
    if kind == "answer":
        ok = not any(m in text for k in NOT_ANSWERS for m in MARKERS[k]) and (contains is None or contains in text)
    else:
        ok = any(m in text for m in MARKERS[kind])
    wanted = f"{kind} containing {contains!r}" if kind == "answer" and contains else kind
    return None if ok else f"expected {wanted}, got {text[:150]!r}"


def line_problems(name: str, expected: dict[str, Any], calls: list[Call]) -> list[str]:
    """Each listed event got one reply of its kind; nothing else was sent (no push, no second reply)."""
    wanted = {f"{name}#{index}": kind for index, kind in expected["replies"].items()}
    problems = []
    for call in calls:
        token = call.body.get("replyToken")
        kind = wanted.pop(token, None) if call.path.endswith("/v2/bot/message/reply") else None
        if kind is None:
            problems.append(f"unexpected {call.path} {json.dumps(call.body, ensure_ascii=False)[:300]}")
            continue
        messages = call.body.get("messages") or []
        if len(messages) != 1 or messages[0].get("type") not in ("text", "flex"):
            problems.append(f"event {token}: expected one text or flex message, got {messages}")
            continue
        text = messages[0].get("text") or messages[0].get("altText") or ""
        if (problem := wrong_text(kind, text, expected.get("contains"))) is not None:
            problems.append(f"event {token}: {problem}")
    return problems + [f"event {token}: expected {kind}, got no reply" for token, kind in wanted.items()]


def chat_of(payload: dict[str, Any]) -> int | None:
    """The chat an answer belongs in: the message's, or for a button the chat of the message it is on."""
    message = payload.get("message") or (payload.get("callback_query") or {}).get("message") or {}
    return (message.get("chat") or {}).get("id")


def telegram_problems(payload: dict[str, Any], expected: dict[str, Any], calls: list[Call]) -> list[str]:
    """At most one callback answer and one message, each as expected; no other Bot API call."""
    ack, send = telegram_shape(expected["sent"])
    acks = [c for c in calls if c.path.endswith("/answerCallbackQuery")]
    sends = [c for c in calls if c.path.endswith("/sendMessage")]
    problems = [f"unexpected {c.path}" for c in calls if not c.path.endswith(("/answerCallbackQuery", "/sendMessage"))]
    if len(acks) != (ack is not None):
        problems.append(f"expected {ack or 'no'} answerCallbackQuery, got {[c.body for c in acks]}")
    elif ack == "plain" and acks[0].body.get("text"):
        problems.append(f"expected a plain answerCallbackQuery, got text {acks[0].body['text']!r}")
    elif ack == "expired_notice" and (problem := wrong_text(ack, str(acks[0].body.get("text")), None)):
        problems.append(f"answerCallbackQuery: {problem}")
    if len(sends) != (send is not None):
        problems.append(f"expected {send or 'no'} sendMessage, got {[str(c.body.get('text'))[:150] for c in sends]}")
    elif send is not None:
        if int(sends[0].body.get("chat_id", 0)) != chat_of(payload):
            problems.append(f"sent to chat {sends[0].body.get('chat_id')}, expected {chat_of(payload)}")
        if (problem := wrong_text(send, str(sends[0].body.get("text")), expected.get("contains"))) is not None:
            problems.append(f"sendMessage: {problem}")
    return problems


def test_the_table_has_one_entry_with_a_reason_for_every_body() -> None:
    assert sorted(EXPECTED) == BODIES
    assert all(entry.get("why") for entry in EXPECTED.values())


@pytest.mark.parametrize("name", BODIES)
def test_a_real_body_gets_its_status_and_sends_and_logs_no_error(
    name: str, server: Running, logs: pytest.LogCaptureFixture
) -> None:
    expected = EXPECTED[name]
    if "after" in expected:  # a button only works once an answer issued it
        replay(server, expected["after"])
        logs.clear()
    payload, status, line_calls, telegram_calls = replay(server, name)
    problems = [] if status == expected["status"] else [f"status {status}, expected {expected['status']}"]
    if is_line(name):
        problems += line_problems(name, expected, line_calls)
        problems += [f"unexpected Telegram call {c.path}" for c in telegram_calls]
    else:
        problems += telegram_problems(payload, expected, telegram_calls)
        problems += [f"unexpected LINE call {c.path}" for c in line_calls]
    problems += [
        f"logged {r.levelname} from {r.name}: {r.getMessage()}" + (" (with a traceback)" if r.exc_info else "")
        for r in logs.records
        if r.levelno >= logging.ERROR or r.exc_info
    ]
    assert not problems, f"{name} ({expected['why']}):\n  " + "\n  ".join(problems)
