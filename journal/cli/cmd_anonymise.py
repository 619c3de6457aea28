"""``tvaers anonymise``: text on stdin → anonymised text on stdout; ``--batch`` for JSONL.

Fails closed: all output is produced in memory first, so an error (a bad line, a bug)
leaves stdout empty and the exit status non-zero.  Imports no Qt and no database.
"""

from __future__ import annotations

import argparse
import json
import sys

from journal.errors import BadInput
from journal.platform.i18n import tr


def register(subparsers) -> None:
    """Add the ``anonymise`` sub-command."""
    parser = subparsers.add_parser(
        "anonymise",
        help=tr("CLI help", "anonymise text from stdin (names, CPR, phone, e-mail, addresses, workplaces …)"),
        description=tr("CLI help", "Read text on stdin and write it anonymised to stdout. Nothing leaves the machine."),
    )
    parser.add_argument("--register", metavar="FILE", help=tr("CLI help", "TOML register of people, workplaces and places always to replace"))
    parser.add_argument("--batch", action="store_true", help=tr("CLI help", 'read one JSON object {"id": …, "text": …} per line; write the same shape'))
    parser.add_argument(
        "--explain", action="store_true",
        help=tr("CLI help", "write JSON with the anonymised text and, for each replaced stretch, its place, kind, placeholder and the rule that found it (never the original words)"),
    )
    parser.add_argument("--text-lang", choices=("da", "en"), default=None, help=tr("CLI help", "language of the placeholders (default: guessed per text)"))
    parser.set_defaults(func=run, needs_journal=False)


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput("The input is not UTF-8 text.") from None


def _batch_lines(data: str):
    """``(id, text)`` per line. Lines end at ``\n`` only (``\r\n`` too): U+2028, U+0085 and
    the like are valid inside a JSON string, so ``str.splitlines`` would cut real lines."""
    from journal.cohort.anonymise.text import has_lone_surrogate

    for number, line in enumerate(data.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError):  # RecursionError: nested deeper than the parser goes
            raise BadInput("Line {n} of the batch is not JSON.", n=number) from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get("id"), str):
            raise BadInput('Line {n} of the batch is not an object with a text "id" and a text "text".', n=number)
        if has_lone_surrogate(obj["id"]) or has_lone_surrogate(obj["text"]):
            raise BadInput("Line {n} of the batch holds a lone surrogate (\\ud800–\\udfff), which is not text.", n=number)
        yield obj["id"], obj["text"]


def _marks(result) -> list[dict]:
    """What ``--explain`` shows of each replaced stretch: where it was in the input, its
    kind, its placeholder, the rule or list that found it (``Span.reason``, exactly as the
    engine recorded it) and the confidence. The original words are left out on purpose:
    the output must be as safe to share as the text."""
    return [
        {"start": s.start, "end": s.end, "kind": s.kind, "placeholder": s.placeholder, "reason": s.reason, "confidence": s.confidence}
        for s in result.spans
    ]


def run(args: argparse.Namespace) -> int:
    """Anonymise stdin to stdout; raises :class:`BadInput` on bad input, writing nothing."""
    from journal.cohort.anonymise import get_engine, load_register

    register_ = load_register(args.register) if getattr(args, "register", None) else None
    lang = getattr(args, "text_lang", None)
    data = _read_stdin()
    engine = get_engine()
    explain = getattr(args, "explain", False)
    if getattr(args, "batch", False):
        out = []
        for ident, text in _batch_lines(data):
            result = engine.anonymise(text, register=register_, lang=lang)
            obj = {"id": ident, "text": result.text}
            if explain:
                obj["marks"] = _marks(result)
            out.append(json.dumps(obj, ensure_ascii=False))
        payload = ("\n".join(out) + "\n") if out else ""
    else:
        result = engine.anonymise(data, register=register_, lang=lang)
        if explain:
            payload = json.dumps({"text": result.text, "marks": _marks(result)}, ensure_ascii=False, indent=1) + "\n"
        else:
            payload = result.text
    sys.stdout.buffer.write(payload.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0
