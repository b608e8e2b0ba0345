"""Lines that name a document's outlet or issuer, and a web page's furniture above its headline."""

from __future__ import annotations

import re
from collections.abc import Callable

from .detect import ORG_HEADS
from .model import Block
from .dates import find_date, find_foreign_date
from .placeline import any_date_only, attested_place, known_place
from .speakers import (CONNECTORS, OUTLET_HEADS, OUTLETS, display_word,
                       is_common_phrase, is_given_name, is_role_word, person_name_shape)

# A page's chrome saved with its text: a skip link, a bare address, a menu or a trail of crumbs.
SKIP_LINK = re.compile(r"(?i)^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article|"
                       r"story|menu)|(?:direkt )?zum (?:inhalt|hauptinhalt)(?: springen)?|"
                       r"zur navigation(?: springen)?|(?:ga )?(?:direct )?naar (?:de )?"
                       r"(?:inhoud|hoofdinhoud)|(?:aller|passer) au contenu(?: principal)?|"
                       r"(?:saltar|ir) al contenido(?: principal)?|"
                       r"(?:pular|ir) para o conteúdo(?: principal)?|"
                       r"(?:vai|salta|passa) al contenuto(?: principale)?)$")
# A site's notice about cookies or personal data, its buttons saved with it, in any language.
COOKIE_NOTICE = re.compile(r"(?i)\b(?:cookies?|personenbezogene daten|données personnelles|"
                           r"datos personales|dati personali|persoonsgegevens|kakor|evästeet|"
                           r"evästeitä|informasjonskapsler|osobných údajov|osobních údajů|"
                           r"danych osobowych|personuppgifter|personoplysninger|"
                           r"personopplysninger|henkilötietoja)\b")
NOTICE_BUTTON = re.compile(r"(?i)\[[^\]]{2,30}\]|\b(?:accept(?:er|ar|ieren)?|akzeptieren|"
                           r"zustimmen|akkoord|accepteren|agree|einverstanden|aceitar|accetta)\b")
# How a cookie notice opens, in any language: "We use cookies", "Wir verwenden Cookies", "Wij
# gebruiken cookies", "Nous utilisons des cookies", "Utilizamos cookies", "This site uses cookies".
COOKIE_OPENING = re.compile(r"(?i)^(?:we|wir|wij|nous|this (?:web)?site|diese (?:web)?seite|"
                            r"deze (?:web)?site|ce site|este sitio|(?:nós )?utilizamos|usiamo|"
                            r"questo sito)\b[^.]{0,60}\b(?:cookies?|daten|gegevens)\b|"
                            # a site's name, then "uses" in the languages of Europe: "Vi använder
                            # kakor", "DR bruger cookies", "Ta strona korzysta z plików cookie"
                            r"^(?i:[\w.'’-]+ ){0,3}(?i:use|uses|verwendet|nutzt|gebruikt|utilise|"
                            r"utiliza|usa|använder|bruger|bruker|käytämme|käyttää|używamy|używa|"
                            r"korzysta|používáme|používá|používame|používa)\b[^.]{0,80}"
                            r"\b(?i:cookies?|kakor|evästeitä|informasjonskapsler)\b")
# A notice's buttons left on a line of their own: "Alle akzeptieren   Nur notwendige".
BUTTONS_ONLY = re.compile(r"(?i)(?:\[?\s*(?:(?:alle |all |tout |todo |todas )?(?:accept(?:er|ar)?|"
                          r"akzeptieren|zustimmen|ablehnen|akkoord|accepteren|weigeren|reject|"
                          r"decline|refuser|rechazar|nur notwendige|einstellungen|settings|"
                          r"instellingen(?: wijzigen)?|paramètres|configuración|cookie settings|"
                          # Nordic, Finnish, Polish, Czech, Slovak buttons
                          r"godkänn(?: alla)?|endast nödvändiga|inställningar|tillad alle|"
                          r"kun nødvendige|vis detaljer|godta(?: alle)?|bare nødvendige|"
                          r"innstillinger|hyväksy(?: kaikki| evästeet)?|vain välttämättömät|"
                          r"asetukset|evästeasetukset|"
                          r"akceptuję|akceptuj(?: wszystkie)?|ustawienia|odrzuć|souhlasím|"
                          r"súhlasím|nastavení|nastavenia|odmítnout|odmietnuť))\s*\]?\s*)+")
# A site's account links left on a line of their own: "Abo  Anmelden", "Subscribe  Sign in".
ACCOUNT_ONLY = re.compile(r"(?i)(?:(?:jetzt |now )?(?:abo|abonnieren|anmelden|login|log in|"
                          r"sign in|sign up|subscribe|register|registrieren|inloggen|abonneren|"
                          r"abonnez-vous|connexion|s'abonner|suscríbete|iniciar sesión|"
                          r"mein konto|my account|newsletter|menu|menü|suche|search|zoeken)\s*)+")
# A site's bare domain on a line of its own: "nrz.de", "kaernten.ORF.at".
BARE_DOMAIN = re.compile(r"^(?:[\w-]+\.)+(?:[a-z]{2,3}|com|org|net|info|news)$")
# (also a page address copied without its scheme: "economynext.lk/colombo-tea-auction-12345/")
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/\S*$")
CRUMBS = re.compile(r"\s+[>›»]\s+")
MENU = re.compile(r"\s+[|·•]\s+")
HOME = frozenset("home start inicio início accueil startseite inizio hjem etusivu αρχική "
                 "kezdőlap acasă avaleht sākums pradžia anasayfa".split())
# A site's sections, as its menu and its crumbs name them.
SECTIONS = frozenset("Local Regional National International World News Government Politics "
                     "Business Sport Sports Opinion Features Culture Arts Health Education "
                     "Environment Crime Courts Community Lifestyle Travel Science Economy Weather "
                     "Obituaries War Video Videos Podcasts Podcast Tech Technology Markets Money "
                     "Life Entertainment Analysis Region Regions Nation Latest Energy Climate"
                     .split()) | frozenset(  # the same sections on other languages' sites
    "Noticias Política Politica Politik Polityka Politique Economía Economia Wirtschaft Économie "
    "Gospodarka Cultura Kultur Kultura Culture Deportes Desporto Sportif Sporty Mundo Monde Welt "
    "Świat Swiat Mondo Sociedad Société Gesellschaft Społeczeństwo Opinión Opinião Meinung "
    "Nacional Nationale Inland Ausland Kraj Internacional Regional Lokales Ciencia Wissen "
    "Vida Sociedade Policiales Sucesos Espectáculos Internacionales Nacionales Locales Cronaca "
    "Esteri Spettacoli Deporte Esportes Salud Saúde Salute Ciência Scienza Cotidiano "
    "Counties Metro "
    # Dutch and German sections ("Nieuws | Eemsdelta", "Lokal › Dornbirn")
    "Nieuws Binnenland Buitenland Economie Cultuur Politiek Regio Lokal Panorama "
    "Nachrichten "
    # Italian, Nordic, Finnish, Polish, Czech and Slovak sections ("Moda | Tessile", "Nyheder",
    # "Kotimaa", "Zprávy / Domácí")
    "Moda Motori Tecnologia Nyheder Nyheter Indland Udland Sporten Vejret Inrikes Utrikes "
    "Lokalt Debatt Debat Ekonomi Økonomi Uutiset Kotimaa Ulkomaat Urheilu Talous Kulttuuri "
    "Wiadomości Biznes Sport Zprávy Domácí Zahraniční Ekonomika Komentáře Regióny Domov "
    "Zahraničie Kultúra Regiony Region Aktuality Aktualności "
    # Romanian, Hungarian, Baltic, Turkish and Greek sections ("Cultură", "Belföld", "Gündem")
    "Actualitate Cultură Externe Social Sănătate Educație Justiție Opinii Știri Eveniment "
    "Belföld Külföld Gazdaság Kultúra Közélet Hírek Vélemény Helyi Uudised Maailm Majandus "
    "Kultuur Arvamus Ziņas Pasaulē Kultūra Sports Viedokļi Naujienos Verslas Nuomonės "
    "Sportas Gündem Spor Dünya Siyaset Yaşam Sağlık Eğitim Magazin Asayiş Kültür-Sanat Yerel "
    "Haberler Ειδήσεις Πολιτική Οικονομία Κόσμος Αθλητισμός Πολιτισμός Κοινωνία "
    # Indonesian, Malay, Tagalog and Swahili sections ("Berita", "Sukan", "Balita", "Habari")
    "Berita Nasional Daerah Bisnis Olahraga Hiburan Hukum Internasional Semasa Sukan Dunia "
    "Balita Habari Michezo Biashara Siasa Kitaifa Kimataifa Burudani".split())
COMPASS_PART = re.compile(r"(?i)^(?:north|south|east|west|central)(?:[- ](?:north|south|east|west|"
                          r"central))?$")  # "North-West": a paper's regional section


# An image left as its description in brackets: "[Orrville City Schools logo]", "[Photo]".
PLACEHOLDER = re.compile(r"(?i)^\[[^\[\]]{0,60}\b(?:logo|image|photo|picture|graphic|banner|"
                         r"icon|video|map|chart|illustration)\b[^\[\]]{0,30}\]$")
# A wire's transmission header: "ZCZC AGI0347 3 POL 0 R01 /", a weather bulletin's WMO heading
# "WGUS41 KBGM 121447".
WIRE_HEADER = re.compile(r"^(?:ZCZC\b.*|[A-Z]{4}\d{2} [A-Z]{4} \d{6}(?: [A-Z]{3})?)$")


def furniture(text: str) -> bool:
    """A web page's furniture above the headline: "Skip to content", a bare URL, breadcrumbs
    ("Home > Economy > Energy"), a site's menu ("SITE | News | War | Business | Opinion"), the
    site's name and section ("Ripplr | Mindanao")."""
    text = text.strip()
    return bool(SKIP_LINK.match(text) or BARE_URL.match(text) or FORWARD_MARK.match(text) or
                BARE_DOMAIN.match(text) or PLACEHOLDER.match(text) or
                WIRE_HEADER.match(text)) or _cookie_notice(text) or \
        _crumbs(text) is not None or _menu(text) is not None or _home_trail(text) or \
        site_line(text) is not None


def _cookie_notice(text: str) -> bool:
    """A site's cookie or data notice saved with its buttons ("We use cookies … [Accept]",
    "Wir und unsere Partner verarbeiten personenbezogene Daten … [Zustimmen]")."""
    if len(text) >= 400:
        return False
    if COOKIE_NOTICE.search(text):
        return NOTICE_BUTTON.search(text) is not None or COOKIE_OPENING.match(text) is not None
    return len(re.findall(r"\w+", text)) <= 8 and (BUTTONS_ONLY.fullmatch(text) is not None or
                                       ACCOUNT_ONLY.fullmatch(text) is not None)


# A mail program's mark above a forwarded or quoted message, in the languages of the world.
FORWARD_MARK = re.compile(r"(?i)^(?:-{2,}\s*(?:original message|forwarded message|"
                          r"message (?:d'origine|transféré)|mensaje (?:original|reenviado)|"
                          r"ursprüngliche nachricht|weitergeleitete nachricht|"
                          r"messaggio (?:originale|inoltrato)|mensagem (?:original|encaminhada)|"
                          r"oorspronkelijk bericht|doorgestuurd bericht)\s*-{2,}|"
                          r"begin forwarded message:?)$")


# A saved page's top line: the site's name, then its section, edition, town, date or what it is.
SITE_SPLIT = re.compile(r"\s+[|·•>›»—–]\s+")
SITE_EDITION = re.compile(r"(?i)^(?:online|digital|e-?paper|web|mobile|(?:\w+ )?edition|"
                          r"(?:regio|region|regional|local) [A-Z][\w'’-]*)$")
SITE_ABOUT = re.compile(r"^(?:an?|the|your) [a-z][\w'’-]*(?: [\w'’,-]+){0,12}$")  # "a blog about …"
NAME_BRACKET = re.compile(r"\s*\([^()]{1,30}\)$")  # "Prensa Nueva (English edition)"
SITE_WORD = re.compile(r"^[A-Z]?[a-z]+[A-Z]\w*$|^[A-Z]+\d\w*$|^[A-Z]\d+$")  # "VnNews", "N1"


def site_line(text: str) -> str | None:
    """The site a saved page's top line names beside its section, edition, town, date or what it
    is: "Cairns Bulletin — Online", "Ripplr | Mindanao", "K1 Hrvatska · Vijesti · Zagreb",
    "Huon Diary — a blog about boats", "CoastLine | Madurai | Updated - January 21, 2026"."""
    text = text.strip()
    parts = SITE_SPLIT.split(text)
    if not 2 <= len(parts) <= 4 or len(text) > 140 or parts[0].endswith((".", "!", "?")):
        return None
    first = NAME_BRACKET.sub("", parts[0]).strip()
    if not first[:1].isalnum():
        return None  # "(Anchorage) – The department said …": a bracketed dateline
    numbered = any(re.fullmatch(r"[A-Z]+\d+\w*", w) for w in first.split())  # "N1 Srbija"
    name = _site_name(first) or (first if numbered and len(first.split()) <= 3 else None)
    kinds = [_site_part(p) for p in parts[1:]]
    if first != parts[0] and SITE_EDITION.match(parts[0][len(first):].strip(" ()")):
        kinds.append("section")  # "Prensa Nueva (English edition)"
    sitelike = any(SITE_WORD.match(w) for w in first.split()) or \
        first.split()[-1].split("-")[-1].title() in PAPER_HEADS or \
        len(first.split()) == 1 and not first.isupper() and not is_given_name(first) and \
        not is_common_phrase(first)
    if name is None or None in kinds or known_place(first) or \
            is_common_phrase(first) and not sitelike and \
            ("section" not in kinds or len(first.split()) == 1 and not first.isupper()):
        return None  # ("EMERGENCY WARNING — issued 3:40 pm Sunday 11 January 2026"; "Research |
    # Climate": a section's own rubric)
    # (a date alone vouches for no site: "Ann Roe | PTN | Updated: 6 Jul 2024" is a byline,
    # "Brenvale Town Council — Minutes of 3 March 2026" a title)
    return name if sitelike or "section" in kinds else None


def _site_part(part: str) -> str | None:
    """What a part after a site's name is: a "section" (or an edition, or what the site is),
    "dated", "weak" (a town, a word or two in capitals: a section in its own language), or None."""
    part = part.strip()
    words = part.split()
    if words[:1] and words[0] in ("La", "El", "Il", "A", "O", "Le") and len(words) == 2:
        words = words[1:]  # "La Vida", "Il Fatto": a section with its article
    if all(w.title() in SECTIONS for w in words) or SITE_EDITION.match(part) or \
            SITE_ABOUT.match(part):
        return "section"
    if len(words) <= 10 and (find_date(part) or find_foreign_date(part)):
        return "dated"
    if known_place(part) or 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and \
            not person_name_shape(part):
        return "weak"
    return None


def _home_trail(text: str) -> bool:
    """A trail of crumbs from the site's home, whatever it ends in ("Home | Region | Town |
    The headline, cut short")."""
    parts = CRUMBS.split(text) if CRUMBS.search(text) else re.split(r"\s+[|·•/]\s+", text)
    return len(parts) >= 3 and parts[0].strip().lower() in HOME and len(text) <= 200


def _crumbs(text: str) -> list[str] | None:
    """The crumbs of a breadcrumb trail: two to six short capitalised names and nothing else."""
    parts = CRUMBS.split(text.strip())
    if len(parts) > 2 and BARE_DOMAIN.match(parts[0]):
        parts = parts[1:]  # "15min.lt › Sportas › Krepšinis": the site's address first
    if not 2 <= len(parts) <= 6 or len(text) > 100 or any(re.search(r"\d", p) for p in parts):
        return None
    if not all(_crumb(p, len(parts) >= 3) for p in parts):
        return None  # ("Apple > Microsoft in market value": a headline)
    return parts


def _crumb(part: str, trail: bool) -> bool:
    """One crumb: a short name, capitalised ("Latvijas-Igaunijas līga" only in a longer trail)."""
    words = part.split()
    return 1 <= len(words) <= 4 and not part.endswith((".", "!", "?")) and (
        all(w[:1].isupper() or w in ("&", "and", "of") for w in words) or
        trail and part[:1].isupper())


def _menu(text: str) -> list[str] | None:
    """The items of a site's menu: four or more short items, two of them sections' names."""
    parts = MENU.split(text.strip())
    if len(parts) < 4 or len(text) > 140 or re.search(r"\d", text):
        return None
    if any(not 1 <= len(p.split()) <= 3 or not p[:1].isupper() for p in parts):
        return None
    return parts if sum(p in SECTIONS for p in parts[1:]) >= 2 else None


def furniture_site(text: str) -> str | None:
    """The site a trail of crumbs or a menu opens with ("Focus Taiwan > Politics", "KYIV POST |
    News | Business | …"), not "Home" nor a section or a place."""
    if (site := site_line(text)) is not None:
        return site
    parts = _crumbs(text) or _menu(text)
    if not parts or not any(w in SECTIONS | SPORTS for p in parts[1:] for w in p.split()):
        return None
    return _site_name(parts[0])


def site_rubric(text: str) -> str | None:
    """The site of a "Site | Section" line above the headline ("Daily Planet | Weather",
    "Harbour Courier | North-West"): the section a site's own, the site named like an outlet."""
    parts = MENU.split(text.strip())
    if len(parts) != 2 or not (all(w.title() in SECTIONS | SPORTS for w in parts[1].split()) or
                               COMPASS_PART.match(parts[1]) or _edition_part(parts) or
                               _town_edition(parts)):
        return None
    name = _site_name(parts[0])
    if name is None or is_common_phrase(name) and \
            not any(w.lower() in OUTLETS | OUTLET_HEADS or w in PAPER_HEADS
                    for w in name.split()):
        return None  # ("Inside Story | Politics": a column's name; "Record | Futebol": a paper's)
    return name


def _town_edition(parts: list[str]) -> bool:
    """A paper's name in capitals, then the town of its edition ("DZIENNIK BAŁTYCKI | Gdańsk",
    "CORRIERE DELLA SERA | MILANO"): the first no town itself."""
    return parts[0].isupper() and len(parts[0].split()) <= 4 and \
        known_place(parts[1].title()) and not known_place(parts[0].title())


# Sports a sports paper's or a site's sections are named after ("Record | Futebol Nacional").
SPORTS = frozenset("Futebol Fútbol Calcio Football Soccer Basketball Baloncesto Basquete Tennis "
                   "Tenis Cricket Rugby Hockey Boxing Athletics Atletismo Ciclismo Automobilismo "
                   "Motor Motorsport Golf Nacional Internacional Basketbols Futbols Hokejs "
                   "Krepšinis Futbolas Jalkapallo Korvpall Jalgpall Futbol Basketbol Kosárlabda "
                   "Labdarúgás Fotbal Baschet Ποδόσφαιρο Μπάσκετ".split())


def _edition_part(parts: list[str]) -> bool:
    """A paper's name in capitals and its state's or region's edition ("EL SOL | JALISCO")."""
    return parts[0].isupper() and parts[1].isupper() and known_place(parts[1].title()) and \
        not known_place(caps_name(parts[0]))


def _site_name(first: str) -> str | None:
    """A crumb or a menu item that names a site: no home, section, place, person or number."""
    words = first.split()
    if first.lower() in HOME or all(w.title() in SECTIONS for w in words) or \
            re.search(r"\d", first) or len(words) > 4 or known_place(caps_name(first)):
        return None
    name = caps_name(first)
    if person_name_shape(name) and is_given_name(words[0].title()) and \
            words[0].lower() not in NAME_JOINS:  # ("EL DEBER": an article, no given name)
        return None
    return name


# The joining words of names in other languages, set in lower case ("GIORNALE DI SICILIA").
NAME_JOINS = frozenset("de del della delle dei degli di da do dos das du des la le el los las "
                       "y e i van von der den".split())


# Small words inside a body's name in Swahili, Indonesian and Malay: "Wizara ya Kilimo".
BODY_JOINS = frozenset("ya wa na za kwa dan untuk dari".split())


def caps_name(text: str) -> str:
    """A name in capitals as a page shows it: "EMBASSY OF HUNGARY" → "Embassy of Hungary"."""
    if not text.isupper():
        return text
    words = text.split()
    if len(words) == 1 and (len(text) <= 3 or not re.search(r"[AEIOUY]", text[1:])):
        return text  # an initialism: "EPFL", "NRK" (not "DAWN")
    return " ".join(w.lower() if i and w.lower() in CONNECTORS | NAME_JOINS | BODY_JOINS else
                    w.title() if w.lower() in NAME_JOINS else  # "EL DEBER": "El Deber"
                    display_word(w).replace("i\u0307", "i") for i, w in enumerate(words))


# A letterhead's issuer beyond the lexicon's heads: "Embassy of Hungary", "City of Lakewood".
ISSUER_HEADS = frozenset("Embassy Consulate Municipality City County Town Village Township "
                         "Delegation Mission Prefecture Governorate Province Region State".split())
GLOSSED = re.compile(r"^([A-Z]{2,8})\s+\(([^()]{5,60})\)$")  # "ENA (Ethiopian News Agency)"


def issuer_name(text: str) -> str | None:
    """An organisation's name alone on a letterhead line, as a page shows it: its head last
    ("Portville Police Department", "Nordvik Oyj") or before "of" ("Embassy of Hungary");
    an initialism glossed in brackets gives the gloss."""
    text = text.strip()
    if (m := GLOSSED.match(text)) and "".join(w[0] for w in m[2].split() if w[0].isupper()) == m[1]:
        text = m[2]
    words = caps_name(text).split()
    if not 1 <= len(words) <= 8 or re.search(r"[\d.,;:!?]$|\d", text) or \
            not all(w[:1].isupper() or w.lower() in CONNECTORS for w in words):
        return None
    heads = ORG_HEADS | ISSUER_HEADS
    if words[-1] in heads or any(words[i] in heads and words[i + 1] in ("of", "for")
                                 for i in range(min(3, len(words) - 2))):
        return " ".join(words)  # (its place or level first: "Nordland State Department of …")
    return None


def foreign_script(text: str) -> bool:
    """A short line in another script than Latin (a letterhead's name in the home language)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and len(text.split()) <= 10 and \
        all(not ("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f") for c in letters)


# A footer's copyright line: "Copyright (c) The Daily Planet. All rights reserved.", "© 2026 KXYZ".
COPYRIGHT = re.compile(r"^(?:(?i:copyright)\s*(?:©|\((?i:c)\))?|©|\((?i:c)\))\s*"
                       r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.{2,60}?)"
                       r"(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\.?"  # "… Limited 2025."
                       r"(?:\s*,?\s+(?i:all rights reserved)\.?)?$")
# A company's legal form, in English and other languages: "Pvt Ltd", "Media Co.", "GmbH & Co. KG".
LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc|Ltd|LLC|LLP|Limited|Plc|PLC|Co|Corp|Corporation|Company|"
                        r"Pvt|Pty|Private|GmbH|AG|KG|SA|S\.A|SpA|S\.p\.A|SL|S\.L|BV|NV|AB|AS|ASA|"
                        r"Oy|Oyj|Sdn\s+Bhd|Bhd|&\s*Co)\.?)+$")
# A publishing company's word after the paper's name: "Harbour Times Media", "Post Publishing".
PUBLISHER_TAIL = re.compile(r"\s+(?:Media|Publishing|Publications|Publishers|Newspapers|"
                            r"Group|Holdings|Communications|Verlag|Éditions|Editora|Editorial)$")


def publisher_stem(name: str, full: str) -> str:
    """A copyright holder without its legal form ("The Daily Planet Pvt Ltd" → "The Daily
    Planet"), and without the publishing company's word when the text names the paper alone."""
    stem = LEGAL_FORM.sub("", name).strip(" ,")
    if not stem:
        return name
    if stem != name and (m := PUBLISHER_TAIL.search(stem)):
        paper = stem[:m.start()]
        if len(paper.split()) >= 1 and re.search(rf"(?i)(?<!\w){re.escape(paper)}(?!\w)",
                                                 full.replace(name, "")):
            return paper
    return stem


NOT_HOLDER = re.compile(r"(?i)\b(?:images?|photos?|photograph\w*|pictures?|getty|shutterstock|"
                        r"rights|reserved|notice|policy)\b")


def copyright_holder(text: str, full: str = "") -> str | None:
    """The outlet a footer's copyright line names."""
    text = re.split(r"(?i)(?<=all rights reserved)\.?\s", text.strip())[0]  # ("… This material
    m = COPYRIGHT.match(text)  # may not be published, broadcast, …" after it)
    if m is None:
        return None
    name = publisher_stem(m[1].strip(" ,"), full)
    words = name.split()
    if not 1 <= len(words) <= 6 or NOT_HOLDER.search(name) or LONE_NUMBER.search(name) or \
            not all(w[:1].isupper() or w.lower() in CONNECTORS for w in words) or \
            person_name_shape(name) and is_given_name(words[0]):
        return None  # ("© Ann Roe": a writer's own page)
    return caps_name(name) if len(words) > 1 else name


# The last words of papers' names the world over ("Townsville Bulletin", "Fiji Sun", "The
# Canadian Press"), after one to three capitalised words.
PAPER_HEADS = tuple("Times Post Herald Observer Gazette Tribune Chronicle Courier Daily News Star "
                    "Mail Express Journal Standard Telegraph Guardian Monitor Ledger Sentinel "
                    "Dispatch Advocate Examiner Enquirer Advertiser Mirror Bulletin Sun Citizen "
                    "Packet Recorder Record Echo Argus Gleaner Globe Register Courant Mercury "
                    "Clarion Beacon Banner Messenger Independent Press Nation Inquirer "
                    # and news in other languages ("ZDX Nieuws", "Radio Vesti")
                    "Nieuws Nachrichten Noticias Notícias Nouvelles Notizie Nyheter Nyheder "
                    "Uutiset Vijesti Vesti Novosti Haberler Berita "
                    # German and Dutch papers' heads ("Heilbronner Stimme", "Leeuwarder Courant")
                    "Zeitung Stimme Rundschau Kurier Anzeiger Tagblatt Presse Allgemeine "
                    "Abendblatt Morgenpost Bote Volksblatt Dagblad Krant Gazet Nieuwsblad "
                    "Omroep".split())


# The closing lines that name the outlet: "— Harbour Times, with staff writer", "(Radio Nordvik
# English)", "hb.is — Harbour Bugle", "harbour.ge, 14.11.2026", "Ann Roe, NORDPRESS", "Ann Roe /
# Nordpress", "Ann Roe | Harbour Insider | 24 February 2026", "Reporting by Ann Roe for the Post".
WITH_STAFF = re.compile(r"^[—–-]\s*(.+?),\s+with\s+(?:staff|wire|agency|agencies|additional|"
                        r"[A-Z]{2,5}(?:\s+and\s+[A-Z]{2,5})?$|Reuters$)\b[^,]*$")  # "…, with AFP"
BRACKETED = re.compile(r"^\(([^()]{2,40})\)$")
# "— Staff report, Harbour Gazette-Mail", "From staff reports, The Harbour Times".
STAFF_REPORT = re.compile(r"^[—–-]?\s*(?i:(?:from )?staff(?: and wire)? reports?),\s+"
                          r"([A-Z][^,]{1,50}?)(?:,\s+[A-Z][^,]{1,30}){0,2}\.?$")  # (its town)
# "— Harbour Post / Staff Reporter": the paper's staff wrote it.
STAFF_BYLINE = re.compile(r"^[—–-]?\s*([A-Z][^/]{1,50}?)\s*/\s*"
                          r"(?i:(?:staff|own) (?:reporter|writer|correspondent)s?)$")
SITE_DASH = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s+[—–|-]\s+(\S.{1,40})$")
SITE_DATED = re.compile(r"^([\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}),\s+(.{6,30})$")
NAME_THEN_OUTLET = re.compile(r"^(.{4,40}?)(?:,\s+|\s+/\s+)(\S.{1,40})$")
FOR_PAPER = re.compile(r"\s(?i:for)\s+(the\s+)?([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})\.?$")
CREDIT_VERB = re.compile(r"^[—–-]?\s*\(?(?i:reporting|reported|written|words|text|story) by\s")
PIPES = re.compile(r"\s+[|•·]\s+")
NOT_OUTLET = re.compile(r"(?i)\b(?:images?|photos?|photograph\w*|pictures?|end|ends|enditem|"
                        r"updated|translated|reporting|editing|by|note|notes|continued|"
                        r"corrected|correction|clarification)\b")


def closing_outlet(lines: list[str], author: str | None, full: str,
                   is_date: Callable[[str], bool]) -> tuple[str | None, str | None]:
    """The outlet the closing lines name, and the writer a "Name, OUTLET" line signs with."""
    lines = [t.strip() for t in lines if t.strip()]
    for text in reversed(lines[-3:]):
        if (holder := copyright_holder(text, full)) is not None:
            return holder, None
    if not lines:
        return None, None
    last = lines[-1]
    if (m := WITH_STAFF.match(last) or BRACKETED.match(last) or STAFF_REPORT.match(last) or
            STAFF_BYLINE.match(last)) and \
            outlet_name(m[1], full):
        return m[1].strip(), None
    if (m := SITE_DASH.match(last)) and m[1][:1].isupper() and len(m[1].split()) <= 5 and \
            not is_common_phrase(m[1]):  # (not "site.tld — Read more")
        return m[1].strip(), None  # the site and the name it goes by
    if (m := SITE_DATED.match(last)) and is_date(m[2]):
        return m[1], None
    if CREDIT_VERB.match(last) and (m := FOR_PAPER.search(last)) and \
            outlet_name(m[2], full, person=bool(m[1])):
        return m[2], None  # ("for the Santa Fe Courier": no one's name after "the")
    if (m := SOURCE_LINE.match(last)) and (source := _source_outlet(m[1], full)):
        return source, None
    parts = PIPES.split(last)
    if len(parts) == 3 and author and parts[0] == author and is_date(parts[2]) and \
            outlet_name(parts[1], full):
        return parts[1], None
    if (m := NAME_THEN_OUTLET.match(last)) and person_name_shape(m[1]) and \
            (m[2].isupper() and len(m[2]) >= 3 or "/" in last[len(m[1]):len(m[1]) + 3]) and \
            outlet_name(m[2], full):
        return m[2], m[1]
    if (paper := closing_paper(last, full)) is not None:
        return paper
    if last in AGENCY_INITIALS:
        return last, None  # "APS" alone closing an agency's story
    if author and len(lines) >= 2 and \
            re.sub(r"^(?i:by)\s+", "", lines[-2]).casefold() == author.casefold() and \
            outlet_name(last, full) and (not person_name_shape(last) or _desk(last.split())):
        return last, None  # "Ann Roe" / "Nordpress" closing the piece
    return None, None


# A paper named "Times of X" ("Times of Oman", "The Voice of Kigali").
TIMES_OF = re.compile(r"^(?:The )?(?:Times|Star|Voice|Gazette|Herald|Observer|Mirror) of "
                      r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?$")
PAPER_NAME = re.compile(r"^(?:The )?[A-Z][\w'’&.-]*?(?: [A-Z&][\w'’&.-]*){0,3}[ -]"
                        rf"(?:{'|'.join(PAPER_HEADS)})$")


def closing_paper(last: str, full: str) -> tuple[str, str | None] | None:
    """A paper's name alone on the last line, maybe with its section and the writer after a
    slash: "Fiji Sun", "Times of Oman", "— Malaysiakini", "— Samoa Observer Sports / Ann Roe",
    "— Bloomberg / Het Financieele Dagblad" (the first named), or its town ("Ultima Hora /
    Asunción"); the paper and the writer."""
    if ":" in last:
        return None  # ("— Text: Ann Roe / Photo: …": credits, no paper)
    dashed = last[:1] in "—–"
    name, _, after = (p.strip() for p in last.lstrip("—– ").partition(" / "))
    words = name.split()
    if not words:
        return None
    if len(words) > 2 and words[-1] in SECTIONS:
        name = " ".join(words[:-1])  # "Samoa Observer Sports": the paper's sports desk
    paper = bool(PAPER_NAME.match(name) or TIMES_OF.match(name))
    # (a paper's name and its town, "Ultima Hora / Asunción": a name the story never writes)
    placed = known_place(after) and full.count(name) <= 1 and not is_given_name(words[0])
    if not outlet_name(name, full, person=paper) or not paper and not placed and not (
            dashed and not person_name_shape(name) and not is_given_name(name.split()[0])):
        return None
    writer = after if person_name_shape(after) and (paper or is_given_name(after.split()[0])) \
        and not known_place(after) else None  # (the paper's name vouches for its writer's)
    return name, writer


LONE_NUMBER = re.compile(r"(?<!\w)\d+(?!\w)")  # a date's or a channel's number; "News24" is a name


def outlet_name(name: str, full: str, person: bool = False) -> bool:
    """An outlet's name in a closing line: one to five capitalised words, no person's name (unless
    `person`: a name-like outlet vouched for otherwise), no place, no job, no photo credit or
    dictionary phrase."""
    name = name.strip()
    words = name.split()
    if not 1 <= len(words) <= 5 or NOT_OUTLET.search(name) or LONE_NUMBER.search(name) or \
            not all(w[:1].isupper() or w.lower() in CONNECTORS or w == "&" for w in words):
        return False
    desk = _desk(words)
    if any(is_role_word(w) for w in words) and not desk or known_place(caps_name(name)) or \
            attested_place(caps_name(name), full):
        return False
    if not person and person_name_shape(name) and is_given_name(words[0]):
        return False
    return not is_common_phrase(name) or any(w.lower() in OUTLETS | OUTLET_HEADS for w in words) \
        or desk


def _desk(words: list[str]) -> bool:
    """A paper's desk named by its paper's word and its section ("Mirror Sport", "Nation
    Business")."""
    return len(words) == 2 and words[0] in PAPER_HEADS and words[1] in SECTIONS


STAFF_WORDS = frozenset("staff desk team newsroom reporters writers".split())  # not "Wire"


def collective_tail(outlet: str) -> str:
    """An outlet without its staff's word: "Harbour Times staff" → "Harbour Times"."""
    words = outlet.split()
    if len(words) > 1 and words[-1].lower() in STAFF_WORDS:
        return " ".join(words[:-1])
    return outlet


# A wire's site, named as its initials and the site's word or domain ("EFE Noticias", "ANSA.it",
# "AFP News"): the wire itself when its stories credit the initials in brackets ("(EFE)").
WIRE_SITE = re.compile(r"^([A-Z]{2,6})(?:\.[a-z]{2,3}| (?i:noticias|notícias|news|notizie|"
                       r"nachrichten|nouvelles|english|español|português|italiano|français|"
                       r"deutsch|online|digital))$")


def wire_of_site(outlet: str, full: str) -> str:
    """The wire a site's masthead names, when the text credits it in brackets."""
    m = WIRE_SITE.match(outlet)
    return m[1] if m and re.search(rf"\({m[1]}\)", full) else outlet


# An initialism and the name it stands for, written out in the text: "AP" and "Associated Press".
def spelled_out(outlet: str, full: str) -> str:
    """An agency's initials as the text spells them out, when that name is an outlet's."""
    if not (outlet.isupper() and outlet.isalpha() and 2 <= len(outlet) <= 5):
        return outlet
    words = r"\s+".join(rf"{c}[\w'’-]+" for c in outlet)
    for m in re.finditer(rf"\b{words}\b", full):
        if any(w.lower() in OUTLET_HEADS | OUTLETS | {"presse", "agence"} for w in m[0].split()):
            return " ".join(m[0].split())
    return outlet


# A header line that names the outlet's desk: "Harbour Times (English) — Culture desk".
DESK_LINE = re.compile(r"^(.{2,40}?)(?:\s+\([^()]{2,20}\))?\s+[—–|]\s+(?:[\w&'’-]+\s+){0,2}"
                       r"(?i:desk|newsroom|bureau|staff|team)$")
# A town in capitals, a full stop and the agency, then the story: "ORVIKA. Nordinform – The …".
DOTTED_AGENCY = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}(?: [A-ZÀ-ÖØ-Þ'’-]{2,}){0,2})\.\s+"
                           r"([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})\s+[–—-]\s+(?=\S)")
# A town, the day and the agency on a line of their own: "Orvika, April 2, NORDPRESS".
PLACE_DAY_AGENCY = re.compile(r"^([^,]{2,40},\s*[^,]{3,24}),\s*([A-Z][\w&.-]*(?: [A-Z][\w&.-]*)"
                              r"{0,2})$")


def desk_outlet(text: str, full: str) -> str | None:
    """The outlet a header's desk line names."""
    m = DESK_LINE.match(text.strip())
    return m[1].strip() if m and outlet_name(m[1], full) else None


def dotted_agency(text: str, full: str) -> tuple[str, str] | None:
    """The town and the agency of a dateline "TOWN. Agency – …", the town a known place."""
    m = DOTTED_AGENCY.match(text.strip())
    if m is None or not known_place(caps_name(m[1])) or not outlet_name(m[2], full):
        return None
    return caps_name(m[1]), m[2]


# A wire's dateline written in title case, a region in brackets, the date in any language and the
# agency in brackets: "Redeyef (Gafsa), 8 juillet 2024 (TAP) – Des dizaines …".
TITLED_WIRE = re.compile(r"^([A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){0,3})(?: \([^()]{2,30}\))?,"
                         r"\s+([^()]{4,32}?)\s+\(([A-Z][A-Za-z]{1,9})\)\s+[–—-]+\s+\S")


def titled_wire(text: str) -> tuple[str, str] | None:
    """The town and the agency of a title-case wire dateline whose middle part is a date."""
    m = TITLED_WIRE.match(text.strip())
    if m is None or not (find_date(m[2]) or find_foreign_date(m[2])):
        return None
    return m[1], m[3]


# The world's news agencies by the initials a closing line may give alone ("APS", "TAP").
AGENCY_INITIALS = frozenset("AFP AP APS TAP MAP AIB ANP EFE ANSA PTI IANS UNI ANA APA ABP AIP ACP "
                            "AGP ATOP ENA KNA GNA NAN SUNA MENA KUNA WAM SPA QNA BNA ONA IRNA "
                            "ISNA ANF DPA KPL VNA TNA PNA RNA AMI AGI AIM".split())


# A footer's source line: "Source: NPA / Skerry Bladet — rédaction", "Fuente: Diario del Sur".
SOURCE_LINE = re.compile(r"^(?i:source|sources|fuente|fonte|quelle|bron)\s*:\s*(.{2,80})$")
DESK_TAIL = re.compile(r"\s+[—–-]\s+(?i:desk|newsroom|staff|rédaction|redacción|redação|"
                       r"redaktion|redazione|redactie)$")
PAPER_NAME_WORDS = frozenset("news times post journal herald telegraph tribune gazette dispatch "
                             "chronicle courier observer inquirer express mirror mail".split())


def _source_outlet(sources: str, full: str) -> str | None:
    """The outlet among a source line's names: the one its desk's word follows ("Le Soir —
    rédaction"), or the one alone named like a paper (not a ministry nor an agency's data)."""
    parts = [p.strip() for p in re.split(r"\s+/\s+|,\s+|;\s+", sources)]
    desk = [DESK_TAIL.sub("", p) for p in parts if DESK_TAIL.search(p)]
    if len(desk) == 1 and outlet_name(desk[0], full, person=True):
        return desk[0]
    papers = [p for p in parts if any(w.lower() in PAPER_NAME_WORDS | OUTLETS for w in p.split())]
    return papers[0] if len(parts) == 1 and papers and outlet_name(papers[0], full) else None


def outlet_over_byline(body: list[Block], k: int, full: str) -> str | None:
    """An outlet's name alone between the headline and the byline ("Skerry Times" over "By Ann
    Roe"): no place, no section."""
    if k + 1 >= len(body) or body[k + 1].kind != "byline" or \
            body[k].kind not in ("heading", "paragraph"):
        return None
    text = body[k].text.strip()
    words = text.split()
    rest = [w for w in words if not known_place(w)]
    paper = any(w.lower() in PAPER_NAME_WORDS | OUTLETS for w in words)
    if not outlet_name(text, full) or all(w in SECTIONS or w in ("&", "and") for w in words) or \
            len(rest) < len(words) and is_common_phrase(" ".join(rest)) and not paper:
        return None  # ("Lagos Diary": a place and a word, a column's name)
    return text


FROM_LINE = re.compile(r"(?i)^from\s*:\s*[\"']?([^<>\"'@]{3,60}?)[\"']?\s*<[^<>]+>$")


def mail_sender(header: list[Block]) -> str | None:
    """The organisation an e-mail header's From line names ("From: City of Portville <…>")."""
    for block in header:
        if (m := FROM_LINE.match(block.text.strip())) is not None:
            if all(w.lower() in DESK_WORDS for w in m[1].split()):
                return None  # "Press Office", "Media Relations Team": whose office, unsaid
            return issuer_name(m[1])
    return None


# The words of a sender that names a desk of no one's ("Press Office", "Communications Unit").
DESK_WORDS = frozenset("press media office team communications communication relations public "
                       "information news newsroom desk corporate unit department centre center "
                       "and the of prensa presse imprensa stampa pers comunicación comunicaciones "
                       "comunicação comunicazione kommunikation".split())


def desk_sender(text: str) -> bool:
    """A mail's From line whose sender is a press desk ("Press Office", "Prensa MITUR")."""
    m = FROM_LINE.match(text.strip())
    return m is not None and m[1].split()[0].lower() in DESK_WORDS - {"the", "of", "and"}


BRACKET_DATE = re.compile(r"^([^,()]{2,40}),[^()]{2,30}\(([^()]{6,40})\)$")


def place_bracket_date(text: str) -> str | None:
    """The town of a dateline that dates the piece in a local calendar, then in brackets in the
    common one ("Orvika, 14 Tir 2018 EC (January 22, 2026)")."""
    m = BRACKET_DATE.match(text.strip())
    return m[1].strip() if m and any_date_only(m[2]) and known_place(m[1].strip()) else None


# A closing credit that says where the piece ran, in English and other languages: "Published in
# the Harbour Herald", "— from the Harbour Herald, Business section", "First appeared in X, 3
# May", "Publié dans Le Phare", "Erschienen in der Nordpost", "Publicado en El Faro, Vigo".
PUBLISHED_IN = re.compile(
    r"^[—–-]?\s*(?:(?i:(?:this (?:article|story|piece|letter) )?(?:was )?(?:first |originally )?"
    r"(?:published|appeared|ran|printed) in)|(?i:from)(?=\s+[Tt]he\s)|(?i:publié dans|paru dans|"
    r"erschienen in(?: der| dem)?|publicado en|publicado no|publicado em|pubblicato su|"
    r"verschenen in))\s+(?:(?i:the)\s+)?([A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|of|de|du|"
    r"del|der))*)(?:\s*,\s*[^|]{2,60})?\.?$")
# A staff credit that names the paper: "Harbour Times reporter", "— Nordpost Sport Desk",
# "Compiled by the Harbour Times newsdesk · 2 May 2026", "Harbour Times staff".
STAFF_CREDIT = re.compile(
    r"^[—–-]?\s*(?:(?i:compiled|written|reported|prepared) by (?:the )?)?"
    r"((?:The )?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|of))*?)\s+"
    r"(?:(?i:sport|sports|news|city|metro|business|politics|foreign|features)\s+)?"
    r"(?i:reporter|reporters|staff|staff writer|staff reporter|correspondent|newsdesk|news desk|"
    r"desk|bureau)(?:\s*(?:,|[·•|—–])\s*.{2,60})?\.?$")
# A newsletter's or a small paper's sign-off, its staff after a slash: "-- Harbour Notes / staff".
STAFF_SLASH = re.compile(r"^(?:--|[—–-])?\s*"
                         r"((?:The )?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|of))*)\s+/\s+"
                         r"(?i:staff|staff writers?|staff reporters?|newsroom|news desk)\.?$")
# Words of a reporter's beat or rank, no paper's name: "Senior Health reporter".
BEAT_WORDS = frozenset("our staff special senior chief political foreign affairs court courts "
                       "crime city metro diplomatic defence defense security legal investigative "
                       "data wire rural farming agriculture property education health business "
                       "government "
                       "council regional state national parliamentary "
                       "sport sports science environment technology arts culture".split())
# A press release's notes for editors, and the issuer's sentence opening them: "Notes to editors:"
# / "Devon Air Ambulance is an independent charity …", "About Nordvik Energy" / "Nordvik
# Energy is …".
NOTES_HEAD = re.compile(r"(?i)^(?:notes? (?:to|for) editors?|about (?:the )?\S.{1,60}?)\s*:?$")
ISSUER_IS = re.compile(r"^((?:The )?[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|for|and|&|the)){0,6})"
                       r"(?: \([A-Z]{2,8}\))? (?:is|are) (?:an?|the|one of)\b")


def release_issuer(body: list[Block]) -> str | None:
    """The organisation a press release's notes for editors open with: named with its head
    ("… Trust") or with its initials in brackets in the text ("Devon Air Ambulance (DAA)"), no
    person's or place's name."""
    full = "\n".join(b.text for b in body)
    for k in range(max(0, len(body) - 6), len(body) - 1):
        if not NOTES_HEAD.match(body[k].text.strip()) or \
                (m := ISSUER_IS.match(body[k + 1].text.strip())) is None:
            continue
        name = m[1]
        initials = "".join(w[0] for w in name.split() if w[0].isupper())
        vouched = name.split()[-1] in ORG_HEADS or f"{name} ({initials})" in full
        if len(name.split()) >= 2 and vouched and not known_place(name):
            return name
    return None


# A writer's note that names the paper: "Ann Roe writes about property for the Harbour Herald."
WRITES_FOR = re.compile(r"^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}) (?:writes|reports|is a "
                        r"(?:[\w-]+ ){0,3}(?:reporter|writer|columnist|correspondent|critic|"
                        r"journalist|editor))(?: about [^.]{2,60}?| on [^.]{2,60}?)? "
                        r"(?:for|at|with) "
                        r"(?:the )?([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\.?$")


def credit_outlet(text: str, full: str) -> str | None:
    """The paper a credit line names by a convention: where the piece was published, the paper
    whose staff or desk wrote it."""
    text = text.strip()
    if len(text) > 140:
        return None
    full = full.replace(text, "")  # ("published in the X" itself reads as a place's "in the X")
    if (m := PUBLISHED_IN.match(text)) and outlet_name(m[1].replace(" & ", " and "), full,
                                                      person=True):
        return m[1]
    if (m := STAFF_CREDIT.match(text) or STAFF_SLASH.match(text)) and _staff_paper(m[1], full):
        return m[1]
    return None


def _staff_paper(name: str, full: str) -> bool:
    """A staff credit's paper: two words or more ("The Star"), none of a beat's or a rank's, no
    place's or person's name; the credit's word vouches for a name of dictionary words."""
    words = name.split()
    if len(words) < 2 or words[0] in ("By", "BY", "From") or \
            any(w.lower() in BEAT_WORDS or is_role_word(w) for w in words) or \
            not all(w[:1].isupper() or w.lower() in CONNECTORS | {"&"} for w in words):
        return False  # ("Senior Health reporter", "Court of Appeal reporter")
    return not (known_place(caps_name(name)) or attested_place(name, full) or
                person_name_shape(name) and is_given_name(words[0]))


def writer_note(text: str, full: str) -> tuple[str, str] | None:
    """The writer and the paper a closing note names ("Ann Roe writes about property for the
    Harbour Herald.")."""
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        m = WRITES_FOR.match(sentence)
        if m and person_name_shape(m[1]) and outlet_name(m[2].rstrip("."), full, person=True):
            return m[1], m[2].rstrip(".")
    return None


# A paper's signature line: its name (and town), then its section, its town or the date —
# "Harbour Herald — Letters, Tuesday 4 May 2026", "The Post, Orvika | Updated on May 3, 2026",
# "Nordpost | Culture", "Published: 3 May 2026 | Harbour Herald".
SIGNATURE_SEP = re.compile(r"\s+[|•·—–]\s+")
STAMP_LABEL = re.compile(r"^(?i:(?:last )?(?:published|updated|posted|modified)(?: on)?)\s*:?\s*")
CLOCK = re.compile(r"[,\s]*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue wed thu "
                     "fri sat sun".split())
SECTION_EXTRA = frozenset("Letters Editorial Comment Columns Reviews Review Features".split())


def signed_outlet(text: str, full: str, is_date: Callable[[str], bool]) -> str | None:
    """The paper a signature line names before (or after) its town, section or date."""
    text = re.split(r"(?<=\d{4})\.\s", text.strip().lstrip("—–- "))[0].rstrip(".")
    parts = SIGNATURE_SEP.split(text)
    if len(parts) < 2 or len(text) > 120:
        return None
    if len(parts) == 2 and STAMP_LABEL.match(parts[0]) and not STAMP_LABEL.match(parts[1]):
        parts = parts[::-1]  # "Published March 3, 2026 | Harbour Herald"
    name, _, town = parts[0].partition(", ")
    if len(name.split()) < 2 and name.lower() not in OUTLETS:
        return None  # ("Orvika | Updated: 3 May 2026": a dateline's town)
    if town and not (known_place(town) or attested_place(town, full)):
        return None
    if not all(_stamp_fact(p, full, is_date) for p in parts[1:]) or \
            not any(_stamped(p, is_date) for p in parts[1:]):
        return None
    if is_given_name(name.split()[0]) or re.search(r"\sat \d{1,2}[:.]\d{2}", text):
        return None  # ("Ann Roe — 19 Jan 2026 at 9:12 pm": a reader's comment)
    return name if outlet_name(name, full) and not is_date(name) else None


def _dated(part: str, is_date: Callable[[str], bool]) -> bool:
    """A stamp's date, with its label, weekday and clock time if any."""
    part = CLOCK.sub("", STAMP_LABEL.sub("", part.strip()))
    words = part.replace(",", " ").split()
    while words and words[0].lower() in WEEKDAYS:
        words = words[1:]
    return bool(words) and is_date(" ".join(words))


def _stamped(part: str, is_date: Callable[[str], bool]) -> bool:
    """Whether a signature's part holds a date or a section (not only towns)."""
    pieces = [p.strip() for p in part.split(",")]
    return _dated(part, is_date) or _dated(", ".join(pieces[1:]), is_date) or \
        any(p in SECTIONS | SECTION_EXTRA for p in pieces)


def _stamp_fact(part: str, full: str, is_date: Callable[[str], bool]) -> bool:
    """A signature's part after the name: a date, a section, a town, or several of them."""
    if _dated(part, is_date):
        return True
    pieces = [p.strip() for p in re.split(r",\s+|\s+/\s+", part)]
    if len(pieces) > 1 and _dated(", ".join(pieces[1:]), is_date):
        pieces = pieces[:1]  # "Letters, Tuesday 14 October 2025", "Orvika, Tue, 12 Mar 2026"
    return all(p in SECTIONS | SECTION_EXTRA or p.lower() in WEEKDAYS or known_place(p) or
               attested_place(p, full) for p in pieces)
