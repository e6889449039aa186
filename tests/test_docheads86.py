"""Round 86 (docheads): a communiqué or leaflet (بلاغ، مطبوع) is a document that speaks for its
issuer, and the subject of a pluperfect issuing clause ("وكانت الهيئة قد أصدرت بيانا") is that
issuer when the document is quoted later (annotation guide: a document speaks for who issued it).
Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def said(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_communique_after_pluperfect_issuer() -> None:
    text = (
        "وكانت جمعية المزارعين الخضراء قد أصدرت بلاغا صحفيا صباح الثلاثاء حول موسم القطاف.\n\n"
        "وأشار البلاغ إلى أن محصول الزيتون تراجع بنسبة كبيرة في السهول الشرقية هذا العام."
    )
    assert said(text) == [("وأشار", "جمعية المزارعين الخضراء")]


def test_statement_after_pluperfect_issuer() -> None:
    text = (
        "وكانت وزارة المياه قد أصدرت بيانا مساء الأحد عن انقطاع الضخ في الأحياء الجنوبية.\n\n"
        "وقال البيان إن فرق الصيانة ستعيد المياه إلى المنازل خلال يومين على الأكثر."
    )
    assert said(text) == [("وقال", "وزارة المياه")]


def test_leaflet_is_a_document() -> None:
    text = (
        "وكانت هيئة السلامة المرورية قد وزعت مطبوعا على السائقين في الطرق السريعة.\n\n"
        "وحذر المطبوع من أن السرعة الزائدة تتسبب في معظم الحوادث المميتة على الطرق."
    )
    assert said(text) == [("وحذر", "هيئة السلامة المرورية")]


def test_pluperfect_subject_of_a_non_issuing_verb_is_not_the_issuer() -> None:
    # (negative: the ministry criticised the communiqué, it did not issue it)
    text = (
        "وكانت وزارة العمل قد انتقدت بلاغا صادرا عن نقابة السائقين يوم الخميس.\n\n"
        "وأشار البلاغ إلى أن الأجور لم تتغير منذ خمس سنوات في قطاع النقل."
    )
    assert said(text) == [("وأشار", "نقابة السائقين")]


def test_communique_without_issuer_is_not_given_a_body() -> None:
    # (negative: no body issued the communiqué in the text; none is invented)
    text = "وأشار البلاغ إلى أن الأمطار الغزيرة أغلقت عدة طرق في القرى الجبلية أمس."
    assert all(name in (None, "البلاغ") for _, name in said(text))
