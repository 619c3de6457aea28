"""The main window: cases and entries on the left, the editor in the centre, prompts on the right.

The window wires widgets together and reacts to ``Events.changed``; it runs no
SQL (reads and writes go through the ``Store`` facade, writes on the writer
thread through ``Tasks``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray, QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, QItemSelectionRange, QLocale, QObject, Qt, QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal import APP_NAME
from journal.errors import DamagedJournal, KnownError, WrongPassphrase
from journal.session import JournalSession, SessionState
from journal.store import search as search_terms
from journal.store.records import Changes, Entry, EntrySummary
from journal.ui import accessibility
from journal.ui import messages, theme
from journal.ui.dialogs import help as help_dialogs
from journal.prompts.content import Content
from journal.ui.content_actions import ContentActions
from journal.ui.editor.entry_editor import EntryEditor
from journal.ui.events import AUTOSAVE, CONTENT, Events
from journal.ui.lock_page import LockPage
from journal.ui.looking_back import LookingBack
from journal.ui.dates import long_date
from journal.ui.models.entry_list import PAGE, CreatedRole, EntryListModel, IdRole, SearchResultModel
from journal.ui.panels.entry_delegate import EntryDelegate
from journal.ui.panels.prompt_panel import PromptPanel
from journal.ui.tasks import Tasks

SEARCH_DELAY_MS = 150


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class _IdleWatcher(QObject):
    """Restarts the auto-lock timer on any keyboard or mouse input in the application."""

    _INPUT = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = timer

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in self._INPUT and self._timer.interval() > 0 and self._timer.isActive():
            self._timer.start()
        return False


class _ListSource:
    """The entry list's rows: read from the window's store with the list's filters (none while
    locked); the blocks the view scrolls to on the reader thread."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window

    def _filters(self) -> dict:
        return {"case_id": self.window.case_filter_id, "prompt_id": self.window.prompt_filter_id}

    def count(self) -> int:
        return 0 if self.window.is_locked else self.window.store.count_entries(**self._filters())

    def page(self, limit: int, offset: int) -> list[EntrySummary]:
        return [] if self.window.is_locked else self.window.store.list_entries(limit=limit, offset=offset, **self._filters())

    def request(self, limit: int, offset: int, deliver, failed) -> bool:
        w = self.window
        if w.is_locked or w.opening:
            return False
        filters = self._filters()
        return w.tasks.read(lambda store: store.list_entries(limit=limit, offset=offset, **filters), deliver, failed) is not None

    def position(self, entry_id: int) -> int | None:
        return None if self.window.is_locked else self.window.store.entry_position(entry_id, **self._filters())

    def ids(self, limit: int, offset: int) -> list[int]:
        return [] if self.window.is_locked else self.window.store.entry_ids(limit=limit, offset=offset, **self._filters())


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, store, content: Content, settings, *, settings_path=None, care: bool = True, parent=None,
        data_dir=None, seed: str = "",
    ) -> None:
        """``store=None`` builds the window's frame while the journal is still opening
        (``journal.app``): panels and today's question paint at once, typing goes into a
        new reflection, and :meth:`journal_opened` fills the rest when the store is ready."""
        super().__init__(parent)
        self.session = JournalSession(store)  # the one owner of the open journal; widgets ask it
        self.content = content
        self.settings = settings
        self.settings_path = settings_path
        self.opening = store is None  # the frame is up, the journal not yet open
        if self.opening:
            self.data_dir, self._seed = Path(data_dir), seed
        else:
            self.data_dir = store.paths.root
            self._seed = store.keyfile.db_uuid  # each journal its own sequence of questions
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self.resize(1280, 800)

        self.events = Events(self)
        self.tasks = Tasks(self.events, self.session, self)
        self._last_entry_id: int | None = None
        self._last_cursor = 0
        self.case_filter_id: str | None = None
        self.prompt_filter_id: str | None = None  # the entry list shows only the answers to this prompt
        self.tour = None  # journal.ui.tour.Tour, made when first shown

        # --- left: search, case filter, entries ---------------------------------------
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        accessibility.name(self.search_field, tr("Search"), tr("Searches titles, text and tags; Enter opens the best hit"))
        self.search_field.setPlaceholderText(tr("Search everything (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.case_filter = QComboBox(self)
        self.case_filter.setObjectName("caseFilter")
        accessibility.name(self.case_filter, tr("Show reflections of"))
        self.entry_model = EntryListModel(_ListSource(self), tr("Untitled reflection"), self)
        self.search_model = SearchResultModel(self)
        self.entry_view = QListView(self)
        self.entry_view.setObjectName("entryList")
        accessibility.name(self.entry_view, tr("Reflections"), tr("Newest first. Choose one to open it"))
        self.entry_view.setModel(self.entry_model)
        self.entry_view.setItemDelegate(EntryDelegate(self.entry_view))
        # Rows of one height: Qt lays out 100,000 of them in about 15 ms without asking Python about
        # each, so a page arriving at the end of the list neither freezes the window nor moves the
        # view (rows of varying height were laid out anew in batches from the top, and the view
        # was thrown back there).
        self.entry_view.setUniformItemSizes(True)
        self.entry_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # mark several to export
        self.result_view = QListView(self)
        self.result_view.setObjectName("searchResults")
        accessibility.name(self.result_view, tr("Search results"), tr("Best match first. Enter opens the reflection"))
        self.result_view.setModel(self.search_model)
        self.result_view.setItemDelegate(EntryDelegate(self.result_view, group_days=False))
        self.result_view.setUniformItemSizes(True)
        self.no_results = QLabel(tr("Nothing found."), self)
        self.no_results.setObjectName("noResults")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.hide()
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.entry_view)
        self.left_stack.addWidget(self.result_view)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.case_filter)
        left_layout.addWidget(self.no_results)
        left_layout.addWidget(self.left_stack, 1)

        # --- centre and right ----------------------------------------------------------
        self.editor = EntryEditor(self.tasks, self)
        self.editor.set_autosave_delay(settings.autosave_ms)
        self._default_point_size = self.editor.body.font().pointSize() or theme.DEFAULT_POINT_SIZE
        self.apply_text_size()
        self.privacy_page = QLabel(tr("The text is hidden. Press Ctrl+Shift+H to show it again."), self)
        self.privacy_page.setObjectName("privacyPage")
        self.privacy_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.privacy_page.setWordWrap(True)
        self.empty_page = self._make_empty_page()  # made before the question panel: Tab goes from "New reflection" to "Answer"
        self.prompt_panel = PromptPanel(content.lang, self)
        self.prompt_panel.setObjectName("promptPanel")

        self.splitter = QSplitter(self)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.editor)
        self.centre.addWidget(self.privacy_page)
        self.centre.addWidget(self.empty_page)
        self.centre.setCurrentWidget(self.empty_page)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.prompt_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([300, 660, 320])
        self._restore_layout()

        self.lock_page = LockPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)

        self.save_state = QLabel(self)
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._search_generation = 0
        self._shown_query = ""  # the text whose hits the result list shows
        self.auto_lock = QTimer(self)
        self.auto_lock.setSingleShot(True)
        self.auto_lock.timeout.connect(self.lock)
        self._idle = _IdleWatcher(self.auto_lock, self)
        QApplication.instance().installEventFilter(self._idle)
        self.set_auto_lock_minutes(settings.auto_lock_minutes)

        from journal.ui.session_watch import SessionWatcher

        from journal.ui.care import JournalCare

        self.care = JournalCare(self)
        self.session_watcher = SessionWatcher(self, self)
        self.session_watcher.lockRequested.connect(self._lock_for)

        self._make_actions()
        self._connect()
        self.care.enabled = care
        if not self.opening:
            try:
                self._load_content()
            except DamagedJournal:
                store.damaged = True
        self.content_actions = ContentActions(self)  # own questions, templates, cases, next steps, follow-ups
        self.looking_back = LookingBack(self)  # calendar, on this day, insight, reminders
        from journal.ui.cohort.actions import CohortActions

        self.cohort_actions = CohortActions(self)  # Fællesskab: rounds, contributions, comparisons
        from journal.ui.review.actions import ReviewActions

        self.review_actions = ReviewActions(self)  # the coach round trip: open a package, import feedback, comments beside the text
        self.menuBar().addMenu(self.help_menu)  # last, after the menus ContentActions adds
        self._closing_backup = False
        if self.opening:
            self._show_opening()
            return
        if store.damaged:
            QTimer.singleShot(0, self.care.offer_restore)
        else:
            try:
                self.entry_model.reload()
            except DamagedJournal:
                store.damaged = True
                QTimer.singleShot(0, self.care.offer_restore)
            else:
                if care:
                    self.care.opened()
        if not store.damaged:
            self._reopen_last_entry()
        self._update_centre()
        if self.centre.currentWidget() is self.empty_page:
            self.empty_new_button.setFocus()  # the window opens with the keyboard on "New reflection", not in search
        self._say_if_unprotected(store)

    def _say_if_unprotected(self, store) -> None:
        if not store.keyfile.needs_passphrase:
            self.statusBar().showMessage(tr("This journal has no passphrase: anyone with access to this computer can read it."))

    # --- the instant window: the frame first, the journal when it is open ---------------------------

    def _show_opening(self) -> None:
        """The frame while the journal opens: the panels, today's question (from the bank alone),
        a new reflection with the keyboard in it, and the status line."""
        for act in self._journal_actions():
            act.setEnabled(False)
        self.search_field.setEnabled(False)
        self.case_filter.addItem(tr("All reflections"), None)  # the cases come with the journal
        self.case_filter.setEnabled(False)
        self.prompt_panel.set_content(self.content.prompts, self.content.theme_names(), self.content.kind_names(), self.content.source_of)
        self.prompt_panel.set_today(self.content.todays_prompt({}, date.today(), seed=self._seed))
        self.editor.new_entry()
        self._update_centre()
        self.editor.body.setFocus()
        self.statusBar().showMessage(tr("Opening the journal…"))

    def journal_opened(self, store) -> None:
        """The store is ready: fill the list and panels; what was typed meanwhile becomes the new entry."""
        if not self.opening:
            store.close()
            return
        self.opening = False
        typed = self.editor.is_dirty()
        self.session.attach(store)
        self.statusBar().clearMessage()
        self.search_field.setEnabled(True)
        self.case_filter.setEnabled(True)
        for act in self._journal_actions():
            act.setEnabled(True)
        try:
            self._load_content()
            self.entry_model.reload()
        except DamagedJournal:
            store.damaged = True
            QTimer.singleShot(0, self.care.offer_restore)
        if typed:
            self.editor.save_now()  # the words typed while the journal opened: the new reflection
        elif not store.damaged:
            self._reopen_last_entry()
        self._update_centre()
        self._say_if_unprotected(store)
        self.set_auto_lock_interval(self.auto_lock.interval())
        self.unlocked.emit()  # the panels that read the journal load now (the integrity check too, unless --smoke)

    # --- set-up ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, shortcut, slot, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(tr("&New reflection"), QKeySequence.StandardKey.New, self.new_entry, "actionNew")
        self.find_action = action(tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search, "actionFind")
        self.lock_action = action(tr("&Lock"), "Ctrl+L", self.lock, "actionLock")
        self.preview_action = action(tr("&Preview"), "Ctrl+P", self._preview_chosen, "actionPreview")
        self.preview_action.setCheckable(True)
        self.editor.preview_button.toggled.connect(self.preview_action.setChecked)
        self.delete_action = action(tr("&Delete reflection…"), None, self.delete_entry, "actionDelete")
        self.quit_action = action(tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "actionQuit")
        self.settings_action = action(tr("S&ettings…"), "Ctrl+,", self.open_settings, "actionSettings")
        self.privacy_action = action(tr("&Hide text"), "Ctrl+Shift+H", self.toggle_privacy, "actionPrivacy")
        self.privacy_action.setCheckable(True)
        self.tour_action = action(tr("Show the &tour"), None, self.start_tour, "actionTour")
        self.export_action = action(tr("&Export…"), "Ctrl+E", self.open_export, "actionExport")
        self.share_log_action = action(tr("S&hare log"), None, lambda: self.show_share_log(), "actionShareLog")
        self.import_action = action(tr("&Import…"), None, self.open_import, "actionImport")
        file_menu = self.menuBar().addMenu(tr("&Journal"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.delete_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.share_log_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        # Undo … Select all act on whichever text field has the keyboard focus.
        standard = QKeySequence.StandardKey
        self.edit_actions = {
            "undo": action(tr("&Undo"), standard.Undo, lambda: self._on_focused_text("undo"), "actionUndo"),
            "redo": action(tr("&Redo"), standard.Redo, lambda: self._on_focused_text("redo"), "actionRedo"),
            "cut": action(tr("Cu&t"), standard.Cut, lambda: self._on_focused_text("cut"), "actionCut"),
            "copy": action(tr("&Copy"), standard.Copy, lambda: self._on_focused_text("copy"), "actionCopy"),
            "paste": action(tr("&Paste"), standard.Paste, lambda: self._on_focused_text("paste"), "actionPaste"),
            "selectAll": action(tr("Select &all"), standard.SelectAll, lambda: self._on_focused_text("selectAll"), "actionSelectAll"),
        }
        for name, act in self.edit_actions.items():
            edit_menu.addAction(act)
            if name in ("redo", "paste"):
                edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = self.menuBar().addMenu(tr("&View"))
        view_menu.addAction(self.preview_action)
        view_menu.addAction(self.privacy_action)
        view_menu.addSeparator()
        self.calendar_action = action(tr("&Calendar…"), "Ctrl+Shift+D", self.open_calendar, "actionCalendar")
        self.insight_action = action(tr("&Insight…"), "Ctrl+Shift+I", self.open_insight, "actionInsight")
        view_menu.addAction(self.calendar_action)
        view_menu.addAction(self.insight_action)
        view_menu.addSeparator()
        view_menu.addAction(self.tour_action)
        # The editor's text size, kept in the settings (Ctrl+plus, Ctrl+minus, Ctrl+0).
        self.larger_text_action = action(tr("&Larger text"), QKeySequence.StandardKey.ZoomIn, lambda: self.change_text_size(+1), "actionLargerText")
        self.larger_text_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])  # "+" needs Shift on many keyboards
        self.smaller_text_action = action(tr("&Smaller text"), QKeySequence.StandardKey.ZoomOut, lambda: self.change_text_size(-1), "actionSmallerText")
        self.normal_text_action = action(tr("&Normal text size"), "Ctrl+0", lambda: self.change_text_size(0), "actionNormalText")
        view_menu.addSeparator()
        for act in (self.larger_text_action, self.smaller_text_action, self.normal_text_action):
            view_menu.addAction(act)
        self.about_action = action(tr("&About Tværs"), None, lambda: help_dialogs.show_about(self, str(self.data_dir)), "actionAbout")
        self.shortcuts_action = action(tr("&Keyboard shortcuts"), None, lambda: help_dialogs.ShortcutsDialog.ask(self), "actionShortcuts")
        self.privacy_note_action = action(tr("&Privacy"), None, lambda: help_dialogs.show_privacy(self), "actionPrivacyNote")
        self.help_menu = QMenu(tr("&Help"), self)
        for act in (self.shortcuts_action, self.privacy_note_action, self.about_action):
            self.help_menu.addAction(act)
        self.menus = [file_menu, edit_menu, view_menu]

    def _make_empty_page(self) -> QWidget:
        """What the centre shows when no reflection is open: a way to start one, never a disabled editor."""
        page = QWidget(self)
        page.setObjectName("emptyPage")
        heading = QLabel(tr("No reflection is open"), page)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(tr("Start a new one, answer today's question on the right, or choose one in the list."), page)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new_button = QPushButton(tr("New reflection"), page)
        self.empty_new_button.setObjectName("emptyNewButton")
        self.empty_new_button.setDefault(True)
        self.empty_new_button.clicked.connect(self.new_entry)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _update_centre(self, _shown: bool | None = None) -> None:
        """The editor when a reflection is shown, the privacy page when text is hidden, else the empty page."""
        if self.privacy_action.isChecked():
            page = self.privacy_page
        elif self.editor.isEnabled():
            page = self.editor
        else:
            page = self.empty_page
        had_focus = self.centre.currentWidget().isAncestorOf(QApplication.focusWidget()) if QApplication.focusWidget() else False
        self.centre.setCurrentWidget(page)
        if page is self.empty_page and (had_focus or QApplication.focusWidget() is None):
            self.empty_new_button.setFocus()  # never leave the keyboard in the search field by accident

    @property
    def text_point_size(self) -> int:
        """The editor's text size in points (the setting, or the default)."""
        return self.settings.editor_point_size or self._default_point_size

    def apply_text_size(self) -> None:
        for widget in (self.editor.body, self.editor.title):
            font = widget.font()
            font.setPointSize(self.text_point_size)
            widget.setFont(font)

    def change_text_size(self, step: int) -> None:
        """One point larger (+1) or smaller (-1), or back to the default (0); remembered."""
        size = 0 if step == 0 else theme.clamp_point_size(self.text_point_size + step)
        self.settings.editor_point_size = 0 if size == self._default_point_size else size
        self.apply_text_size()
        self.statusBar().showMessage(tr("Text size: {points} pt").format(points=self.text_point_size), 3_000)
        if self.settings_path is not None:
            try:
                self.settings.save(self.settings_path)
            except OSError:
                pass  # a convenience: the size still applies to this run

    def _on_focused_text(self, what: str) -> None:
        """Run ``what`` (undo, cut, …) on the focused text field, if it can."""
        widget = QApplication.focusWidget()
        method = getattr(widget, what, None) if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) else None
        if method is not None:
            method()

    def _preview_chosen(self, on: bool) -> None:
        self.editor.preview_button.setChecked(on)

    def _connect(self) -> None:
        self.editor.shownChanged.connect(self._update_centre)
        self.events.changed.connect(self._on_changed)
        self.entry_view.selectionModel().currentChanged.connect(self._entry_selected)
        self._open_when_read: int | None = None  # the current row, chosen before it was read
        self.entry_model.dataChanged.connect(self._rows_read)
        self.entry_model.modelReset.connect(lambda: setattr(self, "_open_when_read", None))
        self.result_view.selectionModel().currentChanged.connect(self._result_selected)
        self.result_view.activated.connect(self._result_activated)
        self.search_field.textChanged.connect(self._search_edited)
        self.search_field.returnPressed.connect(self._open_first_result)
        self.case_filter.currentIndexChanged.connect(self._case_changed)
        self.prompt_panel.promptChosen.connect(self.answer_prompt)
        self.prompt_panel.anotherRequested.connect(self._another_prompt)
        self.editor.statusMessage.connect(self.save_state.setText)
        self.editor.saveFailed.connect(self._save_failed)
        self.editor.saved.connect(self._entry_saved)
        self.editor.shareLogRequested.connect(lambda: self.show_share_log(for_open_entry=True))
        self.lock_page.unlockRequested.connect(self.unlock)
        self.lock_page.recoverRequested.connect(self.recover)

    def _load_content(self) -> None:
        published = self.content.published_cases()
        if published and not self.store.readonly:
            # On the writer, not in the way of the first paint; the case lists refresh when it reports.
            self.tasks.write(lambda store: store.ensure_published_cases(published), None, self._cards_not_written, initiator=CONTENT)
        self._fill_cases()  # the questions (with the leader's own) are loaded by ContentActions.load

    @staticmethod
    def _cards_not_written(exc) -> None:
        import logging

        logging.getLogger("tvaers").info("published case cards not written: %s", type(exc).__name__)  # next time

    def _fill_cases(self) -> None:
        current = self.case_filter.currentData()
        self.case_filter.blockSignals(True)
        self.case_filter.clear()
        self.case_filter.addItem(tr("All reflections"), None)
        for case in self.store.list_cases():
            self.case_filter.addItem(case.name, case.id)
        index = self.case_filter.findData(current)
        self.case_filter.setCurrentIndex(max(0, index))
        self.case_filter.blockSignals(False)

    def refresh_today(self, after: str | None = None) -> None:
        try:
            usage = self.store.prompt_usage()
        except KnownError:  # a damaged journal: today's question without its history; restore is offered
            usage = {}
        self.prompt_panel.set_today(self.content.todays_prompt(usage, date.today(), after=after, seed=self._seed))

    # --- entries ---------------------------------------------------------------------------

    def _case_changed(self, _index: int) -> None:
        self.case_filter_id = self.case_filter.currentData()
        self.entry_model.reload()

    def _entry_selected(self, current, _previous) -> None:
        entry_id = current.data(IdRole) if current.isValid() else None
        # A row not read yet (End, a drag of the scroll bar): it opens when its block arrives.
        self._open_when_read = current.row() if current.isValid() and entry_id is None else None
        if entry_id is not None and entry_id != self.editor.entry_id:
            self.open_entry(entry_id)

    def _rows_read(self, top, bottom, _roles=()) -> None:
        row = self._open_when_read
        if row is not None and top.row() <= row <= bottom.row():
            current = self.entry_view.currentIndex()
            if current.row() == row:
                self._entry_selected(current, None)

    def leave_entry(self) -> bool:
        """Save the shown entry before another one takes its place; False (and a message) if it cannot be saved."""
        self.editor.save_now()
        if self.editor.is_dirty():
            self.flush()
        if self.editor.is_dirty():
            messages.show_error(
                self,
                tr("The text in the editor could not be saved yet ({reason}). It stays open, and is saved as soon as it can be.").format(
                    reason=self.statusBar().currentMessage() or tr("unknown reason")
                ),
            )
            return False
        return True

    def open_entry(self, entry_id: int, highlight: list[str] | None = None) -> None:
        if self.is_locked or not self.leave_entry():
            return
        try:
            entry = self.store.get_entry(entry_id)
        except KnownError as exc:
            messages.show_error(self, exc)
            return
        self._show_entry(entry)
        if highlight:
            self.editor.highlight(highlight)

    def _show_entry(self, entry: Entry) -> None:
        self.editor.open_entry(entry)
        self._caption_for(entry.prompt_id, entry.body)

    def _caption_for(self, prompt_id: str | None, body: str) -> None:
        """The question once: as the quote in the text, or (if the leader removed the quote) above it."""
        question = self.content.prompt_text(prompt_id)
        quoted = bool(question) and question in body
        self.editor.set_prompt_caption(
            tr("Answers the question: {question}").format(question=question) if question and not quoted else ""
        )

    def new_entry(self) -> None:
        if self.is_locked or not self.leave_entry():
            return
        self.entry_view.clearSelection()
        self.editor.new_entry(case_id=self.case_filter_id)
        self.editor.set_prompt_caption("")

    def answer_prompt(self, prompt_id: str) -> None:
        """A new entry that answers ``prompt_id``, the question quoted at the top."""
        text = self.content.prompt_text(prompt_id)
        if not text or (self.is_locked and not self.opening):
            return
        if self.editor.is_untouched_answer_to(prompt_id):
            self.editor.body.setFocus()  # already answering it, nothing typed yet: one reflection, not two
            return
        if self.opening and self.editor.has_own_words():
            return  # words typed while the journal opens stay where they are
        if not self.opening and not self.leave_entry():
            return
        self.entry_view.clearSelection()
        self.editor.new_entry(f"> {text}\n\n", prompt_id=prompt_id, case_id=self.case_filter_id)
        self.editor.set_prompt_caption("")  # the question is quoted at the top of the text: shown once

    def _another_prompt(self, current_id: str) -> None:
        self.refresh_today(after=current_id)

    def delete_entry(self) -> None:
        """Delete the open entry after a question that names it; then the next one in the list opens."""
        entry_id = self.editor.entry_id
        if entry_id is None:
            return
        row = self.entry_model.row_of(entry_id)
        index = self.entry_model.index(row) if row >= 0 else None
        title = (index.data() if index is not None else "") or self.editor.title.text() or tr("Untitled reflection")
        day = long_date(index.data(CreatedRole)) if index is not None else ""
        question = (
            tr("Delete the reflection “{title}” from {date} for good? This cannot be undone.").format(title=title, date=day)
            if day else tr("Delete the reflection “{title}” for good? This cannot be undone.").format(title=title)
        )
        if not messages.confirm(self, question, tr("Delete reflection")):
            return
        if self.is_locked:  # locked while the question was open
            return
        if row < 0:
            row = self.entry_model.locate(entry_id)  # further down than the rows read (opened from a search)
        neighbours = self.entry_model.ids_of([row + 1, row - 1] if row >= 0 else [])  # read now if need be
        following = neighbours[0] if neighbours else None
        self.editor.clear()
        self.save_state.clear()  # "Saved at …" was about the entry that is gone

        def deleted(_changes) -> None:
            if following is not None and self.editor.entry_id is None:
                self.open_entry(following)
                self.select_row_of(following)
            self.statusBar().showMessage(tr("The reflection was deleted."), 5_000)

        self.tasks.write(lambda store: store.delete_entry(entry_id), deleted, self.write_failed)

    def select_row_of(self, entry_id: int) -> None:
        """Show ``entry_id`` as the list's current row without opening it again (scrolled to,
        wherever it stands in the list)."""
        row = self.entry_model.locate(entry_id)
        if row >= 0:
            selection = self.entry_view.selectionModel()
            index = self.entry_model.index(row)
            selection.blockSignals(True)  # the view's own slots too: it is scrolled and repainted here
            self.entry_view.setCurrentIndex(index)
            selection.blockSignals(False)
            self.entry_view.scrollTo(index)
            self.entry_view.viewport().update()

    def _reopen_last_entry(self) -> None:
        """At start, the reflection that was open when Tværs closed, chosen in the list (quietly
        nothing when it is gone)."""
        entry_id = self.settings.last_entry
        if not entry_id:
            return
        try:
            entry = self.store.get_entry(entry_id)
        except KnownError:
            return
        self._show_entry(entry)
        self.select_row_of(entry_id)

    def _entry_saved(self, entry_id: int) -> None:
        self._last_entry_id = entry_id

    def _on_changed(self, changes: Changes) -> None:
        if self.is_locked:
            return
        if changes.kind == "entries":
            if changes.initiator == AUTOSAVE and not changes.created and self._update_rows(changes.ids):
                return  # the text of shown rows changed: those rows are read again, in place
            current = self.editor.entry_id
            self.entry_model.reload()
            if current is not None:
                self.select_row_of(current)
        elif changes.kind == "cases":
            self._fill_cases()

    def _update_rows(self, entry_ids) -> bool:
        """Re-read just the rows of ``entry_ids`` (one query); False when the list must be read anew."""
        shown = [i for i in entry_ids if self.entry_model.row_of(i) >= 0]
        if len(shown) != len(entry_ids):
            return False
        try:
            summaries = self.store.entry_summaries(shown)
        except KnownError:
            return False
        return all(self.entry_model.update_row(summary) for summary in summaries) and len(summaries) == len(shown)

    def _save_failed(self, exc) -> None:
        text = messages.error_text(exc)
        self.save_state.setText(tr("Not saved"))
        self.statusBar().showMessage(text)

    def write_failed(self, exc) -> None:
        """A write the leader asked for did not go through: say why (nothing was changed)."""
        messages.show_error(self, exc)

    # --- search ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.is_locked:
            return
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _search_edited(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._search_generation += 1  # an answer still on its way is no longer wanted
            self._shown_query = ""
            self.search_model.clear()
            self.no_results.hide()
            self.left_stack.setCurrentWidget(self.entry_view)
            self.editor.body.setExtraSelections([])  # the search's marks go with the search
            if self.editor.entry_id is not None:
                self.select_row_of(self.editor.entry_id)  # the list shows the entry that is open

    def run_search(self, *, open_first: bool = False) -> None:
        """Search on the reader thread (at 100,000 entries a query takes tens of milliseconds);
        the newest query's answer wins, older ones are dropped."""
        if self.is_locked:
            return
        query = self.search_field.text()
        if not query.strip():
            self._search_edited("")  # nothing to look for: the list of reflections again
            return
        self._search_generation += 1
        generation = self._search_generation
        self.tasks.read(
            lambda store: store.search(query, limit=50),
            lambda hits: self._show_hits(generation, hits, open_first),
            self._search_failed,
        )

    def _show_hits(self, generation: int, hits, open_first: bool) -> None:
        if generation != self._search_generation or not self.search_field.text().strip():
            return  # typed on meanwhile (or cleared): a newer search is on its way
        self.search_model.set_hits(hits)
        self._shown_query = self.search_field.text()
        self.no_results.setVisible(not hits)
        self.left_stack.setCurrentWidget(self.result_view)
        if open_first and hits:
            self.result_view.setCurrentIndex(self.search_model.index(0))
            self._result_activated(self.search_model.index(0))

    def _search_failed(self, exc) -> None:
        self.statusBar().showMessage(messages.error_text(exc))

    def _result_selected(self, current, _previous) -> None:
        if current.isValid():
            self.open_entry(current.data(IdRole), highlight=search_terms.terms(self.search_field.text()))

    def _result_activated(self, index) -> None:
        if index.isValid():
            self.open_entry(index.data(IdRole), highlight=search_terms.terms(self.search_field.text()))
            self.editor.body.setFocus()

    def _open_first_result(self) -> None:
        self._search_timer.stop()
        if self._shown_query == self.search_field.text() and self.search_model.rowCount() > 0:
            self.result_view.setCurrentIndex(self.search_model.index(0))  # the hits shown are for this text
            self._result_activated(self.search_model.index(0))
            return
        self.run_search(open_first=True)

    # --- lock ----------------------------------------------------------------------------------

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.set_auto_lock_interval(minutes * 60_000)

    def set_auto_lock_interval(self, msecs: int) -> None:
        self.auto_lock.stop()
        self.auto_lock.setInterval(max(0, msecs))
        if msecs > 0 and not self.is_locked:
            self.auto_lock.start()

    @property
    def is_locked(self) -> bool:
        return not self.session.is_open

    @property
    def store(self):
        """The open journal's store (``JournalClosed`` when locked): reads on the GUI thread ask for it here."""
        return self.session.store

    def flush(self) -> None:
        """Save what is typed and wait until every write has reached the journal."""
        self.editor.save_now()
        self.tasks.wait()
        QCoreApplication.processEvents()  # the saves' results: is the editor clean now?

    # --- the ordered close: lock, restore and quit all go this way ------------------------------

    def begin_close(self) -> bool | None:
        """Steps 1-2 of closing: stop taking jobs, save what is typed. ``None`` when there is
        nothing open to close; False when the text could not be saved (the journal then stays
        closing: the caller decides between ``cancel_close`` and ``end_close``)."""
        if not self.session.begin_closing():
            return None
        self.auto_lock.stop()
        self.flush()
        return not self.editor.is_dirty()

    def cancel_close(self) -> None:
        self.session.cancel_closing()
        self.set_auto_lock_interval(self.auto_lock.interval())  # try again after the next idle spell

    def end_close(self) -> None:
        """Steps 3-5: drain every accepted job, close the store under its write lock, then drop
        every widget's journal text."""
        if self.tour is not None:
            self.tour.stop()
        self._last_entry_id = self.editor.entry_id
        self._last_cursor = self.editor.body.textCursor().position()
        self.tasks.wait()
        self.session.drain()
        self.session.finish_closing()
        self._drop_journal_text()

    def lock(self) -> None:
        """Save, close the database, then drop every widget that shows journal text."""
        if self.is_locked:
            return
        needs = self.session.store.keyfile.needs_passphrase
        clean = self.begin_close()
        if clean is None:
            return
        if not clean:
            # The last save failed (e.g. disk full): keep the text rather than lock it away unsaved.
            self.cancel_close()
            self.statusBar().showMessage(tr("Not locked: the latest text could not be saved yet."))
            return
        self.end_close()
        self.show_lock_page(needs)

    def show_lock_page(self, needs_passphrase: bool) -> None:
        self.lock_page.prepare(needs_passphrase)
        self.lock_page.set_ready()
        self.stack.setCurrentWidget(self.lock_page)

    def _drop_journal_text(self) -> None:
        """Drop every widget that shows journal text and clear our clipboard text (the store is closed)."""
        shown_text = "\n".join((self.editor.title.text(), self.editor.body.toPlainText(), self.editor.tags.text()))
        self.editor.clear()
        self.entry_model.clear()
        self.search_model.clear()
        self.search_field.clear()
        self.prompt_panel.set_today(None)
        self.prompt_panel.set_content([], {})
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            held = clipboard.text()
            ours = bool(held) and (held in shown_text)
            if clipboard.ownsClipboard() or ours:
                clipboard.clear()
        self.statusBar().clearMessage()
        self.save_state.clear()
        for act in self._journal_actions():
            act.setEnabled(False)
        self.locked.emit()

    def _journal_actions(self) -> list[QAction]:
        """Every action that needs an open journal: disabled on the lock screen."""
        return [
            self.new_action, self.find_action, self.delete_action, self.preview_action,
            self.settings_action, self.privacy_action, self.tour_action, self.import_action,
            self.export_action, self.share_log_action, self.calendar_action, self.insight_action,
        ]

    def _lock_for(self, reason: str) -> None:
        import logging

        logging.getLogger("tvaers").info("locking: %s", reason)
        self.lock()

    # --- opening again ----------------------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Derive the key and open the journal off the GUI thread; the lock page says it is working."""
        if not self.is_locked:
            return
        folder = self.data_dir

        case_id, prompt_id = self.case_filter_id, self.prompt_filter_id

        def job():
            from journal.store import Store

            store = Store.open(folder, passphrase or None)
            # Read the first page once here, off the GUI thread: its pages are then decrypted
            # and in the pooled connection's cache when the window shows the list.
            store.list_entries(limit=PAGE, case_id=case_id, prompt_id=prompt_id)
            return store

        self.lock_page.set_busy(tr("Unlocking…"))
        self.tasks.compute(job, self.attach_store, self._unlock_failed)

    def _unlock_failed(self, exc) -> None:
        self.lock_page.show_problem(messages.error_text(exc))  # a wrong passphrase included

    def attach_store(self, store) -> None:
        """Show an open journal again (after unlock or restore), at the entry and cursor left."""
        if not self.is_locked:  # opened twice (e.g. two clicks on Unlock): keep the first
            store.close()
            return
        self.session.attach(store)
        for act in self._journal_actions():
            act.setEnabled(True)
        self.lock_page.set_ready()
        self.stack.setCurrentWidget(self.splitter)
        try:
            self._load_content()
            self.entry_model.reload()
        except DamagedJournal:
            store.damaged = True
            self._last_entry_id = None
            QTimer.singleShot(0, self.care.offer_restore)
        if self._last_entry_id is not None:
            try:
                store.get_entry(self._last_entry_id)
            except KnownError:
                self._last_entry_id = None
        if self._last_entry_id is not None:
            self.open_entry(self._last_entry_id)
            cursor = self.editor.body.textCursor()
            cursor.setPosition(min(self._last_cursor, self.editor.body.document().characterCount() - 1))
            self.editor.body.setTextCursor(cursor)
            self.editor.body.setFocus()
        self.set_auto_lock_interval(self.auto_lock.interval())
        self.unlocked.emit()

    def recover(self) -> None:
        """Forgotten passphrase: open with the recovery key and set a new passphrase (off the GUI thread)."""
        from journal.ui.dialogs.passphrase import PassphraseDialog

        answer = PassphraseDialog.ask(recovery=True, parent=self)
        if answer is None or not self.is_locked:
            return
        folder = self.data_dir

        def job():
            from journal.store import Store

            store = Store.open(folder, recovery_key=answer.current)
            try:
                store.change_passphrase(answer.new)
            except BaseException:
                store.close()
                raise
            return store

        def done(store) -> None:
            self.attach_store(store)
            self.statusBar().showMessage(tr("A new passphrase is set. The recovery key still works."))

        self.lock_page.set_busy(tr("Unlocking…"))
        self.tasks.compute(job, done, self._unlock_failed)

    # --- settings and privacy ------------------------------------------------------------------

    def open_import(self) -> None:
        """*Import…*: the dialog reads the source and writes through ``self.tasks`` (journal/ui/dialogs/import_dialog.py)."""
        from journal.ui.dialogs.import_dialog import ImportDialog

        if self.is_locked:
            return
        dialog = ImportDialog(self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.locked.connect(dialog.close_for_lock)  # no preview of imported text stays over the lock screen
        dialog.open()

    # --- export and the share log -----------------------------------------------------------------

    def selected_entry_ids(self) -> list[int]:
        """The entries marked in the list, in list order (Ctrl/Shift+click marks several)."""
        rows = sorted(index.row() for index in self.entry_view.selectionModel().selectedRows())
        return self.entry_model.ids_of(rows)  # rows marked but not read yet (Shift+End) are read now

    def open_export(self) -> None:
        """The export dialog, on what is saved: the text in the editor is saved first, and the
        dialog opens when the writer has finished everything before it (never waiting on the
        GUI thread: a backup may be running)."""
        if self.is_locked or not self.leave_entry():
            return
        self.export_dialog = None
        ids = self.selected_entry_ids()
        self.tasks.write(lambda store: None, lambda _result: self._show_export_dialog(ids), self.write_failed)

    def _show_export_dialog(self, ids: list[int]) -> None:
        from journal.ui.dialogs.export import ExportDialog

        if self.is_locked:
            return
        dialog = ExportDialog(self, ids)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.locked.connect(dialog.journal_locked)
        self.export_dialog = dialog
        dialog.open()

    def show_share_log(self, for_open_entry: bool = False) -> None:
        """The share log, newest first (read off the GUI thread)."""
        from journal.ui.dialogs.share_log import ShareLogDialog

        if self.is_locked:
            return
        entry_id = self.editor.entry_id if for_open_entry else None

        def read(store):
            uid = store.get_entry(entry_id).uid if entry_id is not None else None
            return store.share_log(newest_first=True), uid

        def shown(result) -> None:
            if self.is_locked:
                return
            log, uid = result
            dialog = ShareLogDialog(self, log, entry_uid=uid)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.locked.connect(dialog.reject)
            self.share_log_dialog = dialog
            dialog.open()

        self.tasks.read(read, shown, self.write_failed)

    def mark_entries_by_uid(self, uids: list[str]) -> None:
        """Mark the given entries in the list (those still in the journal), the first one current."""
        filters = {"case_id": self.case_filter_id, "prompt_id": self.prompt_filter_id}
        generation = self.entry_model.generation

        def read(store):
            ids = store.entry_ids_for_uids(uids)
            return ids, store.entry_positions(ids, **filters)

        def mark(found) -> None:
            if self.is_locked:
                return
            ids, positions = found
            if self.left_stack.currentWidget() is not self.entry_view:
                self.search_field.clear()  # back from search results to the list
            if generation != self.entry_model.generation:  # the list changed meanwhile: the rows read
                positions = {i: self.entry_model.row_of(i) for i in ids}
            rows = sorted(r for r in (positions.get(i, -1) for i in ids) if r >= 0)
            marked = QItemSelection()  # runs of neighbouring rows as one range each: one selection change
            for row in rows:
                if marked and marked[-1].bottom() == row - 1:
                    marked[-1] = QItemSelectionRange(marked[-1].topLeft(), self.entry_model.index(row))
                else:
                    marked.append(QItemSelectionRange(self.entry_model.index(row)))
            self.entry_view.selectionModel().select(marked, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if rows:
                self.entry_view.scrollTo(self.entry_model.index(rows[0]))
            gone, hidden = len(uids) - len(ids), len(ids) - len(rows)
            message = tr("{n} reflections are marked in the list.").format(n=QLocale().toString(len(rows))) if len(rows) != 1 else tr("1 reflection is marked in the list.")
            if gone:
                message += " " + tr("{n} of them have since been deleted.").format(n=QLocale().toString(gone))
            if hidden:
                message += " " + tr("{n} of them are not in the list as it is filtered now.").format(n=QLocale().toString(hidden))
            self.statusBar().showMessage(message, 8000)

        self.tasks.read(read, mark, self.write_failed)

    def open_settings(self) -> None:
        """The settings dialog; the backup list is read (each backup opened and counted) off the GUI thread."""
        if self.is_locked:
            return

        def job(store):
            from journal.store import backup

            return backup.list_backups(store.paths, store.data_key)

        self.statusBar().showMessage(tr("Reading the backups…"))
        if self.tasks.read(job, self._show_settings, self.write_failed) is None:
            self.statusBar().clearMessage()  # the journal is closing: no settings to show

    def _show_settings(self, backups) -> None:
        from journal.ui.dialogs.settings import SettingsDialog

        self.statusBar().clearMessage()
        if self.is_locked:
            return
        dialog = SettingsDialog(self.settings, str(self.data_dir), self.store.keyfile.needs_passphrase, self, backups)
        dialog.restoreRequested.connect(self._restore_requested)
        dialog.changePassphraseRequested.connect(self.change_passphrase)
        dialog.newRecoveryKeyRequested.connect(self.new_recovery_key)
        from journal.ui.cohort.people_page import attach_people_page

        self.people_page = attach_people_page(dialog, self)  # Personer: the register inside the journal
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            new = dialog.result_settings()
        finally:
            dialog.deleteLater()
        self.settings = new
        self.set_auto_lock_minutes(new.auto_lock_minutes)
        self.looking_back.reminders.settings_changed()
        theme.install(QApplication.instance(), new.theme)
        if self.settings_path is not None:
            try:
                new.save(self.settings_path)
            except OSError as exc:
                messages.show_error(self, tr("The settings could not be saved: {reason}").format(reason=exc.strerror or exc))

    def _restore_requested(self, path: str) -> None:
        if messages.ask(self, tr("Replace the journal with this backup? The journal as it is now is kept as a backup first.")):
            self.care.restore(path)

    def change_passphrase(self) -> None:
        """Check the current passphrase and wrap the key anew, both on the writer (Argon2id is slow on purpose)."""
        from journal.ui.dialogs.passphrase import PassphraseDialog

        if self.is_locked:
            return
        protected = self.store.keyfile.needs_passphrase
        dialog = PassphraseDialog(parent=self)
        if not protected:
            dialog.current.setText("-")
            dialog.current.setEnabled(False)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            current, new = dialog.current.text(), dialog.new.text()
        finally:
            dialog.deleteLater()

        def job(store) -> None:
            if protected and store.keyfile.unlock(current) != store.data_key:
                raise WrongPassphrase("The passphrase is not right. Check the keyboard layout and Caps Lock, and try again.")
            store.change_passphrase(new)

        def done(_result) -> None:
            self.statusBar().clearMessage()
            messages.show_info(self, tr("The new passphrase is set. Use it the next time you unlock Tværs."))

        self.statusBar().showMessage(tr("Setting the new passphrase…"))
        if self.tasks.write(job, done, self.write_failed) is None:
            self.statusBar().clearMessage()  # the journal closed while the dialog was open

    def new_recovery_key(self) -> None:
        from journal.ui.dialogs.recovery_key import RecoveryKeyDialog

        if self.is_locked:
            return
        if not messages.ask(self, tr("Make a new recovery key? The old one stops working.")):
            return
        self.tasks.write(lambda store: store.new_recovery_key(), lambda key: RecoveryKeyDialog.ask(key, self), self.write_failed)

    def start_tour(self) -> None:
        """The short tour of the window (first start, and View → Show the tour)."""
        if self.is_locked:
            return  # locked: nothing to show
        if self.tour is None:
            from journal.ui.tour import Tour

            self.tour = Tour(self)
        self.tour.start()

    def open_calendar(self) -> None:
        """View → Calendar: the month with the days marked, and a day's reflections."""
        self.looking_back.open_calendar()

    def open_insight(self) -> None:
        """View → Insight: reflections per week, themes, next steps kept; tables and PNG export."""
        self.looking_back.open_insight()

    def toggle_privacy(self, hidden: bool | None = None) -> None:
        """Hide (or show again) every entry text and title, e.g. while sharing the screen."""
        hidden = self.privacy_action.isChecked() if hidden is None else hidden
        self.privacy_action.setChecked(hidden)
        if hidden:
            self.editor.save_now()
        self._update_centre()
        for view in (self.entry_view, self.result_view):
            view.itemDelegate().hidden = hidden
            view.viewport().update()
        self.search_field.setEchoMode(QLineEdit.EchoMode.Password if hidden else QLineEdit.EchoMode.Normal)
        follow_ups = self.prompt_panel.follow_ups  # its cards quote journal text
        follow_ups.setVisible(not hidden and bool(follow_ups.items))

    @property
    def privacy(self) -> bool:
        return self.privacy_action.isChecked()

    def bring_forward(self) -> None:
        """Another start of Tværs on this journal asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- closing ---------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        """Put the window where it was, as big as it was, with the panes as wide as they were."""
        if self.settings.window_geometry:  # as it was, but not bigger than this screen (a laptop after a monitor)
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode("ascii")))
            self._fit_to_screen(allowance=(0, 0))
        else:
            self._fit_to_screen()
        if self.settings.splitter_state:
            self.splitter.restoreState(QByteArray.fromBase64(self.settings.splitter_state.encode("ascii")))

    # Room kept for the title bar and the frame the window system adds around the window.
    _FRAME_ALLOWANCE = (16, 48)

    def _fit_to_screen(self, allowance: tuple[int, int] | None = None) -> None:
        """No taller or wider than the screen's free area. The first window (no size remembered
        yet) keeps room for the title bar too: on a 1366 × 768 laptop the default 1280 × 800 would
        put the next-steps row under the taskbar. A remembered size is only made to fit (a laptop
        after a bigger monitor)."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        room_w, room_h = self._FRAME_ALLOWANCE if allowance is None else allowance
        width = min(self.width(), max(640, free.width() - room_w))
        height = min(self.height(), max(480, free.height() - room_h))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not free.intersects(self.geometry()) or self.geometry().bottom() > free.bottom() or self.geometry().right() > free.right():
            self.move(free.left() + max(0, (free.width() - width) // 2), free.top() + max(0, (free.height() - room_h - height) // 2))

    def _remember_layout(self) -> None:
        """Window geometry, pane widths and the open entry's id go into the settings file (no journal text)."""
        if not self.is_locked:
            self.settings.last_entry = self.editor.entry_id or 0
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        self.settings.splitter_state = bytes(self.splitter.saveState().toBase64()).decode("ascii")
        if self.settings_path is not None:
            try:
                self.settings.save(self.settings_path)
            except OSError:
                pass  # the layout is a convenience; closing must not fail over it

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._closing_backup:
            event.ignore()  # the backup before closing is running; the window closes when it is done
            return
        self._remember_layout()
        clean = self.begin_close()
        if clean is False and not messages.ask(
            self,
            tr("Your latest text could not be saved ({reason}). Close anyway and lose it?").format(
                reason=self.statusBar().currentMessage() or tr("unknown reason")
            ),
        ):
            self.cancel_close()
            event.ignore()
            return
        if clean is not None and self.care.backup_before_close(self._closing_backup_done):
            # VACUUM INTO and two integrity checks take a while on a big journal: on the writer,
            # while the window keeps painting and says what it is doing.
            self._closing_backup = True
            self.centralWidget().setEnabled(False)
            self.menuBar().setEnabled(False)
            self.statusBar().showMessage(tr("Making a backup before closing…"))
            event.ignore()
            return
        if clean is not None:
            self.end_close()
        self._shut_down()
        super().closeEvent(event)

    def close_now(self) -> None:
        """The same ordered close without an event loop (after ``app.exec()`` returned, e.g. on
        SIGTERM at logout): save, back up, drain and close, each waited for in place."""
        if self.session.state is SessionState.OPEN:
            clean = self.begin_close()
            if clean is False:
                import logging

                logging.getLogger("tvaers").warning("closing with text that could not be saved")
            self._closing_backup = self.care.backup_before_close(lambda: None)
        if self.session.state is SessionState.CLOSING:
            self.tasks.wait()  # the backup before closing, if one is running
            self._closing_backup = False
            self.end_close()
        self._shut_down()
        self.hide()

    def _closing_backup_done(self) -> None:
        self._closing_backup = False
        self.end_close()
        self.close()

    def _shut_down(self) -> None:
        self.tasks.wait()
        QApplication.instance().removeEventFilter(self._idle)
