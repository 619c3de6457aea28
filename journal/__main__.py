"""``python -m journal`` does exactly what the ``tvaers`` command does."""

from journal.cli.main import main

raise SystemExit(main())
