"""Markdown → safe HTML: the one sanitiser every rendered or exported HTML goes through.

Python-Markdown passes raw HTML through, so its output is cleaned by nh3 (the
Ammonia sanitiser) with an explicit allow-list: text structure only; no ``img``,
no ``style``, no ``iframe``/``object``/``svg``/``form``; links only ``http(s)``
and ``mailto`` and always ``rel="noopener noreferrer nofollow"``.  Pure Python.
"""

from __future__ import annotations

import threading

import nh3

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody", "td", "th",
        "thead", "tr", "ul", "dl", "dt", "dd", "mark",
    }
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "td": {"align"}, "th": {"align"}, "ol": {"start"}}
ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
MARKDOWN_EXTENSIONS = ("extra", "sane_lists", "nl2br")


_local = threading.local()


def _markdown():
    """One converter per thread: ``markdown.Markdown`` keeps state while it converts."""
    md = getattr(_local, "md", None)
    if md is None:
        import markdown

        md = _local.md = markdown.Markdown(extensions=list(MARKDOWN_EXTENSIONS), output_format="html")
    return md


_ABSOLUTE = ("http://", "https://", "mailto:")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Links only to absolute http(s)/mailto addresses: a relative or protocol-relative
    href (``//host/x``, ``../x``, a UNC path) becomes a file or SMB request once an
    export is opened from disk."""
    if attribute == "href" and not value.strip().lower().startswith(_ABSOLUTE):
        return None
    return value


def sanitise_html(html: str) -> str:
    """Clean any HTML with the one allow-list."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        attribute_filter=_keep_attribute,
    )


def render(text: str) -> str:
    """A Markdown text as a sanitised HTML fragment."""
    md = _markdown()
    md.reset()
    return sanitise_html(md.convert(text or ""))
