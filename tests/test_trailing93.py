"""Round 93 (trailing): a place named alone after a trailing بحسب/وفقا that closes its sentence
speaks for its government (typed an organization, as the gold does); a place inside the sentence,
or a common noun of place after بحسب ("depending on"), is no source."""

from rasid.model import Article
from rasid.pipeline import Options, process


def _quoted(text: str) -> list[tuple[str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_capital_closing_the_sentence_is_the_source() -> None:
    found = _quoted("وقتل عشرون مقاتلا في الغارات الجوية التي استهدفت المخازن ليلا، بحسب أنقرة.")
    assert found == [("بحسب", "أنقرة", "قتل عشرون مقاتلا في الغارات الجوية التي استهدفت المخازن ليلا")]


def test_capital_glued_to_lam_closing_the_sentence() -> None:
    found = _quoted("وتراجعت صادرات القمح إلى الأسواق المجاورة خلال الصيف، وفقا لواشنطن.")
    assert [(q[0], q[1]) for q in found] == [("وفقا", "واشنطن")]


def test_place_inside_the_sentence_is_no_source() -> None:
    found = _quoted("وتوجه الوفد بحسب أنقرة إلى الحدود لتفقد المعابر المغلقة منذ أسابيع.")
    assert "أنقرة" not in [q[1] for q in found]


def test_common_place_noun_after_according_is_no_source() -> None:
    assert _quoted("وتختلف رسوم التسجيل في المدارس الخاصة بحسب المنطقة.") == []
