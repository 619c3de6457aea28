"""Import figures, and Tværs beside jrnl on the same entries (run by ``bench/run.py``, or alone).

    python bench/bench_import.py [--quick]

* the import of 10,000 jrnl entries (JSON export and text file), in process: read and
  checked, then written in one transaction into a fresh journal; and the same through
  ``tvaers import`` as a fresh process;
* scrolling the whole list of the 100,000-entry journal in the window, and its memory
  after (``bench_scroll.py``);
* ``tvaers list --limit 10``, ``tvaers search WORD`` and ``tvaers export --format md --all``
  beside ``jrnl -n 10``, ``jrnl -contains WORD -n 50`` and ``jrnl --format markdown --file``
  on the same entries, at 10,000 and 100,000 entries
  (``--quick``: 10,000 only), if jrnl is installed in its own venv: the script looks
  for ``$TVAERS_BENCH_JRNL`` or ``/tmp/tvaers-bench-jrnl/bin/jrnl``
  (``python3 -m venv /tmp/tvaers-bench-jrnl && /tmp/tvaers-bench-jrnl/bin/pip install jrnl``).

jrnl's journal is a plain text file; Tværs's is encrypted (SQLCipher).  Both journals
here have no passphrase, so neither pays for key derivation.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.append(str(ROOT))  # an installed Tværs first: benchmarks measure what users run
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

WORD = "vedholdenhed"


def entries(count: int, seed: int = 11) -> list[dict]:
    """jrnl-shaped entries: a one-sentence title, a body of corpus prose, a time every 53 minutes."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 5, 8, 0)
    out = []
    for n in range(count):
        moment = start + timedelta(minutes=53 * n)
        title = corpus.body(rng, 6).rstrip(".") + "."
        tags = rng.sample(["@økonomi", "@direktionen", "@borgeren", "@tværs", "@silo"], rng.randint(0, 2))
        text = corpus.body(rng, 120) + " " + " ".join(tags)
        out.append({"title": title, "body": text, "date": moment.strftime("%Y-%m-%d"), "time": moment.strftime("%H:%M"),
                    "tags": tags, "starred": n % 17 == 0})
    return out


def write_jrnl_files(folder: Path, items: list[dict]) -> tuple[Path, Path, Path]:
    """The same entries as jrnl's text journal (as jrnl 4 writes it), its JSON export, and a jrnl config."""
    folder.mkdir(parents=True, exist_ok=True)
    txt, export, config = folder / "journal.txt", folder / "export.json", folder / "jrnl.yaml"
    with txt.open("w", encoding="utf-8") as handle:
        for item in items:
            moment = datetime.strptime(f"{item['date']} {item['time']}", "%Y-%m-%d %H:%M")
            star = " *" if item["starred"] else ""
            handle.write(f"[{moment.strftime('%Y-%m-%d %I:%M:%S %p')}] {item['title']}{star}\n{item['body']}\n\n")
    export.write_text(json.dumps({"tags": {}, "entries": items}, ensure_ascii=False), "utf-8")
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\ndefault_hour: 9\ndefault_minute: 0\neditor: ''\n"
        "encrypt: false\nhighlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {json.dumps(str(txt))}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\nversion: v4.6\n",
        "utf-8",
    )
    return txt, export, config


def fresh_journal(folder: Path) -> Path:
    from journal.store import Store

    if folder.exists():
        shutil.rmtree(folder)
    Store.create(folder, None)[0].close()
    return folder


def timed_import(folder: Path, source: Path, fmt: str) -> tuple[float, float, int]:
    """Seconds to read and check, seconds to write; entries imported."""
    from journal import importers
    from journal.store import Store

    fresh_journal(folder)
    store = Store.open(folder, None)
    try:
        start = time.perf_counter()
        report = importers.parse(source, fmt)
        parsed = time.perf_counter()
        imported, _ = importers.write(store, report)
        written = time.perf_counter()
    finally:
        store.close()
    return parsed - start, written - parsed, imported


def tvaers() -> list[str]:
    script = Path(sys.executable).with_name("tvaers.exe" if os.name == "nt" else "tvaers")
    return [str(script)] if script.exists() else [sys.executable, "-m", "journal"]


def env() -> dict:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("TVAERS_DATA_DIR", "TVAERS_PASSPHRASE", "PYTHONDONTWRITEBYTECODE"):
        environment.pop(name, None)
    return environment


def wall(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True, env=env())  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def wall_writing(command: list[str], runs: int, out: Path) -> float:
    """``wall`` for a command that writes ``out``: the file is removed before each run (untimed)."""
    def once() -> float:
        out.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env())
        elapsed = (time.perf_counter() - start) * 1000
        if not out.exists():
            raise RuntimeError(f"{command[0]} wrote no {out}")
        return elapsed

    once()  # warm-up
    return statistics.median(once() for _ in range(runs))


def jrnl_command() -> list[str] | None:
    for candidate in (os.environ.get("TVAERS_BENCH_JRNL"), "/tmp/tvaers-bench-jrnl/bin/jrnl"):
        if candidate and Path(candidate).exists():
            return [candidate]
    return None


def compare(size: int, runs: int) -> None:
    folder = OUT / f"jrnl-{size}"
    txt, export, config = write_jrnl_files(folder, entries(size))
    journal = folder / "tvaers"
    read_s, write_s, imported = timed_import(journal, txt, "jrnl-txt")
    print(f"import of {size:,} jrnl entries (text file) into a fresh journal: read {read_s:.2f} s + write {write_s:.2f} s "
          f"= {read_s + write_s:.2f} s ({imported:,} entries)")
    ours = [*tvaers(), "--data-dir", str(journal)]
    jrnl = jrnl_command()
    pairs = (
        ("list, newest 10", ["list", "--limit", "10"], ["-n", "10"]),
        (f"search {WORD}", ["search", WORD, "--limit", "50"], ["-contains", WORD, "-n", "50"]),
    )
    for label, our_args, their_args in pairs:
        mine = wall(ours + our_args, runs)
        if jrnl is None:
            print(f"CLI {label:<22} {size:>7,} entries: tvaers {mine:7.0f} ms   (jrnl not installed; see bench/bench_import.py)")
            continue
        theirs = wall([*jrnl, "--config-file", str(config), *their_args], runs)
        print(f"CLI {label:<22} {size:>7,} entries: tvaers {mine:7.0f} ms   jrnl {theirs:8.0f} ms   "
              f"tvaers/jrnl {mine / theirs:.3f} (jrnl {theirs / mine:.1f}x slower)")
    # Every entry as one Markdown file: the export a leader makes to keep or print the journal.
    label, ours_out, theirs_out = "export all, Markdown", folder / "export-tvaers.md", folder / "export-jrnl.md"
    mine = wall_writing(ours + ["export", "--format", "md", "--all", "--out", str(ours_out)], runs, ours_out)
    if jrnl is None:
        print(f"CLI {label:<22} {size:>7,} entries: tvaers {mine:7.0f} ms   (jrnl not installed; see bench/bench_import.py)")
        return
    theirs = wall_writing([*jrnl, "--config-file", str(config), "--format", "markdown", "--file", str(theirs_out)], runs, theirs_out)
    print(f"CLI {label:<22} {size:>7,} entries: tvaers {mine:7.0f} ms   jrnl {theirs:8.0f} ms   "
          f"tvaers/jrnl {mine / theirs:.3f} (jrnl {theirs / mine:.1f}x slower)")


def main(quick: bool = False) -> None:
    items = entries(10_000)
    folder = OUT / "import-10000"
    txt, export, _ = write_jrnl_files(folder, items)
    for fmt, source in (("jrnl-json", export), ("jrnl-txt", txt)):
        read_s, write_s, imported = timed_import(folder / "journal", source, fmt)
        print(f"import of 10,000 jrnl entries ({fmt}), in process: read {read_s:.2f} s + write {write_s:.2f} s = {read_s + write_s:.2f} s "
              f"(goal ≤3 s; {imported:,} imported)")
    journal = fresh_journal(folder / "journal")
    start = time.perf_counter()
    subprocess.run([*tvaers(), "--data-dir", str(journal), "import", "--from", "jrnl-json", str(export)], check=True, capture_output=True, env=env())
    print(f"tvaers import --from jrnl-json, 10,000 entries, fresh process: {time.perf_counter() - start:.2f} s")
    compare(10_000, 3 if quick else 5)
    if not quick:
        compare(100_000, 3)
        scroll = subprocess.run([sys.executable, str(HERE / "bench_scroll.py"), str(OUT / "jrnl-100000" / "tvaers")],
                                capture_output=True, text=True, env=env())
        print(scroll.stdout.strip() or scroll.stderr.strip()[-500:])


if __name__ == "__main__":
    main("--quick" in sys.argv)
