"""Entities, round 96: a utility named by its service keeps its head «شركة».

The annotation convention leaves the indefinite head out of a firm's own name (شركة سامسونج →
سامسونج), but a utility named only by what it supplies is «شركة الكهرباء», «شركة المياه»
(utility_firm_nouns.txt): without the head the span is a common noun. The quotation stages see the
same span either way (they read the head put back).

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract.company_head import _utility_firm


def _orgs(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "ORG"]


def test_utility_firm_keeps_its_head() -> None:
    found = _orgs("وتقدم سكان الحي بشكوى إلى شركة الكهرباء بعد انقطاع التيار ثلاث مرات هذا الأسبوع .")
    assert "شركة الكهرباء" in found


def test_water_utility_after_a_clitic_keeps_its_head() -> None:
    found = _orgs("وأرسل المجلس البلدي خطابا لشركة المياه يطالب فيه بإصلاح الخط الرئيسي قبل الصيف .")
    assert "شركة المياه" in found


def test_brand_of_a_common_word_still_drops_the_head() -> None:
    found = _orgs("وافتتحت شركة الاتصالات السعودية مركزا جديدا لخدمة العملاء في حي الروضة .")
    assert not any(f.startswith("شركة") for f in found)


def test_proper_name_after_the_head_still_drops_it() -> None:
    found = _orgs("وقال المدير التنفيذي لشركة سامسونج إن مبيعات الهواتف تراجعت في الربع الأخير .")
    assert "سامسونج" in found and not any(f.startswith("شركة") for f in found)


def test_family_name_after_the_head_still_drops_it() -> None:
    found = _orgs("ووقعت البلدية عقدا مع شركة الرشيدي للخدمات الطبية لتشغيل المركز الصحي الجديد .")
    assert "الرشيدي للخدمات الطبية" in found


def test_service_with_a_further_word_drops_the_head() -> None:
    found = _orgs("وأطلقت شركة المياه الوطنية مشروعا لربط المنازل بالشبكة في ثلاثة أحياء جنوب المدينة .")
    assert not any(f.startswith("شركة") for f in found)


def test_predicate_cases() -> None:
    assert _utility_firm("شركة", "الكهرباء") and _utility_firm("شركة", "المياه")
    assert not _utility_firm("حركة", "المياه")  # only «شركة»
    assert not _utility_firm("شركة", "الدواء")  # a brand of a common word: no service
    assert not _utility_firm("شركة", "سامسونج")
    assert not _utility_firm("شركة", "المياه الوطنية")  # a further word: the firm's own name
