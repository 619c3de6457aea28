"""Indstillinger → Personer: my name and initials, my workplace and its domain, and the people
I write about. Kept inside the encrypted journal; every anonymisation of a contribution uses it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.cohort.people import People, person
from journal.errors import KnownError
from journal.ui import messages


def tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePage", text)


class PeoplePage(QWidget):
    def __init__(self, people: People, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        note = QLabel(tr("Tværs replaces these names, initials, e-mails and your workplace in every contribution to a "
                         "cohort round. The list is kept inside your encrypted journal and never leaves it."), self)
        note.setWordWrap(True)
        self.my_name = QLineEdit(people.my_name, self)
        self.my_name.setObjectName("myName")
        self.my_initials = QLineEdit(people.my_initials, self)
        self.my_initials.setObjectName("myInitials")
        self.workplace = QLineEdit(people.workplace, self)
        self.workplace.setObjectName("workplace")
        self.domain = QLineEdit(people.domain, self)
        self.domain.setObjectName("domain")
        self.domain.setPlaceholderText(tr("e.g. naestved.dk"))
        me = QGroupBox(tr("You"), self)
        form = QFormLayout(me)
        form.addRow(tr("Your name"), self.my_name)
        form.addRow(tr("Your initials"), self.my_initials)
        form.addRow(tr("Your workplace"), self.workplace)
        form.addRow(tr("Its e-mail domain"), self.domain)
        others = QGroupBox(tr("People you write about"), self)
        box = QVBoxLayout(others)
        self.table = QTableWidget(0, 4, others)
        self.table.setObjectName("peopleTable")
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Short forms (comma-separated)"), tr("Initials"), tr("E-mail")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for p in people.people:
            self._add_row(p.name, ", ".join(p.short), p.initials, p.email)
        add = QPushButton(tr("Add a person"), others)
        add.setObjectName("addPersonRow")
        remove = QPushButton(tr("Remove the chosen person"), others)
        add.clicked.connect(lambda: self._add_row("", "", "", ""))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()) if self.table.currentRow() >= 0 else None)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box.addWidget(self.table)
        box.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(me)
        layout.addWidget(others, 1)

    def _add_row(self, *values: str) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        for column, value in enumerate(values):
            self.table.setItem(n, column, QTableWidgetItem(value))

    def people(self) -> People:
        """The register as shown; rows without a name are left out. Raises ``BadInput``."""
        rows = []
        for n in range(self.table.rowCount()):
            cells = [(self.table.item(n, c).text() if self.table.item(n, c) else "") for c in range(4)]
            if cells[0].strip():
                rows.append(person(cells[0], [s for s in cells[1].split(",")], cells[2], cells[3]))
        return People(self.my_name.text().strip(), self.my_initials.text().strip(), self.workplace.text().strip(),
                      self.domain.text().strip(), tuple(rows))


def attach_people_page(dialog, window) -> PeoplePage | None:
    """Add the Personer page to the Settings dialog (as a tab), and keep the register when the
    dialog is accepted. The register is read through the store facade (one small read)."""
    from journal.cohort.people import parse_people

    try:
        people = parse_people(window.store.people_register())
    except KnownError:
        people = People()
    page = PeoplePage(people, dialog)
    tabs = dialog.tabs  # the Settings dialog's pages: General, Journal and keys, and now People
    tabs.addTab(page, tr("People"))

    def keep() -> None:
        try:
            document = page.people().to_json()
        except KnownError as exc:
            messages.show_error(window, exc)
            return
        window.tasks.write(lambda store: store.set_people_register(document), None, window.write_failed)

    dialog.accepted.connect(keep)
    return page
