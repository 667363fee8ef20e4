"""Load and validate the YAML knowledge and intent files, reporting problems by file, line and field.

Nothing half-loads: either every file validates and a complete `Bundle` comes back, or a
`BundleError` lists every problem found, so an admin can fix them all in one pass.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from bot.core.replies import REPLY_KEYS, Replies
from bot.core.schema import (
    CategoriesFile,
    Category,
    Intent,
    IntentsFile,
    KnowledgeFile,
    LanguageFile,
    Name,
    Record,
    RepliesFile,
    Source,
    SourcesFile,
    YearWords,
)

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}"


class BundleError(Exception):
    """Raised when any file is invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Bundle:
    """Everything the bot answers from: validated sources, categories, records, intents, language data
    and the bot's own sentences. Every record's source and category are declared."""

    sources: dict[str, Source]
    categories: dict[str, Category]
    records: tuple[Record, ...]
    intents: tuple[Intent, ...]
    language: LanguageFile
    replies: Replies
    version: str

    @functools.cached_property
    def records_by_id(self) -> dict[str, Record]:
        return {r.id: r for r in self.records}

    @functools.cached_property
    def intents_by_name(self) -> dict[str, Intent]:
        return {i.name: i for i in self.intents}

    @functools.cached_property
    def about_the_source(self) -> frozenset[str]:
        """Ids of the records that speak of the report itself (a category marked about_source: its covering
        letter, its parts), not of a result."""
        about = {c.id for c in self.categories.values() if c.about_source}
        return frozenset(r.id for r in self.records if r.kind in about or about & set(r.tags))

    @functools.cached_property
    def indicator_headings(self) -> dict[tuple[str, str], Name]:
        """(source, section) -> the heading of that source's numbered indicator."""
        return {(s.id, h.section): h.name for s in self.sources.values() for h in s.indicators}


def _yaml_files(folder: Path) -> list[Path]:
    """Every YAML file in the folder and its subfolders (a source may have a folder of its own)."""
    if not folder.is_dir():
        raise BundleError([Problem(str(folder), None, "-", "folder not found")])
    return sorted(p for p in folder.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file())


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree to the closest line."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == str(key)), None)
            if match is None:
                return line
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return line
        line = node.start_mark.line + 1
    return line


def _parse(path: Path, label: str) -> tuple[Any, yaml.Node | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, None, [Problem(label, None, "-", f"cannot read file: {exc}")]
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, None, [Problem(label, line, "-", f"YAML syntax error: {exc.problem or exc}")]
    except yaml.YAMLError as exc:
        return None, None, [Problem(label, None, "-", f"YAML error: {exc}")]
    if data is None:
        return None, None, [Problem(label, 1, "-", "file is empty")]
    repeated = list(_repeated_keys(node, label, ()))
    return (None, None, repeated) if repeated else (data, node, [])


def _repeated_keys(node: yaml.Node | None, label: str, path: tuple[str, ...]) -> Iterator[Problem]:
    """A key written twice in one mapping: YAML keeps the later silently, so an admin's earlier entry (a
    spelling, a record's field) would vanish without a word."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value)
            line = key.start_mark.line + 1
            if name in seen:
                field = ".".join((*path, name))
                yield Problem(label, line, field, f"key written twice (first on line {seen[name]}); remove one")
            seen.setdefault(name, line)
            yield from _repeated_keys(value, label, (*path, name))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _repeated_keys(item, label, (*path, str(index)))


def _validate(model: type[BaseModel], data: Any, node: yaml.Node | None, label: str) -> tuple[Any, list[Problem]]:
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            field = ".".join(str(part) for part in loc) or "-"
            problems.append(Problem(label, _line_of(node, loc), field, err["msg"]))
        return None, problems


def _id_line(node: yaml.Node | None, index: int) -> int | None:
    return _line_of(node, ("records", index, "id"))


def knowledge_version(knowledge_dir: Path, intents_dir: Path) -> str:
    """The version of the files as they are, from their names and bytes alone: cheap enough to ask at
    every start, so a current build is served without parsing a single file."""
    digest = hashlib.sha256()
    for folder in (knowledge_dir, intents_dir):
        for path in _yaml_files(folder):
            digest.update(path.relative_to(folder.parent).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _documents(folder: Path, problems: list[Problem]) -> Iterator[tuple[str, Any, yaml.Node | None]]:
    """Each readable YAML file of a folder as (label, data, node); unreadable ones become problems."""
    for path in _yaml_files(folder):
        label = path.relative_to(folder.parent).as_posix()
        data, node, found = _parse(path, label)
        problems += found
        if not found:
            yield label, data, node


@dataclass(frozen=True)
class _RecordsFile:
    label: str
    node: yaml.Node | None
    parsed: KnowledgeFile


def load_bundle(knowledge_dir: Path, intents_dir: Path) -> Bundle:
    """Read both folders; raise BundleError naming every bad file, line and field."""
    problems: list[Problem] = []
    sources: dict[str, Source] = {}
    categories: dict[str, Category] = {}
    files: list[_RecordsFile] = []
    for label, data, node in _documents(knowledge_dir, problems):
        keys = set(data) if isinstance(data, dict) else set()
        model = SourcesFile if "sources" in keys else CategoriesFile if "categories" in keys else KnowledgeFile
        parsed, found = _validate(model, data, node, label)
        problems += found
        if isinstance(parsed, SourcesFile):
            problems += _declare(sources, parsed.sources, label, node, "sources")
        elif isinstance(parsed, CategoriesFile):
            problems += _declare(categories, parsed.categories, label, node, "categories")
        elif isinstance(parsed, KnowledgeFile):
            files.append(_RecordsFile(label, node, parsed))
    records, found = _records(files, sources, categories)
    problems += found

    intents: list[Intent] = []
    language = LanguageFile()
    words: dict[str, Any] = {}
    for label, data, node in _documents(intents_dir, problems):
        keys = set(data) if isinstance(data, dict) else set()
        model = IntentsFile if "intents" in keys else RepliesFile if "replies" in keys else LanguageFile
        parsed, found = _validate(model, data, node, label)
        problems += found
        if isinstance(parsed, IntentsFile):
            intents += parsed.intents
        elif isinstance(parsed, RepliesFile):
            problems += _reply_problems(parsed, label, node)
            words.update({k: {"th": v.th, "en": v.en} for k, v in parsed.replies.items()})
        elif isinstance(parsed, LanguageFile):
            language = _merge_language(language, parsed)

    if not records and not problems:
        problems.append(Problem(knowledge_dir.name, None, "-", "no knowledge files found"))
    if not intents and not problems:
        problems.append(Problem(intents_dir.name, None, "-", "no intents file found"))
    if not words and not problems:
        problems.append(Problem(intents_dir.name, None, "replies", "no replies file found"))
    names = [i.name for i in intents]
    problems += [
        Problem(intents_dir.name, None, "intents.name", f"duplicate intent '{n}'")
        for n in sorted({n for n in names if names.count(n) > 1})
    ]
    problems += [
        Problem(intents_dir.name, None, f"intents.{i.name}.event_groups.{event}", f"unknown category '{group}'")
        for i in intents
        for event, groups in i.event_groups.items()
        for group in groups
        if group not in categories
    ]
    problems += [  # an intent another names (in any intents file) must be declared
        Problem(intents_dir.name, None, f"intents.{i.name}.{field}", f"unknown intent '{named}'")
        for i in intents
        for field, named in [
            *(("replaces", r) for r in i.replaces),
            *(("outranks", r) for r in i.outranks),
            ("of_a_ranking", i.of_a_ranking),
        ]
        if named is not None and named not in names
    ]
    if problems:
        raise BundleError(list(dict.fromkeys(problems)))  # a file's unknown source is told once, not per record
    replies = Replies(words, _source_titles(sources, words), language.unit_formats)
    version = knowledge_version(knowledge_dir, intents_dir)
    return Bundle(sources, categories, tuple(records), tuple(intents), language, replies, version)


def _declare(into: dict[str, Any], items: list[Any], label: str, node: yaml.Node | None, key: str) -> list[Problem]:
    """Add declared sources or categories by id; a second declaration of an id is a problem."""
    problems = []
    for index, item in enumerate(items):
        if item.id in into:
            line = _line_of(node, (key, index, "id"))
            problems.append(Problem(label, line, f"{key}.{index}.id", f"'{item.id}' is declared twice"))
        into[item.id] = item
    return problems


def _records(
    files: list[_RecordsFile], sources: dict[str, Source], categories: dict[str, Category]
) -> tuple[list[Record], list[Problem]]:
    """Every record with its source filled in, checked against the declared sources and categories."""
    problems: list[Problem] = []
    records: list[Record] = []
    first_seen: dict[str, str] = {}
    wholes: list[tuple[str, Any, int, str]] = []  # each part_of, checked once every id is known
    for file in files:
        label, node = file.label, file.node
        for index, record in enumerate(file.parsed.records):
            if record.part_of:
                wholes.append((label, node, index, record.part_of))
            source_id = record.source or file.parsed.source
            where = ("records", index, "source") if record.source else ("source",)
            source = sources.get(source_id)
            if source is None:
                known = ", ".join(sorted(sources)) or "none"
                message = f"unknown source '{source_id}' (declared in a sources file: {known})"
                problems.append(Problem(label, _line_of(node, where), ".".join(map(str, where)), message))
                continue
            groups = [(("records", index, "kind"), record.kind)]
            groups += [(("records", index, "tags", n), tag) for n, tag in enumerate(record.tags)]
            for where_, group in groups:
                if group not in categories:
                    known = ", ".join(sorted(categories)) or "none"
                    field = ".".join(map(str, where_))
                    message = f"unknown category '{group}' (declared: {known})"
                    problems.append(Problem(label, _line_of(node, where_), field, message))
            pattern = re.compile(source.sections.pattern) if source.sections else None
            for n, section in enumerate(record.sections):
                if pattern is not None and not pattern.fullmatch(section):
                    field = f"records.{index}.sections.{n}"
                    line = _line_of(node, ("records", index, "sections", n))
                    message = f"'{section}' is not a section of '{source_id}' ({pattern.pattern})"
                    problems.append(Problem(label, line, field, message))
            if record.id in first_seen:
                problems.append(
                    Problem(
                        label,
                        _id_line(node, index),
                        f"records.{index}.id",
                        f"duplicate id '{record.id}' (first at {first_seen[record.id]})",
                    )
                )
                continue
            first_seen[record.id] = f"{label}:{_id_line(node, index)}"
            records.append(record.model_copy(update={"source": source_id}))
    for label, node, index, whole in wholes:
        if whole not in first_seen:
            where = ("records", index, "part_of")
            message = f"unknown record '{whole}' (part_of names the record of the whole document)"
            problems.append(Problem(label, _line_of(node, where), ".".join(map(str, where)), message))
    return records, problems


def _reply_problems(parsed: RepliesFile, label: str, node: yaml.Node | None) -> list[Problem]:
    """Every sentence the code says must be there, and nothing it does not know (a misspelt key)."""
    problems = [
        Problem(label, _line_of(node, ("replies",)), f"replies.{key}", "missing")
        for key in sorted(REPLY_KEYS - parsed.replies.keys())
    ]
    problems += [
        Problem(label, _line_of(node, ("replies", key)), f"replies.{key}", "not a sentence the bot says")
        for key in sorted(parsed.replies.keys() - REPLY_KEYS)
    ]
    return problems


def _source_titles(sources: dict[str, Source], words: dict[str, Any]) -> dict[str, str]:
    """The {sources} slot: every source's title, joined as each language joins a list."""
    return {
        lang: words["sources_joiner"][lang].join(getattr(s.title, lang) for s in sources.values())
        for lang in ("th", "en")
    }


def _merge_language(a: LanguageFile, b: LanguageFile) -> LanguageFile:
    """Two language files as one: lists join, mappings merge (the second wins), year words are replaced."""
    merged: dict[str, object] = {}
    for field in LanguageFile.model_fields:
        first, second = getattr(a, field), getattr(b, field)
        if isinstance(first, dict):
            merged[field] = {**first, **second}
        elif isinstance(first, list):
            merged[field] = [*first, *second]
        else:
            merged[field] = second if second != YearWords() else first
    return LanguageFile(**merged)
