"""The prompt panel: today's question, another one on request, and the whole bank by theme."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PromptIdRole = Qt.ItemDataRole.UserRole + 20


def tr(text: str) -> str:
    return QCoreApplication.translate("PromptPanel", text)


def localised(value, lang: str) -> str:
    """Text from a {"da": …, "en": …} mapping (or an object with one), Danish as fallback."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return value.get(lang) or value.get("da") or value.get("en") or ""
    return str(value)


class PromptPanel(QWidget):
    promptChosen = Signal(str)  # prompt id
    anotherRequested = Signal(str)  # the id shown now

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._prompts: list = []
        self._themes: dict[str, str] = {}
        self._today = None

        self.heading = QLabel(tr("Today's question"), self)
        self.heading.setObjectName("todayHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)

        self.card = QFrame(self)
        self.card.setObjectName("todayCard")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.today_theme = QLabel(self.card)
        self.today_theme.setObjectName("todayTheme")
        self.today_text = QLabel(self.card)
        self.today_text.setObjectName("todayText")
        self.today_text.setWordWrap(True)
        text_font = QFont(self.today_text.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.15)
        self.today_text.setFont(text_font)
        self.today_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_button = QPushButton(tr("Answer"), self.card)
        self.answer_button.setObjectName("answerToday")
        self.answer_button.setDefault(True)
        self.another_button = QPushButton(tr("Another question"), self.card)
        self.another_button.setObjectName("anotherPrompt")
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.today_theme)
        card_layout.addWidget(self.today_text)
        card_layout.addLayout(buttons)

        self.bank_heading = QLabel(tr("All questions"), self)
        self.bank_heading.setFont(heading_font)
        self.theme_filter = QComboBox(self)
        self.theme_filter.setObjectName("themeFilter")
        self.filter_text = QLineEdit(self)
        self.filter_text.setObjectName("promptFilter")
        self.filter_text.setPlaceholderText(tr("Filter the questions"))
        self.filter_text.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("promptList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setToolTip(tr("Double-click a question to answer it"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.card)
        layout.addSpacing(8)
        layout.addWidget(self.bank_heading)
        layout.addWidget(self.theme_filter)
        layout.addWidget(self.filter_text)
        layout.addWidget(self.list, 1)

        self.answer_button.clicked.connect(self._answer_today)
        self.another_button.clicked.connect(self._another)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemDoubleClicked.connect(self._chosen)
        self.theme_filter.currentIndexChanged.connect(self._refill)
        self.filter_text.textChanged.connect(self._refill)

    # --- content ----------------------------------------------------------------

    def set_content(self, prompts: list, themes: dict[str, str]) -> None:
        """``prompts``: objects with ``id``, ``theme`` and ``text`` (da/en); ``themes``: id → name."""
        self._prompts = list(prompts)
        self._themes = dict(themes)
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(tr("All themes"), "")
        for theme_id, name in sorted(self._themes.items(), key=lambda kv: kv[1].casefold()):
            self.theme_filter.addItem(name, theme_id)
        self.theme_filter.blockSignals(False)
        self._refill()

    def text_of(self, prompt) -> str:
        return localised(prompt.text, self.lang)

    def set_today(self, prompt) -> None:
        self._today = prompt
        if prompt is None:
            self.today_theme.setText("")
            self.today_text.setText(tr("No questions are available."))
            self.answer_button.setEnabled(False)
            self.another_button.setEnabled(False)
            return
        self.today_theme.setText(self._themes.get(prompt.theme, prompt.theme))
        self.today_text.setText(self.text_of(prompt))
        self.answer_button.setEnabled(True)
        self.another_button.setEnabled(True)

    @property
    def today(self):
        return self._today

    def _refill(self, *_args) -> None:
        theme = self.theme_filter.currentData() or ""
        needle = self.filter_text.text().casefold().strip()
        self.list.clear()
        for prompt in self._prompts:
            if theme and prompt.theme != theme:
                continue
            text = self.text_of(prompt)
            if needle and needle not in text.casefold():
                continue
            item = QListWidgetItem(text)
            item.setData(PromptIdRole, prompt.id)
            item.setToolTip(self._themes.get(prompt.theme, prompt.theme))
            self.list.addItem(item)

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
