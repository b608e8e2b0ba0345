"""Transcripts and articles of several layouts read right: place, speakers, headings, bylines.

Every text here is synthetic (invented people and outlets), written in the layouts seen in real
transcripts and news articles; none is copied from a development set.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archivist.documents import to_document
from archivist.model import Document, RawSource
from archivist.speakers import is_strong_label, label_kind, person_name_shape, speaker_name

BENCH = Path(__file__).resolve().parent.parent / "bench"


def read(text: str, name: str = "t.txt") -> Document:
    """One synthetic source through the real reading stage."""
    doc, _ = to_document(RawSource(name, "0" * 64, text, {}))
    return doc


def turns(doc: Document) -> Counter[str]:
    return Counter(b.speaker for b in doc.blocks if b.kind == "turn" and b.speaker)


def kind_of(doc: Document, text: str) -> str:
    return next(b.kind for b in doc.blocks if b.text == text)


KREMLIN_LIKE = """\
Meeting with the Head of the Tula Region
2019-03-14
The Kremlin, Moscow

The meeting focused on the social and economic situation in the region.

* * *

President Andrei Volkov: Good afternoon, Mr Petrov. How is the region doing?

Governor of the Tula Region Ivan Petrov: Good afternoon. Let me start with the economy.

Investment grew by ten percent last year.

What do you have in the morning, tea or coffee?

Andrei Volkov: Tea, always.

Ivan Petrov: Then let us talk about tea plantations.

Co-Chair of the Central Council of the Popular Union of Regional Producers Maria Sokolova: Yes.

Ivan Petrov: Of course.

Andrei Volkov: Here is what other countries said about secession.

Germany: “A matter of the right of peoples to self-determination.”

France: “It does not forbid it in general.”

Second: the ruling was never challenged.

Maria Sokolova: Thank you.

Hello, Mr President!

Andrei Volkov: Hello. Goodbye!

Goodbye!

Thank you for your time

<…>
"""


@pytest.fixture(scope="module")
def kremlin_like() -> Document:
    return read(KREMLIN_LIKE)


def test_place_line_after_title_and_date(kremlin_like: Document):
    assert kremlin_like.meta.place == "The Kremlin, Moscow"
    assert kind_of(kremlin_like, "The Kremlin, Moscow") == "paragraph"


def test_no_author_or_outlet_from_text_that_names_nobody(kremlin_like: Document):
    assert kremlin_like.meta.author is None and kremlin_like.meta.outlet is None


def test_long_role_labels_are_turns_of_the_same_person(kremlin_like: Document):
    counts = turns(kremlin_like)
    long_label = ("Co-Chair of the Central Council of the Popular Union of Regional Producers "
                  "Maria Sokolova")
    assert counts[long_label] == 1 and counts["Maria Sokolova"] == 1
    assert counts["Governor of the Tula Region Ivan Petrov"] == 1 and counts["Ivan Petrov"] == 2
    by_person = Counter(speaker_name(label) for label in turns(kremlin_like).elements())
    assert by_person == {"Andrei Volkov": 4, "Ivan Petrov": 3, "Maria Sokolova": 2}


def test_list_labels_inside_a_turn_are_not_speakers(kremlin_like: Document):
    counts = turns(kremlin_like)
    assert not {"Germany", "France", "Second"} & set(counts)
    assert kind_of(kremlin_like, "Second: the ruling was never challenged.") == "paragraph"


def test_spoken_lines_are_not_headings(kremlin_like: Document):
    for line in ("What do you have in the morning, tea or coffee?", "Hello, Mr President!",
                 "Goodbye!", "Thank you for your time"):
        assert kind_of(kremlin_like, line) == "paragraph"
    assert [b.text for b in kremlin_like.blocks if b.kind == "heading"] == []


QA_INTERVIEW = """\
Interview with the Finance Minister
March 3, 2021

Q: How do you see the economy this year?

A: It is growing, slowly.

Q: And inflation?

A: Under control. Next question!

Q: What about the budget?

A: Balanced.
"""


def test_q_and_a_interview():
    doc = read(QA_INTERVIEW)
    assert turns(doc) == {"Q": 3, "A": 3}
    assert speaker_name("Q") is None and speaker_name("A") is None
    assert doc.meta.kind == "transcript" and doc.meta.place is None
    assert str(doc.meta.date) == "2021-03-03"


PANEL = """\
Panel on Energy Security
Geneva, Switzerland
2022-05-10

MODERATOR: Welcome to the panel. Ms Jones, you first.

JONES: Thanks. Let me start with gas.

Why does this matter?

SMITH: Because prices doubled.

MODERATOR: A last word?

JONES: Thank you all.
"""


def test_moderator_and_capitalised_surnames():
    doc = read(PANEL)
    assert turns(doc) == {"MODERATOR": 2, "JONES": 2, "SMITH": 1}
    assert speaker_name("MODERATOR") is None and speaker_name("JONES") == "JONES"
    assert doc.meta.place == "Geneva, Switzerland"  # a place line before the date line
    assert kind_of(doc, "Why does this matter?") == "paragraph"


BRIEFING = """\
Daily press briefing by the Foreign Ministry spokesperson
12 January 2023

Foreign Ministry Spokesperson Olga Marchenko: Good afternoon. Let me begin with the schedule.

Question: Is there any update on the talks?

Olga Marchenko: Not today.

Plenary session moderator Peter Lindqvist: One more from the back.

Question: Thank you.

Olga Marchenko: You are welcome.
"""


def test_press_briefing_roles_stay_in_the_label():
    doc = read(BRIEFING)
    counts = turns(doc)
    assert counts["Foreign Ministry Spokesperson Olga Marchenko"] == 1
    assert counts["Olga Marchenko"] == 2 and counts["Question"] == 2
    assert counts["Plenary session moderator Peter Lindqvist"] == 1
    assert speaker_name("Foreign Ministry Spokesperson Olga Marchenko") == "Olga Marchenko"
    assert speaker_name("Plenary session moderator Peter Lindqvist") == "Peter Lindqvist"
    assert doc.meta.place is None  # no place line in this header


ONE_TURN = """\
Address to the participants of the forum
2011-06-09
Lisbon

Prime Minister of the Republic Jonas Almeida: Friends, I welcome you to this forum.

I wish you all successful work.
"""


def test_a_single_role_and_name_label_is_a_turn():
    doc = read(ONE_TURN)
    assert turns(doc) == {"Prime Minister of the Republic Jonas Almeida": 1}
    assert doc.meta.kind == "transcript"
    assert doc.meta.place == "Lisbon"


ARTICLE_DATELINE = """\
Storm Batters the Northern Coast
By Marta Lindgren, Coastal Herald, 4/2/2021

BERGEN, Norway – A storm battered the northern coast on Friday, cutting power to thousands of
homes and closing two ferry lines, officials said.

Background to the Storm

The region has seen three storms this winter. Note: figures are provisional.

What Comes Next?

Repairs will take a week.
"""


def test_article_with_byline_and_dateline():
    doc = read(ARTICLE_DATELINE)
    m = doc.meta
    assert (m.author, m.outlet, m.place) == ("Marta Lindgren", "Coastal Herald", "Bergen, Norway")
    assert m.kind == "article" and turns(doc) == {}
    assert kind_of(doc, "Background to the Storm") == "heading"
    assert kind_of(doc, "What Comes Next?") == "heading"  # title case: a section heading


ARTICLE_SIGN_OFF = """\
Markets Close Higher on Trade Hopes

Stocks rose on Tuesday as investors bet on a trade deal. Analysts were cautious.

The index gained two percent by the close.

Jonas Weber
Tue, 03/14/2023 - 16:40
"""


def test_article_signed_off_by_a_name():
    doc = read(ARTICLE_SIGN_OFF)
    assert doc.meta.author == "Jonas Weber" and str(doc.meta.date) == "2023-03-14"


@pytest.mark.parametrize("last", ["Thank you very much!", "Happy New Year!", "<…>", "Goodbye!",
                                  "All the best", "Best Regards", "Staff Reporter"])
def test_a_closing_line_that_names_nobody_is_no_author(last: str):
    doc = read(f"Notes From the Meeting\n\nWe met on Tuesday and agreed on a plan.\n\n{last}\n")
    assert doc.meta.author is None


def test_the_last_name_of_a_list_is_no_author():
    text = ("Golf Results\n\nLeading scores after the first round were posted by players\n\n"
            "Anna Berg, Clara Holm, Elias Strand,\n\nMikael Lund\n")
    assert read(text).meta.author is None


def test_excerpts_line_is_no_outlet():
    text = ("Meeting on economic issues\n2013-04-22\nSochi\n\n"
            "Excerpts from transcript of the meeting on economic issues\n\n"
            "President Andrei Volkov: Good afternoon.\n\nPavel Orlov: Good afternoon.\n")
    doc = read(text)
    assert doc.meta.outlet is None and doc.meta.place == "Sochi"


def test_transcript_line_names_the_outlet():
    text = ("Press conference on the summit\n\n{} Transcript, 6/29/22\n\n"
            "Question: Any news?\n\nAnna Berg: None.\n")
    assert read(text.format("Nordhavn Media")).meta.outlet == "Nordhavn Media"
    assert read(text.format("Press Conference")).meta.outlet is None


@pytest.mark.parametrize("line", [
    "Reuters staff report", "World News", "Breaking News", "Jonas Weber", "Press Release",
    "Talks were held in both restricted and expanded formats.", "Moscow Times",
    "Prime Minister Jonas Almeida"])
def test_lines_after_the_date_that_are_not_places(line: str):
    doc = read(f"A Headline About Talks\n2020-01-01\n{line}\n\nThe talks went on all day.\n")
    assert doc.meta.place is None


def test_a_headline_shaped_like_a_dateline_gives_no_place():
    assert read("PRESS DIGEST - Northern newspapers - May 3.\n\nThe leading stories.\n"
                ).meta.place is None
    assert read("Talks in Oslo\nOSLO 2001-05-03\n\nThe talks went on all day.\n"
                ).meta.place == "Oslo"


@pytest.mark.parametrize(("label", "name"), [
    ("President of Russia Vladimir Putin", "Vladimir Putin"),
    ("Investigative Committee Chairman Alexander Bastrykin", "Alexander Bastrykin"),
    ("Co-Chair of the Central Headquarters of the All-Russia People's Front Stanislav "
     "Govorukhin", "Stanislav Govorukhin"),
    ("Central Bank chairman Sergei Ignatyev", "Sergei Ignatyev"),
    ("Komsomolskaya Pravda Editor in Chief Vladimir Sungorkin", "Vladimir Sungorkin"),
    ("Commissioner for Entrepreneurs’ Rights Boris Titov", "Boris Titov"),
    ("President of Afghanistan Hamid Karzai (translated from Russian)", "Hamid Karzai"),
    ("Secretary of State John F. Kerry", "John F. Kerry"),
    ("Hans-Friedrich von Ploetz", "Hans-Friedrich von Ploetz"),
    ("Ebtesam al-Ketbi", "Ebtesam al-Ketbi"),
    ("Mr Smith", "Smith"),
    ("Rector of Northern State University Pavel Orlov", "Pavel Orlov"),
    ("CEO of Nordic Energy Company Total Erik Lund (translated)", "Erik Lund"),
    ("Senator Mary Ann Smith", "Mary Ann Smith"),
    ("DEPUTY CHIEF OF STAFF OF THE PRESS OFFICE ANNA BERG", "ANNA BERG"),
    ("Senator John Q. Public", "John Q. Public"),
    ("Former Prime Minister John Major", "John Major"),
    ("Delegate Noor al-Sabri", "Noor al-Sabri"),
    ("VladimirPutin", "Vladimir Putin"),
    ("Harbour, Fisheries and Coast Guard Minister Tomas Varga", "Tomas Varga"),
    ("Research Director of the Norvale Club, moderator Ana Brix", "Ana Brix"),
    ("Норвале Лидия Марчетти", "Лидия Марчетти"),
    ("Question", None), ("MODERATOR", None), ("The President", None), ("Audience member", None),
])
def test_speaker_name_strips_roles_and_organisations(label: str, name: str | None):
    assert speaker_name(label) == name


def test_a_bare_name_is_no_role_and_name_label():
    assert speaker_name("Xolani Tomas Varga") == "Tomas Varga"
    assert not is_strong_label("Xolani Tomas Varga")
    assert is_strong_label("Harbour Minister Tomas Varga")
    assert turns(read("Talks\n\nXolani Tomas Varga: We met.\n\nThe talks went on.\n")) == {}


@pytest.mark.parametrize("label", ["Germany", "France", "The United Kingdom", "South Korea",
                                   "Breaking News", "I want to stress once again", "At Hove",
                                   "Regarding interference or non-interference", "Note"])
def test_labels_that_are_not_speakers(label: str):
    assert label_kind(label) is None or label_kind(label) == "short"
    doc = read(f"Talks\n\nAnna Berg: Hello.\n\n{label}: something.\n\nAnna Berg: Bye.\n")
    assert turns(doc) == {"Anna Berg": 2}
    assert kind_of(doc, f"{label}: something.") == "paragraph"


def test_person_name_shape():
    assert person_name_shape("Tyler Durden") and person_name_shape("Anna K. Berg")
    for text in ("Happy New Year!", "Excerpts from", "Thank you very much", "<…>", "Goodbye",
                 "Staff Reporter", "Best Regards"):
        assert not person_name_shape(text)


WORDS = st.sampled_from(["President", "of", "the", "Russia", "Vladimir", "Putin", "Bank", "al",
                         "von", "Minister", "chairman", "J.", "Question", "(translated)", "A",
                         "Smith", "CEO", "Co-Chair", "al-Ketbi"])


@given(st.lists(WORDS, min_size=1, max_size=12).map(" ".join))
def test_speaker_name_is_the_end_of_the_label(label: str):
    name = speaker_name(label)
    core = label.split()
    while core[-1:] == ["(translated)"]:  # remarks after the label, however many
        core.pop()
    assert name is None or core[-len(name.split()):] == name.split()


@given(st.text(max_size=80))
def test_any_label_gives_a_kind_and_a_name_from_its_own_words(label: str):
    kind, name = label_kind(label), speaker_name(label)
    assert kind in (None, "role", "name", "short")
    assert name is None or all(w in label for w in name.split())


LINE_STARTS = st.sampled_from([
    "", "MODERATOR:", "MODERATOR: ", "JOHN SMITH, CNN CORRESPONDENT: ", "Germany: ", "Second: ",
    "President of Russia Vladimir Putin: ", "Vladimir Putin:", "Q: ", "A: ", "Speaker 2: ",
    "Hamid Karzai (translated from Russian): ", "The Kremlin, Moscow", "2019-03-14", "<…>",
    "Hello, Mr President!", "Luton 1 Rotherham 0", "Tyler Durden"])
LINES = st.lists(st.tuples(LINE_STARTS, st.sampled_from(["", "Yes.", "What now?", "Fine, thanks"]),
                           st.sampled_from(["\n", "\n\n"])), min_size=1, max_size=12)


@given(LINES)
def test_every_character_of_a_transcript_is_kept_in_order(lines):
    from archivist.convert import block_text, parse_blocks  # noqa: PLC0415

    text = "".join(start + (" " if start and rest else "") + rest + sep
                   for start, rest, sep in lines)
    shown = " ".join(block_text(b) for b in parse_blocks(text))
    assert shown.split() == text.split()


def test_eval_sources_scores_a_corpus(tmp_path: Path):
    """bench/eval_sources.py on a two-file corpus with metadata.json."""
    sys.path.insert(0, str(BENCH))
    import eval_sources  # noqa: PLC0415

    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "a.txt").write_text(KREMLIN_LIKE, encoding="utf-8")
    (tmp_path / "txt" / "b.txt").write_text(PANEL, encoding="utf-8")
    meta = [{"file": "txt/a.txt", "title": "Meeting with the Head of the Tula Region",
             "date": "2019-03-14", "place": "The Kremlin, Moscow",
             "speakers": {"Andrei Volkov": 3, "Ivan Petrov": 2, "Germany": 1}},
            {"file": "txt/b.txt", "title": "Panel on Energy Security", "date": "2022-05-10",
             "place": "Somewhere Else", "speakers": {"MODERATOR": 2, "JONES": 3}}]
    (tmp_path / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    scores = eval_sources.evaluate(eval_sources.read_folder(tmp_path), {
        Path(i["file"]).name: i for i in meta})
    assert (scores["place"].right, scores["place"].total) == (1, 2)
    assert (scores["title"].right, scores["date"].right) == (2, 2)
    assert (scores["turns (all metadata labels)"].right,
            scores["turns (all metadata labels)"].total) == (9, 11)
    assert (scores["turns (speaker labels)"].right,
            scores["turns (speaker labels)"].total) == (9, 10)
    assert scores["false speaker turns"].total == 5  # three role labels, Maria Sokolova, SMITH


@pytest.mark.parametrize("text", [
    "Press review\n\nWashington Post: The talks stalled.\n\nNordic Times: Markets rallied.\n",
    "Minutes\n2021-02-02\n\nPresent: Anna Berg, Erik Lund.\n\nApologies: None.\n\nAgenda: Pay.\n",
    "Soup\n\nIngredients: water, salt.\n\nMethod: boil.\n\nServes: four.\n",
    "Talks stall\n\nKey points: the talks stalled.\n\nWhy it matters: prices.\n",
    "Reactions\n\nLavrov: The West must listen.\n\nBlinken: We are listening.\n",
    "Ratings\n\nMOODY'S: A1 S&P: AA-\n\nMOODY'S: A2 S&P: AA\n\nGrand Total: 290M\n",
])
def test_labelled_lines_that_are_not_a_conversation(text: str):
    doc = read(text)
    assert turns(doc) == {} and doc.meta.kind == "article"


def test_full_names_and_honorifics_make_a_conversation():
    doc = read("Hearing\n\nMr Smith: Welcome.\n\nMs Doe: Thanks.\n\nMr Smith: Bye.\n")
    assert turns(doc) == {"Mr Smith": 2, "Ms Doe": 1}


def test_a_bare_word_after_the_date_needs_support_to_be_a_place():
    text = "A Headline About Talks\nMarch 3, 2021\n{}\n\nThe talks went on{}.\n"
    assert read(text.format("Reuters", "")).meta.place is None  # could be an outlet
    assert read(text.format("Geneva", "")).meta.place == "Geneva"  # a known city
    assert read(text.format("Sabetta", " in Sabetta")).meta.place == "Sabetta"  # named as a place
    assert read(text.format("Ust-Luga", " at the port of Ust-Luga")).meta.place == "Ust-Luga"
    assert read(text.format("Tula Region", "")).meta.place == "Tula Region"  # a place type


def test_one_word_title_above_a_date_and_place():
    doc = read("Statement\n2021-03-03\nBrussels, Belgium\n\nThe talks went on.\n")
    assert (doc.meta.title, doc.meta.place) == ("Statement", "Brussels, Belgium")


def test_hard_wrapped_transcript_keeps_its_header_lines_apart():
    import textwrap  # noqa: PLC0415

    paras = [
        "Investigative Committee Chairman Alexander Petrov: "
        + "We have opened a criminal case and the investigation is under way. " * 3,
        "Andrei Volkov: " + "Thank you. Please keep me informed of every step they take. " * 2,
        "Alexander Petrov: " + "Certainly, I will report every week on what has been found. " * 2]
    text = "Meeting on the Investigation\n2019-03-14\nKemerovo\n" + "\n".join(
        textwrap.fill(p, 72) for p in paras) + "\n"
    doc = read(text)
    assert (doc.meta.title, doc.meta.place) == ("Meeting on the Investigation", "Kemerovo")
    assert Counter(speaker_name(s) for s in turns(doc).elements()) == {
        "Alexander Petrov": 2, "Andrei Volkov": 1}
    assert all(b.text.endswith("found.") for b in doc.blocks[-1:])


def test_numbered_generic_speakers():
    doc = read("Call transcript\n\nSpeaker 1: Hello?\n\nSpeaker 2: Hi.\n\nSpeaker 1: Bye.\n\n"
               "Chapter 1: not a speaker.\n")
    assert turns(doc) == {"Speaker 1": 2, "Speaker 2": 1}
    assert speaker_name("Speaker 1") is None


def test_table_rows_and_cut_lines_are_not_headings():
    doc = read("Results\n\nLeague results on Saturday after a long day of play in the rain.\n\n"
               "Luton 1 Rotherham 0\n\nTORONTO 63 72 .467 12\n\nResult of game played in the\n\n"
               "Division Three\n\nReading 2 Stoke 2\n")
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["Division Three"]


def test_a_label_alone_on_its_line_opens_the_turn_under_it():
    doc = read("Interview\n\nMODERATOR:\nWelcome to the show.\n\nANNA BERG:\nThank you.\n\n"
               "MODERATOR:\nBye.\n")
    assert [(b.speaker, b.text, b.line) for b in doc.blocks if b.kind == "turn"] == [
        ("MODERATOR", "Welcome to the show.", 3), ("ANNA BERG", "Thank you.", 6),
        ("MODERATOR", "Bye.", 9)]
    recipe = read("Soup\n\nIngredients:\nwater and salt.\n\nMethod:\nBoil it.\n")
    assert turns(recipe) == {} and "Method:" in [b.text for b in recipe.blocks]


def test_name_then_role_after_a_comma():
    doc = read("Evening news\n\nJOHN SMITH, CNN CORRESPONDENT: Good evening.\n\n"
               "ANNA BERG, MINISTER OF TRADE: Hello.\n\nJOHN SMITH: Thank you.\n\n"
               "Moscow, Russia: a city.\n\nThank you, Mr President: said twice.\n")
    assert turns(doc) == {"JOHN SMITH, CNN CORRESPONDENT": 1, "ANNA BERG, MINISTER OF TRADE": 1,
                          "JOHN SMITH": 1}
    assert speaker_name("JOHN SMITH, CNN CORRESPONDENT") == "JOHN SMITH"


def test_table_captions_alone_on_a_line_are_not_speakers():
    doc = read("League results\n\nPlayed Friday:\nLeeds 2 Hull 1\n\nPlaying Sunday:\n"
               "Wigan v Bath\n")
    assert turns(doc) == {}


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("By Anna Berg, Staff Reporter", "Anna Berg", None),
    ("By ANNA BERG | Nordhavn Post", "Anna Berg", "Nordhavn Post"),
    ("By Anna Berg and Erik Lund - Coastal Herald, 3/4/2021", "Anna Berg and Erik Lund",
     "Coastal Herald"),
    ("By the way, nobody signed this", None, None),
    ("By Reuters Staff", None, None),
])
def test_bylines(line: str, author: str | None, outlet: str | None):
    doc = read(f"Storm Hits the Coast\n{line}\n\nThe storm hit the coast on Friday.\n")
    assert (doc.meta.author, doc.meta.outlet) == (author, outlet)


def test_a_headline_with_a_colon_above_the_date_is_the_title():
    doc = read("Andrei Volkov: We Will Not Give Up\n2020-05-05\nMoscow\n\n"
               "Question: Will you give up?\n\nAndrei Volkov: No.\n")
    assert doc.meta.title == "Andrei Volkov: We Will Not Give Up"
    assert doc.meta.place == "Moscow" and turns(doc) == {"Question": 1, "Andrei Volkov": 1}


@pytest.mark.parametrize(("line", "place"), [
    ("MOSCOW (Reuters) - Russia said on Monday it would respond to the new sanctions soon.",
     "Moscow"),
    ("WASHINGTON, March 3 (AP) - The Senate voted on Tuesday to extend the programme by a year.",
     "Washington"),
    ("BERGEN, Norway – A storm battered the northern coast on Friday, officials said today.",
     "Bergen, Norway"),
])
def test_datelines(line: str, place: str):
    assert read(f"Talks Resume\n\n{line}\n\nMore text follows here.\n").meta.place == place


def test_a_first_line_dateline_needs_a_region_agency_or_date():
    assert read("MOSCOW, Russia – Talks resumed on Monday after a long break, officials said.\n"
                ).meta.place == "Moscow, Russia"
    assert read("RTRS - Tennis - Muster upset, Philippoussis wins, Stoltenberg loses in three.\n"
                "\nThe top seed lost on Wednesday.\n").meta.place is None


def test_the_place_line_wins_over_a_dateline_below_it():
    doc = read("Talks Resume\n2021-03-03\nGeneva\n\nMOSCOW (Reuters) - Russia said on Monday "
               "it would respond to the new sanctions soon.\n")
    assert doc.meta.place == "Geneva"


@pytest.mark.parametrize("first, title", [
    ("Q.R. envoy backs port deal-U.N. aide says.", "Q.R. envoy backs port deal-U.N. aide says"),
    ("Farmers ship plums to U.S. markets early.", "Farmers ship plums to U.S. markets early"),
    ("N. Vostria urges S. Vostria to open a port.", "N. Vostria urges S. Vostria to open a port"),
    ("Plum growers wait for rain in the U.S.", "Plum growers wait for rain in the U.S."),
    ("Harbour reopens. Ferries run again on Monday.", "Harbour reopens"),
])
def test_a_derived_title_is_never_cut_inside_an_initialism(first: str, title: str):
    doc = read(f"{first}\nPORTVILLE 2001-04-05\n\nThe ferry line runs twice a day from the port.\n")
    assert doc.meta.title == title


@pytest.mark.parametrize("mark", ["* * *", "***", "* * * *", "- - -"])
def test_a_section_separator_is_kept_as_written_and_shown_centred(mark: str):
    from archivist.index import build_index
    from archivist.model import Archive
    from archivist.render.pages import body

    doc = read(f"Harbour Notes\n\nThe ferry left at noon.\n\n{mark}\n\nThe ferry came back late.\n")
    assert [(b.kind, b.text) for b in doc.blocks if "ferry" not in b.text] == [("separator", mark)]
    html = body(doc, {}, {}, "documents/x/index.md", build_index(Archive((doc,), (), (), ())))
    assert '<p class="separator"' in html and f">{mark}<" in html


@pytest.mark.parametrize("label, name", [
    ("Farming, Fisheries and Forestry Minister Peter Holm", "Peter Holm"),
    ("Minister for Roads, Rivers and Harbours Anna Lind", "Anna Lind"),
    ("Head of the Vostria Harbour Board, moderator Maria Sand", "Maria Sand"),
])
def test_a_role_with_commas_before_a_full_name_opens_a_turn(label: str, name: str):
    doc = read("Meeting on the harbour\n\nVostria, 4 April 2011\n\n"
               f"Karl Brandt: Good afternoon. Let us begin.\n\n{label}: Thank you. The work "
               "goes on.\n\nWe have built two new piers this year.\n\nKarl Brandt: Thank you.\n")
    assert turns(doc)[label] == 1 and speaker_name(label) == name


@pytest.mark.parametrize("label", ["Germany, France and Italy", "Mr Mayor, my question is this",
                                   "Tell me, please", "Second, and most important",
                                   "At Wells, Kent", "Paris, Lyon and Nice Anna Lind"])
def test_comma_openings_that_are_no_speaker(label: str):
    assert label_kind(label) is None


def test_column_names_over_a_table_are_no_heading():
    doc = read("Plumco Ltd - half-year forecast.\nPORTVILLE 2001-04-05\n\nLATEST PREVIOUS ACTUAL\n\n"
               "(Group) FORECAST FORECAST YEAR-AGO\n\nSales 9.10 9.25 8.40\n\nNet 1.20 1.35 1.10\n\n"
               "NORTHERN DIVISION\n\nW L PCT GB\n\nPORTVILLE 70 50 .583 -\n\nEASTERN DIVISION\n\n"
               "HARBOURTON 61 59 .508 -\n")
    assert kind_of(doc, "LATEST PREVIOUS ACTUAL") == "paragraph"
    assert kind_of(doc, "W L PCT GB") == "paragraph"
    assert kind_of(doc, "NORTHERN DIVISION") == "heading"
    assert kind_of(doc, "EASTERN DIVISION") == "heading"


@pytest.mark.parametrize("line", ["May 13 Arrive in Portville", "July 2 v Harbourton",
                                  "3 June Rest day", "Sept. 4 Final match"])
def test_itinerary_and_fixture_lines_are_no_heading(line: str):
    doc = read(f"Vostria tour schedule.\nPORTVILLE 2001-04-05\n\nThe team plays five games.\n\n"
               f"{line}\n\nApril 30 v Portville\n")
    assert kind_of(doc, line) == "paragraph"


@pytest.mark.parametrize("second, third, author", [
    ("Maria Holm", "PORTVILLE 2001-04-05", "Maria Holm"),
    ("PORTVILLE 2001-04-05", "Peter Lind", "Peter Lind"),
    ("Harbour Board", "PORTVILLE 2001-04-05", None),
    ("Portville Harbour", "PORTVILLE 2001-04-05", None),
    ("PORTVILLE 2001-04-05", "LATEST ACTUAL", None),
])
def test_a_lone_name_under_the_headline_is_the_byline(second: str, third: str, author):
    doc = read(f"Ferry line reopens after storm.\n{second}\n{third}\n\n"
               "The ferry line between the two harbours reopened on Friday after a storm.\n")
    assert doc.meta.author == author
    if author:
        assert kind_of(doc, author) == "byline"


@pytest.mark.parametrize("label", ["Guest", "Host", "ANNOUNCER", "Respondent 3", "Caller",
                                   "Commentator", "Operator", "Unidentified Analyst"])
def test_conversational_roles_are_turns_of_no_one(label: str):
    assert label_kind(label) == "role" and speaker_name(label) is None
