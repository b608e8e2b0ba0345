"""How a transcript introduces its speakers: cast lines ("Moderator: Ann Berg"), the bench of a
court, a witness called in a turn, questioners who give their name in the question, surname labels
whose full name the header gives, and lines that are not turns (cast lists, team sheets)."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.model import Document, Metadata
from archivist.speakers_link import SpeakerName, link_speakers, person_part

from .conftest import archive_of


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _said(text: str) -> list[tuple[str, str | None]]:
    """(label, person entity id or None) of each turn of a text, with no detected people."""
    doc = _doc(text)
    links = link_speakers([doc], [], {})
    by_block = {b: e for _, e, b in links.turns}
    return [(b.speaker or "", by_block.get(i)) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"]


def test_a_convener_is_an_office_whose_holder_the_bracket_names():
    text = ("Harbour Committee\n\nThe Convener (Lidia Marchetti): Welcome.\n\n"
            "Tomas Varga (Norvale East) (Lab): Thank you.\n\nThe Convener: Next item.\n")
    assert _said(text) == [("The Convener (Lidia Marchetti)", "lidia-marchetti"),
                           ("Tomas Varga (Norvale East) (Lab)", "tomas-varga"),
                           ("The Convener", "lidia-marchetti")]


@pytest.mark.parametrize("label, name", [
    ("Gordon MacDonald (Norvale East) (SNP)", "Gordon MacDonald"),
    ("Ann FitzGerald", "Ann FitzGerald"),
    ("VladimirPutin", "Vladimir Putin"),
])
def test_a_surname_prefix_is_not_a_missing_space(label: str, name: str):
    assert person_part(label) == SpeakerName(name, True)


def test_a_cast_line_with_a_colon_introduces_the_moderator():
    text = ("Budget briefing\n\nPresent: Tomas Varga, Minister. Moderator: Lidia Marchetti, Head "
            "of Press.\n\nMODERATOR: Good morning.\n\nTOMAS VARGA: Thank you.\n\n"
            "MODERATOR: Questions, please.\n")
    assert [e for _, e in _said(text)] == ["lidia-marchetti", "tomas-varga", "lidia-marchetti"]


def test_the_court_is_the_judge_the_header_names():
    text = ("TRANSCRIPT OF HEARING\nBEFORE THE HONORABLE LIDIA M. MARCHETTI\nDISTRICT JUDGE\n\n"
            "THE COURT: Good morning.\n\nMR. VARGA: Ready, Your Honor.\n\nTHE COURT: Proceed.\n")
    said = _said(text)
    assert said[0] == ("THE COURT", "lidia-m-marchetti") and said[2] == said[0]
    # two judges named: no telling which one sits
    two = text.replace("DISTRICT JUDGE", "with Judge Ana Brix")
    assert _said(two)[0] == ("THE COURT", None)


def test_the_witness_is_the_one_a_lawyer_calls():
    text = ("Hearing\n\nMS. BRIX: The government calls Special Agent Lidia Marchetti.\n\n"
            "THE WITNESS: I do.\n\nBY MS. BRIX:\n\nQ. Your name?\n\nA. Lidia Marchetti.\n\n"
            "MS. BRIX: We call Tomas Varga to the stand.\n\nTHE WITNESS: Good morning.\n")
    said = [e for _, e in _said(text)]
    assert said[1] == said[3] == "lidia-marchetti" and said[5] == "tomas-varga"


@pytest.mark.parametrize("question, expected", [
    ("Good evening, Tomas. Lidia Marchetti, Norvale Times. Why did you lose?", "lidia-marchetti"),
    ("Thank you. Lidia Marchetti, I am a student here. Why?", "lidia-marchetti"),
    ("Hello! My name is Lidia Marchetti, I work for a harbour paper.", "lidia-marchetti"),
    ("Lidia Marchetti from the Norvale Times. Why?", "lidia-marchetti"),
    ("Tomas Varga, do you regret the decision?", None),  # someone addressed
    ("Varga, the fans whistled. Do you understand them?", None),
    ("Lidia Marchetti, Norvale Times, and Ana Brix, Harbour Post, ask the same.", None),
    ("Why did the quay close?", None),
])
def test_a_questioner_named_in_the_question(question: str, expected: str | None):
    text = (f"Press conference\n\nTOMAS VARGA: Good evening.\n\nJOURNALIST (Norvale Times): "
            f"{question}\n\nTOMAS VARGA: Because.\n")
    assert _said(text)[1] == ("JOURNALIST (Norvale Times)", expected)


def test_a_named_questioner_counts_for_that_turn_only():
    text = ("Briefing\n\nTOMAS VARGA: Questions.\n\nQuestion: Lidia Marchetti, Norvale Times. "
            "When?\n\nTOMAS VARGA: May.\n\nQuestion: And the ferry?\n\nTOMAS VARGA: June.\n")
    assert [e for _, e in _said(text)] == ["tomas-varga", "lidia-marchetti", "tomas-varga", None,
                                           "tomas-varga"]


def test_a_speaker_of_the_conversation_addressed_by_name_is_not_the_questioner():
    text = ("Press conference\n\nTOMAS VARGA: Good evening.\n\nREPORTER: Tomas Varga, Norvale "
            "fans ask: why?\n\nTOMAS VARGA: Because.\n")
    assert _said(text)[1] == ("REPORTER", None)


def _names(text: str) -> list[str | None]:
    """The page name each turn of a text goes to, with no detected people."""
    doc = _doc(text)
    links = link_speakers([doc], [], {})
    names = {e.id: e.name for e in links.entities}
    by_block = {b: names.get(e) for _, e, b in links.turns}
    return [by_block.get(i) for i, b in enumerate(doc.blocks) if b.kind == "turn"]


def test_an_honorific_vouches_for_the_given_names_of_a_surname_label():
    text = ("Budget briefing\n\nPresent: Dr. Zorvan Ato Marchetti, Minister for Harbours.\n\n"
            "DR. MARCHETTI: Good morning.\n\nQUESTION: When?\n\nDR. MARCHETTI: In May.\n")
    assert _names(text) == ["Zorvan Ato Marchetti", None, "Zorvan Ato Marchetti"]


def test_an_honorific_and_two_unknown_words_may_be_a_compound_surname():
    text = ("Budget briefing\n\nPresent: Tomas Nyarko Varga, Deputy Minister.\n\n"
            "MR. NYARKO VARGA: Good morning.\n\nQUESTION: When?\n\nMR. NYARKO VARGA: In May.\n")
    assert _names(text) == ["Tomas Nyarko Varga", None, "Tomas Nyarko Varga"]
    alone = text.replace("Present: Tomas Nyarko Varga, Deputy Minister.", "Budget day.")
    assert _names(alone) == ["Nyarko Varga", None, "Nyarko Varga"]  # as the label says


def test_a_surname_in_capitals_takes_the_given_name_written_after_it():
    text = ("Press Conference by Press Secretary MARCHETTI Zorvan\n\nOpening Remarks\n\n"
            "Press Secretary MARCHETTI: Good afternoon.\n\nReporter: When?\n\n"
            "Press Secretary MARCHETTI: Soon.\n")
    assert _names(text) == ["Marchetti Zorvan", None, "Marchetti Zorvan"]


def test_a_given_name_does_not_cross_a_sentence_end():
    text = ("Harbour talk\n\nWe thank Tomas. Marchetti will speak first.\n\n"
            "MS. MARCHETTI: Good morning.\n\nQUESTION: When?\n\nMS. MARCHETTI: In May.\n")
    assert _names(text) == [None, None, None]


def test_an_unlisted_name_said_once_opens_a_page_when_the_text_writes_it_too():
    text = ("Briefing\n\nTOMAS VARGA: Questions.\n\nZORVANA OKAFOR (HARBOUR POST): Zorvana Okafor, "
            "Harbour Post. When?\n\nTOMAS VARGA: In May.\n")
    assert _names(text) == ["Tomas Varga", "Zorvana Okafor", "Tomas Varga"]
    unsaid = text.replace("Zorvana Okafor, Harbour Post. ", "")
    assert _names(unsaid) == ["Tomas Varga", None, "Tomas Varga"]


def _turns(text: str) -> list[str]:
    return [b.speaker or "" for b in parse_blocks(text) if b.kind == "turn"]


def test_cast_lines_above_the_first_turn_are_no_turns():
    text = ("Harbour panel\n\nModerator: Lidia Marchetti (Norvale Times)\n\n"
            "Court Reporter: Ana Brix, RMR\n\nCall participants:\nTomas Varga, Head of Harbours\n\n"
            "MODERATOR: Welcome.\n\nVARGA: Thanks.\n\nMODERATOR: Ana Brix, Norvale Post.\n")
    assert _turns(text) == ["MODERATOR", "VARGA", "MODERATOR"]
    assert _said(text)[0] == ("MODERATOR", "lidia-marchetti")


@pytest.mark.parametrize("sheet", [
    ("IRELAND: 15 Hugo Varga, 14 Calvin Brix, 13 Garry Marchetti (capt).\n\n"
     "FRANCE: 15 Tomas Okafor, 14 Damian Kroll, 13 Gael Holt.\n\n"
     "IRELAND: Replacements: Ann Berg, Jan Holt, Rob Kroll.\n\n"
     "FRANCE: Replacements: Piet Brix, Lars Berg, Olaf Varga.\n"),
    ("SCOTLAND: Hugo Varga, Calvin Brix.\n\nENGLAND: Tomas Okafor, Damian Kroll.\n\n"
     "SCOTLAND: Replacements: Ann Berg.\n\nENGLAND: Replacements: Piet Brix.\n"),
    "Scotland: Varga; Brix, Marchetti, Okafor and Kroll.\n\nWales: Holt; Berg, Lund and Moe.\n",
    ("Note: the quay reopens in May.\n\nSource: Norvale Harbour Board.\n\n"
     "Photo: Tomas Varga.\n\nNote: times are local.\n\n10:30: Opening.\n\n11:15: Coffee.\n"),
])
def test_team_sheets_notes_and_times_are_no_turns_and_no_speakers(sheet: str, tmp_path):
    text = f"Harbour Cup final\n\nNorvale won the cup on Saturday.\n\n{sheet}"
    assert _turns(text) == []
    archive = archive_of(tmp_path, {"cup.txt": text})
    assert archive.speakers == ()
    assert not {e.name for e in archive.entities} & {"Ireland", "Scotland", "Note", "Source",
                                                     "Photo", "Replacements"} - {
        e.name for e in archive.entities if e.type == "place"}


def test_a_speaker_may_be_called_like_a_place_when_it_is_a_name():
    text = "Interview\n\nKENT: Hello.\n\nQ: Why?\n\nKENT: Because.\n"  # a county, a surname
    assert _turns(text) == ["KENT", "Q", "KENT"]


def test_a_person_naming_themself_and_their_affiliation_is_a_turn():
    text = ("Forum\n\nLIDIA MARCHETTI: Tomas Varga.\n\nTOMAS VARGA: Tomas Varga, Science and "
            "Harbour Foundation, Norvale.\n")
    assert _turns(text) == ["LIDIA MARCHETTI", "TOMAS VARGA"]


@pytest.mark.parametrize("header, label", [
    ("Interviewee: Lidia Marchetti\nInterviewer: Tomas Varga", "INTERVIEWEE"),
    ("Guest: Dr. Lidia Marchetti, harbour historian.", "GUEST"),
    ("Present: Lidia Marchetti (Chair), Tomas Varga, Ana Brix.", "CHAIR"),
    ("The meeting was chaired by Lidia Marchetti.", "The Chair"),
    ("UNITED STATES OF AMERICA v. LIDIA MARCHETTI, Defendant.", "THE DEFENDANT"),
])
def test_a_role_label_is_the_one_person_the_header_gives_it(header: str, label: str):
    text = (f"Harbour record\n\n{header}\n\n{label}: Good morning.\n\nQUESTION: Why?\n\n"
            f"{label}: So.\n")
    said = _said(text)
    assert said[0] == (label, "lidia-marchetti") and said[2] == said[0] and said[1][1] is None


def test_a_role_the_header_gives_two_people_is_no_one():
    text = ("Harbour record\n\nPresent: Lidia Marchetti (Chair), Tomas Varga (Chair).\n\n"
            "CHAIR: Good morning.\n\nQUESTION: Why?\n")
    assert _said(text)[0] == ("CHAIR", None)


def test_a_deposition_answers_through_its_deponent():
    text = ("VIDEOTAPED DEPOSITION OF LIDIA MARCHETTI\n\nTaken at Norvale.\n\n"
            "THE VIDEOGRAPHER: We are on the record.\n\nMR. VARGA: Tomas Varga for the board."
            "\n\nEXAMINATION\nBY MR. VARGA:\n\nQ. State your name.\n\nA. Lidia Marchetti.\n\n"
            "Q. Where do you work?\n\nA. At the quay.\n")
    said = [e for _, e in _said(text)]
    assert said[0] is None and said[3] == said[5] == "lidia-marchetti"


def test_a_questioner_named_in_brackets_is_that_person_for_that_turn_only():
    text = ("Briefing\n\nTOMAS VARGA: Questions.\n\nReporter (Lidia Marchetti): When?\n\n"
            "TOMAS VARGA: May.\n\nReporter: And the ferry?\n\nQ (Ana Brix, Harbour Post): Why?\n\n"
            "TOMAS VARGA: June.\n\nQ: Who pays?\n")
    assert [e for _, e in _said(text)] == ["tomas-varga", "lidia-marchetti", "tomas-varga", None,
                                           "ana-brix", "tomas-varga", None]


@pytest.mark.parametrize("question", [
    "Lidia Marchetti from Reuters reported that you lied. Did you?",
    "This is Lidia Marchetti’s plan. Do you back it?",
])
def test_a_name_in_a_question_that_is_not_the_asker_is_no_one(question: str):
    text = f"Briefing\n\nTOMAS VARGA: Questions.\n\nQ: {question}\n\nTOMAS VARGA: No.\n"
    assert _said(text)[1] == ("Q", None)


def _archive_said(tmp_path, text: str, name: str = "t.txt") -> list[tuple[str, str | None]]:
    """(label, page name or None) of each turn, through the whole pipeline (detection on)."""
    archive = archive_of(tmp_path, {name: text})
    names = {e.id: e.name for e in archive.entities}
    by_block = {b: names[e] for _, e, b in archive.speakers}
    return [(b.speaker or "", by_block.get(i)) for i, b in enumerate(archive.documents[0].blocks)
            if b.kind == "turn"]


def test_a_committee_numbers_its_questions_before_the_label(tmp_path):
    text = ("Oral evidence: harbour safety\n\nQ1 Chair: Welcome. Please introduce yourselves.\n\n"
            "Lidia Marchetti: I run Norvale Ports.\n\nQ2 Ana Brix: Why did the quay close?\n\n"
            "Lidia Marchetti: Storms.\n")
    assert _archive_said(tmp_path, text) == [
        ("Q1 Chair", None), ("Lidia Marchetti", "Lidia Marchetti"), ("Q2 Ana Brix", "Ana Brix"),
        ("Lidia Marchetti", "Lidia Marchetti")]
    assert _turns("Results\n\nQ1 Sales: 5 million.\n\nQ2 Sales: 6 million.\n") == []


def test_a_participants_list_names_the_lines_that_head_each_turn(tmp_path):
    text = ("Norvale Ports Q3 Earnings Call\n\nCompany Participants\n\n"
            "Lidia Marchetti - Chief Executive Officer\nTomas Varga - Chief Financial Officer\n\n"
            "Conference Call Participants\n\nAna Brix - Bank of Norvale\n\nOperator\n\n"
            "Good day and welcome.\n\nLidia Marchetti\n\nThank you. Sales rose.\n\nTomas Varga\n\n"
            "Costs fell.\n\nAna Brix\n\nWhy did costs fall?\n\nTomas Varga\n\nFuel.\n")
    assert _archive_said(tmp_path, text) == [
        ("Operator", None), ("Lidia Marchetti", "Lidia Marchetti"),
        ("Tomas Varga", "Tomas Varga"), ("Ana Brix", "Ana Brix"), ("Tomas Varga", "Tomas Varga")]


def test_given_names_in_capitals_label_a_conversation_that_introduces_them(tmp_path):
    text = ("The Harbour Podcast, episode 3\n\nIn this episode host Lidia Marchetti talks to "
            "harbour master Tomas Varga.\n\nLIDIA: Welcome, Tomas.\n\nTOMAS: Thanks, Lidia.\n\n"
            "LIDIA: Why did the quay close?\n\nTOMAS: Storms.\n")
    assert [n for _, n in _archive_said(tmp_path, text)] == ["Lidia Marchetti", "Tomas Varga"] * 2


def test_surnames_in_capitals_stay_surnames(tmp_path):
    # capitals labels are surnames here ("VARGA"): "TOMAS" is Ana Tomas, not Tomas Brix
    text = ("Harbour panel\n\nModerator Lidia Varga talks to Tomas Brix and Ana Tomas.\n\n"
            "VARGA: Welcome.\n\nTOMAS: Thanks.\n\nVARGA: Why?\n\nTOMAS: Storms.\n")
    assert set(_archive_said(tmp_path, text)) == {("VARGA", "Lidia Varga"), ("TOMAS", "Ana Tomas")}


def test_a_plenary_report_labels_with_a_full_stop_and_a_dash():
    text = ("Debate on harbours\n\nLidia Marchetti, rapporteur. – Madam President, the quay is "
            "closed.\n\nTomas Varga, on behalf of the PPE Group. – Madam President, it should "
            "open.\n\nPresident. – The debate is closed.\n")
    blocks = [b for b in parse_blocks(text) if b.kind == "turn"]
    assert [(b.speaker, b.sep, b.text[:8]) for b in blocks] == [
        ("Lidia Marchetti, rapporteur", ".", "– Madam "),
        ("Tomas Varga, on behalf of the PPE Group", ".", "– Madam "),
        ("President", ".", "– The de")]
    assert [e for _, e in _said(text)] == ["lidia-marchetti", "tomas-varga", None]
    prose = "Harbour news\n\nThe quay closed. – Storms hit Norvale.\n\nIt reopens in May.\n"
    assert _turns(prose) == []


@pytest.mark.parametrize("title, labels, expected", [
    ("An interview with Lidia Marchetti", ["Q", "A", "Q", "A"], [None, "lidia-marchetti"] * 2),
    ("Lidia Marchetti in conversation with Tomas Varga", ["INTERVIEWER", "INTERVIEWEE"] * 2,
     [None, "tomas-varga"] * 2),
    ("Remarks by President Lidia Marchetti at the harbour", ["THE PRESIDENT", "Q"] * 2,
     ["lidia-marchetti", None] * 2),
    ("Remarks by President Lidia Marchetti and President Ana Brix", ["THE PRESIDENT", "Q"] * 2,
     [None, None] * 2),
    ("Reporter Lidia Marchetti asks the mayor", ["REPORTER", "THE MAYOR"] * 2, [None, None] * 2),
])
def test_the_title_gives_the_holder_of_a_role(title: str, labels: list[str],
                                              expected: list[str | None]):
    text = title + "\n\n" + "".join(f"{label}: Words here.\n\n" for label in labels)
    assert [e for _, e in _said(text)] == expected


def test_labels_in_square_brackets():
    text = "Talk\n\n[LIDIA MARCHETTI]: Welcome.\n\n[TOMAS VARGA]: Thanks.\n\n[00:01] Laughter.\n"
    assert _said(text) == [("[LIDIA MARCHETTI]", "lidia-marchetti"),
                           ("[TOMAS VARGA]", "tomas-varga")]


def test_a_numbered_speaker_named_in_brackets_keeps_the_name():
    text = ("Meeting\n\nSpeaker 1 (Lidia Marchetti): Welcome.\n\nSpeaker 2 (Tomas Varga): Thanks."
            "\n\nSpeaker 1: Let's start.\n\nSpeaker 3: A question.\n")
    assert [e for _, e in _said(text)] == ["lidia-marchetti", "tomas-varga", "lidia-marchetti",
                                           None]


def test_an_office_that_labels_one_full_name_labels_that_person_alone():
    text = ("Town hall\n\nMAYOR LIDIA MARCHETTI: Welcome.\n\nRESIDENT: When?\n\n"
            "MAYOR MARCHETTI: In May.\n\nTHE MAYOR: Next.\n")
    assert [e for _, e in _said(text)] == ["lidia-marchetti", None, "lidia-marchetti",
                                           "lidia-marchetti"]
    two = text.replace("MAYOR MARCHETTI: In May.", "MAYOR TOMAS VARGA: In May.")
    assert [e for _, e in _said(two)][-1] is None  # two mayors: no telling


@pytest.mark.parametrize("question", [
    "Yes. Lidia Marchetti, Minister of Harbours, said the quay would open.",
    "Lidia Marchetti, Harbour Master, is she right?",
])
def test_a_person_the_questioner_speaks_of_is_not_the_questioner(question: str):
    text = f"Briefing\n\nTOMAS VARGA: Questions.\n\nQ: {question}\n\nTOMAS VARGA: No.\n"
    assert _said(text)[1] == ("Q", None)


def test_a_moderator_calling_on_a_questioner_is_a_turn_not_a_cast_line():
    text = ("Press conference\n\nMODERATOR: Ana Brix, Norvale Times.\n\nQUESTION: When will the "
            "quay open?\n\nTOMAS VARGA: In May.\n\nMODERATOR: Next.\n")
    assert _turns(text) == ["MODERATOR", "QUESTION", "TOMAS VARGA", "MODERATOR"]
    assert _said(text)[0] == ("MODERATOR", None)


def test_a_public_commenter_named_once_is_not_every_public_commenter():
    text = ("Council meeting\n\nMAYOR LIDIA MARCHETTI: Public comment.\n\n"
            "PUBLIC COMMENTER (Ana Brix): Fix the quay.\n\nMAYOR LIDIA MARCHETTI: Next.\n\n"
            "PUBLIC COMMENTER: Fix the road.\n")
    assert [e for _, e in _said(text)] == ["lidia-marchetti", "ana-brix", "lidia-marchetti", None]


def test_a_press_conference_labels_in_capitals_with_a_full_stop(tmp_path):
    text = ("Transcript of the Governor's press conference\n\nGOVERNOR VARGA. Good afternoon.\n\n"
            "LIDIA MARCHETTI. Thank you. We go to Ana.\n\nANA BRIX. Ana Brix, Norvale Times. Why?"
            "\n\nGOVERNOR VARGA. Because.\n")
    assert _archive_said(tmp_path, text) == [
        ("GOVERNOR VARGA", None), ("LIDIA MARCHETTI", "Lidia Marchetti"),
        ("ANA BRIX", "Ana Brix"), ("GOVERNOR VARGA", None)]  # no full name for Varga: no one
    assert _turns("Alert\n\nBREAKING NEWS. The quay closed.\n\nUPDATE NOW. It reopened.\n") == []
    exam = "Trial\n\nBY MS. BRIX:\n\nQ. Where?\n\nA. Here.\n\nEXAMINATION BY MR. VARGA:\n\nQ. Why?\n"
    assert _turns(exam) == ["Q", "A", "Q"]


def test_names_in_capitals_over_each_turn_as_a_script_sets_them(tmp_path):
    text = ("The Harbour Show\n\nLIDIA MARCHETTI\nWelcome to the show.\n\nTOMAS VARGA\nThanks.\n\n"
            "LIDIA MARCHETTI\nWhy did the quay close?\n\nTOMAS VARGA\nStorms.\n")
    assert [n for _, n in _archive_said(tmp_path, text)] == ["Lidia Marchetti", "Tomas Varga"] * 2
    # a list of authors' names over their pieces, each once, is no script
    pieces = ("Letters\n\nLIDIA MARCHETTI\nThe quay must open.\n\nTOMAS VARGA\nIt must not.\n\n"
              "ANA BRIX\nBuild a bridge.\n")
    assert _turns(pieces) == []


def test_an_outlet_then_a_reporter_labels_a_question():
    text = ("Press Conference by the Press Secretary\n\nPress Secretary VARGA: Good afternoon.\n\n"
            "NHK, Marchetti: Any news?\n\nPress Secretary VARGA: None.\n\n"
            "Harbour TV, Ana Brix: And the quay?\n\nPress Secretary VARGA: Closed.\n")
    assert _said(text) == [("Press Secretary VARGA", None), ("NHK, Marchetti", None),
                           ("Press Secretary VARGA", None), ("Harbour TV, Ana Brix", "ana-brix"),
                           ("Press Secretary VARGA", None)]


def test_picture_credits_and_article_furniture_in_capitals_are_no_turns():
    text = ("Harbour closes\n\nThe harbour closed on Monday.\n\nPHOTOGRAPH: LIDIA MARCHETTI\n\n"
            "PHOTOGRAPH: TOMAS VARGA\n\nPICTURED: ANA BRIX\n\nPICTURED: PIET KROLL\n\n"
            "CONTACT: Ana Brix, press officer\n\nCONTACT: Tomas Varga, harbour office\n")
    assert _turns(text) == []


def test_initials_the_document_gives_label_their_turns():
    text = ("Research interview\n\nParticipants: Lidia Marchetti (LM), interviewer; Piet Kroll "
            "(PK), harbour pilot.\n\nLM: How long have you worked here?\n\nPK: Twenty years.\n\n"
            "LM: And before?\n\nPK: The ferry.\n\nAB: A note from the typist.\n")
    assert [e for _, e in _said(text)] == ["lidia-marchetti", "piet-kroll"] * 2 + [None]
    bare = text.replace(" (LM)", "").replace(" (PK)", "")
    assert [e for _, e in _said(bare)] == [None] * 5  # no key given: "PK" is no one
