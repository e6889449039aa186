"""Quotes, round 75: a cue with no subject of its own agrees in gender with the speaker it carries
on from; a person named by a woman's first name (lexicon ``female_given_names``) is a woman.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import cue_speakers

CHAIRMAN = "أكد رئيس الجمعية الخيرية خالد بن عبدالله المطيري أن الحملة وزعت ألفي سلة غذائية. "
COORDINATOR = "ووفقا لمنسقة الحملة سارة العتيبي فإن المتطوعين تجاوزوا مئتي شاب وشابة. "


def test_masculine_carried_cue_passes_over_a_woman_named_by_a_noun_cue() -> None:
    found = cue_speakers(CHAIRMAN + COORDINATOR + "وأضاف أن الجمعية تستعد لحملة الشتاء.")
    assert found[1] == ("ووفقا", "سارة العتيبي")
    assert found[2] == ("وأضاف", "خالد بن عبدالله المطيري")


def test_feminine_carried_cue_takes_the_woman() -> None:
    found = cue_speakers(CHAIRMAN + COORDINATOR + "وأضافت أن الجمعية تستعد لحملة الشتاء.")
    assert found[2] == ("وأضافت", "سارة العتيبي")


def test_masculine_carried_cue_after_a_man_is_unchanged() -> None:
    found = cue_speakers(CHAIRMAN + "وأضاف أن الجمعية تستعد لحملة الشتاء.")
    assert found[1] == ("وأضاف", "خالد بن عبدالله المطيري")
