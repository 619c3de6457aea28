"""The one entry point: the ``tvaers`` command and ``python -m journal`` both come here.

The command line (``journal.cli``) parses the arguments and keeps the error
contract (exit 0/1/2/70, one ``tvaers:`` line); with a sub-command it runs it,
without one it calls back here to start the window (``journal.startup``, then
``journal.app``). So the command line never imports the window, the window never
imports the command line, and this is the only module that knows both.
"""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from journal.cli.main import main as run_command_line

    return run_command_line(argv, start_gui=start_gui)


def start_gui(args) -> int:
    """No sub-command: take the journal lock, start unlocking while Qt loads, then show the window.

    ``tvaers review open PACKAGE`` comes here too (``args.review_package``): the coach's
    window, with no journal, no lock and no passphrase."""
    if getattr(args, "review_package", None):
        from journal.app import run_coach

        return run_coach(args)
    from journal import startup

    session = startup.begin(args)
    from journal.app import run_gui

    return run_gui(args, session)
