"""Round 95 (falsepos3): the participle of أعلن as an adjective («زيارة غير معلنة») or as a match
report's marking («معلنا تقدم فريقه») is no quotation, nor is a content that opens after a relative
clause's own «يجب/يمكن/من شأنه أن». Every sentence here is invented for these tests."""

from __future__ import annotations

from conftest import cue_speaker_contents as quoted


def test_undisclosed_plan_is_no_quotation() -> None:
    text = "وبدأت السلطات تطبيق خطة أمنية غير معلنة اعتمدتها وزارة الداخلية قبل أيام لحماية المنشآت العامة."
    assert quoted(text) == []


def test_declared_and_undeclared_measures_are_no_quotation() -> None:
    text = "واتخذت الشرطة في المدينة تدابير معلنة وغير معلنة، أبرزها نشر دوريات إضافية قرب الأسواق."
    assert quoted(text) == []


def test_declared_or_undeclared_sites_are_no_quotation() -> None:
    text = "ويحق للمفتشين زيارة أي موقع صناعي معلنة أو غير معلنة، كما اتفق الطرفان على جدول للزيارات."
    assert quoted(text) == []


def test_goal_marking_the_lead_is_no_quotation() -> None:
    text = "وسدد المهاجم سالم الدوسري كرة قوية في الزاوية البعيدة معلنا تقدم فريقه بهدف دون رد."
    assert quoted(text) == []


def test_whistle_marking_the_end_is_no_quotation() -> None:
    text = "وظل الفريقان يتبادلان الهجمات حتى رفع الحكم يده معلنا نهاية المباراة بالتعادل السلبي."
    assert quoted(text) == []


def test_announcing_participle_with_that_clause_still_reports() -> None:
    found = quoted("وخرج وزير المالية فهد العتيبي إلى الصحفيين معلنا أن الحكومة ستخفض الرسوم العام المقبل.")
    assert [(cue, who) for cue, who, _ in found] == [("معلنا", "فهد العتيبي")]


def test_announcing_participle_with_a_launch_still_reports() -> None:
    found = quoted("وافتتح أمير المنطقة المعرض مساء أمس، معلنا انطلاق مهرجان الكتاب بمشاركة مئتي دار نشر.")
    assert [cue for cue, _, _ in found] == ["معلنا"]


def test_relative_clause_obligation_is_no_quotation() -> None:
    text = "وتحدثت المديرة عن برامج الحي، مشددة على المهام التي يجب أن تتولاها الأسر في رعاية الأطفال."
    assert quoted(text) == []


def test_relative_clause_possibility_is_no_quotation() -> None:
    text = (
        "ولفت المهندس عادل الشهري إلى المخالفات التي يمكن أن تضر بالثروة السمكية في الخليج خلال موسم التكاثر."
    )
    assert quoted(text) == []


def test_confirmed_noun_phrase_holding_a_relative_possibility_still_reports() -> None:
    text = "وأكد الوزير سعد المطيري حرص الحكومة على دعم المشاريع الصغيرة التي يمكن أن توفر فرص عمل للشباب."
    found = quoted(text)
    assert [(cue, who) for cue, who, _ in found] == [("وأكد", "سعد المطيري")]
    assert found[0][2].startswith("حرص الحكومة")


def test_that_clause_holding_a_relative_obligation_still_reports() -> None:
    found = quoted("وقال المدير ناصر الحربي إن الدور الذي يجب أن تقوم به البلديات كبير في هذه المرحلة.")
    assert [(cue, who) for cue, who, _ in found] == [("وقال", "ناصر الحربي")]


def test_plain_obligation_after_the_cue_still_reports() -> None:
    found = quoted("وأكد المدرب خالد العنزي: يجب أن نكون حذرين في المباراة المقبلة أمام المتصدر.")
    assert [(cue, who) for cue, who, _ in found] == [("وأكد", "خالد العنزي")]
