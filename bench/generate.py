"""Generate a deterministic synthetic corpus (sources/ + entities.yml) for the benchmark."""
from __future__ import annotations

import argparse
import itertools
import json
import logging
import math
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import names as N  # noqa: E402

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SENTENCES_FILE = HERE / "sentences.txt"
START_DATE, DAYS = date(2015, 1, 1), 3652
ZIPF_S = 1.0
SENTENCE_END = re.compile(r"[.?!…:][\"”’)]*$")


@dataclass
class Entity:
    """One registry entry."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)
    description: str = ""

    def to_yaml(self) -> dict[str, object]:
        """Return the registry mapping for this entity."""
        out: dict[str, object] = {"name": self.name, "type": self.type}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        out["description"] = self.description
        out.update(self.extra)
        return out


def load_sentences(path: Path = SENTENCES_FILE) -> dict[str, list[str]]:
    """Load tagged seed sentences: A = prose, Q = question, S = spoken answer (whole sentences
    only); H = every A line, for headlines; all = every line."""
    out: dict[str, list[str]] = {"A": [], "Q": [], "S": [], "H": [], "all": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        tag, _, text = line.partition("\t")
        if not text:
            continue
        out["all"].append(text)
        if tag == "A":
            out["H"].append(text)
        # A heading or byline line ("Russian President Vladimir Putin") run on into the next
        # sentence reads as a longer name ("Vladimir Putin According"): real text never does that.
        if SENTENCE_END.search(text):
            out[tag].append(text)
    out["P"] = out["A"] + out["S"]
    return out


class AliasBook:
    """Tracks every name and alias (case-insensitively) so none collide."""

    def __init__(self, stopwords: set[str]) -> None:
        self.used: set[str] = set()
        self.stopwords = stopwords

    def free(self, text: str) -> bool:
        """True if text is unused and not a common word."""
        key = text.casefold()
        return key not in self.used and key not in self.stopwords and len(key) > 1

    def take(self, text: str) -> bool:
        """Reserve text if free; return whether it was reserved."""
        if not self.free(text):
            return False
        self.used.add(text.casefold())
        return True


def add_entity(book: AliasBook, out: list[Entity], ent: Entity) -> bool:
    """Append ent if its name is free, keeping only aliases that are free too."""
    if not book.take(ent.name):
        return False
    ent.aliases = [a for a in ent.aliases if book.take(a)]
    out.append(ent)
    return True


def person_names(rng: random.Random) -> list[tuple[str, str]]:
    """All (given, family) pairs in a shuffled, seed-determined order."""
    slavic = [r + s for r in N.SLAVIC_ROOTS for s in N.SLAVIC_SUFFIXES]
    families = N.FAMILY_WEST + rng.sample(slavic, 260)
    pairs = [(g, f) for g in N.GIVEN for f in families]
    rng.shuffle(pairs)
    return pairs


def make_persons(rng: random.Random, book: AliasBook, count: int) -> list[Entity]:
    """Synthetic persons; the family name becomes an alias when it is unique."""
    pairs = person_names(rng)[:count]
    fam_count: dict[str, int] = {}
    for _, fam in pairs:
        fam_count[fam] = fam_count.get(fam, 0) + 1
    out: list[Entity] = []
    for given, fam in pairs:
        aliases = [fam] if fam_count[fam] == 1 else []
        if rng.random() < 0.15:
            aliases.append(f"{given[0]}. {fam}")
        role, place = rng.choice(N.ROLES), rng.choice(N.COUNTRIES)
        desc = f"{given} {fam} is a {role} from {place}."
        add_entity(book, out, Entity(f"{given} {fam}", "person", aliases, {}, desc))
    return out


def make_places(rng: random.Random, book: AliasBook, count: int) -> list[Entity]:
    """Synthetic towns with transliteration aliases and optional coordinates."""
    combos = [s + e for s in N.PLACE_START for e in N.PLACE_END]
    rng.shuffle(combos)
    out: list[Entity] = []
    for name in combos:
        if len(out) >= count:
            break
        alt = re.sub(r"hrad$", "grad", re.sub(r"iv$", "ov", name))
        aliases = [alt] if alt != name else []
        extra: dict[str, object] = {}
        if rng.random() < 0.6:
            extra["geonames"] = rng.randrange(600_000, 900_000)
            extra["coordinates"] = [round(rng.uniform(44, 56), 2), round(rng.uniform(22, 45), 2)]
        desc = f"{name} is a town in {rng.choice(N.COUNTRIES)}."
        add_entity(book, out, Entity(name, "place", aliases, extra, desc))
    return out


def org_candidates(rng: random.Random) -> list[str]:
    """Plausible organisation names in a shuffled order."""
    names = [f"{a} {n} {k}" for a in N.ORG_ADJ for n in N.ORG_NOUN for k in N.ORG_KIND]
    names += [f"Ministry of {f}" for f in N.MINISTRY_FIELDS]
    rng.shuffle(names)
    return names


def acronym(name: str) -> str:
    """Initials of the capitalised words of name."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def make_orgs(rng: random.Random, book: AliasBook, count: int) -> list[Entity]:
    """Synthetic organisations, some with an acronym alias."""
    out: list[Entity] = []
    for name in org_candidates(rng):
        if len(out) >= count:
            break
        acr = acronym(name)
        aliases = [acr] if len(acr) >= 3 and rng.random() < 0.5 else []
        desc = f"The {name} is an organisation based in {rng.choice(N.COUNTRIES)}."
        add_entity(book, out, Entity(name, "organization", aliases, {}, desc))
    return out


def make_registry(rng: random.Random, total: int, stopwords: set[str]) -> list[Entity]:
    """Build the entity list in Zipf rank order: real hubs first, then a shuffled mix."""
    book = AliasBook(stopwords)
    hubs: list[Entity] = []
    for name, typ, aliases, extra in N.REAL_ENTITIES:
        desc = f"{name} ({typ}), frequently mentioned in the seed corpus."
        add_entity(book, hubs, Entity(name, typ, list(aliases), dict(extra), desc))
    rest = total - len(hubs)
    n_places, n_orgs = rest * 28 // 100, rest * 20 // 100
    synthetic = make_places(rng, book, n_places) + make_orgs(rng, book, n_orgs)
    synthetic += make_persons(rng, book, rest - len(synthetic))
    rng.shuffle(synthetic)
    return hubs + synthetic


def write_registry(entities: list[Entity], path: Path) -> None:
    """Write entities.yml in the registry schema."""
    data = {"version": 1, "never_link": list(N.NEVER_LINK),
            "entities": [e.to_yaml() for e in entities]}
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")


def stopwords_from(sentences: dict[str, list[str]]) -> set[str]:
    """Lower-case words of the seed sentences, so aliases never equal ordinary words."""
    words: set[str] = set()
    for s in sentences["all"]:
        words.update(re.findall(r"\b[a-z]+\b", s))
    return words


class Writer:
    """Builds documents from seed sentences and Zipf-distributed entity mentions."""

    def __init__(self, rng: random.Random, sentences: dict[str, list[str]],
                 entities: list[Entity]) -> None:
        self.rng, self.s = rng, sentences
        self.pools: dict[str, tuple[list[Entity], list[float]]] = {}
        for typ in ("any", "person", "place", "organization"):
            pool = [e for e in entities if typ in ("any", e.type)]
            weights = (1 / (rank + 1) ** ZIPF_S for rank in range(len(pool)))
            self.pools[typ] = (pool, list(itertools.accumulate(weights)))
        self.seen: set[str] = set()

    def pick(self, typ: str = "any") -> Entity:
        """One entity, Zipf-weighted by rank within its type."""
        pool, cum = self.pools[typ]
        return self.rng.choices(pool, cum_weights=cum)[0]

    def say(self, ent: Entity) -> str:
        """Surface form of a mention: full name first, later often an alias."""
        if ent.name in self.seen and ent.aliases and self.rng.random() < 0.6:
            return self.rng.choice(ent.aliases)
        self.seen.add(ent.name)
        return ent.name

    def entity_sentence(self) -> str:
        """A templated sentence centred on one Zipf-picked entity."""
        r, ent = self.rng, self.pick()
        p = lambda: self.say(self.pick("person"))  # noqa: E731
        pl = lambda: self.say(self.pick("place"))  # noqa: E731
        o = lambda: self.say(self.pick("organization"))  # noqa: E731
        e, cl, wd = self.say(ent), r.choice(N.CLAUSES), r.choice(N.WEEKDAYS)
        if ent.type == "person":
            forms = [f"{e} said on {wd} that {cl}.",
                     f"“{cl.capitalize()},” {e} told reporters in {pl()}.",
                     f"{e}, {a_role(r)}, met officials from {o()} in {pl()}.",
                     f"{e} declined to comment on the report by {o()}.", f"According to {e}, {cl}."]
        elif ent.type == "place":
            forms = [f"Fighting was reported near {e} on {wd}.", f"Officials in {e} said {cl}.",
                     f"The delegation arrived in {e} late on {wd}, where {p()} was waiting."]
        else:
            forms = [f"A spokesperson for {e} said {cl}.",
                     f"{e} has not responded to requests for comment.",
                     f"In a statement, {e} said {cl}, adding that {p()} would travel to {pl()}."]
        return r.choice(forms)

    def sentence(self, pool: str, p_entity: float = 0.3) -> str:
        """A seed sentence from pool, or (with p_entity) an entity sentence."""
        if self.rng.random() < p_entity:
            return self.entity_sentence()
        return self.rng.choice(self.s[pool])

    def paragraphs(self, words: int, pool: str = "P") -> list[str]:
        """Paragraphs of 1-5 sentences until roughly `words` words are written."""
        out: list[str] = []
        count = 0
        while count < words:
            para = " ".join(self.sentence(pool) for _ in range(self.rng.randint(1, 5)))
            count += para.count(" ") + 1
            out.append(para)
        return out

    def headline(self) -> str:
        """A plausible headline mentioning one or two entities."""
        r, topic = self.rng, self.rng.choice(N.TOPICS)
        person, place = self.say(self.pick("person")), self.say(self.pick("place"))
        org = self.say(self.pick("organization"))
        forms = [f"{place} {topic} Stall as {person} Rejects Offer",
                 f"{person} Warns {org} Over {topic}", f"Report: {topic} in {place}",
                 f"{topic}: What We Know So Far", r.choice(self.s["H"])[:90].rstrip(" ,;")]
        return r.choice(forms)


def a_role(rng: random.Random) -> str:
    """A role with its indefinite article."""
    role = rng.choice(N.ROLES)
    return f"{'an' if role[0] in 'aeiou' else 'a'} {role}"


def mdy(day: date) -> str:
    """Format like 6/29/22."""
    return f"{day.month}/{day.day}/{day.year % 100:02d}"


def stamp(rng: random.Random, day: date) -> str:
    """Format like 'Thu, 01/23/2025 – 16:40'."""
    return f"{day:%a, %m/%d/%Y} – {rng.randrange(24):02d}:{rng.randrange(60):02d}"


def slugify(text: str, words: int = 6) -> str:
    """ASCII slug of the first few words."""
    parts = re.findall(r"[a-z0-9]+", text.lower().encode("ascii", "ignore").decode())
    return "-".join(parts[:words]) or "untitled"


def doc_length(rng: random.Random) -> int:
    """Skewed length in words: mostly 300-1,500, from ~150 up to ~8,000."""
    if rng.random() < 0.005:
        return rng.randint(5000, 8000)
    return int(min(8000, max(150, rng.lognormvariate(math.log(700), 0.7))))


def article(w: Writer, day: date, outlet: tuple[str, str]) -> tuple[str, str]:
    """Return (headline, text) of a news article with varied header conventions."""
    r, head = w.rng, w.headline()
    top: list[str] = []
    if r.random() < 0.15:
        top.append(f"---\ntitle: {json.dumps(head, ensure_ascii=False)}\ndate: {day.isoformat()}\n"
                   f"outlet: {json.dumps(outlet[0])}\n---")
    if r.random() < 0.1:
        top.append(r.choice(["World", "Europe", "Politics", "Economy", "Analysis"]))
    top.append(head)
    if r.random() < 0.3:
        top.append(f"By {r.choice(N.GIVEN)} {r.choice(N.FAMILY_WEST)}, {mdy(day)}")
    if r.random() < 0.35:
        top.append(day.isoformat() if r.random() < 0.5 else stamp(r, day))
    paras = w.paragraphs(doc_length(r))
    if r.random() < 0.25:
        paras[0] = f"{w.pick('place').name.upper()}, {r.choice(N.COUNTRIES)} – {paras[0]}"
    if r.random() < 0.1:
        bullets = [f"  • {w.sentence('A', 0.5)}" for _ in range(r.randint(3, 6))]
        paras.insert(min(2, len(paras)), "\n".join(bullets))
    if r.random() < 0.15:
        paras.append(f"Source: https://www.{outlet[1]}/{day:%Y/%m}/{slugify(head)}")
    if r.random() < 0.05:
        paras.append(f"— {outlet[0]} (@{outlet[1].split('.')[0]}) {day:%B} {day.day}, {day.year}")
    if r.random() < 0.1:
        paras += [f"{r.choice(N.GIVEN)} {r.choice(N.FAMILY_WEST)}", stamp(r, day)]
    sep = "\n\n" if r.random() < 0.7 else "\n"
    return head, sep.join(top + paras) + "\n"


def transcript(w: Writer, day: date) -> tuple[str, str]:
    """Return (title, text) of a press-conference transcript with speaker turns."""
    r = w.rng
    if r.random() < 0.7:
        long_name, short = "President of Russia Vladimir Putin", "Vladimir Putin"
    else:
        short = w.pick("person").name
        long_name = f"{r.choice(['Foreign Minister', 'Prime Minister', 'Spokesperson'])} {short}"
    place = w.pick("place").name
    title = f"Transcript of {short}’s Q&A with Journalists in {place} on {mdy(day)}"
    lines = [title] if r.random() < 0.6 else []
    if r.random() < 0.4:
        lines.append(long_name)
    lines.append(f"Kremlin Transcript, {mdy(day)}" if r.random() < 0.8
                 else f"{w.pick('organization').name} Transcript, {mdy(day)}")
    lines.append(f"In conclusion of his working visit to {place}, {short} answered questions "
                 "from media representatives.")
    lines.append(f"{long_name}: Good evening.")
    budget = doc_length(r)
    while budget > 0:
        asker = "Question"
        if r.random() < 0.15:
            asker = f"{r.choice(N.GIVEN)} {r.choice(N.FAMILY_WEST)}"
        lines.append(f"{asker}: " + " ".join(w.sentence("Q", 0.2) for _ in range(r.randint(1, 3))))
        answer = w.paragraphs(r.randint(40, 400), "S")
        speaker = long_name if r.random() < 0.2 else short
        answer[0] = f"{speaker}: {answer[0]}"
        lines += answer
        budget -= sum(p.count(" ") + 1 for p in answer) + 30
    return title, "\n\n".join(lines) + "\n"


def to_latin1(text: str) -> bytes:
    """Encode text as Latin-1 after replacing typographic characters Latin-1 lacks."""
    table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                           "…": "...", "•": "*"})
    return text.translate(table).encode("latin-1", errors="replace")


def messy_count(n_docs: int) -> int:
    """How many files of each messy kind (latin-1, empty, binary, duplicate)."""
    return max(1, n_docs // 500) if n_docs >= 10 else 0


def write_messy(rng: random.Random, w: Writer, src: Path, written: list[Path], k: int) -> int:
    """Write k files each of: Latin-1 text, empty, binary, byte-identical duplicate."""
    inbox = src / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    for i in range(k):
        day = START_DATE + timedelta(days=rng.randrange(DAYS))
        head, text = article(w, day, rng.choice(N.OUTLETS))
        text = text.replace(". ", f". {rng.choice(N.ACCENTED)}. ", 3)
        (inbox / f"latin1-{i:03d}-{slugify(head, 4)}.txt").write_bytes(to_latin1(text))
        (inbox / f"empty-{i:03d}.txt").write_bytes(b"")
        binary = b"\x89PNG\r\n\x1a\n\x00\x00" + rng.randbytes(4096)
        (inbox / f"scan-{i:03d}.txt").write_bytes(binary)
        original = rng.choice(written)
        (inbox / f"copy-{i:03d}-{original.name}").write_bytes(original.read_bytes())
    return 4 * k


def write_document(w: Writer, src: Path, i: int) -> Path:
    """Generate document number i and write it under src/<kind>/<year>/."""
    r = w.rng
    w.seen = set()
    day = START_DATE + timedelta(days=r.randrange(DAYS))
    if r.random() < 0.2:
        kind, (title, text) = "transcripts", transcript(w, day)
    else:
        kind, (title, text) = "articles", article(w, day, r.choice(N.OUTLETS))
    folder = src / kind / str(day.year)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{i:05d}-{slugify(title)}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def generate(n_docs: int, out: Path, seed: int = 1, n_entities: int = 1000) -> dict[str, int]:
    """Write out/sources/ (n_docs files) and out/entities.yml; return counts."""
    import shutil

    sentences = load_sentences()
    entities = make_registry(random.Random(seed * 7919 + 1), n_entities, stopwords_from(sentences))
    src = out / "sources"
    if src.exists():
        shutil.rmtree(src)
    src.mkdir(parents=True)
    write_registry(entities, out / "entities.yml")
    rng = random.Random(seed)
    w = Writer(rng, sentences, entities)
    k = messy_count(n_docs)
    written = [write_document(w, src, i) for i in range(n_docs - 4 * k)]
    messy = write_messy(rng, w, src, written, k)
    return {"documents": len(written) + messy, "messy": messy, "entities": len(entities)}


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, required=True, help="number of source files")
    ap.add_argument("--out", type=Path, required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--entities", type=int, default=1000, help="registry size")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    counts = generate(args.docs, args.out, args.seed, args.entities)
    log.info("generated %s in %s in %.1fs", counts, args.out, time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    raise SystemExit(main())
