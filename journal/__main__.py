"""``python -m journal`` does exactly what the ``tvaers`` command does."""

from journal.launch import main

raise SystemExit(main())
