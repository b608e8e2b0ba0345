"""Issue 10's example classes, end to end, on new synthetic wording and names.

Each test builds a small corpus (or reads one line) whose names and sentences differ from the
issue's own examples, so that it checks the class of problem, not one string. The older, more
specific tests stay in test_resolution.py, test_detect.py and test_speakers.py.
"""

from __future__ import annotations

import pytest
import yaml

from archivist.detect import Detector, detect_corpus
from archivist.index import build_index
from archivist.model import Archive
from archivist.render.pages import report_pages
from archivist.review import review_yaml

from .conftest import archive_of

P, L, O = "person", "place", "organization"


def pages(archive: Archive, typ: str | None = None) -> dict[str, object]:
    """Entities by page name (of one type, if given)."""
    return {e.name: e for e in archive.entities if typ is None or e.type == typ}


def linked_in(archive: Archive, source: str) -> set[tuple[str, str]]:
    """(surface, entity id) of every mention in the document read from source."""
    doc = next(d.id for d in archive.documents if d.source == source)
    return {(m.text, m.entity) for m in archive.mentions if m.document == doc}


def speakers_in(archive: Archive, source: str) -> list[str]:
    """The entity of every attributed turn of one document, in order."""
    doc = next(d.id for d in archive.documents if d.source == source)
    return [e for d, e, _ in sorted(archive.speakers, key=lambda t: t[2]) if d == doc]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def found(detector: Detector, text: str) -> set[tuple[str, str]]:
    """(name, type) of what the detector finds in one text."""
    return {(c.name, c.type) for c in detector.detect(text + "\n")}


def surfaces(detector: Detector, text: str) -> set[str]:
    """Every name and written form the detector finds in one text."""
    cands = detector.detect(text + "\n")
    return {c.name for c in cands} | {v for c in cands for v in c.variants}


# --------------------------------------------------------------- spelling variants


@pytest.mark.parametrize("common, rare, rule", [
    ("Pyotr Zhuravlyov", "Petr Zhuravlev", "e/yo"),
    ("Dmitry Kholmogorov", "Dmitri Kholmogorov", "i/y"),
    ("Grigory Vasilyev", "Grigory Vasiliev", "ie/ye"),
    ("Maksim Tikhonov", "Maxim Tikhonov", "ks/x"),
    ("Arkady Tikhomirov", "Arkady Tihomirov", "kh/h"),
    ("Arkady Zalessky", "Arkady Zalesskiy", "-sky/-skiy"),
])
def test_spelling_variants_are_one_page_named_by_the_commoner_form(tmp_path, common, rare, rule):
    texts = {"a.txt": f"Roads\n\n{common}, the governor, opened a bridge on Monday.\n",
             "b.txt": f"Bridges\n\n{common} said the bridge was ready.\n",
             "c.txt": f"Budget\n\n{rare}, the governor, asked for money.\n"}
    archive = archive_of(tmp_path, texts)
    people = pages(archive, P)
    assert rare not in people, rule
    assert rare in people[common].aliases, rule
    assert (rare, people[common].id) in linked_in(archive, "c.txt")


def test_a_rare_misspelling_of_a_frequent_name_names_no_page(tmp_path):
    texts = {"a.txt": "Forum\n\n" + "Konstantin Reshetnikov said the plan worked. " * 6
                      + "Konstantin Reshetnkov added a remark.\n",
             "b.txt": "Forum\n\nKonstantin Reshetnikov opened the forum.\n"}
    archive = archive_of(tmp_path, texts)
    people = pages(archive, P)
    assert "Konstantin Reshetnkov" not in people
    assert "Konstantin Reshetnkov" in people["Konstantin Reshetnikov"].aliases
    assert any(m.rules == ("rare misspelling",) for m in archive.merges)


def test_an_initial_links_only_a_unique_given_name(tmp_path):
    one = archive_of(tmp_path / "one", {
        "a.txt": "Panel\n\nRustam Ishmukhametov spoke first. R. Ishmukhametov then answered.\n",
        "b.txt": "Plant\n\nRustam Ishmukhametov opened the plant.\n"})
    assert "R. Ishmukhametov" in pages(one, P)["Rustam Ishmukhametov"].aliases
    two = archive_of(tmp_path / "two", {
        "a.txt": "Panel\n\nRustam Galiullin spoke first.\n",
        "b.txt": "Plant\n\nRuslan Galiullin opened the plant.\n",
        "c.txt": "Results\n\nR. Galiullin finished third.\n"})
    people = pages(two, P)
    assert "R. Galiullin" not in people["Rustam Galiullin"].aliases + \
        people["Ruslan Galiullin"].aliases


# ------------------------------------------------------------------ role words


def test_role_words_are_not_part_of_a_name_in_text_or_speaker_labels(tmp_path):
    texts = {
        "a.txt": "Meeting on ports\n\nMinister of Transport Yevgeny Dolgorukov: Thank you. The "
                 "ports are busy.\n\nHead of the Kandalaksha Port Authority Nikita Samsonov: "
                 "We agree.\n\nYevgeny Dolgorukov: Good.\n",
        "b.txt": "Ports\n\nTransport Minister Yevgeny Dolgorukov visited the port. Dolgorukov met "
                 "harbour master Nikita Samsonov.\n"}
    archive = archive_of(tmp_path, texts)
    names = set(pages(archive))
    assert {"Yevgeny Dolgorukov", "Nikita Samsonov"} <= names
    assert not [n for n in names if n.endswith(("Dolgorukov", "Samsonov")) and
                n not in ("Yevgeny Dolgorukov", "Nikita Samsonov")]
    ids = {n: pages(archive)[n].id for n in ("Yevgeny Dolgorukov", "Nikita Samsonov")}
    assert speakers_in(archive, "a.txt") == [ids["Yevgeny Dolgorukov"], ids["Nikita Samsonov"],
                                            ids["Yevgeny Dolgorukov"]]


def test_a_speaker_label_with_an_organisation_is_no_organisation_page(tmp_path):
    texts = {"a.txt": "Meeting\n\nGeneral Director of the Board of Uralkaliy Trading Dmitri "
                      "Osokin: Good afternoon.\n\nAnton Belyakov: Thank you.\n",
             "b.txt": "Talks\n\nDmitri Osokin met the buyers.\n"}
    archive = archive_of(tmp_path, texts)
    assert not [e for e in archive.entities if "Osokin" in e.name and e.type != P]
    assert speakers_in(archive, "a.txt")[0] == pages(archive, P)["Dmitri Osokin"].id


# ------------------------------------------------------------------ bare surnames


def test_a_bare_surname_links_only_where_the_reference_is_clear(tmp_path):
    texts = {"a.txt": "Arts\n\nIgor Loktev, the composer, wrote an opera. Loktev said it took "
                      "a year.\n",
             "b.txt": "Sport\n\nPavel Loktev, the goalkeeper, saved a penalty. Loktev was "
                      "hurt.\n",
             "c.txt": "Notes\n\nThe critic said Loktev was overrated.\n",
             "d.txt": "Energy\n\nMarina Tsvetkova, the engineer, inspected the dam.\n",
             "e.txt": "Energy again\n\nTsvetkova said the dam was safe.\n",
             # (a frequent surname alone links to a full name two documents write, not one)
             "f.txt": "Energy, third day\n\nMarina Tsvetkova, the engineer, left the dam.\n"}
    archive = archive_of(tmp_path, texts)
    people = pages(archive, P)
    igor, pavel = people["Igor Loktev"].id, people["Pavel Loktev"].id
    assert ("Loktev", igor) in linked_in(archive, "a.txt")
    assert ("Loktev", pavel) in linked_in(archive, "b.txt")
    assert not linked_in(archive, "c.txt") & {("Loktev", igor), ("Loktev", pavel)}
    assert "Loktev" not in people
    assert ("Tsvetkova", people["Marina Tsvetkova"].id) in linked_in(archive, "e.txt")


# ------------------------------------------------------- places and organisations


def test_official_and_short_names_of_one_country_are_one_page(tmp_path):
    texts = {"a.txt": "Trade\n\nDelegates of the United Mexican States arrived. Mexico will "
                      "invest.\n",
             "b.txt": "Trade\n\nEnvoys of the People's Republic of China met ours; China "
                      "agreed.\n",
             "c.txt": "Gas\n\nExports to the Republic of Belarus grew.\n",
             "d.txt": "Gas\n\nBelarus paid on time.\n"}
    archive = archive_of(tmp_path, texts)
    places = pages(archive, L)
    assert {"Mexico", "China", "Belarus"} <= set(places)
    assert not {"United Mexican States", "Republic of China", "People's Republic of China",
                "Republic of Belarus"} & set(pages(archive))
    assert ("People's Republic of China", places["China"].id) in linked_in(archive, "b.txt")


@pytest.mark.parametrize("text", [
    "Rain fell across the Tambov and Lipetsk regions on Sunday.",
    "Shells hit the Kursk and Belgorod Regions overnight.",
    "Fires burned in the Tver, Yaroslavl and Kostroma regions.",
    "Years ago, in the Kursk district, the militia fought.",
])
def test_a_city_is_not_its_region(detector, text):
    names = {c.name for c in detector.detect(text)}  # ("the Tambov region", written "Tambov")
    assert not names & {"Tambov", "Lipetsk", "Kursk", "Belgorod", "Tver", "Yaroslavl",
                        "Kostroma"}


@pytest.mark.parametrize("text, place", [
    ("Welders at the Volga Shipyard launched a ferry.", "Volga"),
    ("Sailors of the Baltic Fleet held a parade.", "Baltic"),
    ("The Pacific Fleet sent two ships.", "Pacific"),
    ("She studied at the University of Tartu for a year.", "Tartu"),
    ("He teaches at the Bergen School of Economics.", "Bergen"),
])
def test_a_place_inside_an_organisations_name_is_no_place(detector, text, place):
    assert place not in surfaces(detector, text)


# --------------------------------------------------------------- non-entities


@pytest.mark.parametrize("text, absent", [
    ("Guests wished each other a Happy New Year in Samara.", {"Happy New Year"}),
    ("On Cosmonautics Day the museum opened, said Olga Verbitskaya.", {"Cosmonautics Day"}),
    ("The Eastern Economic Forum opened on Tuesday.", {"Eastern Economic Forum"}),
    ("She received the Order of Courage and the Pushkin Medal.", {"Pushkin Medal", "Pushkin"}),
    ("He starred in the film Captain Mirkin Returns.", {"Mirkin", "Captain Mirkin"}),
    ("The icebreaker Yuri Kuchiev reached the pole.", {"Yuri Kuchiev"}),
    ("The frigate Admiral Grigorovich sailed at dawn.", {"Admiral Grigorovich", "Grigorovich"}),
    ("The glider reached Mach 7 above the ocean.", {"Mach"}),
    ("The war against Fascist Italy ended.", {"Fascist Italy"}),
    ("Why not call it Lavrenko Bay? asked Sergei Lavrenko.", {"Lavrenko Bay"}),
    ("The Supervisory Board met and the Federal Service agreed.", {"Supervisory Board",
                                                                    "Federal Service"}),
    ("The 1st Guards Tank Army crossed the river.", {"Tank Army", "Guards Tank Army"}),
    ("Our Saratov Opera and Ballet Theatre toured Europe.", {"Ballet Theatre", "Saratov"}),
    ("He chairs the Oil and Gas Workers Union.", {"Gas Workers Union"}),
    ("The summit's motto was Clean Energy for the Growing World.", {"Clean Energy"}),
    ("The panel was called Green Energy for a Warming Planet.", {"Green Energy"}),
    ("The Ukrainian Association for the Rights of Voters complained.", {"Ukrainian Association"}),
])

def test_events_awards_works_vessels_and_generic_words_are_no_entities(detector, text, absent):
    assert not surfaces(detector, text) & absent

def test_a_body_named_before_a_weekday_is_kept(detector):
    # (taken there, the hospital is a place: session 11's rule for a hospital a locative cues)
    assert ("Columbus Memorial Hospital", L) in \
        found(detector, "He was taken to the Columbus Memorial Hospital on Friday night.")
    assert ("Columbus Memorial Foundation", O) in \
        found(detector, "He gave to the Columbus Memorial Foundation on Friday night.")


def test_two_places_joined_by_and_stay_two(detector):
    assert {("Gaza Strip", L), ("West Bank", L)} <= \
        found(detector, "Talks covered the Gaza Strip and West Bank, officials said.")


def test_two_bodies_joined_by_and_stay_two(detector):
    assert {("Foreign Ministry", O), ("Defence Ministry", O)} <= \
        found(detector, "The Foreign Ministry and Defence Ministry agreed.")
    assert ("Security Council", O) in \
        found(detector, "The Prime Minister and Security Council met.")


def test_a_holiday_greeting_is_no_person_but_the_person_greeted_is(detector):
    assert ("Orlov", P) in found(detector, "Merry Christmas and Happy Easter, Mr Orlov.")
    assert not [n for n, t in found(detector, "Happy Easter to all of you!") if t == P]


# ------------------------------------------------------------------------ recall


@pytest.mark.parametrize("text, expected", [
    ("Tariq Hassanein and Bogdan Wolf met in Cairo.",
     {("Tariq Hassanein", P), ("Bogdan Wolf", P), ("Cairo", L)}),
    ("Harold Baker and Anna Fox said the vote was fair.", {("Harold Baker", P), ("Anna Fox", P)}),
    ("The minister met KAREL NOVAK, the new envoy.", {("Karel Novak", P)}),
    ("Then said ELENA SOKOLOVA to the press.", {("Elena Sokolova", P)}),
    ("Photo: Ilse Vandermeulen/Reuters", {("Ilse Vandermeulen", P)}),
    ("Tourists crowded Red Square on Sunday.", {("Red Square", L)}),
    ("Pilgrims came to St. Petersburg and St Catharines.", {("Saint Petersburg", L)}),
    ("In Leningrad the siege lasted years; Ceylon was far away.",
     {("Saint Petersburg", L), ("Ceylon", L)}),
    ("He served as Deputy Governor in Perm in June.", {("Perm", L)}),
    ("Dockers at the port of Arkhangelsk ended a strike.", {("Arkhangel’sk", L)}),
    ("Miners in Prokopyevsk walked out.", {("Prokop’yevsk", L)}),
])
def test_recall_classes(detector, text, expected):
    assert expected <= found(detector, text)


def test_an_all_caps_name_whose_surname_the_corpus_knows_is_a_person():
    found = detect_corpus({"a.txt": "Marta Kovac, the envoy, spoke.\n",
                           "b.txt": "Then said MARTA KOVAC to the press.\n",
                           "c.txt": "Then said MARTA BLORP to the press.\n"})
    assert [(c.name, c.variants) for c in found["b.txt"]] == [("Marta Kovac", ("MARTA KOVAC",))]
    assert found["c.txt"] == []


def test_a_lone_surname_named_in_full_elsewhere_links_to_that_person(tmp_path):
    texts = {"a.txt": "Courts\n\nIlse Vandermeulen, the judge, read the verdict.\n",
             "b.txt": "Courts\n\nIlse Vandermeulen, the judge, adjourned.\n",
             "c.txt": "Appeal\n\nThe appeal before Vandermeulen failed on Friday.\n"}
    archive = archive_of(tmp_path, texts)
    ilse = pages(archive, P)["Ilse Vandermeulen"].id
    assert ("Vandermeulen", ilse) in linked_in(archive, "c.txt")


# --------------------------------------------------------------- false positives


def test_a_caption_word_is_no_person_anywhere_in_the_corpus(tmp_path):
    texts = {f"{i}.txt": f"Visit {i}\n\nImage: {name}\n\n{name} said the visit went well.\n"
             for i, name in enumerate(["Oksana Petrichenko", "Lars Gundersen", "Mei Takahara"])}
    texts["x.txt"] = "Other\n\nImage: Image\n\nThe talks ended.\n"
    archive = archive_of(tmp_path, texts)
    assert not {"Image", "Photo"} & set(pages(archive))
    assert {"Oksana Petrichenko", "Lars Gundersen", "Mei Takahara"} <= set(pages(archive, P))


@pytest.mark.parametrize("text, absent", [
    ("She graduated from the University of Bergen in 1990.", {"Bergen"}),
    ("The contract is worth US$ 40 million.", {"United States", "US"}),
    ("The Canadian firm paid C$ 5 million.", {"Canada", "C"}),
])
def test_false_positive_classes(detector, text, absent):
    assert not surfaces(detector, text) & absent


@pytest.mark.parametrize("last", ["17.09.2021 11:45", "2020-02-02\t08:00\t7", "| 2019 | 2020 |",
                                  "March 3, 2021 14:00  12  15"])
def test_a_table_like_last_line_keeps_the_documents_lone_places(detector, last):
    text = ("Farmers near Lipetsk sold grain. The road to Vologda reopened in Vologda on "
            "Tuesday. Officials in Kostroma said so.\n\n" + last)
    assert {("Lipetsk", L), ("Vologda", L), ("Kostroma", L)} <= found(detector, text)


# ------------------------------------------------------------- the curator's side


DUPES = {"a.txt": "Mining\n\nSergei Lavrenko, the mine's director, spoke. Lavrenko smiled.\n",
         "b.txt": "Mining\n\nSergey Lavrenko, the mine's director, said output rose.\n",
         "c.txt": "Theatre\n\nOleg Burmin, the actor, was praised. Burmin bowed.\n",
         "d.txt": "Football\n\nAnton Burmin, the striker, scored twice.\n",
         "e.txt": "Notes\n\nBurmin said nothing more.\n"}


def test_review_lists_merges_and_doubts_with_evidence_and_the_report_counts_them(tmp_path):
    archive = archive_of(tmp_path, DUPES)
    review = yaml.safe_load(review_yaml(archive))
    merge = next(m for m in review["merges"] if "Sergey Lavrenko" in m["forms"])
    assert merge["rules"] and "Sergei Lavrenko" in merge["forms"]
    doubt = next(d for d in review["doubts"] if "Burmin" in d["names"])
    assert doubt["evidence"] and {"Oleg Burmin", "Anton Burmin"} <= set(doubt["names"])
    report = report_pages(build_index(archive))["report/index.md"]
    n = len(archive.merges)
    assert f"{n} merge{'s' if n != 1 else ''} made, {len(archive.doubts)} likely duplicate" \
        in report


def test_the_review_option_writes_merges_and_doubts_and_the_report_counts_them(tmp_path):
    from .test_cli import run

    sources = tmp_path / "sources"
    sources.mkdir()
    for name, text in DUPES.items():
        (sources / name).write_text(text, encoding="utf-8")
    (tmp_path / "empty.yml").write_text("version: 1\nentities: []\n", encoding="utf-8")
    result = run("--sources", str(sources), "--registry", str(tmp_path / "empty.yml"), "--out",
                 str(tmp_path / "out"), "--review", str(tmp_path / "review.yml"), "-q")
    assert result.returncode == 0, result.stderr
    review = yaml.safe_load((tmp_path / "review.yml").read_text(encoding="utf-8"))
    assert any("Sergey Lavrenko" in m["forms"] for m in review["merges"])
    assert any("Burmin" in d["names"] and d["evidence"] for d in review["doubts"])
    report = (tmp_path / "out" / "report" / "index.md").read_text(encoding="utf-8")
    merges, doubts = len(review["merges"]), len(review["doubts"])
    assert f"{merges} merge{'s' if merges != 1 else ''} made, {doubts} likely duplicate" in report


def test_a_distinct_rule_keeps_two_people_who_share_a_name_apart(tmp_path):
    merged = archive_of(tmp_path / "m", DUPES)
    assert "Sergey Lavrenko" not in pages(merged, P)
    rule = "version: 1\nentities: []\ndistinct:\n  - [Sergei Lavrenko, Sergey Lavrenko]\n"
    apart = archive_of(tmp_path / "d", DUPES, rule)
    people = pages(apart, P)
    assert people["Sergei Lavrenko"].id != people["Sergey Lavrenko"].id


def test_page_addresses_stay_when_unrelated_documents_are_added(tmp_path):
    before = archive_of(tmp_path / "b", DUPES)
    more = dict(DUPES)
    more.update({f"z{i}.txt": f"Weather {i}\n\nHenrietta Quarles{'' if i % 2 else 'on'} said "
                              f"the storm hit Tromso and Lavrenko Street.\n" for i in range(4)})
    after = archive_of(tmp_path / "a", more)
    ids_after = {e.name: e.id for e in after.entities}
    assert {e.name: e.id for e in before.entities}.items() <= ids_after.items()


def test_a_ministry_named_before_or_after_its_field_is_one_page(tmp_path):
    texts = {"a.txt": "Budget\n\nIn Peru the Regional Development Ministry asked for money.\n",
             "b.txt": "Budget\n\nIn Peru the Ministry of Regional Development said no.\n"}
    orgs = pages(archive_of(tmp_path, texts), O)
    assert len({"Ministry of Regional Development", "Regional Development Ministry"} &
               set(orgs)) == 1


def test_a_ministrys_field_in_singular_or_plural_or_after_the_is_one_page(tmp_path):
    texts = {"a.txt": "Floods\n\nIn Peru the Disasters Ministry sent boats.\n",
             "b.txt": "Floods\n\nIn Peru the Disaster Ministry sent tents.\n",
             "c.txt": "Police\n\nIn Peru the Ministry of the Interior said so.\n",
             "d.txt": "Police\n\nIn Peru the Interior Ministry agreed.\n"}
    orgs = set(pages(archive_of(tmp_path, texts), O))
    assert len({"Disasters Ministry", "Disaster Ministry"} & orgs) == 1
    assert len({"Ministry of the Interior", "Interior Ministry"} & orgs) == 1


@pytest.mark.parametrize("text, absent, kept", [
    ("Loans come from the [Eurasian] Development Bank now.", {"Development Bank"}, set()),
    ("She phoned [Mayor Irina] Zavgorodnyaya on Sunday.", {"Irina", "Mayor Irina"}, set()),
    ("Trade grew in the [Russian] Far East this year.", set(), {("Far East", L)}),
    ("Thank you. [Applause] Olga Verbitskaya spoke next.", set(), {("Olga Verbitskaya", P)}),
])
def test_a_name_an_editor_completed_in_brackets_makes_no_fragment(detector, text, absent, kept):
    assert not surfaces(detector, text) & absent
    assert kept <= found(detector, text)


@pytest.mark.parametrize("text, absent, kept", [
    ("Analysts at the Santa Clara-based Corvell Group said so.",
     {"Santa Clara-based Corvell Group"}, {("Corvell Group", O)}),
    ("Shares of the Hong Kong-based lender fell.", {"Hong Kong-based"}, set()),
    ("The Oscar-winning Lena Marsh attended the gala.", {"Oscar-winning Lena Marsh"},
     {("Lena Marsh", P)}),
    ("A Sierra Leone-born Tom Fay played.", {"Sierra Leone-born Tom Fay"}, {("Tom Fay", P)}),
    ("Kim Hyun-woo met Deng Xiao-ping's heirs.", set(), {("Kim Hyun-woo", P)}),
])
def test_a_hyphenated_qualifier_is_no_name(detector, text, absent, kept):
    assert not surfaces(detector, text) & absent
    assert kept <= found(detector, text)


@pytest.mark.parametrize("text, expected", [
    ("Senator Whitcombe arrived late.", {("Whitcombe", P)}),
    ("Governor Okonjo spoke first. Then the mayor spoke.", {("Okonjo", P)}),
])
def test_a_title_opening_a_sentence_names_the_person_after_it(detector, text, expected):
    assert expected <= found(detector, text)


def test_a_title_that_is_also_a_given_name_opens_a_full_name(detector):
    assert ("Rowntree", P) not in found(detector, "Dean Rowntree hit a home run.")


@pytest.mark.parametrize("text", ["1. Miss Tallulah 3-1 favourite (ridden by Jo Kerr)",
                                  "Ambassador Hotel burned down.", "General Motors said so."])
def test_a_title_word_before_a_thing_makes_no_person(detector, text):
    assert not {n for n, t in found(detector, text) if t == P} & {"Tallulah", "Hotel", "Motors"}


def test_a_bodys_short_name_after_its_full_name_is_that_body_in_that_document(tmp_path):
    texts = {"a.txt": "Front\n\nThe Latvian Farmers Union met on Monday. The Farmers Union said "
                      "prices were too low.\n",
             "b.txt": "Statistics\n\nIdaho's Crop Reporting Service was upbeat, but the "
                      "Nevada Crop Reporting Service was not.\n",
             "c.txt": "Sport\n\nThe Farmers Union of another land sent a team.\n"}
    archive = archive_of(tmp_path, texts)
    orgs = pages(archive, O)
    latvian = orgs["Latvian Farmers Union"].id
    assert ("Farmers Union", latvian) in linked_in(archive, "a.txt")
    assert ("Farmers Union", latvian) not in linked_in(archive, "c.txt")  # elsewhere: unknown
    nevada = orgs["Nevada Crop Reporting Service"].id
    assert ("Crop Reporting Service", nevada) not in linked_in(archive, "b.txt")  # Idaho's


def test_a_bodys_short_name_after_the_name_it_bears_is_that_body(tmp_path):
    texts = {"a.txt": "Farm visit\n\nShe toured the Okonkwo Seed Research Institute on Monday. "
                      "Later she met workers at the Seed Research Institute.\n",
             "b.txt": "Grants\n\nThe National Seed Research Institute and the Seed Research "
                      "Institute of Kenya both won.\n"}
    archive = archive_of(tmp_path, texts)
    orgs = pages(archive, O)
    okonkwo = orgs["Okonkwo Seed Research Institute"].id
    assert ("Seed Research Institute", okonkwo) in linked_in(archive, "a.txt")
    assert "Seed Research Institute" not in orgs or "a.txt" not in {
        m.document for m in archive.mentions if m.entity == orgs["Seed Research Institute"].id}


def test_a_full_name_before_a_year_is_a_person_not_a_reference(detector):
    text = "He met former champions Harold Osei (1984), Mirela Danut (1992) and Tom Hale (2000)."
    assert {("Harold Osei", P), ("Mirela Danut", P), ("Tom Hale", P)} <= found(detector, text)
    assert not found(detector, "As Oduya and Brandt (2019) argue, rain fell.")


def test_a_thing_named_after_someone_is_not_that_person(tmp_path):
    texts = {"a.txt": "Oil\n\nGrigory Samoylov, the geologist, spoke.\n",
             "b.txt": "Oil\n\nWho will develop the Samoylov deposits next year?\n"}
    archive = archive_of(tmp_path, texts)
    assert not {m for m in linked_in(archive, "b.txt") if m[0] == "Samoylov"}


def test_an_of_the_name_is_linked_as_written(tmp_path):
    texts = {"a.txt": "Police\n\nIn Chile the Office of the Public Defender complained, and "
                      "Zentrix Mining Co of the United States sold its stake.\n"}
    archive = archive_of(tmp_path, texts)
    surfaces_here = {s for s, _ in linked_in(archive, "a.txt")}
    assert "Office of the Public Defender" in surfaces_here
    assert {"Zentrix Mining Co", "United States"} <= surfaces_here


def test_an_official_place_name_with_of_the_is_found_as_written(detector):
    text = "Aid reached the Democratic Republic of the Congo and the Republic of the Gambia."
    names = found(detector, text)
    assert {("Democratic Republic of the Congo", L), ("Gambia", L)} <= names


def test_a_one_off_misspelling_of_a_facility_is_that_facility(tmp_path):
    texts = {"a.txt": "Rail\n\nTrains now run through the Vorontsovsky Tunnel. Work on the "
                      "Vorontsovsky Tunnel took four years. The Vorontsovky Tunnel is 4 km long.\n",
             "b.txt": "Banks\n\nThe Bank of Russia and the Bank of Prussia were both old.\n"}
    archive = archive_of(tmp_path, texts)
    names = set(pages(archive))
    assert "Vorontsovsky Tunnel" in names and "Vorontsovky Tunnel" not in names
    assert {"Bank of Russia", "Bank of Prussia"} <= set(pages(archive, O))


def test_an_academic_theatre_is_the_theatre_named_without_it(tmp_path):
    texts = {"a.txt": "Theatre grants\n\nThe Tomsk Opera and Ballet Theatre opened its season on "
                      "Friday.\n\nWill the Tomsk Academic Opera and Ballet Theatre get a grant?\n"}
    archive = archive_of(tmp_path, texts)
    theatres = [n for n in pages(archive, O) if "Theatre" in n]
    assert len(theatres) == 1


def test_a_list_of_modifiers_before_and_makes_no_merged_body(detector):
    text = "Judges of the Constitutional, Supreme and Higher Tax Court met the Finance Minister."
    assert not {n for n, t in found(detector, text) if n.startswith("Supreme")}
    assert ("Food and Drug Administration", O) in found(detector, "The Food and Drug "
                                                                  "Administration said so.")
