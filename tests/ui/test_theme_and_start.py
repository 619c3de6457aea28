"""Light and dark, the editor's text size, and the instant window (issue 17, parts 5 and 7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from journal.platform.settings import Settings
from journal.store import Store
from journal.ui import theme
from tests.conftest import PASSPHRASE, close_window, type_text

pytestmark = pytest.mark.gui

AA = 4.5  # WCAG 2.1 AA for normal text


@pytest.fixture
def restore_theme():
    app = QApplication.instance()
    palette, style = app.palette(), app.style().name()
    yield
    app.setStyle(style)
    app.setPalette(palette)
    theme._current = "light"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_colour_meets_wcag_aa_on_its_background(qtbot, restore_theme, scheme):
    """The palette the application really gets (not our table): each text role on its background,
    and each named colour (errors, Markdown marks, search marks) on the background it is read on."""
    app = QApplication.instance()
    theme.install(app, scheme)
    assert theme.current() == scheme
    palette = app.palette()
    low = []
    for text, back in theme.TEXT_PAIRS:
        ratio = theme.contrast(palette.color(getattr(QPalette.ColorRole, text)), palette.color(getattr(QPalette.ColorRole, back)))
        if ratio < AA:
            low.append(f"{text} on {back}: {ratio:.2f}")
    for name, back in theme.NAMED_ON.items():
        background = theme.color(back) if back in theme._NAMED[scheme] else palette.color(getattr(QPalette.ColorRole, back))
        ratio = theme.contrast(theme.color(name), background)
        if ratio < AA:
            low.append(f"{name} on {back}: {ratio:.2f}")
    assert low == []
    # dark really is dark and light really is light
    window_luminance = theme.relative_luminance(palette.color(QPalette.ColorRole.Window))
    assert (window_luminance < 0.05) if scheme == "dark" else (window_luminance > 0.8)


def test_contrast_formula_matches_wcag_examples():
    from PySide6.QtGui import QColor

    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert theme.contrast(QColor("#777777"), QColor("#ffffff")) < AA


def test_follows_the_platform_until_the_leader_chooses(qtbot, restore_theme, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    t = theme.install(app, "system")
    assert theme.current() == "dark"
    t.set_choice("light")  # the manual override wins over the platform
    assert theme.current() == "light"
    assert theme.relative_luminance(app.palette().color(QPalette.ColorRole.Base)) > 0.9
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    t.set_choice("system")
    assert theme.current() == "light"


def test_the_scheme_of_the_last_start_is_used_until_the_platform_is_asked(qtbot, restore_theme, monkeypatch):
    """Asking the platform builds PySide's Qt enums (20–30 ms before the unlock dialog): the theme
    starts in the remembered scheme without asking, and confirm() asks and corrects it."""
    app = QApplication.instance()
    theme._theme = None  # a fresh start

    def not_yet() -> str:
        raise AssertionError("the platform was asked before the first dialog was up")

    monkeypatch.setattr(theme, "system_scheme", not_yet)
    t = theme.install(app, "system", "dark")
    assert theme.current() == "dark"
    assert theme.relative_luminance(app.palette().color(QPalette.ColorRole.Window)) < 0.05
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    assert t.confirm() == "light"
    assert theme.relative_luminance(app.palette().color(QPalette.ColorRole.Window)) > 0.8
    theme._theme = None
    theme.install(app, "dark", "light")  # a choice of the leader's never waits for the platform
    assert theme.current() == "dark"
    theme._theme = None


def test_the_appearance_setting_is_kept_and_bad_values_fall_back(tmp_path):
    path = tmp_path / "settings.json"
    Settings(theme="dark", editor_point_size=14).save(path)
    loaded = Settings.load(path)
    assert (loaded.theme, loaded.editor_point_size) == ("dark", 14)
    path.write_text('{"theme": "purple", "editor_point_size": 400, "system_scheme": "beige"}', "utf-8")
    loaded = Settings.load(path)
    assert (loaded.theme, loaded.editor_point_size, loaded.system_scheme) == ("system", 0, "")


def test_text_size_keys_change_the_editor_and_are_remembered(qtbot, store, tmp_path):
    from PySide6.QtTest import QTest

    from journal.app import application, build_window, install_language

    install_language(application(), "en")
    settings_path = tmp_path / "settings.json"
    window = build_window(store, "en")
    window.settings_path = settings_path
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.new_entry()
    body = window.editor.body
    qtbot.waitUntil(body.hasFocus, timeout=5_000)
    start = body.font().pointSize()
    QTest.keyClick(body, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(body, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert body.font().pointSize() == start + 2
    assert window.editor.title.font().pointSize() == start + 2
    assert Settings.load(settings_path).editor_point_size == start + 2
    QTest.keyClick(body, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert body.font().pointSize() == start + 1
    QTest.keyClick(body, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert body.font().pointSize() == start
    assert Settings.load(settings_path).editor_point_size == 0
    for _ in range(60):
        window.change_text_size(+1)
    assert body.font().pointSize() == theme.MAX_POINT_SIZE
    window.tasks.wait()


def test_a_remembered_text_size_applies_at_start(qtbot, store):
    from journal.app import application, build_window, install_language

    install_language(application(), "en")
    window = build_window(store, "en", Settings(editor_point_size=19))
    qtbot.addWidget(window)
    assert window.editor.body.font().pointSize() == 19
    window.tasks.wait()


# --- the instant window ---------------------------------------------------------------------------


def _closed_journal(journal_dir) -> None:
    store, _ = Store.create(journal_dir, PASSPHRASE)
    store.create_entry(title="Fra før", body="En ældre refleksion.")
    store.close()


def _frame(qtbot, journal_dir):
    from journal import startup
    from journal.app import application, build_frame, install_language
    from journal.platform.paths import JournalPaths
    from journal.store import crypto

    install_language(application(), "en")
    keyfile = crypto.KeyFile.read(JournalPaths(journal_dir).key_file)
    window = build_frame(journal_dir, "en", Settings(), keyfile.db_uuid)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, (lambda: startup.EarlyOpen(journal_dir, PASSPHRASE, keyfile))


def test_the_frame_paints_before_the_journal_is_open(qtbot, journal_dir):
    _closed_journal(journal_dir)
    window, _open = _frame(qtbot, journal_dir)
    assert window.opening and window.is_locked
    assert window.stack.currentWidget() is window.splitter  # the panels, not the lock screen
    assert window.statusBar().currentMessage() == "Opening the journal…"
    assert window.prompt_panel.today is not None  # today's question, from the bank alone
    assert window.prompt_panel.today_text.text()
    assert window.entry_model.rowCount() == 0
    assert window.centre.currentWidget() is window.editor and window.focusWidget() is window.editor.body  # typing goes there
    assert not window.new_action.isEnabled() and not window.search_field.isEnabled()
    window._shut_down()


def test_typing_before_the_journal_is_open_lands_in_the_new_entry(qtbot, journal_dir):
    _closed_journal(journal_dir)
    window, open_journal = _frame(qtbot, journal_dir)
    early = open_journal()  # waits for the frame's first paint (journal.app lets it go on then)
    type_text(window.editor.body, "Skrevet før dagbogen var åben: æ, ø og å.")
    assert not early.done()
    early.go_on()  # the key is derived on a thread while the leader types
    qtbot.waitUntil(early.done, timeout=20_000)
    type_text(window.editor.body, " Mere.")  # still typing when the store is ready
    window.journal_opened(early.result())
    assert not window.opening and not window.is_locked
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and not window.editor.is_dirty(), timeout=10_000)
    window.tasks.wait()
    saved = window.store.get_entry(window.editor.entry_id)
    assert saved.body == "Skrevet før dagbogen var åben: æ, ø og å. Mere."
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 2, timeout=10_000)  # the list is filled
    assert window.statusBar().currentMessage() != "Opening the journal…"
    assert window.new_action.isEnabled() and window.search_field.isEnabled()
    close_window(qtbot, window)
    reopened = Store.open(journal_dir, PASSPHRASE)
    try:
        bodies = {reopened.get_entry(e.id).body for e in reopened.list_entries(limit=10)}
    finally:
        reopened.close()
    assert "Skrevet før dagbogen var åben: æ, ø og å. Mere." in bodies


def test_answering_todays_question_before_the_journal_is_open(qtbot, journal_dir):
    _closed_journal(journal_dir)
    window, open_journal = _frame(qtbot, journal_dir)
    early = open_journal()
    question = window.prompt_panel.today
    qtbot.mouseClick(window.prompt_panel.answer_button, Qt.MouseButton.LeftButton)
    type_text(window.editor.body, "Mit svar.")
    early.go_on()
    qtbot.waitUntil(early.done, timeout=20_000)
    window.journal_opened(early.result())
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and not window.editor.is_dirty(), timeout=10_000)
    window.tasks.wait()
    saved = window.store.get_entry(window.editor.entry_id)
    assert saved.prompt_id == question.id
    assert saved.body.endswith("Mit svar.") and window.content.prompt_text(question.id) in saved.body
    close_window(qtbot, window)


def test_without_typing_the_last_entry_opens_as_usual(qtbot, journal_dir):
    _closed_journal(journal_dir)
    window, open_journal = _frame(qtbot, journal_dir)
    early = open_journal()
    early.go_on()
    qtbot.waitUntil(early.done, timeout=20_000)
    window.journal_opened(early.result())
    assert window.entry_model.rowCount() == 1
    window.tasks.wait()
    assert window.store.count_entries() == 1  # the untouched new entry was not saved
    close_window(qtbot, window)


def test_smoke_start_paints_the_frame_then_fills_it(journal_dir, tmp_path):
    """The installed tvaers, passphrase from the environment: first the frame, then the filled window."""
    import os
    import subprocess

    from tests.conftest import tvaers_command

    _closed_journal(journal_dir)
    env = dict(os.environ, TVAERS_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([*tvaers_command(), "--data-dir", str(journal_dir), "--lang", "en", "--smoke"],
                          capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().split() == ["painted", "filled"]


def test_closing_before_the_journal_is_open_still_saves_what_was_typed(qtbot, journal_dir):
    """The real start-up path (journal.app): the frame is up, the leader types and closes the
    window before the key is derived; the words are saved once the journal is open."""
    from types import SimpleNamespace

    from PySide6.QtCore import QTimer

    import journal.app as app_module
    from journal import startup
    from journal.platform.paths import JournalPaths
    from journal.store import crypto
    from journal.ui.main_window import MainWindow

    _closed_journal(journal_dir)
    app_module.install_language(app_module.application(), "en")
    keyfile = crypto.KeyFile.read(JournalPaths(journal_dir).key_file)
    session = startup.Startup(journal_dir, None, startup.EarlyOpen(journal_dir, PASSPHRASE, keyfile),
                              passphrase=PASSPHRASE, passphrase_read=True)

    def type_and_close() -> None:
        frame = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        assert frame.opening
        type_text(frame.editor.body, "Lukket for tidligt, men gemt.")
        frame.close()

    QTimer.singleShot(0, type_and_close)
    framed = app_module._open_behind_frame(app_module.application(), SimpleNamespace(smoke=False), session, Settings(), "en")
    assert framed is None  # closed: nothing more to show
    reopened = Store.open(journal_dir, PASSPHRASE)
    try:
        bodies = [reopened.get_entry(e.id).body for e in reopened.list_entries(limit=10)]
    finally:
        reopened.close()
    assert "Lukket for tidligt, men gemt." in bodies
