"""Composing replies from a record's facts and the sentences in `intents/replies.yaml`.

Numbers are written as people write them (1,688; 84.81) and every derived figure (progress,
remaining, rank change) is computed from the record's own values, never stored as text. No sentence
lives here: each comes from the replies data, by key, in the asker's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from bot.core.normalize import THAI_CHAR
from bot.core.replies import Replies
from bot.core.schema import Figure, Record, Source
from bot.core.series import label_likeness, same_measure
from bot.core.types import Card


class Trend(NamedTuple):
    lines: list[str]  # the years' figures and the change, as one line (none when fewer than two years match)
    drawn_on: tuple[Record, ...]  # the records those figures come from


MAX_ANSWER_CHARS = 450  # one measure, a count, a comparison: a fact
LIST_CHARS = 1000  # a list stays readable in a chat bubble
SPELT_RUN = 3  # the shortest run of a label's letters that counts as the question spelling it
WHOLE_LABEL_SPELT = 0.9  # a Thai label spelt this nearly whole, its words apart, is named ("IMD" alone names none)


def number(value: float, decimals: int = 0) -> str:
    """As written: up to two decimals; with `decimals`, exactly that many (worked out from 81.25 and 13.35,
    67.90, as the source writes its figures)."""
    if decimals:
        return f"{value:,.{decimals}f}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def decimals_of(*values: float) -> int:
    """The most decimals any of these values is written with (up to two): what a result of them keeps."""
    return max((len(f"{v:.2f}".rstrip("0").partition(".")[2]) for v in values), default=0)


def amount(value: float, fig: Figure, lang: str, say: Replies, decimals: int = 0) -> str:
    """A number with its unit, in the order each language writes it: ร้อยละ 85, 45 บริการ, 85%."""
    unit = fig.unit.th if lang == "th" else fig.unit.en
    return say.units.get(unit, "{n} {unit}").format(n=number(value, decimals), unit=unit)


def target_line(fig: Figure, lang: str, say: Replies) -> str | None:
    """Lead a question about the target with the target itself, then where the figure stands."""
    if fig.target is None or fig.target_year is None:
        return None
    return say.say(
        "target_line",
        lang,
        label=fig.label.th if lang == "th" else fig.label.en,
        target=amount(fig.target, fig, lang, say),
        target_year=say.year(fig.target_year, lang),
        year=say.year(fig.year, lang),
        value=amount(fig.value, fig, lang, say),
    )


def card(record: Record, source: Source, lang: str, say: Replies) -> Card | None:
    """The first figure with a target, drawn as a card; ranks (lower is better) count progress inversely."""
    fig = next((f for f in record.figures if f.target is not None and f.target_year is not None), None)
    if fig is None or fig.target is None or fig.target_year is None:
        return None
    share = fig.target / fig.value if fig.lower_is_better else fig.value / fig.target
    target = say.say(
        "card_target", lang, target=amount(fig.target, fig, lang, say), target_year=say.year(fig.target_year, lang)
    )
    return Card(
        fig.label.th if lang == "th" else fig.label.en,
        f"{amount(fig.value, fig, lang, say)} ({say.year(fig.year, lang)})",
        target,
        max(0.0, min(1.0, share)),
        citation([(record, source)], lang, say)[1:-1],
    )


def shortfall(value: float, target: float, lower_is_better: bool) -> float:
    """How far a value is from its target, in its own unit (places for a rank): 0 or less once met."""
    return value - target if lower_is_better else target - value


def _meets(value: float, fig: Figure) -> bool:
    assert fig.target is not None
    return value <= fig.target if fig.lower_is_better else value >= fig.target


def whole_of(fig: Figure, lang: str) -> str:
    """The whole a figure is counted out of, with its own unit when it counts other things ("1,688 entries
    submitted" beside 234 awards), else the number alone (the figure's unit is the whole's: "35 of 94")."""
    assert fig.of is not None
    return f"{number(fig.of)} {getattr(fig.of_unit, lang)}" if fig.of_unit is not None else number(fig.of)


def progress(fig: Figure, lang: str, say: Replies, on_scale: bool = False) -> list[str]:
    """Sentences the figures imply: share of target, gap, remaining, change since and in later years. A
    score `on_scale` (33 of 100 points) has no share done of its whole."""
    lines: list[str] = []
    if fig.target is not None:
        gap = shortfall(fig.value, fig.target, fig.lower_is_better)
        if gap <= 0:
            lines.append(say.say("rank_target_met" if fig.lower_is_better else "target_met", lang))
        elif fig.lower_is_better:
            lines.append(say.say("rank_short", lang, gap=number(gap)))
        else:
            share = number(round(fig.value / fig.target * 100, 2))  # as lists give it: 99.78, not 99.8
            lines.append(say.say("share_short", lang, share=share, gap=amount(round(gap, 2), fig, lang, say)))
        met_later = next((v for v in fig.later if _meets(v.value, fig)), None)
        if met_later is not None and gap > 0:  # short that year, but a later year reached it: say so
            lines.append(say.say("target_met_in", lang, year=say.year(met_later.year, lang)))
    if fig.of is not None and not fig.lower_is_better and not on_scale:  # a part of a whole: 62 of 84 laws
        share = number(round(fig.value / fig.of * 100, 2))
        left = amount(fig.of - fig.value, fig, lang, say)
        if fig.of_unit is not None:  # 234 awards of 1,688 entries: a share of other things, nothing left to do
            lines.append(say.say("share_of_other", lang, share=share, whole=whole_of(fig, lang)))
        elif fig.target is None:
            lines.append(say.say("share_done", lang, share=share, left=left))
        else:  # beside its target, the whole it is part of: 35 fully digital of all 94
            whole = amount(fig.of, fig, lang, say)
            lines.append(say.say("share_of_whole", lang, share=share, whole=whole, left=left))
    if fig.change_since is not None:
        lines.append(
            say.say(
                "change_since",
                lang,
                before_year=say.year(fig.change_since.year, lang),
                before=amount(
                    round(fig.value - fig.change_since.by, 2),
                    fig,
                    lang,
                    say,
                    decimals_of(fig.value, fig.change_since.by),
                ),
                direction=say.say("up" if fig.change_since.by > 0 else "down", lang),
                by=number(abs(fig.change_since.by)),
                year=say.year(fig.year, lang),
            )
        )
    previous = fig.value
    for later in fig.later:
        change = later.value - previous
        direction = say.say(direction_key(change, fig.lower_is_better), lang)
        if fig.lower_is_better:
            key, value = "later_rank", number(later.value)
        else:
            key, value = "later_value", amount(later.value, fig, lang, say)
        when = say.year(later.year, lang)
        lines.append(say.say(key, lang, year=when, value=value, direction=direction, by=number(abs(change))))
        previous = later.value
    return lines


def trend(
    members: tuple[Record, ...],
    words: tuple[str, ...],
    lang: str,
    say: Replies,
    said: str = "",
    from_first: bool = False,
    extreme: str | None = None,
    since: int = 0,
    window: bool = False,
) -> Trend:
    """One measure over the years of its series: the figure the question names (the newest member's
    first otherwise) in each member, by its year, then the latest change (`from_first`: the change from
    the first year to the last, a range asked) and its direction (for ranks a smaller number is
    better), then the best or worst year when asked (`extreme`); from the year asked on (`since`) when
    two or more years from it are held, or always when the years are a `window` asked ("ย้อนหลัง 2 ปี" of a
    measure given every two years holds one round in it: no trend). Sources word labels differently: a
    member's figure must have the same unit and direction and a label sharing most of its words; without
    one, that year is left out rather than guessed. The records whose figures it tells come with it, for
    the citation."""
    if not members[-1].figures:
        return Trend([], ())
    newest = members[-1]
    asked = closest_figure([f for f in newest.figures if f.year == newest.year] or newest.figures, words, said)
    points: dict[int, Figure] = {}
    told: dict[int, Record] = {}
    for record in members:  # each year's own figure
        alike = [f for f in record.figures if same_measure(f, asked)]
        if alike:
            fig = max(alike, key=lambda f: (f.year == record.year, label_likeness(f, asked)))
            points[fig.year], told[fig.year] = fig, record
    # a year between those held that a source tells only in passing ("78th the year before" in 2568's news),
    # never one beyond them: the years asked end where the sources' own years do
    first, last = min(points, default=0), max(points, default=0)
    for record in members:
        for fig in record.figures:
            if same_measure(fig, asked) and first < fig.year < last and fig.year not in points:
                points[fig.year], told[fig.year] = fig, record
    from_since = {year: fig for year, fig in points.items() if year >= since}
    if len(from_since) >= 2 or window:
        points = from_since
    if len(points) < 2:
        return Trend([], ())
    ordered = sorted(points.items())
    lines = [
        say.say("trend_point", lang, year=say.year(year, lang), value=amount(fig.value, fig, lang, say))
        for year, fig in ordered
    ]
    (before_year, before), (year, now) = ordered[0 if from_first else -2], ordered[-1]
    change = now.value - before.value
    direction = say.say("unchanged" if change == 0 else direction_key(change, now.lower_is_better), lang)
    when = {"year": say.year(year, lang), "before_year": say.year(before_year, lang)}
    lines.append(say.say("trend_change", lang, direction=direction, by=number(abs(change)), **when))
    if extreme is not None:
        lines.append(_extreme_year(ordered, extreme, lang, say))
    drawn_on = {told[year].id: told[year] for year, _ in ordered}
    return Trend([" ".join(lines)], tuple(drawn_on.values()))


def _extreme_year(ordered: list[tuple[int, Figure]], extreme: str, lang: str, say: Replies) -> str:
    """The best (or worst) of the years held, every year tied for it: a smaller rank is the better. The
    years the figures also tell (a later value, or one a stated change implies: ITA 2563 from "up 13.35")
    count too: the lowest year is not the lowest one listed when an earlier one was lower still."""
    values = {year: fig.value for year, fig in ordered}
    for _, fig in ordered:
        told = [(v.year, v.value) for v in fig.later]
        if fig.change_since is not None:
            told.append((fig.change_since.year, round(fig.value - fig.change_since.by, 2)))
        for year, value in told:
            values.setdefault(year, value)
    better = -1 if ordered[0][1].lower_is_better else 1
    sign = better if extreme == "best" else -better
    top = max(sign * value for value in values.values())
    years = sorted(year for year, value in values.items() if sign * value == top)
    held = ", ".join(say.year(y, lang) for y in years)
    fig = ordered[-1][1]
    label = fig.label.th if lang == "th" else fig.label.en
    return say.say(f"trend_{extreme}", lang, label=label, year=held, value=amount(values[years[0]], fig, lang, say))


def direction_key(change: float, lower_is_better: bool) -> str:
    """The reply key saying which way a change went: a rank's number going down is a rise."""
    if lower_is_better:
        return "rank_worse" if change > 0 else "rank_better"
    return "up" if change > 0 else "down"


def label_shares(fig: Figure, words: Iterable[str], with_whole: bool = False) -> int:
    """How many of these words the figure's label holds, in either language; with its whole's label, the
    words a total of the parts is asked by ("หน่วยงานที่ผลักดัน" sums agencies, provinces and bodies)."""
    whole = f" {fig.part_of.th} {fig.part_of.en}" if with_whole and fig.part_of else ""
    label = f"{fig.label.th} {fig.label.en}{whole}".casefold()
    return sum(1 for w in words if w.casefold() in label)


def closest_figure(figures: list[Figure], words: tuple[str, ...], said: str = "") -> Figure:
    """The figure whose label shares most of these words; on a tie the one whose label the question (`said`,
    compact) holds whole, or nearly whole in Thai ("อันดับรวม IMD" in "อันดับ IMD ภาพรวม", whose รวม is a cue
    word, not a word of the question); else the first."""
    return max(figures, key=lambda fig: (label_shares(fig, words), _label_said(fig, said)))


def _label_said(fig: Figure, said: str) -> bool:
    whole = any(label.replace(" ", "").casefold() in said for label in (fig.label.th, fig.label.en))
    return whole or _thai_label_spelt(fig, said) >= WHOLE_LABEL_SPELT


def _thai_label_spelt(fig: Figure, said: str) -> float:
    """The share of the Thai label's letters the question spells, in runs of three or more ("อันดับ", "รวม").
    Thai only: English runs that short sit inside other words ("over" in "government")."""
    label = fig.label.th.replace(" ", "").casefold()
    if not THAI_CHAR.search(said):
        return 0.0  # an English question spells no Thai label
    at, found = 0, 0
    while at < len(label):
        run = next((n for n in range(len(label) - at, SPELT_RUN - 1, -1) if label[at : at + n] in said), 0)
        found += run
        at += run or 1
    return found / len(label)


def period(record: Record, lang: str, say: Replies) -> str:
    """When the source gives no date for a fact, say the year its results belong to."""
    return say.say("period", lang, year=say.year(record.year, lang))


def citation(cited: list[tuple[Record, Source]], lang: str, say: Replies) -> str:
    """Each source an answer draws on, once, with the sections of its records where it numbers them."""
    parts: dict[str, list[str]] = {}
    for record, source in cited:
        parts.setdefault(source.id, [])
        parts[source.id] += [s for s in record.sections if s not in parts[source.id]] if source.sections else []
    sources = {source.id: source for _, source in cited}
    items = []
    for source_id, sections in parts.items():
        source = sources[source_id]
        title = source.title.th if lang == "th" else source.title.en
        if not sections or source.sections is None:
            items.append(say.say("cited_whole", lang, source=title))
            continue
        label = source.sections.label.th if lang == "th" else source.sections.label.en
        items.append(say.say("cited_sections", lang, source=title, section_label=label, sections=", ".join(sections)))
    return say.say("citation", lang, cited=say.say("cited_joiner", lang).join(items))


def cite_whole(sources: list[Source], lang: str, say: Replies) -> str:
    """Sources cited by title alone: a list answer draws on too many sections to name them."""
    items = [
        say.say("cited_whole", lang, source=source.title.th if lang == "th" else source.title.en) for source in sources
    ]
    return say.say("citation", lang, cited=say.say("cited_joiner", lang).join(items))


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


def clipped(head: str, said: str, limit: int = MAX_ANSWER_CHARS) -> str:
    """The head, then as much of what the report says as fits, cut at a space with an ellipsis."""
    room = limit - len(head) - 1
    if len(said) <= room:
        return f"{head} {said}"
    cut = said[: max(0, room - 2)].rsplit(" ", 1)[0]
    return f"{head} {cut} …" if cut else head


def short_name(record: Record, lang: str) -> str:
    return record.aliases[0] if lang == "th" else record.name.en


def own_heads(texts: list[str]) -> list[str]:
    """Each text without the ending every one of them shares: the parts of a whole are told apart by what is
    left ("ส่วนราชการ", "จังหวัด" before a shared "ที่ผลักดัน e-Service")."""
    n = 0
    while all(len(t) > n for t in texts) and len({t[len(t) - 1 - n] for t in texts}) == 1:
        n += 1
    return [t[: len(t) - n] for t in texts]
