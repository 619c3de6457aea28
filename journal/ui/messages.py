"""One way to tell the user something: known problems get a friendly box, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.errors import KnownError


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_text(exc: BaseException) -> str:
    """The translated message of a known problem."""
    if isinstance(exc, KnownError):
        return exc.render(lambda s: QCoreApplication.translate("Errors", s), QLocale().toString)
    return tr("Something went wrong that Tværs did not expect. Your text is kept; please report this.")


def show_error(parent: QWidget | None, exc: BaseException | str, title: str | None = None) -> None:
    text = exc if isinstance(exc, str) else error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Tværs"), text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title or tr("Tværs"), text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def confirm(parent: QWidget | None, text: str, action: str, title: str | None = None) -> bool:
    """Ask before something that cannot be undone: the button names the action ("Delete
    reflection"), Cancel is the default, so Enter never destroys anything."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Tværs"), text, QMessageBox.StandardButton.NoButton, parent)
    do = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is do


def ask(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or tr("Tværs"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    return box.exec() == QMessageBox.StandardButton.Yes
