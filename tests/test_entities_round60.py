"""Entity rules of round 60: a region's directorate named by its sector word and the place (صحة
الطائف), a body head before a generic place head and its place (إمارة منطقة الباحة).

Every sentence is written for these tests in the style of Saudi news.
"""

from __future__ import annotations

from entity_helpers import labelled


def test_sector_word_and_place_is_the_regional_directorate() -> None:
    found = labelled("وأعلنت صحة الطائف أنها اتخذت الإجراءات اللازمة.")
    assert ("صحة الطائف", "ORG") in found
    assert ("الطائف", "LOC") not in found
    assert ("تعليم الرياض", "ORG") in labelled("وأكد مسؤول في تعليم الرياض أن الدراسة تبدأ غدا.")


def test_sector_word_without_a_place_is_no_body() -> None:
    assert not [f for f in labelled("تحسنت صحة المريض كثيرا بعد العملية.") if f[1] == "ORG"]
    assert not [f for f in labelled("تحدث الخبير عن مرور الرياح فوق الجبال.") if f[1] == "ORG"]


def test_body_head_then_region_head_and_place_is_one_body() -> None:
    assert ("إمارة منطقة الباحة", "ORG") in labelled("وقال وكيل إمارة منطقة الباحة إن المشروع اكتمل.")
    assert ("أمانة محافظة جدة", "ORG") in labelled("وقامت أمانة محافظة جدة بافتتاح الحديقة.")


def test_region_head_and_place_alone_stays_a_place() -> None:
    found = labelled("وزار الوفد منطقة الباحة أمس.")
    assert ("الباحة", "LOC") in found
    assert not [f for f in found if f[1] == "ORG"]


def test_directorate_ends_at_its_place() -> None:
    found = labelled("وقد اتخذت صحة الطائف الإجراءات اللازمة بحق المخالفين.")
    assert ("صحة الطائف", "ORG") in found


def test_sector_word_before_a_country_is_a_verbal_noun() -> None:
    found = labelled("ورغم مرور زيمبابوي بأزمات اقتصادية فإنها صمدت.")
    assert ("زيمبابوي", "LOC") in found
    assert not [f for f in found if f[1] == "ORG"]


def test_directorate_named_by_the_entities_stage_still_speaks() -> None:
    # the quotes stage reads «صحة X» as a regional directorate when X is a place or, now, when the
    # entities stage already made «صحة X» one organisation
    from rasid.model import Article
    from rasid.pipeline import process

    text = "وأوضحت صحة الأحساء أن الحالات التي وصلت إلى المستشفى مستقرة، وأن الفرق الطبية تتابع أوضاعها."
    article = process(Article(id="t60", raw=text))
    speakers = [q.speaker.mention.text for q in article.quotes if q.speaker and q.speaker.mention]
    assert speakers == ["صحة الأحساء"]
