"""What a new leader meets in the first hour: menus, deleting, the lock screen, the backup list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from journal import __version__
from journal.ui.models.entry_list import ExcerptRole, IdRole
from journal.store import Store
from tests.conftest import PASSPHRASE, close_window, type_text

pytestmark = pytest.mark.gui


def _menu(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)


def test_edit_menu_works_on_the_focused_text_field(qtbot, main_window):
    names = [a.text().replace("&", "") for a in _menu(main_window, "Edit").actions() if not a.isSeparator()]
    assert names == ["Undo", "Redo", "Cut", "Copy", "Paste", "Select all", "Search"]
    main_window.new_action.trigger()
    body = main_window.editor.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus, timeout=5_000)
    type_text(body, "Første sætning")
    main_window.edit_actions["selectAll"].trigger()
    assert body.textCursor().selectedText() == "Første sætning"
    main_window.edit_actions["cut"].trigger()
    assert body.toPlainText() == ""
    main_window.edit_actions["paste"].trigger()
    main_window.edit_actions["paste"].trigger()
    assert body.toPlainText() == "Første sætningFørste sætning"
    main_window.edit_actions["undo"].trigger()
    assert body.toPlainText() == "Første sætning"
    main_window.edit_actions["redo"].trigger()
    assert body.toPlainText() == "Første sætningFørste sætning"


def test_help_menu_says_the_version_where_the_journal_is_and_lists_every_shortcut(qtbot, main_window, monkeypatch):
    from journal.ui.dialogs.help import ShortcutsDialog

    assert main_window.menuBar().actions()[-1].text().replace("&", "") == "Help"
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    main_window.about_action.trigger()
    assert __version__ in shown[0] and str(main_window.data_dir) in shown[0]
    main_window.privacy_note_action.trigger()
    assert "never goes on the internet" in shown[1]
    rows = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda d: rows.extend(
        (d.table.item(i, 0).text(), d.table.item(i, 1).text()) for i in range(d.table.rowCount())) or 0)
    main_window.shortcuts_action.trigger()
    assert ("Lock", "Ctrl+L") in rows and ("Preview", "Ctrl+P") in rows and ("Case library", "Ctrl+Shift+K") in rows


def test_preview_is_a_checkable_menu_entry_that_follows_the_button(qtbot, main_window):
    assert main_window.preview_action.isCheckable()
    main_window.new_action.trigger()
    main_window.preview_action.trigger()
    assert main_window.editor.preview.isVisible() and main_window.preview_action.isChecked()
    main_window.editor.preview_button.click()
    assert not main_window.preview_action.isChecked() and not main_window.editor.preview.isVisible()


def test_deleting_names_the_entry_then_opens_the_next_and_clears_the_saved_note(qtbot, main_window, monkeypatch):
    from journal.ui import messages

    store = main_window.store
    older = store.create_entry("Den ældre refleksion", title="Mødet med direktionen").ids[0]
    newer = store.create_entry("Den nyere refleksion", title="Ærø-sagen").ids[0]
    main_window.entry_model.reload()
    main_window.open_entry(newer)
    main_window.save_state.setText("Saved at 10:15")
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, action, title=None: asked.append((text, action)) or True)
    main_window.delete_action.trigger()
    assert "“Ærø-sagen”" in asked[0][0] and asked[0][1] == "Delete reflection"
    assert main_window.save_state.text() == ""
    qtbot.waitUntil(lambda: main_window.editor.entry_id == older, timeout=5_000)
    assert main_window.entry_view.currentIndex().data() == "Mødet med direktionen"
    assert [e.id for e in store.list_entries()] == [older]


def test_cancel_is_the_default_when_asked_to_delete(qtbot, main_window, monkeypatch):
    seen = {}

    def look(box):
        seen["default"] = box.defaultButton().text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    entry = main_window.store.create_entry("Bliver stående").ids[0]
    main_window.entry_model.reload()
    main_window.open_entry(entry)
    main_window.delete_action.trigger()
    assert "Delete reflection" in seen["buttons"] and seen["default"] == "Cancel"
    assert main_window.store.count_entries() == 1


def test_the_lock_screen_disables_what_needs_the_journal_and_has_a_wide_field_and_a_link(qtbot, main_window):
    main_window.lock()
    for act in (main_window.settings_action, main_window.new_action, main_window.find_action, main_window.tour_action):
        assert not act.isEnabled(), act.text()
    page = main_window.lock_page
    assert page.passphrase.width() >= 300
    assert page.recover_button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert "underline" in page.recover_button.styleSheet()


def test_backup_sizes_are_in_kilobytes_a_leader_reads(qtbot, store):
    from journal.platform.settings import Settings
    from journal.store import backup
    from journal.ui.dialogs.settings import SettingsDialog

    backup.make_backup(store, kind="session")
    dialog = SettingsDialog(Settings(), str(store.paths.root), True, None, backup.list_backups(store.paths, store.data_key))
    qtbot.addWidget(dialog)
    text = dialog.backup_list.item(0).text()
    assert " kB" in text and "KiB" not in text and ",00" not in text


def test_first_start_dialog_starts_in_the_passphrase_and_shows_a_mismatch_beside_it_until_fixed(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from journal.ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog("en", str(tmp_path / "journal"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase, timeout=5_000)
    type_text(dialog.passphrase, "rigtig hest batteri")
    type_text(dialog.repeat, "rigtig hest batterix")
    dialog.buttons.accepted.emit()
    assert dialog.warning.isVisible() and "not the same" in dialog.warning.text()
    assert "#b00020" in dialog.warning.styleSheet()  # an error, not plain text
    # right under the repeated field, in its column, and well apart from the folder line
    assert dialog.warning.x() == dialog.repeat.x() and dialog.warning.y() > dialog.repeat.y()
    assert dialog.where.y() - dialog.warning.geometry().bottom() >= 6
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    assert not dialog.warning.isVisible()  # gone as soon as they match
    assert dialog.result() == 0  # nothing was accepted behind the leader's back


def test_clearing_the_search_selects_the_open_entry_and_clears_the_marks(qtbot, main_window):
    store = main_window.store
    wanted = store.create_entry("Vedholdenhed i direktionen", title="Det rigtige").ids[0]
    for i in range(3):
        store.create_entry(f"Noget andet nr. {i}", title=f"Andet {i}")
    main_window.entry_model.reload()
    main_window.entry_view.setCurrentIndex(main_window.entry_model.index(0))  # a different entry is selected
    type_text(main_window.search_field, "vedholdenhed")
    qtbot.waitUntil(lambda: main_window.search_model.rowCount() == 1, timeout=5_000)
    qtbot.keyClick(main_window.search_field, Qt.Key.Key_Return)
    assert main_window.editor.entry_id == wanted and main_window.editor.body.extraSelections()
    main_window.search_field.clear()
    assert main_window.entry_view.currentIndex().data() == "Det rigtige"
    assert main_window.editor.body.extraSelections() == []


def test_the_case_library_has_one_name_in_the_menu_and_its_window(qtbot, store, monkeypatch):
    from journal.app import application, build_window, install_language
    from journal.ui.panels.case_library import CaseLibrary

    install_language(application(), "da")
    try:
        window = build_window(store, "da", care=False)
        qtbot.addWidget(window)
        titles = []
        monkeypatch.setattr(CaseLibrary, "exec", lambda dialog: titles.append(dialog.windowTitle()) or 0)
        window.content_actions.library_action.trigger()
        assert window.content_actions.library_action.text().replace("&", "") == "Sagsbibliotek …"
        assert titles == ["Sagsbibliotek"]
    finally:
        install_language(application(), "en")


def test_list_titles_and_previews_come_from_the_leaders_own_words(qtbot, main_window):
    store = main_window.store
    prompt = main_window.content.prompts[0]
    answer = store.create_entry(
        f"> {main_window.content.prompt_text(prompt.id)}\n\n"
        "I dag **gennemgik** vi forløbet for en [ung](https://example.org) uden uddannelse.\n",
        prompt_id=prompt.id,
    ).ids[0]
    gibbs = store.create_entry("## 1. Beskrivelse\n*Hvad skete der?*\n\nMødet i direktionen gik skævt.\n\n## 2. Følelser\n").ids[0]
    main_window.entry_model.reload()
    rows = {main_window.entry_model.index(r).data(IdRole): main_window.entry_model.index(r) for r in range(2)}
    assert rows[answer].data() == "I dag gennemgik vi forløbet for en ung uden uddannelse."
    assert rows[gibbs].data() == "Mødet i direktionen gik skævt."
    assert "**" not in rows[answer].data(ExcerptRole) and "](" not in rows[answer].data(ExcerptRole)
    main_window.open_entry(answer)
    assert main_window.editor.prompt_label.isHidden()  # the quote is in the text: not shown twice
    main_window.editor.body.setPlainText("Uden citatet nu.")
    main_window.editor.save_now()
    main_window.tasks.wait()
    main_window.open_entry(gibbs)
    main_window.open_entry(answer)
    assert main_window.editor.prompt_label.isVisible() and "Answers the question" in main_window.editor.prompt_label.text()


def test_a_restart_reopens_the_entry_that_was_open(qtbot, store):
    from journal.app import build_window

    store.create_entry("Den ældste")
    wanted = store.create_entry("Den, jeg arbejdede på", title="Arbejdet").ids[0]
    store.create_entry("Den nyeste")
    first = build_window(store, "en", care=False)
    qtbot.addWidget(first)
    first.open_entry(wanted)
    close_window(qtbot, first)
    again = build_window(Store.open(store.paths.root, PASSPHRASE), "en", care=False)
    qtbot.addWidget(again)
    assert again.editor.entry_id == wanted and again.editor.isEnabled()
    assert again.entry_view.currentIndex().data() == "Arbejdet"
    assert "Den, jeg" not in store.paths.settings_file.read_text("utf-8")  # an id, never text


def test_a_new_own_question_is_chosen_in_the_list_and_confirmed(qtbot, main_window, monkeypatch):
    from journal.ui.dialogs.own_prompt import OwnPromptDialog

    panel = main_window.prompt_panel
    panel.filter_text.setText("direktion")  # a filter that would hide the new question

    def fill(dialog):
        dialog.text.setPlainText("Hvem har jeg glemt at spørge?")
        return OwnPromptDialog.DialogCode.Accepted

    monkeypatch.setattr(OwnPromptDialog, "exec", fill)
    main_window.content_actions.own_prompt_action.trigger()
    qtbot.waitUntil(lambda: panel.list.currentItem() is not None, timeout=5_000)
    assert panel.list.currentItem().text() == "Hvem har jeg glemt at spørge?"
    assert "added" in main_window.statusBar().currentMessage()


def test_an_empty_journal_offers_a_new_reflection_and_typing_never_lands_in_search(qtbot, main_window):
    from PySide6.QtWidgets import QApplication

    assert main_window.centre.currentWidget() is main_window.empty_page
    assert not main_window.editor.isVisible()  # no disabled editor that looks writable
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    assert QApplication.focusWidget() is not main_window.search_field
    qtbot.mouseClick(main_window.empty_new_button, Qt.MouseButton.LeftButton)
    assert main_window.centre.currentWidget() is main_window.editor
    qtbot.waitUntil(main_window.editor.body.hasFocus, timeout=5_000)
    type_text(QApplication.focusWidget(), "Første ord")
    assert main_window.editor.body.toPlainText() == "Første ord" and main_window.search_field.text() == ""


def test_danish_quotes_are_guillemets_and_search_hits_are_highlighted_not_quoted(qtbot, store):
    from PySide6.QtGui import QColor

    from journal.app import application, build_window, install_language
    from journal.ui.panels.entry_delegate import _marked_html
    from journal.ui.models.entry_list import SnippetRole

    install_language(application(), "da")
    try:
        store.create_entry("Vedholdenhed er noget andet end stædighed, sagde direktøren.")
        window = build_window(store, "da", care=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.prompt_panel._toggle_source()  # "Hvor kommer spørgsmålet fra?"
        quote = window.prompt_panel.source.quote.text()
        assert quote.startswith("»") and quote.endswith("«")
        type_text(window.search_field, "vedholdenhed")
        qtbot.waitUntil(lambda: window.search_model.rowCount() == 1, timeout=5_000)
        snippet = window.search_model.index(0).data(SnippetRole)
        html = _marked_html(snippet, 200, 200, "#000000")
        assert "«" not in html and "background-color:#ffe08a" in html
        picture = window.result_view.viewport().grab().toImage()
        yellow = QColor("#ffe08a")
        assert any(picture.pixelColor(x, y) == yellow for x in range(0, picture.width(), 2) for y in range(picture.height()))
    finally:
        install_language(application(), "en")


def test_tags_keep_the_order_they_were_typed_in(qtbot, main_window):
    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Om kasser og pleje")
    main_window.editor.tags.setText("økonomi, ældrepleje, sundhed")
    main_window.editor.save_now()
    main_window.tasks.wait()
    qtbot.waitUntil(lambda: not main_window.editor.is_dirty(), timeout=5_000)
    entry_id = main_window.editor.entry_id
    assert main_window.store.get_entry(entry_id).tags == ("økonomi", "ældrepleje", "sundhed")
    main_window.open_entry(main_window.store.create_entry("en anden").ids[0])
    main_window.open_entry(entry_id)
    assert main_window.editor.tags.text() == "økonomi, ældrepleje, sundhed"


def test_the_window_is_no_wider_for_a_long_theme_name(qtbot, main_window):
    """Today's question changes every day; its theme name must not decide how narrow the window may be."""
    from journal.ui.panels.prompt_panel import PromptPanel

    content = main_window.content
    by_theme_length = sorted(content.prompts, key=lambda p: len(main_window.prompt_panel.theme_name(p)))
    widths = []
    for prompt in (by_theme_length[0], by_theme_length[-1]):
        panel = PromptPanel("en")  # a fresh panel lays itself out around today's question
        qtbot.addWidget(panel)
        panel.set_content(content.prompts, content.theme_names())
        panel.set_today(prompt)
        widths.append(panel.card.minimumSizeHint().width())  # the card of today's question
    assert widths[0] == widths[1]


def test_the_case_librarys_questions_are_shown_whole(qtbot, main_window, monkeypatch):
    from journal.ui.panels.case_library import CaseLibrary

    seen = {}

    def look(library):
        library.resize(980, 640)  # its own size hint: room for the questions (in a short dialog they scroll)
        library.show()
        library.select_case(main_window.store.list_cases()[0].id)  # a published case with its questions
        view = library.prompts
        last = view.item(view.count() - 1)

        def whole() -> bool:
            return view.count() > 0 and view.visualItemRect(last).bottom() <= view.viewport().height()

        qtbot.waitUntil(whole, timeout=5_000)  # every question whole, the last one too
        seen["rows"] = view.count()
        return 0

    monkeypatch.setattr(CaseLibrary, "exec", look)
    main_window.content_actions.library_action.trigger()
    assert seen["rows"] >= 4


def test_the_case_librarys_empty_parts_take_a_line_not_a_box(qtbot, main_window, monkeypatch):
    """An own case without description, reflections or next steps: one line each, the boxes
    shrink to their text; with a reflection the list comes back."""
    from journal.ui.panels.case_library import CaseLibrary

    store = main_window.store
    case_id = store.create_case("Tom sag").ids[0]
    seen = {}

    def look(library):
        library.resize(980, 640)
        library.show()
        library.select_case(case_id)
        qtbot.waitUntil(lambda: library.timeline_empty.isVisible(), timeout=5_000)
        view = library.description
        line = view.fontMetrics().lineSpacing()

        def fitted() -> bool:  # the box is as tall as its text (two lines at least), once laid out
            text_height = view.document().size().height() + 2 * view.frameWidth() + 8
            return view.height() <= max(2 * line + 8, text_height)

        qtbot.waitUntil(fitted, timeout=5_000)
        seen["description"] = (view.height(), view.document().size().height(), library.height())
        seen["lists"] = (library.timeline.isVisible(), library.steps.isVisible())
        seen["notes"] = (library.timeline_empty.text(), library.steps_empty.text(), library.steps_empty.isVisible())
        store.create_entry("Første møde", title="Opstart", case_id=case_id)
        library.select_case(store.list_cases()[-1].id)
        library.select_case(case_id)
        seen["after"] = (library.timeline.isVisible(), library.timeline.count(), library.timeline_empty.isVisible())
        return 0

    monkeypatch.setattr(CaseLibrary, "exec", look)
    main_window.content_actions.library_action.trigger()
    height, text_height, dialog_height = seen["description"]
    assert height < dialog_height / 4 and text_height < dialog_height / 4, "a one-line description is not a half-dialog box"
    assert seen["lists"] == (False, False)
    assert seen["notes"] == ("No reflections in this case yet.", "No open next steps.", True)
    assert seen["after"] == (True, 1, False)
