"""The child that gets killed: the real main window, typing into one reflection until killed.

Usage: ``python gui_typist.py DATA_DIR`` with the passphrase in ``TVAERS_PASSPHRASE``.
Types one line at a time through key events, lets the autosave timer run out,
and prints ``saved <n> <entry id>`` once line ``n`` is in the journal.  Then it
types the next line; the parent kills it with SIGKILL at some moment.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal.app import application, build_window, install_language  # noqa: E402
from journal.store import Store  # noqa: E402
from tests.conftest import type_text  # noqa: E402


def line(n: int) -> str:
    return f"Linje {n}: tværgående ledelse kræver vedholdenhed, også på Ærø."


def main() -> None:
    store = Store.open(Path(sys.argv[1]), os.environ["TVAERS_PASSPHRASE"])
    app = application()
    install_language(app, "da")
    window = build_window(store, "da", care=False)
    window.show()
    window.editor.set_autosave_delay(150)  # the autosave pause, shortened
    window.new_entry()
    editor = window.editor
    out = sys.stdout.buffer
    n = 0
    while True:
        n += 1
        type_text(editor.body, line(n) + "\n")
        while editor.is_dirty() or editor.entry_id is None:  # until the autosave has written it
            app.processEvents()
        window.tasks.wait()
        out.write(f"saved {n} {editor.entry_id}\n".encode())
        out.flush()


if __name__ == "__main__":
    main()
