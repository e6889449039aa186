"""Round 80 (nerorg): organisation names in the entity stage.

* و + a definite plural of people (والمسلحين، والمقاتلين) after a body named by a field that is not
  itself people is a second party beside the body, not more of its name (قوات النظام والمسلحين
  الموالين لها: no organisation), while members listed in a union's name (نقابة المهندسين
  والمساحين) and a second field joined by و (وزارة البيئة والمياه) stay in.

Every sentence is invented for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract.entities import definite_people_plural


def orgs(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "ORG"]


def test_people_joined_after_a_field_are_a_second_party() -> None:
    assert orgs("وتبادلت قوات النظام والمسلحين الحلفاء إطلاق النار قرب السد الشرقي.") == []


def test_fighters_joined_after_the_army_are_no_name() -> None:
    assert orgs("وقصفت قوات الجيش والمقاتلين الحلفاء مواقع المعارضة شرق البلدة.") == []


def test_members_listed_in_a_union_name_stay() -> None:
    assert orgs("وطالبت نقابة المهندسين والمساحين بزيادة الرواتب.") == ["نقابة المهندسين والمساحين"]


def test_second_field_joined_by_و_stays() -> None:
    assert orgs("وأعلنت وزارة البيئة والمياه عن حملة جديدة لترشيد الاستهلاك.") == ["وزارة البيئة والمياه"]


def test_people_plural_shapes() -> None:
    assert definite_people_plural("المسلحين")
    assert definite_people_plural("الحوثيين")
    assert not definite_people_plural("المياه")
    assert not definite_people_plural("التعليم")
