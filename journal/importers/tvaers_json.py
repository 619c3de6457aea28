"""``tvaers-json``: entries exported from a Tværs journal, every field kept (docs/formats.md).

The reader and its checks live beside the writer in ``journal.export.tvaers_json``; here the
file becomes a report like any other import (records for the preview and the duplicate
count) that carries the whole entries, which the store adds in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from journal.export import tvaers_json
from journal.importers.base import Options, Record, Report
from journal.store.parts.transfer import content_key

NAME = "tvaers-json"


def detect(path: Path, head: bytes) -> bool:
    return Path(path).is_file() and b'"format"' in head and b'"tvaers-json"' in head


def parse(path: Path, options: Options | None = None) -> Report:
    items = tvaers_json.read(Path(path))
    report = Report(NAME, str(path), files_read=1, whole=items)
    report.records = [
        Record(
            title=item["title"], body=item["body"], created=item["created"], tags=tuple(item["tags"]),
            starred=item["starred"], source_key=content_key(item["created"], item["title"], item["body"]),
            updated=item["updated"],
        )
        for item in items
    ]
    return report
