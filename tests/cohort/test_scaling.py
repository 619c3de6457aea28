"""Issue 19.6: the anonymiser's work grows linearly with the input, and a text above the
documented cap is refused before any work (a known error, nothing printed).

The work is counted deterministically, never timed: every line the engine's own code
executes (loop iterations included) is one step, counted with ``sys.settrace``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal.cohort.anonymise import MAX_TEXT_CHARS, anonymise
from journal.errors import BadInput

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = str(ROOT / "journal" / "cohort" / "anonymise")

# Dense with identifiers, so that any step that compares every mark with every other
# one shows at once: names, phones, CPR, e-mails, birth dates, workplaces, addresses.
SENTENCE = (
    "Ring til Mette Kjær på 20 30 40 50 om borgeren, født 12.04.1968, cpr 010203-1234. "
    "Jonas Holm fra Bakkeskolen skrev fra jonas.holm@gmail.com, og han bor på Lærkevej 4, 2. tv. "
)


def _steps(text: str) -> int:
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(tracer)
    try:
        anonymise(text)
    finally:
        sys.settrace(None)
    return count


def test_work_grows_linearly_with_the_input():
    anonymise(SENTENCE)  # lists loaded before counting
    small = _steps(SENTENCE * 40)
    large = _steps(SENTENCE * 160)
    assert large <= 4 * small * 1.15, f"4x the input took {large / small:.2f}x the steps"


def test_a_text_above_the_cap_is_refused():
    with pytest.raises(BadInput):
        anonymise("a" * (MAX_TEXT_CHARS + 1))
    assert anonymise("Mette" + " " * (MAX_TEXT_CHARS - 5)).text.startswith("[PERSON 1]")


def test_cli_refuses_a_text_above_the_cap_and_prints_nothing():
    proc = subprocess.run(
        [sys.executable, "-m", "journal", "--lang", "da", "anonymise"],
        input=("Ring til Mette. " * (MAX_TEXT_CHARS // 16 + 1)).encode(),
        capture_output=True, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 1 and proc.stdout == b""
    # Danish groups thousands with points: "1,000,000" would read as one with decimals.
    assert proc.stderr.decode().startswith("tvaers: ") and "grænsen er 1.000.000." in proc.stderr.decode()
