"""Patterns of header lines the header readers share: datelines, release labels, dashes."""

from __future__ import annotations

import calendar
import re

from ..headlines import MAIL_SUBJECT_WORDS
from ..mastheads import PAPER_HEADS


DASH = r"(?:\s+(?:[–—]|--?)\s+|\s+(?=\d{4}-\d\d-\d\d)|(?<=[A-ZÀ-Þ)])\.?[–—-]\s+(?=[A-ZÀ-Þ])|" \
    r"(?<=[a-zß-ÿ])\.-\s+(?=[A-ZÀ-Þ]))"

# (and "VALPARAÍSO.- La Cámara …", "ORAN- The new plant …": a Latin American and an Algerian wire;
# "GUADALAJARA, Jal., 4 de marzo.- Con …", "Curicó.- Con …": its ".-" after any letter;
# "Lima, 14 may (EFE).- El …": the Spanish-language wires' agency and its ".-")
# A dateline alone on its line, the story below it: "KATHERINE, NT —", "PRIZREN —".
DASH_AT_END = r"\s+(?:[–—]|--?)$"

# An Indian wire's agency then the story, no dash: "Mysuru, Sep 4 (PTI) The first batch …".
AGENCY_THEN_TEXT = r"(?<=\))\s+(?=[A-Z])"

CONTACT_CREDIT = re.compile(r"^(?i:to contact the reporters? on this story:)")

TAIL_CREDIT = re.compile(r"^\(?(?i:(?:reporting|reported|writing|written|words)\s+)?(?i:by)\s"
                         r"|" + CONTACT_CREDIT.pattern)

CAPITAL = "A-ZÀ-ÖØ-ÞĀ-žȘȚ"  # capitals of Latin-1 and Latin Extended-A: "GDAŃSK", "ÎLE", "CHIȘINĂU"

REGION_WORDS = rf"[{CAPITAL}][^\W\d_]+(?: [{CAPITAL}][^\W\d_]+)?"  # "(Amazonas)", "(Rio Negro)"

DATELINE = re.compile(rf"^([{CAPITAL}][{CAPITAL} .'’/-]{{2,40}}?"
                      # "MANAUS (AM), 14 de outubro …", "LETICIA (Amazonas), 7 de mayo …": a region
                      rf"(?:\s+\((?:[A-Z]{{2}}|{REGION_WORDS})\)(?=,))?)"
                      r"(?:,\s*([A-Z0-9][\w .'’-]{1,40}?))?"
                      # "NAIROBI, Kenya, Sept 9 — …", "…, Sept 9, 2024 — …", "ORAN, le 18 mars …"
                      # (or the day alone: Europa Press's "SEVILLA, 3 (EUROPA PRESS)")
                      r"(?:,\s*(?:le\s+)?(?:[A-Z0-9][\w .'’/-]{1,28}?|\d)(?:,\s*\d{4})?)?"
                      # "MOSCOW (Reuters) - …", "TOKYO, May 8, 2026 /Kyodo/ -- …", "(dpa)"
                      r"(\s+\([A-Za-z][\w .&/-]{1,30}\)|\s+/[A-Z][\w .&-]{1,30}/)?"
                      # "BILBAO, 14/06/2025. Jokin …": a full stop after a numeric date
                      # "SEVILLA, 3 (EUROPA PRESS)" alone on its line, the story below it;
                      # an Italian paper's town and a full stop, "PALERMO. Si è spento …"
                      rf"(?:{DASH}|{DASH_AT_END}|{AGENCY_THEN_TEXT}|(?<=\))$|:\s+|"
                      rf"(?<=[{CAPITAL}]{{3}})\.\s+(?=[{CAPITAL}][a-zà-ÿ])|"
                      rf"(?:(?<=\d[/.]\d\d[/.]\d{{4}})|(?<=\d[/.]\d[/.]\d{{4}}))"
                      r"\.\s+(?=[A-Z]))")

# "Rio de Janeiro — …", "Berlin, 5 March 2023 – …": a known place in title case.
# ("Nuuk / Copenhagen — …": two towns a piece was filed from)
TITLE_DATELINE = re.compile(rf"^([{CAPITAL}][^\W\d_A-Z]+(?:[ -](?:[{CAPITAL}][^\W\d_A-Z]+|de|da|"
                            r"do|del|la|le|el|upon|am))*"
                            rf"(?: / [{CAPITAL}][^\W\d_A-Z]+(?: [{CAPITAL}][^\W\d_A-Z]+)?)?)"
                            r"(?:,\s*([A-Z0-9][\w .'’-]{1,40}?))?"
                            # "Accra, Ghana, March 3, 2024 — …", "Abidjan, le 2 octobre 2025 — …"
                            r"(?:,\s*(?:le\s+)?[A-Z0-9][\w .'’-]{1,28}?(?:,\s*\d{4})?)?"
                            r"(\s+\([A-Z][\w .&-]{1,30}\))?"
                            # "Bhubaneswar, 7 September 2026: Shiksha …": a colon after a year
                            + f"(?:{DASH}|{DASH_AT_END}|{AGENCY_THEN_TEXT}|(?<=\\d{{4}}):\\s+)")

SENTENCE_STOP = re.compile(r"[.!?]\s")

_RELEASE = (r"(?:for immediate release|(?:press|news|media|stock exchange|company) release|"
            r"embargoed\b[^.]*|"
            r"for release\b[^.]*|communiqué de presse|comunicado de prensa|comunicado de imprensa|"
            r"comunicato stampa|pressemitteilung|persbericht|pressmeddelande|pressemelding|"
            r"komunikat prasowy|siaran pers|(?:press|media) (?:statement|note)|comunicado|"
            r"nota de (?:prensa|imprensa)|"
            # Latvian, Lithuanian, Estonian, Hungarian, Romanian, Turkish, Greek
            r"paziņojums presei|pranešimas spaudai|pressiteade|sajtóközlemény|"
            r"comunicat de presă|basın (?:bülteni|açıklaması)|δελτίο τύπου|"
            r"communiqué)")

# A release's number after its label: "Press statement No. 214/2026", "Communiqué n° 12".
RELEASE_NUMBER = r"(?:\s+(?:no\.?|n[°º]\.?|nr\.?|#)\s*\d[\d/.-]*)?"

# (two at once: "PRESS RELEASE — FOR IMMEDIATE RELEASE", "Comunicado / Press statement No. 214")
RELEASE_LABEL = re.compile(rf"(?i)^{_RELEASE}(?:\s*[—–|/-]\s*{_RELEASE})?{RELEASE_NUMBER}"
                           r"[.:]?$")

# A person's birth or life dates in a biography ("(born 14 March 1961)", "(3 May 1901 – 2 June
# 1980)", "was born on 5 May 1950"): not the date of the document.
LIFE_DATES = re.compile(r"\((?:born|b\.|née|nee)\b[^)]*\)|\([^()]*\d{4}\s*[–—-]\s*[^()]*\d{4}\)"
                        r"|\bborn\b(?: on| in)?[^.;)]{0,40}\d{4}"
                        # an obituary's "Born: 2 May 1938 in Hurlford. Died: …"
                        r"|\b(?i:born|died):\s[^.;)]{0,40}\d{4}")

AGENCY_TAIL = re.compile(r"\s*\([A-Z][\w/&. -]{1,30}\)\s*:?$")  # "(PTI/Agencies)"

# Single letters with full stops ("U.S.", "U.N.", "S.", "e.g."): a sentence never ends inside one.
INITIALISM_END = re.compile(r"(?:^|[\s(/‘“\"'–—-])(?:[A-Za-z]\.)+$")

# A paper's motto under its masthead: "Nordland's leading English newspaper".
TAGLINE = re.compile(r"(?i)\b(?:leading|largest|oldest|first|favourite|favorite|independent|"
                     r"premier|trusted)\b[^.]{0,40}\b(?:newspaper|daily|weekly|news ?site|"
                     r"news source|magazine)$")

# A periodical named with the body that issues it: "THE LAMPLIGHTER — Parish Newsletter of St.
# Ann's Church, Velden, Vermont", "Bulletin of the Velden Rowing Club"; its season's issue.
PUBLICATION_OF = re.compile(r"\b(?i:newsletter|bulletin|magazine|gazette|newssheet|"
                            r"news-sheet) of (?:the )?([A-Z][^,—–|]{2,60}?)"
                            r"(?:,\s*([^,]{2,30}))?(?:,\s*[^,]{2,30})?$")

# A letters page's rubric, in English and other languages.
LETTERS_PAGE = re.compile(r"^(?i:(?:your|have your) say|letters?(?: to the editor)?|readers'? "
                          r"letters|letters page|mailbag|leserbriefe|courrier des lecteurs|"
                          r"cartas (?:al director|de los lectores)|cartas dos leitores|"
                          r"lettere al direttore|ingezonden brieven?)\s*[:.]?$")

MONTH_NAME = "(?:" + "|".join(m for m in calendar.month_name if m) + ")"  # "SHILLONG November 18"

# Words that name an outlet, never a person: "Andina Noticias" under the headline is the agency.
AGENCY_WORDS = frozenset("noticias notícias nachrichten nouvelles notizie noticiero news times "
                         "tribune gazette journal agencia agência agence".split())

MAIL_SUBJECT = re.compile(rf"(?i)^(?:{MAIL_SUBJECT_WORDS})\s*:")

SUBSCRIBER_NOTE = re.compile(r"(?i)\b(?:you(?:'|’)re receiving this|you are receiving this|"
                             r"unsubscribe|view (?:it )?in (?:your )?browser)\b")

# A blog's or a newsletter's name and what it is: "Mesa Miles — a trail blog from the Valley".
# (a name in capitals needs no article: "THE MORNING BRIEF — Nordland markets newsletter")
NEWSLETTER_KIND = r"(?i:(?:weekly |daily |monthly )?(?:newsletter|bulletin|digest|blog))\b[^.]*$"

MASTHEAD = re.compile(rf"^(?:[^—–|]{{2,40}}\s[—–|]\s(?i:an?|the|your)|"
                      rf"[{CAPITAL}][{CAPITAL}\d '’&.-]{{1,40}}\s[—–|])\s[^.]*\b"
                      r"(?i:blog|newsletter|podcast|diary|notes|column|journal)\b[^.]*$|"
                      r"^[^—–|]{2,40}\s[—–|]\s" + NEWSLETTER_KIND)

# A newsletter's issue, opening the line or a part of it: "Issue #412 | …", "… — Issue 212".
ISSUE = re.compile(r"(?:^|[—–|·•,]\s)\s*(?:Issue|ISSUE|Vol\.|VOL\.|Volume|VOLUME)\s+#?\d{1,4}"
                   r"(?=\s*(?:$|[|·•,—–]))")

# A masthead alone above the headline: "Khmer Times", "The Daily Gleaner".
OUTLET_LINE = re.compile(r"^(?:The )?[A-Z][\w'’&.-]*?(?: [A-Z][\w'’&.-]*){0,2}[ -]"
                         rf"(?:{'|'.join(PAPER_HEADS)})$")

# A magazine's masthead: "Iceland Review", "Baltic Monthly".
MAGAZINE_LINE = re.compile(r"^(?:The )?([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}) "
                           r"(?:Review|Monthly|Weekly|Quarterly)$")

# A paper named in another language, its paper's word first: "Correio do Sul", "El Economista
# Global", "Diario de Cádiz", "Gazzetta di Parma".
FOREIGN_HEAD = re.compile(r"^(?:(?:El|La|Le|O|A|Il|Lo|Der|Die|De|Het)\s+)?(?:Correio|Diario|"
                          r"Diário|Jornal|Gazeta|Gazzetta|Corriere|Folha|Periódico|Economista|"
                          r"Zeitung|Courrier|Dagblad|Tageblatt)(?:\s+(?:do|da|de|del|della|di|"
                          r"des|du|dos)\s+[A-Z][\w'’.-]*|\s+[A-Z][\w'’.-]*){0,2}")

PUBLISHED = re.compile(r"(?i)^(?:first\s+)?(?:published|posted|updated|last updated)\b")

SECTION_WORDS = frozenset("Local Regional National International World News Government Politics "
                          "Business Sport Sports Opinion Features Culture Arts Health Education "
                          "Environment Crime Courts Community Lifestyle Travel Science & and "
                          "Economy Weather Obituaries".split())

FULL_SCORE = re.compile(r"(?:[A-Z][\w'’.&-]*\s){1,4}\d{1,3}\s*[-–,]?\s*(?:[A-Z][\w'’.&-]*\s){1,4}"
                        r"\d{1,3}(?:\s*\(.{1,30}\))?")

AGENCY_WORDS = frozenset("agencia agence agency agenzia agência agentur news noticias notícias "
                         "nouvelles press presse prensa nachrichten".split())
