"""Shared fixtures: the project's own knowledge, loaded once, and fresh engines where state matters."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.loader import Bundle, load_bundle
from bot.core.types import Inbound, Reply
from bot.evaluation import judge
from tests.webapp import free_port, running  # noqa: F401  (the running server is a fixture for every module)

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
INTENTS = ROOT / "intents"
DATA = Path(__file__).resolve().parent / "data"
SOURCE = ROOT.parent / "shared" / "seed" / "000_8e8ca5b4122ffc16.txt"
LATER_YEARS = Path(__file__).resolve().parent / "fixtures" / "later_years"
SECOND_PACK = Path(__file__).resolve().parent / "fixtures" / "later_years2"  # another admin's pack, other measures


@pytest.fixture(scope="session")
def bundle() -> Bundle:
    return load_bundle(KNOWLEDGE, INTENTS)


@pytest.fixture(scope="session")
def engine(bundle: Bundle) -> Engine:
    return Engine(bundle)


@pytest.fixture(scope="module")
def with_later_years(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The bundled knowledge plus the later-years source, as an admin would add it: a folder dropped in.
    Its measures form series over several years. One per module: tests there share its conversations."""
    folder = tmp_path_factory.mktemp("knowledge")
    shutil.copytree(KNOWLEDGE, folder, dirs_exist_ok=True)
    shutil.copytree(LATER_YEARS, folder / "later-years")
    return Engine(load_bundle(folder, INTENTS))


@pytest.fixture(scope="module")
def with_both_packs(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The bundled knowledge plus both later-years packs, each in its own folder: the second declares its
    series by id where the first lets them be found by shared names."""
    folder = tmp_path_factory.mktemp("knowledge")
    shutil.copytree(KNOWLEDGE, folder, dirs_exist_ok=True)
    shutil.copytree(LATER_YEARS, folder / "later-years")
    shutil.copytree(SECOND_PACK, folder / "later-years-2")
    return Engine(load_bundle(folder, INTENTS))


def ask_of(engine: Engine, text: str, session: str | None = None) -> Reply:
    """Ask this engine, in a fresh session each time unless a session id is given."""
    return engine.handle(Inbound(text, session or f"test-{uuid.uuid4().hex}"))


@pytest.fixture
def ask(engine: Engine):
    """Ask the bundled knowledge's engine (`ask_of` it)."""

    def _ask(text: str, session: str | None = None) -> Reply:
        return ask_of(engine, text, session)

    return _ask


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Writable copies of the knowledge and intents folders."""
    knowledge, intents = tmp_path / "knowledge", tmp_path / "intents"
    shutil.copytree(KNOWLEDGE, knowledge)
    shutil.copytree(INTENTS, intents)
    return knowledge, intents


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scored(engine: Engine, *names: str) -> list[tuple[str, bool, bool]]:
    """(turn, correct, confidently wrong) for every turn of the sets; a dialogue's turns share a session."""
    results = []
    for name in names:
        for item in load_questions(DATA / name):
            for n, turn in enumerate(item.get("turns", [item])):
                reply = engine.handle(Inbound(turn["q"], f"{name}-{item['id']}"))
                results.append((f"{item['id']}#{n + 1}", *judge(turn, reply.fallback, reply.text)))
    return results


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory):
    """A real Redis on 127.0.0.1: the one .ci/run started (REDIS_TEST_URL), or one started here."""
    import os
    import subprocess
    import time

    if os.environ.get("REDIS_TEST_URL"):
        yield os.environ["REDIS_TEST_URL"]
        return
    exe = shutil.which("redis-server")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required in CI: .ci/run installs it")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if client.ping():
                break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(10)
