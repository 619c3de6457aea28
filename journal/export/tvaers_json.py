"""``tvaers-json``: every field of every selected entry, for moving a journal (documented in
docs/formats.md).  Written by the export, read back by ``tvaers import --from tvaers-json``.

The reader trusts nothing: a file that is not ours, of a newer version, cut short, nested
too deep, too large or with a field of the wrong type is refused with one message that
names the file (and the entry or line), before anything is written.  Pure Python.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from journal import __version__
from journal.errors import BadInput
from journal.store.limits import MAX_ENTRY_CHARS

FORMAT = "tvaers-json"
VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024  # a journal of 10,000 long entries is ~60 MB
MAX_ENTRIES = 1_000_000
STATUSES = ("open", "done", "postponed", "dropped")


def document(store, entry_ids: list[int], *, lang: str, exported: str) -> dict:
    """The whole ``tvaers-json`` document of these entries (in the given order)."""
    from journal.prompts.catalogue import load_catalogue

    catalogue = load_catalogue()
    entries = store.whole_entries(entry_ids)
    for item in entries:
        prompt = item["prompt"]
        if prompt and not prompt["own"]:
            bank = catalogue.prompt(prompt["id"])
            if bank is not None:
                prompt["text_da"], prompt["text_en"] = bank.text.get("da", ""), bank.text.get("en", "")
    return {"format": FORMAT, "version": VERSION, "app_version": __version__, "exported": exported, "lang": lang, "entries": entries}


def dumps(doc: dict) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --- reading -------------------------------------------------------------------------


def _moment(value, name: str, where: str) -> str:
    if not isinstance(value, str):
        raise BadInput("{file} cannot be imported: entry {where} has no valid date.", file=name, where=where)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise BadInput("{file} cannot be imported: entry {where} has no valid date.", file=name, where=where) from None
    if parsed.tzinfo is None:
        raise BadInput("{file} cannot be imported: entry {where} has a date without its UTC offset.", file=name, where=where)
    return value


def _text(value, name: str, where: str, *, optional: bool = False, limit: int = MAX_ENTRY_CHARS) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise BadInput("{file} cannot be imported: entry {where} has a text that is not of the expected kind or size.", file=name, where=where)
    return value


def _entry(raw, name: str, n: int) -> dict:
    where = f"#{n}"
    if not isinstance(raw, dict):
        raise BadInput("{file} cannot be imported: entry {where} is not an object.", file=name, where=where)
    uid = raw.get("uid")
    if not isinstance(uid, str) or not uid or len(uid) > 64:
        raise BadInput("{file} cannot be imported: entry {where} has no id.", file=name, where=where)
    item = {
        "uid": uid,
        "created": _moment(raw.get("created"), name, where),
        "updated": _moment(raw.get("updated", raw.get("created")), name, where),
        "title": _text(raw.get("title", ""), name, where, limit=10_000),
        "body": _text(raw.get("body"), name, where),
        "starred": bool(raw.get("starred", False)),
    }
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and len(t) <= 200 for t in tags):
        raise BadInput("{file} cannot be imported: entry {where} has tags that are not a list of words.", file=name, where=where)
    item["tags"] = tags
    case = raw.get("case")
    if case is not None:
        if not isinstance(case, dict) or not isinstance(case.get("id"), str) or not isinstance(case.get("name"), str):
            raise BadInput("{file} cannot be imported: entry {where} has a case without an id and a name.", file=name, where=where)
        item["case"] = {"id": case["id"], "name": case["name"], "description": _text(case.get("description", ""), name, where, limit=100_000)}
    else:
        item["case"] = None
    prompt = raw.get("prompt")
    if prompt is not None:
        if not isinstance(prompt, dict) or not isinstance(prompt.get("id"), str):
            raise BadInput("{file} cannot be imported: entry {where} has a question without an id.", file=name, where=where)
        item["prompt"] = {
            "id": prompt["id"],
            "own": bool(prompt.get("own", False)),
            **{k: _text(prompt.get(k, ""), name, where, limit=10_000) for k in ("text_da", "text_en", "theme", "kind")},
        }
        item["prompt"]["kind"] = item["prompt"]["kind"] or "daily"
    else:
        item["prompt"] = None
    steps = raw.get("next_steps", [])
    if not isinstance(steps, list):
        raise BadInput("{file} cannot be imported: entry {where} has next steps that are not a list.", file=name, where=where)
    item["next_steps"] = []
    for step in steps:
        if not isinstance(step, dict) or step.get("status", "open") not in STATUSES:
            raise BadInput("{file} cannot be imported: entry {where} has a next step that cannot be read.", file=name, where=where)
        due = step.get("due")
        if due is not None:
            try:
                date.fromisoformat(due)
            except (TypeError, ValueError):
                raise BadInput("{file} cannot be imported: entry {where} has a next step with an impossible date.", file=name, where=where) from None
        item["next_steps"].append(
            {
                "text": _text(step.get("text"), name, where, limit=10_000),
                "due": due,
                "status": step.get("status", "open"),
                "created": _moment(step.get("created", item["created"]), name, where),
                "updated": _moment(step.get("updated", item["created"]), name, where),
            }
        )
    comments = raw.get("comments", [])
    if not isinstance(comments, list):
        raise BadInput("{file} cannot be imported: entry {where} has comments that are not a list.", file=name, where=where)
    item["comments"] = []
    for comment in comments:
        if not isinstance(comment, dict):
            raise BadInput("{file} cannot be imported: entry {where} has a comment that cannot be read.", file=name, where=where)
        item["comments"].append(
            {
                "author": _text(comment.get("author"), name, where, limit=1_000),
                "created": _moment(comment.get("created"), name, where),
                "body": _text(comment.get("body"), name, where),
                "origin": "leader" if comment.get("origin") == "leader" else "coach",
                "anchor": _text(comment.get("anchor"), name, where, optional=True),
                "seen_sha256": _text(comment.get("seen_sha256"), name, where, optional=True, limit=64),
                "package_id": _text(comment.get("package_id"), name, where, optional=True, limit=200),
                "read": bool(comment.get("read", False)),
            }
        )
    return item


def parse(data: bytes, name: str) -> list[dict]:
    """The entries of a ``tvaers-json`` file's bytes, validated; ``name`` is used in messages."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInput("{file} cannot be imported: it is larger than {limit} MB.", file=name, limit=MAX_FILE_BYTES // (1024 * 1024))
    try:
        text_value = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput("{file} cannot be imported: it is not a Tværs JSON file (not UTF-8 text).", file=name) from None
    if not text_value.strip():
        raise BadInput("{file} cannot be imported: the file is empty.", file=name)
    try:
        doc = json.loads(text_value)
    except json.JSONDecodeError as exc:
        raise BadInput("{file} cannot be imported: it is cut short or damaged near line {line}.", file=name, line=exc.lineno) from None
    except RecursionError:
        raise BadInput("{file} cannot be imported: it is nested too deeply to be a Tværs JSON file.", file=name) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInput("{file} cannot be imported: it is not a Tværs JSON file.", file=name)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BadInput("{file} cannot be imported: it is not a Tværs JSON file.", file=name)
    if version > VERSION:
        raise BadInput("{file} cannot be imported: it was written by a newer version of Tværs (format {version}). Update Tværs and try again.", file=name, version=version)
    entries = doc.get("entries")
    if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
        raise BadInput("{file} cannot be imported: it holds no list of entries.", file=name)
    return [_entry(raw, name, n) for n, raw in enumerate(entries, start=1)]


def read(path: Path) -> list[dict]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise BadInput("{file} cannot be imported: it is larger than {limit} MB.", file=path.name, limit=MAX_FILE_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError:  # the system's own words would be English in a Danish message
        raise BadInput("{file} cannot be read. Check that the file is there and that you may read it.", file=path.name) from None
    return parse(data, path.name)
