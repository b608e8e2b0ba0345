"""Places in the languages that write them after their own prepositions or inflect them:
Swedish, Danish, Norwegian, Finnish, Polish, Czech and Slovak.

The English reading takes a listed town after "in" or "near"; these texts write "i Sundsvall",
"w Krakowie", "v Brně", "do Gdańska", and Finnish puts the place in a case ("Tampereella",
"Oulussa"). For a text in one of these languages, a capitalised word after one of its locatives,
or (Finnish) a capitalised word in a place case, is the gazetteer's place it stands for: the word
as written when listed, else its stem without the case ending, compared with the listed names
folded to ASCII, the stem's consonant changes undone ("Helsingissä" → Helsinki).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from anyascii import anyascii

from .lexicon import Lexicon, Place, minor_places

# Function words that tell each language (the Nordic ones read as one: their locatives agree).
FUNCTION_WORDS = {
    "nordic": frozenset("och att det som för med till av den på är inte har från ett om men var "
                        "också kan efter vid eller og af ikke fra til ved efter også hvor av "
                        "etter ble blev skal".split()),
    "fi": frozenset("ja on ei että se oli mutta myös kun tai ovat hän jo niin joka kuin olla "
                    "ovat sekä jotka mukaan vuonna".split()),
    "pl": frozenset("i w na z do się nie jest to że o jak po od za przez przy dla oraz już "
                    "także został została które który".split()),
    "cs": frozenset("a v na se je že z do to o jako po od za pro při jsou také už bylo který "
                    "která které".split()),
    "sk": frozenset("a v na sa je že z do to o ako po od za pre pri sú aj už bolo ktorý ktorá "
                    "ktoré".split()),
}
ENGLISH = frozenset("the and of is was with for that this are".split())
ENGLISH_THE = 3  # this many "the" in a text's opening: English
WORD_RE = re.compile(r"[^\W\d_]+")
LANGUAGE_SAMPLE = 3000
# The prepositions before a place: "in", "from", "to", "at", "near", "on" (a Slavic "na
# Slovensku").
LOCATIVES = {
    "nordic": frozenset("i fra från til till ved vid mot mod nær nära utanför utenfor "
                        "udenfor".split()),
    "pl": frozenset("w we z ze do pod koło przy na nad obok spod".split()),
    "cs": frozenset("v ve z ze do u na pod nad kolem".split()),
    "sk": frozenset("v vo z zo do pri na pod nad u".split()),
    "fi": frozenset(),
}
# Case endings, longest first within each language (Finnish: the place cases, and the genitive).
ENDINGS = {
    "nordic": ("s",),
    "pl": ("owie", "iem", "iu", "ie", "em", "om", "ą", "ę", "u", "a", "y", "i"),
    "cs": ("ech", "em", "ou", "ě", "e", "u", "a", "y", "i"),
    "sk": ("om", "e", "u", "a", "y", "i"),
    # (not the genitive's "-n": "Tampereen yliopisto", "Pohjois-Pohjanmaan ely-keskus" are
    # bodies of the place more often than the place)
    "fi": ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "seen", "hin", "aan",
           "ään", "een", "iin", "oon", "uun"),
}
# Locatives that also stand before people ("na Kowalu": on the player Kowal; "z Janem": with
# Jan): only a gazetteer's town after them, no small one.
PERSON_LOCATIVES = frozenset("na z ze u pri".split())
COMMON_ZIPF = 3.0  # a word this frequent in Finnish (wordfreq) is a word, no place's case
# What a stem may have lost: the nominative's last vowel ("Brn-ě": Brno, "Gdyn-i": Gdynia).
RESTORED = ("", "a", "o", "e", "i", "ia", "u")
# Finnish consonant gradation, undone: "Helsingi-" → Helsinki, "Lappeenrann-" → Lappeenranta.
GRADATION = (("ng", "nk"), ("nn", "nt"), ("mm", "mp"), ("ll", "lt"), ("rr", "rt"), ("d", "t"))
NAME_RE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽ][\w'’-]+)")
MIN_STEM = 3


def written_in(text: str) -> str:
    """The language ("nordic", "fi", "pl", "cs", "sk") a text's opening is written in, or ""."""
    sample = text[:LANGUAGE_SAMPLE].lower()
    if sample.count(" the ") >= ENGLISH_THE:
        return ""  # an English text, told at once (every text asks)
    seen = Counter(WORD_RE.findall(sample))
    counts = {lang: sum(seen[w] for w in table) for lang, table in FUNCTION_WORDS.items()}
    lang = max(counts, key=counts.__getitem__)
    others = sorted(counts.values())[-2] + sum(seen[w] for w in ENGLISH)
    return lang if counts[lang] >= 8 and counts[lang] > 1.5 * others else ""


def located_places(line: str, lang: str, lex: Lexicon) -> list[tuple[str, str, int, int]]:
    """The listed places a line of a text in `lang` names after a locative or in a Finnish place
    case: (place's name, surface, start, end)."""
    out = []
    for m in NAME_RE.finditer(line):
        end = m.start()
        while end and line[end - 1].isspace():
            end -= 1
        before = line[line.rfind(" ", 0, end) + 1:end]  # the word before, the line not copied
        if lang == "fi":
            cued = before[-1:].isalnum() or before[-1:] in ",;" if before else False
        else:
            cued = before.lower() in LOCATIVES[lang] and before.islower()
        if not cued:
            continue  # (a Finnish name opening the sentence may be a person's)
        place = listed_form(m[1], lang, lex, minor=before.lower() not in PERSON_LOCATIVES)
        if place is not None and lang == "fi" and place.name not in lex.places and \
                _zipf(m[1].lower()) >= COMMON_ZIPF:
            continue  # "Vain välttämättömät": "only", a cookie button's word, no small town's
        if place is not None:
            out.append((place.name, m[1], m.start(1), m.end(1)))
    return out


def listed_form(word: str, lang: str, lex: Lexicon, minor: bool = True) -> Place | None:
    """The gazetteer's place an inflected word names (`minor`: or a small town's), or None."""
    if lang != "fi" and word in lex.places:
        return lex.places[word]
    if lang != "fi" and minor and word in minor_places():
        return Place(word, False)
    folded = _folded_places(lex, minor)
    found = [place for form in _nominatives(word, lang) if (place := folded.get(form))]
    # a town the gazetteer lists before a small one ("Opolu": Opole, not the Philippines' Opol),
    # then the readings in order
    return min(found, key=lambda p: (p.name not in lex.places, not p.strong), default=None)


def _nominatives(word: str, lang: str) -> list[str]:
    """The folded forms a word may be the case of, likeliest first: its stem without each
    ending, its consonants restored, a Finnish case's extra vowel gone ("Tamperee-lla"), and
    each with a lost last vowel put back."""
    out = []
    for ending in ENDINGS[lang]:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM:
            continue
        stem = anyascii(word[:-len(ending)]).lower()
        bases = [stem, *(stem[:-len(b)] + a for b, a in GRADATION if stem.endswith(b)),
                 *(stem.replace(b, a) for b, a in GRADATION[:2] if b in stem),
                 *([stem[:-1]] if lang == "fi" else [])]
        out += [base + vowel for base in dict.fromkeys(bases) if len(base) >= MIN_STEM
                for vowel in RESTORED]
    return list(dict.fromkeys(out))


_FOLDED: dict[tuple[int, bool], tuple[Lexicon, dict[str, Place]]] = {}


def _folded_places(lex: Lexicon, minor: bool) -> dict[str, Place]:
    """The gazetteer's one-word names folded to ASCII lower case ("krakow" → Kraków), with the
    small towns a locative backs ("w Straszynie") when `minor`; built once per lexicon."""
    cached = _FOLDED.get((id(lex), minor))
    if cached is None or cached[0] is not lex:
        out: dict[str, Place] = {}
        for name, place in sorted(lex.places.items()):
            if " " not in name:
                out.setdefault(anyascii(name).lower(), place)
        for name in sorted(minor_places()) if minor else ():
            if " " not in name:
                out.setdefault(anyascii(name).lower(), Place(name, False))
        cached = _FOLDED[(id(lex), minor)] = (lex, out)
    return cached[1]


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """The word's frequency in Finnish (wordfreq's Zipf scale)."""
    import wordfreq  # noqa: PLC0415 (loaded only for Finnish texts)

    return wordfreq.zipf_frequency(word, "fi")
