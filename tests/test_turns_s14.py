"""Session 14: generic labels named by how the text introduces them, whatever the layout:
capitals labels that name no one read as turns in a capitals transcript ("RULING PARTY", "SOT 2",
"FIJI"), a caption over a clip, a cast line, a seat said with its number, the one name a host
hands over to before a numbered voice, numbered seats in listing order, and a side's or a
country's words next to one name; and what names no one (an outlet's acronym beside the
interviewee, two names by one number, a later topic named with the seat)."""

from __future__ import annotations

from collections.abc import Sequence

from slugify import slugify

from archivist.convert import parse_blocks
from archivist.model import Document, Entity, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _said(text: str, people: Sequence[str] = ()) -> dict[str, set[str | None]]:
    """Label → the person entity ids its turns get (None: unattributed), `people` the names the
    document's detection found."""
    doc = _doc(text)
    entities = [Entity(id=slugify(n), name=n, type="person", origin="detected") for n in people]
    links = link_speakers([doc], entities, {"d": {e.id for e in entities}})
    by_block = {b: e for _, e, b in links.turns}
    out: dict[str, set[str | None]] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind == "turn":
            out.setdefault(b.speaker or "", set()).add(by_block.get(i))
    return out


PHONE_IN = """RADIO NORVALE — THE MORNING PHONE-IN
Presenter: Gareth Pollard-Finch

GARETH: Good morning. The lines are full. Joining me on line four is Dave Ackroyd from Hull. Dave?

LINE 4: Morning, Gareth. That bus is the only way I get to work at night.

GARETH: Thanks. Councillor Neil Grassby told us yesterday the route loses money. On line two \
we've got Maureen Sutcliffe in Cottingham. Maureen, you've been waiting a while.

LINE 2: Hello, yes. The evening bus is how I get home from my daughter's.

GARETH: Line three, you're on air.

LINE 3: Hiya. I'd rather not give my name.

GARETH: That's fine. Thank you all.
"""


def test_a_line_said_with_its_number_names_its_caller():
    said = _said(PHONE_IN)
    assert said["LINE 4"] == {"dave-ackroyd"}
    assert said["LINE 2"] == {"maureen-sutcliffe"}
    assert said["LINE 3"] == {None}


CALLERS = """LISTENERS' HOUR
Host: Nadia Hussain-Clarke

HOST: Phones are open. First up, Sarah Whitlock in Rotherham. Sarah, hello.

CALLER 1: Hi Nadia. The tram has gone up twice in a year.

HOST: Thank you. Next, we have Tom Oyelowo, who runs a café near the museum.

CALLER 2: Evening. My staff come in on the tram.

HOST: Our third caller is Brenda. Go ahead.

CALLER 3: Thanks, love. The mayor promised a fare cap.
"""


def test_the_one_name_a_host_hands_over_to_names_the_numbered_caller():
    said = _said(CALLERS)
    assert said["CALLER 1"] == {"sarah-whitlock"}
    assert said["CALLER 2"] == {"tom-oyelowo"}
    assert said["CALLER 3"] == {None}  # a given name only: no full name to give


DEBATE = """THE CANDIDATES' DEBATE — ASHAIMAN
Moderator: Akosua Frimpong-Boateng

MODERATOR: Good evening. I'll start with the ruling party: its candidate is the sitting member, \
Kwesi Amankwah-Tetteh. For the opposition, Efua Sarpong-Addo. And for the Convention People's \
Party, Ibrahim Alhassan. Ruling party first.

RULING PARTY: Thank you. The road is tarred now.

OPPOSITION: One road in an election year is not a record.

MODERATOR: Mr Alhassan.

CPP: Both big parties have had this seat.

RULING PARTY: We have the money for a drain.

OPPOSITION: The member said the same in 2024.
"""


def test_party_labels_read_as_turns_and_named_by_the_words_beside_a_name():
    said = _said(DEBATE)
    assert said["RULING PARTY"] == {"kwesi-amankwah-tetteh"}
    assert said["OPPOSITION"] == {"efua-sarpong-addo"}
    assert said["CPP"] == {"ibrahim-alhassan"}  # the party's initials


COUNCIL = """MINISTERIAL SECURITY COMMITTEE — PROVISIONAL VERBATIM RECORD
Presiding: Mr Jotham Napat-Kalo (Vanuatu)

THE PRESIDENT: The meeting is called to order. I give the floor to the representative of Fiji, \
Ambassador Litia Naivalu.

FIJI: Thank you, Mr President. We propose a shared patrol roster.

THE PRESIDENT: I now give the floor to Mr Tomasi Kauhalalalo, Minister for Foreign Affairs of \
Tonga.

TONGA: Tonga supports the proposal in principle.

THE PRESIDENT: The representative of Samoa has asked for the floor.

SAMOA: Samoa associates itself with the statement of Fiji.

THE PRESIDENT: The meeting rose at 12.40 p.m.
"""


def test_country_seats_named_when_given_the_floor_and_the_chair_by_presiding():
    said = _said(COUNCIL)
    assert said["FIJI"] == {"litia-naivalu"}
    assert said["TONGA"] == {"tomasi-kauhalalalo"}
    assert said["SAMOA"] == {None}
    assert said["THE PRESIDENT"] == {"jotham-napat-kalo"}


BULLETIN = """NORTH EAST TONIGHT — AS-BROADCAST SCRIPT

LUCY: Good evening. I'm Lucy Hargreaves. The river burst its banks this afternoon.

[VT: FLOODS PKG]

V/O: The water rose in less than an hour.

[ON SCREEN: Geoff Tindall, Millfield resident]

SOT: It was up to the windowsills before we'd got the dog upstairs.

[CAPTION: Cllr Hannah Ruddock, Sunderland City Council]

SOT 2: We had staff out with sandbags from lunchtime.

LUCY: The levels should fall overnight.

LUCY: That's all from us. Goodnight.
"""


def test_a_caption_above_a_clip_names_its_speaker():
    said = _said(BULLETIN)
    assert said["SOT"] == {"geoff-tindall"}
    assert said["SOT 2"] == {"hannah-ruddock"}


PANEL = """THE KITCHEN TABLE — EPISODE 112

HOST: Hello, I'm Rachel Tiernan. Our panel this week: Femi Adebanjo-Price, who runs a recruitment \
firm; Ingrid Solberg-Hayes, an economist; and Colm Ruane, a union organiser. Let's start with you.

PANELLIST 1: Some employers are going to four days.

HOST: Colm, your members?

PANELLIST 3: Split, honestly.

HOST: And the data?

PANELLIST 2: Hybrid is here to stay.
"""


def test_numbered_panellists_in_the_order_the_panel_is_listed():
    said = _said(PANEL)
    assert said["PANELLIST 1"] == {"femi-adebanjo-price"}
    assert said["PANELLIST 2"] == {"ingrid-solberg-hayes"}
    assert said["PANELLIST 3"] == {"colm-ruane"}


QUIZ = """BRAINBOX — HEAT 7
Quizmaster: Declan Furey

QUIZMASTER: Welcome. In seat one, a librarian from Dundee, it's Morag Kerr-Anderson. In seat \
two, a retired firefighter, Gethin Powell. Seat one, two minutes, starting now. Who built the \
Bell Rock lighthouse?

SEAT 1: The Stevensons.

QUIZMASTER: Correct. Seat two, the grand slams. Who captained Wales in 2005?

SEAT 2: Gareth Thomas, I think.

QUIZMASTER: Correct. After the break, the general knowledge round.
"""


def test_seats_said_with_their_number_and_a_cast_line_for_an_unknown_role_word():
    said = _said(QUIZ)
    assert said["SEAT 1"] == {"morag-kerr-anderson"}
    assert said["SEAT 2"] == {"gethin-powell"}
    assert said["QUIZMASTER"] == {"declan-furey"}


OUTLET = """Lunch with the FT: Ingrid Bjornstad
The Financial Times spoke with the finance minister, Ingrid Bjornstad, over lunch in Oslo.

FT: You manage the largest fund in the world. Does that feel like power?

Bjornstad: It feels like responsibility.

FT: Some say the fund should sell its oil shares.

Bjornstad: Some do. The parliament decides.
"""


def test_an_outlets_acronym_beside_the_interviewee_names_no_one():
    said = _said(OUTLET)
    assert said["FT"] == {None}


def test_a_caps_transcripts_side_labels_are_turns_but_a_caption_is_not():
    doc = _doc(DEBATE.replace("Ruling party first.", "Ruling party first.\n\nNOTE: Times "
                              "are approximate.\n\nSUPER: Kwesi Amankwah-Tetteh"))
    labels = [b.speaker for b in doc.blocks if b.kind == "turn"]
    assert "RULING PARTY" in labels and "CPP" in labels
    assert "NOTE" not in labels and "SUPER" not in labels


REPORTERS = """SOUTHERN TONIGHT — AS-BROADCAST SCRIPT

PRESENTER: Good evening, I'm Mereana Tautahi-Brown. Snow has closed the Milford Road again. Our \
reporter Callum Struthers is there.

REPORTER (LIVE): Mereana, this is the third closure this month. Callum Struthers, Southern \
Tonight, Te Anau.

PRESENTER: Thanks. A rest home has been fined after a fall.

REPORTER (PACKAGE): The court heard the sensor mat had been switched off. Anahera Poutama, \
Southern Tonight.

PRESENTER: That's all from us.
"""


def test_a_reporters_sign_off_names_them_over_a_role_said_of_another():
    said = _said(REPORTERS)
    assert said["REPORTER (LIVE)"] == {"callum-struthers"}
    assert said["REPORTER (PACKAGE)"] == {"anahera-poutama"}


BREAKFAST = """GOOD MORNING WESSEX
Presented by Ruth Okonkwo-Lane and Jamie Fairbairn

PRESENTER 1: Good morning, it's seven o'clock.

PRESENTER 2: And a grey start. Coming up: the surgery that has stopped taking patients.

PRESENTER 1: Thanks, Jamie, and first the surgery. With us is Dr Alan Whitcombe, a GP.

GUEST: We can't safely take on more patients until we recruit.

PRESENTER 2: Dr Whitcombe, thank you. Now the weather.

PRESENTER 1: After the break.
"""


def test_thanks_before_an_and_or_after_the_name_and_presenters_in_listing_order():
    said = _said(BREAKFAST)
    assert said["PRESENTER 2"] == {"jamie-fairbairn"}
    assert said["PRESENTER 1"] == {"ruth-okonkwo-lane"}
    assert "alan-whitcombe" in said["GUEST"]  # the turn thanked ("Dr Whitcombe, thank you.")


SIGN_OFF = """SOUTHERN TONIGHT

PRESENTER: Good evening, I'm Mereana Tautahi-Brown. A rest home has been fined after a fall.

REPORTER (PACKAGE): The court heard the sensor mat by her bed had been switched off.

PRESENTER: And the company?

REPORTER (PACKAGE): The company says it has replaced its sensors. Anahera Poutama, Southern \
Tonight.

PRESENTER: Thank you. Tomas Varga, Norvale Times.

QUESTION: When will the home reopen?
"""


def test_a_sign_off_after_a_report_names_the_reporter_but_a_call_to_ask_does_not():
    said = _said(SIGN_OFF)
    assert said["REPORTER (PACKAGE)"] == {"anahera-poutama"}
    assert said["PRESENTER"] == {"mereana-tautahi-brown"}


PRESSER = """PRE-MATCH PRESS CONFERENCE
Head coach Takumi Nishiyama, through an interpreter

MEDIA OFFICER: Okay, we'll start. Questions for the manager, please.

Q: Takumi, how is the squad after Wednesday?

INTERPRETER: He says everyone came through the game well, apart from one knock.

Q: Is Callum fit to start?

HEAD COACH: Callum is ready. I watched him in training.

INTERPRETER: He says derby games are decided by small details.
"""


def test_an_interpreter_answering_a_question_put_by_name_is_not_the_one_asked():
    said = _said(PRESSER)
    assert said["INTERPRETER"] == {None}
    assert said["HEAD COACH"] == {"takumi-nishiyama"}


COMMITTEE = """COMMITTEE ON FISHERIES — SUMMARY RECORD
Chair: Ms Ingibjorg Haraldsdottir (Iceland)

CHAIR: The meeting is open. I give the floor to the delegate of Kenya, Mr Joseph Kiprono Mutai.

DELEGATE OF KENYA: Kenya supports the draft but asks for a longer transition.

CHAIR: The delegate of Chile has asked to speak.

DELEGATE OF CHILE: Chile shares the concern of Kenya.

DELEGATE OF KENYA: We welcome that.

CHAIR: The draft is adopted.
"""


def test_a_countrys_delegate_is_its_one_seat_and_no_one_called_kenya():
    said = _said(COMMITTEE)
    assert said["DELEGATE OF KENYA"] == {"joseph-kiprono-mutai"}
    assert said["DELEGATE OF CHILE"] == {None}


CEREMONY = """WINTER GRADUATION
Before: His Honour Judge Malcolm Ashby-Ruddick

MC: Good afternoon. Please welcome the Principal of the university, Professor Gerry \
McCormac-Leith.

PRINCIPAL: Thank you, and congratulations to every one of you.

MC: Thank you. Now a word from the bench.

THE JUDGE: Congratulations from the court as well.

MC: Please remain standing.
"""


def test_a_role_welcomed_by_name_and_a_judge_from_before():
    said = _said(CEREMONY)
    assert said["PRINCIPAL"] == {"gerry-mccormac-leith"}
    assert said["THE JUDGE"] == {"malcolm-ashby-ruddick"}
    assert said["MC"] == {None}


CLIPS = """SOUTHERN TONIGHT — SCRIPT

PRESENTER: Good evening, I'm Mereana Tautahi-Brown. Snow has closed the Milford Road again.

SOT: Janet Kerrigan-Holm, tour operator: "We've had to refund two full coaches today."

PRESENTER: The rest home case now.

SOT: Graham Lusk (daughter's partner) "We don't want anyone else's mum to go through that."

PRESENTER: That's all.
"""


def test_a_clips_own_caption_names_that_turn():
    said = _said(CLIPS)
    assert said["SOT"] == {"janet-kerrigan-holm", "graham-lusk"}


def test_an_update_line_in_a_caps_transcript_is_no_turn():
    doc = _doc(DEBATE.replace("Ruling party first.", "Ruling party first.\n\nUPDATE 2: This "
                              "debate was recorded on Tuesday."))
    labels = [b.speaker for b in doc.blocks if b.kind == "turn"]
    assert "UPDATE 2" not in labels
