"""Person rules for modern news found on unseen corpora (synthetic fixtures only)."""

from __future__ import annotations

from archivist.detect import Candidate, Detector
from archivist.detect.lexicon import lexicon
from archivist.detect.lineup import lineup_players, scorer_names
from archivist.registry import Registry
from archivist.resolution.cluster import resolve_forms

P = "person"


def _names(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.name) for c in Detector().detect(text)}


def _people(text: str) -> set[str]:
    return {n for t, n in _names(text) if t == P}


SHEET = ("Quarvia: Ostrander; Pellow, Vantreck (capt), Dunmore, Holbeck; Marrane, Tisdall; "
         "Z Okafor, M Okafor, Brennick; Caddow (Fenwright 70), Lusk.\n")


def test_a_team_sheet_names_a_player_per_item():
    label, players = lineup_players(SHEET, lexicon())
    assert label == "Quarvia"
    assert {"Ostrander", "Vantreck", "Z Okafor", "M Okafor", "Caddow", "Fenwright"} <= \
        set(players)
    people = _people("Quarvia beat Lindmoor on Saturday.\n\n" + SHEET)
    assert {"Ostrander", "Pellow", "Lusk", "Fenwright", "Z. Okafor", "M. Okafor"} <= people


def test_a_sheet_player_joins_the_full_name_the_document_gives():
    text = "Teodor Vantreck scored twice for the hosts.\n\n" + SHEET
    people = _people(text)
    assert "Teodor Vantreck" in people and "Vantreck" not in people


def test_a_clubs_label_before_its_sheet_is_the_club_not_a_person():
    names = _names("River Lune: Ostrander; Pellow, Vantreck, Dunmore, Holbeck; Marrane, "
                   "Tisdall, Brennick; Caddow, Lusk, Fenwright.\n")
    assert ("organization", "River Lune") in names and (P, "River Lune") not in names


def test_lists_of_places_sponsors_or_plain_words_are_no_team_sheet():
    lex = lexicon()
    assert lineup_players("Venues: London; Paris, Berlin, Madrid, Rome; Vienna, Prague, "
                          "Warsaw, Lisbon, Dublin.\n", lex) is None
    assert lineup_players("Partners: Acme Bank; Zentrix Group, Quorival Council, Vestal Fund, "
                          "Lindmoor Union, Harrow Club, Tamsin Agency, Oriel Bank.\n", lex) is None
    assert lineup_players("Menu: Soup; Bread, Butter, Cheese, Apples; Pears, Honey, Milk, "
                          "Eggs, Rice.\n", lex) is None
    assert lineup_players("Note: he said so, and then, as ever, left.\n", lex) is None


def test_a_short_list_needs_a_bench_label():
    lex = lexicon()
    assert lineup_players("Subs: Caddow, Lusk, Fenwright.\n", lex) is not None
    assert lineup_players("Quarvia: Caddow, Lusk, Fenwright.\n", lex) is None


def test_brackets_after_a_score_name_the_scorers():
    lex = lexicon()
    line = "Brief scores: Quarvia 119 (Ostrander 42, Vantreck 20; Pellow 3-21) beat Lindmoor.\n"
    assert scorer_names(line, lex) == ("Ostrander", "Vantreck", "Pellow")
    assert {"Ostrander", "Vantreck", "Pellow"} <= _people(line)
    assert scorer_names("Quarvia 2 (Dunmore 45+2 pen, Lusk 67) Lindmoor 1\n", lex) == \
        ("Dunmore", "Lusk")
    # a number before a bracket of plain words or of one common word names no one
    assert scorer_names("It rose 12 (Route 66) and 14 (Season 3, Series 4).\n", lex) == ()


def test_a_surname_the_document_writes_as_a_town_is_the_town_there():
    text = ("Plans for homes at the edge of Hamilton were approved.\n"
            "Objector Callum Hamilton said he would appeal. \"Hamilton's schools are full,\" "
            "he said.\n")
    names = _names(text)
    assert (P, "Callum Hamilton") in names and ("place", "Hamilton") in names
    cands = Detector().detect(text)
    person = next(c for c in cands if c.name == "Callum Hamilton")
    assert "Hamilton" not in person.variants


def test_a_bare_surname_a_document_also_types_as_a_place_never_links_the_person():
    text = "Callum Hamilton spoke. Mr Hamilton lives at the edge of Hamilton."
    found = {"d1": [Candidate("Callum Hamilton", P, ("Callum Hamilton", "Hamilton"), 2),
                    Candidate("Hamilton", "place", ("Hamilton",), 1)]}
    _, links, _, _ = resolve_forms(found, Registry(), {"d1": text})
    assert {e for s, e, _ in links if s == "Hamilton"} == {"hamilton"}


def test_a_speaker_label_the_text_types_as_a_body_makes_no_person():
    found = {"d1": [Candidate("River Lune", "organization", ("River Lune",), 1)]}
    entities, _, _, _ = resolve_forms(found, Registry(), {"d1": "River Lune: Ostrander"},
                                      {"d1": ["River Lune"]})
    assert [e.type for e in entities if e.name == "River Lune"] == ["organization"]


def test_a_title_with_its_dot_stays_with_the_name():
    assert "Hajara Mohammed" in _people("Food was late, said Mrs. Hajara Mohammed, a manager.\n")
    assert "Abdul-Rahman Seidu" in _people("The head, Mr. Abdul-Rahman Seidu, said so.\n")


def test_a_role_with_a_prefix_is_a_role():
    assert "Marama Davidson" in _people("He spoke alongside the co-leader Marama Davidson.\n")


def test_a_listed_surname_shaped_like_a_demonym_is_a_surname():
    assert "Michael Hiller" in _people("The study was co-led with Michael Hiller.\n")


def test_a_korean_name_by_its_shape():
    people = _people("Lions starter Won Tae-in had allowed four runs. A pitch from closer "
                     "Oh Seung-hwan went over the wall.\n")
    assert {"Won Tae-in", "Oh Seung-hwan"} <= people
    assert "Song Sung-mun" in _people("Heroes infielder Song Sung-mun hit a home run.\n")
    assert not _people("It was a Hard-won win for the Big Co-op at home.\n")


def test_a_possessive_after_in_is_no_town_use_of_a_surname():
    text = ("Callum Hamilton said he slept badly. Leeson plays the lead in Hamilton's film, "
            "Hamilton said.\n")
    assert "Callum Hamilton" in _people(text) and ("place", "Hamilton") not in _names(text)


def test_shapes_near_a_korean_name_or_a_person_that_are_neither():
    assert not _people("Acme is linking with Hong Kong-based group Quorix in a venture.\n")
    assert not _people("Planes were on the aircraft carrier Carl Vinson in the Gulf.\n")


def test_a_substitute_with_an_ordinal_minute_is_a_player():
    _, players = lineup_players("Quarvia: Ostrander, Pellow, Vantreck, Dunmore, Holbeck, "
                                "Marrane, Tisdall, Brennick (Teodor Lusk 75th), Caddow, "
                                "Fenwright, Okafor.\n", lexicon())
    assert "Teodor Lusk" in players and "Brennick" in players


def test_a_title_alone_after_an_abbreviation_is_no_person():
    people = _people("For the State: Ms. Laura Whitcombe, Assistant U.S. Attorney\n")
    assert people == {"Laura Whitcombe"}


def test_agents_detectives_and_constables_are_titles():
    people = _people("The State calls Special Agent Marisol Quevedo. Later Agent Quevedo "
                     "spoke, and Detective Inspector Jane Roe said Constable Ada Obi was hurt.\n")
    assert {"Marisol Quevedo", "Jane Roe", "Ada Obi"} <= people
    assert not any(p.startswith(("Agent", "Special", "Detective", "Constable")) for p in people)


def _entities(docs: dict[str, tuple[str, list[Candidate]]]):
    found = {d: c for d, (_, c) in docs.items()}
    texts = {d: t for d, (t, _) in docs.items()}
    return resolve_forms(found, Registry(), texts)


def test_a_name_written_one_word_longer_in_the_same_document_is_one_person():
    text = ("Fernando Quirós Larreta - CEO. With me is Fernando Quirós, our CEO. Thank you, "
            "Ana Lucía. Ana Lucía Garmendia - Investor Relations. Vanessa Quirós asked.")
    cands = [Candidate(n, P, (n,), 1) for n in
             ("Fernando Quirós Larreta", "Fernando Quirós", "Ana Lucía", "Ana Lucía Garmendia",
              "Vanessa Quirós")]
    entities, _, _, _ = _entities({"d1": (text, cands)})
    names = sorted(e.name for e in entities)
    assert names == ["Ana Lucía Garmendia", "Fernando Quirós Larreta", "Vanessa Quirós"]


def test_two_longer_forms_leave_the_short_one_apart():
    text = "Kim Jong Un met Kim Jong Nam; Kim Jong spoke."
    cands = [Candidate(n, P, (n,), 1) for n in ("Kim Jong Un", "Kim Jong Nam", "Kim Jong")]
    entities, _, _, _ = _entities({"d1": (text, cands)})
    assert len(entities) == 3


def test_a_longer_form_in_another_document_is_not_joined():
    entities, _, _, _ = _entities({
        "d1": ("Ana Lucía Garmendia spoke.", [Candidate("Ana Lucía Garmendia", P,
                                                         ("Ana Lucía Garmendia",), 1)]),
        "d2": ("Ana Lucía spoke.", [Candidate("Ana Lucía", P, ("Ana Lucía",), 1)])})
    assert len(entities) == 2


def test_a_bare_first_surname_links_the_person_with_two_surnames():
    text = "The extradition of Raúl Espinosa Villalba was heard. Mr. Espinosa was present."
    cands = [Candidate("Raúl Espinosa Villalba", P, ("Espinosa", "Raúl Espinosa Villalba"), 2)]
    entities, links, _, _ = _entities({"d1": (text, cands)})
    assert [e.name for e in entities] == ["Raúl Espinosa Villalba"]
    lone = Candidate("Espinosa", P, ("Espinosa",), 1)
    full = Candidate("Raúl Espinosa Villalba", P, ("Raúl Espinosa Villalba",), 1)
    entities, links, _, _ = _entities({"d1": (text, [full, lone])})
    assert {e for s, e, _ in links if s == "Espinosa"} == {"raul-espinosa-villalba"}


def test_a_plain_word_after_a_weak_title_names_no_one():
    assert not _people("Veterans were sickened by Agent Orange spraying in the war.\n")


def test_a_given_name_before_a_countrys_word_is_a_person_where_the_word_is_one_alone():
    assert "Will Jordan" in _people("The visitors led when Will Jordan finished a move. "
                                    "Mr Jordan was named man of the match.\n")
    assert "Neil Jordan" in _people("Director Neil Jordan spoke. Jordan said he slept badly.\n")
    # no person cue for the word alone: the country stays the country
    names = _names("He met Neil Jordan on a visit to Jordan.\n")
    assert not any(t == P for t, _ in names)


def test_a_title_after_a_lone_given_name_is_the_surname():
    assert "Tim King" in _people("Council mayor Tim King said 40 homes were hit.\n")
    assert "Stephen King" in _people("Stephen King wrote another book.\n")
    assert not _people("He met the Saudi King on Monday.\n")


def test_a_name_ending_in_a_word_after_a_fixture_verb_is_a_team():
    people = _people("City, who host Aston Villa on Wednesday, trail. Later Sampras beat "
                     "Todd Martin in three sets.\n")
    assert "Aston Villa" not in people and "Todd Martin" in people


def test_a_surname_the_corpus_names_in_full_opens_a_sentence_of_another_document():
    from archivist.detect import detect_corpus

    texts = {"a.txt": "Minister Tomasz Quelwicz opened the plant on Monday.\n",
             "b.txt": "Weekly review.\n\nQuelwicz has confirmed the campus opens in January.\n"
                      "Quelwicz's forecast held.\n",
             "c.txt": "Weekly review.\n\nQuelwicz.\n"}
    out = detect_corpus(texts)
    assert [(c.type, c.name) for c in out["b.txt"] if c.type == P] == [(P, "Tomasz Quelwicz")]
    assert not [c for c in out["c.txt"] if c.type == P]  # a word alone on a line: no clause


def test_plain_words_after_a_title_and_a_towns_word_at_the_end_name_no_one():
    assert not _people("Fadjar Djoko Santoso, Vice President Corporate Communication\n")
    assert not _people("He handed over land in Thu Duc City and shares.\n")
    assert "Green" in _people("The plan was backed, said Minister Green.\n")
