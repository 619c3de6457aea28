"""Storage: the only package that imports SQLAlchemy. Knows nothing of Qt."""

from journal.store.records import Case, Changes, Comment, Commitment, Entry, EntrySummary, JournalInfo, SearchHit
from journal.store.store import Store

__all__ = ["Case", "Changes", "Comment", "Commitment", "Entry", "EntrySummary", "JournalInfo", "SearchHit", "Store"]
