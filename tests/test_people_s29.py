"""Session 29's people rules: works named after a royal, Arabic markets, a desk's word after a
reporter's name (synthetic texts; names are invented)."""

from __future__ import annotations

from archivist.detect import Detector


def _typed(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


def test_a_dam_named_after_a_king_is_a_place_and_a_man_named_dam_a_person() -> None:
    typed = _typed("Water.\n\nLevels at the King Harun Dam stood at 46 per cent, Mayor Piet "
                   "Dam said on Monday.\n")
    assert typed.get("King Harun Dam") == "place" and "Harun Dam" not in typed
    assert typed.get("Piet Dam") == "person"


def test_a_souk_is_a_place() -> None:
    typed = _typed("Floods.\n\nKhaled Marouf owns a spice shop on the Souk al-Fadda in "
                   "Tripoli.\n")
    assert typed.get("Souk al-Fadda") == "place"


def test_the_desk_after_a_reporters_name_is_no_part_of_it() -> None:
    typed = _typed("Vote.\n\nRowena Ilsley-Varga Political correspondent\n\nThe vote passed, "
                   "said Tom Hale.\n")
    assert typed.get("Rowena Ilsley-Varga") == "person"
    assert "Rowena Ilsley-Varga Political" not in typed


def test_a_malay_honorific_pair_goes_on_with_its_titles_and_the_given_names_are_the_person():
    typed = _typed("Flood.\n\nHe was accompanied by Deputy Prime Minister Datuk Seri Dr Ahmad "
                   "Rosli Hamidun, who chairs the committee. Later, Ahmad Rosli said the army had "
                   "deployed boats. Tan Sri Dr Noor Azlan Abdullah agreed.\n")
    people = {n for n, t in typed.items() if t == "person"}
    assert people == {"Ahmad Rosli Hamidun", "Noor Azlan Abdullah"}
