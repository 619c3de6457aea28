"""What every importer shares: the plain record, the report, the hard limits and the careful readers.

An importer turns a file (or a folder) into :class:`Record` objects and a
:class:`Report`; nothing is written until the whole source has been read and
checked.  Everything here is Qt-free and touches no journal.

Hard limits are checked in memory before anything is written: the size of a
file, the members of a ZIP (count, names, declared and real sizes, compression
ratio), the nesting depth of JSON, the length of every string and the number of
entries.  Nothing is ever extracted to disk.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from journal.errors import BadInput, Count
from journal.store.limits import MAX_ENTRY_CHARS

MAX_FILE_BYTES = 256 * 1024 * 1024  # one export file (a Day One ZIP with its photos may be big; only JSON is read)
MAX_TEXT_BYTES = 64 * 1024 * 1024  # the JSON or text that is actually parsed
MAX_ZIP_MEMBERS = 100_000
MAX_ZIP_TOTAL = 512 * 1024 * 1024  # declared uncompressed size of all members together
MAX_ZIP_RATIO = 200  # uncompressed/compressed of a member that is read (JSON compresses 5-20×, a bomb 1000×)
MAX_JSON_DEPTH = 32  # Day One nests about 6 deep; jrnl 3
MAX_STRING_CHARS = MAX_ENTRY_CHARS  # no string can be longer than an entry may be
MAX_ENTRIES = 500_000
MAX_TAGS = 200  # per entry
MAX_FILES = 200_000  # files walked in a Markdown folder
FIRST_YEAR, LAST_YEAR = 1900, 2999  # the dates the journal keeps (as ``tvaers add --date``)


@dataclass
class Record:
    """One entry to import, in plain values (the store's ``create_entries`` item)."""

    title: str
    body: str
    created: str  # ISO 8601 local time with its offset, the entry's own
    tags: tuple[str, ...] = ()
    starred: bool = False
    source_key: str = ""
    updated: str | None = None

    def item(self) -> dict:
        data = {
            "title": self.title,
            "body": self.body,
            "created": self.created,
            "tags": list(self.tags),
            "starred": self.starred,
            "source_key": self.source_key,
        }
        if self.updated:
            data["updated"] = self.updated
        return data


@dataclass(frozen=True)
class Warning_:
    """Something left out or guessed, with where it was (file, and line where it helps)."""

    code: str
    file: str
    line: int | None = None
    params: tuple = ()

    def render(self, translate) -> str:
        """The warning in words; ``translate(context, text)`` is the front end's translator."""
        text = warning_text(self.code, translate).format(*self.params)
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {text}"


def warning_text(code: str, tr) -> str:
    texts = {
        "no_date": tr("Import", "no date in the front matter or the file name; the file was not imported"),
        "bad_date": tr("Import", "the date {0!r} in the front matter is not a date; the date in the file name was used"),
        "empty": tr("Import", "the file is empty; it was not imported"),
        "bad_tag": tr("Import", "the tag {0!r} cannot be kept and was left out"),
        "media": tr("Import", "{0} photos, recordings or other attachments are not imported"),
        "no_zone": tr("Import", "the time zone {0!r} is unknown; the time was shown in UTC"),
    }
    return texts.get(code, code)


@dataclass
class Report:
    """What a parse found: the records, what was left out, and why."""

    format: str
    source: str
    records: list[Record] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    media_skipped: int = 0
    files_read: int = 0
    whole: list | None = None  # tvaers-json: every field of each entry, written by store.import_whole_entries

    def warn(self, code: str, file: str, line: int | None = None, *params) -> None:
        self.warnings.append(Warning_(code, file, line, tuple(params)))


@dataclass(frozen=True)
class Options:
    """Choices a user can make about a source (the defaults are each application's own)."""

    zone: tzinfo | None = None  # the zone of naive times (jrnl, Markdown); None: this computer's
    tag_symbols: str = "@"  # jrnl's ``tagsymbols``
    time_format: str | None = None  # jrnl's ``timeformat`` when it is not the default


# --- reading safely ---------------------------------------------------------------


def display_name(path: Path) -> str:
    return str(path)


def read_bytes(path: Path, *, limit: int | None = None) -> bytes:
    """The whole file, refused if it is missing, unreadable, a folder or bigger than ``limit``."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise BadInput("{file} is a folder, not a file. Choose the exported file.", file=display_name(path))
        if size > limit:
            raise BadInput(
                "{file} is too big to import ({size} MB; at most {limit} MB). Nothing was imported.",
                file=display_name(path), size=Count(size // (1024 * 1024)), limit=Count(limit // (1024 * 1024)),
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise BadInput("{file} does not exist. Nothing was imported.", file=display_name(path)) from None
    except OSError as exc:
        raise BadInput("{file} could not be read ({reason}). Nothing was imported.", file=display_name(path), reason=exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise BadInput(
            "{file} is too big to import ({size} MB; at most {limit} MB). Nothing was imported.",
            file=display_name(path), size=Count(len(data) // (1024 * 1024)), limit=Count(limit // (1024 * 1024)),
        )
    return data


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text, with or without a BOM; UTF-16 and Latin-1 are refused with a message that says so."""
    if not data.strip():
        raise BadInput("{file} is empty. Nothing was imported.", file=name)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(data) > 3 and (data[1:2] == b"\x00" or data[0:1] == b"\x00")):
        raise BadInput("{file} is UTF-16 text. Save it as UTF-8 and import it again. Nothing was imported.", file=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadInput(
            "{file}, line {line}, is not UTF-8 text (perhaps Latin-1 or Windows-1252). Save it as UTF-8 and import it again. Nothing was imported.",
            file=name, line=line,
        ) from None
    if "\x00" in text:
        raise BadInput("{file} holds NUL characters and is not a text file. Nothing was imported.", file=name)
    return text


def load_json(data: bytes, name: str):
    """Parsed JSON, within the limits of depth and string length; any fault names the file and line."""
    text = decode_text(data, name)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(
            "{file}, line {line}, is not valid JSON ({reason}); perhaps the file is cut short. Nothing was imported.",
            file=name, line=exc.lineno, reason=exc.msg,
        ) from None
    except RecursionError:  # thousands of open brackets: the parser gives up before we could count
        _too_deep(name)
    _check_shape(value, name)
    return value


def _too_deep(name: str):
    raise BadInput(
        "{file} nests JSON more than {limit} levels deep; no journal export does that. Nothing was imported.",
        file=name, limit=MAX_JSON_DEPTH,
    )


def _check_shape(value, name: str) -> None:
    """Depth and string length of parsed JSON, walked without recursion."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            _too_deep(name)
        if isinstance(item, str):
            if len(item) > MAX_STRING_CHARS:
                raise BadInput(
                    "{file} holds a text of {length} characters; one entry holds at most {limit}. Nothing was imported.",
                    file=name, length=Count(len(item)), limit=Count(MAX_STRING_CHARS),
                )
        elif isinstance(item, dict):
            stack.extend((k, depth) for k in item.keys())
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)


def check_count(count: int, name: str) -> None:
    if count > MAX_ENTRIES:
        raise BadInput(
            "{file} holds {count} entries; one import takes at most {limit}. Nothing was imported.",
            file=name, count=Count(count), limit=Count(MAX_ENTRIES),
        )


# --- dates --------------------------------------------------------------------


def local_iso(naive: datetime, zone: tzinfo | None) -> str:
    """A wall-clock time as written, with the offset ``zone`` (or this computer) had on that date."""
    if not FIRST_YEAR <= naive.year <= LAST_YEAR:
        raise ValueError("year out of range")
    moment = naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()
    return moment.replace(microsecond=0).isoformat()


# --- identity -----------------------------------------------------------------


def content_key(created: str, title: str, body: str) -> str:
    """The source id of an entry that has none of its own: a hash of its date, title and body.

    Normalised so that an export made again (other line endings, trailing
    spaces, composed or decomposed æøå) gives the same key."""

    def norm(text: str) -> str:
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
        return "\n".join(line.rstrip() for line in text.strip().split("\n"))

    moment = created[:16]  # date and wall-clock minute: the offset may differ between machines
    digest = hashlib.sha256("\x1f".join((moment, norm(title), norm(body))).encode("utf-8")).hexdigest()
    return "sha256:" + digest


def clean_tags(raw, report: Report, file: str, line: int | None = None) -> tuple[str, ...]:
    """Tags as the journal keeps them; one it cannot keep is left out with a warning."""
    from journal.store.limits import clean_tag

    kept: list[str] = []
    for tag in raw:
        try:
            name = clean_tag(str(tag))
        except BadInput:
            report.warn("bad_tag", file, line, str(tag))
            continue
        if name and name not in kept:
            kept.append(name)
    return tuple(kept[:MAX_TAGS])
