"""Round 80 (second wave): nominal attributions whose source is a document's owner glued to ل, or a
body followed by و and a word that is no second source. Sentences invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def speakers(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, quotation text) of every quotation the whole pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [(q.speaker.name if q.speaker else None, q.text) for q in article.quotes]


def test_document_owner_after_lam_keeps_its_name():
    found = speakers("وبحسب تقرير لوكالة رويترز، فإن الشركة ستفتتح ثلاثة مصانع في المنطقة خلال العام المقبل.")
    assert [name for name, _ in found] == ["وكالة رويترز"]


def test_trailing_document_owner_after_lam_keeps_its_name():
    found = speakers("ارتفعت أسعار القمح في الأسواق العالمية بنسبة كبيرة، بحسب تقرير لوكالة بلومبرغ.")
    assert [name for name, _ in found] == ["وكالة بلومبرغ"]


def test_study_owner_after_lam_is_the_body():
    found = speakers("وبحسب دراسة لجامعة القلمون، فإن نصف الطلاب يعانون من قلة النوم.")
    assert [name for name, _ in found] == ["جامعة القلمون"]


def test_body_then_joined_non_source_is_the_body_alone():
    found = speakers(
        "وبلغ النمو في البلاد 3 في المئة العام الماضي، وفقا لصندوق النقد الدولي والجهات المحلية."
    )
    assert [name for name, _ in found] == ["صندوق النقد الدولي"]


def test_two_bodies_joined_stay_two_sources():
    found = speakers("وبحسب وزارة الصحة ومنظمة الهلال الأحمر، فإن عدد المصابين تجاوز المئة.")
    assert sorted(name or "" for name, _ in found) == ["منظمة الهلال الأحمر", "وزارة الصحة"]


def test_body_and_unnamed_source_stay_two_sources():
    found = speakers("وبحسب وزارة الداخلية ومصادر محلية، فإن عدد المصابين تجاوز المئة.")
    assert sorted(name or "" for name, _ in found) == ["مصادر محلية", "وزارة الداخلية"]


def test_body_and_plural_of_people_stay_two_sources():
    found = speakers("وتجمع ألف شخص في الساحة، وفق الشرطة والمنظمين.")
    assert sorted(name or "" for name, _ in found) == ["الشرطة", "المنظمين"]
