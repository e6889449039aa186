"""Round 94 (falsepos2): «شدد على» + a noun of need or importance (ضرورة، أهمية، وجوب) is no quotation
even when an أن clause or marks follow the noun (the guide's §10.1); «شدد على أن» still reports.
Every sentence here is invented for these tests."""

from __future__ import annotations

from conftest import cue_speaker_contents as quoted


def test_stress_on_need_with_that_clause_is_no_quotation() -> None:
    text = "وشدد مدير التعليم خالد الرميان على ضرورة أن تلتزم المدارس الأهلية بمواعيد الدوام الجديدة."
    assert quoted(text) == []


def test_participle_stress_on_importance_with_marks_is_no_quotation() -> None:
    text = "وعرض المهندس سالم القحطاني خطة الصيانة، مشددا على أهمية «مراجعة كل الأنابيب القديمة قبل الشتاء»."
    assert [cue for cue, _, _ in quoted(text)] == []


def test_stress_on_necessity_after_subject_is_no_quotation() -> None:
    text = "وشددت الوزيرة منى الحربي، في ختام اللقاء، على وجوب أن تتعاون البلديات مع الجمعيات الخيرية."
    assert quoted(text) == []


def test_stress_on_that_clause_still_reports() -> None:
    found = quoted("وشدد مدير التعليم خالد الرميان على أن المدارس الأهلية ستلتزم بمواعيد الدوام الجديدة.")
    assert [(cue, who) for cue, who, _ in found] == [("وشدد", "خالد الرميان")]


def test_stress_on_that_clause_holding_need_still_reports() -> None:
    found = quoted("وشدد الوزير فهد الدوسري على أن ضرورة الترشيد لا تعني قطع المياه عن الأحياء.")
    assert [(cue, who) for cue, who, _ in found] == [("وشدد", "فهد الدوسري")]


def test_the_speaker_stays_for_a_later_added_clause() -> None:
    text = (
        "وشدد وزير النقل ماجد العلي على ضرورة أن تنتهي أعمال الطريق قبل الصيف. "
        "وأضاف أن الشركة المنفذة تعمل على مدار الساعة."
    )
    assert [(cue, who) for cue, who, _ in quoted(text)] == [("وأضاف", "ماجد العلي")]


def test_stress_on_need_then_a_later_cue_keeps_the_later_record() -> None:
    text = (
        "وتحدث المهندس سالم القحطاني عن الشبكة، مشددا على ضرورة صيانتها، "
        "مستشهدا بأن أنابيب الحي القديم انفجرت مرتين هذا العام."
    )
    found = quoted(text)  # (the clause after the comma is reported, whichever cue carries it)
    assert len(found) == 1 and found[0][2].startswith("أنابيب الحي القديم")


def test_drawing_attention_to_importance_is_no_quotation() -> None:
    text = "وعرض الباحث نايف الشمري نتائج دراسته، لافتا إلى أهمية أن تراجع الجامعات خططها الدراسية كل عام."
    assert quoted(text) == []


def test_holder_who_considers_that_still_reports() -> None:
    found = quoted("ويعتبر الخبير الاقتصادي ماجد العنزي أن أسعار العقار ستنخفض خلال العام المقبل.")
    assert [(cue, who) for cue, who, _ in found] == [("ويعتبر", "ماجد العنزي")]
