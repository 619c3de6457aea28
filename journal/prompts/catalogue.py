"""The shipped content: prompt bank, themes, frameworks, case cards and templates.

Pure Python (no Qt, no SQLAlchemy), so the command line can use it cheaply.

The content lives as TOML under the shipped ``data/`` folder
(:func:`journal.platform.paths.content_dir`)::

    data/prompts/themes.toml        [[theme]]      id, name.da/en, description.da/en
    data/prompts/frameworks.toml    [[framework]]  id, name.da/en, description.da/en
    data/prompts/kinds.toml         [[kind]]       id (one of KINDS), name.da/en
    data/prompts/sources.toml       [[source]]     id (a seed file name), title.da/en
    data/prompts/bank/*.toml        [[prompt]]     id, theme, kind, text.da/en,
                                                   framework?, source.file, source.quote
    data/cases/*.toml               [[case]]       id, name.da/en, summary.da/en,
                                                   prompts, themes?, sources
    data/templates/*.toml           [[template]]   id, name.da/en, body.da/en,
                                                   framework?, description.da/en?

Every file carries ``format_version = 1``.  See ``docs/content.md``.

Loading never raises because of the data.  Every entry is validated against the
schema below; an entry that fails is skipped and reported once in
:attr:`Catalogue.problems` as one human-readable line naming the file, the entry's
id and the offending field(s).  A file with a TOML syntax error is cut into its
``[[prompt]]`` (``[[theme]]``, ...) blocks and each block is read on its own, so
one broken prompt does not take the rest of its file down with it.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"
MIN_QUOTE_LENGTH = 20

# Prompt kinds.
DAILY = "daily"
BEFORE_MEETING = "before_meeting"
AFTER_MEETING = "after_meeting"
MILESTONE = "milestone"
FOLLOW_UP = "follow_up"
KINDS = (DAILY, BEFORE_MEETING, AFTER_MEETING, MILESTONE, FOLLOW_UP)


# Where things are, relative to the content root.
THEMES_FILE = Path("prompts") / "themes.toml"
FRAMEWORKS_FILE = Path("prompts") / "frameworks.toml"
KINDS_FILE = Path("prompts") / "kinds.toml"
SOURCES_FILE = Path("prompts") / "sources.toml"
PROMPTS_DIR = Path("prompts") / "bank"
CASES_DIR = Path("cases")
TEMPLATES_DIR = Path("templates")

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
SEED_FILE_PATTERN = re.compile(r"[A-Za-z0-9_.\-]+\Z")
_REPLACEMENT_CHAR = "\ufffd"


def normalise_whitespace(text: str) -> str:
    """Collapse every run of whitespace (including line breaks) to one space."""
    return " ".join(text.split())


class Localized(dict):
    """A ``{language: text}`` dict that can also be called: ``name("en")``.

    Calling it returns the text in ``lang``, falling back to Danish and then to
    any non-empty text; ``""`` when there is none.  It is a plain ``dict``
    otherwise (``json.dumps`` works on it).
    """

    def __call__(self, lang: str | None = None) -> str:
        return localized(self, lang)


def localized(texts: Mapping[str, str] | None, lang: str | None = None) -> str:
    """``texts[lang]``, else the Danish text, else any non-empty text, else ``""``."""
    if not texts:
        return ""
    for key in (lang, DEFAULT_LANGUAGE):
        if key and texts.get(key):
            return texts[key]
    for value in texts.values():
        if value:
            return value
    return ""


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Source:
    """The passage a prompt (or case card) was drawn from: seed file name + exact quote."""

    file: str
    quote: str

    def to_json(self) -> dict[str, str]:
        return {"file": self.file, "quote": self.quote}


@dataclass(frozen=True)
class KindName:
    """The shown name of a prompt kind (the ids are the app's, :data:`KINDS`)."""

    id: str
    name: Localized


@dataclass(frozen=True)
class SourceText:
    """A published text the content quotes: its seed file name (``id``) and its title."""

    id: str
    title: Localized


@dataclass(frozen=True)
class Theme:
    id: str
    name: Localized
    description: Localized

    def text(self, lang: str | None = None) -> str:
        """The theme's name in ``lang`` (fallback Danish)."""
        return self.name(lang)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": dict(self.name), "description": dict(self.description)}

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))


@dataclass(frozen=True)
class Framework:
    """A public reflection framework a prompt or template may name."""

    id: str
    name: Localized
    description: Localized

    def text(self, lang: str | None = None) -> str:
        return self.name(lang)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": dict(self.name), "description": dict(self.description)}

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))


@dataclass(frozen=True)
class Prompt:
    """A reflection question.

    ``text`` is a :class:`Localized` dict with ``"da"`` and ``"en"``, so both
    ``prompt.text["en"]`` and ``prompt.text("en")`` work (the call falls back to
    Danish).  ``source`` is ``None`` only for the leader's own prompts; every
    shipped prompt has one.
    """

    id: str
    theme: str
    kind: str
    text: Localized
    framework: str | None = None
    source: Source | None = None

    def to_json(self) -> dict[str, Any]:
        """The CLI.md Prompt shape, plus ``kind`` and ``framework``."""
        return {
            "id": self.id,
            "theme": self.theme,
            "kind": self.kind,
            "framework": self.framework,
            "text": {lang: self.text.get(lang, "") for lang in LANGUAGES},
            "source": self.source.to_json() if self.source else None,
        }

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))


@dataclass(frozen=True)
class CaseCard:
    """A published case: only what the case publication says, plus linked prompts."""

    id: str
    name: Localized
    summary: Localized
    prompts: tuple[str, ...]
    sources: tuple[Source, ...]
    themes: tuple[str, ...] = ()

    def text(self, lang: str | None = None) -> str:
        """The case's name in ``lang`` (fallback Danish)."""
        return self.name(lang)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": True,
            "name": dict(self.name),
            "summary": dict(self.summary),
            "themes": list(self.themes),
            "prompts": list(self.prompts),
            "sources": [s.to_json() for s in self.sources],
        }

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))


@dataclass(frozen=True)
class Template:
    """A Markdown skeleton for a new entry, in both languages."""

    id: str
    name: Localized
    body: Localized
    framework: str | None = None
    description: Localized = field(default_factory=Localized)

    def text(self, lang: str | None = None) -> str:
        """The template's Markdown body in ``lang`` (fallback Danish)."""
        return self.body(lang)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": dict(self.name),
            "description": dict(self.description),
            "framework": self.framework,
            "body": dict(self.body),
        }

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.id))


@dataclass(frozen=True)
class Problem:
    """One entry (or file) that did not validate.  ``str()`` gives the report line."""

    file: str
    message: str
    kind: str | None = None  # "prompt", "theme", ... or None for the file itself
    id: str | None = None
    fields: tuple[str, ...] = ()
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        parts = [where]
        if self.kind:
            parts.append(f"{self.kind} {self.id!r}" if self.id else f"{self.kind} without an id")
        return ": ".join(parts) + ": " + self.message


@dataclass(frozen=True)
class Catalogue:
    """Everything that loaded, in display order, plus what did not."""

    root: Path
    prompts: tuple[Prompt, ...] = ()
    themes: tuple[Theme, ...] = ()
    frameworks: tuple[Framework, ...] = ()
    cases: tuple[CaseCard, ...] = ()
    templates: tuple[Template, ...] = ()
    kinds: tuple[KindName, ...] = ()
    sources: tuple[SourceText, ...] = ()
    problem_details: tuple[Problem, ...] = ()
    _index: dict[str, dict[str, Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index = {
            "prompt": {p.id: p for p in self.prompts},
            "theme": {t.id: t for t in self.themes},
            "framework": {f.id: f for f in self.frameworks},
            "case": {c.id: c for c in self.cases},
            "template": {t.id: t for t in self.templates},
        }
        object.__setattr__(self, "_index", index)

    def kind_name(self, kind: str, lang: str | None = None) -> str:
        """The shown name of a prompt kind (its id when the data has none)."""
        return next((k.name(lang) for k in self.kinds if k.id == kind), "") or kind

    def source_title(self, file: str, lang: str | None = None) -> str:
        """The title of a quoted text (its file name when the data has none)."""
        return next((s.title(lang) for s in self.sources if s.id == file), "") or file

    @property
    def problems(self) -> tuple[str, ...]:
        """One human-readable line per entry or file that failed validation."""
        return tuple(str(p) for p in self.problem_details)

    def prompt(self, prompt_id: str) -> Prompt | None:
        return self._index["prompt"].get(prompt_id)

    def theme(self, theme_id: str) -> Theme | None:
        return self._index["theme"].get(theme_id)

    def framework(self, framework_id: str) -> Framework | None:
        return self._index["framework"].get(framework_id)

    def case(self, case_id: str) -> CaseCard | None:
        return self._index["case"].get(case_id)

    def template(self, template_id: str) -> Template | None:
        return self._index["template"].get(template_id)

    def prompts_in_theme(self, theme_id: str) -> tuple[Prompt, ...]:
        return tuple(p for p in self.prompts if p.theme == theme_id)

    def prompts_of_kind(self, *kinds: str) -> tuple[Prompt, ...]:
        return tuple(p for p in self.prompts if p.kind in kinds)

    def prompts_for_case(self, case_id: str) -> tuple[Prompt, ...]:
        card = self.case(case_id)
        if card is None:
            return ()
        return tuple(p for p in (self.prompt(pid) for pid in card.prompts) if p is not None)


# ------------------------------------------------------------------- reading files


class _Reader:
    """Reads one TOML file into ``(header, [(entry, line), ...])``, salvaging blocks."""

    def __init__(self, path: Path, display: str, kind: str, problems: list[Problem]):
        self.path = path
        self.display = display
        self.kind = kind
        self.problems = problems

    def report(self, message: str, **kw: Any) -> None:
        self.problems.append(Problem(self.display, message, **kw))

    def read(self) -> tuple[dict[str, Any], list[tuple[Any, int | None]]] | None:
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            self.report(f"cannot be read ({exc.strerror or exc})")
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.report(
                "is not valid UTF-8 (first bad byte on this line); "
                "entries containing bad bytes are skipped",
                line=line,
            )
            text = raw.decode("utf-8", errors="replace")
        text = text.removeprefix("\ufeff").replace("\r\n", "\n")
        header_re = re.compile(r"^[ \t]*\[\[[ \t]*" + re.escape(self.kind) + r"[ \t]*\]\][ \t]*(#.*)?$")
        lines = text.split("\n")
        starts = [i for i, ln in enumerate(lines) if header_re.match(ln)]
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            return self._salvage(lines, starts, exc)
        entries = doc.pop(self.kind, [])
        if not isinstance(entries, list):
            self.report(f"{self.kind!r} must be a list of [[{self.kind}]] tables")
            return doc, []
        positions = [s + 1 for s in starts] if len(starts) == len(entries) else [None] * len(entries)
        return doc, list(zip(entries, positions))

    def _salvage(self, lines: list[str], starts: list[int], error: Exception):
        """Parse the header and every ``[[kind]]`` block on its own."""
        bounds = [0, *starts, len(lines)]
        header: dict[str, Any] = {}
        entries: list[tuple[Any, int | None]] = []
        reported = False
        for number, (begin, end) in enumerate(zip(bounds, bounds[1:])):
            chunk = "\n".join(lines[begin:end])
            try:
                doc = tomllib.loads(chunk)
            except tomllib.TOMLDecodeError as exc:
                reported = True
                self._report_syntax(lines, begin, end, exc, is_header=number == 0)
                if number == 0:  # unknown version: read the blocks as the current one
                    header = {"format_version": FORMAT_VERSION}
                continue
            if number == 0:
                header = doc
                continue
            block = doc.pop(self.kind, [])
            if doc or not isinstance(block, list) or len(block) != 1:
                reported = True
                self.report(
                    "cannot be read (unexpected tables in this block)",
                    kind=self.kind,
                    id=_id_in(lines[begin:end]),
                    line=begin + 1,
                )
                continue
            entries.append((block[0], begin + 1))
        if not reported:
            self.report(f"cannot be read: {error}")
            return None
        return header, entries

    def _report_syntax(self, lines, begin, end, exc, *, is_header: bool) -> None:
        msg = str(exc)
        line = None
        m = re.search(r"at line (\d+), column (\d+)", msg)
        if m:
            line = begin + int(m.group(1))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", msg) or "syntax error"
        fields: tuple[str, ...] = ()
        if line is not None and 0 < line <= len(lines):
            km = re.match(r"\s*([A-Za-z0-9_.\-\"' ]+?)\s*=", lines[line - 1])
            if km:
                fields = (km.group(1).replace('"', "").replace("'", "").replace(" ", ""),)
        field_text = f"field {fields[0]!r}: " if fields else ""
        if is_header:
            self.report(f"{field_text}TOML syntax error ({reason}); file header skipped", line=line)
            return
        self.report(
            f"{field_text}TOML syntax error ({reason}); this {self.kind} is skipped",
            kind=self.kind,
            id=_id_in(lines[begin:end]),
            fields=fields,
            line=line,
        )


def _id_in(lines: list[str]) -> str | None:
    for ln in lines:
        m = re.match(r"""\s*id\s*=\s*["']([^"'\n]*)["']""", ln)
        if m:
            return m.group(1) or None
    return None


# ---------------------------------------------------------------------- validation


class _Invalid(Exception):
    pass


class _Entry:
    """Validates one entry table, collecting every bad field."""

    def __init__(self, data: Mapping[str, Any], allowed: Iterable[str]):
        self.data = data
        self.allowed = set(allowed)
        self.errors: list[tuple[str, str]] = []

    def fail(self, name: str, message: str) -> None:
        self.errors.append((name, message))

    def _clean(self, name: str, value: Any, *, required: bool) -> str | None:
        if value is None:
            if required:
                self.fail(name, "missing")
            return None
        if not isinstance(value, str):
            self.fail(name, f"must be text, not {type(value).__name__}")
            return None
        if _REPLACEMENT_CHAR in value:
            self.fail(name, "contains bytes that are not valid UTF-8")
            return None
        value = value.strip()
        if not value and required:
            self.fail(name, "is empty")
            return None
        return value or None

    def string(self, name: str, *, required: bool = True, pattern: re.Pattern | None = None,
               choices: Iterable[str] | None = None) -> str | None:
        value = self._clean(name, self.data.get(name), required=required)
        if value is None:
            return None
        if pattern is not None and not pattern.match(value):
            self.fail(name, f"{value!r} is not a valid id (lower-case letters, digits and dashes)")
            return None
        if choices is not None:
            choices = tuple(choices)
            if value not in choices:
                self.fail(name, f"{value!r} is not one of: {', '.join(choices) or '(none loaded)'}")
                return None
        return value

    def localized(self, name: str, *, required: bool = True, multiline: bool = False) -> Localized:
        value = self.data.get(name)
        if value is None:
            if required:
                for lang in LANGUAGES:
                    self.fail(f"{name}.{lang}", "missing")
            return Localized()
        if not isinstance(value, Mapping):
            self.fail(name, "must be a table with one text per language (da, en)")
            return Localized()
        result = Localized()
        for lang, text in value.items():
            if not re.fullmatch(r"[a-z]{2}", str(lang)):
                self.fail(f"{name}.{lang}", "is not a two-letter language code")
                continue
            cleaned = self._clean(f"{name}.{lang}", text, required=lang in LANGUAGES)
            if cleaned is not None:
                result[lang] = cleaned + ("\n" if multiline else "")
        for lang in LANGUAGES:
            if lang not in value:
                self.fail(f"{name}.{lang}", "missing")
        return result

    def source(self, name: str, value: Any) -> Source | None:
        if not isinstance(value, Mapping):
            self.fail(name, "must be a table with 'file' and 'quote'")
            return None
        file = self._clean(f"{name}.file", value.get("file"), required=True)
        quote = self._clean(f"{name}.quote", value.get("quote"), required=True)
        for extra in sorted(set(value) - {"file", "quote"}):
            self.fail(f"{name}.{extra}", "unknown field")
        if file is not None and not SEED_FILE_PATTERN.match(file):
            self.fail(f"{name}.file", f"{file!r} must be a seed file name, not a path")
            file = None
        if quote is not None and len(normalise_whitespace(quote)) < MIN_QUOTE_LENGTH:
            self.fail(f"{name}.quote", f"must be at least {MIN_QUOTE_LENGTH} characters")
            quote = None
        if file is None or quote is None:
            return None
        return Source(file, quote)

    def id_list(self, name: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(name)
        if value is None:
            if required:
                self.fail(name, "missing")
            return ()
        if not isinstance(value, list):
            self.fail(name, "must be a list of ids")
            return ()
        ids = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not ID_PATTERN.match(item):
                self.fail(f"{name}[{i}]", f"{item!r} is not a valid id")
                continue
            ids.append(item)
        return tuple(ids)

    def check_unknown(self) -> None:
        for extra in sorted(set(self.data) - self.allowed):
            self.fail(extra, "unknown field")

    def done(self) -> None:
        self.check_unknown()
        if self.errors:
            raise _Invalid(self.errors)


class _Loader:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []
        self.seen: dict[tuple[str, str], str] = {}  # (kind, id) -> file it came from
        # (kind, id) of entries already reported and skipped: links to them are
        # dropped without a second report, so each broken entry is reported once.
        self.skipped: set[tuple[str, str]] = set()

    # -- plumbing --------------------------------------------------------------

    def display(self, path: Path) -> str:
        return str(path)

    def files(self, rel: Path) -> list[Path]:
        folder = self.root / rel
        if not folder.is_dir():
            self.problems.append(Problem(self.display(folder), "folder is missing"))
            return []
        return sorted(p for p in folder.glob("*.toml") if p.is_file())

    def entries(self, path: Path, kind: str) -> Iterator[tuple[Mapping[str, Any], int | None, str]]:
        """Yield ``(entry, line, display)`` for every table of ``[[kind]]`` in ``path``."""
        display = self.display(path)
        if not path.is_file():
            self.problems.append(Problem(display, "file is missing"))
            return
        before = len(self.problems)
        result = _Reader(path, display, kind, self.problems).read()
        for problem in self.problems[before:]:  # blocks lost to syntax errors
            if problem.kind == kind and problem.id:
                self.skipped.add((kind, problem.id))
        if result is None:
            return
        header, entries = result
        version = header.pop("format_version", None)
        if version is None:
            self.problems.append(Problem(display, f"field 'format_version' is missing (expected {FORMAT_VERSION})"))
        elif not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.problems.append(Problem(display, f"field 'format_version': {version!r} is not a version number"))
        elif version > FORMAT_VERSION:
            self.problems.append(Problem(
                display,
                f"field 'format_version': {version} is newer than this version of the app "
                f"understands ({FORMAT_VERSION}); file skipped",
            ))
            for entry, _line in entries:
                if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
                    self.skipped.add((kind, entry["id"].strip()))
            return
        for extra in sorted(header):
            value = header[extra]
            lost = [e.get("id") for e in value if isinstance(e, Mapping)] if isinstance(value, list) else []
            hint = f"; {len(lost)} table(s) ignored: {', '.join(map(str, lost))}" if lost else ""
            self.skipped.update((kind, i.strip()) for i in lost if isinstance(i, str))
            self.problems.append(Problem(
                display, f"field {extra!r}: unknown top-level field (ignored){hint}", fields=(extra,)
            ))
        for number, (entry, line) in enumerate(entries, start=1):
            if not isinstance(entry, Mapping):
                self.problems.append(Problem(display, f"entry #{number} is not a table", kind=kind, line=line))
                continue
            yield entry, line, display

    def validated(self, kind: str, path: Path, build) -> list[Any]:
        """Run ``build(entry) -> object`` over the file's entries; report and skip failures."""
        out = []
        for entry, line, display in self.entries(path, kind):
            raw_id = entry.get("id")
            entry_id = raw_id if isinstance(raw_id, str) and raw_id.strip() else None
            try:
                obj = build(entry)
            except _Invalid as exc:
                errors: list[tuple[str, str]] = exc.args[0]
                message = "; ".join(f"field {name!r}: {text}" for name, text in errors)
                self.problems.append(Problem(
                    display, message + f"; this {kind} is skipped",
                    kind=kind, id=entry_id, fields=tuple(n for n, _ in errors), line=line,
                ))
                if entry_id:
                    self.skipped.add((kind, entry_id.strip()))
                continue
            key = (kind, obj.id)
            if key in self.seen:
                self.problems.append(Problem(
                    display, f"field 'id': duplicate id, first defined in {self.seen[key]}; "
                    f"this {kind} is skipped",
                    kind=kind, id=obj.id, fields=("id",), line=line,
                ))
                continue
            self.seen[key] = display
            out.append(obj)
        return out

    # -- the five kinds ------------------------------------------------------------

    def load(self) -> Catalogue:
        if not self.root.is_dir():
            self.problems.append(Problem(self.display(self.root), "content folder is missing"))
            return Catalogue(root=self.root, problem_details=tuple(self.problems))

        frameworks = self.validated("framework", self.root / FRAMEWORKS_FILE, self._framework)
        themes = self.validated("theme", self.root / THEMES_FILE, self._theme)
        kinds = self.validated("kind", self.root / KINDS_FILE, self._kind)
        sources = self.validated("source", self.root / SOURCES_FILE, self._source_text)
        self.framework_ids = [f.id for f in frameworks]
        self.theme_ids = [t.id for t in themes]

        prompts: list[Prompt] = []
        for path in self.files(PROMPTS_DIR):
            prompts.extend(self.validated("prompt", path, self._prompt))
        theme_order = {tid: i for i, tid in enumerate(self.theme_ids)}
        prompts.sort(key=lambda p: (theme_order.get(p.theme, len(theme_order)), p.id))
        self.prompt_ids = {p.id for p in prompts}

        cases: list[CaseCard] = []
        for path in self.files(CASES_DIR):
            cases.extend(self._with_links(path))
        templates: list[Template] = []
        for path in self.files(TEMPLATES_DIR):
            templates.extend(self.validated("template", path, self._template))

        return Catalogue(
            root=self.root,
            prompts=tuple(prompts),
            themes=tuple(themes),
            frameworks=tuple(frameworks),
            cases=tuple(cases),
            templates=tuple(templates),
            kinds=tuple(kinds),
            sources=tuple(sources),
            problem_details=tuple(self.problems),
        )

    def _theme(self, data: Mapping[str, Any]) -> Theme:
        e = _Entry(data, ("id", "name", "description"))
        theme_id = e.string("id", pattern=ID_PATTERN)
        name = e.localized("name")
        description = e.localized("description")
        e.done()
        return Theme(theme_id, name, description)

    def _kind(self, data: Mapping[str, Any]) -> KindName:
        e = _Entry(data, ("id", "name"))
        kind_id = e.string("id", choices=KINDS)
        name = e.localized("name")
        e.done()
        return KindName(kind_id, name)

    def _source_text(self, data: Mapping[str, Any]) -> SourceText:
        e = _Entry(data, ("id", "title"))
        file = e.string("id", pattern=SEED_FILE_PATTERN)
        title = e.localized("title")
        e.done()
        return SourceText(file, title)

    def _framework(self, data: Mapping[str, Any]) -> Framework:
        e = _Entry(data, ("id", "name", "description"))
        framework_id = e.string("id", pattern=ID_PATTERN)
        name = e.localized("name")
        description = e.localized("description")
        e.done()
        return Framework(framework_id, name, description)

    def _prompt(self, data: Mapping[str, Any]) -> Prompt:
        e = _Entry(data, ("id", "theme", "kind", "text", "framework", "source", "note"))
        prompt_id = e.string("id", pattern=ID_PATTERN)
        theme = e.string("theme", choices=self.theme_ids)
        kind = e.string("kind", choices=KINDS)
        text = e.localized("text")
        framework = e.string("framework", required=False, choices=self.framework_ids)
        if isinstance(data.get("framework"), str) and not data["framework"].strip():
            e.fail("framework", "is empty (leave the field out instead)")
        source = None
        if "source" not in data:
            e.fail("source", "missing (every shipped prompt names its seed file and quote)")
        else:
            source = e.source("source", data["source"])
        e._clean("note", data.get("note"), required=False)
        e.done()
        return Prompt(prompt_id, theme, kind, text, framework, source)

    def _case(self, data: Mapping[str, Any]) -> CaseCard:
        e = _Entry(data, ("id", "name", "summary", "prompts", "themes", "sources"))
        case_id = e.string("id", pattern=ID_PATTERN)
        name = e.localized("name")
        summary = e.localized("summary")
        prompts = e.id_list("prompts")
        themes = e.id_list("themes", required=False)
        sources: list[Source] = []
        raw_sources = data.get("sources")
        if not isinstance(raw_sources, list) or not raw_sources:
            e.fail("sources", "must be a non-empty list of {file, quote} tables")
        else:
            for i, raw in enumerate(raw_sources):
                src = e.source(f"sources[{i}]", raw)
                if src is not None:
                    sources.append(src)
        e.done()
        return CaseCard(case_id, name, summary, prompts, tuple(sources), themes)

    def _with_links(self, path: Path) -> list[CaseCard]:
        """Cases keep loading when a linked prompt or theme is missing; the link is dropped."""
        cards = []
        for card in self.validated("case", path, self._case):
            kept_prompts = tuple(p for p in card.prompts if p in self.prompt_ids)
            kept_themes = tuple(t for t in card.themes if t in self.theme_ids)
            for name, ids, kept in (("prompts", card.prompts, kept_prompts), ("themes", card.themes, kept_themes)):
                link_kind = "prompt" if name == "prompts" else "theme"
                for missing in (i for i in ids if i not in kept):
                    if (link_kind, missing) in self.skipped:
                        continue  # the entry itself is already reported
                    self.problems.append(Problem(
                        self.display(path),
                        f"field {name!r}: links to unknown id {missing!r}; link dropped",
                        kind="case", id=card.id, fields=(name,),
                    ))
            if (kept_prompts, kept_themes) != (card.prompts, card.themes):
                card = CaseCard(card.id, card.name, card.summary, kept_prompts, card.sources, kept_themes)
            cards.append(card)
        return cards

    def _template(self, data: Mapping[str, Any]) -> Template:
        e = _Entry(data, ("id", "name", "body", "framework", "description"))
        template_id = e.string("id", pattern=ID_PATTERN)
        name = e.localized("name")
        body = e.localized("body", multiline=True)
        framework = e.string("framework", required=False, choices=self.framework_ids)
        description = e.localized("description", required=False)
        e.done()
        return Template(template_id, name, body, framework, description)


# --------------------------------------------------------------------------- public


def _guarded_load(root: Path) -> Catalogue:
    try:
        catalogue = _Loader(root).load()
    except Exception as exc:  # a bug, but the app must still start: report, load nothing
        log.exception("loading the content in %s failed", root)
        catalogue = Catalogue(
            root=root,
            problem_details=(Problem(str(root), f"content could not be loaded: {exc!r}"),),
        )
    for problem in catalogue.problems:
        log.warning("content problem: %s", problem)
    return catalogue


@functools.lru_cache(maxsize=1)
def _default_catalogue() -> Catalogue:
    from journal.platform.paths import content_dir

    return _guarded_load(content_dir())


def load_catalogue(root: Path | None = None) -> Catalogue:
    """Load the content under ``root`` (default: the shipped ``data/`` folder).

    Never raises because of the data: invalid entries are skipped and listed in
    :attr:`Catalogue.problems` (and logged once as warnings).  The default load is
    cached for the life of the process; an explicit ``root`` is always re-read.
    """
    if root is None:
        return _default_catalogue()
    return _guarded_load(Path(root))


def clear_cache() -> None:
    """Forget the cached default catalogue (tests, or after content was edited)."""
    _default_catalogue.cache_clear()


def themes_table(catalogue: Catalogue) -> str:
    """The Markdown table of themes with prompt counts per kind (pasted into docs/content.md)."""
    short = {DAILY: "daily", BEFORE_MEETING: "before", AFTER_MEETING: "after",
             MILESTONE: "milestone", FOLLOW_UP: "follow-up"}
    head = ["theme id", "Dansk", "English", "prompts", *(short[k] for k in KINDS)]
    rows = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    totals = [0] * (1 + len(KINDS))
    for theme in catalogue.themes:
        prompts = catalogue.prompts_in_theme(theme.id)
        counts = [len(prompts), *(sum(p.kind == k for p in prompts) for k in KINDS)]
        totals = [a + b for a, b in zip(totals, counts)]
        rows.append("| " + " | ".join([f"`{theme.id}`", theme.name("da"), theme.name("en"),
                                        *map(str, counts)]) + " |")
    rows.append("| " + " | ".join([f"**{len(catalogue.themes)} themes**", "", "",
                                    *(f"**{n}**" for n in totals)]) + " |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m journal.prompts.catalogue [ROOT]``: print the theme table and any problems."""
    args = sys.argv[1:] if argv is None else argv
    catalogue = load_catalogue(Path(args[0]) if args else None)
    sys.stdout.write(themes_table(catalogue))
    for problem in catalogue.problems:
        sys.stderr.write(f"problem: {problem}\n")
    return 1 if catalogue.problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
