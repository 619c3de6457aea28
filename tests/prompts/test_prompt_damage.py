"""A hand-edited or damaged content file never crashes loading.

Each test copies the shipped content to a temporary folder, damages one thing
and checks that the good entries still load and the bad one is reported once,
naming the file, the entry id and the field.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.platform.paths import content_dir
from journal.prompts import catalogue as cat
from journal.prompts.catalogue import load_catalogue

SHIPPED = load_catalogue()
TOTAL = len(SHIPPED.prompts)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(content_dir(), root)
    return root


def bank(root: Path, theme: str) -> Path:
    return root / cat.PROMPTS_DIR / f"{theme}.toml"


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def block_line(path: Path, prompt_id: str, startswith: str) -> str:
    """The exact line starting with ``startswith`` inside the block of ``prompt_id``."""
    text = path.read_text(encoding="utf-8")
    block = text.split(f'id = "{prompt_id}"', 1)[1].split("[[prompt]]", 1)[0]
    return next(ln for ln in block.splitlines() if ln.startswith(startswith))


def only_problem(catalogue) -> str:
    assert len(catalogue.problems) == 1, catalogue.problems
    return catalogue.problems[0]


def test_missing_field_skips_only_that_prompt(data):
    path = bank(data, "fair-proces")
    edit(path, block_line(path, "fair-proces-03", "text.en") + "\n", "")
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "fair-proces.toml" in problem and "'fair-proces-03'" in problem and "text.en" in problem
    assert loaded.prompt("fair-proces-03") is None
    assert len(loaded.prompts) == TOTAL - 1
    assert loaded.prompt("fair-proces-04") is not None
    detail = loaded.problem_details[0]
    assert (detail.kind, detail.id, detail.fields) == ("prompt", "fair-proces-03", ("text.en",))
    assert detail.line is not None


def test_toml_syntax_error_keeps_the_rest_of_the_file(data):
    path = bank(data, "involvering")
    line = block_line(path, "involvering-02", "text.da")
    edit(path, line, line.rstrip('"'))  # unclosed string
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "involvering.toml" in problem and "'involvering-02'" in problem and "text.da" in problem
    assert "syntax" in problem
    assert len(loaded.prompts) == TOTAL - 1
    others = [p.id for p in loaded.prompts_in_theme("involvering")]
    assert len(others) == len(SHIPPED.prompts_in_theme("involvering")) - 1
    # the case that linked to it keeps loading, only the link is dropped
    assert loaded.case("region-sjaelland") is not None


def test_syntax_error_in_the_header_keeps_all_prompts(data):
    path = bank(data, "vedholdenhed")
    edit(path, "format_version = 1", "format_version = = 1")
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "vedholdenhed.toml" in problem and "format_version" in problem
    assert len(loaded.prompts) == TOTAL


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('kind = "daily"', 'kind = "weekly"', "kind"),
        ('theme = "nysgerrighed"', 'theme = "no-such-theme"', "theme"),
        ('text.da = "Hvad har du', 'text.dk = "Hvad har du', "text.da"),
        ('source.file = "001_0d5ab999f37e3cc3.txt"', 'source.file = "../../etc/passwd"', "source.file"),
        ('source.quote = "kræver det', 'source.quote = "kort"\nsource.note = "kræver det', "source.quote"),
        ('id = "nysgerrighed-01"\n', 'id = "nysgerrighed-01"\ncolour = "red"\n', "colour"),
        ('kind = "daily"', "kind = 3", "kind"),
    ],
)
def test_invalid_values_are_reported_with_the_field(data, old, new, field):
    path = bank(data, "nysgerrighed")
    edit(path, old, new)
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "nysgerrighed.toml" in problem and "'nysgerrighed-01'" in problem
    assert f"'{field}'" in problem
    assert len(loaded.prompts) == TOTAL - 1


def test_missing_id_is_reported_by_position(data):
    path = bank(data, "direktionen")
    edit(path, 'id = "direktionen-02"\n', "")
    loaded = load_catalogue(data)
    problem, link = loaded.problems  # nobody can know the case linked to the lost id
    assert "direktionen.toml" in problem and "without an id" in problem and "'id'" in problem
    assert "published.toml" in link and "'direktionen-02'" in link and "link dropped" in link
    assert len(loaded.prompts) == TOTAL - 1


def test_duplicate_id_is_reported_and_loaded_once(data):
    path = bank(data, "vedholdenhed")
    edit(path, 'id = "vedholdenhed-05"', 'id = "vedholdenhed-04"')
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "duplicate" in problem and "'vedholdenhed-04'" in problem and "'id'" in problem
    assert [p.id for p in loaded.prompts].count("vedholdenhed-04") == 1


def test_duplicate_id_across_files(data):
    extra = data / cat.PROMPTS_DIR / "zz-extra.toml"
    text = bank(data, "forventninger").read_text(encoding="utf-8")
    first_block = "[[prompt]]" + text.split("[[prompt]]")[1]
    extra.write_text("format_version = 1\n\n" + first_block, encoding="utf-8")
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "zz-extra.toml" in problem and "forventninger.toml" in problem and "duplicate" in problem
    assert len(loaded.prompts) == TOTAL


def test_invalid_utf8_skips_the_affected_prompt(data):
    path = bank(data, "faelles-sprog")
    raw = path.read_bytes()
    target = "Hvornår har du senest opdaget".encode("utf-8")
    assert raw.count(target) == 1
    path.write_bytes(raw.replace(target, b"Hvorn\xe5r har du senest opdaget"))  # Latin-1 å
    loaded = load_catalogue(data)
    assert loaded.prompt("faelles-sprog-02") is None
    assert len(loaded.prompts) == TOTAL - 1
    assert any("UTF-8" in p and "faelles-sprog.toml" in p for p in loaded.problems)
    assert any("'faelles-sprog-02'" in p and "text.da" in p for p in loaded.problems)


def test_newer_format_version_skips_the_file(data):
    path = bank(data, "direktionen")
    edit(path, "format_version = 1", "format_version = 99")
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "direktionen.toml" in problem and "format_version" in problem
    assert len(loaded.prompts) == TOTAL - len(SHIPPED.prompts_in_theme("direktionen"))


def test_entry_that_is_not_a_table(data):
    path = bank(data, "direktionen")
    path.write_text("format_version = 1\nprompt = 5\n", encoding="utf-8")
    loaded = load_catalogue(data)
    assert any("direktionen.toml" in p for p in loaded.problems)
    assert len(loaded.prompts) == TOTAL - len(SHIPPED.prompts_in_theme("direktionen"))


def test_misspelt_table_header_names_the_lost_prompt(data):
    path = bank(data, "direktionen")
    text = path.read_text(encoding="utf-8")
    head, first, rest = text.partition("[[prompt]]")
    path.write_text(head + "[[promt]]" + rest, encoding="utf-8")
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "direktionen.toml" in problem and "'promt'" in problem and "direktionen-01" in problem
    assert loaded.prompt("direktionen-01") is None
    assert len(loaded.prompts) == TOTAL - 1


def test_missing_themes_file_does_not_crash(data):
    (data / cat.THEMES_FILE).unlink()
    loaded = load_catalogue(data)
    assert loaded.prompts == ()
    assert any("themes.toml" in p and "missing" in p for p in loaded.problems)
    assert loaded.templates  # the rest still loads


def test_missing_content_folder(tmp_path):
    loaded = load_catalogue(tmp_path / "nowhere")
    assert loaded.prompts == () and len(loaded.problems) == 1


def test_case_with_a_broken_link_keeps_loading(data):
    edit(data / cat.CASES_DIR / "published.toml", '"fair-proces-05",', '"fair-proces-99",')
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "published.toml" in problem and "'syddjurs-kommune'" in problem
    assert "'prompts'" in problem and "fair-proces-99" in problem
    card = loaded.case("syddjurs-kommune")
    assert card is not None and "fair-proces-99" not in card.prompts


def test_template_without_english_body(data):
    path = data / cat.TEMPLATES_DIR / "templates.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("body.en = '''\n## 1. Description")
    end = text.index("'''", start + len("body.en = '''")) + 3
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    loaded = load_catalogue(data)
    problem = only_problem(loaded)
    assert "templates.toml" in problem and "'gibbs'" in problem and "body.en" in problem
    assert loaded.template("gibbs") is None and len(loaded.templates) == len(SHIPPED.templates) - 1


def test_bom_and_windows_line_endings_are_fine(data):
    path = bank(data, "fagprofessioner")
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    loaded = load_catalogue(data)
    assert loaded.problems == () and len(loaded.prompts) == TOTAL


def test_problems_are_logged_once_per_load(data, caplog):
    path = bank(data, "fair-proces")
    edit(path, 'kind = "after_meeting"', 'kind = "later"')
    with caplog.at_level("WARNING", logger="journal.prompts.catalogue"):
        loaded = load_catalogue(data)
    assert len(loaded.problems) == 1
    assert sum("fair-proces-04" in r.getMessage() for r in caplog.records) == 1


# ------------------------------------------------------------- fuzzing one file

_FUZZ_THEME = "borgeren-i-centrum"
_FUZZ_ORIGINAL = bank(content_dir(), _FUZZ_THEME).read_text(encoding="utf-8")
_FUZZ_IN_FILE = len(SHIPPED.prompts_in_theme(_FUZZ_THEME))


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(content_dir(), root)
    return root


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.integers(min_value=0, max_value=len(_FUZZ_ORIGINAL)),
    length=st.integers(min_value=0, max_value=200),
    insert=st.text(alphabet=st.sampled_from(list('[]="\'\n #.=abcæøå{}\\')), max_size=20),
)
def test_random_damage_never_raises(fuzz_root, start, length, insert):
    damaged = _FUZZ_ORIGINAL[:start] + insert + _FUZZ_ORIGINAL[start + length :]
    bank(fuzz_root, _FUZZ_THEME).write_text(damaged, encoding="utf-8")
    loaded = load_catalogue(fuzz_root)
    # every other file is untouched, so all their prompts load
    others = [p for p in loaded.prompts if not p.id.startswith("borgeren-i-centrum-")]
    assert len(others) >= TOTAL - _FUZZ_IN_FILE - 1  # minus at most one that a damaged id clashes with
    for problem in loaded.problems:
        assert isinstance(problem, str) and problem


def test_ids_in_problem_text_match_details(data):
    path = bank(data, "lyt-til-borgeren")
    edit(path, 'kind = "follow_up"', 'kind = ""')
    loaded = load_catalogue(data)
    (detail,) = loaded.problem_details
    assert re.search(r"line \d+", str(detail))
    assert detail.id == "lyt-til-borgeren-05" and detail.fields == ("kind",)
