"""Make the journal fixture of the current schema, once per released schema version.

    python tests/_files/make_fixture.py

writes ``tests/_files/journal-<revision>/`` with a real encrypted journal
(``journal.db`` + ``journal.keys``), ``expected.json`` (what the journal holds,
as the store of that day returned it) and a README.  It refuses to overwrite a
folder that exists: a fixture is made once, with the code of its release, and
then never changed; ``tests/store/test_migrations.py`` opens every such folder
with the current code.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

PASSPHRASE = "fixture hest batteri hæfteklamme"

ENTRIES = [
    {
        "title": "Mandag på tværs",
        "body": "Økonomien ender i **adskilte kasser** – og borgeren mærker det.\n\n- sagsbehandler\n- leder",
        "created": "2023-03-05T00:30:00+01:00",
        "tags": ["økonomi", "silo"],
    },
    {
        "title": "",
        "body": "# Møde med jobcentret\n\nVi aftalte en fælles indgang. Æblet, søen, gården.",
        "created": "2023-07-14T16:45:00+02:00",
        "tags": ["samarbejde"],
    },
    {
        "title": "Ledelse <i>uden</i> ejerskab",
        "body": "> Hvem ejer borgerens forløb?\n\nIngen – og derfor alle. [kilde](https://example.org/a?b=1&c=2)",
        "created": "2024-01-02T08:00:00+01:00",
        "tags": [],
    },
]


def main() -> int:
    from journal.store import Store
    from journal.store.store import HEAD_REVISION

    target = HERE / f"journal-{HEAD_REVISION}"
    if target.exists():
        print(f"{target} exists; a fixture is made once and never changed.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "journal"
        store, _recovery = Store.create(folder, PASSPHRASE)
        try:
            case = store.create_case("Sammenhængende borgerforløb", "Fælles sag på tværs af forvaltninger").ids[0]
            ids = []
            for n, item in enumerate(ENTRIES):
                ids.append(
                    store.create_entry(
                        item["body"],
                        title=item["title"],
                        tags=item["tags"],
                        created=item["created"],
                        case_id=case if n == 0 else None,
                        prompt_id="samarbejde-01" if n == 1 else None,
                    ).ids[0]
                )
            store.add_comment(ids[0], "Coach Hanne", "Hvad gjorde du *selv*?", created="2023-03-06T09:00:00+01:00")
            store.add_commitment(ids[0], "Ring til jobcentret", due="2023-03-10")
            store.add_own_prompt("Hvad lærte jeg i dag?", "What did I learn today?", theme="læring")
            store.log_share("md", ["fixture"], "coach", "0" * 64, "eksport.md")
            expected = {
                "revision": HEAD_REVISION,
                "passphrase": PASSPHRASE,
                "entries": [e.to_json() for e in store.get_entries(ids)],
                "cases": [c.to_json() for c in store.list_cases(include_archived=True) if not c.published],
                "commitments": [[c.entry_id, c.text, c.due, c.status] for c in store.list_commitments()],
                "own_prompts": [[p.text_da, p.text_en, p.theme] for p in store.list_own_prompts()],
                "share_log": [[s["format"], s["entries"], s["recipient"], s["file"]] for s in store.share_log()],
            }
        finally:
            store.close()
        target.mkdir(parents=True)
        shutil.copy2(folder / "journal.db", target / "journal.db")
        shutil.copy2(folder / "journal.keys", target / "journal.keys")
    (target / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", "utf-8")
    (target / "README.md").write_text(
        f"# Journal fixture, schema {HEAD_REVISION}\n\n"
        "A real encrypted Tværs journal made by `tests/_files/make_fixture.py` with the code of the\n"
        f"release whose schema is {HEAD_REVISION}. Never change these files; make a new folder for a new schema.\n\n"
        f"- Passphrase: `{PASSPHRASE}` (also in `expected.json`; test data only, nothing secret)\n"
        "- `expected.json`: what the journal held when it was made\n"
        "- `tests/store/test_migrations.py` copies the folder and opens it with the current code\n",
        "utf-8",
    )
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
