"""Round 50 (nonpersons50): organisation, unnamed and group speakers of the analysis sets test130–137.

Every sentence here was written for these tests (none is copied from a corpus article); each case
has a negative twin the change must leave alone.
"""

from __future__ import annotations

from conftest import cue_speakers, speaker_at_cue


def test_unnamed_subject_keeps_bi_place_before_participle() -> None:
    # "أوضح ذلك مصدر … بجدة، مبينا": the place glued to ب is where the source is
    text = "أوضح ذلك مصدر مسؤول في مكتب الجمعية الخيرية بجدة، مبينا أنه تم توزيع السلال على الأسر."
    assert speaker_at_cue(text, "مبينا") == "مصدر مسؤول في مكتب الجمعية الخيرية بجدة"


def test_unnamed_subject_leaves_bi_place_followed_by_more_words() -> None:
    # "أشاد مصدر … بجدة وأهلها": ب + a place the verb governs, the clause going on
    text = "أشاد مصدر مسؤول في الجمعية بجدة وأهلها، مبينا أنه تم توزيع السلال على الأسر."
    assert speaker_at_cue(text, "مبينا") == "مصدر مسؤول في الجمعية"


def test_group_subject_keeps_bi_region_and_its_name() -> None:
    text = (
        "استنكر خطباء الجوامع والمساجد بمحافظة ينبع، أمس بالهجوم على المصلين، مؤكدين أن الإرهاب "
        "لا دين له. وأضاف الخطباء أن الإسلام دين السلام."
    )
    assert speaker_at_cue(text, "مؤكدين") == "خطباء الجوامع والمساجد بمحافظة ينبع"
    assert speaker_at_cue(text, "وأضاف") == "خطباء الجوامع والمساجد بمحافظة ينبع"


def test_preachers_are_a_source_a_plural_participle_goes_on_with() -> None:
    text = "ندد خطباء الجوامع بالهجوم على المصلين، مؤكدين أن الإرهاب لا دين له."
    assert speaker_at_cue(text, "مؤكدين") == "خطباء الجوامع"
    # (a singular name is no plural participle's subject)
    text = "ندد الخطيب سالم الحربي بالهجوم على المصلين، مؤكدين أن الإرهاب لا دين له."
    assert speaker_at_cue(text, "مؤكدين") != "سالم الحربي"


def test_group_goes_on_through_the_field_it_is_known_by() -> None:
    text = "وقال عدد من المعلمين والمهتمين بالشؤون التربوية إن المناهج تحتاج إلى تطوير."
    assert speaker_at_cue(text, "وقال") == "عدد من المعلمين والمهتمين بالشؤون التربوية"
    text = "وتقول بعض الجمعيات المدافعة عن الحيوان إن الصيد الجائر يتزايد."
    assert speaker_at_cue(text, "وتقول") == "بعض الجمعيات المدافعة عن الحيوان"


def test_field_word_after_a_person_is_his_description() -> None:
    # "فلان صاحب مركز مختص في بيع …": the field describes the named person's shop, not a group
    text = "وذكر المهندس سالم الحربي صاحب مركز مختص في بيع الأجهزة أن الطلب يتزايد."
    assert speaker_at_cue(text, "وذكر") == "سالم الحربي"
    # and a group with no field word still stops before ب + its object
    text = "وطالب عدد من المعلمين بالحوافز، مؤكدين أن العبء كبير."
    assert speaker_at_cue(text, "مؤكدين") == "عدد من المعلمين"


def test_document_with_short_form_speaks_for_the_body_named_before() -> None:
    text = (
        "نشرت إدارة مرور منطقة القصيم دوريات إضافية على الطريق الدائري. وأكد بيان المرور أن "
        "الضباط موجودون طوال اليوم لتعزيز الحركة المرورية. وأكد البيان أن نقل السيارات مسموح."
    )
    speakers = [name for _, name in cue_speakers(text)]
    assert speakers == ["إدارة مرور منطقة القصيم", "إدارة مرور منطقة القصيم"]


def test_document_with_a_topic_stays_without_that_body() -> None:
    # "تقرير الزحام": a topic no body's name holds
    text = "نشرت إدارة مرور منطقة القصيم دوريات إضافية. وأكد تقرير الزحام أن الضباط موجودون طوال اليوم."
    assert speaker_at_cue(text, "وأكد") != "إدارة مرور منطقة القصيم"


def test_source_restated_with_body_short_form_is_the_first_given() -> None:
    text = (
        "كشفت مصادر قيادية داخل حزب الأمة أن الحزب يواجه أزمة. وقالت مصادر قيادية داخل الحزب، "
        "تعارض الخطة، إن الأعضاء غاضبون."
    )
    assert [name for _, name in cue_speakers(text)] == ["مصادر قيادية داخل حزب الأمة"] * 2


def test_source_given_short_first_stays_as_given() -> None:
    # the short form first, the full one later: each as written
    text = (
        "قالت مصادر مطلعة في الوزارة إن الحملة ستبدأ. وأضافت مصادر مطلعة في وزارة الصحة أن الحملة "
        "تشمل الجميع."
    )
    assert [name for _, name in cue_speakers(text)] == [
        "مصادر مطلعة في الوزارة",
        "مصادر مطلعة في وزارة الصحة",
    ]


def test_two_nisba_plurals_with_no_head_are_two_groups() -> None:
    text = "وأكد اقتصاديون وماليون أن القرار سيخفض الأسعار."
    assert [name for _, name in cue_speakers(text)] == ["اقتصاديون", "ماليون"]


def test_nisba_plurals_after_a_head_noun_are_one_group() -> None:
    text = "وأكد خبراء عسكريون واستراتيجيون أن القرار سيخفض الأسعار."
    assert [name for _, name in cue_speakers(text)] == ["خبراء عسكريون واستراتيجيون"]
