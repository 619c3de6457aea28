"""The XSS and remote-load corpus through the one sanitiser, the Markdown preview and the HTML export.

For every payload in ``xss_payloads.txt``:

* ``render()`` output has no dangerous tag, no event handler, no style
  attribute, no attribute outside a small allow-list, and every link is an
  absolute ``http(s)``/``mailto`` URL (checked on the parsed HTML, so escaped
  text such as ``&lt;script&gt;`` is not mistaken for a tag);
* shown in a real ``SafePreview``, Qt asks ``loadResource`` for nothing;
* in ``entries_to_html()`` (as body, title, tag, comment author and comment),
  the document body passes the same checks and the head is exactly ours, with
  the Content-Security-Policy meta tag.

The checks are written independently of ``journal.export.markdown``'s allow-list.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from journal.export.html import entries_to_html
from journal.export.markdown import render
from journal.store.records import Comment, Entry

CORPUS = Path(__file__).with_name("xss_payloads.txt")

DANGEROUS_TAGS = {
    "script", "img", "svg", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "input",
    "button", "video", "audio", "source", "picture", "math", "applet", "frame", "frameset", "template",
    "noscript", "textarea", "image", "use", "animate", "body", "html", "head", "marquee", "details",
}
SAFE_ATTRIBUTES = {"href", "title", "rel", "align", "start"}
BAD_IN_VALUES = ("javascript:", "vbscript:", "data:", "file:", "url(", "expression(")
RAW_BAD = ("<script", "<img", "<svg", "<iframe", "<object", "<style", "<embed", "<link", "<base", "<form", "<meta")
LINK = re.compile(r"^(?:https?://[^\s/\\]|mailto:)", re.IGNORECASE)

def load_payloads() -> list[str]:
    blocks = CORPUS.read_text("utf-8").split("\n%%\n")
    payloads = []
    for block in blocks:
        text = "\n".join(line for line in block.splitlines() if not line.startswith(";;")).strip("\n")
        if text:
            payloads.append(text)
    return payloads


PAYLOADS = load_payloads()


def _cases():
    for n, payload in enumerate(PAYLOADS, 1):
        yield pytest.param(payload, id=f"{n:03d}")


class _Audit(HTMLParser):
    """Collects every problem in an HTML fragment or document body."""

    def __init__(self, allowed: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed = allowed
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self._tag(tag, attrs)

    def handle_startendtag(self, tag, attrs) -> None:
        self._tag(tag, attrs)

    def _tag(self, tag: str, attrs) -> None:
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            value = value or ""
            squeezed = re.sub(r"[\s\x00-\x1f]+", "", value).lower()
            if name.startswith("on"):
                self.problems.append(f"event handler {name}=")
            elif name not in self.allowed:
                self.problems.append(f"attribute {name}= on <{tag}>")
            if name == "href" and not LINK.match(value.strip()):
                self.problems.append(f"link that is not absolute http(s)/mailto: {value!r}")
            if name != "title" and any(bad in squeezed for bad in BAD_IN_VALUES):
                self.problems.append(f"{name}={value!r}")

    def handle_comment(self, data) -> None:
        self.problems.append("comment kept")

    def handle_pi(self, data) -> None:
        self.problems.append("processing instruction kept")


def problems_in(html: str, *, document: bool = False) -> list[str]:
    """``document``: the export's own markup may also carry ``class`` and ``datetime``."""
    audit = _Audit(SAFE_ATTRIBUTES | ({"class", "datetime"} if document else set()))
    audit.feed(html)
    audit.close()
    lowered = html.lower()
    return audit.problems + [f"raw {bad}" for bad in RAW_BAD if bad in lowered]


def _entry(payload: str) -> Entry:
    comment = Comment(id=1, entry_id=1, author=payload, created="2024-01-02T08:00:00+01:00", body=payload)
    return Entry(
        id=1, uid="u1", title=payload, body=payload, created="2024-01-02T08:00:00+01:00",
        updated="2024-01-02T08:00:00+01:00", tags=(payload, "tværs"), comments=(comment,),
    )


def _split_document(doc: str) -> tuple[str, str]:
    head, _, rest = doc.partition("<body>\n")
    body, _, tail = rest.rpartition("</body>")
    assert tail.strip() == "</html>", "nothing after the body"
    return head, body


def _show(qtbot, html: str):
    """Show HTML in a real SafePreview and lay it out, so Qt asks for every resource it wants."""
    from PySide6.QtWidgets import QApplication

    from journal.ui.editor.preview import SafePreview

    preview = SafePreview()
    qtbot.addWidget(preview)
    preview.resize(600, 400)
    preview.show()
    preview.setHtml(html)
    preview.document().adjustSize()
    preview.document().size()
    QApplication.processEvents()
    return preview


def test_the_corpus_is_big_enough():
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS)


@pytest.mark.parametrize("payload", list(_cases()))
def test_payload_is_harmless_in_preview_and_export(payload, qtbot):
    html = render(payload)
    assert problems_in(html) == []

    preview = _show(qtbot, html)
    assert preview.requested_resources == []

    doc = entries_to_html([_entry(payload)], lang="da", title=payload)
    head, body = _split_document(doc)
    assert problems_in(body, document=True) == []
    assert _without_title(head) == _without_title(_split_document(entries_to_html([], title="x"))[0])
    assert "<" not in _title_of(head), "the title is text only"
    assert _show(qtbot, doc).requested_resources == []


def _title_of(head: str) -> str:
    return head.split("<title>", 1)[1].split("</title>", 1)[0]


def _without_title(head: str) -> str:
    return head.replace(_title_of(head), "", 1)


def test_the_export_head_is_exactly_ours():
    doc = entries_to_html([_entry("x")], lang="en", title="Mine <b>noter</b>")
    head, _body = _split_document(doc)
    assert doc.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<meta charset="utf-8">' in head
    assert """<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">""" in head
    assert '<meta name="referrer" content="no-referrer">' in head
    assert "<title>Mine &lt;b&gt;noter&lt;/b&gt;</title>" in head
    assert head.count("<style>") == 1 and "url(" not in head.lower() and "<script" not in head.lower()
    assert entries_to_html([], lang='da" onload="x').startswith('<!DOCTYPE html>\n<html lang="da">')


def test_the_checks_can_fail(qtbot):
    """Controls: unsanitised HTML trips every check, so a pass above means something."""
    raw = '<img src="http://127.0.0.1:9/p.gif" onerror="alert(1)"><a href="javascript:alert(1)">x</a><p style="x">y</p>'
    found = problems_in(raw)
    assert any("tag <img>" in p for p in found) and any("onerror" in p for p in found)
    assert any("javascript" in p for p in found) and any("style=" in p for p in found)
    assert problems_in('<a href="//evil.example/x">x</a>') != []
    preview = _show(qtbot, raw)
    assert set(preview.requested_resources) == {"http://127.0.0.1:9/p.gif"}


def test_the_preview_shows_links_but_never_follows_them(qtbot):
    from PySide6.QtCore import QUrl

    preview = _show(qtbot, render("[borgerservice](https://example.org/x)"))
    assert not preview.openLinks() and not preview.openExternalLinks()
    before = preview.toHtml()
    with qtbot.waitSignal(preview.linkRequested) as requested:
        preview.anchorClicked.emit(QUrl("https://example.org/x"))
    assert requested.args[0].toString() == "https://example.org/x"
    assert preview.source().isEmpty() and preview.toHtml() == before
    assert preview.requested_resources == []


@pytest.mark.parametrize("payload", list(_cases()))
def test_payload_is_harmless_in_every_part_of_a_real_export(payload, store, tmp_path):
    """The whole export path on a real journal: the payload as title, text, tag, case name, own
    question, next step and coach comment, written by the exporter as the leader would."""
    from journal.export.document import PARTS, Selection
    from journal.export.writer import ExportRequest, export

    case = store.create_case("Sag " + payload[:200], payload).ids[0]
    own = store.add_own_prompt(payload, payload).ids[0]
    entry = store.create_entry(payload, title=payload[:500], case_id=case, prompt_id=own, tags=["tværs"]).ids[0]
    store.add_commitment(entry, payload[:1000])
    store.add_comment(entry, payload[:200], payload)
    target = tmp_path / "ud.html"
    export(store, ExportRequest(Selection(ids=(entry,)), "html", target, parts=frozenset(PARTS), title=payload[:200]))
    head, body = _split_document(target.read_text("utf-8"))
    assert problems_in(body, document=True) == []
    assert "Content-Security-Policy" in head and "<script" not in head.lower()
