"""Session 21: who a label names when its title is one no list knew (a two-word Malay title,
a police rank, a Filipino or Mexican professional title, "The Hon." of a Hansard, a senior
counsel's letters after the surname), and the given names a text writes before a surname that
are a title's second word ("Datuk Seri Azman": no "Seri Azman")."""

from __future__ import annotations

from archivist.model import Entity
from archivist.speakers import speaker_name
from archivist.speakers_link import link_speakers, person_part

from .test_turns_s14 import _doc, _said


def _said_with(text: str, people: list[str]) -> dict[str, set[str | None]]:
    """Label → the person ids its turns get, the document's detected people given."""
    doc = _doc(text)
    entities = [Entity(id=n.lower().replace(" ", "-"), name=n, type="person", origin="detected")
                for n in people]
    links = link_speakers([doc], entities, {"d": {e.id for e in entities}})
    by_block = {b: e for _, e, b in links.turns}
    out: dict[str, set[str | None]] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind == "turn":
            out.setdefault(b.speaker or "", set()).add(by_block.get(i))
    return out


def test_two_word_malay_title_is_no_name() -> None:
    assert speaker_name("DATUK SERI AZMAN") == "AZMAN"
    assert speaker_name("Tan Sri Rahim Noordin") == "Rahim Noordin"
    assert speaker_name("Dato' Sri Teoh Kah Seng") == "Teoh Kah Seng"
    assert speaker_name("Sri Wahyudi Hartanto") is not None  # "Sri" alone: a given name


def test_ranks_and_professional_titles() -> None:
    assert person_part("ACP TEOH") == person_part("TEOH")
    assert person_part("DSP Ramasamy") == person_part("Ramasamy")
    assert person_part("ATTY. SANTILLAN") == person_part("SANTILLAN")
    assert person_part("ENGR. MACAPAGAL") == person_part("MACAPAGAL")
    assert person_part("MR. WIJESOORIYA PC").name == "Wijesooriya"
    assert person_part("Lic. Ramiro Chávez Olmedo").name == "Ramiro Chávez Olmedo"


def test_the_hon_before_a_whole_name() -> None:
    name = person_part("THE HON. NIROSHA DILANI PERERA")
    assert name is not None and name.name == "Nirosha Dilani Perera"
    assert person_part("THE HON. ANURA SENEVIRATNE (Minister of Ports)").name == \
        "Anura Seneviratne"
    assert person_part("THE HON. MEMBER") is None


BRIEFING = """Media briefing at the state police headquarters
Present: Commissioner Datuk Seri Azman Idris bin Yusof; ACP Teoh Kah Seng, narcotics chief.

DATUK SERI AZMAN: Good afternoon. Four men were arrested on Tuesday at the port.

REPORTER: Were any officers involved?

ACP TEOH: Not at this stage. The company was registered last year with a paid-up capital of RM2.

DATUK SERI AZMAN: Thank you all.
"""


def test_title_second_word_is_no_given_name() -> None:
    said = _said_with(BRIEFING, ["Teoh Kah Seng"])
    assert said["ACP TEOH"] == {"teoh-kah-seng"}
    assert said["DATUK SERI AZMAN"] <= {None, "azman-idris-bin-yusof"}  # never "Seri Azman"
    assert said["REPORTER"] == {None}


PHONE_IN = """NORVALE FM — Morning traffic phone-in
Hosts: Nadia Rahim and Mei Ling Koh

Nadia: Good evening. The lines are open. First caller, you are on air.

Caller (Aminah, Klang): Good evening. I support the charge, but the money must go into buses.

Nadia: Thank you, Aminah. Now on the line is Councillor Dato' Seri Wong Kah Seng from the city hall advisory \
board. Dato', thank you for joining us.

Wong: Thank you, Nadia. Nothing has been decided; this is only a study.

Mei: Dato', our caller Aminah says there is no other way to get to work. What do you tell her?

Wong: I tell her she is right, and that is why the charge will not start before the new lines.

Mei: Thank you, Dato'. That was Dato' Seri Wong.
"""


def test_bare_surname_after_malay_title() -> None:
    said = _said_with(PHONE_IN, ["Wong Kah Seng", "Nadia Rahim", "Mei Ling Koh"])
    assert said["Wong"] == {"wong-kah-seng"}
    assert _said(PHONE_IN)["Wong"] != {"seri-wong"}
