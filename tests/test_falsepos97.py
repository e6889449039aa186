"""Round 97 (falsepos): a call (دعا، طالب، أوصى) or a cue whose noun-phrase object the guide leaves out
(شدد على، لفت إلى، توقع، اعترف …) reports nothing when its object runs on to a later linking clause
(«خاصة أن»، «حيث إن»، «كما أن»; for a call also «على أن»، «بشرط أن»): that أن is the linking word's
own. A call's own أن clause, the noun-phrase cues the guide counts and a later reporting verb stay.
Every sentence here is invented for these tests."""

from __future__ import annotations

from conftest import cue_speaker_contents as quoted


def test_demand_with_a_reason_is_no_quotation() -> None:
    text = (
        "وطالب المواطن فهد العتيبي البلدية بإنشاء جسر للمشاة عند المدرسة، خاصة أن الطريق يشهد "
        "حركة كثيفة في ساعات الصباح."
    )
    assert quoted(text) == []


def test_call_with_a_condition_is_no_quotation() -> None:
    text = (
        "ودعا رئيس الغرفة التجارية سالم القحطاني الشركات إلى توظيف الخريجين الجدد في الأقسام الفنية، "
        "على أن تتحمل الوزارة نصف رواتبهم في السنة الأولى."
    )
    assert quoted(text) == []


def test_stress_on_a_role_with_an_addition_is_no_quotation() -> None:
    text = (
        "وشدد المستشار التربوي ناصر الدوسري على دور الأسرة في متابعة الأبناء خلال الإجازة الصيفية، "
        "كما أن المدرسة مطالبة بتوفير برامج للطلاب."
    )
    assert quoted(text) == []


def test_expectation_with_a_cause_is_no_quotation() -> None:
    text = (
        "وتوقع الخبير العقاري منصور الحربي ارتفاع أسعار الإيجارات في الأحياء الشمالية خلال العام "
        "المقبل حيث إن الطلب على الشقق الصغيرة يتزايد."
    )
    assert quoted(text) == []


def test_call_with_its_own_clause_still_reports() -> None:
    found = quoted("ودعا وزير الصحة خالد الفالح المواطنين إلى أن يلتزموا بمواعيد التطعيم المعلنة.")
    assert [(cue, who) for cue, who, _ in found] == [("ودعا", "خالد الفالح")]


def test_demand_with_bi_anna_still_reports() -> None:
    found = quoted(
        "وطالب عضو المجلس البلدي سعد الغامدي الأمانة بأن تعيد النظر في رسوم اللوحات التجارية، "
        "خاصة أن كثيرا من المحلات أغلقت أبوابها."
    )
    assert [cue for cue, _, _ in found] == ["وطالب"]
    assert found[0][2].startswith("تعيد النظر")


def test_counted_noun_phrase_cue_still_reports() -> None:
    found = quoted(
        "وكشف مدير الجامعة عبدالله السالم عن خطة لتطوير برامج الدراسات العليا، خاصة أن "
        "أعداد المتقدمين تضاعفت هذا العام."
    )
    assert [cue for cue, _, _ in found] == ["وكشف"]


def test_later_cue_inside_the_object_still_reports() -> None:
    found = quoted(
        "ودعا الاتحاد الأوروبي الطرفين إلى وقف التصعيد في المنطقة، كما شدد الوزراء على أن "
        "الحوار هو السبيل الوحيد لحل الأزمة."
    )
    assert [cue for cue, _, _ in found] == ["شدد"]


def test_stress_with_its_own_negated_clause_still_reports() -> None:
    found = quoted(
        "وأكد الإمام أهمية العبادة في رمضان، مشدداً على ألا يتحول الاعتكاف إلى جلسات طويلة من "
        "المزاح، حيث أنّ البعض يجعله فرصة للقاء الأصدقاء."
    )
    assert [cue for cue, _, _ in found] == ["وأكد", "مشدداً"]
