"""Insight (View → Insight): reflections per week, themes over time, next steps kept, the questions
answered most and the themes never touched.

Counted on the reader thread from the journal (``journal.prompts.looking_back``),
drawn with QPainter (``journal.ui.charts``). Every chart has a *Table* tab with
the same numbers for screen readers and a *Save as PNG…* button.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.prompts.looking_back import STEP_OUTCOMES, TAG_THEME, Insight, compute_insight
from journal.ui import messages
from journal.ui.charts import BarChart, Chart, HeatGrid, StackedBars


def tr(text: str) -> str:
    return QCoreApplication.translate("Insight", text)


def month_label(month: str, *, long: bool = False) -> str:
    """"mar." / "marts 2026" for "2026-03", from QLocale."""
    year, number = int(month[:4]), int(month[5:7])
    locale = QLocale()
    if long:
        return f"{locale.standaloneMonthName(number, QLocale.FormatType.LongFormat)} {year}"
    return locale.standaloneMonthName(number, QLocale.FormatType.ShortFormat)


def week_label(monday: date) -> str:
    return tr("Week {number}").format(number=QDate(monday.year, monday.month, monday.day).weekNumber()[0])


def outcome_names() -> dict[str, str]:
    return {"done": tr("Kept"), "postponed": tr("Postponed"), "dropped": tr("Dropped")}


class ChartSection(QWidget):
    """A heading, a chart and its table in two tabs, and a button that saves the chart as PNG."""

    def __init__(self, title: str, chart: Chart, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart = chart
        self.chart.setAccessibleName(title)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(tr("{chart}, as a table").format(chart=title))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.heading = QLabel(title, self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(chart, tr("Chart"))
        self.tabs.addTab(self.table, tr("Table"))
        self.tabs.setMinimumHeight(240)
        self.save_button = QPushButton(tr("Save as PNG…"), self)
        self.save_button.setObjectName(name + "Save")
        self.save_button.clicked.connect(self._ask_and_save)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addLayout(head)
        layout.addWidget(self.tabs)

    def fill_table(self, headers: list[str], rows: list[list]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        locale = QLocale()
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(locale.toString(value) if isinstance(value, int) else str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def table_rows(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() if self.table.item(r, c) else "" for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def save_png(self, path: str) -> bool:
        """The chart, at least 800 × 300 pixels (larger if it is larger on screen), into ``path``."""
        size = self.chart.size().expandedTo(QSize(800, 300))
        return self.chart.image(size.width(), size.height()).save(path, "PNG")

    def _ask_and_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the chart"), self.objectName() + ".png", tr("PNG images (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_png(path):
            messages.show_error(self, tr("The chart could not be saved to {path}.").format(path=path))


class InsightDialog(QDialog):
    def __init__(self, window, today: date | None = None) -> None:
        super().__init__(window)
        self.main_window = window
        self.today = today or date.today()
        self.insight: Insight | None = None
        self.setObjectName("insightDialog")
        self.setWindowTitle(tr("Insight"))
        self.note = QLabel(tr("Counted on this computer from your journal; nothing leaves it."), self)
        self.note.setWordWrap(True)
        self.status = QLabel(tr("Counting…"), self)
        self.status.setObjectName("insightStatus")
        self.weeks = ChartSection(tr("Reflections per week, the last 12 months"), BarChart(), "reflectionsPerWeek")
        self.themes = ChartSection(tr("Themes over time (questions answered and your tags)"), HeatGrid(), "themesOverTime")
        self.steps = ChartSection(tr("Next steps kept, postponed and dropped per month"), StackedBars(), "nextStepsPerMonth")
        self.top_heading = QLabel(tr("The questions you answered most"), self)
        self.top_list = QListWidget(self)
        self.top_list.setObjectName("topQuestions")
        self.top_list.setAccessibleName(self.top_heading.text())
        self.untouched_heading = QLabel(tr("Themes you have not touched yet"), self)
        self.untouched_list = QListWidget(self)
        self.untouched_list.setObjectName("untouchedThemes")
        self.untouched_list.setAccessibleName(self.untouched_heading.text())
        for label in (self.top_heading, self.untouched_heading):
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.note)
        column.addWidget(self.status)
        for section in (self.weeks, self.themes, self.steps):
            column.addWidget(section)
        lists = QHBoxLayout()
        for heading, widget in ((self.top_heading, self.top_list), (self.untouched_heading, self.untouched_list)):
            box = QVBoxLayout()
            box.addWidget(heading)
            box.addWidget(widget)
            lists.addLayout(box)
        column.addLayout(lists)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(860, 680)
        self.load()

    @property
    def sections(self) -> list[ChartSection]:
        return [self.weeks, self.themes, self.steps]

    def load(self) -> None:
        content = self.main_window.content
        theme_of = {p.id: p.theme for p in content.prompts}
        all_themes = list(content.theme_names())
        today = self.today

        def job(store):
            return compute_insight(store.insight_rows(), theme_of, all_themes, today)

        self.main_window.tasks.read(job, self.show_insight, self._failed)

    def _failed(self, exc) -> None:
        self.status.setText(messages.error_text(exc))

    def theme_label(self, name: str) -> str:
        if name.startswith(TAG_THEME):
            return name
        return self.main_window.content.theme_names().get(name, name)

    def show_insight(self, insight: Insight) -> None:
        self.insight = insight
        locale = QLocale()
        total = sum(n for _m, n in insight.weeks)
        self.status.setText(tr("Reflections in the last 52 weeks: {count}.").format(count=locale.toString(total)))

        # Reflections per week: a tick under the first week of each month.
        ticks, seen = {}, set()
        for i, (monday, _n) in enumerate(insight.weeks):
            if monday.month not in seen or i == 0:
                seen.add(monday.month)
                ticks[i] = month_label(f"{monday.year:04d}-{monday.month:02d}")
        busiest = max(insight.weeks, key=lambda w: w[1], default=None)
        description = tr("Reflections in 52 weeks: {count}; the most in one week: {most}.").format(
            count=locale.toString(total), most=locale.toString(busiest[1] if busiest else 0)
        )
        self.weeks.chart.set_data([n for _m, n in insight.weeks], ticks, description)
        self.weeks.fill_table(
            [tr("Week"), tr("From"), tr("Reflections")],
            [[week_label(m), locale.toString(QDate(m.year, m.month, m.day), QLocale.FormatType.ShortFormat), n]
             for m, n in insight.weeks],
        )

        # Themes over time.
        months = [month_label(m) for m in insight.months]
        rows = [(self.theme_label(name), list(values)) for name, values in insight.themes.items()]
        self.themes.chart.set_data(
            months, rows,
            tr("Themes in the last 12 months: {count}; the most frequent: {names}.").format(
                count=locale.toString(len(rows)), names=", ".join(n for n, _v in rows[:3]) or "–"
            ),
        )
        self.themes.fill_table([tr("Theme")] + [month_label(m, long=True) for m in insight.months],
                               [[name] + values for name, values in rows])

        # Next steps per month.
        names = outcome_names()
        series = [(names[o], [insight.steps[m][o] for m in insight.months]) for o in STEP_OUTCOMES]
        sums = {o: sum(insight.steps[m][o] for m in insight.months) for o in STEP_OUTCOMES}
        self.steps.chart.set_data(
            months, series,
            tr("In the last 12 months: {done} kept, {postponed} postponed, {dropped} dropped.").format(
                **{o: locale.toString(n) for o, n in sums.items()}
            ),
        )
        self.steps.fill_table(
            [tr("Month")] + [names[o] for o in STEP_OUTCOMES],
            [[month_label(m, long=True)] + [insight.steps[m][o] for o in STEP_OUTCOMES] for m in insight.months],
        )

        self.top_list.clear()
        for prompt_id, count in insight.top_questions:
            text = self.main_window.content.prompt_text(prompt_id) or prompt_id
            self.top_list.addItem(tr("{count}×: {question}").format(count=locale.toString(count), question=text))
        if not insight.top_questions:
            self.top_list.addItem(tr("You have not answered any of the questions yet."))
        self.untouched_list.clear()
        for theme in insight.untouched:
            self.untouched_list.addItem(self.theme_label(theme))
        if not insight.untouched:
            self.untouched_list.addItem(tr("You have touched every theme."))
