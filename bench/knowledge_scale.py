"""Benchmark (not a test): how answer time, start-up, build time and memory grow with the knowledge.

Repeats the bundled knowledge 1x, 10x and 100x with distinct ids, names and aliases (copy k of "ITA"
is "ITA k7"), builds each, then in a fresh process pinned to one core: start-up to the first answer
with a current build, per-question median and p99 over the same questions at every size, and max RSS.

    .venv/bin/python bench/knowledge_scale.py [--sizes 1 10 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "ITA ได้กี่คะแนน",
    "ความพึงพอใจของประชาชนเท่าไหร่",
    "Biz Portal มีกี่ใบอนุญาต",
    "HPP ย่อมาจากอะไร",
    "ขอตัวอย่าง e-Service หน่อย",
    "What was Thailand's EGDI rank?",
    "รางวัลเลิศรัฐมีผลงานส่งสมัครกี่ผลงาน",
    "GDX คืออะไร",
    "หวยงวดนี้ออกอะไร",
    "asdfgh",
    "ศูนย์ราชการสะดวกมีกี่แห่ง",
    "ต่อใบขับขี่ได้ล่วงหน้ากี่เดือน",
]

CHILD = r"""
import json, os, resource, statistics, sys, time
os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
started = time.perf_counter()
from pathlib import Path
from bot.core.types import Inbound
from bot.runtime import load_engine
from bot.settings import Settings
settings = Settings(knowledge_dir=Path(sys.argv[1]), data_dir=Path(sys.argv[2]))
engine = load_engine(settings).engine
questions = json.loads(sys.argv[3])
engine.handle(Inbound(questions[0], "warm"))
startup = time.perf_counter() - started
times = []
for round_ in range(int(sys.argv[4])):
    for n, q in enumerate(questions):
        t = time.perf_counter()
        engine.handle(Inbound(q, f"s{round_}-{n}"))
        times.append((time.perf_counter() - t) * 1000)
times.sort()
print(json.dumps({
    "startup_s": startup,
    "median_ms": statistics.median(times),
    "p99_ms": times[min(len(times) - 1, round(0.99 * (len(times) - 1)))],
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def repeated(copies: int, into: Path) -> Path:
    """The bundled knowledge `copies` times over, every copy after the first with distinct ids, names
    and aliases, in a folder of its own."""
    folder = into / f"knowledge-{copies}x"
    shutil.copytree(ROOT / "knowledge", folder)
    source = ROOT / "knowledge" / "pdr-2564"
    for path in sorted(source.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "records" not in data:
            continue
        for k in range(1, copies):
            copy = {"source": data["source"], "records": []}
            for record in data["records"]:
                record = json.loads(json.dumps(record))
                record["id"] = f"{record['id']}-k{k}"
                record["name"] = {lang: f"{text} k{k}" for lang, text in record["name"].items()}
                record["aliases"] = [f"{alias} k{k}" for alias in record["aliases"]]
                copy["records"].append(record)
            (folder / "pdr-2564" / f"{path.stem}-k{k}.yaml").write_text(
                yaml.safe_dump(copy, allow_unicode=True), encoding="utf-8"
            )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    python = sys.executable
    rows = []
    with tempfile.TemporaryDirectory(prefix="nonglert-scale-") as tmp:
        for copies in args.sizes:
            knowledge, data = repeated(copies, Path(tmp)), Path(tmp) / f"data-{copies}x"
            started = time.perf_counter()
            subprocess.run(
                [python, "-m", "bot", "kb", "build", "--knowledge", str(knowledge), "--data", str(data)],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            build = time.perf_counter() - started
            out = subprocess.run(
                [python, "-c", CHILD, str(knowledge), str(data), json.dumps(QUESTIONS), str(args.rounds)],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            records = sum(
                len(yaml.safe_load(f.read_text(encoding="utf-8")).get("records", [])) for f in knowledge.rglob("*.yaml")
            )
            rows.append((copies, records, build, json.loads(out.strip().splitlines()[-1])))
    base = rows[0][3]["median_ms"]
    print(
        f"{'knowledge':>9} {'records':>8} {'median ms':>10} {'p99 ms':>8} {'x 1x':>6} {'start-up s':>11} "
        f"{'build s':>8} {'RSS MB':>7}"
    )
    for copies, records, build, r in rows:
        print(
            f"{copies:>8}x {records:>8} {r['median_ms']:>10.2f} {r['p99_ms']:>8.2f} {r['median_ms'] / base:>6.1f} "
            f"{r['startup_s']:>11.2f} {build:>8.1f} {r['rss_mb']:>7.0f}"
        )


if __name__ == "__main__":
    main()
