"""Round 87 (orgmiss): organisations' statements the quotation stage missed.

أعلن + subject + its own عن + a noun phrase stating something counts (annotation guide §2): right
after the subject the noun after عن is read by the same test as after an adjunct (a verbal noun of a
simple verb, a derived one, a plan), and a later إن/أن belongs to the object once a relative pronoun
came first. Topics, background clauses and كشف keep their old reading. Findings in construct with a
named body ("وأظهرت بيانات البنك المركزي أن") speak for that body, and figures issued by a named
body (الصادرة عن) are no longer the paper's aside with a present تشير.
Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import word_set
from rasid.model import Article
from rasid.pipeline import Options, process


def said(text: str) -> list[tuple[str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_club_announces_signing_after_an() -> None:
    text = "وأعلن نادي الساحل الرياضي عن ضم المهاجم البرازيلي ماركو ليما لثلاثة مواسم مقبلة."
    assert said(text) == [
        ("وأعلن", "نادي الساحل الرياضي", "ضم المهاجم البرازيلي ماركو ليما لثلاثة مواسم مقبلة")
    ]


def test_body_announces_opening_with_indefinite_construct() -> None:
    text = "وأعلنت جمعية مزارعي الورد عن فتح باب التسجيل في معرضها السنوي حتى نهاية الشهر."
    found = said(text)
    assert [(cue, who) for cue, who, _ in found] == [("وأعلنت", "جمعية مزارعي الورد")]
    assert found[0][2].startswith("فتح باب التسجيل")


def test_relief_centre_announces_movement() -> None:
    text = "وأعلن مركز الإغاثة الوطني عن تحرك قوافل برية محملة بالمساعدات إلى البلدات الجبلية."
    assert said(text) == [
        ("وأعلن", "مركز الإغاثة الوطني", "تحرك قوافل برية محملة بالمساعدات إلى البلدات الجبلية")
    ]


def test_later_an_after_a_relative_clause_belongs_to_the_object() -> None:
    text = (
        "وأعلنت هيئة الموانئ عن رفع الرسوم التي وضعت سابقا على رسو المراكب الصغيرة، "
        "مع ملاحظة أن التفتيش الليلي مستمر."
    )
    found = said(text)
    assert [(cue, who) for cue, who, _ in found] == [("وأعلنت", "هيئة الموانئ")]
    assert found[0][2].startswith("رفع الرسوم التي وضعت")


def test_an_clause_before_any_relative_is_still_the_statement() -> None:
    # (negative for the new reading: the verb's own أن clause stays the content)
    text = "وأعلنت الشركة عن طريق متحدثها أن المصنع الجديد سيفتتح في الربيع المقبل."
    found = said(text)
    assert len(found) == 1
    assert found[0][2].startswith("المصنع الجديد سيفتتح")


def test_topic_after_an_is_no_statement() -> None:
    # (negative: عن + a topic noun names what was announced about, guide §2)
    text = "وأعلنت إدارة المهرجان عن موعد الحفل الختامي للدورة الحالية."
    assert said(text) == []


def test_background_announcement_is_no_statement() -> None:
    # (negative: a when-clause narrates the background, guide §3)
    text = "وتذكر السكان الأيام الصعبة عندما أعلنت بلدية الواحة عن ضم ثلاثة أحياء إلى نطاقها الإداري."
    assert said(text) == []


def test_reveal_keeps_the_stricter_reading() -> None:
    # (negative: كشف عن + a bare description right after the subject is not taken by this rule)
    text = "وكشف المدرب عن ضم لاعبين جدد خلال الأيام المقبلة."
    assert all(cue != "وكشف" for cue, _, _ in said(text))


def test_simple_verbal_nouns_in_the_lexicon() -> None:
    assert {"ضم", "شن"} <= word_set("announced_nouns")


def test_figures_of_a_named_body_speak_for_it() -> None:
    text = "وأظهرت بيانات هيئة الموانئ الساحلية أن عدد السفن ارتفع بنسبة الخمس خلال الصيف."
    assert said(text) == [("وأظهرت", "هيئة الموانئ الساحلية", "عدد السفن ارتفع بنسبة الخمس خلال الصيف")]


def test_present_pointing_figures_of_a_named_bank() -> None:
    text = "وتشير أرقام البنك المركزي إلى أن الودائع تراجعت للشهر الثالث على التوالي."
    assert said(text) == [("وتشير", "البنك المركزي", "الودائع تراجعت للشهر الثالث على التوالي")]


def test_figures_issued_by_a_body_in_the_present() -> None:
    text = "وتشير الأرقام الصادرة عن هيئة الإحصاء الوطنية إلى أن البطالة تراجعت في المدن الكبرى."
    assert said(text) == [("وتشير", "هيئة الإحصاء الوطنية", "البطالة تراجعت في المدن الكبرى")]


def test_figures_with_no_issuer_stay_the_papers_aside() -> None:
    # (negative: findings without a named issuer are no quotation, guide §3)
    assert said("وتشير الأرقام الرسمية إلى أن البطالة تراجعت في المدن الكبرى.") == []
    assert said("وأظهرت نتائج الانتخابات أن الحزب الحاكم فقد أغلبيته في البرلمان.") == []


def test_figures_of_a_person_are_not_taken_as_a_body() -> None:
    # (negative: the findings noun is passed over only before a body)
    assert said("وأظهرت بيانات الوزير سالم العتيبي أن الاستثمارات تجاوزت مليار ريال.") == []
