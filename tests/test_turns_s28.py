"""Session 28: speaker-turn conventions of printed records (a glyph before every label,
family names first in capitals, language notes in a label's brackets, offices the header
names, abbreviated titles)."""

from __future__ import annotations

from archivist.convert import parse_blocks

from .test_turns_s14 import _said  # session 14's readers

DIET = """Prefectural Assembly of Norvale
Committee on Harbours — Minutes No. 3

Members present:
  Chairperson: TAKAMORI Genta
  Members: OKAWA Rumiko, SEKINE Hiro

Government attendees:
  Senior Vice-Minister: FUJIKAWA Noriyo

○Chairperson (TAKAMORI Genta): The meeting will now come to order. I recognise Ms. OKAWA.

○OKAWA Rumiko (Harbour Party): Thank you. When will the breakwater be finished?

○Senior Vice-Minister FUJIKAWA: Work resumes in the summer after the budget is passed.

○OKAWA Rumiko: I will ask again at the next meeting.
"""


def test_glyph_before_every_label_opens_turns() -> None:
    turns = [b.speaker for b in parse_blocks(DIET) if b.kind == "turn"]
    assert "○Chairperson (TAKAMORI Genta)" in turns and "○OKAWA Rumiko" in turns
    said = _said(DIET)
    assert said["○Chairperson (TAKAMORI Genta)"] == {"takamori-genta"}
    assert said["○OKAWA Rumiko"] == {"okawa-rumiko"}


def test_family_name_in_capitals_names_a_titled_surname() -> None:
    assert _said(DIET)["○Senior Vice-Minister FUJIKAWA"] == {"fujikawa-noriyo"}


def test_spaced_bullet_stays_a_list() -> None:
    text = "Notes\n\n● Budget: passed on Monday.\n\n● Harbour: closed for works.\n"
    assert not [b for b in parse_blocks(text) if b.kind == "turn"]


COUNCIL = """TERRITORIAL COUNCIL OF NORVALE — OFFICIAL RECORD (Extract)

Oral Answers to Questions

1. MR DESMOND WONG (in Cantonese): President, the ferry pier at North Point has been closed \
since the typhoon last autumn, and residents of the outlying islands tell me the temporary pier \
is unsafe in bad weather. When will the ferry pier reopen?

SECRETARY FOR HARBOURS AND FERRIES (in Cantonese): President, having consulted the Marine \
Department, my reply is as follows. The repair works are nearly complete and the pier reopens \
in May, after the safety inspection.

PRESIDENT (in Cantonese): Mr Desmond WONG, first supplementary question.

MR DESMOND WONG (in English): President, will the fares rise?

UNDER SECRETARY FOR HARBOURS AND FERRIES (in Putonghua): President, the fares stay as they are.

SECRETARY FOR HARBOURS AND FERRIES (in English): President, I have nothing to add.

---
Note: The Secretary for Harbours and Ferries is Mr LAM Kwok-ming. The Under Secretary for \
Harbours and Ferries is Ms TSE Wing-yan. The President of the Territorial Council is Mr Patrick \
HO Chun-kit.
"""


def test_question_number_before_the_asker() -> None:
    turns = [b.speaker for b in parse_blocks(COUNCIL) if b.kind == "turn"]
    assert turns[0] == "1. MR DESMOND WONG (in Cantonese)"
    assert _said(COUNCIL)["1. MR DESMOND WONG (in Cantonese)"] == {"desmond-wong"}


def test_numbered_list_item_is_no_turn() -> None:
    text = "Findings\n\n1. Revenue: up five per cent.\n\n2. Costs: down.\n"
    assert not [b for b in parse_blocks(text) if b.kind == "turn"]


def test_office_with_portfolio_named_by_the_note() -> None:
    said = _said(COUNCIL)
    assert said["SECRETARY FOR HARBOURS AND FERRIES (in Cantonese)"] == {"lam-kwok-ming"}
    assert said["UNDER SECRETARY FOR HARBOURS AND FERRIES (in Putonghua)"] == {"tse-wing-yan"}
    assert said["PRESIDENT (in Cantonese)"] == {"patrick-ho-chun-kit"}


HEARING = """TRANSCRIPT OF HEARING — certified English translation

Panel: Judge Ilinca Varga, presiding
Clerk: Dana Roman
For the defendant: attorney Petru Lazăr
Witness heard: Mircea Toma, surveyor

THE PRESIDING JUDGE: The case is called. The witness is present and has taken the oath. The \
prosecutor may begin the examination of the witness, who is reminded of his duty to tell the truth.

PROSECUTOR: Thank you, Madam President.

Q. Where were you working in the spring of that year, Mr. Toma?
A. At the county roads office, as a surveyor.

Q. Who signed the report on the bridge works?
A. The director signed it. I did not sign it.

THE PRESIDING JUDGE: The statement of the witness will be read and signed.
"""


def test_header_names_the_presiding_judge_and_the_witness() -> None:
    said = _said(HEARING)
    assert said["THE PRESIDING JUDGE"] == {"ilinca-varga"}
    assert said["A"] == {"mircea-toma"}


def test_two_witnesses_in_the_header_name_no_answers() -> None:
    text = HEARING.replace("Witness heard: Mircea Toma, surveyor",
                           "Witnesses heard: Mircea Toma, Sorin Pavel")
    assert _said(text)["A"] == {None}


FORUM = """ISLANDS FORUM SECRETARIAT — MEDIA CENTRE TRANSCRIPT

Closing Press Conference

Speakers:
- Hon. Tevita Mafileo Kaufana, Prime Minister of Norvale and Forum Chair
- Mr Baron Tafuna, Secretary General, Islands Forum
Moderated by Mr Sione Latu, Forum Media Unit

MODERATOR: Good afternoon, everyone. The Chair will make brief remarks and then we will take \
questions for about twenty minutes. Prime Minister.

PM KAUFANA: Thank you, Sione. Leaders have today endorsed the resilience facility and agreed \
on the communique, which you will have by five o'clock this evening.

MODERATOR: Thank you, Prime Minister. First question.

JOURNALIST (Radio Norvale): Secretary General, when will the facility begin lending?

SG TAFUNA: The first loans are planned for the second half of next year.

PM KAUFANA: I would add that the islands most at risk will come first.
"""


def test_office_in_initials_before_a_surname() -> None:
    said = _said(FORUM)
    assert said["PM KAUFANA"] == {"tevita-mafileo-kaufana"}
    assert said["SG TAFUNA"] == {"baron-tafuna"}


def test_office_in_initials_not_a_plain_mister() -> None:
    text = FORUM.replace("Mr Baron Tafuna, Secretary General, Islands Forum",
                         "Mr Baron Tafuna, a fisherman from the north")
    assert _said(text)["SG TAFUNA"] == {None}


BRIEFING = """Norvale Regional Administration — daily briefing (subtitles export)

[00:00:03] Marta Hryn: Good afternoon, colleagues, we are starting. Questions after the update.

[00:00:12] Bohdan Savchuk: Good afternoon. Overnight the air defence shot down eleven drones \
over the region, and the power is back in every district but one.

[00:01:41] Journalist (NorvaVisti): Oksana Dziuba, NorvaVisti. When will the bridge reopen?

[00:01:48] Bohdan Savchuk: In March, after the inspection is finished.

[00:02:10] Journalist (Radio Norvale): A question in English: how many residents returned?

[00:02:20] Bohdan Savchuk: About sixty per cent of them.

[00:03:20] Journalist (NorvaVisti): And the schools?

[00:03:23] Bohdan Savchuk: One opened in September with a shelter.
"""


def test_glued_outlet_in_brackets_is_no_person() -> None:
    said = _said(BRIEFING, ["Marta Hryn", "Bohdan Savchuk"])
    assert "nor-va-visti" not in set().union(*said.values())
    assert "norva-visti" not in set().union(*said.values())


def test_questioner_named_with_the_outlet_of_the_bracket() -> None:
    said = _said(BRIEFING, ["Marta Hryn", "Bohdan Savchuk"])
    assert said["[00:01:41] Journalist (NorvaVisti)"] == {"oksana-dziuba"}
    assert said["[00:03:20] Journalist (NorvaVisti)"] == {"oksana-dziuba"}
    assert said["[00:02:10] Journalist (Radio Norvale)"] == {None}


CONGRESO = """DIARIO DE SESIONES — COMISIÓN DE PUERTOS

Se abre la sesión a las cuatro de la tarde.

La señora PRESIDENTA: Buenas tardes. Comparece hoy el secretario de Estado de Puertos y \
Costas Marinas, don Ramiro Vidaurre Oñate, a quien agradezco su presencia.

El señor SECRETARIO DE ESTADO DE PUERTOS Y COSTAS MARINAS (Vidaurre Oñate): Muchas gracias, \
señora presidenta. Señorías, buenas tardes.

La señora PRESIDENTA: Tiene la palabra el señor Pau Ferrandis i Mollet.

El señor FERRANDIS I MOLLET: Gràcies, presidenta. Seré breve.

El señor SECRETARIO DE ESTADO DE PUERTOS Y COSTAS MARINAS (Vidaurre Oñate): Gracias.
"""


def test_office_with_a_portfolio_and_the_holders_surnames_in_brackets() -> None:
    said = _said(CONGRESO)
    label = "El señor SECRETARIO DE ESTADO DE PUERTOS Y COSTAS MARINAS (Vidaurre Oñate)"
    assert said[label] == {"ramiro-vidaurre-onate"}


def test_two_family_names_joined_by_i_to_the_full_name() -> None:
    assert _said(CONGRESO)["El señor FERRANDIS I MOLLET"] == {"pau-ferrandis-i-mollet"}


CONSIGLIO = """COMUNE DI NORVALLE — CONSIGLIO COMUNALE
Seduta del 3 marzo 2031

Presiede: la Presidente del Consiglio comunale Marta Visentin
Assiste: il Segretario generale dott. Paolo Dal Zotto
Presenti: il Sindaco Andrea Marcon; i consiglieri Franco Tonon (Lega), Giulia Bellio (Lista Civica)

PRESIDENTE: Bene, passiamo al punto 4. Prego, consigliera Bellio, ha cinque minuti.

CONS.RA BELLIO (Lista Civica): Grazie, Presidente. Il ponte sul canale è chiuso da un mese e \
tutto il traffico pesante passa davanti alla scuola elementare.

CONS. TONON (Lega): Brevemente: lo avevamo segnalato già due anni fa.

PRESIDENTE: Grazie. Passiamo al punto successivo.

SEGRETARIO GENERALE: Sì, Presidente. Punto 5: variazione di bilancio.
"""


def test_italian_councillor_titles_cut_short() -> None:
    said = _said(CONSIGLIO)
    assert said["CONS.RA BELLIO (Lista Civica)"] == {"giulia-bellio"}
    assert said["CONS. TONON (Lega)"] == {"franco-tonon"}


def test_office_holder_after_a_degree_title() -> None:
    assert _said(CONSIGLIO)["SEGRETARIO GENERALE"] == {"paolo-dal-zotto"}


MANANERA = """VERSIÓN ESTENOGRÁFICA. CONFERENCIA DE PRENSA DEL GOBERNADOR

GOBERNADOR TOMÁS ARRIAGA PONCE: Buenos días. Nos acompaña el ingeniero Rodrigo Salas Medina, \
que coordina el Programa Estatal de Presas.

COORDINADOR DEL PROGRAMA ESTATAL DE PRESAS, RODRIGO SALAS MEDINA: Gracias, gobernador. Al \
corte de octubre llevamos doce presas rehabilitadas en la sierra.

GOBERNADOR TOMÁS ARRIAGA PONCE: Gracias, ingeniero. Vamos a las preguntas.
"""


def test_role_then_comma_then_full_name() -> None:
    turns = [b.speaker for b in parse_blocks(MANANERA) if b.kind == "turn"]
    label = "COORDINADOR DEL PROGRAMA ESTATAL DE PRESAS, RODRIGO SALAS MEDINA"
    assert label in turns
    assert _said(MANANERA)[label] == {"rodrigo-salas-medina"}


def test_interpretation_credit_ending_its_line_names_the_interpreter() -> None:
    text = ("Ministry of Harbours — Regular Press Briefing\n\n"
            "Briefer: Vice Minister Oh Jae-sung\nInterpretation by Yoon Ha-eun\n\n"
            "SPOKESPERSON: Good morning. The Vice Minister will speak first, then questions.\n\n"
            "VICE MINISTER OH (through interpreter): Thank you. From December the coast guard "
            "will deploy two more patrol ships near the islands.\n\n"
            "INTERPRETER: Correction from the interpreter: two ships, not three.\n\n"
            "VICE MINISTER OH (through interpreter): Second, fuel subsidies for the winter.\n")
    assert _said(text)["INTERPRETER"] == {"yoon-ha-eun"}


def test_spanish_questioner_names_herself_and_her_outlet() -> None:
    text = ("VERSIÓN ESTENOGRÁFICA. CONFERENCIA DE PRENSA\n\n"
            "GOBERNADOR TOMÁS ARRIAGA PONCE: Buenos días. Vamos a las preguntas.\n\n"
            "INTERLOCUTORA: Buenos días, gobernador. Lucía Peralta Núñez, de Diario del Valle. "
            "¿Cuándo llega el agua?\n\n"
            "GOBERNADOR TOMÁS ARRIAGA PONCE: En diciembre.\n\n"
            "INTERLOCUTOR: ¿Y el trasvase?\n\n"
            "GOBERNADOR TOMÁS ARRIAGA PONCE: Se va a cumplir.\n")
    said = _said(text)
    assert said["INTERLOCUTORA"] == {"lucia-peralta-nunez"}
    assert said["INTERLOCUTOR"] == {None}


RESOCONTO = """Senato della Repubblica — RESOCONTO STENOGRAFICO

PRESIDENTE. L'ordine del giorno reca la discussione del disegno di legge n. 412.

Il relatore, senatore Marco Zanella, ha chiesto di svolgere la relazione orale.

ZANELLA, relatore. Signor Presidente, onorevoli colleghi, il provvedimento è condiviso.

PRESIDENTE. È iscritto a parlare il senatore Dario Pellizzari. Ne ha facoltà.

PELLIZZARI (Gruppo Misto). Signor Presidente, ringrazio il relatore Zanella.

Ha facoltà di parlare la sottosegretaria Carla De Santis.

DE SANTIS, sottosegretaria di Stato per l'economia. Signor Presidente, il Governo ringrazia.
"""


def test_italian_verbatim_report_labels() -> None:
    said = _said(RESOCONTO)
    assert said["ZANELLA, relatore"] == {"marco-zanella"}
    assert said["PELLIZZARI (Gruppo Misto)"] == {"dario-pellizzari"}
    assert said["DE SANTIS, sottosegretaria di Stato per l'economia"] == {"carla-de-santis"}


def test_dateline_with_a_comma_is_no_turn() -> None:
    text = "ROMA, ieri sera. La polizia ha chiuso la strada.\n\nMILANO, oggi. Piove.\n"
    assert not [b for b in parse_blocks(text) if b.kind == "turn"]


US_COUNCIL = """City of Norvale — Regular Council Meeting
Minutes, March 4, 2025

Present: Mayor Ann Whitcombe; Councilmembers Dora Pellham, Lorne Castell

Mayor Whitcombe: The meeting is called to order. Councilmember Pellham, you have the floor.

Councilmember Pellham: Thank you. The water rates are too high for the east side.

Councilmember Castell: I agree with Councilmember Pellham and move to table the item.

Mayor Whitcombe: Seconded? The item is tabled.
"""


def test_a_us_councilmember_label_is_a_title_before_the_surname() -> None:
    said = _said(US_COUNCIL, ["Dora Pellham", "Lorne Castell", "Ann Whitcombe"])
    assert said["Councilmember Pellham"] == {"dora-pellham"}
    assert said["Councilmember Castell"] == {"lorne-castell"}


COURT = """IN THE HIGH COURT OF JUSTICE, NORVALE
SUIT NO. LD/12/2024

CORAM: HER LADYSHIP JUSTICE AMA ROE (MRS.)

COUNSEL - TOMAS BELL ESQ. FOR THE PLAINTIFF.

MR. BELL: My Lady, I wish to tender the deed of gift.

COURT: Any objection?

MR. BELL: My Lady, the deed was registered in 1998.
"""


def test_a_judge_addressed_names_no_one() -> None:
    said = _said(COURT)
    assert said["MR. BELL"] <= {"tomas-bell", None}
    assert "my-lady" not in {e for ids in said.values() for e in ids}
