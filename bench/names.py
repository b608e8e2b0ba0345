"""Name material for the synthetic benchmark corpus: real hub entities, name parts, outlets."""
from __future__ import annotations

# (name, type, aliases, extra fields) - the hubs the seed sentences mention; listed by rank.
REAL_ENTITIES: list[tuple[str, str, list[str], dict[str, object]]] = [
    ("Vladimir Putin", "person", ["Putin"], {"wikidata": "Q7747"}),
    ("Ukraine", "place", [], {"wikidata": "Q212", "geonames": 690791}),
    ("Russia", "place", ["Russian Federation"], {"wikidata": "Q159", "geonames": 2017370}),
    ("Volodymyr Zelensky", "person", ["Zelensky", "Zelenskyy", "Zelenskiy"],
     {"wikidata": "Q3874799"}),
    ("Donald Trump", "person", ["Trump"], {"wikidata": "Q22686"}),
    ("Kremlin", "organization", ["Moscow Kremlin"], {}),
    ("Moscow", "place", [], {"geonames": 524901, "coordinates": [55.75, 37.62]}),
    ("Kyiv", "place", ["Kiev"], {"geonames": 703448, "coordinates": [50.45, 30.52]}),
    ("NATO", "organization", ["North Atlantic Treaty Organization"], {"wikidata": "Q7184"}),
    ("Sergey Lavrov", "person", ["Lavrov", "Sergei Lavrov"], {}),
    ("European Union", "organization", ["EU"], {"wikidata": "Q458"}),
    ("Dmitry Peskov", "person", ["Peskov"], {}),
    ("Joe Biden", "person", ["Biden"], {"wikidata": "Q6279"}),
    ("Washington", "place", ["Washington, D.C."], {"coordinates": [38.9, -77.04]}),
    ("White House", "organization", [], {}),
    ("Kharkiv", "place", ["Kharkov"], {"coordinates": [49.99, 36.23]}),
    ("Crimea", "place", [], {}),
    ("Donbas", "place", ["Donbass"], {}),
    ("Pokrovsk", "place", [], {"coordinates": [48.28, 37.18]}),
    ("Kursk", "place", [], {"coordinates": [51.73, 36.19]}),
    ("Bloomberg", "organization", [], {}),
    ("Reuters", "organization", [], {}),
    ("Nikolai Patrushev", "person", ["Patrushev"], {}),
    ("Institute for the Study of War", "organization", ["ISW"], {}),
    ("Turkmenistan", "place", [], {}),
    ("Ashgabat", "place", [], {"coordinates": [37.95, 58.38]}),
    ("Hanoi", "place", [], {"coordinates": [21.03, 105.85]}),
    ("Vietnam", "place", [], {}),
    ("Gurbanguly Berdimuhamedov", "person", ["Berdimuhamedov"], {}),
    ("Oleksandr Syrskyi", "person", ["Syrskyi"], {}),
    ("Sergei Ryabkov", "person", ["Ryabkov"], {}),
    ("Donetsk", "place", [], {"coordinates": [48.0, 37.8]}),
    ("Greenland", "place", [], {}),
    ("Panama", "place", [], {}),
    ("Davos", "place", [], {}),
    ("Kremenchuk", "place", [], {}),
    ("G7", "organization", ["Group of Seven"], {}),
    ("Vladyslav Vlasiuk", "person", ["Vlasiuk"], {}),
    ("Bryansk Chemical Plant", "organization", [], {}),
    ("Halk Maslahaty", "organization", [], {}),
]

GIVEN = """Aleksandr Alexei Anatoly Andriy Anna Boris Bohdan Daria Denys Dmytro Elena Evgeny Galina
Hanna Igor Iryna Ivan Kateryna Kirill Larysa Leonid Lyudmila Maksym Maria Mikhail Mykola Natalia
Nikita Oksana Oleg Olena Pavlo Petro Roman Ruslan Serhiy Stanislav Svitlana Taras Tetiana Valentyn
Valeria Viktor Vitaliy Yaroslav Yulia Yuriy Zoya Andrew Catherine Daniel Emily Frank Grace Henry
Isabel James Julia Laura Lucas Margaret Michael Nathan Olivia Patrick Rachel Samuel Sophie Thomas
Victoria William Ahmed Amir Chen Farid Hiroshi Jamal Kemal Lars Mehmet Pierre Rahul Sven Tariq Wei
Ingrid Sanna Nadia Fatima Aylin Mei Ana Lucia Jorge Mateo""".split()

FAMILY_WEST = """Abernathy Albright Ashworth Bancroft Beckett Blackwood Bramwell Calloway Carrington
Chamberlain Delacroix Donnelly Ellsworth Fairbanks Fitzgerald Galloway Gallagher Hargrove Hawthorne
Holloway Kensington Kingsley Lancaster Langford Lockhart Mallory Marlowe McAllister Merriweather
Montgomery Northcott Pemberton Prescott Radcliffe Rutherford Sinclair Stanhope Thornton Underwood
Vance Wakefield Whitmore Winslow Yardley Aksoy Bergström Castellano Dubois Eriksen Fontaine
Hernández Iwasaki Jovanović Kowalczyk Lindqvist Moreau Nakamura Okonkwo Petrakis Quintero Rossi
Schneider Takahashi Valdés Weissmann Yilmaz Zimmermann Haddad Mansour Demir Varga Horvath Novak
Lindgren Østergaard Brennan Duchamp Ferreira Gutierrez Lambert Ortega Sato Fischer""".split()

SLAVIC_ROOTS = """Koval Petr Bondar Shevch Melnych Tkach Kravch Lysen Hrytsen Moroz Sokol Volod
Orlen Zaits Bilous Hrom Rudn Pasht Kuzm Savch Didenk Yarem Lesn Ostap Kalyn Tymosh Horb Vasyl
Marchen Prokop Zhuk Semen Klym Fedor Nazar Danyl Chorn Rybal Kost Hnat Oles Kozl Lazar Tarasch
Bulav Dorosh
Sydor Lytvyn Pylyp Harb Kulyk Mazur Shvets Kosyk Tsyb Medved Zubar Krylov Belan""".split()
SLAVIC_SUFFIXES = ["enko", "uk", "yshyn", "ov", "ovych", "iak", "ets", "ko", "chuk", "inov"]

PLACE_START = """Kras Bel Nov Star Zol Vys Cher Lys Hor Dub Kam Ozer Sos Yas Myr Pol Lub Ber Vol Dol
Zar Tern Snih Vyn Lym Brod Sven Hlyb Kup Tors Sud Pryl Rozd Bor Iz Oskil Syv Mal Vel Bakh""".split()
PLACE_END = ["ohrad", "ivka", "ove", "ansk", "opil", "yne", "ovets", "iv", "ary", "ovo", "ino",
             "osk", "ets", "ychi", "okamensk", "odar", "yn", "any"]
COUNTRIES = ["Ukraine", "Russia", "Belarus", "Moldova", "Georgia", "Kazakhstan", "Poland",
             "Romania", "Turkey", "Armenia"]

ORG_ADJ = """Caspian Baltic Northern Eastern Western Southern Atlantic Eurasian Continental
Danube Carpathian Volga Pacific Arctic Central Federal National United Global""".split()
ORG_ADJ.append("Black Sea")
ORG_NOUN = """Energy Grain Steel Shipping Pipeline Rail Aviation Defense Security Telecom Mining
Chemical Trade Finance Research Media Policy Logistics Nuclear Water""".split()
ORG_KIND = ["Company", "Group", "Corporation", "Holding", "Institute", "Agency", "Council",
            "Foundation", "Bank", "Alliance", "Commission", "Union", "Committee", "Association"]
MINISTRY_FIELDS = ["Defense", "Finance", "Energy", "Justice", "Health", "Education", "Transport",
                   "Agriculture", "Foreign Affairs", "Economy", "Culture", "Digital Transformation",
                   "Emergency Situations", "Veterans Affairs"]

OUTLETS = [
    ("Eastern Ledger", "easternledger.com"), ("Kyiv Morning Post", "kyivmorningpost.ua"),
    ("Moscow Evening Review", "mer.ru"), ("The Steppe Observer", "steppeobserver.org"),
    ("Baltic Wire", "balticwire.eu"), ("Danube Dispatch", "danubedispatch.com"),
    ("Global Affairs Weekly", "gaweekly.com"), ("The Frontline Report", "frontlinereport.net"),
    ("Caspian Times", "caspiantimes.com"), ("Black Sea Monitor", "bsmonitor.org"),
    ("Atlantic Brief", "atlanticbrief.com"), ("The Policy Desk", "policydesk.org"),
    ("Continental Herald", "continentalherald.eu"),
    ("Kremlin Transcript", "kremlin-transcripts.ru"),
    ("Northern Chronicle", "northernchronicle.com"), ("Capital Gazette Online", "cgonline.com"),
    ("The Morning Signal", "morningsignal.com"), ("Eurasia Today", "eurasiatoday.net"),
    ("World Desk", "worlddesk.com"), ("Independent Monitor", "indmonitor.org"),
    ("The Daily Courier", "dailycourier.com"), ("Security Review", "securityreview.net"),
    ("Energy Markets Journal", "emjournal.com"), ("Grain & Freight", "grainfreight.com"),
    ("Diplomatic Notes", "diplomaticnotes.org"), ("The Evening Standard-Bearer", "esb.co.uk"),
    ("Riverside Times", "riversidetimes.com"), ("The Analyst", "theanalyst.io"),
    ("Field Report Daily", "fieldreportdaily.com"), ("Open Source Weekly", "osweekly.org"),
    ("The Borderland", "borderland.news"), ("Harbor Herald", "harborherald.com"),
    ("Metro Wire Service", "metrowire.com"), ("Pacific Review", "pacificreview.org"),
    ("The Narrative", "thenarrative.net"), ("Central Ledger", "centralledger.com"),
    ("Market Watchtower", "marketwatchtower.com"), ("The Long Read", "thelongread.org"),
    ("Regional Bulletin", "regionalbulletin.eu"), ("Hedge Report", "hedgereport.com"),
]

NEVER_LINK = ["sword of Damocles", "Trojan horse", "Potemkin village"]

TOPICS = ["Ceasefire Talks", "Energy Exports", "Grain Corridor", "Sanctions", "Prisoner Exchange",
          "Drone Strikes", "Pipeline Deal", "Border Security", "Election Plans", "Peace Summit",
          "Oil Prices", "Military Aid", "Refinery Attacks", "Nuclear Safety", "Trade Tariffs"]
CLAUSES = ["the talks would continue next month", "no agreement had been reached",
           "the situation on the ground remained difficult", "new sanctions were under discussion",
           "the delegation had made progress on several issues", "supplies would resume shortly",
           "the report was inaccurate", "security guarantees were the main obstacle",
           "the decision had been taken after long consultations", "prices had risen sharply",
           "the frontline had barely moved in weeks", "further strikes could not be ruled out",
           "an investigation had been opened", "the offer remained on the table",
           "both sides were preparing for a protracted struggle"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROLES = ["diplomat", "economist", "military analyst", "member of parliament", "regional governor",
         "energy executive", "journalist", "deputy minister", "human rights lawyer", "mayor",
         "spokesperson", "political scientist", "banker", "general", "negotiator"]
ACCENTED = ["Zürich", "café", "Bogotá", "São Paulo", "naïve", "Malmö", "Ærø", "Besançon"]
