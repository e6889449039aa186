"""Round 86 (orgspeakers): a body's announcement whose noun-phrase object is a count («عدد من»، «بعض»)
or two coordinated verbal nouns sharing one object («تأجيل وتحويل الرحلات») is a statement of that
body, like «أعلنت الوزارة مقتل ثلاثة مسلحين». Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_announced_count_of_casualties() -> None:
    text = "وأعلنت وزارة الداخلية مقتل عدد من المهربين خلال مطاردة قرب الحدود الشرقية."
    assert said(text) == [("وأعلنت", "وزارة الداخلية")]


def test_announced_count_of_vacancies() -> None:
    text = "وأعلنت وزارة العدل توفر عدد من الوظائف الشاغرة في مكاتبها الإقليمية."
    assert said(text) == [("وأعلنت", "وزارة العدل")]


def test_announced_some_of_the_flights() -> None:
    text = "وأعلنت شركة طيران الواحة تأجيل بعض رحلاتها المسائية بسبب العاصفة الرملية."
    assert said(text) == [("وأعلنت", "شركة طيران الواحة")]


def test_two_coordinated_verbal_nouns_share_the_object() -> None:
    text = "وأعلنت شركة طيران الواحة تأجيل وتحويل الرحلات القادمة إلى مطار الشمال بسبب الضباب."
    assert said(text) == [("وأعلنت", "شركة طيران الواحة")]


def test_coordinated_verbal_nouns_with_a_count() -> None:
    text = "وأعلنت بلدية المدينة تركيب وتشغيل عشرين إشارة ضوئية جديدة على الطريق الدائري."
    assert said(text) == [("وأعلنت", "بلدية المدينة")]


def test_a_count_after_a_plain_noun_is_no_statement() -> None:
    # (negative: "the number of" after a title or place noun does not make a statement)
    text = "وزار رئيس عدد من الجمعيات الخيرية مقر البلدية أمس."
    assert said(text) == []


def test_coordinated_nouns_with_tanween_are_no_construct() -> None:
    # (negative: indefinite nouns with tanween are no verbal nouns in construct)
    text = "وأعلنت الشركة تقديراً وتكريماً للموظفين المتميزين."
    assert said(text) == []


def test_announced_definite_act_with_its_preposition() -> None:
    text = "وأعلنت الشرطة الاتحادية التعرف على سائق الشاحنة التي اقتحمت السوق الشعبي."
    assert said(text) == [("وأعلنت", "الشرطة الاتحادية")]


def test_announced_agreement_reached() -> None:
    text = "وأعلنت وزارة الطاقة التوصل إلى تسوية مع الموردين بشأن الديون المتأخرة."
    assert said(text) == [("وأعلنت", "وزارة الطاقة")]


def test_announced_definite_thing_is_no_act() -> None:
    # (negative: a definite object that is no verbal noun of an act, "the results", is a topic)
    text = "وأعلنت لجنة المسابقة النتائج في حفل أقيم مساء أمس."
    assert said(text) == []


def test_definite_act_after_another_verb_is_not_announced() -> None:
    # (negative: the rule is أعلن's own; "ناقشت" takes no statement)
    text = "وناقشت لجنة المسابقة التعرف على أسباب تأخر الجوائز."
    assert said(text) == []


def test_adverb_between_subject_and_announced_act() -> None:
    text = "وأعلنت بلدية الواحة مؤخراً إطلاق موسم الشتاء في المنطقة الجنوبية."
    assert said(text) == [("وأعلنت", "بلدية الواحة")]


def test_repeated_announcement_adverb_is_left_out() -> None:
    # (negative: مرارا, a repeated announcement, is not in the adverb list)
    text = "وأعلنت بلدية الواحة مرارا إطلاق موسم الشتاء في المنطقة الجنوبية."
    assert said(text) == []


def test_adverb_then_a_superlative_is_no_statement() -> None:
    # (negative: after the adverb only a verbal noun opens the statement, not "the best of")
    text = "وأعلنت لجنة التحكيم مؤخرا أفضل العروض المسرحية لهذا الموسم."
    assert said(text) == []
