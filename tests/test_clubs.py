"""A town named in a sports report stands for its club unless it is written as a location."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from archivist.clubs import club_in_report, sports_report

from .test_place_in_name import _linked_tails

PLACES = ("Leeds", "Bergamo", "Oslo", "Zurich", "Berlin", "England", "Florida", "Ohio")
REPORT = """Leeds stay top

BERGAMO, May 3 - Leeds beat Bergamo on Saturday to stay top of the league table.
Bergamo's new coach watched his striker miss a penalty, and Leeds now lie two points clear.
Fans in Leeds celebrated late into the night, and the squad flew to Oslo, where the next
qualifier is played. The season ends with meetings in Oslo, Zurich and Berlin.
England beat Florida in the friendly; Bergamo will host Ohio next week.
"""
NEWS = """Harbour talks

Leeds council said on Tuesday that Bergamo had signed the trade agreement.
Officials from Oslo joined them, and Berlin sent a delegation.
"""


def _linked(tmp_path: Path, text: str) -> list[str]:
    """The text around each linked place mention of one document ("…[Leeds]…")."""
    return _linked_tails(tmp_path, text, PLACES)


def test_a_town_in_a_club_role_of_a_sports_report_is_not_the_place(tmp_path: Path) -> None:
    linked = _linked(tmp_path, REPORT)
    assert any(t.startswith("BERGAMO") for t in linked)  # the dateline
    assert any("Fans in Leeds" in t for t in linked)
    assert any("flew to Oslo" in t for t in linked) and any("Oslo, where" in t for t in linked)
    assert any("Zurich" in t for t in linked) and any("and Berlin" in t for t in linked)
    assert any("England beat" in t for t in linked)  # a nation's team is the nation's
    clubs = ("Leeds beat", "beat Bergamo", "Bergamo's", "Leeds now", "beat Florida",
             "host Ohio", "Bergamo will")
    assert not any(c in t for t in linked for c in clubs), linked


def test_the_same_roles_in_other_news_keep_the_place(tmp_path: Path) -> None:
    linked = _linked(tmp_path, NEWS)
    assert any("Leeds council" in t for t in linked) and any("that Bergamo" in t for t in linked)
    assert any("and Berlin" in t for t in linked)


def _doc(title: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(meta=SimpleNamespace(title=title),
                           blocks=[SimpleNamespace(text=line) for line in text.split("\n")])


def test_a_sports_report_is_told_by_its_words_or_by_result_lines() -> None:
    assert sports_report(_doc("Cup final", "The striker scored twice in the match; goal of the "
                                           "season."))
    assert sports_report(_doc("Results", "Nantes 0 Lens 1 (Smicer 52nd).\nGuingamp 2 Monaco 1\n"))
    assert sports_report(_doc("Standings", "Lens 4 4 0 0 9 2 12\nMetz 4 3 1 0 7 3 10\n"))
    assert not sports_report(_doc("Power", "The 220 KV lines were cut by 500 megawatts.\n"
                                           "Strikers marched as the league of towns met.\n"))
    speech = ("We built roads, schools and hospitals in every region this year. " * 200 +
              "The football championship, the new stadium and the hockey season went well.")
    assert not sports_report(_doc("Press conference", speech))  # a few among many words


def test_a_dateline_a_venue_line_and_an_event_keep_the_town() -> None:
    assert not club_in_report("CARLSBAD, Florida 1996-08-24", len("CARLSBAD, "),
                              len("CARLSBAD, Florida"))
    assert not club_in_report("Leeds: Yorkshire beat Kent by an innings.", 0, len("Leeds"))
    assert not club_in_report("at Friday's Berlin grand prix", 14, 20)
    assert club_in_report("Leeds won the August 20 match 3-1.", 0, len("Leeds"))


def test_a_town_after_a_clubs_abbreviation_is_the_club(tmp_path: Path) -> None:
    from archivist.linking import _after_name_word  # noqa: PLC0415

    assert _after_name_word("He joined AC Milan in May.", len("He joined AC "))
    assert _after_name_word("Reiziger (F.C. Berlin) played.", len("Reiziger (F.C. "))
    assert not _after_name_word("He flew to Milan in May.", len("He flew to "))


def test_a_journey_from_a_town_in_a_sports_report_starts_at_the_place(tmp_path: Path) -> None:
    text = REPORT + "Supporters had travelled from Zurich and Berlin for the final.\n" \
        "Bergamo signed a winger from Leeds.\n"
    linked = _linked(tmp_path, text)
    assert any("elled from Zurich and Ber" in t for t in linked)
    assert any("Zurich and Berlin for th" in t for t in linked)
    assert not any("winger from Leeds" in t for t in linked)  # a transfer: the club


def test_an_interview_that_names_three_sports_words_once_is_no_report() -> None:
    talk = ("She grew up near the football ground and still follows the league, though she "
            "says a referee's life is lonely. Her novel is about a dog walker in a big city. ")
    assert not sports_report(_doc("An interview", talk))
    fixtures = ("English league soccer fixtures for Saturday: Leeds v Hull. " * 2 +
                "Scottish league soccer fixtures: Ayr v Hamilton.")
    assert sports_report(_doc("Fixtures", fixtures))  # the same words, repeated


def test_where_someone_comes_from_or_travels_to_is_the_place() -> None:
    def club(text: str, town: str) -> bool:
        return club_in_report(text, text.index(town), text.index(town) + len(town))

    assert not club("my mum's from Melbourne, and I've never been prouder", "Melbourne")
    assert not club("He will miss the trip to Aberdeen.", "Aberdeen")
    assert not club("one very loud east end of Glasgow.", "Glasgow")
    assert club("Leeds won 3-1, the end of Wigan's run.", "Wigan")  # not a place's end


def test_a_long_list_after_a_journey_keeps_its_towns() -> None:
    text = "Fans had travelled from Toronto, Houston and Dallas for the final."
    start = text.index("Dallas")
    assert not club_in_report(text, start, start + len("Dallas"))
