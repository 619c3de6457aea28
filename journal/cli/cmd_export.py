"""``tvaers export`` / ``sharelog``: what leaves the journal and the record of it (the way
back in, ``import --from tvaers-json``, is in ``cmd_import``).

``export`` prints the path written and records the export in the share log; ``sharelog``
lists every export.  No widget code: a PDF export alone imports
QtGui (an offscreen QGuiApplication for Qt's fonts).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.cli.commands import _with_store, checked_date, entry_id, local_moment, out, out_json, printable
from journal.errors import BadInput
from journal.platform.i18n import number, tr

def recipient_word(kind: str) -> str:
    return {"coach": tr("CLI", "for a coach"), "self": tr("CLI", "for myself")}.get(kind) or tr("CLI", "for someone else")


def _share_password(args, *, needed: bool = False) -> str | None:
    """The share password: from ``--share-password-file``; for a review package (``needed``)
    also from env ``TVAERS_SHARE_PASSWORD`` or, on a terminal, asked without echo."""
    from journal.platform import secrets as secrets_in

    if not args.share_password_file:
        if not needed:
            return None
        password = secrets_in.given(None, secrets_in.SHARE_PASSWORD_ENV)
        if password is None and secrets_in.can_ask():
            password = secrets_in.ask(tr("CLI", "Share password: "))
        if password is None:
            raise BadInput("A share password is needed: use --share-password-file FILE or set TVAERS_SHARE_PASSWORD.")
        if not password:
            raise BadInput("The share password is empty.")
        return password
    password = secrets_in.first_line(args.share_password_file)
    if not password:
        raise BadInput("The share password file {path} is empty.", path=args.share_password_file)
    return password


@_with_store(writes=True)
def cmd_export(args, store) -> int:
    from journal.export.document import DEFAULT_PARTS, PARTS, Selection
    from journal.export.writer import ExportRequest, export

    fmt = args.format
    if fmt == "md" and not args.out.lower().endswith(".md"):
        fmt = "md-folder"  # a path without .md names the folder of one file per entry
    parts = set(DEFAULT_PARTS)
    if args.with_comments:
        parts.add("comments")
    for left_out in args.without or ():
        parts.discard(left_out)
    selection = Selection(
        ids=tuple(args.id or ()),
        case_id=args.case,
        tag=args.tag,
        prompt_id=args.prompt,
        date_from=checked_date(args.date_from) if args.date_from else None,
        date_to=checked_date(args.date_to) if args.date_to else None,
        everything=args.all,
    )
    request = ExportRequest(
        selection=selection, fmt=fmt, out=Path(args.out), parts=frozenset(p for p in PARTS if p in parts),
        recipient=args.recipient, lang=args.lang or "da", share_password=_share_password(args, needed=fmt == "review"), title=args.title,
        display_name=args.display_name,
    )
    result = export(store, request)
    out(str(result.path))
    return 0


@_with_store
def cmd_sharelog(args, store) -> int:
    log = store.share_log()
    if args.json:
        out_json(
            [
                {
                    "created": item["created"], "format": item["format"], "entries": item["entries"],
                    "recipient": item["recipient"], "protected": item["protected"], "parts": item["parts"],
                    "sha256": item["sha256"], "file": item["file"],
                }
                for item in log
            ]
        )
        return 0
    if not log:
        import sys

        sys.stderr.write("tvaers: " + tr("CLI", "Nothing has been exported yet.") + "\n")
        return 0
    for item in log:
        n = len(item["entries"])
        count = tr("CLI", "1 reflection") if n == 1 else tr("CLI", "{n} reflections").format(n=number(n))
        recipient = recipient_word(item["recipient"])
        protected = " " + tr("CLI", "(protected)") if item["protected"] else ""
        out(
            f"{local_moment(item['created'], args.lang or 'da')}\t{item['format']}\t{count}\t{recipient}{protected}"
            f"\t{item['sha256']}\t{printable(item['file'])}"
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from journal.export.document import PARTS

    p = sub.add_parser("export", help=tr("CLI help", "export reflections to a file; every export is written to the share log"))
    p.add_argument("--format", required=True, choices=("md", "html", "pdf", "json", "review"), help=tr("CLI help", "md (a .md path: one file; otherwise a folder of one file per reflection), html, pdf, json or review (an encrypted package for a coach)"))
    p.add_argument("--out", required=True, metavar="PATH", help=tr("CLI help", "the file (or, for md, the new folder) to write"))
    p.add_argument("--all", action="store_true", help=tr("CLI help", "every reflection"))
    p.add_argument("--id", nargs="+", type=entry_id, metavar="ID", help=tr("CLI help", "these reflections"))
    p.add_argument("--case", metavar="ID", help=tr("CLI help", "the reflections of one case"))
    p.add_argument("--tag", metavar="T", help=tr("CLI help", "the reflections with this tag"))
    p.add_argument("--prompt", metavar="ID", help=tr("CLI help", "the answers to this question"))
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--recipient", choices=("coach", "self", "other"), default="self", help=tr("CLI help", "who it is for (kept in the share log)"))
    p.add_argument("--share-password-file", metavar="FILE", help=tr("CLI help", "protect the PDF or review package with the password on the first line of FILE; send the password another way than the file"))
    p.add_argument("--without", action="append", choices=[x for x in PARTS if x != "comments"], metavar="PART", help=tr("CLI help", "leave a part out: title, text, question, case, tags, next_steps"))
    p.add_argument("--with-comments", action="store_true", help=tr("CLI help", "include the coach's comments"))
    p.add_argument("--title", help=tr("CLI help", "the title on the first page"))
    p.add_argument("--display-name", metavar="NAME", help=tr("CLI help", "review package: your name as the coach will see it"))
    p.set_defaults(func=cmd_export, needs_journal=True)

    p = sub.add_parser("sharelog", help=tr("CLI help", "every export ever made"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sharelog, needs_journal=True)
