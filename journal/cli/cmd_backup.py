"""``tvaers backup`` / ``restore`` / ``backups``: verified encrypted backups from the command line.

``backup [--out FILE]`` prints the path written; ``restore FILE`` prints ``ok``;
``backups [--json]`` lists the backup folder.  ``restore`` and ``backups`` do not
open the journal through the store, so they work when the journal file itself is
damaged: they only need the key file (or the backup's own) and the passphrase.
No Qt here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journal.platform import secrets as secrets_in
from journal.cli.commands import local_moment, open_store, out, out_json, printable
from journal.platform.paths import data_dir
from journal.errors import KnownError, NotFound
from journal.platform.i18n import number, tr


def cmd_backup(args) -> int:
    from journal.store import backup

    store = open_store(args)
    try:
        target = Path(args.out) if args.out else None
        made = backup.make_backup(store, target, kind="manual")
        if made.path.parent == store.paths.backup_dir:
            backup.prune(store.paths)
    finally:
        store.close()
    out(str(made.path))
    return 0


def cmd_restore(args) -> int:
    from journal.platform.paths import JournalPaths
    from journal.store import backup
    from journal.store.crypto import KeyFile

    paths = JournalPaths(data_dir(args))
    chosen = _backup_file(paths, args.file)
    keys = paths.key_file if paths.key_file.exists() else backup.keys_path_for(chosen)
    needs = True
    if keys.exists():
        try:
            needs = KeyFile.read(keys).needs_passphrase
        except KnownError:
            needs = True
    secret = secrets_in.passphrase(args.passphrase_file, needed=needs)
    with _journal_lock(args, paths):  # never swap the file under the window or a writing command
        backup.restore(paths.root, chosen, passphrase=secret)
    out("ok")
    return 0


def _journal_lock(args, paths):
    from journal.cli.commands import write_lock
    from journal.store.backup import os_error

    from journal.errors import FolderReadOnly

    try:
        return write_lock(args)
    except FolderReadOnly as exc:  # journal.lock cannot be created in a read-only folder
        raise os_error(exc.__cause__, paths.root, restoring=True) from None


def cmd_backups(args) -> int:
    from journal.platform.paths import JournalPaths
    from journal.store import backup
    from journal.store.crypto import KeyFile

    paths = JournalPaths(data_dir(args))
    if not paths.key_file.exists():
        raise NotFound(
            "There is no journal in {path}. Create one with 'tvaers init' or by starting Tværs.", path=str(paths.root)
        )
    keyfile = KeyFile.read(paths.key_file)
    key = keyfile.unlock(secrets_in.passphrase(args.passphrase_file, needed=keyfile.needs_passphrase))
    found = backup.list_backups(paths, key)
    if args.json:
        out_json([b.to_json() for b in found])
        return 0
    kinds = {
        "daily": tr("CLI", "daily"), "session": tr("CLI", "at closing"), "manual": tr("CLI", "made by hand"),
        "damaged": tr("CLI", "damaged journal, kept"), "before-restore": tr("CLI", "before a restore"),
        "before-upgrade": tr("CLI", "before an upgrade"),
    }
    for b in found:
        entries = tr("CLI", "? reflections") if b.entries is None else tr("CLI", "{n} reflections").format(n=number(b.entries))
        when = local_moment(b.created.isoformat(), args.lang)
        out(f"{when}\t{kinds.get(b.kind, b.kind)}\t{readable_size(b.size)}\t{entries}\t{printable(str(b.path))}")
    return 0


def readable_size(size: int) -> str:
    """140 kB, 2.4 MB: decimal units, as a file manager shows them."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB"


def _backup_file(paths, given: str) -> Path:
    """A backup named by path, or by its bare name in the backup folder."""
    path = Path(given).expanduser()
    if path.is_file():
        return path.resolve()
    in_folder = paths.backup_dir / given
    if in_folder.is_file():
        return in_folder
    raise NotFound("There is no backup file {path}. 'tvaers backups' lists them.", path=str(path))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=tr("CLI help", "verified encrypted backup (default: into the backup folder)"))
    p.add_argument("--out", metavar="FILE", help=tr("CLI help", "write the backup to FILE (or into the folder FILE), with its key file beside it (NAME.keys)"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=tr("CLI help", "replace the journal with a verified backup (the current state is backed up first)"))
    p.add_argument("file", metavar="FILE", help=tr("CLI help", "a backup file, or the name of one in the backup folder"))
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("backups", help=tr("CLI help", "list the backups: date, kind, size, entries, file"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups)
