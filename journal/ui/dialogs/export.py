"""Export: the leader chooses what leaves, sees exactly what leaves, and the export is logged.

Left, the choice: which reflections (the ones marked in the list, a case, a tag, the answers
to a question, a date range, or all), which parts of each, for whom, in which format, and a
share password for a PDF.  Right, the preview: the document as the recipient will see it
(the same HTML the export is made from; Markdown and JSON as their text), with the number of
reflections and words.  Reading runs on the reader thread, rendering and writing on the
render thread, the share-log line on the writer; a long PDF shows progress and can be
cancelled, which leaves no file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.errors import KnownError
from journal.export.document import DEFAULT_PARTS, PARTS, Cancelled, Selection
from journal.export.markdown_files import safe_stem
from journal.export.writer import ExportRequest, Prepared
from journal.ui.editor.preview import SafePreview
from journal.ui.messages import error_text

PREVIEW_ENTRIES = 40  # the preview shows this many reflections; the export holds them all
PREVIEW_DELAY_MS = 150
PROGRESS_AFTER_MS = 400


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def part_names() -> dict[str, str]:
    return {
        "title": tr("Title"),
        "text": tr("Text"),
        "question": tr("The question it answers"),
        "case": tr("Case"),
        "tags": tr("Tags"),
        "next_steps": tr("Next steps"),
        "comments": tr("The coach's comments"),
    }


def part_short_names() -> dict[str, str]:
    """The parts as the summary line lists them ("with: title, text, question, …")."""
    return {
        "title": tr("title"),
        "text": tr("text"),
        "question": tr("question"),
        "case": tr("case"),
        "tags": tr("tags"),
        "next_steps": tr("next steps"),
        "comments": tr("comments"),
    }


def format_names() -> list[tuple[str, str]]:
    return [
        ("pdf", tr("PDF (for reading and printing)")),
        ("html", tr("HTML (one web page)")),
        ("md", tr("Markdown (one file)")),
        ("md-folder", tr("Markdown (a folder, one file per reflection)")),
        ("json", tr("Tværs JSON (everything, to import again)")),
        ("review", tr("For the coach (review package)")),
    ]


class _Progress:
    """Pages done, written by the render thread and read by a timer on the GUI thread."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total


class ExportDialog(QDialog):
    def __init__(self, window, selected_ids: list[int]) -> None:
        super().__init__(window)
        self.window_ = window
        self.tasks = window.tasks
        self.selected_ids = list(selected_ids)
        self.setWindowTitle(tr("Export reflections"))
        self.setObjectName("exportDialog")
        self._preview_generation = 0
        self.prepared: Prepared | None = None
        self.written = None  # the ExportResult once an export is done (tests read it)
        self._progress: _Progress | None = None
        self._alive = True  # False once closed: answers still on their way are dropped
        self._exporting = False
        self._export_message = ""  # what the last export attempt said ("cancelled", a full disk …)

        # --- which reflections -----------------------------------------------------------
        which = QGroupBox(tr("Which reflections"), self)
        grid = QGridLayout(which)
        self.choice = QButtonGroup(self)
        self.marked = QRadioButton(self._marked_text(), which)
        self.marked.setObjectName("choiceMarked")
        self.marked.setEnabled(bool(self.selected_ids))
        self.by_case = QRadioButton(tr("The case"), which)
        self.by_case.setObjectName("choiceCase")
        self.case_box = QComboBox(which)
        self.case_box.setObjectName("caseChoice")
        self.by_tag = QRadioButton(tr("The tag"), which)
        self.by_tag.setObjectName("choiceTag")
        self.tag_box = QComboBox(which)
        self.tag_box.setObjectName("tagChoice")
        self.by_prompt = QRadioButton(tr("Answers to"), which)
        self.by_prompt.setObjectName("choicePrompt")
        self.prompt_box = QComboBox(which)
        self.prompt_box.setObjectName("promptChoice")
        self.prompt_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prompt_box.setMinimumContentsLength(24)
        self.by_dates = QRadioButton(tr("Written from"), which)
        self.by_dates.setObjectName("choiceDates")
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1), which)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(today, which)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(tr("to"), which))
        dates.addWidget(self.date_to)
        self.everything = QRadioButton(tr("All reflections"), which)
        self.everything.setObjectName("choiceAll")
        rows = [(self.marked, None), (self.by_case, self.case_box), (self.by_tag, self.tag_box),
                (self.by_prompt, self.prompt_box), (self.by_dates, dates), (self.everything, None)]
        for row, (button, field) in enumerate(rows):
            self.choice.addButton(button)
            grid.addWidget(button, row, 0)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            elif field is not None:
                grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)
        (self.marked if self.selected_ids else self.everything).setChecked(True)

        # --- parts, recipient, format, password -----------------------------------------------
        parts_box = QGroupBox(tr("What of each reflection"), self)
        parts_layout = QGridLayout(parts_box)
        self.part_boxes: dict[str, QCheckBox] = {}
        for n, (key, label) in enumerate(part_names().items()):
            box = QCheckBox(label, parts_box)
            box.setObjectName(f"part_{key}")
            box.setChecked(key in DEFAULT_PARTS)
            self.part_boxes[key] = box
            parts_layout.addWidget(box, n // 2, n % 2)

        form = QFormLayout()
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("recipient")
        for key, label in (("coach", tr("My coach")), ("self", tr("Myself")), ("other", tr("Someone else"))):
            self.recipient.addItem(label, key)
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        for key, label in format_names():
            self.format.addItem(label, key)
        form.addRow(tr("For"), self.recipient)
        form.addRow(tr("Format"), self.format)

        self.protect = QCheckBox(tr("Protect the PDF with a share password"), self)
        self.protect.setObjectName("protect")
        self.password = QLineEdit(self)
        self.password.setObjectName("sharePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("Share password"))
        self.password_again = QLineEdit(self)
        self.password_again.setObjectName("sharePasswordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setPlaceholderText(tr("The same again"))
        self.password.setAccessibleName(tr("Share password"))
        self.password_again.setAccessibleName(tr("The share password again"))
        self.password_note = QLabel(
            tr("Send the password another way than the file — say it by phone or send it by text message."), self
        )
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("passwordNote")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setPlaceholderText(tr("Your name as the coach sees it (optional)"))
        self.display_name.setAccessibleName(tr("Your name as the coach sees it"))
        self.review_note = QLabel(
            tr("The coach opens the package in Tværs with the share password, comments and sends a feedback file back."), self
        )
        self.review_note.setObjectName("reviewNote")
        self.review_note.setWordWrap(True)
        self.display_name.hide()
        self.review_note.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(which)
        left_layout.addWidget(parts_box)
        left_layout.addLayout(form)
        left_layout.addWidget(self.protect)
        left_layout.addWidget(self.password)
        left_layout.addWidget(self.password_again)
        left_layout.addWidget(self.password_note)
        left_layout.addWidget(self.display_name)
        left_layout.addWidget(self.review_note)
        left_layout.addWidget(self.problem)
        left_layout.addStretch(1)

        # --- preview ----------------------------------------------------------------------------
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("This is what leaves:"), right)
        self.summary = QLabel(right)
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.preview = SafePreview(right)
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(tr("Preview of what leaves"))
        right_layout.addWidget(heading)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.preview, 1)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_target)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for signal in (
            self.choice.buttonToggled, self.case_box.currentIndexChanged, self.tag_box.currentIndexChanged,
            self.prompt_box.currentIndexChanged, self.date_from.dateChanged, self.date_to.dateChanged,
            self.recipient.currentIndexChanged, self.format.currentIndexChanged,
        ):
            signal.connect(self._changed)
        for box in self.part_boxes.values():
            box.toggled.connect(self._changed)
        self.protect.toggled.connect(self._changed)
        for field in (self.case_box, self.tag_box, self.prompt_box):
            field.activated.connect(lambda _i, f=field: self._choose_with(f))
        self.date_from.dateChanged.connect(lambda _d: self.by_dates.setChecked(True))
        self.date_to.dateChanged.connect(lambda _d: self.by_dates.setChecked(True))
        self._fit_to_screen()
        self._load_choices()

    # --- closing ---------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._alive = False
        self._preview_generation += 1
        super().done(result)

    def reject(self) -> None:
        """Escape or Cancel while an export runs cancels the export; the dialog stays until it stops."""
        if self._exporting and self._progress is not None:
            self._progress.cancel.set()
            return
        super().reject()

    def journal_locked(self) -> None:
        """The journal was locked: stop what runs and close, whatever is under way."""
        if self._progress is not None:
            self._progress.cancel.set()
        self._exporting = False
        self.done(QDialog.DialogCode.Rejected)

    # --- set-up --------------------------------------------------------------------------------

    def _marked_text(self) -> str:
        n = len(self.selected_ids)
        if n == 1:
            return tr("The one marked in the list")
        return tr("The {n} marked in the list").format(n=QLocale().toString(n)) if n else tr("Those marked in the list (none)")

    def _fit_to_screen(self) -> None:
        screen = self.window_.screen() if self.window_ is not None else None
        area = screen.availableGeometry() if screen is not None else None
        width, height = 1060, 680
        if area is not None:
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    def _choose_with(self, field) -> None:
        button = {self.case_box: self.by_case, self.tag_box: self.by_tag, self.prompt_box: self.by_prompt}[field]
        button.setChecked(True)

    def _load_choices(self) -> None:
        content = self.window_.content

        def read(store):
            cases = [(c.id, c.name) for c in store.list_cases(include_archived=True)]
            return cases, store.tags_in_use(), store.prompt_usage()

        def shown(result) -> None:
            if not self._alive:
                return
            cases, tags, answered = result
            collator = QCollator(QLocale(QLocale.Language.Danish))
            for case_id, name in sorted(cases, key=lambda c: collator.sortKey(c[1])):
                self.case_box.addItem(name, case_id)
            for tag in sorted(tags, key=collator.sortKey):
                self.tag_box.addItem(f"#{tag}", tag)
            questions = [(pid, content.prompt_text(pid)) for pid in answered]
            for prompt_id, question in sorted((q for q in questions if q[1]), key=lambda q: collator.sortKey(q[1])):
                self.prompt_box.addItem(question, prompt_id)
                self.prompt_box.setItemData(self.prompt_box.count() - 1, question, Qt.ItemDataRole.ToolTipRole)
            self.by_case.setEnabled(self.case_box.count() > 0)
            self.by_tag.setEnabled(self.tag_box.count() > 0)
            self.by_prompt.setEnabled(self.prompt_box.count() > 0)
            self.refresh_preview()

        self.tasks.read(read, shown, self._failed)

    # --- the request ---------------------------------------------------------------------------

    def selection(self) -> Selection:
        if self.marked.isChecked():
            return Selection(ids=tuple(self.selected_ids))
        if self.by_case.isChecked() and self.case_box.currentData() is not None:
            return Selection(case_id=self.case_box.currentData())
        if self.by_tag.isChecked() and self.tag_box.currentData() is not None:
            return Selection(tag=self.tag_box.currentData())
        if self.by_prompt.isChecked() and self.prompt_box.currentData() is not None:
            return Selection(prompt_id=self.prompt_box.currentData())
        if self.by_dates.isChecked():
            return Selection(
                date_from=self.date_from.date().toString(Qt.DateFormat.ISODate),
                date_to=self.date_to.date().toString(Qt.DateFormat.ISODate),
            )
        if self.everything.isChecked():
            return Selection(everything=True)
        return Selection()

    def parts(self) -> frozenset[str]:
        return frozenset(key for key, box in self.part_boxes.items() if box.isChecked())

    def fmt(self) -> str:
        return self.format.currentData()

    def request(self, out: Path | None = None) -> ExportRequest:
        password = self.password.text() if self._asks_password() else None
        lang = self.window_.content.lang
        return ExportRequest(
            selection=self.selection(), fmt=self.fmt(), out=out or Path(), parts=self.parts(),
            recipient=self.recipient.currentData(), lang=lang, share_password=password,
            display_name=self.display_name.text().strip() or None if self.fmt() == "review" else None,
        )

    def _asks_password(self) -> bool:
        """A review package always needs a share password; a PDF when protection is ticked."""
        return self.fmt() == "review" or (self.fmt() == "pdf" and self.protect.isChecked())

    # --- preview -------------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        is_pdf = self.fmt() == "pdf"
        review = self.fmt() == "review"
        self.protect.setEnabled(is_pdf)
        self.protect.setVisible(not review)
        for widget in (self.password, self.password_again, self.password_note):
            widget.setVisible(self._asks_password())
        for widget in (self.display_name, self.review_note):
            widget.setVisible(review)
        whole = self.fmt() in ("json", "review")
        for box in self.part_boxes.values():
            box.setEnabled(not whole)  # JSON moves a journal: every field, always; a package has its fixed parts
        self._timer.start()

    def refresh_preview(self) -> None:
        from journal.export.writer import prepare

        self._preview_generation += 1
        generation = self._preview_generation
        request = self.request()

        def done(prepared: Prepared) -> None:
            if generation != self._preview_generation:
                return
            self.prepared = prepared
            self._show_problem(self._export_message)  # a fresh preview keeps what the last export said
            self.export_button.setEnabled(not self._exporting)
            self._show_preview(prepared)

        def failed(exc) -> None:
            if generation != self._preview_generation:
                return
            self.prepared = None
            self.export_button.setEnabled(False)
            self.summary.setText("")
            self.preview.clear()
            self._show_problem(error_text(exc) if isinstance(exc, KnownError) else str(exc))

        if self.tasks.read(lambda store: prepare(store, request), done, failed) is None:
            self.reject()  # the journal was locked

    def _show_preview(self, prepared: Prepared) -> None:
        doc = prepared.document
        locale = QLocale()
        n = len(doc.entries)
        count = tr("1 reflection") if n == 1 else tr("{n} reflections").format(n=locale.toString(n))
        words = tr("{n} words").format(n=locale.toString(doc.words))
        names = part_short_names()
        parts = ", ".join(names[p] for p in PARTS if p in doc.parts) if self.fmt() != "json" else tr("every field")
        self.summary.setText(tr("{count} · {words} · with: {parts}").format(count=count, words=words, parts=parts))
        shown = prepared
        note = ""
        if n > PREVIEW_ENTRIES:
            from dataclasses import replace

            shown = replace(prepared, document=replace(doc, entries=doc.entries[:PREVIEW_ENTRIES]))
            note = tr("The preview shows the first {shown} of {n} reflections; the export holds them all.").format(
                shown=PREVIEW_ENTRIES, n=locale.toString(n)
            )
        fmt = self.fmt()

        def render():
            from html import escape

            from journal.export.writer import render as render_export

            if fmt in ("pdf", "html", "review"):
                from journal.export.html import document_html

                return document_html(shown.document), True
            if fmt == "json":
                from journal.export import tvaers_json

                whole = dict(shown.whole, entries=shown.whole["entries"][:PREVIEW_ENTRIES])
                return "<pre>" + escape(tvaers_json.dumps(whole).decode("utf-8")) + "</pre>", True
            output = render_export(shown)
            if fmt == "md-folder":
                text_value = "\n\n".join(f"━━ {name} ━━\n\n{body}" for name, body in output)
            else:
                text_value = output.decode("utf-8")
            return "<pre>" + escape(text_value) + "</pre>", True

        generation = self._preview_generation

        def shown_html(result) -> None:
            if generation == self._preview_generation:
                html, _ok = result
                self.preview.show_html(html)
                self.summary.setText(self.summary.text() + (f"\n{note}" if note else ""))

        self.tasks.render(render, shown_html, self._failed)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _failed(self, exc) -> None:
        if not self._alive:
            return
        self._show_problem(error_text(exc) if isinstance(exc, KnownError) else str(exc))

    # --- export ----------------------------------------------------------------------------------

    def _password_problem(self) -> str:
        if not self._asks_password():
            return ""
        if not self.password.text():
            if self.fmt() == "review":
                return tr("Type a share password: the review package is always encrypted.")
            return tr("Type a share password, or untick the protection.")
        if self.password.text() != self.password_again.text():
            return tr("The two share passwords are not the same.")
        return ""

    def suggested_name(self) -> str:
        doc = self.prepared.document if self.prepared is not None else None
        stem = tr("Reflections")
        if doc is not None and doc.entries:
            stem = f"{stem} {doc.entries[0].day}" if len(doc.entries) > 1 or not doc.entries[0].title else doc.entries[0].title
        suffix = {"pdf": ".pdf", "html": ".html", "md": ".md", "json": ".json", "md-folder": "", "review": ".tvaers"}[self.fmt()]
        return safe_stem(stem, tr("reflections")) + suffix

    def choose_target(self) -> None:
        problem = self._password_problem()
        if problem:
            self._show_problem(problem)
            self.password.setFocus()
            return
        if self.prepared is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / self.suggested_name())
        if self.fmt() == "md-folder":
            path, _ = QFileDialog.getSaveFileName(self, tr("New folder for the files"), start, "")
        else:
            filters = {
                "pdf": tr("PDF (*.pdf)"), "html": tr("Web page (*.html)"), "md": tr("Markdown (*.md)"),
                "json": tr("Tværs JSON (*.json)"), "review": tr("Review package (*.tvaers)"),
            }
            path, _ = QFileDialog.getSaveFileName(self, tr("Export to"), start, filters[self.fmt()])
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        """Prepare, render and write the export to ``target`` off the GUI thread, then log it."""
        from journal.export.writer import log, prepare, render, write

        problem = self._password_problem()
        if problem:
            self._show_problem(problem)
            return
        request = self.request(target)
        progress = self._progress = _Progress()
        self._exporting = True
        self._export_message = ""
        self.export_button.setEnabled(False)
        dialog = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, self)
        dialog.setObjectName("exportProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.canceled.connect(progress.cancel.set)
        ticker = QTimer(self)
        ticker.setInterval(100)

        def tick() -> None:
            if progress.total:
                dialog.setMaximum(progress.total)
                dialog.setValue(progress.done)
                dialog.setLabelText(tr("Page {n} of {total}…").format(n=QLocale().toString(progress.done), total=QLocale().toString(progress.total)))

        ticker.timeout.connect(tick)
        ticker.start()
        self.progress_dialog = dialog

        def finish() -> None:
            ticker.stop()
            dialog.reset()
            dialog.deleteLater()
            self._exporting = False
            if self._alive:
                self.export_button.setEnabled(True)

        def failed(exc) -> None:
            finish()
            if not self._alive:
                return
            if isinstance(exc, Cancelled):
                self._export_message = tr("The export was cancelled; no file was written.")
            else:
                self._export_message = error_text(exc) if isinstance(exc, KnownError) else str(exc)
            self._show_problem(self._export_message)

        def logged(_changes) -> None:
            finish()
            if self._alive:
                self.done(QDialog.DialogCode.Accepted)
            tell_done(self.window_, self.written)

        def written(result) -> None:
            self.written = result
            if self.tasks.write(lambda store: log(store, result, request.recipient), logged, failed, essential=True) is None:
                remove_export(result.path)  # every export is on record: one that cannot be is taken back
                failed(KnownError("The journal was locked before the export could be recorded in the share log, so the file was removed again."))

        def produce(prepared: Prepared):
            return write(prepared, render(prepared, progress=progress, cancelled=progress.cancel.is_set), cancelled=progress.cancel.is_set)

        def prepared_done(prepared: Prepared) -> None:
            self.tasks.render(lambda: produce(prepared), written, failed)

        if self.tasks.read(lambda store: prepare(store, request), prepared_done, failed) is None:
            failed(KnownError("The journal is locked. Unlock it and export again."))

def tell_done(window, result) -> None:
    """Say where the export went, with a way to open its folder."""
    if not window.is_locked:
        window.editor.refresh_from_store()  # "Shared 2 times" under the open reflection
    n = result.entries
    text = (tr("1 reflection was exported to {path}.") if n == 1 else tr("{n} reflections were exported to {path}.")).format(
        n=QLocale().toString(n), path=str(result.path)
    )
    window.statusBar().showMessage(text, 10_000)
    box = QMessageBox(QMessageBox.Icon.Information, tr("Exported"), text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("exportDone")
    show = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.setInformativeText(tr("The export is recorded in the share log."))
    box.finished.connect(lambda _r: box.deleteLater())
    show.clicked.connect(lambda: show_in_folder(result.path))
    box.open()
    window.export_done = box


def remove_export(path: Path) -> None:
    import shutil

    path = Path(path)
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink()
        except OSError:
            pass


def show_in_folder(path: Path) -> None:
    """Open the folder that holds ``path`` in the system's file manager."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
