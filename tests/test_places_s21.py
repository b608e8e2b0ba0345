"""Session 21's place rules: classes of places missed in news nobody tuned on (synthetic texts;
places are gazetteer entries or invented)."""

from __future__ import annotations

from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


# --- a list of unlisted names whose later item has two words ---------------------------------------

def test_list_goes_on_past_an_item_of_two_words() -> None:
    places = _places("Camps were set up in Velmora, Quorbantu, Tarsin Town and Oskavi, offering "
                     "water.")
    assert {"Velmora", "Quorbantu", "Tarsin Town"} <= places


def test_a_list_of_names_ending_in_a_clause_stays_people() -> None:
    assert not _places("In Velmora, Stalin, Nikita Khrushchev and Brezhnev ruled.") & {
        "Stalin", "Brezhnev", "Nikita Khrushchev"}
