"""Screenshots of the coach round trip: the coach's window with a comment on a passage, and the
leader's reflection with the comments beside it (Danish).

    Xvfb :94 -screen 0 1366x768x24 &  DISPLAY=:94 python docs/screenshots_review.py

Taken from the X server's screen (see docs/screenshots.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    raise SystemExit("run it on an X screen: Xvfb :94 -screen 0 1366x768x24 & DISPLAY=:94 python docs/screenshots_review.py")
os.environ["QT_QPA_PLATFORM"] = "xcb"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from screenshots import DEMO, OUT, pump, shoot  # noqa: E402

PASSWORD = "blå kaffe på rådhuset"


def main() -> int:
    from journal.app import application, build_window, install_language
    from journal.export.document import Selection
    from journal.export.writer import ExportRequest, export
    from journal.store import Store
    from journal.ui.review.coach_window import CoachWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    install_language(app, "da")
    tmp = Path(tempfile.mkdtemp(prefix="tvaers-shots-"))
    store, _recovery = Store.create(tmp / "journal", "skærmbillede kode")
    ids = [store.create_entry(body, title=title, tags=tags, created=created).ids[0] for title, body, tags, created in DEMO]
    package = tmp / "til coach.tvaers"
    export(store, ExportRequest(Selection(ids=tuple(ids[:2])), "review", package, recipient="coach", share_password=PASSWORD, display_name="Lene"))

    # The coach's side.
    coach = CoachWindow()
    coach.setGeometry(app.primaryScreen().availableGeometry())
    coach.show()
    coach.open_package(package)
    coach.password.setText(PASSWORD)
    coach.open_button.click()
    while coach.pages.currentIndex() != 1:
        pump(app)
    coach.author.setText("Karin Holm")
    rows = {coach.entries.item(n).text().split("\n")[0]: n for n in range(coach.entries.count())}
    first, second = rows[DEMO[0][0]], rows[DEMO[1][0]]
    coach.entries.setCurrentRow(first)
    found = coach.text.document().find("syv")
    found.movePosition(found.MoveOperation.EndOfBlock, found.MoveMode.KeepAnchor)
    coach.text.setTextCursor(found)
    coach.comment.setPlainText("Hvem kunne have været den **ene** kontaktperson? Prøv at skrive tre navne ned før direktionsmødet.")
    coach.add_comment()
    coach.entries.setCurrentRow(second)
    coach.comment.setPlainText("Godt, at du ser det selv. Hvad skulle der til, for at du holdt fast næste gang?")
    coach.add_comment()
    coach.entries.setCurrentRow(first)
    pump(app)
    coach.comment.setPlainText("Og *generelt*: en stærk refleksion.")
    found = coach.text.document().find("kontaktperson")
    coach.text.setTextCursor(found)
    pump(app, 60)
    shoot(app, "review-coach-da")
    coach.comment.clear()
    feedback = tmp / "til coach.tvaers-feedback"
    coach.save_feedback(target=feedback)
    coach.dirty = False
    coach.close()
    pump(app)

    # The leader's side: import, then the reflection with the comments beside it.
    window = build_window(store, "da")
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    pump(app)
    dialog = window.review_actions.import_feedback(feedback)
    dialog.password.setText(PASSWORD)
    dialog.start()
    while window.review_actions.summary is None:
        pump(app)
    window.review_actions.summary.accept()
    window.open_entry(ids[0])
    window.tasks.wait()
    pump(app, 60)
    window.review_actions.pane.reload()
    window.tasks.wait()
    pump(app, 60)
    split = window.editor.split
    split.setSizes([520, 0, 420] if split.count() == 3 else split.sizes())
    pump(app, 30)
    shoot(app, "review-comments-da")
    window.close()
    pump(app)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
