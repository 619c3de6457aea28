"""*Importér …*: bring entries in from jrnl, Day One or a Markdown folder.

Choose a file or folder; the format is detected (and can be overridden); the
source is read off the GUI thread and the first entries are shown as they will
look (date, title, tags, star).  *Importér* writes everything in one
transaction on the writer thread with a progress bar; *Annullér* during the
write rolls it back, so the journal is as it was.  The summary says how many
were imported, how many were already there, and what was left out.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from journal import importers
from journal.errors import ImportCancelled
from journal.ui import messages
from journal.ui.dates import long_date

PREVIEW_ROWS = 50
WARNINGS_SHOWN = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def format_names() -> dict[str, str]:
    return {
        "jrnl-json": tr("jrnl, JSON export (jrnl --format json)"),
        "jrnl-txt": tr("jrnl, journal text file"),
        "dayone": tr("Day One, JSON or ZIP export"),
        "markdown": tr("Markdown folder (Obsidian, Logseq, notes)"),
    }


class _Progress(QObject):
    """Emitted on the writer thread, delivered on the GUI thread (queued)."""

    advanced = Signal(int)


class ImportDialog(QDialog):
    def __init__(self, tasks, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(tr("Import entries"))
        self.setMinimumSize(640, 480)
        self.tasks = tasks
        self.report = None
        self.imported: int | None = None
        self.skipped = 0
        self._cancel = threading.Event()
        self._writing = False
        self._parse_job = 0
        self._looks_like = ""
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._advanced)

        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(tr("Choose the exported file or the folder of notes"))
        choose_file = QPushButton(tr("Choose &file…"), self)
        choose_file.clicked.connect(self._choose_file)
        choose_folder = QPushButton(tr("Choose f&older…"), self)
        choose_folder.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose_file)
        row.addWidget(choose_folder)

        self.format = QComboBox(self)
        self.format.setObjectName("importFormat")
        self.format.addItem(tr("Detect from the file"), "auto")
        for name, label in format_names().items():
            self.format.addItem(label, name)
        self.format.currentIndexChanged.connect(self._reparse)

        self.status = QLabel(tr("Nothing chosen yet."), self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.preview = QTreeWidget(self)
        self.preview.setObjectName("importPreview")
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([tr("Date"), tr("Title"), tr("Tags"), tr("Starred")])
        self.preview.setColumnWidth(0, 170)
        self.preview.setColumnWidth(1, 250)
        self.warnings = QPlainTextEdit(self)
        self.warnings.setObjectName("importWarnings")
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(90)
        self.warnings.hide()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("importCancel")
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("From:"), row)
        form.addRow(tr("Format:"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    # --- choosing and reading ------------------------------------------------------------

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Choose the export"), str(Path.home()),
            tr("Journal exports (*.json *.zip *.txt *.md);;All files (*)"),
        )
        if chosen:
            self.set_source(Path(chosen))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Choose the folder of Markdown notes"), str(Path.home()))
        if chosen:
            self.set_source(Path(chosen))

    def set_source(self, path: Path, fmt: str | None = None) -> None:
        """Read ``path`` (off the GUI thread) and show what would be imported."""
        self.path.setText(str(path))
        if fmt is not None:
            index = self.format.findData(fmt)
            if index >= 0 and index != self.format.currentIndex():
                self.format.blockSignals(True)
                self.format.setCurrentIndex(index)
                self.format.blockSignals(False)
        self._reparse()

    def _reparse(self) -> None:
        text = self.path.text()
        if not text or self._writing:
            return
        path, fmt = Path(text), self.format.currentData()
        self.report = None
        self.import_button.setEnabled(False)
        self.preview.clear()
        self.warnings.hide()
        self.status.setText(tr("Reading {path} …").format(path=path.name))
        self._parse_job += 1
        job = self._parse_job

        def parse():
            chosen = importers.detect(path) if fmt == "auto" else fmt
            return chosen, importers.parse(path, chosen or "auto")

        self.tasks.compute(parse, lambda result: self._parsed(job, result), lambda exc: self._parse_failed(job, exc))

    def _parse_failed(self, job: int, exc) -> None:
        if job != self._parse_job:
            return
        self.status.setText(messages.error_text(exc))

    def _parsed(self, job: int, result) -> None:
        if job != self._parse_job:
            return
        chosen, report = result
        self.report = report
        self._looks_like = ""
        if self.format.currentData() == "auto" and chosen:
            self._looks_like = tr("Looks like: {format}.").format(format=format_names().get(chosen, chosen)) + " "
        self.status.setText(self._looks_like + tr("{count} entries found").format(count=QLocale().toString(len(report.records))) + ".")
        for record in report.records[:PREVIEW_ROWS]:
            item = QTreeWidgetItem([
                f"{long_date(record.created)} {record.created[11:16]}",
                record.title or record.body.strip().split("\n", 1)[0][:80],
                ", ".join(record.tags),
                "★" if record.starred else "",
            ])
            self.preview.addTopLevelItem(item)
        if report.warnings:
            shown = [w.render(QCoreApplication.translate) for w in report.warnings[:WARNINGS_SHOWN]]
            self.warnings.setPlainText("\n".join(shown))
            self.warnings.show()
        keys = [r.source_key for r in report.records]
        self.tasks.read(lambda store: len(store.has_source_keys(keys)), lambda known: self._counted(job, known), lambda exc: self._counted(job, None))

    def _counted(self, job: int, known: int | None) -> None:
        if job != self._parse_job or self.report is None:
            return
        report = self.report
        found = tr("{count} entries found").format(count=QLocale().toString(len(report.records)))
        parts = [found]
        if known:
            parts.append(tr("{count} of them are already in the journal and will be skipped").format(count=QLocale().toString(known)))
        if report.warnings:
            parts.append(tr("{count} warnings").format(count=QLocale().toString(len(report.warnings))))
        if report.media_skipped:
            parts.append(tr("{count} photos or other attachments are not imported").format(count=QLocale().toString(report.media_skipped)))
        self.status.setText(self._looks_like + "; ".join(parts) + ".")
        self.import_button.setEnabled(bool(report.records) and (known or 0) < len(report.records))

    # --- writing -----------------------------------------------------------------------

    def start_import(self) -> None:
        report = self.report
        if report is None or self._writing:
            return
        self._writing = True
        self._cancel.clear()
        self.import_button.setEnabled(False)
        self.format.setEnabled(False)
        self.bar.setRange(0, len(report.records))
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(tr("Importing {count} entries …").format(count=QLocale().toString(len(report.records))))
        progress = self._progress.advanced.emit
        cancelled = self._cancel.is_set
        started = self.tasks.write(
            lambda store: importers.write_entries(store, report, progress=progress, cancelled=cancelled),
            self._written, self._write_failed,
        )
        if started is None:  # the journal is closing
            self._writing = False
            self.reject()

    def _advanced(self, done: int) -> None:
        self.bar.setValue(done)

    def _written(self, changes) -> None:
        self._writing = False
        total = len(self.report.records)
        self.imported = len(changes.ids)
        self.skipped = total - self.imported
        self.bar.setValue(total)
        self._finish(self.summary())

    def summary(self) -> str:
        report = self.report
        parts = [tr("Imported {imported}, skipped {skipped} duplicates").format(imported=QLocale().toString(self.imported), skipped=QLocale().toString(self.skipped))]
        if report.warnings:
            parts.append(tr("{count} warnings").format(count=QLocale().toString(len(report.warnings))))
        if report.media_skipped:
            parts.append(tr("{count} photos or other attachments left out").format(count=QLocale().toString(report.media_skipped)))
        return ", ".join(parts) + "."

    def _write_failed(self, exc) -> None:
        self._writing = False
        if isinstance(exc, ImportCancelled):
            self.bar.hide()
            self._finish(tr("The import was cancelled. Nothing was imported; the journal is as it was."))
            return
        self.bar.hide()
        self._finish(messages.error_text(exc))

    def _finish(self, text: str) -> None:
        self.status.setText(text)
        self.format.setEnabled(True)
        self.import_button.hide()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(tr("Close"))

    def reject(self) -> None:
        """Cancel while writing rolls the transaction back; the dialog closes when the writer says so."""
        if self._writing:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(tr("Cancelling …"))
            return
        super().reject()

    def close_for_lock(self) -> None:
        """The journal locked: stop (a write still running is rolled back) and close, showing nothing."""
        self._cancel.set()
        self._writing = False
        self.preview.clear()
        self.done(QDialog.DialogCode.Rejected)

    def closeEvent(self, event) -> None:
        if self._writing:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)
