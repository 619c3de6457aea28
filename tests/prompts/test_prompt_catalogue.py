"""The shipped content: schema, counts, sources, cases, templates, docs."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from journal.platform.paths import content_dir
from journal.prompts import catalogue as cat
from journal.prompts.catalogue import (
    KINDS,
    LANGUAGES,
    MIN_QUOTE_LENGTH,
    Localized,
    load_catalogue,
    normalise_whitespace,
    themes_table,
)

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / ".." / "shared" / "seeds"
DOCS = REPO / "docs" / "content.md"

PUBLISHED_CASES = {"region-sjaelland", "naestved-kommune", "fredensborg-kommune", "syddjurs-kommune"}
TEMPLATES = {
    "hvad-saa-hvad-nu",
    "gibbs",
    "foer-moede-med-politikere",
    "fair-proces-tjek",
    "efter-direktionsmoede",
}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    if not SEEDS.is_dir():
        pytest.skip(
            f"the source texts are not here ({SEEDS.resolve()} is missing): the quote check "
            "needs the shared/ folder beside the repository"
        )
    return {p.name: normalise_whitespace(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")}


def _all_sources(catalogue):
    for prompt in catalogue.prompts:
        yield f"prompt {prompt.id}", prompt.source
    for case in catalogue.cases:
        for source in case.sources:
            yield f"case {case.id}", source


# ----------------------------------------------------------------- schema and counts


def test_shipped_content_has_no_problems(catalogue):
    assert catalogue.problems == ()


def test_ids_are_unique_in_the_raw_files():
    """Read the TOML directly, so a duplicate cannot hide behind the loader skipping it."""
    root = content_dir()
    groups = {
        "prompt": sorted((root / cat.PROMPTS_DIR).glob("*.toml")),
        "theme": [root / cat.THEMES_FILE],
        "framework": [root / cat.FRAMEWORKS_FILE],
        "case": sorted((root / cat.CASES_DIR).glob("*.toml")),
        "template": sorted((root / cat.TEMPLATES_DIR).glob("*.toml")),
    }
    for kind, files in groups.items():
        ids = Counter()
        for path in files:
            with path.open("rb") as fh:
                for entry in tomllib.load(fh).get(kind, []):
                    ids[entry["id"]] += 1
        duplicates = sorted(i for i, n in ids.items() if n > 1)
        assert not duplicates, f"duplicate {kind} ids: {duplicates}"
        assert ids, f"no {kind} entries found"


def test_every_file_has_the_format_version():
    for path in sorted(content_dir().rglob("*.toml")):
        if path.parts[-2] in ("prompts", "bank", "cases", "templates"):
            with path.open("rb") as fh:
                assert tomllib.load(fh).get("format_version") == cat.FORMAT_VERSION, path


def test_at_least_60_prompts_over_12_themes_with_3_each(catalogue):
    assert len(catalogue.prompts) >= 60
    assert len(catalogue.themes) >= 12
    per_theme = Counter(p.theme for p in catalogue.prompts)
    for theme in catalogue.themes:
        assert per_theme[theme.id] >= 3, theme.id


def test_kinds_are_spread_with_daily_the_most(catalogue):
    kinds = Counter(p.kind for p in catalogue.prompts)
    assert set(kinds) == set(KINDS)
    assert kinds[cat.DAILY] > len(catalogue.prompts) / 2
    assert all(kinds[k] >= 3 for k in KINDS)


def test_every_prompt_is_complete(catalogue):
    theme_ids = {t.id for t in catalogue.themes}
    framework_ids = {f.id for f in catalogue.frameworks}
    for prompt in catalogue.prompts:
        assert cat.ID_PATTERN.match(prompt.id)
        assert prompt.id.startswith(prompt.theme + "-"), prompt.id
        assert prompt.theme in theme_ids
        assert prompt.kind in KINDS
        assert prompt.framework is None or prompt.framework in framework_ids
        for lang in LANGUAGES:
            assert prompt.text[lang].strip(), (prompt.id, lang)
        assert prompt.source is not None
        assert prompt.source.file and len(normalise_whitespace(prompt.source.quote)) >= MIN_QUOTE_LENGTH


def test_named_frameworks_are_used(catalogue):
    used = {p.framework for p in catalogue.prompts} | {t.framework for t in catalogue.templates}
    assert {"what-so-what-now-what", "gibbs", "fair-process"} <= used


def test_themes_and_frameworks_are_bilingual(catalogue):
    for item in (*catalogue.themes, *catalogue.frameworks):
        for lang in LANGUAGES:
            assert item.name[lang].strip() and item.description[lang].strip(), (item.id, lang)


# ------------------------------------------------------------ language sanity checks

_MOJIBAKE = re.compile("Ã|Â|â€|\ufffd")
_DU_FORM = re.compile(r"\b(du|dig|din|dit|dine|I|jer|jeres)\b")
_FORMAL = re.compile(r"\b(Dem|Deres)\b")  # the formal De-form; the leader is "du"
_ABOUT_THE_TEXT = re.compile(r"\b(hæftet|artiklen|magasinet|teksten|ifølge)\b", re.IGNORECASE)


def test_danish_prompts_speak_to_the_leader(catalogue):
    for prompt in catalogue.prompts:
        da, en = prompt.text["da"], prompt.text["en"]
        assert not _MOJIBAKE.search(da + en), prompt.id
        assert _DU_FORM.search(da), f"{prompt.id}: no du-form in the Danish text"
        assert not _FORMAL.search(da), f"{prompt.id}: formal De/Dem/Deres"
        assert re.search(r"\b(you|your|yourself)\b", en, re.IGNORECASE), prompt.id
        assert not _ABOUT_THE_TEXT.search(da), f"{prompt.id}: asks about the text, not the leader"
        assert da.rstrip().endswith(("?", ".")) and en.rstrip().endswith(("?", ".")), prompt.id
        assert "?" in da and "?" in en, f"{prompt.id}: a prompt asks a question"
        assert '"' not in da, f"{prompt.id}: use »…« in Danish"


# ------------------------------------------------------------------------ sources


def test_every_quote_is_in_its_seed_file(catalogue, seeds):
    missing = []
    for owner, source in _all_sources(catalogue):
        text = seeds.get(source.file)
        if text is None:
            missing.append(f"{owner}: no seed file named {source.file!r}")
        elif normalise_whitespace(source.quote) not in text:
            missing.append(f"{owner}: quote not found in {source.file}: {source.quote!r}")
    assert not missing, "\n".join(missing)


def test_both_seed_texts_are_used(catalogue, seeds):
    assert {p.source.file for p in catalogue.prompts} == set(seeds)


# -------------------------------------------------------------------------- JSON


def test_prompt_json_has_the_cli_shape(catalogue):
    for prompt in catalogue.prompts:
        data = prompt.to_json()
        assert set(data) == {"id", "theme", "kind", "framework", "text", "source"}
        assert set(data["text"]) == {"da", "en"}
        assert set(data["source"]) == {"file", "quote"}
        assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    sample = catalogue.prompt("fair-proces-03").to_json()
    assert sample["id"] == "fair-proces-03" and sample["theme"] == "fair-proces"


def test_text_falls_back_to_danish(catalogue):
    prompt = catalogue.prompts[0]
    assert prompt.text("en") == prompt.text["en"]
    assert prompt.text("sv") == prompt.text["da"]
    assert prompt.text() == prompt.text["da"]
    assert Localized({"da": "hej"})("en") == "hej"
    assert Localized({"en": "hi"})("da") == "hi"
    assert Localized()("da") == ""
    theme = catalogue.themes[0]
    assert theme.text("en") == theme.name["en"] and theme.text("xx") == theme.name["da"]


def test_lookups(catalogue):
    assert catalogue.prompt("no-such-prompt") is None
    first = catalogue.prompts[0]
    assert catalogue.prompt(first.id) is first
    assert catalogue.theme(first.theme).id == first.theme
    assert first in catalogue.prompts_in_theme(first.theme)
    assert all(p.kind == cat.MILESTONE for p in catalogue.prompts_of_kind(cat.MILESTONE))
    assert len({first, catalogue.prompt(first.id)}) == 1  # hashable by id


def test_default_load_is_cached():
    assert load_catalogue() is load_catalogue()
    assert load_catalogue(content_dir()) is not load_catalogue()


# -------------------------------------------------------------------------- cases


def test_the_four_published_cases(catalogue):
    assert {c.id for c in catalogue.cases} >= PUBLISHED_CASES
    for case in catalogue.cases:
        for lang in LANGUAGES:
            assert case.name[lang] and case.summary[lang], (case.id, lang)
        assert case.sources
        assert len(case.prompts) >= 3
        assert len(catalogue.prompts_for_case(case.id)) == len(case.prompts)
        assert set(case.to_json()) >= {"id", "name", "summary", "prompts", "sources"}


def test_case_links_point_at_existing_prompts_and_themes(catalogue):
    ids = {p.id for p in catalogue.prompts}
    themes = {t.id for t in catalogue.themes}
    with (content_dir() / cat.CASES_DIR / "published.toml").open("rb") as fh:
        raw = tomllib.load(fh)["case"]
    for case in raw:  # raw file, not the loader (which drops broken links)
        assert set(case["prompts"]) <= ids, case["id"]
        assert set(case.get("themes", [])) <= themes, case["id"]


def test_case_cards_name_their_own_organisation(catalogue):
    names = {
        "region-sjaelland": "Region Sjælland",
        "naestved-kommune": "Næstved",
        "fredensborg-kommune": "Fredensborg",
        "syddjurs-kommune": "Syddjurs",
    }
    for case_id, name in names.items():
        card = catalogue.case(case_id)
        assert card.summary["da"].startswith(name) and card.summary["en"].startswith(name)


# ---------------------------------------------------------------------- templates


def test_the_five_templates_in_both_languages(catalogue):
    assert {t.id for t in catalogue.templates} >= TEMPLATES
    for template in catalogue.templates:
        for lang in LANGUAGES:
            body = template.body[lang]
            assert template.name[lang].strip()
            assert len(re.findall(r"^## ", body, re.MULTILINE)) >= 3, (template.id, lang)
        # same structure in both languages
        count = [len(re.findall(r"^## ", template.body[lang], re.MULTILINE)) for lang in LANGUAGES]
        assert len(set(count)) == 1, template.id
    gibbs = catalogue.template("gibbs")
    assert len(re.findall(r"^## \d\. ", gibbs.body["da"], re.MULTILINE)) == 6
    assert gibbs.text("en") == gibbs.body["en"]


# --------------------------------------------------------------------------- docs


def test_docs_table_matches_the_data(catalogue):
    table = themes_table(catalogue)
    assert table in DOCS.read_text(encoding="utf-8"), (
        "docs/content.md is out of date; regenerate the table with "
        "`python -m journal.prompts.catalogue` and paste it"
    )


def test_docs_list_every_template(catalogue):
    docs = DOCS.read_text(encoding="utf-8")
    for template in catalogue.templates:
        assert f"`{template.id}`" in docs and template.name["da"] in docs, template.id
