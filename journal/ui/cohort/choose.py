"""Contribute, step 1: one own entry per question of the round, or a fresh answer written here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.cohort.rounds import Round

FRESH = "fresh"


def tr(text: str) -> str:
    return QCoreApplication.translate("ChooseAnswersDialog", text)


@dataclass(frozen=True)
class Choice:
    entries: dict  # question id → entry id
    fresh: dict  # question id → text written here


class ChooseAnswersDialog(QDialog):
    """``candidates``: question id → [(entry id, label)] newest first."""

    def __init__(self, round_: Round, candidates: dict, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Contribute: choose your answers"))
        self.setMinimumSize(640, 520)
        self.round = round_
        self.combos: dict[str, QComboBox] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        for q in round_.questions:
            label = QLabel(q.text_in(lang) or q.id, inner)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            combo = QComboBox(inner)
            combo.setObjectName(f"answer:{q.id}")
            for entry_id, text in candidates.get(q.id, []):
                combo.addItem(text, entry_id)
            combo.addItem(tr("Write a fresh answer here"), FRESH)
            combo.addItem(tr("Leave this question out"), None)
            editor = QPlainTextEdit(inner)
            editor.setObjectName(f"fresh:{q.id}")
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(tr("Your answer (it is not saved in the journal)"))
            editor.setMinimumHeight(90)
            editor.setVisible(combo.currentData() == FRESH)
            combo.currentIndexChanged.connect(lambda _i, c=combo, e=editor: e.setVisible(c.currentData() == FRESH))
            column.addWidget(label)
            column.addWidget(combo)
            column.addWidget(editor)
            column.addSpacing(10)
            self.combos[q.id] = combo
            self.editors[q.id] = editor
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Check the marks…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(tr("Choose one of your reflections for each question. Nothing leaves until you have checked every mark and confirmed."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def choice(self) -> Choice:
        entries, fresh = {}, {}
        for qid, combo in self.combos.items():
            data = combo.currentData()
            if data == FRESH:
                text = self.editors[qid].toPlainText()
                if text.strip():
                    fresh[qid] = text
            elif data is not None:
                entries[qid] = int(data)
        return Choice(entries, fresh)

    @classmethod
    def ask(cls, parent, round_: Round, candidates: dict, lang: str) -> Choice | None:
        dialog = cls(round_, candidates, lang, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()
