"""Every user-visible string has a Danish translation, and the shipped .qm is built from the .ts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_danish_catalogue_is_complete_and_qm_is_current():
    assert _tool().problems() == []


def test_strings_are_found_in_every_layer():
    found = _tool().extract()
    assert "Errors" in found and "MainWindow" in found and "CLI" in found
    assert "The passphrase is not right. Check the keyboard layout and Caps Lock, and try again." in found["Errors"]


def test_cli_reads_the_same_catalogue():
    from journal.platform.i18n import Translator

    da = Translator("da")
    assert da.error("There is no entry {id}.") != "There is no entry {id}."
    assert Translator("en").error("There is no entry {id}.") == "There is no entry {id}."


def test_language_from_the_environment(monkeypatch):
    from journal.platform.i18n import system_language

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert system_language() == "en"
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    assert system_language() == "da"
    monkeypatch.setenv("LANG", "C")
    assert system_language() == "da"
