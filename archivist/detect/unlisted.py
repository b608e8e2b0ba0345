"""Places no gazetteer lists, typed by the cue around them (a mixin of DocReader).

"in Sandton", "near Worli Koliwada": after a locative preposition, a name that can be nothing
else (no English word, given name, surname, nationality, language, body or initials) names a
place, when the clause goes on as it does after a place (a comma, "on Sunday", "where").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .candidate import PLACE
from .cues import (MOTION_VERBS, PLACE_WORDS, PLACES_PLURALS, THE_PLACE_END_RE, THE_PLACE_PREPS,
                   at_workplace, locative)
from .french import FRENCH_PLACE_NOUNS
from .romance import APPOSITION as ROMANCE_APPOSITION, OF_WORDS as ROMANCE_OF
from .romance import PLACE_NOUNS as ROMANCE_NOUNS
from .lexicon import (ARABIC_PLACE_PREFIXES, CAPTION_WORDS, EVENT_HEADS, FEATURE_PREFIXES,
                      FUNCTION_CAPS, MONTHS_DAYS, ORG_HEADS, PLACE_PREFIXES,
                      ROMANCE_PLACE_PREFIXES, STREET_PREFIXES, TITLE_WORDS, Lexicon, is_demonym,
                      minor_places)
from .spans import Span
from .state import ReaderState

# Prepositions that put what follows somewhere; "at", "from", "into" and "across" also come
# before bodies ("works at Acme", "a loan from Acme").
PLACE_PREPS = frozenset("in near outside".split())
# Prepositions of an area or a side ("anchor off Verige,", "fighting around Tambul and Tomba",
# "moraine above Tavildara."): as good as "in" for a name that can only be a place's.
AREA_PREPS = frozenset("off around across beyond above below throughout nearby neighbouring "
                       "neighboring".split())  # (also "and nearby Quorbala")
BOWLER_SCORE_RE = re.compile(r" for \d")  # "off Ann Roe for 47": a batter's score, no place
# French locatives, read as "in" in a document written in French ("à Ouagadougou").
FRENCH_LOCATIVES = frozenset(("à",))
# "la commune de X", "les îles d'X" (french.unelided), "le département du X"
FRENCH_OF = frozenset(("de", "d", "du", "des"))
CUE_WORDS = PLACE_PREPS | AREA_PREPS | frozenset("at including like to from of between towards "
                                                 "toward".split()) | FRENCH_LOCATIVES | FRENCH_OF

# A batter's stroke or a ball before "off" and a name: the bowler's ("a sweep off Roe").
CRICKET_STROKES = frozenset("sweep sweeps drive drives cut cuts pull pulls hook hooks edge edges "
                            "six sixes four fours boundary boundaries single singles delivery "
                            "ball balls runs wicket wickets catch".split())
# Words before "between" that make its two names places ("journey times between X and Y", "the
# stretch of river between X and Y"; not "a deal between Acme and Globex").
BETWEEN_PLACE_WORDS = frozenset("stretch road roads border route routes journey journeys times "
                                "link links trains train flights flight ferries ferry distance "
                                "area located lies lie lying halfway midway corridor line railway "
                                "highway motorway river valley livestock commute commutes "
                                "commuting shuttle shuttles".split())
# Nouns before "of" that make an unlisted name after it a place's ("the outskirts of Kelatano",
# "parts of Naga City", "the people of Vunidogoloa", "north of Ruitelán").
OF_PLACE_NOUNS = frozenset("outskirts suburbs streets parts people residents north south east "
                           "west slopes summit shores mayor site peak ruins fields hills heart "
                           "edge foot banks port tip mouth coast lanes district districts "
                           "village villages town towns communities lights whole island "
                           "municipality parish villagers inhabitants "
                           "commune communes quarters neighbourhoods neighborhoods neighbourhood "
                           "neighborhood borough boroughs".split())  # "the neighbouring commune of
# Toconao", "the old quarters of Gohlis and Reudnitz"
# Words before "in" that make what follows a company, a work, a publication or a person ("a stake
# in Acme", "a role in Oppenheimer", "wrote in Haaretz", "faith in Ramaphosa").
NOT_PLACE_BEFORE_IN = frozenset(
    "stake stakes share shares holding holdings interest interests investment investments invest "
    "invested investing invests investor investors role roles starring starred stars star cast "
    "appeared appears appear appearing featured features feature wrote written writes writing "
    "published publishes column article articles op-ed editorial letter interview reported "
    "quoted faith confidence trust belief believe believes believed believer believers "
    "victory win defeat loss lead goal goals try tries million billion trillion bn percent "
    "cent work works worked working job jobs part participate participated participating "
    "participation compete competed competing competition".split())  # "$200 million in Acme"
# Words before "at" that make what follows a body ("works at Acme", "shares at Acme", "a job at
# Acme", "aimed at Acme", "went on to play at Purdue", "showing at Cine Acme", "sold at Acme");
# "at" after a name or a role is at_workplace's.
NOT_PLACE_BEFORE_AT = frozenset(
    "work works worked working job jobs role post position career stint spell time years "
    "days shares stock stake executive executives manager managers boss chief head officials "
    "official staff employee employees worker workers aimed aim aims aiming directed looked look "
    "looks looking laughed pointed points point glance glanced jab jabs swipe swipes dig digs "
    "fired fire fires shot shots hit hits play plays played playing study studies studied "
    "studying teach teaches taught teaching coach coaches coached enrolled showing shown shows "
    "screening screened available sold sells selling bought buy buys".split())
# People and transport before "from" and a place they come or set out from ("trains from X").
FROM_PLACE_NOUNS = frozenset("ferries ferry trains train flights flight buses bus boats residents "
                             "villagers farmers families refugees migrants evacuees pilgrims "
                             "tourists visitors commuters fishermen herders "
                             # someone from there ("a teacher from Kaikohe who …", "young
                             # men from Kasulo and Kanina"); not "came from" (a question or a
                             # call comes from a person: "comes from Olumide Adeyemi of Acme")
                             "man woman men women boy boys girl girls teacher teachers "
                             "native natives people family year-old hails hailed "
                             # people a place sends ("volunteers from Saburtalo", "patients from
                             # Vava'u", "stonemasons from Thimi", "State lawmakers from X County")
                             "volunteers patients regulars choirs choir stonemasons masons "
                             "craftsmen lawmakers legislators crowds crowd fans supporters "
                             "voters worshippers parishioners shoppers trader traders vendor "
                             "vendors farmer fisherman miner miners "
                             # and the artists it sends ("Sami artists from Finnmark")
                             "artists painters musicians dancers performers weavers potters "
                             "carvers singers".split())
QUALIFIER_LIST_RE = re.compile(r"(?:,? (?:and |or )?[A-Z][\w'’-]*)+ [a-z]+s\b")
ROUTE_TO_RE = re.compile(r" to (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
ROUTE_END_WORDS = frozenset("Drive Road Street Avenue Bridge Station Airport City Town Port "
                            "Harbour Harbor Beach Point Square Gate Market".split())
LIST_NEXT_RE = re.compile(r",? (?:and |or )?[A-Z]")  # the list goes on after the name
AND_NAME_RE = re.compile(r" and ([A-Z][\w'’-]+)")  # "in Newfoundland and Labrador"
# After a place named in running text: the clause ends or goes on with a preposition, a
# conjunction or a verb ("in Sandton on Friday", "in Worli, where", "in Ejisu still stands").
PLACE_CLAUSE_RE = re.compile(
    r"(?:\s*$|\s*[.,;:!?)”\"]|\s+[-–—]\s| (?:on|in|at|for|to|from|with|since|until|during|after|"
    r"before|last|this|next|where|and|or|near|over|between|when|while|is|was|were|are|has|had|"
    r"have|still|until|as|by|who|which|that|about|would|will|could|can|should|may|might|must|"
    r"did|does|do|say|says|said|first|too|also|again|today|yesterday|now|then|instead|under|"
    r"I|we|he|she|they)\b"  # "In Karameh I met …", "at his office in Nagatacho under …"
    r"| (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a few|several) "
    r"(?:years?|months?|weeks?|days?|winters?|summers?|decades?) ago\b)")  # "two winters ago"
# A verb right after a place a locative cues ("Everybody in Kejetia saw it", "the cooperative in
# Sagnarigu smells of kernels"): read only after "in", "near" and "outside".
LOCATIVE_VERB_RE = re.compile(r" (?:[a-z]{3,}ed|smells|looks|feels|seems|saw|went|came|took|"
                              r"stood|fell|rose|grew|knew|ran|met|lost|won|kept|left|held|sent|"
                              r"brought|built|spent|paid|told|heard|got|gave)\b")
# After "at X" the clause must end or go on with a time or a place ("at Ibrox on Sunday", "at
# Murrayfield."): "the situation at Acme is good" names a company.
AT_PLACE_CLAUSE_RE = re.compile(r"\s*(?:$|[.,;:!?)”\"]|[-–—]\s)| (?:on|in|since|during|last|this|"
                                r"next|until|before|after|where|when|near|and|or|about|some|"
                                r"around|north|south|east|west|outside|with|within|but|while|"
                                r"because)\b")  # "mud at Madogo with maize", "at Butmir within"
# (lowercase letters of Latin Extended-A/B and Vietnamese too: "Kadıköy", "Crișan", "Mỹ Tho")
WORD_SHAPE_RE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-žȘȚ][a-zß-öø-ÿā-žșțạ-ỹ'’]+"
                           r"(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-țẠ-ỹ'’]+)*$")
# A town's parts after its name's possessive ("Velmora's harbour", "X's old town").
TOWN_PART_RE = re.compile(r" (?:(?:old|main|central|inner|outer|northern|southern|eastern|"
                          r"western|busy|historic) )?(?:harbou?r|port|old town|old city|outskirts|"
                          r"streets|suburbs|centre|center|waterfront|seafront|riverside|"
                          r"riverfront|square|airport|beaches|coast|shore|medina|"
                          r"districts|neighbou?rhoods|mayor|residents|townspeople|"
                          r"town hall|city hall|bus station)\b")  # (not "Acme's market share")
# Nouns after a part of a city ("Hargeisa's Khayriyada square", "Shinjuku's Kabukicho district").
PART_NOUN_RE = re.compile(r" (?:square|quarter|district|neighbou?rhood|market|area|suburb)\b")
# Last words of a town's or district's name that are also English words.
TOWN_WORDS = PLACE_WORDS | frozenset("City Town Village Township Estate".split())
# Particles inside a place's name ("Vega de Valcarce", "Ústí nad Labem", "Santa María la Real")
# and short words opening one ("Te Atatū", "La Faba", "O Cebreiro").
INNER_PARTICLES = frozenset("de del della di da do dos das du la las le les los el nad pod am an "
                            "der den im y e i dei degli delle des aux".split())
# Capitalised articles inside a place's name ("Mers El Kébir", "Aïn El Turck") or opening a
# two-word one ("La Mariscal", "El Recreo"); not "Le", "De", "Di", "Da" (Le Pen, Di Maio).
INNER_ARTICLES = frozenset("El La Al Los Las Les".split())
ARTICLE_HEADS = frozenset("La El Los Las Les".split())
SAINT_HEADS = frozenset("St Ste Saint Sainte".split())
# Other languages' words for a street, square, road, embankment or market ending a one-word
# name ("Höllgasse", "Rathausplatz", "Guyotplein", "Brugsesteenweg", "Víkurbraut", "Fischmarkt").
STREET_ENDING_RE = re.compile(r"[a-zäöüßøåæ](?:gasse|straße|strasse|platz|markt|allee|ufer|"
                              r"damm|plein|straat|gracht|steenweg|laan|braut|gata|gatan|vägen|"
                              r"torget|torv|vej|katu|tori|tér|utca|iela|gatve|prospekt)$|"
                              # (after a hyphen with its capital: "Karl-Liebknecht-Strasse")
                              r"[a-zäöü]-(?:Straße|Strasse|Platz|Allee|Gasse|Ufer|Damm|Weg|Ring|"
                              r"Chaussee|Markt)$")
# Other languages' words for a street, square or avenue written lowercase after its name ("Üllői
# út", "Kossuth Lajos utca", "Šv. Jono gatvė", "Brīvības iela", "İstiklal caddesi"): no English word
# is spelled so, so the name before is the street's, whoever it is named after.
STREET_WORD_AFTER_RE = re.compile(r" (út|utca|tér|körút|rakpart|gatvė|prospektas|aikštė|alėja|"
                                  r"iela|laukums|bulvāris|tänav|väljak|puiestee|maantee|ulitsa|"
                                  r"caddesi|sokak|sokağı|bulvarı|meydanı)(?![\w'’-])")
SIDE_WORDS = frozenset("north south east west northern southern eastern western northwest "
                       "northeast southwest southeast northwestern northeastern southwestern "
                       "southeastern central rural suburban".split())
ABBREVIATED_RE = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž]{0,2}\.")  # "Šv.", "Sf.", "Ul."
HYPHENED_PLACE_RE = re.compile(r"^[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)*-(?:et|de|du|des|sur|sous|"
                               r"en|la|le|les|lès|lez|aux|au|upon|on|am|an|im|bei)-[A-ZÀ-Þ]"
                               r"[\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)*$")
DWELLERS_AFTER_RE = re.compile(r" (?:residents|villagers|townspeople|townsfolk|islanders|"
                               r"inhabitants)\b")
# After "a"/"an" and a town's name, a person it is home to ("a Velmora man", "a Quorbala
# grandmother who fell", "a Tarnby Democrat"): local news names someone by the town so.
HOMETOWN_NOUN_RE = re.compile(r" (?:man|woman|boy|girl|teenager|teen|youth|pensioner|widow|"
                              r"grandmother|grandfather|grandmother|mother|father|mum|dad|"
                              r"couple|native|farmer|fisherman|Republican|Democrat)"
                              r"(?![\w'’-])")
# A representative's title between the seat's name and the member's ("Tarnby MLA Ann Roe",
# "North Velmora MP for …"); a name after "member for" is the seat ("Local member for Lagaip").
REPRESENTATIVE_AFTER_RE = re.compile(r" (?:MLA|MP|MSP|TD|MPP|MHA|MNA|MHK|MLC|MHR|MEP) "
                                     r"(?:for )?[A-Z]")
REPRESENTATIVE_WORDS = frozenset("MLA MP MSP TD MPP MHA MNA MHK MLC MHR MEP member Member "
                                 "councillor councilor Councillor Councilor".split())
# A local trade or office between a place's name and a person's ("Velmora farmer Ann Roe",
# "Quorbala mayor Tom Lee").
LOCAL_ROLE_RE = re.compile(r" (?:farmer|firefighter|mayor|fisherman|shopkeeper|publican|"
                           r"resident|pensioner|priest|vicar|imam|pastor|villager) "
                           r"[A-Z][a-z]")
OLD_WORDS = frozenset("old former historic ancient disused abandoned".split())
IN_COUNTRY_RE = re.compile(r" in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])")
ROUTE_PREPS = frozenset("to from towards via".split())  # ("down from Bab Boujloud to …")
UNLISTED_REGION_HEADS = frozenset("District County Province Region Prefecture Governorate Oblast "
                                  "Parish Municipality Township".split())
# Heads of a place's name in its own language that may be given names or surnames elsewhere
# ("Sierra de Gúdar", "Serra do Horto", "Casa dos Milagres", "Bois de Boulogne").
PARTICLE_PLACE_HEADS = FEATURE_PREFIXES | ROMANCE_PLACE_PREFIXES | STREET_PREFIXES | frozenset(
    "Ciudad Cidade Bois Anse Casa Ponta Corso Via Basílica Basilica Igreja Iglesia Barrio Vila "
    "Villa Nossa Nuestra Santa Santo São Saint Sainte San".split())
# Heads of a body's name in its own language ("Faculdade de Engenharia", "Corte de Justicia").
PARTICLE_BODY_HEADS = frozenset("Faculdade Facultad Faculté Facoltà Universidad Universidade "
                                "Université Università Instituto Institut Colegio Colégio "
                                "Escuela Escola École Liceo Lycée Fundación Fundação Fondation "
                                "Banco Banque "
                                "Corte Tribunal Ministerio Ministério Ministère Sindicato "
                                "Cooperativa Asociación Associação Federación Federação Partido "
                                "Consejo Conselho Comisión Comissão Secretaría Prefeitura Câmara "
                                "Junta Policía Polícia Guardia Agence Agencia Agência Société "
                                "Compagnie Compañía Companhia Caisse Cámara Chambre Teatro Théâtre "
                                "Museo Museu Musée Hôpital Ospedale Clínica Centro".split())
SHORT_HEADS = frozenset("Te La Le El O A Da Do".split())
# The rest of a list of names before a plural noun of a city's parts ("… and Belmont
# neighborhoods", "… Koa Hill and Lord Howe settlements").
CITY_PARTS_LIST_RE = re.compile(r"(?:(?:,| and|, and| or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)* "
                                r"(?:neighbou?rhoods|suburbs|quarters|settlements|townships|"
                                r"wards|beaches)\b")
# Peoples' and faiths' words that qualify a city's parts ("the Jewish and Arab quarters").
PEOPLE_WORDS = frozenset("Arab Kurdish Jewish Muslim Christian Catholic Protestant Orthodox Latin "
                         "Basque Tamil Hindu Sikh Sunni Shia Shiite Druze Gypsy Black White "
                         "Asian Hispanic "
                         # churches' orders and styles before a landmark ("the Anglican shrine",
                         # "the Benedictine monastery", "the Ottoman mosque")
                         "Anglican Benedictine Franciscan Buddhist Lutheran Methodist Baptist "
                         "Presbyterian Coptic Evangelical Pentecostal Jesuit Carmelite Cistercian "
                         "Augustinian Dominican Ottoman Byzantine Roman Gothic Baroque Victorian "
                         "Mughal Moorish Romanesque Soviet Imperial".split())
# Nouns before "of" and a settlement's or island's name ("the island of Fernando de Noronha").
OF_SETTLEMENT_NOUNS = frozenset("island islands archipelago town village city port municipality "
                                "commune".split())
AGE_COMMA_RE = re.compile(r"\d{1,3},")
DOCTRINE_ENDINGS = ("ism", "isms", "ology", "ware")  # "in Marxism", "in Photoshop" is a word


# A list of names before a plural region noun ("the Tolon, Savelugu and Kumbungu districts",
# "the Ashanti and Western regions"), or one name before a singular one ("the Bono East region").
REGION_NOUNS = ("regions|districts|provinces|counties|governorates|oblasts|prefectures|"
                "municipalities|departments|zones|cantons|sub-cities|subcities|boroughs|"
                "communes|townships|woredas|voivodeships|raions|rayons|aimags|soums")
# ("in Bole and Akaki Kality sub-cities", "the Umnugovi and Dornogovi aimags")
REGION_LIST_RE = re.compile(rf"(?:(?:,| and|, and| or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+ "
                            rf"(?:{REGION_NOUNS})\b")
# Whether a region noun follows, alone or after a list (anchored: most spans fail at once).
REGION_WORD_RE = re.compile(r"(?:(?:,| and|, and| or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)* "
                            r"(?:region|district|province|count|governorate|oblast|prefecture|"
                            r"municipalit|department|zones|canton|sub-cit|subcit|borough|"
                            r"commune|township|woreda|voivodeship|raion|rayon|aimag|soum)")
REGION_PLURAL_RE = re.compile(rf" (?:{REGION_NOUNS})\b")
REGION_ONE_RE = re.compile(r" (?:region|district|province|county|governorate|oblast|prefecture|"
                           r"municipality)\b")
# Heads of a region's official name before "of" ("the State of Mexico").
REGION_OF_HEADS = frozenset("State Province Region Department Prefecture Governorate Oblast "
                            "Municipality".split())
# English words that name a region by its position ("Western", "Upper East").
POSITION_WORDS = frozenset("North South East West Northern Southern Eastern Western Central "
                           "Upper Lower Northeast Northwest Southeast Southwest Greater Inner "
                           "Outer Middle".split())
PARTY_WORDS = frozenset("Republican Democratic Democrat Conservative Labour Liberal Green Tory "
                        "Swing Battleground Border Member Gulf Baltic Nordic".split())


# Last words of a venue's or landmark's name ("Empress Market", "Queens Gardens", "Gocheok Sky
# Dome"); generic words before them make no name ("the Single Market", "a Farmers Market").
VENUE_SUFFIXES = frozenset("Market Bazaar Bazar Mall Plaza Gardens Dome Souk Hall".split())
GENERIC_VENUE_WORDS = frozenset("Single Common Stock Bull Bear Black Grey Gray Free Open Internal "
                                "Domestic Global World Energy Capital Money Labour Labor Housing "
                                "Property Farmers Farmers' Christmas Night Street Super Mini Town "
                                "City Village Central Main Great Old New Music Concert Dance "
                                "Sports Food".split())


# Lowercase nouns of landforms and waters after "the X" ("the Merapi volcano", "the Clyde valley").
FEATURE_NOUNS = ("volcano|river|valley|glacier|estuary|delta|lagoon|reservoir|plateau|archipelago|"
                 "peninsula|atoll|trench|fault|fjord|gorge|dam|coast|coastline|meadow|stream|"
                 "catchment|forest|desert|oasis|wetlands?|marshes|strait|pier|jetty|motorway|"
                 "expressway|highway|intersection|junction|basin|canal|creek|mountains|hills|"
                 "terminals?|industrial (?:area|belt|zone|park|estate)|"
                 # a town's or city's parts and landmarks ("the Skenderija stop", "the Marco
                 # Zero square", "the Cuatricentenario substation", "the Žale cemetery")
                 "mountain|range|peak|plain|bridge|square|roundabout|corridor|substation|"
                 "station|stop|cemetery|pool|reservation|zone|"
                 # a town's neighbourhoods and a place's villages ("the Vila Madalena
                 # neighbourhood", "the Quorbala suburb", "the Kiwanja village")
                 "neighbou?rhood|suburb|barrio|favela|township|village|hamlet|"
                 # landmarks and works named after their place ("the Waheen market", "the
                 # Nyatapola temple", "the Karowe mine", "Kankesanthurai harbour")
                 "embankment|market|bazaar|arch|temple|mosque|shrine|cathedral|monastery|pagoda|"
                 "harbou?r|airport|airfield|hot springs|springs|shaft|quarry|crossing|"
                 "beach|tanner(?:y|ies)|medina|barracks|fortress|citadel|causeway|lighthouse|"
                 "ironworks|steelworks|"
                 # a slope's, a view's or a wild place's ("the Winna Góra slope", "the Jigleg
                 # pass", "the Arbel cliffs", "the Xyloskalo entrance", "the Acaime reserve")
                 "slopes?|cliffs?|ravine|pass|entrance|lookout|vineyards?|waterfalls?|"
                 "viewpoint|massif|foothills|islands|heath|reserve|quarter|estate|"
                 # a water's parts and a place's side ("the Bitterroot confluence", "the Baleh
                 # tributary", "the Bakano shore", "the Buikwe side of the river", "the Hussaini
                 # end of the lake")
                 "confluence|tributary|riverbed|shore|shoreline|foreshore|floodplain|headland|"
                 "(?:side|end|bank) of the (?:river|lake|islet|island|bay|border|valley|town|"
                 "city|harbou?r|estuary|creek|channel|bridge)|"
                 # a lake, a yard, a depot, a campus or a hall's grounds named after its place
                 # ("the Tonle Sap lake", "the Hietalahti yard", "the Muttom depot", "the
                 # Deeragun community centre", "the Twin Cities metro area")
                 "lake|yard|depot|campus|heliport|(?:community|cultural|civic|visitor|sports) "
                 "(?:centre|center|complex)|(?:metro|metropolitan) area|"
                 "(?:nuclear |hydropower |hydroelectric )(?:power )?plant")
# Lands named after their river or range, the noun part of the name ("the Draa valley"); works,
# landmarks and landforms named after a place or a person, not that place ("the Quorbala dam",
# "the Velmora pier", "the Tarnby glacier", "the Arlow peninsula"); a river its noun names so.
LAND_NAMED_RE = re.compile(r" (?:valley|basin|delta|plateau|gorge|glacier|peninsula|dam|pier|"
                           r"jetty|temple|mosque|shrine|mountains|river)(?![\w-])")
# A street's, a pier's or a bridge's noun after its name and a preposition is part of the name
# ("on Maalla street", "from Ovrani pier"): the street is not the district it is named after.
WORK_NAMED_RE = re.compile(r" (?:street|avenue|pier|jetty|bridge|temple|mosque)(?![\w-])")
# Compounds of a landmark's or work's noun ("the Kinigi collection centre", "the Moín container
# terminal", "the Kostenko mine", "the Svartsengi power plant").
FEATURE_COMPOUNDS = ("(?:container |ferry |bus |oil |gas )?terminal|(?:coal |gold |copper |"
                     "diamond |tin |salt )?mines?|colliery|(?:oil |gas )?field|oilfield|gasfield|"
                     "(?:collection|polling|conference|detention|health|shopping) (?:centre|"
                     "center|point)|prison|road|boulevard|crater row")
FEATURE_NOUN_RE = re.compile(rf" (?:{FEATURE_NOUNS}|{FEATURE_COMPOUNDS})\b")
# The same after a lowercase word that says what kind ("the Porubne border crossing", "the Tyaa
# seasonal river", "the Mwaloni fish market", "the Chatty pump station").
# (not a firm's service: "the Tesla charging station", "the Acme filling station")
FEATURE_KIND_RE = re.compile(rf" (?!(?:and|or|of|has|had|is|was|are|were|will|would|said|says)"
                             rf" |[a-z]+ing )[a-z][a-z-]{{2,}} "
                             rf"(?:{FEATURE_NOUNS}|{FEATURE_COMPOUNDS})\b")
# Works a firm names after itself as often as after their place ("the Glencore mine").
FIRM_WORK_RE = re.compile(r"(?:,| and| or)?(?: [A-Z][\w'’-]*)* (?:\w+ )?(?:mines?|colliery|"
                          r"collieries|fields?|terminals?|power|plant|depot)\b")
# A stop or a street written after its name and a preposition ("to Lucien-L'Allier station",
# "from Matnog port", "along Xuân Thủy street").
STOP_PREPS = frozenset("to from at along near via towards on".split())
STOP_NOUN_RE = re.compile(r" (?:station|port|street|avenue|pier|jetty|square|island|islet|"
                          r"airport|harbou?r|market|bridge|temple|mosque|beach|crossing|"
                          r"village|hamlet|suburb|neighbou?rhood|township)\b")
# The plural after a list of names ("the Tano and Bia rivers", "the Masinga and Kiambere dams").
FEATURE_PLURALS = ("rivers|dams|lakes|islands|glaciers|volcanoes|valleys|forests|reservoirs|"
                   "deserts|mines|collieries|fields|terminals|ranges|peaks|plains|"
                   "lagoons|canals|creeks|streams|waterfalls|bays|beaches|wetlands")
FEATURE_LIST_RE = re.compile(rf"(?:(?:,| and|, and| or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)+ "
                             rf"(?:{FEATURE_PLURALS})\b")
FEATURE_PLURAL_RE = re.compile(rf" (?:{FEATURE_PLURALS})\b")
# Words naming a group of countries before "states", "countries" or "republics".
GROUP_WORDS = frozenset("Baltic Nordic Gulf Benelux Balkan Caucasus".split())
GROUP_NOUN_RE = re.compile(r" (states|countries|republics)\b")
MOUNT_WORDS = ("Mount ", "Mt ", "Mt. ")
# How close a cued name must be to a listed place's name of as many words, the first one the same,
# to be that place spelled another way ("Khan Younis" for "Khan Yunis", "Kafr el-Sheikh").
VARIANT_RATIO = 88
# Verbs whose object is where one arrives ("the convoy reached Khan Younis"): a cue for a name
# that already spells a listed place, too weak for an unlisted one ("reached Acme for comment").
ARRIVAL_VERBS = frozenset("reach reached reaches reaching".split())


@functools.lru_cache(maxsize=4096)
def _folded(name: str) -> str:
    """A name in ASCII, case-folded, for comparing spellings."""
    from anyascii import anyascii

    return anyascii(name).casefold()


def listed_variant(lex: Lexicon, toks: Sequence[str]) -> str | None:
    """The listed place a cued name of two or three words spells another way, if exactly one."""
    from rapidfuzz import fuzz

    if is_demonym(lex, toks[-1]):
        return None  # "South African", "Eastern European": the place's adjective
    name = _folded(" ".join(toks))
    close = {place for key, n, place in lex.multiword.get(toks[0], ())
             if n == len(toks) and fuzz.ratio(name, folded := _folded(key),
                                              score_cutoff=VARIANT_RATIO) and
             not name.startswith(folded) and not folded.startswith(name) and
             _near_words(name.split()[1:], folded.split()[1:])}
    return close.pop() if len(close) == 1 else None


def _near_words(words: Sequence[str], listed: Sequence[str]) -> bool:
    """Whether the words after the shared first one are each the listed word spelled another
    way: the same first letter, at most two edits ("Younis"/"Yunis"; not "Matatlan"/"Atitlan",
    another town, though the whole names are close)."""
    from rapidfuzz.distance import Levenshtein

    return len(words) == len(listed) and all(
        a[:1] == b[:1] and Levenshtein.distance(a, b) <= min(2, max(len(a), len(b)) // 4)
        for a, b in zip(words, listed))


@functools.cache
def languages() -> frozenset[str]:
    """Names of the world's major languages ("in Swahili", "in Tagalog": no place)."""
    import pycountry

    return frozenset(lang.name.split(" (")[0] for lang in pycountry.languages
                     if hasattr(lang, "alpha_2"))


def _adjective_of_place(lex: Lexicon, tok: str) -> bool:
    """ "Himalayan", "Andean": an adjective of any listed place ("the Himalayan region")."""
    stems = (tok[:-1], tok[:-2] + "a") if tok.endswith("an") else \
        (tok[:-3],) if tok.endswith("ese") else (tok[:-2],) if tok.endswith("ic") else ()
    return any(s in lex.places for s in stems if len(s) > 2)


def _place_adjective(lex: Lexicon, tok: str) -> bool:
    """ "Asian", "Siberian", "Andean": a place's adjective ("Central Asian region" is no region's
    name)."""
    if not tok.endswith(("an", "ese")):
        return False
    stems = (tok[:-1], tok[:-2] + "a", tok[:-3]) if tok.endswith("an") else (tok[:-3],)
    return any(s in lex.places and lex.places[s].major for s in stems)


# Nouns of settlements and districts before "of", "including" or "like" and a list of names
# ("the villages of Klatanlo, Nobo and Hokeng Jaya", "districts including Tajrish"): each name
# of the list is a place, whatever its words ("Holy Cross", "Russian Mission").
SETTLEMENT_LIST_NOUNS = frozenset("villages towns communities settlements suburbs neighbourhoods "
                                  "neighborhoods districts hamlets provinces townships "
                                  "municipalities boroughs islands".split())
SETTLEMENT_ONE_NOUNS = frozenset("village town community settlement suburb neighbourhood "
                                 "neighborhood district hamlet township borough island".split())
LIST_CUE_WORDS = frozenset(("of", "including", "like"))


# A hospital is a place where a locative puts someone in it ("treated at the Princess Alma
# Hospital in Brisbane"); a medical school's or a university's is the body that runs it.
# Two head words that make any name before them a site, never a body's or a person's name: a
# prison, a reserve, a park, an estate, a sports complex ("Corradino Correctional Facility",
# "Taroko National Park", "Olimpiyskiy National Sports Complex"), even opening a sentence.
SITE_HEADS = {
    "Correctional": frozenset("Facility Centre Center Institution Complex".split()),
    "Detention": frozenset("Centre Center Facility Camp".split()),
    "Remand": frozenset("Centre Center Prison Home".split()),
    "National": frozenset("Park Forest Monument Seashore Preserve".split()),
    "Nature": frozenset("Reserve Preserve Park".split()),
    "Game": frozenset("Reserve".split()),
    "Wildlife": frozenset("Sanctuary Refuge Reserve".split()),
    "Industrial": frozenset("Estate Park Zone Area".split()),
    "Sports": frozenset("Complex Ground".split()),
    "Heritage": frozenset("Area Site Village".split()),
    "Country": frozenset("Park".split()),
}  # (not "Community Centre", "Sports Centre": also the body that runs one)
CARE_HEADS = frozenset(("Hospital", "Infirmary"))
INSTITUTION_WORDS = frozenset("College University School Institute Teaching Medical "
                              "Foundation".split())
VENUE_KINDS = frozenset("Tennis Sports Sport Aquatic Aquatics Convention Exhibition Conference "
                        "Shopping Trade Equestrian Cricket Hockey Golf Olympic Leisure".split())
CARE_PREPS = frozenset("at in to into from outside near".split())
BODY_SPEAKS_RE = re.compile(r",? (?:said|says|say|told|announced|reported|warned|added|has said|"
                            r"had said|would|will|could|may|might|should|has|had|is|was)\b")
BUILDING_CLAUSE_RE = re.compile(r" (?:on|in|at|for|until|since|during|after|before|last|this|"
                                r"next|near|where|with|from|to)\b")
# Buildings a locative puts someone or something in: places there, whoever runs them.
# ("outside the X Law Courts")
BUILDING_HEADS = frozenset("Centre Center Museum Library Church Chapel Campus Observatory Rooms "
                           "Forum Courts Jail Casino Building Theatre Theater Club".split())
# A home that is a building by the word before it ("at Routsong Funeral Home"; not "Home Office").
HOME_KINDS = frozenset("Funeral Nursing Care Retirement".split())
# A building's noun after its name ("in the Metro Centre building"): a place whatever its words.
BUILDING_AFTER_RE = re.compile(r" (?:building|buildings|complex|premises|forecourt|car park)\b")

# Words between a locative and a building's name ("at the X Centre", "at its X Campus").
BUILDING_DETERMINERS = frozenset(("the", "its", "their"))
# A street after a building's name: the building stands there, whoever runs it ("the X Centre
# on Lansdowne Street West", "the Star Inn on The Strand").
ON_STREET_RE = re.compile(r" (?:on|in|along|off) (?:The )?(?:[A-Z][\w'’-]+ ){0,3}(?:Street|Road|"
                          r"Avenue|Lane|Quay|Square|Boulevard|Drive|Strand|Parade|Terrace)\b")
TOWN_AFTER_RE = re.compile(r", ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?=\s*(?:$|[.;:|)]|,))")
# Last words of a building's or a ground's name that a locative puts something in ("a briefing
# at the Orville Freeman Building", "held at the Cross and Passion Hall in Cushendall"); words
# that open one in other languages ("at the Estadio Malvinas Argentinas", "Stade Lat Dior").
VENUE_HEADS = frozenset("Stadium Arena Gallery Theatre Theater Playhouse Cinema Casino Temple "
                        "Cathedral Mosque Church Chapel Basilica Shrine Castle Fortress "
                        "Courthouse Building Hall Terminal Room Hotel Inn Racecourse Racetrack "
                        "Amphitheatre Amphitheater Synagogue".split())
# (not School: "the teachers at X School", "her first day at X School" speak of its people)
VENUE_OPENERS = frozenset("Estadio Stade Stadio Stadion Teatro Théâtre Hospital Hôpital "
                          "Palacio".split())
VENUE_PREPS = frozenset("at in into inside outside near beside behind opposite".split())
# A ground's or a waterfront's one noun after a capitalised "The" is its name ("at The Oval",
# "along The Strand"): a place after a locative.
THE_GROUNDS = frozenset("Oval Strand Mall Green Common Domain Esplanade Parade Quay Wharf Marina "
                        "Pier Downs Meadows Embankment Promenade Foreshore".split())
THE_GROUND_PREPS = VENUE_PREPS | frozenset("on along onto to from".split())
# A school's grade words ending its name ("Tarnby High School", "Quorbala Elementary"): a site
# where a locative puts an event ("a shelter at X High School", "damage at X Elementary").
SCHOOL_ENDS = (("High", "School"), ("Middle", "School"), ("Elementary", "School"),
               ("Primary", "School"), ("Junior", "High"), ("Elementary",))
SCHOOL_PREPS = frozenset("at near outside beside behind opposite".split())
# Words before "at" that speak of a school's people or body, not of its site ("teachers at X
# High School", "her first day at X Elementary", "the PTA at …", "graduated at …").
SCHOOL_PEOPLE = frozenset("teacher teachers student students pupil pupils principal principals "
                          "headteacher staff day days year years grade class classes counselor "
                          "counsellor nurse pta graduated graduate enrolled attended attends "
                          "attend senior seniors junior juniors freshman sophomore".split())
SCHOOL_SPEAKS_RE = re.compile(r",? (?:said|says|say|told|announced|reported|warned|added|"
                              r"confirmed)\b")


def from_origin(span: Span) -> bool:
    """ "ferries from X", "a teacher from X", "a 21-year-old from X": what comes before "from"
    puts someone or something's origin after it."""
    before = span.prev_prev.lower()
    # (also a mover's verb, "diverted from Seeta", and an age in apposition, "Ann Roe, 81, from
    # Louisburgh")
    return before in FROM_PLACE_NOUNS or before.endswith("-year-old") or \
        before in MOTION_VERBS or AGE_COMMA_RE.fullmatch(before) is not None


def seat_cue(span: Span) -> bool:
    """ "Tarnby MLA Ann Roe", "member for Tarnby": a representative's seat around the name."""
    return REPRESENTATIVE_AFTER_RE.match(span.next_text) is not None or \
        span.prev_word == "for" and span.prev_prev in REPRESENTATIVE_WORDS


def hometown_noun(span: Span) -> bool:
    """ "a Velmora man", "an Arlow pensioner": "a"/"an", the name, a noun of who lives there;
    "Velmora farmer Ann Roe said": the name, a local trade's or office's noun, a person's name."""
    return span.prev_word.lower() in ("a", "an") and HOMETOWN_NOUN_RE.match(span.next_text) \
        is not None or LOCAL_ROLE_RE.match(span.next_text) is not None


def the_feature(span: Span) -> bool:
    """ "the Penonomé road", "the Waheen market": "the", a name, a landmark's or a road's noun."""
    return span.prev_word.lower() == "the" and not span.initial and \
        FEATURE_NOUN_RE.match(span.next_text) is not None and FIRM_WORK_RE.match(
            span.next_text) is None


def settlement_cue(span: Span) -> bool:
    """Whether a settlement noun opens a list at the span ("the villages of X", "districts such
    as X", "towns including X")."""
    prev, before = span.prev_word.lower(), span.prev_prev.lower()
    return prev in LIST_CUE_WORDS and (before in SETTLEMENT_LIST_NOUNS or
                                       prev == "of" and before in SETTLEMENT_ONE_NOUNS)


# Bodies, leagues, papers and indices written "in the X" as places are ("in the Bundestag", "in the
# Bundesliga", "in the Guardian"): never a place after "the" on their own.
THE_BODY_WORDS = frozenset("Bundestag Bundesrat Bundesliga Bundeswehr Knesset Sejm Rada Majlis "
                           "Storting Riksdag Folketing Eduskunta Althing Dail Dáil Seanad "
                           "Oireachtas Sabha Duma Verkhovna Kremlin Eredivisie Premiership "
                           "Serie Ligue Liga Primera Championship Bundesbank Politburo Vatican "
                           "Pentagon Guardian Telegraph Independent Observer Mirror Sun Times "
                           "Post Herald Tribune Gazette Journal Economist Dow Nasdaq Nikkei Dax "
                           "Sensex Kospi Eurozone".split())


class UnlistedPlaceRules(ReaderState):
    """Names the gazetteer does not hold that their cue makes places."""

    def _unlisted_after_the(self, span: Span) -> bool:
        """ "in the Westfjords", "near the Marais": after a locative and "the", an unlisted name
        that can only be a place's, when the clause ends or goes on as after a place (not a body,
        a league or a paper: "in the Bundestag", "in the Bundesliga")."""
        if span.prev_word.lower() != "the" or span.prev_prev.lower() not in THE_PLACE_PREPS or \
                span.bound or span.tabular or len(span.tokens) > 2 or \
                span.surfaces[-1] != span.tokens[-1] or \
                not THE_PLACE_END_RE.match(span.next_text) or \
                not THE_BODY_WORDS.isdisjoint(span.tokens) or span.tokens[-1] in PLACE_PREFIXES or \
                not self._place_shaped(span.tokens):
            return False
        return self._cued_place(span)

    def _particle_place(self, span: Span) -> bool:
        """ "near Limón de Chagres", "around São João dos Angolares", "in La Mariscal", "Serra do
        Horto": a name joined by a lowercase particle or an inner article, or opened by an
        article, is a place's after a locative (or opened by a place's head word in its own
        language) when its first word is no given name and no word names a body or a person."""
        toks = span.tokens
        if span.bound or span.tabular or not 2 <= len(toks) <= 6 or \
                span.surfaces[-1] != toks[-1] or not toks[-1][:1].isupper():
            return False
        inner = any(t in INNER_PARTICLES or t in INNER_ARTICLES for t in toks[1:-1])
        if not (inner or len(toks) == 2 and toks[0] in ARTICLE_HEADS):
            return False
        if toks[0] in PARTICLE_BODY_HEADS:
            return False
        head = inner and (toks[0] in PARTICLE_PLACE_HEADS or self._listed_head(toks))
        prev = span.prev_word.lower()
        if prev == "the":
            cued = span.prev_prev.lower() in THE_PLACE_PREPS or head
        else:
            cued = locative(span) and not at_workplace(span) and (
                prev != "from" or from_origin(span) or self._route_to_place(span.next_text))
        words = [t for t in toks if t not in INNER_PARTICLES and t not in INNER_ARTICLES]
        if not (cued or head) or not head and toks[0] in self.lex.given or \
                not (PLACE_CLAUSE_RE.match(span.next_text) or LIST_NEXT_RE.match(span.next_text)) \
                or span.prev_prev.lower() in NOT_PLACE_BEFORE_IN or \
                any(not WORD_SHAPE_RE.match(t) and not t.isdigit() or t in TITLE_WORDS or
                    t in ORG_HEADS or t in EVENT_HEADS or t.isupper() or is_demonym(self.lex, t)
                    for t in words):
            return False
        self.cued_places.add(" ".join(toks))
        return self._cued_place(span)

    def _owner_of_place_noun(self, span: Span) -> bool:
        """ "Velmora's harbour", "Kampot's riverside": a name that can only be a place's, in the
        possessive before a noun of a town's parts, is that town."""
        if not span.surfaces[-1].endswith(("'s", "’s")) or span.bound or span.tabular or \
                len(span.tokens) > 2 or not TOWN_PART_RE.match(span.next_text) or \
                not self._place_shaped(span.tokens):
            return False
        return self._cued_place(span)

    def _hyphened_particle_place(self, span: Span) -> bool:
        """ "Saint-Pierre-et-Miquelon", "Saint-Germain-des-Prés", "Boulogne-sur-Mer": one word
        of capitalised parts joined by a lowercase particle is a place's name (no person's name
        is written so), unless its document names a person by it."""
        tok = span.tokens[0]
        if len(span.tokens) != 1 or span.bound or span.tabular or \
                not HYPHENED_PLACE_RE.match(tok) or self._known_person_token(tok) or \
                any(p in MONTHS_DAYS for p in tok.split("-")):
            return False  # (not "March-on-March", a rate's period)
        return self._cued_place(span)

    def _dwellers_after(self, span: Span) -> bool:
        """ "Quorbala residents said", "Velmora villagers": a name that can only be a place's
        before a noun of the people living there is that place."""
        if len(span.tokens) > 2 or span.bound or span.tabular or \
                span.surfaces[-1] != span.tokens[-1] or not (
                    DWELLERS_AFTER_RE.match(span.next_text) or hometown_noun(span) or
                    seat_cue(span)) or \
                not self._place_shaped(span.tokens):
            return False
        return self._cued_place(span)

    def _compound_street(self, span: Span) -> bool:
        """ "on the Höllgasse", "the Guyotplein", "on Víkurbraut", "Brīvības iela": a one-word
        name ending in another language's word for a street, square, road or market is one."""
        tok = span.tokens[0]
        if len(span.tokens) != 1 or span.bound or span.tabular or \
                not STREET_ENDING_RE.search(tok) or tok in self.lex.given or \
                tok in self.lex.surnames or self._known_person_token(tok) or \
                not (PLACE_CLAUSE_RE.match(span.next_text) or LIST_NEXT_RE.match(span.next_text)):
            return False
        return self._cued_place(span)

    def _county_of_surname(self, span: Span) -> bool:
        """ "in Harris County", "northwest Hennepin County": a county named after someone (as
        most US ones are) where "in" or a lowercase side of it comes before (not "Derby County",
        a club, after "at" or "against")."""
        toks = span.tokens
        return len(toks) == 2 and toks[1] == "County" and \
            (span.prev_word in PLACE_PREPS or span.prev_word in SIDE_WORDS) and \
            WORD_SHAPE_RE.match(toks[0]) is not None and toks[0].lower() not in self.lex.common \
            and toks[0] not in TITLE_WORDS and not self._known_person_token(toks[0])

    def _street_word_after(self, span: Span) -> bool:
        """ "clashes on Üllői út", "a farewell on Šv. Jono gatvė": a name before another
        language's lowercase word for a street or a square is that street's, the word in it."""
        m = STREET_WORD_AFTER_RE.match(span.next_text)
        if m is None or span.bound or span.tabular or len(span.tokens) > 4 or \
                any(t in ORG_HEADS or t in MONTHS_DAYS for t in span.tokens):
            return False
        name = f"{' '.join(span.surfaces)} {m[1]}"
        if ABBREVIATED_RE.fullmatch(span.prev_word):
            name = f"{span.prev_word} {name}"  # "Šv. Jono gatvė": a saint's short title
        self._add(PLACE, name, name)
        return True

    def _unlisted_region(self, span: Span) -> bool:
        """ "in Bombali District", "Bong County": a name that can only be a place's before a
        region's head word names that region (a listed one's rule is _region_of_place's)."""
        toks = span.tokens
        if not 2 <= len(toks) <= 3 or toks[-1] not in UNLISTED_REGION_HEADS or span.bound or \
                span.tabular or span.surfaces[-1] != toks[-1] or \
                not UNLISTED_REGION_HEADS.isdisjoint(toks[:-1]) or \
                not (self._place_shaped(toks[:-1]) or self._county_of_surname(span)):
            return False  # (not "Troms County Municipality", the county's council)
        self.cued_places.add(" ".join(toks))
        return self._cued_place(span)

    def _saint_place(self, span: Span) -> bool:
        """ "in St. Vital and River Heights", "near St Dennis": after a locative a saint's name
        is a town's, a parish's or a church's (no person is named "St X"); not a feast or a
        saint's own possessive ("on St Patrick's Day")."""
        toks = span.tokens
        if not 2 <= len(toks) <= 3 or toks[0].rstrip(".") not in SAINT_HEADS and \
                toks[0] not in FEATURE_PREFIXES and toks[0] not in ARABIC_PLACE_PREFIXES or \
                span.bound or \
                span.tabular or span.surfaces[-1] != toks[-1] or \
                span.prev_word.lower() not in PLACE_PREPS | AREA_PREPS and not (
                    span.prev_word.lower() in ROUTE_PREPS and toks[0].rstrip(".") not in
                    SAINT_HEADS) or \
                span.prev_prev.lower() in NOT_PLACE_BEFORE_IN or \
                not (PLACE_CLAUSE_RE.match(span.next_text) or LIST_NEXT_RE.match(span.next_text)) \
                or any(t in MONTHS_DAYS or t in ORG_HEADS or t in EVENT_HEADS for t in toks[1:]):
            return False
        self.cued_places.add(" ".join(toks))
        return self._cued_place(span)

    def _partner_place(self, span: Span) -> bool:
        """ "in Arevalo and Mandurriao": a lone word that is a surname too, after a locative and
        before "and" and a name that can only be a place's, is a place like its partner."""
        m = AND_NAME_RE.match(span.next_text)
        if m is None or len(span.tokens) != 1 or span.bound or span.tabular:
            return False
        tok, other = span.tokens[0], m[1]
        lex = self.lex
        return tok in lex.surnames and tok not in lex.given and tok.lower() not in lex.common and \
            other not in lex.surnames and other not in lex.given and \
            WORD_SHAPE_RE.match(tok) is not None and self._place_shaped((other,))

    def _listed_head(self, toks: Sequence[str]) -> bool:
        """Whether the words before a name's first particle are a strong listed place that names
        no person ("Mato Grosso do Sul", "Frankfurt am Main"; not "Jordan de Souza")."""
        k = next(i for i, t in enumerate(toks) if t in INNER_PARTICLES or t in INNER_ARTICLES)
        head = " ".join(toks[:k])
        place = self.lex.places.get(head)
        return place is not None and place.strong and head not in self.lex.given and \
            head not in self.lex.surnames

    def _part_of_city(self, span: Span) -> bool:
        """ "Barcelona's Zona Franca", "Hargeisa's Khayriyada square": an unlisted name after a
        city's possessive is a part of it where the clause goes on as after a place or a place
        noun follows (not "Tokyo's Nikkei average", nor a person's name: "Moscow's Ivan Roe")."""
        toks, nxt = span.tokens, span.next_text
        owner = self.lex.places.get(span.prev_word[:-2])
        if owner is None or not owner.strong or owner.major or span.bound or span.tabular or \
                len(toks) > 3 or span.surfaces[-1] != toks[-1] or \
                " ".join(toks) in self.lex.places or \
                not (PLACE_CLAUSE_RE.match(nxt) or PART_NOUN_RE.match(nxt)) or \
                any(t in self.lex.given or t in self.lex.surnames for t in toks) or \
                not self._place_shaped(toks):
            return False
        return self._cued_place(span)

    def _named_settlement(self, span: Span) -> bool:
        """ "the island of Fernando de Noronha", "the town of São José dos Campos": a name with a
        particle inside after a settlement's or island's noun and "of" is the place, not a
        person named so."""
        toks = span.tokens
        if span.prev_prev.lower() not in OF_SETTLEMENT_NOUNS or span.bound or span.tabular or \
                len(toks) < 3 or INNER_PARTICLES.isdisjoint(toks[1:-1]) or \
                not toks[-1][:1].isupper() or toks[-1] in ORG_HEADS:
            return False
        return self._cued_place(span)

    def _city_part_listed(self, span: Span) -> bool:
        """ "the Old North Dayton, Twin Towers and Belmont neighborhoods", "the Koa Hill and Lord
        Howe settlements": each name of a list before a plural noun of a city's parts is one,
        whatever its words (a title's, a town's elsewhere); not a people's adjective ("the
        Jewish and Arab quarters") nor a lone English word."""
        toks = span.tokens
        if span.bound or span.tabular or span.initial or len(toks) > 3 or \
                span.surfaces[-1] != toks[-1] or not CITY_PARTS_LIST_RE.match(span.next_text) or \
                not (span.prev_word in ("the", "and", "or") or span.prev_word.endswith(",")):
            return False
        lex = self.lex
        if len(toks) == 1 and toks[0].lower() in lex.common or \
                toks[0] in lex.given and toks[-1] in lex.surnames or \
                any(is_demonym(lex, t) or _place_adjective(lex, t) or t in ORG_HEADS or
                    t in PEOPLE_WORDS or not WORD_SHAPE_RE.match(t) for t in toks):
            return False
        return self._cued_place(span)

    def _cued_place(self, span: Span) -> bool:
        """Record the span as a place a cue introduced; a list it opens goes on after it."""
        name = " ".join(span.tokens)
        self.cue_tail = (span.end, span.next_text)
        self._add(PLACE, name, name)
        return True

    def _settlement_listed(self, span: Span) -> bool:
        """ "the villages of Klatanlo, Nobo and Hokeng Jaya", "districts including Tajrish and
        Niavaran": an unlisted name a settlement noun cues, or one going on such a list, is a
        place when no person, body, month or title word is in it."""
        opens = settlement_cue(span)
        goes_on = not opens and self._listed_after_cue(span) and \
            self.cue_tail is not None and self.cue_tail[0] in self.settled_ends
        if not (opens or goes_on) or span.bound or span.tabular or len(span.tokens) > 3 or \
                not self._settlement_shaped(span.tokens):
            return False
        if opens and not (PLACE_CLAUSE_RE.match(span.next_text) or
                          LIST_NEXT_RE.match(span.next_text)):
            return False
        name = " ".join(span.tokens)
        self.cued_places.add(name)
        self.cue_tail = (span.end, span.next_text)
        self.settled_ends.add(span.end)
        self._add(PLACE, name, name)
        return True

    def _headed_site(self, span: Span) -> bool:
        """ "the Ibara Correctional Centre", "Taroko National Park, which …": a name before two
        head words of a site (SITE_HEADS) is a place, whatever the words around it."""
        toks = span.tokens
        if len(toks) < 3 or toks[-1] not in SITE_HEADS.get(toks[-2], ()) or span.bound or \
                span.tabular or toks[0] in TITLE_WORDS or span.prev_word == "&" or \
                all(t.lower() in self.lex.common for t in toks[:-2]):
            return False  # ("the Asian Contents & Film Market": a longer name's tail)
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _hospital(self, span: Span) -> bool:
        """ "at Johns Harlow Hospital", "taken to the Princess Alma Hospital in Brisbane": a
        hospital a locative cues is a place (not one named after a college or university)."""
        toks = span.tokens
        prev = span.prev_word.lower()
        if toks[-1] not in CARE_HEADS or len(toks) < 2 or span.bound or span.tabular or \
                not INSTITUTION_WORDS.isdisjoint(toks[:-2] if toks[-2] in ("University", "Teaching")
                                                 else toks) \
                or not (
                    prev in CARE_PREPS or prev == "the" and span.prev_prev.lower() in CARE_PREPS
                    or span.prev_word.endswith(("'s", "’s"))) or \
                not PLACE_CLAUSE_RE.match(span.next_text):
            return False
        name = " ".join(span.surfaces if span.prev_word.endswith(("'s", "’s")) else toks)
        self._add(PLACE, name, name)
        return True

    def _venue_centre(self, span: Span) -> bool:
        """ "at the National Tennis Centre", "in the Dubai Exhibition Centre", "a rest centre at
        Ludlow Assembly Rooms", "watercolours shown at the Bowes Museum": a centre, museum,
        library, church or campus is a place where a locative puts something in it (not where
        someone works: "an analyst at the Carter Center")."""
        toks = span.tokens
        prev = span.prev_word.lower()
        if len(toks) < 2 or not (toks[-1] in BUILDING_HEADS or toks[-1] == "Home" and
                                 toks[-2] in HOME_KINDS) or span.bound or span.tabular or \
                not (prev in CARE_PREPS or prev in BUILDING_DETERMINERS and
                     span.prev_prev.lower() in CARE_PREPS):
            return False
        if BUILDING_AFTER_RE.match(span.next_text) and toks[0] not in TITLE_WORDS:
            self._add(PLACE, " ".join(toks), " ".join(toks))  # the building, whoever runs it
            return True
        # (not "according to the X Centre", "loaned from the X Museum": the body that runs it)
        if toks[-2] not in VENUE_KINDS and (
                at_workplace(span) or (span.prev_prev if prev == "the" else prev).lower() in
                ("to", "from") or
                not INSTITUTION_WORDS.isdisjoint(toks) or toks[0] in TITLE_WORDS or
                len(toks) == 2 and toks[0] in self.lex.given or
                not PLACE_CLAUSE_RE.match(span.next_text) or BODY_SPEAKS_RE.match(span.next_text) or
                prev == "the" and span.prev_prev.lower() == "at" and
                not BUILDING_CLAUSE_RE.match(span.next_text)):
            return False  # ("forecasters at the Hurricane Center said", "an analyst at the X
            # Center, …": the body; "a meeting at the X Centre on Friday": the building)
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _venue_building(self, span: Span) -> bool:
        """ "at the Billy Mills Hall in Pine Ridge", "outside the Grand Kowloon Cinema": a
        building or a ground a locative puts something in, the clause going on as after a place,
        is a place whoever runs it (not "Jane Hall", a person; not "the X Gallery said")."""
        toks = span.tokens
        prev = span.prev_word.lower()
        on_street = (ON_STREET_RE.match(span.next_text) is not None or
                     self._town_after(span)) and (toks[-1] in BUILDING_HEADS or
                                                  toks[-1] in VENUE_HEADS)
        if len(toks) < 2 or span.bound or span.tabular or not (
                toks[-1] in VENUE_HEADS or toks[0] in VENUE_OPENERS or on_street or
                toks[0] == "Grand" and toks[1] in VENUE_OPENERS) or \
                not (prev in VENUE_PREPS or prev in BUILDING_DETERMINERS and
                     span.prev_prev.lower() in VENUE_PREPS or on_street) or \
                toks[0] in TITLE_WORDS or len(toks) == 2 and toks[0] in self.lex.given or \
                not PLACE_CLAUSE_RE.match(span.next_text) or BODY_SPEAKS_RE.match(span.next_text):
            return False
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _town_after(self, span: Span) -> bool:
        """Whether a listed town follows the name and a comma, ending the phrase: an address
        ("Al Hamra Cultural Centre, Ras Al Khaimah.", a listing's venue and its town)."""
        m = TOWN_AFTER_RE.match(span.next_text)
        return m is not None and m[1] in self.lex.places and m[1] not in self.lex.given

    def _the_ground(self, span: Span) -> bool:
        """ "a century at The Oval on Monday", "a walk along The Strand": a capitalised "The" and
        one ground's or waterfront's noun after a locative name that ground."""
        toks = span.tokens
        if len(toks) != 2 or toks[0] != "The" or toks[1] not in THE_GROUNDS or span.bound or \
                span.tabular or span.prev_word.lower() not in THE_GROUND_PREPS or \
                not PLACE_CLAUSE_RE.match(span.next_text):
            return False
        self._add(PLACE, "The " + toks[1], "The " + toks[1])
        return True

    def _school_site(self, span: Span) -> bool:
        """ "a shelter at Tarnby High School", "damage at Quorbala Elementary": a school a
        locative puts an event at is a place (not where its people teach or learn)."""
        toks = span.tokens
        prev = span.prev_word.lower()
        before = span.prev_prev.lower()
        if prev == "the":
            prev, before = before, ""
        if not any(len(toks) > len(end) and tuple(toks[-len(end):]) == end
                   for end in SCHOOL_ENDS) or span.bound or span.tabular:
            return False
        if prev in ("and", "or") and self._listed_after_cue(span):  # "at X and Y Elementary"
            prev, before = "at", ""
        if prev not in SCHOOL_PREPS or before in SCHOOL_PEOPLE or \
                before in NOT_PLACE_BEFORE_AT or at_workplace(span) or \
                toks[0] in TITLE_WORDS or SCHOOL_SPEAKS_RE.match(span.next_text) or not (
                    PLACE_CLAUSE_RE.match(span.next_text) or
                    LOCATIVE_VERB_RE.match(span.next_text)):
            return False
        name = " ".join(toks)
        self.cue_tail = (span.end, span.next_text)
        self._add(PLACE, name, name)
        return True

    def _settlement_shaped(self, toks: Sequence[str]) -> bool:
        """Words a settlement's name may have: no person's name, body, month, title, language or
        function word, not in capitals."""
        lex = self.lex
        if toks[0] in lex.given and (len(toks) == 1 or toks[-1] in lex.surnames) or \
                len(toks) == 1 and (toks[0].lower() in lex.common or toks[0] in lex.surnames):
            return False
        return all(WORD_SHAPE_RE.match(t) and not t.isupper() and t not in MONTHS_DAYS and
                   t not in TITLE_WORDS and t not in ORG_HEADS and t not in EVENT_HEADS and
                   t not in FUNCTION_CAPS and not self._known_person_token(t) for t in toks) and \
            not (len(toks) == 1 and toks[0] in languages())  # "Russian Mission" is a village

    def _romance_noun_place(self, span: Span) -> bool:
        """ "la localidad de Chalucuane", "el cantón Vinces", "il quartiere Kalsa", "la comarca
        de Los Pedroches": an unlisted name right after a place's noun (and "de") of the language
        the text is written in (Spanish, Portuguese, Italian, Catalan) is a place when it can
        only be a place's name."""
        if span.initial:
            return False
        prev, before = span.prev_word.lower(), span.prev_prev.lower()
        if not (prev in ROMANCE_APPOSITION or prev in ROMANCE_OF and before in ROMANCE_NOUNS):
            return False
        return bool(self._romance_prose()) and self._cued_unlisted(span)  # (the language last:
        # it reads the whole text)

    def _unlisted_after_locative(self, span: Span) -> bool:
        """ "in Sandton", "near Worli Koliwada": an unlisted name after a locative preposition
        is a place when it can be no person, body, word or language and the clause goes on as
        after a place; recorded as a cued place (a list may follow: "in Tolon and Kumbungu")."""
        prep = span.prev_word.lower()
        if prep in FRENCH_OF:
            # "la commune de Toga", "le port de Morébaya": a place's noun, in French
            return span.prev_prev in FRENCH_PLACE_NOUNS and self._french_prose() and \
                self._cued_unlisted(span)
        if prep in FRENCH_LOCATIVES:
            if not self._french_prose():
                return False
            # "à Redeyef", "à Mdhilla est arrêté": in a French text a name after "à" is a
            # place's whatever French words follow (the clause checks read English)
            return span.prev_prev.lower() not in NOT_PLACE_BEFORE_IN and \
                self._cued_unlisted(span)
        if prep not in CUE_WORDS or QUALIFIER_LIST_RE.match(span.next_text):
            return False  # "in Moslem, Serb and Croat sectors": words qualifying a noun
        if prep in ("including", "like") and span.prev_prev.lower() in PLACES_PLURALS or \
                prep == "to" and span.prev_prev.lower() in MOTION_VERBS:
            prep = "in"  # "villages including Klatanlo", "moved to Belconnen": as good as "in"
        if prep == "of":
            if span.prev_prev.lower() not in OF_PLACE_NOUNS:
                return False
            prep = "in"
        if prep == "off" and (BOWLER_SCORE_RE.match(span.next_text) or
                              span.prev_prev.lower() in CRICKET_STROKES):
            return False  # "caught at slip off Taijul Islam for 47", "a sweep off X": the bowler
        if prep == "from" and from_origin(span) or prep in AREA_PREPS or \
                prep in ("towards", "toward") and span.prev_prev.lower() in MOTION_VERBS or \
                prep == "between" and span.prev_prev.lower() in BETWEEN_PLACE_WORDS:
            prep = "in"  # "ferries from Kadikoy were packed", "farmers from Puno and Acme"
        if prep == "from" and self._route_to_place(span.next_text):
            return self._cued_unlisted(span)  # "from Worli to Marine Drive"
        if prep in ("near", "nearby", "outside") and self._near_name(span):
            # "near Bran last month", "near Bowen as a category 3 system": after "near" or
            # "outside" a name is a place whatever the clause does next (nine collections: 53
            # of 53; conll2003-train 42 of 43, the other a nationality word)
            name = " ".join(span.tokens)
            self.cued_places.add(name)
            self._add(PLACE, name, name)
            return True
        if prep not in PLACE_PREPS and prep != "at" or \
                prep == "at" and (at_workplace(span) or
                                  span.prev_prev.lower() in NOT_PLACE_BEFORE_AT or
                                  not AT_PLACE_CLAUSE_RE.match(span.next_text)) or \
                span.prev_prev.lower() in NOT_PLACE_BEFORE_IN or \
                not (PLACE_CLAUSE_RE.match(span.next_text) or
                     prep in PLACE_PREPS and LOCATIVE_VERB_RE.match(span.next_text)):
            return False
        return self._cued_unlisted(span)

    def _cued_unlisted(self, span: Span) -> bool:
        """Record a cued unlisted name as a place (a listed "X and Y" name whole)."""
        toks = span.tokens
        if span.bound or span.tabular or len(toks) > 3 or span.surfaces[-1] != toks[-1]:
            return False
        if not self._place_shaped(toks) and not self._partner_place(span) and \
                not self._aged_home(span) and not self._near_surname(span):
            return False
        name = " ".join(toks)
        m = AND_NAME_RE.match(span.next_text)
        whole = self.lex.places.get(f"{name} and {m[1]}") if m else None
        if whole is not None:  # one listed name ("Newfoundland and Labrador")
            self._add(PLACE, whole.name, f"{name} and {m[1]}")
            return True
        self.cued_places.add(name)
        self.cue_tail = (span.end, span.next_text)
        self.located.add(self.cue_tail)
        self.note_route(span)  # "travel from Ilidža to Baščaršija"
        self._add(PLACE, name, name)
        return True

    def _aged_home(self, span: Span) -> bool:
        """ "Liam Roe, 19, of Loftus, was fined", "Ann Doe, aged 58, of Kilmore, Ballyheigue":
        after a person's age in apposition, the one name closed by a comma is where the person
        lives, though a surname or a given name too (not a word, a title or this text's person)."""
        toks = span.tokens
        return len(toks) == 1 and span.prev_word == "from" and \
            AGE_COMMA_RE.fullmatch(span.prev_prev) is not None and \
            span.next_text[:1] == "," and WORD_SHAPE_RE.match(toks[0]) is not None and \
            toks[0].lower() not in self.lex.common and toks[0] not in TITLE_WORDS and \
            toks[0] not in MONTHS_DAYS and not self._known_person_token(toks[0])

    def _near_name(self, span: Span) -> bool:
        """Whether a name after "near" can be a place's: one to three words, no month, title,
        body's word, nationality or known person, not a given name and a surname."""
        toks = span.tokens
        if span.bound or span.tabular or not 1 <= len(toks) <= 3 or \
                span.surfaces[-1] != toks[-1] or span.prev_prev.lower() in NOT_PLACE_BEFORE_IN \
                or re.match(r",?\s+(?:who|whom|whose|he|she)\b", span.next_text):
            return False  # ("He sat near Smith, who said nothing": a person)
        if any(t in MONTHS_DAYS or t in TITLE_WORDS or t in ORG_HEADS or
               self._known_person_token(t) or not WORD_SHAPE_RE.match(t) for t in toks):
            return False
        return not self._demonym(toks[0]) and not is_demonym(self.lex, toks[0]) and \
            not (len(toks) == 2 and toks[0] in self.lex.given and toks[1] in self.lex.surnames)

    def _near_surname(self, span: Span) -> bool:
        """ "the Blackfoot near Bonner were running", "a farm outside Kilmore,": a lone name that
        is a surname only (no given name, no word) after "near" or "outside" is a place's, when
        the text names no person by it."""
        tok = span.tokens[0]
        return len(span.tokens) == 1 and span.prev_word in ("near", "outside") and \
            tok in self.lex.surnames and tok not in self.lex.given and \
            tok.lower() not in self.lex.common and WORD_SHAPE_RE.match(tok) is not None and \
            not self._known_person_token(tok)

    def _listed_spelling(self, span: Span) -> bool:
        """ "in Khan Younis", "near Kafr el-Sheikh": after a locative cue, a name of two or three
        words spelling a listed place's name another way is that place (the page is the listed
        one, the written form an alias)."""
        toks = span.tokens
        if len(toks) > 3 or not (locative(span) or span.prev_word.lower() in ARRIVAL_VERBS) or \
                span.bound or span.tabular or toks[0] not in self.lex.multiword:
            return False
        variant = listed_variant(self.lex, toks)
        if variant is None:
            return False
        self._add(PLACE, variant, " ".join(toks))
        return True

    def _feature_before_noun(self, span: Span) -> bool:
        """ "the Merapi volcano", "the Clyde valley", "the Makran coast", "the Tano and Bia
        rivers": after "the", an unlisted name that can be nothing else, before a lowercase
        landform's or a road's noun (or in a list before its plural), names that feature."""
        nxt, prev = span.next_text, span.prev_word.lower()
        if (prev in OLD_WORDS or prev.endswith("-century")) and span.prev_prev.lower() == "the":
            prev = "the"  # "the old Dolní Vítkovice ironworks", "the ninth-century X monastery"
        if not (prev == "the" and (FEATURE_NOUN_RE.match(nxt) or FEATURE_LIST_RE.match(nxt) or
                                   FEATURE_KIND_RE.match(nxt)) or
                prev in ("and", "or") and FEATURE_PLURAL_RE.match(nxt) or
                prev in STOP_PREPS and STOP_NOUN_RE.match(nxt)) or \
                span.bound or span.tabular or len(span.tokens) > 3 or \
                not THE_BODY_WORDS.isdisjoint(span.tokens) or \
                not self._place_shaped(span.tokens):
            return False  # (not "the Nasdaq market")
        name = " ".join(span.tokens)
        if FIRM_WORK_RE.match(nxt):
            self.firm_prone.add(name)  # "the Glencore mine": a firm's, where the text names it
        if prev == "the" and (m := LAND_NAMED_RE.match(nxt)) or \
                prev in STOP_PREPS and (m := WORK_NAMED_RE.match(nxt)):
            name += m[0]  # "the Draa valley": the valley, not the river it is named after
        self._add(PLACE, name, name)
        return True

    def _country_group(self, span: Span) -> bool:
        """ "the Baltic states", "the Nordic countries": a group of countries, one place of its own
        (not "Baltic", which also names a sea or a shipyard)."""
        m = GROUP_NOUN_RE.match(span.next_text)
        if m is None or span.tokens[0] not in GROUP_WORDS or span.bound or span.tabular:
            return False
        name = f"{span.tokens[0]} {m[1]}"
        self._add(PLACE, name, name)
        return True

    def _island_of_place(self, span: Span) -> bool:
        """ "in Kumamoto, on Kyushu", "Mount Ibu on Halmahera", "the nursery at Vailoa on
        Quorbantu": an unlisted name after a listed place and a comma, after a mountain or after an
        unlisted or small place found here, and "on" is the island the place is on."""
        before = span.prev_prev
        after_place = before.endswith(",") and before[:-1] in self.lex.places and \
            self.lex.places[before[:-1]].strong or self._in_country_after(span) or \
            before not in self.lex.places and any(
                m.type == PLACE and m.surface == before for m in self.mentions)
        if not (after_place or before and any(
                m.type == PLACE and m.surface.startswith(MOUNT_WORDS) and
                m.surface.endswith(f" {before}") for m in self.mentions)) or span.bound or \
                span.tabular or not PLACE_CLAUSE_RE.match(span.next_text) or \
                not self._place_shaped(span.tokens):
            return False
        name = " ".join(span.tokens)
        self._add(PLACE, name, name)
        return True

    def _in_country_after(self, span: Span) -> bool:
        """ "land on Vanua Levu in Fiji": "in" and a country right after the name."""
        m = IN_COUNTRY_RE.match(span.next_text)
        place = self.lex.places.get(m[1]) if m else None
        return place is not None and place.major

    def _route_to_place(self, text: str) -> bool:
        """ "… to Marine Drive", "… to Lapu-Lapu City": the far end of a route "from X to Y" is a
        listed place or a name a place word ends (so X is a place too)."""
        m = ROUTE_TO_RE.match(text)
        if not m:
            return False
        words = m[1].split()
        return any(" ".join(words[:k]) in self.lex.places and
                   self.lex.places[" ".join(words[:k])].strong for k in range(len(words), 0, -1)) \
            or len(words) > 1 and words[-1] in ROUTE_END_WORDS

    def _place_shaped(self, toks: Sequence[str]) -> bool:
        """Words that can only be a place's name: none an English word, a given name, a
        nationality, a language, a title, a month or a body's, event's or caption's word; not all
        surnames; no initials."""
        lex = self.lex
        # a given name opens a place's name ("in Anatolia", "in Santiago Matatlán") unless the
        # name can be a person's: a surname after it, or a surname of its own
        if toks[0] in lex.given and (toks[-1] in lex.surnames or len(toks) > 3) or \
                all(t in lex.surnames for t in toks):
            return False
        if len(toks) > 1 and toks[-1] in TOWN_WORDS:  # "Thu Duc City", "Velmora Heights"
            toks = toks[:-1]
        if len(toks) > 1 and not all(t in POSITION_WORDS for t in toks):
            toks = [t for t in toks if t not in POSITION_WORDS]  # "West Sumatra", "Bristol
            # North West": a compass word names a part of a place
        if len(toks) > 2:  # "Vega de Valcarce", "Ústí nad Labem": a particle inside the name
            toks = [toks[0], *(t for t in toks[1:-1] if t not in INNER_PARTICLES), toks[-1]]
        if len(toks) > 1 and (toks[0] in SHORT_HEADS or len(toks[0]) == 2 and
                              not toks[0].isascii()):
            toks = toks[1:]  # "Te Atatū", "Bắc Từ Liêm": a short word opening the name
        toks = [t for t in toks if len(t) > 2 or t.isascii()] if len(toks) > 1 else toks
        return all(WORD_SHAPE_RE.match(t) and len(t) > 2 and t.lower() not in lex.common and
                   not any(p.lower() in lex.common or p in MONTHS_DAYS for p in t.split("-")) and
                   t not in MONTHS_DAYS and t[:-1] not in MONTHS_DAYS and  # "on Tuesdays"
                   t not in TITLE_WORDS and t not in ORG_HEADS and
                   t not in EVENT_HEADS and t not in CAPTION_WORDS and
                   t not in languages() and not t.endswith(DOCTRINE_ENDINGS) and
                   t not in PEOPLE_WORDS and
                   not is_demonym(lex, t) and not _place_adjective(lex, t) and
                   not self._known_person_token(t) for t in toks)


    def _venue(self, span: Span) -> bool:
        """ "Empress Market", "Queens Gardens", "Carnegie Hall": a name before a venue word is a
        place when some word of it is no generic one and it is no person's ("Stuart Hall")."""
        toks = span.tokens
        # (a given name opens a venue's longer name, a person's or street's it is named after:
        # "Dorothy Lane Market"; not "Jane Hall", "Mary Ann Hall"; after "&" the name is the
        # tail of a longer one, an event's or a body's: "the Asian Contents & Film Market")
        if len(toks) < 2 or toks[-1] not in VENUE_SUFFIXES or span.bound or span.tabular or \
                span.prev_word == "&" or \
                toks[0] in self.lex.given and (len(toks) == 2 or toks[-1] == "Hall") or \
                toks[0] in TITLE_WORDS or \
                all(t in GENERIC_VENUE_WORDS or is_demonym(self.lex, t) for t in toks[:-1]):
            return False
        if toks[-1] == "Hall" and len(toks) == 2 and toks[0] in self.lex.surnames:
            return False  # "Jones Hall" may be Ms Jones Hall; an unlisted word is a hall's name
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _region_of(self, span: Span, written: str) -> bool:
        """ "the State of Mexico", "the Province of Quelvo": a region named after its country or
        city is a place of its own (not the country, nor the city); not "the State of Israel",
        a country's official name the gazetteer holds, nor "the State of Emergency"."""
        k = span.of_split
        right = span.tokens[k:]
        if k != 1 or span.tokens[0] not in REGION_OF_HEADS or span.bound or \
                span.prev_word.lower() != "the" or written in self.lex.places or \
                not (" ".join(right) in self.lex.places or self._place_shaped(right)):
            return False
        self.cued_places.add(written)
        self.cue_tail = (span.end, span.next_text)  # "… and Michoacán"
        self._add(PLACE, written, written)
        return True

    def _county_short(self, span: Span) -> bool:
        """ "in Co Galway", "Co. Mayo": an Irish county written short ("Co" opens no firm's
        name); the page is the county's, its other form the short one."""
        toks = span.tokens
        if len(toks) != 2 or toks[0] not in ("Co", "Co.") or span.bound or \
                not (toks[1] in self.lex.places or toks[1] in minor_places()):
            return False
        self._add(PLACE, f"County {toks[1]}", " ".join(span.surfaces))
        return True

    def _region_list_member(self, span: Span) -> bool:
        """ "the Tolon, Savelugu and Kumbungu districts", "the Bono East region": a name in a list
        before a plural region noun, or alone before a singular one, names a region; not a
        city's name (the region is not the city: "the Pskov and Smolensk regions")."""
        toks = span.tokens
        nxt = span.next_text
        if span.tabular or span.initial or not REGION_WORD_RE.match(nxt):
            return False  # (most spans: no region noun after them)
        last = span.prev_word in ("and", "or") and REGION_PLURAL_RE.match(nxt) is not None
        # (a long capitalised chain binds its spans, "Miners in the Ashanti and Western": the
        # region noun after it says what the last ones are)
        # ("many children in the Zindajan district": one unlisted word after "the" that can
        # only be a place's names the region too)
        one = len(toks) == 1 and span.prev_word.lower() == "the" and \
            REGION_ONE_RE.match(nxt) is not None and toks[0] not in self.lex.places and \
            self._place_shaped(toks) and not _adjective_of_place(self.lex, toks[0])
        if span.tabular or span.initial or span.surfaces[-1] != toks[-1] or not (
                REGION_LIST_RE.match(nxt) or last or one or
                len(toks) > 1 and REGION_ONE_RE.match(nxt)):
            return False
        name = " ".join(toks)
        if name in self.lex.city_names or not self._region_shaped(toks):
            return False
        self.cued_places.add(name)
        self.cue_tail = (span.end, nxt)
        self._add(PLACE, name, name)
        return True

    def _region_shaped(self, toks: Sequence[str]) -> bool:
        """Words that can name a region before its noun: names or position words, no party,
        nationality, month, title, body or function word."""
        lex = self.lex
        return all(WORD_SHAPE_RE.match(t) and len(t) > 2 and t not in PARTY_WORDS and
                   t not in MONTHS_DAYS and t not in TITLE_WORDS and t not in ORG_HEADS and
                   t not in FUNCTION_CAPS and not is_demonym(lex, t) and
                   not _place_adjective(lex, t) and
                   (t in POSITION_WORDS or t.lower() not in lex.common) for t in toks)
