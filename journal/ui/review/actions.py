"""The coach round trip in the main window: *Dagbog → Åbn review-pakke …* (the coach's window,
which needs no journal) and *Dagbog → Importér feedback …* (file and share password; the file
is verified on the compute thread, the comments attached on the writer thread, and a summary
says how many landed where), and the comment pane beside the editor's text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from journal.errors import BadInput, KnownError
from journal.ui.messages import error_text
from journal.ui.review.comment_pane import CommentPane


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewActions", text)


def open_feedback_file(path: Path, password: str):
    """Read and verify one feedback file (on the compute thread: Argon2id takes a moment)."""
    from journal.export import review

    data = review.read_bytes(path)
    review.read_sealed(data, path.name, kind="feedback")
    feedback, _key = review.open_feedback(data, password, path.name)
    return feedback


def attach_feedback(store, feedback, name: str):
    """Attach the comments in one transaction (on the writer thread)."""
    result = store.import_feedback(feedback.package_id, [c.to_json() for c in feedback.comments])
    if not result.attached and not result.already:
        if not feedback.comments:
            raise BadInput("{file} holds no comments; nothing was attached.", file=name)
        raise BadInput("None of the comments in {file} could be attached: the reflections they are about are no longer in the journal.", file=name)
    return feedback, result


class ImportFeedbackDialog(QDialog):
    """The feedback file and its share password; the import runs off the GUI thread."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("importFeedbackDialog")
        self.setWindowTitle(tr("Import feedback"))
        self.window_ = window
        self.result_ = None
        self._alive = True  # False once closed: an answer arriving later is dropped
        self.path = QLineEdit(self)
        self.path.setObjectName("feedbackPath")
        self.path.setAccessibleName(tr("Feedback file"))
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.password = QLineEdit(self)
        self.password.setObjectName("feedbackPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(tr("Share password"))
        form = QFormLayout()
        form.addRow(tr("Feedback file"), row)
        form.addRow(tr("Share password"), self.password)
        note = QLabel(tr("The share password you gave the coach with the review package."), self)
        note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("feedbackProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("feedbackImport")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 200)

    def _browse(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, tr("Import feedback"), folder, tr("Feedback file (*.tvaers-feedback);;All files (*)"))
        if path:
            self.path.setText(path)
            self.password.setFocus()

    def start(self) -> None:
        path, password = Path(self.path.text().strip()), self.password.text()
        if not self.path.text().strip():
            self.problem.setText(tr("Choose the feedback file the coach sent you."))
            return
        if not password:
            self.problem.setText(tr("Type the share password."))
            return
        self.problem.setText(tr("Importing…"))
        self.import_button.setEnabled(False)
        tasks = self.window_.tasks

        def verified(feedback) -> None:
            if tasks.write(lambda store: attach_feedback(store, feedback, path.name), self._done, self._failed) is None:
                self._failed(KnownError("The journal is locked. Unlock it and import again."))

        tasks.compute(lambda: open_feedback_file(path, password), verified, self._failed)

    def done(self, result: int) -> None:
        self._alive = False
        super().done(result)

    def _failed(self, exc) -> None:
        if not self._alive:
            return
        self.import_button.setEnabled(True)
        self.problem.setText(error_text(exc))

    def _done(self, result) -> None:
        if not self._alive:
            return
        self.result_ = result
        self.password.clear()
        self.accept()


class ReviewActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open_action = QAction(tr("&Open review package…"), window)
        self.open_action.setObjectName("actionOpenReview")
        self.open_action.triggered.connect(lambda _c=False: self.open_package())
        self.import_action = QAction(tr("Import &feedback…"), window)
        self.import_action.setObjectName("actionImportFeedback")
        self.import_action.triggered.connect(lambda _c=False: self.import_feedback())
        menu = window.menus[0]  # Dagbog: after Export and the share log
        after = window.share_log_action
        acts = menu.actions()
        before = acts[acts.index(after) + 1] if after in acts and acts.index(after) + 1 < len(acts) else None
        menu.insertAction(before, self.import_action)
        menu.insertAction(self.import_action, self.open_action)
        self._pane: CommentPane | None = None  # made when the first reflection is shown, not with the frame
        window.editor.shownChanged.connect(self._editor_shown)
        window.locked.connect(lambda: self.import_action.setEnabled(False))
        window.unlocked.connect(lambda: self.import_action.setEnabled(True))
        self.coach_windows: list = []
        self.dialog: ImportFeedbackDialog | None = None
        self.summary: QMessageBox | None = None

    @property
    def pane(self) -> CommentPane:
        """The coach's comments beside the editor's text. Made on first use: its text browser is
        the slowest widget to build, and the window's first paint does not wait for it."""
        if self._pane is None:
            editor = self.window.editor
            self._pane = CommentPane(self.window, editor)
            editor.split.addWidget(self._pane)
            editor.split.setStretchFactor(editor.split.indexOf(self._pane), 0)
        return self._pane

    def _editor_shown(self, shown: bool) -> None:
        if shown or self._pane is not None:
            self.pane.editor_shown(shown)

    def open_package(self, path: Path | None = None) -> None:
        from journal.ui.review.coach_window import CoachWindow

        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _ = QFileDialog.getOpenFileName(self.window, tr("Open review package"), folder, tr("Review package (*.tvaers)"))
            if not chosen:
                return
            path = Path(chosen)
        coach = CoachWindow()
        self.coach_windows = [w for w in self.coach_windows if w.isVisible()] + [coach]
        coach.open_package(path)
        coach.show()

    def import_feedback(self, path: Path | None = None) -> ImportFeedbackDialog:
        dialog = self.dialog = ImportFeedbackDialog(self.window)
        if path is not None:
            dialog.path.setText(str(path))
        dialog.accepted.connect(lambda: self._imported(dialog.result_))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.window.locked.connect(dialog.reject)
        dialog.open()
        return dialog

    def _imported(self, result) -> None:
        feedback, done = result
        window = self.window
        if done.attached:
            text = tr("{n} comments from {coach} were attached.").format(n=done.attached, coach=feedback.coach)
        else:
            text = tr("The {n} comments in this file were attached before; nothing was added.").format(n=done.already)
        details = []
        if done.missing:
            details.append(tr("{n} reflections the comments are about are no longer in the journal; their comments were left out.").format(n=len(done.missing)))
        if done.entry_ids:
            details.append(tr("The comments are shown beside the reflections."))
        box = QMessageBox(QMessageBox.Icon.Information, tr("Feedback imported"), text, QMessageBox.StandardButton.Ok, window)
        box.setObjectName("feedbackSummary")
        box.setInformativeText(" ".join(details))
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()
        self.summary = box
        window.statusBar().showMessage(text, 10_000)
        if done.entry_ids:
            current = window.editor.entry_id
            if current in done.entry_ids:
                self.pane.reload()
            else:
                window.open_entry(done.entry_ids[0])
