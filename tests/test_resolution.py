"""The resolution stage: candidate names → clusters → entities (synthetic fixtures only)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from archivist.cache import Cache
from archivist.config import Settings
from archivist.detect import Candidate
from archivist.errors import RegistryError
from archivist.index import build_index
from archivist.linking import NAME, Matcher, Target
from archivist.model import Entity
from archivist.pipeline import gather
from archivist.registry import Registry, parse_registry
from archivist.render.pages import report_pages
from archivist.resolution import likely_duplicates, resolve_entities
from archivist.resolution.cluster import page_name, resolve_forms
from archivist.resolution.names import fold
from archivist.review import review_yaml

P, L, O = "person", "place", "organization"


def person(name: str, *variants: str) -> Candidate:
    return Candidate(name, P, tuple(sorted(variants or (name,))), 1)


def other(name: str, typ: str, *variants: str) -> Candidate:
    return Candidate(name, typ, tuple(sorted(variants or (name,))), 1)


def resolve(docs: dict[str, tuple[str, list[Candidate]]], registry: Registry | None = None):
    """Resolve documents given as id → (text, candidates); return entities by name and more."""
    found = {d: cands for d, (_, cands) in docs.items()}
    texts = {d: text for d, (text, _) in docs.items()}
    registry = Registry() if registry is None else registry
    entities, links, merges, doubts = resolve_forms(found, registry, texts)
    return {e.name: e for e in entities}, links, merges, doubts


def linked(links, surface: str, doc: str) -> str | None:
    """The entity a surface stands for in a document, if any."""
    hits = [e for s, e, docs in links if s == surface and doc in docs]
    assert len(hits) <= 1
    return hits[0] if hits else None


# ------------------------------------------------------------------ spelling variants


@pytest.mark.parametrize("spellings", [
    ("Alexei Miller", "Alexey Miller", "Aleksei Miller"),
    ("Sergei Ignatyev", "Sergei Ignatiev", "Sergey Ignatiev"),
    ("Patrick Pouyanné", "Patrick Pouyanne", "Patrick Pouyane"),
    ("Vladimir Zelensky", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy")[1:],
    ("Mikhail Khodorkovsky", "Mihail Hodorkovsky", "Mikhail Khodorkovskiy"),
    ("Yevgeny Primakov", "Evgeny Primakov", "Yevgeniy Primakov"),
    ("Pyotr Tolstoy", "Pëtr Tolstoy", "Petr Tolstoy"),
    ("Oleg Sergeyev", "Oleg Sergeev", "Oleg Sergeyev"),
])
def test_transliteration_variants_are_one_entity(spellings):
    docs = {f"d{i}": (f"{s} spoke.", [person(s)]) for i, s in enumerate(spellings)}
    entities, links, merges, _ = resolve(docs)
    people = [e for e in entities.values() if e.type == P]
    assert len(people) == 1, people
    assert {linked(links, s, f"d{i}") for i, s in enumerate(spellings)} == {people[0].id}
    assert set(people[0].all_names) == set(spellings)
    assert merges and merges[0].entity == people[0].id


def test_page_is_named_by_most_frequent_full_form():
    text = "Fyodor Lukyanov said. " * 47
    docs = {"a": (text + "Fydor Lukyanov asked.", [person("Fydor Lukyanov", "Fydor Lukyanov",
                                                          "Fyodor Lukyanov", "Lukyanov")]),
            "b": ("Dinar Valeyev. " * 6 + "D. Valeyev.",
                  [person("Dinar Valeyev", "Dinar Valeyev"), person("D. Valeyev")])}
    entities, links, merges, _ = resolve(docs)
    assert "Fyodor Lukyanov" in entities and "Fydor Lukyanov" not in entities
    assert entities["Fyodor Lukyanov"].id == "fyodor-lukyanov"
    assert entities["Fyodor Lukyanov"].aliases == ("Fydor Lukyanov",)
    assert linked(links, "Fydor Lukyanov", "a") == "fyodor-lukyanov"
    assert linked(links, "Lukyanov", "a") == "fyodor-lukyanov"
    assert entities["Dinar Valeyev"].id == "dinar-valeyev" and "D. Valeyev" not in entities
    rules = {m.entity: m.rules for m in merges}
    assert rules["fyodor-lukyanov"] == ("rare misspelling",)
    assert rules["dinar-valeyev"] == ("initial",)


def test_a_near_spelling_of_equal_weight_in_other_documents_stays_apart():
    docs = {"a": ("Jon Smith spoke.", [person("Jon Smith")]),
            "b": ("John Smith spoke.", [person("John Smith")])}
    entities, *_ = resolve(docs)
    assert {"Jon Smith", "John Smith"} <= set(entities)


def test_an_initial_shared_by_two_given_names_is_not_merged():
    docs = {"a": ("Carl Lewis ran.", [person("Carl Lewis")]),
            "b": ("Chris Lewis bowled.", [person("Chris Lewis")]),
            "c": ("C. Lewis 4-20.", [person("C. Lewis")])}
    entities, *_ = resolve(docs)
    assert {"Carl Lewis", "Chris Lewis", "C. Lewis"} <= set(entities)


# --------------------------------------------------------- people who share a surname


def test_two_people_sharing_a_surname_stay_apart():
    docs = {"a": ("Alexei Miller of Gazprom. Miller said.", [person("Alexei Miller",
                                                                   "Alexei Miller", "Miller")]),
            "b": ("Jonathan Miller wrote. Miller added.", [person("Jonathan Miller",
                                                                 "Jonathan Miller", "Miller")]),
            "c": ("Miller agreed.", [person("Jonathan Miller", "Miller")])}
    entities, links, _, doubts = resolve(docs)
    assert entities["Alexei Miller"].id != entities["Jonathan Miller"].id
    assert linked(links, "Miller", "a") == "alexei-miller"
    assert linked(links, "Miller", "b") == "jonathan-miller"
    assert linked(links, "Miller", "c") is None  # two Millers: the bare name is not clear
    assert "Miller" not in entities
    assert any(d.rule == "bare name of several people" and "Miller" in d.names for d in doubts)


def test_bare_surname_links_to_the_only_full_name_owner():
    docs = {f"full{i}": ("Vladimir Putin said.", [person("Vladimir Putin")]) for i in range(3)}
    docs["bare"] = ("Putin said.", [person("Vladimir Putin", "Putin")])
    entities, links, *_ = resolve(docs)
    assert linked(links, "Putin", "bare") == "vladimir-putin"
    assert "Putin" not in entities


def test_bare_surname_mostly_used_alone_is_not_linked_to_a_namesake():
    docs = {f"w{i}": ("read books: Tolstoy, Chekhov.", [person("Yury Tolstoy", "Tolstoy")])
            for i in range(3)}
    docs["y"] = ("Yury Tolstoy spoke.", [person("Yury Tolstoy")])
    entities, links, _, doubts = resolve(docs)
    assert all(linked(links, "Tolstoy", f"w{i}") is None for i in range(3))
    assert "Tolstoy" not in entities  # not a page of its own beside Yury Tolstoy either
    assert [d.rule for d in doubts if "Tolstoy" in d.names] == ["bare surname not linked"]


def test_bare_surname_linked_to_a_full_name_of_one_other_document_is_noted_as_a_doubt():
    docs = {"a": ("Ivan Brisk, Channel Five.", [person("Ivan Brisk")]),
            "b": ("Mr Brisk, the plant's engineer, was detained.", [person("Brisk")])}
    entities, links, _, doubts = resolve(docs)
    assert linked(links, "Brisk", "b") == entities["Ivan Brisk"].id
    assert [d.rule for d in doubts if "Brisk" in d.names] == ["bare surname linked on thin "
                                                               "evidence"]
    docs["c"] = ("Ivan Brisk again.", [person("Ivan Brisk")])
    assert not [d for d in resolve(docs)[3] if "Brisk" in d.names]  # named in full twice


def test_a_common_surname_alone_is_not_linked_to_a_full_name_of_one_other_document():
    """"Senator McDonald" of a Canberra committee is not the Mary Lou McDonald one Dáil record
    names; "Fuentes del ministerio" ("sources") not a reporter Ray Fuentes: thin evidence and a
    frequent surname make a namesake likely."""
    docs = {"a": ("Mary Lou McDonald (SF) asked.", [person("Mary Lou McDonald")]),
            "b": ("Senator McDonald asked.", [person("McDonald")])}
    entities, links, _, doubts = resolve(docs)
    assert linked(links, "McDonald", "b") is None
    assert [d.rule for d in doubts if "McDonald" in d.names] == ["bare surname not linked"]
    docs["c"] = ("Mary Lou McDonald again.", [person("Mary Lou McDonald")])
    assert linked(resolve(docs)[1], "McDonald", "b") == "mary-lou-mcdonald"  # named twice


def test_bare_surname_without_any_full_name_is_its_own_entity():
    docs = {"a": ("Scifo scored.", [person("Scifo")]), "b": ("Scifo again.", [person("Scifo")])}
    entities, links, *_ = resolve(docs)
    assert entities["Scifo"].id == "scifo"
    assert linked(links, "Scifo", "b") == "scifo"


def test_role_words_in_front_are_not_part_of_the_name():
    docs = {"a": ("Vagit Alekperov spoke.", [person("Vagit Alekperov")]),
            "b": ("Vagit Alekperov again.", [person("Vagit Alekperov")]),
            "c": ("President of Lukoil Vagit Alekperov:", [person("Lukoil Vagit Alekperov")]),
            "d": ("Vladimir Medinsky opened.", [person("Vladimir Medinsky")]),
            "e": ("Minister of Culture Medinsky", [person("Culture Medinsky")])}
    entities, links, *_ = resolve(docs)
    assert "Lukoil Vagit Alekperov" not in entities and "Culture Medinsky" not in entities
    assert linked(links, "Vagit Alekperov", "c") == "vagit-alekperov"
    assert linked(links, "Lukoil Vagit Alekperov", "c") is None
    assert linked(links, "Medinsky", "e") == "vladimir-medinsky"


def test_an_organisation_made_of_a_speaker_label_is_the_person():
    label = "Management Committee of Gazprom Alexei Miller"
    docs = {"a": ("Alexei Miller spoke.", [person("Alexei Miller")]),
            "b": (f"Chairman of the {label}: thank you.", [other(label, O)])}
    entities, links, *_ = resolve(docs)
    assert label not in entities
    assert linked(links, "Alexei Miller", "b") == "alexei-miller"


# ------------------------------------------------------------ places and organisations


def test_an_official_name_of_a_multiword_place_abbreviates_to_the_short_one():
    docs = {"a": ("the Federal Assembly of the Corvale Republic; the Federal Assembly",
                  [other("Federal Assembly of the Corvale Republic", O),
                   other("Corvale Republic", L), other("Federal Assembly", O)]),
            "b": ("the Federal Assembly met", [other("Federal Assembly", O)]),
            "c": ("the Federal Assembly of Norway", [other("Federal Assembly of Norway", O),
                                                   other("Norway", L)])}
    entities, links, *_ = resolve(docs)
    assert linked(links, "Federal Assembly of the Corvale Republic", "a") is not None
    assert linked(links, "Federal Assembly of the Corvale Republic", "a") != \
        linked(links, "Federal Assembly of Norway", "c")  # two owners: no one short name
    two = {k: docs[k] for k in "ab"}
    entities, links, *_ = resolve(two)
    assert linked(links, "Federal Assembly of the Corvale Republic", "a") == \
        linked(links, "Federal Assembly", "b") == linked(links, "Federal Assembly", "a")


def test_official_and_short_names_are_one_where_the_corpus_shows_it():
    docs = {"a": ("People's Republic of China and China.",
                  [other("People's Republic of China", L), other("China", L)]),
            "b": ("China trade.", [other("China", L)]),
            "c": ("Moscow and the Moscow Region.", [other("Moscow", L), other("Moscow Region", L)]),
            "d": ("the Bank of Russia", [other("Bank of Russia", O), other("Russia", L)]),
            "e": ("the Central Bank of Russia", [other("Central Bank of Russia", O)]),
            "f": ("Security Council and National Security Council",
                  [other("Security Council", O), other("National Security Council", O)]),
            "g": ("The Valdai Club", [other("Valdai Club", O), other("The Valdai Club", O)]),
            "h": ("Valdai International Discussion Club; the Valdai Club",
                  [other("Valdai International Discussion Club", O), other("Valdai Club", O)]),
            "i": ("the Olympic Committee", [other("Olympic Committee", O)]),
            "j": ("the International Olympic Committee",
                  [other("International Olympic Committee", O)])}
    entities, links, *_ = resolve(docs)
    assert linked(links, "People's Republic of China", "a") == linked(links, "China", "b")
    assert linked(links, "Moscow", "c") != linked(links, "Moscow Region", "c")
    assert linked(links, "Bank of Russia", "d") == linked(links, "Central Bank of Russia", "e")
    assert linked(links, "Security Council", "f") != linked(links, "National Security Council", "f")
    assert linked(links, "The Valdai Club", "g") == linked(links, "Valdai Club", "g") == \
        linked(links, "Valdai International Discussion Club", "h")
    assert linked(links, "Olympic Committee", "i") != \
        linked(links, "International Olympic Committee", "j")
    assert entities["China"].type == L


def test_same_name_of_two_types_is_two_entities():
    docs = {"a": ("George Washington said. Washington", [person("George Washington",
                                                                 "George Washington",
                                                                 "Washington")]),
            "b": ("in Washington", [other("Washington", L)])}
    entities, links, *_ = resolve(docs)
    assert linked(links, "Washington", "b") == "washington"
    assert entities["Washington"].type == L
    assert linked(links, "Washington", "a") == "george-washington"


# ------------------------------------------------------------------- stable addresses


def corpus(seed: int, prefix: str, n: int) -> dict[str, tuple[str, list[Candidate]]]:
    rng = random.Random(seed)
    given = ["Anna", "Boris", "Irina", "Oleg", "Pavel", "Marta"]
    surnames = ["Kovalenko", "Petrenko", "Sidorenko", "Melnyk", "Bondar", "Tkachenko"]
    docs = {}
    for i in range(n):
        g, s = rng.choice(given), rng.choice(surnames)
        text = f"{g} {s} met {s} in {prefix}town."
        docs[f"{prefix}{i:03d}"] = (text, [person(f"{g} {s}", f"{g} {s}", s),
                                           other(f"{prefix}town", L)])
    return docs


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 12))
def test_addresses_stay_when_unrelated_documents_are_added(seed: int, extra: int):
    base = corpus(seed, "a", 12)
    before, links_before, *_ = resolve(base)
    unrelated = {f"z{i:03d}": (f"Quentin Zyx{i} visited Zorland.",
                               [person(f"Quentin Zyx{i}"), other("Zorland", L)])
                 for i in range(extra)}
    after, links_after, *_ = resolve({**base, **unrelated})
    assert {n: e.id for n, e in before.items()} == \
        {n: e.id for n, e in after.items() if n in before}
    assert set(links_before) <= set(links_after)


def test_resolution_ignores_document_order():
    docs = corpus(7, "b", 20)
    shuffled = dict(sorted(docs.items(), key=lambda kv: random.Random(1).random()))
    assert resolve(docs) == resolve(shuffled)


def test_slug_collisions_get_a_type_suffix_by_a_stable_rule():
    docs = {"a": ("Georgia said.", [person("Georgia")]),
            "b": ("in Georgia", [other("Georgia", L)])}
    entities, links, *_ = resolve(docs)
    assert linked(links, "Georgia", "a") == "georgia"
    assert linked(links, "Georgia", "b") == "georgia-place"


# ---------------------------------------------------------------------- distinct rule


def test_distinct_rule_keeps_two_people_apart():
    docs = {"a": ("Sergei Ivanov, defence.", [person("Sergei Ivanov")]),
            "b": ("Sergey Ivanov, chief of staff.", [person("Sergey Ivanov")]),
            "c": ("Ivanov said.", [person("Ivanov")])}
    merged, *_ = resolve(docs)
    assert "Sergey Ivanov" not in merged or "Sergei Ivanov" not in merged
    registry = parse_registry({"version": 1, "distinct": [["Sergei Ivanov", "Sergey Ivanov"]]},
                              "entities.yml")
    apart, links, _, doubts = resolve(docs, registry)
    assert apart["Sergei Ivanov"].id != apart["Sergey Ivanov"].id
    assert linked(links, "Ivanov", "c") is None


@pytest.mark.parametrize("distinct, message", [
    ("Sergei Ivanov", "must be a list of name lists"),
    ([["Sergei Ivanov"]], "at least two different names"),
    ([["Sergei Ivanov", "sergei  ivanov"]], "at least two different names"),
    ([["A B", "C D", "A B"]], "listed twice"),
    (["Sergei Ivanov"], "must be a list of names"),
    ([["Sergei Ivanov", 3]], "not a non-empty text"),
])
def test_distinct_rule_is_validated(distinct, message):
    with pytest.raises(RegistryError, match=message):
        parse_registry({"version": 1, "distinct": distinct}, "entities.yml")


def test_distinct_names_may_not_be_one_registry_entity_or_never_link():
    data = {"version": 1, "never_link": ["Old Name"],
            "entities": [{"name": "Sergei Ivanov", "type": "person", "aliases": ["Sergey Ivanov"]}],
            "distinct": [["Sergei Ivanov", "Sergey Ivanov"], ["Old Name", "New Name"]]}
    with pytest.raises(RegistryError) as info:
        parse_registry(data, "entities.yml")
    assert "one registry entity" in str(info.value) and "never_link" in str(info.value)


# -------------------------------------------------------------- likely duplicates


def ent(name: str, typ: str = P) -> Entity:
    from slugify import slugify
    return Entity(id=slugify(name), name=name, type=typ, origin="detected")


@pytest.mark.parametrize("a, b, typ, rule", [
    ("Alexei Miller", "Alexey Miller", P, "variant spelling"),
    ("Alexei Miller", "Miller", P, "bare surname twin"),
    ("D. Valeyev", "Dinar Valeyev", P, "initial"),
    ("Fydor Lukyanov", "Fyodor Lukyanov", P, "misspelling"),
    ("Lukoil Vagit Alekperov", "Vagit Alekperov", P, "role words in front"),
    ("Culture Medinsky", "Vladimir Medinsky", P, "role words in front"),
    ("China", "People's Republic of China", L, "short name"),
])
def test_likely_duplicates_are_found(a, b, typ, rule):
    pairs = likely_duplicates([ent(a, typ), ent(b, typ), ent("Unrelated Person")])
    assert [(set(d.names), d.rule) for d in pairs] == [({a, b}, rule)]


@pytest.mark.parametrize("a, b, typ", [
    ("Alexei Miller", "Jonathan Miller", P),
    ("Moscow", "Moscow Region", L),
    ("Gazprom", "Gazprom Neft", O),
    ("Georgia", "Georgia", P)[:1] + ("Georgian Dream", O),
])
def test_distinct_names_are_not_duplicates(a, b, typ):
    assert likely_duplicates([ent(a, typ), ent(b, typ)]) == []


def test_fold_unifies_transliterations():
    assert fold("Fyodor Zelenskyy") == fold("Fëdor Zelenskiy") == fold("Fedor Zelensky")
    assert fold("Pieters") != fold("Peters")


# ------------------------------------------------------------------ whole pipeline


def test_matcher_lets_a_document_use_a_shorter_surface_of_its_own():
    matcher = Matcher({"Mark Woodforde": [Target(NAME, ("mw",), docs=frozenset({"a"}))],
                       "Woodforde": [Target(NAME, ("mw",), docs=frozenset({"b"}))]})
    hits = matcher.find("Mark Woodforde won", "b")
    assert [(h.start, h.end) for h in hits] == [(5, 14)]


def test_resolution_is_cached(tmp_path: Path, monkeypatch):
    docs = corpus(3, "c", 5)
    found = {d: c for d, (_, c) in docs.items()}
    cache = Cache(tmp_path)
    first = resolve_entities([], found, Registry(), cache)
    import archivist.resolution as resolution

    monkeypatch.setattr(resolution, "resolve_forms", lambda *a: pytest.fail("not cached"))
    assert resolve_entities([], found, Registry(), cache) == first
    cache.close()


def test_pipeline_resolves_and_reports(tmp_path: Path):
    sources = tmp_path / "sources"
    sources.mkdir()
    texts = {
        "one.txt": "Gas talks\n\nAlexei Miller, chief executive of Gazprom, said on Monday that "
                   "exports would grow. Miller spoke in Moscow.\n",
        "two.txt": "Gas prices\n\nAlexey Miller, chief executive of Gazprom, told reporters "
                   "in Moscow that prices would rise. Miller added nothing.\n",
        "three.txt": "A novel\n\nJonathan Miller, the theatre director, staged a play in London. "
                     "Miller said he was pleased.\n",
        "four.txt": "Gas and theatre\n\nThe director, Miller, said on Monday that he would "
                    "retire.\n",
    }
    for name, text in texts.items():
        (sources / name).write_text(text, encoding="utf-8")
    registry = tmp_path / "empty.yml"
    registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
    archive = gather(Settings(sources=sources, registry=registry, cache=None, fulltext=False))
    people = {e.name: e for e in archive.entities if e.type == P}
    assert {"Alexei Miller", "Jonathan Miller"} <= set(people), people
    assert "Alexey Miller" in people["Alexei Miller"].aliases
    by_doc = {(m.document, m.entity) for m in archive.mentions if m.text == "Miller"}
    docs = {d.source: d.id for d in archive.documents}
    assert (docs["one.txt"], "alexei-miller") in by_doc
    assert (docs["three.txt"], "jonathan-miller") in by_doc
    assert not any(e == "alexei-miller" and d == docs["three.txt"] for d, e in by_doc)
    assert not any(d == docs["four.txt"] for d, _ in by_doc)
    assert [m.entity for m in archive.merges] == ["alexei-miller"]
    review = yaml.safe_load(review_yaml(archive))
    assert review["merges"][0]["forms"][0] == "Alexei Miller"
    assert "Alexey Miller" in review["merges"][0]["forms"]
    doubt = next(d for d in review["doubts"] if "Miller" in d["names"])
    assert doubt["rule"] == "bare name of several people"
    assert {"Alexei Miller", "Jonathan Miller"} <= set(doubt["names"])
    report = report_pages(build_index(archive))["report/index.md"]
    assert f"1 merge made, {len(archive.doubts)} likely duplicate" in report


def test_a_place_page_is_not_named_by_its_dateline_spelling():
    docs = {f"d{i}": ("ABIDJAN 1996-08-22\n\nNews from ABIDJAN.", [other("Abidjan", L, "ABIDJAN")])
            for i in range(3)}
    docs["x"] = ("in Abidjan", [other("Abidjan", L)])
    entities, *_ = resolve(docs)
    assert "Abidjan" in entities and entities["Abidjan"].id == "abidjan"


def test_a_speaker_label_names_the_person_in_full_for_a_bare_surname():
    docs = {"a": ("Rector Nikolai Kropachev: Thank you. Mr Kropachev, please.",
                  [person("Kropachev")])}
    found = {d: c for d, (_, c) in docs.items()}
    texts = {d: t for d, (t, _) in docs.items()}
    entities, links, _, _ = resolve_forms(found, Registry(), texts, {"a": ["Nikolai Kropachev"]})
    assert linked(links, "Kropachev", "a") == "nikolai-kropachev"
    assert "Kropachev" not in {e.name for e in entities}
    alone, links_alone, _, _ = resolve_forms(found, Registry(), texts)
    assert linked(links_alone, "Kropachev", "a") == "kropachev"


def test_a_short_given_name_that_is_also_a_word_is_not_a_role():
    docs = {"a": ("Xi Jinping spoke.", [person("Xi Jinping")]),
            "b": ("Xi Jinping again.", [person("Xi Jinping")])}
    entities, links, *_ = resolve(docs)
    assert linked(links, "Xi Jinping", "b") == "xi-jinping"


def test_a_registry_name_marked_ambiguous_is_left_to_the_registry():
    registry = parse_registry({"version": 1, "entities": [
        {"name": "Gurbanguly Berdimuhamedov", "type": "person", "aliases": ["Berdimuhamedov"],
         "ambiguous": ["Berdimuhamedov"]},
        {"name": "Serdar Berdimuhamedov", "type": "person", "aliases": ["Berdimuhamedov"],
         "ambiguous": ["Berdimuhamedov"]}]}, "entities.yml")
    docs = {"a": ("Berdimuhamedov said.", [person("Berdimuhamedov")]),
            "b": ("Gurbanguly Berdimuhamedov said.", [person("Gurbanguly Berdimuhamedov")])}
    entities, links, *_ = resolve(docs, registry)
    assert linked(links, "Berdimuhamedov", "a") is None
    assert "Berdimuhamedov" not in entities
    assert linked(links, "Gurbanguly Berdimuhamedov", "b") == "gurbanguly-berdimuhamedov"


def test_a_registry_person_owns_a_bare_surname_and_detected_spellings():
    registry = parse_registry({"version": 1, "entities": [
        {"name": "Dmitry Peskov", "type": "person", "aliases": ["Peskov"]}]}, "entities.yml")
    docs = {"a": ("Dmitry Peskov said.", [person("Dmitry Peskov")]),
            "b": ("Dmitriy Peskov said.", [person("Dmitriy Peskov")]),
            "c": ("Peskov said.", [person("Peskov")])}
    entities, links, merges, doubts = resolve(docs, registry)
    assert linked(links, "Dmitriy Peskov", "b") == "dmitry-peskov"
    assert linked(links, "Peskov", "c") == "dmitry-peskov"
    assert not doubts


def test_x_ministry_is_the_ministry_of_x():
    docs = {"a": ("the Culture Ministry", [other("Culture Ministry", O)]),
            "b": ("the Ministry of Culture", [other("Ministry of Culture", O)]),
            "c": ("the Foreign Ministry", [other("Foreign Ministry", O)])}
    entities, links, *_ = resolve(docs)
    assert linked(links, "Culture Ministry", "a") == linked(links, "Ministry of Culture", "b")
    assert linked(links, "Foreign Ministry", "c") not in (None, linked(links, "Culture Ministry",
                                                                       "a"))


def test_a_given_name_cut_short_in_one_document_is_the_long_one():
    """ "Ruslan Teriyev" named "Rus Teriyev" in the same text is one person; in another
    document, or beside a second long form ("Rustam Teriyev"), it stays apart."""
    text = "Ruslan Teriyev asked. I am Rus Teriyev, from Makhachkala."
    people, _, merges, _ = resolve({"a": (text, [person("Ruslan Teriyev"),
                                                  person("Rus Teriyev")])})
    assert set(people) == {"Ruslan Teriyev"} and "Rus Teriyev" in people["Ruslan Teriyev"].aliases
    assert any("short given name" in m.rules for m in merges)
    apart, _, _, _ = resolve({"a": ("Ruslan Teriyev asked.", [person("Ruslan Teriyev")]),
                              "b": ("Rus Teriyev spoke.", [person("Rus Teriyev")])})
    assert set(apart) == {"Ruslan Teriyev", "Rus Teriyev"}
    two, _, _, _ = resolve({"a": ("Ruslan Teriyev and Rustam Teriyev met Rus Teriyev.",
                                  [person("Ruslan Teriyev"), person("Rustam Teriyev"),
                                   person("Rus Teriyev")])})
    assert "Rus Teriyev" in two


def test_a_pet_form_in_one_document_is_the_full_given_name():
    """ "Sasha Belkova" beside "Alexandra Belkova" in one text is one person; in two documents
    too where the surname is rare (conll2003-train's Mike and Michael Atherton), not where it is
    common ("Sasha Ivanova", "Alexandra Ivanova")."""
    text = "Alexandra Belkova asked first. Then Sasha Belkova spoke again."
    people, _, merges, _ = resolve({"a": (text, [person("Alexandra Belkova"),
                                                  person("Sasha Belkova")])})
    assert set(people) == {"Alexandra Belkova"}
    two, _, merges, _ = resolve({"a": ("Alexandra Belkova asked.", [person("Alexandra Belkova")]),
                                 "b": ("Sasha Belkova spoke.", [person("Sasha Belkova")])})
    assert set(two) == {"Alexandra Belkova"}
    assert any("pet form of the given name" in m.rules for m in merges)
    apart, _, _, _ = resolve({"a": ("Alexandra Ivanova asked.", [person("Alexandra Ivanova")]),
                              "b": ("Sasha Ivanova spoke.", [person("Sasha Ivanova")])})
    assert set(apart) == {"Alexandra Ivanova", "Sasha Ivanova"}


# ------------------------------------------------------------------ names with particles


def test_bare_surname_with_or_without_its_article_links_to_the_particle_name():
    docs = {"a": ("Karim al-Qasrawi spoke.", [person("Karim al-Qasrawi")]),
            "b": ("Mr al-Qasrawi spoke.", [person("al-Qasrawi")]),
            "c": ("President Qasrawi spoke.", [person("Qasrawi")]),
            "d": ("Ingrid von der Brelen spoke.", [person("Ingrid von der Brelen")]),
            "e": ("Ms von der Brelen spoke.", [person("von der Brelen")])}
    entities, links, *_ = resolve(docs)
    assert sorted(e.name for e in entities.values()) == ["Ingrid von der Brelen",
                                                         "Karim al-Qasrawi"]
    assert linked(links, "al-Qasrawi", "b") == "karim-al-qasrawi"
    assert linked(links, "Qasrawi", "c") == "karim-al-qasrawi"
    assert linked(links, "von der Brelen", "e") == "ingrid-von-der-brelen"


def test_given_or_fathers_name_of_a_particle_name_makes_no_page():
    """"Karim" or "Haddoun" alone is part of "Karim bin Haddoun", not a person of its own."""
    docs = {"a": ("Karim bin Haddoun spoke.", [person("Karim bin Haddoun")]),
            "b": ("King Haddoun spoke.", [person("Haddoun")]),
            "c": ("Karim spoke.", [person("Karim")])}
    entities, links, _, doubts = resolve(docs)
    assert sorted(entities) == ["Karim bin Haddoun"]
    assert linked(links, "Haddoun", "b") is None and linked(links, "Karim", "c") is None
    assert {d.names[0] for d in doubts if d.rule == "bare given name not linked"} == {
        "Haddoun", "Karim"}


def test_bare_given_name_of_a_plain_name_keeps_its_page():
    """Outside particle names a lone given name stays its own person ("Patriarch Oleg")."""
    docs = {"a": ("Oleg Tarasenko spoke.", [person("Oleg Tarasenko")]),
            "b": ("Patriarch Oleg spoke.", [person("Oleg")])}
    entities, *_ = resolve(docs)
    assert "Oleg" in entities


# ------------------------------------------------------------------ generic body names


def _body_docs(third: str) -> dict[str, tuple[str, list[Candidate]]]:
    """Three documents about Chile using a bare body name; the third text varies."""
    cands = [other("Interior Ministry", O), other("Chile", L)]
    return {"a": ("Chile: the Interior Ministry said.", cands),
            "b": ("In Chile the Interior Ministry denied it.", cands),
            "c": (third, cands)}


def test_a_generic_body_name_of_one_countrys_corpus_keeps_its_page():
    entities, links, _, doubts = resolve(_body_docs("Chile's Interior Ministry met."))
    assert "Interior Ministry" in entities
    assert linked(links, "Interior Ministry", "c") == entities["Interior Ministry"].id
    assert not [d for d in doubts if d.rule == "generic body name not linked"]


def test_the_body_named_after_the_corpuss_country_is_the_generic_bodys_page():
    """ "Chilean Interior Ministry" in one document and "Interior Ministry" in the others of a
    corpus about Chile: one body, one page (kremlin-dev's "Russian Foreign Ministry")."""
    docs = _body_docs("Talks at the Interior Ministry of Chile.")
    docs["c"] = ("Chile: the Chilean Interior Ministry spoke.",
                 [other("Chilean Interior Ministry", O), other("Chile", L)])
    docs["d"] = ("In Chile the Interior Ministry of Chile met.",
                 [other("Interior Ministry of Chile", O), other("Chile", L)])
    entities, links, *_ = resolve(docs)
    body = entities["Interior Ministry"].id
    assert "Chilean Interior Ministry" not in entities
    assert "Interior Ministry of Chile" not in entities
    assert linked(links, "Chilean Interior Ministry", "c") == body
    assert linked(links, "Interior Ministry of Chile", "d") == body
    docs["e"] = ("Peru: the Peruvian Interior Ministry spoke.",
                 [other("Peruvian Interior Ministry", O), other("Peru", L)])
    entities, *_ = resolve(docs)  # another country's body: its own page, the generic one none
    assert "Peruvian Interior Ministry" in entities and "Interior Ministry" not in entities


def test_a_generic_body_name_that_the_corpus_gives_another_owner_gets_no_page():
    docs = _body_docs("Chile, where the Interior Ministry spoke.")
    docs["d"] = ("Talks with the French Interior Ministry.", [other("France", L)])
    entities, links, _, doubts = resolve(docs)
    assert "Interior Ministry" not in entities
    assert linked(links, "Interior Ministry", "a") is None
    assert [d.names for d in doubts if d.rule == "generic body name not linked"] == \
        [("Interior Ministry",)]


@pytest.mark.parametrize("body", ["Policía Nacional", "Conselho de Ministros",
                                  "Ministério Público"])
def test_a_romance_generic_body_name_of_different_countries_gets_no_page(body: str):
    """Every country has its national police, its council of ministers: Paraguay's and Spain's
    are no one page (wordfreq's frequent words of the Romance languages, not their names)."""
    docs = {d: (f"En {c}, la {body} informó.", [other(body, O), other(c, L)])
            for d, c in (("a", "Paraguay"), ("b", "Spain"))}
    assert body not in resolve(docs)[0]
    one = {d: (f"En Paraguay, la {body} informó.", [other(body, O), other("Paraguay", L)])
           for d in ("a", "b")}
    assert body in resolve(one)[0]  # one country's corpus keeps its page


def test_a_romance_body_named_for_a_place_keeps_its_page():
    docs = {d: (f"En {c}, la Junta de Andalucía informó.",
                [other("Junta de Andalucía", O), other(c, L)])
            for d, c in (("a", "Paraguay"), ("b", "Spain"))}
    assert "Junta de Andalucía" in resolve(docs)[0]


def test_a_generic_body_name_in_documents_about_different_countries_gets_no_page():
    docs = {d: (f"In {c} the Supreme Court ruled.", [other("Supreme Court", O), other(c, L)])
            for d, c in (("a", "Chile"), ("b", "France"), ("c", "Japan"))}
    entities, *_ = resolve(docs)
    assert "Supreme Court" not in entities
    two = {"a": docs["a"], "b": ("The Supreme Court ruled.", [other("Supreme Court", O)])}
    assert "Supreme Court" not in resolve(two)[0]  # a document naming no country: unknown
    one = {"a": docs["a"]}  # one document: one body, whichever it is
    assert "Supreme Court" in resolve(one)[0]
    world = {d: (f"In {c} the World Bank lent.", [other("World Bank", O), other(c, L)])
             for d, c in (("a", "Chile"), ("b", "France"))}
    assert "World Bank" in resolve(world)[0]  # one of its kind


def test_a_place_written_under_its_gazetteer_name_is_named_by_it():
    """ "Constantinople" twice and a dateline "ISTANBUL" once: the page is Istanbul (the
    gazetteer's "İstanbul" as the text spells it); a form the text never writes names nothing."""
    assert page_name("place", {"Constantinople": 2, "ISTANBUL": 1, "İstanbul": 0},
                     {"İstanbul": 3}) == "İstanbul"
    assert page_name("place", {"Constantinople": 2, "Istanbul": 1, "İstanbul": 0},
                     {"İstanbul": 3}) == "Istanbul"
    assert page_name("place", {"Bogota": 3, "Bogotá": 0}, {"Bogotá": 3}) == "Bogota"
    assert page_name("place", {"Britain": 3, "United Kingdom": 1},
                     {"United Kingdom": 4}) == "United Kingdom"


def test_a_place_written_only_abbreviated_is_named_in_full():
    assert page_name("place", {"Ill.": 3, "Illinois": 0}, {"Illinois": 3}) == "Illinois"
    assert page_name("place", {"Ill.": 3, "Illinois": 1}, {"Illinois": 4}) == "Illinois"
    assert page_name("place", {"Springfield": 2}, {"Springfield": 2}) == "Springfield"


OWNER_TEXT = st.lists(st.sampled_from([*"UN's’.-_ (\"Ö9a", " ", " ", "Ministry", "Japan’s"]),
                      max_size=24).map("".join)


@settings(max_examples=500, deadline=None)
@given(OWNER_TEXT, st.sampled_from(["Ministry", "Foreign Ministry", "a", "N N"]))
@example("UN Ministry-N Ministry", "Ministry")  # a second start inside the first match
@example("Ö’N Ministry: X_Y’s Ministry", "Ministry")
def test_owners_found_where_the_name_starts_are_the_regexs(text: str, name: str):
    """The owner search that tries only where a name starts captures what the regex finds
    scanning the whole text."""
    from archivist.resolution.bodies import _owner_re, _owner_words

    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    assert _owner_words(text, name, starts) == [m[1] for m in _owner_re(name).finditer(text)]


@settings(max_examples=200, deadline=None)
@given(OWNER_TEXT, st.sampled_from(["Ministry", "Foreign Ministry", "N N"]))
@example("UN Ministry-N Ministry, Japan’s Ministry", "Ministry")
def test_written_owners_are_the_regexs_owners_that_name_an_owner(text: str, name: str):
    from archivist.detect.lexicon import FUNCTION_CAPS, is_demonym, lexicon
    from archivist.resolution.bodies import _owner_re, owners_in_texts, written_owners

    lex = lexicon()
    expected = {o for m in _owner_re(name).finditer(text) if (o := m[1]) not in FUNCTION_CAPS
                and (o.isupper() and len(o) > 1 or o in lex.places or is_demonym(lex, o))}
    assert written_owners(text, name) == expected
    assert owners_in_texts({name}, {"a": text, "b": ""}).get(name, set()) == expected
