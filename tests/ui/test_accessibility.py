"""Accessibility (issue 17, part 6): every control has a spoken name, the keyboard reaches
everything, the tour and the question cards can be read by a screen reader; and no dialog
is bigger than a 1366×768 screen or cuts its text (issue 11, point 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

from journal.ui import accessibility

pytestmark = pytest.mark.gui

SMALL_SCREEN = (1366, 768)


def _dialogs(window):
    """One of every dialog the window can open, built as the window builds it (not shown)."""
    from journal.ui.dialogs import help as help_dialogs
    from journal.ui.dialogs.case_edit import CaseEditDialog
    from journal.ui.dialogs.first_run import FirstRunDialog
    from journal.ui.dialogs.own_prompt import OwnPromptDialog
    from journal.ui.dialogs.passphrase import PassphraseDialog
    from journal.ui.dialogs.postpone import PostponeDialog
    from journal.ui.dialogs.recovery_key import RecoveryKeyDialog
    from journal.ui.dialogs.settings import SettingsDialog
    from journal.ui.dialogs.source_passage import SourcePassageDialog
    from journal.ui.dialogs.unlock import UnlockDialog
    from journal.ui.panels.case_library import CaseLibrary
    from journal.ui.panels.open_commitments import OpenCommitmentsDialog
    from journal.ui.cohort.review import AddPersonDialog
    from journal.ui.cohort.round_dialog import RoundDialog
    from journal.ui.dialogs.export import ExportDialog
    from journal.ui.dialogs.insight import InsightDialog
    from journal.ui.dialogs.share_log import ShareLogDialog
    from journal.ui.panels.calendar import CalendarDialog

    w = window
    return [
        UnlockDialog("", w),
        FirstRunDialog("da", str(w.data_dir), w),
        RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345", w),
        PassphraseDialog(parent=w),
        PassphraseDialog(recovery=True, parent=w),
        SettingsDialog(w.settings, str(w.data_dir), True, w, ()),
        OwnPromptDialog(w.content.theme_names(), w.content.kind_names(), w),
        CaseEditDialog("", "", w),
        PostponeDialog("Ring til centerchefen om den fælles indsats", "2026-12-07", w),
        SourcePassageDialog("Hvordan …?", "Et citat fra kilden.", "Kilden", w),
        help_dialogs.ShortcutsDialog(help_dialogs.shortcut_rows(w), w),
        CaseLibrary(w.session, w.tasks, w.events, w.content, None, w),
        OpenCommitmentsDialog(w.session, w.tasks, w.events, w),
        ExportDialog(w, []),
        ShareLogDialog(w, []),
        InsightDialog(w),
        CalendarDialog(w),
        RoundDialog(w.content, w),
        AddPersonDialog("Mette Kjær", w),
    ]


def test_every_control_of_the_main_window_has_a_spoken_name(qtbot, main_window):
    main_window.new_entry()  # the editor, its tags, case and next-step controls are shown
    assert accessibility.unnamed(main_window) == []
    main_window.lock()
    assert accessibility.unnamed(main_window.lock_page) == []


def test_every_control_of_every_dialog_has_a_spoken_name(qtbot, main_window):
    problems = []
    for dialog in _dialogs(main_window):
        qtbot.addWidget(dialog)
        dialog.show()
        problems += accessibility.unnamed(dialog)
        dialog.hide()
    main_window.tasks.wait()
    assert problems == []


def test_the_walk_catches_a_control_without_a_name(qtbot):
    """The check itself: an unlabelled field is reported, a labelled one is not."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    bare = QLineEdit(page)
    bare.setObjectName("bare")
    form.addRow(bare)
    form.addRow("Navn", QLineEdit(page))
    assert accessibility.unnamed(page) == ["QLineEdit bare in QWidget"]
    accessibility.name(bare, "Søg")
    assert accessibility.unnamed(page) == []


def _tab_walk(qtbot, window, start: QWidget, limit: int = 200) -> list[QWidget]:
    """Press Tab until focus comes round to a control already passed. A control may keep the
    focus for one more press (a label steps from its text to its link); three presses that do
    not move the focus are a keyboard trap and end the walk."""
    window.activateWindow()
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=5_000)
    seen = [start]
    stuck = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is current:
            stuck += 1
            if stuck >= 3:
                break
            continue
        stuck = 0
        if now in seen:
            break
        seen.append(now)
    return seen


def test_tab_reaches_every_control_of_the_main_window(qtbot, main_window):
    main_window.new_entry()
    walked = _tab_walk(qtbot, main_window, main_window.search_field)
    wanted = [w for w in accessibility.interactive_widgets(main_window) if w.isVisibleTo(main_window) and w.isEnabled()]
    missed = [f"{type(w).__name__} {w.objectName() or accessibility.spoken_name(w)}" for w in wanted
              if not any(w is v or w.isAncestorOf(v) or v.isAncestorOf(w) for v in walked)]
    assert missed == []
    for must in (main_window.search_field, main_window.entry_view, main_window.editor.title, main_window.editor.body,
                 main_window.prompt_panel.answer_button, main_window.prompt_panel.list):
        assert must in walked
    editor = main_window.editor  # the order follows the page: title, tags, case, then the text, then next steps
    order = [walked.index(w) for w in (editor.title, editor.tags, editor.case_box, editor.body, editor.commitments.text)]
    assert order == sorted(order)


def test_the_tour_and_the_question_card_can_be_read_by_a_screen_reader(qtbot, main_window):
    panel = main_window.prompt_panel
    card = panel.card
    description = accessibility.spoken_name(card) + " " + card.accessibleDescription()
    assert panel.today is not None
    assert panel.text_of(panel.today) in description  # the question itself, not just "group"
    assert panel.answer_button.accessibleDescription()
    main_window.start_tour()
    bubble = main_window.tour.bubble
    qtbot.waitUntil(bubble.isVisible, timeout=5_000)
    interface = QAccessible.queryAccessibleInterface(bubble)
    assert interface is not None
    spoken = accessibility.spoken_name(bubble) + " " + bubble.accessibleDescription()
    assert bubble.title.text() in spoken and bubble.text.text() in spoken
    assert bubble.next_button.hasFocus() or QApplication.focusWidget() in (bubble.next_button, bubble.skip_button)
    first = bubble.title.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bubble.title.text() != first, timeout=5_000)
    assert bubble.title.text() in accessibility.spoken_name(bubble) + " " + bubble.accessibleDescription()
    main_window.tour.stop()


def _elided_labels(dialog: QDialog) -> list[str]:
    """Labels whose text does not fit: a single-line label narrower than its text, or any
    label shorter than the height its text needs at its width."""
    problems = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisibleTo(dialog) or not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in label.text():
            needed = label.heightForWidth(label.width()) if label.hasHeightForWidth() else label.sizeHint().height()
            if needed > label.height() + 1:
                problems.append(f"{label.objectName() or label.text()[:30]!r}: needs {needed}px, has {label.height()}px")
        else:
            wanted = label.fontMetrics().horizontalAdvance(label.text().split("\n")[0])
            if wanted > label.contentsRect().width() + 1:
                problems.append(f"{label.objectName() or label.text()[:30]!r}: needs {wanted}px wide, has {label.contentsRect().width()}px")
    for field in dialog.findChildren(QLineEdit):
        hint = field.placeholderText()
        if not field.isVisibleTo(dialog) or field.text() or not hint:
            continue
        room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right() - 8  # the frame's own padding
        wanted = field.fontMetrics().horizontalAdvance(hint)
        if wanted > room:
            problems.append(f"placeholder {hint[:30]!r}: needs {wanted}px, has {room}px")
    return problems


def dialog_size_problems(qtbot, main_window, width: int, height: int) -> list[str]:
    """Dialogs that need more than ``width``×``height`` (minus a task bar) or cut a label or a placeholder."""
    problems = []
    for dialog in _dialogs(main_window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        size = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        if size.width() > width or size.height() > height - 40:  # a task bar
            problems.append(f"{type(dialog).__name__}: needs at least {size.width()}×{size.height()}")
        problems += [f"{type(dialog).__name__}: {p}" for p in _elided_labels(dialog)]
        dialog.hide()
    main_window.tasks.wait()
    return problems


def test_no_dialog_is_bigger_than_a_small_screen_or_cuts_its_text(qtbot, main_window):
    assert dialog_size_problems(qtbot, main_window, *SMALL_SCREEN) == []


SCALED_CHECK = """
import json, sys, tempfile
from pathlib import Path
import pytest
from journal.app import application, build_window, install_language
from journal.store import Store
from tests.ui import test_accessibility as check

class Bot:  # the two qtbot calls the check uses
    def addWidget(self, w): pass
    def waitExposed(self, w): application().processEvents()

app = application()
install_language(app, sys.argv[1])
store, _ = Store.create(Path(tempfile.mkdtemp()) / "journal", None)
window = build_window(store, sys.argv[1])
window.show()
print(json.dumps(check.dialog_size_problems(Bot(), window, int(sys.argv[2]), int(sys.argv[3]))))
window.close_now()
"""


@pytest.mark.parametrize("lang", ["da", "en"])
def test_at_200_percent_every_dialog_fits_a_scaled_screen(tmp_path, lang):
    """QT_SCALE_FACTOR=2 in a process of its own (the factor is read once, at start): a
    2560×1440 screen at 200 % leaves 1280×720 to lay dialogs out in, less than 1366×768."""
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen", TVAERS_DATA_DIR=str(tmp_path / "journal"))
    done = subprocess.run([sys.executable, "-c", SCALED_CHECK, lang, "1280", "720"], capture_output=True, env=env,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert json.loads(done.stdout.decode().strip().splitlines()[-1]) == []


def test_from_an_empty_journal_tab_and_space_answer_todays_question(qtbot, main_window):
    """The keyboard path the X-input test takes: "New reflection" has the keyboard, Tab goes on to
    the question panel's Answer, Space starts the answer with the question quoted."""
    assert main_window.centre.currentWidget() is main_window.empty_page
    main_window.activateWindow()
    main_window.empty_new_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.empty_new_button, timeout=5_000)
    qtbot.keyClick(main_window.empty_new_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is main_window.prompt_panel.answer_button
    qtbot.keyClick(main_window.prompt_panel.answer_button, Qt.Key.Key_Space)
    question = main_window.content.prompt_text(main_window.prompt_panel.today.id)
    assert main_window.editor.body.toPlainText() == f"> {question}\n\n"
    assert QApplication.focusWidget() is main_window.editor.body
    main_window.flush()


def _cut_rows(view) -> list[str]:
    """Rows of an item view whose text needs more room than the row has (elided or clipped)."""
    from PySide6.QtCore import QRect

    cut = []
    metrics = view.fontMetrics()
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        text = index.data() or ""
        rect = view.visualRect(index)
        width = min(rect.width(), view.viewport().width() - rect.x())  # a row wider than the view is cut by it
        room = width - 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) - 8
        needed = metrics.boundingRect(QRect(0, 0, max(1, room), 100_000), int(Qt.TextFlag.TextWordWrap), text)
        if needed.height() > rect.height() or (not view.wordWrap() and metrics.horizontalAdvance(text) > room):
            cut.append(text)
    return cut


def test_an_open_next_step_with_its_date_is_never_cut(qtbot, main_window):
    """Issue 11, point 15: a long next step was shown as "… 7 Decem…" in the case library."""
    from journal.ui.panels.case_library import CaseLibrary

    window = main_window
    store = window.store
    store.create_case("Sammenhængende indsats for unge uden uddannelse")
    case_id = store.list_cases()[0].id
    entry = store.create_entry("Opstart", title="Opstartsmøde", case_id=case_id).ids[0]
    step = "Ring til centerchefen i jobcentret og aftal et fælles møde med UU og socialforvaltningen om den unges forløb"
    store.add_commitment(entry, step, "2026-12-07")
    library = CaseLibrary(window.session, window.tasks, window.events, window.content, case_id, window)
    qtbot.addWidget(library)
    library.resize(900, 600)
    library.show()
    library.select_case(case_id)
    qtbot.waitUntil(lambda: library.steps_model.rowCount() == 1, timeout=5_000)
    assert _cut_rows(library.steps) == []
    window.open_entry(entry)
    panel = window.editor.commitments
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    assert _cut_rows(panel.view) == []
    library.hide()
    window.tasks.wait()
