"""A damaged key file gives one clear message naming the file, never a crash or a hang (issue 19.3).

The key file is small JSON a user (or a sync client, or an attacker) can change.
Every field is checked for shape, type and range before it reaches Argon2, HKDF
or AES-GCM; the file is read with a size cap, and only if it is a regular file.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.errors import KnownError, WrongPassphrase
from journal.store import crypto
from journal.store.crypto import KeyFile

PASSPHRASE = "rigtig hest batteri hæfteklamme"

ODD_VALUES = [
    None,
    True,
    False,
    0,
    -1,
    2**70,
    1e999,  # json.dumps writes Infinity, json.loads reads it back as inf
    float("nan"),
    1.5,
    "",
    "x",
    "A" * 3,
    "AAAA",
    "!!notbase64",
    [],
    [1, 2],
    {},
    {"m": 1},
    "0" * 5000,
]


@pytest.fixture(scope="module")
def real_key_file() -> dict:
    """A real key file with a passphrase slot and a recovery slot, as parsed JSON."""
    keyfile, dek = crypto.new_key_file()
    keyfile.set_passphrase(dek, PASSPHRASE)
    keyfile.set_recovery(dek)
    return json.loads(keyfile.to_bytes())


def _paths(value, prefix=()):
    """Every place in a JSON value: dict keys and list indexes, depth first."""
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, (*prefix, index))


def _replaced(document, path, new_value):
    if not path:
        return new_value
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new_value
    return copy


def _deep(levels: int):
    value: object = []
    for _ in range(levels):
        value = [value]
    return value


def _assert_unlocks_or_names_the_file(path: Path) -> None:
    try:
        key = KeyFile.read(path).unlock(PASSPHRASE)
    except WrongPassphrase:
        return  # a changed slot or uuid no longer authenticates: the same as a wrong passphrase
    except KnownError as exc:
        assert str(path) in exc.render(), exc.render()
        return
    assert isinstance(key, bytes) and len(key) == 32


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_odd_value_in_any_field_unlocks_or_names_the_file(real_key_file, tmp_path, data):
    places = list(_paths(real_key_file))
    place = data.draw(st.sampled_from(places), label="field")
    odd = data.draw(st.sampled_from(ODD_VALUES) | st.builds(_deep, st.integers(50, 900)), label="value")
    path = tmp_path / "journal.keys"
    path.write_text(json.dumps(_replaced(real_key_file, place, odd)), "utf-8")
    _assert_unlocks_or_names_the_file(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=300) | st.text(max_size=300).map(lambda s: s.encode("utf-8")))
def test_any_bytes_as_a_key_file_name_the_file(tmp_path, junk):
    path = tmp_path / "journal.keys"
    path.write_bytes(junk)
    _assert_unlocks_or_names_the_file(path)


@pytest.mark.parametrize(
    "field, value",
    [
        (("slots", 0, "kdf", "m"), 1e999),
        (("slots", 0, "kdf", "salt"), ""),
        (("slots", 0, "nonce"), ""),
        (("slots", 0, "nonce"), "AAAA"),
        (("version",), 1e999),
    ],
)
def test_the_cases_named_in_the_issue(real_key_file, tmp_path, field, value):
    path = tmp_path / "journal.keys"
    path.write_text(json.dumps(_replaced(real_key_file, field, value)), "utf-8")
    with pytest.raises(KnownError) as info:
        KeyFile.read(path).unlock(PASSPHRASE)
    assert str(path) in info.value.render()


def test_a_plain_slot_whose_key_is_not_32_bytes_is_damage(tmp_path):
    keyfile, dek = crypto.new_key_file()
    keyfile.set_passphrase(dek, None)
    document = json.loads(keyfile.to_bytes())
    document["slots"][0]["wrapped"] = crypto._b64(dek[:16])
    path = tmp_path / "journal.keys"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(KnownError) as info:
        KeyFile.read(path).unlock(None)
    assert str(path) in info.value.render()


def test_deeply_nested_json_is_damage(tmp_path):
    path = tmp_path / "journal.keys"
    path.write_text("[" * 50_000 + "]" * 50_000, "utf-8")
    with pytest.raises(KnownError) as info:
        KeyFile.read(path)
    assert str(path) in info.value.render()


def _read_within(path: Path, seconds: float = 20.0):
    """``KeyFile.read`` on a thread; fails the test (instead of hanging it) if it never returns."""
    outcome: dict = {}

    def run():
        try:
            KeyFile.read(path)
        except BaseException as exc:  # handed back to the test
            outcome["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"reading {path} never returned"
    return outcome.get("error")


@pytest.mark.skipif(os.name != "posix", reason="/dev/zero and FIFOs are POSIX")
def test_a_key_file_linked_to_an_endless_device_is_refused(tmp_path):
    path = tmp_path / "journal.keys"
    path.symlink_to("/dev/zero")
    error = _read_within(path)
    assert isinstance(error, KnownError) and str(path) in error.render()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_key_file_that_is_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    path = tmp_path / "journal.keys"
    os.mkfifo(path)
    error = _read_within(path)
    assert isinstance(error, KnownError) and str(path) in error.render()


def test_an_oversized_key_file_is_refused(real_key_file, tmp_path):
    path = tmp_path / "journal.keys"
    document = dict(real_key_file, padding="x" * (crypto.KEY_FILE_MAX_BYTES + 1))
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(KnownError) as info:
        KeyFile.read(path)
    assert str(path) in info.value.render()


def test_the_real_key_file_still_unlocks(real_key_file, tmp_path):
    path = tmp_path / "journal.keys"
    path.write_text(json.dumps(real_key_file), "utf-8")
    assert len(KeyFile.read(path).unlock(PASSPHRASE)) == 32
