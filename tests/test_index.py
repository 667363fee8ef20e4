"""The understanding index is built once per knowledge version and saved beside the database: a start on a
current build reads it instead of parsing YAML, and answers exactly as a fresh build does."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
import yaml

import bot.runtime
from bot.core import store
from bot.core.engine import Engine
from bot.core.loader import load_bundle
from bot.core.nlu import COMMON_CLUE_RECORDS, Understander
from bot.core.types import Inbound
from bot.runtime import load_engine
from bot.settings import Settings
from tests.conftest import DATA, LATER_YEARS, load_questions


def settings_for(folders: tuple[Path, Path], data: Path) -> Settings:
    return Settings(knowledge_dir=folders[0], intents_dir=folders[1], data_dir=data)


def test_a_current_build_starts_from_its_index_without_parsing_yaml(
    folders: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_for(folders, tmp_path)
    load_engine(settings)  # the first start builds the database and the index
    assert settings.index_path.exists()

    def no_yaml(*args: object) -> None:
        raise AssertionError("the YAML files were parsed although the build is current")

    monkeypatch.setattr(bot.runtime, "load_bundle", no_yaml)
    assert load_engine(settings).engine.handle(Inbound("ITA ได้กี่คะแนน", "s")).record_id == "ita"


def test_the_loaded_index_answers_exactly_as_a_fresh_build(folders: tuple[Path, Path], tmp_path: Path) -> None:
    settings = settings_for(folders, tmp_path)
    load_engine(settings)
    loaded = load_engine(settings).engine
    fresh = Engine(load_bundle(*folders), search=store.Search(settings.db_path))
    questions = [item["q"] for item in load_questions(DATA / "heldout.jsonl")]
    for question in questions:
        session = uuid.uuid4().hex
        a, b = loaded.handle(Inbound(question, session)), fresh.handle(Inbound(question, session))
        assert (a.text, a.record_id, a.confidence) == (b.text, b.record_id, b.confidence), question


def test_a_changed_file_makes_the_index_stale(folders: tuple[Path, Path], tmp_path: Path) -> None:
    settings = settings_for(folders, tmp_path)
    first = load_engine(settings).engine.version
    path = folders[0] / "pdr-2564" / "letter.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    second = load_engine(settings).engine
    assert second.version != first and second.version == load_bundle(*folders).version


def test_an_index_saved_by_other_code_is_rebuilt_not_served(
    folders: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_for(folders, tmp_path)
    load_engine(settings)
    assert bot.runtime._current(settings) is not None
    monkeypatch.setattr(store, "code_version", lambda: "another-release")
    assert bot.runtime._current(settings) is None, "a changed weight or a new field would be served stale"


def as_if_an_older_release_wrote(db_path: Path) -> None:
    """The database as a release before figure_values would have left it."""
    db = sqlite3.connect(db_path)
    db.execute("drop table figure_values")
    db.execute("update meta set value = 'another-release' where key = 'code'")
    db.commit()
    db.close()


def test_a_database_written_by_other_code_is_rebuilt_not_served(folders: tuple[Path, Path], tmp_path: Path) -> None:
    """A release that adds a table (figure_values) must not serve an older release's database of the same
    knowledge."""
    settings = settings_for(folders, tmp_path)
    load_engine(settings)
    as_if_an_older_release_wrote(settings.db_path)
    engine = load_engine(settings).engine
    assert engine.handle(Inbound("ตัวชี้วัดไหนยังไม่ถึงเป้า", "s")).items
    assert store.is_current(settings.db_path, engine.version)


def test_broken_files_serve_the_last_good_knowledge_rebuilt_by_this_code(
    folders: tuple[Path, Path], tmp_path: Path
) -> None:
    settings = settings_for(folders, tmp_path)
    load_engine(settings)
    as_if_an_older_release_wrote(settings.db_path)
    (folders[0] / "pdr-2564" / "letter.yaml").write_text("records: [", encoding="utf-8")
    loaded = load_engine(settings)
    assert loaded.on_last_good and loaded.engine.handle(Inbound("ตัวชี้วัดไหนยังไม่ถึงเป้า", "s")).items


def test_a_common_word_brings_only_its_first_holders_into_the_scoring(folders: tuple[Path, Path]) -> None:
    """The records scored per question stay few however many hold a word; a common word still adds to
    the score of a record that a rarer clue brought in."""
    many = folders[0] / "many"
    many.mkdir()
    shutil.copy(LATER_YEARS / "source.yaml", many / "source.yaml")
    records = [
        {
            "id": f"community-{n}",
            "kind": "result",
            "sections": [str(n)],
            "year": 2567,
            "name": {"th": f"โครงการพัฒนาชุมชนที่ {n}", "en": f"Community project {n}"},
            "aliases": [f"Project{n:03d}"],
            "keywords": ["ชุมชนนวัตกรรม"],
            "text": {"th": f"โครงการที่ {n} ของชุมชนนวัตกรรม", "en": f"Project {n} of the innovation community"},
        }
        for n in range(1, COMMON_CLUE_RECORDS * 3)
    ]
    (many / "many.yaml").write_text(
        yaml.safe_dump({"source": "later-years-news", "records": records}, allow_unicode=True), encoding="utf-8"
    )
    nlu = Understander(load_bundle(*folders))
    common = [c.record.id for c in nlu.understand("ชุมชนนวัตกรรม").candidates if c.record.id.startswith("community")]
    assert common == [f"community-{n}" for n in range(1, COMMON_CLUE_RECORDS + 1)]
    last = f"Project{len(records):03d}"
    alone, with_common = nlu.understand(last).top, nlu.understand(f"{last} ชุมชนนวัตกรรม").top
    assert alone is not None and with_common is not None
    assert alone.record.id == with_common.record.id == records[-1]["id"]
    assert with_common.score > alone.score
