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
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

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


def build(bundle: Bundle, path: Path, words: Words) -> None:
    """Write a complete new database next to `path`, then rename it over `path` in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        db = sqlite_utils.Database(tmp)
        db["meta"].insert_all(
            [
                {"key": "version", "value": bundle.version},
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
                    "kind": r.kind,
                    "source": r.source,
                    "year": r.year,
                    "name_th": r.name.th,
                    "name_en": r.name.en,
                    "text_th": r.text.th,
                    "text_en": r.text.en,
                    "json": r.model_dump_json(),
                }
                for r in bundle.records
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
                    "unit_th": f.unit.th,
                    "year": f.year,
                    "target": f.target,
                    "target_year": f.target_year,
                    "of": f.of,
                }
                for r in bundle.records
                for f in r.figures
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


def fts_query(words: list[str]) -> str:
    """Quote each word, so user text can never be read as FTS syntax (AND, NEAR, col:, quotes)."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words if w.strip()]
    return " OR ".join(quoted)


class Search:
    """Full-text search over one database file, held open read-only for the engine's lifetime.

    A rebuild renames a new file over the path; this connection keeps reading the file it opened,
    so questions in flight finish on the knowledge they started with.
    """

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def closest(self, words: list[str], limit: int = 3) -> list[str]:
        query = fts_query(words)
        if not query:
            return []
        rows = self._conn.execute(
            "select search.record_id from search_fts join search on search.rowid = search_fts.rowid "
            "where search_fts match ? order by bm25(search_fts) limit ?",
            [query, limit],
        ).fetchall()
        return [row[0] for row in rows]

    def close(self) -> None:
        self._conn.close()
