"""The first schema: entries, tags, cases, comments, commitments, own prompts, share log, FTS5.

Revision ID: 0001
Revises:
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENTS = [
    """CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        published INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    )""",
    """CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        created_utc TEXT NOT NULL,
        updated TEXT NOT NULL,
        updated_utc TEXT NOT NULL,
        prompt_id TEXT,
        case_id TEXT REFERENCES cases(id) ON DELETE SET NULL,
        source_key TEXT UNIQUE
    )""",
    "CREATE INDEX ix_entries_created_utc ON entries(created_utc)",
    "CREATE INDEX ix_entries_case ON entries(case_id, created_utc)",
    "CREATE INDEX ix_entries_prompt ON entries(prompt_id)",
    """CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    )""",
    """CREATE TABLE entry_tags (
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (entry_id, tag_id)
    )""",
    "CREATE INDEX ix_entry_tags_tag ON entry_tags(tag_id)",
    """CREATE TABLE comments (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        created TEXT NOT NULL,
        body TEXT NOT NULL,
        source_key TEXT UNIQUE
    )""",
    "CREATE INDEX ix_comments_entry ON comments(entry_id)",
    """CREATE TABLE commitments (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        due TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        follow_up_entry_id INTEGER REFERENCES entries(id) ON DELETE SET NULL
    )""",
    "CREATE INDEX ix_commitments_due ON commitments(status, due)",
    """CREATE TABLE own_prompts (
        id TEXT PRIMARY KEY,
        theme TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'daily',
        text_da TEXT NOT NULL DEFAULT '',
        text_en TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    )""",
    """CREATE TABLE share_log (
        id INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        format TEXT NOT NULL,
        entry_uids TEXT NOT NULL,
        recipient TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # Full-text index inside the encrypted database. remove_diacritics 0 keeps
    # å, æ, ø distinct from a, ae, o; no stemmer (Danish text, English stemmer).
    """CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, tags,
        tokenize = "unicode61 remove_diacritics 0",
        prefix = '2 3'
    )""",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Tværs journals are never downgraded; restore a backup instead.")
