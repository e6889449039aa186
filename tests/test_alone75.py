"""Quotes, round 75: a cue the rules leave without a speaker, whose subject opens with a given name
the tagger reads as a common word (دون، بيان), takes the person when a later cue names that person
by the family name alone.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import cue_speakers

PARAMEDIC = (
    "وقال دون هاريسون مدير خدمة الإسعاف في المقاطعة التي نقلت المصاب إن الرجل وصل إلى المستشفى فاقدا الوعي. "
    "وقال هاريسون إن الفريق أجرى له الإسعافات الأولية في الموقع.\n"
)


def test_given_name_read_as_a_word_joins_the_family_name_written_alone_later() -> None:
    found = cue_speakers(PARAMEDIC)
    assert found[0] == ("وقال", "دون هاريسون")
    assert found[1] == ("وقال", "هاريسون")


def test_no_later_lone_name_leaves_the_speaker_unresolved() -> None:
    text = "وقال دون هاريسون مدير خدمة الإسعاف في المقاطعة التي نقلت المصاب إن الرجل وصل فاقدا الوعي.\n"
    assert cue_speakers(text)[0][1] != "دون"


def test_preposition_with_pronoun_is_no_given_name() -> None:
    text = "وهو ما أكد عليه هاريسون في المؤتمر إن الخطة ستنفذ قريبا. وقال هاريسون إن الفريق جاهز.\n"
    assert all(speaker != "عليه هاريسون" for _, speaker in cue_speakers(text))
