"""Session 26: speaker turns in French typography ("ANNE BERGAUD : …", "Mme Berg (XY) : …"), and
what keeps a turn from going to the wrong person."""

from __future__ import annotations

from archivist.convert import parse_blocks

from .test_turns_s14 import _said  # session 14's readers


SEANCE = """ASSEMBLÉE DE NORVALLE
Commission des transports – Séance du jeudi 6 mars 2031

Question orale de Mme Odile Ravanel à M. Gaspard Lemerson, ministre de la Mobilité

Mme Ravanel (PSV) : Merci. Monsieur le Ministre, les navettes du plateau sont en retard.

M. Lemerson, Ministre de l'Équipement : Je vous remercie pour cette question, Madame.

Mme Ravanel (PSV) : Je prends acte de votre réponse.
"""

RADIO = """Radio Norvalle – « Midi pile »
Invitée : Dr Clémence Atangana, directrice de l'hôpital
Présentation : Romuald Ebassa

ROMUALD EBASSA : Bonjour docteur, merci d'être là.

CLÉMENCE ATANGANA : Bonjour, et merci pour l'invitation.

ROMUALD EBASSA : Combien de lits avez-vous ouverts ?
"""


def test_french_colon_keeps_label_and_separator() -> None:
    blocks = [b for b in parse_blocks(RADIO) if b.kind == "turn"]
    assert [b.speaker for b in blocks] == ["ROMUALD EBASSA", "CLÉMENCE ATANGANA", "ROMUALD EBASSA"]
    assert blocks[0].sep == " :" and blocks[0].text.startswith("Bonjour docteur")


def test_french_colon_after_bracket_and_elided_article() -> None:
    turns = {b.speaker for b in parse_blocks(SEANCE) if b.kind == "turn"}
    assert turns == {"Mme Ravanel (PSV)", "M. Lemerson, Ministre de l'Équipement"}
    said = _said(SEANCE, ["Odile Ravanel", "Gaspard Lemerson"])
    assert said["Mme Ravanel (PSV)"] == {"odile-ravanel"}
    assert said["M. Lemerson, Ministre de l'Équipement"] == {"gaspard-lemerson"}


def test_english_colon_unchanged() -> None:
    blocks = [b for b in parse_blocks("ANN BERG: Hello.\n\nTOM ROE: Hi.\n") if b.kind == "turn"]
    assert [(b.speaker, b.sep) for b in blocks] == [("ANN BERG", ":"), ("TOM ROE", ":")]


PARLEMENT = """PARLEMENT DE NORVALLE
Commission du logement – Séance du mardi 4 février 2031
Présidence de M. Bernard Vautrin-Daix, président

M. le Président : La parole est à Mme Ravanel.

Mme Ravanel (PSV) : Merci, Monsieur le Président. Les loyers ont doublé.

M. le Président : Merci. L'incident est clos.
"""

CORTES = """DIARIO DE SESIONES DE NORVALIA
PRESIDENCIA DEL EXCMO. SR. D. ANSELMO VERDAGUER PIÑOL
Sesión núm. 4

El señor PRESIDENTE: Buenos días. Tiene la palabra la señora Olmedo Sáez.

La señora OLMEDO SÁEZ: Gracias, señor presidente.

El señor PRESIDENTE: Se levanta la sesión.
"""


def test_french_chair_is_the_presiding_member_not_a_person_named_president() -> None:
    # detection may read "M. le Président" as a person: the label is the chair all the same
    said = _said(PARLEMENT, ["Odile Ravanel", "M. le Président", "M. Bernard Vautrin-Daix"])
    assert said["M. le Président"] == {"bernard-vautrin-daix"}


def test_spanish_chair_from_a_heading_in_capitals() -> None:
    assert "PRESIDENCIA DEL EXCMO" not in {b.speaker for b in parse_blocks(CORTES)}
    said = _said(CORTES, ["Anselmo Verdaguer Piñol"])
    assert said["El señor PRESIDENTE"] == {"anselmo-verdaguer-pinol"}


STENOGRAM = """VERBATIM RECORD OF THE ASSEMBLY OF NORVALIA
Presiding: Chairman Bolat Yerzhanovich Temirov

CHAIRMAN (B. Zh. Temirov): The floor is given to the Minister, Daulet Kairatovich Sarsenbin.

SARSENBIN D.K.: Thank you. The draft law sets new tariffs for canal water.

ALD. KENWORTHY-PRYCE: And who pays for the pumps?

SARSENBIN D.K.: The state budget, for seventy per cent.
"""


def test_surname_then_initials_and_digraph_initials() -> None:
    said = _said(STENOGRAM, ["Daulet Kairatovich Sarsenbin", "Bolat Temirov",
                             "Owen Kenworthy-Pryce"])
    assert said["SARSENBIN D.K."] == {"daulet-kairatovich-sarsenbin"}
    # "Zh." is an initial: no person "Zh. Temirov"; "ALD." an alderman's rank, no name word
    assert said["CHAIRMAN (B. Zh. Temirov)"] <= {"bolat-temirov", None}
    assert said["ALD. KENWORTHY-PRYCE"] == {"owen-kenworthy-pryce"}


PHONE_IN = """RADIO NORVALE — "Ask the Minister"
Broadcast: Tuesday 3 June 2031, Port Ellery
Guest: Minister of Fisheries and Ports, Dr Tobias Greenhalgh-Oyelaran
Host: Wilhelmina Castellane

WILHELMINA CASTELLANE: Good morning and welcome. The minister is with us in the studio.

TOBIAS GREENHALGH-OYELARAN: Good morning, Wilhelmina, and good morning to your listeners.

WILHELMINA CASTELLANE: Our first caller is on the line from Marrow Bay.

TOBIAS GREENHALGH-OYELARAN: I will take the question gladly.
"""


def test_header_cast_lines_speak_for_no_one() -> None:
    said = _said(PHONE_IN, ["Tobias Greenhalgh-Oyelaran", "Wilhelmina Castellane"])
    assert said["Guest"] == {None} and said["Host"] == {None}
    assert said["WILHELMINA CASTELLANE"] == {"wilhelmina-castellane"}


BRIEFING = """Norvale Police — press briefing on the quarry fire
Transcribed from the recording. Speakers: Superintendent Wilma Hargreaves-Oduya; fire service \
chief officer Jonathan Mark Delacroix Ferrante.

HARGREAVES-ODUYA: Good afternoon. At about four this morning a fire broke out at the quarry \
sheds on the Marrow road, and three crews attended within twenty minutes of the first call.

DELACROIX FERRANTE: The fire is out. Two of our firefighters were treated for smoke.

HARGREAVES-ODUYA: We will take questions now.

DELACROIX FERRANTE: The sheds will be demolished next week.
"""


def test_compound_surname_label_takes_the_full_name_of_a_speakers_line_read_as_a_turn() -> None:
    said = _said(BRIEFING, ["Wilma Hargreaves-Oduya"])
    assert said["DELACROIX FERRANTE"] == {"jonathan-mark-delacroix-ferrante"}


PRINTED = """PROFILE | Makers of the Coast

"We build boats the way our grandparents did, only faster"

Marguerite Okonkwo-Lindqvist runs a boatyard of twelve people in Port Ellery. We met her in \
the shed, between two hulls. The interview has been edited.

Q: Why wooden boats, still?

A: Because the customers who want them will wait a year for one. And they come back.

Q: Where do you find the timber?

A: Larch from the hills above the town, mostly. Oak for the keels comes from further away.
"""

ON_AIR = """Norvale Community Radio — "Voices of the Valley"
Recorded 2 May 2031

Q: Welcome to the programme. I'm sitting here with Bartholomew Achterberg-Nkosi, head ranger \
at the Marrow reserve. Thanks for coming in.

A: Thanks for having me.

Q: How many rangers are there now?

A: Eleven, and four trainees from the town.
"""


def test_interview_answerer_from_its_introduction_or_first_question() -> None:
    said = _said(PRINTED, ["Marguerite Okonkwo-Lindqvist"])
    assert said["A"] == {"marguerite-okonkwo-lindqvist"} and said["Q"] == {None}
    said = _said(ON_AIR, ["Bartholomew Achterberg-Nkosi"])
    assert said["A"] == {"bartholomew-achterberg-nkosi"} and said["Q"] == {None}


def test_interview_introduction_naming_two_people_names_no_answerer() -> None:
    two = PRINTED.replace("runs a boatyard", "and Tobias Ferreira-Hahn run a boatyard")
    assert _said(two, ["Marguerite Okonkwo-Lindqvist", "Tobias Ferreira-Hahn"])["A"] == {None}


CAPTION = """IN THE DISTRICT COURT OF MARROW COUNTY

STATE OF NORVALE,             )
        Plaintiff,            )
v.                            )    Case No. CR-2031-88
GIDEON ASHCROFT PELLEGRINO,   )
        Defendant.            )

BEFORE THE HONORABLE IMOGEN FAIRWEATHER-LUND, DISTRICT JUDGE

THE COURT: We are on the record in the matter of the State against Mr. Pellegrino, who is \
present with counsel. Mr. Pellegrino, do you understand the charge against you this morning?

THE DEFENDANT: Yes, Your Honor.

THE COURT: How do you plead?

THE DEFENDANT: Guilty.
"""


def test_defendant_of_a_caption_with_a_bracket_column() -> None:
    said = _said(CAPTION, ["Gideon Ashcroft Pellegrino", "Imogen Fairweather-Lund"])
    assert said["THE DEFENDANT"] == {"gideon-ashcroft-pellegrino"}


JOINT = """Joint press conference
Foreign Minister Ansgar Villeneuve and Foreign Minister Tamsin Rautenbach
Remarks by Minister Villeneuve delivered in Portuguese with consecutive interpretation.

MODERATOR: Good afternoon. We begin with opening remarks by the two ministers, then questions.

VILLENEUVE (via interpreter): Thank you. We have signed three agreements today.

RAUTENBACH: Thank you, Minister. I would add only the agreement on student visas.

MODERATOR: Questions now, please.

RAUTENBACH: Gladly.

VILLENEUVE (in English): And on the visas, yes, we are very glad.
"""


def test_delivery_remarks_do_not_make_two_people_of_one_label() -> None:
    said = _said(JOINT, ["Ansgar Villeneuve", "Tamsin Rautenbach"])
    assert said["VILLENEUVE (via interpreter)"] == {"ansgar-villeneuve"}
    assert said["VILLENEUVE (in English)"] == {"ansgar-villeneuve"}


ANHOERUNG = """Ausschuss für Verkehr — Öffentliche Anhörung
Vorsitz: Dr. Henrike Aldenhoven-Kaya, MdB

Vorsitzende Dr. Henrike Aldenhoven-Kaya: Meine Damen und Herren, ich eröffne die Sitzung. Wir \
beginnen mit der ersten Fragerunde, und das Wort hat zunächst die Fraktion der SPD.

Abg. Matthias Quellmalz (SPD): Vielen Dank. Meine Frage geht an den Sachverständigen.

Vorsitzende Dr. Henrike Aldenhoven-Kaya: Danke. Die nächste Frage, bitte.

Abg. Matthias Quellmalz (SPD): Noch eine Nachfrage zur Finanzierung.
"""


def test_a_role_label_with_the_full_name_is_that_person_whatever_the_title() -> None:
    said = _said(ANHOERUNG, ["Henrike Aldenhoven-Kaya", "Matthias Quellmalz"])
    assert said["Vorsitzende Dr. Henrike Aldenhoven-Kaya"] == {"henrike-aldenhoven-kaya"}


MATINALE = """Transcription automatique – Radio Norvalle – Matinale du 3 mars 2031
Durée : 04:10

Tojo  00:02
Il est sept heures, vous écoutez la Matinale. Je suis Tojo Andrianarivelo, et nous recevons \
Mme Clémence Atangana, directrice de l'hôpital.

Clémence Atangana  00:12
Bonjour Tojo, bonjour aux auditeurs.

Tojo  00:15
Combien de lits avez-vous ouverts cette semaine ?

Clémence Atangana  00:27
Quarante, et vingt de plus le mois prochain.
"""


def test_a_greeting_before_a_given_name_is_no_name_word() -> None:
    turns = [b.speaker for b in parse_blocks(MATINALE) if b.kind == "turn"]
    assert turns[0] == "Tojo  00:02" and len(turns) == 4
    said = _said(MATINALE, ["Tojo Andrianarivelo", "Clémence Atangana"])
    assert said["Tojo  00:02"] == {"tojo-andrianarivelo"}


MEETING = """Harbour Ward Residents' Association — meeting on the ferry timetable
Notes and transcript by the volunteer secretary

Facilitator  00:00
Right, let's get going. I'm Rosalind Achterberg, I chair the association. Thanks for coming.

Ward officer  00:31
Thanks. The new timetable starts in May.

Facilitator  01:05
Questions from the floor, then.

Ward officer  01:40
Happy to take them.
"""


def test_a_facilitator_who_says_who_she_is_holds_the_label() -> None:
    said = _said(MEETING, ["Rosalind Achterberg"])
    assert said["Facilitator  01:05"] == {"rosalind-achterberg"}


COMMITTEE = """PARLIAMENT OF NORVALIA — COMMITTEE ON ROADS
Hansard, Thursday 5 June 2031

THE CHAIRPERSON: Order. We continue with the ring road. Honourable members, your questions.

MS KASANDE GRACE (Woman Representative, Kiambaa): Mr Chairperson, the project started in \
2024 and only a fifth is done. Where has the money gone, and who has been paid so far?

THE CHAIRPERSON: Hon. Kasande, let the Director answer first.

MS KASANDE GRACE: I will wait, Mr Chairperson.
"""


def test_family_name_first_in_capitals_when_the_text_addresses_the_family_name() -> None:
    said = _said(COMMITTEE)
    assert said["MS KASANDE GRACE"] <= {"grace-kasande"} and said["MS KASANDE GRACE"]


CALL = """Norvale Lithium Corp. — Q3 2031 Earnings Conference Call

Corporate Participants:
  Ottilie Brannigan-Sousa — Chief Executive Officer
Conference Call Participants:
  Tomasz Wrzesniak — Harbour Securities
  Hye-jin Park-Lowe — Marrow Capital Markets

Operator: Good afternoon, and welcome to the Norvale Lithium third quarter call. I would now \
like to turn the call over to Ottilie Brannigan-Sousa, Chief Executive Officer. Please go ahead.

Ottilie Brannigan-Sousa: Thanks, operator. Construction is two-thirds complete.

Operator: Our first question comes from Tomasz Wrzesniak with Harbour Securities.
"""


def test_a_participants_list_entry_over_another_is_no_turn() -> None:
    said = _said(CALL, ["Ottilie Brannigan-Sousa", "Tomasz Wrzesniak"])
    assert said["Tomasz Wrzesniak — Harbour Securities"] == {None}


REUNION = """Réunion publique – Plan de mobilité de Norvalle
Salle des fêtes, 12 mai 2031

Président (Gaspard Lemerson) : Mesdames et messieurs, bonsoir. Nous commençons par la \
présentation du projet, puis nous prendrons vos questions dans l'ordre des inscriptions.

Cheffe de projet (Odile Ravanel) : Merci. Le plan prévoit trois lignes de bus nouvelles.

Président (Gaspard Lemerson) : Merci. Première question, s'il vous plaît.

Cheffe de projet (Odile Ravanel) : Les travaux commencent en septembre.
"""


def test_a_romance_role_goes_on_in_lower_case_after_its_de() -> None:
    said = _said(REUNION, ["Gaspard Lemerson", "Odile Ravanel"])
    assert said["Cheffe de projet (Odile Ravanel)"] == {"odile-ravanel"}


MEMORIAL_TEXT = """GRAND CONSEIL DE NORVALLE
Mémorial des séances – Séance du jeudi 8 mai 2031
Présidence : M. Bernard Vautrin-Daix, président

Le président. Nous sommes au point 12 de l'ordre du jour. La parole est au rapporteur.

M. Gaspard Lemerson (PLR), rapporteur de majorité. Merci, Monsieur le président. La commission \
a entendu les communes riveraines et propose d'accepter la motion.

Mme Odile Ravanel (Ve), rapporteuse de minorité. La minorité vous invite à la refuser.

Le président. Merci. Nous passons au vote.
"""


def test_a_memorials_label_closed_by_a_full_stop() -> None:
    turns = [b.speaker for b in parse_blocks(MEMORIAL_TEXT) if b.kind == "turn"]
    assert turns == ["Le président", "M. Gaspard Lemerson (PLR), rapporteur de majorité",
                     "Mme Odile Ravanel (Ve), rapporteuse de minorité", "Le président"]
    said = _said(MEMORIAL_TEXT, ["Bernard Vautrin-Daix", "Gaspard Lemerson", "Odile Ravanel"])
    assert said["Le président"] == {"bernard-vautrin-daix"}
    assert said["Mme Odile Ravanel (Ve), rapporteuse de minorité"] == {"odile-ravanel"}


def test_french_prose_opening_with_monsieur_is_no_turn() -> None:
    prose = ("M. Lemerson a annoncé mardi la fermeture de la ligne. Les usagers protestent.\n\n"
             "Mme Ravanel, élue du quartier, demande un moratoire. Elle sera reçue lundi.\n")
    assert not [b for b in parse_blocks(prose) if b.kind == "turn"]


PODCAST = """The Valley Yarn — episode 12
Host: Ngaire Tamatea-Boyd
Guest: Alasdair "Ally" Fenwick-Rua, orchardist, Marrow Bay

[00:00:04] Ngaire: Welcome back to The Valley Yarn. With me today is Ally Fenwick-Rua. Kia ora, \
Ally, and thanks for coming in to talk about the flood and the long clean-up that followed it.

[00:00:21] Ally: Kia ora, Ngaire. Thanks for having me.

[00:00:29] Ngaire: Where were you when the river came up?

[00:00:35] Ally: At home, asleep, until the dogs woke me.
"""


def test_a_nickname_label_is_the_full_name_the_cast_line_quotes_it_in() -> None:
    said = _said(PODCAST, ["Alasdair Fenwick-Rua", "Ally Fenwick-Rua", "Ngaire Tamatea-Boyd"])
    assert said["[00:00:21] Ally"] == {"alasdair-fenwick-rua"}
