"""Fællesskab → Sammenlign …: per question, the answers side by side (one column per
pseudonym, stacked on a narrow window), word counts, themes, the words several answers
share, and the leader's own meeting notes (kept in the journal)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.cohort.compare import Comparison, theme_name, to_html
from journal.ui import messages

COLUMN_MIN_WIDTH = 280  # below this per answer, the answers stack


def tr(text: str) -> str:
    return QCoreApplication.translate("ComparisonWindow", text)


def refusal_text(refused) -> str:
    lines = [tr("Set apart (not shown):")]
    for _path, why in refused:
        lines.append("• " + messages.error_text(why))
    return "\n".join(lines)


class QuestionBlock(QFrame):
    def __init__(self, view, lang: str, catalogue, note: str, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName(f"question:{view.id}")
        layout = QVBoxLayout(self)
        title = QLabel(view.text, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        if view.themes:
            themes = ", ".join(f"{theme_name(t, lang, catalogue)} ({QLocale().toString(n)})" for t, n in view.themes)
            label = QLabel(tr("Themes: {themes}").format(themes=themes), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.grid = QGridLayout()
        self.cards = []
        for answer in view.answers:
            card = QGroupBox(tr("Participant {name} · {words} words").format(name=answer.pseudonym, words=QLocale().toString(answer.words)), self)
            card.setObjectName(f"answer:{answer.pseudonym}")
            inner = QVBoxLayout(card)
            text = QLabel(answer.text, card)
            text.setObjectName("answerText")
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            inner.addWidget(text)
            inner.addStretch(1)
            self.cards.append(card)
        layout.addLayout(self.grid)
        self.columns = 0
        self.arrange(len(self.cards))
        common = ", ".join(f"{w} ({QLocale().toString(n)})" for w, n in view.common) or tr("No word recurs in several answers.")
        words = QLabel(tr("Words in several answers: {words}").format(words=common), self)
        words.setObjectName("commonWords")
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setWordWrap(True)
        layout.addWidget(words)
        self.notes = QPlainTextEdit(note, self)
        self.notes.setObjectName(f"notes:{view.id}")
        self.notes.setPlaceholderText(tr("Your meeting notes for this question (kept in your journal)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        layout.addWidget(self.notes)

    def arrange(self, columns: int) -> None:
        columns = max(1, min(columns, len(self.cards)))
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for n, card in enumerate(self.cards):
            self.grid.addWidget(card, n // columns, n % columns)


class ComparisonWindow(QDialog):
    """Non-modal; ``tasks`` keeps the meeting notes in the journal."""

    def __init__(self, comparison: Comparison, notes: dict, tasks, lang: str, catalogue=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.comparison, self.tasks, self.lang, self.catalogue = comparison, tasks, lang, catalogue
        self.notes = dict(notes)
        self.setWindowTitle(tr("Comparison: {title}").format(title=comparison.title or comparison.round_id))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        head = QLabel(tr("{n} contributions: {names}").format(
            n=QLocale().toString(len(comparison.contributions)), names=", ".join(comparison.pseudonyms)), self)
        head.setObjectName("comparisonHead")
        head.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(head)
        self.refused = QLabel(refusal_text(comparison.refused) if comparison.refused else "", self)
        self.refused.setObjectName("refused")
        self.refused.setTextFormat(Qt.TextFormat.PlainText)
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("color: #b00020;")
        self.refused.setVisible(bool(comparison.refused))
        layout.addWidget(self.refused)
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        self.blocks: list[QuestionBlock] = []
        for view in comparison.questions(lang, catalogue):
            block = QuestionBlock(view, lang, catalogue, self.notes.get(view.id, ""), inner)
            block.notes.textChanged.connect(lambda qid=view.id, b=block: self._note_edited(qid, b))
            column.addWidget(block)
            self.blocks.append(block)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        layout.addWidget(self.scroll, 1)
        self.export_button = QPushButton(tr("Export as HTML…"), self)
        self.export_button.setObjectName("exportHtml")
        self.export_button.clicked.connect(self.export_html)
        self.pdf_button = QPushButton(tr("Export as PDF…"), self)
        self.pdf_button.setObjectName("exportPdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.pdf_button)
        row.addWidget(close)
        layout.addLayout(row)
        self._dirty: set[str] = set()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.save_notes)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        width = self.scroll.viewport().width()
        for block in self.blocks:
            block.arrange(max(1, width // COLUMN_MIN_WIDTH))

    # -- meeting notes -------------------------------------------------------------------

    def _note_edited(self, question_id: str, block: QuestionBlock) -> None:
        self.notes[question_id] = block.notes.toPlainText()
        self._dirty.add(question_id)
        self._save_timer.start()

    def save_notes(self) -> None:
        round_id = self.comparison.round_id
        for qid in sorted(self._dirty):
            note = self.notes.get(qid, "")
            self.tasks.write(lambda store, q=qid, n=note: store.set_meeting_note(round_id, q, n), None,
                             lambda exc: messages.show_error(self, exc))
        self._dirty.clear()

    def done(self, result: int) -> None:  # closing saves what is typed
        if self._dirty:
            self.save_notes()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._dirty:
            self.save_notes()
        super().closeEvent(event)

    # -- export ----------------------------------------------------------------------------

    def choose_path(self, suffix: str = ".html") -> str:
        kinds = tr("Web page (*.html)") if suffix == ".html" else tr("PDF (*.pdf)")
        path, _f = QFileDialog.getSaveFileName(self, tr("Export the comparison"), str(Path.home() / (tr("comparison") + suffix)), kinds)
        if path and not path.lower().endswith((suffix, ".htm") if suffix == ".html" else (suffix,)):
            path += suffix
        return path

    def export_html(self) -> None:
        self._export(".html")

    def export_pdf(self) -> None:
        self._export(".pdf")

    def _export(self, suffix: str) -> None:
        path = self.choose_path(suffix)
        if not path:
            return
        html = to_html(self.comparison, lang=self.lang, catalogue=self.catalogue, notes=self.notes)
        title = self.windowTitle()
        from journal.platform.files import write_atomic

        def job():
            if suffix == ".pdf":
                from journal.ui.cohort.comparison_pdf import comparison_pdf

                data = comparison_pdf(html, title)
            else:
                data = html.encode("utf-8")
            write_atomic(Path(path), data)
            return path

        self.tasks.compute(job, lambda _p: messages.show_info(self, tr("The comparison was saved as {path}.").format(path=path)),
                           lambda exc: messages.show_error(self, tr("The comparison could not be saved: {why}").format(why=getattr(exc, "strerror", None) or exc)))
