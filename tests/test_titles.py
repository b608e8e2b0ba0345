"""Two people of one surname, and gendered titles: a bare surname never links to the wrong one."""

from __future__ import annotations

from pathlib import Path

from archivist.titles import name_gender, other_gender, quoted_work, title_gender

from .conftest import archive_of


def _mentions(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, str]]:
    """(file, entity id, text as written) for every person mention of a synthetic corpus."""
    archive = archive_of(tmp_path, texts)
    files = {d.id: d.source for d in archive.documents}
    people = {e.id for e in archive.entities if e.type == "person"}
    return [(files[m.document], m.entity, m.text) for m in archive.mentions if m.entity in people]


def test_a_bare_surname_of_two_people_in_one_document_is_neither_of_them(tmp_path: Path):
    found = _mentions(tmp_path, {
        "a.txt": "Campaign trail\n\nGovernor Walter Brandish spoke in Ohio on Monday. His wife, "
                 "Helen Brandish, spoke in Iowa.\nBrandish said the tour would go on.\n",
    })
    assert ("a.txt", "walter-brandish", "Walter Brandish") in found
    assert ("a.txt", "helen-brandish", "Helen Brandish") in found
    assert not any(text == "Brandish" for _, _, text in found), found


def test_a_title_of_the_other_gender_does_not_link_to_the_person(tmp_path: Path):
    found = _mentions(tmp_path, {
        "a.txt": "Trade talks\n\nWalter Brandish, the trade minister, said on Monday that "
                 "talks would resume. Brandish spoke in Ohio.\nMrs. Brandish visited a "
                 "hospital in Iowa on Tuesday.\n",
    })
    assert ("a.txt", "walter-brandish", "Brandish") in found
    assert len([t for _, _, t in found if t == "Brandish"]) == 1, found  # not "Mrs. Brandish"


def test_genders_of_names_and_titles():
    assert name_gender("Hillary Clinton") == "f" and name_gender("Bill Clinton") == "m"
    assert name_gender("Clinton") is None and name_gender("Xqzt Brandish") is None
    assert title_gender("said Mrs. ", 10) == "f" and title_gender("said Ms ", 8) == "f"
    assert title_gender("said Mr ", 8) == "m" and title_gender("said ", 5) is None
    assert other_gender("thanked Mrs. ", 13, "m") and not other_gender("thanked Mrs. ", 13, "f")
    assert not other_gender("thanked ", 8, "m") and not other_gender("Mrs. ", 5, None)


def test_a_title_and_name_in_quotation_marks_name_a_work(tmp_path: Path):
    found = _mentions(tmp_path, {
        "a.txt": "Film music\n\nThe composer Walter Brandish wrote scores for many films, among "
                 "them an early version of \"Madame Brandish\". Brandish died in Paris.\n",
    })
    assert [t for _, _, t in found].count("Brandish") == 1, found  # not the film's title
    assert quoted_work('of "Madame Bovary".', len('of "Madame '), len('of "Madame Bovary'))
    assert quoted_work("of “Doctor Zhivago”", len("of “Doctor "), len("of “Doctor Zhivago"))
    assert not quoted_work('"I met John Smith"', len('"I met John '), len('"I met John Smith'))
    assert not quoted_work('said Mr. Smith.', len("said Mr. "), len("said Mr. Smith"))


def test_a_noble_titles_territory_is_not_a_place_mention():
    from archivist.titles import noble_title  # noqa: PLC0415

    line = "May 15 v Duke of Norfolk's XI, then a match in Norfolk."
    assert noble_title(line, line.index("Norfolk"))
    assert not noble_title(line, line.rindex("Norfolk"))
    assert noble_title("the Prince of Wales said", len("the Prince of "))
