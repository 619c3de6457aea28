"""Postpone a next step: pick a new date (a week from now unless the leader chooses another)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from journal.ui.dates import to_date, to_qdate

POSTPONE_DAYS = 7


def tr(text: str) -> str:
    return QCoreApplication.translate("PostponeDialog", text)


def default_new_date(due: str | None, today: date | None = None) -> date:
    """A week after today, or a week after the current date if that is still ahead."""
    today = today or date.today()
    base = today
    if due:
        try:
            base = max(today, date.fromisoformat(due))
        except ValueError:
            pass
    return base + timedelta(days=POSTPONE_DAYS)


class PostponeDialog(QDialog):
    def __init__(self, text: str, due: str | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Postpone next step"))
        self.setMinimumWidth(380)
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("postponeText")
        self.date = QDateEdit(self)
        self.date.setObjectName("postponeDate")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(to_qdate(date.today()))
        self.date.setDate(to_qdate(default_new_date(due)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Postpone"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("New date:"), self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent, text: str, due: str | None) -> date | None:
        dialog = cls(text, due, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return to_date(dialog.date.date())
        finally:
            dialog.deleteLater()
