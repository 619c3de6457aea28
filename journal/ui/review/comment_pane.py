"""The coach's comments beside an entry: the thread pane in the editor.

Author, date and the comment rendered safely; the passage a comment is about is quoted and,
while the text still holds it, highlighted in the editor; a mark when the text has changed
since the coach read it (the SHA-256 the feedback file carried differs from the saved text's).
The leader replies (stored here, sent along in the next review package) and marks comments as
read.  Reads and writes go through ``window.tasks``; nothing here runs SQL.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget

from journal.export.review import find_anchor
from journal.store.records import Changes, Comment
from journal.ui.dates import short_date
from journal.ui.editor.preview import SafePreview

ANCHOR_MARK = QTextFormat.Property.UserProperty + 13  # our highlights among the editor's extra selections


def tr(text: str) -> str:
    return QCoreApplication.translate("CommentPane", text)


def _utf16(text: str, index: int) -> int:
    """A Python string index as a Qt text position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class CommentPane(QWidget):
    """Shown beside the editor's text when the open entry has comments."""

    def __init__(self, window, editor) -> None:
        super().__init__(editor)
        self.setObjectName("commentPane")
        self.window_ = window
        self.editor = editor
        self.entry_id: int | None = None
        self.comments: list[Comment] = []
        self.saved_body = ""
        self.reply_to: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("commentHeading")
        layout.addWidget(self.heading)
        self.view = SafePreview(self)
        self.view.setObjectName("commentThread")
        self.view.setAccessibleName(tr("Coach comments on this reflection"))
        self.view.linkRequested.connect(self._link)
        layout.addWidget(self.view, 1)
        self.reply_label = QLabel(self)
        self.reply_label.setObjectName("replyLabel")
        self.reply_label.setWordWrap(True)
        self.reply = QPlainTextEdit(self)
        self.reply.setObjectName("replyText")
        self.reply.setAccessibleName(tr("Your reply"))
        self.reply.setPlaceholderText(tr("Your reply (Markdown)"))
        self.reply.setMaximumHeight(110)
        buttons = QHBoxLayout()
        self.send = QPushButton(tr("Save reply"), self)
        self.send.setObjectName("replySend")
        self.cancel = QPushButton(tr("Cancel"), self)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.send)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.reply)
        layout.addLayout(buttons)
        self._reply_widgets = (self.reply_label, self.reply, self.send, self.cancel)
        self.send.clicked.connect(self.save_reply)
        self.cancel.clicked.connect(lambda: self.start_reply(None))
        self.start_reply(None)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(600)
        self._recheck.timeout.connect(self.highlight_anchors)
        editor.saved.connect(lambda entry_id: self.reload() if entry_id == self.entry_id else None)
        editor.body.textChanged.connect(self._recheck.start)
        window.events.changed.connect(self._changed)
        self.hide()

    # --- loading ---------------------------------------------------------------------------

    def editor_shown(self, shown: bool) -> None:
        """The editor shows a reflection (``shown``) or none; connected by ``ReviewActions``."""
        self.entry_id = self.editor.entry_id if shown else None
        self.start_reply(None)
        if self.entry_id is None:
            self.comments = []
            self.view.clear()
            self.hide()
            return
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.kind == "comments" and self.entry_id in changes.ids:
            self.reload()

    def reload(self) -> None:
        entry_id = self.entry_id
        if entry_id is None:
            return

        def read(store):
            return store.comments_of(entry_id), store.get_entry(entry_id).body

        def shown(result) -> None:
            if entry_id != self.entry_id:
                return
            self.comments, self.saved_body = result
            self._render()

        self.window_.tasks.read(read, shown, lambda _exc: None)

    # --- showing ---------------------------------------------------------------------------

    def changed_marks(self) -> int:
        """How many of the coach's comments were made on a text that has changed since."""
        return sum(1 for c in self.comments if c.origin == "coach" and c.changed_since_seen(self.saved_body))

    def _render(self) -> None:
        if not self.comments:
            self.view.clear()
            self.hide()
            self.highlight_anchors()
            return
        unread = sum(1 for c in self.comments if c.origin == "coach" and not c.is_read)
        heading = tr("Coach comments ({n})").format(n=len(self.comments))
        if unread:
            heading += " · " + tr("{n} unread").format(n=unread)
        self.heading.setText(f"<b>{escape(heading)}</b>")
        from journal.export.markdown import render

        parts = []
        for c in self.comments:
            meta = f"<b>{escape(c.author)}</b> · {escape(short_date(c.created))}"
            if c.origin == "coach" and not c.is_read:
                meta += " · <b style='color:#a05a00;'>" + escape(tr("new")) + "</b>"
            quote = ""
            if c.anchor:
                state = "" if find_anchor(self.saved_body, c.anchor) is not None else " <i>(" + escape(tr("no longer in the text")) + ")</i>"
                quote = f"<blockquote style='background:#fff3c4;'>»{escape(c.anchor)}«{state}</blockquote>"
            changed = ""
            if c.origin == "coach" and c.changed_since_seen(self.saved_body):
                changed = "<p style='color:#a05a00;'>⚠ " + escape(tr("The text has changed since the coach read it.")) + "</p>"
            links = []
            if c.origin == "coach":
                links.append(f"<a href='reply:{c.id}'>{escape(tr('Reply'))}</a>")
                if not c.is_read:
                    links.append(f"<a href='read:{c.id}'>{escape(tr('Mark as read'))}</a>")
            indent = " style='margin-left:18px;'" if c.parent_id else ""
            parts.append(
                f"<div{indent}><p>{meta}</p>{quote}{changed}{render(c.body)}<p>{' · '.join(links)}</p><hr/></div>"
            )
        self.view.show_html("".join(parts))
        self.show()
        self.highlight_anchors()

    def highlight_anchors(self) -> None:
        """Mark the anchored passages in the editor's text while the text still holds them."""
        body = self.editor.body
        keep = [s for s in body.extraSelections() if not s.format.hasProperty(ANCHOR_MARK)]
        mine = []
        if self.isVisible() or self.comments:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#fff3c4"))
            fmt.setProperty(ANCHOR_MARK, True)
            text = body.toPlainText()
            for c in self.comments:
                where = find_anchor(text, c.anchor)
                if where is None:
                    continue
                cursor = QTextCursor(body.document())
                cursor.setPosition(_utf16(text, where[0]))
                cursor.setPosition(_utf16(text, where[1]), QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                mine.append(sel)
        body.setExtraSelections(keep + mine)

    def highlighted_passages(self) -> list[str]:
        return [s.cursor.selectedText() for s in self.editor.body.extraSelections() if s.format.hasProperty(ANCHOR_MARK)]

    # --- reply and read mark -----------------------------------------------------------------

    def _link(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if not value.isdigit():
            return
        if kind == "reply":
            self.start_reply(int(value))
        elif kind == "read":
            self.mark_read(int(value))

    def start_reply(self, comment_id: int | None) -> None:
        self.reply_to = comment_id
        for widget in self._reply_widgets:
            widget.setVisible(comment_id is not None)
        if comment_id is not None:
            target = next((c for c in self.comments if c.id == comment_id), None)
            self.reply_label.setText(tr("Reply to {author}:").format(author=target.author if target else ""))
            self.reply.setFocus()
        else:
            self.reply.clear()

    def save_reply(self) -> None:
        comment_id, text = self.reply_to, self.reply.toPlainText()
        if comment_id is None or not text.strip():
            return
        author = tr("The leader")

        def write(store):
            store.mark_comment_read(comment_id)
            return store.reply_to_comment(comment_id, author, text)

        self.window_.tasks.write(write, lambda _c: self.start_reply(None), self._failed)

    def mark_read(self, comment_id: int) -> None:
        self.window_.tasks.write(lambda store: store.mark_comment_read(comment_id), None, self._failed)

    def _failed(self, exc) -> None:
        from journal.ui.messages import error_text

        self.window_.statusBar().showMessage(error_text(exc), 8000)
