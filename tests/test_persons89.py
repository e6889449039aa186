"""Round 89 (person speakers): a one-word name is completed from another spelling of one foreign
name only when the two differ in one long vowel at most (أمانو is not أميني), and a person whose
tagged name ends right before a singular relative pronoun of its gender speaks the cue after it
(«… لم تطمئن فلان الذي قال …»). Sentences invented for these tests (events are fictitious)."""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.quotes import _vowel_difference

LEAD = "أكد رئيس البلدية سمير الخطيب أن الطرق الجديدة ستفتح أمام السيارات قريبا. "


# --- a respelt foreign name ----------------------------------------------------------------------


def test_vowel_difference_counts() -> None:
    assert _vowel_difference("دبرون", "دبورن") == 0  # (the same vowel moved)
    assert _vowel_difference("بيريمان", "بيرمان") == 1
    assert _vowel_difference("امانو", "اميني") == 4


def test_lone_name_not_completed_from_other_vowels() -> None:
    text = (
        "وفي مؤتمر صحافي مساء الاثنين، قال أمانو: «سنحتاج إلى بضعة أشهر للحصول على الإجابات». "
        "وكان المراقبون قد اجتمعوا في جنيف قبل عامين بالمهندس شهرام أميني لسؤاله عن المنشآت."
    )
    assert cue_speakers(text)[0] == ("قال", "أمانو")


def test_lone_name_completed_from_one_vowel_respelt() -> None:
    text = (
        "وصل وزير الدفاع يوسي بيرمان إلى العاصمة مساء أمس في زيارة رسمية تستمر يومين. "
        "وقال بيريمان للصحافيين إن المحادثات ستتناول التعاون الأمني بين البلدين."
    )
    assert cue_speakers(text) == [("وقال", "يوسي بيرمان")]


# --- a bare name before a relative pronoun -----------------------------------------------------


def test_name_before_alladhi_speaks() -> None:
    text = LEAD + "لكن هذه الوعود لم تطمئن نادر الجابري الذي قال إن الانتظار طال كثيرا على السكان."
    assert cue_speakers(text)[-1] == ("قال", "نادر الجابري")


def test_name_before_allati_speaks() -> None:
    text = LEAD + "غير أن التأجيل المتكرر أغضب نادية الحربي التي قالت إن الحي ينتظر الطريق منذ سنوات."
    assert cue_speakers(text)[-1][0] == "قالت"
    assert cue_speakers(text)[-1][1] != "سمير الخطيب"


def test_name_before_relative_with_colon() -> None:
    text = LEAD + "لكن الوعود لم تطمئن نادر الجابري الذي صرح بعد الاجتماع: «لا يمكننا الانتظار أكثر»."
    assert cue_speakers(text)[-1] == ("صرح", "نادر الجابري")


def test_no_name_before_relative_keeps_earlier_speaker() -> None:
    text = LEAD + "وكان الوفد قد زار المصنع الجديد والتقى العمال هناك ثم غادر الذي قال إن الانتظار طال كثيرا."
    assert cue_speakers(text)[-1][1] != "نادر الجابري"
    assert cue_speakers(text)[-1][1] == "سمير الخطيب"
