"""The frozen app's entry point: the same ``main`` as the ``tvaers`` command.

PyInstaller needs a script; it lives here, not in ``journal/``, so that the analysis
does not put ``journal/`` itself on the import path (its ``platform`` package would
hide the standard library's).

On Windows the window program (``tvaers.exe``) has no console, so Python gives it no
``sys.stdout``/``sys.stderr``; they point at the null device instead, so a line the
app writes (``--smoke`` prints ``painted``) cannot fail. ``tvaers-cli.exe`` is the
same program with a console, for the command line.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process

from journal.launch import main  # noqa: E402 - after the streams exist

if __name__ == "__main__":
    raise SystemExit(main())
