"""Speaker labels: whether a line's "Label:" opening names a speaker, and which person it names.

A transcript labels turns with a generic role ("Question:", "MODERATOR:", "Q:"), a name
("Vladimir Putin:", "PUTIN:") or a role and a name ("Investigative Committee Chairman Alexander
Bastrykin:", "Co-Chair of the Central Headquarters of the All-Russia People's Front Stanislav
Govorukhin:"). Block.speaker keeps the label as written; `speaker_name` gives its person-name
part, so the first, role-carrying turn and the later short ones name the same person. It is
the one reading of a label's person part: speaker linking (archivist/speakers_link/) uses it.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from pathlib import Path

from anyascii import anyascii

from .detect import (LEGISLATURES, ORG_HEADS, PARTICLES, ROLE_NOUNS, TITLE_HEADS,
                     TITLE_MODIFIERS)
from .detect.lexicon import HONORIFIC_PAIRS, VIETNAMESE_LETTER, _world_given_raw
from .detect.vietnamese import vietnamese_name

DATA = Path(__file__).resolve().parent / "data"
WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)  # "Played Friday:" heads a table

# Labels that name a role in the conversation, never a person.
GENERIC = frozenset(
    "question questions answer answers remark remarks reply replies response comment comments q a "
    "voice voices audience unidentified unknown speaker speakers participant participants "
    "interpreter translator narrator operator moderator host co-host anchor presenter "
    "interviewer interviewee reporter reporters journalist journalists correspondent member "
    "members man woman male female student students panellist panelist caller off-camera "
    "responses guest guests announcer commentator respondent questioner crowd court clerk "
    "videographer witness bailiff stenographer attendee attendees viewer listener lords "
    "peers defendant defendants plaintiff plaintiffs petitioner appellant appellee claimant "
    "juror resident residents citizen constituent commenter accused candidate shareholder "
    "shareholders stockholder stockholders comrades "
    # a journalist asking in Portuguese, Spanish, Italian ("JORNALISTA (Lusa)", "PERIODISTA")
    "jornalista jornalistas periodista periodistas giornalista giornalisti reportero reportera "
    "repórter floor".split())
# Labels of people who ask and do not name themselves in the label: they may in the turn.
QUESTIONERS = frozenset("q question questioner questions reporter journalist correspondent "
                        "audience member participant caller attendee voice unidentified unknown "
                        "man woman male female student press floor resident citizen "
                        "constituent public commenter shareholder stockholder of the "
                        "from media jornalista periodista giornalista reportero reportera "
                        "repórter interlocutor interlocutora".split())  # "MEDIA (Ann Berg, DZMM)"
# at a briefing; a Mexican versión estenográfica's "INTERLOCUTORA"


def asks(role: str) -> bool:
    """Whether a role (an office key: "question", "audience member", numbered "q1") is a
    questioner's."""
    words = set(re.findall(r"[^\W\d_]+", role.lower()))
    # "SPEAKER FROM THE FLOOR", "VOICE FROM THE FLOOR": whoever takes the microphone
    return bool(words) and (words <= QUESTIONERS or role.lower().endswith("from the floor"))


# Ranks and offices a label abbreviates in front of a surname ("ACC Eriksen", "PS LLEWELLYN",
# "AMB. ADEWALE"): police, military and diplomatic short forms, never a name's first word.
RANKS = frozenset("amb ps pc dc ds dci dsi dcs dsu dac acc dcc cc supt insp sgt cpl pte "
                  "cmdr cdr brig lcol ltcol maj-gen cllr ald cr sen rep gov assemblymember sec "
                  "usec "
                  "asec commo stn mgr "
                  # Malaysian and South Asian police ranks: "ACP LIM", "DSP Rao", "IGP Tan";
                  # Australian ones: "SNR CONST TAIT", "LSC Roe"
                  "acp dcp sac dsp asp igp snr const lsc".split())
# An office cut to its initials before a surname, as press transcripts write it ("PM SOVALENI",
# "SG WAQA", "DG KIM"), and the words it stands for, which the document writes in full.
ABBREVIATED_TITLES = {"pm": "prime minister", "dpm": "deputy prime minister",
                      "sg": "secretary general", "dsg": "deputy secretary general",
                      "dg": "director general", "ddg": "deputy director general",
                      "vp": "vice president", "fm": "foreign minister", "cm": "chief minister",
                      "dcm": "deputy chief minister", "gs": "general secretary"}
# Irish and Welsh chairs ("An Cathaoirleach", "An Ceann Comhairle", "Y Llywydd"), and the
# voices of a call, a hearing or a recording ("DISPATCHER", "THE INTERPRETER").
CHAIRS_AND_VOICES = frozenset(
    "cathaoirleach leas-chathaoirleach ceann leas-cheann comhairle llywydd lywydd dispatcher "
    "call-taker telecommunicator interpreter translator narrator videographer stenographer "
    "transcriber announcer facilitator "
    "zuruf zurufe zwischenruf zwischenrufe".split())  # a German record's heckles
# A German record's heckle from a benches' group: "Zuruf von der AfD", "Zurufe von den GRÜNEN".
GROUP_HECKLE = re.compile(r"^(?i:zwischen)?(?i:zuruf|zurufe|ruf|rufe) (?:von|vom|aus) "
                          r"(?:der|den|dem)? ?")
# Offices as labels in other languages ("SECRETARIO DE SEGURIDAD", "PROREKTORICA ZA NASTAVU",
# "Famille Diouf (porte-parole)", Bislama "Provins Ofisa"): role words, never a name's.
FOREIGN_ROLES = frozenset(
    # Russian courts, chambers and broadcasts ("Судья:", "Свидетель Иванов:", "ВЕДУЩИЙ:")
    "судья прокурор адвокат защитник свидетель свидетельница подсудимый подсудимая потерпевший "
    "потерпевшая секретарь председатель председательствующий депутат ведущий ведущая "
    "корреспондент министр заместитель истец ответчик эксперт переводчик переводчица "
    "журналист журналистка "
    "secretario secretaria secretário secretária ministro ministra presidente presidenta "
    "gobernador gobernadora governador governadora alcalde alcaldesa prefeito prefeita "
    "diputado diputada deputado deputada senadora vereador vereadora vocero vocera portavoz "
    "delegado delegada coronel capitão "  # ranks Brazilian members carry ("DELEGADO ANN BERG")
    "juez jueza decano decana rectora directora subsecretario subsecretaria "
    "maire ministre préfet préfète porte-parole président présidente famille adjoint adjointe "
    "cheffe jefe jefa rapporteuse coordinador coordinadora "
    "conseiller conseillère député députée sindaco assessore bürgermeister bürgermeisterin "
    "ministerin sprecher sprecherin vorsitzender vorsitzende rektor rektorica prorektor "
    "prorektorica "
    "dekan dekanica ministar predsjednik predsjednica direktor direktorica načelnik "
    "gradonačelnik ofisa jif sous-préfet sous-préfète chef "
    # Filipino, Portuguese broadcast, Nepali/Hindi assembly roles ("KAGAWAD REYES", "PLATEIA",
    # "Mahila Sadasya": a woman member)
    "kagawad kapitan punong barangay tanod residente residentes plateia público apresentador "
    "apresentadora convidado convidada locutor locutora sadasya adhyaksha upadhyaksha sachiv "
    "koshadhyaksha mahila pradhan mukhiya sabhapati "
    # Polish and Romanian local government ("PRZEWODNICZĄCY KOSEK", "RADNA ROE", "PRIMARUL")
    "przewodniczący przewodnicząca wiceprzewodniczący wiceprzewodnicząca prezydent wiceprezydent "
    "radny radna burmistrz poseł posłanka "
    "primar primarul primărița viceprimar viceprimarul consilier consilierul consiliera "
    "consiliera președinte președintele forseti "
    # Italian, Spanish, Catalan and Portuguese councils, chambers and broadcasts ("CONSIGLIERE
    # ROSSI", "El señor consejero de X", "La consellera d'X", "CONDUCTORA", "JORNALISTA (TVM)")
    "consigliere consigliera assessora sindaca vicesindaco onorevole deputato deputata senatore "
    # an Italian council's and chamber's ("CONS.RA PIVATO": a councillor)
    "segretario segretaria generale cons cons.ra cons.re sottosegretario sottosegretaria "
    "senatrice relatore relatrice vicepresidente vicepresidenta consejero consejera conseller "
    "consellera regidor regidora concejal concejala senador conselheiro conselheira relator "
    "relatora moderador moderadora conductor conductora jornalista periodista "
    # German, Austrian and Swiss chambers, councils, courts and press conferences ("StR Kogler",
    # "Abg. Ann Roe", "Zeuge Becker", "Vorsitzende Richterin", "StS Roe": a state secretary)
    "präsident präsidentin vizepräsident vizepräsidentin bundeskanzler bundeskanzlerin "
    "bundesminister bundesministerin staatsminister staatsministerin staatssekretär "
    "staatssekretärin sts stadtrat stadträtin str gemeinderat gemeinderätin gr bgm vzbgm "
    "vizebürgermeister vizebürgermeisterin landrat landrätin abg abgeordneter abgeordnete "
    "richter richterin zeuge zeugin sachverständiger sachverständige verteidiger verteidigerin "
    "staatsanwalt staatsanwältin angeklagter angeklagte nebenkläger nebenklägerin dolmetscher "
    "dolmetscherin moderatorin ra rain srs bundesrat bundesrätin regierungsrat regierungsrätin "
    # Dutch and Flemish ("Wethouder Van Dijk", "De voorzitter", "Gedeputeerde Roe")
    "voorzitter wethouder burgemeester staatssecretaris minister-president gedeputeerde "
    "raadslid kamerlid griffier "
    # Nordic chairs ("Formanden", "Talmannen", "Presidenten")
    "formanden formand talman talmannen presidenten statsminister statsministeren statsråd "
    "statsrådet "
    # Nordic councils, chambers and briefings ("Ordfører:", "Rådmann:", "Borgmesteren:",
    # "Kommunstyrelsens ordförande", "Räddningschef", Finnish "Puhemies:", "Valtuutettu X")
    "ordfører varaordfører rådmann kommunedirektør kommunalsjef møteleder borgmester "
    "borgmesteren rådmand rådmanden byrådsmedlem kommunaldirektør ordförande ordföranden "
    "kommundirektör räddningschef presstalesperson landshövding ministeren ministern "
    "puhemies varapuhemies pääministeri ministeri puheenjohtaja valtuutettu kaupunginjohtaja "
    "edustaja "
    # Polish, Czech and Slovak chambers, councils, courts and broadcasts ("Marszałek:",
    # "Wicemarszałek:", "Rzecznik:", "Świadek:", "Předsedkyně senátu:", "Svědkyně:",
    # "Obhájce:", "Zastupitel Novák:", "MODERÁTORKA:", "REDAKTOR:")
    "marszałek wicemarszałek rzecznik rzeczniczka wójt starosta wojewoda sędzia sędzina "
    "oskarżony oskarżona świadek prokurator obrońca dziennikarz dziennikarka prowadzący "
    "prowadząca gość wiceminister minister "
    "předseda předsedkyně místopředseda místopředsedkyně poslanec poslankyně ministr "
    "ministryně primátor primátorka hejtman hejtmanka starostka zastupitel zastupitelka "
    "svědek svědkyně obhájce obhájkyně obžalovaný obžalovaná tlumočník tlumočnice soudce "
    "soudkyně přísedící moderátor moderátorka redaktor redaktorka reportér reportérka "
    "náměstek náměstkyně poslankyňa predseda predsedníčka moderátorka "
    # Romanian and Moldovan chambers, briefings and courts ("Ministrul Lungu", "Martor Ion Roe",
    # "Grefier:", "Procuror:", "Doamna președinte de ședință")
    "ministrul ministra ministru deputatul deputata senatorul senatoarea premierul "
    "prim-ministrul vicepreședinte vicepreședintele secretarul purtătorul judecător "
    "judecătoare judecătorul procuror procurorul procuroarea grefier grefiera grefierul "
    "interpret interpreta interpretul martor martora martorul inculpat inculpata inculpatul "
    "avocat avocata avocatul moderatorul jurnalist jurnalista jurnalistul reporterul "
    # Hungarian ("ELNÖK:", "Kelemen Gábor alpolgármester:", "a Belügyminisztérium államtitkára")
    "elnök alelnök polgármester alpolgármester jegyző aljegyző képviselő államtitkár "
    "államtitkára miniszter miniszterelnök bíró ügyész tanú vádlott védő tolmács szóvivő "
    "műsorvezető riporter levezető "
    # Estonian, Latvian and Lithuanian ("ESIMEES:", "Priekšsēdētājs:", "PIRMININKĖ")
    "esimees aseesimees peaminister linnapea abilinnapea juhataja saatejuht kohtunik prokurör "
    "tunnistaja süüdistatav kaitsja tõlk priekšsēdētājs priekšsēdētāja ministrs ministre "
    "premjerministrs premjerministre mērs deputāts deputāte tiesnesis tiesnese prokurors "
    "liecinieks apsūdzētais advokāts tulks vadītājs vadītāja pirmininkas pirmininkė "
    "ministras ministrė premjeras premjerė meras merė teisėjas teisėja prokuroras prokurorė "
    "liudytojas liudytoja kaltinamasis advokatas vertėjas vertėja vedėjas vedėja "
    # Turkish and Greek ("BAŞKAN –", "MECLİS BAŞKANI:", "ΠΡΟΕΔΡΟΣ:", "Δημοσιογράφος:")
    "başkan başkanı başkanvekili bakan bakanı milletvekili vali kaymakam hâkim hakim savcı "
    "tanık sanık müdafi tercüman sunucu muhabir meclis belediye vekili kâtip katip üye "
    "üyeler "
    "πρόεδρος προεδρος υπουργός υπουργος βουλευτής βουλευτης δήμαρχος δημαρχος "
    "περιφερειάρχης περιφερειαρχης αντιπεριφερειάρχης δημοσιογράφος δημοσιογραφος "
    "παρουσιαστής παρουσιάστρια εισαγγελέας μάρτυρας συνήγορος κατηγορούμενος διερμηνέας "
    "σύμβουλος "
    # (no Vietnamese syllables: folded, "thứ", "phán", "báo" are the names Thu, Phan, Bảo)
    # Indonesian and Malay chambers, councils, courts and briefings ("KETUA RAPAT:", "HAKIM
    # KETUA:", "JPU:", "Timbalan Menteri Kesihatan [...]:", "PENGERUSI:")
    "ketua wakil menteri kepala hakim jaksa jpu saksi terdakwa panitera direktur dirjen "
    "gubernur bupati walikota camat lurah sekretaris anggota pimpinan penasihat pengacara "
    "jubir penerjemah wartawan narasumber komisaris timbalan pengerusi setiausaha bendahari "
    "jurucakap ahli "
    # Tagalog and Swahili ("TAGAPANGULO:", "MWENYEKITI:", "NAIBU WAZIRI WA MAJI:")
    "tagapangulo kalihim konsehal mwenyekiti naibu waziri spika katibu mbunge mwandishi "
    "mkalimani di-pertua dipertua".split())
ROLES = frozenset(w.lower() for w in TITLE_HEADS | TITLE_MODIFIERS) | ROLE_NOUNS | GENERIC | \
    frozenset("co-chair chair chairs head ceo cfo coo cto md rector dean officer executive "
              "editor-in-chief director-general secretary-general vice-chairman vice-president "
              "vice-premier representative envoy commissioner ombudsman leader founder "
              "co-founder partner principal superintendent inspector coordinator delegate "
              "counsel plenipotentiary emir sultan convener convenor rapporteur liaison "
              "co-rapporteur draftsman draftswoman draftsperson trustee coroner alderman "
              "alderwoman selectman treasurer arbitrator fiscal examiner pro tem presiding "
              # "BR. JAMAL": a religious community's Brother, before a given name; a union's
              # "COMRADE UPAH" (an honorific too)
              "br comrade cde".split()) | \
    RANKS | CHAIRS_AND_VOICES | FOREIGN_ROLES | frozenset(ABBREVIATED_TITLES)
# A ship's prefix: "HDMS Knud Rasmussen" is a vessel named after a person.
VESSELS = frozenset("HMS HMAS HMCS HMNZS HDMS HNLMS USS USNS USCGC INS MV RV FV".split())
# Words that make a label a role by themselves (not modifiers such as "Grand", "Foreign").
ROLE_HEADS = ROLES - frozenset(w.lower() for w in TITLE_MODIFIERS - TITLE_HEADS)
# "Adv": an advocate (South Africa, India); "Auntie Dede": kin's titles name no one in full
HONORIFICS = frozenset("mr mrs ms mme miss dr sir dame lord lady shri shrimati smt h.e hon adv "
                       # Thai, Malay, Indonesian, Filipino, Vietnamese and Swahili forms of
                       # address ("Khun Arthit", "Tuan Lee", "Puan Sri", "Aling Nena", "Bw.")
                       "khun tuan puan encik cik haji hajah hj datuk dato dato' datin yb pak "
                       "bapak ibu aling mang ông bà bw bi mhe "
                       "auntie aunty uncle ka mos sms ndugu bwana mzee "  # (Swahili)
                       # Filipino and Mexican professional titles: "ATTY. CASTILLO", "ENGR.
                       # REYES", "Lic. Ann Roe" (licenciado), "Mtra." (maestra), "Arq." (arquitecto)
                       "atty engr lic mtra mtro arq "
                       "ratu "  # a Fijian chief's title: "Ratu Peni Roe"
                       # a union's or a party's "COMRADE UPAH", "Cde Ann Roe" (Zimbabwe)
                       "comrade cde "
                       # Spanish and Portuguese forms of address in a record's header: "Ex.mo
                       # Sr." (Excelentíssimo), "Excma. Sra.", "Ilmo. Sr."
                       "ex.mo ex.ma exmo exma excmo excma ilmo ilma d.ª dª dña "
                       # "Concejala Sra. Oyarzo", "Dra. Claudia Serrano", Arabic-world "Eng. Ali"
                       "sr sra srta dra eng "
                       # German and Dutch: "Herr Roe", "Mevrouw De Boer", "De heer Bosman",
                       # Austria's academic "Mag." (Magister) and "Ing." (engineer)
                       "herr frau hr fr mevrouw mevr mw dhr heer meneer mag ing "
                       # Romanian "Domnul Ion Roe", "Doamna Ana Roe", "Dl." / "Dna."
                       "domnul doamna dl dna d-na d-l".split())
# Honorifics a label writes in lower case after its article: Dutch "De heer Bosman".
LOWER_HONORIFICS = frozenset(("heer",))
# Letters after a name are no part of it: "Rishi Sunak MP", "Jane Goodall DBE".
POSTNOMINALS = frozenset("MP MSP MLA MEP TD QC KC DBE CBE OBE MBE KBE GBE AO AC FRS PhD "
                         "Esq PC SC".split())  # (President's and Senior Counsel: "MR. ROE PC")
# Articles that open a label in other languages ("LE DIRECTEUR GÉNÉRAL", "LA MAIRESSE").
LABEL_ARTICLES = frozenset("le la les l' el los las il lo gli der die das het de".split())
# An outlet asking at a briefing ("China Daily:", "Phoenix TV:") is no person.
OUTLETS = frozenset("tv daily today channel online weekly magazine broadcasting media newspaper "
                    "wire newswire".split())
OUTLET_HEADS = frozenset("news times post herald tribune gazette journal radio television press "
                         "agency telegraph chronicle".split())
COLLECTIVE = frozenset("staff desk team editors editorial newsroom bureau wire wires agencies "
                       "correspondents contributors admin administrator webmaster".split())
CONNECTORS = frozenset("of the for and in on at to".split()) | frozenset(
    "za für pour para per und och og et".split())  # "PROREKTORICA ZA NASTAVU", "Bundesminister
# für Wirtschaft und Klimaschutz": "for" and "and" in other languages
INTERVENTION = re.compile(r"(?i:(?:blue-card |supplementary |follow-up )?(?:question|answer)|"
                          r"point of order|in reply|catch-the-eye(?: procedure)?)")
ON_BEHALF = re.compile(r"^on behalf of (?:the )?[A-Z][\w&/’'-]*(?: [\w&/’'-]+){0,6}$"
                       # the Swiss Bulletin's "Ann Berg (S, BE), für die Kommission"
                       r"|^(?i:für|pour|namens|au nom) (?i:die|der|den|la|le|l'|du|de la|des) ?"
                       r"\w[\w-]*(?: [\w-]+){0,3}$")
# Openings of a sentence or a list item: "Second: …", "Here is the thing: …".
OPENERS = frozenset(
    "the a an this that these those it he she they we i you his her its their our my your but "
    "and or if when while as so here there what why how which who then now also however "
    "regarding firstly secondly thirdly finally lastly first second third fourth fifth next "
    "number one two three four five example note at in on for to from with by after before "
    "during of".split())
NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty")
# "Speaker 2", "LINE TWO", "Caller #3": a kind of speaker and a number, in digits or words.
NUMBERED = re.compile(rf"^([A-Za-z]+(?:[ -][A-Za-z]+)?) ?#?(?:\d{{1,3}}|(?i:{NUMBER_WORDS}))$")
# "(translated from Russian)" after a label; Hansard adds two: "Ann Berg (Norvale) (Lab)".
REMARK = re.compile(r"(?:\s*\([^()]*\)|(?<=[^\s\[])\s*\[[^\[\]]*\])+\s*$")  # "[Interpreted]"
# Canada's riding and party inside a holder's brackets: "The Chair (Mr. Ann Berg (Kings, Lib.))".
INNER = re.compile(r"\s*\([^()]*\)(?=\))")
# A party and a state after the holder in Brazil's notes: "O SR. PRESIDENTE (Ann Berg. PP - AL)".
PARTY_AFTER = re.compile(r"\.\s+[A-Z][A-Za-z]{1,14}\s*[-/–,]\s*[A-Z]{2}$")
# An office, then its holder in brackets: "The Prime Minister (Keir Starmer)".
OFFICE_HOLDER = re.compile(r"^([^()]+?)\s*\(([^()]+)\)")
# A peer is known by the title: "Baroness Jones of Whitchurch", "Lord Hunt of Kings Heath".
PEER = re.compile(r"(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess|Marquess|Baron) "
                  r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
# Earnings calls set the role after a dash: "Ann Berg -- Chief Executive Officer".
DASH = re.compile(r"\s+(?:--|-|–|—)\s+")
# A glyph printed before every label, as the Japanese Diet's minutes do ("○Chairperson (…)"),
# set close to it: one with a space after it is a list's bullet.
GLYPH = r"[○◯◎●◆◇■□▲△▼▽☆★](?=[^\W\d_])"
# An oral question's number before its asker, as Hong Kong's Legislative Council prints it
# ("1. MR GARY CHAN (in Cantonese): …"); only before an honorific, or it is a list's item.
ASKED = r"\d{1,3}\. (?=(?:MR|MS|MRS|DR|PROF|IR|Mr|Ms|Mrs|Dr|Prof|Ir)\.? [A-Z])"
LEAD = GLYPH + "|" + ASKED
# A recording's time code around a label: "[00:12:03] Sarah Lee", "00:12 Sarah Lee", and
# after it, alone on its line above the text, "Sarah Lee  0:03" (Otter).
# A select committee numbers its questions before the label: "Q12 Chair", "Q13 Ann Berg";
# closed captions mark a change of voice: ">> MAYOR ANN BERG".
STAMP = re.compile(r"^\[?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? )?\d{1,2}:\d{2}(?::\d{2})?\]?\s+"
                   r"|\s+\d{1,2}:\d{2}(?::\d{2})?$"
                   r"|^Q\d{1,4} (?=[A-Z])|^>> ?|^(?:" + LEAD + ")"
                   # a record's running number of the turn: the Riksdag's "Anf. 12 ANN BERG (S)",
                   # the Belgian Chamber's "01.03 Ann Berg (N-VA)"
                   r"|^(?:Anf\. \d{1,3}|\d{1,2}\.\d{2}) (?=[A-ZÀ-ÖØ-Þ])")
GAELIC = frozenset("mac mc ó ní ni nic ua".split())  # they open an Irish or Scottish family name
PARTICLE_PREFIX = re.compile(r"^(\w+)[-'’][A-Z]")  # "al-Ketbi", "d’Estaing"
PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|inichna)$")
INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
SURNAME_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")  # the two initials after a surname
# A transliterated Cyrillic letter as an initial: "Y. Zh. Koshanov", "Ts. Oyunbileg".
DIGRAPH_INITIAL = re.compile(r"^(?:Zh|Kh|Ch|Sh|Ts|Yu|Ya|Yo|Ye)\.$")
LETTERS = re.compile(r"[^\W\d_]")
GLUED = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")  # "VladimirPutin", a missing space
# Surname prefixes that glue to a capital by design: "MacDonald", "FitzGerald", "DeLuca".
GLUED_PREFIXES = frozenset("mac fitz van von del della des den der dos das san ter ten".split())


def _read(name: str) -> frozenset[str]:
    return frozenset((DATA / name).read_text(encoding="utf-8").split("\n")) - {""}


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """Common lower-case English words and given names (packaged lists)."""
    return _read("common_words.txt"), _read("given_names.txt")


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return _read("surnames.txt")


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names, lower-cased: "Germany:" opening a line is a list label, not a speaker."""
    import pycountry

    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    return frozenset(names | {"britain", "great britain", "the united kingdom", "the netherlands",
                              "the united states", "america", "russia", "iran", "syria",
                              "england", "scotland", "wales", "northern ireland"})


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Countries and their first-level divisions, lower-cased ("california", "bavaria")."""
    import pycountry

    return _countries() | frozenset(s.name.lower() for s in pycountry.subdivisions)


# A minister's office written as one word in Germanic languages ("Finanzminister",
# "statsminister", Icelandic "fjármálaráðherra").
MINISTER_COMPOUND = re.compile(r"\w{3,}(?:minister|ministerin|ráðherra)")


# Words a hyphen joins to a role in Portuguese, Spanish and Italian: "Primeiro-Ministro".
ROLE_PREFIXES = frozenset("primeiro primeira primer primera primo prima sub vice".split())


def _is_role(token: str) -> bool:
    word = token.lower().strip(".,'’")  # "Dato'": the Malay title written with its apostrophe
    # "Vice-Chair", "Deputy-Mayor": role words joined by a hyphen
    parts = word.split("-")
    return word in ROLES or ("-" in word and all(p in ROLES | ROLE_PREFIXES for p in parts)
                             and parts[-1] in ROLES) or \
        MINISTER_COMPOUND.fullmatch(word) is not None or \
        not word.isascii() and _unmarked(word) in _unmarked_roles()


def _unmarked(word: str) -> str:
    """A word without its accents, as capitals drop them ("ΠΡΟΕΔΡΟΣ", Turkish "BAŞKANI")."""
    bare = unicodedata.normalize("NFD", word.replace("i\u0307", "i").replace("ı", "i"))
    return "".join(c for c in bare if not unicodedata.combining(c))


@functools.cache
def _unmarked_roles() -> frozenset[str]:
    return frozenset(_unmarked(w) for w in FOREIGN_ROLES)


# A title cut short with a stop, opening a label ("Cyng.", "Insp."): no name word; not "Jr.".
ABBREVIATED_TITLE = re.compile(r"(?!(?:Jr|Sr|St|Ste|Wm|Chas|Geo|Th)\.)[A-Z][a-z]{1,4}\.")


def _is_name_token(token: str) -> bool:
    """A capitalised word that can be part of a person's name (not a role word): "al-Ketbi"."""
    if (m := PARTICLE_PREFIX.match(token)) and m[1].lower() in PARTICLES | {"d", "o"}:
        return not _is_role(token)  # "al-Ketbi"; not the Malay Speaker's "di-Pertua"
    return (bool(LETTERS.match(token)) and token[0].isupper() and not _is_role(token)
            and (token.lower() not in CONNECTORS or is_given_name(token))  # "PER HOLMGREN"
            and token.lower().strip(".") not in HONORIFICS)  # "SHRI", "Mme": no name word


def _name_start(tokens: list[str]) -> tuple[int, bool]:
    """Where the trailing run of name words starts, and whether an organisation precedes it."""
    i = len(tokens)
    if _role_surname(tokens):
        i -= 1
    elif len(tokens) > 1 and tokens[-1].lower().strip(".") == "sr":
        i -= 1  # "JOHN SMITH SR.": the elder, no Spanish "Sr." before a name
    while i > 0 and (_is_name_token(tokens[i - 1]) or (i < len(tokens) and (
            tokens[i - 1].lower() in PARTICLES or INITIAL.match(tokens[i - 1])
            or _joined(tokens, i - 1)))):
        if i == 1 and len(tokens) > 1 and ABBREVIATED_TITLE.fullmatch(tokens[0]):
            break  # "Cyng. Tegid-Owen": a title cut short opens the label; not "Andi Moh. Ali"
        i -= 1
    if len(tokens) - i >= 3 and display_word(tokens[i]) in LEGISLATURES:
        i += 1  # "Chairman of the Mazhilis Yerlan Koshanov": the chamber, then its chair
    if 0 < i < len(tokens) - 1 and honorific_pair(tokens[i - 1], tokens[i]):
        i += 1  # "DATUK SERI KAMARUL": "Seri" ends the title, the name follows
    elif i + 2 < len(tokens) and honorific_pair(tokens[i], tokens[i + 1]):
        i += 2  # "Tan Sri Rahim Noor"
    # a surname's particles stay after an honorific or a title: "MR VAN DER WALT", "Ms de Jong",
    # "COUNCILLOR DE LA LANZA"
    kept = 0 < i < len(tokens) - 1 and (tokens[i - 1].lower().strip(".") in HONORIFICS
                                        or tokens[i - 1].lower().strip(".") in RANKS
                                        or tokens[i - 1].title() in TITLE_HEADS) \
        and not (tokens[i - 1].islower() and tokens[i].islower())  # "president de la X": of
    while i < len(tokens) and tokens[i].lower() in PARTICLES and not kept:
        i += 1
    org = i > 0 and tokens[i - 1].lower() in CONNECTORS
    return i, org


def honorific_pair(first: str, second: str) -> bool:
    """A two-word Malay title ("Datuk Seri", "Tan Sri", "Dato' Sri"): neither word alone is one
    ("Tan" is a surname, "Sri" a given name)."""
    return (first.strip("'’.").title(), second.strip(".").title()) in HONORIFIC_PAIRS


def _role_surname(tokens: list[str]) -> bool:
    """A surname that is also a role word, after a given name: "John Major", "Larry King"."""
    last = tokens[-1].lower() if tokens else ""
    if last in GENERIC and last.endswith("s"):
        return False  # "Noble Lords", "Honourable Members": a group
    return len(tokens) >= 2 and _is_role(tokens[-1]) and tokens[-1][:1].isupper() \
        and is_given_name(tokens[-2]) and not _is_role(tokens[-2]) \
        and tokens[-2].lower() not in LABEL_ARTICLES  # "M. le Président", "LE PRÉSIDENT"


def _tail_name(run: list[str]) -> list[str]:
    """A person's name at the end of "<organisation> <given> [<initial>|<particle>] <family>"."""
    common, given = _words()
    i = len(run) - 1
    while i > 0 and (run[i - 1].lower() in PARTICLES or INITIAL.match(run[i - 1])
                     or PATRONYMIC.search(run[i - 1]) or DIGRAPH_INITIAL.match(run[i - 1])):
        i -= 1
    first = run[i - 1] if i > 0 else ""
    if first and (is_given_name(first) or first.lower() not in common) \
            and first.title() not in ORG_HEADS:
        i -= 1
        second = run[i - 1] if i > 0 else ""
        if (is_given_name(second) or i == 1 and _world_given(second)) \
                and second.title() not in ORG_HEADS \
                and second.lower() not in common:  # a second given name: "Mary Ann Smith",
            # or a given name of another country before two family names ("Ingvild Wetrhus
            # Thorsvik")
            i -= 1
            if i == 1 and len(run) == 4 and is_given_name(run[0]) and \
                    run[0].lower() not in common and run[0].title() not in ORG_HEADS:
                i = 0  # two given names, two family names: "Ana Paula Ferraz Quintela"
        elif (not is_given_name(first) and is_surname(second) or
              i == 1 and len(run) == 3 and _syllables(run) and _given_last(run[-1])) and \
                second.lower() not in common \
                and second.title() not in ORG_HEADS:  # family name first: "Nguyen Thi Lan",
            i -= 1  # "Hoang Thi Mai", "Đặng Quốc Bảo" (three short words and nothing else)
    if 0 < i < len(run) - 1 and run[i].lower() in GAELIC and _is_name_token(run[i - 1]):
        i -= 1  # "Ruairí Mac Giolla Bhríde": "Mac" opens the family name, no given name
    return run[i:]


@functools.lru_cache(maxsize=1)
def _world_given_names() -> frozenset[str]:
    common = _words()[0]
    return frozenset(n for n in _world_given_raw()
                     if n.lower() not in common and n.lower() not in _places())


def _world_given(word: str) -> bool:
    """A given name of another country, no English word or place ("Ingvild", "Trygve")."""
    return word in _world_given_names() or word.title() in _world_given_names()


def _given_last(word: str) -> bool:
    """A given name written last, as family-first names end ("Mai", "Bảo"; not "Varga")."""
    return is_given_name(word) or not word.isascii() and is_given_name(anyascii(word)) or \
        VIETNAMESE_LETTER.search(word) is not None


def _syllables(run: list[str]) -> bool:
    """Short capitalised words: a Vietnamese, Chinese or Korean name ("Hoang Thi Mai")."""
    return all(2 <= len(w) <= 6 and w[:1].isupper() and w[1:].islower() for w in run)


# A party's letters after a member's name, as Finland's Eduskunta prints them: "Aino Berg kesk".
# A Romanian record's chair "of the sitting": "Doamna președinte de ședință" is its chair.
SITTING = re.compile(r" de [șş]edin[țţ][ăa]$")
PARTY_SUFFIX = re.compile(r"(?<=[a-zà-öø-ÿ]) (?:kesk|kok|sd|ps|vihr|vas|r|kd|liik|rkp)$")
# A party and a canton in brackets before a comma and the turn's kind: "Ann Berg (S, BE), für die
# Kommission".
MID_REMARK = re.compile(r"(?<=\w)\s*\([^()]{1,20}\)(?=, \w)")
# An honorific in brackets inside a label ("Hon. (Ms.) Ann Berg"), read as written plainly.
NESTED = re.compile(r"\((Ms|Mrs|Mr|Dr|Prof|Eng|Rtd|Capt|Amb|Sen)\.?\)\s*")
QA_PREFIX = re.compile(r"^[QA] ?(?:--|-|–|—) ?(?=[A-ZÀ-ÖØ-Þ])")  # a call's "Q - Ann Berg"
# A Portuguese, Spanish or Italian record's courtesy title, its article before it ("O Sr.", "A
# Sr.ª", "La señora", "Sra."): read as the English honorific, so the words after it are the
# label's (a name, a role) as they are after "Mr".
ROMANCE_ADDRESS = re.compile(r"^(?:(?:O|A|El|La|Il|Lo|Ex\.m[oa]|Exc?m[oa]\.?|Ilm[oa]\.?)\s+)?"
                             r"(Sr\.?ª?|Sra\.?|Sr\.a|Srta\.?|Señor|"
                             r"Señora|Senhor|Senhora|Signor|Signora|Sig\.(?:ra)?)\s+"
                             r"(?=[^\W\d_])", re.I)


@functools.lru_cache(maxsize=8192)  # asked several times for each turn's label
def bare_label(label: str) -> str:
    """A label without its time code and closing remarks, a dash read as a comma:
    "[00:01:02] Ann Berg (Lab)" → "Ann Berg", "Ann Berg -- Analyst" → "Ann Berg, Analyst",
    "Q - Ann Berg" → "Ann Berg"."""
    label = NESTED.sub(r"\1. ", INNER.sub("", MID_REMARK.sub("", label.removeprefix("**"))))
    label = SITTING.sub("", PARTY_SUFFIX.sub("", label))
    return _undashed(_addressed(QA_PREFIX.sub("", REMARK.sub("", STAMP.sub("", label)).strip()
                                              .removeprefix("[").removesuffix("]"))))


def _addressed(label: str) -> str:
    """A Romance courtesy title read as "Mr" or "Ms": "A Sr.ª Ann Berg" → "Ms Ann Berg"."""
    match = ROMANCE_ADDRESS.match(label)
    if not match:
        return label
    title = match[1].lower().rstrip(".")
    male = title in ("sr", "señor", "senhor", "signor", "sig")
    return ("Mr " if male else "Ms ") + label[match.end():]


def _undashed(label: str) -> str:
    return DASH.sub(", ", label)


def label_words(label: str) -> list[str]:
    """A label's words without a closing remark, a glued given name and surname split in two."""
    out = []
    for word in bare_label(label).replace("\u00a0", " ").split():
        glued = GLUED.fullmatch(word)
        split = glued and is_given_name(glued[1]) and glued[1].lower() not in GLUED_PREFIXES
        out.extend(glued.groups() if split else [word])
    while len(out) > 2 and out[-1].strip(".,") in POSTNOMINALS:
        out.pop()
    if len(out) == 2 and SURNAME_INITIALS.fullmatch(out[1]) and not _is_role(out[0]):
        out.reverse()  # a stenogram's "NURZHIGITOV N.M.": the surname, then name and patronymic
    return out


@functools.lru_cache(maxsize=8192)
def speaker_name(label: str) -> str | None:
    """The person-name part of a speaker label, or None when it names nobody.

    Roles, titles and organisations in front are dropped: "President of Russia Vladimir Putin"
    → "Vladimir Putin", "Rostec CEO Sergei Chemezov" → "Sergei Chemezov", "Mr Smith" → "Smith";
    "Question", "MODERATOR", "The President" → None. The name is returned as written.
    """
    held = office_holder(label)
    if held:
        return held[1]
    if inner := bracket_person(label):
        return speaker_name(inner)
    if PEER.fullmatch(bare_label(label)):
        return bare_label(label)
    return " ".join(_person(label)[2]) or None


def is_peer(name: str) -> bool:
    """A peer's title, the name a peer is known by ("Baroness Jones of Whitchurch")."""
    return bool(PEER.fullmatch(name))


HONOURED_BRACKET = re.compile(r"^[^()]+?\s*\(((?i:mr|mrs|ms|miss|mme|dr|sir|dame|sen|rep|hon|cllr|"
                              r"judge|justice|lady justice|lord justice|ir|drs|dra)\.? [^()]+)\)$")
# A Malaysian record's office over the member's name in square brackets, an honorific or "bin"
# in it ("Menteri Kerja Raya [Dato' Sri Haji Fadzli bin Mohd Zain]"; "[Bakri]": a seat).
HONOURED_SQUARE = re.compile(r"^[^\[\]]+?\s*\[((?:(?i:dato'?|datuk|datin|tan sri|puan sri|tuan|"
                             r"puan|dr|haji|hajah|encik|cik|yb)\.? [^\[\]]+|[^\[\]]+ (?:bin|binti|"
                             r"a/l|a/p) [^\[\]]+))\]$")


def bracket_person(label: str) -> str | None:
    """The person a role's brackets name after an honorific: "PROSECUTION (MR AHMED-SHAH)",
    "Shareholder (Mr Peter Evans)" → the bracketed words."""
    match = HONOURED_BRACKET.match(STAMP.sub("", label).strip())
    if match and _bracketed_kind(match[1]) == "name":
        return match[1]
    square = HONOURED_SQUARE.match(STAMP.sub("", label).strip())
    return square[1] if square else None


def _bracketed_kind(inner: str) -> str | None:
    """The kind of an honorific and a name: "name" when the words after it read as a name."""
    words = inner.split()
    if inner.lower().startswith(("lady justice ", "lord justice ")):
        words = words[1:]  # "Lady Justice Ntsebeza": a judge's two-word title
    return "name" if all(_is_name_token(w) or w.lower() in PARTICLES for w in words[1:]) \
        else None


@functools.lru_cache(maxsize=8192)
def office_holder(label: str) -> tuple[str, str] | None:
    """An office and its holder, named in brackets after it: "The Prime Minister (Keir Starmer)"
    → ("The Prime Minister", "Keir Starmer"); "Mr Berg (Norvale East)" names no office."""
    match = OFFICE_HOLDER.match(_undashed(STAMP.sub("", NESTED.sub(r"\1. ", INNER.sub("", label)))))
    if not match:
        return None
    office, inner = match[1].strip(), PARTY_AFTER.sub("", match[2].strip())
    tokens = _addressed(office).split()
    roles = [t for t in tokens if t.lower().strip(".") not in HONORIFICS
             and any(_is_role(part) for part in t.split("-"))]  # "Under-Secretary"
    if not roles and _unlisted_office(tokens, inner):
        return office, inner  # "Forseti (Þórunn Sveinbjarnardóttir)", "PRIMARUL (Ion Pop)"
    if not roles or not (label_words_ok(tokens) or NUMBERED.match(office)) \
            or label_kind(office) == "name" and not _name_start(tokens)[1] \
            and not _role_domain(tokens, _name_start(tokens)[0], caps=True):  # "… for Housing"
        return None  # "Speaker 2 (Ann Berg)" numbers its office
    if PEER.fullmatch(inner):
        return office, inner
    if _bracketed_surname(inner) and tokens[0].lower().strip(".") in HONORIFICS:
        return office, inner  # "Sr. Presidente (Abad)": the chair's surname
    if ", " in inner and len(tail := inner.rsplit(", ", 1)[1].split()) >= 2 and \
            is_given_name(tail[0]):
        inner = " ".join(tail)  # "Q (Hetq, Anna Sargsyan)": the outlet, then its reporter
    if label_kind(inner) != "name" or office_holder(inner):
        return None
    name = speaker_name(inner) or ""
    shown = " ".join(display_word(w) for w in name.split())
    common = _words()[0]
    if len(name.split()) < 2 or not inner.endswith(name) or not person_name_shape(shown) \
            or not family_caps(name) and not is_given_name(name.split()[0]) and \
            any(w.lower() in common and not is_given_name(w) for w in name.split()):
        return None  # "Minister (Norvale Region)": a place in brackets; not "(Arthur Lira)"
    if display_word(name.split()[-1]) in LAND_WORDS | SEAT_WORDS:
        return None  # "The Minister (Grace Bay)": a seat
    return office, name


# Words a Romance record brackets after an office that say how it is held, no surname:
# "Sra. Presidenta (Interina)", "Sr. Secretario (Suplente)".
ROMANCE_ROLE_MODIFIERS = frozenset(
    "interina interino suplente accidental saliente entrante honorario honoraria adjunta adjunto "
    "primera primero segunda segundo tercera tercero substituta substituto substituta".split())


def _bracketed_surname(inner: str) -> bool:
    """One name word after an office, as a Spanish-speaking chamber's record brackets its
    holder ("Sra. Presidenta (Berg)"): no party's letters, no dictionary word, no place."""
    return re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{3,}", inner) is not None \
        and _is_name_token(inner) and inner.lower() not in _words()[0] \
        and inner.lower() not in _places() | ROMANCE_ROLE_MODIFIERS


def _unlisted_office(tokens: list[str], inner: str) -> bool:
    """One word no list knows, no name's and no plain one, before a whole name in brackets that
    opens with a known given name: an office in a language no list knows ("Forseti (Þórunn
    Sveinbjarnardóttir)", Romanian "PRIMARUL (Ion Pop)")."""
    if len(tokens) != 1 or not re.fullmatch(r"[^\W\d_]{4,}", tokens[0]):
        return False
    word, words = tokens[0], inner.split()
    return not (is_given_name(word) or is_surname(word) or word.lower() in _words()[0]
                or word.lower() in _places()) and 2 <= len(words) <= 4 \
        and is_given_name(words[0]) and person_name_shape(inner)


def _person(label: str) -> tuple[list[str], int, list[str]]:
    """The words of a label's named part, where its run of name words starts, and the person's
    name at the end of that run (none: [])."""
    tokens = label_words(_named_part(label))
    while len(tokens) > 2 and tokens[-1].islower() and tokens[-1] in FOREIGN_ROLES and \
            tokens[-2][:1].isupper():  # Hungarian "Kelemen Gábor alpolgármester": the office
        tokens = tokens[:-1]  # after the name
    start, org = _name_start(tokens)
    if _role_domain(tokens, start) or _domain_pair(tokens, start, org) or \
            _portfolio(tokens, start):
        return tokens, len(tokens), []
    run = tokens[start:]
    if not run or not any(LETTERS.search(t) for t in run):
        return tokens, start, []
    honoured = _honoured(tokens, start) or start > 0 and \
        tokens[start - 1].lower().strip(".") in HONORIFICS  # "Up-Sarpanch Shri Bhanwar Lal X"
    whole = not org and (start == 0 or honoured) and _long_romance(run) or \
        len(run) >= 2 and vietnamese_name(run[0], run[1:])  # "Chairwoman Pham Thi Ngoc Lan"
    if (org or len(run) > 2) and not (honoured and not org and len(run) <= 4) and not whole:
        # After "Mr." alone the whole run is the name: "Ms. Le Thi Thu Hang", "Mr. Ri Song Chol".
        tail = _tail_name(run)
        # Words in front of a bare given name and surname are an organisation or a role in
        # another language ("Норвале Лидия Марчетти"); a lone last word is no name to trim to.
        if org or start > 0 or len(run) > 4 or len(tail) > 1:
            run = tail
    return tokens, start, run


# Offices whose portfolio follows with no "of", in Indonesian, Malay, Swahili and Vietnamese
# ("MENTERI PEKERJAAN UMUM", "KEPALA DINAS PU", "NAIBU WAZIRI WA MAJI", "Bộ trưởng Bộ Y tế").
PORTFOLIO_ROLES = frozenset("menteri kepala ketua direktur dirjen gubernur bupati walikota "
                            "timbalan setiausaha pengerusi naibu waziri katibu mkuu".split())


def _portfolio(tokens: list[str], start: int) -> bool:
    """Whether a label is such an office and its portfolio, no given name among the words
    after it (the holder's name would have one: "MENTERI Hendra Siregar")."""
    return 0 < start < len(tokens) and tokens[0].lower() in PORTFOLIO_ROLES and \
        not any(w.title() in _world_given_raw() or is_given_name(w) for w in tokens[start:])


def _role_domain(tokens: list[str], start: int, caps: bool = False) -> bool:
    """Whether the words a label ends with are its office's domain, after a Romance role word
    and its lower-case "de" ("El president de la Generalitat", "O Sr. Ministro da Saúde", "La
    consellera d'Acció Climàtica"): no one's name. `caps`: its "DE" in capitals too, where the
    holder is bracketed after it ("El señor MINISTRO DEL INTERIOR (Ann Berg Lund)"; alone,
    "ASSESSORE DE BERTI" is a surname)."""
    if caps and _caps_portfolio(tokens):
        return True
    k = start
    while k > 0 and (tokens[k - 1].lower() if caps else tokens[k - 1]) in ROMANCE_OF | \
            LABEL_ARTICLES:
        k -= 1
    if k < start and k > 0:
        role = tokens[k - 1]
    elif 0 < start < len(tokens) and re.match(r"d['’]", tokens[start]):
        role, k = tokens[start - 1], start  # "consellera d'Acció": the elided "de"
    else:
        return False
    if any(t.isupper() for t in tokens[k:start]) and not role.isupper():
        return False  # "El señor diputado DE LA FUENTE": a surname in capitals, its particles
    return _is_role(role) and (role.islower() or role.lower() in FOREIGN_ROLES) \
        and len(tokens) - start <= 4 and not any(is_given_name(w) for w in tokens[start:])


def _domain_pair(tokens: list[str], start: int, org: bool) -> bool:
    """Whether a label ends with the second of an office's two domains joined by "and", one
    word ("Secretary for Transport and Logistics", "Minister for Lands and Mines"): no name."""
    return org and start == len(tokens) - 1 and tokens[start - 1].lower() in ("and", "&") \
        and any(t.lower() in ("for", "of") for t in tokens[:start - 1]) \
        and any(_is_role(t) for t in tokens[:start - 1])


def _caps_portfolio(tokens: list[str]) -> bool:
    """An office in capitals, "DE" and a portfolio of capitalised words joined by "Y", "E" or
    "DE" ("SECRETARIO DE ESTADO DE VIVIENDA Y AGENDA URBANA"), as a Spanish record writes the
    office whose holder it brackets: no word of it a name."""
    at = next((i for i, t in enumerate(tokens[:-1]) if t.isupper() and _is_role(t)
               and tokens[i + 1].lower() in ROMANCE_OF), None)
    if at is None:
        return False
    rest = tokens[at + 2:]
    return bool(rest) and any(t.lower() in ("y", "e", "i") for t in rest) and all(
        t.isupper() and (t.lower() in ROMANCE_OF | LABEL_ARTICLES | {"y", "e", "i"}
                         or not is_given_name(t)) for t in rest)


def _long_romance(run: list[str]) -> bool:
    """Five words of a Portuguese or Spanish full name, a known given name first and a particle
    inside ("José Ana Correia de Aguiar-Branco"): no organisation in front to trim."""
    return len(run) == 5 and is_given_name(run[0]) and any(t in ROMANCE_OF for t in run[1:-1])


def _honoured(tokens: list[str], start: int) -> bool:
    """Whether the words before a label's name are honorifics only ("Mr.", "THE HON.", "Dato'
    Sri")."""
    j = 0
    while j < start:
        if j + 1 < start and honorific_pair(tokens[j], tokens[j + 1]):
            j += 2
        elif tokens[j].lower().strip(".") in HONORIFICS or _the_honoured(tokens, j):
            j += 1
        else:
            return False
    return start > 0


def _the_honoured(tokens: list[str], j: int) -> bool:
    """Whether a label's word is the "The" of "THE HON. ANN BERG" (Sri Lanka's Hansard), "The
    Rt Hon Lady Ann Berg"."""
    if j or len(tokens) < 3 or tokens[0].lower() != "the":
        return False
    if tokens[1].lower().strip(".") in ("rt", "right"):  # not "The Right Honourable Gentleman"
        return len(tokens) > 4 and tokens[2].lower().strip(".") in ("hon", "honourable") and (
            tokens[3].lower().strip(".") in HONORIFICS or is_given_name(tokens[3]))
    return tokens[1].lower().strip(".") in HONORIFICS


def _named_part(label: str) -> str:
    """The part of a comma label that names the person: "JOHN SMITH, CNN CORRESPONDENT" → the
    first; "Civil Defence, Emergencies and Disaster Relief Minister Vladimir Puchkov" → the last,
    where a name follows a role word."""
    parts = bare_label(label).split(", ")
    if len(parts) == 2 and (_outlet(parts[0]) or _role_then_titled(parts[0], parts[1])
                            or _role_then_name(parts[0], parts[1])):
        return parts[1]  # "Phoenix TV, Ann Berg", "Panelist, Sr Ann Berg"
    tokens = label_words(parts[-1])
    start, _ = _name_start(tokens)
    if len(parts) > 1 and start < len(tokens) and not is_given_name(_tail_name(tokens[start:])[0]) \
            and len(_person(parts[0])[2]) > 1:
        return parts[0]  # "SENATOR ANN BERG, MINISTER FOR FOREIGN AFFAIRS"
    if len(parts) > 1 and 0 < start < len(tokens) and _is_role(tokens[start - 1]):
        return parts[-1]
    if len(parts) > 1 and any(_is_role(t) for t in label_words(parts[0])) and start > 0 \
            and tokens[start - 1].lower() in CONNECTORS:  # "Minister for X, Y and Z Ann Berg"
        return parts[-1]
    return parts[0]


ELIDED = re.compile(r"[lL]['’][A-ZÀ-ÖØ-Þ]")  # an elided article: "Ministre de l'Environnement"


def label_words_ok(tokens: list[str]) -> bool:
    """Lower-case words in a label are connectors or role words, or come before a role word."""
    for i, token in enumerate(tokens):
        if token[:1].isupper() or token.lower() in CONNECTORS or token.lower() in PARTICLES \
                or ELIDED.match(token):
            continue
        if _is_name_token(token) or _joined(tokens, i):
            continue
        if _is_role(token) or i == 1 and token in LOWER_HONORIFICS:
            continue  # (Dutch "De heer Bosman", "De voorzitter")
        if _role_of(tokens[:i]):
            continue  # "Cheffe de projet", "Jefe de prensa": a role's own lower-case words
        if not any(_is_role(t) for t in tokens[i + 1:]) or i == 0:
            return False
    return True


def _joined(tokens: list[str], i: int) -> bool:
    """Whether a label's word joins two family names ("Ann Berg i Lund", "Ortega y Gasset")."""
    return tokens[i] in FAMILY_JOINERS and 1 < i < len(tokens) - 1 \
        and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper() \
        and not is_given_name(tokens[i + 1])  # not "Ann Berg y Tom"


ROMANCE_OF = frozenset("de du des del da do di della".split())
FAMILY_JOINERS = frozenset(("i", "y"))  # two family names joined: "Ann Berg i Lund" (Catalan)


def _role_of(before: list[str]) -> bool:
    """Whether words end in a role word in capitals and its "de" ("Cheffe de", "Jefe de la"),
    after which a French, Spanish, Portuguese or Italian role goes on in lower case."""
    j = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower() in ROMANCE_OF), -1)
    return j > 0 and _is_role(before[j - 1]) and (before[j - 1][:1].isupper() or j == 1) \
        and all(t.islower() for t in before[j + 1:])  # (after a comma: "rapporteur de …")


def _role_abroad(label: str, tokens: list[str]) -> bool:
    """A role in a language no list knows, its lower-case words no English ones, before the full
    name the label ends with, a known given name first ("Przewodniczący poseł Zbigniew
    Kępa-Orłowski", "Náměstek ministra zemědělství Petr Kalivoda")."""
    name = speaker_name(label)
    words = name.split() if name else []
    if len(words) < 2 or not is_given_name(words[0]) or tokens[-len(words):] != words:
        return False
    before = tokens[:-len(words)]
    common = _words()[0]
    return 1 <= len(before) <= 8 and before[0][:1].isupper() and all(
        t[:1].isupper() or len(t) > 2 and t.lower() not in common or t in SLAVIC_LINKS
        for t in before)


SLAVIC_LINKS = frozenset("w z i a o u v k s we ze ve na do".split())  # "stanu w Ministerstwie"


# A judge as transcripts of Commonwealth courts label the bench.
BENCH_LABELS = frozenset(("his honour", "her honour", "his honor", "her honor", "his lordship",
                          "her ladyship"))


def _two_word_role(tokens: list[str]) -> bool:
    """A word and a role, neither a name: "MEDIA MANAGER", "Team Doctor", "COUNSEL ASSISTING"."""
    if len(tokens) != 2:
        return False
    common = _words()[0]
    first, last = (t.lower().strip(".") for t in tokens)
    if is_given_name(tokens[1]) or is_given_name(tokens[0]) and not (first in common or
                                                                    first in OUTLETS):
        return False  # "John Coach"; not "MEDIA MANAGER" ("Media" is a given name too)
    return last in ROLE_HEADS and (first in common or first in OUTLETS) or first in ROLE_HEADS and \
        last.endswith("ing") and last in common


# Words that open a park's, a lake's or a street's name in Spanish and Portuguese: no label that
# holds one is a person's ("Reserva Nacional Lago Peñuelas:", "Parque Nacional La Campana:").
PLACE_HEADS_FIRST = frozenset("Reserva Parque Santuario Lago Laguna Lagoa Cerro Morro Volcán Isla "
                              "Ilha Playa Praia Bahía Baía Calle Avenida Rua Plaza Praça Estadio "
                              "Estádio".split())
# The last words of a land's name, no person's: "… IN THE LOWER BENUE VALLEY" is a heading.
LAND_WORDS = frozenset("Valley Basin River Delta Plain Plains Plateau Coast Region Province "
                       "District Districts Mountains Highlands Lowlands Islands Peninsula".split())


# The last words of a seat's name: "(Grace Bay)", "(St Andrew East Rural)".
SEAT_WORDS = frozenset("Bay Park Hill Hills Beach Point Harbour Island North South East West "
                       "Central Rural Urban Town City".split())


@functools.lru_cache(maxsize=8192)
def label_kind(label: str) -> str | None:
    """'role' (names no one: "Question"), 'name' (ends in a person's name), 'short' (one word
    that is a name only if a fuller label in the same text ends with it, or, in capitals, if it
    labels two lines or more), or None (not a speaker).
    """
    if office_holder(label) or PEER.fullmatch(bare_label(label)) or bracket_person(label):
        return "name"
    label = bare_label(label)
    if label.split()[:1] and label.split()[0].upper() in VESSELS:
        return "role"  # "HDMS KNUD RASMUSSEN", "MV Ocean Star": a ship calling, no person
    if ", " in label:
        return _comma_label_kind(label)
    if (m := NUMBERED.match(label)) and all(w in GENERIC | {"line", "public"}
                                            for w in re.split(r"[ -]", m[1].lower())):
        return "role"  # "Speaker 2", "Participant 10", "Q1", a phone-in's "LINE 1"
    tokens = label.split()
    if not tokens or len(tokens) > 18 or len(label) > 140 or not label[0].isupper():
        return None
    if label.lower() in BENCH_LABELS or _two_word_role(tokens) or GROUP_HECKLE.match(label):
        return "role"  # "HIS HONOUR", "MEDIA MANAGER", "COUNSEL ASSISTING"
    if tokens[0].lower().strip(".") in OPENERS and not all(_is_role(t) for t in tokens[1:]) \
            and not (tokens[0].lower() == "the" and len(tokens) > 2 and _is_role(tokens[1]) and
                     tokens[2].lower() in ("of", "for")) \
            and not _the_honoured(tokens, 0):  # "The Minister of Transport", "THE HON. ANN BERG"
        return None
    if not (label_words_ok(tokens) or _role_abroad(label, tokens)) or label.lower() in _countries():
        return None
    if len(tokens) == 1 and label.lower() in _places() and not _known_name(label.upper()):
        return None  # a team sheet's or a table's "SCOTLAND:", "Bavaria:"; not "JORDAN:"
    if re.search(r"['’][sS]$", label):  # a possessive ("MOODY'S: A1"), not a name
        return None
    name = speaker_name(label)
    if name is None:
        return "role" if any(_is_role(t) for t in tokens) else None
    words = name.split()
    if any(w.title() in ORG_HEADS or w.lower() in WEEKDAYS | OUTLETS for w in words):
        return None  # "Washington Post:", "Interfax News Agency:" quote an organisation
    if tokens[0] in PLACE_HEADS_FIRST and len(tokens) > 1:
        return None  # a report's list: "Reserva Nacional Lago Peñuelas: 6 incendios, 118,7 ha"
    has_role = any(t.lower().strip(".") in ROLE_HEADS for t in tokens) or \
        len(tokens) > 1 and ABBREVIATED_TITLE.fullmatch(tokens[0]) is not None
    common, given = _words()
    lead = tokens[:len(tokens) - len(words)]
    if len(lead) >= 3 and words[-1].title() in LAND_WORDS and not has_role and \
            not any(_is_role(t) for t in lead):
        return None  # "FLOOD LOSSES AMONG FARMERS IN THE BENUE VALLEY": a heading, no title
    if len(words) == 1 and not has_role:
        return "name" if _known_name(name) else "short"
    if not has_role and all(w.lower() in common and not is_given_name(w) for w in words):
        return None  # "Breaking News", "Key Points": capitalised words, not a name
    return "name"


# A surname in capitals, maybe after a short particle: "BERG", "DI STEFANO".
_CAPS_SURNAME = r"(?:[A-ZÀ-ÖØ-Þ]{2,3} )?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+"


def _comma_label_kind(label: str) -> str | None:
    """"NAME, ROLE": a full name, then words that hold a role ("ANNA BERG, PRESIDENT OF X");
    or a role with commas inside, then a full name ("Trade, Farming and Fisheries Minister Ann
    Berg")."""
    name, _, role = label.partition(", ")
    if _outlet(name) and ", " not in role and \
            re.fullmatch(r"[A-Z][\w'’-]+(?: [\w'’.-]+){0,3}", role):
        person = role.split()  # "NHK, Suzuki", "Phoenix TV, Ann Berg": a reporter and their outlet
        return "name" if len(person) > 1 and is_given_name(person[0]) and \
            person_name_shape(role) else "role"
    if _role_then_titled(name, role) or _role_then_name(name, role):
        return "name"  # "Panelist - Dr J.-P. Mulamba": a role, a dash, an honorific and a name
    if re.fullmatch(_CAPS_SURNAME, name) and role[:1].islower() and _is_role(role.split()[0]):
        return "short"  # the Italian record's "BERG, relatore": a surname, then the office
    if label_kind(name) != "name" or len((speaker_name(name) or "").split()) < 2:
        return _role_list_kind(label)
    if any(_is_role(t) for t in role.split()) and label_words_ok(role.split()):
        return "name"
    if ON_BEHALF.match(role) or INTERVENTION.fullmatch(role):  # "Ann Berg, on behalf of the PPE
        return "name"  # Group", "Ann Berg (ECR), blue-card question": what kind of turn it is
    if re.fullmatch(r"[a-z]+(?: [a-z]+){0,2}", role) and is_given_name(name.split()[0]) and \
            all(w in _words()[0] for w in role.split()):
        return "name"  # "Zurab Kvaratskhelia, fisherman": a vox pop's occupation
    return "name" if _affiliation(name, role) else None


def _role_then_name(role: str, name: str) -> bool:
    """An office opened by a role word, a comma, then a whole name of two to four name words, a
    known given name first ("COORDINADOR DEL PROGRAMA X, ROGELIO ESPINOSA VILLASEÑOR")."""
    words = name.split()
    return bool(role) and _is_role(role.split()[0]) and ", " not in name and 2 <= len(words) <= 4 \
        and is_given_name(words[0]) and not _is_role(words[0]) \
        and all(_is_name_token(w) or w.lower() in PARTICLES for w in words)


def _role_then_titled(role: str, name: str) -> bool:
    """A role word alone or an office ending in one, then an honorific and a name of name words
    ("Dr J.-P. Mulamba")."""
    words, office = name.split(), role.split()
    return (len(office) == 1 and role.lower() in GENERIC or
            0 < len(office) <= 4 and _is_role(office[-1])) and 3 <= len(words) <= 5 \
        and words[0].lower().strip(".") in HONORIFICS | {"sr", "fr", "prof"} \
        and all(_is_name_token(w) or INITIAL_PAIR.fullmatch(w) for w in words[1:])


INITIAL_PAIR = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)+")  # "J.-P.", "J.P."


def _outlet(text: str) -> bool:
    """A news outlet's name opening a reporter's label: an acronym in capitals ("NHK", "CCTV")
    or words ending in an outlet's word ("Kyodo News", "Phoenix TV", "Norvale Times")."""
    words = text.split()
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words) and (
        (len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", text) is not None)
        or words[-1].lower() in OUTLETS | OUTLET_HEADS)


def _affiliation(name: str, role: str) -> bool:
    """"ANN BERG, TEACHER", "Ann Berg, EFE": a bare full name that starts with a known given name,
    then a few capitalised words (an occupation, an outlet) that are no country."""
    words = role.replace(",", " ").split()
    person = (speaker_name(name) or "").split()
    # a given name no list knows, in capitals, before a news outlet: "ZANELE DLAMINI, CNN"
    vouched = is_given_name(person[0]) if person else False
    if person and not vouched and name.isupper() and _outlet(role):
        vouched = person_name_shape(" ".join(person).title()) \
            and not is_place_name(" ".join(person))
    return 0 < len(words) <= 6 and person == name.split() and vouched \
        and all(w[:1].isupper() or w in CONNECTORS for w in words) \
        and role.lower() not in _places()


def _role_list_kind(label: str) -> str | None:
    """A role phrase holding commas, ending in a role word and a full person name: every part
    capitalised words and connectors, the name a known given name and a surname."""
    parts = label.split(", ")
    if any(not p or p.split()[0].lower() in OPENERS
           or not (p[0].isupper() or _is_role(p.split()[0])) for p in parts):
        return None
    if any(not label_words_ok(p.split()) for p in parts):
        return None
    joined = " ".join(parts)
    name = (speaker_name(label) or "").split()
    if label_kind(joined) != "name" or not is_strong_label(joined) or len(name) < 2 \
            or not is_given_name(name[0]) or not parts[-1].endswith(" ".join(name)):
        return None
    return "name" if any(_is_role(t) for t in joined.split()[:-len(name)]) else None


def _known_name(word: str) -> bool:
    """A one-word label in capitals that is a known given name or surname ("SMITH:")."""
    if not (word.isupper() and len(word) > 1):
        return False
    _, given = _words()
    return word.title() in given or word.title() in _surnames()


@functools.lru_cache(maxsize=8192)
def is_strong_label(label: str) -> bool:
    """A role and a full name ("Defence Minister Sergei Shoigu", "ANNA BERG, CNN ANCHOR"): a turn
    even when alone."""
    if label_kind(label) != "name":
        return False
    if office_holder(label) or PEER.fullmatch(bare_label(label)):
        return True
    tokens, start, name = _person(label)
    if start and all(t.lower() in LABEL_ARTICLES for t in tokens[:start]):
        start = 0  # "LE DIRECTEUR GÉNÉRAL": an article, no role, in front
    parts = bare_label(label).split(", ")
    if len(parts) > 1 and " ".join(name) in parts[0] \
            and not any(_is_role(t) for p in parts[1:] for t in p.split()):
        return False  # "Ann Berg, Norvale": no role said, not enough alone
    # Words in front of the name run, not a longer bare name ("Abdel Fattah el-Sisi"), are a role.
    return len(name) >= 2 and (start > 0 or ", " in REMARK.sub("", label)
                               or len(name) < len(tokens) > 4)


def surname_key(label: str) -> str:
    """The last word of a label, lower-cased: what a later one-word label ("Putin") repeats."""
    words = bare_label(label).split()
    if not words:
        return ""
    camel = re.findall(r"[A-Z][a-z]+", words[-1])  # "VladimirPutin", a missing space
    return (camel[-1] if len(camel) > 1 and "".join(camel) == words[-1] else words[-1]).lower()


FAMILY_CAPS = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+ [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+")


def family_caps(text: str) -> bool:
    """A name written family name first in capitals, given name after ("YAMADA Taro", "TANAKA
    Yuki"): a convention of names, whatever ordinary words the parts also are."""
    return bool(FAMILY_CAPS.fullmatch(text))


def unlisted_name(name: str) -> bool:
    """A name of words no dictionary has, shaped as a person's ("Morwenna Trethewey")."""
    return person_name_shape(name) and not any(w.lower() in common_words() and
                                               w not in FAMILY_JOINERS for w in name.split())


GENERATION = re.compile(r",? (?:Jr\.?|Sr\.?|II|III|IV)$")


def person_name_shape(text: str) -> bool:
    """Whether a short line is a person's name ("Tyler Durden", "Anna K. Smith"), nothing else.

    Two to four capitalised words (initials and particles allowed), no role or generic word,
    not all ordinary dictionary words ("Happy New Year"), nothing after them.
    """
    text = GENERATION.sub("", text)  # "Varney K. Flomo Jr.": the name before the suffix
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or text.endswith(("!", "?", ".", ",", ":", ";")):
        return False
    # A middle initial is one even where the letter is a role word ("Ricardo A. Batista").
    if any(not (_is_name_token(t) or t.lower() in PARTICLES or 0 < i < len(tokens) - 1
                and INITIAL.match(t) or _joined(tokens, i)) for i, t in enumerate(tokens)):
        return False
    if any(t.lower() in COLLECTIVE or t.title() in ORG_HEADS for t in tokens):
        return False  # "Reuters Staff", "Moscow Times"
    if not all(re.fullmatch(r"[^\W\d_][\w'’.-]*", t) for t in tokens):
        return False
    common, given = _words()
    return is_given_name(tokens[0]) or not all(t.lower().strip(".") in common for t in tokens)


def display_word(word: str) -> str:
    """A word of a name as a page shows it: a word in capitals is set in title case ("MCKAY" →
    "McKay"; initials stay: "J.K.")."""
    if not word.isupper() or len(word) <= 2 or re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word
    word = re.sub(r"(?<=\w['’])S\b", "s", word.title())  # "SHERIFF'S" → "Sheriff's"
    # Uzbek "OʻZBEKISTON" → "Oʻzbekiston"
    word = re.sub(r"(?<=\wʻ)(\w)", lambda m: m[1].lower(), word)
    return re.sub(r"(?:^|(?<=-))Mc([a-z])", lambda m: "Mc" + m[1].upper(), word)


def display_name(name: str) -> str:
    """A name written all in capitals as a page shows it ("ROSALIND LINTHWAITE")."""
    return " ".join(display_word(w) for w in name.split()) if name.isupper() else name


def is_role_word(word: str) -> bool:
    """A title, office or conversational role ("President", "Minister", "Moderator")."""
    return _is_role(word)


def is_common_phrase(text: str) -> bool:
    """Every word an ordinary dictionary word ("Breaking News", "Press Conference")."""
    common, _ = _words()
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and all(w.lower() in common for w in words)


def common_words() -> frozenset[str]:
    """Common lower-case English words (the packaged list)."""
    return _words()[0]


def is_place_name(text: str) -> bool:
    """A country or a first-level division ("Lagos", "Bavaria")."""
    return text.lower() in _places()


def is_surname(word: str) -> bool:
    """A known family name ("Smith", "SMITH")."""
    return word in _surnames() or word.title() in _surnames() or \
        anyascii(word).title() in _surnames()


def is_given_name(word: str) -> bool:
    """A known given name ("Tyler", "Anna", "ANNA")."""
    given = _words()[1]
    return word in given or word.title() in given
