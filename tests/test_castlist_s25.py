"""A header's cast line lists people by their part ("Hosts: Lagi Tuimavave, Ben Roe"): each
item of a person's shape is a person, a name no list knows included; bodies, roles and plain
words are not; a first-name label then names its host."""

from __future__ import annotations

import pytest

from archivist.detect import Detector
from archivist.detect.castlist import cast_people
from archivist.detect.lexicon import lexicon


@pytest.mark.parametrize("line, people", [
    ("Hosts: Lagi Tuimavave, Ben Fonoti-Wright", ("Lagi Tuimavave", "Ben Fonoti-Wright")),
    ("Guest: Dr Fiame Leota-Ah Chong, National University of Samoa", ("Fiame Leota-Ah Chong",)),
    ("Interviewee: Bridget (Bridie) O'Doherty, b. 1938", ("Bridget O'Doherty",)),
    ("Present: Commissioners Chad Pedersen (Chair), Mary Sherlund",
     ("Chad Pedersen", "Mary Sherlund")),
    ("Participants: Sr. Fartun Ali Hassan; Tomasz Wrona and Ewa Lis",
     ("Fartun Ali Hassan", "Tomasz Wrona", "Ewa Lis")),
])
def test_cast_line_people(line, people):
    assert cast_people(line, lexicon()) == people


@pytest.mark.parametrize("line", ["Present: Council members and staff",
                                  "Guests: Ministry of Health, Red Cross Society",
                                  "Hosts: New Zealand, Samoa", "Location: Harbour Hall, Apia",
                                  "Speakers: see the programme overleaf"])
def test_no_cast_people(line):
    assert cast_people(line, lexicon()) == ()


def test_cast_line_names_an_unlisted_host_and_her_label():
    from tests.conftest import archive_of
    import tempfile
    from pathlib import Path
    text = ("Tala Podcast — Episode 47\nHosts: Lagi Tuimavave, Ben Fonoti-Wright\n\n"
            "[00:00:04] Lagi: Welcome back. I'm Lagi, and with me is Ben.\n\n"
            "[00:00:11] Ben: Thanks, Lagi. Today it is the sea wall.\n\n"
            "[00:00:20] Lagi: Our guest is late, so we start without her.\n\n"
            "[00:00:31] Ben: Fine by me.\n")
    assert ("Lagi Tuimavave", "person") in {(c.name, c.type) for c in Detector().detect(text)}
    with tempfile.TemporaryDirectory() as d:
        archive = archive_of(Path(d), {"pod.txt": text})
        by_block = {(doc, b): e for doc, e, b in archive.speakers}
        doc = archive.documents[0]
        linked = {b.speaker: by_block.get((doc.id, i)) for i, b in enumerate(doc.blocks)
                  if b.speaker}
    assert linked["[00:00:04] Lagi"] == "lagi-tuimavave"
