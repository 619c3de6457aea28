"""From the journal to a contribution: choose the answers, build the draft, write and log it.

Qt-free; the window runs these on its reader and writer threads, the command line directly.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from journal.cohort.contribution import AnswerDraft, Draft, pseudonym, strip_quoted_question
from journal.cohort.people import parse_people
from journal.cohort.rounds import Round
from journal.errors import BadInput, KnownError
from journal.platform.files import write_atomic

SHARE_FORMAT = "cohort"
RECIPIENT = "cohort"


def newest_answers(store, round_: Round) -> dict[str, int]:
    """Question id → the id of the newest entry answering it (questions never answered are left out)."""
    found = {}
    for question in round_.questions:
        rows = store.list_entries(prompt_id=question.id, limit=1)
        if rows:
            found[question.id] = rows[0].id
    return found


def answered(store, round_: Round) -> dict[str, int]:
    """Question id → how many entries answer it."""
    return {q.id: store.count_entries(prompt_id=q.id) for q in round_.questions}


def build_draft(store, round_: Round, chosen: dict[str, int], fresh: dict[str, str] | None = None, *, lang: str | None = None) -> Draft:
    """The draft of a contribution: per question the chosen entry (or a fresh answer),
    marked with the journal's people register. Reads only; the pseudonym's secret is made
    on first use."""
    fresh = fresh or {}
    people = parse_people(store.people_register())
    answers = []
    for question in round_.questions:
        if fresh.get(question.id, "").strip():
            answers.append(AnswerDraft(question.id, question.theme, _plain_lines(fresh[question.id]).strip()))
            continue
        entry_id = chosen.get(question.id)
        if entry_id is None:
            continue
        entry = store.get_entry(entry_id)
        body = _plain_lines(entry.body)
        body = strip_quoted_question(body) if entry.prompt_id else body.strip()
        if not body:
            continue
        answers.append(AnswerDraft(question.id, question.theme, body, entry.uid))
    return Draft(round_, pseudonym(store.cohort_secret(), round_.id), answers, people.register(), lang, people.domains())


def _plain_lines(text: str) -> str:
    """One kind of line break, so positions in the review match the text that leaves."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def entries_by_question(store, round_: Round, entry_ids) -> dict[str, int]:
    """``--entry ID…``: each entry goes to the round's question it answers."""
    chosen: dict[str, int] = {}
    ids = {q.id for q in round_.questions}
    for entry_id in entry_ids:
        entry = store.get_entry(entry_id)
        if entry.prompt_id not in ids:
            raise BadInput("Entry {id} answers none of the round's questions.", id=entry_id)
        if entry.prompt_id in chosen:
            raise BadInput("Two of the entries given answer the same question ({question}); give one per question.", question=entry.prompt_id)
        chosen[entry.prompt_id] = entry_id
    return chosen


def write_contribution(store, draft: Draft, path: Path) -> str:
    """Write the contribution file atomically and record it in the share log; returns its SHA-256.

    The file is written first; if the share log cannot be written, the file is removed again,
    so nothing leaves without its record."""
    path = Path(path)
    data = draft.to_bytes()
    digest = hashlib.sha256(data).hexdigest()
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise KnownError("The contribution could not be written to {path}: {why}", path=str(path), why=exc.strerror or type(exc).__name__) from None
    try:
        store.log_share(SHARE_FORMAT, draft.entry_uids(), RECIPIENT, digest, path.name)
    except BaseException:
        try:
            path.unlink()
        except OSError:
            pass
        raise
    return digest
