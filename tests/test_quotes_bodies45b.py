"""Round 45b, the extents of unnamed sources and bodies: a medium told in marks without ل after an
indefinite source and its adjective, the emphatic نفسها after a body's name, and a body's foreign
name that the entities stage reads whole after its head. Sentences written for these tests, not
taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers

# --- a medium told in marks, with no ل, after an indefinite source and its adjective


def test_medium_in_marks_after_source_adjective_is_whom_it_told():
    text = "وفي مدينة عدن أبلغت مصادر قبلية «الحياة» أن الاشتباكات توقفت قبل منتصف الليل بقليل."
    assert speakers(text) == ["مصادر قبلية"]


def test_medium_in_marks_right_after_the_head_owns_the_sources():
    text = "وفي مدينة عدن أبلغت مصادر «الحياة» أن الاشتباكات توقفت قبل منتصف الليل بقليل."
    assert speakers(text) == ["مصادر الحياة"]


def test_definite_body_then_its_name_in_marks_stays_whole():
    text = "وقال بنك الاستثمار الدولي «غولدن بريدج» إن أسعار النحاس سترتفع خلال الربع المقبل."
    assert speakers(text) == ["بنك الاستثمار الدولي غولدن بريدج"]


# --- the emphatic نفسها after a body's name


def test_emphatic_self_after_a_name_is_no_part_of_it():
    text = "ولا تفصح سامسونج نفسها عن خططها سوى القول إن فريقا صغيرا يعمل على جهاز قابل للطي."
    assert speakers(text) == ["شركة سامسونج"]


def test_name_without_emphatic_self():
    text = "ولا تفصح سامسونج عن خططها سوى القول إن فريقا صغيرا يعمل على جهاز قابل للطي."
    assert speakers(text) == ["شركة سامسونج"]


# --- a body's foreign name read whole by the entities stage


def test_foreign_name_with_a_common_word_stays_whole():
    text = (
        "انتقدت منظمة هيومن رايتس ووتش، يوم الأحد، حملة الاعتقالات. "
        "وأوضحت المنظمة أن المعتقلين حرموا من المحامين."
    )
    assert speakers(text) == ["منظمة هيومن رايتس ووتش"]


def test_arabic_name_after_the_head_unchanged():
    text = (
        "انتقدت منظمة العفو الدولية، يوم الأحد، حملة الاعتقالات. "
        "وأوضحت المنظمة أن المعتقلين حرموا من المحامين."
    )
    assert speakers(text) == ["منظمة العفو الدولية"]


# --- the object of a body's remit after ل + a verbal noun


def test_remit_object_in_construct_is_part_of_the_name():
    text = "وقالت الجمعية الأهلية لتنمية مهارات الشباب إن برامجها الصيفية ستبدأ الشهر المقبل."
    assert speakers(text) == ["الجمعية الأهلية لتنمية مهارات الشباب"]


def test_remit_with_a_definite_object_unchanged():
    text = "وقالت الجمعية الأهلية لتنمية المهارات إن برامجها الصيفية ستبدأ الشهر المقبل."
    assert speakers(text) == ["الجمعية الأهلية لتنمية المهارات"]


# --- an unnamed source run on into its verb's preposition and verbal noun (حذر من)


def test_verb_preposition_and_verbal_noun_are_no_part_of_the_source():
    text = "وحذرت مصادر طبية من انتشار عدوى الجهاز التنفسي بين الأطفال، مبينة أن المستشفيات امتلأت."
    assert set(speakers(text)) == {"مصادر طبية"}


def test_source_origin_after_min_stays():
    text = "وحذرت مصادر من داخل المستشفى، مبينة أن الأقسام امتلأت بالمرضى في الأسبوع الأخير."
    assert set(speakers(text)) == {"مصادر من داخل المستشفى"}
