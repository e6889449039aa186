"""Round 96 (bounds4): after a comma, «، وهو ما …» goes on with the speaker's own consequence
(«…، وهو ما يعني …») instead of ending the reported clause, unless another party takes the thing up —
a reporting verb, bare or with the object pronoun that stands for ما («أكده»، «نفته»), a named body or
person, or a word saying that it came about («حدث»، «بالفعل») — which is the narrator's (guide §6).
Sentences invented for these tests."""

from __future__ import annotations

from conftest import quote_rows


def contents(text: str) -> dict[str, str]:
    return {cue: content for _kind, cue, _speaker, content in quote_rows(text)}


def test_speaker_consequence_goes_on():
    text = (
        "تحدث مدير الميناء عن خطط التوسعة. وأوضح المدير أن الرصيف الجديد سيستقبل السفن الكبيرة "
        "من الشهر المقبل، وهو ما يعني خفض كلفة الشحن على التجار المحليين."
    )
    assert contents(text)["وأوضح"].rstrip(".").endswith("وهو ما يعني خفض كلفة الشحن على التجار المحليين")


def test_speaker_consequence_with_past_verb_goes_on():
    text = (
        "عرض رئيس الجمعية حصيلة العام. وأشار رئيس الجمعية إلى أن التبرعات زادت بنسبة كبيرة هذا العام، "
        "وهو ما ساعد على توسيع برامج الأيتام في القرى البعيدة."
    )
    assert contents(text)["وأشار"].rstrip(".").endswith("توسيع برامج الأيتام في القرى البعيدة")


def test_reporting_verb_with_object_pronoun_ends_the_clause():
    text = (
        "نشرت صحيفة محلية تقريرا عن المصنع. وقال النائب إن المصنع يلقي نفاياته في النهر منذ سنوات، "
        "وهو ما نفته إدارة المصنع في بيان مقتضب."
    )
    assert contents(text)["وقال"].rstrip(".") == "المصنع يلقي نفاياته في النهر منذ سنوات"


def test_named_person_taking_it_up_ends_the_clause():
    text = (
        "اجتمع الوزراء في العاصمة أمس. وذكر المتحدث أن الاتفاق سيوقع قبل نهاية الشهر، وهو ما أكده "
        "الوزير خالد المنصوري للصحفيين بعد الاجتماع."
    )
    assert contents(text)["وذكر"].rstrip(".") == "الاتفاق سيوقع قبل نهاية الشهر"


def test_expectation_that_came_about_ends_the_clause():
    text = (
        "راقب المحللون جلسة التداول بحذر. وتوقع المحلل أن يرتفع مؤشر السوق فوق مستوى الألف نقطة، "
        "وهو ما حدث فعلا في آخر ساعة من الجلسة."
    )
    assert contents(text)["وتوقع"].rstrip(".") == "يرتفع مؤشر السوق فوق مستوى الألف نقطة"
