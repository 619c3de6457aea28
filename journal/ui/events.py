"""The one place views hear about changes: ``Events.changed`` carries a ``Changes`` value."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from journal.store.records import Changes


AUTOSAVE = "autosave"  # the editor saving what is typed
CONTENT = "content"  # the shipped content (published case cards) written on opening


class Events(QObject):
    changed = Signal(object)  # Changes

    def broadcast(self, result: object) -> None:
        if isinstance(result, Changes):
            self.changed.emit(result)
