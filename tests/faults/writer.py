"""The child that gets killed: opens the journal as ``tvaers add`` does and adds entries until killed.

Usage: ``python writer.py DATA_DIR SEQ_BASE`` with the passphrase in ``TVAERS_PASSPHRASE``.
Prints ``<id> <seq>`` after each ``create_entry`` has returned (its COMMIT is done).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal.store import Store  # noqa: E402
from tests.faults.harness import TITLE_PREFIX, body_for  # noqa: E402


def main() -> None:
    data_dir, seq = Path(sys.argv[1]), int(sys.argv[2])
    store = Store.open(data_dir, os.environ["TVAERS_PASSPHRASE"])
    out = sys.stdout.buffer
    while True:
        seq += 1
        changes = store.create_entry(body_for(seq), title=f"{TITLE_PREFIX}{seq}", tags=("kill", f"n{seq % 5}"))
        out.write(f"{changes.ids[0]} {seq}\n".encode())
        out.flush()


if __name__ == "__main__":
    main()
