"""Linking leaves out a place's name where it is part of another name (synthetic texts)."""

from __future__ import annotations

import pytest

from archivist.place_context import part_of_other_name


def _other(text: str, name: str) -> bool:
    start = text.index(name)
    return part_of_other_name(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("They built a terminal off Quelvo, East Java, to supply plants.", "Java"),
    ("SEND Ghana and its partners launched an app.", "Ghana"),
    ("Water comes from reservoirs in the State of Mexico and elsewhere.", "Mexico"),
    ("Polish Press Agency / Notes from Poland", "Poland"),
    ("It sold more cars than Toyota and Hyundai combined.", "Toyota"),
    ("Rapidus, backed by Toyota, Sony, NTT and others, opened.", "Toyota"),
])
def test_a_place_inside_another_name_is_left_out(text, name):
    assert _other(text, name)


@pytest.mark.parametrize("text, name", [
    ("East Java was hit hardest.", "Java"),  # a compass word opening a sentence may qualify
    ("He toured eastern Java by train.", "Java"),
    ("FLOODS HIT GHANA AGAIN", "GHANA"),
    ("The UK and France agreed.", "France"),
    ("Talks in the State of Israel resumed.", "Israel"),  # the country's official name
    ("Fans from Poland came early.", "Poland"),
    ("Floods hit Leeds and Hull.", "Leeds"),
    ("SANTA CLARA, Calif. — Revenue rose.", "Calif."),
    ("He attended King's College, Lagos, and Oxford.", "Lagos"),
    ("Flights to cities including Melbourne, Sydney and Brisbane stopped.", "Sydney"),
    ("Miners in the Ashanti and Western regions sold gold.", "Ashanti"),
    ("Kansas City, Mo.-based Acme Bancshares Inc., with assets, grew.", "Kansas City"),
    ("In Detroit, Jane Roe pitched a shutout.", "Detroit"),
])
def test_a_place_written_as_a_place_stays(text, name):
    assert not _other(text, name)


def test_a_town_listed_with_a_place_the_archive_knows_stays():
    text = "It was a special day not only for Saransk and Quelvovia, but for all."
    start = text.index("Saransk")
    assert part_of_other_name(text, start, start + 7)
    assert not part_of_other_name(text, start, start + 7, frozenset({text.index("Quelvovia")}))
