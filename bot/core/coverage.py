"""Find the numbered sections of the source report, so tests and `kb stats` can show gaps."""

from __future__ import annotations

import re
from pathlib import Path

from bot.core.normalize import THAI_DIGITS

HEADING = re.compile(r"^[#*\s]*(\d+(?:\.\d+)*)\s*\.?\s*(?=\S)")
ITEM = re.compile(r"^[#*\s]*\((\d+)\)")


def report_sections(source: Path) -> list[str]:
    """Leaf sections of the report in order: '3.1.1.1 (1)' style items and numbered headings."""
    found: list[str] = []
    current = ""
    for raw in source.read_text(encoding="utf-8").translate(THAI_DIGITS).splitlines():
        line = raw.strip()
        if item := ITEM.match(line):
            if current.count(".") >= 2:
                found.append(f"{current} ({item.group(1)})")
            continue
        heading = HEADING.match(line)
        if heading and (line.startswith(("#", "*")) or heading.group(1).count(".") >= 1):
            current = heading.group(1)
            found.append(current)
    unique = list(dict.fromkeys(found))
    return [s for s in unique if not any(o != s and (o.startswith(s + ".") or o.startswith(s + " (")) for o in unique)]
