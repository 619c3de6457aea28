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


# --- numbers ----------------------------------------------------------------------------------
# A Danish reader takes "200,000" for two hundred with decimals: amounts are grouped with "." in
# Danish and "," in English, on the command line and in exports (Qt-free) as in the window (QLocale).

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

AMOUNTS = st.integers(min_value=-(10**15), max_value=10**15)


@given(AMOUNTS)
def test_numbers_are_grouped_in_thousands_the_way_each_language_writes_them(n):
    from journal.platform.i18n import spoken_number

    da, en = spoken_number(n, "da"), spoken_number(n, "en")
    assert da.replace(".", "") == en.replace(",", "") == str(n)
    for text, mark in ((da, "."), (en, ",")):
        head, *groups = text.lstrip("-").split(mark)
        assert 1 <= len(head) <= 3 and all(len(group) == 3 for group in groups)


@given(AMOUNTS)
def test_the_command_line_writes_numbers_as_the_window_does(n):
    from PySide6.QtCore import QLocale

    from journal.platform.i18n import spoken_number

    assert spoken_number(n, "da") == QLocale(QLocale.Language.Danish, QLocale.Country.Denmark).toString(n)
    assert spoken_number(n, "en") == QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(n)


def test_an_amount_in_a_message_is_grouped_for_its_reader_but_an_id_is_not():
    from journal.errors import BadInput, Count
    from journal.platform.i18n import Translator

    refused = BadInput("There is no entry {id}.", id=12345)
    assert refused.render() == "There is no entry 12345." and "12345" in refused.render(Translator("da").error, Translator("da").number)
    too_long = BadInput("An answer is longer than {limit} characters; shorten it for the round.", limit=Count(200_000))
    assert too_long.render() == "An answer is longer than 200,000 characters; shorten it for the round."
    da = Translator("da")
    assert too_long.render(da.error, da.number) == "Et svar er længere end 200.000 tegn; gør det kortere til runden."
