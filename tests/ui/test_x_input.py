"""The installed tvaers on a real X server, driven with real keyboard input (xdotool): a leader
answers today's question, searches, locks and unlocks.

Offscreen tests send Qt events straight to widgets; this one goes through the X
server as a leader's keyboard does: focus, shortcuts, the keyboard layout, æ ø å.
It runs where Xvfb and xdotool are installed (.ci/run installs both).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time

import pytest

from tests.conftest import PASSPHRASE, tvaers_command

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool (.ci/run installs them)"),
]

# Lower-case æ, ø, å: xdotool types upper-case letters outside ASCII as lower case on a bare Xvfb keymap.
TEXT = "økonomien ender i adskilte kasser på tværs af forvaltningerne, især i ældreplejen"


@pytest.fixture
def x_display(tmp_path):
    """A private Xvfb screen of 1366×768; its number is found free by Xvfb itself."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def _until(condition, seconds: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)  # polling a condition in another process
    pytest.fail(f"timed out waiting for {what}")


def test_a_leader_answers_todays_question_searches_locks_and_unlocks_with_the_keyboard(cli, journal_dir, tmp_path, x_display):
    assert cli("init").returncode == 0
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", TMPDIR=str(tmp_path))
    env.pop("TVAERS_PASSPHRASE", None)  # typed in the unlock dialog, as a leader does

    def x(*args: str) -> None:
        subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)

    def window_named(name: str) -> bool:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=env, capture_output=True, timeout=30)
        return found.returncode == 0 and bool(found.stdout.strip())

    gui = subprocess.Popen([*tvaers_command(), "--data-dir", str(journal_dir), "--lang", "da"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _until(lambda: window_named("Lås Tværs op"), what="the unlock dialog")
        time.sleep(0.5)  # the dialog takes the keyboard once it is mapped
        x("type", "--delay", "30", PASSPHRASE)
        x("key", "Return")
        _until(lambda: window_named("^Tværs$"), what="the main window")
        time.sleep(1.0)
        # Answer today's question from the prompt panel: the empty journal's "Ny refleksion" has the
        # keyboard, Tab goes on to the panel's "Svar" (tests/ui/test_accessibility.py checks that path
        # offscreen), Space presses it and the keyboard lands in the new reflection, under the question.
        x("key", "Tab")
        time.sleep(0.3)
        x("key", "space")
        time.sleep(0.5)
        x("type", "--delay", "30", TEXT)

        def saved() -> bool:
            listed = cli("list", "--json", passphrase=PASSPHRASE)  # reads run beside the window
            return listed.returncode == 0 and any(e["body"].endswith(TEXT) and e["prompt"] for e in json.loads(listed.stdout))

        _until(saved, what="the autosave")
        x("key", "ctrl+f")
        x("type", "--delay", "30", "adskilte")
        x("key", "Return")
        x("key", "ctrl+l")
        time.sleep(0.5)
        x("type", "--delay", "30", PASSPHRASE)
        x("key", "Return")
        time.sleep(2.5)  # the key is derived off the GUI thread (nothing outside the window shows when it is done)
        x("type", "--delay", "30", " og i ældrerådet")  # the cursor is back where it was: after the found word
        x("key", "ctrl+q")
        gui.wait(timeout=60)
    finally:
        if gui.poll() is None:
            gui.kill()
        gui.communicate(timeout=30)
    assert gui.returncode == 0
    shown = json.loads(cli("show", "1", "--json").stdout)
    question = next(p for p in json.loads(cli("prompts", "--json").stdout) if p["id"] == shown["prompt"])
    # The reflection answers today's question, quoted at the top, with the typed text under it.
    # Enter on the search opened it at the found word; locking and unlocking kept the cursor there.
    assert shown["body"] == f"> {question['text']['da']}\n\n" + TEXT.replace("adskilte", "adskilte og i ældrerådet", 1)
