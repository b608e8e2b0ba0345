"""Session 10 transcript layouts: script cues (a name in capitals alone on its line), given-name
cues whose full name the cast list or an introduction writes, and the classes fixed after them."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _said(text: str, people: tuple = ()) -> list[tuple[str, str | None]]:
    """(label, person entity id or None) of each turn of a text."""
    doc = _doc(text)
    links = link_speakers([doc], list(people), {"d": {p.id for p in people}})
    by_block = {b: e for _, e, b in links.turns}
    return [(b.speaker or "", by_block.get(i)) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"]


SCRIPT = """The Tide Clock
A radio play

CHARACTERS
ODALYS VERHOEVEN, a lock keeper
MR TAMBERLANE, an inspector

SOUND: Water against a gate.

ODALYS
The gate sticks again.

TAMBERLANE
(coldly)
Then it fails the inspection.

ODALYS
It has stuck for thirty years.

TAMBERLANE (CONT'D)
Thirty years too long.
"""


def test_script_cues_are_turns_and_a_given_name_cue_takes_the_cast_name():
    said = _said(SCRIPT)
    assert [label for label, _ in said if label != "SOUND"] == [
        "ODALYS", "TAMBERLANE", "ODALYS", "TAMBERLANE (CONT'D)"]
    assert dict(said)["ODALYS"] == "odalys-verhoeven"
    # a surname cue names no one in full: never another person's page
    assert dict(said)["TAMBERLANE"] in (None, "tamberlane")


def test_a_parenthetical_under_a_cue_joins_the_spoken_line():
    doc = _doc(SCRIPT)
    turn = next(b for b in doc.blocks if b.speaker == "TAMBERLANE")
    assert turn.text == "(coldly) Then it fails the inspection."


def test_capitals_headings_are_no_script_cues():
    text = ("Annual report\n\nSUMMARY\nSales rose.\n\nOUTLOOK\nSteady.\n\nSUMMARY\nAgain.\n\n"
            "OUTLOOK\nStill steady.\n")
    assert _said(text) == []


def test_a_word_used_as_a_surname_gives_no_given_name():
    text = SCRIPT.replace("ODALYS VERHOEVEN, a lock keeper", "Dr Odalys, a lock keeper")
    assert dict(_said(text)).get("ODALYS") != "odalys-verhoeven"


def test_a_family_name_with_a_particle_is_a_surname_label():
    from archivist.speakers_link import SpeakerName, person_part
    assert person_part("Professor Ó Súilleabháin") == SpeakerName("Ó Súilleabháin", False)
    text = ("Committee hearing\n\nWitness: Professor Orla Ó Súilleabháin, University of "
            "Norvale.\n\nChair: Welcome.\n\nProfessor Ó Súilleabháin: Thank you.\n\n"
            "Chair: Go on.\n\nProfessor Ó Súilleabháin: Gladly.\n")
    said = dict(_said(text))
    assert said["Professor Ó Súilleabháin"] in (None, "orla-o-suilleabhain")


def test_a_family_name_first_keeps_its_three_words():
    from archivist.speakers_link import SpeakerName, person_part
    assert person_part("Nguyễn Văn Minh") == SpeakerName("Nguyễn Văn Minh", True)
    assert person_part("Gazprom Alexei Miller") == SpeakerName("Alexei Miller", True)
    text = ("Interview\n\nNguyễn Văn Minh: Good morning.\n\nLidia Marchetti: Hello.\n\n"
            "Nguyễn Văn Minh: So, first question.\n\nMarchetti: Please.\n\nMinh: Thanks.\n")
    said = _said(text)
    assert said[0][1] == said[4][1] == "nguyen-van-minh"


EARNINGS = """Norvale Grid Q2 Earnings Call Transcript

Executives
Zoltanna Okereke-Brix - Director, Investor Relations
Ilvar Sandqvist-Moe - Chief Executive Officer

Analysts
Quillon Aberathy - Norvale Securities

Operator

Welcome to the call. I hand over to Zoltanna Okereke-Brix.

Zoltanna Okereke-Brix

Thank you. With me is Ilvar Sandqvist-Moe, our CEO.

Ilvar Sandqvist-Moe

Thank you. Revenue rose.

Operator

Our first question comes from Quillon Aberathy of Norvale Securities.

Quillon Aberathy

Thanks. What about margins?

Ilvar Sandqvist-Moe

They rose too.
"""


def test_an_earnings_list_vouches_for_names_with_unknown_given_names():
    said = _said(EARNINGS)
    assert [label for label, _ in said] == [
        "Operator", "Zoltanna Okereke-Brix", "Ilvar Sandqvist-Moe", "Operator",
        "Quillon Aberathy", "Ilvar Sandqvist-Moe"]
    assert [e for _, e in said] == [None, "zoltanna-okereke-brix", "ilvar-sandqvist-moe", None,
                                    "quillon-aberathy", "ilvar-sandqvist-moe"]


def test_a_dashed_label_with_a_role_after_a_hyphened_name():
    text = EARNINGS.replace("\nZoltanna Okereke-Brix\n",
                            "\nZoltanna Okereke-Brix -- Director, Investor Relations\n")
    said = _said(text)
    assert said[1] == ("Zoltanna Okereke-Brix -- Director, Investor Relations",
                       "zoltanna-okereke-brix")


def test_a_firm_under_a_listed_name_is_no_speaker():
    text = ("Norvale Bank Q3 Earnings Call\n\nConference Call Participants\n * Lidia Marchetti\n"
            "   Morgan Stanley - Analyst\n * Tomas Varga\n   Norvale BBA - Analyst\n\n"
            "Operator: Welcome.\n\nLidia Marchetti: A question on margins.\n\n"
            "Tomas Varga: And one on costs.\n")
    said = _said(text)
    assert [label for label, _ in said] == ["Operator", "Lidia Marchetti", "Tomas Varga"]


def test_a_surname_used_once_is_a_label_where_the_text_names_it_in_full():
    text = ("Norvale Bank Q3 Earnings Call\n\nOperator: Welcome.\n\nLidia Marchetti: Results.\n\n"
            "Operator: Next is Gabriela Szczepańska with Banco Norvale.\n\n"
            "Szczepańska: Hi, a question on costs.\n\nLidia Marchetti: Flat.\n")
    said = _said(text)
    assert ("Szczepańska", "gabriela-szczepanska") in said


def test_a_surname_label_takes_a_full_name_with_an_unknown_given_name():
    text = ("Panel: Harbour finance\n\nThe panel was moderated by Zumbeko Ferrante-Ilunga, with "
            "Lidia Marchetti, a banker.\n\nFERRANTE-ILUNGA: Welcome.\n\nMARCHETTI: Thanks.\n\n"
            "FERRANTE-ILUNGA: First question.\n\nMARCHETTI: Rates.\n")
    said = _said(text)
    assert said[0] == ("FERRANTE-ILUNGA", "zumbeko-ferrante-ilunga") and said[2] == said[0]
    # two such names: no telling
    two = text.replace("a banker.", "a banker, and Tuvia Ferrante-Ilunga, her cousin.")
    assert dict(_said(two))["FERRANTE-ILUNGA"] is None


def test_an_office_label_with_a_surname_names_the_office_alone_later():
    text = ("Press conference by the Minister of Harbours, Dr Zumbeko Ferrante-Ilunga\n\n"
            "Minister Ferrante-Ilunga: Good afternoon.\n\nReporter: How much?\n\n"
            "Minister Ferrante-Ilunga: Ten million.\n\nThe Minister: Thank you all.\n")
    said = _said(text)
    assert said[3] == ("The Minister", said[0][1]) and said[0][1] == "zumbeko-ferrante-ilunga"


def test_a_role_in_brackets_after_a_name_in_the_header_is_its_holder():
    text = ("Council meeting\n\nOfficers: Lidia Marchetti (Chief Executive); Tomas Varga "
            "(Monitoring Officer).\n\nCllr Brix: A point of order.\n\nMonitoring Officer: "
            "It is in order.\n\nCllr Brix: Thank you.\n")
    assert dict(_said(text))["Monitoring Officer"] == "tomas-varga"


def test_a_knights_title_goes_with_the_given_name():
    text = ("Committee\n\nWitnesses: Sir Tomas Varga-Lund, Permanent Secretary; Lidia Marchetti, "
            "Director.\n\nQ1 Chair: Welcome.\n\nSir Tomas Varga-Lund: Thank you.\n\n"
            "Q2 Chair: Sir Tomas, how many?\n\nSir Tomas: Twelve.\n\nLidia Marchetti: Yes.\n")
    said = dict(_said(text))
    assert said["Sir Tomas"] == said["Sir Tomas Varga-Lund"] == "tomas-varga-lund"


def test_a_deputy_spokesperson_is_the_one_the_title_introduces():
    text = ("Noon briefing by Lidia Marchetti-Soto, Deputy Spokesperson for the Secretary-General"
            "\n\nDeputy Spokesperson: Good afternoon.\n\nQuestion: On Haiti?\n\n"
            "Deputy Spokesperson: No update.\n")
    assert dict(_said(text))["Deputy Spokesperson"] == "lidia-marchetti-soto"


def test_the_presenter_a_closing_line_names():
    text = ("Interview\n\nPRESENTER: Welcome, Minister.\n\nVARGA-LUND: Thanks.\n\nPRESENTER: "
            "Why now?\n\nVARGA-LUND: Because.\n\nThe presenter was Lidia Marchetti.\n")
    assert dict(_said(text))["PRESENTER"] == "lidia-marchetti"


def test_a_first_name_no_list_knows_in_a_conversation_of_first_names():
    text = ("Deep Water, episode 3\n\nHamish: I'm Hamish Carraway, with my co-host, Ngaiotu "
            "Tuhiwai.\n\nNgaiotu: Kia ora.\n\nHamish: Welcome.\n\nNgaiotu: Thanks.\n\n"
            "Ingrid: Hello.\n\nIngrid: Bye.\n")
    said = _said(text)
    assert [label for label, _ in said].count("Ngaiotu") == 2
    assert dict(said)["Ngaiotu"] == "ngaiotu-tuhiwai"


def test_a_gaelic_family_name_keeps_its_given_name():
    from archivist.speakers_link import SpeakerName, person_part
    assert person_part("Ruairí Mac Giolla Bhríde") == SpeakerName("Ruairí Mac Giolla Bhríde", True)
    assert person_part("Mac Giolla Bhríde") == SpeakerName("Mac Giolla Bhríde", False)


def test_the_chair_is_not_a_witness_who_chairs_something_else():
    text = ("Committee\n\nMembers present: Dame Lidia Marchetti (Chair); Tomas Varga.\n\n"
            "Witnesses: Ruairí Mac Giolla Bhríde, Chair, Norvale Radio Association.\n\n"
            "Q1 Chair: Welcome.\n\nRuairí Mac Giolla Bhríde: Thank you.\n\n"
            "Q2 Tomas Varga: How many?\n\nRuairí Mac Giolla Bhríde: Ten.\n")
    said = _said(text)
    assert said[0] == ("Q1 Chair", "lidia-marchetti")
    assert said[1][1] == "ruairi-mac-giolla-bhride"


def test_a_surname_cue_shared_by_two_named_people_is_no_one():
    text = ("A play\n\nCHARACTERS\nMARGARETHE OLSVIK, a widow\nJONAS OLSVIK, her son\n\n"
            "OLSVIK\nYou're late.\n\nJONAS\nThe ferry.\n\nOLSVIK\nAlways.\n\nJONAS\nYes.\n")
    said = _said(text)
    assert dict(said)["OLSVIK"] is None and dict(said)["JONAS"] == "jonas-olsvik"


def test_a_header_cast_line_outranks_a_witness_who_chairs_something():
    text = ("Committee\nChair: Dame Lidia Marchetti MP\n\nMembers present: Dr Ana Brix.\n\n"
            "Witnesses: Tomas Varga, Chair, Norvale Water; Ivo Roe, Chief Executive.\n\n"
            "Q1 Dr Brix: Question?\n\nTomas Varga: Answer.\n\nQ2 Chair: Thanks.\n")
    assert dict(_said(text))["Q2 Chair"] == "lidia-marchetti"
    # without the cast line, two people chair something here: no telling
    assert dict(_said(text.replace("Chair: Dame Lidia Marchetti MP\n", "Tina Holt, Chair of "
                                   "the Norvale Trust, gave a statement.\n")))["Q2 Chair"] is None


def test_a_hyphened_role_is_a_role_and_its_holder_the_header_names():
    text = ("Committee\n\nMembers present: Ana Brix (Chair); Tomas Varga (Vice-Chair); Ivo Roe."
            "\n\nChair: Welcome.\n\nVice-Chair: Thanks.\n\nIvo Roe: Hi.\n")
    assert _said(text) == [("Chair", "ana-brix"), ("Vice-Chair", "tomas-varga"),
                           ("Ivo Roe", "ivo-roe")]


def test_a_role_alone_is_the_one_a_label_gives_it_in_brackets():
    text = ("Webinar\n\nDr. Ana Brix (Norvale University): Hello.\n\nTomas Varga (Moderator): "
            "Hi.\n\nDr. Brix: Yes.\n\nModerator: Thanks.\n")
    assert dict(_said(text))["Moderator"] == "tomas-varga"


def test_surname_labels_of_a_participants_list():
    text = ("Norvale Grid Q3 Call\n\nCorporate Participants\n * Anna Lindqvist\n   Norvale Grid - "
            "CFO\n\nConference Call Participants\n * Yutaro Hasegawa\n   Norvale Bank - Analyst\n\n"
            "Operator: Next question from Yutaro Hasegawa, Norvale Bank.\n\nHasegawa: Capex?\n\n"
            "Lindqvist: Flat.\n\nHasegawa: Thanks.\n")
    assert _said(text) == [("Operator", None), ("Hasegawa", "yutaro-hasegawa"),
                           ("Lindqvist", "anna-lindqvist"), ("Hasegawa", "yutaro-hasegawa")]


def test_an_unlisted_given_name_before_an_outlet_and_its_surname_turns():
    text = ("News\n\nZORVANA DLAMINI-OKAFOR, CNN: Hello.\n\nTOM BERG, BBC: Hi.\n\n"
            "DLAMINI-OKAFOR: Bye.\n")
    said = _said(text)
    assert said[0] == ("ZORVANA DLAMINI-OKAFOR, CNN", "zorvana-dlamini-okafor")
    assert said[2] == ("DLAMINI-OKAFOR", "zorvana-dlamini-okafor")
    # a place before an outlet is no one
    for place in ("NEW YORK", "LOS ANGELES"):
        said = _said(f"News\n\n{place}, AP: Hello.\n\nTOM BERG, BBC: Hi.\n")
        assert not [e for label, e in said if label.startswith(place) and e]


def test_an_unlisted_name_said_once_with_a_role():
    text = ("Town hall\n\nCllr Ana Brix: Welcome.\n\nPRAVEEN KANDASAMY, RESIDENT: I live on "
            "Mill Lane.\n\nCllr Ana Brix: Thanks.\n")
    assert _said(text)[1] == ("PRAVEEN KANDASAMY, RESIDENT", "praveen-kandasamy")


def test_a_remark_in_square_brackets_after_a_name():
    text = ("Call\n\nOperator: Welcome.\n\nHiroshi Tanabe [Interpreted]: Thank you.\n\n"
            "Operator: Next.\n\nHiroshi Tanabe [Interpreted]: Yes.\n\nAna Brix [00:01:02]: Hi.\n")
    said = _said(text)
    assert said[1] == ("Hiroshi Tanabe [Interpreted]", "hiroshi-tanabe")
    assert said[4] == ("Ana Brix [00:01:02]", "ana-brix")


def test_a_conversation_of_first_names_no_list_knows():
    text = ("Pod\n\nSiobhan: I'm Siobhan Ni Bhriain, here with Tendai Mutasa.\n\nTendai: Hello."
            "\n\nSiobhan: Tendai, tell us.\n\nTendai: Sure.\n")
    assert _said(text) == [("Siobhan", "siobhan-ni-bhriain"), ("Tendai", "tendai-mutasa"),
                           ("Siobhan", "siobhan-ni-bhriain"), ("Tendai", "tendai-mutasa")]


def test_a_given_name_after_im_is_no_surname():
    text = ("Radio\n\nPRESENTER: I'm Mhairi Dunlevy and my guest is Callum Breck.\n\nCALLUM: "
            "Hello.\n\nMHAIRI: Welcome.\n\nCALLUM: Thanks.\n\nMHAIRI: Bye.\n")
    assert dict(_said(text))["MHAIRI"] == "mhairi-dunlevy"


def test_team_names_in_capitals_are_no_script():
    text = ("Match report\n\nARSENAL\nRaya; White, Saliba.\n\nLIVERPOOL\nAlisson; Trent.\n\n"
            "ARSENAL\nSubs: Ramsdale.\n\nLIVERPOOL\nSubs: Kelleher.\n")
    assert _said(text) == []


def test_a_surname_label_the_operator_introduced_with_an_unlisted_given_name():
    text = ("Norvale Fish Q3 call\n\nOperator: Welcome.\n\nAna Brix: Volumes rose.\n\n"
            "Operator: Next is Takeshi Morimura, Norvale Securities.\n\nMorimura: Capex?\n\n"
            "Ana Brix: Flat.\n")
    assert dict(_said(text))["Morimura"] == "takeshi-morimura"


def test_a_contraction_is_no_given_name():
    text = ("Pod\n\nZorvan: Welcome back, I'm Zorvan.\n\nAna Brix: Hi.\n\nZorvan: Bye.\n")
    assert dict(_said(text)).get("Zorvan") != "i-m-zorvan"


def test_an_unlisted_word_opening_a_cast_line_is_no_given_name():
    text = ("A play\n\nCHARACTERS\nODALYS VERHOEVEN, a lock keeper, forties\nJONAS VERHOEVEN, "
            "her son\nHARBOURMASTER TAMBERLANE, sixties\n\nODALYS\nThe gate sticks.\n\n"
            "TAMBERLANE\nIt fails.\n\nJONAS\nIt does.\n\nODALYS\nIt has stuck for years.\n\n"
            "TAMBERLANE\nToo long.\n\nJONAS\nYes.\n")
    assert dict(_said(text))["TAMBERLANE"] is None


def test_a_first_name_label_takes_a_two_word_given_name_and_the_surname():
    text = ("The Compost Heap, episode 9\n\nMei: Hi everyone. I'm Mei Lin Tan, and I'm here with "
            "my co-host, Tom Reyes.\n\nTom: Hello.\n\nMei: Today, soil.\n\nTom: Yes.\n")
    from archivist.model import Entity
    people = (Entity("mei-lin-tan", "Mei Lin Tan", "person", origin="detected"),)
    assert dict(_said(text, people))["Mei"] == "mei-lin-tan"


def test_a_cast_line_ending_in_initials_names_the_initials_label():
    text = ("Forum 2026\n\nChair: Prof. Leila Haddadi-Moreau, Sciences Po, Paris (LHM)\n"
            "Mr Jonas Vermeulen, Managing Director, Climate Funds, Brussels office (JV)\n\n"
            "LHM: Welcome.\n\nLHM: Let us begin.\n")
    assert dict(_said(text))["LHM"] == "leila-haddadi-moreau"


def test_a_reporters_paper_in_brackets_is_no_person():
    text = ("Press conference\n\nCOACH: Good morning.\n\nReporter (La Voz de Galicia): Why?\n\n"
            "COACH: Because.\n\nReporter (La Voz de Galicia): And now?\n")
    assert dict(_said(text))["Reporter (La Voz de Galicia)"] is None


def test_councillors_plural_title_is_no_part_of_the_name():
    text = ("Council meeting\n\nPresent: Cllrs Pádraig Ó Súilleabháin, Gráinne O'Regan.\n\n"
            "Cllr Ó Súilleabháin: I move the motion.\n\nCllr O'Regan: Seconded.\n\n"
            "Cllr Ó Súilleabháin: Thank you.\n")
    assert dict(_said(text))["Cllr Ó Súilleabháin"] == "padraig-o-suilleabhain"


def test_a_first_name_label_takes_a_family_name_with_particles():
    from archivist.speakers_link.fullnames import given_first
    assert given_first("Lucía", "Our host is Lucía Ramírez de la Peña, the owner.") == {
        "Lucía Ramírez de la Peña"}


def test_a_family_first_label_of_three_short_words_is_kept_whole():
    from archivist.speakers import speaker_name
    assert speaker_name("Hoang Thi Mai") == "Hoang Thi Mai"
    assert speaker_name("Đặng Quốc Bảo") == "Đặng Quốc Bảo"
    assert speaker_name("Xolani Tomas Varga") == "Tomas Varga"  # an unknown word, then a name
    assert speaker_name("Acme Corp Ann Berg") == "Ann Berg"


def test_a_nickname_in_brackets_is_no_part_of_the_full_name():
    from archivist.speakers_link.fullnames import full_names
    text = 'Featuring: Alberto Ortiz Salgado ("Beto", her uncle), Ximena Ortiz (chef).'
    assert full_names(["Beto"], text) == set()


def test_initials_of_a_hyphened_given_name_and_a_witness_named_in_capitals():
    text = ("Oral history\n\nInitials used below: HK = Hannah Kim; KOS = Kim Ok-soon.\n\n"
            "HK: Where were you born?\n\nKOS: In Daegu.\n\nHK: When?\n\nKOS: In 1941.\n")
    assert dict(_said(text))["KOS"] == "kim-ok-soon"
    court = ("Hearing\n\nSHAHANA BEGUM CHOWDHURY, previously affirmed, testified as follows:\n\n"
             "BY MS. OKAFOR:\n\nQ. Where do you work?\n\nA. At the depot.\n\nQ. Since when?\n\n"
             "A. Since 2019.\n\nQ. And your manager?\n\nA. Mr Lowe.\n")
    assert dict(_said(court))["A"] == "shahana-begum-chowdhury"


def test_a_host_who_says_who_they_are_in_their_first_turn():
    text = ("The Morning Shift\n\nPRESENTER: Kia ora and welcome back, I'm Tamsin Ngāwhika-Reid. "
            "Today, kauri.\n\nGUEST: Thanks for having me.\n\nPRESENTER: What is dieback?\n\n"
            "GUEST: A disease.\n")
    assert dict(_said(text))["PRESENTER"] == "tamsin-ngawhika-reid"


def test_abbreviated_ranks_before_a_surname_label():
    from archivist.speakers_link import person_part
    assert person_part("DEP COMM NOWAK-PIETRZYK").name == "Nowak-Pietrzyk"
    assert person_part("SGT ROE").name == "Roe"


def test_a_chair_after_a_descriptive_word_and_a_title():
    text = ("Tribunal hearing\n\nBEFORE:\nEmployment Judge Harriet Mwangi-Otieno (Chair)\n"
            "Mr Rafiq Lowe (non-legal member)\n\nTHE CHAIR: Good morning.\n\nMS. OKAFOR: Judge.\n\n"
            "THE CHAIR: Go ahead.\n")
    assert dict(_said(text))["THE CHAIR"] == "harriet-mwangi-otieno"


def test_the_guest_a_hosts_first_turn_introduces():
    text = ("The Morning Shift\n\nPRESENTER: Kia ora, I'm Tamsin Ngāwhika-Reid. With me is Dr "
            "Rangimārie Hōhepa, a plant pathologist with Manaaki Whenua. Welcome.\n\n"
            "GUEST: Thanks for having me.\n\nPRESENTER: What is dieback?\n\nGUEST: A disease.\n")
    said = dict(_said(text))
    assert said["GUEST"] == "rangimarie-hohepa"
    assert said["PRESENTER"] == "tamsin-ngawhika-reid"
