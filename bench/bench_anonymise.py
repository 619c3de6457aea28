"""Benchmark the anonymiser: batch throughput through the real CLI, and per-note latency.

    python bench/bench_anonymise.py [--notes 5000]

Prints figures only; asserts nothing.  The notes are the hand-written evaluation notes
(``tests/cohort/eval/notes.jsonl``), each topped up with sentences of the next note to
about 350 characters and numbered so no two lines are identical.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "tests" / "cohort" / "eval" / "notes.jsonl"


def _notes(count: int) -> list[dict]:
    base = [json.loads(line) for line in NOTES.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(count):
        text = base[i % len(base)]["text"]
        extra = base[(i + 1) % len(base)]["text"].split(". ")
        k = 0
        while len(text) < 340 and k < len(extra):
            text += " " + extra[k].rstrip(".") + "."
            k += 1
        out.append({"id": f"n{i}", "text": f"{text} ({i})"})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    args = parser.parse_args(argv)
    sys.path.append(str(ROOT))  # an installed Tværs first
    notes = _notes(args.notes)
    payload = "".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes).encode("utf-8")
    mean_chars = statistics.mean(len(n["text"]) for n in notes)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"notes: {len(notes)}, mean length {mean_chars:.0f} characters")

    # start-up: import the engine and load the gazetteers in a fresh process
    code = "import time; t=time.perf_counter(); from journal.cohort.anonymise import get_engine; get_engine(); print(time.perf_counter()-t)"
    startups = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout) for _ in range(5)]
    print(f"import + gazetteers: {statistics.median(startups) * 1000:.0f} ms (median of 5 fresh processes)")

    # the real CLI, one process, --batch
    cmd = [sys.executable, "-m", "journal", "anonymise", "--batch"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, input=payload, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        print(f"CLI failed ({proc.returncode}): {proc.stderr.decode(errors='replace').strip()}")
        return 1
    lines = proc.stdout.decode("utf-8").splitlines()
    print(f"CLI --batch: {len(lines)} notes in {wall:.2f} s wall (process start included) = {len(lines) / wall:,.0f} notes/s")

    # in process, per note
    from journal.cohort.anonymise import get_engine

    engine = get_engine()
    for n in notes[:200]:
        engine.anonymise(n["text"])  # warm up
    times = []
    for n in notes:
        t = time.perf_counter()
        engine.anonymise(n["text"])
        times.append(time.perf_counter() - t)
    times.sort()
    p50 = times[len(times) // 2] * 1e6
    p95 = times[int(len(times) * 0.95)] * 1e6
    print(f"in process: p50 {p50:.0f} µs, p95 {p95:.0f} µs, max {times[-1] * 1e6:.0f} µs per note; {len(times) / sum(times):,.0f} notes/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
