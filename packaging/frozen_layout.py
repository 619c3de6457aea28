"""What the frozen folder holds, read from the PyInstaller spec and the Inno Setup script.

    python packaging/frozen_layout.py dist/tvaers

checks a built folder: every file ``packaging/windows/tvaers.iss`` names inside the
installed program folder (``{app}\\...``) is there (``tvaers.exe`` is ``tvaers`` on
Linux; ``tvaers-cli.exe`` exists on Windows only). ``tests/test_packaging.py`` uses the
same readers to check the two scripts against the checkout without building.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "tvaers.spec"
ISS = ROOT / "packaging" / "windows" / "tvaers.iss"
WINDOWS_ONLY_PROGRAMS = {"tvaers-cli"}


def spec_value(name: str, text: str | None = None):
    """The literal assigned to ``name`` at the top of the spec (a list, dict or string)."""
    tree = ast.parse(text if text is not None else SPEC.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise KeyError(f"{name} is not assigned a literal in {SPEC.name}")


def spec_programs(text: str | None = None) -> list[str]:
    """The program names the spec builds (``program("tvaers", ...)``)."""
    return re.findall(r'program\("([^"]+)"', text if text is not None else SPEC.read_text("utf-8"))


def iss_text() -> str:
    return ISS.read_text("utf-8-sig")


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, flags=re.MULTILINE))


def _expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), value)


def iss_app_files(text: str) -> list[str]:
    """Files the script names inside the program folder, as ``a/b`` paths relative to it."""
    defines = iss_defines(text)
    found = []
    for raw in re.findall(r"\{app\}\\([^\"\s;]+)", text):
        path = _expand(raw, defines).replace("\\", "/")
        if "{" not in path and path not in found:
            found.append(path)
    return found


def iss_sources(text: str) -> list[str]:
    """Paths the compiler reads, relative to SourceDir (the checkout)."""
    sources = re.findall(r'^Source:\s*"([^"]+)"', text, flags=re.MULTILINE)
    sources += re.findall(r"^SetupIconFile=(.+)$", text, flags=re.MULTILINE)
    return [s.strip().replace("\\", "/") for s in sources]


def missing_in(folder: Path, text: str | None = None, windows: bool = sys.platform == "win32") -> list[str]:
    """The script's program-folder files that ``folder`` (a built one) lacks."""
    missing = []
    for name in iss_app_files(text if text is not None else iss_text()):
        if not windows:
            stem = name[:-4] if name.endswith(".exe") else name
            if stem in WINDOWS_ONLY_PROGRAMS:
                continue
            name = stem
        if not (folder / name).exists():
            missing.append(name)
    return missing


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/frozen_layout.py FROZEN_FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    missing = missing_in(folder)
    if missing:
        print(f"frozen_layout: {ISS.name} names files that {folder} lacks: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"ok: every file {ISS.name} names is in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
