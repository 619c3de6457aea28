"""``tvaers cohort round|contribute|compare``: cohort rounds without the window.

``round`` writes a round file (needs no journal); ``contribute`` applies the automatic marks
only (the review of every mark is in the window, and it says so on stderr), using the people
register kept in the journal, and records the file in the share log; ``compare`` reads
contributions of one round (no journal) and writes HTML or Markdown.  No Qt here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal.cli.commands import _with_store, entry_id, out
from journal.errors import BadInput
from journal.platform.i18n import tr


def cmd_round(args) -> int:
    from journal.cohort.rounds import make_round, questions_from_bank
    from journal.platform.files import write_atomic
    from journal.prompts.catalogue import load_catalogue

    if args.deadline:
        from datetime import date

        try:
            date.fromisoformat(args.deadline)
        except ValueError:
            raise BadInput("'{value}' is not a date. Use the form 2026-12-01.", value=args.deadline) from None
    questions = questions_from_bank(args.prompt, load_catalogue(), _own_prompts(args))
    round_ = make_round(args.title, questions, deadline=args.deadline, note=args.note or "")
    target = Path(args.out)
    _write(target, round_.to_bytes(), write_atomic)
    out(str(target))
    return 0


def _own_prompts(args) -> list:
    """The leader's own questions when a journal is there and opens without asking; else none."""
    from journal.platform.paths import data_dir
    from journal.store import Store

    folder = data_dir(args)
    if not Store.exists(folder) or (Store.needs_passphrase(folder) and not _passphrase_given(args)):
        return []
    from journal.cli.commands import open_store

    store = open_store(args)
    try:
        return store.list_own_prompts()
    finally:
        store.close()


def _passphrase_given(args) -> bool:
    from journal.platform import secrets as secrets_in

    return secrets_in.given(args.passphrase_file, secrets_in.PASSPHRASE_ENV) is not None


def _write(target: Path, data: bytes, write_atomic) -> None:
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise BadInput("Cannot write {path}: {why}", path=str(target), why=exc.strerror or type(exc).__name__) from None


@_with_store(writes=True)
def cmd_contribute(args, store) -> int:
    from journal.cohort.collect import build_draft, entries_by_question, newest_answers, write_contribution
    from journal.cohort.rounds import load_round

    round_ = load_round(args.round)
    if args.entry:
        chosen = entries_by_question(store, round_, [entry_id(e) for e in args.entry])
    else:
        chosen = newest_answers(store, round_)
    if not chosen:
        raise BadInput("You have answered none of the round's questions yet. Answer one first (tvaers add --prompt ID).")
    draft = build_draft(store, round_, chosen)  # placeholders in the answers' own language
    target = Path(args.out)
    write_contribution(store, draft, target)
    sys.stderr.write(
        tr("CLI", "Only the automatic marks were applied. Check every mark in Tværs (Community → Contribute to a round…) before you share the file.") + "\n"
    )
    out(str(target))
    return 0


def cmd_compare(args) -> int:
    from journal.cohort.compare import load, to_html, to_markdown
    from journal.platform.files import write_atomic
    from journal.prompts.catalogue import load_catalogue

    target = Path(args.out)
    suffix = target.suffix.lower()
    if suffix not in (".html", ".htm", ".md", ".markdown"):
        raise BadInput("Give --out a name ending in .html or .md; the ending chooses the format.")
    resolved_out = target.resolve()
    for f in args.files:
        if Path(f).resolve() == resolved_out:
            raise BadInput("--out names one of the files to compare; the files compared are never changed.")
    comparison = load(args.files)
    if comparison.refused:
        path, why = comparison.refused[0]
        raise why
    catalogue = load_catalogue()
    if suffix in (".html", ".htm"):
        text = to_html(comparison, lang=args.lang, catalogue=catalogue)
    else:
        text = to_markdown(comparison, lang=args.lang, catalogue=catalogue)
    _write(target, text.encode("utf-8"), write_atomic)
    out(str(target))
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("cohort", help=tr("CLI help", "cohort rounds: make a round, contribute to one, compare contributions"))
    sub = parser.add_subparsers(dest="cohort_command", metavar="COMMAND", required=True)

    p = sub.add_parser("round", help=tr("CLI help", "write a round file (a facilitator's list of questions)"))
    p.add_argument("--title", required=True)
    p.add_argument("--prompt", nargs="+", required=True, metavar="ID", help=tr("CLI help", "question ids from 'tvaers prompts' (or your own questions)"))
    p.add_argument("--deadline", metavar="DATE")
    p.add_argument("--note", default="", help=tr("CLI help", "a note from the facilitator"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_round)

    p = sub.add_parser("contribute", help=tr("CLI help", "anonymised contribution of your answers to a round (automatic marks only)"))
    p.add_argument("--round", required=True, metavar="FILE")
    p.add_argument("--entry", nargs="+", metavar="ID", help=tr("CLI help", "the entries to contribute (default: the newest answer to each question)"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_contribute)

    p = sub.add_parser("compare", help=tr("CLI help", "side-by-side comparison of contributions of one round (HTML or Markdown by extension)"))
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--out", required=True, metavar="PATH")
    p.set_defaults(func=cmd_compare)
