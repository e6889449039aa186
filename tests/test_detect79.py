"""Round 79 (detection recall): a quantifier with a pronoun suffix as the cue's subject («وقال أحدهم
إن …»، «ويرى بعضهم أن …») speaks as written, «أحدهم» an unnamed source and «بعضهم» a group, with
no description run on after it.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows
from rasid.model import Article
from rasid.pipeline import process


def test_one_of_them_speaks_as_an_unnamed_source() -> None:
    article = process(
        Article(
            id="t",
            raw="واشتكى عدد من سكان الحي من انقطاع المياه. وقال أحدهم إن الشبكة لم تصلح منذ أسبوعين.",
        )
    )
    rows = [(q.cue.text, q.speaker.name, q.speaker.type) for q in article.quotes if q.speaker]
    assert rows == [("وقال", "أحدهم", "unnamed")]
    assert article.quotes[0].text.startswith("الشبكة لم تصلح")


def test_some_of_them_speak_as_a_group() -> None:
    article = process(
        Article(
            id="t",
            raw="وتباينت آراء الاقتصاديين حول القرار الجديد، ويرى بعضهم أن أسعار الوقود سترتفع قريبا.",
        )
    )
    rows = [(q.cue.text, q.speaker.name, q.speaker.type) for q in article.quotes if q.speaker]
    assert rows == [("ويرى", "بعضهم", "group")]


def test_one_of_them_with_a_direct_quotation() -> None:
    rows = quote_rows("وتجمع الأهالي أمام مبنى البلدية، وقال أحدهم: «ننتظر حلا منذ شهور».")
    assert [row[:3] for row in rows] == [("direct", "وقال", "أحدهم")]


def test_one_of_them_after_a_comma_with_an_addressee() -> None:
    rows = quote_rows("وتوافد المشجعون على الملعب مبكرا، وقال أحدهم لـ«الرياض» إن التذاكر نفدت خلال ساعة.")
    assert [row[:3] for row in rows] == [("indirect", "وقال", "أحدهم")]
    assert rows[0][3].startswith("التذاكر نفدت")


def test_one_of_them_as_an_object_is_no_speaker() -> None:
    rows = quote_rows("وقد التقى المحافظ أحدهم في مكتبه صباح اليوم لمناقشة مشكلات الحي.")
    assert rows == []


def test_present_view_continues_the_person_named_before() -> None:
    rows = quote_rows(
        "وأوضح المستشار المالي فهد السبيعي أن الطلب على العقار تراجع هذا العام. "
        "ويرى أن الأسعار ستعود إلى الارتفاع مع بداية العام المقبل."
    )
    assert [row[1:3] for row in rows] == [("وأوضح", "فهد السبيعي"), ("ويرى", "فهد السبيعي")]
    assert rows[1][3].startswith("الأسعار ستعود")


def test_present_consider_continues_a_woman_named_before() -> None:
    rows = quote_rows(
        "وتحدثت الأخصائية الاجتماعية نورة القحطاني عن أثر الإجازة الطويلة على الطلاب، "
        "وتعتبر أن تنظيم النوم أهم خطوة قبل بدء الدراسة."
    )
    assert [row[1:3] for row in rows] == [("وتعتبر", "نورة القحطاني")]


def test_expected_stays_impersonal() -> None:
    rows = quote_rows("وافتتح الأمير المعرض الدولي للكتاب أمس. ويتوقع أن يزوره نصف مليون زائر.")
    assert rows == []


def test_went_on_with_a_colon_is_a_cue() -> None:
    rows = quote_rows(
        "وقال مدرب المنتخب إن اللاعبين جاهزون للمباراة الحاسمة. وأكمل: «سنلعب من أجل الفوز ولا شيء غيره»."
    )
    assert [row[:3] for row in rows][1] == ("direct", "وأكمل", "مدرب المنتخب")


def test_went_on_with_an_object_is_no_cue() -> None:
    rows = quote_rows("وأكمل اللاعب برنامجه العلاجي في مركز التأهيل بالرياض قبل عودته إلى التدريبات.")
    assert rows == []


def test_plural_present_after_its_subject() -> None:
    rows = quote_rows(
        "وارتفعت أسعار الأسهم أمس، لكن كثيرا من المحللين الماليين يقولون إن الارتفاع لن يدوم طويلا."
    )
    assert [row[:2] for row in rows] == [("indirect", "يقولون")]
    assert rows[0][3].startswith("الارتفاع لن يدوم")


def test_future_plural_present_is_no_statement() -> None:
    rows = quote_rows("وفي حين أن الوزيرين سوف يقولان إنهما نجحا في المهمة، فإن الواقع مختلف تماما.")
    assert rows == []
