"""Plain, frozen records the store hands out. Nothing here is bound to a database session."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Comment:
    """A coach's comment on an entry, or (origin "leader") the leader's reply to one."""

    id: int
    entry_id: int
    author: str
    created: str
    body: str
    origin: str = "coach"  # "coach" | "leader"
    anchor: str | None = None  # the passage the comment is about, quoted exactly
    seen_sha256: str | None = None  # SHA-256 of the entry text the coach saw
    package_id: str | None = None
    is_read: bool = False
    parent_id: int | None = None  # the comment a reply answers

    def changed_since_seen(self, body: str) -> bool:
        """Whether the entry's text differs from what the coach read."""
        if not self.seen_sha256:
            return False
        import hashlib

        return hashlib.sha256(body.encode("utf-8")).hexdigest() != self.seen_sha256

    def to_json(self, body: str | None = None) -> dict:
        data = {
            "author": self.author, "created": self.created, "body": self.body, "id": str(self.id), "origin": self.origin,
            "anchor": self.anchor, "read": self.is_read, "reply_to": str(self.parent_id) if self.parent_id else None,
        }
        if body is not None and self.seen_sha256:
            data["changed_since_seen"] = self.changed_since_seen(body)
        return data


@dataclass(frozen=True)
class Entry:
    """One reflection. ``created``/``updated`` are ISO 8601 in the entry's own local time with offset."""

    id: int
    uid: str
    title: str
    body: str
    created: str
    updated: str
    tags: tuple[str, ...] = ()
    case_id: str | None = None
    prompt_id: str | None = None
    comments: tuple[Comment, ...] = ()
    starred: bool = False

    @property
    def display_title(self) -> str:
        """The title, or for an untitled entry the first line of the leader's own words."""
        from journal.store.excerpts import derive_title

        return self.title or derive_title(self.body)

    @property
    def day(self) -> str:
        return self.created[:10]

    def to_json(self) -> dict:
        return {
            "id": str(self.id),
            "uid": self.uid,
            "created": self.created,
            "updated": self.updated,
            "title": self.title,
            "body": self.body,
            "tags": list(self.tags),
            "case": self.case_id,
            "prompt": self.prompt_id,
            "comments": [c.to_json(self.body) for c in self.comments],
            "starred": self.starred,
        }


@dataclass(frozen=True)
class EntrySummary:
    """A row of the entry list: enough to show it, not the whole body."""

    id: int
    title: str
    excerpt: str
    created: str
    updated: str
    case_id: str | None
    prompt_id: str | None

    @property
    def day(self) -> str:
        return self.created[:10]


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    snippet: str  # highlights marked with HIT_START / HIT_END
    rank: float
    in_comment: bool = False  # the words were found in a coach's comment on the entry, not in the entry

    def to_json(self) -> dict:
        data = self.entry.to_json()
        data["snippet"] = self.snippet.replace(HIT_START, "**").replace(HIT_END, "**")
        data["rank"] = self.rank
        if self.in_comment:
            data["match"] = "coach comment"
        return data


HIT_START = "\x02"
HIT_END = "\x03"


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    description: str
    published: bool
    archived: bool
    created: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "published": self.published,
            "archived": self.archived,
        }


@dataclass(frozen=True)
class Commitment:
    id: int
    entry_id: int
    text: str
    due: str | None  # ISO date
    status: str  # open | done | postponed | dropped
    created: str
    follow_up_entry_id: int | None = None
    case_id: str | None = None  # the case of the entry it was written in (filled by the open/due lists)


@dataclass(frozen=True)
class OwnPrompt:
    id: str
    theme: str
    kind: str
    text_da: str
    text_en: str
    created: str


@dataclass(frozen=True)
class JournalInfo:
    data_dir: str
    database: str
    key_file: str
    backup_dir: str
    entries: int
    schema_version: str
    app_version: str
    protected: bool
    read_only: bool = False
    hidden_saves: int = 0  # read-only: saves in a -wal that cannot be replayed yet (an upper bound)

    def to_json(self) -> dict:
        return {
            "data_dir": self.data_dir,
            "database": self.database,
            "key_file": self.key_file,
            "backup_dir": self.backup_dir,
            "entries": self.entries,
            "schema_version": self.schema_version,
            "app_version": self.app_version,
            "passphrase": self.protected,
            "read_only": self.read_only,
            "hidden_saves": self.hidden_saves,
        }


@dataclass(frozen=True)
class Changes:
    """What a write changed, so views can decide what to refresh."""

    kind: str  # "entries" | "cases" | "comments" | "commitments" | "prompts" | "journal"
    ids: tuple = field(default_factory=tuple)
    created: bool = False
    initiator: str = ""  # who asked for it (e.g. "autosave", "content"), set by the front end


@dataclass(frozen=True)
class DayMarks:
    """What the calendar marks on each ISO day: reflections written, next steps due, follow-ups written."""

    reflections: dict = field(default_factory=dict)  # "2026-03-05" → count
    next_steps_due: dict = field(default_factory=dict)
    follow_ups: dict = field(default_factory=dict)


@dataclass(frozen=True)
class InsightRows:
    """Raw rows for insight: ``entries`` as (day, prompt id, tags), ``next_steps`` as (status, day last changed, due)."""

    entries: tuple = ()
    next_steps: tuple = ()
