"""The headless sub-commands of ``tvaers``. No Qt widgets are imported here (CLI.md)."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from contextlib import contextmanager
from datetime import datetime

from journal.platform import secrets as secrets_in
from journal.errors import BadInput, KnownError, NotFound, StorageFull
from journal.platform.i18n import spoken_moment as local_moment, tr
from journal.platform.paths import data_dir


# --- shared plumbing --------------------------------------------------------------


def open_store(args):
    from journal.store import Store

    folder = data_dir(args)
    if not Store.exists(folder):
        raise KnownError(
            "There is no journal in {path}. Create one with 'tvaers init' or by starting Tværs.", path=str(folder)
        )
    needs = Store.needs_passphrase(folder)
    return Store.open(folder, secrets_in.passphrase(args.passphrase_file, needed=needs))


def out(text: str = "") -> None:
    stream = sys.stdout
    data = (text + "\n").encode("utf-8")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(data)
        buffer.flush()
    else:  # pragma: no cover - captured streams
        stream.write(text + "\n")


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str, keep: str = "") -> str:
    """User text made safe for a terminal line: control characters shown escaped (``\\n``, ``\\x1b``).

    C0 and C1 controls, DEL, the Unicode line and paragraph separators and the
    bidirectional overrides could forge lines, move the cursor or reorder what is
    shown; human output passes titles, tags and names through here (JSON output
    stays exact).  ``keep`` names characters that may stay (a body keeps ``\\n``).
    """
    return "".join(ch if ch in keep or not _is_control(ch) else _escape(ch) for ch in text)


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI_CONTROLS


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def out_json(value) -> None:
    out(json.dumps(value, ensure_ascii=False, indent=2))


def read_stdin_text() -> str:
    raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput("The text on standard input is not UTF-8.") from None


MAX_ID_DIGITS = 18  # SQLite's integers end at 19 digits; no journal gets near


def entry_id(value: str) -> int:
    """An entry id as ``list`` prints it: ASCII digits only (``int`` would also take ``+1``, ``1_0``, ``١``)."""
    if not (value.isascii() and value.isdigit()):
        raise BadInput("{id!r} is not an entry id. Ids are whole numbers written with the digits 0-9, as 'tvaers list' shows them.", id=value)
    if len(value) > MAX_ID_DIGITS:
        raise NotFound("There is no entry {id}.", id=value)
    return int(value)


FIRST_YEAR, LAST_YEAR = 1900, 2999  # far from the ends of Python's dates, so no time zone can overflow


def parse_moment(value: str) -> str:
    """A user's ``--date``: a date or date-time, naive means local time. Returns ISO local with offset."""
    from journal.store.moments import iso_local

    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadInput("'{value}' is not a date. Use the form 2025-03-05 or 2025-03-05T14:30.", value=value) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return iso_local(moment)


def checked_date(value: str) -> str:
    """A ``--date``/``--from``/``--to`` the journal can keep and compare: a valid date from 1900 to 2999."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value  # the store says what is wrong with it
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise BadInput("'{value}' is outside the dates Tværs keeps. Use a date from 1900 to 2999.", value=value)
    return value


WRITE_LOCK_WAIT = 3.0  # seconds a writing command waits for the window or another command


def write_lock(args):
    """The journal's one-writer lock, taken for a command that writes (waits briefly)."""
    from journal.platform.lock import JournalLock
    from journal.platform.paths import JournalPaths

    return JournalLock(JournalPaths(data_dir(args)).lock_file).acquire(WRITE_LOCK_WAIT)


@contextmanager
def disk_trouble_in_command_words():
    """The store words a full or failing disk for the window ("your text is kept in the
    window"); a command has no window, so it says what happened to the command instead."""
    try:
        yield
    except StorageFull:
        raise StorageFull(
            "The disk is full or could not be written, so nothing was saved. Free some space (or check the disk) and run the command again."
        ) from None


def _with_store(func=None, *, writes: bool = False):
    """Run ``func(args, store)`` on the open journal and close it afterwards.

    A command that writes first takes the journal lock, so it never writes while
    the Tværs window has the journal open; reads run beside the window.
    """

    def wrap(inner):
        def run(args) -> int:
            lock = write_lock(args) if writes else None
            try:
                store = open_store(args)
                try:
                    with disk_trouble_in_command_words():
                        return inner(args, store) or 0
                finally:
                    store.close()
            finally:
                if lock is not None:
                    lock.release()

        run.__name__ = inner.__name__
        return run

    return wrap(func) if func is not None else wrap


# --- commands ----------------------------------------------------------------------


def cmd_init(args) -> int:
    from journal.store import Store

    folder = data_dir(args)
    Store.check_new_folder(folder)  # before the lock file is made in it
    if args.no_passphrase:
        secret = None
    else:
        secret = secrets_in.given(args.passphrase_file, secrets_in.PASSPHRASE_ENV)
        if secret is None:
            secret = secrets_in.new_passphrase(None, env=secrets_in.PASSPHRASE_ENV, prompt=tr("CLI", "Choose a passphrase: "))
        if not secret:
            raise BadInput("The passphrase is empty. Choose one, or use --no-passphrase explicitly.")
    with write_lock(args), disk_trouble_in_command_words():
        store, recovery = Store.create(folder, secret)
        store.close()
    out(recovery)  # stdout holds the key alone, for scripts; what it is goes to stderr, for people
    _note(tr("CLI", "That is your recovery key. It opens the journal if you forget the passphrase, and it is shown only now: print it or write it down, and keep it away from this computer."))
    return 0


def _note(text: str) -> None:
    """A line for the person at the terminal (stderr), in their language; not an error."""
    sys.stderr.write(text + "\n")


@_with_store(writes=True)
def cmd_add(args, store) -> int:

    body = read_stdin_text()
    if not body.strip():
        raise BadInput("There is no text to add: standard input was empty. Pipe the reflection in, e.g. echo \"…\" | tvaers add.")
    title = args.title or ""
    if args.title_file:
        title = secrets_in.first_line(args.title_file).strip()
    elif args.title_from_heading:
        title, body = _heading_as_title(body)
    created = parse_moment(checked_date(args.date)) if args.date else None
    changes = store.create_entry(body, title=title, case_id=args.case, prompt_id=args.prompt, tags=args.tag or (), created=created)
    out(str(changes.ids[0]))
    return 0


def _heading_as_title(body: str) -> tuple[str, str]:
    """``# Title`` on the first non-empty line of the body → (title, the body after it, blank lines dropped)."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("# ") or stripped == "#":
            rest = lines[i + 1 :]
            while rest and not rest[0].strip():
                rest = rest[1:]
            return stripped[1:].strip(), "\n".join(rest)
        break
    raise BadInput("--title-from-heading needs a '# Title' line at the start of the text on standard input.")


@_with_store
def cmd_list(args, store) -> int:
    date_from = checked_date(args.date_from) if args.date_from else None
    date_to = checked_date(args.date_to) if args.date_to else None
    if args.case is not None and args.case not in {c.id for c in store.list_cases(include_archived=True)}:
        raise NotFound("There is no case '{id}'. See 'tvaers cases' for the case ids.", id=args.case)
    if args.tag is not None and not store.has_tag(args.tag):
        raise NotFound("No reflection has the tag '{tag}'.", tag=args.tag)
    summaries = store.list_entries(limit=args.limit, case_id=args.case, tag=args.tag, date_from=date_from, date_to=date_to)
    if args.json:
        out_json([e.to_json() for e in store.get_entries([s.id for s in summaries])])
        return 0
    for line in list_lines(summaries):
        out(line)
    return 0


def list_lines(summaries) -> list[str]:
    """``list`` for people: one line per entry, id, local time and title (escaped)."""
    return [f"{s.id}\t{s.created[:16].replace('T', ' ')}\t{printable(s.title)}" for s in summaries]


@_with_store
def cmd_search(args, store) -> int:
    hits = store.search(args.query, limit=args.limit)
    if args.json:
        out_json([h.to_json() for h in hits])
        return 0
    if not hits:
        _note(tr("CLI", "Nothing found."))
    for line in search_lines(hits):
        out(line)
    return 0


def search_lines(hits) -> list[str]:
    """``search`` for people: one line per hit, id, day, title (or the snippet's start) and snippet, escaped."""
    from journal.store.records import HIT_END, HIT_START

    lines = []
    for hit in hits:
        snippet = printable(" ".join(hit.snippet.split()).replace(HIT_START, "[").replace(HIT_END, "]"))
        if hit.in_comment:
            snippet = tr("CLI", "(coach comment)") + " " + snippet
        lines.append(f"{hit.entry.id}\t{hit.entry.created[:10]}\t{printable(hit.entry.title) or snippet[:60]}\t{snippet}")
    return lines


@_with_store
def cmd_show(args, store) -> int:
    entry = store.get_entry(entry_id(args.id))
    if args.json:
        out_json(entry.to_json())
        return 0
    from journal.platform.i18n import Translator

    tr = Translator(args.lang)
    lines = []
    if entry.title:
        lines += [f"# {printable(entry.title)}", ""]
    meta = [local_moment(entry.created, args.lang)]
    if entry.tags:
        meta.append(" ".join("#" + printable(t) for t in entry.tags))
    lines += ["_" + " · ".join(meta) + "_", "", printable(entry.body.rstrip("\n"), keep="\n\t")]
    if entry.comments:
        lines += ["", "## " + tr("CLI", "Coach comments")]
        for c in entry.comments:
            lines += ["", f"**{printable(c.author)}**, {local_moment(c.created, args.lang)}:"]
            if c.anchor:
                lines += ["", "> »" + printable(c.anchor) + "«"]
            lines += ["", printable(c.body.rstrip("\n"), keep="\n\t")]
    out("\n".join(lines))
    return 0


@_with_store
def cmd_info(args, store) -> int:
    info = store.info()
    if info.hidden_saves:  # a warning, not a failure: what is shown is true, only not all of it
        notice = tr("CLI", "The journal folder is read-only: up to {n} recent saves are not visible until it is writable.")
        sys.stderr.write("tvaers: " + notice.format(n=info.hidden_saves) + "\n")
    if args.json:
        out_json(info.to_json())
        return 0
    labels = {
        "data_dir": tr("CLI", "Journal folder"),
        "database": tr("CLI", "Journal file"),
        "key_file": tr("CLI", "Key file"),
        "backup_dir": tr("CLI", "Backups"),
        "entries": tr("CLI", "Reflections"),
        "schema_version": tr("CLI", "Schema version"),
        "app_version": tr("CLI", "Tværs version"),
        "passphrase": tr("CLI", "Protected by a passphrase"),
        "read_only": tr("CLI", "Read-only"),
        "hidden_saves": tr("CLI", "Recent saves not visible"),
    }
    yes, no = tr("CLI", "yes"), tr("CLI", "no")
    for key, value in info.to_json().items():
        shown = (yes if value else no) if isinstance(value, bool) else str(value)
        out(f"{labels.get(key, key)}: {printable(shown)}")
    return 0


@_with_store
def cmd_check(args, store) -> int:
    problems = store.integrity_check()
    if problems:
        raise KnownError(
            "The journal is damaged ({problem}). Restore the newest backup with 'tvaers restore'.",
            problem=problems[0][:200],
        )
    out("ok")
    return 0


@_with_store(writes=True)
def cmd_passwd(args, store) -> int:
    if args.no_passphrase:
        store.change_passphrase(None)
    else:
        store.change_passphrase(secrets_in.new_passphrase(args.new_passphrase_file))
    out("ok")
    return 0


def cmd_recover(args) -> int:
    from journal.store import Store

    key = secrets_in.given(args.recovery_key_file, secrets_in.RECOVERY_ENV)
    if key is None:
        if not secrets_in.can_ask():
            raise KnownError("The recovery key is needed: use --recovery-key-file FILE or set TVAERS_RECOVERY_KEY.")
        key = secrets_in.ask(tr("CLI", "Recovery key: "))
    with write_lock(args):
        store = Store.open(data_dir(args), recovery_key=key)
        try:
            with disk_trouble_in_command_words():
                store.change_passphrase(secrets_in.new_passphrase(args.new_passphrase_file))
        finally:
            store.close()
    out("ok")
    return 0


def cmd_prompts(args) -> int:
    from journal.prompts.catalogue import load_catalogue

    catalogue = load_catalogue()
    prompts = list(catalogue.prompts)
    if args.theme:
        wanted = args.theme.casefold().strip()
        # a theme by its id or by its name in either language ("Fair proces" as well as fair-proces)
        theme = next((t.id for t in catalogue.themes if wanted in (t.id, t.name("da").casefold(), t.name("en").casefold())), None)
        if theme is None:
            known = {t.id for t in catalogue.themes}
            raise NotFound("There is no theme '{theme}'. Themes: {themes}.", theme=args.theme, themes=", ".join(sorted(known)))
        prompts = [p for p in prompts if p.theme == theme]
    if args.json:
        out_json([p.to_json() for p in prompts])
        return 0
    for prompt in prompts:
        out(f"{prompt.id}\t{prompt.theme}\t{printable(prompt.text(args.lang))}")
    return 0


def _own_cases(args) -> list:
    """The leader's own cases when the journal can be opened without asking; else none, said on stderr."""
    from journal.store import Store

    folder = data_dir(args)
    if not Store.exists(folder):
        return []
    try:
        store = open_store(args)
    except KnownError as exc:
        from journal.platform.i18n import Translator

        tr = Translator(args.lang)
        sys.stderr.write("tvaers: " + tr("CLI", "only the published cases are shown") + f" ({exc.render(tr.error, tr.number)})\n")
        return []
    try:
        return [c for c in store.list_cases(include_archived=True) if not c.published]
    finally:
        store.close()


def cmd_cases(args) -> int:
    from journal.prompts.catalogue import load_catalogue

    cards = [
        {
            "id": c.id,
            "name": c.name(args.lang),
            "description": c.summary(args.lang),
            "published": True,
            "archived": False,
            "prompts": list(c.prompts),
        }
        for c in load_catalogue().cases
    ]
    own = [dict(c.to_json(), prompts=[]) for c in _own_cases(args)]
    if args.json:
        out_json(cards + own)
        return 0
    for case in cards + own:
        mark = "*" if case["published"] else " "
        out(f"{case['id']}\t{mark}\t{printable(case['name'])}")
    return 0


def count(text: str) -> int:
    """A --limit: a whole number from 1 to 1,000,000 (argparse turns a bad one into exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("CLI", "{value} is not a whole number").format(value=repr(text))) from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(tr("CLI", "use a number from 1 to 1000000"))
    return value


# --- registration --------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=tr("CLI help", "create a new journal in the data folder"))
    p.add_argument("--no-passphrase", action="store_true", help=tr("CLI help", "store the key unprotected (anyone with the files can read it)"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("add", help=tr("CLI help", "new entry; Markdown body from stdin"))
    titles = p.add_mutually_exclusive_group()
    titles.add_argument("--title", default="", help=tr("CLI help", "the title (visible to other users in the process list while add runs)"))
    titles.add_argument("--title-file", metavar="FILE", help=tr("CLI help", "read the title from the first line of FILE"))
    titles.add_argument("--title-from-heading", action="store_true", help=tr("CLI help", "take the title from a '# Title' first line of the text on stdin"))
    p.add_argument("--case", metavar="ID")
    p.add_argument("--prompt", metavar="ID")
    p.add_argument("--tag", action="append", metavar="T")
    p.add_argument("--date", metavar="ISO")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("list", help=tr("CLI help", "entries, newest first"))
    p.add_argument("--limit", type=count)
    p.add_argument("--case", metavar="ID")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help=tr("CLI help", "full-text search, best first"))
    p.add_argument("query")
    p.add_argument("--limit", type=count, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("show", help=tr("CLI help", "one entry with its coach comments"))
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("prompts", help=tr("CLI help", "the prompt bank"))
    p.add_argument("--theme", metavar="T")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_prompts)

    p = sub.add_parser("cases", help=tr("CLI help", "the case library (published and your own)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("info", help=tr("CLI help", "where things are and what is in them"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help=tr("CLI help", "integrity check of the journal"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passwd", help=tr("CLI help", "change the passphrase"))
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument("--no-passphrase", action="store_true", help=tr("CLI help", "remove the passphrase (not recommended)"))
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help=tr("CLI help", "open with the recovery key and set a new passphrase"))
    p.add_argument("--recovery-key-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_recover)
