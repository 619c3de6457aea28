"""Take the README's screenshots of a cohort round: the review screen and the comparison.

    Xvfb :96 -screen 0 1366x768x24 &  DISPLAY=:96 python docs/screenshots_cohort.py

Like ``docs/screenshots.py``: the X server's whole screen (root window), 1366×768, no
window manager, a throwaway journal with demo text (all names invented). Writes
docs/screenshots/cohort-review-da.png and cohort-compare-da.png.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    raise SystemExit("run it on an X screen: DISPLAY=:96 python docs/screenshots_cohort.py")
os.environ["QT_QPA_PLATFORM"] = "xcb"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

ANSWER_1 = (
    "> Tænk på en forandring …\n\n"
    "Da jeg talte med Jonas Holm om sammenlægningen af de to centre, var han bange for at blive overhørt. "
    "Jonas skrev bagefter fra jonas.holm@bakkeskolen.dk, og jeg ringede op på 20 30 40 50.\n\n"
    "Vi aftalte et møde den 12. marts 2026 med hele personalet på Bakkeskolen, hvor Birthe fra økonomi også var med."
)
ANSWER_2 = (
    "> Før beslutningen …\n\n"
    "Fatima fra administrationen spurgte, om beslutningen allerede var truffet. Hun har ret i, at vi skal forklare os "
    "bedre: hvorfor den bliver, som den bliver, og hvad vi forventer bagefter."
)
OTHERS = {
    "Q4XK2M": ["Vi inddrog medarbejderne tidligt, men økonomien var låst på forhånd. Det så [PERSON 1] med det samme.",
               "Beslutningen var truffet i direktionen. Jeg forklarede hvorfor på et fællesmøde i marts 2026."],
    "ZB7TRA": ["Borgerne blev hørt i en workshop; medarbejderne følte sig kun informeret.",
               "Vi brugte fair proces som tjekliste før beslutningen og skrev forventningerne ned."],
}


def settle(app, seconds: float = 0.5) -> None:
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()


def shoot(app, name: str) -> None:
    settle(app)
    app.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))


def main() -> int:
    from journal.app import application, build_window, install_language
    from journal.cohort.collect import build_draft, newest_answers, write_contribution
    from journal.cohort.people import People, parse_people, person
    from journal.cohort.rounds import Question, make_round
    from journal.store import Store
    from journal.ui.cohort.review import ReviewDialog

    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    lang = "da"
    install_language(app, lang)
    tmp = Path(tempfile.mkdtemp(prefix="tvaers-cohort-shots-"))
    store, _recovery = Store.create(tmp / "journal", "skærmbillede kode")
    store.set_people_register(People("Mette Kjær", "MK", "Bakkeskolen", "bakkeskolen.dk",
                                     (person("Jonas Holm", ["Jonas"], "JH"), person("Fatima Ali", ["Fatima"]))).to_json())
    store.create_entry(ANSWER_1, title="Sammenlægningen", prompt_id="fair-proces-01")
    store.create_entry(ANSWER_2, title="Beslutningen", prompt_id="fair-proces-02")
    window = build_window(store, lang)
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    settle(app)
    round_ = make_round("Forår i netværket: fair proces", [
        Question(q, "fair-proces", {"da": window.content.prompt_text(q)}) for q in ("fair-proces-01", "fair-proces-02")])
    draft = build_draft(store, round_, newest_answers(store, round_))
    review = ReviewDialog(draft, parse_people(store.people_register()), window.tasks, lang, window)
    review.setGeometry(70, 40, 1226, 690)
    review.show()
    settle(app)
    view = review.views[0]
    birthe = draft.answers[0].source.index("Birthe")
    view.select(birthe, birthe + len("Birthe"))
    review.mark_selection("PERSON")
    date = next(k for k in view.marks if k.kind == "DATO")
    view.select(date.start + 3, date.start + 3)
    shoot(app, f"cohort-review-{lang}")
    mine = tmp / "mit.tvaers-bidrag"
    write_contribution(store, draft, mine)
    review.close()
    files = [str(mine)]
    for name, texts in OTHERS.items():
        path = tmp / f"{name}.tvaers-bidrag"
        path.write_text(json.dumps({"format": "tvaers-bidrag", "version": 1, "round": round_.id, "pseudonym": name,
                                    "answers": [{"question": q.id, "theme": "fair-proces", "text": t}
                                                for q, t in zip(round_.questions, texts)]}, ensure_ascii=False), "utf-8")
        files.append(str(path))
    rpath = tmp / "runde.tvaers-runde"
    rpath.write_bytes(round_.to_bytes())
    comparison = window.cohort_actions.compare(files + [str(rpath)])
    comparison.setGeometry(40, 30, 1286, 710)
    settle(app)
    comparison.blocks[0].notes.setPlainText("Økonomien var låst på forhånd hos to af tre – tag det op på mødet.")
    shoot(app, f"cohort-compare-{lang}")
    comparison.close()
    window.tasks.wait()
    window.close()
    settle(app, 1.0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
