"""The installed ``tvaers`` as a GUI process (offscreen): smoke, staying up, one window per journal."""

from __future__ import annotations

import os
import subprocess
import time

import pytest

from tests.conftest import PASSPHRASE, tvaers_command

pytestmark = pytest.mark.gui


def _env(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TVAERS_PASSPHRASE=PASSPHRASE, TMPDIR=str(tmp_path))
    return env


def _start_gui(journal_dir, env):
    return subprocess.Popen(
        [*tvaers_command(), "--data-dir", str(journal_dir), "--lang", "en"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_until_listening(journal_dir, gui, temp_dir, seconds=30.0) -> None:
    """Wait for the condition a second start relies on: the window has the journal and listens
    on its local socket (polled; the window is being built meanwhile)."""
    from PySide6.QtNetwork import QLocalSocket

    from journal.ui.single_instance import server_name

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert gui.poll() is None, gui.stderr.read().decode()
        probe = QLocalSocket()
        name = server_name(journal_dir)  # on POSIX a socket file in the window's temp folder (its TMPDIR)
        probe.connectToServer(name if os.name == "nt" else str(temp_dir / name))
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return
        time.sleep(0.05)
    pytest.fail("the window never started listening for a second start")


def test_smoke_opens_paints_and_exits_zero(cli, journal_dir, tmp_path):
    assert cli("init").returncode == 0
    done = subprocess.run(
        [*tvaers_command(), "--data-dir", str(journal_dir), "--smoke"], env=_env(tmp_path), capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_window_stays_up_and_owns_the_journal(cli, journal_dir, tmp_path):
    assert cli("init").returncode == 0
    env = _env(tmp_path)
    gui = _start_gui(journal_dir, env)
    try:
        _wait_until_listening(journal_dir, gui, tmp_path)

        # a command that writes waits briefly, then says why and changes nothing
        refused = cli("add", stdin="skrevet mens vinduet var åbent")
        assert refused.returncode == 1
        assert refused.stderr.decode().startswith("tvaers: The journal is open in Tværs")
        # reads run beside the window
        assert cli("list").returncode == 0

        # a second window on the same journal brings the first forward and exits
        second = subprocess.run(
            [*tvaers_command(), "--data-dir", str(journal_dir), "--lang", "en"], env=env, capture_output=True, timeout=60
        )
        assert second.returncode == 0
        assert "already open" in second.stderr.decode()
        assert gui.poll() is None
    finally:
        gui.terminate()
        gui.communicate(timeout=30)  # waits and closes the pipes
    assert gui.returncode == 0  # SIGTERM closes the window normally (and saves)
    assert cli("add", stdin="nu er vinduet lukket").returncode == 0


def test_lang_on_the_command_line_applies_to_that_run_only(cli, journal_dir, tmp_path):
    import json

    assert cli("init").returncode == 0
    from journal.platform.paths import JournalPaths

    settings = JournalPaths(journal_dir).settings_file
    settings.write_text(json.dumps({"language": "da"}), "utf-8")
    done = subprocess.run(
        [*tvaers_command(), "--data-dir", str(journal_dir), "--lang", "en", "--smoke"], env=_env(tmp_path), capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(settings.read_text("utf-8"))["language"] == "da"


def test_the_platform_scheme_is_remembered_and_a_wrong_guess_corrected(cli, journal_dir, tmp_path):
    """The first dialog is painted in the scheme found at the last start (asking the platform
    costs start-up time); once up, the platform is asked and the remembered scheme corrected."""
    import json

    assert cli("init").returncode == 0
    from journal.platform.paths import JournalPaths

    settings = JournalPaths(journal_dir).settings_file
    settings.write_text(json.dumps({"system_scheme": "dark"}), "utf-8")  # the offscreen platform has no dark mode
    done = subprocess.run(
        [*tvaers_command(), "--data-dir", str(journal_dir), "--smoke"], env=_env(tmp_path), capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(settings.read_text("utf-8"))["system_scheme"] == "light"
