"""The LINE rich menu: `python -m bot line rich-menu` against fake LINE hosts (API and data), and its
buttons' postbacks replayed through the running server as real signed webhooks."""

from __future__ import annotations

import io
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from bot.channels.menu import MENU_PREFIX, menu_event
from bot.channels.rich_menu import HEIGHT, IMAGE_LIMIT, MENU_NAME, WIDTH
from bot.cli import main
from bot.core.engine import Engine
from bot.core.types import Inbound
from tests.fakes import FakeAPI, line_api, line_data_api
from tests.webapp import Running, line_payload, replies, texts

TOKEN = "menu-access-token"


@pytest.fixture
def hosts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[tuple[FakeAPI, FakeAPI]]:
    """The fake LINE API and data hosts, with the command's settings pointing at them; like LINE, they
    make a menu the default only once its image is uploaded."""
    images: set[str] = set()
    api, data = line_api(images).start(), line_data_api(images).start()
    monkeypatch.chdir(tmp_path)  # no .env of the working tree
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("LINE_API_BASE_URL", api.url)
    monkeypatch.setenv("LINE_DATA_API_BASE_URL", data.url)
    yield api, data
    api.stop()
    data.stop()


def menus(api: FakeAPI) -> dict[str, str]:
    """The menus LINE holds, by id: their names."""
    listed = httpx.get(f"{api.url}/v2/bot/richmenu/list").json()["richmenus"]
    return {m["richMenuId"]: m["name"] for m in listed}


def created(api: FakeAPI) -> list[dict[str, Any]]:
    return [c.body for c in api.to("/v2/bot/richmenu") if c.headers["authorization"] == f"Bearer {TOKEN}"]


def someone_elses_menu(api: FakeAPI) -> str:
    """A menu made in the Official Account Manager or by another tool: not ours to delete."""
    menu = {
        "size": {"width": 2500, "height": 843},
        "selected": False,
        "name": "campaign-songkran",
        "chatBarText": "Campaign",
        "areas": [
            {"bounds": {"x": 0, "y": 0, "width": 2500, "height": 843}, "action": {"type": "message", "text": "x"}}
        ],
    }
    return httpx.post(f"{api.url}/v2/bot/richmenu", json=menu).json()["richMenuId"]


def test_the_menu_is_created_uploaded_to_the_data_host_and_made_the_default(hosts: tuple[FakeAPI, FakeAPI]) -> None:
    api, data = hosts
    assert main(["line", "rich-menu"]) == 0
    (menu,) = created(api)
    assert menu["name"] == MENU_NAME and menu["size"] == {"width": WIDTH, "height": HEIGHT}
    (ours,) = menus(api)
    (upload,) = data.calls
    assert upload.method == "POST" and upload.path == f"/v2/bot/richmenu/{ours}/content"
    assert upload.headers["authorization"] == f"Bearer {TOKEN}"
    assert upload.headers["content-type"] in ("image/png", "image/jpeg")
    assert 0 < len(upload.raw) <= IMAGE_LIMIT
    image = Image.open(io.BytesIO(upload.raw))
    assert image.format in ("PNG", "JPEG") and image.size == (WIDTH, HEIGHT)
    assert not api.to("/content"), "the image goes to the data host, not the API host"
    (default,) = [c for c in api.calls if "/user/all/richmenu/" in c.path]
    assert default.path == f"/v2/bot/user/all/richmenu/{ours}" and upload.at < default.at, "the image first"


def test_the_fake_line_refuses_a_default_menu_without_its_image(hosts: tuple[FakeAPI, FakeAPI]) -> None:
    """So the tests above would catch a command that made the menu the default before uploading it."""
    api, data = hosts
    menu = someone_elses_menu(api)
    assert httpx.post(f"{api.url}/v2/bot/user/all/richmenu/{menu}").status_code == 400
    httpx.post(f"{data.url}/v2/bot/richmenu/{menu}/content", content=b"png", headers={"content-type": "image/png"})
    assert httpx.post(f"{api.url}/v2/bot/user/all/richmenu/{menu}").status_code == 200


def test_running_again_replaces_only_the_menu_it_made(hosts: tuple[FakeAPI, FakeAPI]) -> None:
    api, _ = hosts
    other = someone_elses_menu(api)
    assert main(["line", "rich-menu"]) == 0
    first = next(m for m, name in menus(api).items() if name == MENU_NAME)
    assert main(["line", "rich-menu"]) == 0
    held = menus(api)
    second = next(m for m, name in held.items() if name == MENU_NAME)
    assert set(held) == {other, second} and second != first
    deletes = [c for c in api.calls if c.method == "DELETE"]
    assert [c.path for c in deletes] == [f"/v2/bot/richmenu/{first}"]
    made_default = api.calls.index(next(c for c in api.calls if c.path.endswith(f"/user/all/richmenu/{second}")))
    assert api.calls.index(deletes[0]) > made_default, "the old menu goes only once the new one is the default"


def test_the_areas_tile_the_image_and_each_button_raises_an_event_the_engine_answers(
    hosts: tuple[FakeAPI, FakeAPI], engine: Engine
) -> None:
    api, _ = hosts
    assert main(["line", "rich-menu"]) == 0
    (menu,) = created(api)
    boxes = [(a["bounds"]["x"], a["bounds"]["y"], a["bounds"]["width"], a["bounds"]["height"]) for a in menu["areas"]]
    assert len(boxes) == 6
    assert all(x >= 0 and y >= 0 and x + w <= WIDTH and y + h <= HEIGHT for x, y, w, h in boxes)
    for (ax, ay, aw, ah), (bx, by, bw, bh) in combinations(boxes, 2):
        assert ax + aw <= bx or bx + bw <= ax or ay + ah <= by or by + bh <= ay, "areas overlap"
    assert sum(w * h for _, _, w, h in boxes) == WIDTH * HEIGHT, "no overlap and the same area: they tile it"
    answered = set()
    for area in menu["areas"]:
        action = area["action"]
        assert action["type"] == "postback" and action["data"].startswith(MENU_PREFIX)
        assert action["displayText"] and len(action["label"]) <= 20
        event = menu_event(action["data"])
        assert event is not None
        reply = engine.handle(Inbound("", f"menu-{event}", "test", event=event))
        assert not reply.fallback and reply.intent != "empty", event
        answered.add(reply.intent)
    assert {"whole_overview", "whole_behind", "whole_list", "help", "menu_ask"} <= answered


def test_the_image_can_be_drawn_without_touching_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LINE_CHANNEL_ACCESS_TOKEN", raising=False)
    saved = tmp_path / "menu.png"
    assert main(["line", "rich-menu", "--save", str(saved), "--no-upload"]) == 0
    assert Image.open(saved).size == (WIDTH, HEIGHT)
    assert main(["line", "rich-menu"]) == 2, "uploading needs LINE_CHANNEL_ACCESS_TOKEN"


def test_a_line_refusal_is_reported_and_fails_the_command(hosts: tuple[FakeAPI, FakeAPI], capsys) -> None:
    api, _ = hosts
    api.failures.append(("/v2/bot/richmenu", 400, {"message": "invalid area"}))
    assert main(["line", "rich-menu"]) == 1
    assert "invalid area" in capsys.readouterr().err


# ---- the buttons' postbacks through the running server ------------------------------------------------
def menu_tap(data: str, token: str) -> dict[str, Any]:
    payload = line_payload("line_postback", replyToken=token)
    payload["events"][0]["postback"] = {"data": data}
    return payload


def test_a_menu_postback_gets_the_events_answer(running: Running, engine: Engine) -> None:
    assert running.post_line(menu_tap("menu:menu_behind", "reply-token-menu-behind")).status_code == 200
    (call,) = replies(running, "reply-token-menu-behind")
    expected = engine.handle(Inbound("", "menu-behind-expected", "test", event="menu_behind"))
    assert expected.intent == "whole_behind"
    assert texts([call])[0] == expected.text


def test_a_menu_postback_naming_no_known_event_is_not_answered(running: Running) -> None:
    for n, data in enumerate(("menu:menu_nothing", "menu:follow", "menu:")):
        assert running.post_line(menu_tap(data, f"reply-token-menu-unknown-{n}")).status_code == 200
    running.idle()
    running.line.settle()
    assert not [c for c in running.line.calls if str(c.body.get("replyToken")).startswith("reply-token-menu-unknown")]


def test_suggestion_postbacks_still_ask_their_question(running: Running) -> None:
    running.post_line(menu_tap("ask:GDX ย่อมาจากอะไร", "reply-token-menu-ask"))
    assert "Government Data Exchange" in texts(replies(running, "reply-token-menu-ask"))[0]
