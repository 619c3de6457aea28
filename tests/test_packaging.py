"""The wheel ships every package, the content in data/ and the compiled translations."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "journal").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert found - listed == set()
    assert {"journal.data", "journal.resources"} <= listed
