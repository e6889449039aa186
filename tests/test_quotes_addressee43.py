"""Where a speaker ends before the ل phrase after it (round 43): a broadcaster told (لهيئة الإذاعة),
a person told (a name the article gives elsewhere, a relative, a counterpart), a medium and its
description between an unknown subject and the clause, a field noun that stays in a federation's
name (لكرة القدم), and a verbal noun that opens the object after an unnamed source's affiliation."""

from __future__ import annotations

import pytest

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import _clause_after_addressee, _Doc, quotes_stage
from rasid.model import Article


def test_broadcaster_told_after_a_spokesman_is_cut():
    text = 'وقال ناطق باسم اللجنة لهيئة الإذاعة البريطانية (بي بي سي) إن "الحملة ستتواصل حتى الشتاء".'
    assert speakers(text) == ["ناطق باسم اللجنة"]


def test_broadcaster_told_after_a_named_person_keeps_the_clause():
    text = 'وقال الوزير سامي الحربي لهيئة الإذاعة البريطانية إن "الحملة ستتواصل حتى الشتاء".'
    assert speakers(text) == ["سامي الحربي"]


def test_broadcaster_after_a_bare_title_stays_its_body():
    # (negative: the title's holder runs the broadcaster; nothing is cut)
    text = 'وقال المدير العام لهيئة الإذاعة والتلفزيون إن "البث سيتوقف ساعتين للصيانة".'
    assert speakers(text) == ["المدير العام لهيئة الإذاعة والتلفزيون"]


def test_person_told_named_before_is_cut_from_the_speaker():
    text = (
        "أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع المستشارة الألمانية أنجيلا ميركل. "
        'وقال بوتين لميركل إن "البلدين سيعملان معا على حل الأزمة".'
    )
    assert speakers(text)[-1].split()[-1] == "بوتين"


def test_counterpart_told_keeps_the_statement():
    text = 'وقال الوزير لنظيره الإسباني إن "التعاون بين البلدين سيتوسع العام المقبل".'
    assert speakers(text) == ["الوزير"]


def test_name_opening_with_lam_is_not_a_person_told():
    # (negative: لطفي is a family name the gazetteer knows, not ل + a person)
    text = 'وقال محمد لطفي إن "التعاون بين البلدين سيتوسع العام المقبل".'
    assert speakers(text) == ["محمد لطفي"]


def test_unknown_subject_then_the_paper_told_and_its_description():
    text = (
        "وأكدت شقيقته نوال سعيد لصحيفة الأيام القريبة من الحكومة أنها "
        "تلقت اتصالا من الوزير يعدها بمتابعة القضية."
    )
    assert speakers(text) == ["شقيقته نوال سعيد"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت سعاد لصحيفة الأيام القريبة من الحكومة إن الوضع هادئ", True),
        ("قالت سعاد لوكالة الأنباء الألمانية أنها بخير", True),
        # (negatives: a verb, a sentence end or no medium between the subject and the clause)
        ("قالت سعاد لصحيفة الأيام التي نشرت أن الوضع هادئ", False),
        ("قالت سعاد لصحيفة الأيام. إن الوضع هادئ", False),
        ("قالت سعاد لجنة الأيام إن الوضع هادئ", False),
    ],
)
def test_clause_after_the_medium_told(text, expected):
    doc = _Doc(Article(id="t", text=text))
    assert _clause_after_addressee(doc, 2) is expected


def test_field_noun_stays_in_a_federation_known_by_its_first_words():
    text = "وقال الاتحاد الأفريقي لكرة القدم في بيان: «أرجأت اللجنة المنظمة موعد القرعة»."
    assert speakers(text) == ["الاتحاد الأفريقي لكرة القدم"]


def test_athletics_federation_keeps_its_field():
    text = 'وقال الاتحاد الآسيوي لألعاب القوى إن "البطولة ستقام في موعدها".'
    assert speakers(text) == ["الاتحاد الآسيوي لألعاب القوى"]


def test_verbal_noun_after_an_unnamed_source_affiliation_opens_the_object():
    text = "وأكدت مصادر في الجيش الوطني بمحافظة مأرب فتح جبهة جديدة في الجهة الشرقية للمحافظة."
    assert speakers(text) == ["مصادر في الجيش الوطني بمحافظة مأرب"]


def test_quotation_in_marks_after_a_broadcaster_and_its_initials():
    text = (
        'وقال المدرب ماهر السالم لهيئة الإذاعة البريطانية (بي.بي.سي) "نحن جاهزون للمباراة. '
        'اللاعبون في حالة جيدة ونتطلع إلى الفوز."'
    )
    assert speakers(text) == ["ماهر السالم"]


def test_quotation_in_marks_after_a_channel_and_its_initials():
    text = 'وقال المدرب ماهر السالم لقناة الرياضية (ك.س.أ) "نحن جاهزون للمباراة. اللاعبون في حالة جيدة."'
    assert speakers(text) == ["ماهر السالم"]


def test_spokesman_cut_from_the_broadcaster_stays_unnamed():
    text = (
        "أعلن فريق حملة المرشح الجمهوري مارك ويلسون أنه أقال كبير مستشاريه. "
        'وقال ناطق باسم الحملة لشبكة التلفزيون الأميركية (سي إن إن) إن "المستشار أراد استغلال الحملة".'
    )
    assert speakers(text)[-1] == "ناطق باسم الحملة"


def test_spelled_initials_in_brackets_open_no_clause():
    text = 'وقال ناطق باسم الشركة لشبكة (سي إن إن) إن "الإنتاج سيعود إلى طبيعته الأسبوع المقبل".'
    assert speakers(text) == ["ناطق باسم الشركة"]
    # (the quotation is the words after the second إن, not "إن) إن …")
    article = quotes_stage(Article(id="t", text=text))
    assert [article.text[q.start : q.end] for q in article.quotes] == [
        "الإنتاج سيعود إلى طبيعته الأسبوع المقبل"
    ]
