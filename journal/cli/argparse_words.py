"""argparse's own words (usage, option headings, error messages) in the command line's language.

argparse looks each of its words up through gettext when it uses them (the
module global ``argparse._``).  Python ships no Danish catalogue for them, so
``install`` points that lookup at ours, for this ``tvaers`` process only.  The
strings below are argparse's own (Python 3.11–3.13), listed with ``tr`` so the
catalogue tool finds them.
"""

from __future__ import annotations

import argparse

from journal.platform.i18n import tr


def _table() -> dict[str, str]:
    words = (
        ("usage: ", tr("argparse", "usage: ")),
        ("positional arguments", tr("argparse", "positional arguments")),
        ("options", tr("argparse", "options")),
        ("show this help message and exit", tr("argparse", "show this help message and exit")),
        ("%(prog)s: error: %(message)s\n", tr("argparse", "%(prog)s: error: %(message)s\n")),
        ("argument %(argument_name)s: %(message)s", tr("argparse", "argument %(argument_name)s: %(message)s")),
        ("invalid choice: %(value)r (choose from %(choices)s)", tr("argparse", "invalid choice: %(value)r (choose from %(choices)s)")),
        ("invalid %(type)s value: %(value)r", tr("argparse", "invalid %(type)s value: %(value)r")),
        ("the following arguments are required: %s", tr("argparse", "the following arguments are required: %s")),
        ("unrecognized arguments: %s", tr("argparse", "unrecognized arguments: %s")),
        ("expected one argument", tr("argparse", "expected one argument")),
        ("expected at most one argument", tr("argparse", "expected at most one argument")),
        ("expected at least one argument", tr("argparse", "expected at least one argument")),
        ("ambiguous option: %(option)s could match %(matches)s", tr("argparse", "ambiguous option: %(option)s could match %(matches)s")),
        ("not allowed with argument %s", tr("argparse", "not allowed with argument %s")),
        ("one of the arguments %s is required", tr("argparse", "one of the arguments %s is required")),
    )
    return {english: translated for english, translated in words if translated != english}


def install(lang: str) -> None:
    """Let argparse speak ``lang`` (nothing to do for English)."""
    if lang == "en":
        return
    table = _table()
    if not table:
        return
    argparse._ = lambda text: table.get(text, text)
    argparse.ngettext = lambda singular, plural, n: table.get(singular if n == 1 else plural, singular if n == 1 else plural)
