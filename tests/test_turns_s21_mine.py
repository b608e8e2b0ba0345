"""Session 21 (mine): turns the reader did not make (a one-word surname label the host
introduces after "Dr"; role labels in capitals alone on their lines beside names so set) and a
holder's whole name after an honorific that follows a role ("Up-Pradhan Shri A B C")."""

from __future__ import annotations

from archivist.convert import parse_blocks

from .conftest import archive_of


def _turn_labels(text: str) -> list[str]:
    return [b.speaker for b in parse_blocks(text) if b.kind == "turn"]


INTERVIEW = """Radio Norvale — Morning Report
Wednesday 21 January 2026

Presenter: The alert level for the volcano has been raised overnight. Joining me now is Dr Tevakeola Latukefu

Latukefu: Good morning. The lake has heated by twenty degrees in ten days.

Presenter: Does that mean an eruption is coming?

Latukefu: Not necessarily, but the chance has gone up.
"""


def test_a_surname_label_the_host_introduces_after_a_title_makes_turns() -> None:
    assert _turn_labels(INTERVIEW).count("Latukefu") == 2


MEETING = """Village assembly of Norgaon
Present: Pradhan Smt. Rukmini Devi Sharma; Up-Pradhan Shri Ghevar Lal Verma; Kishan Lal Yadav;
Radha Rani Meena.

PRADHAN
Today the assembly meets for the water plan.

KISHAN LAL YADAV
The pipes are dry in my ward since March.

UP-PRADHAN
This is not true. Water came in May.

RADHA RANI MEENA
Only for two days.

PRADHAN
We will write to the district office.

KISHAN LAL YADAV
Write this week, please.
"""


def test_role_labels_alone_in_capitals_beside_names_so_set() -> None:
    labels = _turn_labels(MEETING)
    assert labels.count("PRADHAN") == 2 and labels.count("UP-PRADHAN") == 1


def test_the_role_labels_go_to_their_holders(tmp_path) -> None:
    archive = archive_of(tmp_path, {"a.txt": MEETING})
    names = {e.id: e.name for e in archive.entities}
    said = {}
    for doc_id, entity, block in archive.speakers:
        doc = next(d for d in archive.documents if d.id == doc_id)
        said.setdefault(doc.blocks[block].speaker, set()).add(names[entity])
    assert said.get("UP-PRADHAN") == {"Ghevar Lal Verma"}, said
    assert "Lal Verma" not in names.values()
