"""Session 11 transcript classes: namesakes told apart by their titles and given names' gender,
title words that are also given names, family-first names for ranked capitals labels, cast
abbreviations and offices named in a heading."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Entity, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _person(name: str) -> Entity:
    return Entity(id=name.lower().replace(" ", "-"), name=name, type="person", origin="detected")


def _said(text: str, names: tuple[str, ...] = ()) -> dict[str, str | None]:
    """Label → person entity id (the last turn's) of a text, with these detected people."""
    doc = _doc(text)
    people = [_person(n) for n in names]
    links = link_speakers([doc], people, {"d": {p.id for p in people}})
    by_block = {b: e for _, e, b in links.turns}
    return {b.speaker or "": by_block.get(i) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"}


HEARING = """Hearing on river flows

Chair OSTRANDER. Dr. Wilhelmina Quist is professor of hydrology. Dr. Quist, go ahead.

Dr. QUIST. Thank you. Flows were low this year.

Chair OSTRANDER. The Chair recognizes the gentleman from Ohio, Mr. Quist.

Mr. QUIST. Thank you, and no relation to the witness. How low?

Dr. QUIST. Sixty percent of normal.
"""


def test_a_surname_label_with_another_honorific_is_not_the_titled_namesake():
    said = _said(HEARING, ("Wilhelmina Quist",))
    assert said["Dr. QUIST"] == "wilhelmina-quist"
    assert said["Mr. QUIST"] is None


DEBATE = """Debate on evening buses

Ferdinand Okonjo-Hale (Westbury) (Lab): Will the hon. Lady give way?

Mr Okonjo-Hale: Buses matter in towns too.

Yasmin Okonjo-Hale (Eastbury) (Lab): I am not related to my hon. Friend.

Ms Okonjo-Hale: The same logic applies in cities.

Mr Okonjo-Hale: Will my hon. Friend give way?

Ms Okonjo-Hale: I will.
"""


def test_gendered_namesakes_go_by_the_gender_of_their_given_names():
    said = _said(DEBATE, ("Ferdinand Okonjo-Hale", "Yasmin Okonjo-Hale"))
    assert said["Mr Okonjo-Hale"] == "ferdinand-okonjo-hale"
    assert said["Ms Okonjo-Hale"] == "yasmin-okonjo-hale"


TV = """Governor's debate
MODERATOR: Clarabel Whitacre
CANDIDATES: Lieutenant Governor Jericho Mbatha-Ruiz; Senator Ottoline Vasquez-Brandt

WHITACRE: Good evening. Lieutenant Governor Mbatha-Ruiz, you first.

MBATHA-RUIZ: Thank you, Clarabel.

VASQUEZ-BRANDT: Thank you. Rents went up on his watch.

MBATHA-RUIZ: That is not accurate.

WHITACRE: Senator Vasquez-Brandt, your rebuttal.

VASQUEZ-BRANDT: I stand by it.

WHITACRE: Lieutenant Governor Mbatha-Ruiz, closing statement.

MBATHA-RUIZ: Good night.
"""


def test_a_title_that_is_also_a_given_name_is_no_namesake():
    said = _said(TV, ("Jericho Mbatha-Ruiz", "Clarabel Whitacre", "Ottoline Vasquez-Brandt"))
    assert said["MBATHA-RUIZ"] == "jericho-mbatha-ruiz"


HANSARD = """Rural buses

Tamati Te Whare (Stroud) (LD): I beg to move the motion.

Ms Te Whare: I will give way.
"""


def test_a_particle_surname_entity_does_not_hide_the_full_name():
    said = _said(HANSARD, ("Tamati Te Whare", "Te Whare"))
    assert said["Ms Te Whare"] == "tamati-te-whare"


BRIEFING = """Fire briefing

Officials attending:
Director of Fire Services, Mr Fung Chi-keung
Senior Medical Officer, Dr Yeung Hoi-ling
Station Officer, Mr Yeung Tsz-chun

DIRECTOR FUNG: Good morning. A fire broke out last night. Dr Yeung will speak on the patients.

DR YEUNG: Thank you. Four patients are in serious condition.

REPORTER: Director, what caused it?

DIRECTOR FUNG: It is under investigation.

DR YEUNG: One patient is a child.
"""


def test_a_ranked_family_name_label_is_the_family_first_name_and_its_title_tells_namesakes():
    said = _said(BRIEFING, ("Fung Chi-keung", "Yeung Hoi-ling", "Yeung Tsz-chun"))
    assert said["DIRECTOR FUNG"] == "fung-chi-keung"
    assert said["DR YEUNG"] == "yeung-hoi-ling"  # not the station officer, a Mr
    assert said["REPORTER"] is None


BOARD = """School board meeting
Board Members Present: President Lorna Dabrowski, Vice President Tarek Mansour-Ellis

PRESIDENT DABROWSKI: Our first speaker is Hala Mansour-Ellis.

MS. MANSOUR-ELLIS: Please vote for the later start.

PRESIDENT DABROWSKI: Thank you.

VICE PRESIDENT MANSOUR-ELLIS: For the record, the speaker is my sister-in-law.

PRESIDENT DABROWSKI: Noted.
"""


def test_a_role_and_surname_label_is_the_one_named_after_the_same_role():
    said = _said(BOARD, ("Lorna Dabrowski", "Tarek Mansour-Ellis", "Hala Mansour-Ellis"))
    assert said["VICE PRESIDENT MANSOUR-ELLIS"] == "tarek-mansour-ellis"
    assert said["MS. MANSOUR-ELLIS"] == "hala-mansour-ellis"
    assert said["PRESIDENT DABROWSKI"] == "lorna-dabrowski"


PRESSER = """Post-match press conference
Present: head coach PAIK Seung-min; midfielder JANG Woo-jin

COACH PAIK: It was a hard match.

Q: Coach, why the change at half time?

COACH PAIK: Their wingers were getting behind us.

Q: Woo-jin, the goal?

JANG WOO-JIN: I just hit it. Our captain Paik Ha-neul did a great job.
"""


def test_a_coach_label_is_the_coach_of_the_roll_not_a_namesake_in_the_talk():
    said = _said(PRESSER, ("Paik Ha-neul",))
    assert said["COACH PAIK"] in (None, "paik-seung-min")
    assert said["COACH PAIK"] != "paik-ha-neul"


def test_the_chair_addressed_as_madam_is_the_holder_the_header_brackets():
    text = ("Rural ferries\n\n[Madam Deputy Speaker (Dame Imelda Trowbridge) in the Chair]\n\n"
            "Anwen Price (Ceredig) (LD): I beg to move.\n\n"
            "Madam Deputy Speaker: Order. Interventions should be brief.\n\n"
            "Ms Price: I shall make progress, Madam Deputy Speaker.\n")
    assert _said(text)["Madam Deputy Speaker"] == "imelda-trowbridge"


def test_a_functionary_named_on_a_cast_line_holds_the_label():
    text = ("DEPOSITION OF ORLA BRENNAN\n\nAPPEARANCES:\n\nMs Tamsin Greaves, for the Plaintiff\n\n"
            "Dmitri Solovyov, Videographer\n\n"
            "THE VIDEOGRAPHER: We are on the record.\n\nMS. GREAVES: Good morning.\n\n"
            "THE VIDEOGRAPHER: Off the record.\n")
    assert _said(text)["THE VIDEOGRAPHER"] == "dmitri-solovyov"


MARTIAL = """RECORD OF TRIAL
PERSONS PRESENT:
Colonel Henrietta Vasquez-Obi, Military Judge (MJ)
Captain Ignatius Feld, Trial Counsel (TC)
Staff Sergeant Ondrej P. Kratochvil, Accused (ACC)

MJ: This session is called to order.

TC: Your Honor, all parties present when the court closed are again present.

MJ: Sergeant, do you understand?

ACC: Yes, Your Honor.

MJ: Government?

TC: The government opposes, Your Honor.
"""


def test_abbreviated_roles_of_a_persons_present_list_label_their_holders():
    said = _said(MARTIAL)
    assert said["MJ"] == "henrietta-vasquez-obi"
    assert said["TC"] == "ignatius-feld"
    assert said["ACC"] == "ondrej-p.-kratochvil" or said["ACC"].startswith("ondrej")


def test_initials_that_spell_every_word_keep_the_whole_name():
    text = ("Panel\n\nSpeakers:\n  Dr Wubetu Alemayehu Desta, Economist (WAD)\n"
            "  Jonas Veldhuis, Analyst (JV)\n\nJV: Welcome.\n\nWAD: Thank you.\n\n"
            "JV: Go on.\n\nWAD: Grants, not loans.\n")
    assert _said(text)["WAD"] == "wubetu-alemayehu-desta"


def test_a_title_and_two_words_take_the_longer_name_the_header_writes():
    text = ("Tribunal\n\nFor the Respondent: Mr Anselmo Ibarra Quintana, of counsel\n\n"
            "THE CHAIR: Mr Ibarra Quintana?\n\nMR. IBARRA QUINTANA: No objection.\n\n"
            "THE CHAIR: Thank you.\n\nMR. IBARRA QUINTANA: Nothing further.\n")
    assert _said(text)["MR. IBARRA QUINTANA"] == "anselmo-ibarra-quintana"


INQUIRY = """THE HARBOUR INQUIRY
Day 4

THE CHAIR: Good morning. Mr Okonedo.

MR OKONEDO KC: The next witness is Mrs Brynhild Aasgaard.

MRS BRYNHILD AASGAARD (affirmed)

MR OKONEDO KC: Could you give your full name?

A. Brynhild Aasgaard.

MR OKONEDO KC: Is your statement true?

A. It is.

THE CHAIR: Thank you.
"""


def test_an_inquiry_witness_answers_a_after_counsel_and_is_the_affirmed_witness():
    doc = _doc(INQUIRY)
    assert [b.speaker for b in doc.blocks if b.kind == "turn"].count("A") == 2
    assert _said(INQUIRY)["A"] == "brynhild-aasgaard"


def test_a_list_of_options_stays_a_list():
    from archivist.convert import parse_blocks
    text = ("Ballot\n\nCHAIR: The options are below.\n\nA. Keep the ferry.\n\n"
            "B. Build a bridge.\n\nA. Or both.\n")
    assert "A" not in [b.speaker for b in parse_blocks(text) if b.kind == "turn"]


DIET = """Committee on Health
Members present: Chairperson YAMAGUCHI Taro; Members KOBAYASHI Yuki, ISHIDA Ren

Chairperson (YAMAGUCHI Taro): The meeting will come to order. Member KOBAYASHI.

KOBAYASHI Yuki (CDP): Thank you. Minister, where will mothers give birth?

Chairperson (YAMAGUCHI Taro): Member ISHIDA.

ISHIDA Ren (LDP): I support the bill.

KOBAYASHI Yuki (CDP): Ninety minutes in snow is too long.

Chairperson (YAMAGUCHI Taro): The meeting is adjourned.
"""


def test_family_names_in_capitals_are_names_whatever_words_their_parts_are():
    said = _said(DIET)
    assert said["Chairperson (YAMAGUCHI Taro)"] == "yamaguchi-taro"  # "taro", a root
    assert said["KOBAYASHI Yuki (CDP)"] == "kobayashi-yuki"  # "Yuki", a town


ESTIMATES = """SENATE ESTIMATES
In attendance:
Senator the Hon. Wilhelmina Okoro-Banks, Minister for Finance
Mr Duc Tran, Deputy Secretary

Senator TRAN: Mr Tran, how many consultants are there?

Mr Tran: Senator, 212. And we are not related.

Senator TRAN: Noted.

Senator Okoro-Banks: Chair, spending is down by a third.

Mr Tran: Of the 2022 figure.
"""


def test_a_senator_is_not_the_namesake_the_document_calls_mister():
    said = _said(ESTIMATES, ("Duc Tran",))
    assert said["Mr Tran"] == "duc-tran"
    assert said["Senator TRAN"] is None
    assert said["Senator Okoro-Banks"] == "wilhelmina-okoro-banks"  # not "the Hon Wilhelmina …"


def test_a_cast_line_read_as_a_turn_names_the_role_and_is_no_turn_of_its_own():
    text = ("Special Town Meeting\nModerator: Attorney Franklin Adjei-Mensah\n\n"
            "MODERATOR: The meeting will come to order.\n\nRESIDENT: Why now?\n\n"
            "MODERATOR: The article passes. Thank you, Mr. Moderator, said the clerk.\n")
    said = _said(text)
    assert said["MODERATOR"] == "franklin-adjei-mensah"
    assert said.get("Moderator") is None


def test_mister_moderator_is_a_form_of_address_not_a_person():
    from archivist.detection import scan_text
    scan, _ = scan_text("Thank you, Mr. Moderator. The dam is rated high hazard.", ())
    assert "Moderator" not in scan.persons


CALL = """Q4 2025 Norvale Freight Earnings Call

Company Participants
Wilhelmina Szabo-Reyes, Chief Executive Officer
Bartholomew Nwachukwu, Chief Financial Officer

Other Participants
Ingmar Lindqvist, Analyst, Barclays

Operator
Good morning, and welcome to the call.

Wilhelmina Szabo-Reyes
Thank you. Volumes rose 6%.

Bartholomew Nwachukwu
Free cash flow was 412 million.

Q - Ingmar Lindqvist
How much of the gain is pricing?

A - Wilhelmina Szabo-Reyes
About half.
"""


def test_a_call_listing_its_participants_then_heading_turns_with_their_names_alone():
    said = _said(CALL)
    assert said["Wilhelmina Szabo-Reyes"] == "wilhelmina-szabo-reyes"
    assert said["Bartholomew Nwachukwu"] == "bartholomew-nwachukwu"
    assert said["Q - Ingmar Lindqvist"] == "ingmar-lindqvist"
    assert said["A - Wilhelmina Szabo-Reyes"] == "wilhelmina-szabo-reyes"
    assert said["Operator"] is None


def test_a_hearing_label_in_accented_capitals_is_a_turn():
    from archivist.convert import parse_blocks
    text = ("Hearing\n\nThe CHAIRMAN. Our first witness is Vice Admiral Inés Ibáñez-Roe.\n\n"
            "Admiral IBÁÑEZ-ROE. Thank you, Mr. Chairman.\n\n"
            "Senator MORLAND. Admiral, how long?\n\nAdmiral IBÁÑEZ-ROE. Ten hours.\n")
    labels = [b.speaker for b in parse_blocks(text) if b.kind == "turn"]
    assert labels.count("Admiral IBÁÑEZ-ROE") == 2


PRESSER_ES = """Post-match press conference
Head coach: Álvaro Quintela Barreiro. Translator present.

Press officer: The coach will take questions.

Reporter (Marca): Third defeat at home. A difficult moment?

Quintela: Yes, it is a difficult moment.

Reporter (Radio Coruña): Why not the striker earlier?

Quintela: He is coming back from injury.

Reporter: And the fans?

Quintela (via translator): The fans have the right to whistle.
"""


def test_a_spanish_first_surname_label_is_the_coach_of_the_header():
    said = _said(PRESSER_ES, ("Álvaro Quintela Barreiro",))
    assert said["Quintela"] == "álvaro-quintela-barreiro"
    assert said["Quintela (via translator)"] == "álvaro-quintela-barreiro"


def test_an_indian_honorific_keeps_every_word_of_the_name():
    from archivist.speakers_link import SpeakerName, person_part
    assert person_part("SHRI RAJESH KUMAR VERMA (BHOPAL)") == \
        SpeakerName("Rajesh Kumar Verma", True)
    assert person_part("SHRIMATI KAVITA NAIR") == SpeakerName("Kavita Nair", True)


def test_a_judges_title_after_the_surname_is_no_part_of_the_name():
    from archivist.speakers_link import SpeakerName, person_part
    assert person_part("OYELARAN JA") == SpeakerName("Oyelaran", False)
    assert person_part("BELL CJ") == SpeakerName("Bell", False)


def test_an_honorific_vouches_for_a_cast_lines_unknown_given_name():
    text = ("Interview transcript — Participant P07\nInterviewer: Dr Ngozika Ulasi-Berg\n\n"
            "Interviewer: Thank you for taking part.\n\nP07: She is eighty-four.\n\n"
            "Interviewer: How often do you visit?\n\nP07: Every second weekend.\n")
    said = _said(text)
    assert said["Interviewer"] == "ngozika-ulasi-berg"
    assert said.get("P07") is None


def test_a_chat_exports_dated_stamps_open_turns():
    text = ("Exported chat\n\n[14/03/2026, 09:02] Ana Lima-Ferraz: Morning all.\n"
            "[14/03/2026, 09:05] Bernard Okwuosa: I can look at it.\n"
            "[14/03/2026, 09:11] Ana Lima-Ferraz: Thanks!\n")
    said = _said(text)
    assert said["[14/03/2026, 09:05] Bernard Okwuosa"] == "bernard-okwuosa"
    assert said["[14/03/2026, 09:11] Ana Lima-Ferraz"] == "ana-lima-ferraz"


def test_a_questioners_outlet_in_brackets_is_no_person():
    text = ("Press conference\n\nSpokesperson: Good afternoon.\n\n"
            "Journalist (Cadena SER): Is the Government negotiating?\n\n"
            "Spokesperson: We talk every week.\n\nJournalist (Radio Norvale): When?\n")
    assert _said(text)["Journalist (Cadena SER)"] is None


SENTENCING = """IN THE CROWN COURT AT NORVALE
R v TOBIAS QUARTERMAINE-OBI
Before: HIS HONOUR JUDGE ELSPETH VANCE-ADEYEMI

Appearances:
Mr Iqbal Rahman-Shore, for the Prosecution
Ms Niamh Fitzgerald-Owusu, for the Defendant

JUDGE VANCE-ADEYEMI: Yes, Mr Rahman-Shore.

PROSECUTION (MR RAHMAN-SHORE): Your Honour, the defendant pleaded guilty.

DEFENCE (MS FITZGERALD-OWUSU): Your Honour, he is of good character.

JUDGE VANCE-ADEYEMI: Stand up, please.

THE DEFENDANT: Yes, Your Honour.
"""


def test_a_role_with_an_honoured_surname_in_brackets_and_a_caption_without_a_stop():
    said = _said(SENTENCING, ("Iqbal Rahman-Shore", "Niamh Fitzgerald-Owusu"))
    assert said["PROSECUTION (MR RAHMAN-SHORE)"] == "iqbal-rahman-shore"
    assert said["DEFENCE (MS FITZGERALD-OWUSU)"] == "niamh-fitzgerald-owusu"
    assert said["THE DEFENDANT"] == "tobias-quartermaine-obi"


def test_numbered_voices_of_an_automatic_transcript_who_say_who_they_are():
    text = ("Deep Dive, episode 12\n\nSpeaker 1: Welcome. I'm Laleh Farrokhzad.\n\n"
            "Speaker 2: And I'm Joost Verhoeven.\n\nSpeaker 1: Joost, you dived the reef.\n\n"
            "Speaker 2: I did.\n")
    said = _said(text)
    assert said["Speaker 1"] == "laleh-farrokhzad"
    assert said["Speaker 2"] == "joost-verhoeven"


def test_a_role_then_a_comma_and_its_holder():
    text = ("Press conference after the Council of Ministers\nAppearing: the Minister "
            "Spokesperson, Pilar Alegría-Soto, and the Minister for Transport, Óscar Puente\n\n"
            "Minister Spokesperson: Good afternoon.\n\nJournalist: When?\n\n"
            "Minister Spokesperson: In April.\n")
    assert _said(text)["Minister Spokesperson"] == "pilar-alegria-soto"


DAIL = """Dáil debate

An Ceann Comhairle (Gráinne Ní Bhriain): I call on Deputy Ó Murchú.

Deputy Ruairí Ó Murchú: I move the motion.

An Ceann Comhairle: The Minister of State has ten minutes.

Minister of State at the Department of Housing (Deputy Kieran Dunne-Walsh): I thank the Deputy.

An Ceann Comhairle: The Deputy's time is up.
"""


def test_irish_chairs_and_a_portfolio_office_name_their_holders():
    said = _said(DAIL)
    assert said["An Ceann Comhairle"] == "grainne-ni-bhriain"
    assert said["Minister of State at the Department of Housing (Deputy Kieran Dunne-Walsh)"] \
        == "kieran-dunne-walsh"


def test_an_office_then_a_title_and_a_name_on_the_roll():
    text = ("Council meeting\n\nPresent: Cathaoirleach Cllr Síle Ní Dhonnabháin (in the chair); "
            "Cllrs Pádraig Ó Súilleabháin, Declan Hurley.\n\n"
            "Cathaoirleach: Item four.\n\nCllr Hurley: Thank you.\n\n"
            "Cathaoirleach: Next item.\n")
    assert _said(text)["Cathaoirleach"] == "sile-ni-dhonnabhain"


def test_a_nickname_cue_is_the_person_the_cast_line_gives_it():
    text = ("La Cocina — episode 1\nFeaturing: Ximena Ortiz Bermúdez (chef), Ildefonso Ortiz "
            "Salgado (\"Poncho\", her uncle, owner)\n\nXIMENA: Poncho, the delivery is short.\n\n"
            "PONCHO: Then we make less salsa.\n\nXIMENA: Again?\n\nPONCHO: Again.\n")
    assert _said(text, ("Ximena Ortiz Bermúdez",))["PONCHO"] == "ildefonso-ortiz-salgado"


def test_markdown_bold_labels_are_turns_and_keep_their_text():
    from archivist.convert import block_text, parse_blocks
    text = ("# A conversation\n\n**Tamsin Holloway:** You trained as an architect?\n\n"
            "**Oyelaran Bakare:** By accident.\n\n**Tamsin Holloway:** And next?\n\n"
            "**Oyelaran Bakare**: A bakery.\n")
    turns = [b for b in parse_blocks(text) if b.kind == "turn"]
    assert len(turns) == 4 and turns[0].text == "You trained as an architect?"
    assert block_text(turns[0]) == "**Tamsin Holloway:** You trained as an architect?"
    assert block_text(turns[3]) == "**Oyelaran Bakare**: A bakery."
    assert _said(text)["**Oyelaran Bakare"] == "oyelaran-bakare"


def test_an_honorific_in_brackets_inside_a_label():
    text = ("The Hansard\n\n[The Temporary Speaker (Hon. (Dr.) Rachael Nyamai-Ouma) in the Chair]"
            "\n\nThe Temporary Speaker (Hon. (Dr.) Rachael Nyamai-Ouma): Proceed.\n\n"
            "Hon. (Ms.) Millicent Odhiambo-Mabona (Suba North, ODM): Thank you.\n\n"
            "The Temporary Speaker (Hon. (Dr.) Rachael Nyamai-Ouma): Next.\n\n"
            "Hon. (Ms.) Millicent Odhiambo-Mabona: Again.\n")
    said = _said(text)
    assert said["The Temporary Speaker (Hon. (Dr.) Rachael Nyamai-Ouma)"] == \
        "rachael-nyamai-ouma"
    assert said["Hon. (Ms.) Millicent Odhiambo-Mabona"] == "millicent-odhiambo-mabona"


def test_a_dispatcher_named_in_the_header():
    text = ("TRANSCRIPT OF 911 CALL\nDispatcher: Telecommunicator Janelle Okafor-Price (ID 4471)"
            "\n\nDISPATCHER: 911, what is the address?\n\nCALLER: 1420 Birch Hollow Road.\n\n"
            "DISPATCHER: Is anyone inside?\n\nCALLER: I don't know.\n")
    said = _said(text)
    assert said["DISPATCHER"] == "janelle-okafor-price"
    assert said["CALLER"] is None


def test_a_printed_interviews_questions_are_its_interviewers():
    text = ("A whistleblower speaks\nInterview by Ottilie Brennan-Sayer\n\n"
            "Q: When did you first suspect a problem?\n\nA: In 2019.\n\n"
            "Q: Did you raise it?\n\nA: Twice.\n")
    assert _said(text)["Q"] == "ottilie-brennan-sayer"


PLAY = """THE SALT HOUSE
A play in one act

CHARACTERS
BRIDIE CAHILL, a widow, sixties
TOMÁS CAHILL, her son, thirties

BRIDIE. (at the range) You're late.

TOMÁS. The boat was late.

BRIDIE. The boat is always late.

TOMÁS. (filling the kettle) Yes, Mam.
"""


def test_a_plays_one_word_cues_with_a_stop_take_the_cast_names():
    said = _said(PLAY)
    assert said["BRIDIE"] == "bridie-cahill"
    assert said["TOMÁS"] == "tomas-cahill"


SENATE_PH = """Committee hearing
Present: Sen. Jinggoy Estrada-Marcos (Chair); Sen. Risa Hontiveros-Baraquel
Resource persons: Defense Secretary Gilberto Teodoro-Lim; Commodore Jay Tarriela-Santos

THE CHAIRPERSON (Sen. Estrada-Marcos): The hearing is called to order.

SEC. TEODORO-LIM: There were fourteen incidents.

COMMO. TARRIELA-SANTOS: Within twenty meters.

THE CHAIRPERSON: We will suspend.
"""


def test_titles_in_brackets_and_abbreviated_ranks_name_the_roll_call():
    people = ("Jinggoy Estrada-Marcos", "Gilberto Teodoro-Lim", "Jay Tarriela-Santos")
    said = _said(SENATE_PH, people)
    assert said["THE CHAIRPERSON (Sen. Estrada-Marcos)"] == "jinggoy-estrada-marcos"
    assert said["THE CHAIRPERSON"] == "jinggoy-estrada-marcos"
    assert said["SEC. TEODORO-LIM"] == "gilberto-teodoro-lim"
    assert said["COMMO. TARRIELA-SANTOS"] == "jay-tarriela-santos"


def test_a_witness_sworn_on_a_label_line_gives_the_answers():
    text = ("PROCEEDINGS AT TRIAL\n\nTHE COURT: Your next witness.\n\n"
            "MR. TREMBLAY: The Crown calls Constable Gagnon.\n\nMARIE-ÈVE GAGNON: AFFIRMED\n\n"
            "EXAMINATION IN-CHIEF BY MR. TREMBLAY:\n\nQ. Where were you?\n\nA. On patrol.\n\n"
            "Q. What did you see?\n\nA. Two men arguing.\n")
    assert _said(text)["A"] == "marie-eve-gagnon"


def test_a_cast_lines_holder_may_have_names_no_list_knows():
    text = ("The Tideline Podcast\nHost: Morwenna Trethewey\n\n[00:00:05] Host: Welcome.\n\n"
            "[00:00:14] Guest: Thanks.\n\n[00:00:18] Host: Kelp?\n")
    assert _said(text)["[00:00:05] Host"] == "morwenna-trethewey"


def test_a_mister_is_not_the_office_holder_the_talk_speaks_of():
    text = ("PLANNING INQUIRY\n\nINSPECTOR: We resume. Mr Halloway, you remain affirmed.\n\n"
            "MR HALLOWAY: Yes, madam.\n\nMS ACHTERBERG: In 2019 the then Prime Minister "
            "Desmond Halloway promised a bypass. Was it funded?\n\nMR HALLOWAY: No relation. "
            "And no.\n")
    assert _said(text, ("Desmond Halloway",))["MR HALLOWAY"] is None


def test_a_press_secretary_of_the_header_is_the_ms_of_the_labels():
    text = ("PRESS BRIEFING\nPress Secretary Dana Whitlock-Osei\n\n"
            "MS. WHITLOCK-OSEI: Good afternoon.\n\nQ: Is the President going to veto it?\n\n"
            "MS. WHITLOCK-OSEI: He will not sign it.\n")
    assert _said(text, ("Dana Whitlock-Osei",))["MS. WHITLOCK-OSEI"] == "dana-whitlock-osei"


def test_a_senator_is_not_the_witness_doctor_of_the_same_name():
    text = ("HEARING\n\nThe CHAIRMAN. Our witness is Dr. Helena Brandtner. Dr. Brandtner.\n\n"
            "Dr. BRANDTNER. Thank you. The grid lost 11 gigawatts.\n\n"
            "The CHAIRMAN. Senator Brandtner.\n\nSenator BRANDTNER. Welcome, Dr. Brandtner, "
            "no relation. How many were gas plants?\n\nDr. BRANDTNER. About seven.\n")
    said = _said(text, ("Helena Brandtner",))
    assert said["Dr. BRANDTNER"] == "helena-brandtner"
    assert said["Senator BRANDTNER"] is None


def test_a_given_name_cue_is_the_one_its_own_turns_say_they_are():
    text = ("THE SUNDAY KITCHEN\n\nTOM: Today we cook the roast Tom Kerridge made famous.\n\n"
            "ELLEN: Not our Tom. I'm Ellen Achebe-Ward.\n\nTOM: I'm Tom Fairweather-Cho, and I "
            "burn toast.\n\nELLEN: So, Tom, the beef.\n\nTOM: Rib of beef.\n")
    said = _said(text, ("Tom Kerridge",))
    assert said["TOM"] == "tom-fairweather-cho"


def test_the_chair_of_a_sitting_named_in_the_header():
    text = ("SÉNAT — Compte rendu intégral\nPresidency of Mr Gérard Lacombe-Vidal, Vice-President"
            "\n\nMr President. – The agenda calls for questions.\n\nMrs Claire Dubois-Martin. – "
            "Mr President, pharmacies are closing.\n\nMr President. – The floor is given to the "
            "Minister.\n")
    assert _said(text)["Mr President"] == "gerard-lacombe-vidal"
