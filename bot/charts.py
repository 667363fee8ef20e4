"""Progress charts as PNG: one measure over the years its series holds, against its target, and every
measure's share of its target.

matplotlib is imported only when a chart is drawn (its import alone takes as long as hundreds of answers),
so start-up and answer time do not change. Thai is drawn with the font the repository ships (Loma), given
to every text by file, never looked up among the system's fonts. Charts are cached on disk per knowledge
version, so a reload draws them again; drawing is deterministic (fixed size and resolution, no metadata
that changes), so the same knowledge gives the same bytes. Every word on a chart is from the replies file
or the knowledge.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core import answer
from bot.core.schema import Figure, Record
from bot.core.series import label_likeness, same_measure

if TYPE_CHECKING:  # for hints only: importing matplotlib here would slow every start
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as Canvas
    from matplotlib.font_manager import FontProperties

    from bot.core.engine import Engine

FONTS = Path(__file__).resolve().parent / "assets" / "fonts"
REGULAR, BOLD = FONTS / "Loma.ttf", FONTS / "Loma-Bold.ttf"
LANGS = ("th", "en")
WIDTH, HEIGHT, DPI = 8.0, 4.5, 150  # inches and dots per inch: 1200 x 675 pixels, a phone screen's width
ROW = 0.55  # inches per measure in the overview (its name above its bar): its height grows with the knowledge
TOP, BOTTOM = 0.9, 1.0  # inches above and below the overview's bars: the title; the axis and the source
TITLE_CHARS, LABEL_CHARS, SOURCE_CHARS = 70, 110, 140
RESULT, TARGET, MET, BEHIND, GREY = "#1f6fb2", "#c0392b", "#2e8b57", "#e08a1e", "#666666"
_drawing = threading.Lock()  # one chart at a time: matplotlib's font caches are shared by the process


@dataclass(frozen=True)
class Measured:
    """A record's chart, read from the knowledge: its measure's values by year and its targets."""

    title: str
    figure: Figure  # the record's figure drawn: its label, unit and direction
    values: dict[int, float]  # year -> value, oldest first
    targets: tuple[tuple[float, int], ...]  # (target, year), as the series' records set them
    note: str  # the share of the target reached, from the database, or empty
    source: str


class Charts:
    """Draws and caches charts under `cache_dir/<knowledge version>/`."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        # a lock per chart being drawn, gone once no thread holds it: N first requests draw it once
        self._flights: weakref.WeakValueDictionary[Path, threading.Lock] = weakref.WeakValueDictionary()
        self._flights_lock = threading.Lock()

    def record_png(self, engine: Engine, record_id: str, lang: str = "th") -> bytes | None:
        """One measure against its target; a series over several years when one exists (engine.series maps a
        record id to its members across years). None when the id is unknown or the record has no figure to
        draw."""
        _check(lang)
        record = engine.records.get(record_id)
        if record is None or not record.figures:
            return None
        return self._cached(engine, f"records/{record.id}.{lang}.png", lambda: _render_record(engine, record, lang))

    def overview_png(self, engine: Engine, lang: str = "th") -> bytes:
        """Every measure's share of its target, sorted."""
        _check(lang)
        return self._cached(engine, f"overview.{lang}.png", lambda: _render_overview(engine, lang))

    def _flight(self, path: Path) -> threading.Lock:
        """The lock of one chart file (its version, name and language): the threads asking for it wait
        for the one drawing it, rather than each drawing it again after a reload emptied the cache."""
        with self._flights_lock:
            lock = self._flights.get(path)
            if lock is None:
                lock = self._flights[path] = threading.Lock()
            return lock

    def _cached(self, engine: Engine, name: str, draw: Callable[[], bytes]) -> bytes:
        """The chart as drawn for this knowledge version; drawn once and kept when there is none yet."""
        path = self.cache_dir / engine.version / name
        with contextlib.suppress(FileNotFoundError):
            return path.read_bytes()
        with self._flight(path):
            with contextlib.suppress(FileNotFoundError):
                return path.read_bytes()  # drawn by the thread this one waited for
            png = draw()
            self._keep(engine.version, path, png)
            return png

    def _keep(self, version: str, path: Path, png: bytes) -> None:
        """Write the chart whole and rename it into place (a reader never sees half a file). The first
        chart of a new version removes the older versions' folders; a writer still on an older version
        (a reload in this process, another worker following it) may see its folder go mid-write, and its
        chart is then simply not kept: it is still right for the request that drew it."""
        folder = self.cache_dir / version
        if not folder.exists():
            for old in self.cache_dir.glob("*"):
                if old.is_dir() and old.name != version:
                    shutil.rmtree(old, ignore_errors=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        with contextlib.suppress(FileNotFoundError):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(png)
            os.replace(tmp, path)


def _check(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")


# ---- what to draw -------------------------------------------------------------------------------
def measured(engine: Engine, record: Record, lang: str) -> Measured:
    """The record's measure (its first figure with a target, else its first) in every year its series holds,
    each year from the newest record giving it, with every target the series sets."""
    position, figure = next(((n, f) for n, f in enumerate(record.figures) if f.target is not None), (0, None))
    figure = figure or record.figures[0]
    values: dict[int, float] = {}
    targets: dict[tuple[float, int], None] = {}
    drawn_on: list[Record] = []
    for member in engine.series.get(record.id, (record,)):
        own = figure if member.id == record.id else _same_measure(figure, member)
        if own is None:
            continue
        drawn_on.append(member)
        values.update([(own.year, own.value), *((v.year, v.value) for v in own.later)])
        if own.target is not None and own.target_year is not None:
            targets[(own.target, own.target_year)] = None
    say = engine.say
    note = ""
    share = next((m for m in engine.search.measures([record.id]) if m.position == position), None)
    if share is not None and share.share is not None:
        percent = answer.number(round(share.share * 100, 2))
        note = say.say("chart_share", lang, year=say.year(share.year, lang), share=percent)
    cited = [(r, engine.bundle.sources[r.source or ""]) for r in drawn_on]
    return Measured(
        getattr(record.name, lang),
        figure,
        dict(sorted(values.items())),
        tuple(sorted(targets, key=lambda t: t[1])),
        note,
        answer.citation(cited, lang, say)[1:-1],
    )


def _same_measure(figure: Figure, member: Record) -> Figure | None:
    """The member's figure of the same measure, the likest by label when several are."""
    alike = [f for f in member.figures if same_measure(figure, f)]
    return max(alike, key=lambda f: label_likeness(figure, f), default=None)


def shares(engine: Engine, lang: str) -> list[tuple[str, float]]:
    """Every measure with a target, named (with its figure's label when its record has several), and the share
    of it reached (from the database), largest first."""
    rows = []
    for measure in engine.search.measures(list(engine.records)):
        if measure.share is not None:
            record = engine.records[measure.record_id]
            name, label = answer.short_name(record, lang), getattr(record.figures[measure.position].label, lang)
            key = "chart_overview_figure" if len(record.figures) > 1 else "chart_overview_line"
            line = engine.say.say(key, lang, name=name, label=label, be=measure.year, ce=measure.year - 543)
            rows.append((line, measure.share))
    return sorted(rows, key=lambda row: (-row[1], row[0]))


# ---- drawing ------------------------------------------------------------------------------------
def _render_record(engine: Engine, record: Record, lang: str) -> bytes:
    chart = measured(engine, record, lang)
    say = engine.say
    rank = chart.figure.lower_is_better

    def draw(canvas: Canvas) -> None:
        canvas.text(0.04, 0.92, _cut(chart.title, TITLE_CHARS), fontproperties=_font(15, bold=True))
        canvas.text(
            0.04, 0.86, _cut(getattr(chart.figure.label, lang), TITLE_CHARS), fontproperties=_font(11), color=GREY
        )
        canvas.text(0.04, 0.075, chart.note, fontproperties=_font(10))
        canvas.text(0.04, 0.03, _cut(chart.source, SOURCE_CHARS), fontproperties=_font(8), color=GREY)
        axes = canvas.add_axes((0.1, 0.2, 0.86, 0.6))
        _plain(axes)
        years = list(chart.values)
        xs = range(len(years))
        values = list(chart.values.values())
        if rank:  # a rank: a line, the best (smallest) at the top
            axes.plot(xs, values, marker="o", markersize=8, color=RESULT, label=say.say("chart_result", lang))
        else:
            axes.bar(xs, values, width=0.55, color=RESULT, label=say.say("chart_result", lang))
        for x, value in zip(xs, values, strict=True):
            axes.annotate(
                answer.number(value),
                (x, value),
                xytext=(0, -16 if rank else 4),
                textcoords="offset points",
                ha="center",
                fontproperties=_font(11, bold=True),
            )
        for n, (target, year) in enumerate(chart.targets):
            amount = answer.amount(target, chart.figure, lang, say)
            worded = say.say("chart_target", lang, target=amount, target_year=say.year(year, lang))
            label = say.say("chart_overview_goal", lang) if n == 0 else None
            axes.axhline(target, linestyle="--", linewidth=1.5, color=TARGET, label=label)
            axes.text(
                len(years) - 0.3,
                target,
                worded,
                ha="right",
                va="bottom",
                color=TARGET,
                fontproperties=_font(10),
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.5},
            )
        top = max([*values, *(t for t, _ in chart.targets)]) * 1.2 or 1.0  # room above the tallest
        axes.set_xlim(-0.8, len(years) - 0.2)
        axes.set_xticks(list(xs), [say.year(y, lang) for y in years], fontproperties=_font(10))
        _value_ticks(axes, top, integer=rank)
        axes.set_ylim((top, 0) if rank else (0, top))
        axes.set_ylabel(getattr(chart.figure.unit, lang), fontproperties=_font(10))
        axes.legend(prop=_font(9), loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, frameon=False)

    return _render(draw, HEIGHT)


def _render_overview(engine: Engine, lang: str) -> bytes:
    rows = shares(engine, lang)
    say = engine.say
    height = max(HEIGHT, TOP + BOTTOM + ROW * len(rows))
    sources = list(engine.bundle.sources.values())

    def draw(canvas: Canvas) -> None:
        title = say.say("chart_overview_title", lang)
        canvas.text(0.04, 1 - 0.45 / height, title, fontproperties=_font(15, bold=True))
        cited = answer.cite_whole(sources, lang, say)[1:-1] if sources else ""
        canvas.text(0.04, 0.12 / height, _cut(cited, SOURCE_CHARS), fontproperties=_font(8), color=GREY)
        axes = canvas.add_axes((0.04, BOTTOM / height, 0.9, 1 - (TOP + BOTTOM) / height))
        _plain(axes)
        axes.spines["left"].set_visible(False)
        if not rows:
            axes.set_axis_off()
            axes.text(0.5, 0.5, say.say("chart_overview_empty", lang), ha="center", fontproperties=_font(12))
            return
        percents = [share * 100 for _, share in rows]
        ys = range(len(rows) - 1, -1, -1)  # the largest share at the top, each bar under its name
        axes.barh(list(ys), percents, height=0.4, color=[MET if p >= 100 else BEHIND for p in percents])
        for y, (name, _), percent in zip(ys, rows, percents, strict=True):
            axes.text(0, y + 0.25, _cut(name, LABEL_CHARS), va="bottom", fontproperties=_font(9.5))
            worded = say.say("chart_percent", lang, n=answer.number(round(percent, 2)))
            axes.annotate(
                worded, (percent, y), xytext=(4, 0), textcoords="offset points", va="center", fontproperties=_font(9)
            )
        axes.axvline(100, linestyle="--", linewidth=1.5, color=TARGET)
        goal = say.say("chart_overview_goal", lang)
        axes.text(100, 1.0, goal, color=TARGET, transform=axes.get_xaxis_transform(), fontproperties=_font(9))
        right = max(120.0, max(percents) * 1.15)
        ticks = [t for t in _nice_ticks(right) if t <= right]
        axes.set_xticks(ticks, [answer.number(t) for t in ticks], fontproperties=_font(10))
        axes.set_xlim(0, right)
        axes.set_yticks([])
        axes.set_ylim(-0.5, len(rows) - 0.1)
        axes.set_xlabel(say.say("chart_overview_axis", lang), fontproperties=_font(10))

    return _render(draw, height)


def _render(draw: Callable[[Canvas], None], height: float) -> bytes:
    """A figure of fixed width drawn by `draw`, as PNG bytes, with the Agg backend and no pyplot (no global
    figure state). Matplotlib writes no date into a PNG; its version is left out too."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure as Canvas

    with _drawing:
        canvas = Canvas(figsize=(WIDTH, height), dpi=DPI, facecolor="white")
        FigureCanvasAgg(canvas)
        draw(canvas)
        out = io.BytesIO()
        canvas.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def _font(size: float, bold: bool = False) -> FontProperties:
    """The shipped Thai font, by file: a system font of the same name can never stand in for it."""
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=BOLD if bold else REGULAR, size=size)


def _plain(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _value_ticks(axes: Axes, top: float, integer: bool) -> None:
    ticks = [t for t in _nice_ticks(top, integer) if t <= top]
    axes.set_yticks(ticks, [answer.number(t) for t in ticks], fontproperties=_font(10))


def _nice_ticks(top: float, integer: bool = False) -> list[float]:
    from matplotlib.ticker import MaxNLocator

    return [float(t) for t in MaxNLocator(nbins=5, integer=integer).tick_values(0, top) if t >= 0]


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
