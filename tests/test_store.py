"""The compiled SQLite knowledge: built whole, swapped atomically, searched safely, kept when files break."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from bot.core import store
from bot.core.loader import Bundle, BundleError
from bot.core.types import Inbound
from bot.runtime import load_engine
from bot.settings import Settings


@pytest.fixture
def built(tmp_path: Path, bundle: Bundle, engine) -> Path:
    path = tmp_path / "kb.db"
    store.build(bundle, path, engine.nlu.words)
    return path


def test_build_writes_a_table_per_kind_of_fact(built: Path, bundle: Bundle) -> None:
    db = sqlite3.connect(built)
    tables = {r[0] for r in db.execute("select name from sqlite_master where type = 'table'")}
    assert {"records", "figures", "aliases", "sections", "details", "search", "search_fts", "meta"} <= tables
    assert db.execute("select count(*) from records").fetchone()[0] == len(bundle.records)
    assert db.execute("select value from figures where record_id = 'ita'").fetchone()[0] == 81.25
    assert list(built.parent.glob("*.tmp")) == []


def test_the_database_reads_back_the_same_knowledge(built: Path, bundle: Bundle) -> None:
    again = store.read(built)
    assert again.version == bundle.version and again.records == bundle.records and again.intents == bundle.intents


def test_full_text_search_finds_thai_words(built: Path) -> None:
    assert store.Search(built).closest(["ทุ่งหน่วงน้ำ", "บางระกำ"])[0] == "bang-rakam"


@pytest.mark.parametrize("words", [['"'], ["AND"], ["NEAR(a", "b)"], ["body:x"], ["*"], ["-", "^"], ["OR", "NOT"]])
def test_user_text_is_never_read_as_fts_syntax(built: Path, words: list[str]) -> None:
    store.Search(built).closest(words)


def test_a_reader_keeps_its_knowledge_while_a_new_build_is_swapped_in(built: Path, bundle: Bundle, engine) -> None:
    reader = store.Search(built)
    before = reader.closest(["บางระกำ"])
    kept = tuple(r for r in bundle.records if r.id != "bang-rakam")
    smaller = dataclasses.replace(bundle, records=kept, version="v2")
    store.build(smaller, built, engine.nlu.words)
    assert reader.closest(["บางระกำ"]) == before
    assert store.Search(built).closest(["บางระกำ"]) != before
    assert store.version_of(built) == "v2"


def test_broken_files_keep_the_last_good_knowledge_serving(folders: tuple[Path, Path], tmp_path: Path) -> None:
    knowledge, intents = folders
    settings = Settings(knowledge_dir=knowledge, intents_dir=intents, data_dir=tmp_path / "data")
    good = load_engine(settings)
    assert not good.on_last_good
    (knowledge / "strategy1_services.yaml").write_text("records: [oops", encoding="utf-8")
    broken = load_engine(settings)
    assert broken.on_last_good and broken.engine.version == good.engine.version
    assert "strategy1_services.yaml" in str(broken.problems[0])
    assert "84.81" in broken.engine.handle(Inbound("ความพึงพอใจ", "s")).text


def test_broken_files_with_no_earlier_build_refuse_to_start(folders: tuple[Path, Path], tmp_path: Path) -> None:
    knowledge, intents = folders
    (knowledge / "letter.yaml").write_text("", encoding="utf-8")
    with pytest.raises(BundleError):
        load_engine(Settings(knowledge_dir=knowledge, intents_dir=intents, data_dir=tmp_path / "empty"))


def test_a_damaged_database_is_rebuilt(folders: tuple[Path, Path], tmp_path: Path) -> None:
    knowledge, intents = folders
    data = tmp_path / "data"
    data.mkdir()
    (data / "knowledge.db").write_bytes(b"not a database")
    loaded = load_engine(Settings(knowledge_dir=knowledge, intents_dir=intents, data_dir=data))
    assert store.version_of(data / "knowledge.db") == loaded.engine.version
