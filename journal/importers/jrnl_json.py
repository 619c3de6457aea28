"""jrnl's JSON export (``jrnl --format json``): title, body, date and time (naive local), tags, starred."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from journal.errors import BadInput
from journal.importers.base import Options, Record, Report, check_count, clean_tags, content_key, load_json, local_iso, read_bytes

NAME = "jrnl-json"


def detect(path: Path, head: bytes) -> bool:
    if path.is_dir() or head[:1] not in (b"{", b"\xef") and not head.lstrip()[:1] == b"{":
        return False
    text = head.decode("utf-8", "ignore")
    return '"entries"' in text and ('"date"' in text or '"time"' in text or '"tags"' in text) and "creationDate" not in text


def parse(path: Path, options: Options = Options()) -> Report:
    name = str(path)
    data = load_json(read_bytes(path), name)
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise BadInput(
            "{file} is not a jrnl JSON export: it should be an object with a list of \"entries\" (made with 'jrnl --format json'). Nothing was imported.",
            file=name,
        )
    entries = data["entries"]
    check_count(len(entries), name)
    report = Report(NAME, name, files_read=1)
    for number, raw in enumerate(entries, 1):
        report.records.append(_record(raw, number, name, options, report))
    return report


def _record(raw, number: int, name: str, options: Options, report: Report) -> Record:
    if not isinstance(raw, dict):
        raise BadInput("{file}, entry {number}, is not an object with a date, a title and a body. Nothing was imported.", file=name, number=number)
    title = _text(raw, "title", number, name)
    body = _text(raw, "body", number, name)
    day = _text(raw, "date", number, name, required=True)
    clock = _text(raw, "time", number, name) or "00:00"
    try:
        moment = datetime.strptime(f"{day.strip()} {clock.strip()}", "%Y-%m-%d %H:%M")
        created = local_iso(moment, options.zone)
    except ValueError:
        raise BadInput(
            "{file}, entry {number}, has the date {date!r}, which is not a possible date and time. Nothing was imported.",
            file=name, number=number, date=f"{day} {clock}",
        ) from None
    raw_tags = raw.get("tags", None)
    if raw_tags is None:
        raw_tags = tags_in_text(f"{title}\n{body}", options.tag_symbols)
    if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
        raise BadInput("{file}, entry {number}: \"tags\" should be a list of text. Nothing was imported.", file=name, number=number)
    symbols = options.tag_symbols
    tags = clean_tags([t[1:] if t[:1] in symbols else t for t in raw_tags], report, name, None)
    starred = raw.get("starred", False)
    if not isinstance(starred, bool):
        raise BadInput("{file}, entry {number}: \"starred\" should be true or false. Nothing was imported.", file=name, number=number)
    body = body.strip("\n")
    return Record(title=title.strip(), body=body, created=created, tags=tags, starred=starred, source_key=content_key(created, title, body))


def _text(raw: dict, key: str, number: int, name: str, *, required: bool = False) -> str:
    value = raw.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise BadInput(
            "{file}, entry {number}: \"{key}\" should be text. Nothing was imported.", file=name, number=number, key=key
        )
    return value


def tags_in_text(text: str, symbols: str) -> list[str]:
    """jrnl's tags: a tag symbol at the start of a word, then letters, digits, ``-``, ``_`` or ``/``."""
    if not symbols:
        return []
    pattern = re.compile(rf"[{re.escape(symbols)}]([\w][\w\-/]*)")  # the symbol first: the scan jumps from one to the next
    return [m.group(1).rstrip("-/") for m in pattern.finditer(text) if m.start() == 0 or text[m.start() - 1].isspace()]
