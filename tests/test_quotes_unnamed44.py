"""Round 44: unnamed sources and groups — who a later bare mention of a source goes on with, and how
much of a source's description its name keeps (sentences written for these tests)."""

from __future__ import annotations

from conftest import speaker_at_cue as speaker_of


def test_a_bare_official_goes_on_with_the_unnamed_source_quoted_last() -> None:
    text = (
        "وقال مصدر في أمانة المنطقة إن الأعمال ستنتهي قبل الشتاء. "
        "وأكد المسؤول أن فرق الصيانة تعمل على مدار الساعة."
    )
    assert speaker_of(text, "وأكد") == "مصدر في أمانة المنطقة"
    # (no unnamed source quoted before: the bare official stays as written)
    text = "أعلنت أمانة المنطقة إطلاق المشروع. وأكد المسؤول أن فرق الصيانة تعمل على مدار الساعة."
    assert speaker_of(text, "وأكد") != "مصدر في أمانة المنطقة"


def test_the_experts_go_on_with_the_field_group_that_opened_the_report() -> None:
    text = "أكد عقاريون أن أسعار الأراضي ستتراجع هذا العام. ولفت الخبراء إلى أن الطلب ما زال ضعيفا."
    assert speaker_of(text, "ولفت") == "عقاريون"
    text = "أكد مختصون أن أسعار الأراضي ستتراجع هذا العام. وأوضح الخبراء أن الطلب ما زال ضعيفا."
    assert speaker_of(text, "وأوضح") == "مختصون"
    # (a group of no field: the experts are others)
    text = "أكد مواطنون أن أسعار الأراضي مرتفعة. ولفت الخبراء إلى أن الطلب ما زال ضعيفا."
    assert speaker_of(text, "ولفت") == "الخبراء"


def test_a_writing_after_an_unnamed_source_is_where_it_was_said() -> None:
    text = "وقالت محللة لدى بنك أوف أمريكا في مذكرة للعملاء: «نتوقع خفض الفائدة قريبا»."
    assert speaker_of(text, "وقالت") == "محللة لدى بنك أوف أمريكا"
    # (a place after the source stays: where it works)
    text = "وقال مصدر في وزارة المالية إن الميزانية ستعلن الأسبوع المقبل."
    assert speaker_of(text, "وقال") == "مصدر في وزارة المالية"


def test_a_source_close_to_him_is_named_with_the_person_named_last() -> None:
    text = "أعلن المدرب البرتغالي جوزيه مورينيو رحيله عن النادي. والقرار نهائي ولا رجعة فيه بحسب مقربين منه."
    assert speaker_of(text, "بحسب") == "مقربين من جوزيه مورينيو"
    text = "أعلن النادي رحيل مدربه. والقرار نهائي ولا رجعة فيه بحسب مقربين من الإدارة."
    assert speaker_of(text, "بحسب") == "مقربين من الإدارة"


def test_people_with_a_body_glued_to_bi_are_a_group_where_they_work() -> None:
    text = "وقال العاملون بالمستشفى إن نقص الأدوية أثر في المرضى."
    assert speaker_of(text, "وقال") == "العاملون بالمستشفى"
    text = "وقال العاملون في المستشفى إن نقص الأدوية أثر في المرضى."
    assert speaker_of(text, "وقال") == "العاملون في المستشفى"


def test_a_plural_cue_takes_the_plural_subject_past_a_fronted_adverbial() -> None:
    text = "وقبل أسبوع من الانتخابات أقر النواب تعديلا جديدا قالوا إن غايته حماية الناخبين."
    assert speaker_of(text, "قالوا") == "النواب"
    # (no plural subject in the sentence: not one made up)
    text = "وقبل أسبوع من الانتخابات أقر البرلمان تعديلا جديدا قالوا إن غايته حماية الناخبين."
    assert speaker_of(text, "قالوا") != "النواب"


def test_an_unnamed_woman_is_continued_by_a_feminine_cue() -> None:
    text = (
        "وتوقعت دراسة صادرة عن مركز أبحاث أوروبي تباطؤ النمو. "
        "وقالت محللة لدى بنك سويسري: «الأسواق قلقة». وتابعت: «لن تتعافى قريبا»."
    )
    assert speaker_of(text, "وتابعت") == "محللة لدى بنك سويسري"
    text = (
        "وتوقعت دراسة صادرة عن مركز أبحاث أوروبي تباطؤ النمو. "
        "وقال محلل لدى بنك سويسري: «الأسواق قلقة». وتابعت: «لن تتعافى قريبا»."
    )
    assert speaker_of(text, "وتابعت") != "محلل لدى بنك سويسري"


def test_a_family_named_after_a_titled_person_is_his_family() -> None:
    text = "قالت عائلة مؤسس الجمعية الراحل الشيخ سالم الهاشمي إنها لن تقبل التعويض."
    assert speaker_of(text, "قالت") == "عائلة سالم الهاشمي"
    text = "قال مؤسس الجمعية الشيخ سالم الهاشمي إنه لن يقبل التعويض."
    assert speaker_of(text, "قال") == "سالم الهاشمي"


def test_a_place_after_a_hospital_glued_to_bi_stays_in_the_source() -> None:
    text = "وأكد مصدر طبي بمستشفى ظهران الجنوب لـ«عكاظ» استقرار حالة الطفلين بعد العملية."
    assert speaker_of(text, "وأكد") == "مصدر طبي بمستشفى ظهران الجنوب"
    # (a nisba still ends the source before the verb's object)
    text = "وأكد مصدر طبي سعودي وفاة المريض بعد ساعات من وصوله."
    assert speaker_of(text, "وأكد") == "مصدر طبي سعودي"


def test_a_counted_unnamed_source_keeps_where_it_belongs() -> None:
    text = "ويواجه المرشح معارضة قوية داخل الحزب، بحسب ثلاثة مصادر في الحزب."
    assert speaker_of(text, "بحسب") == "ثلاثة مصادر في الحزب"
    text = "وأكدت خمسة مصادر من الحزب أن المرشح سينسحب."
    assert speaker_of(text, "وأكدت") == "خمسة مصادر من الحزب"
    # (a count of people with من is a partitive, as before)
    text = "وقال ثلاثة من الشهود إن الحريق بدأ في الطابق الأول."
    assert speaker_of(text, "وقال") == "ثلاثة من الشهود"


def test_an_unnamed_person_keeps_the_clause_describing_him() -> None:
    text = "وقال رجل كان يجلس وسط المقهى إن الحافلة تأخرت ساعتين."
    assert speaker_of(text, "وقال") == "رجل كان يجلس وسط المقهى"
    # (a title in construct is no description: the name after it speaks)
    text = "وقال رجل الأعمال خالد المطيري إن الحافلة تأخرت ساعتين."
    assert speaker_of(text, "وقال") == "خالد المطيري"


def test_supporters_keep_whom_they_back() -> None:
    text = "واعتبر مؤيدون للحركة أن الحكم الصادر أمس سياسي."
    assert speaker_of(text, "واعتبر") == "مؤيدون للحركة"
    # (a medium told after them is no part of their name)
    text = "وقال مؤيدون لرويترز إن الحكم الصادر أمس سياسي."
    assert speaker_of(text, "وقال") == "مؤيدون"


def test_the_subject_follows_the_resumptive_in_it_of_a_relative_clause() -> None:
    text = "وجاء القرار في الوقت الذي قال فيه مسؤول في البلدية إن الطريق سيفتح قريبا."
    assert speaker_of(text, "قال") == "مسؤول في البلدية"
    # (a verb taking its object first: the word after فيها is whom it describes, not the speaker)
    text = "وكانت تصريحاته أهدأ من المرة التي وصف فيها منافسه بأنه فاشل."
    assert speaker_of(text, "وصف") != "منافسه"
