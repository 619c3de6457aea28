"""Take the README's screenshots of the screen, in Danish and English.

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots.py

Each picture is the X server's whole screen (the root window, as ImageMagick's
``import -window root`` takes it), not a widget painted alone: a see-through bubble,
a dialog over the window or a clipped label shows as the leader would see it. The
screen is 1366×768, the size of many municipal laptops. Writes PNGs to
docs/screenshots/. The journal is a throwaway one with demo text.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    raise SystemExit("run it on an X screen: xvfb-run -a -s '-screen 0 1366x768x24' python docs/screenshots.py")
os.environ["QT_QPA_PLATFORM"] = "xcb"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

DEMO = [
    (
        "Borgerens forløb på tværs",
        "> Tænk på én borger, som lige nu er i kontakt med flere af jeres forvaltninger.\n\n"
        "I dag gennemgik vi forløbet for en ung uden uddannelse. Han har haft **syv** kontaktpersoner "
        "på et halvt år – jobcentret, UU og socialforvaltningen mødtes aldrig.\n\n"
        "## Hvad gør jeg nu?\n\n- Foreslå én gennemgående kontaktperson\n- Tage økonomien i adskilte kasser op i direktionen\n",
        ["borgeren", "økonomi"],
        "2026-11-25T09:40:00+01:00",
    ),
    ("Direktionsmødet", "Vi talte om vedholdenhed. Jeg gav for hurtigt op, da fagcheferne var uenige.", ["direktionen"], "2026-11-24T16:10:00+01:00"),
    ("Fair proces", "De berørte skal opleve sig hørt og taget alvorligt – også dem, der er uenige.", ["fair proces"], "2026-11-20T08:30:00+01:00"),
]


def pump(app, n: int = 30) -> None:
    for _ in range(n):
        app.processEvents()


def shoot(app, name: str) -> None:
    """The whole screen, as it is now (the root window of the X display)."""
    import time

    deadline = time.monotonic() + 0.4  # let the X server draw what Qt sent it
    while time.monotonic() < deadline:
        app.processEvents()
    app.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))


def main() -> int:
    from journal.app import application, build_window, install_language
    from journal.store import Store
    from journal.ui.dialogs.first_run import FirstRunDialog
    from journal.ui.dialogs.recovery_key import RecoveryKeyDialog

    from journal.ui import theme

    OUT.mkdir(parents=True, exist_ok=True)
    app = application()
    for lang in ("da", "en"):
        install_language(app, lang)
        theme.install(app, "light")
        folder = Path(tempfile.mkdtemp(prefix="tvaers-shots-")) / "journal"
        store, recovery = Store.create(folder, "skærmbillede kode")
        for title, body, tags, created in DEMO:
            store.create_entry(body, title=title, tags=tags, created=created)
        window = build_window(store, lang)
        window.setGeometry(app.primaryScreen().availableGeometry())  # no window manager: fill the screen
        window.show()
        pump(app)
        window.entry_view.setCurrentIndex(window.entry_model.index(0))
        pump(app)
        shoot(app, f"main-{lang}")
        if lang == "da":
            theme.install(app, "dark")  # the same window in the dark palette
            pump(app)
            shoot(app, "main-dark-da")
            window.change_text_size(+3)  # Ctrl+plus three times
            pump(app)
            shoot(app, "larger-text-dark-da")
            window.change_text_size(0)
            window.statusBar().clearMessage()
            theme.install(app, "light")
            pump(app)
            shoot(app, "main-light-da")
        window.search_field.setText("vedholdenhed")
        window.run_search()  # answered on the reader thread
        window.tasks.wait()
        pump(app)
        window.result_view.setCurrentIndex(window.search_model.index(0))
        pump(app)
        shoot(app, f"search-{lang}")
        window.search_field.clear()
        window.start_tour()
        window.tour.next()  # the stop beside the next steps
        pump(app)
        shoot(app, f"tour-{lang}")
        window.tour.stop()
        from journal.platform.settings import Settings
        from journal.store import backup
        from journal.ui.dialogs.settings import SettingsDialog

        backup.make_backup(store, kind="daily")
        settings_dialog = SettingsDialog(Settings(), str(folder), True, window, backup.list_backups(store.paths, store.data_key))
        settings_dialog.show()
        pump(app)
        shoot(app, f"settings-{lang}")
        settings_dialog.close()
        window.lock()
        pump(app)
        shoot(app, f"locked-{lang}")
        window.close()
        if lang == "da":
            from journal.app import build_frame
            from journal.platform.settings import Settings

            frame = build_frame(folder, lang, Settings(), "skærmbillede")  # the instant window, before the journal is open
            frame.setGeometry(app.primaryScreen().availableGeometry())
            frame.show()
            pump(app)
            shoot(app, "opening-da")
            frame._shut_down()
            frame.hide()
        first = FirstRunDialog(lang, str(folder))
        first.show()
        pump(app)
        shoot(app, f"first-start-{lang}")
        first.close()
        key = RecoveryKeyDialog(recovery)
        key.show()
        pump(app)
        shoot(app, f"recovery-key-{lang}")
        key.done(0)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
