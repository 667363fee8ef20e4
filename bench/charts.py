"""Benchmark (not a test): how long a progress chart takes to draw, cold and cached.

Run with `.venv/bin/python bench/charts.py [--runs N]`. Pins itself to one core. For the record chart of
Biz Portal and the overview, in Thai, it reports medians of:

- cold, with the import: a new process, a fresh cache folder, the first chart drawn (matplotlib imported
  by it, as in a server that has drawn nothing yet);
- the import alone, and the cold draw without it (the same new process, matplotlib imported first);
- a draw in a warm process (matplotlib and the font loaded, the cache folder fresh);
- cached: the PNG read back from the cache folder.

The knowledge is loaded before timing starts in every process: it is not part of a chart's cost.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WARM_RUNS = 30
CHARTS = ("record", "overview")
MATPLOTLIB = ("matplotlib.figure", "matplotlib.backends.backend_agg", "matplotlib.ticker", "matplotlib.font_manager")


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def draw(charts: object, engine: object, which: str) -> bytes | None:
    if which == "record":
        return charts.record_png(engine, "biz-portal", "th")
    return charts.overview_png(engine, "th")


def child(which: str, import_first: bool) -> dict[str, float]:
    """One new process: load the knowledge, then time the first chart (and the import, when asked)."""
    from bot.charts import Charts
    from bot.core.engine import Engine
    from bot.core.loader import load_bundle

    engine = Engine(load_bundle(ROOT / "knowledge", ROOT / "intents"))
    assert "matplotlib" not in sys.modules
    took: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        if import_first:
            start = time.perf_counter()
            for module in MATPLOTLIB:
                importlib.import_module(module)
            took["import"] = time.perf_counter() - start
        start = time.perf_counter()
        draw(Charts(Path(folder)), engine, which)
        took["first"] = time.perf_counter() - start
    return took


def in_new_process(which: str, import_first: bool) -> dict[str, float]:
    args = [sys.executable, __file__, "--child", which] + (["--import-first"] if import_first else [])
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def warm(which: str) -> tuple[list[float], list[float]]:
    """In this process, matplotlib loaded: each draw into a fresh folder, then each read from the cache."""
    from bot.charts import Charts
    from bot.core.engine import Engine
    from bot.core.loader import load_bundle

    engine = Engine(load_bundle(ROOT / "knowledge", ROOT / "intents"))
    drawn, cached = [], []
    with tempfile.TemporaryDirectory() as folder:
        draw(Charts(Path(folder) / "warm-up"), engine, which)
        for n in range(WARM_RUNS):
            charts = Charts(Path(folder) / str(n))
            start = time.perf_counter()
            draw(charts, engine, which)
            drawn.append(time.perf_counter() - start)
            start = time.perf_counter()
            draw(charts, engine, which)
            cached.append(time.perf_counter() - start)
    return drawn, cached


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:,.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="new processes per cold figure")
    parser.add_argument("--child", choices=CHARTS)
    parser.add_argument("--import-first", action="store_true")
    args = parser.parse_args()
    pin_to_one_core()
    if args.child:
        print(json.dumps(child(args.child, args.import_first)))
        return
    print(f"chart drawing, medians ({args.runs} new processes per cold figure, {WARM_RUNS} warm draws)\n")
    print("| chart | cold, with import | import alone | cold, without import | warm draw | cached |")
    print("| --- | --- | --- | --- | --- | --- |")
    for which in CHARTS:
        with_import = [in_new_process(which, False)["first"] for _ in range(args.runs)]
        split = [in_new_process(which, True) for _ in range(args.runs)]
        drawn, cached = warm(which)
        cells = [ms(with_import), ms([s["import"] for s in split]), ms([s["first"] for s in split])]
        print(f"| {which} | {' | '.join(cells)} | {ms(drawn)} | {ms(cached)} |")


if __name__ == "__main__":
    main()
