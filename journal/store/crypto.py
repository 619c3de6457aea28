"""Key slots: the random data key and the ways to unwrap it.

The journal database is encrypted by SQLCipher with a random 256-bit *data key*
(DEK), given to SQLCipher as a raw hex key so its own PBKDF2 is skipped.  The DEK
never touches the disk in clear (except with the explicit *no passphrase* choice).
It sits in the small JSON *key file* (``journal.keys``), wrapped with AES-256-GCM
once per *slot*:

* ``passphrase``: key-encryption key = Argon2id(passphrase NFC UTF-8, salt, m, t, p);
* ``recovery``: key-encryption key = HKDF-SHA256(128-bit random recovery key);
* ``plain``: the DEK itself, base64 (only after an explicit ``--no-passphrase``).

The additional authenticated data of every wrap is the canonical JSON of the key
file's format, the slot type, its KDF parameters and salt, and the database's
uuid, so lowering the parameters in the file makes unwrapping fail.

Argon2id parameters outside [floor, cap] are refused when a key file is read.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import stat
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from journal.errors import DamagedJournal, KnownError, NoJournal, WrongPassphrase
from journal.platform.files import write_atomic

FORMAT = "tvaers-keys"
VERSION = 1
DEK_BYTES = 32
RECOVERY_BYTES = 16  # 128 bits

KEY_FILE_MAX_BYTES = 64 * 1024  # a real key file is under 1 KiB
MAX_SLOTS = 8
MAX_UUID_CHARS = 64
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = DEK_BYTES + 16  # AES-GCM adds a 16-byte tag
KDF_FIELDS = {
    "passphrase": {"name", "m", "t", "p", "salt"},
    "recovery": {"name", "salt"},
    "plain": set(),
}
KDF_NAMES = {"passphrase": "argon2id", "recovery": "hkdf-sha256", "plain": None}

ARGON2_DEFAULT = {"m": 65536, "t": 3, "p": 4}  # KiB, iterations, lanes
ARGON2_FLOOR = {"m": 65536, "t": 3}
ARGON2_CAP = {"m": 1048576, "t": 64, "p": 16}

# Crockford's base32: no I, L, O, U, so a printed key cannot be misread.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_READ = {c: i for i, c in enumerate(_CROCKFORD)}
_CROCKFORD_READ.update({"O": 0, "I": 1, "L": 1})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC, so the same word typed on any OS matches."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _check_chars(raw: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(b"tvaers-recovery" + raw).digest()[:2], "big")
    return _CROCKFORD[(digest >> 5) & 31] + _CROCKFORD[digest & 31]


def format_recovery_key(raw: bytes) -> str:
    """128 random bits as 26 Crockford base32 characters plus 2 check characters, in groups of four."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    text = "".join(reversed(chars)) + _check_chars(raw)
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as typed: case, spaces, dashes and O/0, I/L/1 mix-ups forgiven."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(cleaned) != 28 or any(ch not in _CROCKFORD_READ for ch in cleaned):
        raise WrongPassphrase(
            "That recovery key is not valid. It has 28 letters and digits in groups of four."
        )
    number = 0
    for ch in cleaned[:26]:
        number = (number << 5) | _CROCKFORD_READ[ch]
    if number >> (RECOVERY_BYTES * 8):
        raise WrongPassphrase("That recovery key is not valid.")
    raw = number.to_bytes(RECOVERY_BYTES, "big")
    typed_check = "".join(_CROCKFORD[_CROCKFORD_READ[ch]] for ch in cleaned[26:])
    if typed_check != _check_chars(raw):
        raise WrongPassphrase("That recovery key has a typing error. Compare it with your printed copy, group by group.")
    return raw


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _argon2(secret: bytes, salt: bytes, m: int, t: int, p: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(secret, salt, time_cost=t, memory_cost=m, parallelism=p, hash_len=32, type=Type.ID)


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"tvaers recovery slot").derive(secret)


@dataclass
class Slot:
    type: str  # "passphrase" | "recovery" | "plain"
    kdf: dict = field(default_factory=dict)
    nonce: str = ""
    wrapped: str = ""

    def to_json(self) -> dict:
        return {"type": self.type, "kdf": self.kdf, "nonce": self.nonce, "wrapped": self.wrapped}


@dataclass
class KeyFile:
    """The parsed key file. ``path`` is where it was read from (for messages)."""

    db_uuid: str
    slots: list[Slot]
    path: Path | None = None

    # --- reading and writing -------------------------------------------------

    @classmethod
    def read(cls, path: Path) -> "KeyFile":
        """Read and check the key file: any damage is one ``KnownError`` naming the file.

        Nothing in it reaches Argon2, HKDF or AES-GCM before its type and range are
        checked, so a damaged or hostile file cannot crash, hang or exhaust memory.
        """
        path = Path(path)
        raw = _read_capped(path)
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            raise _damaged(path) from None
        try:
            return cls._from_json(data, path)
        except _BadShape:
            raise _damaged(path) from None

    @classmethod
    def _from_json(cls, data: object, path: Path) -> "KeyFile":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise _BadShape
        version = data.get("version")
        if type(version) is not int or version < 1:
            raise _BadShape
        if version > VERSION:
            raise KnownError(
                "The key file {path} was written by a newer version of Tværs. Update Tværs to open it.",
                path=str(path),
            )
        db_uuid, slots = data.get("db_uuid"), data.get("slots")
        if not isinstance(db_uuid, str) or not 0 < len(db_uuid) <= MAX_UUID_CHARS:
            raise _BadShape
        if not isinstance(slots, list) or not 0 < len(slots) <= MAX_SLOTS:
            raise _BadShape
        keyfile = cls(db_uuid=db_uuid, slots=[_slot_from_json(s) for s in slots], path=path)
        for slot in keyfile.slots:
            keyfile._check_slot(slot)
        return keyfile

    def _check_slot(self, slot: Slot) -> None:
        """Every field of a slot has the type, length and range that Tværs writes."""
        if set(slot.kdf) != KDF_FIELDS[slot.type] or slot.kdf.get("name", KDF_NAMES[slot.type]) != KDF_NAMES[slot.type]:
            raise _BadShape
        if slot.type == "plain":
            _decoded(slot.wrapped, DEK_BYTES)
            return
        _decoded(slot.kdf["salt"], SALT_BYTES)
        _decoded(slot.nonce, NONCE_BYTES)
        _decoded(slot.wrapped, WRAPPED_BYTES)
        if slot.type == "passphrase":
            m, t, p = slot.kdf["m"], slot.kdf["t"], slot.kdf["p"]
            if any(type(value) is not int for value in (m, t, p)):
                raise _BadShape
            if not (ARGON2_FLOOR["m"] <= m <= ARGON2_CAP["m"] and ARGON2_FLOOR["t"] <= t <= ARGON2_CAP["t"] and 1 <= p <= ARGON2_CAP["p"]):
                raise DamagedJournal(
                    "The key file {path} asks for key-derivation settings outside the safe range; "
                    "it may have been tampered with. Restore journal.keys from a backup.",
                    path=str(self.path),
                )

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "db_uuid": self.db_uuid,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def write(self, path: Path) -> None:
        """Write atomically: temp file in the same folder, fsync, rename over."""
        write_atomic(Path(path), self.to_bytes())
        self.path = Path(path)

    # --- slots ---------------------------------------------------------------

    @property
    def has_passphrase(self) -> bool:
        return any(s.type == "passphrase" for s in self.slots)

    @property
    def has_recovery(self) -> bool:
        return any(s.type == "recovery" for s in self.slots)

    def _aad(self, slot_type: str, kdf: dict) -> bytes:
        return json.dumps(
            {"format": FORMAT, "slot": slot_type, "kdf": kdf, "db_uuid": self.db_uuid},
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    def _wrap(self, slot_type: str, kdf: dict, kek: bytes, dek: bytes) -> Slot:
        nonce = secrets.token_bytes(12)
        wrapped = _aesgcm(kek).encrypt(nonce, dek, self._aad(slot_type, kdf))
        return Slot(type=slot_type, kdf=kdf, nonce=_b64(nonce), wrapped=_b64(wrapped))

    def _unwrap(self, slot: Slot, kek: bytes) -> bytes | None:
        from cryptography.exceptions import InvalidTag

        try:
            dek = _aesgcm(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped), self._aad(slot.type, slot.kdf))
        except InvalidTag:
            return None
        return dek if len(dek) == DEK_BYTES else None

    def set_passphrase(self, dek: bytes, passphrase: str | None, params: dict | None = None) -> None:
        """Replace the passphrase (or plain) slot; ``None`` stores the key unwrapped."""
        self.slots = [s for s in self.slots if s.type not in ("passphrase", "plain")]
        if passphrase is None:
            self.slots.insert(0, Slot(type="plain", wrapped=_b64(dek)))
            return
        params = dict(params or ARGON2_DEFAULT)
        salt = secrets.token_bytes(16)
        kdf = {"name": "argon2id", "m": params["m"], "t": params["t"], "p": params["p"], "salt": _b64(salt)}
        kek = _argon2(normalise_passphrase(passphrase), salt, params["m"], params["t"], params["p"])
        self.slots.insert(0, self._wrap("passphrase", kdf, kek, dek))

    def set_recovery(self, dek: bytes) -> str:
        """Add (or replace) the recovery slot; returns the new recovery key, formatted."""
        raw = secrets.token_bytes(RECOVERY_BYTES)
        salt = secrets.token_bytes(16)
        kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
        self.slots = [s for s in self.slots if s.type != "recovery"]
        self.slots.append(self._wrap("recovery", kdf, _hkdf(raw, salt), dek))
        return format_recovery_key(raw)

    def unlock(self, passphrase: str | None) -> bytes:
        """The data key, from the passphrase slot (or the plain slot)."""
        for slot in self.slots:
            if slot.type == "plain":
                return _unb64(slot.wrapped)
        if passphrase is None:
            raise WrongPassphrase("This journal is protected by a passphrase. Enter it to open the journal.")
        for slot in self.slots:
            if slot.type == "passphrase":
                salt = _unb64(slot.kdf["salt"])
                kek = _argon2(normalise_passphrase(passphrase), salt, int(slot.kdf["m"]), int(slot.kdf["t"]), int(slot.kdf["p"]))
                dek = self._unwrap(slot, kek)
                if dek is not None:
                    return dek
        raise WrongPassphrase("The passphrase is not right. Check the keyboard layout and Caps Lock, and try again.")

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        raw = parse_recovery_key(recovery_key)
        for slot in self.slots:
            if slot.type == "recovery":
                dek = self._unwrap(slot, _hkdf(raw, _unb64(slot.kdf["salt"])))
                if dek is not None:
                    return dek
        raise WrongPassphrase("The recovery key is not right. Check it against your printed copy.")

    @property
    def needs_passphrase(self) -> bool:
        return not any(s.type == "plain" for s in self.slots)


class _BadShape(ValueError):
    """A key file field that is not what Tværs writes (reported as a damaged key file)."""


def _unreadable(path: Path, exc: OSError) -> DamagedJournal:
    return DamagedJournal(
        "The key file {path} cannot be read ({reason}). Check its permissions.",
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _damaged(path: Path) -> DamagedJournal:
    return DamagedJournal(
        "The key file {path} is damaged. Restore journal.keys from a backup folder; "
        "do not create a new journal over the old one.",
        path=str(path),
    )


def _read_capped(path: Path) -> bytes:
    """The key file's bytes: only from a regular file, and at most ``KEY_FILE_MAX_BYTES``.

    Opened without blocking (a FIFO would wait for a writer forever) and checked
    with ``fstat`` on the open file, so a link to ``/dev/zero`` is refused unread.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise NoJournal(
            "The key file {path} is missing. Without it the journal cannot be opened: "
            "restore journal.keys from a backup folder into the journal folder.",
            path=str(path),
        ) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    with os.fdopen(fd, "rb", buffering=0) as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise DamagedJournal(
                "The key file {path} is not a regular file (a link to a device, or a pipe). "
                "Restore journal.keys from a backup folder.",
                path=str(path),
            )
        try:
            raw = fh.read(KEY_FILE_MAX_BYTES + 1)
        except OSError as exc:
            raise _unreadable(path, exc) from None
    if len(raw) > KEY_FILE_MAX_BYTES:
        raise _damaged(path)
    return raw


def _slot_from_json(value: object) -> Slot:
    if not isinstance(value, dict):
        raise _BadShape
    slot_type, kdf = value.get("type"), value.get("kdf", {})
    nonce, wrapped = value.get("nonce", ""), value.get("wrapped")
    if not isinstance(slot_type, str) or slot_type not in KDF_FIELDS or not isinstance(kdf, dict) or not isinstance(nonce, str) or not isinstance(wrapped, str):
        raise _BadShape
    return Slot(type=slot_type, kdf=dict(kdf), nonce=nonce, wrapped=wrapped)


def _decoded(value: object, size: int) -> bytes:
    """Base64 ``value`` decoded, if it is exactly ``size`` bytes."""
    if not isinstance(value, str) or len(value) > 4 * size:
        raise _BadShape
    try:
        data = _unb64(value)
    except ValueError:  # binascii.Error, and UnicodeEncodeError for non-ASCII text
        raise _BadShape from None
    if len(data) != size:
        raise _BadShape
    return data


def new_key_file() -> tuple[KeyFile, bytes]:
    """A fresh key file with no slots yet, and a fresh data key."""
    return KeyFile(db_uuid=str(uuid.uuid4()), slots=[]), secrets.token_bytes(DEK_BYTES)
