"""Subtitles (.vtt, .srt) are transcripts: voices and cue labels open turns of the people named."""

from __future__ import annotations

from archivist.formats import Limits, extract

from .conftest import archive_of

VTT = ("WEBVTT\n\nNOTE recorded at the harbour, Ann Berg: not a cue\n\n"
       "00:00:01.000 --> 00:00:04.000\n<v Lidia Marchetti>Welcome to the <i>harbour</i> show "
       "&amp; podcast.\n\n00:00:04.000 --> 00:00:06.000\n<v Lidia Marchetti>Today, a guest.\n\n"
       "intro-2\n00:00:06.500 --> 00:00:09.000\n<v Tomas Varga>Thanks, Lidia.\nGlad to be here.\n\n"
       "00:00:09.000 --> 00:00:12.000 align:start\n<v Lidia Marchetti>Why did the quay close?\n\n"
       "00:00:12.000 --> 00:00:15.000\n<v.loud Tomas Varga>Storms.\n")
SRT = ("1\n00:00:01,000 --> 00:00:03,000\nLIDIA MARCHETTI: Welcome to\n\n2\n00:00:03,000 --> "
       "00:00:05,000\nthe harbour hour.\n\n3\n00:00:05,500 --> 00:00:07,000\nTOMAS VARGA: Thanks."
       "\n\n4\n00:00:07,000 --> 00:00:09,000\n- Is it open?\n- Not yet.\n\n5\n00:00:09,000 --> "
       "00:00:11,000\nLIDIA MARCHETTI: Goodbye.\n")


def test_webvtt_voices_are_turns_and_a_speakers_cues_in_a_row_one_turn():
    text = extract(VTT.encode(), "pod.vtt", Limits()).text
    assert text == ("Lidia Marchetti: Welcome to the harbour show & podcast. Today, a guest.\n\n"
                    "Tomas Varga: Thanks, Lidia. Glad to be here.\n\n"
                    "Lidia Marchetti: Why did the quay close?\n\nTomas Varga: Storms.\n")


def test_srt_cue_labels_open_turns_and_dialogue_dashes_are_lines(tmp_path):
    text = extract(SRT.encode("utf-16"), "show.srt", Limits()).text
    assert text.split("\n\n") == ["LIDIA MARCHETTI: Welcome to the harbour hour.",
                                  "TOMAS VARGA: Thanks.", "Is it open?", "Not yet.",
                                  "LIDIA MARCHETTI: Goodbye.\n"]


def test_subtitles_speakers_are_people_of_the_archive(tmp_path):
    archive = archive_of(tmp_path, {"pod.vtt": VTT, "show.srt": SRT})
    names = {e.id: e.name for e in archive.entities}
    said = sorted({names[e] for _, e, _ in archive.speakers})
    assert said == ["Lidia Marchetti", "Tomas Varga"]
    turns = {d.source: [b.speaker for b in d.blocks if b.kind == "turn"]
             for d in archive.documents}
    assert turns == {"pod.vtt": ["Lidia Marchetti", "Tomas Varga"] * 2,
                     "show.srt": ["LIDIA MARCHETTI", "TOMAS VARGA", "LIDIA MARCHETTI"]}
    assert len(archive.speakers) == 7


def test_a_file_that_is_no_subtitle_file_is_reported_by_name(tmp_path):
    archive = archive_of(tmp_path, {"notes.vtt": "hello world\n", "cues.srt": "1\nsoon\nhi\n",
                                    "empty.vtt": "WEBVTT\n\n", "ok.txt": "A note.\n"})
    assert [d.source for d in archive.documents] == ["ok.txt"]
    reasons = {p.source: p.reason for p in archive.problems}
    assert sorted(reasons) == ["cues.srt", "empty.vtt", "notes.vtt"]
    assert reasons["notes.vtt"].startswith("not a vtt subtitle file")


def test_roll_up_captions_are_read_once():
    vtt = ("WEBVTT\nKind: captions\n\n00:00:00.000 --> 00:00:02.000 align:start position:0%\n"
           "welcome<00:00:00.500><c> to</c><00:00:01.000><c> the harbour</c>\n\n"
           "00:00:02.000 --> 00:00:02.010\nwelcome to the harbour\n \n\n"
           "00:00:02.010 --> 00:00:04.000\nwelcome to the harbour\ntoday<00:00:02.500><c> we talk"
           "</c>\n\n00:00:04.000 --> 00:00:04.010\ntoday we talk\n \n")
    assert extract(vtt.encode(), "auto.vtt", Limits()).text == \
        "welcome to the harbour today we talk\n"
