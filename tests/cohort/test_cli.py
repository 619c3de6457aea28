"""``tvaers anonymise`` end to end, and its layering (no Qt, no database)."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from journal.cli import cmd_anonymise
from journal.errors import BadInput

ROOT = Path(__file__).resolve().parents[2]


def _run_inprocess(monkeypatch, argv: list[str], stdin: bytes) -> tuple[int, bytes]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    cmd_anonymise.register(sub)
    args = parser.parse_args(["anonymise", *argv])
    out = io.BytesIO()
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(stdin)))
    monkeypatch.setattr(sys, "stdout", types.SimpleNamespace(buffer=out))
    return args.func(args), out.getvalue()


def test_plain_text(monkeypatch):
    rc, out = _run_inprocess(monkeypatch, [], "Ring til Mette på 20 30 40 50.\n".encode())
    assert rc == 0 and out.decode() == "Ring til [PERSON 1] på [TELEFON].\n"


def test_batch_keeps_ids(monkeypatch):
    lines = [json.dumps({"id": "a", "text": "cpr 010190-1234"}), json.dumps({"id": "b", "text": "Intet her."})]
    rc, out = _run_inprocess(monkeypatch, ["--batch"], ("\n".join(lines) + "\n").encode())
    assert rc == 0
    assert [json.loads(x) for x in out.decode().splitlines()] == [{"id": "a", "text": "cpr [CPR]"}, {"id": "b", "text": "Intet her."}]


@pytest.mark.parametrize("bad", ['{"id": 1, "text": "x"}', '["x"]', "not json", '{"id": "a"}'])
def test_batch_fails_closed(monkeypatch, bad):
    good = json.dumps({"id": "a", "text": "Mette"})
    with pytest.raises(BadInput):
        _run_inprocess(monkeypatch, ["--batch"], f"{good}\n{bad}\n".encode())
    assert sys.stdout.buffer.getvalue() == b""


def test_bad_register_is_a_known_error(monkeypatch, tmp_path):
    with pytest.raises(BadInput):
        _run_inprocess(monkeypatch, ["--register", str(tmp_path / "none.toml")], b"x")


def _tvaers(*args: str, stdin: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "journal", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=60)




def test_subprocess_round_trip(tmp_path):
    reg = tmp_path / "reg.toml"
    reg.write_text('people = ["Gudmund Ravnsbæk"]\n', encoding="utf-8")
    proc = _tvaers("anonymise", "--register", str(reg), stdin="Gudmund ringede fra 0045 20304050.".encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "[PERSON 1] ringede fra [TELEFON]."


def test_subprocess_batch_error_prints_nothing():
    proc = _tvaers("anonymise", "--batch", stdin=b'{"id": "a", "text": "Mette"}\n{"id": 2}\n')
    assert proc.returncode == 1 and proc.stdout == b""
    assert proc.stderr.decode().startswith("tvaers: ")


def test_engine_and_cli_import_no_qt_or_database():
    code = (
        "import sys, journal.cli.cmd_anonymise, journal.cohort.anonymise as a; a.get_engine(); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'sqlcipher3')]; "
        "print(','.join(bad))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


# -- issue 19.18: batch lines are split on \n only; odd JSON is a known error ----------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085", "\x1c", "\x0b", "\x0c"])
def test_batch_text_may_hold_unicode_line_separators(monkeypatch, separator):
    # json.dumps(ensure_ascii=False) writes these raw: valid JSON, one line split on \n only
    line = json.dumps({"id": "a", "text": f"Ring til Mette{separator}på 20 30 40 50."}, ensure_ascii=False)
    rc, out = _run_inprocess(monkeypatch, ["--batch"], (line + "\r\n").encode())
    assert rc == 0
    assert json.loads(out.decode()) == {"id": "a", "text": f"Ring til [PERSON 1]{separator}på [TELEFON]."}


@pytest.mark.parametrize(
    "bad",
    [
        '{"id": "a", "text": "Mette \\ud800 Kjær"}',  # a lone surrogate: no UTF-8 can carry it out
        '{"id": "a\\udc00", "text": "x"}',
        "[" * 100_000 + "]" * 100_000,  # nesting deeper than the parser's recursion
        '{"id": "a", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
    ],
)
def test_batch_odd_json_is_a_known_error_with_nothing_printed(bad):
    good = json.dumps({"id": "g", "text": "Ring til Mette."})
    proc = _tvaers("anonymise", "--batch", stdin=f"{good}\n{bad}\n".encode())
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == b""
    assert proc.stderr.decode().startswith("tvaers: ") and "2" in proc.stderr.decode()


# -- --explain: which rule replaced what, without the original words ---------------------------


def test_explain_names_the_rule_of_each_mark_and_never_the_original(monkeypatch):
    text = "Jeg talte med Halfdan Kvorning. Ring til Mette på 20 30 40 50."
    rc, out = _run_inprocess(monkeypatch, ["--explain"], text.encode())
    assert rc == 0
    shown = json.loads(out.decode())
    from journal.cohort.anonymise import anonymise

    result = anonymise(text)
    assert shown["text"] == result.text
    assert [(m["kind"], m["placeholder"], m["reason"]) for m in shown["marks"]] == [
        (s.kind, s.placeholder, s.reason) for s in result.spans
    ]
    assert {m["reason"] for m in shown["marks"]} >= {"context:unknown-capitalised-word", "pattern:phone+context"}
    assert "Kvorning" not in out.decode() and "Mette" not in out.decode()
    for mark in shown["marks"]:  # each mark points at the stretch it replaced
        assert text[mark["start"] : mark["end"]] in ("Halfdan Kvorning", "Mette", "20 30 40 50")


def test_explain_in_batch_adds_marks_per_line(monkeypatch):
    line = json.dumps({"id": "a", "text": "Ring til Mette."})
    rc, out = _run_inprocess(monkeypatch, ["--batch", "--explain"], (line + "\n").encode())
    obj = json.loads(out.decode())
    assert rc == 0 and obj["text"] == "Ring til [PERSON 1]." and obj["marks"][0]["placeholder"] == "[PERSON 1]"


def test_a_bug_mid_batch_prints_nothing(monkeypatch):
    """Fail closed: the first line was anonymised, the second raised; nothing reaches stdout."""
    from journal.cohort.anonymise import get_engine

    engine = get_engine()
    real = engine.anonymise
    calls = []

    def flaky(text, **kwargs):
        calls.append(text)
        if len(calls) == 2:
            raise RuntimeError("a bug")
        return real(text, **kwargs)

    monkeypatch.setattr(engine, "anonymise", flaky)
    lines = [json.dumps({"id": "a", "text": "Ring til Mette."}), json.dumps({"id": "b", "text": "Ring til Jonas."})]
    with pytest.raises(RuntimeError):
        _run_inprocess(monkeypatch, ["--batch"], ("\n".join(lines) + "\n").encode())
    assert sys.stdout.buffer.getvalue() == b""
