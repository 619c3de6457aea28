"""The Fællesskab menu: new round, open a round, contribute, compare.

Reads and writes go through ``window.tasks``; the dialogs that show journal text close
when the journal locks."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog

from journal.errors import KnownError
from journal.ui import messages
from journal.ui.dates import short_date

if TYPE_CHECKING:
    from journal.cohort.rounds import Round
    from journal.ui.cohort.comparison import ComparisonWindow
    from journal.ui.cohort.round_dialog import RoundView

# The file suffixes, also in journal.cohort.contribution and .rounds: this module is imported with
# the window, and those modules (the anonymiser with its patterns) only when a round is opened.
CONTRIBUTION_SUFFIX = ".tvaers-bidrag"
ROUND_SUFFIX = ".tvaers-runde"

# The windows and dialogs that show journal text, by module: closed when the journal locks.
PRIVATE = {
    "journal.ui.cohort.choose": ("ChooseAnswersDialog",),
    "journal.ui.cohort.review": ("ReviewDialog", "AddPersonDialog"),
    "journal.ui.cohort.comparison": ("ComparisonWindow",),
    "journal.ui.cohort.round_dialog": ("RoundView", "RoundDialog"),
}


def private_types() -> tuple[type, ...]:
    """The classes of :data:`PRIVATE` whose modules are loaded (one not loaded has no window open)."""
    return tuple(getattr(sys.modules[name], cls) for name, classes in PRIVATE.items() if name in sys.modules for cls in classes)


def tr(text: str) -> str:
    return QCoreApplication.translate("CohortActions", text)


class CohortActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu(tr("Co&mmunity"))
        self.menu.setObjectName("cohortMenu")
        self.new_round_action = self._action(tr("&New round…"), self.new_round, "actionNewRound")
        self.open_round_action = self._action(tr("&Open a round…"), self.open_round, "actionOpenRound")
        self.contribute_action = self._action(tr("&Contribute to a round…"), self.contribute, "actionContribute")
        self.compare_action = self._action(tr("Co&mpare contributions…"), self.compare, "actionCompare")
        self.actions = (self.new_round_action, self.open_round_action, self.contribute_action, self.compare_action)
        window.menus.append(self.menu)
        window.locked.connect(self._locked)
        window.unlocked.connect(self._unlocked)
        self.comparisons: list[ComparisonWindow] = []
        self.last_path: str | None = None  # the last contribution saved (for the status bar and tests)

    def _action(self, text: str, slot, name: str) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        act.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(act)
        return act

    def _locked(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, private_types()) and widget.isVisible():
                widget.reject()
        self.comparisons.clear()
        for act in self.actions:
            act.setEnabled(False)

    def _unlocked(self) -> None:
        for act in self.actions:
            act.setEnabled(True)

    # --- rounds ---------------------------------------------------------------------------------

    def new_round(self, path: str | None = None) -> str | None:
        w = self.window
        if w.is_locked:
            return None
        from journal.ui.cohort.round_dialog import RoundDialog

        round_ = RoundDialog.ask(w, w.content)
        if round_ is None:
            return None
        path = path or self._save_path(tr("Save the round"), round_.title + ROUND_SUFFIX, tr("Rounds (*{suffix})").format(suffix=ROUND_SUFFIX), ROUND_SUFFIX)
        if not path:
            return None
        from journal.platform.files import write_atomic

        try:
            write_atomic(Path(path), round_.to_bytes())
        except OSError as exc:
            messages.show_error(w, tr("The round could not be saved: {why}").format(why=exc.strerror or exc))
            return None
        w.statusBar().showMessage(tr("Round saved as {path}").format(path=path), 8000)
        return path

    def _load_round(self, path: str | None) -> Round | None:
        path = path or self._open_path(tr("Open a round"), tr("Rounds (*{suffix});;All files (*)").format(suffix=ROUND_SUFFIX))
        if not path:
            return None
        from journal.cohort.rounds import load_round

        try:
            return load_round(path)
        except KnownError as exc:
            messages.show_error(self.window, exc)
            return None

    def open_round(self, path: str | None = None) -> RoundView | None:
        w = self.window
        if w.is_locked:
            return None
        round_ = self._load_round(path)
        if round_ is None:
            return None
        from journal.cohort.collect import answered
        from journal.ui.cohort.round_dialog import RoundView

        def show(counts) -> None:
            if w.is_locked:
                return
            view = RoundView(round_, counts, w.content.lang, w)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.contributeRequested.connect(lambda: (view.accept(), self.contribute(round_=round_)))
            view.show()
            self.round_view = view

        w.tasks.read(lambda store: answered(store, round_), show, w.write_failed)
        return None

    # --- contributing -----------------------------------------------------------------------------

    def contribute(self, path: str | None = None, *, round_: Round | None = None) -> None:
        """Choose the round → one entry per question → the review of every mark → save."""
        w = self.window
        if w.is_locked:
            return
        round_ = round_ or self._load_round(path)
        if round_ is None:
            return
        def candidates(store):
            return {q.id: store.list_entries(prompt_id=q.id, limit=30) for q in round_.questions}

        def chosen(found) -> None:
            if w.is_locked:
                return
            labelled = {
                qid: [(r.id, f"{short_date(r.created)} · {r.title or r.excerpt[:80] or tr('(untitled)')}") for r in rows]
                for qid, rows in found.items()
            }
            from journal.ui.cohort.choose import ChooseAnswersDialog

            choice = ChooseAnswersDialog.ask(w, round_, labelled, w.content.lang)
            if choice is None:
                return
            self._review(round_, choice)

        w.tasks.read(candidates, chosen, w.write_failed)

    def _review(self, round_: Round, choice) -> None:
        w = self.window
        from journal.cohort.collect import build_draft
        from journal.cohort.people import parse_people
        from journal.ui.cohort.review import ReviewDialog

        def job(store):
            draft = build_draft(store, round_, choice.entries, choice.fresh)
            return draft, parse_people(store.people_register())

        def ready(result) -> None:
            if w.is_locked:
                return
            draft, people = result
            dialog = ReviewDialog(draft, people, w.tasks, w.content.lang, w)
            dialog.saved.connect(self._contribution_saved)
            self.review_dialog = dialog
            try:
                dialog.exec()
            finally:
                self.review_dialog = None
                dialog.deleteLater()

        # on the writer: the pseudonym's secret is made on first use
        w.tasks.write(job, ready, lambda exc: messages.show_error(w, exc))

    def _contribution_saved(self, path: str) -> None:
        self.last_path = path
        self.window.statusBar().showMessage(tr("Contribution saved as {path} and noted in the share log.").format(path=path), 10000)

    # --- comparing --------------------------------------------------------------------------------

    def compare(self, paths: list[str] | None = None) -> ComparisonWindow | None:
        w = self.window
        if w.is_locked:
            return None
        if paths is None:
            paths, _f = QFileDialog.getOpenFileNames(
                w, tr("Compare contributions"), str(Path.home()),
                tr("Contributions and rounds (*{c} *{r});;All files (*)").format(c=CONTRIBUTION_SUFFIX, r=ROUND_SUFFIX))
        if not paths:
            return None
        from journal.cohort.compare import load
        from journal.ui.cohort.comparison import ComparisonWindow

        try:
            comparison = load(paths)
        except KnownError as exc:
            messages.show_error(w, exc)
            return None
        try:
            notes = w.store.meeting_notes(comparison.round_id)
        except KnownError:
            notes = {}
        window = ComparisonWindow(comparison, notes, w.tasks, w.content.lang, w.content.catalogue, w)
        self.comparisons.append(window)
        window.finished.connect(lambda _r, cw=window: self.comparisons.remove(cw) if cw in self.comparisons else None)
        window.show()
        return window

    # --- file choosers ----------------------------------------------------------------------------

    def _save_path(self, title: str, name: str, filters: str, suffix: str) -> str:
        safe = "".join(ch for ch in name if ch not in '<>:"/\\|?*').strip() or ("runde" + suffix)
        path, _f = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / safe), filters)
        if path and not path.endswith(suffix):
            path += suffix
        return path

    def _open_path(self, title: str, filters: str) -> str:
        path, _f = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), filters)
        return path
