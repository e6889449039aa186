"""Round 85, content overrun: a report its sentence opens with a subordinator (في حين، فيما، بينما،
إذ) ends before the comma that opens the sentence's main clause with another reporting verb and its
own subject, which becomes a quotation of its own. Sentences written for these tests (invented names
and events)."""

from __future__ import annotations

from rasid.extract.quotes import quotes_stage
from rasid.model import Article


def found(text: str) -> list[tuple[str, str]]:
    """``(cue, content)`` of each quotation found in ``text``, in order."""
    article = quotes_stage(Article(id="t", text=text))
    return [(q.cue.text, article.text[q.start : q.end].strip(" .")) for q in article.quotes]


def test_main_clause_after_fi_hin_is_its_own_direct_quotation() -> None:
    text = (
        "وفي حين أكد وزير الزراعة سالم الهاشمي أن المحصول سيتضاعف هذا العام، قال رئيس جمعية "
        "المزارعين نادر الفيصل: «لا نرى أي تحسن في الأسعار»."
    )
    assert found(text) == [
        ("أكد", "المحصول سيتضاعف هذا العام"),
        ("قال", "لا نرى أي تحسن في الأسعار"),
    ]


def test_main_clause_after_baynama_ends_the_subordinate_report() -> None:
    text = "بينما أوضح المتحدث باسم البلدية أن الطريق سيفتح غدا، أعلنت الشرطة إغلاق المنطقة حتى إشعار آخر."
    quotes = found(text)
    assert quotes[0] == ("أوضح", "الطريق سيفتح غدا")
    assert ("أعلنت", "إغلاق المنطقة حتى إشعار آخر") in quotes


def test_wa_fima_opener_with_a_second_named_source() -> None:
    text = (
        "وفيما ذكرت مصادر محلية أن الجسر انهار بسبب الأمطار الغزيرة، قال مهندس في الشركة المنفذة: "
        "«التصدعات ظهرت قبل شهرين»."
    )
    assert found(text)[:2] == [
        ("ذكرت", "الجسر انهار بسبب الأمطار الغزيرة"),
        ("قال", "التصدعات ظهرت قبل شهرين"),
    ]


def test_without_a_subordinator_the_rule_does_not_apply() -> None:
    """A plain sentence keeps what the older rules give it: the content is not cut by this rule."""
    text = "وأكد المدير خالد الرفاعي أن المصنع سيعمل بكامل طاقته، قال إن العمال سيعودون الأسبوع المقبل."
    assert found(text)[0][1].startswith("المصنع سيعمل بكامل طاقته")


def test_verb_without_its_own_subject_stays_in_the_content() -> None:
    """«…، أكد أن …» right after the comma has no subject of its own: not the main clause of a new report."""
    text = (
        "وفي حين أشار الباحث كمال العتيبي إلى أن النتائج أولية، أكد أن العينة صغيرة جدا، "
        "وهو ما يتطلب دراسة أوسع."
    )
    cue, content = found(text)[0]
    assert cue == "أشار" and content.startswith("النتائج أولية، أكد أن العينة صغيرة")


def test_a_non_reporting_verb_after_the_comma_is_left_alone() -> None:
    """Only a reporting verb opens a new report; any other main clause is not this rule's to cut."""
    text = "بينما قال الحارس فؤاد السالم إن الباب كان مغلقا، وصلت سيارة الإسعاف بعد ربع ساعة."
    cue, content = found(text)[0]
    assert cue == "قال" and content.startswith("الباب كان مغلقا، وصلت سيارة الإسعاف")


def test_fa_fi_hin_after_a_comma_opens_a_subordinate_report() -> None:
    text = (
        "ارتفعت أسعار الأعلاف كثيرا، ففي حين أكد التاجر منصور الدوسري أن المخزون يكفي شهرا، "
        "قال المربي عادل القحطاني: «الكميات لا تصل إلينا»."
    )
    assert found(text)[-2:] == [
        ("أكد", "المخزون يكفي شهرا"),
        ("قال", "الكميات لا تصل إلينا"),
    ]


def test_bare_fima_after_a_comma_is_the_narrator_not_a_subordinate_opener() -> None:
    """A bare «، فيما» after a comma needs no main clause after it: a verb after a later comma may be
    the predicate of a subject set off inside the reported clause, and stays in the content."""
    text = (
        "انتهت الجلسة دون اتفاق، فيما قال النائب ماجد الخطيب إن لجنة المالية، أكدت تأجيل التصويت "
        "إلى الشهر المقبل."
    )
    assert found(text) == [("قال", "لجنة المالية، أكدت تأجيل التصويت إلى الشهر المقبل")]
