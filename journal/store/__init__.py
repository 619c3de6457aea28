"""Storage: the only package that imports SQLAlchemy. Knows nothing of Qt.

Every name is loaded on first use, so ``journal.store.crypto`` (read before the unlock
dialog) and ``.search`` can be imported without paying for SQLAlchemy or for the records'
dataclasses (start-up time).
"""

__all__ = ["Case", "Changes", "Comment", "Commitment", "Entry", "EntrySummary", "JournalInfo", "SearchHit", "Store"]


def __getattr__(name: str):
    if name == "Store":
        from journal.store.store import Store

        return Store
    if name in __all__:
        from journal.store import records

        return getattr(records, name)
    raise AttributeError(name)
