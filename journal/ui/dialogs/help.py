"""Help menu dialogs: about Tværs, every keyboard shortcut, and what Tværs keeps private."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from journal.ui import accessibility

from journal import APP_NAME, __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_about(parent: QWidget, journal_folder: str) -> None:
    """Version, where the journal is, and the licences of the parts Tværs is built from."""
    text = "<p><b>{name} {version}</b></p><p>{what}</p><p>{where}<br><code>{folder}</code></p><p>{parts}</p>".format(
        name=APP_NAME,
        version=__version__,
        what=_escape(tr("A private, encrypted reflection journal for leaders working across departments and sectors.")),
        where=_escape(tr("Your journal is in this folder:")),
        folder=_escape(journal_folder),
        parts=_escape(tr("Built with Qt and PySide6 (LGPLv3), SQLCipher (BSD), SQLAlchemy and Alembic (MIT), "
                         "Python-Markdown (BSD), nh3 (MIT), argon2-cffi (MIT) and cryptography (Apache 2.0/BSD).")),
    )
    box = QMessageBox(QMessageBox.Icon.Information, tr("About Tværs"), text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.exec()


def show_privacy(parent: QWidget) -> None:
    QMessageBox(
        QMessageBox.Icon.Information,
        tr("Privacy"),
        tr("Everything you write stays on this computer, encrypted with your passphrase. Tværs never goes on "
           "the internet and sends nothing anywhere. Only what you choose to export leaves the journal. Ctrl+L locks the journal; Ctrl+Shift+H hides the text while you "
           "share your screen."),
        QMessageBox.StandardButton.Ok,
        parent,
    ).exec()


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of ``window`` that has a shortcut, as the menus name them."""
    rows = []
    for act in window.actions():
        keys = act.shortcut()
        if keys.isEmpty():
            continue
        name = act.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        rows.append((name, keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return sorted(set(rows), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutTable")
        accessibility.name(self.table, tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Action"), tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (name, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(name))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 480)

    @classmethod
    def ask(cls, window: QWidget) -> None:
        dialog = cls(shortcut_rows(window), window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
