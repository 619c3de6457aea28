"""Translations: extract every user-visible string, merge into the Danish .ts, build the .qm.

    python packaging/i18n.py update    # scan journal/, merge into resources/i18n/tvaers_da.ts
    python packaging/i18n.py release   # compile tvaers_da.ts → tvaers_da.qm (pyside6-lrelease) and tvaers_da.json
    python packaging/i18n.py check     # exit 1 if a string is missing, unfinished or the .qm/.json is stale

What counts as a user-visible string (found with ``ast``, so nothing is missed by
a regex):

* ``tr("…")`` in a module that defines ``tr`` as ``QCoreApplication.translate("Context", text)``;
* ``QCoreApplication.translate("Context", "…")``, ``translate("Context", "…")``
  and a Translator called as ``tr("Context", "…")``;
* the first argument of ``KnownError`` and its subclasses (context ``Errors``).

The .ts is the one source of truth for Danish: the GUI loads the compiled .qm,
the command line the same catalogue compiled to JSON (``journal.platform.i18n``).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "journal"
TS = ROOT / "resources" / "i18n" / "tvaers_da.ts"
QM = TS.with_suffix(".qm")
JSON = TS.with_suffix(".json")
ERROR_CLASSES = {
    "KnownError", "WrongPassphrase", "NoJournal", "JournalLocked", "JournalClosed", "NotFound", "StorageFull", "DamagedJournal", "BadInput", "ImportCancelled",
}


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a " "b" split over lines is a Constant already
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _module_context(tree: ast.Module) -> str | None:
    """The context of a module-level ``def tr(text): return QCoreApplication.translate("Ctx", text)``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr" and len(node.args.args) == 1:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _name(inner.func) == "translate" and inner.args:
                    return _literal(inner.args[0])
    return None


def _name(func) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def extract(package: Path = PACKAGE) -> dict[str, dict[str, str]]:
    """context → {source: "file:line"} for every translatable string in the package."""
    found: dict[str, dict[str, str]] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        module_ctx = _module_context(tree)
        where = path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            context = source = None
            if name in ("translate", "tr") and len(node.args) >= 2:
                context, source = _literal(node.args[0]), _literal(node.args[1])
            elif name == "tr" and len(node.args) == 1 and module_ctx:
                context, source = module_ctx, _literal(node.args[0])
            elif name in ERROR_CLASSES and node.args:
                context, source = "Errors", _literal(node.args[0])
            if context and source:
                found.setdefault(context, {}).setdefault(source, f"{where}:{node.lineno}")
    return found


def read_ts(path: Path = TS) -> dict[str, dict[str, tuple[str, str | None]]]:
    """context → {source: (translation, type attribute)}."""
    if not path.exists():
        return {}
    result: dict[str, dict[str, tuple[str, str | None]]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            result.setdefault(name, {})[message.findtext("source") or ""] = (
                (translation.text or "") if translation is not None else "",
                translation.get("type") if translation is not None else "unfinished",
            )
    return result


def write_ts(messages: dict[str, dict[str, tuple[str, str | None, str]]], path: Path = TS) -> None:
    root = ET.Element("TS", version="2.1", language="da_DK", sourcelanguage="en")
    for context in sorted(messages):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in sorted(messages[context]):
            translation, kind, where = messages[context][source]
            msg = ET.SubElement(ctx, "message")
            file, _, line = where.rpartition(":")
            ET.SubElement(msg, "location", filename="../../" + file, line=line)
            ET.SubElement(msg, "source").text = source
            tr_el = ET.SubElement(msg, "translation")
            tr_el.text = translation
            if kind:
                tr_el.set("type", kind)
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def update() -> dict[str, dict[str, tuple[str, str | None, str]]]:
    current = read_ts()
    merged: dict[str, dict[str, tuple[str, str | None, str]]] = {}
    for context, sources in extract().items():
        for source, where in sources.items():
            translation, kind = current.get(context, {}).get(source, ("", "unfinished"))
            if not translation:
                kind = "unfinished"
            merged.setdefault(context, {})[source] = (translation, kind, where)
    write_ts(merged)
    return merged


def lrelease(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(tool)] if tool.exists() else ["pyside6-lrelease"]
    subprocess.run([*command, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def json_catalogue(ts: Path = TS) -> bytes:
    """The command line's form of the catalogue, read by ``journal.platform.i18n`` with the same reader."""
    import json

    sys.path.insert(0, str(ROOT))
    from journal.platform.i18n import read_ts as read_translations

    return (json.dumps(read_translations(ts), ensure_ascii=False, sort_keys=True, indent=0) + "\n").encode("utf-8")


def release() -> None:
    lrelease(TS, QM)
    JSON.write_bytes(json_catalogue(TS))


def problems() -> list[str]:
    """Every string that lacks a Danish translation, and a stale .qm or .json."""
    found: list[str] = []
    current = read_ts()
    extracted = extract()
    for context, sources in extracted.items():
        for source, where in sources.items():
            translation, kind = current.get(context, {}).get(source, ("", "unfinished"))
            if not translation or kind == "unfinished":
                found.append(f"{where}: [{context}] {source!r} has no Danish translation")
    for context, sources in current.items():
        for source in sources:
            if source not in extracted.get(context, {}):
                found.append(f"[{context}] {source!r} is in the .ts but no longer in the code")
    if not QM.exists():
        found.append(f"{QM} is missing: run 'python packaging/i18n.py release'")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.qm"
            lrelease(TS, fresh)
            if fresh.read_bytes() != QM.read_bytes():
                found.append(f"{QM} is older than {TS}: run 'python packaging/i18n.py release'")
    if not JSON.exists() or JSON.read_bytes() != json_catalogue(TS):
        found.append(f"{JSON} is missing or older than {TS}: run 'python packaging/i18n.py release'")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        merged = update()
        missing = sum(1 for s in merged.values() for t in s.values() if t[1] == "unfinished")
        print(f"{sum(len(s) for s in merged.values())} strings, {missing} without Danish")
        return 0
    if command == "release":
        release()
        print(QM, JSON)
        return 0
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
