"""Labels of house styles beyond the first ones: ranks abbreviated before a surname ("ACC
Varga"), offices whose holder a header or a label gives in brackets ("The Lord Mayor (Cllr …)",
"MODERATOR (Ann Berg, Spokesperson)", "Ann Berg (Director of Finance)", "Coroner Dr Ann Berg"),
and a compound surname after an honorific that ends a longer name of the document."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.model import Document, Entity, Metadata
from archivist.speakers_link import SpeakerName, link_speakers, person_part


def _said(text: str, people: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    """(label, person entity id or None) of each turn; `people`: names detection found."""
    doc = Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                   tuple(parse_blocks(text)), 10)
    entities = [Entity(id=n.lower().replace(" ", "-"), name=n, type="person",
                       origin="detected") for n in people]
    links = link_speakers([doc], entities, {"d": {e.id for e in entities}})
    by_block = {b: e for _, e, b in links.turns}
    return [(b.speaker or "", by_block.get(i)) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"]


@pytest.mark.parametrize("label, name", [
    ("ACC Varga", SpeakerName("Varga", False)),
    ("PS VARGA", SpeakerName("Varga", False)),
    ("AMB. VARGA", SpeakerName("Varga", False)),
    ("TRUSTEE VARGA", SpeakerName("Varga", False)),
    ("DCS Lidia Marchetti", SpeakerName("Lidia Marchetti", True)),
])
def test_an_abbreviated_rank_is_no_part_of_the_name(label: str, name: SpeakerName):
    assert person_part(label) == name


def test_a_rank_and_surname_label_goes_to_the_person_of_the_document():
    text = ("Media briefing\nWith Assistant Chief Constable Tomas Varga.\n\n"
            "ACC Varga: Good morning.\n\nReporter: A question.\n\nACC Varga: An answer.\n")
    assert [e for _, e in _said(text, ("Tomas Varga",))] == ["tomas-varga", None, "tomas-varga"]


def test_an_office_whose_holder_the_header_gives_in_brackets():
    text = ("Full Council\n\nPresent: The Lord Mayor (Cllr Lidia Marchetti) in the Chair; "
            "Tomas Varga (Director of Finance).\n\nThe Lord Mayor: Item 7.\n\n"
            "Director of Finance: The budget is balanced.\n\nThe Lord Mayor: Thank you.\n")
    assert [e for _, e in _said(text)] == ["lidia-marchetti", "tomas-varga", "lidia-marchetti"]
    two = text.replace("in the Chair;", "in the Chair; The Lord Mayor (Cllr Ana Brix) later;")
    assert [e for _, e in _said(two)][0] is None  # two holders: no telling


def test_a_label_gives_its_holder_with_a_role_after_a_comma():
    text = ("Press conference\n\nMODERATOR (Lidia Marchetti, Spokesperson): Welcome.\n\n"
            "TOMAS VARGA: Thank you.\n\nMODERATOR: Questions.\n\n"
            "QUESTION: When?\n")
    assert [e for _, e in _said(text)] == ["lidia-marchetti", "tomas-varga", "lidia-marchetti",
                                           None]


def test_the_coroner_is_the_one_the_header_names():
    text = ("Inquest touching the death of Ana Brix\nBefore: Senior Coroner Dr Lidia Marchetti\n\n"
            "THE CORONER: Good morning.\n\nMR VARGA: Thank you, ma'am.\n\nTHE CORONER: Go on.\n")
    said = _said(text)
    assert said[0] == ("THE CORONER", "lidia-marchetti") and said[2] == said[0]


def test_a_compound_surname_after_an_honorific_is_the_longer_name_said_before():
    text = ("Press conference\n\nH.E. MRS. AÏCHA TRAORÉ COULIBALY: Good afternoon.\n\n"
            "MR. TOMAS VARGA: Thank you.\n\nMRS. TRAORÉ COULIBALY: One more point.\n")
    said = [e for _, e in _said(text)]
    assert said[0] == said[2] and said[0] is not None and said[0] != said[1]
    # an honorific written into a detected name does not make it a longer name
    assert _said("Debate\n\nSHRI ANUJ KOVALAM MEHRA: Sir.\n\nMR. VARGA: Yes.\n",
                 ("Shri Kovalam Mehra",))[0][1] != "shri-kovalam-mehra"


def test_initials_labels_are_the_people_the_header_names():
    text = ("Harbour Oral History Project\nInterview with Lidia Okonkwo-Marchetti\n"
            "Interviewer: Henrik Varga\n\nHV: Where were you born?\n\nLOM: In Norvale.\n\n"
            "HV: When?\n\nLOM: In 1948.\n")
    assert [e for _, e in _said(text)] == ["henrik-varga", "lidia-okonkwo-marchetti"] * 2
    # a second name with the same initials: no telling, and then no initials are read
    two = text.replace("Interviewer: Henrik Varga", "Interviewer: Henrik Varga, with Hanna Vance")
    assert [e for _, e in _said(two)] == [None] * 4


def test_a_witness_list_gives_the_full_name_family_name_first():
    text = ("Committee Hansard\nEstimates\n\nVarga, Mr Tomas, Deputy Commissioner\n\n"
            "CHAIR: Welcome.\n\nMr Varga: Thank you.\n\nCHAIR: Senator Brix.\n\n"
            "Mr Varga: Yes.\n")
    said = dict(_said(text))
    assert said["Mr Varga"] == "tomas-varga" and said["CHAIR"] is None


def test_closed_captions_mark_each_voice_with_chevrons():
    text = ("Heat emergency update\nClosed captions as broadcast\n\n"
            ">> MAYOR LIDIA MARCHETTI: GOOD AFTERNOON.\n\n>> REPORTER: HOW MANY?\n\n"
            ">> MAYOR MARCHETTI: FOUR.\n\n>> [INAUDIBLE]\n")
    assert _said(text) == [(">> MAYOR LIDIA MARCHETTI", "lidia-marchetti"), (">> REPORTER", None),
                           (">> MAYOR MARCHETTI", "lidia-marchetti")]


def test_a_surname_label_the_opening_lines_introduce_is_a_turn():
    text = ("NORVALE WEEKLY\nInterview with Finance Minister Lidia Marchetti-Brix\n\n"
            "NORVALE WEEKLY: Minister, were you wrong?\n\nMarchetti-Brix: No.\n\n"
            "NORVALE WEEKLY: Why?\n\nMarchetti-Brix: Budgets are not theology.\n")
    said = [(label, e) for label, e in _said(text) if label == "Marchetti-Brix"]
    assert said == [("Marchetti-Brix", "lidia-marchetti-brix")] * 2
    # not introduced: a one-word mixed-case label stays text
    bare = text.replace("Interview with Finance Minister Lidia Marchetti-Brix", "An interview")
    assert not [label for label, _ in _said(bare) if label == "Marchetti-Brix"]


def test_a_label_is_the_longer_name_of_this_document_it_ends_with():
    text = ("Interview\nGuest: Ketut Wayan Sudarsa, minister.\n\n"
            "LIDIA MARCHETTI: Minister, welcome.\n\n"
            "KETUT WAYAN SUDARSA (through interpreter): Thank you.\n\n"
            "SUDARSA (through interpreter): Yes.\n")
    said = [e for _, e in _said(text, ("Ketut Wayan Sudarsa",))]
    assert said == ["lidia-marchetti", "ketut-wayan-sudarsa", "ketut-wayan-sudarsa"]
