"""The composition root: QApplication, translators, the journal, and the main window.

Nothing else wires the layers together.  ``run_gui`` is what ``tvaers`` without
a sub-command runs.
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from journal import APP_ID, APP_NAME, ORG_NAME, __version__
from journal.errors import DamagedJournal, KnownError, WrongPassphrase
from journal.platform.paths import JournalPaths, resources_dir
from journal.platform.settings import Settings


# While a worker thread computes (a page of the list, a search), the GUI thread gets the
# interpreter back within this many seconds of asking for it, not Python's default 5 ms: every
# event with a Python handler asks once, so at 5 ms a busy worker made the window miss frames.
GUI_SWITCH_INTERVAL = 0.001


def settle_after_start() -> None:
    """Once the window is up: what start-up made (modules, classes, the window's widgets) lives as
    long as the process, so it leaves the garbage collector's full scans, which otherwise stalled
    the window for 30–50 ms now and then (a full scan of some 70,000 objects). Objects frozen here
    are still freed when nothing refers to them; only a reference cycle among them would stay."""
    import gc

    gc.freeze()


def application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from journal.ui import icon

    icon.install(app)
    return app


_translators: list[QTranslator] = []


def install_language(app: QApplication, lang: str) -> None:
    """Our catalogue and Qt's own (buttons of standard dialogs), and the matching QLocale."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if lang == "da":
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / "tvaers_da.qm")):
            app.installTranslator(ours)
            _translators.append(ours)
        qt = QTranslator(app)
        if qt.load("qtbase_da", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
    else:
        system = QLocale.system()
        if system.language() == QLocale.Language.English:
            QLocale.setDefault(system)
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


class _PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose files only their owner can read (0600), like everything Tværs writes."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a log written by an older version was 0644
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(paths: JournalPaths) -> None:
    """A small rotating log of events and bugs. It never holds journal text.

    ``logs/`` is Tværs's own folder inside the journal folder: owner-only (0700).
    """
    from journal.platform.paths import make_private_folder

    logger = logging.getLogger("tvaers")
    if logger.handlers:
        return
    try:
        if not make_private_folder(paths.log_dir):
            paths.log_dir.chmod(0o700)  # ours, perhaps made 0755 by an older version
        handler = _PrivateLogHandler(paths.log_dir / "tvaers.log", maxBytes=256_000, backupCount=3, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def open_or_create(folder: Path, lang: str, given_passphrase: str | None, parent=None, early=None):
    """Open the journal in ``folder`` (asking for the passphrase) or create it (first start).

    ``early`` is a journal already being opened on a thread (``journal.startup``).
    Returns ``(store, language)``, or ``None`` when the user cancels.  While a dialog
    waits for the leader, SQLAlchemy is imported on a thread and the window's modules
    are loaded between keystrokes, so the dialog appears sooner and the window follows
    sooner after it.
    """
    if early is not None:
        try:
            return early.result(), lang
        except WrongPassphrase:
            given_passphrase = None  # ask, as if nothing had been given
        except DamagedJournal:
            pass  # opened again below, where the newest verified backup is offered
    from journal.store import crypto
    from journal.ui import messages
    from journal.ui.dialogs.unlock import RECOVER, UnlockDialog

    paths = JournalPaths(folder)
    if not paths.exists():
        return _first_start(folder, lang, parent)
    if not crypto.KeyFile.read(paths.key_file).needs_passphrase:
        return _with_language(_open_or_restore(folder, None, parent), lang)
    if given_passphrase is not None:
        return _with_language(_open_or_restore(folder, given_passphrase, parent), lang)
    _prepare_meanwhile()
    message = ""
    while True:
        secret = UnlockDialog.ask(message, parent)
        if secret is None:
            return None
        from journal.store import Store

        try:
            if secret is RECOVER:
                from journal.ui.dialogs.passphrase import PassphraseDialog

                answer = PassphraseDialog.ask(recovery=True, parent=parent)
                if answer is None:
                    continue
                store = Store.open(folder, recovery_key=answer.current)
                store.change_passphrase(answer.new)
                return store, lang
            return _with_language(_open_or_restore(folder, secret, parent), lang)
        except WrongPassphrase as exc:
            message = messages.error_text(exc)


def _open_or_restore(folder: Path, passphrase: str | None, parent):
    """``Store.open``; a damaged journal file makes the leader an offer of the newest verified backup.

    Returns ``None`` when the leader declines (nothing was written). Without a
    backup to offer, the ``DamagedJournal`` goes on to be shown as it is.
    """
    from journal.store import Store
    from journal.ui.care import restore_unopened

    try:
        return Store.open(folder, passphrase)
    except DamagedJournal as exc:
        if "backup" not in exc.params:
            raise
        if not restore_unopened(folder, exc, passphrase, parent):
            return None
    return Store.open(folder, passphrase)


def _with_language(store, lang: str):
    return None if store is None else (store, lang)


def _first_start(folder: Path, lang: str, parent):
    from journal.ui.dialogs.first_run import FirstRunDialog
    from journal.ui.dialogs.recovery_key import RecoveryKeyDialog

    _prepare_meanwhile()
    choice = FirstRunDialog.ask(lang, str(folder), parent)
    if choice is None:
        return None
    if choice.language != lang:
        install_language(QApplication.instance(), choice.language)
    if Path(choice.folder).resolve() != Path(folder).resolve():
        from journal.platform.paths import remember_data_dir

        folder = Path(choice.folder)
        remember_data_dir(folder)
    from journal.store import Store

    store, recovery = Store.create(folder, choice.passphrase)
    RecoveryKeyDialog.ask(recovery, parent)
    return store, choice.language


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, just after the first paint of the next window shown (the unlock or
    first-start dialog), so the work it starts does not hold back what the leader sees first."""

    def __init__(self, app: QApplication, then) -> None:
        super().__init__(app)
        self._app, self._then = app, then
        app.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if self._then is not None and event.type() == QEvent.Type.Paint:
            then, self._then = self._then, None
            QTimer.singleShot(0, self._done)
            QTimer.singleShot(0, then)
        return False

    def _done(self) -> None:
        self._app.removeEventFilter(self)
        self.deleteLater()


def _prepare_meanwhile() -> None:
    """While a dialog waits for the leader, once it has painted: SQLAlchemy on a thread and the
    window's modules on the GUI thread, between keystrokes. Started before the first paint, both
    held the dialog back by some 300 ms (the import thread holds the interpreter, the window's
    modules take the GUI thread)."""

    def start() -> None:
        from journal import startup

        startup.import_store_meanwhile()
        QTimer.singleShot(0, prepare_window)

    _AfterFirstPaint(QApplication.instance(), start)


def prepare_window() -> None:
    """Import the window's modules and load the content while the journal is still opening.

    Called on the GUI thread while ``journal.startup`` derives the key on another
    thread; ``build_window`` then finds all of it done.
    """
    from journal.prompts.catalogue import load_catalogue
    from journal.ui import main_window, theme  # noqa: F401

    load_catalogue()
    if theme.installed() is not None:
        theme.installed().confirm()  # the dialog was painted in the scheme of the last start


def build_window(store, lang: str, settings: Settings | None = None, *, care: bool = True, first_start: bool = False):
    """The main window on an open journal. ``care=False`` (``--smoke``) skips the start-up
    integrity check and the daily backup, so a smoke test leaves no backups behind;
    ``first_start`` (the journal was just created) shows the tour once the window is up."""
    from journal.prompts.catalogue import load_catalogue
    from journal.prompts.content import Content
    from journal.ui.main_window import MainWindow

    settings_path = store.paths.settings_file
    settings = settings or Settings.load(settings_path)
    window = MainWindow(store, Content(load_catalogue(), lang), settings, settings_path=settings_path, care=care)
    if first_start:
        QTimer.singleShot(0, window.start_tour)
    return window


class _FirstPaint(QObject):
    """``--smoke``: writes "painted" to stdout at the window's first paint (the benchmark times the
    start to this line) and quits; with ``quit=False`` it waits for :meth:`then` (the instant
    window: the frame paints first, the journal is opened behind it)."""

    def __init__(self, app: QApplication, quit: bool = True) -> None:
        super().__init__(app)
        self._app = app
        self._lines = ["painted"]
        self._quit = quit

    def then(self, line: str) -> None:
        """Write ``line`` at the next paint, then quit."""
        self._lines.append(line)
        self._quit = True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._lines:
            sys.stdout.write("\n".join(self._lines) + "\n")
            sys.stdout.flush()
            self._lines = []
            if self._quit:
                self._quit = False
                QTimer.singleShot(0, self._app.quit)
        return False


class _GoOnWhenPainted(QObject):
    """Lets the journal's opening go on (SQLAlchemy, the store) once the frame has painted."""

    def __init__(self, window, early) -> None:
        super().__init__(window)
        self._early = early

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._early is not None:
            self._early.go_on()
            self._early = None
        return False


def build_frame(folder: Path, lang: str, settings: Settings, seed: str, *, care: bool = True):
    """The main window before its journal is open (the instant window): panels, today's question
    and a new reflection to type in; ``MainWindow.journal_opened`` fills the rest."""
    from journal.prompts.catalogue import load_catalogue
    from journal.prompts.content import Content
    from journal.ui.main_window import MainWindow

    settings_path = JournalPaths(folder).settings_file
    return MainWindow(None, Content(load_catalogue(), lang), settings, settings_path=settings_path, care=care, data_dir=folder, seed=seed)


def _wait_for(early, window) -> bool:
    """Run the event loop (the frame paints and takes typing) until the journal opening on a
    thread is done. False when the leader closed the window meanwhile."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: (early.done() or not window.isVisible()) and loop.quit())
    poll.start()
    if not early.done():
        loop.exec()
    poll.stop()
    return window.isVisible()


def _open_behind_frame(app: QApplication, args, session, settings: Settings, lang: str):
    """Paint the window first, open the journal behind it; ``(window, store)``, ``(None, None)``
    when opening needs a dialog after all (a wrong or missing passphrase, a damaged journal:
    ``open_or_create`` then asks, as in the usual start), or ``None`` when the leader closed the
    window before the journal was open."""
    window = build_frame(session.folder, lang, settings, session.early.seed, care=not args.smoke)
    if args.smoke:
        window.first_paint = _FirstPaint(app, quit=False)
        window.installEventFilter(window.first_paint)
    window.installEventFilter(_GoOnWhenPainted(window, session.early))
    window.show()
    window.raise_()
    window.activateWindow()
    if not _wait_for(session.early, window):
        try:
            store = session.early.result()
        except BaseException:
            return None
        window.journal_opened(store)  # what was typed before the window was closed is saved now,
        window.close_now()  # in the ordered close (save, backup, close)
        return None
    try:
        store = session.early.result()
    except BaseException:
        window.hide()
        window._shut_down()
        window.deleteLater()
        return None, None
    return window, store


def run_gui(args, session=None) -> int:
    """The window on the journal of ``args``; ``session`` comes from ``journal.startup.begin``."""
    from journal import startup
    from journal.platform import secrets as secrets_in
    from journal.errors import JournalLocked
    from journal.ui import crash, messages

    session = session or startup.begin(args)
    folder = session.folder
    paths = JournalPaths(folder)
    settings = Settings.load(paths.settings_file)
    lang = args.lang if getattr(args, "lang_given", True) or not settings.language else settings.language
    app = application()
    crash.install()
    install_language(app, lang)
    from journal.ui import theme

    theme.install(app, settings.theme, settings.system_scheme)
    harden_process()
    if session.busy:
        from journal.ui.single_instance import ask_running_window_to_raise  # QtNetwork: only when needed

        if ask_running_window_to_raise(folder):
            from PySide6.QtCore import QCoreApplication

            text = QCoreApplication.translate("CLI", "Tværs is already open on this journal; its window was brought to the front.")
            sys.stderr.write(f"tvaers: {text}\n")
            return 0
        messages.show_error(None, JournalLocked("This journal is already open in another Tværs window. Switch to it, or close it first."))
        return 1
    if getattr(args, "temp_data", False) and not paths.exists():
        from journal.store import Store

        Store.create(folder, None)[0].close()
    first_start = not paths.exists()  # open_or_create below creates it (the first-start dialog)
    window = store = None
    if session.early is not None:
        framed = _open_behind_frame(app, args, session, settings, lang)
        if framed is None:
            return 0  # closed before the journal was open: nothing was typed into it yet that could be saved
        window, store = framed
    if window is None:
        if session.early is not None:
            prepare_window()
        try:
            if session.passphrase_read:
                given = session.passphrase  # read once, when the start-up began
            else:
                given = secrets_in.given(args.passphrase_file, secrets_in.PASSPHRASE_ENV)
            opened = open_or_create(folder, lang, given, early=session.early)
        except KnownError as exc:
            messages.show_error(None, exc)
            return 1
        if opened is None:
            return 0
        store, lang = opened
    setup_logging(paths)
    # The language is remembered when the leader chose it (first start) or nothing is remembered yet;
    # --lang applies to this run only, and Settings is where the choice is changed for good.
    remember = first_start or not (settings.language or getattr(args, "lang_given", False))
    theme.installed().confirm()
    scheme = theme.system_scheme()
    if (remember and settings.language != lang) or settings.system_scheme != scheme:
        if remember:
            settings.language = lang
        settings.system_scheme = scheme
        try:
            settings.save(paths.settings_file)
        except OSError:
            pass
    if window is not None:
        window.journal_opened(store)
        if args.smoke:
            window.first_paint.then("filled")  # quits once the filled window has painted
            window.update()
    else:
        window = build_window(store, lang, settings, care=not args.smoke, first_start=first_start and not args.smoke)
        if args.smoke:
            window.installEventFilter(_FirstPaint(app))
    window.journal_lock = session.lock
    from journal.ui.single_instance import InstanceServer

    server = InstanceServer(folder, window)
    server.raiseRequested.connect(window.bring_forward)
    _quit_on_terminate(app)
    window.show()
    window.raise_()
    window.activateWindow()  # the keyboard goes to the window (its shortcuts too), not to where the unlock dialog was
    QTimer.singleShot(1000, settle_after_start)
    code = app.exec()
    window.close_now()  # a no-op after a normal close; after SIGTERM the ordered close, waited for
    if session.lock is not None:
        session.lock.release()
    return code


def _quit_on_terminate(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, kill) ends the event loop normally, so the window saves first."""
    import signal

    if not hasattr(signal, "SIGTERM"):
        return
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    if os.name == "posix":
        # Python runs signal handlers only between bytecodes: wake it now and then.
        waker = QTimer(app)
        waker.setInterval(500)
        waker.timeout.connect(lambda: None)
        waker.start()


def harden_process() -> None:
    """No core dumps (they would hold decrypted text); on Linux also no ptrace by other users' tools."""
    _no_core_dumps()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4, value 0
        except (OSError, AttributeError):
            pass


def _no_core_dumps() -> None:
    """A crash must not leave decrypted journal text in a core file."""
    if os.name != "posix":
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass


def run_coach(args) -> int:
    """``tvaers review open PACKAGE``: the coach's window alone — no journal, no lock, no passphrase."""
    from journal.ui import crash
    from journal.ui.review.coach_window import CoachWindow

    app = application()
    crash.install()
    install_language(app, args.lang or "da")
    harden_process()
    window = CoachWindow()
    feedback = getattr(args, "feedback", None)
    window.open_package(Path(args.review_package), Path(feedback) if feedback else None)
    if getattr(args, "smoke", False):
        window.installEventFilter(_FirstPaint(app))
    window.show()
    window.raise_()
    window.activateWindow()
    return app.exec()
