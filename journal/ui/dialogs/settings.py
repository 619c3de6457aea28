"""Settings: language, auto-lock, and the journal's keys and place."""

from __future__ import annotations

from dataclasses import replace

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal.ui import theme

from journal.platform.placement import sync_service
from journal.platform.settings import Settings


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def sync_warning(service: str) -> str:
    return tr(
        "The journal folder is inside {service}. Synchronisation copies the journal to servers and can "
        "corrupt a database that is being written. Move the journal to a folder that is not synchronised."
    ).format(service=service)


class SettingsDialog(QDialog):
    changePassphraseRequested = Signal()
    newRecoveryKeyRequested = Signal()
    restoreRequested = Signal(str)  # the backup file

    def __init__(self, settings: Settings, folder: str, protected: bool, parent=None, backups=()) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(540)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(tr("Follow the system"), "")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setObjectName("autoLock")
        self.auto_lock.setRange(0, 60)
        self.auto_lock.setSuffix(tr(" min"))
        self.auto_lock.setSpecialValueText(tr("Never"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        general = QGroupBox(tr("General"), self)
        form = QFormLayout(general)
        self.appearance = QComboBox(self)
        self.appearance.setObjectName("appearance")
        self.appearance.addItem(tr("Follow the system"), "system")
        self.appearance.addItem(tr("Light"), "light")
        self.appearance.addItem(tr("Dark"), "dark")
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(settings.theme)))
        form.addRow(tr("Language (after restart)"), self.language)
        form.addRow(tr("Appearance"), self.appearance)
        form.addRow(tr("Lock after inactivity"), self.auto_lock)

        reminders = self._make_reminders(settings)

        security = QGroupBox(tr("Passphrase and recovery key"), self)
        sec_layout = QVBoxLayout(security)
        self.protection = QLabel(
            tr("The journal is protected by a passphrase.") if protected
            else tr("The journal has no passphrase: anyone with access to this computer can read it."),
            security,
        )
        self.protection.setWordWrap(True)
        self.change_button = QPushButton(tr("Change passphrase…") if protected else tr("Set a passphrase…"), security)
        self.change_button.setObjectName("changePassphrase")
        self.recovery_button = QPushButton(tr("Make a new recovery key…"), security)
        self.recovery_button.setObjectName("newRecoveryKey")
        sec_layout.addWidget(self.protection)
        sec_layout.addWidget(self.change_button)
        sec_layout.addWidget(self.recovery_button)
        self.change_button.clicked.connect(self.changePassphraseRequested)
        self.recovery_button.clicked.connect(self.newRecoveryKeyRequested)

        place = QGroupBox(tr("Where the journal is kept"), self)
        place_layout = QVBoxLayout(place)
        where = QLabel(folder, place)
        where.setWordWrap(True)
        place_layout.addWidget(where)
        service = sync_service(folder)
        self.sync_warning = QLabel(sync_warning(service) if service else "", place)
        self.sync_warning.setObjectName("syncWarning")
        self.sync_warning.setWordWrap(True)
        self.sync_warning.setStyleSheet(theme.error_style())
        self.sync_warning.setVisible(bool(service))
        place_layout.addWidget(self.sync_warning)

        saved = QGroupBox(tr("Backups"), self)
        saved_layout = QVBoxLayout(saved)
        note = QLabel(
            tr("Tværs makes an encrypted, verified backup at the first unlock of each day and when you close "
               "after changes, and keeps the last 10, one a day for a week and one a week for a month."),
            saved,
        )
        note.setWordWrap(True)
        self.backup_list = QListWidget(saved)
        self.backup_list.setObjectName("backupList")
        locale = QLocale()
        for info in backups:
            when = locale.toString(info.created, QLocale.FormatType.ShortFormat)
            # "140 kB", not "140,00 KiB": decimal units, as a file manager on Windows shows them
            digits = 0 if info.size < 1_000_000 else 1
            size = locale.formattedDataSize(info.size, digits, QLocale.DataSizeFormat.DataSizeSIFormat)
            entries = "" if info.entries is None else " · " + tr("{n} reflections").format(n=locale.toString(info.entries))
            item = QListWidgetItem(f"{when} · {size}{entries}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backup_list.addItem(item)
        if not backups:
            self.backup_list.addItem(tr("No backups yet."))
        self.restore_button = QPushButton(tr("Restore the chosen backup…"), saved)
        self.restore_button.setObjectName("restoreBackup")
        self.open_folder = QPushButton(tr("Open the backup folder"), saved)
        self.restore_button.clicked.connect(self._restore_chosen)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(folder) / "backups"))))
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        saved_layout.addWidget(note)
        saved_layout.addWidget(self.backup_list)
        saved_layout.addLayout(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Two pages, so the dialog fits a 1366×768 screen (and 200 %) with every text whole;
        # the cohort's Personer page is added as a third.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        for title, boxes in ((tr("General"), (general, reminders)), (tr("Journal and keys"), (security, place, saved))):
            page = QWidget(self.tabs)
            page_layout = QVBoxLayout(page)
            for box in boxes:
                page_layout.addWidget(box)
            page_layout.addStretch(1)
            self.tabs.addTab(page, title)
        if service:
            self.tabs.setCurrentIndex(1)  # the warning about the synchronised folder is seen first
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._settings = settings

    def _make_reminders(self, settings: Settings) -> QGroupBox:
        """Reminders: off by default; a daily time, and whether to count the next steps due."""
        box = QGroupBox(tr("Reminders"), self)
        self.reminders_on = QCheckBox(tr("Remind me to reflect every day at"), box)
        self.reminders_on.setObjectName("remindersOn")
        self.reminders_on.setChecked(settings.reminders_on)
        self.reminder_time = QTimeEdit(box)
        self.reminder_time.setObjectName("reminderTime")
        self.reminder_time.setAccessibleName(tr("Time of the daily reminder"))
        self.reminder_time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        hours, _sep, minutes = settings.reminder_time.partition(":")
        self.reminder_time.setTime(QTime(int(hours), int(minutes)))
        self.next_step_reminders = QCheckBox(tr("Also say how many next steps are due that day"), box)
        self.next_step_reminders.setObjectName("nextStepReminders")
        self.next_step_reminders.setChecked(settings.next_step_reminders)
        note = QLabel(
            tr("The reminder comes from Tværs's icon in the system tray while Tværs is running. It never "
               "shows what you wrote, and while the journal is locked it only reminds you to reflect."),
            box,
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.reminders_on)
        row.addWidget(self.reminder_time)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.next_step_reminders)
        layout.addWidget(note)
        self.reminders_on.toggled.connect(self._reminders_toggled)
        self._reminders_toggled(settings.reminders_on)
        return box

    def _reminders_toggled(self, on: bool) -> None:
        self.reminder_time.setEnabled(on)
        self.next_step_reminders.setEnabled(on)

    def _restore_chosen(self) -> None:
        item = self.backup_list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.restoreRequested.emit(path)
            self.reject()

    def result_settings(self) -> Settings:
        return replace(
            self._settings,
            language=self.language.currentData() or "",
            auto_lock_minutes=self.auto_lock.value(),
            reminders_on=self.reminders_on.isChecked(),
            reminder_time=self.reminder_time.time().toString("HH:mm"),
            next_step_reminders=self.next_step_reminders.isChecked(),
            theme=self.appearance.currentData() or "system",
        )
