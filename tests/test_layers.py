"""Dependencies point one way: ui → (export, cohort, prompts) → store → platform. Checked on the source with ast.

Every module of the package is covered: the root holds only the entry point and
the composition roots; everything else sits in a folder that names its layer.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "journal"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _files(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def _violations(files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in files:
        for module in _imports(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
    return bad


@pytest.mark.parametrize("layer", ["store", "prompts", "cohort", "importers"])
def test_lower_layers_know_nothing_of_qt(layer):
    assert _violations(_files(layer), ("PySide6", "shiboken6")) == []


def test_store_does_not_reach_up():
    assert _violations(_files("store"), ("journal.ui", "journal.app", "journal.prompts", "journal.export", "journal.cohort", "journal.cli")) == []


@pytest.mark.parametrize("layer", ["prompts", "cohort", "export", "importers"])
def test_middle_layers_do_not_reach_into_the_ui(layer):
    assert _violations(_files(layer), ("journal.ui", "journal.app")) == []


def test_only_store_imports_sqlalchemy():
    others = [p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts]
    assert _violations(others, ("sqlalchemy", "alembic", "sqlcipher3", "sqlite3")) == []


def test_cli_never_imports_qtwidgets():
    assert _violations(_files("cli"), ("PySide6.QtWidgets",)) == []


def test_export_only_pdf_touches_qt():
    files = [p for p in _files("export") if p.name != "pdf.py"]
    assert _violations(files, ("PySide6",)) == []


def test_widgets_run_no_sql():
    sql = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|PRAGMA)\b")
    for path in _files("ui") + [PACKAGE / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not sql.search(node.value), f"{path.name} holds SQL: {node.value[:60]!r}"
            if isinstance(node, ast.Attribute):
                assert node.attr not in ("exec_driver_sql", "_read", "_write", "_engine"), f"{path.name} uses {node.attr}"


def test_the_window_modules_leave_sqlalchemy_to_the_opening_thread():
    """Start-up opens the journal on a thread while the window is built: the UI must not import SQLAlchemy itself."""
    import subprocess
    import sys

    code = "import sys, journal.app, journal.ui.main_window; print('sqlalchemy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "False", done.stderr



def test_the_window_start_leaves_the_cohort_engine_and_the_commands_for_later():
    """What the first paint waits for: the anonymiser (its patterns take tens of milliseconds to
    compile), the records' dataclasses before the unlock dialog, and the command modules' parsers
    are loaded when first used, not by the window's modules or a start without a command."""
    import subprocess
    import sys

    code = (
        "import sys, journal.store.crypto; early = 'journal.store.records' in sys.modules\n"
        "import journal.cli.main as m\n"
        "m.main(['--smoke'], start_gui=lambda args: 0)\n"
        "import journal.app, journal.ui.main_window\n"
        "print(early, sorted(n for n in sys.modules if n.startswith(('journal.cohort', 'journal.cli.cmd_', 'journal.importers'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "False []", done.stderr


ROOT_MODULES = {
    "__init__.py": "version and names",
    "__main__.py": "python -m journal",
    "launch.py": "the one dispatcher: command line or window",
    "app.py": "the window's composition root",
    "startup.py": "start-up work that runs while Qt loads",
    "session.py": "the one owner of the open journal",
    "errors.py": "known problems and bugs",
}
LAYERS = ("platform", "store", "prompts", "cohort", "export", "importers", "cli", "ui")


def test_every_module_is_a_root_module_or_in_a_layer():
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in ROOT_MODULES)
    assert loose == [], "put these in a layer's folder (or name them in ROOT_MODULES with a reason)"
    folders = sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith("__"))
    assert folders == sorted(LAYERS)


def test_platform_services_know_nothing_above_them():
    forbidden = ("PySide6", "shiboken6", "sqlalchemy", "journal.store", "journal.ui", "journal.cli", "journal.app",
                 "journal.startup", "journal.launch", "journal.session", "journal.prompts", "journal.cohort", "journal.export")
    assert _violations(_files("platform"), forbidden) == []


def test_the_session_and_the_errors_are_qt_free_and_low():
    assert _violations([PACKAGE / "session.py"], ("PySide6", "sqlalchemy", "journal.ui", "journal.cli", "journal.app")) == []
    assert _violations([PACKAGE / "errors.py"], ("journal",)) == []


def test_only_the_dispatcher_imports_the_command_line():
    outside = [p for p in PACKAGE.rglob("*.py") if "cli" not in p.relative_to(PACKAGE).parts and p.name != "launch.py"]
    assert _violations(outside, ("journal.cli",)) == []


def test_the_command_line_never_imports_the_window():
    assert _violations(_files("cli"), ("journal.ui", "journal.app", "journal.startup", "journal.launch")) == []
