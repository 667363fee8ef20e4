"""Wording of replies in Thai and English: figures, progress against targets, sources, fallbacks.

Numbers are written as people write them (1,688; 84.81) and every derived figure (progress,
remaining, rank change) is computed from the record's own values, never stored as text.
"""

from __future__ import annotations

from bot.core.schema import Figure, Record
from bot.core.types import Card

MAX_ANSWER_CHARS = 450
REPORT = {"th": "รายงานการพัฒนาระบบราชการ ประจำปี 2564", "en": "Public Sector Development Report 2564 (2021)"}


def number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount(value: float, fig: Figure, lang: str) -> str:
    """A number with its unit, in the order each language writes it: ร้อยละ 85, 45 บริการ, 85%."""
    unit = fig.unit.th if lang == "th" else fig.unit.en
    if unit in {"ร้อยละ", "อันดับ"}:
        return f"{unit} {number(value)}"
    if unit in {"%", "rank"}:
        return f"{number(value)}%" if unit == "%" else f"rank {number(value)}"
    return f"{number(value)} {unit}"


def target_line(fig: Figure, lang: str) -> str | None:
    """Lead a question about the target with the target itself, then where the figure stands."""
    if fig.target is None or fig.target_year is None:
        return None
    if lang == "th":
        return (
            f"เป้าหมายของ{fig.label.th}คือ {amount(fig.target, fig, lang)} ในปี {fig.target_year} "
            f"ผลปี {fig.year} อยู่ที่ {amount(fig.value, fig, lang)}"
        )
    return (
        f"The target for {fig.label.en} is {amount(fig.target, fig, lang)} by {year(fig.target_year, lang)}; "
        f"the result for {year(fig.year, lang)} was {amount(fig.value, fig, lang)}."
    )


def card(record: Record, lang: str) -> Card | None:
    """The first figure with a target, drawn as a card; ranks (lower is better) count progress inversely."""
    fig = next((f for f in record.figures if f.target is not None and f.target_year is not None), None)
    if fig is None or fig.target is None or fig.target_year is None:
        return None
    share = fig.target / fig.value if fig.lower_is_better else fig.value / fig.target
    label = fig.label.th if lang == "th" else fig.label.en
    target = (
        f"เป้าหมาย {amount(fig.target, fig, lang)} ปี {fig.target_year}"
        if lang == "th"
        else f"target {amount(fig.target, fig, lang)} by {year(fig.target_year, lang)}"
    )
    return Card(
        label,
        f"{amount(fig.value, fig, lang)} ({year(fig.year, lang)})",
        target,
        max(0.0, min(1.0, share)),
        source_line(record, lang)[1:-1],
    )


def year(value: int, lang: str) -> str:
    return str(value) if lang == "th" else f"{value} ({value - 543})"


def progress(fig: Figure, lang: str) -> list[str]:
    """Sentences the text implies: share of target, gap, remaining, change in later years."""
    th = lang == "th"
    lines: list[str] = []
    if fig.target is not None:
        if fig.lower_is_better:
            gap = fig.value - fig.target
            if gap <= 0:
                lines.append("อยู่ในเป้าหมายแล้ว" if th else "The target is met.")
            else:
                lines.append(
                    f"ยังห่างจากเป้าหมายอีก {number(gap)} อันดับ"
                    if th
                    else f"Still {number(gap)} places short of the target."
                )
        else:
            share = fig.value / fig.target * 100
            gap = fig.target - fig.value
            if gap <= 0:
                lines.append("บรรลุเป้าหมายแล้ว" if th else "The target is met.")
            elif th:
                lines.append(f"คิดเป็นร้อยละ {share:.1f} ของเป้าหมาย (ยังขาดอีก{amount(round(gap, 2), fig, lang)})")
            else:
                lines.append(f"That is {share:.1f}% of the target ({amount(round(gap, 2), fig, lang)} short).")
    elif fig.of is not None and not fig.lower_is_better:
        left = fig.of - fig.value
        share = fig.value / fig.of * 100
        lines.append(
            f"คิดเป็นร้อยละ {share:.1f} เหลืออีก {amount(left, fig, lang)}"
            if th
            else f"That is {share:.1f} percent done, {amount(left, fig, lang)} left."
        )
    if fig.change_since is not None:
        before = fig.value - fig.change_since.by
        verb = ("เพิ่มขึ้น" if fig.change_since.by > 0 else "ลดลง") if th else ("up" if fig.change_since.by > 0 else "down")
        lines.append(
            f"ปี {fig.change_since.year} อยู่ที่ {amount(round(before, 2), fig, lang)} "
            f"({verb} {number(abs(fig.change_since.by))} ในปี {fig.year})"
            if th
            else f"In {year(fig.change_since.year, lang)} it was {amount(round(before, 2), fig, lang)} "
            f"({verb} {number(abs(fig.change_since.by))} by {year(fig.year, lang)})."
        )
    previous = fig.value
    for later in fig.later:
        change = later.value - previous
        if fig.lower_is_better:
            verb = ("ตกลง" if change > 0 else "ดีขึ้น") if th else ("fell" if change > 0 else "rose")
            lines.append(
                f"ปี {later.year} อยู่อันดับ {number(later.value)} ({verb} {number(abs(change))} อันดับ)"
                if th
                else f"In {year(later.year, lang)} it was {number(later.value)} ({verb} {number(abs(change))} places)."
            )
        else:
            verb = ("เพิ่มขึ้น" if change > 0 else "ลดลง") if th else ("up" if change > 0 else "down")
            lines.append(
                f"ปี {later.year} เป็น {amount(later.value, fig, lang)} ({verb} {number(abs(change))})"
                if th
                else f"In {year(later.year, lang)}: {amount(later.value, fig, lang)} ({verb} {number(abs(change))})."
            )
        previous = later.value
    return lines


def period(record: Record, lang: str) -> str:
    """When the report gives no date for a fact, say the year its results belong to."""
    if lang == "th":
        return f"เรื่องนี้เป็นผลการดำเนินงานประจำปี {record.year} ตามรายงาน"
    return f"This is among the results for {year(record.year, lang)} in the report."


def source_line(record: Record, lang: str) -> str:
    sections = ", ".join(record.sections)
    if lang == "th":
        return f"(ที่มา: {REPORT['th']} ข้อ {sections})"
    return f"(Source: {REPORT['en']}, section {sections})"


def fit(parts: list[str], tail: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """Join parts in order while the answer stays within the limit; the first part always stays."""
    kept: list[str] = []
    for part in parts:
        if part in kept or any(part in k for k in kept):
            continue
        candidate = " ".join([*kept, part, tail])
        if kept and len(candidate) > limit:
            continue
        kept.append(part)
    return " ".join([*kept, tail])


def short_name(record: Record, lang: str) -> str:
    return record.aliases[0] if lang == "th" else record.name.en


FALLBACK = {
    "unknown": {
        "th": "ขออภัยครับ ผมยังไม่มีข้อมูลเรื่องนี้ ผมตอบได้เฉพาะเรื่องในรายงานการพัฒนาระบบราชการ ประจำปี 2564",
        "en": "Sorry, I don't have that information yet. I can only answer from the Public Sector Development "
        "Report 2564 (2021).",
    },
    "closest": {"th": "เรื่องที่ใกล้เคียงที่ผมมีคือ {name}", "en": "The closest topic I know is {name}."},
    "year": {
        "th": "ขออภัยครับ ผมยังไม่มีข้อมูล{name} ของปี {asked} ข้อมูลที่มีเป็นของปี {known}",
        "en": "Sorry, I don't have {name} for {asked}; what I have is for {known}.",
    },
    "province": {
        "th": "ขออภัยครับ รายงานไม่มีข้อมูล{name} ของจังหวัด{asked}",
        "en": "Sorry, the report has no figures on {name} for {asked}.",
    },
    "detail": {
        "who": {"th": "รายงานไม่ได้ระบุว่าใครหรือหน่วยงานใดในเรื่อง{name}", "en": "The report does not say who, for {name}."},
        "where": {"th": "รายงานไม่ได้ระบุสถานที่ในเรื่อง{name}", "en": "The report does not say where, for {name}."},
        "why": {"th": "รายงานไม่ได้ระบุเหตุผลในเรื่อง{name}", "en": "The report gives no reason, for {name}."},
        "definition": {
            "th": "รายงานไม่ได้ระบุชื่อเต็มหรือคำย่อของ{name}",
            "en": "The report does not spell out {name}.",
        },
        "when": {"th": "รายงานไม่ได้ระบุวันเวลาในเรื่อง{name}", "en": "The report gives no date for {name}."},
        "target": {"th": "รายงานไม่ได้ระบุค่าเป้าหมายของ{name}", "en": "The report sets no target for {name}."},
        "procedure": {
            "th": "รายงานไม่ได้ให้ขั้นตอนหรือวิธีดำเนินการสำหรับประชาชนในเรื่อง{name} กรุณาติดต่อหน่วยงานที่รับผิดชอบโดยตรง",
            "en": "The report gives no steps for the public on {name}; please ask the agency in charge.",
        },
    },
    "agency": {
        "th": "ขออภัยครับ รายงานไม่มีข้อมูล{name} แยกของ{asked}",
        "en": "Sorry, the report has no figures on {name} for {asked}.",
    },
    "target_only": {
        "th": "ขออภัยครับ รายงานยังไม่มีผล{name}ของปี {asked} มีเพียงเป้าหมาย: {targets}",
        "en": "Sorry, the report has no result for {name} in {asked}, only the target: {targets}",
    },
    "ordinal": {
        "th": "ขออภัยครับ รายงานไม่มีข้อมูล{name} สำหรับ{asked}",
        "en": "Sorry, the report has no {name} for {asked}.",
    },
    "live": {
        "th": "ขออภัยครับ ผมไม่มีข้อมูลสด เช่น สภาพอากาศ ราคา หรือค่าที่วัดวันนี้ "
        "ผมตอบได้เฉพาะเรื่องในรายงานการพัฒนาระบบราชการ ประจำปี 2564",
        "en": "Sorry, I have no live data such as weather, prices or today's readings; I only answer from the "
        "Public Sector Development Report 2564 (2021).",
    },
    "clarify": {"th": "หมายถึงเรื่องไหนครับ: {options}", "en": "Which one do you mean: {options}?"},
    "empty": {
        "th": "พิมพ์คำถามเกี่ยวกับรายงานการพัฒนาระบบราชการ ประจำปี 2564 ได้เลยครับ",
        "en": "Type a question about the Public Sector Development Report 2564 (2021).",
    },
}

SEE_ALSO = {"th": "(เกี่ยวข้อง: {name})", "en": "(See also: {name}.)"}

SUGGEST = {
    "about": {"th": "เล่าเรื่อง {name} หน่อย", "en": "Tell me about {name}"},
    "figure": {"th": "{name} ได้เท่าไหร่", "en": "What is the figure for {name}?"},
    "target": {"th": "{name} เป้าหมายเท่าไหร่", "en": "What is the target for {name}?"},
    "examples": {"th": "ขอตัวอย่าง {name}", "en": "Give examples of {name}"},
    "definition": {"th": "{name} ย่อมาจากอะไร", "en": "What does {name} stand for?"},
}
