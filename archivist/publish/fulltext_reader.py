"""Query a written full-text index the way the search page does (docs/assets/search.js).

Used by the tests, as an oracle for the index, and by the benchmark, to count the bytes a first
query fetches without a browser.
"""

from __future__ import annotations

import bisect
import gzip
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from .fulltext import IMPACT_LEVELS, fnv1a, fold, js_order, ungap, words

log = logging.getLogger(__name__)

COMPLETIONS = 12  # as in search.js
SHOWN = 5
PARTS_TRIED = 6
EXCERPT_WORDS = 30


@dataclass(frozen=True)
class Match:
    """A query word and the stems it stands for (prefix: it matched as a completion)."""

    word: str
    stems: tuple[str, ...]
    prefix: bool

    def matches(self, token: str) -> bool:
        """Whether a folded word of a text is one this query word found (as search.js marks)."""
        return (token == self.word or (self.prefix and token.startswith(self.word))
                or any(token.startswith(stem) for stem in self.stems))


@dataclass(frozen=True)
class Hits:
    """Documents found, best first, the query's words, and every index file the query read."""

    documents: list[int]
    matches: tuple[Match, ...]
    fetched: tuple[str, ...]


@dataclass
class StaticIndex:
    """A written index folder (site/fulltext), read lazily, file by file."""

    folder: Path
    fetched: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.meta = json.loads((self.folder / "meta.json").read_text(encoding="utf-8"))
        self._word_keys = [js_order(w) for w in self.meta["words"]]
        self._stem_keys = [js_order(s) for s in self.meta["stems"]]

    def load(self, rel: str) -> object:
        """One gzipped JSON file of the index (remembered, as the page's cache does)."""
        if rel not in self.fetched:
            self.fetched[rel] = json.loads(gzip.decompress((self.folder / rel).read_bytes()))
        return self.fetched[rel]

    def match(self, word: str) -> Match:
        """A query word's own stem, or the stems of its commonest completions."""
        if not self.meta["words"]:
            return Match(word, (), prefix=True)
        first = max(bisect.bisect_right(self._word_keys, js_order(word)) - 1, 0)
        chunks = [first]
        for i in range(first + 1, len(self.meta["words"])):
            if len(chunks) == 3 or not self.meta["words"][i].startswith(word):
                break
            chunks.append(i)
        entries: dict[str, list] = {}
        for chunk in chunks:
            entries.update(self.load(f"w/{chunk}.json.gz"))  # type: ignore[arg-type]
        if word in entries:
            return Match(word, (entries[word][0],), prefix=False)
        completions = sorted((e for w, e in entries.items() if w.startswith(word)),
                             key=lambda e: -e[1])
        return Match(word, tuple(dict.fromkeys(e[0] for e in completions[:COMPLETIONS])), True)

    def scores(self, stem: str) -> dict[int, float]:
        """Document number → score of one stem."""
        at = bisect.bisect_right(self._stem_keys, js_order(stem)) - 1
        if at < 0:
            return {}
        posting = self.load(f"p/{at}.json.gz").get(stem)  # type: ignore[union-attr]
        if not posting:
            return {}
        return {doc: posting[0] * impact / IMPACT_LEVELS
                for doc, impact in zip(ungap(posting[1]), posting[2])}

    def filter_set(self, key: str, value: str) -> set[int]:
        """Documents with that filter value."""
        folded = fold(value.strip())
        bucket = fnv1a(folded) % self.meta["filters"].get(key, 1)
        found = self.load(f"f/{key}-{bucket}.json.gz").get(folded, [])  # type: ignore[union-attr]
        return set(ungap(found))

    def search(self, term: str, filters: dict[str, str] | None = None) -> Hits:
        """Documents holding every word of term and matching every filter, best first."""
        per_word = []
        found = tuple(self.match(word) for word in dict.fromkeys(words(term)))
        for match in found:
            best: dict[int, float] = {}
            for stem in match.stems:
                for doc, score in self.scores(stem).items():
                    best[doc] = max(best.get(doc, 0.0), score)
            per_word.append(best)
        sets = [self.filter_set(k, v) for k, v in sorted((filters or {}).items())]
        if per_word:
            total = dict(per_word[0])
            for other in per_word[1:]:
                total = {d: s + other[d] for d, s in total.items() if d in other}
        else:
            total = {d: 0.0 for d in set.intersection(*sets)} if sets else {}
        ranked = sorted((d for d in total if all(d in s for s in sets)),
                        key=lambda d: (-total[d], d))
        return Hits(ranked, found, tuple(self.fetched))

    def document(self, number: int) -> dict[str, object]:
        """What the search page shows of a result (with the first part of its text)."""
        return self.load(f"d/{number}.json.gz")  # type: ignore[return-value]

    def passage_text(self, number: int, found: tuple[Match, ...]) -> str:
        """The part of a document's text the page shows a passage of (as search.js chooses)."""
        first = self.document(number)
        best, best_words = str(first["text"]), self._words_in(str(first["text"]), found)
        for k in range(1, min(int(first["parts"]), PARTS_TRIED)):
            if best_words == len(found):
                break
            text = str(self.load(f"d/{number}-{k}.json.gz")["text"])  # type: ignore[index]
            if self._words_in(text, found) > best_words:
                best, best_words = text, self._words_in(text, found)
        return best

    @staticmethod
    def _words_in(text: str, found: tuple[Match, ...]) -> int:
        """The most query words any EXCERPT_WORDS-word stretch of text holds (search.js's test)."""
        hits = [next((i for i, m in enumerate(found) if m.matches(t)), -1) for t in words(text)]
        best = 0
        for start in range(max(1, len(hits) - EXCERPT_WORDS + 1)):
            window = {i for i in hits[start:start + EXCERPT_WORDS] if i >= 0}
            best = max(best, len(window))
        return best

    def full_text(self, number: int) -> str:
        """A document's whole text, all parts joined."""
        first = self.document(number)
        rest = [self.load(f"d/{number}-{k}.json.gz")["text"]  # type: ignore[index]
                for k in range(1, int(first["parts"]))]
        return "".join([str(first["text"]), *map(str, rest)])


def first_query_bytes(site: Path, term: str) -> dict[str, object]:
    """Bytes a first query for term fetches: script, meta, index chunks, shown documents."""
    index = StaticIndex(site / "fulltext")
    hits = index.search(term)
    for number in hits.documents[:SHOWN]:
        index.passage_text(number, hits.matches)
    files = {"assets/search.js": _wire(site / "assets" / "search.js"),
             "fulltext/meta.json": _wire(site / "fulltext" / "meta.json")}
    files.update({f"fulltext/{rel}": (site / "fulltext" / rel).stat().st_size
                  for rel in index.fetched})
    return {"term": term, "bytes": sum(files.values()), "matching_documents": len(hits.documents),
            "files": files}


def _wire(path: Path) -> int:
    """Size as sent by a server that gzips text."""
    data = path.read_bytes()
    return min(len(data), len(gzip.compress(data, 6)))
