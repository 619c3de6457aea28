"""Cohort rounds: the small file a facilitator sends out (``*.tvaers-runde``).

A round is UTF-8 JSON (see ``docs/formats.md``)::

    {"format": "tvaers-runde", "version": 1, "id": "r-…32 hex…",
     "title": "…", "deadline": "2026-12-01" | null, "note": "…",
     "questions": [{"id": "fair-proces-02", "theme": "fair-proces",
                    "text": {"da": "…", "en": "…"}}]}

Questions from the prompt bank need only their id (the text is carried too, so a reader
with another version of the bank sees the same question); the facilitator's own questions
carry their text.  Reading never changes the file.  Pure Python.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from journal.cohort.anonymise.text import has_lone_surrogate
from journal.errors import BadInput, Count

ROUND_FORMAT = "tvaers-runde"
ROUND_SUFFIX = ".tvaers-runde"
FORMAT_VERSION = 1
MAX_ROUND_BYTES = 256 * 1024  # a round is a title and a few questions; anything larger is not one
MAX_QUESTIONS = 50
MAX_TITLE = 200
MAX_NOTE = 4000
MAX_QUESTION_TEXT = 2000

_ROUND_ID = re.compile(r"^r-[0-9a-f]{32}$")
_QUESTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")


@dataclass(frozen=True)
class Question:
    """One question of a round: an id, its theme id (may be empty) and its text per language."""

    id: str
    theme: str = ""
    text: dict = field(default_factory=dict)

    def text_in(self, lang: str) -> str:
        return self.text.get(lang) or self.text.get("da") or self.text.get("en") or ""

    def to_json(self) -> dict:
        return {"id": self.id, "theme": self.theme, "text": {k: v for k, v in self.text.items() if v}}


@dataclass(frozen=True)
class Round:
    id: str
    title: str
    questions: tuple[Question, ...]
    deadline: str | None = None
    note: str = ""

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def to_json(self) -> dict:
        return {
            "format": ROUND_FORMAT,
            "version": FORMAT_VERSION,
            "id": self.id,
            "title": self.title,
            "deadline": self.deadline,
            "note": self.note,
            "questions": [q.to_json() for q in self.questions],
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def new_round_id() -> str:
    """128 random bits: two facilitators never make the same round by chance."""
    return "r-" + secrets.token_hex(16)


def make_round(title: str, questions, *, deadline: str | None = None, note: str = "") -> Round:
    """A new round with a fresh id; the same checks as reading one."""
    data = {
        "format": ROUND_FORMAT, "version": FORMAT_VERSION, "id": new_round_id(), "title": title,
        "deadline": deadline, "note": note, "questions": [q.to_json() for q in questions],
    }
    return parse_round(data)


def read_capped(path: Path, cap: int, what: str) -> bytes:
    """The bytes of ``path``, refused whole above ``cap`` (nothing is read past it)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(cap + 1)
    except OSError as exc:
        raise BadInput("Cannot read {path}: {why}", path=str(path), why=exc.strerror or type(exc).__name__) from None
    if len(data) > cap:
        if what == "round file":
            raise BadInput("{path} is larger than a round file can be ({limit} kB at most); it is not a round file.", path=str(path), limit=Count(cap // 1024))
        raise BadInput("{path} is larger than a contribution can be ({limit} kB at most); it is not a contribution.", path=str(path), limit=Count(cap // 1024))
    return data


def json_object(data: bytes, path: str, what: str) -> dict:
    """Parse UTF-8 JSON that must be an object; anything else is one clear message."""
    try:
        text = data.decode("utf-8-sig")
        value = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        value = None
    if not isinstance(value, dict):
        if what == "round file":
            raise BadInput("{path} is not a Tværs round file (damaged, cut short or another kind of file).", path=path)
        raise BadInput("{path} is not a Tværs contribution (damaged, cut short or another kind of file).", path=path)
    return value


def _text(value, limit: int, field_name: str, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or has_lone_surrogate(value):
        raise BadInput("{path}: '{field}' must be text.", path=where, field=field_name)
    value = value.strip()
    if required and not value:
        raise BadInput("{path}: '{field}' is empty.", path=where, field=field_name)
    if len(value) > limit:
        raise BadInput("{path}: '{field}' is longer than {limit} characters.", path=where, field=field_name, limit=Count(limit))
    return value


def parse_round(data: dict, where: str = "The round") -> Round:
    """A :class:`Round` from parsed JSON; a problem raises :class:`BadInput` naming it."""
    if data.get("format") != ROUND_FORMAT:
        raise BadInput("{path} is not a Tværs round file.", path=where)
    if data.get("version") != FORMAT_VERSION:
        raise BadInput("{path} is a round of a format version this Tværs does not know; update Tværs.", path=where)
    round_id = data.get("id")
    if not isinstance(round_id, str) or not _ROUND_ID.match(round_id):
        raise BadInput("{path} has no valid round id.", path=where)
    title = _text(data.get("title"), MAX_TITLE, "title", where, required=True)
    note = _text(data.get("note"), MAX_NOTE, "note", where)
    deadline = data.get("deadline")
    if deadline is not None:
        if not isinstance(deadline, str):
            raise BadInput("{path}: the deadline must be a date like 2026-12-01.", path=where)
        try:
            deadline = date.fromisoformat(deadline.strip()).isoformat()
        except ValueError:
            raise BadInput("{path}: the deadline must be a date like 2026-12-01.", path=where) from None
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise BadInput("{path} holds no questions.", path=where)
    if len(raw_questions) > MAX_QUESTIONS:
        raise BadInput("{path} holds more than {limit} questions.", path=where, limit=MAX_QUESTIONS)
    questions = []
    seen = set()
    for raw in raw_questions:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not _QUESTION_ID.match(raw["id"]):
            raise BadInput("{path} holds a question without a valid id.", path=where)
        if raw["id"] in seen:
            raise BadInput("{path} names the question {id} twice.", path=where, id=raw["id"])
        seen.add(raw["id"])
        theme = _text(raw.get("theme"), 80, "theme", where)
        texts = raw.get("text") or {}
        if not isinstance(texts, dict):
            raise BadInput("{path}: a question's text must be given per language (da, en).", path=where)
        clean = {}
        for lang in ("da", "en"):
            value = _text(texts.get(lang), MAX_QUESTION_TEXT, "text", where)
            if value:
                clean[lang] = value
        questions.append(Question(raw["id"], theme, clean))
    return Round(round_id, title, tuple(questions), deadline, note)


def load_round(path) -> Round:
    """Read a round file (never changed); a problem raises one :class:`BadInput`."""
    where = str(path)
    value = json_object(read_capped(Path(path), MAX_ROUND_BYTES, "round file"), where, "round file")
    return parse_round(value, where)


def questions_from_bank(prompt_ids, catalogue, own_prompts=()) -> list[Question]:
    """Round questions for prompt ids: from the bank, or the leader's own questions (text carried)."""
    own = {p.id: p for p in own_prompts}
    out = []
    for pid in prompt_ids:
        prompt = catalogue.prompt(pid)
        if prompt is not None:
            out.append(Question(pid, prompt.theme, {"da": prompt.text.get("da", ""), "en": prompt.text.get("en", "")}))
        elif pid in own:
            p = own[pid]
            out.append(Question(pid, p.theme or "", {"da": p.text_da, "en": p.text_en}))
        else:
            raise BadInput("There is no question '{id}' in the prompt bank or among your own questions. 'tvaers prompts' lists them.", id=pid)
    return out
