"""jrnl's plain-text journal file: ``[YYYY-MM-DD HH:MM] Title. Body`` entries, one after another.

As jrnl reads it: a line that starts with a bracketed time in the journal's
``timeformat`` begins a new entry; a star right after the time (or at the end
of the header line) marks it starred; the title ends at the first sentence end
(``.``, ``?``, ``!`` followed by a space or the end of the line) and the rest of
the line begins the body.  A body line that merely looks like a header (its
time does not parse) stays in the body.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from journal.errors import BadInput
from journal.importers.base import (
    Options,
    Record,
    Report,
    check_count,
    clean_tags,
    content_key,
    decode_text,
    local_iso,
    read_bytes,
)
from journal.importers.jrnl_json import tags_in_text

NAME = "jrnl-txt"

# jrnl's default timeformats, old (%Y-%m-%d %H:%M) and new (%F %r): 24-hour with or without seconds, or 12-hour with AM/PM
_HEADER = re.compile(r"^\[([^\[\]\n]{4,64})\](.*)$")
_SENTENCE_END = re.compile(r"[.?!]+(?=\s|$)")


def detect(path: Path, head: bytes) -> bool:
    if path.is_dir() or path.suffix.lower() in (".md", ".markdown", ".json", ".zip"):
        return False
    text = head.decode("utf-8", "ignore").lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    match = _HEADER.match(first)
    return bool(match and _moment(match.group(1), None))


_DEFAULT_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])[Mm])?")


def _moment(stamp: str, time_format: str | None) -> datetime | None:
    if time_format is None:  # jrnl's defaults, read without strptime (ten times faster on a big journal)
        match = _DEFAULT_STAMP.fullmatch(stamp.strip())
        if match is None:
            return None
        year, month, day, hour, minute, second, half = match.groups()
        hour_value = int(hour)
        if half is not None:
            if not 1 <= hour_value <= 12:
                return None
            hour_value = hour_value % 12 + (12 if half in "Pp" else 0)
        try:
            return datetime(int(year), int(month), int(day), hour_value, int(minute), int(second or 0))
        except ValueError:
            return None
    for fmt in (time_format,):
        try:
            return datetime.strptime(stamp.strip(), fmt)
        except ValueError:
            continue
    return None


def parse(path: Path, options: Options = Options()) -> Report:
    name = str(path)
    text = decode_text(read_bytes(path), name)
    report = Report(NAME, name, files_read=1)
    current: dict | None = None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, 1):
        match = _HEADER.match(line)
        moment = _moment(match.group(1), options.time_format) if match else None
        if match and moment is None and (current is None or _looks_dated(match.group(1), options.time_format)):
            raise BadInput(
                "{file}, line {line}: {stamp!r} is not a possible date and time in the form {form}. Nothing was imported.",
                file=name, line=number, stamp=match.group(1), form=options.time_format or "YYYY-MM-DD HH:MM",
            )
        if moment is not None:
            if current is not None:
                report.records.append(_finish(current, name, options, report))
            current = {"moment": moment, "head": match.group(2), "line": number, "body": []}
        elif current is not None:
            current["body"].append(line)
        elif line.strip():
            raise BadInput(
                "{file}, line {line}, does not start with an entry header like [2024-03-05 14:30]; is it a jrnl journal file? Nothing was imported.",
                file=name, line=number,
            )
    if current is not None:
        report.records.append(_finish(current, name, options, report))
    if not report.records:
        raise BadInput("{file} holds no jrnl entries. Nothing was imported.", file=name)
    check_count(len(report.records), name)
    return report


_DATED = re.compile(r"\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?")


def _looks_dated(stamp: str, time_format: str | None) -> bool:
    """A stamp in jrnl's own shape whose date is impossible (2023-02-30) is an error, not body text."""
    return time_format is None and bool(_DATED.fullmatch(stamp.strip()))


def _finish(current: dict, name: str, options: Options, report: Report) -> Record:
    head: str = current["head"]
    starred = False
    stripped = head.lstrip()
    if stripped.startswith("*"):
        starred, head = True, stripped[1:]
    head = head.strip()
    if head.endswith(" *") or head == "*":
        starred, head = True, head[:-1].rstrip()
    end = _SENTENCE_END.search(head)
    title, rest = (head[: end.end()], head[end.end():].strip()) if end else (head, "")
    body_lines = list(current["body"])
    while body_lines and not body_lines[-1].strip():
        body_lines.pop()
    while not rest and body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    body = "\n".join(([rest] if rest else []) + body_lines)
    try:
        created = local_iso(current["moment"], options.zone)
    except ValueError:
        raise BadInput(
            "{file}, line {line}: the year is outside the dates Tværs keeps (1900 to 2999). Nothing was imported.",
            file=name, line=current["line"],
        ) from None
    tags = clean_tags(tags_in_text(f"{title}\n{body}", options.tag_symbols), report, name, current["line"])
    return Record(title=title, body=body, created=created, tags=tags, starred=starred, source_key=content_key(created, title, body))
