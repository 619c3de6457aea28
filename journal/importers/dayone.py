"""Day One's JSON export, alone or in its ZIP (one or several journals, with media folders).

``creationDate`` is UTC; it is shown in the entry's own ``timeZone`` (IANA,
through ``zoneinfo``; ``tzdata`` supplies the zones on Windows), so an entry
written at 00:30 in Copenhagen is kept as 00:30 +01:00 on that day even though
Day One wrote 23:30 Z the day before.  ``text`` is Day One's Markdown with its
backslash escapes undone; photos, audio, video and PDFs are left out and
counted.  The ZIP is read in memory, member by member, within hard limits:
nothing is extracted to disk.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal.errors import BadInput, Count
from journal.importers.base import (
    MAX_TEXT_BYTES,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_TOTAL,
    Options,
    Record,
    Report,
    check_count,
    clean_tags,
    content_key,
    load_json,
    read_bytes,
)

NAME = "dayone"
MEDIA_KEYS = ("photos", "audios", "videos", "pdfAttachments")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<=:])")
_MOMENT_LINK = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/{1,2}[^)\n]*\)\n?")
_RATIO_FROM = 1024 * 1024  # below this, a high ratio is harmless (a small file of spaces)


def detect(path: Path, head: bytes) -> bool:
    if path.is_dir():
        return False
    if head[:4] == b"PK\x03\x04":
        return True
    text = head.decode("utf-8", "ignore")
    return '"entries"' in text and "creationDate" in text


def parse(path: Path, options: Options = Options()) -> Report:
    name = str(path)
    data = read_bytes(path)
    report = Report(NAME, name)
    if data[:4] == b"PK\x03\x04" or path.suffix.lower() == ".zip":
        for member, payload in _json_members(data, name):
            _parse_journal(payload, f"{name}:{member}", report)
    else:
        _parse_journal(data, name, report)
    check_count(len(report.records), name)
    if report.media_skipped:
        report.warn("media", name, None, report.media_skipped)
    return report


def _json_members(data: bytes, name: str):
    """The JSON files of a Day One ZIP, read in memory after every member has passed the limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise BadInput("{file} is not a readable ZIP file (perhaps it is cut short). Nothing was imported.", file=name) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise BadInput("{file} holds {count} files; a Day One export to import holds at most {limit}. Nothing was imported.", file=name, count=Count(len(members)), limit=Count(MAX_ZIP_MEMBERS))
    total = 0
    for info in members:
        _check_member_name(info.filename, name)
        total += info.file_size
    if total > MAX_ZIP_TOTAL:
        raise BadInput(
            "{file} would unpack to {size} MB, more than the {limit} MB an import may read. Nothing was imported.",
            file=name, size=total // (1024 * 1024), limit=MAX_ZIP_TOTAL // (1024 * 1024),
        )
    chosen = [
        info for info in members
        if not info.is_dir() and info.filename.lower().endswith(".json") and not info.filename.startswith("__MACOSX/")
        and len(PurePosixPath(info.filename).parts) == 1
    ]
    if not chosen:
        raise BadInput(
            "{file} is not a Day One export: it holds no journal JSON file at its top level (such as Journal.json). Nothing was imported.",
            file=name,
        )
    found = []
    for info in chosen:
        if info.flag_bits & 0x1:
            raise BadInput("{file}: {member} is encrypted; export from Day One without a password. Nothing was imported.", file=name, member=info.filename)
        if info.file_size > MAX_TEXT_BYTES:
            raise BadInput("{file}: {member} is too big to import ({size} MB). Nothing was imported.", file=name, member=info.filename, size=info.file_size // (1024 * 1024))
        if info.file_size > _RATIO_FROM and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise BadInput(
                "{file}: {member} is compressed {ratio} to 1, which no journal export is; it looks like a ZIP bomb. Nothing was imported.",
                file=name, member=info.filename, ratio=info.file_size // max(info.compress_size, 1),
            )
        try:
            with archive.open(info) as handle:
                payload = handle.read(info.file_size + 1)
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
            raise BadInput("{file}: {member} could not be read ({reason}). Nothing was imported.", file=name, member=info.filename, reason=str(exc)) from None
        if len(payload) > info.file_size:  # the header lied about the size
            raise BadInput("{file}: {member} is larger than the ZIP says; it looks like a ZIP bomb. Nothing was imported.", file=name, member=info.filename)
        found.append((info.filename, payload))
    return found


def _check_member_name(member: str, name: str) -> None:
    parts = member.replace("\\", "/").split("/")
    if member.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", member) or ".." in parts or "\x00" in member:
        raise BadInput(
            "{file} holds a file named {member!r}, which points outside the archive; Day One never writes such names. Nothing was imported.",
            file=name, member=member,
        )


def _parse_journal(payload: bytes, name: str, report: Report) -> None:
    data = load_json(payload, name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise BadInput(
            "{file} is not a Day One export: it should be an object with a list of \"entries\". Nothing was imported.", file=name
        )
    report.files_read += 1
    check_count(len(data["entries"]) + len(report.records), name)
    for number, raw in enumerate(data["entries"], 1):
        record = _record(raw, number, name, report)
        if record is not None:
            report.records.append(record)


def _record(raw, number: int, name: str, report: Report) -> Record | None:
    if not isinstance(raw, dict):
        raise BadInput("{file}, entry {number}, is not an object. Nothing was imported.", file=name, number=number)

    def field(key: str, kind, default):
        value = raw.get(key, default)
        if value is None:
            return default
        if not isinstance(value, kind):
            raise BadInput("{file}, entry {number}: \"{key}\" has the wrong type. Nothing was imported.", file=name, number=number, key=key)
        return value

    uuid = field("uuid", str, "")
    stamp = field("creationDate", str, "")
    zone_name = field("timeZone", str, "")
    text = field("text", str, "")
    rich = field("richText", str, "")
    tags = field("tags", list, [])
    starred = field("starred", bool, False)
    modified = field("modifiedDate", str, "")
    for key in MEDIA_KEYS:
        report.media_skipped += len(field(key, list, []))
    if not all(isinstance(t, str) for t in tags):
        raise BadInput("{file}, entry {number}: \"tags\" should be a list of text. Nothing was imported.", file=name, number=number)
    zone = _zone(zone_name, name, number, report)
    created = _moment(stamp, zone, name, number, "creationDate")
    updated = _moment(modified, zone, name, number, "modifiedDate") if modified else None
    if not text and rich:
        text = _rich_text(rich)
    text = _MOMENT_LINK.sub("", text)
    text = _ESCAPED.sub(r"\1", text).strip("\n")
    title, body = _title(text)
    return Record(
        title=title, body=body, created=created, updated=updated, tags=clean_tags(tags, report, name), starred=starred,
        source_key=f"dayone:{uuid}" if uuid else content_key(created, title, body),
    )


def _zone(zone_name: str, name: str, number: int, report: Report):
    if not zone_name:
        return timezone.utc
    try:
        return ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        report.warn("no_zone", name, None, zone_name)
        return timezone.utc


def _moment(stamp: str, zone, name: str, number: int, key: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        local = moment.astimezone(zone)
        if not 1900 <= local.year <= 2999:
            raise ValueError
    except (ValueError, OverflowError):
        raise BadInput(
            "{file}, entry {number}: \"{key}\" is {value!r}, which is not a possible date. Nothing was imported.",
            file=name, number=number, key=key, value=stamp,
        ) from None
    return local.replace(microsecond=0).isoformat()


def _rich_text(rich: str) -> str:
    """The plain text of Day One's ``richText`` (a JSON document of text runs)."""
    import json

    try:
        document = json.loads(rich)
    except (ValueError, RecursionError):
        return ""
    contents = document.get("contents") if isinstance(document, dict) else None
    if not isinstance(contents, list):
        return ""
    return "".join(part["text"] for part in contents if isinstance(part, dict) and isinstance(part.get("text"), str))


def _title(text: str) -> tuple[str, str]:
    """A first line that is a Markdown heading is the title; otherwise the entry has none of its own."""
    first, _, rest = text.partition("\n")
    match = re.match(r"^#{1,6}\s+(.+?)\s*#*\s*$", first)
    if match:
        return match.group(1), rest.strip("\n")
    return "", text
