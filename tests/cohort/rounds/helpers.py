"""Shared set-up for the cohort-round tests: a journal with a register and answers that name people."""

from __future__ import annotations

from journal.cohort.people import People, person

# The words that must never leave in a contribution made from ANSWERS with REGISTER.
SECRETS = (
    "Mette Kjær", "Mette", "Kjær", "MK", "Jonas Holm", "Jonas", "Holm", "Fatima", "Fati",
    "Bakkeskolen", "bakkeskolen.dk", "jonas.holm@bakkeskolen.dk", "20 30 40 50", "+45 31 41 59 26",
    "12. marts 2025", "12. marts",
)

ANSWERS = {
    "fair-proces-01": (
        "> Tænk på en forandring …\n\n"
        "Da jeg (MK) talte med Jonas Holm om sammenlægningen på Bakkeskolen, var han bange for at blive overhørt. "
        "Jonas skrev bagefter fra jonas.holm@bakkeskolen.dk, og jeg ringede op på 20 30 40 50. "
        "Vi aftalte et møde den 12. marts 2025 med hele personalet."
    ),
    "fair-proces-02": (
        "> Før beslutningen …\n\n"
        "Fati fra administrationen spurgte, om beslutningen allerede var truffet. Fatima har ret i, at vi skal "
        "forklare os bedre. Ring til mig på +45 31 41 59 26, skrev Mette Kjær i referatet fra bakkeskolen.dk."
    ),
}


def register() -> People:
    return People(
        my_name="Mette Kjær", my_initials="MK", workplace="Bakkeskolen", domain="bakkeskolen.dk",
        people=(person("Jonas Holm", ["Jonas"], "JH", "jonas.holm@bakkeskolen.dk"), person("Fatima Ali", ["Fati", "Fatima"])),
    )


def fill(store) -> dict[str, int]:
    """Answers to two questions and the register; returns question id → entry id."""
    store.set_people_register(register().to_json())
    ids = {}
    for prompt_id, body in ANSWERS.items():
        ids[prompt_id] = store.create_entry(body, title="Svar", prompt_id=prompt_id, tags=("hemmeligt-mærke",)).ids[0]
    return ids
