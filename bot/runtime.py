"""Start an engine on the newest valid knowledge, or on the last good build when files are broken."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.core import store
from bot.core.engine import Engine
from bot.core.loader import Bundle, BundleError, Problem, knowledge_version, load_bundle
from bot.core.nlu import Understander
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
    """Serve a current build straight from its saved index; otherwise validate the files, build the
    database and index when they changed, and fall back to the last good build when they are broken."""
    db_path = settings.db_path
    current = _current(settings)
    if current is not None:
        bundle, understanding = current
        engine = Engine(bundle, search=store.Search(db_path), store=contexts, nlu=understanding)
        gc.freeze()  # the index lives as long as the process: keep its millions of objects out of every GC pass
        return Loaded(engine)
    problems: list[Problem] = []
    try:
        bundle = load_bundle(settings.knowledge_dir, settings.intents_dir)
    except BundleError as exc:
        if store.version_of(db_path) is None:
            raise
        try:
            bundle, problems = store.read(db_path), exc.problems
        except ValueError:  # a database another release wrote, in a shape this code cannot read back
            raise exc from None
    # broken files: serve the last good bundle, rebuilt only when this code did not write its database
    return Loaded(serving_engine(bundle, settings, contexts), problems)


def _current(settings: Settings) -> tuple[Bundle, Understander] | None:
    """The saved knowledge and index, when the database and the index are of the files as they are now."""
    try:
        version = knowledge_version(settings.knowledge_dir, settings.intents_dir)
    except BundleError:
        return None
    if not store.is_current(settings.db_path, version):
        return None
    return store.read_index(settings.index_path, version)


def write_build(
    bundle: Bundle, understanding: Understander, settings: Settings, step: Callable[[str], None] = lambda _: None
) -> None:
    """The database (unless it is of this version already) and the understanding index beside it, each
    written whole and then swapped in; `step` hears each step's name (kb build shows them)."""
    if not store.is_current(settings.db_path, bundle.version):
        step("writing the database")
        store.build(bundle, settings.db_path, understanding.words)
    step("saving the index")
    store.write_index(bundle, understanding, settings.index_path)


def serving_engine(bundle: Bundle, settings: Settings, contexts: ContextStore | None) -> Engine:
    """An engine on this bundle, its database (when not already current) and index written."""
    understanding = Understander(bundle)
    write_build(bundle, understanding, settings)
    return Engine(bundle, search=store.Search(settings.db_path), store=contexts, nlu=understanding)
