"""Journal → Import…: detect, preview, import with progress, cancel leaving the journal as it was."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import Qt

from journal.ui.dialogs.import_dialog import ImportDialog


def _jrnl(tmp_path: Path, count: int, name="jrnl.json") -> Path:
    entries = [
        {"title": f"Refleksion {n} om økonomi.", "body": f"Tekst {n}.", "date": "2024-03-05", "time": f"{n % 24:02d}:{n % 60:02d}",
         "tags": ["@tværs", "@budget"], "starred": n == 0}
        for n in range(count)
    ]
    path = tmp_path / name
    path.write_text(json.dumps({"tags": {}, "entries": entries}, ensure_ascii=False), "utf-8")
    return path


def _open(qtbot, window) -> ImportDialog:
    window.import_action.trigger()
    [dialog] = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    return dialog


def _read(qtbot, dialog, path: Path, fmt: str | None = None) -> None:
    dialog.set_source(path, fmt)
    qtbot.waitUntil(lambda: dialog.report is not None and "found" in dialog.status.text() and not dialog.status.text().startswith("Reading"), timeout=10_000)


def _content(store) -> list[dict]:
    return [e.to_json() for e in store.full_entries()]


def test_menu_import_previews_then_imports_and_refreshes_the_list(qtbot, main_window, tmp_path):
    window = main_window
    dialog = _open(qtbot, window)
    assert window.import_action in window.menuBar().actions()[0].menu().actions()
    _read(qtbot, dialog, _jrnl(tmp_path, 3))
    assert "Looks like: jrnl, JSON export" in dialog.status.text()
    assert dialog.preview.topLevelItemCount() == 3
    first = dialog.preview.topLevelItem(0)
    assert "2024" in first.text(0) and first.text(0).endswith("00:00")
    assert first.text(1) == "Refleksion 0 om økonomi."
    assert first.text(2) == "tværs, budget"
    assert first.text(3) == "★" and dialog.preview.topLevelItem(1).text(3) == ""
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported 3, skipped 0 duplicates" in dialog.status.text(), timeout=10_000)
    assert dialog.cancel_button.text() == "Close"
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 3, timeout=5000)
    assert window.store.search("økonomi")[0].entry.tags == ("tværs", "budget")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    again = _open(qtbot, window)
    _read(qtbot, again, _jrnl(tmp_path, 3))
    qtbot.waitUntil(lambda: "already in the journal" in again.status.text(), timeout=5000)
    assert "3 of them are already in the journal" in again.status.text()
    assert not again.import_button.isEnabled()  # nothing new to import
    again.reject()


def test_cancel_during_the_write_leaves_the_journal_as_it_was(qtbot, main_window, tmp_path):
    window = main_window
    window.store.create_entry("Det der stod før.", title="Før importen", tags=["før"])
    before = _content(window.store)
    dialog = _open(qtbot, window)
    _read(qtbot, dialog, _jrnl(tmp_path, 1500))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    gate = threading.Event()
    window.tasks.write(lambda store: gate.wait(10))  # hold the writer so the cancel surely lands mid-import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.bar.isVisible() and dialog.bar.maximum() == 1500
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # it waits for the writer to roll back
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.status.text(), timeout=15_000)
    window.tasks.wait()
    assert _content(window.store) == before
    assert window.store.search("økonomi") == []
    assert window.store.count_entries() == 1


def test_a_broken_source_is_explained_and_cannot_be_imported(qtbot, main_window, tmp_path):
    dialog = _open(qtbot, main_window)
    broken = tmp_path / "broken.json"
    broken.write_text('{"entries": [{"title": "a", "date": "2024-', "utf-8")
    dialog.set_source(broken)
    qtbot.waitUntil(lambda: "not valid JSON" in dialog.status.text(), timeout=5000)
    assert str(broken) in dialog.status.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.topLevelItemCount() == 0
    dialog.reject()


def test_format_override_and_warnings_shown(qtbot, main_window, tmp_path):
    dialog = _open(qtbot, main_window)
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "2024-03-05.md").write_text("# Tirsdag\n#tværs", "utf-8")
    (vault / "Uden dato.md").write_text("tekst", "utf-8")
    _read(qtbot, dialog, vault, "markdown")
    assert dialog.format.currentData() == "markdown"
    assert dialog.preview.topLevelItem(0).text(1) == "Tirsdag"
    assert "Uden dato.md" in dialog.warnings.toPlainText() and dialog.warnings.isVisible()
    qtbot.waitUntil(lambda: "1 warnings" in dialog.status.text(), timeout=5000)
    dialog.reject()


def test_locking_closes_the_dialog(qtbot, main_window, tmp_path):
    dialog = _open(qtbot, main_window)
    _read(qtbot, dialog, _jrnl(tmp_path, 2))
    main_window.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)


def test_in_danish_the_counts_are_grouped_with_points(qtbot, store, tmp_path):
    """1.200 indlæg, not "1200" or "1,200" (a Danish reader takes that for 1.2)."""
    from journal.app import application, build_window, install_language

    install_language(application(), "da")
    try:
        window = build_window(store, "da", care=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        dialog = _open(qtbot, window)
        dialog.set_source(_jrnl(tmp_path, 1200))
        qtbot.waitUntil(lambda: "1.200 indlæg fundet" in dialog.status.text(), timeout=10_000)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "1.200 importeret, 0 dubletter sprunget over" in dialog.status.text(), timeout=15_000)
        dialog.reject()
        window.flush()
        window.tasks.wait()
    finally:
        install_language(application(), "en")
