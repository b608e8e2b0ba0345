"""What a headline is not: the lines a saved page, a wire, a letter or a PDF puts above it.

The header reader (metadata/) picks the headline by the shapes around it; this module says
when its pick is plainly no headline (a site's menu, a language menu, a rule, a page number, a
wire's slug, a masthead, a letterhead's issuer, a salutation, an e-mail's field), and which
line below is the first that reads as one, so the pick moves down past the furniture.
"""

from __future__ import annotations

import re

from .dates import find_date, find_foreign_date
from .mastheads import PAPER_HEADS, SECTIONS, TIMES_OF, furniture, issuer_name
from .model import Block
from .placeline import any_date_only, known_place
from .speakers import common_words, is_common_phrase, is_given_name

LOOK = 12  # the headline stands among a text's first lines
RULE = re.compile(r"^[-=_*~·•.\s]{5,}$")
# A PDF's page number in the languages of the world: "Page 1 of 2", "Стр. 1 из 2", "Seite 1/3".
PAGE_MARK = re.compile(r"(?i)^[-=_*~#\[(<\s]*"  # ("=== Page 1 ===", "[Page 2]")
                       r"(?:page|p\.|стр\.?|страница|seite|página|pagina|strona|sayfa|sivu|"
                       r"side|sida|oldal|stránka|pag\.)\s*\d{1,4}(?:\s*(?:of|из|von|de|di|z|/|"
                       r"av|af|\|)\s*\d{1,4})?[-=_*~#\])>\s]*$")
# A wire's slug line: "BC-US--Lobster-Whales,1st Ld-Writethru", "KMC-BUDGET", "URGENT".
SLUG = re.compile(r"^(?:[A-Z]{2}-[A-Z]{2}--\S.*|[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+|"
                  r".*\b(?:Writethru|1st Ld|2nd Ld|Advisory)\b.*)$")
# The word of an e-mail's Subject field in the languages of the world (and of Dutch and Polish
# notices, which a headline's line may open with).
MAIL_SUBJECT_WORDS = "subject|objet|asunto|betreff|assunto|oggetto"
NOTICE_SUBJECT_WORDS = f"{MAIL_SUBJECT_WORDS}|onderwerp|temat"
# A subject line, whose text is the title.
SUBJECT = re.compile(rf"(?i)^(?:{NOTICE_SUBJECT_WORDS}|concerne|re)\s*:\s*\S")
# A byline, maybe after its desk ("North Qld / By Ann Roe and Tom Lee").
BYLINE = re.compile(r"(?:^|[/|•·]\s*)(?:By|BY)\s+[A-Z]")
# A periodical's issue line ("A CalMatters newsletter · Thursday, … · Issue #1,214").
ISSUE_LINE = re.compile(r"(?i)[·|•—–]\s*(?:issue|vol\.|no\.)(?:\s*no\.)?\s*#?\s*\d|"
                        r"\bnewsletter\s+[·|•—–]")
# A newsletter's or a blog's chrome: "View in browser", "a blog about Hobart and its arguments".
CHROME = re.compile(r"(?i)^(?:view (?:this (?:e-?mail|newsletter) |it )?(?:in|on) "
                    r"(?:your |a |the )?(?:browser|web)|unsubscribe|read (?:it )?online|"
                    r"share this|follow us|subscribe\b|sign up\b|in this issue\b|"
                    r"(?:having )?trouble (?:viewing|reading|seeing) this (?:e-?mail|message)|"
                    r"(?:is )?this (?:e-?mail|message) not displaying|"
                    r"can'?t (?:see|read|view) (?:this|the) (?:e-?mail|message|images)|"
                    r"[«‹<]?\s*(?:older|newer|previous|next) (?:post|entry|article|story)|"
                    r"(?-i:an?|the) (?:blog|newsletter|podcast|site|website|magazine|column|"
                    r"journal)\b|"
                    # "view it in your browser" in the languages the readers meet
                    r"lihat (?:email|surel|e-mel)? ?(?:ini )?di (?:peramban|browser)|"
                    r"(?:xem|đọc) (?:email|thư)? ?(?:này )?trên trình duyệt|"
                    r"tingnan (?:ito )?sa browser|angalia (?:barua pepe hii )?kwenye kivinjari|"
                    r"(?:voir|afficher|consulter) (?:cet e-?mail |ce message |la version en "
                    r"ligne )?(?:dans|sur) (?:votre |le )?navigateur|"
                    r"ver (?:este (?:correo|e-?mail) )?en (?:tu |el )?navegador|"
                    r"im browser (?:ansehen|anzeigen|öffnen)|"
                    r"(?:berhenti berlangganan|désabonner|se désinscrire|darse de baja|"
                    r"abmelden|kujiondoa))")
ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|\b(?:Inc|Ltd|Co|Jr|Sr|etc|St))\.$|\.\.\.$")
MINUTES = re.compile(r"(?i)\bminutes\b|\bprocès-verbal\b|\bprotokoll\b|\bacta\b")
CONTACT = re.compile(r"(?i)^(?:media |press )?contacts?\s*:|^for (?:more|further) information\b")
# A dateline alone on its line: "COPENHAGEN, Nov 6 --", "BUSAN, 3 March (Yonhap) —".
BARE_DATELINE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,30},\s+[\w .]{3,20}(?:\s*\([^()]{2,20}\))?"
                           r"\s*(?:--|—|–|-)\s*$")
# A record's note in square brackets alone on its line: "[THE DEPUTY CHAIRMAN in the Chair]",
BRACKET_NOTE = re.compile(r"^\[[^\[\]]{1,120}\]$|^\([^()]{20,300}\)$")  # or a transcript's
# own note in round brackets: "(Generated through live transcription; unedited …)"
# An Indian record's date in both calendars: "Thursday, July 24, 2025/Shravana 2, 1947 (Saka)".
SAKA_DATE = re.compile(r"\b\d{4}\s*\((?i:saka)\)\s*$")
CAPS_FIELD = re.compile(r"^[A-Z]{3,15}:\s*[A-Z]{2,15}$")  # a wire's "PRIORITY: ROUTINE"
# What no headline holds: a street address or a postcode, a reference number, an e-mail address.
# (a headline may open with a number and a lower-case word: "29 rescued, 3 missing as …")
NOT_TITLE = re.compile(r"^\d(?![\d,.]*\s+[a-z]+\b(?:\W+\w+){3})|^(?:No|Nr|Ref|Réf)\.?\s|"
                       r"\b[A-Z]{2}[- ]?\d{4,5}\b|\S+@\S+\.\w+|"
                       r"\b\d{1,5} [A-Z][a-z]+ (?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|"
                       r"Drive|Lane|Way|Highway|Hwy)\b")
SALUTATION = re.compile(r"^(?:(?:Dear|Hello|Hi|Greetings|Halo|Hola|Olá|Bonjour|Hallo|Liebe|"
                        r"Lieber|Cher|Chère|Chers|Chères|Querid[oa]s?|Estimad[oa]s?|Car[oa]|"
                        r"Cari|Kia ora|Habari|Kumusta|Xin chào|Kính gửi|Salam)"
                        r"\b[^.!?]{0,60}[,:!]|"
                        r"(?:Good (?:morning|afternoon|evening)|Hello|Hi)\b.{0,60})$")
# The languages a site offers, by their own names: "Русский | Беларуская | English | 中文".
LANGUAGES = frozenset("English Русский Беларуская Українська Қазақша Кыргызча Français Español "
                      "Deutsch Italiano Português Polski Türkçe Română العربية فارسی 中文 日本語 "
                      "한국어 Nederlands Svenska Norsk Dansk Suomi Magyar Čeština Slovenčina "
                      "Hrvatski Srpski Српски Български Ελληνικά Bahasa Indonesia Melayu "
                      "Tiếng Việt ไทย हिन्दी اردو বাংলা Kiswahili".split())
PARTS = re.compile(r"\s*[|·•/]\s*|\s{2,}")
# Words of a state's or a ministry's letterhead in other languages ("Ministerul Agriculturii",
# "Ministère de l'Intérieur", "ROYAUME DU MAROC", "GUVERNUL REPUBLICII MOLDOVA").
LETTERHEAD_WORDS = re.compile(r"(?i)^(?:ministerul|ministère|ministerio|ministero|ministerium|"
                              r"ministerstvo|ministerstwo|министерство|правительство|guvernul|"
                              r"gouvernement|gobierno|governo|regierung|royaume|reino|republic|"
                              r"république|república|repubblica|republica|republik|"
                              r"government of|office of the|wilaya|préfecture|prefeitura|"
                              r"commune de|comune di|ayuntamiento|mairie)\b")


# A wire's or a paper's tag in brackets before its headline, no part of it: Yonhap's "(LEAD)",
# "(2nd LD)", "(URGENT)", "(News Focus)", a paper's section "[National]", "[Editorial]".
WIRE_TAG = re.compile(r"^(?:(?:\([A-Z0-9][^()]{1,38}\)|\[[A-Z0-9][^\[\]]{1,38}\])\s+)+"
                      r"(?=[\"“‘'(]?[A-Z0-9])(?=(?:\S+ ){2}\S)")


def untagged(text: str) -> str:
    """A headline without the tags in brackets a wire or a paper sets before it ("(LEAD) …")."""
    return WIRE_TAG.sub("", text)


def no_headline(text: str) -> bool:
    """Whether a line the reader took for the headline is plainly something else."""
    text = text.strip()
    return bool(RULE.match(text) or PAGE_MARK.match(text) or SLUG.match(text) or
                SALUTATION.match(text) or LETTERHEAD_WORDS.match(text) or BYLINE.search(text)
                or ISSUE_LINE.search(text) or CHROME.match(text) or CAPS_FIELD.match(text)
                or CONTACT.match(text) or BARE_DATELINE.match(text) or place_date(text)
                or SAKA_DATE.search(text) or BRACKET_NOTE.match(text)) \
        or any_date_only(text) or \
        furniture(text) or _language_menu(text) or _site_menu(text) or _masthead(text) or \
        share_bar(text)


def place_date(text: str) -> bool:
    """A release's place and date in a language the date reader does not know: a town, a comma,
    then the year, a day and lower-case words only ("Rīgā, 2024. gada 8. aprīlī", "Vilnius,
    2024 m. balandžio 8 d.")."""
    head, sep, rest = text.partition(", ")
    words = rest.split()
    if not sep or " " in head or not head[:1].isupper() or not 2 <= len(words) <= 7:
        return False
    numbers = [w for w in words if re.fullmatch(r"\d{1,4}\.?", w)]
    return len(numbers) >= 2 and re.fullmatch(r"(?:19|20)\d\d\.?", words[0]) is not None and \
        all(w in numbers or w.rstrip(".").isalpha() and w.islower() for w in words)  # (the
    # year first, as these languages write a date)


def letterhead(text: str) -> bool:
    """A body's name alone heading a release or a notice ("Kantonspolizei Graubünden",
    "TRINIDAD AND TOBAGO POLICE SERVICE"): no headline when a headline stands below it."""
    words = text.split()
    return bool(words) and words[0].strip("'\"“").title() not in EVENT_OPENERS and \
        issuer_name(text.strip()) is not None  # ("Meeting of the Valdai Club": an event)


# Words opening the name of an event, which a transcript's title gives ("Meeting of …").
EVENT_OPENERS = frozenset("Meeting Meetings Address Speech Session Visit Conference Talks "
                          "Ceremony Opening Statement Interview Briefing Reception Forum Summit "
                          "Hearing Debate Award Presentation Signing Launch Celebration".split())
    # (not a body's name: "Meeting of the Valdai Club" heads a transcript, a board's name in
    # capitals its minutes)


def _language_menu(text: str) -> bool:
    """A site's menu of languages ("Русский | Беларуская | English | 中文")."""
    parts = [p for p in PARTS.split(text) if p]
    return len(parts) >= 3 and sum(p in LANGUAGES for p in parts) >= len(parts) - 1


def _site_menu(text: str) -> bool:
    """A site's name and its menu set apart by wide gaps ("DAWN.COM | Home  Latest  Pakistan
    Business  Opinion  Sport"), or a menu with a "Subscribe" beside it."""
    words = re.split(r"\s{2,}|\s*[|·•]\s*", text)
    items = [w for w in words if w]
    return len(items) >= 5 and sum(w in SECTIONS or w in ("Home", "Latest", "Subscribe")
                                   for w in items) >= 3


def _masthead(text: str) -> bool:
    """A paper's or a site's name alone, maybe with its edition in a column beside it."""
    return masthead_name(text) is not None


def masthead_name(text: str) -> str | None:
    """The paper a masthead line names alone, maybe with its edition in a column beside it
    ("Worcester Business Journal      WBJ DAILY", "The Kyiv Independent", "Derwent
    Dispatches") or after it ("la Repubblica BOLOGNA", "ANSA English")."""
    name = re.split(r"\s{3,}", text.strip())[0].strip()
    words = name.split()
    if 1 < len(words) <= 4 and all(w[:1].isupper() for w in words) and \
            any(words[-1].title().removesuffix(end) in PAPER_HEADS for end in ("", "s", "es")):
        return name
    if TIMES_OF.match(name) or SITE_DOMAIN.match(name):
        return name  # "The Times of Israel", "DutchNews.nl" alone above the headline
    return edition_name(name)


# A site named by its domain, alone on its line: "DutchNews.nl", "Sudbury.com".
SITE_DOMAIN = re.compile(r"^[A-Z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|net|org|[a-z]{2})$")


def edition_name(text: str) -> str | None:
    """A paper's name before the edition it heads: its town in capitals after a name in mixed
    case ("la Repubblica BOLOGNA", "Corriere della Sera MILANO"), or a language after a wire's
    initials ("ANSA English", "EFE Español")."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return None
    if words[-1] in LANGUAGES and len(words) == 2 and re.fullmatch(r"[A-Z]{2,6}", words[0]):
        return words[0]
    k = len(words)
    while k > 1 and words[k - 1].isupper() and len(words[k - 1]) > 2:
        k -= 1  # the edition's town: "REGGIO EMILIA"
    name, town = " ".join(words[:k]), " ".join(words[k:])
    if not town or not 2 <= k <= 4 or name.isupper() or name[:1].isdigit() or \
            not all(w[:1].isupper() or w in NAME_SMALL for w in words[:k]) or \
            not known_place(town.title()) or known_place(name) or _place_words(name) or \
            is_common_phrase(name):  # ("Breaking News LONDON", "Traffic Alert ROME": labels)
        return None
    return name


def _place_words(name: str) -> bool:
    """Whether a name is a place's with a qualifier ("Greater MANCHESTER", "North DEVON")."""
    return any(known_place(" ".join(name.split()[i:])) for i in range(1, len(name.split())))


def masthead_over_rubric(blocks: list[Block]) -> str | None:
    """A site's name alone on the first line over a rubric of sections or places ("L'Orient
    Today" / "LEBANON | ECONOMY"): the name, when a headline-like line follows."""
    if len(blocks) < 3 or blocks[0].kind not in ("heading", "paragraph"):
        return None
    name = COUNTRY_TAIL.sub(lambda m: "" if known_place(m[1] or m[2]) else m[0],
                            blocks[0].text.strip())
    words = name.split()
    if SITE_DOMAIN.match(name[:1].upper() + name[1:]) and not name[:1].isdigit():
        words = [name.capitalize()]  # "ekathimerini.com" / "NEWS": a site named by its domain
    elif not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or \
            re.search(r"[\d.,:;!?]", name) or known_place(name.title()):
        return None
    if not _rubric(blocks[1].text, is_common_phrase(name)) or not headline_like(blocks[2].text):
        return None
    if blocks[1].text.strip().isupper() and len(blocks[1].text.split()) == 1 and \
            is_common_phrase(name) and not any(w in PAPER_HEADS for w in words):
        return None  # ("Money Matters" / "BUSINESS": a column over its section)
    return name


# The country a paper's name is told apart by: "The Standard (Kenya)", "Daily Mirror - Sri Lanka".
COUNTRY_TAIL = re.compile(r"\s+(?:\(([A-Z][\w .'’-]{2,30})\)|[-–—]\s+([A-Z][\w .'’-]{2,30}))$")


def _rubric(text: str, caps_only: bool = False) -> bool:
    """Sections or places apart by bars ("LEBANON | ECONOMY", "World | Africa", "Sports |
    Cricket": one of them a section or a place, the others a topic's word or two), or a
    section's name alone ("BUSINESS"; "Sports" unless `caps_only`, under a name of dictionary
    words: "Money Matters" / "Business" is a column over its section)."""
    parts = [p.strip() for p in re.split(r"\s+[|·•›>/]\s+", text.strip())]
    if len(parts) == 1:
        return (text.isupper() or not caps_only and text.strip().istitle()) and \
            all(w.title() in SECTIONS for w in text.split())
    known = [all(w.title() in SECTIONS for w in p.split()) or known_place(p.title()) for p in parts]
    return len(parts) <= 4 and any(known) and all(
        k or 1 <= len(p.split()) <= 2 and all(w[:1].isupper() and w.isalpha() for w in p.split())
        and not is_given_name(p.split()[0]) for k, p in zip(known, parts))  # (no columnist's)


def share_bar(text: str) -> bool:
    """A page's share buttons ("Share   X   Facebook   LINE", "Share: Facebook | WhatsApp",
    "Paylaş   Tweetle   WhatsApp"): a "Share" word and networks, or networks alone."""
    items = [w.lower() for w in re.split(r"\s{2,}|\s*[|·:•]\s*", text.strip()) if w]
    if len(items) < 3 or not all(w in SHARE_WORDS or w in SHARE_OPENERS for w in items):
        return False
    return items[0] in SHARE_OPENERS or sum(w in NETWORKS for w in items) >= 2


NETWORKS = frozenset("x twitter facebook whatsapp telegram linkedin reddit messenger viber wechat "
                     "weibo vk pinterest draugiem odnoklassniki mastodon bluesky threads tumblr "
                     "xing kakaotalk line".split())
# A button's verb or medium in the languages the readers meet ("Tweetle", "E-pasts", "Imprimir").
SHARE_WORDS = NETWORKS | frozenset(
    "email e-mail mail print copy link sms ok tweet tweetle twittear retweet e-posta e-pasts "
    "e-paštas e-post epost sähköposti correo imprimir drucken stampa imprimer tulosta "
    "kopyala copiar copier kopiuj".split()) | frozenset(("copy link", "copy url", "salin tautan"))
# "Share" in the languages the readers meet ("Dalīties", "Megosztás", "Paylaş", "Bagikan").
SHARE_OPENERS = frozenset(("share", "share this", "share on", "dalīties", "dalintis", "jaga",
                           "megosztás", "distribuie", "paylaş", "κοινοποίηση", "udostępnij",
                           "sdílet", "zdieľať", "del", "dela", "jaa", "teilen", "partager",
                           "compartir", "condividi", "compartilhar", "delen", "kopīgot",
                           "bagikan", "kongsi", "chia sẻ", "ibahagi", "shiriki", "paylaşın"))


def headline_like(text: str) -> bool:
    """A line that reads as a headline: three words or more, some in lower case or a shouted
    line of five or more, no field's colon, no closing comma."""
    text = text.strip()
    words = text.split()
    if not 3 <= len(words) <= 40 or text.endswith((",", ":", ";")) or no_headline(text):
        return False
    if re.match(r"^[\w .'’-]{1,30}\s?:\s", text) and not text.isupper() and \
            not SUBJECT.match(text) and not _named_kicker(text) or \
            any_date_only(text) or len(words) <= 8 and (find_date(text) or
                                                       find_foreign_date(text)):
        return False  # a field ("Release Date: August 4, 2025", "Contact: …"), a date line
    if NOT_TITLE.search(text) or text.endswith(".") and not ABBREVIATION_END.search(text):
        return False  # an address, a reference, a sentence (a lead: headlines end unstopped)
    return any(w.islower() for w in words) or len(words) >= 5


def _named_kicker(text: str) -> bool:
    """A place's or a body's name before a headline's colon ("Davos: Zwei Verletzte nach …",
    "Stortinget: – Ferjeprisane skal ned"), no field's label ("Contact: …", "Topic: …")."""
    label, rest = text.split(":", 1)
    words = label.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and \
        len(rest.split()) >= 4 and not any(w.lower() in common_words() for w in words)


def head_group_end(blocks: list[Block]) -> int | None:
    """Where the lines heading a page end when they are a name and its furniture, set apart
    by a blank line ("Deutscher Bundestag" / "Ausschuss für Verkehr" / "Kurzbericht …", "NRK
    Vestland" / "Publisert 22. okt. 2025"): none of them a headline, however they read."""
    name = head_name(blocks[0].text) if blocks else None
    if name is None:
        return None
    end = 1
    while end < min(len(blocks), 4) and blocks[end].line == blocks[end - 1].line + 1:
        end += 1
    group = blocks[:end]
    if end < 2 or end >= len(blocks) or any(
            b.kind not in ("heading", "paragraph", "separator") or len(b.text.split()) > 8 or
            b.text.rstrip().endswith(".") for b in group):
        return None
    return end


def head_name(text: str) -> str | None:
    """The name a page's first line opens with, before its edition, section or column beside it
    ("EL SUR DE OAXACA — Edición digital", "Harbour Business Journal      HBJ DAILY"): one to
    four capitalised words (joining words apart), no number, no sentence."""
    name = re.split(r"\s+[|·•—–]\s+|\s{3,}", text.strip())[0]
    words = name.split()
    if not 1 <= len(words) <= 4 or re.search(r"\d|[.:;!?]$", name) or \
            not all(w[:1].isupper() or w.lower() in HEAD_SMALL for w in words):
        return None
    return name


HEAD_SMALL = frozenset("of and for the & de del la le des du di da do für und og i".split())
# (and the articles and joined prepositions of Italian, Spanish and Portuguese papers' names)
NAME_SMALL = HEAD_SMALL | frozenset("della delle dello degli dei il lo el los las dos das".split())


def _below(blocks: list[Block], index: int) -> int | None:
    """The first headline-like line below a pick, over lines a kicker may be (a turn, a list's
    item or a quote above it would lose its form as a kicker: no move then)."""
    for k in range(index + 1, min(len(blocks), LOOK)):
        if blocks[k].kind not in ("heading", "paragraph"):
            return None
        if headline_like(blocks[k].text):
            return k
    return None


def moved_past(blocks: list[Block], index: int | None) -> int | None:
    """The reader's pick, or the first headline-like line below it when the pick is plainly
    no headline (None when none is near)."""
    if index is None:
        return index
    if index == 0 and masthead_over_rubric(blocks):
        return _below(blocks, 1)  # "L'Orient Today" / "LEBANON | ECONOMY" / the headline
    if index is not None and (end := head_group_end(blocks)) is not None and index < end and \
            (below := _below(blocks, end - 1)) is not None:
        return below  # the first headline-like line under a name's header group
    if not no_headline(blocks[index].text):
        text = blocks[index].text.strip()
        if not (index < 3 and letterhead(text)) or \
                any(MINUTES.search(b.text) for b in blocks[index + 1:index + 3]):
            return index  # (a board's name over its minutes heads them)
        below = _below(blocks, index)
        # (a body's name over its headline; not an event's name that the line below repeats:
        # "All-Russian Congress of Judges" / "Speech at the All-Russian Congress of Judges")
        return index if below is None or text.lower() in blocks[below].text.lower() else below
    below = _below(blocks, index)
    # (an e-mail's Subject line above a salutation: "Subject: …" / "Dear partners,")
    return below if below is not None else next(
        (k for k in range(min(len(blocks), LOOK)) if SUBJECT.match(blocks[k].text)), None)
