"""Round 96 (falsepos4): a content that would open right after a time clause's own «بعد/قبل/دون أن»
is no quotation, unless the cue is one whose noun phrase or later clause the guide counts (قال، كشف،
أشار …) or a verb of saying (أضاف، أوضح …), or marks or a colon follow. Every sentence here is
invented for these tests."""

from __future__ import annotations

from conftest import cue_speaker_contents as quoted


def test_farewell_after_a_stay_is_no_quotation() -> None:
    text = "ودعت إدارة النادي مدرب الحراس البرازيلي ماركو سيلفا بعد أن قضى ثلاثة مواسم مع الفريق الأول."
    assert quoted(text) == []


def test_call_before_a_deadline_is_no_quotation() -> None:
    text = "وطالب رئيس البلدية خالد المنصور السكان بإخلاء المباني القديمة قبل أن تبدأ أعمال الهدم."
    assert quoted(text) == []


def test_view_of_a_free_player_is_no_quotation() -> None:
    text = "ويعتبر المدافع ياسر الشهري لاعبا حرا بعد أن أنهى عقده مع ناديه السابق بالتراضي."
    assert quoted(text) == []


def test_without_that_clause_is_no_quotation() -> None:
    text = "ويشرح الدليل الجديد للآباء طرق حماية الأطفال على الإنترنت دون أن يمنعوهم من استخدامه تماما."
    assert quoted(text) == []


def test_said_after_learning_still_reports() -> None:
    found = quoted("وقال المهندس سامي العلي بعد أن اطلع على التقرير: «المشروع سيكتمل قبل نهاية العام».")
    assert [(cue, who) for cue, who, _ in found] == [("وقال", "سامي العلي")]


def test_disclosed_case_still_reports() -> None:
    found = quoted(
        "وكشف مواطن عن تعرضه لعملية احتيال مالي بعد أن تلقى اتصالا من شخص ادعى أنه موظف في أحد البنوك."
    )
    assert [cue for cue, _, _ in found] == ["وكشف"]


def test_added_before_with_marks_still_reports() -> None:
    found = quoted(
        "وأضاف المدرب الوطني جمال الحربي الذي تسلم المهمة قبل أن يبدأ الموسم «اللاعبون جاهزون للمباراة»."
    )
    assert [(cue, who) for cue, who, _ in found] == [("وأضاف", "جمال الحربي")]


def test_earlier_that_clause_still_reports() -> None:
    found = quoted("وكان الوزير ماجد الفهد اعتبر من قبل أن المعاهدة الجديدة تحمي مصالح بلاده.")
    assert [(cue, who) for cue, who, _ in found] == [("اعتبر", "ماجد الفهد")]


def test_threat_over_a_marked_grievance_still_reports() -> None:
    found = quoted(
        "وهدد التنظيم الحكومة بالرد بعد أن «اعتقلت عناصرنا وأغلقت مكاتبنا في المدن الحدودية دون سبب»."
    )
    assert [cue for cue, _, _ in found] == ["وهدد"]


def test_explaining_verb_after_a_time_clause_still_reports() -> None:
    found = quoted(
        "وأوضح مدير المستشفى سعيد الزهراني بعد أن زار المرضى أن الحالات كلها مستقرة ولا تدعو للقلق."
    )
    assert [(cue, who) for cue, who, _ in found] == [("وأوضح", "سعيد الزهراني")]
