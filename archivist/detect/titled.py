"""Title rules of DocReader: a name after a title or a role ("Mr Roe", "Governor Ann Roe",
"Minister of Health Ann Roe"), French and Romance forms of address, initials trimmed off a
name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .candidate import ORG, PERSON, PLACE
from .cues import ETHIOPIAN_HONORIFICS, honorific_pair, romance_role
from .french import FRENCH_ROLES, french_role_cue, french_words
from .lexicon import (FUNCTION_CAPS, GIVEN_TITLES, HONORIFIC_PAIRS, LEAD_ADJECTIVES, LEGAL_FORMS,
                      MONTHS_DAYS, NAME_PARTICLES, ORG_HEADS, PLACE_PREFIXES, ROLE_NOUNS,
                      TITLE_HEADS, TITLE_WORDS, WEAK_HEADS, Place, french_countries)
from .nonentity import thing_context
from .people import SURNAME_TITLES
from .places import COMPASS_OPENERS, ROYAL_TITLES
from .romance import (ARTICLES as ROMANCE_ARTICLE_WORDS, OPENERS as ROMANCE_OPENERS, country_names,
                      local_country_names, romance_language)
from .germanic import germanic_language
from .inflected import written_in
from .romance_names import leading_function_words, named_after
from .spans import F_NEXT, F_TOKENS, Span, sub_span
from .state import ReaderState
from .unlisted import THE_GROUNDS


# ", Tobacco and Firearms" after "Bureau of Alcohol": the of-name goes on over a list of words.
LIST_GOES_ON_RE = re.compile(r", [A-Z][a-z]+(?:, [A-Z][a-z]+)* and [A-Z][a-z]+\b(?! [A-Z])")

# A public body's field before its country's name ("Environment Canada", "Police Scotland"),
# as Canada, Britain, Ireland, Australia and New Zealand name their agencies.
AGENCY_FIELDS = frozenset("Environment Health Statistics Transport Parks Elections Agriculture "
                          "Industry Immigration Infrastructure Sport Fisheries Tourism Enterprise "
                          "Police Forestry Revenue Highways Housing Veterans Innovation Skills "
                          "Stats".split())

# Words after "Premier" that make it a competition's, not a head of government's ("Ghana
# Premier League", "Premier Division").
PREMIER_COMPETITIONS = frozenset(("League", "Division", "Cup", "Soccer", "Rugby"))

# Words after a town's name that name a ward or constituency of it ("Ludlow East", "Cork
# South-Central", "Kisumu Central").
WARD_COMPASS = frozenset("North South East West Central Northeast Northwest Southeast "
                         "Southwest".split())

OFFICE_TITLES = frozenset(("Governor", "Mayor", "Premier"))  # run a place ("Albay Governor")

# Words of quantity or groups of people that open a sentence before "of" and a name ("Most of
# Portugal froze", "Officials of Acme Bank said"); not "Life of", "Friends of" (names).
PARTITIVES = frozenset("Most Much Many Some All Each None Part Parts Rest Half Both Several Few "
                       "Shares Millions Thousands Hundreds Dozens Members Officials "
                       "Representatives Executives Employees Workers Leaders Shareholders "
                       "Spokesmen Delegates Residents Villagers Inhabitants".split())

# ("Brancaccio, the Palermo district once controlled by …")
# Titles only a person takes: the name after one is a person's, even a country's word.
PERSONAL_TITLES = frozenset("Mr Mrs Ms Dr Mme Mlle Madame Monsieur Herr Frau "
                            "Signor Signora Senor Senora".split())

# Honorifics that show a document writes French titles, so "M." before a name is "Monsieur".
FRENCH_HONORIFICS = frozenset("Mme Mmes Mlle Mlles MM. Madame Monsieur".split())

# Titles before a regnal name and its number ("Queen Elizabeth I", "Pope John Paul II").
REGNAL_TITLES = frozenset("Pope King Queen Emperor Empress Tsar Czar Kaiser".split())

REGNAL_RE = re.compile(r" ([IVX]{1,5})\b(?![\w.’'-])")

# Titles that are given names more often than titles inside a sentence.
GIVEN_FIRST = frozenset(("Dean",))

# Offices addressed after "Mr"/"Madam" that name no one by themselves ("Mr. Chair", "Madam
# Speaker", "Madam Chairperson"; "Speaker" and most offices are title heads already).
VOCATIVE_OFFICES = frozenset("Chair Chairperson Convenor Convener Moderator Presiding".split())

# Words that open bodies' names at a sentence's start too: "Public Relations Office said …".
BODY_ADJECTIVES = frozenset("Public National Federal Central State Royal General Supreme "
                            "International Regional Municipal Civil Social Constitutional Higher "
                            "Provincial Metropolitan Presidential Parliamentary Joint".split())

# Words before a town whose name opens with a title ("to Prince Albert", "in Lake Charles").
TOWN_PREPS = frozenset("in to from near outside at into via".split())

# The family word after "&" in a firm's name, in English and other languages ("& Sons", "& Fils").
FAMILY_FIRM_WORDS = frozenset("Son Sons Daughter Daughters Brothers Bros Sisters Partners "
                              "Associates Fils Söhne Sohn Figli Figlio Hijos Hijo Filhos Filho "
                              "Zonen Zoon Cie".split())

# Title words that open a job's name ("Assistant Engineer", "Chief Accountant") as well as
# going before a person's name; office titles ("President Tusk") do not.
JOB_OPENERS = frozenset("Assistant Aide Chief Deputy Senior Acting Associate".split())

# Articles of the Romance languages that open a sentence before a body's name.
ROMANCE_ARTICLES = frozenset("El La Los Las Le Les Il Lo Gli O Os As".split())


def _romance_office(word: str) -> bool:
    """An office's word in Spanish, Portuguese, Italian, Catalan or French, capitalised as a
    form of address writes it ("Presidente", "Ministra", "Président")."""
    low = word.lower()
    return romance_role(low) or low in FRENCH_ROLES


class TitleRules(ReaderState):
    """Rules for spans a title, a form of address or a role opens (mixed into DocReader)."""

    def _given_title(self, span: Span) -> bool:
        """ "Dean Roe" inside a sentence, no article before it: a given name and a surname (a
        dean is written "the dean" or "Dean of ..."); at a sentence's start it stays unclear."""
        toks = span.tokens
        return len(toks) == 2 and toks[0] in GIVEN_FIRST and not span.initial and \
            span.prev_word.lower() not in ("the", "a", "former") and \
            (toks[1].lower() not in self.lex.common or toks[1] in self.lex.surnames)

    def _split_at_ampersand(self, span: Span) -> None:
        """Read the parts of a span joined by "&" on their own when no body head ends it."""
        at = span.tokens.index("&")
        if at + 1 < len(span.tokens) and span.tokens[at + 1] in FAMILY_FIRM_WORDS:
            name = " ".join(span.tokens)  # "Thomas Shannon & Sons Funeral Directors": a firm,
            self._add(ORG, name, name)  # no person "Thomas Shannon"
            return
        if at == 1 and len(span.tokens) == 3 and not span.tokens[2].isupper() and \
                f"{span.tokens[0]} and {span.tokens[2]}" not in self.lex.places and \
                not any(t in self.lex.places and self.lex.places[t].major
                        for t in span.tokens[::2]):
            return  # "Barfoot & Thompson", "Marks & Spencer": two words, one firm's name
        if at:
            self._classify(sub_span(span, 0, at))
        if at + 1 < len(span.tokens):
            right = sub_span(span, at + 1, len(span.tokens))
            right.initial = False
            self._classify(right)

    def _plain_opener(self, word: str) -> bool:
        """A word of quantity or a group opening a sentence before "of" ("Most of Portugal",
        "Officials of Acme Bank"), which heads no name (unlike "Bank of" or "Life of Georgia")."""
        return word in PARTITIVES

    def _list_goes_on(self, span: Span) -> bool:
        """ "Bureau of Alcohol, Tobacco and Firearms": a list of plain words after an of-name
        goes on with it (not "the Bank of England, Lloyds and Barclays")."""
        m = LIST_GOES_ON_RE.match(span.next_text)
        return bool(m) and all(w.lower() in self.lex.common
                               for w in re.findall(r"[A-Z][a-z]+", m[0]))

    def _body_then_title(self, span: Span, at: int) -> None:
        """ "Reserve Bank of India Governor Jane Roe", "the Awami League of Prime Minister Jane
        Roe": the body's name ends where a title before a name starts."""
        body = sub_span(span, 0, at)
        if at > span.of_split:
            body.of_split = span.of_split
        self._classify(body)
        rest = sub_span(span, at, len(span.tokens))
        rest.initial = False
        self._classify(rest)

    def _title_surname(self, span: Span, i: int, j: int) -> bool:
        """A lone title word ending a name that starts with a given name is a surname ("Billie
        Jean King", "Stephen King"): a title comes before the name it goes with."""
        toks = span.tokens
        if j != len(toks) or j - i != 1 or toks[0] not in self.lex.given:
            return False
        if i == 1:  # "Tim King", "Ann Bishop": a given name, then a title that is a surname
            return toks[1] in SURNAME_TITLES and toks[0] not in self.lex.places and \
                toks[0] not in TITLE_WORDS and toks[0] not in MONTHS_DAYS
        return i >= 2 and all(t[:1].isupper() and t not in TITLE_HEADS for t in toks[:i])

    def _seat(self, span: Span) -> bool:
        """Whether a span names a town, the seat a company's name ends before ("Acme Inc of
        Denver"); a country or state after "Co of" is often part of the name ("… of Canada")."""
        place = self.lex.places.get(" ".join(span.tokens))
        return place is not None and not place.major

    def _title_then_surname(self, toks: Sequence[str]) -> bool:
        """ "Senator Whitcombe arrived.": a title opening a sentence before a lone name that is
        no English word (unless a listed surname) stays, so the name is a person's."""
        if len(toks) > 2 and toks[0] in REGNAL_TITLES and toks[1] in self.lex.given:
            return True  # "Pope John Paul II spoke": the title goes with the regnal name
        if len(toks) == 3 and toks[0] in TITLE_HEADS and toks[1].isalpha() and \
                toks[1][1:].islower() and self._name_word(toks[2]) and toks[2] not in ORG_HEADS \
                and not (toks[2] in self.lex.places and self.lex.places[toks[2]].major):
            return True  # "Senator Gift Banda said": a word as a given name before a surname
        return len(toks) == 2 and toks[0] in TITLE_HEADS and toks[0] not in WEAK_HEADS and \
            toks[0] not in GIVEN_TITLES and self._name_word(toks[1])

    def _monsieur(self, toks: Sequence[str]) -> bool:
        """Whether "M." opens a given name and a surname in a document with French titles, or a
        surname alone in one written in French ("a assuré M. Derbal")."""
        if len(toks) == 2 and toks[0] == "M." and toks[1] not in self.lex.given:
            return self._french_prose()
        return len(toks) > 2 and toks[0] == "M." and toks[1] in self.lex.given and \
            len(toks[1]) > 2 and self._french_titles()

    def _french_prose(self) -> bool:
        """Whether the document is written in French: its words between names are French
        function words far more often than English ones."""
        if self._french_text is None:
            words = [w for line in self.lines for fields in line[2]
                     for w in fields[F_NEXT].lower().split()[:6]]
            self._french_text = french_words(words)
        return self._french_text

    def _french_role(self, span: Span) -> bool:
        """ "le ministre Ann Roe", "affirme Ann Roe,", "Ann Roe, porte-parole de …": a French
        role or speech verb beside the name, in a text written in French."""
        return french_role_cue(span.prev_word, span.next_text) and self._french_prose()

    def _romance_prose(self) -> str:
        """The language ("es", "pt", "it", "ca") the document is written in, read as
        _french_prose reads French, or "" for none of them."""
        if self._romance_text is None:
            words = [w for line in self.lines for fields in line[2]
                     for w in fields[F_NEXT].lower().split()[:-1]]  # (the last may be cut)
            self._germanic_text = germanic_language(words)
            # (German shares "um", "so", "die" with Romance tables: a German text is none)
            self._romance_text = "" if self._germanic_text else romance_language(words)
        return self._romance_text

    def _germanic_prose(self) -> str:
        """The language ("de", "nl") the document is written in, read with _romance_prose."""
        self._romance_prose()
        return self._germanic_text

    def _inflected_prose(self) -> str:
        """The language of inflected.written_in the document's words between names are in."""
        if self._inflected_text is None:
            words = [w for line in self.lines for fields in line[2]
                     for w in fields[F_NEXT].lower().split()[:-1]]
            self._inflected_text = written_in(" ".join(words))
        return self._inflected_text

    def _local_country(self, name: str) -> Place | None:
        """A country's name in the language of the text ("Espagne", "Chine" in French, "Estados
        Unidos", "Moçambique" in Portuguese); one that is also a person's name or a word
        ("Italia", "Francia") is a weak place, which a cue must back."""
        place = french_countries().get(name)
        if place is not None:
            return place if self._french_prose() else None
        english = country_names(lang).get(name) if name in local_country_names() and \
            (lang := self._romance_prose() or self._germanic_prose()) else None  # (the text's
        # language read only then)
        place = self.lex.places.get(english) if english and name not in self.lex.places else None
        if place is None or name.lower() in self.lex.common:
            return None
        if name in self.lex.given or name in self.lex.surnames:
            return Place(place.name, strong=False)
        return place

    def _french_titles(self) -> bool:
        """Whether any span of the document has a French honorific ("Mme", "Monsieur")."""
        if self._french is None:
            self._french = any(not FRENCH_HONORIFICS.isdisjoint(fields[F_TOKENS])
                               for line in self.lines for fields in line[2])
        return self._french

    def _name_word(self, tok: str) -> bool:
        """A surname-shaped word: no English word, unless a listed surname."""
        return tok.lower() not in self.lex.common or tok in self.lex.surnames

    def _trim_initial(self, span: Span) -> Span | None:
        """Drop sentence-initial function or common words and month/day names from a span."""
        toks, k = span.tokens, 0
        n = len(toks)
        if toks[0] == "The" and n > 1 and " ".join(toks) in self.lex.places and \
                not any(t.lower() in self.lex.common for t in toks[1:]):
            return span  # "The Hague", "The Bronx": the article is the place's own ("The Gap")
        if n == 2 and toks[0] == "The" and toks[1] in THE_GROUNDS and not span.initial:
            return span  # "at The Oval": a ground's name (unlisted._the_ground)
        while k < n:
            first = toks[k]
            drop = (first in MONTHS_DAYS and n - k > 1 and not self._given_month(first)) or \
                first in FUNCTION_CAPS or first == "Copyright" and n - k > 1 or (
                not k and span.initial and first.lower() in self.lex.common
                and (toks[-1] not in LEGAL_FORMS or first in LEAD_ADJECTIVES)  # "Touchstone
                # Software Corp." is one name; "Rival Chery Automobile Co" is not
                and not (n > 1 and toks[1] in ("and", "&"))  # "Food and Drug Administration",
                # "Health & Family Welfare Department"
                and not (n > 2 and first in BODY_ADJECTIVES and toks[-1] in ORG_HEADS)
                and first not in self.lex.places and not self._known_person_token(first)
                and not (first in PLACE_PREFIXES and n > 1)  # "Lake Chad has shrunk": not Chad
                and not self._place_prefix(toks) and not self._given_then_surname(toks)
                and not self._title_then_surname(toks) and honorific_pair(toks) is None
                and not (n > 2 and first in self.lex.given and toks[1] in NAME_PARTICLES)
                and not self._word_given(toks)) or (
                not k and span.initial and n > 1 and self._role_shaped(first)) or (
                not k and n > 1 and romance_role(first) and toks[1][:1].isupper())
            # ("L'alcalde Lluc Roe ha dit"; not "L'alcalde de Girona": the office's town)
            if not drop:
                break
            k += 1
        if k == 0 and span.initial and n > 1 and toks[0] in ROMANCE_OPENERS and \
                not self._place_prefix(toks) and self._romance_prose():
            k = 1  # "En La Habana se reportaban …": the preposition opens the sentence
            if n > 2 and toks[1] in ROMANCE_ARTICLE_WORDS:
                k = 2  # "En la Isla de la Juventud": its article too (read with "En" before)
        if k == 0 and span.initial and n > 2 and toks[0] in ROMANCE_ARTICLES and \
                toks[-1] in ORG_HEADS and not self._place_prefix(toks):
            k = 1  # "El Athletic Club se impuso …": the article opens the sentence, not the name
        elif k == 0 and span.initial:  # "Según el Presidente Ana Roe", "El Teatro Colón"
            k = leading_function_words(toks, self.lex.given, self.lex.surnames,
                                       self._place_prefix(toks) or toks[0] in self.lex.places)
        if k == n:
            return None
        if k:
            span = sub_span(span, k, n)
            if k > 1 and toks[k - 1] in ROMANCE_ARTICLE_WORDS:
                span.prev_prev = toks[k - 2].lower()
            word = span.prev_word
            if span.initial is False and (word.lower() in ROLE_NOUNS or self._role_shaped(word)):
                span.prev_word = word.lower()  # "…°C. Meteorologist Ann Roe said": as written
                # mid-sentence, the occupation cues the name after it
        if len(span.tokens) > 1 and span.tokens[-1] in MONTHS_DAYS and \
                not self._month_surname(span.tokens) and \
                " ".join(span.tokens) not in self.lex.places:  # "Viña del Mar" ends in "Mar"
            span = sub_span(span, 0, len(span.tokens) - 1)
        return span if span.tokens else None

    def _given_month(self, first: str) -> bool:
        """A month's three-letter abbreviation that is a given name opens a name ("Jan Novak"):
        written as a date, it stands before a number, not before a capitalised word."""
        return len(first) == 3 and first in self.lex.given

    def _month_surname(self, tokens: Sequence[str]) -> bool:
        """A month or weekday ending a name right after its given name is the surname ("Brian
        May", "Prime Minister Theresa May"); after a full name it is the date ("Bob Dole
        Wednesday attacked ...", "Bill Clinton Tuesday")."""
        if tokens[-2] not in self.lex.given:
            return False
        before = tokens[-3] if len(tokens) > 2 else ""
        return not before or before in TITLE_HEADS or before in TITLE_WORDS or \
            before.lower() in self.lex.common and before not in self.lex.given

    def _plain_after_title(self, word: str) -> bool:
        """Whether a lone word after a title is a plain word no list knows as a name."""
        return word.lower() in self.lex.common and word not in self.lex.surnames and \
            word not in self.lex.given and not self._accented_given(word)

    def _roster_surname(self, span: Span) -> bool:
        """Whether a word in capitals and a comma open the line before a title and one name, as
        rosters write people surname first ("CARTER, Ms Louise"; not a dateline's town)."""
        word = span.prev_prev.removesuffix(",")  # (after a comma, the word before it)
        return not span.prev_word and span.prev_prev.endswith(",") and len(word) > 1 and \
            word.isupper() and span.start == len(word) + 2 and span.tokens[-1] in self.lex.given

    def _with_title(self, span: Span, i: int, j: int) -> None:
        """Tokens before a title are their own span; the tokens after it name a person."""
        toks = span.tokens
        if i == 0 and named_after(span):
            return  # "la calle General Paz", "casi Dr. Ferrán": a street named after someone
        if toks[j - 1] == "Premier" and j < len(toks) and toks[j] in PREMIER_COMPETITIONS:
            name = " ".join(toks)  # "the Ghana Premier League table": a competition, no
            self._add(ORG, name, name)  # premier, no country named as a place
            return
        if (len(toks) - j == 3 and toks[j + 1] == "Cardinal" or toks[i:j] == ("Cardinal",)
                and i == len(toks) - 2 and i > 0) and self._cardinal(span):
            return
        if i > 0 and span.tokens[j - 1] in OFFICE_TITLES and self._office_place(span, i):
            pass  # "Catanduanes Governor Joseph Cua": the province the governor runs
        elif i > 0:  # "Christian Maronite Patriarch Sfeir": words before a title qualify it
            before = len(self.mentions)
            self._classify_plain(sub_span(span, 0, i))
            portfolio = span.tokens[j - 1] in ("Minister", "Secretary") and \
                all(t.lower() in self.lex.common for t in span.tokens[:i])
            self.mentions[before:] = [m for m in self.mentions[before:] if m.type != PERSON and
                                      not (portfolio and m.type == ORG)]  # ("Plantation
            # Industries Minister X": a portfolio, no body; "Gazprom CEO X" keeps its firm)
        if j >= len(span.tokens) or thing_context(span):
            return  # "the vessel Admiral Kuznetsov"
        heads = span.tokens[i:j]
        if len(span.tokens) - j > 2 and span.tokens[j] in ETHIOPIAN_HONORIFICS:
            j += 1  # "Chief Executive Officer Ato Dawit Haile-Mariam": a Mr after the office
        rest = sub_span(span, j, len(span.tokens))
        rest.initial = False
        weak = heads[-1] in WEAK_HEADS and len(heads) == 1
        start = self._person_start(rest) if len(rest.tokens) > 2 else None
        if len(rest.tokens) == 1 and self._town_of_region(rest):
            return  # "Prince Rupert, British Columbia": a town, though not in the gazetteer
        town = " ".join(span.tokens[i:])
        if i == 0 and town in self.lex.places and span.prev_word.lower() in TOWN_PREPS:
            self._add(PLACE, self.lex.places[town].name, town)  # "drove to Prince Albert"
            return
        if i == 0 and len(rest.tokens) == 1 and span.prev_word.lower() == "the" and \
                heads[-1] in ("Lady", "Queen", "Princess", "Prince", "King", "Duchess", "Duke"):
            return  # "onto the Lady Cassandra", "the Queen Mary": a boat, an inn, no one
        if i == 0 and len(rest.tokens) == 1 and heads[-1] in ("Prince", "Princess", "Lady") \
                and span.prev_word.lower() in ("in", "near", "outside") and \
                span.surfaces[-1] == span.tokens[-1] and not span.next_text.startswith(" of "):
            self.cued_places.add(town)  # "negotiating in Prince Rupert.": a town named after
            self._add(PLACE, town, town)  # a prince; a prince is met, not lived "in"
            return
        if len(rest.tokens) == 1 and heads[-1] in PERSONAL_TITLES and \
                rest.tokens[0] in self.lex.places:
            self._add(PERSON, rest.tokens[0], rest.tokens[0])  # "Mr Jordan": a person's name
            return
        if len(rest.tokens) == 1 and heads[-1] in PERSONAL_TITLES and \
                (rest.tokens[0] in TITLE_HEADS or rest.tokens[0] in VOCATIVE_OFFICES or
                 _romance_office(rest.tokens[0])):
            return  # "Mr. Chair, …", "Madam Speaker", "Signor Presidente", "Monsieur Président":
            # an office addressed, no one's name
        if len(rest.tokens) == 1 and tuple(heads[-2:]) in HONORIFIC_PAIRS and \
                rest.tokens[0] in TITLE_HEADS:
            return  # "Tan Sri Dato' Sri Ann Berg": a knight's title, then a Dato's
        if len(rest.tokens) == 1 and heads[-1] in JOB_OPENERS and \
                self._plain_after_title(rest.tokens[0]):
            return  # "the PHED Assistant Engineer": a job, no one's name
        if len(rest.tokens) == 1 and i == 0 and self._roster_surname(span):
            return  # "CARTER, Ms Louise, Chief Executive": her given name, the surname before
        if len(rest.tokens) == 1 and rest.tokens[0] in self.lex.places and \
                self.lex.places[rest.tokens[0]].major and heads[-1] not in ROYAL_TITLES:
            return  # "Supreme Allied Commander Europe": the area is part of the title
        if start and all(t.lower() in self.lex.common or t in self.lex.places
                         for t in rest.tokens[:start]):
            # "General Staff Valery Gerasimov": the name starts at the given name
            self._classify_plain(sub_span(rest, 0, start))
            self._person(sub_span(rest, start, len(rest.tokens)))
        elif heads[-1] in REGNAL_TITLES and (numeral := REGNAL_RE.match(rest.next_text)) and \
                all(t in self.lex.given for t in rest.tokens):
            name = f"{' '.join(rest.tokens)} {numeral[1]}"  # "Pope John Paul II": not "John Paul"
            self._add(PERSON, name, name)
        elif self._person_ok(rest.tokens, strict=weak) and not (
                weak and len(rest.tokens) == 1 and rest.tokens[0].lower() in self.lex.common) \
                and not self._plain_words(rest.tokens):
            self._person(rest)  # not "Agent Orange", "Father Christmas": a word after a weak title
        else:
            self._classify_plain(rest)

    def _cardinal(self, span: Span) -> bool:
        """ "(His Eminence) John Cardinal Onaiyekan": a cardinal's style puts his rank between
        his given name and his surname; the person is John Onaiyekan."""
        given, last = span.tokens[-3], span.tokens[-1]
        if given not in self.lex.given or last in self.lex.given:
            return False
        self._add(PERSON, f"{given} {last}", " ".join(span.surfaces[-3:]))
        return True

    def _office_place(self, span: Span, i: int) -> bool:
        """ "Catanduanes Governor Joseph Cua", "Albay Governor …": the name before a governor's,
        mayor's or premier's title is the place they run, when it can only be a place's."""
        toks = span.tokens[:i]
        name = " ".join(toks)
        place = self.lex.places.get(name)
        if i > 3 or span.bound or span.tabular or place is None and not self._place_shaped(toks):
            return False
        self._add(PLACE, place.name if place else name, name)
        return True

    def _compass_region(self, span: Span) -> bool:
        """ "a loss to Northern Quorland", "Most of South Velmora is dry": a compass word before
        a country's or a strong place's name names a part of it, a place with no cue."""
        toks = span.tokens
        if len(toks) != 2 or toks[0] not in COMPASS_OPENERS or span.bound or span.tabular or \
                span.prev_word[:1].isupper():  # ("Nutrition North Quorland": a body's tail)
            return False
        place = self.lex.places.get(toks[1])
        if place is None or not (place.strong or place.major) or \
                toks[1] in self.lex.given or toks[1] in self.lex.surnames or \
                toks[1].lower() in self.lex.common:
            return False
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _national_agency(self, span: Span) -> bool:
        """ "Environment Canada", "Statistics Canada", "Police Scotland", "Sport England",
        "Tourism Ireland": a public body named by its field and its country, no mention of the
        country as a place."""
        toks = span.tokens
        if len(toks) != 2 or toks[0] not in AGENCY_FIELDS or span.bound or span.tabular:
            return False
        place = self.lex.places.get(toks[1])
        if place is None or not place.major:
            return False
        name = " ".join(toks)
        self._add(ORG, name, name)
        return True

    def _compass_ward(self, span: Span) -> bool:
        """ "who represents Ludlow East", "TDs from Cork South-Central", "the MP for Bristol
        North West": a listed town and compass words after it name a ward, constituency or
        district of it (not "Jordan North", a given name and a surname)."""
        toks = span.tokens
        if not 2 <= len(toks) <= 3 or span.bound or span.tabular or \
                span.prev_word[:1].isupper() or toks[0] not in self.lex.places or \
                not all(p in WARD_COMPASS for t in toks[1:] for p in t.split("-")) or \
                len(toks) == 2 and "-" not in toks[1] and (toks[0] in self.lex.given or
                                                          toks[0] in self.lex.surnames):
            return False
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _party_hometown(self, span: Span) -> bool:
        """ "a Tarnby Democrat", "a Velmora Beach Republican": a US politician named by the town
        or district they come from; the words before the party are that place."""
        toks = span.tokens
        if toks[-1] not in ("Democrat", "Republican") or len(toks) < 2 or len(toks) > 4 or \
                span.prev_word.lower() not in ("a", "an") or span.bound or span.tabular:
            return False
        rest = toks[:-1]
        name = " ".join(rest)
        place = self.lex.places.get(name)
        if place is not None and (name in self.lex.given or name in self.lex.surnames or
                                  name.lower() in self.lex.common) or \
                place is None and not self._place_shaped(rest):
            return False
        self._add(PLACE, place.name if place else name, name)
        return True
