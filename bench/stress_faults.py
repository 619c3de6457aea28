"""Stress run of the kill -9 fault test: many kills of writing processes, then the figures.

    python bench/stress_faults.py [--kills 120] [--cli-kills 20] [--backup-kills 10] [--seed N]

Each writer kill starts a child that adds entries in a loop (printing each id
after its COMMIT) and kills it with SIGKILL at a random moment; then the journal
is reopened and checked (every confirmed entry there with its exact text, no torn
entry, integrity_check, cipher_integrity_check, FTS integrity-check).  CLI kills
do the same to real ``tvaers add`` and ``tvaers backup`` processes.  Prints the
figures; asserts nothing (the short version in tests/faults does).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.append(str(REPO))  # an installed Tværs first

from tests.conftest import PASSPHRASE, tvaers_command  # noqa: E402
from tests.faults import harness  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=120, help="kills of the writer loop (default 120)")
    parser.add_argument("--cli-kills", type=int, default=20, help="kills of 'tvaers add' (default 20)")
    parser.add_argument("--backup-kills", type=int, default=10, help="kills of 'tvaers backup' (default 10)")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    if os.name != "posix":
        print("stress_faults: POSIX only (SIGKILL)")
        return 0
    seed = args.seed if args.seed is not None else int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tvaers-stress-") as tmp:
        data_dir = Path(tmp) / "journal"
        key = harness.new_journal(data_dir, PASSPHRASE)
        env = harness.child_env(PASSPHRASE, {"TMPDIR": tmp})
        kinds = {"writer": harness.Totals(), "tvaers add": harness.Totals(), "tvaers backup": harness.Totals()}
        for cycle in range(args.kills):
            kinds["writer"].add(
                harness.writer_cycle(data_dir, key, (cycle + 1) * 1_000_000, rng, env, from_start=cycle % 4 == 3)
            )
        for n in range(args.cli_kills):
            kinds["tvaers add"].add(harness.cli_add_cycle(tvaers_command(), data_dir, key, 500_000_000 + n, rng, env))
        for _ in range(args.backup_kills):
            kinds["tvaers backup"].add(harness.cli_backup_cycle(tvaers_command(), data_dir, key, rng, env))
        final = harness.verify_journal(data_dir, key, {})
        size = (data_dir / "journal.db").stat().st_size
    wall = time.perf_counter() - started

    total = harness.Totals()
    for part in kinds.values():
        total.kills += part.kills
        total.confirmed += part.confirmed
        total.lost += part.lost
        total.corrupt += part.corrupt
        total.problems += part.problems
    print(f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}")
    print(f"seed: {seed}")
    for name, part in kinds.items():
        print(f"{name:14s} kills {part.kills:4d}  confirmed {part.confirmed:6d}  lost {part.lost}  corrupt {part.corrupt}")
    print(f"{'total':14s} kills {total.kills:4d}  confirmed {total.confirmed:6d}  lost {total.lost}  corrupt {total.corrupt}")
    print(f"final journal: {size / 1e6:.1f} MB, {'ok' if not final.corrupt else 'CORRUPT'}")
    print(f"wall time: {wall:.1f} s")
    for problem in total.problems[:20]:
        print("problem:", problem)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
