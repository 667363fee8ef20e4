"""Admins and operations: rate limits, admin rights, the question log, live reload and crash safety."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
from pathlib import Path

from starlette.testclient import TestClient

from bot.core import store
from bot.core.types import Inbound
from bot.reports import group_unanswered, unanswered_report, usage_report
from bot.runtime import load_engine
from bot.service import Knowledge, Service
from bot.settings import Settings
from bot.state import SQLiteState
from bot.web import create_app
from tests.conftest import ROOT

NEW_RECORD = """
  - id: smart-city-award
    kind: award
    sections: ["3.1.1.2 (6)"]
    year: 2564
    name: {th: รางวัลเมืองอัจฉริยะ, en: the Smart City Award}
    aliases: [รางวัลเมืองอัจฉริยะ, Smart City Award]
    text:
      th: รางวัลเมืองอัจฉริยะมอบให้ 7 เมือง
      en: The Smart City Award went to 7 cities.
"""


def make(folders: tuple[Path, Path], tmp_path: Path, **extra: object) -> Service:
    knowledge, intents = folders
    settings = Settings(knowledge_dir=knowledge, intents_dir=intents, data_dir=tmp_path / "data", **extra)
    state = SQLiteState(settings.data_dir / "state.db")
    return Service(settings, state, Knowledge(settings, state))


def ask(service: Service, text: str, user: str = "U1", channel: str = "line"):
    return asyncio.run(service.ask(Inbound(text, f"{channel}:{user}", channel, user_id=user)))


def test_a_fast_sender_is_slowed_down_and_others_are_not(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path, rate_limit_per_minute=3)
    replies = [ask(service, "ITA ได้กี่คะแนน") for _ in range(4)]
    assert [r.intent for r in replies][-1] == "rate_limited" and "81.25" in replies[0].text
    assert "ถามเร็วไป" in replies[-1].text
    assert "81.25" in ask(service, "ITA ได้กี่คะแนน", user="U2").text


def test_the_greeting_counts_against_no_rate_limit_and_logs_nothing(folders, tmp_path: Path) -> None:
    """The web page greets on every load: that must not spend the visitor's questions."""
    service = make(folders, tmp_path, rate_limit_per_minute=2)
    greetings = [service.greeting(Inbound("/start", "web:tab", "web", lang="en")) for _ in range(5)]
    assert all(g.intent == "greeting" and g.lang == "en" for g in greetings)
    answers = [asyncio.run(service.ask(Inbound("ITA ได้กี่คะแนน", "web:tab", "web"))) for _ in range(2)]
    assert all(a is not None and "81.25" in a.text for a in answers)
    assert len(service.state.events(0)) == 2, "the log holds the questions, not the greetings"


def test_admin_commands_need_an_admin_and_refusals_are_logged(folders, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.WARNING)
    service = make(folders, tmp_path, admin_line_user_ids="Uadmin, Uother")
    refused = ask(service, "/reload", user="Ustranger")
    assert refused.intent == "admin_refused" and "ผู้ดูแลระบบ" in refused.text
    assert any("/reload refused" in r.getMessage() and "Ustranger" not in r.getMessage() for r in caplog.records)
    assert ask(service, "/reload", user="Uadmin").text.startswith("reloaded: version")
    assert ask(service, "/stats", user="Uadmin").intent == "admin"
    assert ask(service, "/reload", user="Uadmin", channel="telegram").intent == "admin_refused"


def test_an_empty_admin_list_means_nobody_is_an_admin(folders, tmp_path: Path) -> None:
    assert ask(make(folders, tmp_path), "/reload", user="").intent == "admin_refused"


def test_unanswered_questions_are_logged_without_names_or_raw_ids(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path)
    ask(service, "ราคาทองวันนี้เท่าไหร่", user="U-secret-id")
    ask(service, "ราคาทองวันนี้เท่าไร", user="U-secret-id")
    ask(service, "ITA ได้กี่คะแนน", user="U-secret-id")
    events = service.state.events(0)
    assert [e.fallback for e in events] == [True, True, False]
    assert len({e.user for e in events}) == 1 and "U-secret-id" not in json.dumps([e.user for e in events])
    raw = (tmp_path / "data" / "state.db").read_bytes()
    assert b"U-secret-id" not in raw
    (group,) = group_unanswered(events)
    assert group[0] == 2
    assert "2  " in unanswered_report(events) and "fallback rate: 66.7% of 3 questions" in usage_report(events)


def test_a_long_message_is_logged_cut_to_a_questions_length(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path)
    ask(service, "ITA ได้กี่คะแนน " + "report " * 700, user="U-long")
    (event,) = service.state.events(0)
    assert len(event.text) <= 300, len(event.text)


def test_the_question_log_is_kept_for_the_configured_days(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path, question_log_days=1)
    ask(service, "หวยงวดนี้")
    assert service.prune() == 0
    service.settings = service.settings.model_copy(update={"question_log_days": -1})
    assert service.prune() == 1


def test_reload_serves_new_knowledge_and_reports_the_changes(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path)
    before = service.knowledge.version
    path = folders[0] / "pdr-2564" / "strategy1_services.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NEW_RECORD, encoding="utf-8")
    result = asyncio.run(service.knowledge.reload())
    assert (
        result.ok and result.version != before and result.changes == {"award": {"added": 1, "changed": 0, "removed": 0}}
    )
    assert "7 เมือง" in ask(service, "รางวัลเมืองอัจฉริยะมีกี่เมือง").text
    assert service.state.version() == result.version


def test_a_bad_file_changes_nothing_and_names_the_problem(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path)
    before = service.knowledge.version
    (folders[0] / "zz.yaml").write_text("records:\n  - id: x\n", encoding="utf-8")
    result = asyncio.run(service.knowledge.reload())
    assert not result.ok and service.knowledge.version == before
    assert any(p.file.endswith("zz.yaml") and p.line == 2 for p in result.problems)
    assert "81.25" in ask(service, "ITA ได้กี่คะแนน").text


def test_two_reloads_at_once_leave_one_consistent_knowledge(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path)

    async def both():
        return await asyncio.gather(service.knowledge.reload(), service.knowledge.reload())

    first, second = asyncio.run(both())
    assert first.ok and second.ok and first.version == second.version == service.knowledge.version
    assert store.version_of(service.settings.db_path) == service.knowledge.version
    assert list(service.settings.db_path.parent.glob(".*.tmp")) == []


def test_a_crash_in_the_middle_of_a_build_leaves_the_last_good_knowledge(folders, tmp_path: Path) -> None:
    knowledge, intents = folders
    settings = Settings(knowledge_dir=knowledge, intents_dir=intents, data_dir=tmp_path / "data")
    good = load_engine(settings).engine.version
    before = settings.db_path.read_bytes()
    path = knowledge / "pdr-2564" / "strategy1_services.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NEW_RECORD, encoding="utf-8")
    killer = f"""
import os, signal, sqlite_utils.db
from pathlib import Path
from bot.settings import Settings
from bot.runtime import load_engine
real = sqlite_utils.db.Table.insert_all
def insert_all(self, *a, **k):
    if self.name == "search":
        os.kill(os.getpid(), signal.SIGKILL)  # the process dies mid-build
    return real(self, *a, **k)
sqlite_utils.db.Table.insert_all = insert_all
load_engine(Settings(knowledge_dir=Path({str(knowledge)!r}), intents_dir=Path({str(intents)!r}),
                     data_dir=Path({str(settings.data_dir)!r})))
"""
    result = subprocess.run([sys.executable, "-c", killer], cwd=ROOT, capture_output=True, timeout=120)
    assert result.returncode == -9
    assert settings.db_path.read_bytes() == before and store.version_of(settings.db_path) == good
    restarted = load_engine(settings)  # the files are valid: the restart builds the new version whole
    assert restarted.engine.version != good and store.version_of(settings.db_path) == restarted.engine.version


def test_admin_reload_endpoint_needs_the_bearer_token(folders, tmp_path: Path) -> None:
    knowledge, intents = folders
    settings = Settings(
        knowledge_dir=knowledge, intents_dir=intents, data_dir=tmp_path / "data", admin_token="let-me-in-please"
    )
    with TestClient(create_app(settings)) as client:
        assert client.post("/admin/reload").status_code == 401
        assert client.post("/admin/reload", headers={"authorization": "Bearer wrong"}).status_code == 401
        ok = client.post("/admin/reload", headers={"authorization": "Bearer let-me-in-please"})
        assert ok.status_code == 200 and ok.json()["problems"] == []
        (knowledge / "zz.yaml").write_text("records: [", encoding="utf-8")
        bad = client.post("/admin/reload", headers={"authorization": "Bearer let-me-in-please"})
        assert bad.status_code == 422 and bad.json()["problems"][0]["file"].endswith("zz.yaml")
        assert client.get("/healthz").json()["knowledge_version"] == ok.json()["version"]


def test_no_admin_token_means_the_endpoint_is_closed(folders, tmp_path: Path) -> None:
    knowledge, intents = folders
    settings = Settings(knowledge_dir=knowledge, intents_dir=intents, data_dir=tmp_path / "data")
    with TestClient(create_app(settings)) as client:
        assert client.post("/admin/reload", headers={"authorization": "Bearer "}).status_code == 401


def test_report_commands_read_the_question_log(folders, tmp_path: Path, capsys) -> None:
    from bot.cli import main

    service = make(folders, tmp_path)
    ask(service, "ราคาทองวันนี้")
    assert main(["report", "unanswered", "--data", str(tmp_path / "data")]) == 0
    assert "ราคาทองวันนี้" in capsys.readouterr().out
    assert main(["report", "usage", "--data", str(tmp_path / "data"), "--days", "1"]) == 0
    assert "fallback rate: 100.0% of 1 questions" in capsys.readouterr().out


def test_watch_mode_reloads_when_a_file_changes(folders, tmp_path: Path) -> None:
    import time

    knowledge, intents = folders
    settings = Settings(knowledge_dir=knowledge, intents_dir=intents, data_dir=tmp_path / "data", watch=True)
    with TestClient(create_app(settings)) as client:
        before = client.get("/healthz").json()["knowledge_version"]
        path = knowledge / "pdr-2564" / "strategy1_services.yaml"
        path.write_text(path.read_text(encoding="utf-8") + NEW_RECORD, encoding="utf-8")
        deadline = time.monotonic() + 20
        while client.get("/healthz").json()["knowledge_version"] == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert client.get("/healthz").json()["knowledge_version"] != before


def test_a_question_in_flight_finishes_on_the_knowledge_it_started_with(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path)
    old_engine = service.knowledge.engine
    path = folders[0] / "pdr-2564" / "strategy3_efficiency.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("81.25 คะแนน เพิ่มขึ้น", "81.25 คะแนน (แก้ไข) เพิ่มขึ้น"), encoding="utf-8"
    )
    asyncio.run(service.knowledge.reload())
    assert service.knowledge.engine is not old_engine
    assert "(แก้ไข)" not in old_engine.handle(Inbound("ITA ได้กี่คะแนน", "inflight")).text
    assert "(แก้ไข)" in ask(service, "ITA ได้กี่คะแนน").text


def test_events_and_typed_commands_stay_out_of_the_question_log(folders, tmp_path: Path) -> None:
    service = make(folders, tmp_path)
    asyncio.run(service.ask(Inbound("", "line:U1", "line", user_id="U1", event="follow")))
    ask(service, "/start")
    ask(service, "ITA ได้กี่คะแนน")
    assert [e.text for e in service.state.events(0)] == ["ita ได้กี่คะแนน"]
