"""Progress charts: valid PNGs drawn with the shipped Thai font, series over their years, words from the
replies file, a cache per knowledge version, and matplotlib loaded only when a chart is drawn."""

from __future__ import annotations

import copy
import io
import os
import shutil
import subprocess
import sys
import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from bot import charts as charts_module
from bot.charts import BOLD, DPI, HEIGHT, REGULAR, WIDTH, Charts, measured, shares
from bot.core.answer import amount
from bot.core.engine import Engine
from tests.conftest import ROOT

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list:
    """Every matplotlib figure saved while the test runs, to read what was drawn on it."""
    from matplotlib.figure import Figure

    figures: list = []
    save = Figure.savefig

    def keep(self: Figure, *args: object, **kwargs: object) -> None:
        figures.append(self)
        save(self, *args, **kwargs)

    monkeypatch.setattr(Figure, "savefig", keep)
    return figures


def texts(figure: object) -> list:
    from matplotlib.text import Text

    return [t for t in figure.findobj(Text) if t.get_text().strip()]


def size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as image:
        image.verify()
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        return image.size


def test_a_record_chart_is_a_png_of_a_fixed_size(engine: Engine, tmp_path: Path) -> None:
    png = Charts(tmp_path).record_png(engine, "biz-portal")
    assert png is not None and png.startswith(PNG_MAGIC)
    assert size(png) == (int(WIDTH * DPI), int(HEIGHT * DPI))


def test_the_overview_is_a_png_of_every_measure_sorted_by_share_of_target(engine: Engine, tmp_path: Path) -> None:
    png = Charts(tmp_path).overview_png(engine, "en")
    assert png.startswith(PNG_MAGIC) and size(png)[0] == int(WIDTH * DPI)
    rows = shares(engine, "th")
    assert [share for _, share in rows] == sorted((share for _, share in rows), reverse=True)
    (biz,) = [share for name, share in rows if name.startswith("Biz Portal")]
    assert biz == engine.search.measures(["biz-portal"])[0].share  # the database's share, not another sum
    assert len(rows) == sum(1 for m in engine.search.measures(list(engine.records)) if m.share is not None)


def test_thai_is_drawn_with_the_shipped_font_and_no_glyph_is_missing(
    engine: Engine, tmp_path: Path, drawn: list
) -> None:
    from matplotlib.ft2font import FT2Font

    assert FT2Font(str(REGULAR)).get_char_index(ord("\u0e01")) != 0, "the shipped font has Thai letters"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Charts(tmp_path).record_png(engine, "citizen-satisfaction", "th")
        Charts(tmp_path).overview_png(engine, "th")
    assert not [w for w in caught if "missing from font" in str(w.message)]
    files = {Path(t.get_fontproperties().get_file()) for figure in drawn for t in texts(figure)}
    assert files == {REGULAR, BOLD}, "every word, bold or not, in the repository's own font"


def test_a_thai_label_in_a_font_without_thai_would_warn_of_missing_glyphs() -> None:
    """The check above can fail: the same capture sees the warning when Thai meets a Latin-only font."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure()
    FigureCanvasAgg(figure)
    figure.text(0.1, 0.5, "\u0e04\u0e27\u0e32\u0e21", family="DejaVu Sans")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(io.BytesIO(), format="png")
    assert [w for w in caught if "missing from font" in str(w.message)]


def test_the_words_on_a_chart_come_from_the_replies_and_the_knowledge(
    engine: Engine, tmp_path: Path, drawn: list
) -> None:
    say = engine.say
    for lang in ("th", "en"):
        Charts(tmp_path).record_png(engine, "biz-portal", lang)
        words = {t.get_text() for t in texts(drawn[-1])}
        record = engine.records["biz-portal"]
        figure = record.figures[0]
        target = amount(60, figure, lang, say)
        assert getattr(record.name, lang) in words and getattr(figure.label, lang) in words
        assert say.say("chart_target", lang, target=target, target_year=say.year(2565, lang)) in words
        assert say.say("chart_result", lang) in words and say.year(2564, lang) in words
        assert say.say("chart_share", lang, year=say.year(2564, lang), share="58.33") in words


def test_a_measure_in_a_series_is_drawn_over_its_years(with_later_years: Engine, tmp_path: Path, drawn: list) -> None:
    chart = measured(with_later_years, with_later_years.records["egdi"], "en")
    assert chart.values == {2563: 57, 2565: 55, 2567: 52}
    assert chart.targets == ((50, 2565), (40, 2570))  # each target the series sets
    Charts(tmp_path).record_png(with_later_years, "egdi", "en")
    (axes,) = drawn[-1].axes
    assert [t.get_text() for t in axes.get_xticklabels()] == ["2563 (2020)", "2565 (2022)", "2567 (2024)"]
    assert axes.yaxis_inverted(), "a rank: the best, the smallest, at the top"
    ita = measured(with_later_years, with_later_years.records["ita"], "th")
    assert list(ita.values) == [2564, 2565, 2566, 2568]  # 2567 gives no average score: no bar for it


def test_an_unknown_id_or_a_record_without_figures_draws_nothing(engine: Engine, tmp_path: Path) -> None:
    charts = Charts(tmp_path)
    assert charts.record_png(engine, "no-such-record") is None
    assert charts.record_png(engine, "../../etc/passwd") is None
    assert not engine.records["gdx"].figures and charts.record_png(engine, "gdx") is None
    assert not any(tmp_path.rglob("*.png")), "nothing drawn, nothing kept"
    with pytest.raises(ValueError):
        charts.record_png(engine, "biz-portal", "fr")


def test_a_chart_is_drawn_once_per_knowledge_version(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renders: list[float] = []
    render = charts_module._render

    def counted(draw: object, height: float) -> bytes:
        renders.append(height)
        return render(draw, height)

    monkeypatch.setattr(charts_module, "_render", counted)
    charts = Charts(tmp_path)
    first = charts.record_png(engine, "biz-portal")
    again = Charts(tmp_path).record_png(engine, "biz-portal")  # another worker on the same folder
    assert first == again and len(renders) == 1
    assert (tmp_path / engine.version / "records" / "biz-portal.th.png").read_bytes() == first
    assert charts.overview_png(engine) == charts.overview_png(engine) and len(renders) == 2
    reloaded = copy.copy(engine)
    reloaded.version = "next-version"  # what a reload serves: new knowledge, a new version
    assert charts.record_png(reloaded, "biz-portal") == first and len(renders) == 3  # drawn again
    assert not (tmp_path / engine.version).exists(), "the old version's charts are gone"


def test_many_first_requests_for_one_chart_draw_it_once(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a reload empties the cache, N requests at once for the same chart wait for one drawing."""
    draws: list[str] = []
    render = charts_module._render_overview

    def slow(engine: Engine, lang: str) -> bytes:
        draws.append(lang)
        time.sleep(0.2)  # every other thread arrives while this one draws
        return render(engine, lang)

    monkeypatch.setattr(charts_module, "_render_overview", slow)
    charts = Charts(tmp_path)
    start = threading.Barrier(8)

    def ask(lang: str) -> bytes:
        start.wait()
        return charts.overview_png(engine, lang)

    with ThreadPoolExecutor(8) as pool:
        pngs = list(pool.map(ask, ["th"] * 6 + ["en"] * 2))
    assert sorted(draws) == ["en", "th"], "once per version, chart and language"
    assert len(set(pngs[:6])) == 1 and pngs[0].startswith(PNG_MAGIC) and pngs[6] != pngs[0]
    assert not charts._flights, "no lock is kept once nobody waits"


def test_a_chart_whose_folder_a_newer_version_removed_mid_write_is_still_served(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request still on the old version (a reload in this process, another worker) loses its folder to
    the new version's first chart between drawing and writing: it still answers with the chart."""
    replace = os.replace

    def removed_first(source: Path, target: Path) -> None:
        shutil.rmtree(tmp_path / engine.version)  # the new version's cleanup, just now
        replace(source, target)

    monkeypatch.setattr(charts_module.os, "replace", removed_first)
    png = Charts(tmp_path).record_png(engine, "biz-portal")
    assert png is not None and png.startswith(PNG_MAGIC)
    assert not (tmp_path / engine.version).exists(), "not kept: its version is gone"


def test_the_same_knowledge_draws_the_same_bytes(engine: Engine, tmp_path: Path) -> None:
    one = Charts(tmp_path / "one").record_png(engine, "egdi", "en")
    two = Charts(tmp_path / "two").record_png(engine, "egdi", "en")
    assert one == two and b"Matplotlib" not in one


def test_importing_the_server_or_the_charts_does_not_import_matplotlib() -> None:
    code = "import sys, bot.charts, bot.channels.telegram, bot.web; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
