"""Importers from other journals: one module per format behind one small interface.

Each format module has

* ``NAME`` – the name ``tvaers import --from`` takes;
* ``detect(path, head) -> bool`` – does this file (``head``: its first bytes) or folder look like this format;
* ``parse(path, options) -> Report`` – every entry as a plain :class:`~journal.importers.base.Record`,
  with warnings and the media left out; raises ``BadInput`` (naming the file and,
  where it helps, the line) and writes nothing.

:data:`FORMATS` is the one registry the command line and the window both use;
another format is one more module added to it.  Writing is the store's
``create_entries`` (one transaction, duplicates skipped by ``source_key``).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from journal.errors import BadInput
from journal.importers.base import Options, Record, Report  # noqa: F401 - the interface

# Order matters for detection: the most particular shape first.
FORMATS: dict[str, str] = {
    "tvaers-json": "journal.importers.tvaers_json",
    "dayone": "journal.importers.dayone",
    "jrnl-json": "journal.importers.jrnl_json",
    "jrnl-txt": "journal.importers.jrnl_txt",
    "markdown": "journal.importers.markdown_folder",
}

HEAD_BYTES = 64 * 1024


def module(name: str):
    if name not in FORMATS:
        raise BadInput("{format} is not a format Tværs imports. Choose one of: {formats}.", format=name, formats=", ".join(FORMATS))
    return importlib.import_module(FORMATS[name])


def register(name: str, module_path: str) -> None:
    """Add a format (the lead's ``tvaers-json``, say) to the one registry."""
    FORMATS[name] = module_path


def detect(path: Path) -> str | None:
    """The format a file or folder looks like, or ``None``."""
    path = Path(path)
    head = b""
    if path.is_file():
        try:
            with path.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
        except OSError:
            return None
    for name in FORMATS:
        if module(name).detect(path, head):
            return name
    return None


def parse(path: Path, fmt: str = "auto", options: Options | None = None) -> Report:
    """Read ``path`` as ``fmt`` (``auto``: detect it) into a report; nothing is written."""
    path = Path(path)
    if fmt == "auto":
        found = detect(path)
        if found is None:
            if not path.exists():
                raise BadInput("{file} does not exist. Nothing was imported.", file=str(path))
            raise BadInput(
                "Tværs cannot tell what kind of export {file} is. Name the format with --from. Nothing was imported.", file=str(path)
            )
        fmt = found
    return module(fmt).parse(path, options or Options())


def write_entries(store, report: Report, *, progress=None, cancelled=None):
    """Write the report's records into the journal, all or nothing; the store's ``Changes`` (new ids only).

    ``progress(done)`` is told now and then; ``cancelled()`` true rolls everything back
    (``ImportCancelled``). A Tværs JSON file keeps every field (next steps, comments, the
    case and question), so it goes through the store's whole-entry import."""
    if report.whole is not None:
        changes, _skipped = store.import_whole_entries(report.whole, progress=progress, cancelled=cancelled)
        return changes
    return store.create_entries((r.item() for r in report.records), progress=progress, cancelled=cancelled)


def write(store, report: Report, *, progress=None, cancelled=None) -> tuple[int, int]:
    """As :func:`write_entries`; returns (imported, skipped duplicates)."""
    imported = len(write_entries(store, report, progress=progress, cancelled=cancelled).ids)
    return imported, len(report.records) - imported
