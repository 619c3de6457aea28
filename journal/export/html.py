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
from html import escape

from journal.export.markdown import render_bounded

CSP = "default-src 'none'; style-src 'unsafe-inline'"
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'

LABELS = {
    "da": {
        "tags": "Mærker", "comments": "Kommentarer", "entries": "indlæg", "title": "Tværs – refleksioner",
        "plain": "Vist som ren tekst: teksten er for dybt indlejret eller har for mange klammer eller tabelceller til at blive formateret sikkert.",
    },
    "en": {
        "tags": "Tags", "comments": "Comments", "entries": "entries", "title": "Tværs – reflections",
        "plain": "Shown as plain text: it nests too deeply or has too many brackets or table cells to be formatted safely.",
    },
}

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
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 0.2rem 0.5rem; }
""".strip()

_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _when(moment: str) -> str:
    """An ISO date-time as shown: ``2023-03-05 00:30``."""
    return moment[:16].replace("T", " ")


def _body_html(markdown_text: str, labels: dict[str, str]) -> str:
    """A body or comment as HTML: formatted, or plain text with a note when it exceeds a cap."""
    rendering = render_bounded(markdown_text, max_chars=None)
    if rendering.limit is None:
        return rendering.html
    return f'<p class="plain-note">{escape(labels["plain"])}</p>{rendering.html}'


def _entry_html(entry, labels: dict[str, str]) -> str:
    parts = ["<article>"]
    if entry.title:
        parts.append(f"<h2>{escape(entry.title)}</h2>")
    meta = [f'<time datetime="{escape(entry.created)}">{escape(_when(entry.created))}</time>']
    if entry.tags:
        tags = "".join(f"<span>#{escape(tag)}</span>" for tag in entry.tags)
        meta.append(f'<span class="tags" title="{escape(labels["tags"])}">{tags}</span>')
    parts.append('<p class="meta">' + " · ".join(meta) + "</p>")
    parts.append(f'<div class="body">{_body_html(entry.body, labels)}</div>')
    if entry.comments:
        parts.append(f'<section class="comments"><h3>{escape(labels["comments"])}</h3>')
        for comment in entry.comments:
            parts.append(
                '<div class="comment">'
                f'<p class="meta"><span class="author">{escape(comment.author)}</span>, '
                f'<time datetime="{escape(comment.created)}">{escape(_when(comment.created))}</time></p>'
                f"{_body_html(comment.body, labels)}</div>"
            )
        parts.append("</section>")
    parts.append("</article>")
    return "\n".join(parts)


def entries_to_html(entries: Iterable, *, lang: str = "da", title: str | None = None) -> str:
    """A complete HTML document of ``journal.store.records.Entry`` values, in order."""
    lang = lang if _LANG.match(lang or "") else "da"
    labels = LABELS.get(lang.split("-")[0].lower(), LABELS["en"])
    title = title if title is not None else labels["title"]
    items = list(entries)
    body = "\n".join(_entry_html(entry, labels) for entry in items)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"{CSP_META}\n"
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{STYLE}\n</style>\n"
        "</head>\n"
        "<body>\n"
        f'<header class="document"><h1>{escape(title)}</h1>'
        f'<p class="meta">{len(items)} {escape(labels["entries"])}</p></header>\n'
        f"{body}\n"
        "</body>\n"
        "</html>\n"
    )
