"""Round 71: a plural cue with no subject of its own («وأضافوا»، «مشيرين») continues a statement made by
three or more people listed by name («وأكد فلان وفلان وفلان أن …»): one record for each of them, as a
group or an unnamed source already did; a single or a dual speaker is no subject of a plural cue."""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.quotes import SpeakerGuess, _agrees


def test_plural_cue_continues_three_listed_people() -> None:
    text = (
        "وأكد سعد الحربي وفهد العتيبي وماجد القحطاني أن الطريق خطير على المارة. "
        "وأضافوا أن البلدية لم تتحرك رغم الشكاوى."
    )
    later = [speaker for cue, speaker in cue_speakers(text) if cue == "وأضافوا"]
    assert later == ["سعد الحربي", "فهد العتيبي", "ماجد القحطاني"]


def test_plural_agreement_needs_a_group_or_three() -> None:
    person = SpeakerGuess("سعد الحربي", "person")
    group = SpeakerGuess("الأهالي", "group")
    assert _agrees(person, "3mp", 3)
    assert _agrees(group, "3mp", 1)
    assert not _agrees(person, "3mp", 1)
    assert not _agrees(person, "3mp", 2)
