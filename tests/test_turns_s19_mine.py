"""Session 19 (mine): speaker turns given to wrong pages on an unseen collection."""
from __future__ import annotations

from .test_turns_s12 import _said

BOARD = """HARBOUR HEALTH BOARD - Minutes (extract)
Present: Presidente, Dr. Álvaro Teixeira Roe; Diretora Clínica, Dra. Helena Vaz Berg; Vogal \
Executiva (finanças), Dra. Sónia Borges Lind.

PRESIDENTE: Good afternoon. Two points today.

DIRETORA CLÍNICA: Thank you. The night rota had fourteen gaps.

VOGAL (finanças): The budget cannot cover a second doctor.

DIRETORA CLÍNICA: Then we close two beds.
"""


def test_a_role_in_a_cast_entry_is_no_name_of_its_own():
    said = _said(BOARD)
    assert said["DIRETORA CLÍNICA"] in (None, "helena-vaz-berg")
    assert said["VOGAL (finanças)"] in (None, "sonia-borges-lind")


MINUTES = """VILLAGE MEETING MINUTES
Chair: Ketua Desa, Suharyo

KETUA DESA: Good evening. One item: the water line. Pak Dukuh, please.

DUKUH (Sokomoyo): Water first. People in my hamlet are tired.

DUKUH (Gunung Kelir): I agree with Pak Dukuh from Sokomoyo.

KETUA DESA: Thank you both.
"""


def test_a_word_held_under_two_qualifiers_names_no_one():
    said = _said(MINUTES)
    assert said["DUKUH (Sokomoyo)"] is None
    assert said["DUKUH (Gunung Kelir)"] is None
    assert said["KETUA DESA"] is None  # "Ketua Desa, Suharyo": a role and its holder


PHONE_IN = """MORNING LINE - phone-in (translated)

HOST: Good morning, the lines are open.

ODITÈ (Kafou): Hello? This is Tijak Fanfan, from Carrefour. The tolls are too many.

HOST: Thank you. Next.

ODITÈ (Okap): Good morning. The road to the port is closed again.

ODITÈ (Jakmèl): Hello, the bridge at the river is broken.
"""


def test_callers_from_different_towns_are_not_the_first_callers_name():
    said = _said(PHONE_IN)
    assert said["ODITÈ (Okap)"] is None
    assert said["ODITÈ (Jakmèl)"] is None


INQUIRY = """COMMISSION OF INQUIRY - Day 6
Before: Commissioner Ann Mere Havili (Chair); Commissioner Captain Peter Ashdown (assessor)

CHAIR: We resume. Captain Ashdown has questions.

COMMISSIONER ASHDOWN: When did the engine stop?

CHAIR: Thank you, Commissioner.
"""


def test_a_title_before_the_name_a_role_label_finds_is_no_part_of_it():
    said = _said(INQUIRY)
    assert said["COMMISSIONER ASHDOWN"] in (None, "peter-ashdown")
