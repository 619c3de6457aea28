"""Synthetic journals for the benchmarks: Danish leadership prose with words of every frequency."""

from __future__ import annotations

import random
from pathlib import Path

COMMON = (
    "ledelse borgeren direktionen tværgående samarbejde kommunen indsats økonomi forvaltning centret "
    "medarbejderne møde politikerne proces sammenhæng opgave ansvar mål retning sprog styring organisering "
    "og i at det en til på er som med for af der ikke vi har de om så men kan skal"
).split()
MEDIUM = "vedholdenhed nysgerrighed fagprofessionel sektoropdelt kasser eksperimenterende forventninger".split()
RARE = ["zebrafink", "kanelsnegl", "tøjklemme", "ærøskøbing", "gåsefjer"]
QUERIES = [
    "zebrafink", "kanelsnegl", "tøjklemme", "gåsefjer", "vedholdenhed", "nysgerrighed", "fagprofessionel",
    "ledelse", "borgeren direktionen", '"tværgående samarbejde"', "økonomi kasser", "sektor", "forvent",
    "NEAR( AND", "ærøskøbing borgeren", "mål retning", "politikerne proces", "sprog styring organisering",
]


def body(rng: random.Random, words: int = 160) -> str:
    out = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.002:
            out.append(rng.choice(RARE))
        elif roll < 0.05:
            out.append(rng.choice(MEDIUM))
        else:
            out.append(rng.choice(COMMON))
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def build(folder: Path, count: int, passphrase: str | None, seed: int = 7) -> Path:
    """A journal of ``count`` entries in ``folder`` (reused when it is already there)."""
    from journal.store import Store

    marker = folder / f".complete-{count}"
    if marker.exists():
        return folder
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    store, _ = Store.create(folder, passphrase)
    rng = random.Random(seed)
    batch = 5000
    for start in range(0, count, batch):
        store.create_entries(
            {
                "title": f"Refleksion {i}",
                "body": body(rng),
                "created": f"20{20 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}T{8 + i % 10:02d}:{i % 60:02d}:00+01:00",
                "tags": [rng.choice(MEDIUM)],
            }
            for i in range(start, min(count, start + batch))
        )
    store.close()
    marker.touch()
    return folder
