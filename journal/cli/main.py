"""The ``tvaers`` command: argument parsing and the error contract.

Exit 0 done; 1 a known problem, told in one ``tvaers:`` line on stderr; 2 wrong
usage (argparse); anything else is a bug (70).  This package never imports the
window or Qt's widget module: without a sub-command it calls the ``start_gui``
the dispatcher (``journal.launch``) hands it.
"""

from __future__ import annotations

import argparse
import os
import sys

from journal import __version__
from journal.platform import secrets as secrets_in
from journal.errors import BadInput, KnownError
from journal.platform.i18n import tr

# Sub-command modules beside ``commands``: each has register(subparsers).
COMMAND_MODULES = (
    "journal.cli.cmd_anonymise", "journal.cli.cmd_backup", "journal.cli.cmd_export", "journal.cli.cmd_cohort",
    "journal.cli.cmd_import", "journal.cli.cmd_review",
)

EXIT_KNOWN = 1
EXIT_BUG = 70


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; ``with_commands=False`` (see :func:`_names_a_command`) only the global
    options, which is all a start of the window needs: the sub-commands' modules are not imported."""
    parser = argparse.ArgumentParser(
        prog="tvaers",
        description=tr("CLI help", "Tværs: a private reflection journal. Without a command, the window opens."),
    )
    parser.add_argument("--version", action="version", version=f"tvaers {__version__}", help=tr("CLI help", "print the version and exit"))
    parser.add_argument("--data-dir", metavar="DIR", help=tr("CLI help", "journal folder (default: the platform's app-data folder; env TVAERS_DATA_DIR)"))
    parser.add_argument("--temp-data", action="store_true", help=tr("CLI help", "use a throwaway journal in a temporary folder (demos, tests)"))
    parser.add_argument("--lang", choices=("da", "en"), help=tr("CLI help", "language of messages and exports (default: system locale)"))
    parser.add_argument("--passphrase-file", metavar="FILE", help=tr("CLI help", "read the passphrase from the first line of FILE (else env TVAERS_PASSPHRASE, else ask)"))
    parser.add_argument("--smoke", action="store_true", help=tr("CLI help", "(GUI) open, paint the main window once and quit with 0"))
    parser.set_defaults(func=None, needs_journal=False, command=None)
    if not with_commands:
        return parser
    from journal.cli import commands

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.register(sub)
    for module_name in COMMAND_MODULES:
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as exc:  # pragma: no cover - optional while it is being written
            if exc.name != module_name:
                raise
            continue
        module.register(sub)
    return parser


# Global options that take a value: the word after them is that value, not a command.
_GLOBAL_VALUES = ("--data-dir", "--lang", "--passphrase-file")


def _names_a_command(argv: list[str]) -> bool:
    """Whether ``argv`` holds a word where a sub-command would stand (or asks for help).

    Without one, ``tvaers`` opens the window, and parsing the global options alone spares the
    window's start the import of every sub-command's module. A word there that is no command
    still gets the whole parser, so argparse names the commands in its refusal."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
            continue
        if arg in ("-h", "--help") or arg == "--" or not arg.startswith("-"):
            return True
        takes_value = arg in _GLOBAL_VALUES
    return False


def _language_asked(argv: list[str]) -> str | None:
    """The value of a global ``--lang`` in ``argv`` (the last one, as argparse takes it), read
    before parsing so that help and usage errors are in that language too."""
    asked = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg[7:] if arg.startswith("--lang=") else None
        if value in ("da", "en"):
            asked = value
    return asked


def _refuse_undecodable(argv: list[str]) -> None:
    """Refuse an argument that is not text before anything runs.

    On POSIX, bytes that are not UTF-8 reach Python as lone surrogates
    (surrogateescape); on Windows a broken UTF-16 argument does the same.  They
    cannot be stored, printed or used as a SQLite file name, so they are refused
    here, showing the bad bytes, and nothing is written.
    """
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise BadInput(
                "The argument '{argument}' holds bytes that are not UTF-8 text. Type it again in UTF-8; nothing was changed.",
                argument=_escaped(arg),
            ) from None


def _escaped(arg: str) -> str:
    """An undecodable argument with its bad bytes shown as ``\\xff`` (POSIX) or ``\\udc80`` (Windows)."""
    try:
        return arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return arg.encode("utf-8", "backslashreplace").decode("utf-8")


def main(argv: list[str] | None = None, *, start_gui=None) -> int:
    """Parse, run the sub-command (or ``start_gui(args)`` when there is none), keep the error contract.

    ``start_gui`` is handed in by the dispatcher (``journal.launch``): this package never
    imports the window."""
    secrets_in.take_secrets_from_environment()  # before anything could start a child program
    argv = list(sys.argv[1:] if argv is None else argv)
    from journal.cli import argparse_words
    from journal.platform.i18n import Translator, set_language, system_language

    language = _language_asked(argv) or system_language()
    set_language(language)
    argparse_words.install(language)
    parser = build_parser(with_commands=_names_a_command(argv))
    args = parser.parse_args(argv)
    args.lang_given = args.lang is not None
    args.lang = args.lang or language
    translate = Translator(args.lang)
    try:
        _refuse_undecodable(argv)
        with _throwaway_journal(args):
            if args.func is None:
                if start_gui is None:
                    parser.print_help()
                    return 2
                return int(start_gui(args) or 0)
            args._start_gui = start_gui  # ``review open`` starts the coach's window
            return int(args.func(args) or 0)
    except KnownError as exc:
        _fail(exc.render(translate.error, translate.number))
        return EXIT_KNOWN
    except KeyboardInterrupt:
        _fail(translate("CLI", "Interrupted; nothing more was changed."))
        return EXIT_KNOWN
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush at exit
        except OSError:
            pass
        return 0
    except Exception as exc:  # a bug: say so plainly; the traceback only when asked for
        if os.environ.get("TVAERS_DEBUG"):
            raise
        _fail(
            translate("CLI", "internal error (this is a bug, please report it): {kind}").format(kind=type(exc).__name__)
        )
        return EXIT_BUG


class _throwaway_journal:  # noqa: N801 - used as a context manager, reads as one
    """``--temp-data``: a journal without passphrase in a new temporary folder, for this run
    only (demos, tests); removed afterwards, whatever happened."""

    def __init__(self, args) -> None:
        self.args = args
        self.folder = None

    def __enter__(self):
        if getattr(self.args, "temp_data", False):
            import tempfile

            self.folder = tempfile.mkdtemp(prefix="tvaers-")
            self.args._temp_dir = self.folder
            if self.args.command not in (None, "init", "anonymise"):
                from pathlib import Path

                from journal.store import Store

                Store.create(Path(self.folder) / "journal", None)[0].close()
                self.args._temp_dir = str(Path(self.folder) / "journal")
        return self

    def __exit__(self, *exc) -> None:
        if self.folder is not None:
            import shutil

            shutil.rmtree(self.folder, ignore_errors=True)


def _fail(message: str) -> None:
    """One ``tvaers:`` line; what the user gave (a value quoted in the message) cannot break it or reach the terminal."""
    from journal.cli.commands import printable

    line = printable(" ".join(str(message).split()))
    try:
        sys.stderr.write(f"tvaers: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
