"""Round 68: a body's, an unnamed source's or a group's name of common words runs on to the place
written right after it with في/ب at the speaker's mention (``name_extent.with_place_at_mention``),
not after a proper name, a body above any one place or, for a body, the papers' own country
(sentences written for these tests)."""

from __future__ import annotations

from rasid.extract.name_extent import with_place_at_mention
from rasid.model import Article, Span
from rasid.pipeline import Options, process


def placed(text: str, name: str, body: bool = True) -> str:
    """The speaker ``name``, its mention at its first occurrence in ``text``, after the rule."""
    article = process(Article(id="t", raw=text), Options())
    at = article.text.find(name)
    assert at >= 0
    return with_place_at_mention(name, Span(at, at + len(name), name), article, body=body)


def speakers(text: str) -> list[str]:
    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name for q in article.quotes if q.speaker]


def test_a_body_of_common_words_takes_its_place():
    text = "وقالت جمعية حماية المستهلك في الأردن إن أسعار الخضار ارتفعت بنسبة كبيرة خلال الشهر الجاري."
    assert placed(text, "جمعية حماية المستهلك") == "جمعية حماية المستهلك في الأردن"
    assert speakers(text) == ["جمعية حماية المستهلك في الأردن"]


def test_a_group_takes_its_place_and_keeps_it_when_carried_on():
    text = (
        "وأكد أقارب المفقودين في مدينة الدمام أن فرق البحث لا تزال تعمل منذ الصباح. "
        "وأضافوا أن الأمل لم ينقطع بعد."
    )
    assert placed(text, "أقارب المفقودين", body=False) == "أقارب المفقودين في مدينة الدمام"
    assert set(speakers(text)) == {"أقارب المفقودين في مدينة الدمام"}


def test_an_unnamed_source_takes_a_place_after_bi():
    text = "وقال قيادي في المقاومة بتعز إن المواجهات استمرت حتى ساعات الفجر."
    assert placed(text, "قيادي في المقاومة", body=False) == "قيادي في المقاومة بتعز"


def test_a_proper_name_is_not_run_on():
    text = "وقالت جامعة هارفارد في بوسطن إن الدراسة شملت أكثر من ألف طالب."
    assert placed(text, "جامعة هارفارد") == "جامعة هارفارد"


def test_a_body_above_any_one_place_keeps_no_seat():
    text = "وقالت المفوضية الأوروبية في بروكسل إنها ستدرس الطلب خلال الأسابيع المقبلة."
    assert placed(text, "المفوضية الأوروبية") == "المفوضية الأوروبية"


def test_a_body_is_not_run_on_to_the_papers_country():
    text = "وقالت الهيئة العامة للموانئ في المملكة إنها أنهت أعمال التوسعة في ميناء الدمام."
    assert placed(text, "الهيئة العامة للموانئ") == "الهيئة العامة للموانئ"
    group = "وقال مختصون في قطاع النقل بالمملكة إن الطلب على الموانئ سيرتفع."
    assert placed(group, "مختصون في قطاع النقل", body=False) == "مختصون في قطاع النقل بالمملكة"


def test_no_place_after_the_mention():
    text = "وقالت الشرطة في بيان إن ثلاثة أشخاص أصيبوا في الحادث."
    assert placed(text, "الشرطة") == "الشرطة"


def test_a_later_short_form_takes_the_place_written_before():
    text = (
        "أعلنت الحركة الشعبية في السودان أن قواتها صدت هجوما على مواقعها قرب كادقلي. "
        "وقالت الحركة الشعبية في بيان لاحق إن الهجوم أسفر عن خسائر في صفوف المهاجمين."
    )
    assert speakers(text) == ["الحركة الشعبية في السودان"] * 2


def test_no_place_is_carried_to_another_body():
    text = (
        "وقالت الشرطة في ولاية أوهايو إن ثلاثة أشخاص أصيبوا في الحادث. "
        "وقالت هيئة الإسعاف إن المصابين نقلوا إلى المستشفى."
    )
    assert speakers(text)[1] == "هيئة الإسعاف"


def test_a_unit_takes_the_body_it_is_part_of():
    text = "وقال المكتب الإعلامي في وزارة الصحة إن حملة التطعيم تبدأ الأحد المقبل."
    assert placed(text, "المكتب الإعلامي") == "المكتب الإعلامي في وزارة الصحة"


def test_a_source_takes_the_definite_field_it_works_in():
    text = "وقال مسؤول في التأمين الصحي إن الرسوم الجديدة ستطبق مطلع العام المقبل."
    assert placed(text, "مسؤول", body=False) == "مسؤول في التأمين الصحي"


def test_the_occasion_or_a_time_is_no_field():
    text = "وقال المسؤولون في الاجتماع إن الخطة ستنفذ على مراحل."
    assert placed(text, "المسؤولون", body=False) == "المسؤولون"
    later = "وقال المسؤولون في الوقت نفسه إن الخطة ستنفذ على مراحل."
    assert placed(later, "المسؤولون", body=False) == "المسؤولون"
