"""Tests of the rule-based entity detector (archivist.detect)."""

from __future__ import annotations

import pickle

import pytest

from archivist.cache import Cache
from archivist.detection import resolve_all, scanner
from archivist.documents import read_documents
from archivist.reader import discover
from archivist.workers import Workers
from archivist.detect import (NO_EVIDENCE, Candidate, Detector, DocScan, Evidence, build_evidence,
                              detect_corpus, evidence_digest)

TRAP_TEXT = """\
KREMLIN SLAMS NEW SANCTIONS AS PUTIN MEETS XI

MOSCOW, June 28 (Reuters) - Russian President Vladimir Putin said on Tuesday that the talks in
Moscow had gone well.
Mobile phone networks were cut after the strike, and every mobile phone in the city went dark.
The blog Moon of Alabama wrote that sanctions hang over Europe like the sword of Damocles.
Putin's spokesman Dmitry Peskov said the meeting would take place in May.
The picture Bild.jpeg was taken by a reporter; see also https://example.org/Berlin/index.html.
Peskov told reporters that Putin’s schedule was full.
"""


@pytest.fixture(scope="module")
def detector() -> Detector:
    """One shared detector (building the gazetteer takes a fraction of a second)."""
    return Detector()


@pytest.fixture(scope="module")
def found(detector: Detector) -> list[Candidate]:
    """Candidates of the trap text."""
    return detector.detect(TRAP_TEXT)


def _by_name(cands: list[Candidate]) -> dict[str, Candidate]:
    """Candidates keyed by canonical name."""
    return {c.name: c for c in cands}


def _all_surfaces(cands: list[Candidate]) -> set[str]:
    """Every name and variant detected."""
    return {c.name for c in cands} | {v for c in cands for v in c.variants}


@pytest.mark.parametrize("trap", ["Mobile", "Alabama", "Damocles", "May", "Bild", "Berlin",
                                  "Moon", "Moon of Alabama", "KREMLIN", "Kremlin", "Xi", "XI"])
def test_traps_are_not_entities(found: list[Candidate], trap: str) -> None:
    """Common words, parts of longer names, months, file names, URLs and headlines give nothing."""
    assert trap not in _all_surfaces(found)


def test_expected_entities(found: list[Candidate]) -> None:
    """People and places of the trap text are found and typed."""
    by_name = _by_name(found)
    assert by_name["Vladimir Putin"].type == "person"
    assert by_name["Dmitry Peskov"].type == "person"
    assert by_name["Moscow"].type == "place"
    assert by_name["Europe"].type == "place"


def test_surname_and_possessive_merge(found: list[Candidate]) -> None:
    """"Putin", "Putin's" and "Putin’s" are the same person as "Vladimir Putin"."""
    putin = _by_name(found)["Vladimir Putin"]
    assert putin.variants == ("Putin", "Vladimir Putin")
    assert putin.count == 3  # the capitals headline does not count
    peskov = _by_name(found)["Dmitry Peskov"]
    assert peskov.variants == ("Dmitry Peskov", "Peskov")
    assert peskov.count == 2
    assert not any("'" in v or "’" in v for c in found for v in c.variants)


def test_dateline_in_capitals_is_a_place(found: list[Candidate]) -> None:
    """An all-caps dateline maps to the known place; its surface form is kept."""
    assert "MOSCOW" in _by_name(found)["Moscow"].variants


def test_headline_in_capitals_gives_nothing(detector: Detector) -> None:
    """A capitals headline alone yields no entity, even with known names in it."""
    assert detector.detect("PUTIN AND ZELENSKY CLASH OVER UKRAINE GRAIN DEAL\n") == []


def test_ambiguous_city_needs_locative_cue(detector: Detector) -> None:
    """A city named like a common word counts only after "in"/"near" and the like."""
    assert "Mobile" not in _by_name(detector.detect("Mobile users complained again.\n"))
    cands = _by_name(detector.detect("The storm hit homes in Mobile, Alabama, on Sunday.\n"))
    assert cands["Mobile"].type == "place"
    assert cands["Alabama"].type == "place"


def test_titles_and_aliases(detector: Detector) -> None:
    """Title cues give people; country aliases map to the country."""
    text = "Foreign Minister Sergey Lavrov met U.S. officials. Mr Lavrov later left Britain.\n"
    by_name = _by_name(detector.detect(text))
    assert by_name["Sergey Lavrov"].variants == ("Lavrov", "Sergey Lavrov")
    assert by_name["United States"].variants == ("U.S.",)
    assert by_name["United Kingdom"].type == "place"
    assert "Foreign Minister" not in _all_surfaces(list(by_name.values()))


def test_stop_phrases(detector: Detector) -> None:
    """Stop phrases are never reported."""
    text = "Vladimir Putin flew to Ukraine and then to Moscow.\n"
    stopped = Detector(stop_phrases=["Ukraine", "vladimir putin"]).detect(text)
    assert {c.name for c in stopped} == {"Moscow"}
    assert {c.name for c in detector.detect(text)} == {"Moscow", "Ukraine", "Vladimir Putin"}


def test_results_table_rows_give_no_city_places(detector: Detector) -> None:
    """Cities in a results table are teams, not places."""
    table = "Results:\n\nSeattle 9 Baltimore 6\n\nChicago 4 Houston 3\n"
    assert not [c for c in detector.detect(table) if c.type == "place"]


def test_deterministic_and_sorted(detector: Detector) -> None:
    """Same input, same output, sorted by type then name."""
    first = detector.detect(TRAP_TEXT)
    again = Detector().detect(TRAP_TEXT)
    assert first == again
    assert first == sorted(first, key=lambda c: (c.type, c.name))
    assert all(list(c.variants) == sorted(set(c.variants)) for c in first)


def test_corpus_evidence_types_a_bare_surname() -> None:
    """A surname known as a person in one document is a person in another, with its full name."""
    docs = {
        "a.txt": "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n",
        "b.txt": "Later that week Peskov said nothing had changed.\n",
    }
    alone = Detector().detect(docs["b.txt"])
    assert not [c for c in alone if c.type == "person"]
    result = detect_corpus(docs)
    assert list(result) == ["a.txt", "b.txt"]
    people = [c for c in result["b.txt"] if c.type == "person"]
    assert people == [Candidate("Dmitry Peskov", "person", ("Peskov",), 1)]


def test_empty_text(detector: Detector) -> None:
    """No text, no entities."""
    assert detector.detect("") == []
    assert detect_corpus({}) == {}


CORPUS = {
    "a.txt": "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n",
    "b.txt": "Later that week Peskov said nothing had changed. Smith agreed.\n",
    "c.txt": "MOSCOW, June 28 (Reuters) - Foreign Minister Sergey Lavrov met U.S. officials.\n"
             "Lavrov later left Britain for talks in Mobile, Alabama.\n",
    "d.txt": "Coach John Smith said the team would travel to Berlin.\n",
    "e.txt": "Results:\n\nSeattle 9 Baltimore 6\n\nChicago 4 Houston 3\n",
    "f.txt": "Young players impressed. Young said the Bank of England and the Black Sea fleet"
             " were not his concern; Luis de Guindos agreed.\n",
    "g.txt": "",
    "h.txt": "Putin's spokesman Peskov told reporters that Putin’s schedule was full.\n",
}


def _two_phase(texts: dict[str, str], det: Detector) -> dict[str, list[Candidate]]:
    """detect_corpus through the public cacheable API: scan, build_evidence, resolve."""
    scans = {k: det.scan(texts[k]) for k in sorted(texts)}
    evidence = build_evidence(scans.values())
    return {k: det.resolve(texts[k], scans[k], evidence) for k in scans}


def test_two_phase_api_matches_detect_corpus(detector: Detector) -> None:
    """scan + build_evidence + resolve gives exactly what detect_corpus gives."""
    assert _two_phase(CORPUS, detector) == detect_corpus(CORPUS, detector)
    assert _two_phase({}, detector) == {}


def test_scan_is_the_first_pass_and_picklable(detector: Detector) -> None:
    """A scan holds detect()'s result and the people of the document; it survives pickling."""
    scan = detector.scan(CORPUS["a.txt"])
    assert list(scan.candidates) == detector.detect(CORPUS["a.txt"])
    assert scan.persons == ("Dmitry Peskov",)
    assert "Peskov" in scan.evidence_keys and scan.asked_keys <= scan.evidence_keys
    assert pickle.loads(pickle.dumps(scan)) == scan


def test_digest_constant_when_evidence_is_irrelevant(detector: Detector) -> None:
    """Evidence about names a document does not hold gives NO_EVIDENCE and the first pass."""
    scan = detector.scan(CORPUS["e.txt"])
    evidence = build_evidence([detector.scan(CORPUS["a.txt"])])
    assert scan.digest(evidence) == NO_EVIDENCE
    assert evidence_digest(Evidence(), scan.evidence_keys) == NO_EVIDENCE
    assert detector.resolve(CORPUS["e.txt"], scan, evidence) == list(scan.candidates)


def test_digest_follows_relevant_evidence(detector: Detector) -> None:
    """The digest changes exactly when evidence about the document's tokens changes."""
    scan = detector.scan(CORPUS["b.txt"])
    peskov = build_evidence([detector.scan(CORPUS["a.txt"])])
    again = build_evidence([detector.scan(CORPUS["a.txt"]), detector.scan(CORPUS["e.txt"])])
    other = build_evidence([detector.scan("Spokesman Ivan Peskov said so.\n")])
    assert scan.digest(peskov) != NO_EVIDENCE
    assert scan.digest(peskov) == scan.digest(again)
    assert scan.digest(peskov) != scan.digest(other)
    assert evidence_digest(peskov, scan.evidence_keys) == scan.digest(peskov)


def test_incremental_rebuild_reuses_cached_results(detector: Detector) -> None:
    """With scans cached by content and results by (content, digest), an edit re-resolves only
    the documents whose evidence changed, and the results equal a full rebuild."""
    scan_cache: dict[str, DocScan] = {}
    result_cache: dict[tuple[str, str], list[Candidate]] = {}

    def build(texts: dict[str, str]) -> tuple[dict[str, list[Candidate]], set[str]]:
        """One incremental build: results and the documents resolved afresh."""
        scans = {k: scan_cache.setdefault(t, detector.scan(t)) for k, t in texts.items()}
        evidence = build_evidence(scans.values())
        out, fresh = {}, set()
        for key in sorted(texts):
            cache_key = (texts[key], scans[key].digest(evidence))
            if cache_key not in result_cache:
                fresh.add(key)
                result_cache[cache_key] = detector.resolve(texts[key], scans[key], evidence)
            out[key] = result_cache[cache_key]
        return out, fresh

    first, fresh = build(CORPUS)
    assert first == detect_corpus(CORPUS, detector) and fresh == set(CORPUS)
    edited = dict(CORPUS, **{"a.txt": "Kremlin spokesman Ivan Peskov spoke on Monday.\n"})
    second, fresh = build(edited)
    assert second == detect_corpus(edited, detector)
    assert "a.txt" in fresh and "b.txt" in fresh and "e.txt" not in fresh
    people = [c for c in second["b.txt"] if c.type == "person"]
    assert Candidate("Ivan Peskov", "person", ("Peskov",), 1) in people


def test_last_line_table_row_keeps_places_elsewhere(detector: Detector) -> None:
    """A date-like last line is a table row; lone places in other lines still count."""
    text = "Officials in Kaluga met on Friday.\nTraffic in Tver was calm.\n\n12.05.2019 17:00\n"
    places = {c.name for c in detector.detect(text) if c.type == "place"}
    assert {"Kaluga", "Tver"} <= places


def _typed(cands: list[Candidate]) -> set[tuple[str, str]]:
    """(name, type) of every candidate."""
    return {(c.name, c.type) for c in cands}


# (text, entities that must be found, names that must not be found as any entity)
PRECISION_CASES = [
    ("Friends wished Olga Petrenko a Merry Christmas in Tomsk.\n",
     {("Olga Petrenko", "person")}, {"Merry Christmas"}),
    ("Veterans marched on Victory Day, and the Youth Forum opened.\n", set(),
     {"Victory Day", "Youth Forum"}),
    ("Actress Doris Day sang on Unity Day.\n", {("Doris Day", "person")}, {"Unity Day"}),
    ("The Severny Potok pipeline will carry gas, said Ivan Orlov.\n",
     {("Ivan Orlov", "person")}, {"Severny Potok"}),
    ("The vessel Admiral Kuzin left port.\n", set(), {"Admiral Kuzin", "Kuzin"}),
    ("The war against Nazi Germany lasted four years.\n", set(), {"Nazi Germany"}),
    ("The glider flies at Mach 20 through the upper atmosphere.\n", set(), {"Mach"}),
    ("Talks with the People's Republic of China went well.\n", {("China", "place")},
     {"Republic of China"}),
    ("Talks with the People’s Republic of China went well.\n", {("China", "place")},
     {"Republic of China"}),
    ("Talks with the Peoples’ Republic of China went well.\n", {("China", "place")},
     {"Republic of China"}),
    ("Why not call one of the new islands Petrov Island? asked Ivan Petrov.\n",
     {("Ivan Petrov", "person")}, {"Petrov Island"}),
    ("Workers at the Baltic Shipyard launched an icebreaker.\n",
     {("Baltic Shipyard", "organization")}, {"Baltic"}),
    # the regions, not the cities they are named after (written "Pskov", named "Pskov region")
    ("Fires spread in the Pskov and Smolensk regions overnight.\n",
     {("Pskov region", "place"), ("Smolensk region", "place")}, set()),
    ("The Board of Directors met, and the Federal Agency for Fishery agreed.\n", set(),
     {"Board of Directors", "Federal Agency"}),
    ("The 5th Tank Army crossed the river.\n", set(), {"Tank Army"}),
    ("The deal is worth US$ 5 billion.\n", set(), {"United States", "US"}),
    ("Chief of the General Staff Valery Gerasimov: The exercise is over.\n",
     {("Valery Gerasimov", "person")}, {"Staff Valery Gerasimov"}),
    ("Culture Minister Vladimir Medinsky opened the festival.\n",
     {("Vladimir Medinsky", "person")}, {"Culture Medinsky", "Culture Minister"}),
    ("President of Zolotoil Vagit Alekperov: We have invested a great deal.\n",
     {("Vagit Alekperov", "person")}, {"Zolotoil Vagit Alekperov"}),
    ("Chairman of the Management Committee of Gazprom Alexei Miller: All is well.\n",
     {("Alexei Miller", "person")},
     {"Management Committee of Gazprom Alexei Miller", "Management Committee"}),
    ("President of the People's Republic of China Xi Jinping arrived in Moscow.\n",
     {("China", "place"), ("Moscow", "place")}, {"Republic of China Xi Jinping"}),
    ("The Ministry of Culture agreed.\n", {("Ministry of Culture", "organization")},
     {"The Ministry of Culture"}),
    ("Bonds fell on the August Association of Steel Buyers index.\n",
     {("Association of Steel Buyers", "organization")},
     {"August Association of Steel Buyers"}),
    ("The side, coached by Argentine Tomas Veradin, lost.\n",
     {("Tomas Veradin", "person")}, {"Argentine Tomas Veradin"}),
    ("Full back Christian Dovrak scored, as did Brazilian Jose Maria Quintal.\n",
     {("Christian Dovrak", "person"), ("Jose Maria Quintal", "person")},
     {"Brazilian Jose Maria Quintal"}),
    ("\"We believe in God,\" he said at a meeting in Liege.\n",
     {("Liège", "place")}, {"God"}),
    ("\"We did it,\" team captain Mary Ann King said.\n",
     {("Mary Ann King", "person")}, {"Mary Ann"}),
    ("The Food and Drug Administration and the Trade and Industry Ministry agreed.\n",
     set(), {"Drug Administration", "Industry Ministry"}),
    ("Talks between Velmora and European Union officials ended.\n",
     {("European Union", "organization")}, set()),
    ("Anchor Software Corp. settled the suit.\n",
     {("Anchor Software Corp", "organization")}, {"Software Corp"}),
    ("-- Velmora Newsdesk 212-859-1610\n", set(), {"Velmora Newsdesk"}),
    ("Zentrix bought Quorival Labs Inc of Leeds for $20 million.\n",
     {("Quorival Labs Inc", "organization"), ("Leeds", "place")},
     {"Quorival Labs Inc of Leeds"}),
]


@pytest.mark.parametrize(("text", "found", "absent"), PRECISION_CASES)
def test_precision_classes(detector: Detector, text: str, found: set, absent: set) -> None:
    """Holidays, events, works, things, fragments, generic bodies and titles are not entities."""
    cands = detector.detect(text)
    assert found <= _typed(cands)
    assert not absent & _all_surfaces(cands)


def test_caption_label_is_never_a_person() -> None:
    """A caption label is no person, even when corpus evidence knows the name after it."""
    docs = {"a.txt": "Image: Jane Kowalski\nJane Kowalski said the talks went well.\n",
            "b.txt": "Image: Ivan Petrov\n\nThe meeting was short.\n",
            "c.txt": "Photo: Image\n"}
    found = detect_corpus(docs)
    assert not {"Image", "Photo"} & {s for c in found.values() for s in _all_surfaces(c)}
    assert ("Jane Kowalski", "person") in _typed(found["a.txt"])


def test_saint_names_are_one_place(detector: Detector) -> None:
    """ "St. Louis", "St Louis" and "Saint Louis" are one city; the dot stays in the surface."""
    cands = detector.detect("Talks in St. Louis ended; St Louis and Saint Louis agreed.\n")
    louis = [c for c in cands if c.type == "place"]
    assert len(louis) == 1 and louis[0].variants == ("Saint Louis", "St Louis", "St. Louis")


@pytest.mark.parametrize("name", ["Naoko Tanabe", "Dimitris Kollias", "Inderjit Bains",
                                  "Zdenek Hruby"])
def test_given_names_of_other_countries(detector: Detector, name: str) -> None:
    """Given names that Faker's locales lack (the world list) start a person's name."""
    cands = detector.detect(f"The committee heard from {name} on Tuesday.\n")
    assert (name, "person") in _typed(cands)


def test_world_given_names_do_not_weaken_places(detector: Detector) -> None:
    """A world given name that is also a place name stays a place ("Georgia", "Florence")."""
    cands = detector.detect("She lives in Florence and works in Georgia.\n")
    assert {("Florence", "place"), ("Georgia", "place")} <= _typed(cands)


def test_historic_places(detector: Detector) -> None:
    """Former states are places under their own names, not today's."""
    cands = detector.detect("Talks between the Soviet Union and Yugoslavia failed; the USSR left"
                            " and Zaire stayed.\n")
    assert {("Soviet Union", "place"), ("Yugoslavia", "place"), ("Zaire", "place")} <= \
        _typed(cands)
    assert "USSR" in _by_name(cands)["Soviet Union"].variants


def test_place_not_swallowed_by_a_capitalised_run(detector: Detector) -> None:
    """A title, a place and a month joined by "in" are three things, not one long name."""
    cands = detector.detect("He was elected Regional Chairman in Denver in May.\n")
    assert ("Denver", "place") in _typed(cands)
    org = detector.detect("The Organisation for Security and Cooperation in Europe met.\n")
    assert not [c for c in org if c.type == "place"]


RECALL_CASES = [
    ("Third seed Stefan Muster of Austria beat Javier Frana of Argentina.\n",
     {("Stefan Muster", "person"), ("Javier Frana", "person"), ("Austria", "place"),
      ("Argentina", "place")}),
    ("Officials said William Weld asked to speak first.\n", {("William Weld", "person")}),
    ("Mark Gleeson wrote the report.\n", {("Mark Gleeson", "person")}),
    ("Bill Clinton met the press on Monday.\n", {("Bill Clinton", "person")}),
]


@pytest.mark.parametrize(("text", "found"), RECALL_CASES)
def test_recall_classes(detector: Detector, text: str, found: set) -> None:
    """Surnames that are English words, given names that open a sentence, Name of Country."""
    assert found <= _typed(detector.detect(text))


@pytest.mark.parametrize("text", [
    "Fans of the San Diego Padres cheered.\n", "The Salomon Brothers report was late.\n",
    "Moon of Alabama wrote about it.\n", "She drove to Ross County yesterday.\n"])
def test_word_surnames_need_a_name_shape(detector: Detector, text: str) -> None:
    """Plural nouns, place words and given names inside place names do not make people."""
    assert not [c for c in detector.detect(text) if c.type == "person"]


def test_results_lines_name_people_and_their_countries(detector: Detector) -> None:
    """Athletes before a country in brackets, goal scorers before a minute; not teams."""
    text = ("Results of the women's 100 metres:\n\n1. Odalys Quintero (Cuba) 11.02\n"
            "2. Abebe Tesfaye (Ethiopia) 11.10\n\nDinamo 1 (Orlovski 66th minute) Lokomotiv 0\n"
            "Scorers: Kuzmenko (50th minute), Dvali (54th and 80th)\n"
            "In Gdansk: Ruch Slaski (Poland) 2 Bravo Pesca (Malta) 0\n")
    found = _typed(detector.detect(text))
    assert {("Odalys Quintero", "person"), ("Abebe Tesfaye", "person"), ("Orlovski", "person"),
            ("Kuzmenko", "person"), ("Dvali", "person"),
            ("Cuba", "place"), ("Ethiopia", "place"), ("Poland", "place")} <= found
    assert not {n for n, t in found if t == "person"} & {"Ruch Slaski", "Bravo Pesca"}


def test_dateline_country_after_a_capitals_place(detector: Detector) -> None:
    """ "TOWN, Country 1996-08-23": the country counts even when the town is unknown."""
    cands = detector.detect("RACE NEWS\nZELTWEG-RING, Austria 1996-08-23\nThe race was wet.\n")
    assert ("Austria", "place") in _typed(cands)


def test_unknown_dateline_town_vouched_by_its_country(detector: Detector) -> None:
    """An unknown capitals town before a known country in a dateline is a place."""
    cands = detector.detect("RALLY NEWS\nKORPILAHTI, Finland 1996-08-24\nThe rally went on.\n")
    assert {("Korpilahti", "place"), ("Finland", "place")} <= _typed(cands)
    # (an invented town: Korpilahti itself is a listed small town since session 15)
    alone = detector.detect("KELBYVAARA, Zorbland 1996-08-24\nThe rally went on.\n")
    assert not alone


def test_table_heading_place_and_landmark(detector: Detector) -> None:
    """ "At Leicester: <scores>" names the ground's town; the Kremlin is a place."""
    cands = detector.detect("At Leicester: Kent 353 (P. Sims 108, P. Nash 67)\n"
                            "Officials in the Kremlin said nothing.\n")
    assert {("Leicester", "place"), ("Kremlin", "place")} <= _typed(cands)


@pytest.mark.parametrize("caption", ["Photo: Naoko Tanabe", "Image: Naoko Tanabe/TASS",
                                     "Photo by Naoko Tanabe", "Pictured: Naoko Tanabe, left."])
def test_names_in_photo_captions(detector: Detector, caption: str) -> None:
    """Names in captions and credits are people; the caption label is not."""
    found = _typed(detector.detect(caption + "\n"))
    assert ("Naoko Tanabe", "person") in found
    assert not {n for n, _ in found} & {"Photo", "Image", "Pictured", "TASS"}


def test_ordinals_and_editors(detector: Detector) -> None:
    """An anniversary is no goal minute; an editor's title is not part of a person's name."""
    assert detector.detect("It marked the UN’s 70th anniversary.\n") == []
    cands = detector.detect("Daily Star Editor in Chief Ivan Sorokin: Mr President, thank you.\n")
    assert [c.name for c in cands if c.type == "person"] == ["Ivan Sorokin"]


def test_titles_are_not_given_names(detector: Detector) -> None:
    """ "Doctor Zhivago" is a film title, not a person; "Miss Lind" names Lind."""
    assert detector.detect("One film was Doctor Zhivago, the other a comedy.\n") == []
    cands = detector.detect("Yesterday Miss Lind arrived.\n")
    assert ("Lind", "person") in _typed(cands)


@pytest.mark.parametrize(("text", "name"), [
    ('"We will be there," said Frank Quilter.\n', "Frank Quilter"),
    ("Vivit Chatuparisut, deputy director of the police, said so.\n", "Vivit Chatuparisut"),
    ("Ministry Director-General Mutawakel Taha denied it.\n", "Mutawakel Taha"),
    ("Mark Philippoussis won in straight sets.\n", "Mark Philippoussis"),
    ('"Fine," said New Yorker Rebecca Weinstein, a fan.\n', "Rebecca Weinstein"),
])
def test_unlisted_names_with_a_cue(detector: Detector, text: str, name: str) -> None:
    """A speech verb before a closing name, a role after it, a title, or a given name that
    opens a sentence before a name that is no word, name a person; the prefix does not."""
    people = {c.name for c in detector.detect(text) if c.type == "person"}
    assert people == {name}


@pytest.mark.parametrize("text", ["Officials say Iraqi Kurds agree to a ceasefire.\n",
                                  "They said Palestinian Islamist Hamas was invited.\n",
                                  "North Queensland won the match.\n",
                                  "Will Rosneftegaz also pay?\n"])
def test_cues_do_not_make_groups_people(detector: Detector, text: str) -> None:
    """A speech verb before a clause's subject, plural groups and compass names are no people."""
    assert not [c for c in detector.detect(text) if c.type == "person"]


def test_three_part_name_after_a_title_is_kept_whole(detector: Detector) -> None:
    """Only words, places and titles are cut from the front of a name after a title."""
    cands = detector.detect("Lavrov met President Vo Van Thuong in Hanoi.\n")
    assert ("Vo Van Thuong", "person") in _typed(cands)


def test_all_caps_name_in_running_text(detector: Detector) -> None:
    """A given name and surname in capitals inside a mixed-case line is a person, as written;
    acronyms and all-caps headlines are not."""
    cands = detector.detect("The mayor, JOHN SMITH, said the town was safe.\n")
    assert _by_name(cands)["John Smith"].variants == ("JOHN SMITH",)
    assert detector.detect("He works for the BBC WORLD SERVICE and NATO.\n") == []
    assert detector.detect("MAYOR JOHN SMITH SAYS TOWN IS SAFE\n") == []


def test_place_after_an_organisation_of(detector: Detector) -> None:
    """ "Academy of Sciences of Finland": Finland is part of the body's name, not a place."""
    cands = detector.detect("She joined the Academy of Sciences of Finland in May.\n")
    assert not [c for c in cands if c.type == "place"]


def test_given_name_and_patronymic_is_no_full_name(detector: Detector) -> None:
    """ "Sergei Yevgenyevich" addresses someone; a surname in -evich is still a surname."""
    assert detector.detect("Sergei Yevgenyevich, thank you.\n") == []
    cands = detector.detect("Albert Chunkevich spoke next.\n")
    assert ("Albert Chunkevich", "person") in _typed(cands)


def test_place_as_compound_qualifier(detector: Detector) -> None:
    """ "U.S.-sponsored" qualifies a noun; it names no place."""
    cands = detector.detect("A U.S.-sponsored truce held in Iraq.\n")
    assert _typed(cands) == {("Iraq", "place")}


def test_place_names_without_diacritics(detector: Detector) -> None:
    """Text that drops diacritics still names the gazetteer's place ("Zurich" is Zürich)."""
    cands = detector.detect("Talks in Zurich and Dusseldorf ended.\n")
    assert {("Zürich", "place"), ("Düsseldorf", "place")} <= _typed(cands)
    assert "Zurich" in _by_name(cands)["Zürich"].variants


def test_unknown_province_or_river(detector: Detector) -> None:
    """An unknown name before "province" or "river" is a place (the river named with its noun,
    as "the Niger river" is no country); a nationality word is not."""
    cands = detector.detect("Floods hit Tarnak province, where the Zelbar river rose.\n")
    assert {("Tarnak", "place"), ("Zelbar river", "place")} <= _typed(cands)
    assert not detector.detect("It is the largest Jewish state and an English county.\n")


def test_article_before_a_given_name_makes_a_thing(detector: Detector) -> None:
    """ "the Milli Gengesh", "the Red Cross": no person after a bare article."""
    cands = detector.detect("He chaired the Milli Gengesh and later the Red Cross.\n")
    assert not [c for c in cands if c.type == "person"]


def test_compass_initial_country_names(detector: Detector) -> None:
    """ "S. Korea" is South Korea, not a person with an initial."""
    cands = detector.detect("Talks between S. Korea and N. Korea resumed.\n")
    assert _typed(cands) == {("South Korea", "place"), ("North Korea", "place")}


def test_us_state_abbreviations(detector: Detector) -> None:
    """ "Paramount, Calif." names California, the dot kept; "Ill.-based" names no place."""
    cands = detector.detect("Lockhart, based in Paramount, Calif., makes parts; a Peoria,"
                            " Ill.-based rival agreed.\n")
    assert _by_name(cands)["California"].variants == ("Calif.",)
    assert "Illinois" not in _by_name(cands)


def test_firms_named_like_people(detector: Detector) -> None:
    """ "Eli Lilly & Co", "Piper Jaffray Inc" are firms, in every mention of the document;
    a market index named like a person is no person."""
    cands = detector.detect("A former Eli Lilly & Co unit; Eli Lilly sold it. The Dow Jones"
                            " industrial average rose.\n")
    assert _typed(cands) == {("Eli Lilly & Co", "organization")}  # "Eli Lilly" its short form
    assert "Eli Lilly" in _by_name(cands)["Eli Lilly & Co"].variants


def test_club_named_for_its_city(detector: Detector) -> None:
    """ "Hansa Rostock": a given-name-like word before a city is a club, not a person."""
    cands = detector.detect("Fans saw Hansa Rostock beat Lech Poznan on Saturday.\n")
    assert not [c for c in cands if c.type == "person"]


def test_city_alternate_names_that_are_people_or_phrases_name_no_city(detector: Detector) -> None:
    """A city's former name taken from a person ("Stalin" for Donetsk) or made of English
    words ("White House" for Casablanca) is no alias; spellings and former names stay."""
    from archivist.detect.lexicon import lexicon
    places = lexicon().places
    for alt in ("Stalin", "Brezhnev", "Gorki", "Gorky", "Windy City", "Victoria"):
        assert places.get(alt) is None or places[alt].name == alt, alt
    assert places["White House"].name == "White House"
    assert [places[n].name for n in ("Leningrad", "Sverdlovsk", "Kishinev", "Islamabad")] == [
        "Saint Petersburg", "Yekaterinburg", "Chisinau", "Islamabad"]  # not Chattogram's
    cands = detector.detect("In Moscow, Stalin and Brezhnev ruled from the Kremlin.\n")
    assert {c.name for c in cands if c.type == "place"} <= {"Moscow", "Kremlin"}


def test_territory_is_a_region_of_its_own(detector: Detector) -> None:
    """ "Krasnodar Territory" is the region, a place of its own beside the city."""
    cands = detector.detect("He toured the Krasnodar Territory; Krasnodar grain is good.\n")
    assert {c.variants for c in cands if c.name == "Krasnodar"} == {("Krasnodar",)}
    assert "Krasnodar Territory" in _by_name(cands)


def test_generic_body_qualified_by_initials_is_its_own(detector: Detector) -> None:
    """ "UN Security Council" keeps its owner's initials; a bare "Security Council" in the same
    text is left out (which council it means is unclear); a demonym's body stays apart."""
    cands = detector.detect("Members of the UN Security Council met. The Security Council"
                            " agreed. The Foreign Ministry and the Chinese Foreign Ministry.\n")
    orgs = {c.name: c.variants for c in cands if c.type == "organization"}
    assert orgs["UN Security Council"] == ("UN Security Council",)
    assert "Security Council" not in orgs
    assert {"Foreign Ministry", "Chinese Foreign Ministry"} <= set(orgs)


def test_unit_named_after_its_owner_is_no_page(detector: Detector) -> None:
    """ "the Emergencies Ministry's Northern Centre": the unit has no name of its own."""
    cands = detector.detect("Crews from the Emergencies Ministry's Northern Centre came.\n")
    assert {c.name for c in cands if c.type == "organization"} == {"Emergencies Ministry"}


def test_article_given_name_needs_a_known_surname(detector: Detector) -> None:
    """ "Al Zarqeda", "El Diarito": an article before an unknown word names no person;
    "Al Gore" does, and a cue still makes "Al Pacino" one."""
    cands = detector.detect("They fought Al Zarqeda; El Diarito wrote. Al Gore spoke.\n")
    assert {c.name for c in cands if c.type == "person"} == {"Al Gore"}
    assert _typed(detector.detect("said Al Pacino, the actor.\n")) == {("Al Pacino", "person")}


def test_city_name_with_a_closing_number_is_a_name(detector: Detector) -> None:
    """ "the channel Kutaisi 2." names a channel; "Kutaisi 1996-08-30" and a score do not."""
    assert not detector.detect("A question from the Georgian channel Kutaisi 2.\n")
    cands = detector.detect("In Kutaisi, the home side beat Batumi 2-0 on Sunday.\n")
    assert {c.name for c in cands} == {"Kutaisi", "Batumi"}


def _people(cands: list[Candidate]) -> dict[str, Candidate]:
    """The person candidates by name."""
    return {c.name: c for c in cands if c.type == "person"}


def test_names_with_lowercase_particles_stay_whole(detector: Detector) -> None:
    """"al-", "von der", "da" inside a name keep it one person; the surname alone (with its
    particle, or without a hyphen-joined article) after a title is that person."""
    text = ("Karim al-Qasrawi met Ingrid von der Brelen and Pedro Anselmo da Morvela.\n"
            "Later Mr al-Qasrawi and President al-Qasrawi spoke; Ms von der Brelen agreed.\n"
            "President Qasrawi thanked Mr da Morvela for al-Qasrawi's visit.\n")
    people = _people(detector.detect(text))
    assert set(people) == {"Karim al-Qasrawi", "Ingrid von der Brelen",
                           "Pedro Anselmo da Morvela"}
    assert set(people["Karim al-Qasrawi"].variants) == {"Karim al-Qasrawi", "al-Qasrawi",
                                                       "Qasrawi"}
    assert "von der Brelen" in people["Ingrid von der Brelen"].variants
    assert "da Morvela" in people["Pedro Anselmo da Morvela"].variants


def test_a_fathers_name_after_bin_is_not_the_surname(detector: Detector) -> None:
    """"Karim bin Haddoun": a bare "Haddoun" (the father, or anyone) is not tied to him."""
    text = "Prince Karim bin Haddoun arrived.\nKing Haddoun received him.\n"
    people = _people(detector.detect(text))
    assert people["Karim bin Haddoun"].variants == ("Karim bin Haddoun",)


def test_corpus_evidence_knows_a_surname_without_its_article() -> None:
    """A full name with "al-" in one document gives a bare "Qasrawi" in another its owner."""
    docs = {"a.txt": "President Karim al-Qasrawi spoke on Monday.\n",
            "b.txt": "On Tuesday President Qasrawi and Mr al-Qasrawi's aides left.\n"}
    people = _people(detect_corpus(docs)["b.txt"])
    assert set(people) == {"Karim al-Qasrawi"}
    assert set(people["Karim al-Qasrawi"].variants) == {"Qasrawi", "al-Qasrawi"}


def test_sentence_initial_article_and_spanish_place_names(detector: Detector) -> None:
    """"Al-Qasrawi" opening a sentence is the surname; "Villa de la Paz" is no person."""
    text = "Karim al-Qasrawi spoke.\nAl-Qasrawi then left for Villa de la Paz by car.\n"
    people = _people(detector.detect(text))
    assert set(people) == {"Karim al-Qasrawi"}
    assert "Al-Qasrawi" in people["Karim al-Qasrawi"].variants


def test_second_pass_same_in_workers_from_packed_lines_or_text(tmp_path) -> None:
    """resolve_all gives the same results in a worker pool (from the first pass's packed lines)
    as in-process from the texts (as for scans that came from the cache)."""
    for name, text in {**CORPUS, "trap.txt": TRAP_TEXT}.items():
        (tmp_path / name).write_text(text or "Nothing here.\n", encoding="utf-8")
    scan, scan_id = scanner(())
    with Workers(size=2, min_items=1) as workers:
        docs, _, scans = read_documents(tmp_path, discover(tmp_path), None, scan, scan_id,
                                        workers=workers)
        assert workers.started and all(packed for _, packed in scans.values())
        pooled = resolve_all(docs, scans, (), Cache(None), workers)
    from_text = resolve_all(docs, {k: (s, None) for k, (s, _) in scans.items()}, (), Cache(None))
    assert pooled == from_text
    assert set(pooled) == {d.id for d in docs} and any(pooled.values())


def test_a_person_shaped_team_in_a_results_table_is_no_person(detector: Detector) -> None:
    """A score line's first team and a standings row name teams; players' rows stay people."""
    text = ("Football results.\nMaria Velta 2 Kesto 0\nMaria Velta 3 2 0 1 4 2 6\n"
            "Ivan Droz (Velmora) 2 Dunmere (Ostland) 1\n"
            "Golf scores.\nColin Ardmore 69 66 70 68 273\n1. Daniel Kemor (Kenya) 13:02.62\n")
    people = {c.name for c in detector.detect(text) if c.type == "person"}
    assert not {"Maria Velta", "Ivan Droz"} & people
    assert {"Colin Ardmore", "Daniel Kemor"} <= people


def test_a_name_ending_in_a_collective_word_is_no_person(detector: Detector) -> None:
    """'Community', 'Initiative'… end a body's name, never a person's ("Sant 'Egidio Community")."""
    text = ("Talks were hosted by the Catholic Sant 'Egidio Community, which mediated.\n"
            "Officials said the Sant 'Egidio Community would meet again with Maria Velta.\n"
            "The Carlo Venti Initiative funds schools, Maria Velta said.\n")
    people = set(_people(detector.detect(text)))
    assert not {n for n in people if n.endswith(("Community", "Initiative"))}
    assert "Maria Velta" in people


@pytest.mark.parametrize("text, person", [
    ("On Monday Odile Le Gall said the port would close.", "Odile Le Gall"),
    ("Opposition leader Marine Le Bon said the port would close.", "Marine Le Bon"),
    ("The minister, Yann Le Coin, said the port would close.", "Yann Le Coin"),
])
def test_a_surname_after_a_particle_may_be_an_english_word(text: str, person: str) -> None:
    assert [c.name for c in detect_corpus({"a": text})["a"] if c.type == "person"] == [person]


@pytest.mark.parametrize("text", [
    "The French daily Le Matin said the port would close. He told Le Matin so.",
    "According to El Heraldo, the port would close.", "Die Woche said the port would close.",
])
def test_an_article_and_one_word_is_a_title_not_a_person(text: str) -> None:
    assert not [c for c in detect_corpus({"a": text})["a"] if c.type == "person"]


@pytest.mark.parametrize("text, absent", [
    ("Rainfall became erratic, as Perth and Quill (2017) argue.", "Perth"),
    ("Earlier work (Lisbon et al., 2011; Okafor, 2016) agrees.", "Lisbon"),
    ("See Perth, K. and Quill, R. (2017). Rain in the hills.", "Perth"),
    ("Lake Tanganyika rose; Lake Chad has shrunk since 1970.", "Chad"),
])
def test_cited_authors_and_lake_names_are_no_places(text: str, absent: str) -> None:
    assert absent not in {c.name for c in detect_corpus({"a": text})["a"]}


def test_a_place_before_initials_of_a_state_stays_a_place() -> None:
    names = {c.name for c in detect_corpus({"a": "Officials in Washington, D.C. and Maryland "
                                                  "agreed on Monday."})["a"]}
    assert {"Washington", "Maryland"} <= names


@pytest.mark.parametrize("text", [
    "On Monday novelist Ayomiposi Okonkwo-Bell read from her new book.",
    "Ayomiposi Okonkwo-Bell, a novelist, read from her new book.",
    "The book sold well, according to Ayomiposi Okonkwo-Bell, the translator.",
])
def test_an_occupation_only_a_person_has_makes_an_unlisted_name_a_person(text: str) -> None:
    assert [(c.name, c.type) for c in detect_corpus({"a": text})["a"]] == [
        ("Ayomiposi Okonkwo-Bell", "person")]


def test_an_occupation_a_company_can_fill_makes_no_person() -> None:
    found = detect_corpus({"a": "The deal was signed by publisher Quornby Vellis on Monday."})
    assert not [c for c in found["a"] if c.type == "person"]


def test_a_surname_written_first_stays_in_the_name() -> None:
    found = detect_corpus({"a": "On Monday Nguyen Thi Hoa said the fair was busy."})["a"]
    assert [(c.name, c.type) for c in found] == [("Nguyen Thi Hoa", "person")]


@pytest.mark.parametrize("text, name, typ", [
    ("On Monday Prime Minister Ilse May spoke to reporters.", "Ilse May", "person"),
    ("Republican nominee Carl Brandt Wednesday attacked the plan. Brandt spoke.", "Carl Brandt",
     "person"),
    ("On Monday the Ministry of Trade and Industry said so.",
     "Ministry of Trade and Industry", "organization"),
    ("A plan went to the Department of Health and Human Services for review.",
     "Department of Health and Human Services", "organization"),
])
def test_names_keep_their_last_words(text: str, name: str, typ: str) -> None:
    assert (name, typ) in {(c.name, c.type) for c in detect_corpus({"a": text})["a"]}


def test_a_title_s_ministry_and_a_minister_stay_apart() -> None:
    names = {c.name for c in detect_corpus({"a": "The Ministry of Defence and Foreign Minister "
                                                  "Ann Lee spoke on Monday."})["a"]}
    assert {"Ministry of Defence", "Ann Lee"} <= names
