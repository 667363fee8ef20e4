"""End to end: signed webhooks into the running server, replies arriving at fake platform APIs."""

from __future__ import annotations

import copy
import time
import uuid

import httpx

from bot.channels.line import signature_ok
from tests.webapp import Running, line_payload, line_text, replies, sign, telegram_payload, telegram_sent, texts


# ---- LINE -----------------------------------------------------------------------------------------
def test_line_official_test_vector_verifies() -> None:
    body = b'{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}'
    secret = b"8c570fa6dd201bb328f1c1eac23a96d8"
    assert signature_ok(secret, body, "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=")
    assert not signature_ok(secret, body + b" ", "GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=")
    assert not signature_ok(secret, body, None)


def test_line_console_verify_request_gets_200(running: Running) -> None:
    assert running.post_line({"destination": "U0", "events": []}).status_code == 200


def test_a_signed_line_text_message_is_answered_with_the_reply_api(running: Running) -> None:
    payload = line_payload("line_text")
    assert running.post_line(payload).status_code == 200
    (call,) = replies(running, "reply-token-text")
    assert call.headers["authorization"] == "Bearer test-access-token"
    (message,) = call.body["messages"]
    assert "81.25" in (message.get("text") or message.get("altText"))
    items = message["quickReply"]["items"]
    assert 1 <= len(items) <= 13
    assert all(len(i["action"]["label"]) <= 20 and i["action"]["type"] == "postback" for i in items)


def test_an_indicator_answer_comes_as_a_flex_bubble_with_plain_alt_text(running: Running) -> None:
    running.post_line(line_text("ความพึงพอใจของประชาชนเท่าไหร่", "reply-token-flex"))
    (call,) = replies(running, "reply-token-flex")
    (message,) = call.body["messages"]
    assert message["type"] == "flex" and "84.81" in message["altText"] and len(message["altText"]) <= 1500
    assert message["contents"]["type"] == "bubble"


def test_a_bad_or_missing_signature_gets_400_and_no_reply(running: Running) -> None:
    payload = line_payload("line_text", replyToken="reply-token-forged")
    assert running.post_line(payload, signature="AAAA" + sign(b"x")[4:]).status_code == 400
    assert running.post_line(payload, signature="").status_code == 400
    running.line.settle()
    assert not [c for c in running.line.calls if c.body.get("replyToken") == "reply-token-forged"]


def test_a_redelivered_line_event_is_answered_once(running: Running) -> None:
    payload = line_payload("line_text", replyToken="reply-token-twice")
    running.post_line(payload)
    again = copy.deepcopy(payload)
    again["events"][0]["deliveryContext"]["isRedelivery"] = True
    assert running.post_line(again).status_code == 200
    replies(running, "reply-token-twice")
    running.line.settle()
    assert len([c for c in running.line.calls if c.body.get("replyToken") == "reply-token-twice"]) == 1


def test_a_sticker_gets_the_text_only_hint(running: Running) -> None:
    running.post_line(line_payload("line_sticker"))
    (call,) = replies(running, "reply-token-sticker")
    assert "ข้อความ" in call.body["messages"][0]["text"] and call.body["messages"][0]["quickReply"]


def test_a_group_message_without_a_mention_is_ignored_but_a_mention_is_answered(running: Running) -> None:
    running.post_line(line_payload("line_group"))
    running.post_line(line_payload("line_group_mention"))
    (mention,) = replies(running, "reply-token-mention")
    running.line.settle()
    assert "81.25" in texts([mention])[0]
    assert not [c for c in running.line.calls if c.body.get("replyToken") == "reply-token-group"]


def test_follow_and_postback_events_are_answered(running: Running) -> None:
    running.post_line(line_payload("line_follow"))
    running.post_line(line_payload("line_postback"))
    assert "น้องเลิศ" in texts(replies(running, "reply-token-follow"))[0]
    assert "Government Data Exchange" in texts(replies(running, "reply-token-postback"))[0]


def test_an_expired_reply_token_falls_back_to_push_with_a_retry_key(running: Running) -> None:
    payload = line_payload("line_text", replyToken="reply-token-old")
    payload["events"][0]["timestamp"] = int((time.time() - 120) * 1000)
    running.post_line(payload)
    push = running.line.wait_for("/v2/bot/message/push")[-1]
    assert push.body["to"] == "U1111111111111111111111111111user"
    assert uuid.UUID(push.headers["x-line-retry-key"])
    assert not [c for c in running.line.calls if c.body.get("replyToken") == "reply-token-old"]


def test_a_spent_reply_token_falls_back_to_push(running: Running) -> None:
    running.line.failures.append(("/v2/bot/message/reply", 400, {"message": "Invalid reply token"}))
    before = len(running.line.to("/v2/bot/message/push"))
    running.post_line(line_payload("line_text", replyToken="reply-token-spent"))
    assert len(running.line.wait_for("/v2/bot/message/push", before + 1)) == before + 1


def test_line_server_errors_and_rate_limits_are_retried(running: Running) -> None:
    running.line.failures.extend(
        [
            ("/v2/bot/message/reply", 500, {"message": "oops"}),
            ("/v2/bot/message/reply", 429, {"message": "slow down"}),
        ]
    )
    running.post_line(line_payload("line_text", replyToken="reply-token-retry"))
    assert len(replies(running, "reply-token-retry", 3)) == 3, "a 500, a 429, then delivered"
    assert httpx.get(f"{running.url}/healthz").status_code == 200


def test_an_oversized_body_is_refused(running: Running) -> None:
    assert running.post_line(line_text("ก" * 70_000, "reply-token-oversized")).status_code == 413


# ---- Telegram ---------------------------------------------------------------------------------------
def test_a_wrong_or_missing_telegram_secret_gets_403(running: Running) -> None:
    assert running.post_telegram(telegram_payload("telegram_text"), secret="wrong").status_code == 403
    assert running.post_telegram(telegram_payload("telegram_text"), secret=None).status_code == 403


def test_a_telegram_text_is_answered_with_buttons(running: Running) -> None:
    payload = telegram_payload("telegram_text")
    assert running.post_telegram(payload).status_code == 200
    (message,) = telegram_sent(running, "81.25")
    assert int(message.body["chat_id"]) == 555 and message.body["parse_mode"] == "HTML"
    keyboard = message.body["reply_markup"]["inline_keyboard"]
    assert all(len(row[0]["callback_data"].encode()) <= 64 for row in keyboard)


def test_a_repeated_telegram_update_is_answered_once(running: Running) -> None:
    payload = telegram_payload("telegram_text")
    payload["message"]["text"] = "HPP ย่อมาจากอะไร"
    running.post_telegram(payload)
    running.post_telegram(payload)
    telegram_sent(running, "High Performance Provinces")
    running.telegram.settle()
    assert len([c for c in running.telegram.calls if "High Performance Provinces" in str(c.body.get("text"))]) == 1


def test_a_telegram_button_answers_its_question(running: Running) -> None:
    first = telegram_payload("telegram_text")
    first["message"]["text"] = "Citizen Portal มีกี่บริการ"
    running.post_telegram(first)
    (message,) = telegram_sent(running, "Citizen Portal")
    button = message.body["reply_markup"]["inline_keyboard"][0][0]
    press = telegram_payload("telegram_callback")
    press["callback_query"]["data"] = button["callback_data"]
    running.post_telegram(press)
    assert running.telegram.wait_for("/answerCallbackQuery")
    assert telegram_sent(running, button["text"].split(" ")[0], 2)


def test_a_telegram_sticker_gets_the_hint_and_an_edit_is_ignored(running: Running) -> None:
    running.telegram.settle()
    before = len(running.telegram.to("/sendMessage"))
    assert running.post_telegram(telegram_payload("telegram_edited")).status_code == 200
    assert running.post_telegram(telegram_payload("telegram_sticker")).status_code == 200
    telegram_sent(running, "ข้อความ")
    running.telegram.settle()
    new = running.telegram.to("/sendMessage")[before:]
    assert len(new) == 1 and "ข้อความ" in new[0].body["text"]


def test_telegram_groups_answer_mentions_only(running: Running) -> None:
    running.telegram.settle()
    before = len(running.telegram.to("/sendMessage"))
    running.post_telegram(telegram_payload("telegram_group"))
    running.post_telegram(telegram_payload("telegram_group_mention"))
    running.telegram.wait_for("/sendMessage", before + 1)
    running.telegram.settle()
    new = running.telegram.to("/sendMessage")[before:]
    assert len(new) == 1 and int(new[0].body["chat_id"]) == -1001


def test_telegram_flood_limits_are_waited_out_but_server_errors_are_not_resent(running: Running) -> None:
    flood = {"ok": False, "error_code": 429, "description": "Too Many Requests", "parameters": {"retry_after": 1}}
    running.telegram.failures.append(("/sendMessage", 429, flood))
    payload = telegram_payload("telegram_text")
    payload["message"]["text"] = "GDX ย่อมาจากอะไร"
    running.post_telegram(payload)
    assert len(telegram_sent(running, "Government Data Exchange", 2)) == 2, "a flood answer, then delivered"
    running.telegram.settle()
    before = len(running.telegram.to("/sendMessage"))
    running.telegram.failures.append(("/sendMessage", 500, {"ok": False, "error_code": 500, "description": "x"}))
    running.post_telegram(telegram_payload("telegram_text"))
    running.telegram.wait_for("/sendMessage", before + 1)
    running.telegram.settle()
    assert len(running.telegram.to("/sendMessage")) == before + 1, "a 500 may follow a delivery: not resent"


def test_health_reports_version_and_channels(running: Running) -> None:
    health = httpx.get(f"{running.url}/healthz").json()
    assert health["status"] == "ok" and health["knowledge_version"]
    assert health["channels"] == {"line": True, "telegram": True}


def test_admin_commands_on_telegram_refuse_non_admins(running: Running) -> None:
    payload = telegram_payload("telegram_text")
    payload["message"]["text"] = "/reload"
    payload["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 7}]
    assert running.post_telegram(payload).status_code == 200
    assert telegram_sent(running, "ผู้ดูแลระบบ")


def test_admin_commands_on_line_refuse_non_admins(running: Running) -> None:
    running.post_line(line_text("/stats", "reply-token-admin"))
    assert "ผู้ดูแลระบบ" in texts(replies(running, "reply-token-admin"))[0]


def test_a_list_answer_comes_as_a_flex_carousel_with_a_bar_per_measure(running: Running) -> None:
    running.post_line(line_text("ตัวชี้วัดตัวไหนยังไม่ถึงเป้าบ้าง", "reply-token-carousel"))
    (call,) = replies(running, "reply-token-carousel")
    text, message = call.body["messages"]  # the text (heading, what is left out, the source), then the bubbles
    assert text["type"] == "text" and "(ที่มา:" in text["text"] and "quickReply" not in text
    assert message["quickReply"]["items"]
    assert message["type"] == "flex" and len(message["altText"]) <= 1500 and "84.81" in message["altText"]
    carousel = message["contents"]
    assert carousel["type"] == "carousel" and 2 <= len(carousel["contents"]) <= 12
    first = carousel["contents"][0]["body"]["contents"]
    bar = next(part for part in first if part["type"] == "box")
    assert bar["contents"][0]["width"] == "99%"  # 84.81 of 85: never rounded up to a full bar
    citizen = next(b for b in carousel["contents"] if "Citizen Portal" in b["body"]["contents"][0]["text"])
    citizen_bar = next(part for part in citizen["body"]["contents"] if part["type"] == "box")
    assert citizen_bar["contents"][0]["width"] == "40%"  # 45 of 110 is 40.9%


def test_a_telegram_list_answer_is_a_compact_html_list(running: Running) -> None:
    payload = telegram_payload("telegram_text")
    payload["message"]["text"] = "ตัวชี้วัดตัวไหนยังไม่ถึงเป้าบ้าง"
    running.post_telegram(payload)
    (message,) = telegram_sent(running, "<b>Citizen Portal (ทางรัฐ)</b>")
    assert message.body["parse_mode"] == "HTML"
    assert "• <b>Citizen Portal (ทางรัฐ)</b>: 45" in message.body["text"] and "<b>e-Service</b>" in message.body["text"]


def test_a_bar_stops_at_the_target_but_its_label_says_how_far_past() -> None:
    from bot.channels.line import item_bubble
    from bot.core.types import Item

    bubble = item_bubble(Item("HPP", 76, "จังหวัด", 2565, 45, 2565, 76 / 45, "รายงาน", "hpp", "76 จังหวัด", "เป้า 45"))
    parts = bubble["body"]["contents"]
    assert any("168%" in p.get("text", "") for p in parts)
    bar = next(p for p in parts if p["type"] == "box")
    assert bar["contents"][0]["width"] == "100%"
