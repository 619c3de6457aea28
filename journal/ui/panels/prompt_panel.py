"""The prompt panel: due follow-ups, today's question, another one on request, and the whole bank.

The bank can be filtered by theme and kind and searched; each question can show
the passage it was drawn from; the leader's own questions are listed with the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListView,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.prompts.content import localised
from journal.ui import accessibility
from journal.ui.panels.follow_ups import FollowUpsPanel
from journal.ui.panels.on_this_day import OnThisDayPanel
from journal.ui.panels.source_passage import SourcePassage
from journal.ui.panels.wrapped_delegate import WrappedTextDelegate

PromptIdRole = Qt.ItemDataRole.UserRole + 20
OWN_THEME = "__own__"  # the theme filter's entry for the leader's own questions


def tr(text: str) -> str:
    return QCoreApplication.translate("PromptPanel", text)


class PromptPanel(QWidget):
    promptChosen = Signal(str)  # prompt id
    anotherRequested = Signal(str)  # the id shown now
    ownPromptEditRequested = Signal(str)  # id of one of the leader's own questions
    ownPromptRemoveRequested = Signal(str)
    ownPromptRequested = Signal()

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._prompts: list = []
        self._themes: dict[str, str] = {}
        self._today = None
        self._kinds: dict[str, str] = {}
        self._own: set[str] = set()
        self._source_of = None  # prompt id → (quote, title)

        self.follow_ups = FollowUpsPanel(self)
        self.on_this_day = OnThisDayPanel(self)  # filled by journal.ui.looking_back

        self.heading = QLabel(tr("Today's question"), self)
        self.heading.setObjectName("todayHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.card = QFrame(self)
        self.card.setObjectName("todayCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        accessibility.name(self.card, tr("Today's question"))
        self.today_theme = QLabel(self.card)
        self.today_theme.setObjectName("todayTheme")
        self.today_theme.setWordWrap(True)  # a long theme name wraps; it must not widen the window's minimum
        self.today_text = QLabel(self.card)
        self.today_text.setObjectName("todayText")
        self.today_text.setWordWrap(True)
        text_font = QFont(self.today_text.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.15)
        self.today_text.setFont(text_font)
        self.today_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_button = QPushButton(tr("Answer"), self.card)
        self.answer_button.setObjectName("answerToday")
        accessibility.name(self.answer_button, tr("Answer"), tr("Starts a new reflection with today's question quoted at the top"))
        self.answer_button.setDefault(True)
        self.another_button = QPushButton(tr("Another question"), self.card)
        self.another_button.setObjectName("anotherPrompt")
        self.source_link = QLabel(self.card)
        self.source_link.setObjectName("sourceLink")
        self.source_link.setTextFormat(Qt.TextFormat.RichText)
        self.source_link.linkActivated.connect(self._toggle_source)
        self.source_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.source = SourcePassage(self.card)
        self.source.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.today_theme)
        card_layout.addWidget(self.today_text)
        card_layout.addWidget(self.source)
        card_layout.addWidget(self.source_link)
        card_layout.addLayout(buttons)

        self.bank_heading = QLabel(tr("All questions"), self)
        self.bank_heading.setFont(heading_font)
        self.theme_filter = QComboBox(self)
        self.theme_filter.setObjectName("themeFilter")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.own_button = QToolButton(self)
        self.own_button.setObjectName("addOwnPrompt")
        self.own_button.setText(tr("+ Own question…"))
        self.own_button.setToolTip(tr("Add a question of your own"))
        self.own_button.setAutoRaise(True)
        self.filter_text = QLineEdit(self)
        self.filter_text.setObjectName("promptFilter")
        accessibility.name(self.filter_text, tr("Filter the questions"))
        self.filter_text.setPlaceholderText(tr("Filter the questions"))
        self.filter_text.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("promptList")
        accessibility.name(self.list, tr("All questions"), tr("Enter or a double-click answers the chosen question"))
        self.list.setWordWrap(True)
        self.list.setItemDelegate(WrappedTextDelegate(self.list))  # whole questions, never cut short with …
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setToolTip(tr("Double-click a question to answer it"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.follow_ups)
        layout.addWidget(self.on_this_day)
        layout.addWidget(self.heading)
        layout.addWidget(self.card)
        layout.addSpacing(8)
        bank_head = QHBoxLayout()
        bank_head.addWidget(self.bank_heading, 1)
        bank_head.addWidget(self.own_button)
        layout.addLayout(bank_head)
        filters = QHBoxLayout()
        filters.addWidget(self.theme_filter, 3)
        filters.addWidget(self.kind_filter, 2)
        layout.addLayout(filters)
        layout.addWidget(self.filter_text)
        layout.addWidget(self.list, 1)

        self.answer_button.clicked.connect(self._answer_today)
        self.another_button.clicked.connect(self._another)
        # Activation is the double-click (or Enter, or the platform's single click); listening to
        # itemDoubleClicked as well made one double-click start two reflections.
        self.list.itemActivated.connect(self._chosen)
        self.theme_filter.currentIndexChanged.connect(self._refill)
        self.kind_filter.currentIndexChanged.connect(self._refill)
        self.own_button.clicked.connect(self.ownPromptRequested)
        self.list.customContextMenuRequested.connect(self._list_menu)
        self.filter_text.textChanged.connect(self._refill)

    # --- content ----------------------------------------------------------------

    def set_content(self, prompts: list, themes: dict[str, str], kinds: dict[str, str] | None = None,
                    source_of=None, own_ids=()) -> None:
        """``prompts``: objects with ``id``, ``theme``, ``kind`` and ``text`` (da/en); ``themes``: id → name;
        ``kinds``: kind → name; ``source_of(id)`` → (quote, title); ``own_ids``: the leader's own questions."""
        self._prompts = list(prompts)
        self._themes = dict(themes)
        self._kinds = dict(kinds or {})
        self._source_of = source_of
        self._own = set(own_ids)
        theme, kind = self.theme_filter.currentData(), self.kind_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(tr("All themes"), "")
        if self._own:
            self.theme_filter.addItem(tr("Your own questions"), OWN_THEME)
        for theme_id, name in sorted(self._themes.items(), key=lambda kv: kv[1].casefold()):
            self.theme_filter.addItem(name, theme_id)
        self.theme_filter.setCurrentIndex(max(0, self.theme_filter.findData(theme)))
        self.theme_filter.blockSignals(False)
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(tr("All kinds"), "")
        for kind_id, name in self._kinds.items():
            self.kind_filter.addItem(name, kind_id)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))
        self.kind_filter.blockSignals(False)
        self.kind_filter.setVisible(bool(self._kinds))
        self._refill()

    def theme_name(self, prompt) -> str:
        if prompt.id in self._own:
            return self._themes.get(prompt.theme) or tr("Your own question")
        return self._themes.get(prompt.theme, prompt.theme)

    def text_of(self, prompt) -> str:
        return localised(prompt.text, self.lang)

    def set_today(self, prompt) -> None:
        self._today = prompt
        if prompt is None:
            self.today_theme.setText("")
            self.today_text.setText(tr("No questions are available."))
            self.answer_button.setEnabled(False)
            self.another_button.setEnabled(False)
            self.source.hide()
            self.source_link.hide()
            return
        self.today_theme.setText(self.theme_name(prompt))
        self.today_text.setText(self.text_of(prompt))
        # Read out with the card and with the Answer button, so the question is heard where the keyboard is.
        self.card.setAccessibleDescription(f"{self.theme_name(prompt)}: {self.text_of(prompt)}")
        self.answer_button.setAccessibleDescription(tr("Starts a new reflection with this question quoted at the top: {question}").format(question=self.text_of(prompt)))
        self.source.hide()
        self._update_source_link()
        self.answer_button.setEnabled(True)
        self.another_button.setEnabled(True)

    @property
    def today(self):
        return self._today

    def _refill(self, *_args) -> None:
        theme = self.theme_filter.currentData() or ""
        kind = self.kind_filter.currentData() or ""
        words = self.filter_text.text().casefold().split()
        self.list.clear()
        for prompt in self._prompts:
            if theme == OWN_THEME:
                if prompt.id not in self._own:
                    continue
            elif theme and prompt.theme != theme:
                continue
            if kind and prompt.kind != kind:
                continue
            text = self.text_of(prompt)
            haystack = f"{text} {self.theme_name(prompt)}".casefold()
            if any(word not in haystack for word in words):
                continue
            item = QListWidgetItem(text)
            item.setData(PromptIdRole, prompt.id)
            tip = self.theme_name(prompt)
            if self._kinds.get(prompt.kind):
                tip += " · " + self._kinds[prompt.kind]
            item.setToolTip(tip)
            self.list.addItem(item)

    def show_prompt(self, prompt_id: str) -> bool:
        """Choose ``prompt_id`` in the list and scroll to it, clearing filters that hide it."""
        if self._find(prompt_id) is None:
            for widget in (self.theme_filter, self.kind_filter):
                widget.setCurrentIndex(0)
            self.filter_text.clear()
        item = self._find(prompt_id)
        if item is None:
            return False
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)
        return True

    def _find(self, prompt_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(PromptIdRole) == prompt_id:
                return item
        return None

    # --- where a question comes from ------------------------------------------------

    def source_for(self, prompt_id: str) -> tuple[str, str]:
        return self._source_of(prompt_id) if self._source_of is not None else ("", "")

    def _update_source_link(self) -> None:
        label = tr("Hide the source") if not self.source.isHidden() else tr("Where does the question come from?")
        self.source_link.setText(f'<a href="source">{label}</a>')
        self.source_link.setVisible(self._today is not None and self._source_of is not None)

    def _toggle_source(self, _link: str = "") -> None:
        if self._today is None:
            return
        if self.source.isHidden():
            quote, title = self.source_for(self._today.id)
            self.source.show_source(quote, title)
            self.source.show()
        else:
            self.source.hide()
        self._update_source_link()

    def _list_menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is not None:
            self.menu_for(item).exec(self.list.viewport().mapToGlobal(pos))

    def menu_for(self, item: QListWidgetItem) -> QMenu:
        """The context menu of a question in the list: answer it; its source, or edit/remove one's own."""
        menu = QMenu(self)
        menu.addAction(tr("Answer"), lambda: self._chosen(item))
        prompt_id = item.data(PromptIdRole)
        if prompt_id in self._own:
            menu.addAction(tr("Edit your question…"), lambda: self.ownPromptEditRequested.emit(prompt_id))
            menu.addAction(tr("Remove your question…"), lambda: self.ownPromptRemoveRequested.emit(prompt_id))
        else:
            menu.addAction(tr("Where does the question come from?"), lambda: self.show_source_of(prompt_id))
        return menu

    def show_source_of(self, prompt_id: str) -> None:
        from journal.ui.dialogs.source_passage import SourcePassageDialog

        prompt = next((p for p in self._prompts if p.id == prompt_id), None)
        if prompt is None:
            return
        quote, title = self.source_for(prompt_id)
        SourcePassageDialog.ask(self, self.text_of(prompt), quote, title)

    # --- actions ----------------------------------------------------------------------

    def _answer_today(self) -> None:
        if self._today is not None:
            self.promptChosen.emit(self._today.id)

    def _another(self) -> None:
        if self._today is not None:
            self.anotherRequested.emit(self._today.id)

    def _chosen(self, item: QListWidgetItem) -> None:
        prompt_id = item.data(PromptIdRole)
        if prompt_id:
            self.promptChosen.emit(prompt_id)
