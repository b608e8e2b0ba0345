"""Session 29's organisation rules: the acronym in brackets after a translated body's name,
which does not spell it (synthetic texts; bodies and people are invented)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import archive_of


def _mentions(archive) -> dict[str, set[str]]:
    """Each entity's name → the surfaces linked to it, over the archive."""
    names = {e.id: e.name for e in archive.entities}
    out: dict[str, set[str]] = {}
    for m in archive.mentions:
        out.setdefault(names[m.entity], set()).add(m.text)
    return out


def test_a_translated_bodys_own_acronym_in_brackets_links_to_it(tmp_path: Path) -> None:
    text = ("Raid.\n\nOfficers of the Ministry of Rural Affairs (MZRV) searched the office on "
            "Monday. The MZRV said two men were held.\n")
    linked = _mentions(archive_of(tmp_path, {"a.txt": text}))
    assert linked["Ministry of Rural Affairs"] >= {"MZRV"}


def test_a_bracket_that_does_not_spell_links_only_after_a_body(tmp_path: Path) -> None:
    text = ("Vote.\n\nThe motion of Senator Kalinda Borrowdale (NPR) failed. Moldova (MDA) "
            "abstained, and the Ruritanian Farmers Union (AIM) said it was pleased.\n")
    linked = _mentions(archive_of(tmp_path, {"a.txt": text}))
    forms = {f for fs in linked.values() for f in fs}
    assert not {"NPR", "MDA", "AIM"} & forms  # a person's party, a place's code, a common word


def test_a_body_named_with_its_countrys_adjective_is_the_body(tmp_path: Path) -> None:
    one = "Talks.\n\nThe Algerian Tizrant Renewal Front met its critics on Monday.\n"
    four = "Vote.\n\nThe Tizrant Renewal Front said it would attend the talks.\n"
    two = "Vote.\n\nThe European Maritime Transport League won the vote on Friday.\n"
    three = "Cup.\n\nThe Maritime Transport League lost the vote on Friday.\n"
    archive = archive_of(tmp_path, {"a.txt": one, "b.txt": two, "c.txt": three,
                                    "d.txt": four})
    names = {e.name for e in archive.entities if e.type == "organization"}
    assert len(names & {"Tizrant Renewal Front", "Algerian Tizrant Renewal Front"}) == 1
    assert {"European Maritime Transport League", "Maritime Transport League"} <= names


def _orgs(text: str) -> set[str]:
    from archivist.detect import Detector
    return {c.name for c in Detector().detect(text) if c.type == "organization"}


def test_a_plurals_possessive_inside_a_bodys_name_keeps_the_name_whole() -> None:
    found = _orgs("Strike.\n\nThe Ruritania Teachers' Association said on Monday that the "
                  "strike would go on, and the Borrow Vale Shipowners’ Association agreed.\n")
    assert {"Ruritania Teachers' Association", "Borrow Vale Shipowners’ Association"} <= found
    assert not any(n.startswith("Association") for n in found)


def test_two_common_nouns_paired_by_and_stay_in_the_bodys_name() -> None:
    found = _orgs("Pipes.\n\nThe Kelloway Water and Sanitation Company said supply would resume. "
                  "Officials of the Tarnby Health and Safety Association agreed, and the "
                  "Ormsby and District Rail Users Association wrote to the minister.\n")
    assert {"Kelloway Water and Sanitation Company", "Ormsby and District Rail Users Association"
            } <= found
    assert not {"Sanitation Company", "Safety Association", "District Rail Users Association"
                } & found  # no cut half


def test_two_bodies_joined_by_and_stay_two() -> None:
    found = _orgs("Cruises.\n\nA consortium led by Royal Caribbean Group and Carnival Corporation "
                  "bid, while Barclays Bank and Standard Chartered Bank did not.\n")
    assert not any(" and " in n for n in found)
