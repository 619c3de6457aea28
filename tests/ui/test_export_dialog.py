"""The export dialog and the share log, driven through the real window over a real journal."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from tests.conftest import type_text

pytestmark = pytest.mark.gui

TEXTS = {
    "Rådhuset": "Mødet på rådhuset lærte mig noget om ære og åbenhed.",
    "Skolen": "Samarbejdet med skolen kræver, at vi deler målene.",
    "Budget": "Hemmelig tekst om budgettet, som bliver hjemme.",
}


@pytest.fixture
def filled(store):
    ids = {}
    for n, (title, body) in enumerate(TEXTS.items()):
        ids[title] = store.create_entry(body, title=title, tags=["ledelse", f"emne{n}"], created=f"2025-0{n + 1}-10T09:00:00+01:00").ids[0]
    return ids


def _row_rect(window, entry_id):
    row = window.entry_model.row_of(entry_id)
    return window.entry_view.visualRect(window.entry_model.index(row))


def _mark(qtbot, window, *entry_ids):
    """Click the first, Ctrl+click the others, as a leader marks several reflections."""
    viewport = window.entry_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_row_rect(window, entry_ids[0]).center())
    for entry_id in entry_ids[1:]:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, _row_rect(window, entry_id).center())


def _open_dialog(qtbot, window):
    window.export_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None, timeout=10_000)  # after the save
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and "reflection" in dialog.summary.text(), timeout=10_000)
    return dialog


def _preview(dialog) -> str:
    return dialog.preview.toPlainText()


def test_the_marked_reflections_are_previewed_exactly_and_exported_as_a_protected_pdf(qtbot, filled, main_window, tmp_path):
    window = main_window
    window.entry_model.reload()
    assert window.entry_view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    _mark(qtbot, window, filled["Rådhuset"], filled["Skolen"])
    assert sorted(window.selected_entry_ids()) == sorted([filled["Rådhuset"], filled["Skolen"]])

    dialog = _open_dialog(qtbot, window)
    assert dialog.marked.isChecked() and dialog.marked.text() == "The 2 marked in the list"
    assert dialog.summary.text().startswith("2 reflections")
    qtbot.waitUntil(lambda: TEXTS["Skolen"] in _preview(dialog), timeout=10_000)
    shown = _preview(dialog)
    assert TEXTS["Rådhuset"] in shown and TEXTS["Budget"] not in shown
    assert "#ledelse" in shown and "Confidential" in shown

    dialog.part_boxes["tags"].setChecked(False)
    qtbot.waitUntil(lambda: "#ledelse" not in _preview(dialog) and TEXTS["Skolen"] in _preview(dialog), timeout=10_000)
    assert "tags" not in dialog.summary.text()

    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.protect.setChecked(True)
    assert dialog.password.isVisible() and "another way than the file" in dialog.password_note.text()
    dialog.password.setText("blå hest")
    dialog.password_again.setText("blå kat")
    target = tmp_path / "til coach – æøå.pdf"
    dialog.export_to(target)
    assert dialog.problem.text() == "The two share passwords are not the same." and not target.exists()
    dialog.password_again.setText("blå hest")
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("coach"))
    dialog.export_to(target)
    qtbot.waitUntil(lambda: getattr(window, "export_done", None) is not None and window.export_done.isVisible(), timeout=20_000)
    assert "2 reflections were exported" in window.export_done.text()
    assert b"/Encrypt" in target.read_bytes()

    log = window.store.share_log()
    assert len(log) == 1 and log[0]["format"] == "pdf" and log[0]["protected"] and log[0]["recipient"] == "coach"
    assert log[0]["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest() and log[0]["file"] == str(target.resolve())
    assert "tags" not in log[0]["parts"]
    if shutil.which("pdftotext"):
        opened = subprocess.run(["pdftotext", "-upw", "blå hest", str(target), "-"], capture_output=True)
        text = " ".join(opened.stdout.decode("utf-8").split())
        assert TEXTS["Rådhuset"] in text and TEXTS["Budget"] not in text
        assert subprocess.run(["pdftotext", str(target), "-"], capture_output=True).returncode != 0
    window.export_done.close()


def test_an_exported_entry_says_how_often_it_was_shared_and_links_to_the_log(qtbot, filled, main_window, tmp_path):
    window = main_window
    window.entry_model.reload()
    _mark(qtbot, window, filled["Skolen"])
    qtbot.waitUntil(lambda: window.editor.entry_id == filled["Skolen"], timeout=5_000)
    for n in range(2):
        dialog = _open_dialog(qtbot, window)
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        qtbot.waitUntil(lambda: "## Skolen" in _preview(dialog), timeout=10_000)
        window.export_done = None
        dialog.export_to(tmp_path / f"skolen-{n}.md")
        qtbot.waitUntil(lambda: window.export_done is not None, timeout=10_000)
        window.export_done.close()
    qtbot.waitUntil(lambda: "Shared 2 times" in window.editor.links.text(), timeout=5_000)

    window.editor.links.linkActivated.emit("sharelog")
    qtbot.waitUntil(lambda: getattr(window, "share_log_dialog", None) is not None and window.share_log_dialog.isVisible(), timeout=5_000)
    log = window.share_log_dialog
    assert log.table.rowCount() == 2 and log.only_entry.isChecked()
    assert log.table.item(0, 5).text().endswith("skolen-1.md"), "newest first"
    assert log.table.item(0, 1).text() == "Markdown" and log.table.item(0, 2).text() == "1"

    window.entry_view.clearSelection()
    log.show_entries_button.click()
    qtbot.waitUntil(lambda: window.selected_entry_ids() == [filled["Skolen"]], timeout=5_000)


def test_an_empty_selection_cannot_be_exported_and_says_why(qtbot, filled, main_window):
    window = main_window
    window.entry_model.reload()
    window.entry_view.clearSelection()
    dialog = _open_dialog(qtbot, window)
    assert not dialog.marked.isEnabled() and dialog.everything.isChecked()
    assert dialog.summary.text().startswith("3 reflections")
    dialog.by_dates.setChecked(True)
    dialog.date_from.setDate(dialog.date_from.date().addYears(5))
    dialog.date_to.setDate(dialog.date_from.date())
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "nothing was exported" in dialog.problem.text() and not dialog.export_button.isEnabled()
    assert window.store.share_log() == []


def test_the_tag_choice_and_typed_text_both_reach_the_export(qtbot, filled, main_window, tmp_path):
    """What was typed a moment ago is in the export: the dialog saves first."""
    window = main_window
    window.entry_model.reload()
    _mark(qtbot, window, filled["Budget"])
    qtbot.waitUntil(lambda: window.editor.entry_id == filled["Budget"], timeout=5_000)
    window.editor.body.setFocus()
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    type_text(window.editor.body, " Tilføjet lige før eksporten.")
    dialog = _open_dialog(qtbot, window)
    dialog.by_tag.setChecked(True)
    dialog.tag_box.setCurrentIndex(dialog.tag_box.findData("emne2"))
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    qtbot.waitUntil(lambda: "Tilføjet lige før eksporten." in _preview(dialog), timeout=10_000)
    target = tmp_path / "budget.html"
    dialog.export_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    html = target.read_text("utf-8")
    assert "Tilføjet lige før eksporten." in html and TEXTS["Skolen"] not in html


def test_locking_closes_the_export_dialog(qtbot, filled, main_window):
    window = main_window
    window.entry_model.reload()
    dialog = _open_dialog(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: window.is_locked, timeout=10_000)
    assert not dialog.isVisible()
    assert not window.export_action.isEnabled()


def test_a_cancelled_pdf_export_leaves_no_file_and_no_log_line(qtbot, store, main_window, tmp_path):
    """Cancel while the PDF is drawn (the render thread asks between pages): nothing is written."""
    window = main_window
    store.create_entries({"title": f"Refleksion {n}", "body": "Lang tekst om ledelse på tværs. " * 200} for n in range(120))
    window.entry_model.reload()
    dialog = _open_dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    qtbot.waitUntil(lambda: "120 reflections" in dialog.summary.text(), timeout=10_000)
    target = tmp_path / "aflyst.pdf"
    dialog.export_to(target)
    dialog.reject()  # Escape while exporting: the export is cancelled, the dialog stays
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=30_000)
    assert "cancelled" in dialog.problem.text(), dialog.problem.text()
    assert dialog.isVisible() and not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tvaers-export-")] == []
    assert window.store.share_log() == []


def test_a_pdf_cancelled_between_pages_stops_at_once_and_leaves_no_file(qtbot, store, main_window, tmp_path, monkeypatch):
    """The leader presses Cancel as the first pages come (pressed from the progress report
    itself, so the test does not race the drawing): the drawing stops, nothing is written."""
    from journal.ui.dialogs import export as export_dialog

    window = main_window
    store.create_entries({"title": f"Refleksion {n}", "body": "Lang tekst om ledelse på tværs. " * 400} for n in range(200))
    window.entry_model.reload()
    dialog = _open_dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    qtbot.waitUntil(lambda: "200 reflections" in dialog.summary.text(), timeout=10_000)
    reported = export_dialog._Progress.__call__

    def report_then_cancel(progress, done, total):
        reported(progress, done, total)
        if done == 2:
            progress.cancel.set()  # what the progress dialog's Cancel button does

    monkeypatch.setattr(export_dialog._Progress, "__call__", report_then_cancel)
    target = tmp_path / "halvvejs.pdf"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.problem.text() != "", timeout=30_000)
    assert "cancelled" in dialog.problem.text()
    assert dialog._progress.done == 2 < dialog._progress.total, "no page was drawn after the cancel"
    assert not target.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".tvaers-export-")] == []
    assert window.store.share_log() == []


def test_export_waits_for_the_writer_without_freezing_the_window(qtbot, filled, main_window):
    """A long write (a backup, say) holds the writer: Export answers at once, and its dialog
    opens when the writer is through, after the save of what was typed."""
    import threading

    window = main_window
    window.entry_model.reload()
    release = threading.Event()
    window.tasks.write(lambda store: release.wait(20), None, None)
    window.export_action.trigger()
    assert window.tasks.writing, "Export returned while the writer is still busy"
    qtbot.wait(300)  # the window keeps handling events meanwhile
    assert window.export_dialog is None, "no dialog while the writer is busy"
    release.set()
    qtbot.waitUntil(lambda: window.export_dialog is not None and window.export_dialog.isVisible(), timeout=10_000)
