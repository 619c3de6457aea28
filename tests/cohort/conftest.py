"""Fixtures for the anonymiser tests (plain pytest, no Qt)."""

from __future__ import annotations

import pytest

from journal.cohort.anonymise import anonymise


@pytest.fixture
def anon():
    """Anonymise and return only the text."""

    def run(text: str, **kwargs) -> str:
        return anonymise(text, **kwargs).text

    return run
