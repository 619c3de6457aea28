"""The window's content features: own questions, templates, the case library, next steps and follow-ups.

``ContentActions`` adds its menus to the main window, listens to
``Events.changed`` and to lock/unlock, and turns the leader's choices into
editor actions.  Like the window it runs no SQL: small reads through the
``Store`` facade, writes through ``Tasks.write``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from journal.errors import KnownError
from journal.store.records import Changes
from journal.ui import messages
from journal.ui.events import AUTOSAVE
from journal.ui.dialogs.case_edit import CaseEditDialog
from journal.ui.dialogs.own_prompt import OwnPromptDialog, OwnPromptInput
from journal.ui.dialogs.postpone import PostponeDialog
from journal.ui.dialogs.source_passage import SourcePassageDialog
from journal.ui.panels.case_library import CaseLibrary
from journal.ui.panels.commitments import postpone, set_status
from journal.ui.panels.follow_ups import follow_up_question
from journal.ui.panels.open_commitments import OpenCommitmentsDialog

# Dialogs that show journal text: closed when the journal locks.
PRIVATE_DIALOGS = (CaseLibrary, OpenCommitmentsDialog, CaseEditDialog, PostponeDialog, OwnPromptDialog, SourcePassageDialog)


def tr(text: str) -> str:
    return QCoreApplication.translate("ContentActions", text)


class ContentActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._make_actions()
        self._make_filter_bar()
        w = window
        w.events.changed.connect(self._on_changed)
        w.locked.connect(self._locked)
        w.unlocked.connect(self.load)
        w.prompt_panel.ownPromptRequested.connect(self.add_own_prompt)
        w.prompt_panel.ownPromptEditRequested.connect(self.edit_own_prompt)
        w.prompt_panel.ownPromptRemoveRequested.connect(self.remove_own_prompt)
        w.prompt_panel.follow_ups.answerRequested.connect(self.answer_follow_up)
        w.prompt_panel.follow_ups.actionRequested.connect(self._follow_up_action)
        w.prompt_panel.follow_ups.showAllRequested.connect(self.open_next_steps)
        w.editor.othersRequested.connect(self.show_answers_to)
        w.editor.openEntryRequested.connect(self._open_entry)
        self.load()

    # --- set-up ---------------------------------------------------------------------------

    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def _make_actions(self) -> None:
        w = self.window
        self.template_menu = QMenu(tr("New from &template"), w)
        self.template_menu.setObjectName("templateMenu")
        for template_id, name in w.content.templates():
            act = self.template_menu.addAction(name)
            act.setObjectName(f"template:{template_id}")
            act.triggered.connect(lambda _checked=False, tid=template_id: self.new_from_template(tid))
        self.own_prompt_action = self._action(tr("Add your own &question…"), None, self.add_own_prompt, "actionOwnPrompt")
        self.library_action = self._action(tr("Case &library…"), "Ctrl+Shift+K", self.open_library, "actionCaseLibrary")
        self.new_case_action = self._action(tr("&New case…"), None, self.new_case, "actionNewCase")
        self.next_steps_action = self._action(tr("Open &next steps…"), "Ctrl+Shift+J", self.open_next_steps, "actionNextSteps")
        journal_menu = w.menus[0]
        before = w.delete_action if w.delete_action in journal_menu.actions() else None
        if before is not None:
            journal_menu.insertMenu(before, self.template_menu)
            journal_menu.insertAction(before, self.own_prompt_action)
        else:
            journal_menu.addMenu(self.template_menu)
            journal_menu.addAction(self.own_prompt_action)
        self.cases_menu = w.menuBar().addMenu(tr("&Cases"))
        self.cases_menu.setObjectName("casesMenu")
        self.cases_menu.addAction(self.library_action)
        self.cases_menu.addAction(self.new_case_action)
        self.cases_menu.addSeparator()
        self.cases_menu.addAction(self.next_steps_action)
        w.menus.append(self.cases_menu)
        self.actions = (self.own_prompt_action, self.library_action, self.new_case_action, self.next_steps_action)

    def _make_filter_bar(self) -> None:
        """"Answers to: …  Show all" above the entry list while it shows one question's answers."""
        w = self.window
        self.filter_bar = QLabel(w)
        self.filter_bar.setObjectName("promptFilterBar")
        self.filter_bar.setWordWrap(True)
        self.filter_bar.setTextFormat(Qt.TextFormat.RichText)
        self.filter_bar.linkActivated.connect(lambda _link: self.show_answers_to(None))
        self.filter_bar.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.filter_bar.hide()
        layout = w.case_filter.parentWidget().layout()
        layout.insertWidget(layout.indexOf(w.case_filter) + 1, self.filter_bar)

    # --- reading the journal ------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read what depends on the journal: own questions, cases for the editor, due follow-ups."""
        w = self.window
        if w.is_locked:
            return
        for act in self.actions:
            act.setEnabled(True)
        self.template_menu.setEnabled(True)
        self._load_prompts(refresh_today=True)
        self._load_cases()
        self.refresh_follow_ups()

    def _load_prompts(self, refresh_today: bool = False) -> None:
        w = self.window
        try:
            w.content.set_own_prompts(w.store.list_own_prompts())
        except KnownError:
            return
        today = w.prompt_panel.today
        w.prompt_panel.set_content(
            w.content.prompts,
            w.content.theme_names(),
            w.content.kind_names(),
            w.content.source_of,
            [p.id for p in w.content.prompts if w.content.is_own(p.id)],
        )
        if refresh_today or today is None or w.content.prompt(today.id) is None:
            w.refresh_today()  # also when today's question was one of the leader's own, now removed
        else:
            w.prompt_panel.set_today(w.content.prompt(today.id) or today)

    def _load_cases(self) -> None:
        try:
            self.window.editor.set_cases(self.window.store.list_cases())
        except KnownError:
            pass

    def refresh_follow_ups(self) -> None:
        w = self.window
        try:
            due = w.store.commitments_due(date.today()) if not w.is_locked else []
        except KnownError:
            due = []
        w.prompt_panel.follow_ups.set_items(due)

    def _on_changed(self, changes: Changes) -> None:
        w = self.window
        if w.is_locked:
            return
        if changes.kind == "entries" and changes.initiator == AUTOSAVE and not changes.created:
            return  # the text of an entry changed: its next steps and links did not
        if changes.kind in ("commitments", "entries"):
            self.refresh_follow_ups()
            w.editor.refresh_from_store()
        elif changes.kind == "cases":
            self._load_cases()
        elif changes.kind == "prompts":
            self._load_prompts()
            if changes.created and changes.ids:  # the leader's new question: show it, chosen, and say so
                w.prompt_panel.show_prompt(changes.ids[0])
                w.statusBar().showMessage(tr("Your question is added to the list."), 5_000)

    def _locked(self) -> None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PRIVATE_DIALOGS) and widget.isVisible():
                widget.reject()
        self.window.prompt_panel.follow_ups.set_items([])
        self.show_answers_to(None, reload=False)
        for act in self.actions:
            act.setEnabled(False)
        self.template_menu.setEnabled(False)

    # --- new entries ------------------------------------------------------------------------------

    def _start_entry(self, body: str = "", **kwargs) -> None:
        w = self.window
        if w.is_locked or not w.leave_entry():
            return
        w.entry_view.clearSelection()
        w.editor.new_entry(body, **kwargs)
        w.editor.set_prompt_caption("")

    def new_from_template(self, template_id: str) -> None:
        """A new entry with the template's headings; created only once the leader writes in it."""
        w = self.window
        body = w.content.template_body(template_id)
        if w.is_locked or not body:
            return
        # Each guiding question (an italic line) gets an empty paragraph below it to write in,
        # and the cursor goes into the first one.
        lines, first = [], None
        for line in body.split("\n"):
            lines.append(line)
            if _is_guidance(line):
                if first is None:
                    first = len("\n".join(lines)) + 2
                lines.append("")
        body = "\n".join(lines)
        self._start_entry(body, case_id=w.case_filter_id, save_untouched=False)
        cursor = w.editor.body.textCursor()
        cursor.setPosition(min(first, len(body)) if first is not None else len(body))
        w.editor.body.setTextCursor(cursor)

    def new_entry_in_case(self, case_id: str) -> None:
        if not self.window.is_locked:
            self._start_entry(case_id=case_id)

    def answer_follow_up(self, commitment_id: int) -> None:
        """A new entry that answers "how did it go?"; saved, it is linked to the next step and its entry."""
        w = self.window
        if w.is_locked:
            return
        try:
            step = w.store.get_commitment(commitment_id)
        except KnownError as exc:
            messages.show_error(w, exc)
            return
        # The leader's own next step is quoted in the text; the question around it ("On 3 March
        # you wrote … How did it go?") is shown above, in the language of the day, never saved.
        self._start_entry(f"> {step.text}\n\n", follow_up_of=step.id, case_id=step.case_id)
        w.editor.set_prompt_caption(follow_up_question(step))

    def _follow_up_action(self, commitment_id: int, what: str) -> None:
        w = self.window
        if w.is_locked:
            return
        if what == "postpone":
            try:
                step = w.store.get_commitment(commitment_id)
            except KnownError as exc:
                messages.show_error(w, exc)
                return
            postpone(w, w.tasks, step)
        else:
            set_status(w, w.tasks, commitment_id, what)

    # --- questions ----------------------------------------------------------------------------------

    def add_own_prompt(self) -> None:
        w = self.window
        if w.is_locked:
            return
        value = OwnPromptDialog.ask(w, w.content.theme_names(), w.content.kind_names())
        if value is None or w.is_locked:
            return
        lang = w.content.lang
        text_da, text_en = (value.text, "") if lang == "da" else ("", value.text)
        w.tasks.write(lambda store: store.add_own_prompt(text_da, text_en, theme=value.theme, kind=value.kind), None, w.write_failed)

    def edit_own_prompt(self, prompt_id: str) -> None:
        w = self.window
        prompt = w.content.prompt(prompt_id)
        if w.is_locked or prompt is None or not w.content.is_own(prompt_id):
            return
        lang = w.content.lang
        current = OwnPromptInput(w.prompt_panel.text_of(prompt), prompt.theme, prompt.kind)
        value = OwnPromptDialog.ask(w, w.content.theme_names(), w.content.kind_names(), current)
        if value is None or w.is_locked:
            return
        w.tasks.write(
            lambda store: store.update_own_prompt(prompt_id, lang=lang, text_value=value.text, theme=value.theme, kind=value.kind),
            None,
            w.write_failed,
        )

    def remove_own_prompt(self, prompt_id: str) -> None:
        w = self.window
        prompt = w.content.prompt(prompt_id)
        if w.is_locked or prompt is None or not w.content.is_own(prompt_id):
            return
        question = w.prompt_panel.text_of(prompt)
        if not messages.ask(
            w,
            tr("Remove your question “{question}”? Reflections that answered it keep their text.").format(question=question),
        ):
            return
        w.tasks.write(lambda store: store.delete_own_prompt(prompt_id), None, w.write_failed)

    def show_answers_to(self, prompt_id: str | None, reload: bool = True) -> None:
        """Filter the entry list to the reflections that answered ``prompt_id`` (``None``: show all again)."""
        w = self.window
        w.prompt_filter_id = prompt_id
        if prompt_id:
            question = w.content.prompt_text(prompt_id)
            link = tr("Show all")
            self.filter_bar.setText(
                tr("Answers to: {question}").format(question=_escape(question)) + f' &nbsp;<a href="all">{link}</a>'
            )
            w.search_field.clear()
        self.filter_bar.setVisible(bool(prompt_id))
        if reload and not w.is_locked:
            w.entry_model.reload()

    # --- cases and next steps -------------------------------------------------------------------------

    def open_library(self) -> None:
        w = self.window
        if w.is_locked:
            return
        choice = CaseLibrary.ask(w, w.session, w.tasks, w.events, w.content, w.editor.case_id or w.case_filter_id)
        if choice is None or w.is_locked:
            return
        if choice.action == "open_entry":
            self._open_entry(choice.value)
        elif choice.action == "new_entry":
            self.new_entry_in_case(choice.value)
        elif choice.action == "answer":
            prompt_id, case_id = choice.value
            w.answer_prompt(prompt_id)
            if case_id is not None:
                w.editor.set_case(case_id)

    def new_case(self) -> None:
        w = self.window
        if w.is_locked:
            return
        value = CaseEditDialog.ask(w)
        if value is None or w.is_locked:
            return
        w.tasks.write(lambda store: store.create_case(value.name, value.description), None, w.write_failed)

    def open_next_steps(self) -> None:
        w = self.window
        if w.is_locked:
            return
        entry_id = OpenCommitmentsDialog.ask(w, w.session, w.tasks, w.events)
        if entry_id is not None and not w.is_locked:
            self._open_entry(entry_id)

    def _open_entry(self, entry_id: int) -> None:
        w = self.window
        if w.is_locked:
            return
        w.open_entry(entry_id)
        w.select_row_of(entry_id)


def _is_guidance(line: str) -> bool:
    """A template's guiding question: one italic line (``*…*``, not bold ``**…**``)."""
    line = line.strip()
    return len(line) > 2 and line.startswith("*") and line.endswith("*") and not line.startswith("**")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
