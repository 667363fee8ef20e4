"""Charts on Telegram, end to end: signed updates into the running server (real secret header), and a
multipart sendPhoto upload of a valid PNG arriving at the fake Bot API."""

from __future__ import annotations

import io
import itertools
from typing import Any

from PIL import Image

from bot.charts import DPI, HEIGHT, WIDTH
from bot.core.loader import Bundle
from tests.fakes import Call
from tests.webapp import Running, telegram_payload

CHATS = itertools.count(7001)  # a chat per test: its own session and rate count


def say(running: Running, text: str) -> int:
    """Send this text from a new private chat; the chat's id."""
    chat = next(CHATS)
    payload = telegram_payload("telegram_text")
    payload["message"]["text"] = text
    payload["message"]["chat"]["id"] = payload["message"]["from"]["id"] = chat
    assert running.post_telegram(payload).status_code == 200
    return chat


def press(running: Running, chat: int, data: str) -> None:
    payload = telegram_payload("telegram_callback")
    payload["callback_query"]["data"] = data
    payload["callback_query"]["message"]["chat"]["id"] = payload["callback_query"]["from"]["id"] = chat
    assert running.post_telegram(payload).status_code == 200


def answer_to(running: Running, chat: int, needle: str) -> Call:
    """The bot's one message to this chat, which says `needle`."""
    (message,) = running.telegram.wait_until(
        lambda c: c.path.endswith("/sendMessage") and int(c.body["chat_id"]) == chat and needle in c.body["text"]
    )
    return message


def photos_to(running: Running, chat: int, count: int = 1) -> list[Call]:
    return running.telegram.wait_until(
        lambda c: c.path.endswith("/sendPhoto") and int(c.body.get("chat_id", 0)) == chat, count
    )


def buttons(message: Call) -> list[dict[str, Any]]:
    return [row[0] for row in message.body["reply_markup"]["inline_keyboard"]]


def assert_png_upload(call: Call) -> None:
    assert call.headers["content-type"].startswith("multipart/form-data")
    png = call.body["photo"]
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.size == (int(WIDTH * DPI), int(HEIGHT * DPI))


def test_an_indicator_answer_has_a_chart_button_that_sends_the_chart(running: Running) -> None:
    chat = say(running, "Biz Portal มีกี่ใบอนุญาต")
    message = answer_to(running, chat, "35")
    *suggestions, chart = buttons(message)
    assert suggestions and chart["text"] == "ดูกราฟ"
    assert chart["callback_data"].startswith("chart:") and len(chart["callback_data"].encode()) <= 64
    running.telegram.settle()
    assert not photos_to(running, chat, 0), "no photo until the button is pressed"
    press(running, chat, chart["callback_data"])
    (photo,) = photos_to(running, chat)
    assert_png_upload(photo)
    assert running.telegram.wait_for("/answerCallbackQuery")


def test_asking_for_a_chart_sends_the_photo_right_after_the_answer(running: Running) -> None:
    chat = say(running, "show me a chart of Biz Portal")
    message = answer_to(running, chat, "35")
    (photo,) = photos_to(running, chat)
    assert_png_upload(photo)
    assert photo.at >= message.at, "the answer first, then its chart"
    assert "chart:" not in str(message.body.get("reply_markup")), "no button for a chart already sent"


def test_an_english_indicator_answer_labels_its_button_in_english(running: Running) -> None:
    chat = say(running, "How many licences are on Biz Portal?")
    assert buttons(answer_to(running, chat, "35"))[-1]["text"] == "Chart"


def test_a_record_with_nothing_to_draw_gets_no_photo_and_no_button(running: Running) -> None:
    chat = say(running, "ขอกราฟ GDX")
    message = answer_to(running, chat, "GDX")
    running.telegram.settle()
    assert not photos_to(running, chat, 0)
    assert "chart:" not in str(message.body.get("reply_markup"))


def test_a_chart_button_the_bot_did_not_issue_gets_the_expired_notice(running: Running, bundle: Bundle) -> None:
    chat = next(CHATS)
    press(running, chat, "chart:0123456789abcdef")
    notice = bundle.replies.say("expired_button", "th")
    assert running.telegram.wait_until(
        lambda c: c.path.endswith("/answerCallbackQuery") and c.body.get("text") == notice
    )
    running.telegram.settle()
    assert not photos_to(running, chat, 0)
