"""The web chat's HTTP side: the page and its files, POST /api/ask, sessions, limits, who may frame or call
it, and the chart images. Browser behaviour is in tests/test_web_browser.py."""

from __future__ import annotations

import contextlib
import io
import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from starlette.testclient import TestClient

from bot.settings import Settings
from bot.state import RedisState, SQLiteState
from bot.web import create_app
from bot.webchat.sessions import SESSION_SECONDS, WebSessions
from tests.test_promises import early_in_a_minute

BIZ_PORTAL = "Biz Portal มีกี่ใบอนุญาต"
BEHIND = "ตัวชี้วัดไหนยังไม่ถึงเป้า"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@contextlib.contextmanager
def chat(data: Path, address: str = "10.0.0.1", **settings: Any) -> Iterator[TestClient]:
    """The app started (as `serve` starts it), asked from `address`."""
    with TestClient(create_app(Settings(data_dir=data, **settings)), client=(address, 50000)) as client:
        yield client


def another(client: TestClient, address: str) -> TestClient:
    """The same running app, asked from another address."""
    return TestClient(client.app, client=(address, 50000))


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("web")


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[TestClient]:
    with chat(data) as started:
        yield started


def fresh(client: TestClient) -> TestClient:
    """An address no other test has used, so rate counts never carry over."""
    return another(client, f"10.1.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}")


# ---- the page -----------------------------------------------------------------------------------------
def test_the_page_is_served_without_any_token_and_runs_no_inline_script(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy and "img-src 'self' data:" in policy
    assert "unsafe-inline" not in policy and "http" not in policy, "nothing from elsewhere"
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page.text, flags=re.S)
    assert scripts and all('src="/' in attrs and not body.strip() for attrs, body in scripts)
    assert not re.search(r"\son\w+=", page.text) and "style=" not in page.text
    assert 'role="log"' in page.text and 'aria-live="polite"' in page.text and '<label for="question">' in page.text
    assert "น้องเลิศ" in page.text and 'maxlength="500"' in page.text


def test_the_page_speaks_english_when_asked(client: TestClient) -> None:
    page = client.get("/?lang=en")
    assert '<html lang="en">' in page.text and "Your question" in page.text


def test_the_script_style_and_thai_fonts_are_served_from_the_package(client: TestClient) -> None:
    css = client.get("/web/style.css")
    assert css.headers["content-type"].startswith("text/css") and "@font-face" in css.text
    assert client.get("/web/app.js").headers["content-type"].startswith("text/javascript")
    for font in re.findall(r'url\("([^"]+\.ttf)"\)', css.text):
        served = client.get(f"/web/{font}")
        assert served.status_code == 200 and served.headers["content-type"] == "font/ttf"
        assert served.content[:4] == b"\x00\x01\x00\x00", "a TrueType file"
    assert client.get("/web/index.html").status_code == 404, "the template is not a file to fetch"
    assert client.get("/web/routes.py").status_code == 404 and client.get("/web/../web.py").status_code == 404


def test_a_file_the_browser_holds_is_not_sent_again(client: TestClient) -> None:
    first = client.get("/web/app.js")
    again = client.get("/web/app.js", headers={"if-none-match": first.headers["etag"]})
    assert again.status_code == 304 and not again.content


# ---- the API ------------------------------------------------------------------------------------------
def test_a_question_gets_the_reply_object_and_a_session_the_next_question_reuses(client: TestClient) -> None:
    asker = fresh(client)
    first = asker.post("/api/ask", json={"q": BIZ_PORTAL})
    assert first.status_code == 200
    reply = first.json()
    assert "58.33" in reply["text"] and reply["sources"] and reply["suggestions"] and reply["intent"] == "figure"
    assert reply["lang"] == "th" and reply["fallback"] is False and 0 < reply["confidence"] <= 1
    assert reply["card"]["progress"] == pytest.approx(35 / 60)
    assert reply["chart"]["src"] == "/charts/biz-portal.png" and reply["chart"]["alt"]
    assert "candidates" not in reply, "the scores considered are for the logs"
    session = reply["session"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", session)
    follow_up = asker.post("/api/ask", json={"q": "แล้วเป้าหมายล่ะ", "session": session}).json()
    assert follow_up["session"] == session and "60" in follow_up["text"], "the context followed the session"


def test_a_list_answer_carries_its_items_and_no_card(client: TestClient) -> None:
    reply = fresh(client).post("/api/ask", json={"q": BEHIND}).json()
    assert len(reply["items"]) >= 5 and "card" not in reply and reply["chart"] is None
    assert {"name", "figure", "target_text", "share"} <= reply["items"][0].keys()


def test_a_chart_question_names_the_chart_of_its_topic(client: TestClient) -> None:
    reply = fresh(client).post("/api/ask", json={"q": "ขอกราฟ ITA"}).json()
    assert reply["intent"] == "chart" and reply["chart"]["src"] == "/charts/ita.png"
    english = fresh(client).post("/api/ask", json={"q": "show me a chart of ITA"}).json()
    assert english["lang"] == "en" and english["chart"]["src"] == "/charts/ita.png?lang=en"


@pytest.mark.parametrize("session", ["made-up-by-the-client-0123456789", "short", "<script>", ""])
def test_a_session_the_server_did_not_issue_is_replaced_by_a_new_one(client: TestClient, session: str) -> None:
    reply = fresh(client).post("/api/ask", json={"q": "HPP ย่อมาจากอะไร", "session": session}).json()
    assert reply["session"] != session and len(reply["session"]) == 32


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'"a question"',
        b"{}",
        b'{"q": 5}',
        b'{"q": "   "}',
        b'{"q": "HPP", "session": 7}',
        b'{"q": "HPP", "session": ["x"]}',
        b'{"q": "HPP", "x": ' + b"[" * 40 + b"]" * 40 + b"}",
        b'{"q": "\xff\xfe"}',
    ],
)
def test_a_bad_body_gets_422_with_a_json_error(client: TestClient, body: bytes) -> None:
    response = fresh(client).post("/api/ask", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and "q" in response.json()["error"]


def test_a_question_over_the_length_cap_gets_422_saying_so(client: TestClient) -> None:
    response = fresh(client).post("/api/ask", json={"q": "ก" * 501})
    assert response.status_code == 422 and "500" in response.json()["text"]
    assert fresh(client).post("/api/ask", json={"q": "ก" * 500}).status_code == 200


def test_an_oversized_body_gets_413_before_it_is_read(client: TestClient) -> None:
    response = fresh(client).post("/api/ask", json={"q": "HPP", "pad": "x" * 9000})
    assert response.status_code == 413 and response.json()["error"]


def test_past_the_rate_limit_a_session_gets_429_from_any_address(data: Path) -> None:
    with chat(data, rate_limit_per_minute=3) as client:
        early_in_a_minute()
        session = another(client, "10.2.0.1").post("/api/ask", json={"q": "HPP"}).json()["session"]
        statuses = [
            another(client, f"10.2.0.{n}").post("/api/ask", json={"q": "HPP", "session": session}).status_code
            for n in range(2, 6)
        ]
        refused = another(client, "10.2.0.9").post("/api/ask", json={"q": "HPP", "session": session}).json()
    assert statuses == [200, 200, 429, 429]
    assert refused["session"] == session and refused["text"] and refused["error"]


def test_past_the_rate_limit_an_address_gets_429_whatever_session_it_sends(data: Path) -> None:
    with chat(data, address="10.3.0.1", rate_limit_per_minute=3) as client:
        early_in_a_minute()
        statuses = [client.post("/api/ask", json={"q": "HPP"}).status_code for _ in range(5)]
        elsewhere = another(client, "10.3.0.2").post("/api/ask", json={"q": "HPP"}).status_code
    assert statuses == [200, 200, 200, 429, 429] and elsewhere == 200


def test_no_raw_session_id_or_address_is_stored(data: Path) -> None:
    with chat(data, address="10.4.0.77") as client:
        session = client.post("/api/ask", json={"q": BIZ_PORTAL}).json()["session"]
        client.post("/api/ask", json={"q": "แล้วเป้าหมายล่ะ", "session": session})
    dump = "\n".join(sqlite3.connect(data / "state.db").iterdump())
    assert "biz-portal" in dump, "the context was kept"
    assert session not in dump and "10.4.0.77" not in dump


# ---- sessions in the state store ------------------------------------------------------------------------
@pytest.fixture(params=["sqlite", "redis"])
def stores(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Any, Any]:
    """Two handles on one store, as two workers hold."""
    if request.param == "sqlite":
        return SQLiteState(tmp_path / "state.db"), SQLiteState(tmp_path / "state.db")
    url, prefix = request.getfixturevalue("redis_url"), f"web-{uuid.uuid4().hex}"
    return RedisState(url, prefix=prefix), RedisState(url, prefix=prefix)


def hashed(session: str) -> str:
    return "h" + session[::-1]


def test_a_session_issued_by_one_worker_is_known_to_another(stores: tuple[Any, Any]) -> None:
    a, b = stores
    issued = WebSessions(a, hashed).resolve(None)
    assert WebSessions(b, hashed).resolve(issued) == issued
    assert WebSessions(b, hashed).resolve("x" * 32) != "x" * 32, "never adopted: the server did not issue it"
    assert a.recall(f"web-session:{hashed(issued)}") == "1" and a.recall(f"web-session:{issued}") is None


def test_an_idle_session_expires_and_a_used_one_lives_on(tmp_path: Path) -> None:
    clock = [1000.0]
    store = SQLiteState(tmp_path / "s.db", clock=lambda: clock[0])
    sessions = WebSessions(store, hashed)
    used, idle = sessions.resolve(None), sessions.resolve(None)
    clock[0] += SESSION_SECONDS - 60
    assert sessions.resolve(used) == used
    clock[0] += 120
    assert sessions.resolve(used) == used, "each question extends it"
    assert sessions.resolve(idle) != idle


def test_redis_web_sessions_expire_by_themselves(redis_url: str) -> None:
    import redis

    store = RedisState(redis_url, prefix=f"web-{uuid.uuid4().hex}")
    session = WebSessions(store, hashed).resolve(None)
    ttl = redis.Redis.from_url(redis_url).ttl(store._key("memo", f"web-session:{hashed(session)}"))
    assert 0 < ttl <= SESSION_SECONDS


def test_a_session_from_one_server_is_kept_by_another_on_the_same_redis(data: Path, redis_url: str) -> None:
    shared = {"redis_url": redis_url, "redis_prefix": f"web-{uuid.uuid4().hex}"}
    with chat(data, **shared) as first:
        session = first.post("/api/ask", json={"q": BIZ_PORTAL}).json()["session"]
    with chat(data, **shared) as second:
        follow_up = second.post("/api/ask", json={"q": "แล้วเป้าหมายล่ะ", "session": session}).json()
    assert follow_up["session"] == session and "60" in follow_up["text"]


# ---- who may frame the page and call the API -----------------------------------------------------------
def test_by_default_only_the_pages_own_site_may_frame_it_or_call_the_api(client: TestClient) -> None:
    page = client.get("/")
    assert "frame-ancestors 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "SAMEORIGIN"
    own = fresh(client).post("/api/ask", json={"q": "HPP"}, headers={"origin": "http://testserver"})
    assert own.status_code == 200 and "access-control-allow-origin" not in own.headers
    elsewhere = {"origin": "https://evil.example"}
    assert fresh(client).post("/api/ask", json={"q": "HPP"}, headers=elsewhere).status_code == 403
    preflight = fresh(client).options("/api/ask", headers={**elsewhere, "access-control-request-method": "POST"})
    assert preflight.status_code == 403 and "access-control-allow-origin" not in preflight.headers
    browser_says_same = {"origin": "https://public.example", "sec-fetch-site": "same-origin"}
    assert fresh(client).post("/api/ask", json={"q": "HPP"}, headers=browser_says_same).status_code == 200


def test_allowed_origins_may_frame_the_page_and_call_the_api(data: Path) -> None:
    site = "https://www.example.go.th"
    with chat(data, address="10.5.0.1", web_allowed_origins=f"{site}, https://intranet.example:8443/") as client:
        page = client.get("/")
        preflight = client.options("/api/ask", headers={"origin": site, "access-control-request-method": "POST"})
        answered = client.post("/api/ask", json={"q": "HPP"}, headers={"origin": site})
        refused = client.post("/api/ask", json={"q": "HPP"}, headers={"origin": "https://evil.example"})
    policy = page.headers["content-security-policy"]
    assert f"frame-ancestors 'self' {site} https://intranet.example:8443" in policy
    assert "x-frame-options" not in page.headers
    assert preflight.status_code == 204 and preflight.headers["access-control-allow-origin"] == site
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "content-type" in preflight.headers["access-control-allow-headers"]
    assert answered.status_code == 200 and answered.headers["access-control-allow-origin"] == site
    assert answered.headers["vary"] == "origin"
    assert refused.status_code == 403


@pytest.mark.parametrize("origins", ["https://a.example; script-src *", "www.example.go.th", "https://a.example/path"])
def test_an_allowed_origin_that_is_not_an_origin_stops_the_server_at_start(origins: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="WEB_ALLOWED_ORIGINS"):
        create_app(Settings(data_dir=tmp_path, web_allowed_origins=origins))


# ---- charts -----------------------------------------------------------------------------------------
def png_size(body: bytes) -> tuple[int, int]:
    assert body.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(body))
    image.verify()
    return image.size


def test_a_records_chart_and_the_overview_are_pngs(client: TestClient) -> None:
    for url in ("/charts/biz-portal.png", "/charts/biz-portal.png?lang=en", "/charts/overview.png"):
        response = client.get(url)
        assert response.status_code == 200 and response.headers["content-type"] == "image/png"
        width, height = png_size(response.content)
        assert width >= 300 and height >= 150
        assert client.get(url, headers={"if-none-match": response.headers["etag"]}).status_code == 304
    assert client.get("/charts/no-such-record.png").status_code == 404
    assert client.get("/charts/..%2Fstate.png").status_code == 404


def test_charts_are_drawn_again_after_a_reload(folders: tuple[Path, Path], tmp_path: Path) -> None:
    knowledge, intents = folders
    token = "reload-" + uuid.uuid4().hex
    settings = {"knowledge_dir": knowledge, "intents_dir": intents, "admin_token": token}
    with chat(tmp_path / "data", address="10.6.0.1", **settings) as client:
        before = client.get("/charts/biz-portal.png")
        (path,) = [p for p in knowledge.rglob("*.yaml") if "id: biz-portal" in p.read_text(encoding="utf-8")]
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(id: biz-portal\n(?:.*\n)*?\s+value: )35\b", r"\g<1>41", text, count=1), "utf-8")
        assert path.read_text(encoding="utf-8") != text
        reloaded = client.post("/admin/reload", headers={"authorization": f"Bearer {token}"})
        assert reloaded.status_code == 200, reloaded.text
        after = client.get("/charts/biz-portal.png", headers={"if-none-match": before.headers["etag"]})
    assert after.status_code == 200 and after.headers["etag"] != before.headers["etag"]
    assert png_size(after.content) and after.content != before.content
