"""A folder of Markdown files, one entry per file: Obsidian daily notes, Logseq journals, plain notes.

The folder is walked recursively (hidden folders such as ``.obsidian`` and
``.trash`` are skipped, links are not followed).  The date comes from the YAML
front matter (``date`` or ``created``), else from the file name
(``2024-03-05``, ``2024_03_05``, with or without a title after it); a file with
neither is left out with a warning.  The title is the first heading, else the
file name; tags come from the front matter and from ``#tag`` words; wiki links
(``[[…]]``) stay as they are written.
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

from journal.errors import BadInput, Count
from journal.importers.base import (
    MAX_FILES,
    MAX_TEXT_BYTES,
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

NAME = "markdown"
SUFFIXES = (".md", ".markdown", ".mdown")
_NAME_DATE = re.compile(r"^(\d{4})[-_](\d{2})[-_](\d{2})(?=$|[\s_\-.])")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
_TAG = re.compile(r"(?<![\w&/#\[])#([\w][\w\-/]*)")
_FENCE = re.compile(r"^\s*(```|~~~)")
FRONT_MATTER_LIMIT = 64 * 1024


def detect(path: Path, head: bytes) -> bool:
    return path.is_dir() or path.suffix.lower() in SUFFIXES


def parse(path: Path, options: Options = Options()) -> Report:
    name = str(path)
    report = Report(NAME, name)
    if path.is_file():
        files = [path]
    elif path.is_dir():
        files = _walk(path, name)
    else:
        raise BadInput("{file} does not exist. Nothing was imported.", file=name)
    if not files:
        raise BadInput("{file} holds no Markdown files (.md). Nothing was imported.", file=name)
    for file in files:
        shown = str(file)
        data = read_bytes(file, limit=MAX_TEXT_BYTES)
        report.files_read += 1
        if not data.strip():
            report.warn("empty", shown)
            continue
        record = _record(file, decode_text(data, shown), shown, options, report)
        if record is not None:
            report.records.append(record)
    check_count(len(report.records), name)
    return report


def _walk(root: Path, name: str) -> list[Path]:
    found: list[Path] = []

    def refuse(exc: OSError):
        raise BadInput("{file} could not be read ({reason}). Nothing was imported.", file=exc.filename or name, reason=exc.strerror or str(exc))

    for folder, dirs, files in os.walk(root, onerror=refuse, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if file.lower().endswith(SUFFIXES) and not file.startswith("."):
                found.append(Path(folder) / file)
                if len(found) > MAX_FILES:
                    raise BadInput("{file} holds more than {limit} Markdown files. Import a smaller folder. Nothing was imported.", file=name, limit=Count(MAX_FILES))
    return found


def _record(file: Path, text: str, shown: str, options: Options, report: Report) -> Record | None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body, body_line = front_matter(text)
    moment = None
    for key in ("date", "created"):
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            moment = _front_matter_moment(value, options)
            if moment is None:
                report.warn("bad_date", shown, 2, value)
            break
    if moment is None:
        match = _NAME_DATE.match(file.stem)
        if match:
            try:
                moment = local_iso(datetime(int(match.group(1)), int(match.group(2)), int(match.group(3))), options.zone)
            except ValueError:
                moment = None
    if moment is None:
        report.warn("no_date", shown)
        return None
    title, body = _title(body, file)
    tags = meta.get("tags", meta.get("tag", []))
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[,\s]+", tags) if t]
    tags = list(tags) + _tags_in(body)
    body = body.strip("\n")
    return Record(title=title, body=body, created=moment, tags=clean_tags(tags, report, shown, body_line), source_key=content_key(moment, title, body))


def front_matter(text: str) -> tuple[dict, str, int]:
    """The simple YAML front matter Obsidian and Logseq write (``key: value``, ``[a, b]`` and ``- item`` lists).

    Returns the values, the text after it and the line the text starts on.  Anything
    fancier is ignored rather than evaluated."""
    if not text.startswith("---\n"):
        return {}, text, 1
    end = re.search(r"^(---|\.\.\.)[ \t]*$", text[4:FRONT_MATTER_LIMIT], re.M)
    if end is None:
        return {}, text, 1
    block = text[4 : 4 + end.start()]
    rest = text[4 + end.end():]
    rest = rest[1:] if rest.startswith("\n") else rest
    values: dict = {}
    key = None
    for line in block.split("\n"):
        item = re.match(r"^\s+-\s*(.*)$", line) or re.match(r"^-\s+(.*)$", line)
        if item and key is not None:
            if not isinstance(values.get(key), list):
                values[key] = []
            values[key].append(_scalar(item.group(1)))
            continue
        pair = re.match(r"^([A-Za-z_][\w\-]*)\s*:\s*(.*)$", line)
        if pair:
            key, raw = pair.group(1).lower(), pair.group(2).strip()
            if raw.startswith("[") and raw.endswith("]"):
                values[key] = [_scalar(v) for v in raw[1:-1].split(",") if v.strip()]
            else:
                values[key] = _scalar(raw)
    body_line = block.count("\n") + 3
    return values, rest, body_line


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return raw[1:-1]
    return raw.split(" #")[0].strip()


def _front_matter_moment(value: str, options: Options) -> str | None:
    value = value.strip().strip("'\"")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    try:
        if moment.tzinfo is not None:
            if not 1900 <= moment.year <= 2999:
                return None
            return moment.replace(microsecond=0).isoformat()
        return local_iso(moment, options.zone)
    except (ValueError, OverflowError):
        return None


def _title(body: str, file: Path) -> tuple[str, str]:
    lines = body.split("\n")
    in_code = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_code = not in_code
        if in_code:
            continue
        match = _HEADING.match(line)
        if match:
            if not any(l.strip() for l in lines[:index]):  # the heading opens the note: it becomes the title
                return match.group(1), "\n".join(lines[index + 1:])
            return match.group(1), body
    return file.stem, body


def _tags_in(body: str) -> list[str]:
    found: list[str] = []
    in_code = False
    for line in body.split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        for match in _TAG.finditer(re.sub(r"`[^`]*`", "", line)):
            tag = match.group(1).rstrip("-/")
            if not tag.isdigit():
                found.append(tag)
    return found
