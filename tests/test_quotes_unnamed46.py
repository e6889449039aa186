"""Round 46 (unnamed46): unnamed and group speakers of the analysis sets test106–109.

Every sentence here was written for these tests (none is copied from a corpus article); each case
has a negative twin the change must leave alone.
"""

from __future__ import annotations

from conftest import cue_speakers, speaker_at_cue


def _speaker(text: str, cue: str) -> str | None:
    return speaker_at_cue(text, cue, -1)


def test_unit_source_keeps_its_body_after_bi() -> None:
    # a source's unit, then ب + the body or region it belongs to: part of the source
    text = "وقال مسؤول مكتب التعليم بالإدارة إن الدراسة تبدأ الأحد."
    assert _speaker(text, "وقال") == "مسؤول مكتب التعليم بالإدارة"
    text = "وقال مسؤولو الإسكان بالمحافظة إن المشروع سيكتمل قبل نهاية العام."
    assert _speaker(text, "وقال") == "مسؤولو الإسكان بالمحافظة"


def test_unit_source_stops_before_bi_of_no_body() -> None:
    # ب + a word that is no body nor region ("بالتزامن") stays out of the source
    text = "وقال مسؤولو الإسكان بالتزامن مع الافتتاح إن المشروع سيكتمل قبل نهاية العام."
    assert _speaker(text, "وقال") == "مسؤولو الإسكان"


def test_definite_source_goes_on_with_source_sharing_its_adjectives() -> None:
    text = (
        "وقال وزير المالية خالد العمري إن الميزانية أقرت. وكشف مصدر مالي سعودي مطلع عن تعديلات "
        "جديدة على الرسوم. وقال المسؤول المالي إن التعديلات ستعلن قريبا."
    )
    assert [name for _, name in cue_speakers(text)][-1] == "مصدر مالي سعودي مطلع"


def test_source_after_resumptive_in_it_is_remembered() -> None:
    text = (
        "وتأتي الزيارة في وقت أكد فيه مصدر دبلوماسي غربي أن المحادثات متعثرة. وقال السفير سامي "
        "الحربي إن بلاده متفائلة. وأضاف المسؤول الدبلوماسي أن الجولة المقبلة حاسمة."
    )
    assert _speaker(text, "وأضاف") == "مصدر دبلوماسي غربي"


def test_title_with_adjective_does_not_take_the_source() -> None:
    # a spokesman is a title, not a source's kin: the earlier source is not his
    text = (
        "وقال وزير المالية خالد العمري إن الميزانية أقرت. وكشف مصدر مالي سعودي مطلع عن تعديلات "
        "جديدة على الرسوم. وأوضح المتحدث المالي أن التعديلات ستعلن قريبا."
    )
    assert _speaker(text, "وأوضح") != "مصدر مالي سعودي مطلع"


def test_construct_plural_is_a_group_a_plural_cue_goes_on_with() -> None:
    text = (
        "وقالت وسائل الإعلام المحلية إن الوضع هادئ. وأكد محامو المتهم أمس أن موكلهم بريء. "
        "وأضافوا أن الحكم سيستأنف."
    )
    assert _speaker(text, "وأضافوا") == "محامو المتهم"


def test_name_ending_in_waw_stays_a_person() -> None:
    text = (
        "وقالت وسائل الإعلام المحلية إن القائد مريض. وأكد فرناندو اليوم أن قائده بخير. "
        "وأضافوا أن الشائعات كاذبة."
    )
    assert _speaker(text, "وأكد") == "فرناندو"
    assert _speaker(text, "وأضافوا") == "وسائل الإعلام المحلية"


def test_marked_body_after_source_preposition_stays_in_source() -> None:
    text = "وقال قيادي في «الحزب» في جنوب البلاد إن الانتخابات ستؤجل."
    assert _speaker(text, "وقال") == "قيادي في الحزب في جنوب البلاد"


def test_long_marked_stretch_after_source_preposition_is_not_taken() -> None:
    text = "وقال مصدر في «لجنة متابعة شؤون العاملين بالخارج» إن الانتخابات ستؤجل."
    assert _speaker(text, "وقال") == "مصدر"


def test_source_close_to_a_person_with_nationality_and_title() -> None:
    text = (
        "وأكد مصدر مقرب من البرازيلي رونالدو نازاريو رئيس النادي أن الأخير سيترشح. "
        "وقال المصدر إن القرار نهائي."
    )
    expected = "مصدر مقرب من البرازيلي رونالدو نازاريو"
    assert [name for _, name in cue_speakers(text)] == [expected, expected]


def test_name_after_definite_complement_is_the_speaker() -> None:
    # a complement of definite nouns only, then a name: the name is the speaker's own
    text = "وقال مصدر مطلع على المفاوضات محمد العلي إن الاتفاق قريب."
    assert _speaker(text, "وقال") == "محمد العلي"


def test_past_cue_after_indefinite_source_has_it_for_subject() -> None:
    text = "ونفى الوزير ذلك بعد تقارير صحفية أشارت إلى أن الوزير سيستقيل."
    assert _speaker(text, "أشارت") == "تقارير صحفية"
    text = "وقال الجيش إن الهجوم فشل. وجاء ذلك منذ انتشار أخبار الشهر الماضي أفادت أن القائد قتل."
    assert _speaker(text, "أفادت") == "أخبار"


def test_past_cue_after_construct_or_disagreeing_source_is_not_it() -> None:
    text = "ونفى الوزير ذلك بعد تقارير الوزارة أشارت إلى أن الوزير سيستقيل."
    assert _speaker(text, "أشارت") != "تقارير"
    text = "وقال الجيش إن الهجوم فشل. وجاء ذلك بعد أخبار أشار إلى أن القائد قتل."
    assert _speaker(text, "أشار") == "الجيش"


def test_clause_of_what_the_body_comprises_ends_the_source() -> None:
    text = "وقال متحدث باسم تحالف يضم عشرين منظمة إن الحملة بدأت."
    assert _speaker(text, "وقال") == "متحدث باسم تحالف"


def test_comprising_verb_in_the_statement_leaves_the_source() -> None:
    text = "وقال متحدث باسم التحالف الأهلي إن الحملة تضم عشرين منظمة."
    assert _speaker(text, "وقال") == "متحدث باسم التحالف الأهلي"


def _kin_case(speaker_name: str) -> tuple[object, object]:
    """A father's words carried on to «وقال» (the rules' speaker ``speaker_name``, implied) and a
    rival person named before, as the ranker's candidate."""
    from rasid.extract.speakers import Candidate
    from rasid.model import Quote, Span, Speaker

    text = (
        "وأوضح خالد بن سعيد العتيبي ابن عم الفقيد أن الراحل كان محبوبا. فيما ذكر والده أن لديه "
        "أربعة أبناء، وقال: «ابني رحل وهو يؤدي واجبه»."
    )
    cue = text.index("وقال")
    quote = Quote(
        start=cue + 7,
        end=len(text) - 2,
        text=text[cue + 7 : len(text) - 2],
        kind="direct",
        cue=Span.of(text, cue, cue + 4),
        speaker=Speaker(speaker_name, "person", None, None),
    )
    start = text.index("خالد")
    name = "خالد بن سعيد العتيبي"
    return Candidate("العتيبي", name, "person", None, (start, start + len(name))), quote


def test_ranker_may_not_give_a_relatives_words_to_a_person_named_elsewhere() -> None:
    from rasid.extract.speakers import _kin_for_named_person

    assert _kin_for_named_person(*_kin_case("والده"))


def test_ranker_may_still_replace_a_named_speaker() -> None:
    from rasid.extract.speakers import _kin_for_named_person

    assert not _kin_for_named_person(*_kin_case("سعيد العتيبي"))


def test_two_nouns_governing_one_genitive_are_one_group() -> None:
    text = "وقال عدد من سكان وزوار مدينة أبها إن الحديقة تحتاج إلى صيانة عاجلة."
    assert _speaker(text, "وقال") == "عدد من سكان وزوار مدينة أبها"


def test_second_source_with_its_adjective_stays_apart() -> None:
    text = "وقال سكان ومسؤولون محليون إن الحديقة تحتاج إلى صيانة عاجلة."
    assert [name for _, name in cue_speakers(text)] == ["سكان", "مسؤولون محليون"]
