"""Start an engine on the newest valid knowledge, or on the last good build when files are broken."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core import store
from bot.core.engine import Engine
from bot.core.loader import BundleError, Problem, load_bundle
from bot.core.sessions import ContextStore
from bot.settings import Settings


@dataclass
class Loaded:
    engine: Engine
    problems: list[Problem] = field(default_factory=list)

    @property
    def on_last_good(self) -> bool:
        return bool(self.problems)


def load_engine(settings: Settings, contexts: ContextStore | None = None) -> Loaded:
    """Validate the files; build the database when they changed; fall back to the last good build."""
    db_path = settings.db_path
    problems: list[Problem] = []
    try:
        bundle = load_bundle(settings.knowledge_dir, settings.intents_dir)
    except BundleError as exc:
        if store.version_of(db_path) is None:
            raise
        bundle, problems = store.read(db_path), exc.problems
    engine = Engine(bundle, store=contexts)
    if not problems and store.version_of(db_path) != bundle.version:
        store.build(bundle, db_path, engine.nlu.words)
    engine.search = store.Search(db_path)
    return Loaded(engine, problems)
