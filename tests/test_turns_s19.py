"""Session 19: role labels named by layout-independent evidence: a header's cast line keyed by
the label's words (titles no list knows before the name, a nickname in brackets, particles, a
gloss after a slash, accents the label drops, several entries on one line), lower-case role words
before a name in a label, a station's operator who states their name, a guest by where they sit;
and labels that name no one (one of a kind beside the kind's label, a room that only applauds)."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.speakers import label_kind

from .test_turns_s14 import _said  # session 14's reader

VILLAGE = """MUSYAWARAH DESA / VILLAGE DELIBERATION — Desa Karangrejo
Balai Desa, Thursday 12 February 2026
Kepala Desa / Village head: Bapak Haji Darsono Wiryawan
Sekretaris Desa / Village secretary: Ibu Hajjah Siti Rahmawati Lubis

KEPALA DESA: Good morning, neighbours. We have one item today, the broken irrigation channel.

SEKRETARIS DESA: The repair is estimated at ninety million rupiah, and the village fund has sixty.

KEPALA DESA: Then we ask the district for the rest.

WARGA: Agreed.
"""


def test_cast_line_titles_no_list_knows() -> None:
    said = _said(VILLAGE)
    assert said["KEPALA DESA"] == {"darsono-wiryawan"}
    assert said["SEKRETARIS DESA"] == {"siti-rahmawati-lubis"}
    assert said["WARGA"] == {None}


CLUB = """IJSCLUB NORVALE — General members' meeting
Friday 6 March 2026, 20:00
Voorzitter / Chair: Geertruida (Trudy) van der Wal-Hoekstra, chair of the board
Penningmeester / Treasurer: Klaas Jelle Postmus

Voorzitter: Welcome, everyone. We have a quorum, so we begin with the accounts.

Penningmeester: Thank you. We ended the year with a small deficit, mostly the new lights.

Lid: Why did the lights cost so much?

Penningmeester: Because they last twenty years.

Voorzitter: Then I close the meeting.
"""


def test_mixed_case_labels_keyed_by_cast_lines_with_nickname_and_particles() -> None:
    said = _said(CLUB)
    assert said["Voorzitter"] == {"geertruida-van-der-wal-hoekstra"}
    assert said["Penningmeester"] == {"klaas-jelle-postmus"}


def test_lower_case_role_words_before_a_name() -> None:
    assert label_kind("Przewodniczący poseł Zbigniew Kowalczyk-Orda (PSL)") == "name"
    assert label_kind("Náměstek ministra zemědělství Petr Kalous") == "name"
    assert label_kind("Yesterday police said John Smith") is None
    text = """KOMISJA — Full record of the sitting

Przewodniczący poseł Zbigniew Kowalczyk-Orda (PSL): I open the sitting. I give the floor.

Podsekretarz stanu w Ministerstwie Klimatu Anna Wrzos-Bielecka: Thank you, Mr Chairman.

Przewodniczący poseł Zbigniew Kowalczyk-Orda (PSL): Thank you. I close the sitting.
"""
    said = _said(text)
    assert said["Przewodniczący poseł Zbigniew Kowalczyk-Orda (PSL)"] == \
        {"zbigniew-kowalczyk-orda"}
    assert said["Podsekretarz stanu w Ministerstwie Klimatu Anna Wrzos-Bielecka"] == \
        {"anna-wrzos-bielecka"}


BRIDGE = """MRCC NORVALE — Search and rescue conference bridge
Transcript for the incident file · times local

[22:14] MRCC NORVALE: Good evening. This is MRCC Norvale, duty officer Priya Ramdin-Seetul \
speaking. Coast Guard?

[22:15] COAST GUARD ESKBY: Coast Guard Eskby, Lieutenant Jean-Marc Perrault, on the line.

[22:16] MRCC NORVALE: Thank you. Can you send a patrol boat?

[22:17] COAST GUARD ESKBY: The patrol boat can sail at twenty-three hundred.

[22:18] FISHING AGENT: This is the owner's agent. The skipper called at four.

[22:19] MRCC NORVALE: Noted. Next call at midnight.
"""


def test_timecoded_stations_named_by_their_operators() -> None:
    said = _said(BRIDGE)
    norvale = [v for k, v in said.items() if k.endswith("MRCC NORVALE")]
    eskby = [v for k, v in said.items() if k.endswith("COAST GUARD ESKBY")]
    agent = [v for k, v in said.items() if k.endswith("FISHING AGENT")]
    assert set().union(*norvale) == {"priya-ramdin-seetul"}
    assert set().union(*eskby) == {"jean-marc-perrault"}
    assert set().union(*agent) == {None}


def test_a_timecoded_label_in_capitals_is_a_turn() -> None:
    blocks = parse_blocks("BRIDGE LOG\n\n[06:41] MARINE POLICE ESKBY: On the line.\n\n"
                          "[06:42] MRCC NORVALE: Copied.\n")
    assert [b.speaker for b in blocks if b.kind == "turn"] == \
        ["[06:41] MARINE POLICE ESKBY", "[06:42] MRCC NORVALE"]


COUNCIL = """ΔΗΜΟΤΙΚΟ ΣΥΜΒΟΥΛΙΟ / Municipal council of Norvale
Regular session, 2 December 2025
Πρόεδρος / Chair: Andreas Christofides
Δήμαρχος / Mayor: Eleni Kyriakou-Loizidou

ΠΡΟΕΔΡΟΣ: I open the session. The mayor has the floor.

ΔΗΜΑΡΧΟΣ: Thank you, Mr Chairman. The storm dropped eighty millimetres in two hours.

ΠΡΟΕΔΡΟΣ: Thank you. Madam Mayor, do you want to answer the question?

ΔΗΜΑΡΧΟΣ: I will answer. The civil defence came at midnight.

ΠΡΟΕΔΡΟΣ: Thank you. We move to the second item.
"""


def test_greek_labels_keyed_by_accented_cast_lines() -> None:
    said = _said(COUNCIL)
    assert said["ΠΡΟΕΔΡΟΣ"] == {"andreas-christofides"}
    assert said["ΔΗΜΑΡΧΟΣ"] == {"eleni-kyriakou-loizidou"}


FESTIVAL = """Norvale Literature Festival — "Between Two Languages"
Saturday 18 April 2026 · transcribed from the festival recording
Chair: Maaike van der Sluis (festival programmer) · Author: Tomasz Wróblewski-Kant · Translator \
(Polish–English): Eilís Ó Dálaigh

CHAIR: Welcome, everyone, to the last event of the afternoon. Tomasz will read in Polish first, \
and then Eilís will read the same pages in English for you all.

AUTHOR (in Polish, via translator): Thank you. I wrote this book in a flat over a chip shop.

TRANSLATOR: He says the flat smelled of vinegar for two years.

CHAIR: Eilís, what was the hardest thing to translate?

AUDIENCE MEMBER: Will the book come out in Irish too?
"""


def test_several_cast_entries_on_one_line() -> None:
    said = _said(FESTIVAL)
    assert said["CHAIR"] == {"maaike-van-der-sluis"}
    assert said["AUTHOR (in Polish, via translator)"] == {"tomasz-wroblewski-kant"}
    assert said["TRANSLATOR"] == {"eilis-o-dalaigh"}
    assert said["AUDIENCE MEMBER"] == {None}


RADIO = """Radio Norvale — "Health Hour", Sunday 8 February 2026
Studio guest: paediatrician, Norvale Teaching Hospital

PRESENTER: Good evening and welcome to Health Hour. I am your host Kwabena Ansah-Mensing. With \
me in the studio tonight is Dr. Akosua Frimpong-Boadu, a paediatrician at Norvale Teaching Hospital.

STUDIO GUEST: Thank you, Kwabena. Good evening to all the parents listening.

PRESENTER: Tonight we talk about measles. What should parents do?

STUDIO GUEST: Check the child's health book for two doses.
"""


def test_a_guest_by_where_they_sit_is_the_one_the_host_introduces() -> None:
    said = _said(RADIO)
    assert said["STUDIO GUEST"] == {"akosua-frimpong-boadu"}


MEETING = """MEETING OF HERDERS — 3rd bag, Norvale soum
Notes translated for the project partner.

BAG GOVERNOR: Good afternoon, herders. We have three questions today.

HERDER (Jigleg): I will start with the ice road, because it is closed.

YOUNG HERDER: Excuse me, I have a question about fodder. I don't want to say my name.

HERDER (Jigleg): The answer always comes in spring.

BAG GOVERNOR: The list is on the wall of the bag office.

SALLE: [applause]
"""


def test_one_of_a_kind_and_a_room_that_applauds_name_no_one() -> None:
    said = _said(MEETING)
    assert said["YOUNG HERDER"] == {None}
    assert said["SALLE"] == {None}


BOARD = """NORVALE SCHOOL DISTRICT — Board of Education
Board members present: Jennifer Borkowski-Lutz (President), Nancy Humbert (Vice President)

PRESIDENT: We'll move on to item seven. Secretary, please call the first speaker.

SECRETARY: Our first speaker is a parent.

PRESIDENT: Thank you.

VICE PRESIDENT: I'll add one thing. We promised a listening session.
"""


def test_a_modified_role_named_by_its_holder_stays_named() -> None:
    said = _said(BOARD)
    assert said["VICE PRESIDENT"] == {"nancy-humbert"}


PRESSER = """MINISTRY OF HARBOURS — PRESS AVAILABILITY
Speakers: Minister Batzorig Ganbold; Director of Ports Saruul Ochir
Moderator: Nomin Tseren, press office

MODERATOR: Good morning. The minister will speak in Mongolian and will be interpreted.

MINISTER: [in Mongolian]

INTERPRETER: Thank you all for coming. The new rules start in April.

MINISTER: [in Mongolian]

INTERPRETER: The rule will not change.
"""


def test_a_speaker_the_record_does_not_render_is_no_noise() -> None:
    said = _said(PRESSER)
    assert said["MINISTER"] == {"batzorig-ganbold"}


AGM = """NORVALE SHIPYARDS — Annual General Meeting
Voorzitter / Chair: Hendrika van Dalen-Schipper
Bag darga (bag governor): Ts. Oyunbat

Voorzitter: We now come to questions. I see the VEB first.

VEB: Thank you, madam chair. Sander Kuijt, on behalf of the VEB, the investors' association. \
My first question is for the board.

Voorzitter: Thank you. Next question.

VEB: A follow-up on the dividend.

BAG DARGA: I will answer for the herders.

BAG DARGA: The list is on the wall.
"""


def test_a_speaker_who_names_the_body_the_label_is_and_a_patronymic_initial() -> None:
    said = _said(AGM)
    assert said["VEB"] == {"sander-kuijt"}
    assert said["Voorzitter"] == {"hendrika-van-dalen-schipper"}
    assert said["BAG DARGA"] == {"ts-oyunbat"}


SENATE = """NORVALE STATE SENATE — FLOOR DEBATE
President of the Senate: Lieutenant Governor John Rodwell, presiding
Assistant Secretary of the Senate: Carla Mossley

THE PRESIDENT: The Senate will come to order. The Assistant Secretary will read the next bill.

THE ASSISTANT SECRETARY: Senate bill 114, an act relating to short-term rental units.

THE PRESIDENT: The Senator from Chittenden.

THE ASSISTANT SECRETARY: Second reading.
"""


def test_a_cast_key_with_the_body_its_role_is_of() -> None:
    said = _said(SENATE)
    assert said["THE ASSISTANT SECRETARY"] == {"carla-mossley"}


DUET = """„Фокус“ — evening interview, Norvale studio
Водещ / Host: Stoyan Kolchev · Оператор / Camera: staff

ВОДЕЩ: Good evening. Tonight we talk about snow in the mountains. My guest is the mayor of \
Norvale, Georgi Ivanov-Vasilchev. Mayor, the ski season opened three weeks late.

ГОСТ: Good evening. It is bad, but not a disaster.

ВОДЕЩ: Will the town ask the state for help?

ГОСТ: We have asked for a delay on the tourist tax, nothing more.
"""

CURATOR = """Sunday culture supplement · Interview recorded in the museum
Συνέντευξη / Interview: Nikos Vardalis · Φωτογραφίες / Photos: staff photographer

ΔΗΜΟΣΙΟΓΡΑΦΟΣ: We are standing in Gallery III. Please introduce yourself for the readers.

ΕΠΙΜΕΛΗΤΡΙΑ: Of course. My name is Eirini Galanou-Mavridi. I am the curator of the collections.

ΔΗΜΟΣΙΟΓΡΑΦΟΣ: What is the disc made of?

ΕΠΙΜΕΛΗΤΡΙΑ: Fired clay, stamped before firing.
"""


def test_two_voices_the_named_one_introduces_or_the_header_credits() -> None:
    said = _said(DUET)
    assert said["ВОДЕЩ"] == {"stoyan-kolchev"}
    assert said["ГОСТ"] == {"georgi-ivanov-vasilchev"}
    said = _said(CURATOR)
    assert said["ΕΠΙΜΕΛΗΤΡΙΑ"] == {"eirini-galanou-mavridi"}
    assert said["ΔΗΜΟΣΙΟΓΡΑΦΟΣ"] == {"nikos-vardalis"}


def test_a_name_then_the_kind_of_intervention_is_a_label() -> None:
    assert label_kind("Marek Zawadzki (ECR), blue-card question") == "name"
    assert label_kind("Ioana-Cristina Dobrescu, blue-card answer") == "name"
    assert label_kind("Paris, question") is None
