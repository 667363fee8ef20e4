"""Start an engine on the newest valid knowledge, or on the last good build when files are broken."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core import store
from bot.core.engine import Engine
from bot.core.loader import Bundle, BundleError, Problem, load_bundle
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
    return Loaded(serving_engine(bundle, settings, contexts, build=not problems), problems)


def serving_engine(bundle: Bundle, settings: Settings, contexts: ContextStore | None, build: bool = True) -> Engine:
    """An engine on this bundle, its database built (when `build` and not already current) and searchable."""
    engine = Engine(bundle, store=contexts)
    if build and store.version_of(settings.db_path) != bundle.version:
        store.build(bundle, settings.db_path, engine.nlu.words)
    engine.search = store.Search(settings.db_path)
    return engine
