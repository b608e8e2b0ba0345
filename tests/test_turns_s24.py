"""Session 24: a surname label the text writes after "Mr." or a given name is no role in another
language (a members' list "Mr. X Kreel, Ms. Y" gives KREEL no holder), a religious Brother's
"Br." before a given name, a label's first word its reading dropped that the text writes with
the rest after a title ("Dr. Mekonnen Alemu Gebreyes"), a name with a plain word that a header's
cast line gives whole ("Interviewer: Merit Okonjo Vance"), and a caller saying who they are in
another language ("Mimi ni …", "Me llamo …")."""

from __future__ import annotations

from archivist.speakers_link import person_part

from .test_turns_s14 import _said

BOARD = """NORVALE SCHOOL DISTRICT — BOARD MEETING
Members present: Mr. Hollis Brandt (President), Mr. Tobias Kreel, Ms. Ondine Farrow-Lutz

Brandt: Item four. Mr. Kreel.

Kreel: I move that we defer the item to the next meeting.

Farrow-Lutz: Second.

Brandt: All in favour? Carried.
"""


def test_surname_in_a_members_list_is_no_role() -> None:
    said = _said(BOARD, ["Hollis Brandt", "Tobias Kreel", "Ondine Farrow-Lutz"])
    assert said["Kreel"] == {"tobias-kreel"}
    assert said["Farrow-Lutz"] == {"ondine-farrow-lutz"}


PANEL = """REGIONAL MINING FORUM — PANEL
Moderator: Tamsin Achterberg, Senior Fellow, Norvale Institute
Panellists:
  – Ms. Ximena Carrizo, Andes Lithium Company
  – Mr. Oyunbat, Tavan Tolgoi Holding (remote)

TAMSIN ACHTERBERG: Welcome. Ximena, let me start with you.

XIMENA CARRIZO: Thank you. The brine projects are slow to permit.

TAMSIN ACHTERBERG: Mr. Oyunbat, can you hear us?

OYUNBAT: Yes, I hear you now. Our problem is the railway.
"""


def test_surname_after_mr_in_a_panel_list_has_no_company_holder() -> None:
    said = _said(PANEL, ["Tamsin Achterberg", "Ximena Carrizo"])
    assert said["OYUNBAT"] <= {None, "oyunbat"}


MEETING = """Community meeting, Norvale Islamic Centre
Present: Imam Yusuf Abdirahman; Br. Idris Warsame Duale (Treasurer); approx. 80 members.

IMAM YUSUF: Brother Idris will read the accounts.

BR. IDRIS: Thank you. The roof fund has reached its target this month.

IMAM YUSUF: Thank you all.
"""


def test_brother_abbreviated_before_a_given_name() -> None:
    assert person_part("BR. IDRIS") == person_part("IDRIS")
    said = _said(MEETING, ["Yusuf Abdirahman", "Idris Warsame Duale"])
    assert said["BR. IDRIS"] == {"idris-warsame-duale"}


WEBINAR = """NORVALE SEED NETWORK — WEBINAR
Panelists: Dr. Mekonnen Alemu Gebreyes (Highland Crops Institute); Prof. Ondine Ruhle

Ondine Ruhle (NSN): Welcome, everyone. I'll begin with Dr. Mekonnen.

Mekonnen Alemu Gebreyes (HCI): Thank you, Ondine. The seed hotline started in 2016.

Ondine Ruhle (NSN): And the farmers trust it?

Mekonnen Alemu Gebreyes (HCI): Most of them do, because the agents visit every month.
"""


def test_three_word_name_written_after_a_title_stays_whole() -> None:
    said = _said(WEBINAR, ["Ondine Ruhle"])
    assert said["Mekonnen Alemu Gebreyes (HCI)"] == {"mekonnen-alemu-gebreyes"}


UNWRITTEN = WEBINAR.replace("Dr. Mekonnen Alemu Gebreyes (Highland Crops Institute); ", "")


def test_three_word_label_not_written_after_a_title_is_not_lengthened() -> None:
    said = _said(UNWRITTEN, ["Ondine Ruhle"])
    assert "mekonnen-alemu-gebreyes" not in said["Mekonnen Alemu Gebreyes (HCI)"]


INTERVIEW = """NORVALE WORLD SERVICE — "THE HARD CONVERSATION"
Interviewer: Merit Okonjo Vance
Guest: Dr. Karel Brandstetter, Minister of Ports

MERIT OKONJO VANCE: Minister, thank you for joining us.

DR. BRANDSTETTER: Thank you for having me, Merit.

MERIT OKONJO VANCE: Let us begin with the harbour strike.
"""


def test_cast_line_vouches_for_a_name_with_a_plain_word() -> None:
    said = _said(INTERVIEW, ["Karel Brandstetter"])
    assert said["MERIT OKONJO VANCE"] == {"merit-okonjo-vance"}
    assert said["DR. BRANDSTETTER"] == {"karel-brandstetter"}


def test_without_a_cast_line_a_plain_word_name_opens_no_page() -> None:
    text = INTERVIEW.replace("Interviewer: Merit Okonjo Vance\n", "")
    said = _said(text, ["Karel Brandstetter"])
    assert said["MERIT OKONJO VANCE"] == {None}


PHONE_IN = """RADIO NORVALE — "ASUBUHI NJEMA" MORNING SHOW
Presenter: Otieno Wekesa Mbugua

PRESENTER: Good morning! Lines are open. First caller, uko hewani.

CALLER 1: Habari Otieno! Mimi ni Njeri Wambugu from Thika.

PRESENTER: Karibu Njeri. Talk to us.

NJERI: The bread price went up again this week.

PRESENTER: Next caller.

CALLER 2: Hola. Me llamo Ximena Carrizo, I am visiting from Salta.

PRESENTER: Welcome, Ximena.
"""


def test_caller_says_who_they_are_in_another_language() -> None:
    said = _said(PHONE_IN, ["Otieno Wekesa Mbugua", "Njeri Wambugu", "Ximena Carrizo"])
    assert said["CALLER 1"] == {"njeri-wambugu"}
    assert said["NJERI"] == {"njeri-wambugu"}
    assert said["CALLER 2"] == {"ximena-carrizo"}


PODCAST = """Norvale Makers Pod — Episode 41
Hosts: Adaeze Obiora-Lund and Kwabena Asante-Roe
Guest: Nnamdi Uzoma Achterberg, founder, Loomcraft

Transcript generated automatically — lightly edited

Adaeze  00:00
Welcome back to the pod. I'm Adaeze.

Kwabena  00:04
And I'm Kwabena. Today we have Nnamdi Achterberg with us. Nnamdi, welcome.

Nnamdi  00:09
Thanks for having me. It has been a long year.

Adaeze  00:14
So let us start with the factory move.

Nnamdi  00:20
We moved because the power was cheaper there, simple as that.

Kwabena  00:31
And did it work?
"""


def test_given_name_over_a_time_code_is_a_turn() -> None:
    said = _said(PODCAST)
    assert said["Adaeze  00:00"] == {"adaeze-obiora-lund"}
    assert said["Kwabena  00:31"] == {"kwabena-asante-roe"}
    assert said["Nnamdi  00:20"] == {"nnamdi-uzoma-achterberg"}


COMMITTEE = """Portfolio Committee on Harbours
Chairperson: Ms T K Ndlovu-Berg (NP)
Members present: Ms T K Ndlovu-Berg (NP) (Chairperson); Mr P J Vermaak (CP); Ms R N Qwabe (LP).
Also present: Mr Sipho Mahlaba, Chief Executive, Norvale Ports.

The Chairperson: Good morning, members. Mr Mahlaba, you have the floor.

Mr Mahlaba: Thank you, Chair. The dredging is three months behind.

The Chairperson: Thank you. Mr Vermaak.

Mr Vermaak (CP): Chair, who pays for the delay?

Ms Qwabe: Chair, the fishermen have lost a season.

The Chairperson: Noted. We adjourn.
"""


def test_committee_members_in_initials_name_their_labels() -> None:
    said = _said(COMMITTEE, ["Sipho Mahlaba"])
    assert said["The Chairperson"] == {"t-k-ndlovu-berg"}
    assert said["Mr Vermaak (CP)"] == {"p-j-vermaak"}
    assert said["Ms Qwabe"] == {"r-n-qwabe"}
    assert said["Mr Mahlaba"] == {"sipho-mahlaba"}


def test_initials_of_another_title_class_name_no_one() -> None:
    text = COMMITTEE.replace("Mr P J Vermaak (CP)", "Ms P J Vermaak (CP)")
    said = _said(text, ["Sipho Mahlaba"])
    assert "p-j-vermaak" not in said["Mr Vermaak (CP)"]


VILLAGE = """Satul Norvale — village meeting on the new bridge
Notes typed from a phone recording. About forty residents present.

BÜRGERVORSTEHERIN (Ilse Marwitz): Good evening. The county wants to close the old bridge.

Tobias Kreel: Who decided this? Nobody from here.

BÜRGERVORSTEHERIN: Nobody decided anything yet. It is a proposal.

Tobias Kreel: Then we vote against it tonight.

BÜRGERVORSTEHERIN: We vote at the end.
"""


def test_office_in_an_unlisted_language_before_a_bracketed_name() -> None:
    said = _said(VILLAGE, ["Tobias Kreel"])
    assert said["BÜRGERVORSTEHERIN (Ilse Marwitz)"] == {"ilse-marwitz"}
    assert said["BÜRGERVORSTEHERIN"] == {"ilse-marwitz"}


AGM = """NORVALE PAPER OYJ — ANNUAL GENERAL MEETING
Chair (Annika Rautavaara): The meeting is open. Questions from shareholders.

Shareholder (Pekka Lindroos, Norvale Investors' Association): Why did the dividend fall?

Chair (Annika Rautavaara): The CEO will answer.

Shareholder (Sirpa Halonen): And the mill closure?

Shareholder (webcast, name not given): Will there be layoffs?
"""


def test_shareholders_name_themselves_in_brackets() -> None:
    said = _said(AGM)
    assert said["Shareholder (Pekka Lindroos, Norvale Investors' Association)"] == \
        {"pekka-lindroos"}
    assert said["Shareholder (Sirpa Halonen)"] == {"sirpa-halonen"}
    assert said["Shareholder (webcast, name not given)"] == {None}


ASSEMBLY = """Rada Miasta Norvale / Norvale City Council
Chair: Jakub Wierzbowski, Chairman of the Council
Also present: Mayor of Norvale Aleksander Brzeziński

PRZEWODNICZĄCY WIERZBOWSKI: I open the session. Item three.

RADNY MICHAŁ KOWALEWSKI: Mr. Chairman, a point of order.

PREZYDENT BRZEZIŃSKI: Thank you. The zone starts in July.

RADNY KOWALEWSKI: That is too soon.
"""


def test_polish_local_government_titles_before_a_surname() -> None:
    said = _said(ASSEMBLY, ["Jakub Wierzbowski", "Aleksander Brzeziński", "Michał Kowalewski"])
    assert said["PRZEWODNICZĄCY WIERZBOWSKI"] == {"jakub-wierzbowski"}
    assert said["PREZYDENT BRZEZIŃSKI"] == {"aleksander-brzezinski"}
    assert said["RADNY KOWALEWSKI"] == {"michal-kowalewski"}


def test_a_ministers_office_in_one_word_is_a_role() -> None:
    assert person_part("Finanzminister") is None
    assert person_part("Fjármálaráðherra") is None
    assert person_part("STATSMINISTER") is None


FAMILY_FIRST = """Norvale Bytes — Episode 12
Hosts: Grace Hollis and Tom Achterberg. Guest this week: Dr. Wang Mei-ling, analyst.

Grace Hollis  00:00
Welcome back. Our guest today is Wang Mei-ling. Welcome, Mei-ling!

Mei-ling  00:05
Thanks, happy to be here.

Tom Achterberg  00:09
So, the chip plant.

Mei-ling  00:15
It opens next year, if the water holds.
"""


def test_given_name_after_a_family_name_over_a_time_code() -> None:
    said = _said(FAMILY_FIRST)
    assert said["Mei-ling  00:05"] == {"wang-mei-ling"}
    assert said["Mei-ling  00:15"] == {"wang-mei-ling"}


PRESSER = """Joint press conference, Norvale
Ministers: Karel Brandstetter (Energy); Ondine Ruhle (Trade)

JOURNALIST (Hollis Kreel, Norvale Times): Minister Brandstetter, who pays for the pipeline?

KAREL BRANDSTETTER: The consortium does.

JOURNALIST (Orkhan Vagifli, NTV): A question to Minister Ruhle. What is the cost?

ONDINE RUHLE: About two billion.

JOURNALIST (Kessing Gazetesi, Istanbul): And the timetable?
"""


def test_a_questioners_bracket_like_the_others_names_an_unlisted_name() -> None:
    said = _said(PRESSER, ["Karel Brandstetter", "Ondine Ruhle", "Orkhan Vagifli"])
    assert said["JOURNALIST (Hollis Kreel, Norvale Times)"] == {"hollis-kreel"}
    assert said["JOURNALIST (Orkhan Vagifli, NTV)"] == {"orkhan-vagifli"}
    assert said["JOURNALIST (Kessing Gazetesi, Istanbul)"] == {None}


UNION = """NORVALE LABOUR COUNCIL — EMERGENCY MEETING
In attendance: Comrade Stephen Oduya (Chairman, presiding); Comrade Hauwa Lami Dankwambo (teachers)

CHAIRMAN: Comrades, solidarity!

COMRADE DANKWAMBO: Chairman, point of order. The teachers are already on strike.

COMRADES: Solidarity!
"""


def test_comrade_is_a_title_before_a_surname() -> None:
    assert person_part("COMRADE DANKWAMBO") == person_part("DANKWAMBO")
    assert person_part("Cde Oduya") == person_part("Oduya")
    said = _said(UNION, ["Stephen Oduya", "Hauwa Lami Dankwambo"])
    assert said["COMRADE DANKWAMBO"] == {"hauwa-lami-dankwambo"}
    assert said["COMRADES"] == {None}


MATCH = """Post-match press conference — Norvale Cup final
Head coach: Marcel Brandstetter. Player: Emam Kreelawi.

Q: Coach, congratulations. Is this the best night of your time here?

BRANDSTETTER: Thank you. The most mature performance, yes. We stayed calm after the first goal.

Q: Emam, the goal — did you plan it?

KREELAWI: Honestly, I saw the keeper a little forward and I tried.
"""


def test_a_header_cast_entry_gives_a_surname_label_its_unlisted_given_name() -> None:
    said = _said(MATCH, ["Marcel Brandstetter"])
    assert said["KREELAWI"] == {"emam-kreelawi"}


HEARING = """                    IN THE 12TH DISTRICT COURT
                          NORVALE COUNTY

THE STATE OF NORVALE          )
                              )     CAUSE NO. 2025-0412
v.                            )
                              )
TOBIAS ANDRÉS KREEL           )

                    REPORTER'S RECORD — BOND HEARING

APPEARANCES:
     Ms. Ondine Ruhle, for the State
     Mr. Hollis Brandt, for the Defendant

               THE COURT:  We're on the record.  Defendant is present with counsel.

               MR. BRANDT:  Thank you, Your Honor.  My client asks for a lower bond.

               THE COURT:  Mr. Kreel, do you understand the conditions?

               THE DEFENDANT:  Yes, ma'am.
"""


def test_the_defendant_of_a_caption_set_in_a_box() -> None:
    said = _said(HEARING, ["Ondine Ruhle", "Hollis Brandt"])
    assert said["THE DEFENDANT"] == {"tobias-andres-kreel"}


TOWN_HALL = """Town hall with Rep. Ondine Ruhle
[00:01:10] Ondine Ruhle: Now I'd rather hear from you. Please tell me your name.

[00:01:20] Audience Member 2: [inaudible] ...the bridge! What about the bridge?

[00:01:25] Ondine Ruhle: Go ahead, sir.

[00:01:28] Audience Member 2: Hollis Brandt, from Kessington. The bridge has been shut for a year.

[00:01:40] Ondine Ruhle: Hollis, I hear you.
"""


def test_a_numbered_asker_named_later_is_named_throughout() -> None:
    said = _said(TOWN_HALL, ["Ondine Ruhle"])
    assert said["[00:01:20] Audience Member 2"] == {"hollis-brandt"}
    assert said["[00:01:28] Audience Member 2"] == {"hollis-brandt"}


GREETED = """RADIO NORVALE — MORNING SHOW
Presenter: Otieno Wekesa Mbugua

PRESENTER: Good morning! First caller, uko hewani.

CALLER 1: Habari Otieno! Ni mimi, from Thika.

PRESENTER: Karibu Njeri, karibu sana. Talk to us.

NJERI: The bread price went up again this week.

PRESENTER: Pole sana, Njeri.
"""


def test_a_greeting_read_as_a_given_name_names_no_label() -> None:
    said = _said(GREETED, ["Otieno Wekesa Mbugua", "Karibu Njeri"])
    assert said["NJERI"] == {None}
