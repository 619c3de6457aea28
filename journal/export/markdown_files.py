"""Markdown exports: one file with every entry, or one file per entry with YAML front matter.

The leader's text is Markdown already and leaves as written; around it the export adds
headings, the date as a reader says it, the question, next steps and comments, in the
export's language.  File names are safe on Windows too (no reserved characters or device
names, no trailing dot or space, not too long) and keep æ, ø and å.  Pure Python.
"""

from __future__ import annotations

import json
import re
import unicodedata

from journal.export.document import ExportDocument, ExportEntry, count_words
from journal.export.html import question_shown_apart
from journal.platform.i18n import spoken_date, spoken_moment

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
NAME_CHARS = 60  # of the title part; whole names stay far below Windows' 260-character paths


def safe_stem(text: str, fallback: str = "refleksion") -> str:
    """``text`` as part of a file name on every platform: reserved characters and control
    characters become ``-``, runs of space and dashes collapse, no trailing dot or space,
    no device name (``CON``, ``LPT1`` …), at most ``NAME_CHARS`` characters."""
    name = unicodedata.normalize("NFC", text)
    name = _UNSAFE.sub("-", name)
    name = re.sub(r"\s+", "-", name.strip())
    name = re.sub(r"-{2,}", "-", name).strip("-. ")
    name = name[:NAME_CHARS].rstrip("-. ")
    if not name or name.split(".")[0].upper() in _DEVICES:
        name = f"{fallback}-{name}" if name else fallback
    return name


def _yaml(value) -> str:
    """A YAML scalar or flow list: JSON's double-quoted strings are valid YAML 1.2."""
    return json.dumps(value, ensure_ascii=False)


def front_matter(entry: ExportEntry, parts: frozenset[str]) -> str:
    lines = ["---", f"date: {_yaml(entry.created)}"]
    if entry.title:
        lines.append(f"title: {_yaml(entry.title)}")
    if "tags" in parts:
        lines.append(f"tags: {_yaml(list(entry.tags))}")
    if "case" in parts and entry.case_id:
        lines.append(f"case: {_yaml(entry.case_name)}")
        lines.append(f"case_id: {_yaml(entry.case_id)}")
    if "question" in parts and entry.prompt_id:
        lines.append(f"question_id: {_yaml(entry.prompt_id)}")
        if entry.question:
            lines.append(f"question: {_yaml(entry.question)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _entry_markdown(entry: ExportEntry, doc: ExportDocument, heading: str, *, with_meta_line: bool) -> str:
    labels, lang = doc.labels, doc.lang
    out = []
    if entry.title:
        out.append(f"{heading} {entry.title}\n")
    if with_meta_line:
        meta = [entry.when]
        if entry.case_name:
            meta.append(f"{labels['case']}: {entry.case_name}")
        if entry.tags:
            meta.append(" ".join(f"#{tag}" for tag in entry.tags))
        out.append("*" + " · ".join(meta) + "*\n")
    if question_shown_apart(entry):
        out.append(f"> **{labels['question']}:** {entry.question}\n")
    if entry.body:
        out.append(entry.body.rstrip("\n") + "\n")
    if entry.next_steps:
        out.append(f"{heading}# {labels['next_steps']}\n")
        for step in entry.next_steps:
            notes = []
            if step.due:
                notes.append(labels["due"].format(date=spoken_date(step.due, lang)))
            if step.status in ("done", "postponed", "dropped"):
                notes.append(labels[step.status])
            out.append(f"- {step.text}" + (f" ({', '.join(notes)})" if notes else ""))
        out.append("")
    if entry.comments:
        out.append(f"{heading}# {labels['comments']}\n")
        for comment in entry.comments:
            out.append(f"**{comment.author}**, {spoken_moment(comment.created, lang)}:\n")
            out.append(comment.body.rstrip("\n") + "\n")
    return "\n".join(out)


def document_markdown(doc: ExportDocument, *, made: str) -> str:
    """Every entry in one Markdown file, after a short cover."""
    labels = doc.labels
    count = count_words(len(doc.entries), doc.lang, labels)
    head = [f"# {doc.title}\n", f"{doc.date_range()} · {count} · {labels['made'].format(date=spoken_date(made, doc.lang))}\n",
            f"**{labels['confidential']}**\n"]
    chunks = ["\n".join(head)]
    for entry in doc.entries:
        chunks.append(_entry_markdown(entry, doc, "##", with_meta_line=True))
    return "\n---\n\n".join(chunks)


def entry_files(doc: ExportDocument) -> list[tuple[str, str]]:
    """One ``(file name, text)`` per entry: ``YYYY-MM-DD-title.md`` with YAML front matter.
    Names are unique ignoring case (Windows and macOS file systems)."""
    files, taken = [], set()
    for entry in doc.entries:
        stem = f"{entry.day}-{safe_stem(entry.title)}" if entry.title else f"{entry.day}-{safe_stem('')}"
        name, n = f"{stem}.md", 2
        while name.casefold() in taken:
            name, n = f"{stem}-{n}.md", n + 1
        taken.add(name.casefold())
        text = front_matter(entry, doc.parts) + "\n" + _entry_markdown(
            entry, doc, "#", with_meta_line=False
        )
        files.append((name, text))
    return files
