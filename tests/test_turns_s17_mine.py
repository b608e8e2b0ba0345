"""Speaker labels first met on unseen transcripts (session 15): role labels in other languages
written in capitals, a guest introduced just before they speak, roles held for two sides, a
Hong Kong name in a cast line."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from .conftest import archive_of
from .test_turns_s11 import _turns

PRESSER = """KULÜP BASIN TOPLANTISI / CLUB PRESS CONFERENCE
Teknik direktör / Head coach: Davide Ferretti-Lanza

BASIN SORUMLUSU: Good evening. The coach will speak first, then questions.
TEKNİK DİREKTÖR: Thank you. We played well in the second half.
BASIN SORUMLUSU: First question, please.
TEKNİK DİREKTÖR: Yes, the pitch was heavy after the rain.
AFISA UVUVI: The fish levy came in at eighty per cent of target.
BASIN SORUMLUSU: Thank you. One more.
AFISA UVUVI: Patrols seized six hundred illegal nets.
"""


def test_a_role_in_capitals_of_words_no_list_knows_opens_no_page(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, {"t.txt": PRESSER})
    people = {unicodedata.normalize("NFKD", e.name).encode("ascii", "ignore").decode().lower()
              for e in archive.entities if e.type == "person"}
    assert not any(w in n for n in people for w in ("direkt", "sorumlusu", "afisa"))


MIXED = """Mixed zone, 1500 m final

Tsigereda Alemu-Haile (ETH): I'm very happy. I decided to go alone in the last lap.
MODERATOR: Questions for the winner, please.
Tsigereda Alemu-Haile (ETH): Yes, if my coach agrees. We decide next week.
"""


def test_a_name_in_mixed_case_that_speaks_twice_still_opens_a_page(tmp_path: Path) -> None:
    assert _turns(tmp_path, MIXED)["Tsigereda Alemu-Haile (ETH)"] == {"Tsigereda Alemu-Haile"}


BRIEFING = """Gen. Folasade Adebayo-King, Commander; Col. Tadeusz Przybylski, Operations

STAFF: Good afternoon. General Adebayo-King will open, then take questions.
GEN. ADEBAYO-KING: Thank you. The exercise ends on Friday.
STAFF: First question.
GEN. ADEBAYO-KING: We have no casualties to report.
"""


def test_a_name_written_in_the_title_line_vouches_for_a_capitals_label(tmp_path: Path) -> None:
    assert _turns(tmp_path, BRIEFING)["GEN. ADEBAYO-KING"] == {"Folasade Adebayo-King"}


RADIO = """Radio Norvale — Breakfast

PRESENTER: Twenty to eight, I'm Gemma Pickersgill. Our reporter Oliver Lund has been to the market.
REPORTER: The fish hall is already busy at six, but eleven stalls are shut.
PRESENTER: Well, with me in the studio is Councillor Nasreen Akhtar-Field. Good morning.
GUEST: Morning, Gemma. Thanks for having me.
PRESENTER: Why are stalls empty?
GUEST: Rents have gone up, and we are phasing the increase.
"""


def test_the_guest_is_who_the_host_introduces_just_before_they_speak(tmp_path: Path) -> None:
    assert _turns(tmp_path, RADIO)["GUEST"] == {"Nasreen Akhtar-Field"}


BARGAINING = """COLLECTIVE BARGAINING — SESSION 6
For the union: Sandra Okonkwo-Moss (chief spokesperson); Deng Mabior
For the employer: Trevor Roe-Lincoln (chief spokesperson, counsel); Kim Strand

CHIEF SPOKESPERSON (UNION): We cannot accept the line-speed clause as written.
CHIEF SPOKESPERSON (EMPLOYER): Consulted, or has to agree? Those differ.
CHIEF SPOKESPERSON (UNION): Agree. A committee that only hears us changes nothing.
CHIEF SPOKESPERSON (EMPLOYER): Then we need a caucus.
"""


def test_a_role_held_for_two_sides_gets_not_one_side_s_name(tmp_path: Path) -> None:
    turns = _turns(tmp_path, BARGAINING)
    assert "Sandra Okonkwo-Moss" not in turns.get("CHIEF SPOKESPERSON (EMPLOYER)", set())


COMMITTEE = """District Council — Traffic Committee
Chairman: Mr Ivan Moss Ho Chun-yin

Chairman: Good afternoon. The meeting is now open.
Member Chan Siu-ming: Thank you, Chairman. The crossing needs lights.
Chairman: The department will reply.
"""


def test_a_hong_kong_name_in_a_cast_line_is_read_whole(tmp_path: Path) -> None:
    assert _turns(tmp_path, COMMITTEE)["Chairman"] == {"Ivan Moss Ho Chun-yin"}


CONSEIL = """VILLE DE NORVALE — Séance du conseil / Council meeting
Présidence / Presiding: la mairesse, Mme Odile Brassard-Roy
Également présents / Also present: M. Lucien Paradis-Gagné, directeur général

LA MAIRESSE: We now come to the question period. As usual, each person has three minutes and \
one follow-up question; please come to the microphone and give your name and your neighbourhood.
LE DIRECTEUR GÉNÉRAL: The roadworks start in June, madam mayor.
LA MAIRESSE: Thank you. Next question.
LE DIRECTEUR GÉNÉRAL: The budget is in the annex.
"""

STUDIO = """Wahlabend — election night
Im Studio / In the studio: Seraina Andri (Moderation); Politologe Urs Bieri-Tanner, Uni Bern

MODERATION: Good evening, I'm Seraina Andri. Urs, what do we see?
POLITOLOGE: A valley race, Seraina. The Engadine votes as a bloc.
MODERATION: Thank you.
POLITOLOGE: It is close.
"""


def test_a_label_in_words_of_another_language_is_the_one_the_header_names_in_them(
        tmp_path: Path) -> None:
    turns = _turns(tmp_path / "a", CONSEIL)
    assert turns["LA MAIRESSE"] == {"Odile Brassard-Roy"}
    assert turns["LE DIRECTEUR GÉNÉRAL"] == {"Lucien Paradis-Gagné"}
    assert _turns(tmp_path / "b", STUDIO)["POLITOLOGE"] == {"Urs Bieri-Tanner"}
    assert _turns(tmp_path / "c", PRESSER)["TEKNİK DİREKTÖR"] == {"Davide Ferretti-Lanza"}


LUNCH = """Lunch with the FT: Ingrid Bjørnstad
The paper spoke with the finance minister, Ingrid Bjørnstad, over cod in Oslo.

FT: You manage the largest fund in the world. Does that feel like power?
Bjørnstad: It feels like responsibility. The fund belongs to future Norwegians.
FT: And the oil?
Bjørnstad: It will run out.
"""


def test_who_speaks_under_their_own_label_holds_no_other(tmp_path: Path) -> None:
    turns = _turns(tmp_path, LUNCH)
    assert "FT" not in turns and turns["Bjørnstad"] == {"Ingrid Bjørnstad"}


CALL_IN = """Shamba Letu — farmers' call-in
Studio guest: county agricultural officer

PRESENTER: Good morning, Kitui. I am your host Mwende Kyalo. The rains have failed again.
STUDIO GUEST: Thank you, Mwende. Do not plant maize now; plant green grams or sorghum instead.
CALLER, Mutomo: Hello? My name is Josephine Mbithe Kavita, I farm near Mutomo. What can I do?
STUDIO GUEST: Pole sana, Josephine. The county has seed for farmers who lost their crops.
PRESENTER: Thank you, Josephine. Next caller, from Migwani.
"""


def test_thanks_to_a_caller_by_her_own_name_do_not_name_the_guest(tmp_path: Path) -> None:
    assert "Josephine Mbithe Kavita" not in _turns(tmp_path, CALL_IN).get("STUDIO GUEST", set())


COMMITTEE_PL = """SEJM — Komisja Ochrony Środowiska
Posiedzenie nr 14

Przewodniczący: Thank you. I give the floor to the committee's expert.
Ekspert Komisji: Thank you. Dr Krzysztof Ptak, Warsaw University of Life Sciences. The San below \
Przemyśl is a Natura 2000 site with spawning grounds, and a dam would cut the route of the fish.
Przewodniczący: Thank you. Questions?
Ekspert Komisji: Every option has losers, Deputy. The question is how many.
"""

INTERVIEW = """RECORD OF TAPED INTERVIEW
Person interviewed: Carlos Manuel Ferrary Gómez, address La Línea

DC REYES: This interview is being recorded at the police station. Please state your full name \
for the tape, and your date of birth, and then we will start with the questions about the car.
SUSPECT: Carlos Manuel Ferrary Gómez.
DC REYES: Do you understand the caution?
SUSPECT: Yes, I understand.
"""


def test_a_worded_label_is_who_its_first_turn_says_they_are(tmp_path: Path) -> None:
    assert _turns(tmp_path / "a", COMMITTEE_PL)["Ekspert Komisji"] == {"Krzysztof Ptak"}
    # a name given in answer is a turn of its own, not a header's cast line
    assert _turns(tmp_path / "b", INTERVIEW)["SUSPECT"] == {"Carlos Manuel Ferrary Gómez"}
