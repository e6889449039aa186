"""Round 45: a person quoted under a role although the article names the person. A title nobody
bears, quoted right before a quotation whose cue names a person with no title or the same one, is
that person; «أحد + a plural» after a name says whom he is one of; a trailing «وفقا لـ» title's
bearer named after a comma; a continuing verb whose gender slips after a quoted woman. Sentences
written for these tests."""

from __future__ import annotations

from conftest import ranked_speakers as speakers

_LEAD = "أكد الأمين العام لهيئة السياحة الوطنية أن عدد الزوار ارتفع خلال الصيف الماضي بشكل ملحوظ.\n\n"


def test_title_in_the_lead_is_the_person_named_by_the_next_cue():
    text = _LEAD + "وقال خالد المطيري لـ«الرياض» إن الهيئة ستطلق برنامجا جديدا للمواسم المقبلة."
    assert speakers(text) == ["خالد المطيري", "خالد المطيري"]


def test_title_in_the_lead_stays_when_the_next_person_has_another_title():
    text = _LEAD + "وقال وزير المالية خالد المطيري إن الميزانية تغطي البرنامج الجديد للمواسم المقبلة."
    assert speakers(text)[0] != "خالد المطيري"


def test_title_in_the_lead_stays_when_the_next_cue_has_the_other_gender():
    text = (
        "أكدت المتحدثة باسم الهيئة أن عدد الزوار ارتفع خلال الصيف الماضي بشكل ملحوظ.\n\n"
        "وقال خالد المطيري لـ«الرياض» إن الهيئة ستطلق برنامجا جديدا للمواسم المقبلة."
    )
    assert speakers(text)[0] != "خالد المطيري"


def test_one_of_a_plural_after_a_name_is_no_name():
    text = (
        "أعلن العميد الركن سالم ناصر العمري القائد الميداني أحد القادة الميدانيين المشاركين في "
        "تحرير المدينة لـ «الوطن»: إن القوات سيطرت على الجسر الرئيسي."
    )
    assert speakers(text) == ["سالم ناصر العمري"]


def test_one_of_a_plural_alone_stays_an_unnamed_source():
    text = "أعلن أحد الضباط المشاركين في العملية أن القوات سيطرت على الجسر الرئيسي في المدينة."
    assert speakers(text) == ["أحد الضباط المشاركين في العملية"]


def test_trailing_attribution_title_takes_the_name_after_its_comma():
    text = (
        "تمكنت الشرطة من ضبط ثلاثة متهمين بسرقة المحلات التجارية في الحي، وفقا لمدير شرطة المنطقة، "
        "العميد فهد سالم الشهري، وقال إن التحقيقات مع المتهمين ما زالت مستمرة."
    )
    assert speakers(text) == ["فهد سالم الشهري", "فهد سالم الشهري"]


def test_trailing_attribution_title_without_a_name_takes_none():
    text = (
        "تمكنت الشرطة من ضبط ثلاثة متهمين بسرقة المحلات التجارية في الحي، وفقا لمدير شرطة المنطقة، "
        "الذي أوضح أن التحقيقات مع المتهمين ما زالت مستمرة."
    )
    assert "فهد سالم الشهري" not in speakers(text)


_WOMAN = "وقالت مديرة البرنامج سارة الأحمد «إن المياه ثروة يجب علينا جميعا الحفاظ عليها في كل وقت». "


def test_continuing_verb_of_the_other_gender_right_after_her_quotation():
    text = _WOMAN + "وأضاف «علينا جميعا ترشيد الاستهلاك في المنازل والمدارس والمساجد»."
    assert speakers(text) == ["سارة الأحمد", "سارة الأحمد"]


def test_continuing_verb_of_the_other_gender_after_other_words_stays_open():
    text = (
        _WOMAN + "وشهد الحفل عرضا مرئيا عن مشاريع الترشيد في المدارس والمساجد خلال العام الماضي.\n\n"
        "وأضاف «علينا جميعا ترشيد الاستهلاك في المنازل والمدارس والمساجد»."
    )
    assert speakers(text)[-1] != "سارة الأحمد"


def test_one_of_after_a_tagged_name_leaves_the_name():
    text = (
        "ومن جهته، قال العميد سالم ناصر حمود أحد القيادات الميدانية في الجبهة الشمالية لـ «الوطن» "
        "إن القوات تتقدم بثبات نحو المدينة."
    )
    assert speakers(text) == ["سالم ناصر حمود"]


def test_a_name_ending_in_its_own_word_is_kept():
    text = "ومن جهته، قال العميد سالم ناصر حمود لـ «الوطن» إن القوات تتقدم بثبات نحو المدينة."
    assert speakers(text) == ["سالم ناصر حمود"]


def test_title_of_one_country_is_not_the_next_minister_of_another():
    text = (
        "أكد وزير الخارجية الأمريكي أن المحادثات حول الملف النووي ستستأنف الأسبوع المقبل في جنيف.\n\n"
        "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترحب باستئناف المحادثات."
    )
    assert speakers(text)[0] != "سيرغي لافروف"


def test_title_of_one_country_is_the_next_minister_of_the_same():
    text = (
        "أكد وزير الخارجية الروسي أن المحادثات حول الملف النووي ستستأنف الأسبوع المقبل في جنيف.\n\n"
        "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترحب باستئناف المحادثات."
    )
    assert speakers(text) == ["سيرغي لافروف", "سيرغي لافروف"]
