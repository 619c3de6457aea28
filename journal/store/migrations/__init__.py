"""Alembic migration scripts for the journal schema (one transaction, backup first)."""
