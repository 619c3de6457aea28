"""The export dialog's "For the coach (review package)": a share password is required, the
display name is optional, the package is written encrypted and logged as "review"."""

from __future__ import annotations

import pytest

from journal.export import review
from tests.ui.test_export_dialog import TEXTS, _mark, _open_dialog, _preview, filled  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui


def test_a_review_package_needs_a_password_and_holds_exactly_the_marked_reflections(qtbot, filled, main_window, tmp_path):  # noqa: F811
    window = main_window
    window.entry_model.reload()
    _mark(qtbot, window, filled["Rådhuset"], filled["Skolen"])
    dialog = _open_dialog(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findData("review"))
    assert dialog.password.isVisible() and dialog.display_name.isVisible() and not dialog.protect.isVisible()
    assert not dialog.part_boxes["next_steps"].isEnabled()
    qtbot.waitUntil(lambda: TEXTS["Skolen"] in _preview(dialog), timeout=10_000)
    assert TEXTS["Budget"] not in _preview(dialog)

    target = tmp_path / "til coach.tvaers"
    dialog.export_to(target)
    assert "always encrypted" in dialog.problem.text() and not target.exists()
    dialog.password.setText("blå hest")
    dialog.password_again.setText("blå hest")
    dialog.display_name.setText("Lene")
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("coach"))
    assert dialog.suggested_name().endswith(".tvaers")
    dialog.export_to(target)
    qtbot.waitUntil(lambda: getattr(window, "export_done", None) is not None and window.export_done.isVisible(), timeout=30_000)
    data = target.read_bytes()
    assert TEXTS["Rådhuset"].encode() not in data
    package, _ = review.open_package(data, "blå hest", target.name)
    assert package.leader == "Lene"
    assert sorted(e.body for e in package.entries) == sorted([TEXTS["Rådhuset"], TEXTS["Skolen"]])
    log = window.store.share_log()
    assert log[-1]["format"] == "review" and log[-1]["protected"] and log[-1]["recipient"] == "coach"
    window.export_done.close()
