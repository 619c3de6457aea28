"""The entry editor: title, tags, a Markdown body with highlighting, a safe preview and autosave.

Autosave: every edit restarts a single-shot timer (about a second); focus-out,
switching entries, locking and closing save at once.  A revision counter makes
saving idempotent: a save is only sent when something changed since the last
one, and the editor counts as clean only when the revision that was saved is
the newest.  Saves run on the one writer thread; if a save fails (disk full,
read-only folder) the text stays in the editor, the status says why, and the
save is retried until it goes through.

Reading the text out of the editor is the only part of a save on the GUI
thread. For a long body (from ``GATHER_FROM`` characters) the timed autosave
reads it a slice of blocks at a time between events, so typing never freezes;
an edit in between starts over.  Saves that must happen now (focus-out, switch,
lock, close) read it in one go.  Nothing on a keystroke reads the whole text:
an edit only bumps the revision and restarts timers.

The preview renders on the render pool, which saving and locking never wait
for; each request carries a generation number, and a result that is no longer
the newest (edited, switched, locked meanwhile) is dropped.  Only the first
``MAX_RICH_CHARS`` characters are read for it.  A paste that would make the
body longer than the store keeps (``MAX_ENTRY_CHARS``) is refused whole.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.errors import KnownError
from journal.ui import accessibility
from journal.ui.events import AUTOSAVE
from journal.session import JournalClosed, SessionState
from journal.store.limits import MAX_ENTRY_CHARS, split_tags
from journal.store.records import Entry
from journal.ui import messages, theme
from journal.ui.editor.highlighter import MarkdownHighlighter
from journal.ui.editor.preview import SafePreview
from journal.ui.panels.commitments import CommitmentsPanel

AUTOSAVE_MS = 1000
RETRY_MS = 5000
PREVIEW_MS = 300
GATHER_FROM = 200_000  # characters; shorter bodies are copied in one go (a few ms at most)
GATHER_SLICE_S = 0.004  # GUI time per slice while gathering a long body


def tr(text: str) -> str:
    return QCoreApplication.translate("EntryEditor", text)


@dataclass
class _EntryRef:
    """Which entry the editor writes to. Set by the writer thread on the first save of a new entry."""

    id: int | None = None
    prompt_id: str | None = None
    case_id: str | None = None
    created: str | None = None
    follow_up_of: int | None = None  # a new follow-up entry: the next step (commitment id) it answers
    scaffold: str = ""  # the quoted question or template a new entry starts with: not the leader's words


def plain_text(document: QTextDocument) -> str:
    """The body as the leader typed it: lines joined with ``\\n``, non-breaking spaces kept.

    (``toPlainText`` would turn non-breaking spaces into ordinary ones.)
    """
    return document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


@dataclass
class _Gather:
    """A long body being read out of the document a slice at a time."""

    ref: _EntryRef
    revision: int
    block: object  # the next QTextBlock to read
    parts: list[str] = field(default_factory=list)


class _Generation:
    """The number of the newest preview request, read by render jobs on their thread."""

    value = 0


class BodyEdit(QPlainTextEdit):
    focusLost = Signal()
    pasteRefused = Signal(int)  # the length the body would have had

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.focusLost.emit()

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override (paste and drop)
        """Refuse a paste or drop that would make the body longer than an entry may be."""
        cursor = self.textCursor()
        selected = cursor.selectionEnd() - cursor.selectionStart()
        length = self.document().characterCount() - 1 - selected + len(source.text())
        if length > MAX_ENTRY_CHARS:
            self.pasteRefused.emit(length)
            return
        super().insertFromMimeData(source)


class EntryEditor(QWidget):
    saved = Signal(int)  # entry id
    saveFailed = Signal(object)  # the exception
    statusMessage = Signal(str)
    othersRequested = Signal(str)  # prompt id: show the entries that answered it
    openEntryRequested = Signal(int)
    shareLogRequested = Signal()  # the "Shared 2 times" link: the exports that held this entry
    shownChanged = Signal(bool)  # True: an entry (new or stored) is shown; False: nothing is

    def __init__(self, tasks, parent=None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.session = tasks.session  # asked for the store on each read; never kept
        self._ref = _EntryRef()
        self._revision = 0
        self._saved_revision = 0
        self._sending = False
        self._loading = False
        self._creating = None

        self.title = QLineEdit(self)
        self.title.setObjectName("entryTitle")
        accessibility.name(self.title, tr("Title"))
        self.title.setPlaceholderText(tr("Title (optional)"))
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setFrame(False)

        self.tags = QLineEdit(self)
        self.tags.setObjectName("entryTags")
        accessibility.name(self.tags, tr("Tags"), tr("Separate tags with commas"))
        self.tags.setPlaceholderText(tr("Tags, separated by commas"))

        self.prompt_label = QLabel(self)
        self.prompt_label.setObjectName("promptLabel")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.hide()
        self.links = QLabel(self)
        self.links.setObjectName("entryLinks")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(self._link_activated)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.links.hide()

        self.case_box = QComboBox(self)
        self.case_box.setObjectName("entryCase")
        self.case_box.setToolTip(tr("The case this reflection belongs to"))
        self.case_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.case_box.setMinimumContentsLength(18)
        self.case_box.addItem(tr("No case"), None)
        self.case_box.activated.connect(self._case_chosen)
        self._cases: list = []

        self.commitments = CommitmentsPanel(tasks, self)
        self.commitments.entry_writer = self.write_for_entry
        self.commitments.openEntryRequested.connect(self.openEntryRequested)

        self.body = BodyEdit(self)
        self.body.setObjectName("entryBody")
        self.body.setTabChangesFocus(True)  # no keyboard trap: Tab leaves the text (Markdown indents with spaces)
        accessibility.name(self.body, tr("Text of the reflection"), tr("Markdown. Saved by itself as you write. Tab moves on to the next control"))
        self.body.setPlaceholderText(tr("Write your reflection here. Markdown works: # heading, **bold**, - list, > quote."))
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1)
        self.body.setFont(body_font)
        self.body.pasteRefused.connect(self._paste_refused)
        self.highlighter = MarkdownHighlighter(self.body.document())

        self.preview = SafePreview(self)
        self.preview.setObjectName("entryPreview")
        accessibility.name(self.preview, tr("Preview of the reflection"))
        self.preview.hide()
        self.preview_button = QToolButton(self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setText(tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(tr("Show the formatted text beside the editor (Ctrl+P)"))
        self.preview_button.toggled.connect(self._toggle_preview)

        self.split = QSplitter(self)
        self.split.addWidget(self.body)
        self.split.addWidget(self.preview)
        self.split.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.links)
        meta = QHBoxLayout()
        meta.addWidget(self.tags, 3)
        meta.addWidget(self.case_box, 2)
        layout.addLayout(meta)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.commitments)
        # The keyboard follows the page: title, preview, tags, case, the text, then the next steps.
        chain = [self.title, self.preview_button, self.tags, self.case_box, self.body, self.preview, self.commitments.view, self.commitments.text]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._autosave)
        self._gather: _Gather | None = None
        self._gather_timer = QTimer(self)
        self._gather_timer.setInterval(0)
        self._gather_timer.timeout.connect(self._gather_step)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_MS)
        self._preview_timer.timeout.connect(self._render_preview)
        self._preview_generation = _Generation()

        self.body.textChanged.connect(self._edited)
        self.title.textEdited.connect(self._edited)
        self.tags.textEdited.connect(self._edited)
        self.body.focusLost.connect(self.save_now)
        self.title.editingFinished.connect(self.save_now)
        self.tags.editingFinished.connect(self.save_now)
        self.setEnabled(False)

    # --- what is shown --------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        return self._ref.id

    def is_dirty(self) -> bool:
        return self._revision != self._saved_revision

    def open_entry(self, entry: Entry) -> None:
        self._show(_EntryRef(entry.id, entry.prompt_id, entry.case_id, entry.created), entry.title, entry.body, entry.tags)

    def new_entry(
        self,
        body: str = "",
        *,
        prompt_id: str | None = None,
        case_id: str | None = None,
        prompt_text: str = "",
        follow_up_of: int | None = None,
        save_untouched: bool = True,
    ) -> None:
        """A new, not yet saved entry. Saved (and so created) on the first save.

        ``save_untouched=False`` (templates) waits for the leader's first edit
        before the entry is created; a prompt's quote is content and is saved.
        """
        self._show(_EntryRef(None, prompt_id, case_id, follow_up_of=follow_up_of, scaffold=body), "", body, ())
        if body and save_untouched:
            self._edited()  # a prompt's quote is content: save it
        cursor = self.body.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    def _has_own_words(self, title: str, body: str, tags) -> bool:
        """Is there anything of the leader's own beyond the question or template it started from?"""
        return bool(title.strip() or tags or body.strip() != self._ref.scaffold.strip())

    def has_own_words(self) -> bool:
        """Has the leader written anything in the shown entry (beyond its question or template)?"""
        return self._has_own_words(self.title.text(), plain_text(self.body.document()), self._tag_list())

    def is_untouched_answer_to(self, prompt_id: str) -> bool:
        """A new answer to ``prompt_id`` in which nothing has been written yet."""
        ref = self._ref
        return (
            ref.id is None and ref.prompt_id == prompt_id and self._creating is not ref
            and not self._has_own_words(self.title.text(), plain_text(self.body.document()), self._tag_list())
        )

    def set_prompt_caption(self, text: str) -> None:
        self.prompt_label.setText(text)
        self.prompt_label.setVisible(bool(text))

    def clear(self) -> None:
        """Forget the shown entry (lock): text, undo history, preview."""
        self._timer.stop()
        self._stop_gathering()
        self._retry.stop()
        self._loading = True
        try:
            self.title.clear()
            self.tags.clear()
            self.body.setPlainText("")
            self.body.document().clearUndoRedoStacks()
            self.body.setExtraSelections([])
            self._preview_generation.value += 1  # a render still running is dropped when it ends
            self.preview.clear()
            self.set_prompt_caption("")
        finally:
            self._loading = False
        self._ref = _EntryRef()
        self._revision = self._saved_revision = 0
        self.commitments.clear()
        self.links.clear()
        self.links.hide()
        self.set_cases([])
        self.setEnabled(False)
        self.shownChanged.emit(False)

    def _show(self, ref: _EntryRef, title: str, body: str, tags) -> None:
        self._loading = True
        try:
            self.title.setText(title)
            self.tags.setText(", ".join(tags))
            self.body.setPlainText(body)
            self.body.document().clearUndoRedoStacks()
            self.body.setExtraSelections([])
        finally:
            self._loading = False
        self._ref = ref
        self._revision = self._saved_revision = 0
        self.setEnabled(True)
        self.shownChanged.emit(True)
        self._show_case()
        self.refresh_from_store()
        if self.preview.isVisible():
            self._render_preview()

    def set_autosave_delay(self, msecs: int) -> None:
        """How long after the last keystroke the text is saved (a setting; tests make it short)."""
        self._timer.setInterval(msecs)

    # --- case, next steps and links ----------------------------------------------------

    def set_cases(self, cases) -> None:
        """The cases the leader can file the entry under (``Case`` records, archived ones left out)."""
        self._cases = list(cases)
        self._show_case()

    def _show_case(self) -> None:
        self.case_box.blockSignals(True)
        self.case_box.clear()
        self.case_box.addItem(tr("No case"), None)
        current = self._ref.case_id
        for case in self._cases:
            self.case_box.addItem(case.name, case.id)
        if current is not None and self.case_box.findData(current) < 0:
            self.case_box.addItem(tr("(archived case)"), current)
        self.case_box.setCurrentIndex(max(0, self.case_box.findData(current)))
        self.case_box.blockSignals(False)

    def set_case(self, case_id: str | None) -> None:
        """File the shown entry under ``case_id`` as if the leader had chosen it."""
        if self._ref.case_id != case_id and case_id is not None and self.case_box.findData(case_id) < 0:
            return
        self.case_box.setCurrentIndex(max(0, self.case_box.findData(case_id)))
        self._case_chosen(self.case_box.currentIndex())

    @property
    def case_id(self) -> str | None:
        return self._ref.case_id

    def _case_chosen(self, _index: int) -> None:
        case_id = self.case_box.currentData()
        ref = self._ref
        if not self.session.is_open or case_id == ref.case_id:
            return
        previous = ref.case_id
        ref.case_id = case_id  # a new entry is created in this case
        if ref.id is None and not self.is_dirty() and self._creating is not ref:
            return  # nothing saved or on its way: the entry is created in this case later

        def job(store):
            # Runs after any queued save of this entry, so a new entry has its id by now.
            return store.update_entry(ref.id, case_id=case_id) if ref.id is not None else None

        def failed(exc) -> None:
            # The journal still has the old case: show that, and say why the change did not stick.
            if ref.case_id == case_id:
                ref.case_id = previous
                if self._ref is ref:
                    self._show_case()
            self.saveFailed.emit(exc)

        if self.tasks.write(job, None, failed) is None:
            failed(JournalClosed("The journal is locked. Unlock it to continue."))

    def write_for_entry(self, fn, on_done=None, on_error=None) -> None:
        """Run ``fn(store, entry_id)`` on the writer once the shown entry is saved (a new, empty one is created)."""
        self.save_now(force=True)
        ref = self._ref

        def job(store):
            if ref.id is None:
                raise KnownError("The reflection could not be saved, so the next step was not added. Try again.")
            return fn(store, ref.id)

        self.tasks.write(job, on_done, on_error)

    def refresh_from_store(self) -> None:
        """Re-read what the editor shows beside the text: next steps and links to other entries."""
        if self.commitments.entry_id == self._ref.id:
            self.commitments.refresh()  # the same entry: keep the chosen next step chosen
        else:
            self.commitments.load(self._ref.id)
        self._update_links()

    def _update_links(self) -> None:
        ref = self._ref
        parts = []
        if self.session.is_open:
            try:
                store = self.session.store
                original = None
                if ref.follow_up_of is not None:
                    original = store.get_commitment(ref.follow_up_of).entry_id
                elif ref.id is not None and self.commitments.original is not None:
                    original = self.commitments.original.entry_id
                if original is not None:
                    parts.append(f'<a href="entry:{original}">{tr("Open the reflection it follows up")}</a>')
                if ref.prompt_id:
                    others = store.count_entries(prompt_id=ref.prompt_id) - (1 if ref.id is not None else 0)
                    if others > 0:
                        text = tr("1 other reflection answers it") if others == 1 else tr("{count} other reflections answer it").format(count=others)
                        parts.append(f'<a href="others">{text}</a>')
                if ref.id is not None:
                    shared = store.times_entry_shared(ref.id)
                    if shared:
                        text = tr("Shared once") if shared == 1 else tr("Shared {count} times").format(count=shared)
                        parts.append(f'<a href="sharelog">{text}</a>')
            except KnownError:
                parts = []
        self.links.setText(" · ".join(parts))
        self.links.setVisible(bool(parts))

    def _link_activated(self, link: str) -> None:
        if link == "others" and self._ref.prompt_id:
            self.othersRequested.emit(self._ref.prompt_id)
        elif link == "sharelog":
            self.shareLogRequested.emit()
        elif link.startswith("entry:"):
            self.openEntryRequested.emit(int(link.split(":", 1)[1]))

    # --- saving -------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._revision += 1
        self._timer.start()
        if self.preview.isVisible():
            self._preview_timer.start()

    def _tag_list(self) -> list[str]:
        return split_tags(self.tags.text())  # the store's one rule for what a tag may hold

    def _autosave(self) -> None:
        """The timed save: a long body is gathered between events, anything else saved at once."""
        document = self.body.document()
        if not self.session.is_open or not self.is_dirty() or document.characterCount() < GATHER_FROM:
            self.save_now()
            return
        self._gather = _Gather(self._ref, self._revision, document.firstBlock())
        self._gather_timer.start()

    def _gather_step(self) -> None:
        gather = self._gather
        if gather is None or gather.ref is not self._ref or gather.revision != self._revision or not self.session.is_open:
            self._stop_gathering()  # switched, locked or edited meanwhile: the next autosave starts over
            return
        deadline = time.perf_counter() + GATHER_SLICE_S
        block = gather.block
        while block.isValid():
            gather.parts.append(block.text())
            block = block.next()
            if len(gather.parts) % 16 == 0 and time.perf_counter() > deadline:
                break
        gather.block = block
        if block.isValid():
            return
        self._stop_gathering()
        body = "\n".join(gather.parts)
        self.save_now(body=body.replace("\u2028", "\n") if "\u2028" in body else body)

    def _stop_gathering(self) -> None:
        self._gather_timer.stop()
        self._gather = None

    def save_now(self, force: bool = False, *, body: str | None = None) -> None:
        """Send the current text to the writer if it changed since the last save.

        ``force`` creates a new entry even when nothing was typed (a next step needs an entry).
        ``body`` is the text already gathered from the editor for the current revision.
        """
        self._timer.stop()
        self._stop_gathering()
        create = force and self._ref.id is None and self._ref is not self._creating
        if self.session.state is SessionState.LOCKED or not (self.is_dirty() or create):
            return
        revision = self._revision
        title, tags = self.title.text(), self._tag_list()
        if body is None:
            body = plain_text(self.body.document())
        ref = self._ref
        if ref.id is None and not create and not self._has_own_words(title, body, tags):
            self._saved_revision = revision  # nothing of the leader's own yet (a question or template alone): nothing to keep
            return
        if ref.id is None:
            self._creating = ref  # one create per new entry; later saves queue behind it as updates

        def job(store):
            if ref.id is None and ref.follow_up_of is not None:
                changes = store.create_follow_up_entry(ref.follow_up_of, body, title=title, tags=tags)
                ref.id = changes.ids[0]
                return changes
            if ref.id is None:
                changes = store.create_entry(body, title=title, prompt_id=ref.prompt_id, case_id=ref.case_id, tags=tags)
                ref.id = changes.ids[0]
                return changes
            return store.update_entry(ref.id, title=title, body=body, tags=tags)

        def done(_changes) -> None:
            if self._ref is ref:
                self._saved_revision = max(self._saved_revision, revision)
                self._retry.stop()
                now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
                self.statusMessage.emit(tr("Saved at {time}").format(time=now))
            if ref.id is not None:
                self.saved.emit(ref.id)
                if self._ref is ref and self.commitments.entry_id != ref.id:
                    self.refresh_from_store()  # a new entry: its next steps and links belong to it now

        def failed(exc) -> None:
            self.saveFailed.emit(exc)
            if self._ref is ref and self.session.state is not SessionState.LOCKED:
                self._retry.start()  # also when it failed while locking: the lock is then called off

        # Saving what is typed is essential: it is still accepted while the journal closes
        # (the ordered close saves, then drains, then closes).
        if self.tasks.write(job, done, failed, essential=True, initiator=AUTOSAVE) is None and self._creating is ref:
            self._creating = None  # never sent: the next save creates the entry

    # --- search hits ----------------------------------------------------------------------

    def highlight(self, terms: list[str]) -> None:
        """Mark every occurrence of the search terms and put the cursor on the first."""
        selections = []
        first = None
        doc = self.body.document()
        fmt = QTextCharFormat()
        fmt.setBackground(theme.color("mark"))
        fmt.setForeground(theme.color("marked_text"))
        for term in terms:
            cursor = QTextCursor(doc)
            while True:
                cursor = doc.find(term, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
                if first is None or cursor.position() < first.position():
                    first = QTextCursor(cursor)
        self.body.setExtraSelections(selections)
        if first is not None:
            self.body.setTextCursor(first)
            self.body.ensureCursorVisible()

    # --- preview ------------------------------------------------------------------------------

    def _toggle_preview(self, on: bool) -> None:
        self.preview.setVisible(on)
        if on:
            self._render_preview()

    def _render_preview(self) -> None:
        """Render the body off the GUI thread; a request that is no longer the newest is skipped."""
        self._preview_generation.value += 1
        generation, latest = self._preview_generation.value, self._preview_generation
        text = self._preview_source()

        def job():
            if latest.value != generation:
                return None  # a newer request is queued behind this one
            from journal.export.markdown import render_bounded

            return render_bounded(text)

        self.tasks.render(job, partial(self._show_preview, generation))

    def _preview_source(self) -> str:
        """The body for the preview: no more than one character past the size cap is read."""
        from journal.export.markdown import MAX_RICH_CHARS

        document = self.body.document()
        if document.characterCount() <= MAX_RICH_CHARS + 1:
            return self.body.toPlainText()
        cursor = QTextCursor(document)
        cursor.setPosition(MAX_RICH_CHARS + 1, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _show_preview(self, generation: int, rendering) -> None:
        """Show a finished render, unless a newer one was asked for or the preview is hidden."""
        if rendering is None or generation != self._preview_generation.value or not self.preview.isVisible():
            return
        html = rendering.html
        if rendering.limit is not None:
            html = f'<p><i>{escape(self._preview_note(rendering.limit))}</i></p>{html}'
        self.preview.show_html(html)

    def _preview_note(self, limit: str) -> str:
        """Why the preview shows plain text: the size cap, or any of the caps on structure."""
        from journal.export.markdown import MAX_RICH_CHARS

        if limit == "size":
            return tr(
                "The text is longer than {count} characters, so the preview shows its beginning as plain text."
            ).format(count=QLocale().toString(MAX_RICH_CHARS))
        return tr(
            "The text nests too deeply or has too many brackets or table cells to be formatted safely, "
            "so the preview shows it as plain text."
        )

    def _paste_refused(self, length: int) -> None:
        """Say why nothing was pasted; the text already there is untouched."""
        locale = QLocale()
        messages.show_error(
            self,
            tr(
                "Nothing was pasted: the reflection would be {length} characters long, and one reflection "
                "holds at most {limit}. Paste the text in parts into several reflections."
            ).format(length=locale.toString(length), limit=locale.toString(MAX_ENTRY_CHARS)),
        )

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.title.setPlaceholderText(tr("Title (optional)"))
        return super().event(event)
