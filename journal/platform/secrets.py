"""Where a passphrase, a new passphrase or a recovery key comes from, without Qt.

In order: a file named on the command line (first line), an environment
variable, the terminal (no echo) when stdin is a TTY; otherwise a clear failure.
The GUI uses the same rules before it shows its unlock dialog.

Secrets given in the environment are taken out of it (``take_secrets_from_environment``,
called first thing by ``tvaers``), so no program Tværs starts (the file manager
for *open the backup folder*, a browser for a link) inherits them.  They are
kept in this module's memory for the rest of the process instead: the window
reads the passphrase twice while it starts, and never again (after an
auto-lock it asks).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from journal.errors import BadInput, KnownError
from journal.platform.i18n import tr

PASSPHRASE_ENV = "TVAERS_PASSPHRASE"
NEW_PASSPHRASE_ENV = "TVAERS_NEW_PASSPHRASE"
RECOVERY_ENV = "TVAERS_RECOVERY_KEY"
SHARE_PASSWORD_ENV = "TVAERS_SHARE_PASSWORD"
SECRET_ENVS = (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV, RECOVERY_ENV, SHARE_PASSWORD_ENV)

_taken: dict[str, str] = {}  # secrets removed from os.environ, by variable name


def take_secrets_from_environment() -> None:
    """Move every secret variable out of ``os.environ`` (and so out of the C environment
    that child processes inherit) into this module's memory, for this run only."""
    _taken.clear()
    for name in SECRET_ENVS:
        _take(name)


def _take(name: str) -> str | None:
    value = os.environ.pop(name, None)
    if value is not None:
        _taken[name] = value
    return _taken.get(name)


def first_line(path: str | Path) -> str:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise BadInput("Cannot read {path}: there is no such file. Check the name and the folder.", path=str(path)) from None
    except IsADirectoryError:
        raise BadInput("Cannot read {path}: it is a folder, not a file. Name the file that holds the passphrase.", path=str(path)) from None
    except PermissionError:
        raise BadInput("Cannot read {path}: you may not read it. Give your user read access to the file.", path=str(path)) from None
    except OSError:  # the system's own wording would be English in a Danish message
        raise BadInput("Cannot read {path}. Check that the file is there and readable.", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput("{path} is not UTF-8 text.", path=str(path)) from None
    return _before_line_end(text)


def _before_line_end(text: str) -> str:
    """The text up to its first ``\n`` (and a ``\r`` before it).

    Only a real line ending ends the line: U+2028, U+0085 and other characters that
    ``str.splitlines`` would split on stay part of a passphrase, as they do in the
    environment variable."""
    line = text.split("\n", 1)[0]
    return line[:-1] if line.endswith("\r") else line


def given(file: str | None, env: str) -> str | None:
    """The secret from a file or the environment, or ``None`` when neither is given.

    A secret in the environment is removed from it on the first read (see the module
    docstring); later reads get the remembered value."""
    if file:
        return first_line(file)
    return _take(env)


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
