"""An export from start to end: resolve the selection, render the format, write the file
safely, record it in the share log.

Written safely: the bytes are made in memory, written to a temporary file in the target
folder and renamed into place (a Markdown folder is written as a temporary folder beside
the target and renamed), so a full disk, a read-only folder or a cancel leaves no half file
and nothing of the export is written anywhere else.  Then the share log records when, what
format, which entries, to whom, whether protected, which parts, and the SHA-256 of what
was written.  Pure Python; the PDF is drawn by ``journal.export.pdf`` (QtGui).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from journal.errors import BadInput, KnownError, StorageFull
from journal.export.document import DEFAULT_PARTS, FORMATS, PARTS, RECIPIENTS, Cancelled, ExportDocument, Selection, build_document
from journal.platform.files import fsync_dir

SUFFIXES = {"pdf": ".pdf", "html": ".html", "md": ".md", "json": ".json", "md-folder": "", "review": ".tvaers"}


@dataclass(frozen=True)
class ExportRequest:
    selection: Selection
    fmt: str
    out: Path
    parts: frozenset = DEFAULT_PARTS
    recipient: str = "self"
    lang: str = "da"
    share_password: str | None = field(default=None, repr=False)
    title: str | None = None
    author: str = ""
    display_name: str | None = None  # the leader's name as the coach sees it (review packages)

    def check(self) -> None:
        if self.fmt not in FORMATS:
            raise BadInput("Unknown export format '{format}'.", format=self.fmt)
        if self.recipient not in RECIPIENTS:
            raise BadInput("Unknown recipient '{recipient}': use coach, self or other.", recipient=self.recipient)
        if self.share_password is not None and self.fmt not in ("pdf", "review"):
            raise BadInput("A share password protects PDF exports only; choose PDF or leave the password out.")
        if not self.selection.is_chosen():
            raise BadInput("Choose which reflections to export: some in the list, a case, a tag, a question, dates or all.")


@dataclass(frozen=True)
class Prepared:
    """What was read from the journal for one export (made on the reading thread)."""

    request: ExportRequest
    document: ExportDocument
    entry_ids: tuple[int, ...]
    whole: dict | None = None  # the tvaers-json document
    package: object | None = None  # the review package (journal.export.review.Package)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    entries: int
    fmt: str
    protected: bool
    uids: tuple[str, ...]
    parts: tuple[str, ...]


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def prepare(store, request: ExportRequest) -> Prepared:
    """Read what the export needs; raises ``BadInput`` for an empty or unknown selection."""
    request.check()
    entries = request.selection.entries(store)
    if request.fmt == "review":
        from journal.export.document import REVIEW_PARTS

        request = replace(request, parts=REVIEW_PARTS)
    doc = build_document(store, entries, request.parts, lang=request.lang, title=request.title)
    if request.fmt == "review":
        return Prepared(request, doc, tuple(e.id for e in entries), package=review_package(store, doc, entries, request))
    whole = None
    if request.fmt == "json":
        from journal.export import tvaers_json

        whole = tvaers_json.document(store, [e.id for e in entries], lang=request.lang, exported=now_iso())
    return Prepared(request, doc, tuple(e.id for e in entries), whole)


def review_package(store, doc: ExportDocument, entries: list, request: ExportRequest):
    """The review package of these entries: their text and the thread of comments so far."""
    from journal.export import review

    threads = store.comment_threads([e.id for e in entries])
    items = []
    for e, item in zip(entries, doc.entries):
        thread = tuple(
            review.ThreadItem(str(c.id), c.origin, c.author, c.created, c.body, c.anchor, str(c.parent_id) if c.parent_id else None)
            for c in threads.get(e.id, ())
        )
        items.append(review.ReviewEntry(
            uid=item.uid, created=item.created, title=item.title, body=item.body, number=e.id, question=item.question,
            case=item.case_name, tags=item.tags, thread=thread,
        ))
    name = (request.display_name or "").strip() or None
    return review.Package(review.new_id(), now_iso(), request.lang, tuple(items), name)


def render(prepared: Prepared, *, progress=None, cancelled=None) -> bytes | list[tuple[str, str]]:
    """The export's bytes (or, for a Markdown folder, its files) — in memory only."""
    request, doc = prepared.request, prepared.document
    made = now_iso()[:10]
    if request.fmt == "pdf":
        from journal.export import pdf

        data = pdf.render(doc, made=made, author=request.author, progress=progress, cancelled=cancelled)
        return pdf.protect(data, request.share_password) if request.share_password else data
    if request.fmt == "review":
        from journal.export import review

        if not request.share_password:  # checked here, not in check(): the preview is made before it is typed
            raise BadInput("A review package needs a share password: give it with --share-password-file or TVAERS_SHARE_PASSWORD, and tell the coach another way.")
        key = review.derive_key(request.share_password, review.Kdf.new())
        return review.seal_package(prepared.package, key)
    if request.fmt == "html":
        from journal.export.html import document_html

        return document_html(doc, made=made).encode("utf-8")
    if request.fmt == "md":
        from journal.export.markdown_files import document_markdown

        return document_markdown(doc, made=made).encode("utf-8")
    if request.fmt == "md-folder":
        from journal.export.markdown_files import entry_files

        return entry_files(doc)
    from journal.export import tvaers_json

    return tvaers_json.dumps(prepared.whole)


def _disk_trouble(exc: OSError, target: Path) -> KnownError:
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return StorageFull("The disk is full, so the export was not written. Free some space and export again.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BadInput("Tværs may not write in {folder}. Choose another folder.", folder=str(target.parent))
    return BadInput("The export could not be written to {path}: {reason}", path=str(target), reason=exc.strerror or str(exc))


def write_file(target: Path, data: bytes) -> str:
    """Write ``data`` to ``target`` through a temporary file in the same folder; its SHA-256."""
    target = Path(target)
    if target.is_dir():
        raise BadInput("{path} is a folder. Give the export a file name.", path=str(target))
    if not target.parent.is_dir():
        raise BadInput("The folder {folder} does not exist.", folder=str(target.parent))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tvaers-export-", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise _disk_trouble(exc, target) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    fsync_dir(target.parent)
    return hashlib.sha256(data).hexdigest()


def write_folder(target: Path, files: list[tuple[str, str]]) -> str:
    """One Markdown file per entry in a new folder ``target`` (or an empty existing one),
    written as a temporary folder beside it and renamed. The checksum covers every file
    name and content, in order."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BadInput("{path} already exists and is not an empty folder. Choose a new folder name.", path=str(target))
    if not target.parent.is_dir():
        raise BadInput("The folder {folder} does not exist.", folder=str(target.parent))
    digest = hashlib.sha256()
    tmp = None
    try:
        tmp = Path(tempfile.mkdtemp(prefix=".tvaers-export-", suffix=".part", dir=target.parent))
        for name, text_value in files:
            data = text_value.encode("utf-8")
            with open(tmp / name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            digest.update(name.encode("utf-8") + b"\0" + data + b"\0")
        if target.exists():
            target.rmdir()
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise _disk_trouble(exc, target / "x") from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    fsync_dir(target.parent)
    return digest.hexdigest()


def write(prepared: Prepared, output, *, cancelled=None) -> ExportResult:
    """Put the rendered export in place (after a last look at ``cancelled``)."""
    if cancelled is not None and cancelled():
        raise Cancelled()
    request = prepared.request
    target = Path(request.out)
    if request.fmt == "md-folder":
        sha = write_folder(target, output)
    else:
        sha = write_file(target, output)
    return ExportResult(
        path=target.resolve(), sha256=sha, entries=len(prepared.entry_ids), fmt=request.fmt,
        protected=bool(request.share_password), uids=tuple(prepared.document.uids),
        parts=PARTS if request.fmt == "json" else tuple(p for p in PARTS if p in _parts_sent(prepared)),
    )


def _parts_sent(prepared: Prepared) -> frozenset:
    """The parts that left; a review package also carries the comment threads so far."""
    parts = prepared.document.parts
    if prepared.package is not None and any(e.thread for e in prepared.package.entries):
        parts = parts | {"comments"}
    return parts


def log(store, result: ExportResult, recipient: str):
    """The share-log line of a written export."""
    return store.log_share(
        result.fmt, list(result.uids), recipient, result.sha256, str(result.path), protected=result.protected, parts=result.parts,
    )


def export(store, request: ExportRequest, *, progress=None, cancelled=None) -> ExportResult:
    """Everything in one go (the command line): prepare, render, write, log."""
    prepared = prepare(store, request)
    result = write(prepared, render(prepared, progress=progress, cancelled=cancelled), cancelled=cancelled)
    log(store, result, request.recipient)
    return result
