"""Starred entries, the share log's protection flag and parts, coach comments with
anchors, replies and read marks, and a full-text index of comments.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS = [
    # Imported journals (jrnl, Day One) carry a star; kept so nothing is lost on the way in.
    "ALTER TABLE entries ADD COLUMN starred INTEGER NOT NULL DEFAULT 0",
    # Whether the file written was protected by a share password, and which parts of the
    # entries it held (JSON list: title, text, question, case, tags, next_steps, comments).
    "ALTER TABLE share_log ADD COLUMN protected INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE share_log ADD COLUMN parts TEXT NOT NULL DEFAULT '[]'",
    # A coach's comment: the passage it is anchored to (if any), the SHA-256 of the entry
    # text the coach saw, the review package it came from; read mark; the leader's replies
    # are comments with origin 'leader' and a parent.
    "ALTER TABLE comments ADD COLUMN anchor TEXT",
    "ALTER TABLE comments ADD COLUMN seen_sha256 TEXT",
    "ALTER TABLE comments ADD COLUMN package_id TEXT",
    "ALTER TABLE comments ADD COLUMN is_read INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE comments ADD COLUMN origin TEXT NOT NULL DEFAULT 'coach'",
    "ALTER TABLE comments ADD COLUMN parent_id INTEGER REFERENCES comments(id) ON DELETE CASCADE",
    """CREATE VIRTUAL TABLE comments_fts USING fts5(
        body,
        tokenize = "unicode61 remove_diacritics 0",
        prefix = '2 3'
    )""",
    "INSERT INTO comments_fts(rowid, body) SELECT id, body FROM comments",
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Tværs journals are never downgraded; restore a backup instead.")
