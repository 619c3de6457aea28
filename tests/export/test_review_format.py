"""The review package and feedback file: what goes in comes out, and everything else is refused
with one clear message (never a traceback).

The Argon2id derivation is slow on purpose, so the round-trip properties derive one key per
module and seal many documents under it (each with a fresh nonce), as a coach's window does.
"""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.errors import BadInput
from journal.export import review

PASSWORD = "kaffe på rådhuset"


@pytest.fixture(scope="module")
def key():
    return review.derive_key(PASSWORD, review.Kdf.new())


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
short = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
moments = st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat(timespec="seconds"))
thread = st.builds(
    review.ThreadItem, id=short, origin=st.sampled_from(("coach", "leader")), author=short, created=moments, body=texts,
    anchor=st.none() | texts, reply_to=st.none() | short,
)
entries = st.builds(
    review.ReviewEntry, uid=st.uuids().map(lambda u: u.hex), created=moments, title=texts, body=texts,
    number=st.none() | st.integers(1, 10**12), question=texts, case=texts, tags=st.lists(short, max_size=4).map(tuple),
    thread=st.lists(thread, max_size=3).map(tuple),
)
packages = st.builds(
    review.Package, package_id=st.just(review.new_id()), created=moments, lang=st.sampled_from(("da", "en")),
    entries=st.lists(entries, max_size=4).map(tuple), leader=st.none() | short,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(package=packages)
def test_a_package_comes_back_exactly_as_it_was_sealed(key, package):
    data = review.seal_package(package, key)
    opened, _ = review.open_package(data, PASSWORD, "p.tvaers", key=key)
    assert opened == package
    # Nothing of the entries is in the file in clear (a body that is one of the format's own
    # words, such as "argon2id", is found in a package of no entries as well).
    empty = review.seal_package(review.Package(review.new_id(), package.created, package.lang, (), None), key)
    for entry in package.entries:
        body = entry.body.encode("utf-8")
        if len(body) >= 8 and body not in empty:
            assert body not in data


comments = st.builds(
    review.FeedbackComment, id=short, entry=st.uuids().map(lambda u: u.hex), author=short, created=moments, body=texts,
    anchor=st.none() | texts, seen_sha256=texts.map(review.body_sha256),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(comments=st.lists(comments, max_size=5).map(tuple), coach=short, saved=moments)
def test_a_feedback_file_comes_back_exactly_as_it_was_sealed(key, comments, coach, saved):
    feedback = review.Feedback("pakke-1", coach, saved, comments)
    opened, _ = review.open_feedback(review.seal_feedback(feedback, key), PASSWORD, "f.tvaers-feedback", key=key)
    assert opened == feedback


def _package(key) -> bytes:
    entry = review.ReviewEntry("abc", "2026-03-05T09:00:00+01:00", "Silo", "Økonomien står i vejen.\n")
    return review.seal_package(review.Package(review.new_id(), "2026-03-05T09:00:00+01:00", "da", (entry,), "Lene"), key)


def _refused(data: bytes, password: str = PASSWORD, *, kind: str = "package") -> str:
    opener = review.open_package if kind == "package" else review.open_feedback
    with pytest.raises(BadInput) as caught:
        opener(data, password, "til-coach.tvaers")
    message = caught.value.render(lambda s: s)
    assert "til-coach.tvaers" in message
    return message


def test_the_wrong_password_is_refused(key):
    assert "password is wrong" in _refused(_package(key), "kaffe på radhuset")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(where=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_one_flipped_bit_of_the_ciphertext_is_refused(key, where, bit):
    doc = json.loads(_package(key))
    raw = bytearray(base64.b64decode(doc["ciphertext"]))
    raw[int(where * len(raw))] ^= 1 << bit
    doc["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    assert "changed after it was written" in _refused(json.dumps(doc).encode())


@pytest.mark.parametrize("change", [
    lambda d: d.update(nonce=base64.b64encode(b"\0" * 12).decode()),
    lambda d: d["kdf"].update(salt=base64.b64encode(b"\1" * 16).decode()),
    lambda d: d["kdf"].update(m=d["kdf"]["m"] * 2),
])
def test_a_changed_header_is_refused_as_tampering(key, change):
    doc = json.loads(_package(key))
    change(doc)
    assert "changed after it was written" in _refused(json.dumps(doc).encode())


@pytest.mark.parametrize("cut", [2, 10, 100, 300])  # the last byte is a newline
def test_a_truncated_file_is_refused(key, cut):
    data = _package(key)
    message = _refused(data[: len(data) - cut])
    assert "cut short" in message or "changed after" in message


@pytest.mark.parametrize("data", [b"", b"{}", b"[1, 2]", b"\xff\xfe", b'{"format": "tvaers-json", "version": 1}', b"%PDF-1.7", b"[" * 100_000])
def test_a_foreign_file_is_refused(data):
    message = _refused(data)
    assert "not a Tværs review package" in message or "empty" in message or "cut short" in message


def test_a_newer_version_is_refused_with_what_to_do(key):
    doc = json.loads(_package(key))
    doc["version"] = 2
    assert "newer version of Tværs" in _refused(json.dumps(doc).encode())


@pytest.mark.parametrize("params", [{"m": 1024}, {"t": 1}, {"p": 0}, {"m": 10**9}, {"t": 65}, {"p": 17}, {"m": "65536"}, {"t": True}])
def test_kdf_parameters_outside_floor_and_cap_are_refused_before_any_work(key, params):
    doc = json.loads(_package(key))
    doc["kdf"].update(params)
    assert "parameters are outside" in _refused(json.dumps(doc).encode())


def test_a_feedback_file_is_not_taken_for_a_package(key):
    feedback = review.seal_feedback(review.Feedback("x", "Coach", "2026-03-05T09:00:00+01:00", ()), key)
    assert "feedback file, not a review package" in _refused(feedback)
    assert "review package, not a feedback file" in _refused(_package(key), kind="feedback")


def test_an_extra_header_field_is_refused(key):
    doc = json.loads(_package(key))
    doc["hint"] = "the password is kaffe"
    assert "cut short or damaged" in _refused(json.dumps(doc).encode())


def test_a_comment_keeps_its_passage_and_the_hash_of_the_text_the_coach_saw(key):
    package, _ = review.open_package(_package(key), PASSWORD, "p.tvaers", key=key)
    entry = package.entry("abc")
    feedback = review.add_comment(None, package, entry, author="Coach", body="Hvem ejer budgettet?", anchor="står i vejen")
    feedback = review.add_comment(feedback, package, entry, author="Coach", body="Og generelt: godt.")
    assert [c.anchor for c in feedback.comments] == ["står i vejen", None]
    assert feedback.comments[0].seen_sha256 == review.body_sha256("Økonomien står i vejen.\n")
    assert feedback.comments[0].id != feedback.comments[1].id
    with pytest.raises(BadInput):
        review.add_comment(feedback, package, entry, author="Coach", body="x", anchor="findes ikke")
    with pytest.raises(BadInput):
        package.entry("nope")


@pytest.mark.parametrize(("body", "selected", "found"), [
    ("Han har haft **syv** kontaktpersoner.", "syv kontaktpersoner", "**syv** kontaktpersoner"),
    ("Det var *helt* **forkert**, sagde hun.", "helt forkert", "*helt* **forkert**"),
    ("Økonomien står i vejen.", "står i vejen", "står i vejen"),
    ("- Foreslå én kontaktperson\n- Tage økonomien op", "kontaktperson\nTage økonomien", "kontaktperson\n- Tage økonomien"),
    ("Intet her.", "noget andet", None),
    ("Tekst.", "   ", None),
])
def test_a_passage_selected_in_the_rendered_text_is_found_in_the_markdown(body, selected, found):
    where = review.find_anchor(body, selected)
    assert (body[where[0]:where[1]] if where else None) == found


@given(body=texts, start=st.integers(0, 300), length=st.integers(1, 50))
def test_an_exact_passage_is_always_found(body, start, length):
    passage = body[start:start + length]
    if passage.strip():
        where = review.find_anchor(body, passage)
        assert where is not None and body[where[0]:where[1]] == passage


def test_a_reader_written_from_the_format_document_alone_opens_a_package(key):
    """docs/formats.md: Argon2id over the NFC password, AES-256-GCM, the canonical header as AAD."""
    import unicodedata

    from argon2.low_level import Type, hash_secret_raw
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    doc = json.loads(_package(key))
    header = {k: v for k, v in doc.items() if k != "ciphertext"}
    aad = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    kdf = doc["kdf"]
    secret = hash_secret_raw(unicodedata.normalize("NFC", PASSWORD).encode(), base64.b64decode(kdf["salt"]),
                             time_cost=kdf["t"], memory_cost=kdf["m"], parallelism=kdf["p"], hash_len=32, type=Type.ID)
    plain = AESGCM(secret).decrypt(base64.b64decode(doc["nonce"]), base64.b64decode(doc["ciphertext"]), aad)
    package = json.loads(plain)
    assert package["entries"][0]["body"] == "Økonomien står i vejen.\n" and package["leader"] == "Lene"
