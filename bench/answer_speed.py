"""Benchmark (not a test): cold start, per-question answer time, PyThaiNLP's share, and memory.

Run with `make bench` or `.venv/bin/python bench/answer_speed.py`. Pins itself to one core and
prints medians and p99 over a few hundred varied questions generated from the knowledge files.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLD_RUNS = 5
ROUNDS = 3
OUT_OF_SCOPE = [
    "พรุ่งนี้ฝนตกไหม",
    "ราคาทองวันนี้",
    "What's the weather in Phuket?",
    "ITA ปี 2567 เท่าไหร่",
    "หวยงวดนี้",
    "ต่อพาสปอร์ตที่ไหน",
    "🙂",
    "สวัสดีครับ",
    "ขอบคุณค่ะ",
    "help",
]
STYLES = [
    "{alias} เท่าไหร่",
    "{alias}ได้กี่",
    "ขอตัวอย่าง{alias}หน่อยครับ",
    "{alias} ย่อมาจากอะไร",
    "ใครทำ {alias}",
    "{alias} เป้าหมายปี ๒๕๖๕",
    "What is {en}?",
    "How many {en}?",
    "เล่าเรื่อง{alias}ให้ฟังหน่อย",
]


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def cold_start() -> list[float]:
    """A new process: import, load the built knowledge, answer one question."""
    script = (
        "import time; t = time.perf_counter();"
        "from bot.runtime import load_engine; from bot.settings import get_settings;"
        "from bot.core.types import Inbound;"
        "e = load_engine(get_settings()).engine; e.handle(Inbound('ITA ได้กี่คะแนน', 'b'));"
        "print(time.perf_counter() - t)"
    )
    runs = []
    for _ in range(COLD_RUNS):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
        runs.append((float(out.stdout.strip()), time.perf_counter() - started))
    return runs


def questions(records) -> list[str]:
    rng = random.Random(2564)
    out = list(OUT_OF_SCOPE)
    for record in records:
        for style in STYLES:
            out.append(style.format(alias=rng.choice(record.aliases), en=record.name.en))
    rng.shuffle(out)
    return out


def main() -> None:
    pin_to_one_core()
    from bot.core.types import Inbound
    from bot.runtime import load_engine
    from bot.settings import get_settings

    engine = load_engine(get_settings()).engine  # builds the database if needed, before timing cold starts
    cold = cold_start()
    qs = questions(engine.bundle.records)
    for q in qs[:50]:
        engine.handle(Inbound(q, "warm"))
    answer_times: list[float] = []
    segment_times: list[float] = []
    for _ in range(ROUNDS):
        for n, q in enumerate(qs):
            started = time.perf_counter()
            engine.handle(Inbound(q, f"bench-{n}"))
            answer_times.append(time.perf_counter() - started)
            norm = engine.nlu.normalize(q)
            started = time.perf_counter()
            engine.nlu.segmenter.words(norm.text)
            segment_times.append(time.perf_counter() - started)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ms = 1000
    answer_median, segment_median = statistics.median(answer_times), statistics.median(segment_times)
    print(f"questions: {len(qs)} distinct x {ROUNDS} rounds, one core")
    print(
        f"cold start to first answer (in process): median {statistics.median(c[0] for c in cold):.2f} s "
        f"(with interpreter start {statistics.median(c[1] for c in cold):.2f} s) over {COLD_RUNS} runs"
    )
    print(f"answer time: median {answer_median * ms:.3f} ms, p99 {percentile(answer_times, 99) * ms:.3f} ms")
    print(
        f"PyThaiNLP segmentation alone: median {segment_median * ms:.3f} ms, "
        f"p99 {percentile(segment_times, 99) * ms:.3f} ms"
    )
    print(f"answer / segmentation (medians): {answer_median / segment_median:.1f}x")
    print(f"resident memory (max RSS): {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
