"""Markdown folders: Obsidian daily notes, Logseq journals, plain notes, written here."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from journal.errors import BadInput
from journal.importers import markdown_folder
from journal.importers.base import Options

CPH = Options(zone=ZoneInfo("Europe/Copenhagen"))


def _vault(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "vault"
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    root.mkdir(exist_ok=True)
    return root


def test_daily_notes_front_matter_file_names_headings_and_tags(tmp_path):
    root = _vault(tmp_path, {
        "Daily/2024-03-05.md": "# Tirsdag\n\nMøde med [[Direktionen]] om #økonomi og #tværs/silo.\n",
        "journals/2024_03_31.md": "- Logseq-punkt efter sommertid #logseq\n- [[Anna]] ringede",
        "Noter/Refleksion over budgettet.md": "---\ntitle: ignoreret\ndate: 2024-02-01 08:30\ntags: [budget, \"Ledelse\"]\n---\nTekst uden overskrift.\n",
        "Noter/Liste.md": "---\ncreated: 2024-02-02T10:00:00+01:00\ntags:\n  - a\n  - b\n---\n## Underoverskrift\ntekst\n",
        "2024-03-06 Møde med direktionen.md": "Ingen overskrift her.\n```\n#ikke-et-tag i kode\n```\n",
        ".obsidian/workspace.md": "2024-01-01",
        "Daily/2024-03-07.txt": "ikke markdown",
    })
    report = markdown_folder.parse(root, CPH)
    by_title = {r.title: r for r in report.records}
    assert set(by_title) == {"Tirsdag", "2024_03_31", "Refleksion over budgettet", "Underoverskrift", "2024-03-06 Møde med direktionen"}
    tuesday = by_title["Tirsdag"]
    assert tuesday.created == "2024-03-05T00:00:00+01:00"
    assert tuesday.body == "Møde med [[Direktionen]] om #økonomi og #tværs/silo."  # wiki links kept as text
    assert tuesday.tags == ("økonomi", "tværs/silo")
    assert by_title["2024_03_31"].created == "2024-03-31T00:00:00+01:00"
    assert by_title["2024_03_31"].tags == ("logseq",)
    budget = by_title["Refleksion over budgettet"]
    assert budget.created == "2024-02-01T08:30:00+01:00" and budget.tags == ("budget", "ledelse")
    assert by_title["Underoverskrift"].created == "2024-02-02T10:00:00+01:00"
    assert by_title["Underoverskrift"].tags == ("a", "b")
    assert by_title["2024-03-06 Møde med direktionen"].tags == ()


def test_a_file_without_a_date_is_left_out_with_a_warning_naming_it(tmp_path):
    root = _vault(tmp_path, {"Uden dato.md": "# Ingen dato\ntekst", "2024-03-05.md": "tekst", "tom.md": ""})
    report = markdown_folder.parse(root, CPH)
    assert len(report.records) == 1
    rendered = [w.render(lambda context, text: text) for w in report.warnings]
    assert any("Uden dato.md" in w and "no date" in w for w in rendered)
    assert any("tom.md" in w and "empty" in w for w in rendered)


def test_a_bad_front_matter_date_falls_back_to_the_file_name(tmp_path):
    root = _vault(tmp_path, {"2024-03-05 Note.md": "---\ndate: i går\n---\ntekst"})
    report = markdown_folder.parse(root, CPH)
    assert report.records[0].created == "2024-03-05T00:00:00+01:00"
    assert report.warnings[0].code == "bad_date" and report.warnings[0].line == 2


def test_latin1_file_in_the_folder_is_refused_naming_it(tmp_path):
    root = _vault(tmp_path, {"2024-03-05.md": "god", "sub/2024-03-06.md": "rødgrød".encode("latin-1")})
    with pytest.raises(BadInput) as caught:
        markdown_folder.parse(root, CPH)
    assert "2024-03-06.md" in caught.value.render() and "line 1" in caught.value.render()


def test_unreadable_file_is_refused_naming_it(tmp_path):
    root = _vault(tmp_path, {"2024-03-05.md": "god"})
    (root / "2024-03-06.md").symlink_to(root / "gone.md")  # a link to nothing cannot be read
    with pytest.raises(BadInput) as caught:
        markdown_folder.parse(root, CPH)
    assert "2024-03-06.md" in caught.value.render()


def test_file_without_read_permission_is_refused(tmp_path, monkeypatch):
    """EACCES from the real open, as a user without read access gets it (tests run as root
    here, which permissions do not stop)."""
    import errno

    root = _vault(tmp_path, {"2024-03-05.md": "god", "2024-03-06.md": "hemmelig"})
    locked = root / "2024-03-06.md"
    real_open = Path.open

    def refusing(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)
    with pytest.raises(BadInput) as caught:
        markdown_folder.parse(root, CPH)
    assert "2024-03-06.md" in caught.value.render()


def test_empty_or_missing_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(BadInput):
        markdown_folder.parse(tmp_path / "empty", CPH)
    with pytest.raises(BadInput):
        markdown_folder.parse(tmp_path / "missing", CPH)


def test_impossible_date_in_the_file_name_is_no_date(tmp_path):
    root = _vault(tmp_path, {"2024-02-30.md": "tekst", "2024-03-01.md": "tekst"})
    report = markdown_folder.parse(root, CPH)
    assert [r.created[:10] for r in report.records] == ["2024-03-01"]
    assert report.warnings[0].code == "no_date"
