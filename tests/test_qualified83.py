"""Round 83: an unnamed source or group keeps its qualifier as first given — a consultant, a dealer,
an agent or a spokesman with a في/من/ب phrase; a description ends before «إلى» (the verb's own) and,
after «بحسب», at its «فإن» (sentences written for these tests)."""

from __future__ import annotations

from conftest import ranked_speakers
from rasid.extract.indefinite_source import _closed_by_complement, _complement, _description
from rasid.text.normalize import word_key


def test_consultants_keep_their_field():
    text = "وأوضح استشاريون في أمراض القلب أن قلة النوم ترفع ضغط الدم لدى الشباب."
    assert ranked_speakers(text) == ["استشاريون في أمراض القلب"]


def test_an_agent_ends_before_the_verbs_own_ila():
    text = "وأشار عميل في دائرة الجمارك إلى المتهم على أنه نقل البضائع عبر الميناء مرات عدة."
    found = _description(text, text.index("عميل"), text.index("نقل"))
    assert found is not None
    assert text[found[0] : found[1]] == "عميل في دائرة الجمارك"


def test_a_dealer_after_bihasab_ends_at_its_fa_inna():
    text = "وبحسب متعاملين في سوق الذهب فإن الأسعار ارتفعت بنسبة خمسة في المئة خلال أسبوع."
    found = _description(text, text.index("متعاملين"), text.index("الأسعار"))
    assert found is not None
    assert text[found[0] : found[1]] == "متعاملين في سوق الذهب"
    assert _closed_by_complement(text, found[1])


def test_a_joined_fa_or_wa_complement_closes_a_description():
    assert _complement(word_key("فإن")) and _complement(word_key("وأنه"))
    assert not _complement(word_key("فارس"))


def test_bihasab_without_a_complement_is_no_description():
    # (a comma, not «فإن», ends the phrase: the nominal attribution stays as the rules read it)
    text = "وبحسب متعاملين في سوق الذهب، ارتفعت الأسعار بنسبة خمسة في المئة."
    found = _description(text, text.index("متعاملين"), text.index("ارتفعت"))
    assert found is None or not _closed_by_complement(text, found[1])


def test_a_spokesman_keeps_the_city_of_his_embassy():
    text = "وقال ناطق باسم السفارة الكندية في نيروبي إن الموظفين الثلاثة بخير."
    assert ranked_speakers(text) == ["ناطق باسم السفارة الكندية في نيروبي"]


def test_a_named_member_is_the_person():
    text = "وقال عضو مجلس الإدارة سالم الفهيدي إن النادي سيتعاقد مع مدرب جديد."
    assert ranked_speakers(text) == ["سالم الفهيدي"]


def test_a_qualifier_stops_before_a_statement_occasion():
    text = "وقال مختص في شؤون المياه في تصريح للصحيفة إن مخزون السدود انخفض هذا العام."
    assert ranked_speakers(text) == ["مختص في شؤون المياه"]
