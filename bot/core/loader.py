"""Load and validate the YAML knowledge and intent files, reporting problems by file, line and field.

Nothing half-loads: either every file validates and a complete `Bundle` comes back, or a
`BundleError` lists every problem found, so an admin can fix them all in one pass.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from bot.core.schema import Intent, IntentsFile, KnowledgeFile, LanguageFile, Record

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
    """Everything the bot answers from: validated records, intents and language data."""

    records: tuple[Record, ...]
    intents: tuple[Intent, ...]
    language: LanguageFile
    version: str


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise BundleError([Problem(str(folder), None, "-", "folder not found")])
    return sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file())


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
    return data, node, []


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


def _documents(folder: Path, digest: Any, problems: list[Problem]) -> Iterator[tuple[str, Any, yaml.Node | None]]:
    """Each readable YAML file of a folder as (label, data, node); unreadable ones become problems."""
    for path in _yaml_files(folder):
        label = f"{folder.name}/{path.name}"
        data, node, found = _parse(path, label)
        problems += found
        if not found:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
            yield label, data, node


def load_bundle(knowledge_dir: Path, intents_dir: Path) -> Bundle:
    """Read both folders; raise BundleError naming every bad file, line and field."""
    problems: list[Problem] = []
    records: list[Record] = []
    first_seen: dict[str, str] = {}
    digest = hashlib.sha256()

    for label, data, node in _documents(knowledge_dir, digest, problems):
        parsed, found = _validate(KnowledgeFile, data, node, label)
        problems += found
        for index, record in enumerate(parsed.records if parsed else []):
            where = f"{label}:{_id_line(node, index)}"
            if record.id in first_seen:
                problems.append(
                    Problem(
                        label,
                        _id_line(node, index),
                        f"records.{index}.id",
                        f"duplicate id '{record.id}' (first at {first_seen[record.id]})",
                    )
                )
            else:
                first_seen[record.id] = where
                records.append(record)

    intents: list[Intent] = []
    language = LanguageFile()
    for label, data, node in _documents(intents_dir, digest, problems):
        model = IntentsFile if isinstance(data, dict) and "intents" in data else LanguageFile
        parsed, found = _validate(model, data, node, label)
        problems += found
        if isinstance(parsed, IntentsFile):
            intents += parsed.intents
        elif isinstance(parsed, LanguageFile):
            language = _merge_language(language, parsed)

    if not records and not problems:
        problems.append(Problem(knowledge_dir.name, None, "-", "no knowledge files found"))
    if not intents and not problems:
        problems.append(Problem(intents_dir.name, None, "-", "no intents file found"))
    names = [i.name for i in intents]
    problems += [
        Problem(intents_dir.name, None, "intents.name", f"duplicate intent '{n}'")
        for n in sorted({n for n in names if names.count(n) > 1})
    ]
    if problems:
        raise BundleError(problems)
    return Bundle(tuple(records), tuple(intents), language, digest.hexdigest()[:12])


def _merge_language(a: LanguageFile, b: LanguageFile) -> LanguageFile:
    return LanguageFile(
        spellings={**a.spellings, **b.spellings},
        particles=[*a.particles, *b.particles],
        tokens={**a.tokens, **b.tokens},
        places={**a.places, **b.places},
        ambiguous_places=[*a.ambiguous_places, *b.ambiguous_places],
        organisation_prefixes=[*a.organisation_prefixes, *b.organisation_prefixes],
        organisation_types=[*a.organisation_types, *b.organisation_types],
    )
