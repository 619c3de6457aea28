"""The share log (*Delingslog*): every export the leader made, newest first.

Each line says when, in which format, how many reflections, for whom, whether it was
protected, and where the file went; "Show the reflections" marks them in the list, "Show
in folder" opens the folder.  Opened from an entry's "Shared 2 times" link, it shows the
exports that held that entry (with a way to see all).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from journal.ui.dialogs.export import show_in_folder
from journal.ui.messages import show_error

FORMAT_NAMES = {"pdf": "PDF", "html": "HTML", "md": "Markdown", "md-folder": "Markdown", "json": "JSON"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ShareLogDialog", text)


def recipient_name(kind: str) -> str:
    return {"coach": tr("My coach"), "self": tr("Myself")}.get(kind) or tr("Someone else")


def when_text(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class ShareLogDialog(QDialog):
    def __init__(self, window, log: list[dict], *, entry_uid: str | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.log = log
        self.setWindowTitle(tr("Share log"))
        self.setObjectName("shareLogDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.only_entry = QCheckBox(tr("Only the exports that held the open reflection"), self)
        self.only_entry.setObjectName("onlyEntry")
        self.only_entry.setVisible(entry_uid is not None)
        self.only_entry.setChecked(entry_uid is not None)
        self.entry_uid = entry_uid
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("shareLogTable")
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Format"), tr("Reflections"), tr("For"), tr("Protected"), tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Share log"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_entries_button = self.buttons.addButton(tr("Show the reflections"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_entries_button.setObjectName("showEntries")
        self.show_file_button = self.buttons.addButton(tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_file_button.setObjectName("showFile")
        self.buttons.rejected.connect(self.reject)
        self.show_entries_button.clicked.connect(self.show_entries)
        self.show_file_button.clicked.connect(self.show_file)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.show_entries())
        self.only_entry.toggled.connect(self._fill)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.only_entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        screen = window.screen() if window is not None else None
        area = screen.availableGeometry() if screen is not None else None
        self.resize(min(900, area.width() - 40) if area else 900, min(480, area.height() - 60) if area else 480)
        self._fill()

    def shown_items(self) -> list[dict]:
        items = list(self.log)
        if self.entry_uid is not None and self.only_entry.isChecked():
            items = [item for item in items if self.entry_uid in item["entries"]]
        return items

    def _fill(self, *_args) -> None:
        items = self.shown_items()
        self.table.setRowCount(len(items))
        locale = QLocale()
        for row, item in enumerate(items):
            cells = [
                when_text(item["created"]),
                tr("Review package") if item["format"] == "review" else FORMAT_NAMES.get(item["format"], item["format"]),
                locale.toString(len(item["entries"])),
                recipient_name(item["recipient"]),
                tr("Yes") if item["protected"] else tr("No"),
                item["file"],
            ]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if column == 5:
                    cell.setToolTip(tr("SHA-256 of the file: {sha}").format(sha=item["sha256"]))
                self.table.setItem(row, column, cell)
        n = len(self.log)
        self.intro.setText(
            tr("Nothing has been exported yet.") if not n
            else tr("Every export you have made, newest first. The file's SHA-256 is shown when you point at it.")
        )
        if items:
            self.table.selectRow(0)
        self._selected()

    def current(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        items = self.shown_items()
        return items[rows[0].row()] if rows and rows[0].row() < len(items) else None

    def _selected(self) -> None:
        item = self.current()
        self.show_entries_button.setEnabled(item is not None)
        self.show_file_button.setEnabled(item is not None)

    def show_entries(self) -> None:
        item = self.current()
        if item is not None:
            self.window_.mark_entries_by_uid(item["entries"])
            self.accept()

    def show_file(self) -> None:
        item = self.current()
        if item is None:
            return
        path = Path(item["file"])
        if not path.exists() and not path.parent.exists():
            show_error(self, tr("The file and its folder are no longer there: {path}").format(path=str(path)))
            return
        show_in_folder(path)
