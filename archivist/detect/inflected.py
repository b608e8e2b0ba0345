"""Places in the languages that write them after their own prepositions or inflect them:
Swedish, Danish, Norwegian, Finnish, Polish, Czech, Slovak, Romanian, Hungarian, Estonian,
Latvian, Lithuanian, Turkish and Russian.

The English reading takes a listed town after "in" or "near"; these texts write "i Sundsvall",
"w Krakowie", "v Brně", "do Gdańska", and Finnish puts the place in a case ("Tampereella",
"Oulussa"), as do Hungarian ("Szegeden"), Estonian ("Tallinnas"), Latvian ("Rīgā") and
Lithuanian ("Vilniuje"); Turkish writes the case after an apostrophe ("İstanbul'da"). For a text
in one of these languages, a capitalised word after one of its locatives, or (the languages
without them) a capitalised word in a place case, is the gazetteer's place it stands for: the word
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
    "ro": frozenset("și în din care pentru este sunt fost după către spre lui această acest "
                    "sau fiind între despre".split()),
    "hu": frozenset("és az hogy nem egy van volt meg már mint csak szerint után pedig között "
                    "ahol amely még".split()),
    "et": frozenset("ning see ka et kui mis aga või pärast kes nad oma veel seda ütles".split()),
    "lv": frozenset("un ir ar par uz kas arī bet vai tas pēc līdz šī kā tika".split()),
    "lt": frozenset("kad su iš į kaip bet yra buvo tai dėl jau taip po nuo kuris".split()),
    "tr": frozenset("ve bir bu için ile olarak olan gibi daha çok sonra ancak ise değil "
                    "kadar göre ilişkin tarafından üzerine yapılan edildi oldu etti her iki tüm "
                    "de da".split()),
    "ru": frozenset("и в на с по не что это как из за от для к о у же он она они был была были "
                    "также который которая которые его её их при после между".split()),
}
# Letters only one of these languages writes: a text that has them is in one of the languages
# whose letters it has ("a" is a Czech word and the Hungarian article; "ő" tells them apart).
LETTERS = {"cs": "řěů", "sk": "ľĺŕô", "pl": "łąęśźż", "hu": "őű", "ro": "șță", "lv": "āēīķļņģ",
           "lt": "ėųį", "et": "õ", "tr": "ığ", "nordic": "åæø", "ru": "ыэщъ"}
MIN_LETTERS = 3
MANY_LETTERS, FEW_WORDS = 20, 3
# The languages that put a place in a case with no preposition before it.
CASE_LANGUAGES = frozenset(("fi", "hu", "et", "lv", "lt"))
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
    "ro": frozenset("în din la spre lângă prin către dinspre".split()),
    "ru": frozenset("в во на из с со до у под над около возле близ к ко по через от".split()),
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
    "ro": ("ului", "ul", "ei"),  # "Clujului", "Constanței" (the genitive's article)
    "hu": ("ban", "ben", "ból", "ből", "ról", "ről", "nál", "nél", "hoz", "hez", "höz", "tól",
           "től", "ba", "be", "ra", "re", "on", "en", "ön", "n", "ig"),
    "et": ("asse", "ast", "as", "sse", "st", "s", "le", "lt", "l"),
    "lv": ("ā", "ē", "ī", "ū", "as", "es", "is", "us", "ai", "ei", "ij"),
    "lt": ("uje", "oje", "ėje", "yje", "aus", "os", "ės", "io", "e"),
    "tr": (),
    # Russian: "в Бишкеке", "из Ташкента", "к Алматы" (a name that does not change is listed)
    "ru": ("ами", "ями", "ах", "ях", "ом", "ем", "ой", "ей", "е", "у", "ю", "а", "я", "ы", "и"),
}
# What else a stem may have lost, by language: Hungarian lengthens a last vowel ("Mecsekalja",
# "Mecsekaljá-ról"), Latvian and Lithuanian drop the nominative's ending ("Daugavpil-ī":
# Daugavpils, "Vilni-uje": Vilnius, "Kaun-e": Kaunas).
LOST = {"hu": (), "lv": ("s",), "lt": ("as", "us", "ius", "is", "ys", "a", "ė")}
LONG_VOWELS = str.maketrans("áé", "ae")
# wordfreq's languages, for telling a common word from a place's case (Estonian has none).
ZIPF_LANGUAGES = frozenset(("fi", "hu", "lv", "lt", "ro"))
# Locatives that also stand before people ("na Kowalu": on the player Kowal; "z Janem": with
# Jan): only a gazetteer's town after them, no small one.
PERSON_LOCATIVES = frozenset("na z ze u pri".split())
COMMON_ZIPF = 3.0  # a word this frequent in Finnish (wordfreq) is a word, no place's case
# What a stem may have lost: the nominative's last vowel ("Brn-ě": Brno, "Gdyn-i": Gdynia).
RESTORED = ("", "a", "o", "e", "i", "ia", "u")
# Finnish consonant gradation, undone: "Helsingi-" → Helsinki, "Lappeenrann-" → Lappeenranta.
GRADATION = (("ng", "nk"), ("nn", "nt"), ("mm", "mp"), ("ll", "lt"), ("rr", "rt"), ("d", "t"))
NAME_RE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽА-ЯЁ][\w'’-]+)")
MIN_STEM = 3


def written_in(text: str) -> str:
    """The language ("nordic", "fi", "pl", "cs", "sk", "ro", "hu", "et", "lv", "lt", "tr") a
    text's opening is written in, or ""."""
    sample = text[:LANGUAGE_SAMPLE].lower()
    if sample.count(" the ") >= ENGLISH_THE:
        return ""  # an English text, told at once (every text asks)
    seen = Counter(WORD_RE.findall(sample))
    letters = _letter_counts(sample)
    counts = {lang: sum(seen[w] for w in FUNCTION_WORDS[lang])
              for lang in (letters or FUNCTION_WORDS)}
    lang = max(counts, key=counts.__getitem__)
    others = sorted([0, *counts.values()])[-2] + sum(seen[w] for w in ENGLISH)
    # (a short text full of one language's letters needs fewer of its words)
    least = FEW_WORDS if len(letters) == 1 and letters.get(lang, 0) >= MANY_LETTERS else 8
    return lang if counts[lang] >= least and counts[lang] > 1.5 * others else ""


def lettered(text: str) -> str:
    """The one language of these whose own letters fill a text's opening (MANY_LETTERS or
    more, no other's), or "": a Turkish or Romanian text is then none of the Romance ones."""
    sample = text[:LANGUAGE_SAMPLE].lower()
    if sample.count(" the ") >= ENGLISH_THE:
        return ""  # an English text, told at once (every text asks)
    letters = _letter_counts(sample)
    lang = next(iter(letters), "")
    return lang if len(letters) == 1 and letters[lang] >= MANY_LETTERS else ""


def _letter_counts(sample: str) -> dict[str, int]:
    """The languages whose own letters a lower-cased sample has MIN_LETTERS times or more, with
    how many it has."""
    return {lang: n for lang, chars in LETTERS.items()
            if (n := sum(sample.count(c) for c in chars)) >= MIN_LETTERS}


def located_places(line: str, lang: str, lex: Lexicon) -> list[tuple[str, str, int, int]]:
    """The listed places a line of a text in `lang` names after a locative or in a place case:
    (place's name, surface, start, end)."""
    out = []
    for m in NAME_RE.finditer(line):
        end = m.start()
        while end and line[end - 1].isspace():
            end -= 1
        before = line[line.rfind(" ", 0, end) + 1:end]  # the word before, the line not copied
        word = re.split(r"['’]", m[1])[0] if lang == "tr" else m[1]  # "İstanbul'da": the case
        if not _cued(lang, before, word != m[1]):
            continue  # (a Finnish name opening the sentence may be a person's)
        place = listed_form(word, lang, lex, minor=before.lower() not in PERSON_LOCATIVES)
        if place is None or lang in ZIPF_LANGUAGES and place.name not in lex.places and \
                zipf(m[1].lower(), lang) >= COMMON_ZIPF:
            continue  # "Vain välttämättömät": "only", a cookie button's word, no small town's
        if lang in CASE_LANGUAGES - {"fi"} and (not before or before[-1:] in ".!?") and not (
                place.name in lex.places and place.strong and len(place.name) >= OPENING_MIN):
            continue  # a sentence's first word in a case: a big town's ("Tallinnas"), not a
            # word's ("Mulle", "Visos": "to me", "all")
        if lang in CASE_LANGUAGES and _body_after(line[m.end(1):]):
            continue  # "Lietuvos geologijos tarnyba": the country in a body's name
        out.append((place.name, m[1], m.start(1), m.end(1)))
    return out


# The head nouns of bodies' names in the case languages, as they begin ("tarnyb-a", "bank-as").
BODY_HEADS = ("departament tarnyb lyg bank ministerij ministrij ministeer minisztérium taryb "
              "universitet universitāt ülikool egyetem savivaldyb administracij inspekcij agentūr "
              "aģentūr teism tiesa kohus bíróság policij politsei rendőrség komitet asociacij "
              "sąjung savienīb liit szövetség partij erakond párt centr keskus központ institut "
              "institūt instituut intézet akademij akadēmij akadeemia akadémia draugij biedrīb "
              "selts dome padom nõukogu tanács dienest amet hivatal pārvald kamar").split()


def _body_after(rest: str) -> bool:
    """Whether a body's head noun follows within three lower-case words ("… statistikos
    departamentas", "… Banka": the place is then part of a body's name)."""
    for word in rest.split()[:3]:
        if not word[:1].islower():
            return word.lower().startswith(tuple(BODY_HEADS))
        if word.startswith(tuple(BODY_HEADS)):
            return True
    return False


OPENING_MIN = 5  # letters of a town's name read in a case at a sentence's start


def _cued(lang: str, before: str, suffixed: bool) -> bool:
    """Whether the word after `before` may be a place in a case: after a locative, or (the
    languages without them) anywhere but after a name ("Marco Rossinak": a person's case); a
    Turkish name with its case after an apostrophe."""
    if lang == "tr":
        return suffixed
    if lang == "fi":
        return before[-1:].isalnum() or before[-1:] in ",;" if before else False
    if lang in CASE_LANGUAGES:
        return not before[:1].isupper() or before[-1:] in ".!?" or \
            before.lower() in FUNCTION_WORDS[lang]
    return before.lower() in LOCATIVES[lang] and (before.islower() or lang == "ru")  # ("В …")


def listed_form(word: str, lang: str, lex: Lexicon, minor: bool = True) -> Place | None:
    """The gazetteer's place an inflected word names (`minor`: or a small town's), or None."""
    if lang not in CASE_LANGUAGES and word in lex.places:
        return lex.places[word]
    if lang not in CASE_LANGUAGES and minor and word in minor_places():
        return Place(word, False)
    if lang == "tr":
        return _folded_places(lex, minor).get(anyascii(word).lower())
    folded = _folded_places(lex, minor)
    found = [place for form in _nominatives(word, lang) if (place := folded.get(form))]
    if lang in LETTER_TRUE:
        found = [p for p in found if _letters_agree(word, p.name, lang)]
    # a town the gazetteer lists before a small one ("Opolu": Opole, not the Philippines' Opol),
    # then the readings in order
    return min(found, key=lambda p: (p.name not in lex.places, not p.strong), default=None)


# The languages whose stems keep their letters: a stem read in one must agree with the listed
# name letter for letter where the name has letters beyond ASCII ("Lubānas" is Latvia's Lubāna,
# not Poland's Lubań, which folds to the same letters).
LETTER_TRUE = frozenset(("ro", "hu", "et", "lv", "lt"))


def _letters_agree(word: str, name: str, lang: str) -> bool:
    """Whether a word's stem (before one of the language's endings) and a listed name spell the
    same letters, accents and all, where the name has any beyond ASCII."""
    if name.isascii():
        return True
    low = name.lower()
    for ending in ("", *ENDINGS[lang]):
        stem = (word[:-len(ending)] if ending else word).lower()
        if not word.endswith(ending) or len(stem) < MIN_STEM:
            continue
        for base in (stem, stem[:-1] + stem[-1].translate(LONG_VOWELS)):  # ("Mecsekaljá-ról")
            if low.startswith(base[:-1]) or base.startswith(low):
                return True
    return False


def _nominatives(word: str, lang: str) -> list[str]:
    """The folded forms a word may be the case of, likeliest first: its stem without each
    ending, its consonants restored, a Finnish case's extra vowel gone ("Tamperee-lla"), and
    each with a lost last vowel put back."""
    out = []
    for ending in ENDINGS[lang]:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM:
            continue
        kept = word[:-len(ending)]
        stem = anyascii(kept.translate(LONG_VOWELS) if lang == "hu" else kept).lower()
        bases = [stem, *(stem[:-len(b)] + a for b, a in GRADATION if stem.endswith(b)),
                 *(stem.replace(b, a) for b, a in GRADATION[:2] if b in stem),
                 *([stem[:-1]] if lang == "fi" else [])] if lang == "fi" else [stem]
        out += [base + vowel for base in dict.fromkeys(bases) if len(base) >= MIN_STEM
                for vowel in (*RESTORED, *LOST.get(lang, ()))]
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
def zipf(word: str, lang: str) -> float:
    """The word's frequency in the language (wordfreq's Zipf scale), cached for every reader."""
    import wordfreq  # noqa: PLC0415 (loaded only for the texts that ask)

    return wordfreq.zipf_frequency(word, lang)
