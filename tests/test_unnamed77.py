"""Quotes, round 77: a new indefinite source written at its cue («وقالت مصادر محلية إن») is named as
written, not completed from an earlier, fuller source; a definite group word right after the cue
keeps its qualifier with من/عن/على («المشرفون على المخيمات»), not one with في; a group's plural
relative clause that runs to the complement («التجار الذين يتعاملون في البناء إن») is part of it; a
survey's share standing alone as the verb's subject («وقال %43 إنهم») is a group as written.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers


def test_a_second_indefinite_source_is_named_as_written() -> None:
    text = "ذكرت مصادر محلية في عدن أن الاشتباكات تجددت مساء أمس. وقالت مصادر محلية إن الجسر تضرر بشدة."
    assert cue_speakers(text) == [("ذكرت", "مصادر محلية في عدن"), ("وقالت", "مصادر محلية")]


def test_a_singular_source_met_again_is_named_as_written() -> None:
    text = "قال مصدر ميداني في أبين إن القوات تقدمت نحو المدينة. وقال مصدر ميداني إن المعارك مستمرة."
    assert cue_speakers(text) == [("قال", "مصدر ميداني في أبين"), ("وقال", "مصدر ميداني")]


def test_words_carried_from_the_source_as_written_take_its_name() -> None:
    text = (
        "أفادت مصادر طبية بعدن بأن المستشفى استقبل عشرات الجرحى. وقالت مصادر طبية إن بعضهم في حالة "
        "حرجة. وأضافت أن الأدوية شحيحة."
    )
    assert cue_speakers(text) == [
        ("أفادت", "مصادر طبية بعدن"),
        ("وقالت", "مصادر طبية"),
        ("وأضافت", "مصادر طبية"),
    ]


def test_a_definite_back_reference_still_takes_the_earlier_source() -> None:
    text = "قالت مصادر عسكرية في الجبهة الشمالية إن الهجوم صد. وأكدت المصادر أن الخسائر محدودة."
    speakers = cue_speakers(text)
    assert speakers[1] == ("وأكدت", "مصادر عسكرية في الجبهة الشمالية")


def test_a_definite_group_keeps_its_qualifier_with_ala() -> None:
    text = "وأكد المشرفون على المخيمات الصيفية أنهم سيضاعفون عدد الرحلات هذا العام."
    assert cue_speakers(text) == [("وأكد", "المشرفون على المخيمات الصيفية")]


def test_a_definite_group_keeps_its_qualifier_with_min() -> None:
    text = "وأوضح الباحثون من جامعة الساحل أن النتائج تحتاج إلى مزيد من التدقيق."
    assert cue_speakers(text) == [("وأوضح", "الباحثون من جامعة الساحل")]


def test_a_definite_group_does_not_take_where_it_spoke() -> None:
    text = "وقال المتظاهرون في هتافاتهم إن مطالبهم لن تتغير مهما طال الاعتصام."
    assert cue_speakers(text) == [("وقال", "المتظاهرون")]


def test_a_bare_definite_group_stays_as_it_is() -> None:
    text = "وقال الباحثون إن النتائج مشجعة لكنها تحتاج إلى تجارب أوسع."
    assert cue_speakers(text) == [("وقال", "الباحثون")]


def test_a_group_keeps_its_plural_relative_clause() -> None:
    text = "وقال التجار الذين يتعاملون في مواد البناء إن الأسعار ارتفعت بشكل حاد."
    assert cue_speakers(text) == [("وقال", "التجار الذين يتعاملون في مواد البناء")]


def test_one_of_a_group_keeps_its_clause_up_to_a_second_relative() -> None:
    text = "وقال أحد المسؤولين اللذين شاركا في اللقاء الذي جرى صباح اليوم إن المفاوضات ما زالت متعثرة."
    assert cue_speakers(text) == [("وقال", "أحد المسؤولين اللذين شاركا في اللقاء")]


def test_a_clause_of_how_the_paper_reached_them_is_left_out() -> None:
    text = "وقال التجار الذين تحدثوا للصحيفة إن الأسعار ارتفعت خلال الأسبوع."
    assert cue_speakers(text) == [("وقال", "التجار")]


def test_a_clause_with_a_time_word_is_left_out() -> None:
    text = "وقال المحققون الذين وصلوا أمس إلى الموقع إن الحادث عرضي."
    assert cue_speakers(text) == [("وقال", "المحققون")]


def test_a_source_whose_pronoun_the_rules_resolved_keeps_that_name() -> None:
    text = "أعلن الوزير خالد العمري استقالته أمس. وقال مصدر مقرب منه إن القرار جاء لأسباب صحية."
    assert cue_speakers(text)[1] == ("وقال", "مصدر مقرب من خالد العمري")


def test_a_definite_back_reference_inside_a_word_is_not_cut() -> None:
    text = "قالت مصادر صحافية إن الحكومة تدرس الخطة. ووفقا للمصادر فإن القرار سيصدر قريبا."
    assert cue_speakers(text) == [("قالت", "مصادر صحافية"), ("ووفقا", "مصادر صحافية")]


def test_a_survey_share_alone_is_a_group_as_written() -> None:
    text = (
        "وأظهر استطلاع أجرته شركة أبحاث أن أكثر من نصف الشباب يفضلون العمل الحر. وقال %43 إنهم "
        "يخططون لتأسيس مشاريعهم. ويشير %71 إلى أن التمويل هو العائق الأكبر."
    )
    assert cue_speakers(text)[1:] == [("وقال", "%43"), ("ويشير", "%71")]


def test_a_share_in_words_is_a_group_as_written() -> None:
    text = "وشمل المسح ألف موظف. وقال 30 في المائة إنهم يعملون من المنزل."
    assert cue_speakers(text) == [("وقال", "30 في المائة")]


def test_a_share_of_a_named_group_keeps_the_group() -> None:
    text = "وقال 20 في المائة من الديمقراطيين إنهم سيصوتون ضد المشروع."
    assert cue_speakers(text) == [("وقال", "20 في المائة من الديمقراطيين")]
