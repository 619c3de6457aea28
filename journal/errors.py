"""The two kinds of error: known problems the user can act on, and bugs.

A :class:`KnownError` carries a message that is shown as it is (in the CLI as one
``tvaers:`` line, in the GUI through ``ui.messages``).  Anything else is a bug.
Messages are English source strings; front ends translate them through the
``Errors`` context (see ``journal.platform.i18n``).
"""

from __future__ import annotations


class Count(int):
    """An amount in a message (a size, a limit, how many), written the way the reader's
    language groups thousands when the message is rendered: 200.000 in Danish, 200,000 in
    English.  Ids, line numbers and years stay plain ``int``s and are never grouped."""


class KnownError(Exception):
    """A problem the user can understand and fix; nothing was changed."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def render(self, translate=None, number=None) -> str:
        """The message in words: ``translate`` the front end's translator, ``number`` how it
        writes a :class:`Count` (English grouping when not given)."""
        text = translate(self.message) if translate else self.message
        params = {
            key: ((number or _english_number)(int(value)) if isinstance(value, Count) else value)
            for key, value in self.params.items()
        }
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text


def _english_number(n: int) -> str:
    return f"{n:,}"


class WrongPassphrase(KnownError):
    pass


class NoJournal(KnownError):
    pass


class JournalLocked(KnownError):
    """Another process holds the journal's writer lock."""


class FolderReadOnly(KnownError):
    """Nothing can be created in the journal folder; reading still works (the cause is the ``OSError``)."""


class NotFound(KnownError):
    pass


class StorageFull(KnownError):
    pass


class DamagedJournal(KnownError):
    pass


class BadInput(KnownError):
    pass


class ImportCancelled(KnownError):
    """The leader cancelled an import; the transaction was rolled back."""
