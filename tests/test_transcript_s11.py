"""Session 11 transcript classes: namesakes told apart by their titles and given names' gender,
title words that are also given names, family-first names for ranked capitals labels, cast
abbreviations and offices named in a heading."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Entity, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _person(name: str) -> Entity:
    return Entity(id=name.lower().replace(" ", "-"), name=name, type="person", origin="detected")


def _said(text: str, names: tuple[str, ...] = ()) -> dict[str, str | None]:
    """Label → person entity id (the last turn's) of a text, with these detected people."""
    doc = _doc(text)
    people = [_person(n) for n in names]
    links = link_speakers([doc], people, {"d": {p.id for p in people}})
    by_block = {b: e for _, e, b in links.turns}
    return {b.speaker or "": by_block.get(i) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"}


HEARING = """Hearing on river flows

Chair OSTRANDER. Dr. Wilhelmina Quist is professor of hydrology. Dr. Quist, go ahead.

Dr. QUIST. Thank you. Flows were low this year.

Chair OSTRANDER. The Chair recognizes the gentleman from Ohio, Mr. Quist.

Mr. QUIST. Thank you, and no relation to the witness. How low?

Dr. QUIST. Sixty percent of normal.
"""


def test_a_surname_label_with_another_honorific_is_not_the_titled_namesake():
    said = _said(HEARING, ("Wilhelmina Quist",))
    assert said["Dr. QUIST"] == "wilhelmina-quist"
    assert said["Mr. QUIST"] is None


DEBATE = """Debate on evening buses

Ferdinand Okonjo-Hale (Westbury) (Lab): Will the hon. Lady give way?

Mr Okonjo-Hale: Buses matter in towns too.

Yasmin Okonjo-Hale (Eastbury) (Lab): I am not related to my hon. Friend.

Ms Okonjo-Hale: The same logic applies in cities.

Mr Okonjo-Hale: Will my hon. Friend give way?

Ms Okonjo-Hale: I will.
"""


def test_gendered_namesakes_go_by_the_gender_of_their_given_names():
    said = _said(DEBATE, ("Ferdinand Okonjo-Hale", "Yasmin Okonjo-Hale"))
    assert said["Mr Okonjo-Hale"] == "ferdinand-okonjo-hale"
    assert said["Ms Okonjo-Hale"] == "yasmin-okonjo-hale"


TV = """Governor's debate
MODERATOR: Clarabel Whitacre
CANDIDATES: Lieutenant Governor Jericho Mbatha-Ruiz; Senator Ottoline Vasquez-Brandt

WHITACRE: Good evening. Lieutenant Governor Mbatha-Ruiz, you first.

MBATHA-RUIZ: Thank you, Clarabel.

VASQUEZ-BRANDT: Thank you. Rents went up on his watch.

MBATHA-RUIZ: That is not accurate.

WHITACRE: Senator Vasquez-Brandt, your rebuttal.

VASQUEZ-BRANDT: I stand by it.

WHITACRE: Lieutenant Governor Mbatha-Ruiz, closing statement.

MBATHA-RUIZ: Good night.
"""


def test_a_title_that_is_also_a_given_name_is_no_namesake():
    said = _said(TV, ("Jericho Mbatha-Ruiz", "Clarabel Whitacre", "Ottoline Vasquez-Brandt"))
    assert said["MBATHA-RUIZ"] == "jericho-mbatha-ruiz"


HANSARD = """Rural buses

Tamati Te Whare (Stroud) (LD): I beg to move the motion.

Ms Te Whare: I will give way.
"""


def test_a_particle_surname_entity_does_not_hide_the_full_name():
    said = _said(HANSARD, ("Tamati Te Whare", "Te Whare"))
    assert said["Ms Te Whare"] == "tamati-te-whare"
