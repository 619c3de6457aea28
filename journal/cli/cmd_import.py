"""``tvaers import --from FORMAT PATH``: bring entries in from jrnl, Day One or a Markdown folder.

The source is read and checked completely first (no journal needed for that);
only then is the journal opened and everything written in one transaction.
Entries already imported (same source id) are skipped.  Prints
``imported N, skipped M duplicates``; warnings (a file without a date, media
left out) go to stderr.  No Qt here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal.cli.commands import disk_trouble_in_command_words, open_store, out, printable, write_lock
from journal.errors import BadInput
from journal.platform.i18n import tr


def cmd_import(args) -> int:
    from journal import importers
    from journal.importers.base import Options
    from journal.platform.i18n import Translator

    options = Options(zone=_zone(args.zone), tag_symbols=args.tag_symbols, time_format=args.time_format)
    report = importers.parse(Path(args.path), args.source_format, options)
    translate = Translator(args.lang)
    lock = write_lock(args)
    try:
        store = open_store(args)
        try:
            with disk_trouble_in_command_words():
                imported, skipped = importers.write(store, report)
        finally:
            store.close()
    finally:
        lock.release()
    for warning in report.warnings:
        _note(translate("CLI", "warning: {warning}").format(warning=warning.render(translate)))
    out(f"imported {imported}, skipped {skipped} duplicates")
    return 0


def _zone(name: str | None):
    if not name:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput("{zone!r} is not a time zone Tværs knows. Use a name such as Europe/Copenhagen.", zone=name) from None


def _note(text: str) -> None:
    try:
        sys.stderr.write(printable(text) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def register(sub: argparse._SubParsersAction) -> None:
    from journal.importers import FORMATS

    p = sub.add_parser("import", help=tr("CLI help", "import entries from jrnl, Day One, a Markdown folder or a Tværs JSON export (all or nothing; duplicates skipped)"))
    p.add_argument("--from", dest="source_format", required=True, choices=(*FORMATS, "auto"), metavar="FORMAT",
                   help=tr("CLI help", "jrnl-json, jrnl-txt, dayone, markdown, or auto to tell from the file"))
    p.add_argument("path", metavar="PATH", help=tr("CLI help", "the exported file, ZIP or folder"))
    p.add_argument("--time-format", metavar="FORMAT", help=tr("CLI help", "jrnl-txt: the journal's timeformat when it is not jrnl's default (e.g. '%%d.%%m.%%Y %%H:%%M')"))
    p.add_argument("--tag-symbols", default="@", metavar="CHARS", help=tr("CLI help", "jrnl: the characters that start a tag (default @)"))
    p.add_argument("--zone", metavar="ZONE", help=tr("CLI help", "the time zone of times written without one (jrnl, Markdown); default this computer's"))
    p.set_defaults(func=cmd_import)
