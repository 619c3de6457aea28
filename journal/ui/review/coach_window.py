"""The coach's window on a review package: read the leader's reflections, comment, save feedback.

No journal and no session: the package is opened with the share password, the key is derived
on a thread pool of the window's own (Argon2id takes a moment), and everything stays in memory.
The only file written is the encrypted feedback file (*Gem feedback*, atomically through a
temporary file beside it).  Reopening the package with its feedback file continues the review.

Left the reflections, in the middle the text rendered by the same safe preview as the editor's,
right the comment pane: the thread so far (earlier rounds and this one), the coach's name, a
Markdown field with its preview, and a choice between a comment on the whole reflection and one
on the passage selected in the text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QStandardPaths, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import KnownError
from journal.export import review
from journal.ui.dates import short_date
from journal.ui.editor.preview import SafePreview
from journal.ui.messages import error_text

UID_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("CoachWindow", text)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """One piece of slow work (deriving the key, decrypting) off the GUI thread."""

    def __init__(self, work) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def render_markdown(text: str) -> str:
    from journal.export.markdown import render

    return render(text)


def thread_html(items: list[tuple[str, str, str, str | None, bool]]) -> str:
    """(author, created, body, anchor, is_new) as safe HTML, oldest first."""
    parts = []
    for author, created, body, anchor, is_new in items:
        meta = f"<b>{escape(author)}</b> · {escape(short_date(created))}"
        if is_new:
            meta += " · <i>" + escape(tr("this round")) + "</i>"
        quote = f'<blockquote style="color:#555;">»{escape(anchor)}«</blockquote>' if anchor else ""
        parts.append(f'<div style="margin-bottom:12px;"><p>{meta}</p>{quote}{render_markdown(body)}</div>')
    return "".join(parts) or f"<p><i>{escape(tr('No comments on this reflection yet.'))}</i></p>"


class CoachWindow(QMainWindow):
    """The review mode. ``open_package(path, feedback)`` shows the password page first."""

    opened = Signal()
    saved = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("coachWindow")
        self.setWindowTitle(tr("Tværs — review"))
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[_Job] = set()
        self.package_path: Path | None = None
        self.feedback_path: Path | None = None
        self.package: review.Package | None = None
        self.key: review.Key | None = None
        self.feedback: review.Feedback | None = None
        self.dirty = False
        self._build()
        self.resize(1180, 720)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)

        # The password page.
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.open_heading = QLabel(page)
        self.open_heading.setObjectName("coachOpenHeading")
        self.open_heading.setWordWrap(True)
        self.open_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(page)
        self.password.setObjectName("coachPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("Share password"))
        self.password.setAccessibleName(tr("Share password"))
        self.password.setMaximumWidth(360)
        self.open_button = QPushButton(tr("Open"), page)
        self.open_button.setObjectName("coachOpenButton")
        self.open_button.setDefault(True)
        self.open_problem = QLabel(page)
        self.open_problem.setObjectName("coachOpenProblem")
        self.open_problem.setWordWrap(True)
        self.open_problem.setStyleSheet("color: #b00020;")
        self.open_problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(tr("The leader gave you the share password separately. Nothing of the reflections is saved on this computer; only the feedback file you save."), page)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addWidget(self.open_heading)
        layout.addLayout(row)
        layout.addWidget(self.open_problem)
        layout.addWidget(note)
        layout.addStretch(2)
        self.pages.addWidget(page)
        self.password.returnPressed.connect(self._open_clicked)
        self.open_button.clicked.connect(self._open_clicked)

        # The review page.
        self.entries = QListWidget(self)
        self.entries.setObjectName("coachEntries")
        self.entries.setAccessibleName(tr("Reflections in the package"))
        self.text = SafePreview(self)
        self.text.setObjectName("coachText")
        self.text.setAccessibleName(tr("The reflection"))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel("<b>" + escape(tr("Comments")) + "</b>", right))
        self.thread = SafePreview(right)
        self.thread.setObjectName("coachThread")
        self.thread.setAccessibleName(tr("Comments on this reflection"))
        side.addWidget(self.thread, 2)
        form = QFormLayout()
        self.author = QLineEdit(right)
        self.author.setObjectName("coachName")
        self.author.setPlaceholderText(tr("Your name, as the leader will see it"))
        form.addRow(tr("Your name"), self.author)
        side.addLayout(form)
        self.anchor_box = QCheckBox(tr("About the passage selected in the text"), right)
        self.anchor_box.setObjectName("coachAnchor")
        self.anchor_box.setEnabled(False)
        self.anchor_label = QLabel(right)
        self.anchor_label.setObjectName("coachAnchorPassage")
        self.anchor_label.setWordWrap(True)
        self.anchor_label.setStyleSheet("color: #555;")
        side.addWidget(self.anchor_box)
        side.addWidget(self.anchor_label)
        self.comment = QPlainTextEdit(right)
        self.comment.setObjectName("coachComment")
        self.comment.setPlaceholderText(tr("Your comment (Markdown: **bold**, *italic*, - lists)"))
        self.comment.setAccessibleName(tr("Your comment"))
        side.addWidget(self.comment, 1)
        self.comment_preview = SafePreview(right)
        self.comment_preview.setObjectName("coachCommentPreview")
        self.comment_preview.setAccessibleName(tr("Preview of your comment"))
        side.addWidget(self.comment_preview, 1)
        self.add_button = QPushButton(tr("Add comment"), right)
        self.add_button.setObjectName("coachAddComment")
        side.addWidget(self.add_button)
        self.problem = QLabel(right)
        self.problem.setObjectName("coachProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        side.addWidget(self.problem)

        split = QSplitter(self)
        split.addWidget(self.entries)
        split.addWidget(self.text)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([240, 560, 380])
        self.pages.addWidget(split)

        menu = self.menuBar().addMenu(tr("&File"))
        self.open_action = QAction(tr("&Open review package…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(lambda _c=False: self.choose_package())
        self.save_action = QAction(tr("&Save feedback"), self)
        self.save_action.setObjectName("coachSave")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(lambda _c=False: self.save_feedback())
        self.save_as_action = QAction(tr("Save feedback &as…"), self)
        self.save_as_action.setEnabled(False)
        self.save_as_action.triggered.connect(lambda _c=False: self.save_feedback(ask=True))
        close = QAction(tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for act in (self.open_action, self.save_action, self.save_as_action, close):
            menu.addAction(act)
        self.save_button = QPushButton(tr("Save feedback"), self)
        self.save_button.setObjectName("coachSaveButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_feedback())
        self.statusBar().addPermanentWidget(self.save_button)

        self.entries.currentItemChanged.connect(lambda _now, _before: self._show_entry())
        self.text.selectionChanged.connect(self._selection_changed)
        self.comment.textChanged.connect(self._preview_later)
        self.add_button.clicked.connect(self.add_comment)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(lambda: self.comment_preview.show_html(render_markdown(self.comment.toPlainText())))

    # --- opening ----------------------------------------------------------------------------

    def choose_package(self) -> None:
        if not self._may_leave():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, tr("Open review package"), folder, tr("Review package (*.tvaers)"))
        if path:
            self.open_package(Path(path))

    def open_package(self, path: Path, feedback: Path | None = None) -> None:
        """Ask for the share password of ``path`` (and continue with ``feedback`` if given)."""
        self.package_path = Path(path)
        self.feedback_path = Path(feedback) if feedback else None
        self.package = self.key = self.feedback = None
        self.dirty = False
        self.open_heading.setText("<h2>" + escape(tr("Review package {name}").format(name=self.package_path.name)) + "</h2>")
        self.open_problem.setText("")
        self.password.clear()
        self.password.setEnabled(True)
        self.open_button.setEnabled(True)
        self.pages.setCurrentIndex(0)
        self.password.setFocus()

    def _open_clicked(self) -> None:
        if self.package_path is None or not self.open_button.isEnabled():
            return
        password = self.password.text()
        package_path, feedback_path = self.package_path, self.feedback_path
        if feedback_path is None:
            beside = package_path.with_suffix(review.FEEDBACK_SUFFIX)
            feedback_path = beside if beside.is_file() else None

        def work():
            data = review.read_bytes(package_path)
            package, key = review.open_package(data, password, package_path.name)
            feedback = None
            if feedback_path is not None and feedback_path.is_file():
                feedback, _key = review.open_feedback(review.read_bytes(feedback_path), password, feedback_path.name, key=key)
                review.check_feedback_matches(feedback, package, feedback_path.name)
            return package, key, feedback, feedback_path

        self.password.setEnabled(False)
        self.open_button.setEnabled(False)
        self.open_problem.setText(tr("Opening…"))
        self._run(work, self._opened, self._open_failed)

    def _opened(self, result) -> None:
        self.package, self.key, self.feedback, found = result
        self.feedback_path = found if self.feedback is not None else self.feedback_path
        self.password.clear()
        self.entries.clear()
        for entry in self.package.entries:
            item = QListWidgetItem(f"{entry.title or tr('(untitled)')}\n{short_date(entry.created)}")
            item.setData(UID_ROLE, entry.uid)
            self.entries.addItem(item)
        if self.feedback is not None and not self.author.text():
            self.author.setText(self.feedback.coach)
        who = self.package.leader
        self.setWindowTitle(tr("Tværs — review from {name}").format(name=who) if who else tr("Tværs — review"))
        self.pages.setCurrentIndex(1)
        if self.entries.count():
            self.entries.setCurrentRow(0)
        self._update_actions()
        n = len(self.feedback.comments) if self.feedback else 0
        if n:
            self.statusBar().showMessage(tr("Continuing the review: {n} comments from {file}.").format(n=n, file=self.feedback_path.name), 8000)
        self.opened.emit()

    def _open_failed(self, exc) -> None:
        self.password.setEnabled(True)
        self.open_button.setEnabled(True)
        self.open_problem.setText(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()

    def _run(self, work, done, failed) -> None:
        job = _Job(work)
        self._jobs.add(job)

        def finish(handler, value):
            self._jobs.discard(job)
            handler(value)

        job.signals.done.connect(lambda value: finish(done, value), Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(lambda exc: finish(failed, exc), Qt.ConnectionType.QueuedConnection)
        self.pool.start(job)

    # --- reading and commenting ----------------------------------------------------------

    def current_entry(self) -> review.ReviewEntry | None:
        item = self.entries.currentItem()
        if item is None or self.package is None:
            return None
        uid = item.data(UID_ROLE)
        return next((e for e in self.package.entries if e.uid == uid), None)

    def _show_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.text.clear()
            self.thread.clear()
            return
        head = f"<h2>{escape(entry.title)}</h2><p style='color:#555;'>{escape(short_date(entry.created))}"
        if entry.case:
            head += " · " + escape(entry.case)
        if entry.tags:
            head += " · " + escape(" ".join("#" + t for t in entry.tags))
        head += "</p>"
        if entry.question:
            head += f"<blockquote><i>{escape(entry.question)}</i></blockquote>"
        self.text.setHtml(head + render_markdown(entry.body))
        self._show_thread(entry)
        self._selection_changed()

    def _show_thread(self, entry: review.ReviewEntry) -> None:
        items = [(t.author, t.created, t.body, t.anchor, False) for t in entry.thread]
        if self.feedback is not None:
            items += [(c.author, c.created, c.body, c.anchor, True) for c in self.feedback.comments if c.entry == entry.uid]
        self.thread.show_html(thread_html(items))

    def selected_passage(self) -> str:
        """The passage selected in the rendered text (paragraph breaks as newlines)."""
        return self.text.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n").strip()

    def _selection_changed(self) -> None:
        passage = self.selected_passage()
        self.anchor_box.setEnabled(bool(passage))
        self.anchor_box.setChecked(bool(passage))
        self.anchor_label.setText("»" + passage[:300] + ("…" if len(passage) > 300 else "") + "«" if passage else "")

    def _preview_later(self) -> None:
        self._preview_timer.start()

    def add_comment(self) -> None:
        entry = self.current_entry()
        if entry is None or self.package is None:
            return
        anchor = self.selected_passage() if self.anchor_box.isChecked() else None
        try:
            self.feedback = review.add_comment(
                self.feedback, self.package, entry, author=self.author.text(), body=self.comment.toPlainText(),
                anchor=anchor or None, anchor_in_body=False,
            )
        except KnownError as exc:
            self._show_problem(error_text(exc))
            return
        self._show_problem("")
        self.dirty = True
        self.comment.clear()
        self.comment_preview.clear()
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
        self._show_thread(entry)
        self._update_actions()
        self.statusBar().showMessage(tr("Comment added. Save the feedback to send it."), 5000)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _update_actions(self) -> None:
        can = self.feedback is not None and bool(self.feedback.comments) and self.key is not None
        self.save_action.setEnabled(can)
        self.save_as_action.setEnabled(can)
        self.save_button.setEnabled(can)

    # --- saving --------------------------------------------------------------------------

    def suggested_feedback_path(self) -> Path:
        assert self.package_path is not None
        return self.package_path.with_suffix(review.FEEDBACK_SUFFIX)

    def save_feedback(self, *, ask: bool = False, target: Path | None = None) -> bool:
        """Write the encrypted feedback file (asking where the first time). True when written."""
        if self.feedback is None or self.key is None or self.package is None:
            return False
        if target is None:
            target = self.feedback_path
        if target is None or ask:
            start = str(target or self.suggested_feedback_path())
            chosen, _ = QFileDialog.getSaveFileName(self, tr("Save feedback"), start, tr("Feedback file (*.tvaers-feedback)"))
            if not chosen:
                return False
            target = Path(chosen)
        from journal.export.writer import write_file

        coach = self.author.text().strip() or self.feedback.coach
        feedback = review.Feedback(self.package.package_id, coach, review.now_iso(), self.feedback.comments)
        try:
            write_file(target, review.seal_feedback(feedback, self.key))
        except KnownError as exc:
            QMessageBox.warning(self, tr("Save feedback"), error_text(exc))
            return False
        self.feedback = feedback
        self.feedback_path = target
        self.dirty = False
        n = len(feedback.comments)
        self.statusBar().showMessage(tr("Feedback with {n} comments saved in {file}. Send the file to the leader.").format(n=n, file=str(target)), 10_000)
        self.saved.emit(str(target))
        return True

    def _may_leave(self) -> bool:
        if not self.dirty:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved comments"),
                          tr("Your comments are not saved yet. Save the feedback first?"), parent=self)
        box.setObjectName("coachUnsaved")
        save = box.addButton(tr("Save feedback"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is cancel:
            return False
        if box.clickedButton() is save:
            return self.save_feedback()
        return True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._may_leave():
            event.ignore()
            return
        self.pool.waitForDone(10_000)
        # Nothing of the package stays behind in this window.
        self.package = self.key = self.feedback = None
        self.text.clear()
        self.thread.clear()
        super().closeEvent(event)
