"""Round 59, trailing attributions: "…، كما قال X" whose verb governs no words of its own after its
source (only an adjunct, or a comma and a clause that is not إن/أن) closes the statement before it,
as when the source ends the sentence. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def quotes(text: str) -> list[tuple[str | None, str]]:
    """``(speaker, content)`` of every quotation the default pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [(q.speaker.name if q.speaker else None, article.text[q.start : q.end]) for q in article.quotes]


def test_as_source_then_an_adjunct_closes_the_statement_before():
    text = (
        "وعادت الكهرباء إلى معظم أحياء المدينة بعد انقطاع دام يومين، كما قال أحد السكان "
        "في اتصال هاتفي مع الصحيفة."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0][1].startswith("عادت الكهرباء")
    assert "السكان" in (found[0][0] or "")


def test_as_source_body_then_a_report_adjunct():
    text = (
        "وارتفع عدد المهاجرين الواصلين إلى الجزر خلال الشهر الماضي، كما قالت المفوضية العليا "
        "للاجئين في تقرير نشر هذا الأسبوع."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0][1].startswith("ارتفع عدد المهاجرين")
    assert "المفوضية" in (found[0][0] or "")


def test_as_source_then_a_comma_and_a_relative_clause():
    text = (
        "وستنطلق الحملة الإعلانية في ثلاث ولايات الأسبوع المقبل، كما قال المتحدث باسم الحملة "
        "سامي العتيبي، الذي رفض ذكر تفاصيل الميزانية."
    )
    found = quotes(text)
    assert ("سامي العتيبي", True) in [(who, content.startswith("ستنطلق الحملة")) for who, content in found]


def test_as_source_with_its_own_that_clause_is_a_new_statement():
    text = "وعادت الكهرباء إلى معظم الأحياء، كما قال أحد السكان في اتصال هاتفي إن المياه انقطعت أيضا."
    assert all(not content.startswith("عادت الكهرباء") for _, content in quotes(text))


def test_as_without_a_comma_compares():
    text = "ويتدرب اللاعبون كل صباح على الكرات الثابتة كما قال المدرب في المؤتمر الصحفي الأخير."
    assert all(not content.startswith("يتدرب اللاعبون") for _, content in quotes(text))


def test_as_without_a_subject_after_another_speakers_words():
    text = (
        "وقال الوزير خالد السالم: «سنفتتح الطريق قبل نهاية العام». والمشروع متأخر عن موعده، "
        "كما قال في وقت سابق."
    )
    found = quotes(text)
    assert all(not content.startswith("المشروع متأخر") for _, content in found)


def test_as_verb_with_its_own_object_is_no_attribution():
    text = "وفتحت المحلات أبوابها صباح الجمعة بعد أسبوع من الإغلاق، كما أعلنت الحكومة الحداد لمدة ثلاثة أيام."
    assert all(not content.startswith("فتحت المحلات") for _, content in quotes(text))


def test_as_verb_with_an_object_after_its_preposition_is_no_attribution():
    text = (
        "وتواصلت أعمال الصيانة في الطريق طوال الأسبوع، كما طالب أهالي الحي بتسريع العمل "
        "قبل بداية العام الدراسي."
    )
    assert all(not content.startswith("تواصلت أعمال") for _, content in quotes(text))


def test_as_source_then_a_relative_clause_and_an_object_is_no_attribution():
    text = (
        "ورفضت اللجنة الطعون المقدمة، كما دعت الهيئة، التي تشرف على الانتخابات منذ سنوات، "
        "جميع المرشحين إلى احترام النتائج."
    )
    assert all(not content.startswith("رفضت اللجنة") for _, content in quotes(text))


# --- "بحسب ما / على ما + verb": the verb's subject is the source as after a verb; "، على ما أعلن X"
# followed only by an adjunct closes the statement before it, as "، كما قال X" does


def test_according_to_what_a_described_person_said():
    text = "وانهار جزء من الجسر القديم فجر اليوم، بحسب ما أفاد مصور في وكالة الأنباء المحلية."
    found = quotes(text)
    assert len(found) == 1
    assert found[0][1].startswith("انهار جزء من الجسر")
    assert "مصور" in (found[0][0] or "")


def test_on_what_source_then_a_report_adjunct():
    text = (
        "وقتل أربعة مدنيين وأصيب عشرة آخرون في القصف، على ما أعلنت المنظمة الدولية للهجرة "
        "في تقرير نشر هذا الأسبوع."
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0][1].startswith("قتل أربعة مدنيين")


def test_on_what_verb_with_its_own_object_is_no_attribution():
    text = "وأغلقت المدارس أبوابها يومين، على ما أعلنت الحكومة الحداد لمدة ثلاثة أيام."
    assert all(not content.startswith("أغلقت المدارس") for _, content in quotes(text))
