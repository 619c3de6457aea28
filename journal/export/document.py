"""What leaves the journal: the selection of entries, the parts of each, and the document
every format is written from.

One path for every format: the selection is resolved against the store, each entry is
reduced to the parts the leader ticked (title, text, question, case, tags, next steps,
coach comments), and the formats (HTML, PDF, Markdown) render that one document.  The
preview in the window is the HTML of the same document, so what the leader sees is what
leaves.  The JSON format is the exception: it is a full copy for moving a journal, so it
always holds every field.  Pure Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from journal.errors import BadInput, NotFound
from journal.platform.i18n import Translator, spoken_date, spoken_moment, spoken_number

PARTS = ("title", "text", "question", "case", "tags", "next_steps", "comments")
DEFAULT_PARTS = frozenset(PARTS) - {"comments"}  # a coach's comments leave only when the leader ticks them
RECIPIENTS = ("coach", "self", "other")
FORMATS = ("pdf", "html", "md", "md-folder", "json", "review")
REVIEW_PARTS = frozenset({"title", "text", "question", "case", "tags"})  # what a review package holds of an entry


class Cancelled(Exception):
    """The leader cancelled an export that was under way; nothing was written."""


@dataclass(frozen=True)
class Selection:
    """Which entries leave: given ids, or the entries matching every filter set, or all.

    With ``ids`` the filters are not used; without ids at least one filter or
    ``everything`` must be set, so "nothing chosen" never means "everything"."""

    ids: tuple[int, ...] = ()
    case_id: str | None = None
    tag: str | None = None
    prompt_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    everything: bool = False

    def is_chosen(self) -> bool:
        return bool(self.ids) or self.everything or any(
            v is not None for v in (self.case_id, self.tag, self.prompt_id, self.date_from, self.date_to)
        )

    def entries(self, store) -> list:
        """The selected entries, oldest first (the order a reader follows)."""
        if not self.is_chosen():
            raise BadInput("Choose which reflections to export: some in the list, a case, a tag, a question, dates or all.")
        if self.ids:
            wanted = list(dict.fromkeys(int(i) for i in self.ids))
            found = store.get_entries(wanted)
            missing = sorted(set(wanted) - {e.id for e in found})
            if missing:
                raise NotFound("There is no entry {id}.", id=missing[0])
        else:
            if self.case_id is not None and self.case_id not in {c.id for c in store.list_cases(include_archived=True)}:
                raise NotFound("There is no case '{id}'. See 'tvaers cases' for the case ids.", id=self.case_id)
            if self.tag is not None and not store.has_tag(self.tag):
                raise NotFound("No reflection has the tag '{tag}'.", tag=self.tag)
            found = store.full_entries(
                oldest_first=True, case_id=self.case_id, tag=self.tag, prompt_id=self.prompt_id,
                date_from=self.date_from, date_to=self.date_to,
            )
        if not found:
            raise BadInput("No reflection matches this selection, so nothing was exported.")
        if self.ids:
            found.sort(key=lambda e: (_instant(e.created), e.id))
        return found


def _instant(iso: str) -> datetime:
    try:
        return datetime.fromisoformat(iso).astimezone(timezone.utc)
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class NextStep:
    text: str
    due: str | None
    status: str


@dataclass(frozen=True)
class ExportComment:
    author: str
    created: str
    body: str


@dataclass(frozen=True)
class ExportEntry:
    """One entry as it leaves: only the parts chosen are filled."""

    uid: str
    created: str  # ISO with offset
    when: str  # as a reader says it, in the export's language
    title: str
    body: str
    question: str = ""
    case_name: str = ""
    tags: tuple[str, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    comments: tuple[ExportComment, ...] = ()
    prompt_id: str | None = None  # kept for the front matter of a per-entry Markdown file
    case_id: str | None = None

    @property
    def day(self) -> str:
        return self.created[:10]


@dataclass(frozen=True)
class ExportDocument:
    lang: str
    title: str
    entries: tuple[ExportEntry, ...]
    parts: frozenset[str]
    labels: dict = field(default_factory=dict, compare=False)

    @property
    def uids(self) -> list[str]:
        return [e.uid for e in self.entries]

    @property
    def words(self) -> int:
        return sum(len(e.body.split()) + len(e.title.split()) + len(e.question.split()) for e in self.entries)

    def date_range(self) -> str:
        if not self.entries:
            return ""
        first, last = self.entries[0].created, self.entries[-1].created
        lang = self.lang
        if first[:10] == last[:10]:
            return spoken_date(first, lang)
        return f"{spoken_date(first, lang)} – {spoken_date(last, lang)}"


def labels(lang: str) -> dict[str, str]:
    """The words an export prints around the leader's text, in the export's language."""
    tr = Translator(lang)
    return {
        "title": tr("Export", "Reflections from Tværs"),
        "confidential": tr("Export", "Confidential"),
        "question": tr("Export", "Question"),
        "case": tr("Export", "Case"),
        "tags": tr("Export", "Tags"),
        "next_steps": tr("Export", "Next steps"),
        "comments": tr("Export", "Comments"),
        "entries_one": tr("Export", "1 reflection"),
        "entries_many": tr("Export", "{n} reflections"),
        "made": tr("Export", "Exported {date}"),
        "due": tr("Export", "due {date}"),
        "done": tr("Export", "done"),
        "postponed": tr("Export", "postponed"),
        "dropped": tr("Export", "dropped"),
        "plain": tr(
            "Export",
            "Shown as plain text: it nests too deeply or has too many brackets or table cells to be formatted safely.",
        ),
        "page": tr("Export", "Page {n} of {total}"),
    }


def count_words(n: int, lang: str, words: dict[str, str] | None = None) -> str:
    """"1 refleksion", "100.000 refleksioner": the count as a reader of ``lang`` writes it."""
    words = words or labels(lang)
    return words["entries_one"] if n == 1 else words["entries_many"].format(n=spoken_number(n, lang))


def build_document(store, entries: list, parts=DEFAULT_PARTS, *, lang: str = "da", title: str | None = None) -> ExportDocument:
    """Reduce ``entries`` (``journal.store.records.Entry``) to the chosen ``parts``."""
    parts = frozenset(parts) & frozenset(PARTS)
    if "text" not in parts and "title" not in parts:
        raise BadInput("An export needs at least the title or the text of each reflection.")
    words = labels(lang)
    asked = "question" in parts and any(e.prompt_id for e in entries)  # an imported journal has no questions
    catalogue = None
    if asked:
        from journal.prompts.catalogue import load_catalogue

        catalogue = load_catalogue()
    own_prompts = {p.id: p for p in store.list_own_prompts()} if asked else {}
    cases = {c.id: c.name for c in store.list_cases(include_archived=True)} if "case" in parts else {}
    steps: dict[int, list] = {}
    if "next_steps" in parts:
        for c in store.list_commitments():
            steps.setdefault(c.entry_id, []).append(NextStep(c.text, c.due, c.status))
    with_title, with_text, with_tags = "title" in parts, "text" in parts, "tags" in parts
    with_comments, with_question, with_case = "comments" in parts, "question" in parts, "case" in parts
    items = []
    for e in entries:  # 100,000 of them in an export of a large journal: no work done twice here
        question = ""
        if catalogue is not None and e.prompt_id:
            prompt = catalogue.prompt(e.prompt_id)
            if prompt is not None:
                question = prompt.text(lang)
            elif e.prompt_id in own_prompts:
                own = own_prompts[e.prompt_id]
                question = (own.text_da if lang == "da" else own.text_en) or own.text_da or own.text_en
        items.append(
            ExportEntry(
                e.uid,
                e.created,
                spoken_moment(e.created, lang),
                (e.title or e.display_title) if with_title else "",
                e.body if with_text else "",
                question,
                cases.get(e.case_id, "") if e.case_id else "",
                e.tags if with_tags else (),
                tuple(steps[e.id]) if e.id in steps else (),
                tuple(ExportComment(c.author, c.created, c.body) for c in e.comments) if with_comments and e.comments else (),
                e.prompt_id if with_question else None,
                e.case_id if with_case else None,
            )
        )
    return ExportDocument(lang=lang, title=title or words["title"], entries=tuple(items), parts=parts, labels=words)


def today_iso() -> str:
    return date.today().isoformat()
