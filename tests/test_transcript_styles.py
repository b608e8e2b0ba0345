"""Speaker labels of transcript house styles the tool was not first written for: Hansard offices
and constituencies, time codes, "NAME, OCCUPATION", labels in capitals, honorifics."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.model import Block, Document, Metadata
from archivist.speakers import office_holder
from archivist.speakers_link import SpeakerName, link_speakers, person_part


def _doc(labels: list[str]) -> Document:
    blocks = tuple(Block("turn", "Words.", i + 1, speaker=label) for i, label in enumerate(labels))
    return Document("t", "t.txt", "0" * 64, Metadata(title="t"), blocks, 10)


def _turns(text: str) -> list[tuple[str | None, str]]:
    return [(b.speaker, b.text) for b in parse_blocks(text) if b.kind == "turn"]


@pytest.mark.parametrize("label, name", [
    ("The Prime Minister (Tomas Varga)", SpeakerName("Tomas Varga", True)),
    ("Madam Deputy Speaker (Lidia Marchetti)", SpeakerName("Lidia Marchetti", True)),
    ("THE MINISTER OF HARBOURS AND MINISTER OF FISHERIES (SHRIMATI ZORVANA MARCHETTI)",
     SpeakerName("Zorvana Marchetti", True)),
    ("Ana Brix (Norvale East) (Lab)", SpeakerName("Ana Brix", True)),
    ("Mr Varga (Norvale East) (Con)", SpeakerName("Varga", False)),
    ("Mr VARGA (Norvale—Minister for Harbours) (14:03)", SpeakerName("Varga", False)),
    ("[00:12:03] Lidia Marchetti", SpeakerName("Lidia Marchetti", True)),
    ("Lidia Marchetti (00:00:02)", SpeakerName("Lidia Marchetti", True)),
    ("LIDIA MARCHETTI, TEACHER", SpeakerName("Lidia Marchetti", True)),
    ("Tomas Varga, Norvale Courier", SpeakerName("Tomas Varga", True)),
    ("Tomas Varga, Analyst, Bank of Norvale", SpeakerName("Tomas Varga", True)),
    ("SENATOR ANA BRIX, MINISTER FOR FOREIGN AFFAIRS", SpeakerName("Ana Brix", True)),
    ("ED VARGA", SpeakerName("Ed Varga", True)),
])
def test_house_style_labels_name_the_person(label: str, name: SpeakerName):
    assert person_part(label) == name


@pytest.mark.parametrize("label", [
    "Minister (Norvale Region)", "Santa Clara, California", "The Prime Minister",
    "THE COURT", "THE WITNESS", "THE VIDEOGRAPHER",
])
def test_house_style_labels_that_name_no_one(label: str):
    assert person_part(label) is None


def test_an_office_alone_is_its_last_named_holder():
    doc = _doc(["The Prime Minister", "The Prime Minister (Tomas Varga)", "Question",
                "The Prime Minister", "Madam Deputy Speaker (Lidia Marchetti)",
                "Madam Deputy Speaker", "Madam Deputy Speaker (Ana Brix)", "Madam Deputy Speaker",
                "Mr Speaker"])
    links = link_speakers([doc], [], {})
    assert sorted((b, e) for _, e, b in links.turns) == [
        (1, "tomas-varga"), (3, "tomas-varga"), (4, "lidia-marchetti"), (5, "lidia-marchetti"),
        (6, "ana-brix"), (7, "ana-brix")]


def test_an_honorific_vouches_for_an_unlisted_given_name():
    said_once = link_speakers([_doc(["SHRI ZORVAN MARCHETTI", "Question"])], [], {})
    bare = link_speakers([_doc(["ZORVAN MARCHETTI", "Question"])], [], {})
    assert [e.name for e in said_once.entities] == ["Zorvan Marchetti"]
    assert bare.entities == ()


def test_hansard_time_code_and_occupation_labels_open_turns():
    text = ("Harbour debate\n\n"
            "The Minister for Harbours (Tomas Varga): I beg to move.\n\n"
            "Ana Brix (Norvale East) (Lab): Will he give way?\n\n"
            "[00:01:02] Lidia Marchetti: The quay is closed.\n\n"
            "Lidia Marchetti (00:01:09):\nIt opens in May.\n\n"
            "TOMAS VARGA, HARBOUR PILOT: Not before June.\n")
    assert _turns(text) == [
        ("The Minister for Harbours (Tomas Varga)", "I beg to move."),
        ("Ana Brix (Norvale East) (Lab)", "Will he give way?"),
        ("[00:01:02] Lidia Marchetti", "The quay is closed."),
        ("Lidia Marchetti (00:01:09)", "It opens in May."),
        ("TOMAS VARGA, HARBOUR PILOT", "Not before June.")]


def test_a_place_after_a_comma_is_no_speaker():
    assert _turns("Weather\n\nSanta Clara, California: sunny.\n\nParis, France: rain.\n") == []
    assert office_holder("Mr Varga (Norvale East)") is None
