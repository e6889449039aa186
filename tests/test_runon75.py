"""Quotes, round 75: a separate pronoun or an accusative adverb after the subject is the clause's,
never the last word of the speaker's name.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import cue_speakers


def test_adverb_after_a_one_word_subject_is_not_its_name() -> None:
    text = "ونفت طالبان فورا أنها تعتزم مهاجمة المدينة.\n"
    assert cue_speakers(text) == [("ونفت", "طالبان")]


def test_pronoun_after_a_body_is_not_its_name() -> None:
    text = "وكانت القناة هي من أعلن النتائج. وقالت القناة إن البث سيستمر حتى الفجر.\n"
    assert cue_speakers(text)[-1] == ("وقالت", "القناة")


def test_a_paper_named_with_today_keeps_it() -> None:
    text = "وقالت صحيفة المدينة اليوم إن المشروع سيكتمل قبل نهاية العام.\n"
    assert all(speaker is None or "هي" not in speaker.split() for _, speaker in cue_speakers(text))
