"""Round 61 (resolve61): the person a statement noun is given to speaks the implied cue after it.

Every sentence here was written for these tests (none is copied from a corpus article); each case
has a negative twin the change must leave alone.
"""

from __future__ import annotations

from conftest import cue_speakers

_BEFORE = "قال المدرب خالد العمري إن الفريق جاهز للموسم. "


def test_issuer_of_earlier_statement_speaks_the_implied_cue() -> None:
    text = _BEFORE + "وفي تصريح سابق للوزير سالم المهيري قال إن الملعب الجديد سيفتتح قريبا."
    assert cue_speakers(text)[-1] == ("قال", "سالم المهيري")


def test_issuer_with_a_time_word_before_the_cue() -> None:
    text = _BEFORE + "وفي حديث للوزير سالم المهيري الشهر الماضي قال إن الملعب الجديد سيفتتح قريبا."
    assert cue_speakers(text)[-1] == ("قال", "سالم المهيري")


def test_issuer_with_a_clause_of_its_own_is_not_the_speaker() -> None:
    text = _BEFORE + "وردا على تصريح للوزير سالم المهيري انتقد فيه الفريق، قال إن اللاعبين بذلوا جهدهم."
    assert cue_speakers(text)[-1] == ("قال", "خالد العمري")


def test_person_without_a_statement_noun_is_not_the_speaker() -> None:
    text = _BEFORE + "وبعد اجتماع مطول مع الوزير سالم المهيري انتقد فيه الحكام، قال إن اللاعبين بذلوا جهدهم."
    assert cue_speakers(text)[-1] == ("قال", "خالد العمري")


def test_explicit_subject_after_the_cue_still_wins() -> None:
    text = _BEFORE + "وفي تصريح للوزير سالم المهيري قالت الصحيفة إن الملعب سيفتتح قريبا."
    assert cue_speakers(text)[-1] == ("قالت", "الصحيفة")
