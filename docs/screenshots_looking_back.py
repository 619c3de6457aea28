"""Screenshots of the calendar and Indsigt (of the screen, as docs/screenshots.py takes them).

    Xvfb :97 -screen 0 1366x768x24 &  DISPLAY=:97 python docs/screenshots_looking_back.py

A throwaway journal with a year of demo reflections, tags and next steps; writes
calendar-da.png, calendar-en.png, insight-da.png and insight-en.png to docs/screenshots/.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

if not os.environ.get("DISPLAY"):
    raise SystemExit("run it on an X screen: Xvfb :97 -screen 0 1366x768x24 & DISPLAY=:97 python docs/screenshots_looking_back.py")
os.environ["QT_QPA_PLATFORM"] = "xcb"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from screenshots import OUT, pump, shoot  # noqa: E402

TAGS = ["økonomi", "borgeren", "direktionen", "fair proces", "jobcentret"]
TITLES = ["Borgerens forløb", "Direktionsmødet", "Efter styregruppen", "Fagcheferne", "Budgettet", "Næste skridt i sagen"]


def fill(store, content) -> None:
    from journal.store.moments import iso_local

    rng = random.Random(17)
    today = date.today()
    prompts = [p.id for p in content.prompts[:12]]
    day = today - timedelta(days=360)
    while day <= today:
        if rng.random() < 0.35:
            for n in range(rng.choice((1, 1, 1, 2, 3))):
                moment = iso_local(datetime(day.year, day.month, day.day, 8 + 3 * n, 15))
                entry = store.create_entry(
                    "Demo", title=rng.choice(TITLES), prompt_id=rng.choice(prompts + [None] * 4),
                    tags=rng.sample(TAGS, rng.choice((0, 1, 2))), created=moment,
                ).ids[0]
                if rng.random() < 0.3:
                    step = store.add_commitment(entry, "Demo", (day + timedelta(days=rng.randint(3, 20))).isoformat()).ids[0]
                    if day < today - timedelta(days=20):
                        store.update_commitment(step, status=rng.choice(("done", "done", "postponed", "dropped")))
        day += timedelta(days=1)


def main() -> int:
    from journal.app import application, build_window, install_language
    from journal.store import Store

    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    for lang in ("da", "en"):
        install_language(app, lang)
        folder = Path(tempfile.mkdtemp(prefix="tvaers-shots-")) / "journal"
        store, _recovery = Store.create(folder, "skærmbillede kode")
        window = build_window(store, lang)
        fill(store, window.content)
        window.setGeometry(app.primaryScreen().availableGeometry())
        window.show()
        window.entry_model.reload()
        window.looking_back.refresh()
        pump(app)
        window.open_calendar()
        dialog = window.looking_back.calendar
        dialog.move(200, 120)
        from journal.ui.dates import to_qdate

        dialog.calendar.setSelectedDate(to_qdate(store.list_entries(limit=1)[0].day))  # a day with reflections
        window.tasks.wait()
        pump(app, 60)
        shoot(app, f"calendar-{lang}")
        dialog.reject()
        window.open_insight()
        insight = window.looking_back.insight
        insight.setGeometry(120, 20, 1120, 730)
        window.tasks.wait()
        pump(app, 60)
        shoot(app, f"insight-{lang}")
        insight.reject()
        window.flush()
        window.tasks.wait()
        window.close()
        pump(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
