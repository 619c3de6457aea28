"""Screenshots of the export dialog, the share log and a PDF page, in Danish and English.

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots_export.py

The dialog and the log are taken from the X server's screen (see docs/screenshots.py);
the PDF page is the exported file itself, rendered with ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    raise SystemExit("run it on an X screen: xvfb-run -a -s '-screen 0 1366x768x24' python docs/screenshots_export.py")
os.environ["QT_QPA_PLATFORM"] = "xcb"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from screenshots import DEMO, OUT, pump, shoot  # noqa: E402


def main() -> int:
    from PySide6.QtCore import QItemSelectionModel

    from journal.app import application, build_window, install_language
    from journal.store import Store

    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    for lang in ("da", "en"):
        install_language(app, lang)
        tmp = Path(tempfile.mkdtemp(prefix="tvaers-shots-"))
        store, _recovery = Store.create(tmp / "journal", "skærmbillede kode")
        for title, body, tags, created in DEMO:
            entry = store.create_entry(body, title=title, tags=tags, created=created).ids[0]
        store.add_commitment(entry, "Tale med fagcheferne hver for sig", due="2026-12-04")
        window = build_window(store, lang)
        window.setGeometry(app.primaryScreen().availableGeometry())
        window.show()
        pump(app)
        selection = window.entry_view.selectionModel()
        window.entry_view.setCurrentIndex(window.entry_model.index(0))
        selection.select(window.entry_model.index(2), QItemSelectionModel.SelectionFlag.Select)
        pump(app)
        window.open_export()
        while getattr(window, "export_dialog", None) is None:  # opens once the writer is through
            pump(app)
        dialog = window.export_dialog
        dialog.activateWindow()
        window.tasks.wait()
        window.tasks.wait_renders()
        pump(app, 60)
        window.tasks.wait_renders()
        pump(app, 60)
        shoot(app, f"export-{lang}")
        target = tmp / "eksport.pdf"
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.export_to(target)
        while window.store.share_log() == [] or getattr(window, "export_done", None) is None:
            pump(app)
        window.export_done.close()
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "2", "-l", "2", "-singlefile", str(target),
                            str(OUT / f"export-pdf-page-{lang}")], check=True)
        window.show_share_log()
        window.tasks.wait()
        pump(app, 60)
        window.share_log_dialog.activateWindow()
        pump(app)
        shoot(app, f"share-log-{lang}")
        window.share_log_dialog.close()
        window.close()
        pump(app)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
