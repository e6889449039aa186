"""Round 46 (orgs46): organisation speakers named by the body, not by its run-on words, its
document or a bare description (sentences written for these tests, not taken from an article)."""

from __future__ import annotations

from conftest import cue_speakers, ranked_speakers


def test_reported_event_after_short_name_is_not_part_of_the_name() -> None:
    text = (
        "قتل عشرة أشخاص في حوادث على الطريق الساحلي، حسبما أفاد المرصد الوطني لسلامة الطرق أمس. "
        "وأفاد المرصد بوقوع ثلاثة حوادث أخرى في الطريق بعد أن انقلبت شاحنة كبيرة. "
        "وأشار المرصد إلى أن معظم الضحايا من الشباب."
    )
    speakers = [name for _, name in cue_speakers(text)]
    assert speakers[-1] == "المرصد الوطني لسلامة الطرق"
    assert all("بوقوع" not in (s or "") for s in speakers)


def test_body_after_bi_stays_in_the_source() -> None:
    text = "وقال مصدر بوزارة الداخلية إن الحوادث تراجعت هذا الشهر."
    assert ranked_speakers(text) == ["مصدر بوزارة الداخلية"]


def test_issuer_after_a_report_title_in_marks() -> None:
    text = (
        "وكشف تقرير «آفاق التجارة 2016» الصادر عن المنظمة العربية للتنمية التجارية "
        "أن الصادرات ارتفعت بنسبة كبيرة."
    )
    assert cue_speakers(text) == [("وكشف", "المنظمة العربية للتنمية التجارية")]


def test_report_title_without_issuer_names_no_body() -> None:
    text = "وكشف تقرير «آفاق التجارة 2016» أن الصادرات ارتفعت بنسبة كبيرة."
    assert cue_speakers(text) != [("وكشف", "المنظمة العربية للتنمية التجارية")]


def test_periodic_report_speaks_for_its_issuer() -> None:
    text = (
        "قال تقرير اقتصادي إن نصف المصانع الصغيرة خفضت إنتاجها خلال الربع الأخير. "
        "واعتبر التقرير الذي يصدر شهريا عن هيئة تنمية الصادرات الأردنية ذلك مؤشرا مقلقا."
    )
    assert ranked_speakers(text)[0] == "هيئة تنمية الصادرات الأردنية"


def test_report_without_issuer_stays_the_report() -> None:
    text = (
        "قال تقرير اقتصادي إن نصف المصانع الصغيرة خفضت إنتاجها خلال الربع الأخير. "
        "واعتبر خبراء ذلك مؤشرا مقلقا."
    )
    assert ranked_speakers(text)[0] == "تقرير اقتصادي"


def test_memo_issued_by_a_body_speaks_for_it() -> None:
    text = (
        "قال النائب سامي الكردي المستشار في الوزارة إن المحامين قدموا شكوى جديدة. "
        "وجاء في المذكرة التي أصدرها البنك الدولي أنه ملاحق بتهمة الاختلاس."
    )
    assert cue_speakers(text)[-1] == ("وجاء", "البنك الدولي")


def test_memo_without_issuer_names_no_body() -> None:
    text = (
        "قال النائب سامي الكردي المستشار في الوزارة إن المحامين قدموا شكوى جديدة. "
        "وجاء في المذكرة أنه ملاحق بتهمة الاختلاس."
    )
    assert cue_speakers(text)[-1] != ("وجاء", "البنك الدولي")


def test_negation_after_the_subject_ends_the_name() -> None:
    text = "لكن نادي الوحدة لم يخف استياءه من القرار بعدما قال أمس إنه لم يبلغ بموعد المباراة."
    assert cue_speakers(text) == [("قال", "نادي الوحدة")]


def test_body_described_then_named_is_the_named_body() -> None:
    text = (
        "أعلنت شركة اتصالات اليوم أنها ستطلق خدمة الجيل الخامس في ثلاث مدن. "
        "وأوضحت شركة نورس للاتصالات أن الخدمة ستكون مجانية في الشهر الأول."
    )
    assert cue_speakers(text)[0] == ("أعلنت", "شركة نورس للاتصالات")


def test_body_described_then_another_body_stays_described() -> None:
    text = (
        "أعلنت شركة اتصالات اليوم أنها ستطلق خدمة الجيل الخامس في ثلاث مدن. "
        "وأوضحت وزارة الاتصالات أن الخدمة ستكون مجانية في الشهر الأول."
    )
    assert cue_speakers(text)[0] == ("أعلنت", "شركة اتصالات")


def test_definite_survey_speaks_for_the_body_it_was_named_with() -> None:
    text = (
        "قال الأمين العام للاتحاد سمير الحداد إن المنظمة لا تتوقع مزيدا من الهبوط. "
        "ونشر مسح رويترز أمس أرقاما جديدة عن الأسعار. "
        "وتوقع المسح أن يبلغ متوسط سعر البرميل 60 دولارا في العام المقبل."
    )
    assert cue_speakers(text)[-1] == ("وتوقع", "وكالة رويترز")


def test_definite_survey_named_alone_is_not_the_body_quoted_before() -> None:
    text = (
        "قال الأمين العام للاتحاد سمير الحداد إن المنظمة لا تتوقع مزيدا من الهبوط. "
        "ونشر مسح شهري أمس أرقاما جديدة عن الأسعار. "
        "وتوقع المسح أن يبلغ متوسط سعر البرميل 60 دولارا في العام المقبل."
    )
    assert cue_speakers(text)[-1] != ("وتوقع", "وكالة رويترز")


def test_body_in_construct_keeps_an_untagged_county() -> None:
    text = "وقال مكتب قائد شرطة مقاطعة تيوغا إن الطريق أغلق بسبب الثلوج."
    assert cue_speakers(text) == [("وقال", "مكتب قائد شرطة مقاطعة تيوغا")]


def test_body_in_construct_keeps_a_county_tagged_without_its_head() -> None:
    text = "وقال مكتب مفوض شرطة مقاطعة كاتوبا على موقعه إن الطريق أغلق بسبب الثلوج."
    assert cue_speakers(text) == [("وقال", "مكتب مفوض شرطة مقاطعة كاتوبا")]


def test_body_in_construct_stops_before_a_region_head_and_a_time_word() -> None:
    text = "وقال مكتب قائد شرطة مقاطعة أمس في بيان إن الطريق أغلق بسبب الثلوج."
    assert cue_speakers(text) != [("وقال", "مكتب قائد شرطة مقاطعة أمس")]
