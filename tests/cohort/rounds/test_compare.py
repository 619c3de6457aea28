"""Comparing contributions: every answer under its pseudonym, refusals, common words, safe HTML."""

from __future__ import annotations

import json

import pytest

from journal.cohort.compare import common_words, load, to_html, to_markdown
from journal.cohort.rounds import Question, make_round
from journal.errors import BadInput
from tests.export.test_xss_corpus import PAYLOADS, _split_document, problems_in


def _contribution(folder, round_id, name, answers):
    path = folder / f"{name}.tvaers-bidrag"
    path.write_text(json.dumps({"format": "tvaers-bidrag", "version": 1, "round": round_id, "pseudonym": name,
                                "answers": [{"question": q, "theme": "fair-proces", "text": t} for q, t in answers]}), "utf-8")
    return path


@pytest.fixture
def three(tmp_path):
    round_ = make_round("Forår", [Question("q1", "fair-proces", {"da": "Hvem blev hørt?"}), Question("q2", "", {"da": "Hvad nu?"})])
    round_path = tmp_path / "r.tvaers-runde"
    round_path.write_bytes(round_.to_bytes())
    files = [
        _contribution(tmp_path, round_.id, "AAAAAA", [("q1", "Medarbejderne i økonomi blev hørt."), ("q2", "Vi holder fast.")]),
        _contribution(tmp_path, round_.id, "BBBBBB", [("q1", "Økonomi og medarbejderne fik ordet.")]),
        _contribution(tmp_path, round_.id, "CCCCCC", [("q1", "Borgerne blev hørt før økonomi."), ("q2", "Næste skridt er et møde.")]),
    ]
    return round_path, files


def test_every_answer_is_shown_under_its_pseudonym(three):
    round_path, files = three
    comparison = load([round_path, *files])
    views = comparison.questions("da")
    assert [v.text for v in views] == ["Hvem blev hørt?", "Hvad nu?"]
    assert [a.pseudonym for a in views[0].answers] == ["AAAAAA", "BBBBBB", "CCCCCC"]
    assert [a.pseudonym for a in views[1].answers] == ["AAAAAA", "CCCCCC"]
    assert views[0].answers[0].words == 5
    assert dict(views[0].themes) == {"fair-proces": 3}
    html = to_html(comparison, lang="da")
    for f in files:
        for answer in json.loads(f.read_text("utf-8"))["answers"]:
            assert answer["text"] in html
    assert comparison.round.title in to_markdown(comparison)


def test_words_in_common_are_danish_aware(three):
    _round, files = three
    views = load(files).questions("da")
    common = dict(views[0].common)
    assert common["økonomi"] == 3 and common["medarbejderne"] == 2 and common["hørt"] == 2
    assert "blev" not in common and "og" not in common  # stop words
    assert common_words(["[PERSON 1] talte.", "[PERSON 1] talte også."]) == (("talte", 2),)
    order = [w for w, _ in common_words(["ånd æble ørn zebra", "ånd æble ørn zebra"])]
    assert order == ["zebra", "æble", "ørn", "ånd"]


def test_other_round_duplicates_and_foreign_files_are_set_apart(three, tmp_path):
    round_path, files = three
    stranger = tmp_path / "other.tvaers-bidrag"
    stranger.write_text(json.dumps({"format": "tvaers-bidrag", "version": 1, "round": "r-" + "0" * 32, "pseudonym": "EEEEEE",
                                    "answers": [{"question": "q1", "theme": "", "text": "x"}]}), "utf-8")
    copy = tmp_path / "copy.tvaers-bidrag"
    copy.write_bytes(files[0].read_bytes())
    foreign = tmp_path / "notes.txt"
    foreign.write_text("just notes", "utf-8")
    before = {p: p.read_bytes() for p in (*files, stranger, copy, foreign)}
    comparison = load([*files, stranger, copy, foreign])
    assert comparison.pseudonyms == ["AAAAAA", "BBBBBB", "CCCCCC"]
    refused = {path: why.render() for path, why in comparison.refused}
    assert "another round" in refused[str(stranger)]
    assert "second contribution" in refused[str(copy)]
    assert "not a Tværs contribution" in refused[str(foreign)]
    assert all(p.read_bytes() == data for p, data in before.items())


def test_nothing_but_refusals_is_one_message(tmp_path):
    bad = tmp_path / "x.tvaers-bidrag"
    bad.write_bytes(b'{"format": "tvaers-bidrag", "version": 1, "round": "r-1"')
    with pytest.raises(BadInput) as caught:
        load([bad])
    assert "is not a Tværs contribution" in caught.value.render()


def test_a_file_over_the_cap_is_refused_unread(tmp_path):
    big = tmp_path / "big.tvaers-bidrag"
    big.write_bytes(b" " * (5 * 1024 * 1024))
    with pytest.raises(BadInput) as caught:
        load([big])
    assert "larger than a contribution can be" in caught.value.render()


@pytest.mark.parametrize("n", range(0, len(PAYLOADS), 7))
def test_the_exported_comparison_passes_the_xss_corpus(tmp_path, n):
    payloads = PAYLOADS[n : n + 7]
    round_ = make_round("R", [Question("q1", "", {"da": payloads[0][:2000]})])
    files = [_contribution(tmp_path, round_.id, name, [("q1", p)]) for name, p in zip(["AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD", "EEEEEE", "FFFFFF", "GGGGGG"], payloads)]
    comparison = load(files)
    doc = to_html(comparison, lang="da", notes={"q1": payloads[-1]})
    head, body = _split_document(doc)
    assert problems_in(body, document=True) == []
    assert head.count("<meta") == 4 and "Content-Security-Policy" in head and "<script" not in head.lower()
