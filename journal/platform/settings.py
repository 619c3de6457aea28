"""Per-journal settings (no journal content ever goes here), saved atomically as JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from journal.platform.files import write_atomic


@dataclass
class Settings:
    language: str = ""  # "" = follow the system
    autosave_ms: int = 1000
    auto_lock_minutes: int = 5  # 0 = off
    show_preview: bool = False
    window_geometry: str = ""  # Qt's saveGeometry(), base64: where the window was and how big
    splitter_state: str = ""  # widths of the list, the editor and the question panel, base64
    last_entry: int = 0  # the id of the reflection open at closing (a number, no text); 0 = none
    reminders_on: bool = False  # a daily reminder to reflect (tray notification); off until chosen
    reminder_time: str = "16:00"  # "HH:MM", local time
    next_step_reminders: bool = True  # with the daily reminder: how many next steps are due (a number only)
    theme: str = "system"  # "system" (follow the platform), "light" or "dark"
    # The platform's colour scheme at the last start ("light", "dark"; "" = not known yet): the
    # first dialog is painted in it at once, and the platform is asked once that is up.
    system_scheme: str = ""
    editor_point_size: int = 0  # the editor's text size in points; 0 = the default

    @classmethod
    def load(cls, path: Path) -> "Settings":
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        values = {}
        for key, value in (data if isinstance(data, dict) else {}).items():
            if key in known and isinstance(value, type(getattr(cls(), key))):
                values[key] = value
        settings = cls(**values)
        if settings.language not in ("", "da", "en"):
            settings.language = ""
        if settings.theme not in ("system", "light", "dark"):
            settings.theme = "system"
        if settings.system_scheme not in ("", "light", "dark"):
            settings.system_scheme = ""
        if settings.editor_point_size and not 8 <= settings.editor_point_size <= 32:
            settings.editor_point_size = 0
        settings.auto_lock_minutes = max(0, min(60, settings.auto_lock_minutes))
        settings.autosave_ms = max(300, min(10000, settings.autosave_ms))
        if not _is_time(settings.reminder_time):
            settings.reminder_time = cls.reminder_time
        return settings

    def save(self, path: Path) -> None:
        write_atomic(Path(path), (json.dumps(asdict(self), indent=2, sort_keys=True) + "\n").encode("utf-8"))


def _is_time(value: str) -> bool:
    """"HH:MM" on the 24-hour clock."""
    hours, sep, minutes = value.partition(":")
    return bool(sep) and len(minutes) == 2 and hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60
