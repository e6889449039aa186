"""Entities, round 92: two organisation span conventions of the NER gold.

* A club named by a place and its kind (نادي تبوك الأدبي) keeps its head «نادي»; a sports club
  keeps it outside (نادي [الوحدة]).
* A foreign nationality adjective after a body whose own name ends on a proper word (صحيفة غارديان
  ويكلي البريطانية) stays outside the name, while a common head alone before it (بورصة المصرية)
  or a Saudi adjective (زين السعودية) keeps it.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from dataclasses import replace

from entity_helpers import labelled
from rasid.extract.org_convention import club_kind_head_extended, proper_name_adjective_cut
from rasid.model import Entity


def _orgs(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "ORG"]


def _entity(text: str, surface: str, kind: str | None = None) -> Entity:
    start = text.index(surface)
    return Entity(start=start, end=start + len(surface), text=surface, label="ORG", kind=kind)


def test_literary_club_takes_its_head() -> None:
    text = "وقال عضو مجلس إدارة نادي تبوك الأدبي إن الأمسية الشعرية ستقام الخميس المقبل ."
    [out] = club_kind_head_extended(text, [_entity(text, "تبوك الأدبي")])
    assert out.text == "نادي تبوك الأدبي"


def test_literary_club_head_leaves_its_clitic_outside() -> None:
    text = "وقدم الكاتب مخطوطة روايته الأولى لنادي حائل الأدبي مطلع الشهر الجاري ."
    [out] = club_kind_head_extended(text, [_entity(text, "حائل الأدبي")])
    assert out.text == "نادي حائل الأدبي"


def test_sports_club_keeps_its_head_outside() -> None:
    text = "وتعاقد نادي الوحدة مع مدرب برازيلي لقيادة الفريق الأول في الموسم المقبل ."
    [out] = club_kind_head_extended(text, [_entity(text, "الوحدة", "Sports")])
    assert out.text == "الوحدة"


def test_literary_adjective_without_club_head_is_left() -> None:
    text = "وشارك ملتقى الباحة الأدبي في تنظيم معرض الكتاب للمرة الثانية ."
    [out] = club_kind_head_extended(text, [_entity(text, "الباحة الأدبي")])
    assert out.text == "الباحة الأدبي"


def test_literary_club_in_a_sentence() -> None:
    found = _orgs("وأعلن نادي تبوك الأدبي أمس عن جائزة جديدة للقصة القصيرة موجهة للشباب .")
    assert "نادي تبوك الأدبي" in found


def test_adjective_after_a_proper_name_is_left_out() -> None:
    text = "وذكرت صحيفة غارديان ويكلي البريطانية أن المفاوضات ستستأنف الأسبوع المقبل ."
    [out] = proper_name_adjective_cut(text, [_entity(text, "غارديان ويكلي البريطانية")])
    assert out.text == "غارديان ويكلي"


def test_adjective_after_a_rare_one_word_name_is_left_out() -> None:
    text = "وأعلنت مجموعة فيرتكسون الهولندية عن خطة لافتتاح مصنع جديد في الدمام ."
    [out] = proper_name_adjective_cut(text, [_entity(text, "فيرتكسون الهولندية")])
    assert out.text == "فيرتكسون"


def test_common_head_keeps_its_adjective() -> None:
    text = "وتراجعت أسهم البنوك في بورصة المصرية خلال تعاملات الأسبوع الماضي ."
    [out] = proper_name_adjective_cut(text, [_entity(text, "بورصة المصرية")])
    assert out.text == "بورصة المصرية"


def test_saudi_adjective_is_kept() -> None:
    text = "وأطلقت شركة زين السعودية باقات جديدة لعملائها في المناطق الشمالية ."
    [out] = proper_name_adjective_cut(text, [_entity(text, "زين السعودية")])
    assert out.text == "زين السعودية"


def test_definite_body_keeps_its_adjective() -> None:
    text = "وأكدت وزارة الخارجية الأردنية رفضها للقرار في بيان صدر مساء أمس ."
    [out] = proper_name_adjective_cut(text, [_entity(text, "وزارة الخارجية الأردنية")])
    assert out.text == "وزارة الخارجية الأردنية"


def test_person_is_untouched() -> None:
    text = "والتقى الوزير بالسفير جون ماكنزي البريطاني في مكتبه بالرياض ."
    person = replace(_entity(text, "جون ماكنزي البريطاني"), label="PER")
    [out] = proper_name_adjective_cut(text, [person])
    assert out.text == "جون ماكنزي البريطاني"
