"""Generated webhook bodies, signed and with the right secret: whatever their shape, the server answers
200 or 400 (never 500), logs no error or traceback, and keeps answering real questions afterwards."""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.webapp import TELEGRAM_SECRET, Running, serve, sign

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=25,
)


def near(*values: Any) -> st.SearchStrategy[Any]:
    """A plausible value most of the time, anything JSON now and then."""
    return st.sampled_from(values) | json_values


line_sources = st.fixed_dictionaries(
    {},
    optional={
        "type": near("user", "group", "room"),
        "userId": near("Ufuzz" + "0" * 28, ""),
        "groupId": near("Cfuzz" + "0" * 28),
        "roomId": near("Rfuzz" + "0" * 28),
    },
)
line_messages = st.fixed_dictionaries(
    {},
    optional={
        "type": near("text", "sticker", "image"),
        "text": near("ITA ปี 64 เท่าไหร่", "@น้องเลิศ HPP คืออะไร", "", "😀" * 5),
        "mention": st.fixed_dictionaries(
            {
                "mentionees": st.lists(
                    st.fixed_dictionaries(
                        {}, optional={"index": json_values, "length": json_values, "isSelf": json_values}
                    ),
                    max_size=3,
                )
            }
        )
        | json_values,
    },
)
line_events = st.fixed_dictionaries(
    {},
    optional={
        "type": near("message", "postback", "follow", "unfollow", "join", "beacon", "things"),
        "mode": near("active", "standby"),
        "timestamp": st.just(None).map(lambda _: int(time.time() * 1000)) | json_values,
        "replyToken": st.just(None).map(lambda _: uuid.uuid4().hex) | json_values,
        "webhookEventId": st.just(None).map(lambda _: uuid.uuid4().hex) | json_values,
        "source": line_sources | json_values,
        "message": line_messages | json_values,
        "postback": st.fixed_dictionaries(
            {}, optional={"data": near("ask:HPP คืออะไร", "action=buy"), "params": json_values}
        ),
    },
)
line_bodies = st.fixed_dictionaries({"events": st.lists(line_events | json_values, max_size=4)}) | json_values

telegram_chats = st.fixed_dictionaries(
    {"id": near(555, -1001), "type": near("private", "group", "supergroup", "channel")},
    optional={"title": json_values},
)
telegram_messages = st.fixed_dictionaries(
    {},
    optional={
        "message_id": near(1, 2),
        "date": near(int(time.time())),
        "chat": telegram_chats | json_values,
        "from": st.fixed_dictionaries({"id": near(5, 1087968824), "is_bot": near(False), "first_name": near("A")})
        | json_values,
        "text": near("/start", "/stats@nonglert_bot", "@nonglert_bot ITA ปี 64", "HPP คืออะไร"),
        "entities": st.lists(
            st.fixed_dictionaries(
                {"type": near("mention", "bot_command"), "offset": json_values, "length": json_values}
            ),
            max_size=2,
        )
        | json_values,
    },
)
telegram_bodies = (
    st.fixed_dictionaries(
        {"update_id": st.integers(min_value=1, max_value=2**31)},
        optional={
            "message": telegram_messages | json_values,
            "edited_message": telegram_messages,
            "callback_query": st.fixed_dictionaries(
                {
                    "id": near("cb"),
                    "from": near({"id": 5, "is_bot": False, "first_name": "A"}),
                    "chat_instance": near("c"),
                },
                optional={"data": near("q:0000000000000000", "/reload"), "message": telegram_messages},
            )
            | json_values,
        },
    )
    | json_values
)


class Errors(logging.Handler):
    """Collects every record at ERROR or above, and every record carrying a traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR or record.exc_info:
            self.found.append(f"{record.name}: {record.getMessage()}")


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Running, Errors]]:
    errors = Errors()
    logging.getLogger().addHandler(errors)
    try:
        with serve(tmp_path_factory.mktemp("fuzz"), rate_limit_per_minute=1_000_000) as running:
            yield running, errors
    finally:
        logging.getLogger().removeHandler(errors)


@FUZZ
@given(body=line_bodies)
def test_any_signed_line_body_gets_200_or_400_and_no_error(fuzzed: tuple[Running, Errors], body: Any) -> None:
    running, errors = fuzzed
    raw = json.dumps(body, ensure_ascii=False).encode()
    response = httpx.post(f"{running.url}/webhooks/line", content=raw, headers={"x-line-signature": sign(raw)})
    assert response.status_code in (200, 400)
    running.idle()  # the events are answered in the background: wait, so an error is blamed on this body
    assert errors.found == []


@FUZZ
@given(body=telegram_bodies)
def test_any_telegram_body_with_the_secret_gets_200_or_400_and_no_error(
    fuzzed: tuple[Running, Errors], body: Any
) -> None:
    running, errors = fuzzed
    headers = {"x-telegram-bot-api-secret-token": TELEGRAM_SECRET}
    response = httpx.post(f"{running.url}/webhooks/telegram", json=body, headers=headers)
    assert response.status_code in (200, 400)
    running.idle()
    assert errors.found == []


def test_after_the_fuzzing_the_server_still_answers(fuzzed: tuple[Running, Errors]) -> None:
    running, errors = fuzzed
    running.line.settle()
    running.telegram.settle()
    event = {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "webhookEventId": uuid.uuid4().hex,
        "replyToken": "after-fuzz",
        "source": {"type": "user", "userId": "U" + "a" * 32},
        "message": {"type": "text", "id": "1", "text": "HPP ย่อมาจากอะไร"},
    }
    assert running.post_line({"events": [event]}).status_code == 200
    assert running.line.wait_until(lambda c: c.body.get("replyToken") == "after-fuzz")
    assert errors.found == [], "background work logged errors while the generated bodies were answered"
