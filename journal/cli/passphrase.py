"""Where a passphrase, a new passphrase or a recovery key comes from, without Qt.

In order: a file named on the command line (first line), an environment
variable, the terminal (no echo) when stdin is a TTY; otherwise a clear failure.
The GUI uses the same rules before it shows its unlock dialog.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from journal.errors import BadInput, KnownError
from journal.i18n import tr

PASSPHRASE_ENV = "TVAERS_PASSPHRASE"
NEW_PASSPHRASE_ENV = "TVAERS_NEW_PASSPHRASE"
RECOVERY_ENV = "TVAERS_RECOVERY_KEY"
SHARE_PASSWORD_ENV = "TVAERS_SHARE_PASSWORD"


def first_line(path: str | Path) -> str:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BadInput("Cannot read {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput("{path} is not UTF-8 text.", path=str(path)) from None
    return text.splitlines()[0] if text else ""


def given(file: str | None, env: str) -> str | None:
    """The secret from a file or the environment, or ``None`` when neither is given."""
    if file:
        return first_line(file)
    value = os.environ.get(env)
    return value if value is not None else None


def can_ask() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def ask(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise KnownError("No passphrase was given.") from None


def passphrase(file: str | None, *, needed: bool = True, prompt: str | None = None) -> str | None:
    secret = given(file, PASSPHRASE_ENV)
    if secret is not None or not needed:
        return secret
    if can_ask():
        return ask(prompt or tr("CLI", "Passphrase: "))
    raise KnownError(
        "This journal needs its passphrase: use --passphrase-file FILE or set TVAERS_PASSPHRASE."
    )


def new_passphrase(file: str | None, env: str = NEW_PASSPHRASE_ENV, prompt: str | None = None) -> str:
    secret = given(file, env)
    if secret is None:
        if not can_ask():
            raise KnownError(
                "A new passphrase is needed: use --new-passphrase-file FILE or set TVAERS_NEW_PASSPHRASE."
            )
        secret = ask(prompt or tr("CLI", "New passphrase: "))
        if ask(tr("CLI", "Repeat it: ")) != secret:
            raise BadInput("The two passphrases differ; nothing was changed.")
    if not secret:
        raise BadInput("The passphrase is empty. Choose one, or use --no-passphrase explicitly.")
    return secret
