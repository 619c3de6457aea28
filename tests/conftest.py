"""Test set-up shared by every test: offscreen Qt, throwaway folders, real journals.

``QT_QPA_PLATFORM=offscreen`` is set here, before anything imports Qt.  No test
touches the user's real journal: the data folder, HOME-based config folders and
the temp folder all point into pytest's ``tmp_path``.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

PASSPHRASE = "rigtig hest batteri hæfteklamme"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    """Point every per-user folder at a fresh temp folder for the test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("TVAERS_DATA_DIR", str(home / "default-journal"))
    monkeypatch.delenv("TVAERS_PASSPHRASE", raising=False)
    yield


@pytest.fixture
def journal_dir(tmp_path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def store(journal_dir):
    from journal.store import Store

    opened, _recovery = Store.create(journal_dir, PASSPHRASE)
    yield opened
    opened.close()


def tvaers_command() -> list[str]:
    """The installed ``tvaers`` console script of this interpreter's environment."""
    script = Path(sys.executable).with_name("tvaers.exe" if os.name == "nt" else "tvaers")
    if script.exists():
        return [str(script)]
    found = shutil.which("tvaers")
    if found:
        return [found]
    pytest.fail("the tvaers command is not installed: run the README's test command (pip install -e '.[test]')")


@pytest.fixture
def cli(journal_dir, tmp_path):
    """Run the installed ``tvaers`` on the test journal; returns the CompletedProcess."""

    def run(*args: str, stdin: str | bytes | None = None, passphrase: str | None = PASSPHRASE, env: dict | None = None, data_dir: Path | None = None):
        environment = dict(os.environ)
        environment.pop("TVAERS_PASSPHRASE", None)
        if passphrase is not None:
            environment["TVAERS_PASSPHRASE"] = passphrase
        environment["TMPDIR"] = str(tmp_path / "tmp")
        (tmp_path / "tmp").mkdir(exist_ok=True)
        environment.update(env or {})
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        return subprocess.run(
            [*tvaers_command(), "--data-dir", str(data_dir or journal_dir), "--lang", "en", *args],
            input=data if data is not None else b"",
            capture_output=True,
            env=environment,
            timeout=60,
        )

    return run


def type_text(widget, text: str) -> None:
    """Type like a person, one key event per character (keyClicks aborts on é, –, €)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def unlock(qtbot, window, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the lock page, click Unlock and wait for the key work (off the GUI
    thread) to end: open again, or a problem on the lock page."""
    from PySide6.QtCore import Qt

    page = window.lock_page
    page.passphrase.setText(passphrase)
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.button.isEnabled() or not window.is_locked, timeout=15_000)


def close_window(qtbot, window) -> None:
    """Close the window and wait for the ordered close to end (a backup after changes runs first)."""
    from journal.session import SessionState

    window.close()
    qtbot.waitUntil(lambda: window.session.state is SessionState.LOCKED, timeout=20_000)


@pytest.fixture
def main_window(qtbot, store):
    """The real main window over a real encrypted journal, in English."""
    from journal.app import application, build_window, install_language

    install_language(application(), "en")
    window = build_window(store, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if not window.is_locked:
        window.flush()
    window.tasks.wait()
