"""The holder of a role label ("MODERATOR:", "THE MAYOR:", "DET SUPT:") from the document's
own text: a cast line ("Chair: Ann Berg"), the role in apposition or brackets, the office's
holder in brackets ("The Lord Mayor (Cllr Ann Berg)"), who presides, a header's list of
speakers, a caption's accused, a printed interview's two people, a host's introduction."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..detect import ORG_HEADS
from ..model import Document
from ..speakers import (asks, bare_label, common_words, is_given_name, is_role_word, label_words,
                        office_holder, unlisted_name)
from .castlines import cast_person
from .court import ABBREVIATED, BENCH, BENCH_KINDS, BENCH_ROLES, boxed_party
from .hosts import (CAST_ROLES, NUMBERED_VOICE, _guest_in, _host_introduces, _intro_text,
                    _introduces_self, guest_role)
from .names import fold, person_part
from .patterns import (CLERICAL, NAME, NOT_OTHER, TITLED, _bare_cast, _header_turns, _names_only,
                       _one_name, _opening_turns, office_key)

INTRODUCED = frozenset("spokesman spokeswoman spokesperson moderator host co-host anchor presenter "
                       "interviewer narrator interviewee guest chair chairman chairwoman "
                       "chairperson convener convenor coroner translator interpreter "
                       "facilitator".split())  # a meeting's "Facilitator: … I'm Ann Berg"
# An office, then its holder in brackets, in a header or a label: "The Lord Mayor (Cllr Ann
# Berg) in the Chair", "MODERATOR (Ann Berg, Spokesperson)"; the inner text read as a label.
HELD_BY = r"{}\b[^()]{{0,20}}? \(([^(),]{{3,60}})[,)]"
# An office and its holder in a header's list of who is present: "Presenters: Governor Ann
# Berg; Senior Deputy Governor …", "Speakers: Ann Berg (XP), Taoiseach Tom Roe (YP), …".
CAST_LIST = r"(?m)(?:^[A-Z][\w ]{{0,30}}:\s*|;\s*|(?<=\)), ){},? {}(?=\s*(?:[;,(]|$))"
INTRODUCED_BY = {"moderator": "moderated", "host": "hosted", "presenter": "presented",
                 "interviewer": "interviewed", "narrator": "narrated", "chair": "chaired",
                 "chairman": "chaired", "chairwoman": "chaired", "chairperson": "chaired",
                 "translator": "translated|translation",
                 "interpreter": "interpreted|interpreting|interpretation"}
# Roles that name their holder in their own ways, besides "Moderator: Ann Berg" and the like.
ROLE_PATTERNS = {
    # the caption: "UNITED STATES v. ANN BERG", "R v ANN BERG", "ANN BERG,\nDefendant."
    "defendant": [r"\b(?:vs?\.?|versus) " + NAME, r"(?m)" + NAME + r",\s*(?i:defendant)\.?\s*$",
                  # a caption's "v." on its own line (a case number or a bracket column after
                  # it), the name in capitals on the next: "v.        )  No. 12\nANN BERG,   )"
                  r"(?m)^vs?\.?(?:[ \t][^\n]*)?\n[ \t]*((?:[A-Z][A-Z'’.-]+ ){1,4}[A-Z][A-Z'’-]+),?"
                  r"[ \t]*\)?[ \t]*$"],
    # "HMA v ANN BERG", "UNITED STATES v. SERGEANT ANN BERG": the caption's line, in capitals
    "accused": [r"(?m)\b(?:HMA|R|PP|DPP|UNITED STATES|PEOPLE|STATE|COMMONWEALTH) (?:vs?\.?|versus) "
                r"((?:[A-Z][A-Z'’-]+ ){1,6}[A-Z][A-Z'’-]+)\s*$"],
    # "an evening with novelist Ann Berg"
    "author": [r"\b(?i:evening|conversation|session) with (?:the )?(?i:novelist|writer|poet|"
               r"author|historian) " + NAME],
    "interviewee": [r"\b(?i:interview(?:ed)?|in conversation|a conversation) with " + NAME],
    "interviewer": [r"\b(?i:interview(?:ed)?|conducted) by " + NAME,
                    # "She spoke to our literary editor, Ann Berg, at her kitchen table."
                    r"\b(?:spoke|talked|speaks|talks) (?:to|with) (?:our |the )?(?:[a-z]+ ){0,2}"
                    r"(?:editor|correspondent|reporter|writer|critic|columnist|journalist),? "
                    + NAME],
    "court": [],  # its judge: BENCH, in place of the general patterns
}
CHAIR_ROLES = frozenset(("chair", "chairman", "chairwoman", "chairperson"))
# Who chairs a sitting, as a record's header says: "Presidency of Mr Ann Berg, Vice-President",
# "IN THE CHAIR: Ann Berg", "Presiding: Dame Ann Berg"; the chair's labels then name them.
# In French, Spanish, Portuguese and Italian records: "Présidence de M. Ann Berg, président" or
# "Présidence : Mme Ann Berg", "PRESIDENCIA DEL EXCMO. SR. D. ANN BERG" for "M. le Président",
# "El señor PRESIDENTE", "O SR. PRESIDENTE".
CHAIRS = frozenset("president speaker chair chairman chairwoman chairperson président présidente "
                   "presidente presidenta "
                   # Dutch, German and Nordic chairs ("De voorzitter", "Präsidentin",
                   # "Formanden", "Talmannen")
                   "voorzitter vorsitzender vorsitzende präsident präsidentin formand formanden "
                   "talman talmannen "
                   # Finnish, Norwegian, Swedish, Polish, Czech and Slovak chairs
                   "puhemies varapuhemies puheenjohtaja ordfører ordförande ordföranden marszałek "
                   "wicemarszałek przewodniczący przewodnicząca předseda předsedkyně predseda "
                   "predsedníčka "
                   # Romanian, Hungarian, Estonian, Latvian, Lithuanian, Turkish and Greek chairs
                   # ("Doamna președinte de ședință", "ELNÖK", "PIRMININKĖ", "BAŞKAN")
                   "președinte președintele elnök esimees aseesimees priekšsēdētājs "
                   "priekšsēdētāja sēdes vadītājs pirmininkas pirmininkė başkan başkanvekili "
                   "πρόεδρος προεδρος".split())
ROMANCE_TITLES = r"(?:(?:M|Mme|H|(?i:madame|monsieur|excmo|excma|ex\.mo|ex\.ma|ilmo|ilma|sr|" \
    r"sra|sr\.ª|d|d\.ª|dña|don|doña|on|sig|sig\.ra))\.? )*"
IN_THE_CHAIR = r"\b(?:(?i:presidency of|in the chair:|presiding:) (?:" + TITLED + ")?|" \
    r"(?i:présidence(?: de| ?:)|presidencia del?|presidência d[aeo]|presidenza del?l?) " \
    + ROMANCE_TITLES + ")" + NAME
# The same in a Romance record whose names run longer, family names joined by a particle or a
# conjunction ("Presidencia de la Excma. Sra. D.ª Ann Berg Lund", Catalan "Presidència de la M.
# H. Sra. Ann Berg i Lund"), or its header's cast line ("Presidente: Ex.mo Sr. Ann Berg").
ROMANCE_NAME = r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ (?:(?:de|da|do|dos|das|del|i|y|e) )?){1,4}" \
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+)(?![\w'’-])"
ROMANCE_CHAIR = r"(?:(?i:presidencia|presidència|presidência|presidenza) (?i:de la|del?|d[aeo]|" \
    r"della|dello) |(?m:^)(?i:presidente|presidenta|président|présidente): )" \
    + ROMANCE_TITLES + ROMANCE_NAME
# A Dutch, German or Nordic record's header line for its chair: "Voorzitter: mevrouw Ann Berg",
# "Vorsitz: Frau Dr. Ann Berg", "Formand: Ann Berg".
GERMANIC_CHAIR = r"(?m)^(?i:voorzitter|vorsitz|vorsitzender|vorsitzende|präsident|präsidentin|" \
    r"formand|talman): (?:(?i:mevrouw|mevr\.|de heer|dhr\.|mr\.|frau|herr|dr\.|prof\.) )*" + NAME \
    + r"(?=\s*(?:,|$))"
# A Nordic record's sentence for who chaired it: "Sammanträdet leddes av talman Ann Berg",
# "Møtet ble ledet av president Ann Berg".
NORDIC_LED = r"\b(?i:leddes av|ble ledet av|ledet av|blev ledet af|ledes av|puhetta johtaa) " \
    r"(?:(?i:förste |andre |tredje |første )?(?i:vice )?(?i:talman|talmannen|president|" \
    r"presidenten|formand|formanden|stortingspresident|puhemies) )?" + NAME
# The same in Romanian, Estonian, Lithuanian and Hungarian records: "Lucrările ședinței au fost
# conduse de doamna Ann Berg, vicepreședinte", "Istungit juhatab Riigikogu aseesimees Ann Berg",
# "Posėdžiui pirmininkauja Seimo Pirmininko pavaduotoja Ann Berg", "Az elnöki széket Berg Anna,
# az Országgyűlés alelnöke foglalja el" (family name first).
OTHER_LED = r"(?:\b(?i:au fost conduse de|a fost condusă de|este condusă de|sunt conduse de) " \
    r"(?:(?i:doamna|domnul|dl\.|dna\.) )?|\b(?i:istungit juhatab) (?:(?i:riigikogu|volikogu) )?" \
    r"(?:(?i:esimees|aseesimees|esimehe asetäitja) )?|(?i:az elnöki széket) )" + NAME + \
    r"|(?m:\b(?i:posėdžiui pirmininkauja|posėdžiui pirmininkavo) (?:[\w.]+ ){0,6}?" + NAME + \
    r"\s*$)"
# A Hansard's office and its holder in brackets: "MR. SPEAKER [THE HON. ANN BERG] in the Chair",
# "[MR. SPEAKER (SHRI A.B. BERG) in the Chair]" (a personal title in the bracket too).
HOLDER_IN_CHAIR = (r"[\[(]((?i:the )?(?i:hon\.?|rt\.? hon\.?|honourable|shri|shrimati|smt\.?|mr\.?|"
                   r"mrs\.?|ms\.?|dr\.?) "
                   r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+ ){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+)[\])] (?i:in the chair)")
# A Hansard's list of who is present, the chair's holder bracketed on the line below: "Mr
# Speaker ........ (In the Chair)" / "(The Hon. Ann Berg MBE)" (Gibraltar, other Commonwealth
# chambers).
HOLDER_BELOW = (r"\b(?i:{})\b[ .…]*\((?i:in the chair)\)\s*\n\s*\((?:(?i:the) )?(?i:hon\.?|"
                r"rt\.? hon\.?|honourable) ((?:(?![A-Z]{{2,5}}\b)[A-ZÀ-ÖØ-Þ][\w'’.-]+ ){{1,3}}"
                r"(?![A-Z]{{2,5}}\b)[A-ZÀ-ÖØ-Þ][\w'’-]+)(?: [A-Z]{{2,5}})*\)")  # ("BEM": letters)
# The one member who chairs an inquiry or a panel, as its header's cast line names them.
SOLE_CHAIR = r"(?m)^(?i:commissioner|presiding member|presiding officer|presiding arbitrator)" \
    r": (?:" + TITLED + ")?" + NAME + r"\s*$"


def _other_chairs_out(role: str, text: str) -> str:
    """The text without the notes that put another office's holder in the chair ("[THE
    VICE-CHAIRMAN (DR. ANN BERG) in the Chair]" names no DEPUTY CHAIRMAN)."""
    def other(m: re.Match[str]) -> str:
        office = m[1].strip().lower().removeprefix("the ").strip()
        return "" if office and office != role.lower().removeprefix("the ").strip() else m[0]
    return re.sub(r"\[([^\[\]()]{0,60}?)\s*\([^()\[\]]{3,80}\)\s*(?i:in the chair)\]", other, text)


def _chair_word(role: str) -> str:
    """A role's office word: its last, or the one before a Romanian "de ședință" ("of the
    sitting": "Doamna președinte de ședință")."""
    words = role.split()
    return words[-3] if len(words) > 2 and words[-2] == "de" and \
        words[-1] in ("ședință", "şedinţă", "ședinţă") else words[-1]


def _introduced(doc: Document) -> dict[str, str]:
    """Conversational roles that label turns ("Spokesman:", "MODERATOR:") and the one person
    the document's own text introduces in them ("… by Ann Berg, Spokesman for …", "moderator
    Ann Berg", "moderated by Ann Berg"). Titles that front many names ("President",
    "Chairman") are left alone in the text, but the document's title may give their holder
    ("Remarks by President Ann Berg": THE PRESIDENT). An interview's "A" is its interviewee."""
    roles = {ABBREVIATED.get(key, key) for b in doc.blocks
             if b.kind == "turn" and b.speaker and (key := office_key(bare_label(b.speaker)))
             and (person_part(b.speaker) is None or key in ABBREVIATED)}  # ("INT": no "Int")
    if not roles:
        return {}
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn")])
    # Labels that name an office's holder the reader can take turn by turn are left to it.
    labels = "\n".join(sorted({b.speaker for b in doc.blocks if b.speaker and "(" in b.speaker
                               and not office_holder(b.speaker)}))
    # a header's cast line read as a turn: "Moderator: Attorney Ann Berg"
    # (above the first long turn: a chair's "CHAIR: Councillor Ann Berg." later calls on her)
    labels += "".join(f"\n{b.speaker}: {_bare_cast(b.text)}" for b in _opening_turns(doc)
                      if _names_only(b.text))
    # "Witness: Ann Berg, former Operations Manager, …": a header's cast line with who she is
    labels += "".join(f"\n{b.speaker}: {b.text.split(',')[0]}" for b in _header_turns(doc)
                      if "," in b.text and _names_only(b.text.split(",")[0]))
    out = _titled(doc)
    for role in sorted(roles - set(out) - _sided(doc)):
        found = _named_in_text(role, doc, text, labels) or _named_otherwise(role, doc, roles,
                                                                              text, labels)
        if found:
            out[role] = found
    voices = Counter(name for role, name in out.items() if NUMBERED_VOICE.fullmatch(role))
    # ("AASIAAT RADIO: JRCC Nuuk, Aasiaat Radio.": a radio call names the station it calls,
    # itself a label, not the caller)
    return {role: name for role, name in out.items()  # two voices saying one name: no telling
            if (voices[name] < 2 or not NUMBERED_VOICE.fullmatch(role))
            and not _calls(doc, role, name)}


# A style before a name on a header's line: "The Honourable Ann Berg, Speaker".
HONOURABLE = r"(?:(?:The )?(?:Rt\.? |Right )?(?:Hon\.?|Honourable|Honorable) )?"
INTERVIEWEE_ENTRY = re.compile(r"(?i:interviewee|narrator):\s+(\S.*)$")
SIDE = re.compile(r"\(([A-ZÀ-ÖØ-Þ][^()]*)\)\s*$")  # "(UNION)"; not "(via interpreter)"


def _sided(doc: Document) -> set[str]:
    """Roles the labels hold for two sides or more ("CHIEF SPOKESPERSON (UNION)" and "…
    (EMPLOYER)"): several holders, so no one name the text gives the role is theirs."""
    sides: dict[str, set[str]] = defaultdict(set)
    for b in doc.blocks:
        if b.kind == "turn" and b.speaker and (m := SIDE.search(b.speaker)):
            sides[office_key(bare_label(b.speaker))].add(m[1].casefold())
    return {role for role, found in sides.items() if len(found) > 1}


def _calls(doc: Document, role: str, name: str) -> bool:
    """Whether a turn of the role opens as a radio call does: the station called, then the
    caller's own name ("AASIAAT RADIO: JRCC Nuuk, Aasiaat Radio. …")."""
    call = re.compile(rf"(?i)(?:{re.escape(role)}:\s*)?{re.escape(name)},\s+(?:this is\s+)?"
                      rf"{re.escape(role)}\b")
    return any(call.match(b.text) for b in doc.blocks if b.kind != "turn" or b.speaker and
               office_key(bare_label(b.speaker)) == role)  # (the first may read as a cast line)


def _cast_name(role: str, text: str) -> str | None:
    """The one name a cast line gives a role, then who the person is ("Witness: Alasdair Reid,
    former Operations Manager, …"): the label vouches for a given name no list knows."""
    found = {m[1] for m in re.finditer(rf"(?m)^(?i:{re.escape(role)}): {NAME},", text)}
    names = {n for n in found if (part := person_part(n)) and part.full and
             not any(w.lower() in common_words() or w.title() in ORG_HEADS for w in n.split())}
    return names.pop() if len(names) == 1 and len(found) == 1 else None


def _named_in_text(role: str, doc: Document, text: str, labels: str) -> str | None:
    """The holder of a role by the ways the header and the text introduce its kind."""
    if role in ("interviewee", "narrator") and (found := _interviewee_entry(doc)):
        return found  # the header's own entry, not a guest the host introduces
    if role == "accused":
        return _captioned(text)
    if role == "author":  # a book event's "an evening with novelist Ann Berg"
        return _one_name(ROLE_PATTERNS[role], text, cast=True)
    if role in INTRODUCED or role in ROLE_PATTERNS or _introduced_kind(role):
        # a cast line ("Chair: Ann Berg", "Ann Berg (Chair)") outranks a title in passing
        # ("Tom Roe, Chair, Norvale Water", a witness)
        return role != "court" and _one_name(_cast_patterns(role), f"{text}\n{labels}",
                                             cast=True) \
            or _one_name(_role_patterns(role), text) \
            or _done_by(role, text) \
            or (boxed_party(doc) if role == "defendant" else None)
    if role in BENCH_ROLES:  # "HIS HONOUR:" before "BEFORE HIS HONOUR JUDGE ANN BERG"
        return _one_name([BENCH.pattern], text)
    if role == "a":  # an oral history's header: "Narrator: Ann Berg"
        return _one_name(ROLE_PATTERNS["interviewee"], text) or \
            _one_name([rf"(?m)^(?i:narrator|interviewee): {NAME}\s*$"], text, cast=True) or \
            _interviewee_entry(doc)
    if len(role.split()) > 1 and is_role_word(role.split()[-1]) and not _office(role) \
            and not asks(role):  # "Monitoring Officer" ← "Ann Berg (Monitoring Officer)"
        # ("Before: Employment Judge Ffion Price-Hallam": the role vouches for "Ffion")
        return _one_name(_role_patterns(role), text, cast=True)
    if _office(role) and not asks(role):
        # a cast line; the office, a title and the name: "Cathaoirleach Cllr Siobhán Ní
        # Dhonnabháin"; the office in apposition: "The Speaker, Ms Ann Berg, took the Chair";
        # the chair's holder: "Her Worship Mayor Ann Berg (in the Chair)"
        office = NOT_OTHER + rf"\b(?i:{re.escape(role)})"
        return _one_name([rf"{office} {NAME}"], doc.meta.title) or \
            _one_name([rf"{NAME} \((?i:(?:head |chief |senior )?{re.escape(role)})[,)]"], text,
                      cast=True) or \
            _one_name([rf"(?m)^\s*{HONOURABLE}{NAME}, (?i:{re.escape(role)})\s*$"], text) or \
            _one_name([rf"{office} ({TITLED}{NAME[1:-1]})"], text) or \
            _one_name([rf"{office} {ROMANCE_DEGREE}{NAME}"], text) or \
            _one_name([CAST_LIST.format(office, NAME)], _with_opening(text, doc), cast=True) or \
            _one_name([rf"(?m)\b(?i:the {re.escape(role)})(?: of the [A-Z]\w+)?, (?:the )?"
                       rf"((?:{TITLED}|(?i:hon\.? )|{CLERICAL})?(?:{TITLED})?"
                       rf"{NAME[1:-1]})(?:[,.;]|\s*$)"],  # "…, the Revd Ann Berg;" ends a list
                      "\n".join(b.text for b in doc.blocks)) or \
            _one_name([rf"{office} {NAME} \((?i:in the chair)\)"], text) or \
            _one_name([rf"{office} {NAME},? (?i:presiding)\b"], text, cast=True) or \
            _one_name([rf"\b(?i:the {re.escape(_core(role))}){OF_BODY} (?:is|was) "
                       rf"((?:{TITLED})?{NAME[1:-1]})(?=[.,;]|\s*$)"],
                      "\n".join(b.text for b in doc.blocks if b.kind != "turn"))
    return None


# An Italian record's title of a degree or a profession before the holder's name: "il
# Segretario generale dott. Ann Berg", "avv.", "ing.", "dott.ssa".
ROMANCE_DEGREE = r"(?i:dott|dott\.ssa|dr\.ssa|avv|ing|arch|geom|prof|prof\.ssa)\.? "
# The body an office belongs to, between it and its holder: "The President of the Legislative
# Council is Mr Ann Berg".
OF_BODY = r"(?: of (?:the )?[A-Z][\w'’-]*(?: (?:of |and |the )?[A-Z][\w'’-]*){0,5})?"


def _with_opening(text: str, doc: Document) -> str:
    """A header's text with its cast lines read as turns written back ("Speakers: Ann Berg
    (XP), Taoiseach Tom Roe (YP)")."""
    return "\n".join([text, *(f"{b.speaker}: {b.text}" for b in _opening_turns(doc))])


def _captioned(text: str) -> str | None:
    """The accused of a Crown caption ("HMA v ANN BERG", "UNITED STATES v. SERGEANT FIRST CLASS
    ANN BERG"): a name whatever its words, or a known given name after ranks."""
    found = {m[1] for p in ROLE_PATTERNS["accused"] for m in re.finditer(p, text)}
    name = found.pop() if len(found) == 1 else ""
    part = person_part(name) if name else None
    if unlisted_name(name):
        return name
    ranks = name.split()[:-len(part.name.split())] if part else []
    return name if part and part.full and is_given_name(part.given) and all(
        is_role_word(w) or w in ("FIRST", "CLASS") for w in ranks) else None


# A header's cast line naming one holder of a part, maybe with her office after a comma
# ("Guest: Andriy Roe, Mayor of Lviv", "Interviewee: Bridget O'Doherty, b. 1938").
HEADER_PARTS = frozenset(("host", "guest", "presenter", "anchor"))  # cast lines read as turns
HEADER_BLOCKS = 8
NICKNAME_IN = re.compile(r"(?<=\w) \([A-Z][a-z]+\)(?= [A-Z])")  # "Bridget (Bridie) O'Doherty"


def _cast_one(keys: str) -> str:
    """The pattern of a cast line keyed by one of keys ("a|b") naming one holder."""
    return r"(?m)^(?i:" + keys + r"): (?:" + TITLED + ")?" + NAME + r"(?=\s*(?:[,;(]|$))"


def _no_nicknames(text: str) -> str:
    """A text without the nicknames in brackets inside names."""
    return NICKNAME_IN.sub("", text)


# A Spanish or Portuguese press conference's questions "P (Outlet):" and answers "R:" (pregunta,
# respuesta), the one person its header says appears: "Comparece: Ann Berg, entrenadora".
APPEARING = rf"(?m)^(?i:comparece|comparecen|compareceu|comparecem): {NAME}(?=,|\s*$)"


def _apposed(role: str, text: str) -> str | None:
    """A Romance record's role label ("El president de la Generalitat") held by the one person
    the text writes with that office after a comma ("el M. H. Sr. Ann Berg i Lund, president de
    la Generalitat")."""
    m = re.fullmatch(r"(?:el|la|il|lo|o|a|le|l['’]) ?(\S+(?: .+)?)", role)
    if not m or not is_role_word(m[1].split()[0]) or len(m[1].split()) < 2:
        return None  # (a one-word role, "la presidenta", names too many in passing)
    return _one_name([ROMANCE_TITLES + ROMANCE_NAME + rf", (?i:{re.escape(m[1])})\b"], text,
                     cast=True)


def _named_otherwise(role: str, doc: Document, roles: set[str], text: str, labels: str
                     ) -> str | None:
    """The holder of a role by a bracket, their own words, a header line or the host."""
    if found := _apposed(role, text):
        return found
    interview = roles - CAST_ROLES - HEADER_PARTS == {"q", "a"}
    cast = _no_nicknames("\n".join([text, labels, *(f"{b.speaker}: {b.text}" for b in
                                                    doc.blocks[:HEADER_BLOCKS] if b.speaker)]))
    if role == "q" and interview:  # a printed interview's questions
        return _one_name(ROLE_PATTERNS["interviewer"], text) or \
            _one_name([rf"(?m)^(?i:interviewer): {NAME}\s*$"], f"{text}\n{labels}", cast=True) \
            or _one_name([_cast_one("interviewer|host|presenter|anchor")],
                         cast, cast=True)  # "Host: Ann Berg" above the Q:/A: turns
    if role == "a" and interview:
        return _interviewee(text) or _one_name([_cast_one("interviewee|guest|narrator")], cast,
                                               cast=True) or _answerer(doc)
    if role == "r" and "p" in roles and \
            (holder := _one_name([APPEARING], _with_opening(text, doc), cast=True)):
        return holder  # a press conference's "R" after "P (Outlet)": the one who appears
    if role in CAST_ROLES | HEADER_PARTS and \
            (holder := _one_name([_cast_one(re.escape(role))], cast, cast=True)):
        return holder  # the header's own line for the part: "Interviewee: Ann Berg, b. 1938"
    found = None
    if (role in INTRODUCED or _office(role)) and not asks(role):
        found = _one_held(HELD_BY.format(f"{NOT_OTHER}(?i:{re.escape(_core(role))})"),
                          f"{text}\n{labels}")
    if not found and _chair_word(role) in CHAIRS and not asks(role):
        found = _one_name([IN_THE_CHAIR], text) or \
            _one_name([HOLDER_IN_CHAIR], _other_chairs_out(role, text), cast=True) \
            or _one_name([ROMANCE_CHAIR, GERMANIC_CHAIR, NORDIC_LED, OTHER_LED],
                         _with_opening(text, doc), cast=True) \
            or _one_name([HOLDER_BELOW.format(re.escape(role.split()[-1]))], text, cast=True)
        # ("Presidency of Mr Gérard Lacombe-Vidal")
    if not found and role in CHAIR_ROLES:  # an inquiry's one "Commissioner: Dame Ann Berg"
        found = _one_name([SOLE_CHAIR], text, cast=True)
    if not found and role in BENCH_KINDS:  # "Before: Mr Ann Berg, Assistant Coroner for X"
        found = _one_name([rf"(?m)^(?i:before): (?:{TITLED})?{NAME}(?:,|\s*$)"], text, cast=True)
    if not found and role.startswith("presiding "):  # "Tribunal: Mr Ann Berg (Presiding), …",
        # "Panel: Judge Ann Berg, presiding"
        found = _one_name([rf"(?:{TITLED})?{NAME} \((?i:presiding)\)",
                           rf"(?:{TITLED}|(?i:judge|justice) )?{NAME}, (?i:presiding)\b"], text,
                          cast=True)
    if not found and (role in INTRODUCED or NUMBERED_VOICE.fullmatch(role)):
        found = _introduces_self(doc, role)  # "Speaker 1: … I'm Laila Farouk."
    if not found and not asks(role) and len(role.split()) <= 3:
        # any role a header's line gives: "Dispatcher: Telecommunicator Ann Berg (ID 4471)"
        # (or in a capacity that is the office still: "Recording Secretary: Ann Berg")
        found = _one_name([rf"(?m)^(?:{SAME_OFFICE} )?(?i:{re.escape(role)}): {NAME}"],
                          f"{text}\n{labels}") \
            or _cast_name(role, f"{text}\n{labels}")
    if not found and guest_role(role):
        found = _host_introduces(doc, roles)
    if not found and not asks(role):  # the list may be a turn: "Speakers: Ann Berg; …"
        found = _listed_role(role, "\n".join([text, *(f"{b.speaker}: {b.text}"
                                                     for b in doc.blocks[:8] if b.speaker)]))
    return found


# Words before an office that tell in what capacity one holds it, not another office (as
# "Deputy" does): "Recording Secretary", "Acting Chief Executive", "Interim Director".
SAME_OFFICE = r"(?i:recording|acting|interim|presiding|honorary)"


# A header's list of who speaks: "Speakers: Assistant Commissioner Ann Berg (Southern Region);
# Detective Superintendent Tom Roe (Commander, …)", "Panel: Ann Berg (ruling party spokesperson);
# …": a label, then entries split by semicolons.
LISTED = re.compile(r"(?m)^[A-Z][\w ]{1,30}:\s*(.+;.+)$")


def _listed_role(role: str, text: str) -> str | None:
    """The one person of a header's list whose title or bracketed description the role spells
    in order, abbreviations too ("DET SUPT" of "Detective Superintendent Tom Roe", "RULING
    PARTY" of "Ann Berg (ruling party spokesperson)")."""
    found = set()
    for line in LISTED.finditer(text):
        if line[0].lower().startswith("witness"):
            continue  # a witness's "Chair, Norvale Water" is a post elsewhere
        # the list ends with its sentence ("… Rescue Service. The briefing was chaired by …")
        for entry in re.split(r";\s*", re.split(r"(?<=[a-z]{4})\.\s+(?=[A-Z])", line[1])[0]):
            bracket = re.search(r"\(([^()]*)\)", entry)
            # "Tawana Grover-Reese, Superintendent": the description after a comma
            name, _, after = re.sub(r"\s*\([^()]*\)", "", entry).strip(" .").partition(", ")
            part = person_part(name)
            if part is None or not part.full or len(name.split()) > 8:
                continue
            title = name[:len(name) - len(part.name)].split() if name.endswith(part.name) else []
            # one description, not a post in a body ("Chair, Norvale Water")
            said = [w.strip(",.") for w in [*title, *(bracket[1].split() if bracket else []),
                                            *(after.split() if "," not in after else [])]]
            if _spelled(role.split(), said) and (is_given_name(part.given) or
                                                 unlisted_name(part.name)):
                found.add(part.name)
    return found.pop() if len(found) == 1 else None


def _spelled(short: list[str], words: list[str]) -> bool:
    """Whether some run of words reads as these label words, each whole or abbreviated."""
    return any(all(_abbreviates(s, w) for s, w in zip(short, words[i:i + len(short)]))
               for i in range(len(words) - len(short) + 1))


def _abbreviates(short: str, word: str) -> bool:
    """ "supt" of "Superintendent", "det" of "Detective": the word, or three letters or more
    of it in order, the first one first."""
    short, word = short.lower().strip("."), word.lower()
    if short == word:
        return True
    letters = iter(word)
    return len(short) >= 3 and short[0] == word[0] and all(c in letters for c in short)


def _interviewee_entry(doc: Document) -> str | None:
    """The one person a header's "Interviewee:" or "Narrator:" entry names, with a nickname or
    who they are after it ("Interviewee: Ann (Annie) Berg, b. 1938"), read as a line or a turn;
    not a description ("Interviewee: former miner (identity protected)")."""
    lines = [f"{b.speaker}: {b.text}" if b.kind == "turn" else b.text
             for b in doc.blocks[:_first_long_turn(doc)]]
    found = {person for line in lines if (m := INTERVIEWEE_ENTRY.match(line))
             and (person := cast_person(m[1]))}
    return found.pop() if len(found) == 1 else None


def _first_long_turn(doc: Document) -> int:
    """The index of the first turn longer than a header's line (the transcript's start)."""
    return next((i for i, b in enumerate(doc.blocks) if b.kind == "turn" and len(b.text) > 120),
                len(doc.blocks))


def _interviewee(text: str) -> str | None:
    """A printed interview's subject: the one other person its introduction names in full, when
    it names the interviewer ("… the novelist Ann Berg has written … She spoke to our literary
    editor, Tom Roe")."""
    asker = _one_name(ROLE_PATTERNS["interviewer"], text)
    if asker is None:
        return None
    names = {m[1] for m in re.finditer(NAME, text) if m[1] != asker and
             (part := person_part(m[1])) and part.full and part.name == m[1] and
             (is_given_name(part.given) or unlisted_name(m[1]))}
    return names.pop() if len(names) == 1 else None


def _answerer(doc: Document) -> str | None:
    """An interview's one answerer where no one is named as the interviewer: the one person the
    first question introduces ("I'm sitting here with Ann Berg, senior ranger") or, failing
    that, the one person the introduction above the first question names in full ("Ann Berg
    co-founded Norvale Health in 2021. We met her in Tunis.")."""
    first = next((b.text for b in doc.blocks if b.kind == "turn" and b.speaker
                  and office_key(bare_label(b.speaker)) == "q"), "")
    if found := _guest_in(first):
        return found
    intro = _intro_text(doc)
    names = {m[1] for m in re.finditer(NAME, intro) if (part := person_part(m[1]))
             and part.full and part.name == m[1] and is_given_name(part.given)}
    return names.pop() if len(names) == 1 else None


def _titled(doc: Document) -> dict[str, str]:
    """Offices that label a full name ("MAYOR ANN BERG:", then "THE MAYOR:"), each held by one
    person in the document (by surname: "MAYOR BERG:" is her too): office → that label."""
    holders: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    full: set[str] = set()  # offices a label names with a full name
    for block in doc.blocks:
        if block.kind != "turn" or not block.speaker or office_holder(block.speaker):
            continue
        name = person_part(block.speaker)
        words = label_words(block.speaker)
        if name is None or len(words) <= len(name.name.split()):
            continue
        office = office_key(" ".join(words[:-len(name.name.split())]))
        if office and all(is_role_word(w) for w in office.split()):
            holders[office].add(fold(name.surname))
            if name.full and office not in full:
                labels[office] = block.speaker
                full.add(office)
            else:  # "Minister Berg:" holds it too, while no label names her in full
                labels.setdefault(office, block.speaker)
    return {office: labels[office] for office, surnames in holders.items()
            if len(surnames) == 1 and office in labels}


def _done_by(role: str, text: str) -> str | None:
    """The one name a header gives as who did the role's work, as a credit does ("translation by
    Ann Berg", "moderated by Ann Berg"): a cast line's vouching, a given name no list knows too."""
    if role not in INTRODUCED_BY:
        return None
    # (the credit may end its line: "Interpretation by Ann Berg" above the turns)
    return _one_name([rf"(?m)\b(?i:{INTRODUCED_BY[role]}) by {NAME}(?=\s*(?:[,;.(]|$))"], text,
                     cast=True)


def _introduced_kind(role: str) -> bool:
    """A conversational role with a modifier in front ("deputy spokesperson", "co-host"): role
    words, the last one a role a text introduces."""
    words = role.split()
    return 1 < len(words) <= 3 and words[-1] in INTRODUCED and all(is_role_word(w) for w in words)


def _core(role: str) -> str:
    """An office without an Irish or Welsh article: "an ceann comhairle" → "ceann comhairle"."""
    words = role.split()  # "hon. speaker": the speaker addressed; "mr primeiro-ministro"
    return " ".join(words[1:]) if words[:1] in (["an"], ["y"], ["hon."], ["hon"], ["mr"],
                                                ["ms"], ["mrs"]) \
        and len(words) > 1 else role


def _office(role: str) -> bool:
    """Role words, maybe joined by connectors: "lord mayor", "director of finance"."""
    words = role.split()
    if words[:1] in (["madam"], ["madame"], ["hon."], ["hon"], ["an"], ["y"]) and len(words) > 1:
        words = words[1:]  # the chair addressed: "Madam Deputy Speaker", "HON. SPEAKER"
    if words[:1] == ["under"] and len(words) > 1:
        words = words[1:]  # "Under Secretary for Transport": a junior minister's office
    if "for" in words[1:] and all(is_role_word(w) for w in words[:words.index("for")]) \
            and "the" not in words[words.index("for"):]:  # not "Counsel for the Defendant"
        return True  # an office and its portfolio: "Secretary for Transport and Logistics"
    return bool(words) and is_role_word(words[0]) and is_role_word(words[-1]) \
        and all(is_role_word(w) or w in ("of", "for", "and", "the") for w in words)


def _one_held(pattern: str, text: str) -> str | None:
    """The one holder an office names in brackets: a full name, vouched for by a known given
    name or by a title in front ("Cllr Harjit Sandhu")."""
    found = set()
    for m in re.finditer(pattern, text):
        part = person_part(m[1].strip())
        words = label_words(m[1])
        titled = len(words) == len(part.name.split()) + 1 if part else False
        if part and part.full and (is_given_name(part.given) or titled):
            found.add(m[1].strip())
    return found.pop() if len(found) == 1 else None


# Not the end of a description before the bracket: "Ann Berg, press officer Norvale Council
# (moderator)" names Ann Berg, not the council; a cast list's item names its holder first.
UNDESCRIBED = r"(?<![a-zà-öø-ÿß] )"


def _cast_item(role: str) -> str:
    """A cast list's item: the holder's name, a description, the role in brackets."""
    return r"(?m)^\s*[–•*-]?\s*" + NAME + r",[^\n()]{0,80}\((?i:" + role + r")\)"


def _cast_patterns(role: str) -> list[str]:
    """How a header's cast line names a role's holder: "Chair: Ann Berg", "Ann Berg (Chair)"."""
    return [rf"{NOT_OTHER}\b(?i:{role}): (?:{TITLED})?{NAME}",
            rf"{UNDESCRIBED}{NAME} \((?i:{role})\)", _cast_item(role)]


def _role_patterns(role: str) -> list[str]:
    """How a text introduces the holder of a role: "Ann Berg, the moderator", "Moderator Ann
    Berg", a cast line "Moderator: Ann Berg, …", "Ann Berg (Chair)", "moderated by Ann Berg",
    and the role's own ways (a court's bench, a caption's defendant)."""
    if role == "court":  # the court speaks through its judge
        return [BENCH.pattern]
    patterns = [rf"{NAME},? (?:the |our )?(?:[A-Z]{{2,6}} )?(?i:{role})\b",
                rf"{NOT_OTHER}\b(?i:{role})[:,]? (?:{TITLED})?{NAME}",
                # the office of a place, then its holder: "Coroner for Cornwall, Mr Ann Berg"
                rf"{NOT_OTHER}\b(?i:{role}) (?:for|of) [A-Z][^,:;\n]{{2,60}}, (?:{TITLED})?{NAME}",
                rf"{UNDESCRIBED}{NAME} \((?i:{role})\)", _cast_item(role),
                rf"{NOT_OTHER}\b(?i:{role}) (?:is|was) {NAME}",
                *ROLE_PATTERNS.get(role, ())]
    if role in INTRODUCED_BY:  # "a panel moderated by Ann Berg"
        patterns.append(rf"\b(?i:{INTRODUCED_BY[role]}) by {NAME}")
    if role in CHAIR_ROLES:  # "Board President Ann Berg presiding"
        patterns.append(rf"{NAME},? (?:presiding|\((?i:in the chair)\))")
    return patterns
