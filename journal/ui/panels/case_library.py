"""The case library: published case cards and the leader's own cases, each with its timeline and open next steps.

Published cards show their summary and linked questions from the catalogue; own
cases can be created, renamed, described and archived.  The library is a dialog
that returns what the leader chose to do next (open an entry, answer a question,
start a reflection in a case), or ``None``.  It runs no SQL: reads through the
``Store`` facade, writes through ``Tasks.write``; it refreshes on ``Events.changed``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.errors import KnownError
from journal.store.records import Case
from journal.ui import accessibility
from journal.ui import messages
from journal.ui.dates import day_month
from journal.ui.dialogs.case_edit import CaseEditDialog
from journal.ui.models.commitments import CommitmentListModel
from journal.ui.panels.commitments import fill_menu, postpone, set_status

CaseIdRole = Qt.ItemDataRole.UserRole + 60
ValueRole = Qt.ItemDataRole.UserRole + 61


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseLibrary", text)


@dataclass(frozen=True)
class CaseChoice:
    """What the leader picked in the library: ``action`` is "open_entry", "answer" or "new_entry"."""

    action: str
    value: object


class CaseLibrary(QDialog):
    def __init__(self, session, tasks, events, content, current_case: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session, self.tasks, self.content = session, tasks, content
        self.choice: CaseChoice | None = None
        self._case: Case | None = None
        self.setWindowTitle(tr("Case library"))
        self.setObjectName("caseLibrary")
        self.resize(980, 640)

        # --- left: the cases --------------------------------------------------------------
        self.cases = QListWidget(self)
        self.cases.setObjectName("caseList")
        accessibility.name(self.cases, tr("Cases"))
        self.cases.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cases.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.show_archived = QCheckBox(tr("Show archived cases"), self)
        self.show_archived.setObjectName("showArchived")
        self.new_button = QPushButton(tr("New case…"), self)
        self.new_button.setObjectName("newCase")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.cases, 1)
        left_layout.addWidget(self.show_archived)
        self.notice = QLabel(self)
        self.notice.setObjectName("caseNotice")
        self.notice.setWordWrap(True)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.new_button)

        # --- right: the chosen case ---------------------------------------------------------
        self.name = QLabel(self)
        self.name.setObjectName("caseTitle")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self.name.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.name.setFont(title_font)
        self.kind = QLabel(self)
        self.kind.setObjectName("caseKind")
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.edit_button.setObjectName("editCase")
        self.archive_button = QPushButton(tr("Archive"), self)
        self.archive_button.setObjectName("archiveCase")
        self.write_button = QPushButton(tr("New reflection in this case"), self)
        self.write_button.setObjectName("writeInCase")
        self.description = QTextBrowser(self)
        self.description.setObjectName("caseDescription")
        accessibility.name(self.description, tr("About the case"))
        self.description.setOpenLinks(False)
        self.description.setOpenExternalLinks(False)
        self.prompts_heading = self._heading(tr("Questions for this case"))
        self.prompts = QListWidget(self)
        self.prompts.setObjectName("casePrompts")
        accessibility.name(self.prompts, tr("The case's questions"))
        self.prompts.setWordWrap(True)
        self.prompts.setAlternatingRowColors(True)
        self.prompts.setSpacing(2)
        self.prompts.setResizeMode(QListView.ResizeMode.Adjust)
        self.prompts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompts.setToolTip(tr("Double-click a question to answer it"))
        self.timeline_heading = self._heading(tr("Reflections"))
        self.timeline = QListWidget(self)
        self.timeline.setObjectName("caseTimeline")
        accessibility.name(self.timeline, tr("The case's reflections"))
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.setToolTip(tr("Double-click a reflection to open it"))
        # An empty list is one line of grey text, not an empty box taking half the dialog.
        self.timeline_empty = self._empty_note(tr("No reflections in this case yet."))
        self.steps_empty = self._empty_note(tr("No open next steps."))
        self.steps_heading = self._heading(tr("Open next steps"))
        self.steps_model = CommitmentListModel(self)
        self.steps = QListView(self)
        self.steps.setObjectName("caseCommitments")
        accessibility.name(self.steps, tr("The case's open next steps"))
        self.steps.setModel(self.steps_model)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setWordWrap(True)  # a long next step wraps: its date is never cut to "7 Decem…"
        self.steps.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.steps.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.steps.setToolTip(tr("Double-click a next step to open the reflection it was written in; right-click for more"))

        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.archive_button)
        lists = QHBoxLayout()
        timeline_box = QVBoxLayout()
        timeline_box.addWidget(self.timeline_heading)
        timeline_box.addWidget(self.timeline_empty)
        timeline_box.addWidget(self.timeline, 1)
        steps_box = QVBoxLayout()
        steps_box.addWidget(self.steps_heading)
        steps_box.addWidget(self.steps_empty)
        steps_box.addWidget(self.steps, 1)
        lists.addLayout(timeline_box, 1)
        lists.addLayout(steps_box, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self.kind)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.prompts_heading)
        right_layout.addWidget(self.prompts, 2)
        right_layout.addLayout(lists, 3)
        right_layout.addStretch(0)  # what the boxes do not need stays below them
        right_layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignRight)
        self._right_layout = right_layout
        self._lists = lists

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 720])
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

        self.cases.currentItemChanged.connect(self._case_selected)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.new_case)
        self.edit_button.clicked.connect(self.edit_case)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.write_button.clicked.connect(self._write_in_case)
        self.prompts.itemActivated.connect(self._prompt_chosen)
        self.timeline.itemActivated.connect(self._entry_chosen)  # a double-click activates: one signal is enough
        self.steps.doubleClicked.connect(self._step_chosen)
        self.steps.customContextMenuRequested.connect(self._step_menu)
        if events is not None:
            events.changed.connect(self._on_changed)
        self.reload(select=current_case)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _empty_note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the quieter text colour, still AA contrast
        label.hide()
        return label

    def _fit_description(self) -> None:
        """As tall as its text (a one-line description is a one-line box), up to a third of the dialog."""
        view = self.description
        document = view.document()
        document.setTextWidth(view.viewport().width())
        wanted = int(document.size().height()) + 2 * view.frameWidth() + 4
        view.setFixedHeight(max(view.fontMetrics().lineSpacing() * 2, min(wanted, max(120, self.height() // 3))))

    def _fit_lists(self, any_rows: bool) -> None:
        """Rows get the room; with neither reflections nor next steps the two notes take a line
        and the space is left empty below them."""
        self._right_layout.setStretchFactor(self._lists, 3 if any_rows else 0)
        self._right_layout.setStretch(self._right_layout.count() - 2, 0 if any_rows else 1)

    def _fit_prompts(self) -> None:
        """Tall enough for every question of the case (no row cut in half), up to half the dialog."""
        view = self.prompts
        if view.count() == 0 or not view.isVisible():
            return
        view.scrollToTop()
        last = view.visualItemRect(view.item(view.count() - 1))
        wanted = last.bottom() + view.spacing() + 2 * view.frameWidth() + 2
        view.setMinimumHeight(min(wanted, max(120, self.height() // 2)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_prompts)  # the questions wrap anew at another width
        QTimer.singleShot(0, self._fit_description)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(980, 640)

    # --- reading ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        select = select if select is not None else (self._case.id if self._case else None)
        try:
            cases = self.session.store.list_cases(include_archived=self.show_archived.isChecked())
        except KnownError:
            cases = []
        self.cases.blockSignals(True)
        self.cases.clear()
        own = [c for c in cases if not c.published]
        published = [c for c in cases if c.published]
        groups = [(tr("Your cases"), own)] + ([(tr("Published cases"), published)] if published else [])
        for heading, group in groups:
            header = QListWidgetItem(heading)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
            font = QFont(self.cases.font())
            font.setBold(True)
            header.setFont(font)
            self.cases.addItem(header)
            if not group:
                hint = QListWidgetItem(tr("None yet: create one with “New case…”"))
                hint.setFlags(Qt.ItemFlag.NoItemFlags)
                self.cases.addItem(hint)
            for case in group:
                label = case.name if not case.archived else tr("{name} (archived)").format(name=case.name)
                item = QListWidgetItem("    " + label)
                item.setToolTip(label)
                item.setData(CaseIdRole, case.id)
                item.setData(ValueRole, case)
                self.cases.addItem(item)
        self.cases.blockSignals(False)
        row = self._row_of(select)
        if row < 0:
            row = next((r for r in range(self.cases.count()) if self.cases.item(r).data(CaseIdRole)), -1)
        if row >= 0:
            self.cases.setCurrentRow(row)
        self._case_selected(self.cases.currentItem(), None)

    def _row_of(self, case_id: str | None) -> int:
        if case_id is None:
            return -1
        for row in range(self.cases.count()):
            if self.cases.item(row).data(CaseIdRole) == case_id:
                return row
        return -1

    def select_case(self, case_id: str) -> None:
        row = self._row_of(case_id)
        if row >= 0:
            self.cases.setCurrentRow(row)

    @property
    def case(self) -> Case | None:
        return self._case

    def _case_selected(self, item, _previous) -> None:
        case = item.data(ValueRole) if item is not None else None
        if case is None and item is not None and self._case is not None and self._row_of(self._case.id) >= 0:
            return  # a heading or hint: keep showing the case chosen before
        self._case = case
        for widget in (self.edit_button, self.archive_button, self.write_button):
            widget.setEnabled(case is not None)
        if case is None:
            self.name.setText(tr("No case chosen"))
            self.kind.clear()
            self.description.clear()
            self.prompts.clear()
            self.timeline.clear()
            self.steps_model.clear()
            return
        own = not case.published
        self.edit_button.setVisible(own)
        self.archive_button.setVisible(own)
        self.archive_button.setText(tr("Restore") if case.archived else tr("Archive"))
        card = self.content.case_card(case.id) if case.published else None
        self.name.setText(card.text(self.content.lang) if card is not None else case.name)
        if case.published:
            self.kind.setText(tr("A published case from the case publication"))
            summary = self.content.case_summary(case.id) or case.description
            self.description.setMarkdown(summary)
        else:
            state = tr("Your case, archived") if case.archived else tr("Your case")
            self.kind.setText(state)
            if case.description:
                self.description.setPlainText(case.description)
            else:
                self.description.setPlainText(tr("No description yet. Use “Edit…” to describe the situation."))
        prompts = self.content.case_prompts(case.id) if case.published else []
        self.prompts.clear()
        for prompt in prompts:
            item = QListWidgetItem(prompt.text(self.content.lang))
            item.setData(ValueRole, prompt.id)
            self.prompts.addItem(item)
        self.prompts_heading.setVisible(bool(prompts))
        self.prompts.setVisible(bool(prompts))
        QTimer.singleShot(0, self._fit_prompts)  # once the list has laid its rows out at its width
        self._fit_description()
        QTimer.singleShot(0, self._fit_description)
        self._fill_timeline()

    def _fill_timeline(self) -> None:
        case = self._case
        self.timeline.clear()
        if case is None:
            return
        try:
            entries = self.session.store.list_entries(case_id=case.id)
            steps = self.session.store.list_open_commitments(case_id=case.id)
        except KnownError:
            entries, steps = [], []
        for summary in entries:
            title = summary.title or tr("Untitled reflection")
            item = QListWidgetItem(tr("{date} · {title}").format(date=day_month(summary.created), title=title))
            item.setData(ValueRole, summary.id)
            item.setToolTip(summary.excerpt)
            self.timeline.addItem(item)
        self.timeline.setVisible(bool(entries))
        self.timeline_empty.setVisible(not entries)
        self.steps.setVisible(bool(steps))
        self.steps_empty.setVisible(not steps)
        self._fit_lists(bool(entries or steps))
        self.timeline_heading.setText(tr("Reflections ({count})").format(count=QLocale().toString(len(entries))) if entries else tr("Reflections"))
        self.steps_model.set_rows(steps)
        self.steps_heading.setText(tr("Open next steps ({count})").format(count=QLocale().toString(len(steps))) if steps else tr("Open next steps"))

    def _on_changed(self, changes) -> None:
        if not self.session.is_open:
            return
        if changes.kind == "cases":
            select = changes.ids[0] if changes.created and changes.ids else None
            self.reload(select=select)
        elif changes.kind in ("entries", "commitments"):
            self._fill_timeline()

    # --- own cases -------------------------------------------------------------------------

    def new_case(self) -> None:
        value = CaseEditDialog.ask(self)
        if value is None:
            return
        self.tasks.write(lambda store: store.create_case(value.name, value.description), None, self._failed)

    def edit_case(self) -> None:
        case = self._case
        if case is None or case.published:
            return
        value = CaseEditDialog.ask(self, case.name, case.description)
        if value is None:
            return
        self.tasks.write(lambda store: store.update_case(case.id, name=value.name, description=value.description), None, self._failed)

    def toggle_archived(self) -> None:
        case = self._case
        if case is None or case.published:
            return
        archived = not case.archived
        if archived and not self.show_archived.isChecked():
            self.notice.setText(tr("“{name}” is archived. Tick “Show archived cases” to see it again.").format(name=case.name))
        self.tasks.write(lambda store: store.update_case(case.id, archived=archived), None, self._failed)

    def _failed(self, exc) -> None:
        messages.show_error(self, exc)

    # --- choices that leave the library ------------------------------------------------------

    def _finish(self, action: str, value) -> None:
        self.choice = CaseChoice(action, value)
        self.accept()

    def _prompt_chosen(self, item: QListWidgetItem) -> None:
        if item is not None and item.data(ValueRole):
            self._finish("answer", (item.data(ValueRole), self._case.id if self._case else None))

    def _entry_chosen(self, item: QListWidgetItem) -> None:
        if item is not None and item.data(ValueRole) is not None:
            self._finish("open_entry", item.data(ValueRole))

    def _write_in_case(self) -> None:
        if self._case is not None:
            self._finish("new_entry", self._case.id)

    def _step_chosen(self, index) -> None:
        step = self.steps_model.commitment(index.row())
        if step is not None:
            self._finish("open_entry", step.entry_id)

    def _step_menu(self, pos) -> None:
        index = self.steps.indexAt(pos)
        step = self.steps_model.commitment(index.row()) if index.isValid() else None
        if step is None:
            return
        menu = QMenu(self)
        fill_menu(menu, step, lambda what: self.act_on_step(step, what))
        menu.addSeparator()
        menu.addAction(tr("Open the reflection"), lambda: self._finish("open_entry", step.entry_id))
        menu.exec(self.steps.viewport().mapToGlobal(pos))

    def act_on_step(self, step, what: str) -> None:
        if what == "postpone":
            postpone(self, self.tasks, step)
        else:
            set_status(self, self.tasks, step.id, what)

    @classmethod
    def ask(cls, parent, session, tasks, events, content, current_case: str | None = None) -> CaseChoice | None:
        dialog = cls(session, tasks, events, content, current_case, parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            if events is not None:
                events.changed.disconnect(dialog._on_changed)
            dialog.deleteLater()
