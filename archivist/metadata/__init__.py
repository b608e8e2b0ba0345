"""Document metadata: given fields validated through a table of parsers, the rest read from the
text's header (title, date, author, place, outlet, kind).

Parts, lowest first (each imports only the ones above it):

- patterns.py: the patterns of header lines the readers share (datelines, release labels, dashes);
- place.py: the header place (a dateline's town, a labelled or a rubric's place, a venue, a
  town in a title);
- shapes.py: what a header line is (a label or a rubric, a masthead, a fields line, a
  headline's shape);
- date.py: the header date and the dateline scan (a published date, a date read both ways, a
  life's dates that are not the document's);
- outlet.py: the outlet (a paper under a byline or a title, an agency's dateline, a kicker's
  paper, a closing credit's outlet, words that are no outlet);
- author.py: the author (bylines in the header and their shapes, sign-offs, closing credits,
  letters' signers);
- letterhead.py: letterheads and releases (the issuer over a release's title, a letterhead's
  end, a mail header);
- title.py: the title (which block is the headline, past mastheads, letterheads and labels, and
  its clean text);
- given.py: given metadata (FIELD_PARSERS, validation, the merged Metadata);
- minutes.py: a meeting's minutes (their word in many languages, the body that met, the
  minutes' own line as the title under a letterhead, the recorder).
- reading.py: detect(), which reads a document's blocks with the parts above.
"""

from __future__ import annotations

from .given import FIELD_ALIASES, FIELD_PARSERS, KINDS, build_metadata, parse_given
from .reading import detect
from .title import derive_title, first_sentence

__all__ = ["FIELD_ALIASES", "FIELD_PARSERS", "KINDS", "build_metadata", "derive_title", "detect",
           "first_sentence", "parse_given"]
