"""Start-up of the frozen app beside the pip-installed one, on the same encrypted journal.

    python bench/bench_frozen.py [FROZEN_FOLDER]

Build the frozen folder first (``.ci/frozen``, or PyInstaller with packaging/tvaers.spec;
default folder dist/tvaers). Prints the median milliseconds from start to the first
painted window (``--smoke``, passphrase from the environment, 2,000 entries) for both,
and the frozen folder's size.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from run import OUT, PASSPHRASE, env_for, first_paint, tvaers  # noqa: E402


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    frozen = Path(argv[0]) if argv else HERE.parent / "dist" / "tvaers"
    program = frozen / ("tvaers.exe" if sys.platform == "win32" else "tvaers")
    if not program.exists():
        print(f"bench_frozen: no frozen app at {program}; run .ci/frozen first", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    journal = corpus.build(OUT / "journal-2000", 2_000, PASSPHRASE)
    env = env_for()
    runs = 5
    pip = first_paint([*tvaers(), "--data-dir", str(journal), "--smoke"], runs, env)
    frozen = first_paint([str(program), "--data-dir", str(journal), "--smoke"], runs, env)
    pip_paint, pip_exit, frozen_paint, frozen_exit = pip["painted"], pip["exit"], frozen["painted"], frozen["exit"]
    print(f"frozen folder: {folder_size(frozen) / 1e6:.0f} MB")
    print(f"start-up to first paint, pip-installed  median {statistics.median(pip_paint):6.0f} ms (exit {statistics.median(pip_exit):.0f} ms)")
    print(f"start-up to first paint, frozen         median {statistics.median(frozen_paint):6.0f} ms (exit {statistics.median(frozen_exit):.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
