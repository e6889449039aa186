"""A subjectless cue after a paragraph break whose own sentence names one person is that person's,
not a person named in an earlier paragraph (round 56, a policy chosen by counts over 9,052
subjectless cues); with two persons in the sentence or the last quotation in the cue's own
paragraph the rule stays silent."""

from __future__ import annotations

from conftest import speaker_at_cue

_QUOTED = "قال وزير المالية سعد الحربي إن الميزانية ستحقق فائضا هذا العام.\n\n"
_NAMED = "وكان رئيس الغرفة التجارية خالد العتيبي قد افتتح المعرض أمس بحضور عدد من المسؤولين.\n\n"
_CUE = (
    "ويتزامن ذلك مع زيارة الرئيس التنفيذي لشركة النخيل فهد الدوسري إلى جدة، معلنا أن الشركة ستفتح فرعا جديدا."
)


def test_the_sentence_person_over_one_named_in_an_earlier_paragraph():
    assert speaker_at_cue(_QUOTED + _NAMED + _CUE, "معلنا") == "فهد الدوسري"


def test_the_sentence_person_before_any_quotation():
    assert speaker_at_cue(_NAMED + _CUE, "معلنا") == "فهد الدوسري"


def test_two_persons_in_the_sentence_leave_the_rule_silent():
    # (negative: the sentence names two persons, so neither is taken by this rule)
    text = _QUOTED + _NAMED + _CUE.replace("جدة،", "جدة برفقة المهندس ماجد القحطاني،")
    assert speaker_at_cue(text, "معلنا") != "ماجد القحطاني"


def test_a_quotation_in_the_same_paragraph_goes_on():
    # (negative: the minister was quoted in the cue's own paragraph; the man he met is no subject)
    text = (
        "قال وزير المالية سعد الحربي إن الميزانية ستحقق فائضا هذا العام. "
        "وجاءت تصريحاته خلال لقائه رئيس الغرفة التجارية خالد العتيبي، مؤكدا أن الإنفاق سيرتفع."
    )
    assert speaker_at_cue(text, "مؤكدا") == "سعد الحربي"
