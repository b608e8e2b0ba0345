"""Person rules of DocReader: given names and surnames, cues, titles and evidence."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from anyascii import anyascii

from .candidate import ORG, PERSON, PLACE
from .cues import (AUXILIARIES, COMPANY_AFTER_RE, MINUTE_RE, NATION_RE, PATRONYMIC_RE,
                   PERSON_NOUNS, PLACE_WORDS, TEAM_ROW_RE, locative, person_cue, romance_role)
from .germanic import BODY_WORD_RE
from .inflected import LONG_VOWELS  # ("Anná-t": Anna, "Csabá-nak": Csaba)
from .lexicon import (ARTICLE_GIVEN, CLUB_ABBREVIATIONS, COLLECTIVE_WORDS, EVENT_HEADS,
                      FACILITY_SUFFIXES, FEATURE_PREFIXES, SPATIAL_PREPS, INDEX_HEADS, MONTHS_DAYS,
                      IRISH_OPENERS, KUNYA_WORDS, LEGAL_FORMS, NAME_PARTICLES, ORG_HEADS,
                      PARTICLES, PLACE_SUFFIXES, ROLE_NOUNS, ROMANCE_ROLE_NOUNS, SPEECH_VERBS,
                      STREET_PREFIXES, STREET_WORDS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_WORDS,
                      VIETNAMESE_FAMILY, VIETNAMESE_LETTER, address_form, is_demonym,
                      _world_given_raw, surname_keys)
from .nonentity import (SHIP_PREFIXES, has_caption_word, is_qualifier, names_event, names_mine,
                        thing_context)
from .romance_names import (ALIAS_WORDS, BODY_ADJECTIVES, KIN_NOUNS, PLACE_OPENERS,
                            courtesy_first, eponym_before, feature_opens, named_after, not_a_name)
from .spans import Span, caps_display, is_initial, sub_span
from .state import ReaderState


# Nouns before a name that make it a vessel's or a craft's ("the ship Dali", "the aircraft
# carrier Carl Vinson"), not the town's or the person's.
VESSEL_NOUNS = frozenset("ship vessel tanker carrier icebreaker submarine frigate destroyer "
                         "cruiser yacht ferry boat trawler freighter aircraft plane jet".split())
# Titles that are also common surnames: after a lone given name, the surname ("Tim King").
# A street right after a name and a comma, no "of": the name is a venue's in a listing
# ("Òran Mór, Byres Road. Wed 18 Feb, 8pm"), where a resident is written "X, of Byres Road".
VENUE_ADDRESS_RE = re.compile(r", (?:\d+[a-z]? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? "
                              r"(?:Road|Street|Avenue|Lane|Square|Place|Quay|Terrace)\b")
# Words that open a surname, not a given name: particles, and the capitalised Irish ones
# ("Cllr Ní Riada" is Orla Ní Riada, "Ó Briain" Niamh Ó Briain).
SURNAME_OPENERS = NAME_PARTICLES | IRISH_OPENERS
INITIALS_RUN = re.compile(r"(?:[A-Z]\.){2,3}")
FIRM_DASH_RE = re.compile(r" [-–] [A-Z]")
CLUB_LETTERS = frozenset("F.C. A.C. S.C. C.F. C.D. S.S. U.S. U.K. U.N. E.U. D.C.".split())
# An Indonesian degree after a name ("…, S.E.", "…, S.Ag.", "…, M.M."): the "H." before it is
# the pilgrim's title (Haji), no initial.
DEGREE_AFTER_RE = re.compile(r"^,\s*(?:S|M|Dr|Ir|Drs|Dra|Lc)\.(?:[A-Z][a-z]{0,3}\.)?")

# Buildings named after someone with a middle initial ("Jose W. Diokno Hall"): a person's name
# has one surname after the initial, so a further word of these is the building's.
# "Don"/"Dom"/"Doña" written short in Spanish and Portuguese records ("Excmo. Sr. D. Tomás Roe").
DON_SHORT = frozenset(("D", "Dª", "D.ª", "Dña", "Dna"))

# Courtesy titles written short ("Sr.", "Sra.", "Dr."): after initials they make no name ("el
# M. H. Sr. Pere Aragonès", Catalan's "Molt Honorable Senyor"; "la H. Sra. Teresa Jordà").
COURTESY_SHORT = frozenset("Sr Sra Srta Srs Sras Sres Dr Dra Mr Mrs Ms Mme Mlle Hr Fr Sig Sigra "
                           "Exmo Exma Ilmo Ilma".split())

NAMED_HALLS = FACILITY_SUFFIXES | frozenset("Hall Building Auditorium Centre Center Library "
                                            "Gymnasium Theatre Theater Room Lounge Wing".split())
# "captain", "novelist", "comisario" right before a name
ROLES_BEFORE_NAMES = ROLE_NOUNS | PERSON_NOUNS | ROMANCE_ROLE_NOUNS
SURNAME_TITLES = frozenset("King Bishop Judge Marshal Dean Sheriff Chancellor Constable".split())
# A qualifier only a firm takes, right before its name ("Singapore-listed", "state-owned").
FIRM_QUALIFIER_RE = re.compile(r"-(?:listed|quoted|traded|registered|owned|controlled)$")
# Before a club's name ("the small club Aurora Lommel", "Hafnia (Denmark) v Stella Vaslui").
CLUB_BEFORE = frozenset("club side team v".split())
# After a team: its scorers in a results line ("Aurora Lommel - Ion Pop (32nd)"), or a score
# right after its country and "beat" ("Aurora Lommel (Romania) beat 2-1 ...").
TEAM_AFTER_RE = re.compile(r" - [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \(\d{1,3}(?:st|nd|rd|th)\b"
                           r"| \([A-Z][\w .'’-]*\) (?:beat|drew|lost) \d{1,2}-\d{1,2}\b")
# After a sentence's first word, the sentence goes on in lower case ("Toyoda has confirmed",
# "Kon's forecast held", "Qureshi, the traders' leader,"): the word alone is its subject.
CLAUSE_GOES_ON_RE = re.compile(r"(?:['’]s)?(?:,| —)? [a-z]")
# Verbs of a fixture's venue: the name after one is a team's when its last word is a word
# ("who host Aston Villa"); not "beat" or "against", which take players too ("beat Todd Martin").
FIXTURE_WORDS = frozenset("host hosts hosted hosting".split())
# Words after which a capitalised word may open a person's name ("and Zola Ivar Berg").
NAME_OPENERS = frozenset("and beat by with".split())
# A team's member after its name: "the Aston Lommel player", "Aston Lommel fans".
MEMBER_AFTER_RE = re.compile(r" (?:player|players|striker|midfielder|defender|goalkeeper|winger|"
                             r"fans|supporters|squad|manager)\b")
# A building's last word that is also a surname ("Edward House", "Stuart Hall"): after "the",
# the building's ("the restored Al Ghawas House").
BUILDING_LAST = frozenset("House Fort Hall Castle Tower Lodge Manor Mansion Villa Cottage Farm "
                          "Mill Chapel Temple Shrine Mine Barracks Fortress Citadel".split())
# Ranks that are no title word elsewhere ("Garda" also names the Irish police force).
RANK_WORDS = frozenset(("Garda",))
# "son/daughter of" in an Arabic or Malay name: the word before it is a given name.
NASAB = frozenset("bin bint ibn binti bte".split())
# A place's noun in lower case right after a name: "Tal Barahi temple", "Kraljeva Sutjeska
# monastery" name the place, not a person.
FACILITY_AFTER_RE = re.compile(r"\s(?:temple|shrine|mosque|church|monastery|gompa|pagoda|market|"
                               r"bazaar|bridge|dam|lake|valley|waterfall|falls|beach|island|"
                               r"airport|stadium|palace|fort|reserve|glacier|gorge|canyon|"
                               r"mine)\b")  # ("Southern Copper's Tía Rosa mine")
# A town's part or a border post after the name: "the Sheikh Jarrah neighbourhood", "the Kerem
# Shalom crossing" name places, even in one word or after a title.
PLACE_PART_AFTER_RE = re.compile(r"\s(?:neighbou?rhoods?|quarter|suburb|crossings?|checkpoints?|"
                                 r"border post|refugee camp)\b")
BUILDING_ADJECTIVES = frozenset("old former historic ancient disused abandoned".split())
# After a building's name, a noun may make the name a person's again ("the Stuart Hall show");
# a preposition, a verb or a clause does not ("the old Brennan Mill by the weir").
NOUN_AFTER_RE = re.compile(r"(?:['’]s)? (?!(?:by|in|on|at|near|of|for|to|from|with|and|or|was|"
                           r"is|has|had|were|are|which|where|that|will|would)\b)[a-z]")
# A saint's word before a given name makes a town's or a church's name, not a person's.
SAINT_WORDS = frozenset("San Santa Santo São Sao Sankt Saint Sainte St Ste Sant".split())
# After a name opening a sentence: who they are, or what they said ("Abdur Rahman Sarkar, a
# wholesaler, said"): the unlisted word before the given name is the name's.
APPOSITION_AFTER_RE = re.compile(r", (?:a|an|the|who|whose)\b| said\b")
# "the edge of Hamilton", "the outskirts of Leeds": a town's, whatever else the name is
EDGE_NOUNS = frozenset("edge edges outskirts heart centre center".split())
# Offices whose portfolio follows "for" ("Minister for Petroleum", "Secretary for Health").
PORTFOLIO_OFFICES = frozenset(("Minister", "Secretary", "Commissioner", "Spokesperson"))
PLACE_TYPE_WORDS = frozenset("City Town Village Port".split())
GERMAN_NOUN_RE = re.compile(r"\w{4,}(?:heit|keit|schaft|ierung|ungen|nahme|sicherheit)$")
NO_NAME_WORDS = frozenset("County Courthouse Statehouse Capitol Township Borough Municipality "
                          "Reserves".split())  # in no one's name ("Selwyn Township opened",
# "Lynn Town Reserves beat": a municipality, a club's second team)
# Hindi words ending the names of centres, councils and schools ("Gram Vikas Kendra", "Rajiv
# Bhawan", "Zilla Parishad"), never a surname.
HINDI_BODY_ENDS = frozenset("Kendra Samiti Parishad Bhawan Bhavan Sadan Vidyalaya Mahavidyalaya "
                            "Sangathan Pratishthan".split())
COMPASS_WORDS = frozenset("North South East West Northeast Northwest Southeast Southwest".split())
# Articles that are also listed given names ("Le", "La"): before one word they start a title.
ARTICLES = frozenset("le la el los las il lo der die das".split())  # not "Les" Ferdinand


def syllable_name(toks: Sequence[str]) -> bool:
    """Three short capitalised words ("Tay Hong Yi", "Goh Mei Ling"): a Chinese, Korean or
    Vietnamese name, family name first, even when the family name is unlisted."""
    return len(toks) == 3 and all(
        2 <= len(t) <= 5 and t.isalpha() and t[0].isupper() and t[1:].islower() for t in toks)


# A body's or a place's name, an occupation, then a name: "Red Cross volunteer Oyun Batbold".
# (or an office of two words: "Hywel Dda chief executive Phil Kloer", a health board's)
AFFILIATION_RE = re.compile(r" (?:(?:chief|managing|general|executive|deputy|vice|press|senior|"
                            r"acting|assistant|interim) )?([a-z][a-z-]+) [A-Z][a-z]")
# Titles that open a name written in capitals ("MR RAWIRI WHITEHEAD-NGATA appeared for …").
CAPS_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame".split())


# A Balinese name opens with a gender word and a birth-order name ("Ni Luh Putu Sukmawati",
# "I Wayan Koster", "Ida Bagus Made Oka"): all of it is the name.
BALINESE_PREFIXES = frozenset("Ni Luh I Ida Bagus Ayu Anak Agung Gusti Cokorda Desak Dewa".split())
BALINESE_ORDER = frozenset("Wayan Gede Putu Made Kadek Nengah Nyoman Komang Ketut Luh".split())
# A Sinhala house name (vasagama) before the given name ends in the genitive "-ge": "Hewa
# Pathiranage Dinesh Chaminda", "Kankanamge Sunil Perera" are one name each.
VASAGAMA_END = ("ge", "gé")

# A reporter's job written after the name on a byline line, its desk capitalised.
DESK_AFTER_RE = re.compile(r" (?:correspondent|editor|reporter|writer|columnist|producer)\b")

# The head nouns of Turkish bodies and places, with their compound's suffix and maybe a case
# ("Belediyesi", "Mahkemesinde", "Müdürlüğü", "Üniversitesi", "Caddesi'nde", "Stadyumu").
TURKISH_HEAD_RE = re.compile(
    r"(?:Belediye|Mahkeme|Müdürlü|Üniversite|Fakülte|Hastane|Bakanlı|Başkanlı|Valili|"
    r"Kaymakamlı|Derne|Vakf|Kulüb|Şirket|Servis|Liste|Stadyum|Cami|Cadde|Soka|Mahalle|Meydan|"
    r"Köprü|Liman|Havaliman|Fabrika|Okul|Lise|Enstitü|Müze|Merkez|Kurum|Kurul|Meclis|Partis|"
    r"Ajans|Gazete|Bulvar|Yayla|Dere|Göl|Dağ|Çarşı|Şenlik|Festival|Kupa|Ödül|Yarışma|Gün|"
    r"Hafta|Kongre)"
    r"(?:l[ae]r)?(?:s[ıiuü]|[ıiuü]|ğ[ıiuü])"
    r"(?:['’]?(?:n?[dt][ae]n?|n?[ae]|n[ıiuü]n|y[ae]|yl[ae]|k[ıi]))?$")


# Greek bodies' and places' words, as a name's first or last word ("Δήμος Θεσσαλονίκης": the
# municipality; "Μετρό Α.Ε.": a company), in the cases a text writes them.
GREEK_BODY_WORDS = frozenset(
    "Δήμος Δήμου Δήμο Περιφέρεια Περιφέρειας Υπουργείο Υπουργείου Μετρό Πανεπιστήμιο "
    "Πανεπιστημίου Νοσοκομείο Νοσοκομείου Δημοτικό Δημοτικού Επιμελητήριο Επιμελητηρίου "
    "Σύλλογος Συλλόγου Εταιρεία Εταιρείας Αστυνομία Αστυνομίας Λιμάνι Σταθμός Σταθμό Α.Ε. ΑΕ "
    "Ο.Ε. Δικαστήριο Δικαστηρίου Εφετείο Βουλή Βουλής Κυβέρνηση".split())


# A Hungarian street's word after the name it bears, maybe as an adjective or in a case ("utcai",
# "úton", "téren"), and the word the street's name ends with.
HUNGARIAN_STREET_RE = re.compile(r" (utca|út|úti|tér|téri|körút|körúti|sor|sétány|rakpart)"
                                 r"(?:[aáeéoö]?n|i|ban|ben|ba|be|ra|re|ról|ről|nál|nél|ig|ja|"
                                 r"jában|jából|jára|hoz|hez|höz|tól|től)?\b")
HUNGARIAN_STREETS = {"utca": "utca", "út": "út", "úti": "út", "tér": "tér", "téri": "tér",
                     "körút": "körút", "körúti": "körút", "sor": "sor", "sétány": "sétány",
                     "rakpart": "rakpart"}
# Hungarian bodies' and institutions' words, ending a compound ("Fazekasmúzeum",
# "Polgármesteri Hivatal"): no person's name ends so.
HUNGARIAN_BODY_RE = re.compile(r"(?i).*(?:múzeum|egyetem|iskola|kórház|gyár|színház|templom|"
                               r"könyvtár|hivatal|tanács|bíróság|rendőrség|kapitányság|"
                               r"minisztérium|önkormányzat|társaság|egyesület|alapítvány|"
                               r"igazgatóság|intézet|zrt|kft|nyrt)(?:[a-zéáíóöőúüű]{0,6})$")


# Hungarian case endings a given name may carry ("Lászlót", "Józsefnek", "Annával").
HUNGARIAN_CASES = ("nak", "nek", "val", "vel", "tól", "től", "ról", "ről", "hoz", "hez", "höz",
                   "ért", "nál", "nél", "ot", "et", "öt", "at", "t", "é")


def _hungarian_nominative(word: str, given: frozenset[str]) -> str | None:
    """The listed given name a word is, in its nominative or a case ("Lászlót": László)."""
    if word in given:
        return word
    for ending in HUNGARIAN_CASES:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            for name in (stem, stem[:-1] + stem[-1].translate(LONG_VOWELS)):
                if name in given:
                    return name
    return None


@functools.cache
def _foreign_roles() -> frozenset[str]:
    """Offices in other languages that a speaker label opens with (speakers.FOREIGN_ROLES)."""
    from ..speakers import FOREIGN_ROLES  # noqa: PLC0415 (speakers reads this package)

    return FOREIGN_ROLES


class PersonRules(ReaderState):
    """Whether and where a span names a person (mixed into DocReader)."""

    def _caps_name(self, surface: str) -> None:
        """A listed given name and a surname (listed, or one the corpus knows) in capitals in
        running text ("said JOHN SMITH")."""
        tokens = surface.title().split()
        titled = len(tokens) == 3 and tokens[0].rstrip(".") in CAPS_TITLES
        if titled:  # "MS ELENI ANAGNOSTOU appeared for the State": the title is no name
            tokens, surface = tokens[1:], surface.split(" ", 1)[1]
        first, last = tokens[0], tokens[-1]
        if caps_display(surface) in self.lex.places:
            return  # "LITTLE ROCK — …": a dateline's city, not Mr Rock
        place = self.lex.places.get(last)
        if first in self.lex.given and first not in self.lex.places and \
                (last in self.lex.surnames or self._known_person_token(last) or
                 titled and last.lower() not in self.lex.common) and \
                not (place and place.strong):
            self._add(PERSON, " ".join(tokens), surface)

    def _player(self, name: str) -> None:
        """A player a team sheet or a score's brackets name (lineup.py); a lone initial gets its
        dot ("Z Fagerson" is "Z. Fagerson", as initials are written elsewhere)."""
        toks = name.split()
        key = " ".join(f"{t}." if len(t) == 1 and t.isalpha() else t for t in toks)
        self._add(PERSON, key, name)

    def _team(self, name: str) -> None:
        """A team sheet's label: a place's side ("Scotland") is read as the place; any other
        is a club, a body here and never a person ("River Plate: Armani; ...")."""
        self.company_names.add(name)
        if name not in self.lex.places:
            self._add(ORG, name, name)

    def _plain_words(self, toks: Sequence[str]) -> bool:
        """Words that are all English words and no listed surname ("Vice President Corporate
        Communication"): a portfolio after a title, not a name."""
        return len(toks) > 1 and all(t.lower() in self.lex.common and t not in self.lex.surnames
                                     for t in toks)

    def _korean_name(self, toks: Sequence[str]) -> bool:
        """ "Oh Seung-hwan", "Won Tae-in": a short family name, then a hyphenated given name of
        two syllables, the second in lower case; the shape alone says person (even when the
        family name is an English word), unless a syllable is a word ("Hard-won", "Co-op")."""
        if len(toks) != 2 or "-" not in toks[1]:
            return False
        family, given = toks
        first, _, second = given.partition("-")
        return 2 <= len(family) <= 4 and family.isalpha() and family[1:].islower() and \
            family[0].isupper() and 2 <= len(first) <= 6 and 2 <= len(second) <= 5 and \
            first.isalpha() and second.isalpha() and second.islower() and first[1:].islower() \
            and not (first.lower() in self.lex.common and second in self.lex.common) \
            and given.lower() not in self.lex.common \
            and family not in self.lex.places and f"{family} {first}" not in self.lex.places \
            and not is_qualifier(toks)  # "Hong Kong-based"

    def _placed_surnames(self, persons: dict[str, str]) -> set[str]:
        """Surnames of the document's people that it also writes as a town ("Callum Hamilton"
        beside "at the edge of Hamilton"): there a lone one is the town unless a person cue
        backs it ("Hamilton said"), so the person's page does not gather the town."""
        return {s.tokens[0] for s in self.singles
                if s.tokens[0] in persons and s.tokens[0] in self.lex.places and
                not s.surfaces[0].endswith(("'s", "’s")) and  # "a role in Jordan's film"
                (locative(s) or s.prev_word == "of" and s.prev_prev.lower() in EDGE_NOUNS)}

    def _person_tail(self, right: Span) -> int | None:
        """Where a person's name starts after an organisation or place in right, if it does."""
        start = self._person_start(right) if len(right.tokens) > 2 else None
        return start if start else None

    def _accented_given(self, tok: str) -> bool:
        """A listed given name written with its accents ("Séamus", "Micheál", "Handré")."""
        return not tok.isascii() and anyascii(tok) in self.lex.given

    def _paired_given(self, tok: str) -> bool:
        """Two listed given names joined by a hyphen ("Violet-Anne", "Mary-Kate"): one given
        name, as English and French write double first names (no article: "Al-Amin")."""
        parts = tok.split("-")
        return len(parts) == 2 and all(len(p) > 2 and p[0].isupper() and p in self.lex.given and
                                       p not in ARTICLE_GIVEN for p in parts) and \
            tok not in self.lex.places

    def _given_then_surname(self, tokens: Sequence[str]) -> bool:
        """ "Mark Gleeson", "Bill Clinton" opening a sentence: a given name that is also a word,
        then a name that is not a word ("John Paul T. Smith": the initial aside)."""
        tokens = tuple(t for t in tokens if not (len(t) == 2 and t[1] == "." and t[0].isupper()))
        if len(tokens) == 3 and tokens[1] in self.lex.given and \
                tokens[0].lower() not in ROLE_NOUNS:  # "Maria Luisa Roe", not "Wing Jan Roe"
            tokens = (tokens[0], tokens[2])
        return len(tokens) == 2 and tokens[0] in self.lex.given and \
            tokens[0] not in AUXILIARIES and \
            tokens[1].lower() not in self.lex.common and tokens[1] not in ORG_HEADS and \
            not (tokens[1] in self.lex.places and self.lex.places[tokens[1]].strong)

    def _known_person_token(self, tok: str) -> bool:
        """Whether corpus evidence knows tok as a person's surname."""
        self.asked.add(tok)
        return self.ev is not None and tok in self.ev.surnames

    def _person_ok(self, tokens: Sequence[str], strict: bool) -> bool:
        """Whether tokens can be a person's name (not a place, organisation or plain words)."""
        if len(tokens) > 5 and (len(tokens) > 7 or sum(not t.islower() for t in tokens) > 4) \
                or "&" in tokens or is_qualifier(tokens) or any(
                t in ORG_HEADS or t in PLACE_SUFFIXES or t in COLLECTIVE_WORDS for t in tokens) \
                or tokens[-1] in LEGAL_FORMS:  # "Arif Habib Limited": a firm
            return False
        if len(tokens) > 1 and tokens[-1] in TITLE_HEADS and tokens[0] not in self.lex.given:
            return False  # "(Assistant) U.S. Attorney": a title, not Mr Attorney
        if len(tokens) > 1 and (tokens[-1] in STREET_WORDS or tokens[0] in STREET_PREFIXES or
                                tokens[0] in STREET_WORDS or tokens[-1] in ("St", "St.")):
            return False  # "Sheikh Zayed Road", "Dwan Street", "(Queen) Street West": a street
        if len(tokens) > 1 and (tokens[-1] == "Central" or tokens[-1] in COMPASS_WORDS and
                                tokens[-2] in COMPASS_WORDS):
            return False  # "Bristol North West", "Bristol Central": a constituency or a district
        if tokens[-1] in PLACE_TYPE_WORDS or any(t in NO_NAME_WORDS for t in tokens) or \
                len(tokens) > 1 and tokens[-1] in HINDI_BODY_ENDS:
            return False  # "King City", "Thu Duc City": a town's word ends no one's name;
            # "Cass County Courthouse": no one is named County
        if len(tokens) == 2 and self._patronymic(tokens[1]):
            return False  # "Sergei Yevgenyevich": a form of address, not a full name
        name = " ".join(tokens)
        if name in self.lex.places and self.lex.places[name].strong:
            return False
        words = [t for t in tokens if not is_initial(t)]
        if not words:
            return False
        if strict:
            return tokens[0] in self.lex.given or words[-1].lower() not in self.lex.common
        return True

    def _patronymic(self, tok: str) -> bool:
        """Whether tok is a father's given name with a patronymic ending ("Nikolayevich")."""
        m = PATRONYMIC_RE.search(tok)
        return bool(m) and tok[:m.start()] in self.lex.given

    def _person(self, span: Span) -> None:
        """Record a person mention (the key is resolved later across the document)."""
        toks = span.tokens
        if len(toks) >= 3 and toks[1] in self.lex.given and toks[1].lower() not in PARTICLES \
                and self._nationality(toks[0]):
            span = sub_span(span, 1, len(toks))  # "Argentine Pablo Sanchez": not his name
        elif len(toks) >= 3 and span.initial and self._sentence_word(toks):
            span = sub_span(span, 1, len(toks))  # "Klausia Tomas Vaitkus." ("asks"): a verb
            # opening the sentence, then a given name and a surname
        elif len(toks) >= 3 and toks[0] in ("H.", "Hj.") and DEGREE_AFTER_RE.match(span.next_text):
            span = sub_span(span, 1, len(toks))  # "H. Sugeng Riyadi, S.E.": Haji, no initial
        elif courtesy_first(toks, self.lex.given) or self._don_initial(toks):
            span = sub_span(span, 1, len(toks))  # "Don Pedro Ruiz": a courtesy, not his name
        elif len(toks) >= 2 and toks[0] in RANK_WORDS and \
                (toks[1] in self.lex.given or len(toks) == 2):
            span = sub_span(span, 1, len(toks))  # "Garda Niamh Brown": an Irish police rank
        while len(span.tokens) >= 3 and span.tokens[0].lower() in _foreign_roles() and \
                span.tokens[1] in self.lex.given:  # "Başkan Vekili Selim Durmaz": the office
            span = sub_span(span, 1, len(span.tokens))
        while len(span.tokens) >= 2 and BODY_WORD_RE.search(span.tokens[0]):
            span = sub_span(span, 1, len(span.tokens))  # "Richter am Landgericht Vogt": the
            # court is the judge's, no part of her name
        if len(span.tokens) >= 3 and GERMAN_NOUN_RE.search(span.tokens[-1]):
            span = sub_span(span, 0, len(span.tokens) - 1)  # "Peter Roe Planungssicherheit":
            # German writes its nouns with a capital; no surname ends so
        elif len(span.tokens) >= 3 and span.tokens[-1].lower() in self.lex.common and \
                DESK_AFTER_RE.match(span.next_text):
            span = sub_span(span, 0, len(span.tokens) - 1)  # "Ann Roe Political correspondent":
            # the desk's word is the job's
        name = " ".join(span.tokens)
        if span.tabular and TEAM_ROW_RE.match(span.next_text):
            self.company_names.add(name)  # "Aston Villa 2 Derby 0": a team, here and elsewhere
        elif self._club_cue(span):
            self.company_names.add(name)  # "club Aurora Lommel": a club, here and elsewhere
        elif FIRM_QUALIFIER_RE.search(span.prev_word):
            self.company_names.add(name)  # "Singapore-listed Van Der Berg": a listed firm
            self._add(ORG, name, name)
        elif COMPANY_AFTER_RE.match(span.next_text):
            self.company_names.add(name)  # "Goldman Sachs & Co": a firm, here and elsewhere
            self._add(ORG, name, name)
        elif not self._not_person(span):
            self._add(PERSON, name, name)

    def _sentence_word(self, toks: Sequence[str]) -> bool:
        """Whether a sentence's first word before a given name and a surname is no name's: no
        listed given name, surname or place, never capitalised inside a sentence so far (a
        family name first, "Radnai Csongor Péter", has a second given name after it), in a
        text of a language whose verbs no English word list knows."""
        first = toks[0]
        return toks[1] in self.lex.given and toks[2] not in self.lex.given and \
            toks[1] not in NAME_PARTICLES and anyascii(first) not in self.lex.given and \
            first.isalpha() and first[1:].islower() and first not in self.mid_caps and \
            first not in self.lex.given and first not in self.lex.surnames and \
            first not in self.lex.places and first not in _world_given_raw() and \
            first.lower() not in PARTICLES and first not in KUNYA_WORDS and \
            bool(self._inflected_prose())  # (English: "Zarak Jahan Khan beat …")

    def _hungarian_name(self, span: Span) -> bool:
        """A Hungarian text's name, family name first, the given name last and maybe in a case
        ("Varga József", "Szabó Lászlót": László's, named so), or a street named after one
        ("Kossuth Lajos utcai"): recorded; a longer run is cut after such a name ("Bodnár Jenő
        Ferenczy Noémi-díjas", "Szűcs Andrea Karcagon") and its rest read alone; else False."""
        toks = span.tokens
        if self._inflected_prose() != "hu" or not 2 <= len(toks) <= 6:
            return False
        cut = next((k for k in range(len(toks), 1, -1) if k <= 3 and
                    _hungarian_nominative(toks[k - 1], self.lex.given) and
                    (k == len(toks) or not _hungarian_nominative(toks[k], self.lex.given))), None)
        if cut is None or not all(t[:1].isupper() and t.replace("-", "").isalpha() and
                                  t not in self.lex.places and t.lower() not in self.lex.common
                                  and t.lower() not in _foreign_roles() for t in toks[:cut - 1]):
            return False
        given = _hungarian_nominative(toks[cut - 1], self.lex.given)
        start = 1 if cut == 3 and not _hungarian_nominative(toks[1], self.lex.given) and \
            not toks[0].endswith("né") else 0  # "Elhunyt Bodnár Jenő" ("died"); not a wife's
        # "Szilágyiné Kun Erika"
        name = " ".join((*toks[start:cut - 1], given))
        written = " ".join(span.surfaces[start:cut])
        street = HUNGARIAN_STREET_RE.match(span.next_text) if cut == len(toks) else None
        if street:  # "a Kossuth Lajos utcai műhelyében": the street
            self._add(PLACE, f"{name} {HUNGARIAN_STREETS[street[1]]}", f"{written}{street[0]}")
        else:
            self._add(PERSON, name, written)
        if cut < len(toks):
            self._classify(sub_span(span, cut, len(toks)))
        return True

    def _don_initial(self, toks: Sequence[str]) -> bool:
        """ "D. Tomás Ruiz Olmedo", "D.ª Marta Gil": Spanish and Portuguese records write "Don",
        "Dom" and "Doña" short before a given name and the surnames; no initial of a name."""
        return len(toks) >= 3 and toks[0].rstrip(".") in DON_SHORT and \
            toks[1] in self.lex.given and self._romance_prose() in ("es", "pt", "ca")

    def _club_cue(self, span: Span) -> bool:
        """A club in a person's shape: a team's results after it, or a town as its last word
        after "club", "side" or "v" ("club Aurora Lommel")."""
        if TEAM_AFTER_RE.match(span.next_text) or MEMBER_AFTER_RE.match(span.next_text):
            return True
        last = span.tokens[-1]
        if span.prev_word.lower() in FIXTURE_WORDS and last.lower() in self.lex.common:
            return True  # "who host Aston Villa", "beat Crystal Palace": a team, a word its last
        return last in self.lex.places and last not in self.lex.surnames and \
            span.prev_word.lower() in CLUB_BEFORE

    def _not_person(self, span: Span) -> bool:
        """An event, work, thing, caption label, club ("F.C. Valletta") or country ("Nazi
        Germany") in a person's place."""
        toks = span.tokens
        if len(toks) > 1 and TURKISH_HEAD_RE.match(toks[-1]) and self._inflected_prose() == "tr":
            return True  # "Kartal Belediyesi", "Asliye Ceza Mahkemesinde": a body or a place
        if len(toks) > 1 and HUNGARIAN_BODY_RE.match(toks[-1]) and \
                self._inflected_prose() == "hu":
            return True  # "Túri Fazekasmúzeum": a museum
        if any(t in GREEK_BODY_WORDS for t in toks):
            return True  # "Δήμος Θεσσαλονίκης", "Μετρό Α.Ε.": a municipality, a company
        if span.prev_word.lower().removesuffix("s") in VESSEL_NOUNS or \
                span.prev_word in SHIP_PREFIXES:
            self.company_names.add(" ".join(toks))  # "vessel Nanoq II": a boat, here and after
            return True
        if len(toks) > 1 and (named_after(span) or FACILITY_AFTER_RE.match(span.next_text)):
            self.eponyms.add(" ".join(toks))  # "el estadio X", "the X mine": X again is the
            # venue's or the mine's, no one's
        if names_mine(span):
            self.company_names.add(" ".join(toks))  # no one's name here or after
            return True
        if address_form(toks):
            return True  # "My Lady, I object": a judge addressed
        if all(t in COURTESY_SHORT or is_initial(t) for t in toks):
            return True  # "M. H. Sr": honours' initials and a courtesy title, nobody's name
        if names_event(toks, self.lex) or toks[-1] in INDEX_HEADS or has_caption_word(toks) or \
                thing_context(span) or named_after(span) or not_a_name(toks) or \
                not CLUB_ABBREVIATIONS.isdisjoint(toks) or span.next_text[:1] in ('"', "”"):
            return True  # 'since 1994's "Harold Brandt".': a quoted name is a work's title
        if self._building(span) or self._particle_town(span) or \
                (len(toks) > 1 and FACILITY_AFTER_RE.match(span.next_text)) or \
                PLACE_PART_AFTER_RE.match(span.next_text):
            return True  # ("around Tal Barahi temple": the temple's name, no one's)
        if len(toks) >= 4 and is_initial(toks[-3]) and toks[-1] in NAMED_HALLS:
            return True  # "Senator Jose W. Diokno Hall, Pasay City": a hall named after him
        if len(toks) >= 3 and toks[-1] in NAMED_HALLS and \
                span.prev_word.lower() in ("at", "in", "inside", "outside", "into"):
            return True  # "a gala screening at Jai Nepal Hall": one is at a hall, not a person
        if VENUE_ADDRESS_RE.match(span.next_text) and toks[0] not in self.lex.given and \
                not is_initial(toks[0]):  # ("E. Auchard, Wall Street bureau": a reporter)
            return True  # "Òran Mór, Byres Road. Wed 18 Feb": a listing's venue
        place = self.lex.places.get(toks[-1])
        if place and place.strong and len(toks) == 2 and span.next_text[:1] == ":" and \
                toks[0] not in self.lex.given and not self._accented_given(toks[0]) and \
                toks[-1] not in self.lex.surnames:
            return True  # "Wisła Kraków: Broda — …": a club's team sheet, named for its town
        if place and place.major and place.strong:
            if len(toks) == 2 and (toks[0] in self.lex.given or
                                   span.prev_word in ("Mr", "Mrs", "Ms", "Dr")):
                self.country_surnamed.setdefault(toks[-1], span)  # "Will Jordan": see below
                # (and "Mr. Rommel Austria": the title vouches for the unlisted given name)
            return True
        return False

    def _particle_town(self, span: Span) -> bool:
        """ "families in Concepción del Oro": after a locative, a name joined by "de"/"del" whose
        last word is no surname is a town's ("San José del Cabo"), not "in Ana de Armas's film"."""
        toks = span.tokens
        return len(toks) >= 3 and locative(span) and \
            any(t in ("de", "del", "da", "do", "dos", "das") for t in toks[1:-1]) and \
            toks[-1] not in self.lex.surnames and not span.surfaces[-1].endswith(("'s", "’s"))

    def _building(self, span: Span) -> bool:
        """ "the restored Al Ghawas House", "the old Mill Farm": a building named for a family,
        not "the singer Stuart Hall" (a role noun between) or "the Stuart Hall show"."""
        if len(span.tokens) < 2 or span.tokens[-1] not in BUILDING_LAST or \
                NOUN_AFTER_RE.match(span.next_text):
            return False
        prev, before = span.prev_word, span.prev_prev.lower()
        return prev.lower() == "the" or before == "the" and (
            prev.endswith("ed") or prev in BUILDING_ADJECTIVES)

    def _promote_country_surnamed(self, named: set[str]) -> None:
        """ "Will Jordan", "Michael Jordan": a given name before a country's name is a person's
        only where the document calls the country's word a person on its own (a player on a
        team sheet, "Mr Jordan", "Jordan said"); else "Nazi Germany", "Christian Armenia"."""
        for tok in sorted(named & self.country_surnamed.keys()):
            name = " ".join(self.country_surnamed[tok].tokens)
            self._add(PERSON, name, name)

    def _result_cue(self, span: Span) -> bool:
        """A name in a results line: "Jan Novak (Slovakia)", "(Jan Novak 66th minute)"."""
        toks = span.tokens
        places = self.lex.places
        if len(toks) > 4 or any((t in places and places[t].strong) or t.lower() in self.lex.common
                                or t in ORG_HEADS or t in TITLE_WORDS for t in toks):
            return False
        return self._result_after(span)

    def _result_after(self, span: Span) -> bool:
        """A results line's cue after a name: its country in brackets or a goal's minute."""
        if MINUTE_RE.match(span.next_text):
            return True
        m = NATION_RE.match(span.next_text)
        place = self.lex.places.get(m[1]) if m else None
        return bool(place and place.strong)

    def _strong_place(self, tok: str) -> bool:
        place = self.lex.places.get(tok)
        return place is not None and place.strong

    def _name_prefix(self, span: Span, start: int) -> bool:
        """ "Zola Ivar Berg (Norway)": before a given name in a results line, a word that is no
        English word, place, nationality, body or title is an unlisted first name; in running
        text too, one such word before a given name and a surname ("his wife, Zola Ivar Berg"),
        after a comma, "and" or "said", not a word ("fellow Briton Ivar Berg", "unit Norsk Ivar
        Berg", "head of Norsk Ivar Berg"), not at a sentence's start ("Dutchman Ivar Berg") and,
        in a table, only after "beat" (else a column: "(U.S.), Norsk Ivar Berg, 54.48")."""
        prefix = span.tokens[:start]
        if not all(t.lower() not in self.lex.common and not self._strong_place(t) and
                   t not in ORG_HEADS and t not in TITLE_WORDS and not self._demonym(t) and
                   not t.isupper() for t in prefix) or \
                all(t.lower() in self.lex.common for t in span.tokens[start:]):
            return False  # "and Swiss Red Cross": plain words after it name a body
        if self._result_after(span):
            return True
        word, prev = prefix[0], span.prev_word
        opening = span.initial and APPOSITION_AFTER_RE.match(span.next_text) is not None
        return len(prefix) == 1 and len(span.tokens) == 3 and word.isalpha() and \
            (not span.initial or opening) and word not in self.lex.places and \
            word not in self.lex.given and \
            word.lower() not in ROLE_NOUNS and not word.endswith("man") and (
                prev == "beat" or not span.tabular and (
                    not prev or prev in NAME_OPENERS or prev in SPEECH_VERBS))

    def _leading_org(self, span: Span) -> int:
        """How many leading tokens are an organisation ("Lukoil Vagit Alekperov") or, after a
        title, a portfolio ("Minister of Culture Medinsky") rather than the name."""
        tokens, k = span.tokens, 0
        while span.prev_word in TITLE_HEADS and k < len(tokens) - 1 and \
                tokens[k] not in self.lex.given and (
                    tokens[k].lower() in self.lex.common or tokens[k] in TITLE_MODIFIERS):
            k += 1
        if k:
            return k
        if len(tokens) < 3 or any(t in self.lex.given or t in PARTICLES or is_initial(t)
                                  for t in tokens):
            return 0
        return 1

    def _house_name(self, toks: Sequence[str]) -> bool:
        """Name words ending in a Sinhala house name ("Hewa Pathiranage"): no word, title or
        place among them."""
        return len(toks[-1]) >= 6 and toks[-1].endswith(VASAGAMA_END) and \
            toks[-1] not in self.lex.given and all(
                t[:1].isupper() and t[1:].islower() and t.lower() not in self.lex.common and
                t not in self.lex.places and t not in TITLE_HEADS for t in toks)

    def _person_start(self, span: Span) -> int | None:
        """Index where a person's name starts in span (given name or initial), if any; none
        where an occupation and a name follow ("Red Cross volunteer Oyun Batbold": a body)."""
        toks = span.tokens
        m = AFFILIATION_RE.match(span.next_text)
        if m and (m[1] in PERSON_NOUNS or m[1] in ROLE_NOUNS):
            return None
        g = next((k for k in range(1, len(toks) - 1) if toks[k] in IRISH_OPENERS), 0)
        if g and g <= 3 and toks[g - 1] not in TITLE_WORDS and toks[g - 1] not in ORG_HEADS \
                and toks[g - 1].lower() not in self.lex.common:
            return g - 1  # "Orla Ní Riada", "Niamh Ó Briain": the given name before "Ní"
        for i in range(min(3, len(toks) - 1)):
            first = toks[i]
            initial = is_initial(first) or self._initials_run(first) and \
                FIRM_DASH_RE.match(span.next_text) is None  # ("A.P. Moller - Maersk": a firm)
            if i + 2 < len(toks) and toks[i + 1] in NASAB and first[:1].isupper() and \
                    first.lower() not in self.lex.common and first not in TITLE_HEADS:
                return i  # "Hessa bint Abdullah Al-Sabah": a given name before "bint"
            if not (first in self.lex.given or initial or self._paired_given(first) or
                    self._accented_given(first) and
                    not (i == 0 and VIETNAMESE_LETTER.search(first) and
                         first not in VIETNAMESE_FAMILY)):
                continue  # a Vietnamese name opens with its family name: "Bến Thành" is a place
            if first in FEATURE_PREFIXES and i == 0 and span.prev_word.lower() in SPATIAL_PREPS \
                    or (first in FEATURE_PREFIXES or first in PLACE_OPENERS) and \
                    feature_opens(toks, i, span.prev_word):
                continue  # "below Monte Rosa", "to Nea Elvetia": a place's own word
            rest = toks[i:]
            if len(rest) == 2 and first.lower() in ARTICLES:
                continue  # "Le Monde", "El Mundo", "Die Zeit": an article, not a given name
            if not self._given_rule_ok(rest, span.initial and i == 0):
                continue
            if not self._person_ok(rest, strict=False) or not self._surname_ok(rest[-1], initial):
                continue
            if i == 1 and toks[0] in ORG_HEADS and not self._portfolio_before(span):
                return None  # "Minera Andina del Sur": a firm's word, then its name
            if i > 0 and toks[i - 1] in SAINT_WORDS or eponym_before(toks, i) or \
                    i == 0 and first in SAINT_WORDS and toks[1] in self.lex.given:
                return None  # "San Dionisio Ocotepec", "Santa Maria Maggiore": a saint's place
            if i > 0 and (toks[i - 1] in self.lex.places or self._nationality(toks[i - 1])) \
                    and all(t.lower() in self.lex.common for t in rest):
                continue  # "Kenya Red Cross", "Swiss Red Cross": a place's body in plain words
            if i > 0 and (not self._prefix_ok(toks[:i]) or
                          " ".join(toks[:i + 1]) in self.lex.places):
                continue  # "San Diego Padres": the given name ends a place name
            if i == 1 and self._unlisted_given(toks[0], span):
                return 0  # "captain Najmul Hossain Shanto": a given name no list has
            if i == 1 and initial and len(rest) == 2 and toks[0] in self.lex.places:
                return 0  # "Kenya L. Robinson", "India T. Walton": a place's name given
            if i > 0 and toks[i] in BALINESE_ORDER and all(t in BALINESE_PREFIXES
                                                           for t in toks[:i]):
                return 0  # "Ni Luh Putu Sukmawati", "I Wayan Koster": one Balinese name
            if i > 0 and self._house_name(toks[:i]):
                return 0  # "Hewa Pathiranage Dinesh Chaminda": a Sinhala house name first
            return 0 if i == 1 and self._family_first(toks) else i
        return None

    def _portfolio_before(self, span: Span) -> bool:
        """ "Minister for Petroleum Ali Malik": the span opens with a minister's portfolio, a
        field's word after "for" and an office, not a firm's name."""
        return span.prev_word == "for" and span.prev_prev in PORTFOLIO_OFFICES

    def _initials_run(self, tok: str) -> bool:
        """Initials run together ("M.S.", "T.J.", as South India writes its names), no place's
        or club's letters ("U.S.", "F.C.")."""
        return INITIALS_RUN.fullmatch(tok) is not None and tok not in self.lex.places and \
            tok not in CLUB_LETTERS

    def _unlisted_given(self, tok: str, span: Span) -> bool:
        """Whether a word before a listed given name opens the name itself: a person's role
        just before it ("captain Najmul Hossain Shanto"), the word no English word, place,
        demonym, title or body (a firm stands before the role: "Gazprom chief Alexei Miller")."""
        return span.prev_word.lower() in ROLES_BEFORE_NAMES and tok.isalpha() and \
            tok.lower() not in self.lex.common and tok not in self.lex.places and \
            tok not in TITLE_WORDS and tok not in ORG_HEADS and not self._nationality(tok)

    def _family_first(self, toks: Sequence[str]) -> bool:
        """A surname written first ("Nguyen Thi Lan", "Pham Van Dong"): a listed surname that is
        no word, place, title or body, before a name of two or three words."""
        head = toks[0]
        listed = head in self.lex.surnames or not head.isascii() and \
            anyascii(head) in self.lex.surnames  # "Nguyễn", "Trần" as "Nguyen", "Tran"
        return 3 <= len(toks) <= 4 and (listed or syllable_name(toks)) and \
            head.lower() not in self.lex.common and head not in self.lex.places and \
            head not in ORG_HEADS and head not in TITLE_WORDS and not self._demonym(head)

    def _given_rule_ok(self, rest: Sequence[str], initial: bool) -> bool:
        """Given name + surname without a cue: no place first, no plain word or demonym last."""
        first, last = rest[0], rest[-1]
        place = self.lex.places.get(first)
        if place and place.strong and len(first) > 1 and not self._town_given(rest):
            return False
        if first in ARTICLE_GIVEN and last not in self.lex.surnames:
            return False  # "Al Qaeda", "El Nino": the Arabic or Spanish article, not Al Gore
        # After a particle the last word is a surname, whatever it means ("Marine Le Pen").
        last_plain = last.lower() in self.lex.common and \
            not (len(rest) >= 3 and rest[-2].lower() in PARTICLES)
        after_particle = len(rest) >= 3 and rest[-2].lower() in PARTICLES  # "Ahmed Al Hashimi":
        # a family name after the article, though shaped as a nationality (a nisba)
        if (last_plain and last not in self.lex.surnames and not self._plain_name(rest)) or \
                self._demonym(last) and last not in self.lex.surnames and \
                last not in self.lex.places and not after_particle:
            return False  # not "Hiller", a listed surname, nor "Jordan", a country: see below
        last_place = self.lex.places.get(last)
        if last_place and last_place.strong and not last_place.major and \
                last not in self.lex.surnames:
            return False  # "Hansa Rostock", "Lech Poznan": a club named for its city
        return not (initial and first.lower() in self.lex.common and
                    (last_plain or (last_place is not None and last_place.strong)))

    def _town_given(self, rest: Sequence[str]) -> bool:
        """A given name that is also a town's before a listed surname that is no place or word
        ("Salvador Fernández", "designs by Santiago Roe"): the person's, not "Salvador Bahia"."""
        last = rest[-1]
        return len(rest) == 2 and rest[0] in self.lex.given and last.isalpha() and \
            last.lower() not in self.lex.common and last not in self.lex.places and (
                last in self.lex.surnames or anyascii(last) in self.lex.surnames)

    def _plain_name(self, tokens: Sequence[str]) -> bool:
        """Given name + a surname that is also an English word ("Thomas Muster"), when a cue
        says a person is named here."""
        first, last = tokens[0], tokens[-1]
        if len(tokens) > 3 or first not in self.lex.given or first.lower() in self.lex.common:
            return False
        if last in ORG_HEADS or last in PLACE_SUFFIXES or last in FACILITY_SUFFIXES or \
                last in COLLECTIVE_WORDS or \
                last in EVENT_HEADS or last in MONTHS_DAYS or last in TITLE_WORDS or \
                last in PLACE_WORDS:
            return False
        if last.endswith("s") and last[:-1].lower() in self.lex.common:
            return False  # a plural noun: "Padres", "Brothers", "Workers"
        return not self._demonym(last) and not self._demonym(first) and \
            all(t not in self.lex.places for t in tokens)

    def _nationality(self, tok: str) -> bool:
        """A demonym, also one in -ine ("Argentine", "Philippine")."""
        return self._demonym(tok) or tok.endswith("ine") and self._demonym(tok[:-3] + "ian")

    def _demonym(self, tok: str) -> bool:
        """Whether tok looks like a nationality word ("American", "Irish", "Chinese")."""
        return is_demonym(self.lex, tok)

    def _surname_ok(self, last: str, initial: bool) -> bool:
        """A plausible surname: not a place, not a lone letter, not a title."""
        if is_initial(last) or len(last) < 2 or last in MONTHS_DAYS or \
                last in TITLE_HEADS and last not in SURNAME_TITLES:
            return False
        return not (initial and last.lower() in self.lex.common and last not in self.lex.surnames)

    def _prefix_ok(self, prefix: Sequence[str]) -> bool:
        """Whether tokens before a given name look like a separate word (place, demonym...)."""
        return all(t not in self.lex.given or t in self.lex.places for t in prefix)

    def _person_index(self) -> dict[str, str]:
        """Map each person surface to its fullest form in the document (by surname)."""
        full = sorted({m.key for m in self.mentions if m.type == PERSON},
                      key=lambda k: (-len(k.split()), k))
        by_last: dict[str, str] = {}
        initials: dict[str, set[str]] = defaultdict(set)
        for name in full:
            tokens = name.split()
            for key in surname_keys(tokens):
                by_last.setdefault(key, name)
                if len(tokens) > 1 and not all(t in SURNAME_OPENERS for t in tokens[:-1]):
                    initials[key].add(tokens[0][0])
            if self._family_name_first(tokens):
                by_last.setdefault(tokens[0], name)  # "Mr Tay" is "Tay Hong Yi"
                initials[tokens[0]].add(tokens[0][0])
        # Two people of one surname in a document ("Bill Clinton", "Hillary Clinton"): the bare
        # surname is neither's here (resolution leaves it out unless the corpus settles it).
        index = {k: v for k, v in by_last.items() if len(initials[k]) <= 1}
        for name in full:
            tokens = name.split()
            keys = surname_keys(tokens)
            if keys and len(initials[keys[0]]) > 1 and len(tokens) == 1:
                continue
            fullest = by_last[keys[0]] if keys else name
            # "Mr da Silva", "President al-Assad": a surname alone, whatever its first letter
            same = all(t in SURNAME_OPENERS for t in tokens[:-1]) or \
                fullest.split()[0][0] == tokens[0][0]
            index[name] = fullest if same else name
        return index

    def _family_name_first(self, tokens: Sequence[str]) -> bool:
        """A full name whose first word is the family name: an unlisted short word before a
        listed given name and one more syllable ("Tay Hong Yi")."""
        return syllable_name(tokens) and tokens[0] not in self.lex.given and \
            tokens[1] in self.lex.given and tokens[0] not in self.lex.places

    def _single_person(self, span: Span) -> bool:
        """A lone token is a person when it has a cue and corpus evidence for the surname."""
        tok = span.tokens[0]
        self.asked.add(tok)
        if MINUTE_RE.match(span.next_text) and tok not in self.lex.places and \
                tok.lower() not in self.lex.common:
            return True  # a goal scorer: "(Novak 66th minute)"
        if (span.prev_word in KIN_NOUNS and tok in self.lex.given or
                span.prev_word in ALIAS_WORDS or
                romance_role(span.prev_word) and span.prev_word not in KIN_NOUNS and
                not tok.isupper() and tok not in BODY_ADJECTIVES) and \
                tok not in self.lex.places and tok.lower() not in self.lex.common:
            # ("el presidente Sánchez", "il ministro Salvini": a Romance office in lower case)
            return True  # "la moglie Carla": a relative's given name; 'alias "Chueco"
        if self.ev is None or tok not in self.ev.surnames or tok in self.lex.places or \
                span.prev_word.lower() == "the":  # "the Post said": a paper, not a Mr Post
            return False
        if tok.lower() in self.lex.common:
            return person_cue(span)
        return not span.initial or tok in self.mid_caps or person_cue(span) or \
            CLAUSE_GOES_ON_RE.match(span.next_text) is not None

    def _expand(self, tok: str) -> str:
        """The corpus full name for a surname when it is unique."""
        self.asked.add(tok)
        names = self.ev.by_surname.get(tok, set()) if self.ev else set()
        return next(iter(names)) if len(names) == 1 else tok
