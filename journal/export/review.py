"""The review package (leader → coach) and the feedback file (coach → leader).

One file family, ``tvaers-review`` (documented in docs/formats.md, "Review package and
feedback file"): a small UTF-8 JSON object whose clear header says what the file is and
how its key is derived, and whose ``ciphertext`` is the AES-256-GCM encryption of a JSON
document, with the canonical JSON of the header as associated data.  The key is
Argon2id(share password) with the parameters in the header, which must lie within the
same floor and cap as the journal's key file.  A change of any byte — header or
ciphertext — makes decryption fail, so a tampered file is refused like a wrong password.

The reader trusts nothing: every refusal is one ``BadInput`` that names the file.  Pure
Python (no Qt); the key derivation is slow on purpose (~0.3 s), so the window runs it off
the GUI thread.  The share password is never written anywhere.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from journal.errors import BadInput
from journal.store.crypto import ARGON2_CAP, ARGON2_DEFAULT, ARGON2_FLOOR

FORMAT = "tvaers-review"
VERSION = 1
KINDS = ("package", "feedback")
FEEDBACK_SUFFIX = ".tvaers-feedback"
HEADER_KEYS = ("format", "kind", "version", "kdf", "nonce")
KDF_KEYS = ("name", "salt", "m", "t", "p")
SALT_BYTES = 16
NONCE_BYTES = 12
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_TEXT = 2_000_000  # characters in one body (the journal's own cap is lower)
MAX_SHORT = 10_000
MAX_ITEMS = 1_000_000


# --- small helpers -------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def canonical(value) -> bytes:
    """Canonical JSON: keys sorted, no spaces, non-ASCII escaped (the AAD of a file)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def body_sha256(body: str) -> str:
    """The SHA-256 (hex) of an entry's Markdown text as UTF-8: what "the text the coach saw" is."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_MARKS = r"[*_`~]*"  # Markdown emphasis and code marks the rendered text does not show
_BETWEEN_WORDS = _MARKS + r"\s+(?:[-*+>]\s+|#+\s+|\d+[.)]\s+)*" + _MARKS  # line breaks, list and quote marks
FUZZY_ANCHOR_CHARS = 2000


def find_anchor(body: str, anchor: str | None) -> tuple[int, int] | None:
    """Where the quoted passage is in the Markdown ``body`` (start, end), or ``None``.

    A coach selects the passage in the rendered text, which lacks the Markdown marks
    (``**syv** kontaktpersoner`` reads ``syv kontaktpersoner``), so the passage is found with
    those marks, line breaks and list or quote marks allowed between its characters."""
    if not anchor or not anchor.strip():
        return None
    at = body.find(anchor)
    if at >= 0:
        return at, at + len(anchor)
    words = anchor.split()
    if len(anchor) > FUZZY_ANCHOR_CHARS or not words:
        return None
    import re

    pattern = _BETWEEN_WORDS.join(_MARKS.join(re.escape(ch) for ch in word) for word in words)
    found = re.search(pattern, body)
    if not found:
        return None
    start, end = found.start(), found.end()
    while start > 0 and body[start - 1] in "*_`~":  # the marks that open the first word
        start -= 1
    while end < len(body) and body[end] in "*_`~":  # and close the last
        end += 1
    return start, end


def new_id() -> str:
    """A random id (128 bits, URL-safe base64 without padding)."""
    return secrets.token_urlsafe(16)


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# --- the key -------------------------------------------------------------------------


@dataclass(frozen=True)
class Kdf:
    salt: bytes
    m: int = ARGON2_DEFAULT["m"]
    t: int = ARGON2_DEFAULT["t"]
    p: int = ARGON2_DEFAULT["p"]

    @classmethod
    def new(cls) -> "Kdf":
        return cls(secrets.token_bytes(SALT_BYTES))

    def to_json(self) -> dict:
        return {"name": "argon2id", "salt": _b64(self.salt), "m": self.m, "t": self.t, "p": self.p}


@dataclass(frozen=True)
class Key:
    """A derived key with the parameters it came from (kept in memory only)."""

    kdf: Kdf
    secret: bytes = field(repr=False)


def derive_key(password: str, kdf: Kdf) -> Key:
    """Argon2id(NFC UTF-8 password, salt, m KiB, t passes, p lanes) → 32 bytes."""
    if not password:
        raise BadInput("The share password is empty. Type the password the leader gave you.")
    from argon2.low_level import Type, hash_secret_raw

    secret = hash_secret_raw(
        unicodedata.normalize("NFC", password).encode("utf-8"), kdf.salt,
        time_cost=kdf.t, memory_cost=kdf.m, parallelism=kdf.p, hash_len=32, type=Type.ID,
    )
    return Key(kdf, secret)


# --- sealing and opening ---------------------------------------------------------------


def seal(kind: str, payload: dict, key: Key) -> bytes:
    """The file's bytes: the header in clear, ``payload`` encrypted under ``key``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if kind not in KINDS:
        raise ValueError(kind)
    header = {"format": FORMAT, "kind": kind, "version": VERSION, "kdf": key.kdf.to_json(), "nonce": _b64(secrets.token_bytes(NONCE_BYTES))}
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    sealed = AESGCM(key.secret).encrypt(base64.b64decode(header["nonce"]), plain, canonical(header))
    return (json.dumps({**header, "ciphertext": _b64(sealed)}, indent=1) + "\n").encode("ascii")


@dataclass(frozen=True)
class Sealed:
    """A file read up to its encrypted part: what it is, how to derive its key."""

    name: str
    kind: str
    kdf: Kdf
    header: dict
    nonce: bytes
    ciphertext: bytes = field(repr=False)


def _not_ours(name: str) -> BadInput:
    return BadInput("{file} cannot be opened: it is not a Tværs review package or feedback file.", file=name)


def _unreadable(name: str) -> BadInput:
    return BadInput("{file} cannot be opened: its contents cannot be read.", file=name)


def _damaged(name: str) -> BadInput:
    return BadInput("{file} cannot be opened: it is cut short or damaged.", file=name)


def _decode_b64(value, name: str) -> bytes:
    if not isinstance(value, str):
        raise _not_ours(name)
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _not_ours(name) from None


def _int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read_sealed(data: bytes, name: str, *, kind: str | None = None) -> Sealed:
    """Check the clear part of a file; refuses anything that is not a readable file of ours."""
    if len(data) > MAX_FILE_BYTES:
        raise BadInput("{file} cannot be opened: it is larger than {limit} MB.", file=name, limit=MAX_FILE_BYTES // (1024 * 1024))
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _not_ours(name) from None
    except json.JSONDecodeError:
        if not data.strip():
            raise BadInput("{file} cannot be opened: the file is empty.", file=name) from None
        if f'"{FORMAT}"'.encode("ascii") not in data[:200]:
            raise _not_ours(name) from None
        raise _damaged(name) from None
    except RecursionError:
        raise _not_ours(name) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _not_ours(name)
    version = doc.get("version")
    if not _int(version) or version < 1:
        raise _not_ours(name)
    if version > VERSION:
        raise BadInput("{file} cannot be opened: it was written by a newer version of Tværs (format {version}). Update Tværs and try again.", file=name, version=version)
    if set(doc) != set(HEADER_KEYS) | {"ciphertext"} or doc.get("kind") not in KINDS:
        raise _damaged(name)
    if kind is not None and doc["kind"] != kind:
        if kind == "package":
            raise BadInput("{file} cannot be opened: it is a feedback file, not a review package.", file=name)
        raise BadInput("{file} cannot be opened: it is a review package, not a feedback file.", file=name)
    kdf = doc["kdf"]
    if not isinstance(kdf, dict) or set(kdf) != set(KDF_KEYS) or kdf.get("name") != "argon2id":
        raise BadInput("{file} cannot be opened: its key derivation is not one Tværs knows.", file=name)
    m, t, p = kdf.get("m"), kdf.get("t"), kdf.get("p")
    if not (_int(m) and _int(t) and _int(p)) or not (
        ARGON2_FLOOR["m"] <= m <= ARGON2_CAP["m"] and ARGON2_FLOOR["t"] <= t <= ARGON2_CAP["t"] and 1 <= p <= ARGON2_CAP["p"]
    ):
        raise BadInput("{file} cannot be opened: its key derivation parameters are outside what Tværs accepts.", file=name)
    salt = _decode_b64(kdf["salt"], name)
    nonce = _decode_b64(doc["nonce"], name)
    ciphertext = _decode_b64(doc["ciphertext"], name)
    if not 16 <= len(salt) <= 64 or len(nonce) != NONCE_BYTES or len(ciphertext) < 16:
        raise _damaged(name)
    header = {k: doc[k] for k in HEADER_KEYS}
    return Sealed(name, doc["kind"], Kdf(salt, m, t, p), header, nonce, ciphertext)


def decrypt(sealed: Sealed, key: Key) -> dict:
    """The decrypted, validated document (``Package`` or ``Feedback`` as JSON) of a file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = sealed.name
    try:
        plain = AESGCM(key.secret).decrypt(sealed.nonce, sealed.ciphertext, canonical(sealed.header))
    except InvalidTag:
        raise BadInput("{file} cannot be opened: the share password is wrong, or the file was changed after it was written.", file=name) from None
    try:
        doc = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _unreadable(name) from None
    if not isinstance(doc, dict):
        raise _unreadable(name)
    return doc


# --- what is inside --------------------------------------------------------------------


def _text(value, name: str, *, limit: int = MAX_SHORT, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise _unreadable(name)
    return value


def _moment(value, name: str) -> str:
    _text(value, name, limit=64)
    try:
        if datetime.fromisoformat(value).tzinfo is None:
            raise ValueError
    except ValueError:
        raise _unreadable(name) from None
    return value


def _list(value, name: str) -> list:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise _unreadable(name)
    return value


def _obj(value, name: str) -> dict:
    if not isinstance(value, dict):
        raise _unreadable(name)
    return value


@dataclass(frozen=True)
class ThreadItem:
    """An earlier comment on an entry (the coach's, or the leader's reply) sent along."""

    id: str
    origin: str  # "coach" | "leader"
    author: str
    created: str
    body: str
    anchor: str | None = None
    reply_to: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "origin": self.origin, "author": self.author, "created": self.created,
                "body": self.body, "anchor": self.anchor, "reply_to": self.reply_to}

    @classmethod
    def from_json(cls, raw, name: str) -> "ThreadItem":
        raw = _obj(raw, name)
        origin = raw.get("origin")
        if origin not in ("coach", "leader"):
            raise _unreadable(name)
        return cls(
            _text(raw.get("id"), name, limit=200), origin, _text(raw.get("author"), name, limit=1000),
            _moment(raw.get("created"), name), _text(raw.get("body"), name, limit=MAX_TEXT),
            _text(raw.get("anchor"), name, limit=MAX_TEXT, optional=True), _text(raw.get("reply_to"), name, limit=200, optional=True),
        )


@dataclass(frozen=True)
class ReviewEntry:
    uid: str
    created: str  # ISO 8601 with the entry's own UTC offset
    title: str
    body: str  # Markdown
    number: int | None = None  # the leader's entry id, if sent
    question: str = ""
    case: str = ""
    tags: tuple[str, ...] = ()
    thread: tuple[ThreadItem, ...] = ()

    @property
    def sha256(self) -> str:
        return body_sha256(self.body)

    def to_json(self) -> dict:
        return {"uid": self.uid, "number": self.number, "created": self.created, "title": self.title, "body": self.body,
                "question": self.question, "case": self.case, "tags": list(self.tags), "thread": [t.to_json() for t in self.thread]}

    @classmethod
    def from_json(cls, raw, name: str) -> "ReviewEntry":
        raw = _obj(raw, name)
        number = raw.get("number")
        if number is not None and not _int(number):
            raise _unreadable(name)
        tags = _list(raw.get("tags", []), name)
        return cls(
            uid=_text(raw.get("uid"), name, limit=64), created=_moment(raw.get("created"), name),
            title=_text(raw.get("title", ""), name), body=_text(raw.get("body"), name, limit=MAX_TEXT), number=number,
            question=_text(raw.get("question", ""), name), case=_text(raw.get("case", ""), name, limit=1000),
            tags=tuple(_text(t, name, limit=200) for t in tags),
            thread=tuple(ThreadItem.from_json(t, name) for t in _list(raw.get("thread", []), name)),
        )


@dataclass(frozen=True)
class Package:
    package_id: str
    created: str
    lang: str
    entries: tuple[ReviewEntry, ...]
    leader: str | None = None

    def to_json(self) -> dict:
        return {"package_id": self.package_id, "created": self.created, "lang": self.lang, "leader": self.leader,
                "entries": [e.to_json() for e in self.entries]}

    @classmethod
    def from_json(cls, raw, name: str) -> "Package":
        raw = _obj(raw, name)
        lang = raw.get("lang")
        return cls(
            package_id=_text(raw.get("package_id"), name, limit=200), created=_moment(raw.get("created"), name),
            lang=lang if lang in ("da", "en") else "da",
            entries=tuple(ReviewEntry.from_json(e, name) for e in _list(raw.get("entries"), name)),
            leader=_text(raw.get("leader"), name, limit=1000, optional=True),
        )

    def entry(self, wanted: str) -> ReviewEntry:
        """The entry with this uid (or, when the package holds it, this leader's number)."""
        for e in self.entries:
            if e.uid == wanted or (e.number is not None and str(e.number) == wanted.strip()):
                return e
        raise BadInput("The review package has no reflection with the id {id}. See 'tvaers review show' for the ids.", id=wanted)


@dataclass(frozen=True)
class FeedbackComment:
    id: str
    entry: str  # the entry's uid
    author: str
    created: str
    body: str  # Markdown
    anchor: str | None  # the passage the comment is about, quoted exactly; None for the whole entry
    seen_sha256: str  # SHA-256 of the entry text the coach saw

    def to_json(self) -> dict:
        return {"id": self.id, "entry": self.entry, "author": self.author, "created": self.created, "body": self.body,
                "anchor": self.anchor, "seen_sha256": self.seen_sha256}

    @classmethod
    def from_json(cls, raw, name: str) -> "FeedbackComment":
        raw = _obj(raw, name)
        seen = _text(raw.get("seen_sha256"), name, limit=64)
        if len(seen) != 64 or any(ch not in "0123456789abcdef" for ch in seen):
            raise _unreadable(name)
        return cls(
            _text(raw.get("id"), name, limit=200), _text(raw.get("entry"), name, limit=64), _text(raw.get("author"), name, limit=1000),
            _moment(raw.get("created"), name), _text(raw.get("body"), name, limit=MAX_TEXT),
            _text(raw.get("anchor"), name, limit=MAX_TEXT, optional=True), seen,
        )


@dataclass(frozen=True)
class Feedback:
    package_id: str
    coach: str
    saved: str
    comments: tuple[FeedbackComment, ...]

    def to_json(self) -> dict:
        return {"package_id": self.package_id, "coach": self.coach, "saved": self.saved, "comments": [c.to_json() for c in self.comments]}

    @classmethod
    def from_json(cls, raw, name: str) -> "Feedback":
        raw = _obj(raw, name)
        return cls(
            _text(raw.get("package_id"), name, limit=200), _text(raw.get("coach"), name, limit=1000), _moment(raw.get("saved"), name),
            tuple(FeedbackComment.from_json(c, name) for c in _list(raw.get("comments"), name)),
        )


# --- files ---------------------------------------------------------------------------------


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInput("{file} cannot be opened: it is larger than {limit} MB.", file=path.name, limit=MAX_FILE_BYTES // (1024 * 1024))
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput("Cannot read {path}: there is no such file. Check the name and the folder.", path=str(path)) from None
    except IsADirectoryError:
        raise BadInput("{path} is a folder. Name the file itself.", path=str(path)) from None
    except OSError:
        raise BadInput("Cannot read {path}. Check that the file is there and readable.", path=str(path)) from None


def open_package(data: bytes, password: str, name: str, *, key: Key | None = None) -> tuple[Package, Key]:
    sealed = read_sealed(data, name, kind="package")
    key = key if key is not None and key.kdf == sealed.kdf else derive_key(password, sealed.kdf)
    return Package.from_json(decrypt(sealed, key), name), key


def open_feedback(data: bytes, password: str, name: str, *, key: Key | None = None) -> tuple[Feedback, Key]:
    sealed = read_sealed(data, name, kind="feedback")
    key = key if key is not None and key.kdf == sealed.kdf else derive_key(password, sealed.kdf)
    return Feedback.from_json(decrypt(sealed, key), name), key


def seal_package(package: Package, key: Key) -> bytes:
    return seal("package", package.to_json(), key)


def seal_feedback(feedback: Feedback, key: Key) -> bytes:
    """The feedback file, under the package's key (same salt and parameters, a new nonce)."""
    return seal("feedback", feedback.to_json(), key)


def check_feedback_matches(feedback: Feedback, package: Package, name: str) -> None:
    if feedback.package_id != package.package_id:
        raise BadInput("{file} is feedback on another review package; choose the feedback file of this package or a new file name.", file=name)


def add_comment(feedback: Feedback | None, package: Package, entry: ReviewEntry, *, author: str, body: str,
                anchor: str | None = None, coach: str | None = None, anchor_in_body: bool = True) -> Feedback:
    """``feedback`` (or a new one) with one more comment on ``entry``.

    ``anchor_in_body``: the passage must be a part of the Markdown text (the command line,
    where it is typed); the window quotes the passage as selected in the rendered text, which
    may differ where the Markdown has marks (``**``)."""
    if not body.strip():
        raise BadInput("The comment is empty; write it on standard input.")
    if not author.strip():
        raise BadInput("Give your name as the author of the comment.")
    if anchor is not None and anchor_in_body and find_anchor(entry.body, anchor) is None:
        raise BadInput("The quoted passage is not in the text of that reflection.")
    comment = FeedbackComment(new_id(), entry.uid, author.strip(), now_iso(), body, anchor or None, entry.sha256)
    comments = (feedback.comments if feedback else ()) + (comment,)
    return Feedback(package.package_id, coach or author.strip(), now_iso(), comments)
