"""Entries as one standalone HTML document that loads nothing and runs nothing.

Every user string (title, tags, dates, comment authors) is escaped with
``html.escape``; entry and comment bodies go through the one sanitiser
(``journal.export.markdown.render_bounded``), with the same caps on nesting
and brackets as the preview (a body beyond them is exported as plain text
with a note; there is no size cap, the store caps an entry).  The document carries a Content Security
Policy that forbids every load and every script, a no-referrer policy, and its
CSS inline.  Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from html import escape

from journal.export.document import ExportComment, ExportDocument, ExportEntry, count_words, labels
from journal.export.markdown import render_bounded
from journal.platform.i18n import spoken_date, spoken_moment

CSP = "default-src 'none'; style-src 'unsafe-inline'"
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.55;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff; }
header.document { border-bottom: 1px solid #ccc; margin-bottom: 2rem; }
article { margin: 0 0 2.5rem 0; page-break-inside: avoid; }
article h2 { margin-bottom: 0.2rem; }
.meta { color: #555; font-size: 0.9rem; margin: 0 0 1rem 0; }
.tags span { display: inline-block; margin-right: 0.4rem; padding: 0 0.4rem;
             border: 1px solid #bbb; border-radius: 0.6rem; font-size: 0.85rem; }
blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1rem; color: #444; }
pre, code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 0.92em; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.6rem; }
section.comments { border-top: 1px dashed #bbb; margin-top: 1rem; padding-top: 0.5rem; }
.comment { margin: 0 0 1rem 1rem; }
.comment .author { font-weight: 600; }
p.plain-note { color: #555; font-style: italic; }
blockquote.question { border-left-color: #7a8fa6; color: #333; }
section.next-steps { margin-top: 1rem; }
header.document .confidential { font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: #8a1c1c; }
@media print { header.document { page-break-after: always; } a { color: inherit; } }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 0.2rem 0.5rem; }
""".strip()

_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _body_html(markdown_text: str, labels: dict[str, str]) -> str:
    """A body or comment as HTML: formatted, or plain text with a note when it exceeds a cap."""
    rendering = render_bounded(markdown_text, max_chars=None)
    if rendering.limit is None:
        return rendering.html
    return f'<p class="plain-note">{escape(labels["plain"])}</p>{rendering.html}'


def question_shown_apart(entry: ExportEntry) -> bool:
    """The question once: an answer begun from a question already quotes it at the top of its text."""
    return bool(entry.question) and entry.question not in entry.body


def _step_html(step, labels: dict[str, str], lang: str) -> str:
    notes = []
    if step.due:
        notes.append(labels["due"].format(date=spoken_date(step.due, lang)))
    if step.status in ("done", "postponed", "dropped"):
        notes.append(labels[step.status])
    tail = f' <span class="meta">({escape(", ".join(notes))})</span>' if notes else ""
    return f"<li>{escape(step.text)}{tail}</li>"


def entry_html(entry: ExportEntry, labels: dict[str, str], lang: str = "da") -> str:
    parts = ["<article>"]
    if entry.title:
        parts.append(f"<h2>{escape(entry.title)}</h2>")
    meta = [f'<time datetime="{escape(entry.created)}">{escape(entry.when)}</time>']
    if entry.case_name:
        meta.append(f'<span class="case">{escape(labels["case"])}: {escape(entry.case_name)}</span>')
    if entry.tags:
        tags = " ".join(f"<span>#{escape(tag)}</span>" for tag in entry.tags)
        meta.append(f'<span class="tags" title="{escape(labels["tags"])}">{tags}</span>')
    parts.append('<p class="meta">' + " · ".join(meta) + "</p>")
    if question_shown_apart(entry):
        parts.append(
            f'<blockquote class="question"><p><b>{escape(labels["question"])}:</b> {escape(entry.question)}</p></blockquote>'
        )
    if entry.body:
        parts.append(f'<div class="body">{_body_html(entry.body, labels)}</div>')
    if entry.next_steps:
        items = "".join(_step_html(step, labels, lang) for step in entry.next_steps)
        parts.append(f'<section class="next-steps"><h3>{escape(labels["next_steps"])}</h3><ul>{items}</ul></section>')
    if entry.comments:
        parts.append(f'<section class="comments"><h3>{escape(labels["comments"])}</h3>')
        for comment in entry.comments:
            parts.append(
                '<div class="comment">'
                f'<p class="meta"><span class="author">{escape(comment.author)}</span>, '
                f'<time datetime="{escape(comment.created)}">{escape(spoken_moment(comment.created, lang))}</time></p>'
                f"{_body_html(comment.body, labels)}</div>"
            )
        parts.append("</section>")
    parts.append("</article>")
    return "\n".join(parts)


def cover_html(doc: ExportDocument, made: str) -> str:
    """The first lines of every export: title, dates, how many reflections, "Fortroligt"."""
    labels = doc.labels
    count = count_words(len(doc.entries), doc.lang, labels)
    lines = [f"<h1>{escape(doc.title)}</h1>"]
    if doc.entries:
        lines.append(f'<p class="range">{escape(doc.date_range())}</p>')
    lines.append(f'<p class="meta">{escape(count)} · {escape(labels["made"].format(date=spoken_date(made, doc.lang)))}</p>')
    lines.append(f'<p class="confidential">{escape(labels["confidential"])}</p>')
    return '<header class="document">' + "".join(lines) + "</header>"


def document_html(doc: ExportDocument, *, made: str | None = None) -> str:
    """A complete, standalone HTML document of an export."""
    lang = doc.lang if _LANG.match(doc.lang or "") else "da"
    made = made or date.today().isoformat()
    body = "\n".join(entry_html(entry, doc.labels, lang) for entry in doc.entries)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"{CSP_META}\n"
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title)}</title>\n"
        f"<style>\n{STYLE}\n</style>\n"
        "</head>\n"
        "<body>\n"
        f"{cover_html(doc, made)}\n"
        f"{body}\n"
        "</body>\n"
        "</html>\n"
    )


def entries_to_html(entries: Iterable, *, lang: str = "da", title: str | None = None) -> str:
    """A complete HTML document of ``journal.store.records.Entry`` values, in order, with
    their titles, text, tags and comments (no store needed)."""
    lang = lang if _LANG.match(lang or "") else "da"
    language = lang.split("-")[0].lower()
    words = labels(language if language in ("da", "en") else "en")
    items = tuple(
        ExportEntry(
            uid=e.uid, created=e.created, when=spoken_moment(e.created, language), title=e.title, body=e.body,
            tags=tuple(e.tags), comments=tuple(ExportComment(c.author, c.created, c.body) for c in e.comments),
        )
        for e in entries
    )
    doc = ExportDocument(
        lang=lang, title=title if title is not None else words["title"], entries=items,
        parts=frozenset({"title", "text", "tags", "comments"}), labels=words,
    )
    return document_html(doc)
