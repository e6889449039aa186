"""Entities, round 90: a committee named by one field (قررت لجنة الانضباط) is an organisation where
the text names it outside a role phrase, and only there: the mention is local, never
spread by the article-wide name pass, and an article that names a committee inside a person's title
(«رئيس لجنة الانضباط الدكتور …»، «رئيس اللجنة»، «كعضو في لجنة …») leaves its one-field committees
untagged, since the quotation stages then hand the titled person's words to the committee.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract import entities as ent


def _orgs(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "ORG"]


def test_committee_with_one_field_as_subject() -> None:
    assert "لجنة التحكيم" in _orgs("وأعلنت لجنة التحكيم مساء أمس أسماء الفائزين في مسابقة الشعر النبطي .")


def test_committee_with_one_field_after_a_preposition() -> None:
    assert "لجنة الانضباط" in _orgs("وأحال الاتحاد شكوى النادي إلى لجنة الانضباط لدراسة ما جرى في المباراة .")


def test_committee_with_a_clitic() -> None:
    found = _orgs("وقدم النادي اعتراضه للجنة المسابقات قبل انتهاء المهلة المحددة بيومين .")
    assert any(surface.endswith("لجنة المسابقات") for surface in found)


def test_committee_in_a_role_phrase_stays_unnamed() -> None:
    found = _orgs("وقال رئيس لجنة المسابقات فهد القحطاني إن جدول الجولات سيعلن الأسبوع المقبل .")
    assert not any("المسابقات" in surface for surface in found)


def test_committee_beside_its_chairman_is_left_untagged() -> None:
    text = (
        "وأصدرت لجنة الانضباط قرارها بإيقاف المدافع مباراتين . "
        "وأوضح رئيس لجنة الانضباط الدكتور سالم العتيبي أن القرار نهائي ."
    )
    assert not any("الانضباط" in surface for surface in _orgs(text))
    assert ("سالم العتيبي", "PER") in labelled(text)


def test_committee_beside_a_chairman_named_by_back_reference() -> None:
    text = (
        "وينتظر النادي قرار لجنة الاحتراف في قضية المهاجم . "
        "وتواصلنا مع رئيس اللجنة الدكتور ماجد الشهري فأكد أن القرار سيصدر اليوم ."
    )
    assert not any("الاحتراف" in surface for surface in _orgs(text))


def test_committee_beside_a_member_after_fi() -> None:
    text = "وقال الباحث : أنا كعضو في لجنة التوعية أدعو الأسر إلى الحوار مع أبنائها ."
    assert not any("التوعية" in surface for surface in _orgs(text))


def test_title_before_another_body_keeps_the_committee() -> None:
    text = (
        "وأحالت إدارة النادي الشكوى إلى لجنة الانضباط . "
        "وقال رئيس النادي فيصل الدوسري إن الفريق سيواصل تدريباته ."
    )
    assert "لجنة الانضباط" in _orgs(text)


def test_committee_in_a_title_is_read_once_per_article() -> None:
    doc = ent.Doc("وقال عضو لجنة الحكام إن القرار صائب .", (), ())
    finder = ent.Patterns(doc, {}, set())
    assert finder.committee_in_a_title
    doc = ent.Doc("وأعلنت لجنة الحكام قائمة الحكام الدوليين .", (), ())
    assert not ent.Patterns(doc, {}, set()).committee_in_a_title


def test_committee_of_a_building_stays_unnamed() -> None:
    found = _orgs("واجتمعت لجنة المدرسة بأولياء الأمور لمناقشة خطة الفصل الدراسي الثاني .")
    assert not any("المدرسة" in surface for surface in found)


def test_committee_without_a_definite_field_gives_nothing() -> None:
    found = _orgs("وكلفت البلدية لجنة مختصة بحصر الأضرار التي خلفتها الأمطار في الأحياء .")
    assert not any(surface.startswith("لجنة") for surface in found)


def test_other_strict_heads_keep_needing_two_fields() -> None:
    assert "إدارة المدرسة" not in _orgs("وأكدت إدارة المدرسة أن الدراسة ستستأنف يوم الأحد بعد الصيانة .")
