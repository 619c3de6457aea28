"""Storage: the only package that imports SQLAlchemy. Knows nothing of Qt.

``Store`` is loaded on first use, so ``journal.store.records``, ``.crypto`` and
``.search`` can be imported without paying for SQLAlchemy (start-up time).
"""

from journal.store.records import Case, Changes, Comment, Commitment, Entry, EntrySummary, JournalInfo, SearchHit

__all__ = ["Case", "Changes", "Comment", "Commitment", "Entry", "EntrySummary", "JournalInfo", "SearchHit", "Store"]


def __getattr__(name: str):
    if name == "Store":
        from journal.store.store import Store

        return Store
    raise AttributeError(name)
