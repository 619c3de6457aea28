"""``tvaers review open|show|comment`` (the coach's side, no journal needed) and
``tvaers feedback import`` (the leader's side: the coach's comments come back beside
the entries).

The share password comes from ``--share-password-file``, env ``TVAERS_SHARE_PASSWORD``
or, on a terminal, a prompt without echo; it is never written anywhere.  Nothing of the
package's entries is written in clear: ``review comment`` writes only the encrypted
feedback file.  No widget code here: ``review open`` hands over to the window through
the dispatcher (``journal.launch``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journal.cli.cmd_export import _share_password
from journal.cli.commands import _with_store, local_moment, out, out_json, printable, read_stdin_text
from journal.errors import BadInput
from journal.platform.i18n import tr


def _open_package(args):
    from journal.export import review

    path = Path(args.package)
    data = review.read_bytes(path)
    review.read_sealed(data, path.name, kind="package")  # a foreign file is refused before a password is asked for
    password = _share_password(args, needed=True)
    package, key = review.open_package(data, password, path.name)
    return package, key, password


def cmd_review_show(args) -> int:
    package, _key, _password = _open_package(args)
    if args.json:
        data = package.to_json()
        for item, entry in zip(data["entries"], package.entries):
            item["sha256"] = entry.sha256
        out_json(data)
        return 0
    lines = []
    if package.leader:
        lines += [tr("CLI", "Review package from {name}").format(name=printable(package.leader)), ""]
    for entry in package.entries:
        lines.append(f"## {printable(entry.title)}")
        meta = [entry.uid, local_moment(entry.created, args.lang)]
        if entry.case:
            meta.append(printable(entry.case))
        if entry.tags:
            meta.append(" ".join("#" + printable(t) for t in entry.tags))
        lines += ["_" + " · ".join(meta) + "_", ""]
        if entry.question:
            lines += ["> " + printable(entry.question), ""]
        lines += [printable(entry.body.rstrip("\n"), keep="\n\t"), ""]
        for item in entry.thread:
            lines += [f"**{printable(item.author)}**, {local_moment(item.created, args.lang)}:", "", printable(item.body.rstrip("\n"), keep="\n\t"), ""]
    out("\n".join(lines).rstrip("\n"))
    return 0


def cmd_review_comment(args) -> int:
    from journal.export import review
    from journal.export.writer import write_file

    package, key, password = _open_package(args)
    entry = package.entry(args.entry)
    target = Path(args.out)
    feedback = None
    if target.exists() and not target.is_dir():
        feedback, key = review.open_feedback(review.read_bytes(target), password, target.name, key=key)
        review.check_feedback_matches(feedback, package, target.name)
    body = read_stdin_text()
    feedback = review.add_comment(feedback, package, entry, author=args.author, body=body, anchor=args.anchor)
    write_file(target, review.seal_feedback(feedback, key))
    out(str(target.resolve()))
    return 0


def cmd_review_open(args) -> int:
    start = getattr(args, "_start_gui", None)
    if start is None:
        raise BadInput("The review window is not available here; use 'tvaers review show'.")
    args.review_package = str(Path(args.package).resolve())
    return int(start(args) or 0)


@_with_store(writes=True)
def cmd_feedback_import(args, store) -> int:
    from journal.export import review

    path = Path(args.file)
    data = review.read_bytes(path)
    review.read_sealed(data, path.name, kind="feedback")
    feedback, _key = review.open_feedback(data, _share_password(args, needed=True), path.name)
    result = store.import_feedback(feedback.package_id, [c.to_json() for c in feedback.comments])
    if result.missing:
        n = sum(1 for c in feedback.comments if c.entry in result.missing)
        sys.stderr.write(
            "tvaers: " + tr("CLI", "{n} comments are about reflections no longer in the journal ({ids}); they were left out.").format(
                n=n, ids=", ".join(printable(u) for u in result.missing)
            ) + "\n"
        )
    if not result.attached and not result.already:
        if not feedback.comments:
            raise BadInput("{file} holds no comments; nothing was attached.", file=path.name)
        raise BadInput("None of the comments in {file} could be attached: the reflections they are about are no longer in the journal.", file=path.name)
    if not result.attached:
        sys.stderr.write("tvaers: " + tr("CLI", "All {n} comments in this file were attached before; nothing was added.").format(n=result.already) + "\n")
    out(tr("CLI", "attached {n} comments").format(n=result.attached))
    return 0


def _password_option(p) -> None:
    p.add_argument("--share-password-file", metavar="FILE", help=tr("CLI help", "the share password on the first line of FILE (else env TVAERS_SHARE_PASSWORD, else asked)"))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("review", help=tr("CLI help", "a coach's review package: open it, show it, comment on it (no journal needed)"))
    sub = parser.add_subparsers(dest="review_command", metavar="COMMAND", required=True)

    p = sub.add_parser("open", help=tr("CLI help", "open a review package in the coach's window"))
    p.add_argument("package", metavar="PACKAGE")
    p.add_argument("--feedback", metavar="FILE", help=tr("CLI help", "continue with this feedback file"))
    p.set_defaults(func=cmd_review_open, needs_journal=False)

    p = sub.add_parser("show", help=tr("CLI help", "the reflections of a review package"))
    p.add_argument("package", metavar="PACKAGE")
    p.add_argument("--json", action="store_true")
    _password_option(p)
    p.set_defaults(func=cmd_review_show, needs_journal=False)

    p = sub.add_parser("comment", help=tr("CLI help", "add a comment (Markdown on standard input) to a feedback file"))
    p.add_argument("package", metavar="PACKAGE")
    p.add_argument("--entry", required=True, metavar="ID", help=tr("CLI help", "the reflection's id as 'review show' prints it"))
    p.add_argument("--author", required=True, metavar="NAME", help=tr("CLI help", "your name, as the leader will see it"))
    p.add_argument("--out", required=True, metavar="FEEDBACK", help=tr("CLI help", "the feedback file to write or extend"))
    p.add_argument("--anchor", metavar="PASSAGE", help=tr("CLI help", "the exact passage of the text the comment is about"))
    _password_option(p)
    p.set_defaults(func=cmd_review_comment, needs_journal=False)

    parser = subparsers.add_parser("feedback", help=tr("CLI help", "a coach's feedback file"))
    sub = parser.add_subparsers(dest="feedback_command", metavar="COMMAND", required=True)
    p = sub.add_parser("import", help=tr("CLI help", "attach a coach's feedback file to the reflections it names"))
    p.add_argument("file", metavar="FILE")
    _password_option(p)
    p.set_defaults(func=cmd_feedback_import, needs_journal=True)
