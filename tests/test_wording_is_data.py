"""Everything the bot says, and every word it listens for, is data: no Thai letter in a string literal of
the code under bot/ (comments and docstrings may keep examples)."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")  # consonants, vowels and tone marks; Thai digits are not words


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of the constants that are docstrings of modules, classes and functions."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def test_no_thai_letter_in_a_string_literal_under_bot() -> None:
    offenders = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = docstrings(tree)
        for node in ast.walk(tree):
            literal = isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            if literal and THAI_LETTER.search(node.value):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:40]!r}")
    assert offenders == [], "\n".join(offenders)
