"""The web chat in a real browser: Debian's headless Chromium, driven by Playwright, against the running
server. Screenshots are kept in test-artifacts/ (git-ignored). Skipped where /usr/bin/chromium is missing
(.ci/run installs it)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.webapp import Running, serve

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail("chromium is required in CI: .ci/run installs it", pytrace=False)
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright  # noqa: E402

ARTIFACTS = ROOT / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BIZ_PORTAL = "Biz Portal มีกี่ใบอนุญาต"  # 35 of a target of 60: 58.33%
BEHIND = "ตัวชี้วัดไหนยังไม่ถึงเป้า"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """The server, with rate limits every tab here (all from 127.0.0.1) stays within."""
    limits = {"rate_limit_per_minute": 10_000, "web_address_rate_limit_per_minute": 10_000}
    with serve(tmp_path_factory.mktemp("data"), **limits) as running:
        yield running


@pytest.fixture
def page(browser: Browser, server: Running, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A new tab at the chat, greeted; any Content-Security-Policy complaint or script error fails the test.
    Its last screen is saved as test-artifacts/<test name>.png."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="th-TH")
    tab = context.new_page()
    complaints: list[str] = []
    tab.on("console", lambda m: complaints.append(m.text) if _complaint(m) else None)
    tab.on("pageerror", lambda e: complaints.append(str(e)))
    tab.goto(server.url + "/")
    expect(tab.locator(".msg.bot")).to_have_count(1)  # the greeting
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=ARTIFACTS / (re.sub(r"[^\w.-]+", "_", request.node.name) + ".png"))
    context.close()
    assert complaints == []


def _complaint(message: ConsoleMessage) -> bool:
    return message.type == "error" or "Content Security Policy" in message.text


def ask(page: Page, question: str) -> None:
    """Type the question and press Enter; wait for its answer."""
    answers = page.locator(".msg.bot").count()
    page.get_by_label("คำถามของคุณ").fill(question)
    page.keyboard.press("Enter")
    expect(page.locator(".msg.bot")).to_have_count(answers + 1)


def last_answer(page: Page):
    return page.locator(".msg.bot").last


def test_asking_shows_the_answer_and_its_source(page: Page) -> None:
    ask(page, BIZ_PORTAL)
    expect(page.locator(".msg.you .text").last).to_have_text(BIZ_PORTAL)
    expect(last_answer(page).locator(".text")).to_contain_text("58.33")
    expect(last_answer(page).locator(".sources")).to_contain_text("3.1.1.1 (2)")


def test_tapping_a_suggestion_asks_it(page: Page) -> None:
    ask(page, BIZ_PORTAL)
    button = last_answer(page).locator(".suggestion").first
    question = button.text_content()
    assert question
    button.click()
    expect(page.locator(".msg.you .text").last).to_have_text(question)
    expect(page.locator(".msg.bot")).to_have_count(3)


def test_an_indicator_answer_shows_a_progress_bar_as_wide_as_its_share_of_the_target(page: Page) -> None:
    ask(page, BIZ_PORTAL)
    track = last_answer(page).get_by_role("progressbar")
    expect(track).to_have_attribute("aria-valuenow", "58.33")
    share = track.evaluate("t => t.firstElementChild.getBoundingClientRect().width / t.getBoundingClientRect().width")
    assert share == pytest.approx(35 / 60, abs=0.015)
    chart = last_answer(page).locator(".chart img")
    expect(chart).to_have_attribute("src", "/charts/biz-portal.png")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=chart.element_handle())


def test_a_list_answer_shows_a_table_in_place_of_its_listed_lines(page: Page) -> None:
    """After a card, on a tall screen, so its screenshot shows both (docs/web-chat.png is copied from it)."""
    page.set_viewport_size({"width": 420, "height": 2300})
    ask(page, BIZ_PORTAL)
    ask(page, BEHIND)
    rows = last_answer(page).locator("table tbody tr")
    assert rows.count() >= 5
    expect(rows.first.locator("th")).to_have_text("ความพึงพอใจ")
    expect(rows.first.locator("td").last).to_have_text("99.78%")
    text = last_answer(page).locator(".text").all_inner_texts()
    assert "ตัวชี้วัดที่ยังไม่ถึงเป้า" in text[0] and not any("• ความพึงพอใจ" in t for t in text)
    expect(last_answer(page).locator(".text").last).to_contain_text("ไม่มีค่าเป้าหมายในรายงาน")
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize(
    "question", ["<script>window.__pwned = 1</script>", '<img src="x" onerror="window.__pwned = 1">']
)
def test_markup_in_a_question_is_shown_as_text_and_never_runs(page: Page, question: str) -> None:
    ask(page, question)
    expect(page.locator(".msg.you .text").last).to_have_text(question)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#log script, #log img:not(.chart img)").count() == 0


def test_a_narrow_phone_screen_never_scrolls_sideways(browser: Browser, server: Running) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(server.url + "/")
    expect(page.locator(".msg.bot")).to_have_count(1)
    for question in (BIZ_PORTAL, BEHIND, "ความพึงพอใจของประชาชนเท่าไหร่"):
        ask(page, question)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "narrow-360px.png", full_page=True)
    context.close()


def test_the_chat_works_by_keyboard_alone_with_the_focus_visible(page: Page) -> None:
    for _ in range(10):  # from the top of the page, Tab reaches the question box
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "question":
            break
    assert page.evaluate("document.activeElement.id") == "question"
    page.keyboard.type(BIZ_PORTAL)
    page.keyboard.press("Enter")
    expect(page.locator(".msg.bot")).to_have_count(2)
    page.locator(".msg.bot").last.locator(".suggestion").first.focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    page.keyboard.press("Enter")
    expect(page.locator(".msg.bot")).to_have_count(3)
    assert outline != "none"


def contrast(rgb: str, against: tuple[int, int, int] = (255, 255, 255)) -> float:
    """WCAG's contrast ratio of a CSS "rgb(r, g, b)" colour against another (white by default)."""

    def luminance(channels: tuple[int, ...]) -> float:
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (x / 255 for x in channels)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    colour = tuple(int(n) for n in re.findall(r"\d+", rgb)[:3])
    lighter, darker = sorted((luminance(colour), luminance(against)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_focus_ring_stands_out_from_the_white_page(page: Page) -> None:
    """WCAG 1.4.11: at least 3:1 against what is next to it."""
    page.get_by_label("คำถามของคุณ").focus()
    page.keyboard.press("Tab")  # to the send button, by keyboard, so :focus-visible applies
    colour = page.evaluate("getComputedStyle(document.activeElement).outlineColor")
    assert contrast(colour) >= 3, colour


def test_the_conversation_is_announced_to_screen_readers(page: Page) -> None:
    log = page.get_by_role("log", name="บทสนทนา")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(page.get_by_role("button", name="ถาม", exact=True)).to_be_visible()
    # the log's state each time a message is added: a busy live region may be read out late or not at all
    page.evaluate(
        """() => {
          window.__busy = [];
          new MutationObserver(() => window.__busy.push(document.getElementById("log").getAttribute("aria-busy")))
            .observe(document.getElementById("log"), { childList: true });
        }"""
    )
    ask(page, BIZ_PORTAL)
    expect(log.locator(".msg.bot").last.locator(".visually-hidden")).to_have_text("น้องเลิศ: ")
    assert page.evaluate("window.__busy") and all(b is None for b in page.evaluate("window.__busy"))


def test_each_answer_says_its_language_so_it_is_read_in_the_right_voice(page: Page) -> None:
    ask(page, "show me a chart of ITA")
    expect(last_answer(page)).to_have_attribute("lang", "en")
    ask(page, BIZ_PORTAL)
    expect(last_answer(page)).to_have_attribute("lang", "th")


def test_the_english_page_greets_in_english(browser: Browser, server: Running) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.url + "/?lang=en")
    greeting = page.locator(".msg.bot")
    expect(greeting).to_have_count(1)
    expect(greeting.locator(".text")).to_contain_text("Hello")
    expect(greeting).to_have_attribute("lang", "en")
    context.close()


def test_a_second_tab_has_its_own_session(browser: Browser, server: Running) -> None:
    context = browser.new_context()
    first, second = context.new_page(), context.new_page()
    for tab in (first, second):
        tab.goto(server.url + "/")
        expect(tab.locator(".msg.bot")).to_have_count(1)
    greeted = [tab.evaluate("sessionStorage.getItem('nonglert-session')") for tab in (first, second)]
    ask(first, BIZ_PORTAL)
    followed = []
    for tab in (first, second):  # the same follow-up: only the tab that asked about Biz Portal gets its target
        ask(tab, "แล้วเป้าหมายล่ะ")
        followed.append(tab.locator(".msg.bot .text").last.inner_text())
    sessions = [tab.evaluate("sessionStorage.getItem('nonglert-session')") for tab in (first, second)]
    context.close()
    assert greeted == [None, None], "the greeting issues no session: the first question does"
    assert all(sessions) and sessions[0] != sessions[1]
    assert "60 ใบอนุญาต" in followed[0] and "60 ใบอนุญาต" not in followed[1]
