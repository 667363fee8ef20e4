"""Compile validated knowledge into SQLite, swap it in atomically, and read it back.

The database is the serving copy: if an admin's edit breaks a file, the bot keeps answering from
the last good database. It holds a table per record kind of fact (records, figures, aliases,
sections, details) and a full-text index over PyThaiNLP-segmented text, since SQLite's tokenizer
cannot split Thai.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import pickle
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import sqlite_utils

from bot.core.loader import Bundle
from bot.core.replies import Replies
from bot.core.schema import Category, Intent, LanguageFile, Record, Source

if TYPE_CHECKING:  # the index holds one; importing nlu here at run time would be circular
    from bot.core.nlu import Understander

Words = Callable[[str], list[str]]


def _search_body(record: Record, words: Words) -> str:
    parts = [record.name.th, record.name.en, record.text.th, record.text.en, *record.aliases, *record.keywords]
    parts += [v for d in record.details.model_dump(exclude_none=True).values() for v in d.values()]
    return " ".join(w for part in parts for w in words(part))


def _fill(db: sqlite_utils.Database, bundle: Bundle, words: Words) -> None:
    """Every table of the serving copy: meta, records, sections, aliases, figures, details, search."""
    db["meta"].insert_all(
        [
            {"key": "version", "value": bundle.version},
            {"key": "code", "value": code_version()},
            {"key": "built_at", "value": str(time.time())},
            {"key": "intents", "value": json.dumps([i.model_dump() for i in bundle.intents], ensure_ascii=False)},
            {"key": "language", "value": bundle.language.model_dump_json()},
            {"key": "sources", "value": json.dumps([v.model_dump() for v in bundle.sources.values()])},
            {"key": "categories", "value": json.dumps([v.model_dump() for v in bundle.categories.values()])},
            {"key": "replies", "value": json.dumps(bundle.replies.words, ensure_ascii=False)},
            {"key": "source_titles", "value": json.dumps(bundle.replies.sources, ensure_ascii=False)},
        ],
        pk="key",
    )
    db["records"].insert_all(
        (
            {
                "id": r.id,
                "position": position,
                "kind": r.kind,
                "source": r.source,
                "year": r.year,
                "name_th": r.name.th,
                "name_en": r.name.en,
                "text_th": r.text.th,
                "text_en": r.text.en,
                "json": r.model_dump_json(),
            }
            for position, r in enumerate(bundle.records)
        ),
        pk="id",
    )
    db["sections"].insert_all(
        ({"record_id": r.id, "section": s} for r in bundle.records for s in r.sections),
        foreign_keys=[("record_id", "records", "id")],
    )
    db["aliases"].insert_all(
        ({"record_id": r.id, "alias": a} for r in bundle.records for a in r.aliases),
        foreign_keys=[("record_id", "records", "id")],
    )
    db["figures"].insert_all(
        (
            {
                "record_id": r.id,
                "label_th": f.label.th,
                "label_en": f.label.en,
                "value": f.value,
                "position": position,
                "unit_th": f.unit.th,
                "unit_en": f.unit.en,
                "year": f.year,
                "target": f.target,
                "target_year": f.target_year,
                "of": f.of,
                "lower_is_better": f.lower_is_better,
                "part_of_th": f.part_of.th if f.part_of else None,
                "part_of_en": f.part_of.en if f.part_of else None,
            }
            for r in bundle.records
            for position, f in enumerate(r.figures)
        ),
        foreign_keys=[("record_id", "records", "id")],
        # the types, not guessed from the first rows: a target is a number even when the first hundred have none
        columns={"value": float, "target": float, "target_year": int, "of": float, "lower_is_better": int},
    )
    db["figure_values"].insert_all(  # each figure's value in each year the source gives one
        (
            {"record_id": r.id, "position": position, "year": year, "value": value}
            for r in bundle.records
            for position, f in enumerate(r.figures)
            for year, value in [(f.year, f.value), *((v.year, v.value) for v in f.later)]
        ),
        foreign_keys=[("record_id", "records", "id")],
    )
    db["details"].insert_all(
        (
            {"record_id": r.id, "key": k, "th": v["th"], "en": v["en"]}
            for r in bundle.records
            for k, v in r.details.model_dump(exclude_none=True).items()
        ),
        foreign_keys=[("record_id", "records", "id")],
    )
    db["search"].insert_all(
        ({"record_id": r.id, "body": _search_body(r, words)} for r in bundle.records), pk="record_id"
    )
    db["search"].enable_fts(["body"], tokenize="unicode61")


def build(bundle: Bundle, path: Path, words: Words) -> None:
    """Write a complete new database next to `path`, then rename it over `path` in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        db = sqlite_utils.Database(tmp)
        _fill(db, bundle, words)
        db.conn.commit()
        db.close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def version_of(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        db = sqlite_utils.Database(path)
        row = db.execute("select value from meta where key = 'version'").fetchone()
        db.close()
    except Exception:  # a damaged file reads as absent and is rebuilt
        return None
    return row[0] if row else None


def is_current(path: Path, version: str) -> bool:
    """Built from these files by this code: a database another release wrote (other tables, other
    columns) is rebuilt, never served."""
    if version_of(path) != version:
        return False
    db = sqlite_utils.Database(path)
    try:
        row = db.execute("select value from meta where key = 'code'").fetchone()
    finally:
        db.close()
    return row is not None and row[0] == code_version()


def read(path: Path) -> Bundle:
    """Load the bundle a database was built from (the last good knowledge)."""
    db = sqlite_utils.Database(path)
    try:
        meta = dict(db.execute("select key, value from meta").fetchall())
        records = tuple(Record.model_validate_json(row[0]) for row in db.execute("select json from records"))
    finally:
        db.close()
    intents = tuple(Intent.model_validate(i) for i in json.loads(meta["intents"]))
    language = LanguageFile.model_validate_json(meta["language"])
    sources = {s["id"]: Source.model_validate(s) for s in json.loads(meta["sources"])}
    categories = {c["id"]: Category.model_validate(c) for c in json.loads(meta["categories"])}
    replies = Replies(json.loads(meta["replies"]), json.loads(meta["source_titles"]), language.unit_formats)
    return Bundle(sources, categories, records, intents, language, replies, meta["version"])


@functools.cache
def code_version() -> str:
    """The answering core's own version: its source files and PyThaiNLP's release. An index saved by
    other code (another release, a changed weight) is rebuilt, never served."""
    import pythainlp

    digest = hashlib.sha256(pythainlp.__version__.encode())
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def write_index(bundle: Bundle, understanding: Understander, path: Path) -> None:
    """Keep the knowledge and its understanding index (names, terms, word postings, idf) beside the database,
    so a start on a current build reads one file instead of parsing YAML and indexing every record.
    Written whole to a temporary file, then renamed, like the database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        saved = {"version": bundle.version, "code": code_version(), "bundle": bundle, "nlu": understanding}
        tmp.write_bytes(pickle.dumps(saved, protocol=5))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_index(path: Path, version: str) -> tuple[Bundle, Understander] | None:
    """The knowledge and index of `version`, or None when the file is missing, stale or unreadable (the
    caller then builds afresh). The file is the bot's own, in DATA_DIR: keep that folder private."""
    collecting = gc.isenabled()
    gc.disable()  # unpickling makes millions of objects, each of which would trigger collections: 4x slower
    try:
        saved = pickle.loads(path.read_bytes())
    except Exception:  # missing, damaged or from another release: rebuilt, never trusted half-read
        return None
    finally:
        if collecting:
            gc.enable()
    if not isinstance(saved, dict) or (saved.get("version"), saved.get("code")) != (version, code_version()):
        return None
    return saved["bundle"], saved["nlu"]


MEASURES_SQL = """
select f.record_id, f.position, v.value, f.unit_th, f.unit_en, v.year, f.target, f.target_year,
       f.lower_is_better,
       case when f.target is null then null
            when f.lower_is_better then f.target / v.value
            else v.value / f.target end as share
from figures f
join records r on r.id = f.record_id
join figure_values v on v.record_id = f.record_id and v.position = f.position
where f.record_id in (select value from json_each(:ids))
  and v.year = coalesce(:year, case when :latest then (
        select max(l.year) from figure_values l where l.record_id = f.record_id and l.position = f.position
      ) else f.year end)
order by r.position, f.position
"""


class Measure(NamedTuple):
    """One figure as the database holds it, with the share of its target reached (None: no target)."""

    record_id: str
    position: int  # of the figure in its record
    value: float
    unit_th: str
    unit_en: str
    year: int
    target: float | None
    target_year: int | None
    lower_is_better: bool
    share: float | None


def fts_query(words: list[str]) -> str:
    """Quote each word, so user text can never be read as FTS syntax (AND, NEAR, col:, quotes)."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words if w.strip()]
    return " OR ".join(quoted)


class Search:
    """Full-text search over one database file, held open read-only for the engine's lifetime.

    A rebuild renames a new file over the path; this connection keeps reading the file it opened,
    so questions in flight finish on the knowledge they started with.
    """

    def __init__(self, path: Path | None = None, conn: sqlite3.Connection | None = None) -> None:
        self._conn = conn or sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()  # one connection, answered from worker threads

    @classmethod
    def in_memory(cls, bundle: Bundle, words: Words) -> Search:
        """The same tables built in memory, for an engine made straight from a bundle (tests, `ask`
        without a data folder)."""
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(sqlite_utils.Database(conn), bundle, words)
        conn.commit()
        return cls(conn=conn)

    def measures(self, record_ids: list[str], year: int | None = None, latest: bool = False) -> list[Measure]:
        """Every figure of these records with its value in `year` (or the year it is reported for, or with
        `latest` the newest year it has a value for), in the source's order, with the share of its target
        reached computed in SQL (for ranks, lower is better: the target over the rank)."""
        params = {"ids": json.dumps(record_ids), "year": year, "latest": latest}
        with self._lock:
            rows = self._conn.execute(MEASURES_SQL, params).fetchall()
        return [Measure(*row) for row in rows]

    def closest(self, words: list[str], limit: int = 3) -> list[str]:
        query = fts_query(words)
        if not query:
            return []
        with self._lock:
            rows = self._conn.execute(
                "select search.record_id from search_fts join search on search.rowid = search_fts.rowid "
                "where search_fts match ? order by bm25(search_fts) limit ?",
                [query, limit],
            ).fetchall()
        return [row[0] for row in rows]

    def close(self) -> None:
        self._conn.close()
