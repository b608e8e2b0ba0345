"""Speaker labels of transcript house styles the tool was not first written for: Hansard offices
and constituencies, time codes, "NAME, OCCUPATION", labels in capitals, honorifics."""

from __future__ import annotations

import pytest

from archivist.convert import block_text, parse_blocks
from archivist.model import Block, Document, Entity, Metadata
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


def test_a_hearing_labels_title_and_surname_in_capitals_with_a_full_stop():
    text = ("Harbour hearing\n\nThe hearing was chaired by Senator Lidia Marchetti.\n\n"
            "Senator MARCHETTI. The committee will come to order.\n\n"
            "Mr. VAN HOLLEN. Thank you, Madam Chair.\n\n"
            "The CHAIRMAN. Mr. Dawson was there. Dr. Who. The END. Senator.\n\n"
            "Mr. Smith said no. Dr. Lee agreed.\n")
    blocks = [b for b in parse_blocks(text) if b.kind == "turn"]
    assert [(b.speaker, b.sep, b.text[:9]) for b in blocks] == [
        ("Senator MARCHETTI", ".", "The commi"), ("Mr. VAN HOLLEN", ".", "Thank you"),
        ("The CHAIRMAN", ".", "Mr. Dawso")]


def test_an_examination_reads_q_and_a_and_names_lawyer_and_witness():
    text = ("Deposition of Lidia Marchetti\n\n"
            "MR. VARGA: Tomas Varga for the harbour board.\n\n"
            "LIDIA MARCHETTI, having been first duly sworn, testified as follows:\n\n"
            "EXAMINATION BY MR. VARGA:\n\n"
            "Q. Where do you work?\n\nA. At the quay.\n\n"
            "MS. BRIX: Objection.\n\nTHE WITNESS: I work at the quay.\n\n"
            "Q And before that?\n\nA The ferry office.\n\nA lot of ferries, in fact.\n")
    blocks = parse_blocks(text)
    turns = [(b.speaker, b.sep) for b in blocks if b.kind == "turn"]
    assert turns == [("MR. VARGA", ":"), ("Q", "."), ("A", "."), ("MS. BRIX", ":"),
                     ("THE WITNESS", ":"), ("Q", ""), ("A", "")]
    doc = Document("d", "d.txt", "0" * 64, Metadata(title="Deposition"), tuple(blocks), 10)
    varga = Entity("tomas-varga", "Tomas Varga", "person")
    links = link_speakers([doc], [varga], {"d": {"tomas-varga"}})
    by_block = {b: e for _, e, b in links.turns}
    speakers = [by_block.get(i) for i, b in enumerate(blocks) if b.kind == "turn"]
    assert speakers == ["tomas-varga", "tomas-varga", "lidia-marchetti", None,
                        "lidia-marchetti", "tomas-varga", "lidia-marchetti"]


def test_list_items_lettered_a_are_no_answers():
    text = "Options\n\nA. Build the quay.\n\nB. Close the quay.\n\nA new quay costs more.\n"
    assert _turns(text) == []


def test_a_turn_shows_its_label_as_written():
    text = ("Hearing\n\nSenator MARCHETTI. Order.\n\nMr. VARGA. Thank you.\n\n"
            "Q Is the quay open?\n\nQ And the ferry?\n")
    blocks = parse_blocks(text)
    assert [block_text(b) for b in blocks[1:]] == [
        "Senator MARCHETTI. Order.", "Mr. VARGA. Thank you.", "Q Is the quay open?",
        "Q And the ferry?"]


def test_an_earnings_call_labels_a_line_of_name_dash_role_without_a_colon():
    text = ("Norvale Ferries Q2 call\n\nOperator\n\nGood morning, welcome to the call.\n\n"
            "Lidia Marchetti -- Chief Executive Officer\n\nThanks. Sales rose.\n\n"
            "Tomas Varga -- Bank of Norvale -- Analyst\n\nWhy did costs rise?\n\n"
            "Lidia Marchetti -- Chief Executive Officer\n\nFuel.\n")
    assert _turns(text) == [
        ("Operator", "Good morning, welcome to the call."),
        ("Lidia Marchetti -- Chief Executive Officer", "Thanks. Sales rose."),
        ("Tomas Varga -- Bank of Norvale -- Analyst", "Why did costs rise?"),
        ("Lidia Marchetti -- Chief Executive Officer", "Fuel.")]
    assert person_part("Tomas Varga -- Bank of Norvale -- Analyst") == \
        SpeakerName("Tomas Varga", True)


def test_result_lines_with_a_dash_are_no_labels():
    text = ("Results\n\nScorers:\n\nNorvale Rovers - Tomas Varga (47th)\n\n"
            "Harbour United - Lidia Marchetti (59th)\n\nAttendance: 5,000\n")
    assert _turns(text) == []
    one = "Summary\n\nLidia Marchetti - Chief Executive Officer\n\nSales rose.\n"
    assert _turns(one) == []  # one such line is a heading, not yet a transcript


def test_a_person_page_is_not_named_by_a_label_in_capitals():
    from archivist.resolution.cluster import page_name
    assert page_name("person", {"LIDIA MARCHETTI": 4, "Lidia Marchetti": 1}, {}) == \
        "Lidia Marchetti"
    # the only form, in capitals: shown as a name is written ("OWEN MCKAY" → "Owen McKay")
    assert page_name("person", {"LIDIA MARCHETTI": 4}, {}) == "Lidia Marchetti"
    assert page_name("person", {"OWEN MCKAY": 2}, {}) == "Owen McKay"


def _briefing(intro: str, labels: list[str]) -> Document:
    blocks = (Block("paragraph", intro, 1),
              *(Block("turn", "Words.", i + 2, speaker=label) for i, label in enumerate(labels)))
    return Document("b", "b.txt", "0" * 64, Metadata(title="Noon briefing"), blocks, 10)


@pytest.mark.parametrize("intro, expected", [
    ("A briefing by Lidia Marchetti, Spokesperson for the Harbour Board.", "lidia-marchetti"),
    ("A panel moderated by Lidia Marchetti, director of the Norvale Institute.", "lidia-marchetti"),
    ("Spokesperson Lidia Marchetti opened the briefing.", "lidia-marchetti"),
    ("Spokesperson Lidia Marchetti and spokesperson Ana Brix took questions.", None),
    ("The briefing opened at noon.", None),
])
def test_a_role_label_is_the_person_the_text_introduces_in_it(intro: str, expected: str | None):
    role = "Moderator" if "moderated" in intro else "Spokesperson"
    links = link_speakers([_briefing(intro, [role, "Question", role])], [], {})
    assert sorted({e for _, e, _ in links.turns}) == ([expected] if expected else [])


def test_a_title_that_fronts_many_names_is_not_introduced():
    intro = "Remarks by President Tomas Varga after talks with President Ana Brix."
    links = link_speakers([_briefing(intro, ["THE PRESIDENT", "Q", "THE PRESIDENT"])], [], {})
    assert links.turns == ()


@pytest.mark.parametrize("label, name", [
    ("Rt Hon Tomas Varga MP", "Tomas Varga"),
    ("Dr Lidia Marchetti DBE", "Lidia Marchetti"),
    ("Ms. Lê Thị Thu Hằng", "Lê Thị Thu Hằng"),
    ("Mr. Ri Song Chol", "Ri Song Chol"),
    ("Mayor of Norvale Lidia Marchetti", "Lidia Marchetti"),
])
def test_honorifics_and_letters_after_a_name_are_not_part_of_it(label: str, name: str):
    assert person_part(label) == SpeakerName(name, True)


def test_first_name_labels_of_a_conversation_are_its_named_people():
    text = ("Harbour podcast\n\nLidia: Welcome. I'm Lidia Marchetti.\n\nTomas: And I'm Tomas "
            "Varga.\n\nLidia: The quay is closed.\n\nTomas: Since May.\n")
    blocks = parse_blocks(text)
    assert [b.speaker for b in blocks if b.kind == "turn"] == ["Lidia", "Tomas", "Lidia", "Tomas"]
    doc = Document("p", "p.txt", "0" * 64, Metadata(title="Harbour podcast"), tuple(blocks), 10)
    people = [Entity("lidia-marchetti", "Lidia Marchetti", "person"),
              Entity("tomas-varga", "Tomas Varga", "person")]
    links = link_speakers([doc], people, {"p": {"lidia-marchetti", "tomas-varga"}})
    assert sorted((b, e) for _, e, b in links.turns) == [
        (1, "lidia-marchetti"), (2, "tomas-varga"), (3, "lidia-marchetti"), (4, "tomas-varga")]
    # a surname label is not read as a given name: "Mr. Tomas" is not Tomas Varga
    other = _doc(["Mr. Tomas", "TOMAS"])
    assert link_speakers([other], people, {"t": {"tomas-varga"}}).turns == ()


def test_one_first_name_alone_does_not_make_a_transcript():
    assert _turns("Cities\n\nParis: sunny.\n\nParis: rain later.\n\nOslo: snow.\n") == []


def test_recording_time_codes_before_or_after_a_name():
    otter = ("Workshop\n\nLidia Marchetti  0:03\nLet's start.\n\nTomas Varga  0:12\nThanks.\n\n"
             "Speaker 3  1:04:10\nA question.\n")
    assert _turns(otter) == [("Lidia Marchetti  0:03", "Let's start."), ("Tomas Varga  0:12",
                                                                         "Thanks."),
                             ("Speaker 3  1:04:10", "A question.")]
    assert person_part("Lidia Marchetti  0:03") == SpeakerName("Lidia Marchetti", True)
    zoom = ("Webinar\n\n00:00:05 Lidia Marchetti: Welcome.\n00:01:40 Attendee: A question.\n"
            "00:01:44 Tomas Varga: An answer.\n")
    assert [s for s, _ in _turns(zoom)] == ["00:00:05 Lidia Marchetti", "00:01:40 Attendee",
                                           "00:01:44 Tomas Varga"]
    assert person_part("00:01:40 Attendee") is None


def test_a_timetable_is_no_transcript():
    text = "Programme\n\nOpening  9:00\nCoffee.\n\nLunch  12:30\nIn the hall.\n"
    assert _turns(text) == []


def test_a_surname_label_takes_the_full_name_a_heading_gives():
    def hearing(doc_id: str, heading: str) -> Document:
        blocks = (Block("heading", heading, 1), Block("turn", "Thank you.", 2, speaker="Ms. KROLL"),
                  Block("turn", "Welcome.", 3, speaker="Mr. VARGA"),
                  Block("turn", "Indeed.", 4, speaker="Ms. KROLL"))
        return Document(doc_id, f"{doc_id}.txt", "0" * 64, Metadata(title="Hearing"), blocks, 10)
    one = hearing("a", "STATEMENT OF HON. NADIA M. KROLL, SECRETARY OF HARBOURS")
    two = hearing("b", "STATEMENTS OF NADIA KROLL AND PETRA KROLL")
    links = link_speakers([one, two], [], {})
    assert links.turns == (("a", "nadia-m-kroll", 1), ("a", "nadia-m-kroll", 3))
    assert [e.name for e in links.entities] == ["Nadia M. Kroll"]


def test_the_detector_reads_a_dotted_label_as_a_label():
    from archivist.documents import document_text
    blocks = parse_blocks("Trial\n\nQ. Good morning.\n\nA. Good morning.\n\nQ. Were you there?\n")
    doc = Document("c", "c.txt", "0" * 64, Metadata(title="Trial"), tuple(blocks), 10)
    assert "Q: Good morning." in document_text(doc) and "Q. Good" not in document_text(doc)


@pytest.mark.parametrize("label", ["Norvale Daily", "Phoenix TV", "India Today", "Noble Lords",
                                   "Hon. Members", "Several hon. Members"])
def test_outlets_and_groups_are_no_speaker_people(label: str):
    assert person_part(label) is None


@pytest.mark.parametrize("label, name", [
    ("Baroness Berg of Norvale (Lab)", "Baroness Berg of Norvale"),
    ("Lord Varga of Harbour Heath", "Lord Varga of Harbour Heath"),
    ("The Parliamentary Under-Secretary of State, Department for Harbours (Baroness Berg of "
     "Norvale) (Lab)", "Baroness Berg of Norvale"),
    ("John Major", "John Major"),
])
def test_a_peer_is_named_by_the_title(label: str, name: str):
    assert person_part(label) == SpeakerName(name, True)


def test_a_peer_speaking_once_is_a_person():
    links = link_speakers([_doc(["Baroness Berg of Norvale (GP)", "Noble Lords"])], [], {})
    assert [e.name for e in links.entities] == ["Baroness Berg of Norvale"]
    assert [b for _, _, b in links.turns] == [0]


def test_a_press_conference_asks_with_q_dot_and_answers_by_name():
    text = ("Final round interview\n\nTHE MODERATOR: Welcome, Tomas Varga.\n\n"
            "TOMAS VARGA: Thank you.\n\nQ. Tomas, what went through your mind?\n\n"
            "TOMAS VARGA: Just the putt.\n")
    assert [s for s, _ in _turns(text)] == ["THE MODERATOR", "TOMAS VARGA", "Q", "TOMAS VARGA"]
    assert _turns("Options\n\nA. Build the quay.\n\nB. Close it.\n\nQ. Why?\n") == []


def test_a_middle_initial_does_not_make_a_second_person():
    known = Entity("jennifer-granholm", "Jennifer Granholm", "person")
    hearing = _doc(["Secretary Jennifer M. Granholm", "Mr. VARGA"])
    links = link_speakers([hearing], [known], {})
    assert links.entities == () and [e for _, e, _ in links.turns] == ["jennifer-granholm"]
    twins = [Entity("a", "John A. Smith", "person"), Entity("b", "John B. Smith", "person")]
    assert link_speakers([_doc(["Dr John Smith", "Q"])], twins, {}).turns == ()


def test_a_results_line_with_a_name_and_a_country_is_no_turn():
    text = ("Tennis results\n\nLidia Marchetti, U.S.: 6-1 6-3\n\nAna Brix, Norvale: 7-5 6-4\n\n"
            "Tomas Varga, Sweden: 6-2 6-2\n")
    assert _turns(text) == []


def test_one_word_labels_after_time_codes_are_the_people_the_text_names(tmp_path):
    from .conftest import archive_of

    text = ("Chip talk, episode 4\n\nHosts: Wulan Sari Hartono and Gilang Prakoso. Guest: "
            "Dr. Harjono Saputro.\n\n[00:00:04] Wulan: Welcome back, I'm Wulan.\n\n"
            "[00:00:08] Gilang: And I'm Gilang.\n\n[00:00:12] Wulan: Our guest is Pak Harjono."
            "\n\n[00:00:19] Harjono: Thank you both.\n\n[00:00:23] Gilang: Can we build "
            "chips?\n\n[00:00:27] Harjono: Design, yes.\n")
    archive = archive_of(tmp_path, {"pod.txt": text})
    names = {e.id: e.name for e in archive.entities}
    said = {block: names[entity] for _, entity, block in archive.speakers}
    assert [said.get(i) for i in (1, 2, 3, 5)] == ["Wulan Sari Hartono", "Gilang Prakoso",
                                                   "Wulan Sari Hartono", "Gilang Prakoso"]
    assert [b.kind for b in archive.documents[0].blocks[1:]] == ["turn"] * 6
    assert not [n for n in names.values() if n.startswith(("I'm", "Pak "))]
