"""The web chat's HTTP side: the page and its files, POST /api/ask, sessions, limits, who may frame or call
it, and the chart images. Browser behaviour is in tests/test_web_browser.py."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import re
import socket
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PIL import Image
from starlette.testclient import TestClient

from bot.settings import Settings
from bot.state import RedisState, SQLiteState
from bot.web import create_app
from bot.webchat.routes import client_network
from bot.webchat.sessions import SESSION_SECONDS, WebSessions
from tests.test_promises import early_in_a_minute, stored_text_redis, stored_text_sqlite
from tests.webapp import Running, serve

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
    assert client.get("/web/routes.py").status_code == 404


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """The app under uvicorn, for requests httpx would rewrite before sending."""
    with serve(tmp_path_factory.mktemp("served")) as running:
        yield running


def raw_get(url: str, target: str) -> tuple[int, bytes]:
    """GET `target` exactly as written, dots and all: httpx normalises "/web/../web.py" to "/web.py"."""
    server = urlsplit(url)
    assert server.hostname and server.port
    with socket.create_connection((server.hostname, server.port), timeout=10) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: {server.netloc}\r\nConnection: close\r\n\r\n".encode())
        response = b"".join(iter(lambda: conn.recv(65536), b""))
    head, _, body = response.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.parametrize(
    "target", ["/web/../web.py", "/web/%2e%2e/web.py", "/web/..%2fweb.py", "/web/fonts/../../web.py"]
)
def test_a_path_climbing_out_of_the_web_folder_reaches_the_route_and_gets_404(served: Running, target: str) -> None:
    assert raw_get(served.url, "/web/app.js")[0] == 200, "the raw request itself works"
    status, body = raw_get(served.url, target)
    assert status == 404 and json.loads(body) == {"error": "not found"}, "the asset route's own 404, not a file"


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


def test_the_english_page_is_greeted_in_english(client: TestClient) -> None:
    """The page sends its own language with /start, which has no words to tell it from."""
    english = fresh(client).post("/api/ask", json={"q": "/start", "session": None, "lang": "en"}).json()
    thai = fresh(client).post("/api/ask", json={"q": "/start", "session": None, "lang": "th"}).json()
    unsaid = fresh(client).post("/api/ask", json={"q": "/start", "session": None}).json()
    assert english["intent"] == "greeting" and english["lang"] == "en" and english["text"].startswith("Hello")
    assert thai["lang"] == unsaid["lang"] == "th" and thai["text"] == unsaid["text"] != english["text"]
    assert english["suggestions"] != thai["suggestions"]
    typed = fresh(client).post("/api/ask", json={"q": "/help", "lang": "en"}).json()
    assert typed["intent"] == "help" and typed["lang"] == "en", "a typed command too"
    question = fresh(client).post("/api/ask", json={"q": BIZ_PORTAL, "lang": "en"}).json()
    assert question["lang"] == "th", "a question is answered in its own language"


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
        b'{"q": "/start", "lang": "fr"}',
        b'{"q": "/start", "lang": 5}',
        b'{"q": "/start", "lang": ["en"]}',
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
    with chat(data, address="10.3.0.1", web_address_rate_limit_per_minute=3) as client:
        early_in_a_minute()
        statuses = [client.post("/api/ask", json={"q": "HPP"}).status_code for _ in range(5)]
        elsewhere = another(client, "10.3.0.2").post("/api/ask", json={"q": "HPP"}).status_code
    assert statuses == [200, 200, 200, 429, 429] and elsewhere == 200


def test_the_address_limit_is_its_own_setting_larger_than_a_sessions() -> None:
    defaults = Settings()
    assert defaults.web_address_rate_limit_per_minute >= 5 * defaults.rate_limit_per_minute


def session_rows(data: Path) -> int:
    """The web sessions the SQLite state store holds."""
    with contextlib.closing(sqlite3.connect(data / "state.db")) as db:
        return db.execute("select count(*) from memo where key like 'web-session:%'").fetchone()[0]


def test_a_refused_request_issues_and_stores_no_session(tmp_path: Path) -> None:
    with chat(tmp_path, address="10.3.1.1", web_address_rate_limit_per_minute=3) as client:
        early_in_a_minute()
        answers = [client.post("/api/ask", json={"q": "HPP", "session": None}) for _ in range(8)]
        kept = answers[0].json()["session"]
        refused_known = client.post("/api/ask", json={"q": "HPP", "session": kept}).json()
        refused_stranger = client.post("/api/ask", json={"q": "HPP", "session": "x" * 32}).json()
    assert [a.status_code for a in answers] == [200] * 3 + [429] * 5
    assert all(a.json()["session"] is None for a in answers[3:]), "no session minted for a refusal"
    assert refused_known["session"] == kept and refused_stranger["session"] is None, "only a known one echoed"
    assert session_rows(tmp_path) <= 3


@pytest.mark.parametrize(
    ("host", "counted_as"),
    [
        ("10.0.0.1", "10.0.0.1"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("::ffff:10.0.0.1", "10.0.0.1"),
        ("testclient", "testclient"),
    ],
)
def test_an_ipv6_client_is_counted_by_its_64(host: str, counted_as: str) -> None:
    assert client_network(host) == counted_as


def test_addresses_in_one_ipv6_64_share_one_limit(data: Path) -> None:
    with chat(data, address="2001:db8:7:1::1", web_address_rate_limit_per_minute=2) as client:
        early_in_a_minute()
        statuses = [
            another(client, f"2001:db8:7:1::{n:x}").post("/api/ask", json={"q": "HPP"}).status_code
            for n in (1, 0xBEEF, 0xFFFF)
        ]
        next_64 = another(client, "2001:db8:7:2::1").post("/api/ask", json={"q": "HPP"}).status_code
    assert statuses == [200, 200, 429] and next_64 == 200


def test_the_pages_opening_greeting_counts_against_no_limit_and_issues_no_session(tmp_path: Path) -> None:
    limits = {"rate_limit_per_minute": 2, "web_address_rate_limit_per_minute": 2}
    with chat(tmp_path, address="10.3.2.1", **limits) as client:
        early_in_a_minute()
        greetings = [client.post("/api/ask", json={"q": "/start", "session": None}) for _ in range(5)]
        session = client.post("/api/ask", json={"q": "HPP"}).json()["session"]
        again = client.post("/api/ask", json={"q": "/start", "session": session}).json()
        asked = client.post("/api/ask", json={"q": "HPP", "session": session}).status_code
    assert all(g.status_code == 200 and g.json()["intent"] == "greeting" for g in greetings)
    assert all(g.json()["session"] is None for g in greetings) and again["session"] == session
    assert asked == 200, "two questions: within both limits of 2"
    assert session_rows(tmp_path) == 1


def address_hash(salt: str, address: str) -> str:
    """What the question log once held for a web visitor: the salted hash of its address, which trying
    every IPv4 address undoes."""
    return hashlib.sha256(f"{salt}:web:{address}".encode()).hexdigest()[:16]


@pytest.mark.parametrize("store", ["sqlite", "redis"])
def test_no_session_id_or_address_is_stored_raw_or_hashed(
    store: str, tmp_path: Path, request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    address = "10.4.0.77"
    settings: dict[str, Any] = {}
    if store == "redis":
        settings = {"redis_url": request.getfixturevalue("redis_url"), "redis_prefix": f"web-{uuid.uuid4().hex[:8]}"}
    with chat(tmp_path, address=address, **settings) as client:
        session = client.post("/api/ask", json={"q": BIZ_PORTAL}).json()["session"]
        client.post("/api/ask", json={"q": "แล้วเป้าหมายล่ะ", "session": session})
        client.post("/api/ask", json={"q": "/reload", "session": session})  # logged as refused, with its user
        state = client.app.state.server.service.state  # type: ignore[attr-defined]
        salt = state.salt()
    if store == "redis":
        dump = stored_text_redis(settings["redis_url"], settings["redis_prefix"])
    else:
        dump = stored_text_sqlite(tmp_path)
    assert "biz-portal" in dump, "the context was kept"
    assert session not in dump and address not in dump
    assert address_hash(salt, address) not in dump and address_hash(salt, address) not in caplog.text
    user = hashlib.sha256(f"{salt}:web:web:{session}".encode()).hexdigest()[:16]
    assert user in dump, "the question log's user is the hash of the random session"


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
    issued = WebSessions(a, hashed).new()
    assert WebSessions(b, hashed).known(issued) is None, "not known until a question in it is answered"
    WebSessions(a, hashed).keep(issued)
    assert WebSessions(b, hashed).known(issued) == issued
    assert WebSessions(b, hashed).known("x" * 32) is None, "never adopted: the server did not issue it"
    assert a.recall(f"web-session:{hashed(issued)}") == "1" and a.recall(f"web-session:{issued}") is None


def test_an_idle_session_expires_and_a_used_one_lives_on(tmp_path: Path) -> None:
    clock = [1000.0]
    store = SQLiteState(tmp_path / "s.db", clock=lambda: clock[0])
    sessions = WebSessions(store, hashed)
    used, idle = sessions.new(), sessions.new()
    sessions.keep(used)
    sessions.keep(idle)
    clock[0] += SESSION_SECONDS - 60
    assert sessions.known(used) == used
    sessions.keep(used)
    clock[0] += 120
    assert sessions.known(used) == used, "each answered question extends it"
    assert sessions.known(idle) is None


def test_redis_web_sessions_expire_by_themselves(redis_url: str) -> None:
    import redis

    store = RedisState(redis_url, prefix=f"web-{uuid.uuid4().hex}")
    session = WebSessions(store, hashed).new()
    WebSessions(store, hashed).keep(session)
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
