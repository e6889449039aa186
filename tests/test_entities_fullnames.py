"""Entity rules that give a speaker its fullest name (speaker round 20): a body named in full and
then short, a Gulf father's name written with the article, and a given name alone after a title.

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

from rasid.extract import entities as ent


def _canonicals(text: str, label: str) -> dict[str, str]:
    return {e.text: e.canonical for e in ent.extract_entities(text) if e.label == label}


def test_short_body_name_takes_the_full_name_with_its_nationality() -> None:
    text = (
        "أعلنت هيئة الموانئ الأردنية تأجيل رسو السفن في العقبة. "
        "وقالت هيئة الموانئ في بيانها إن الرياح القوية تمنع الملاحة."
    )
    bodies = _canonicals(text, "ORG")
    assert bodies.get("هيئة الموانئ") == "هيئة الموانئ الأردنية"


def test_short_body_name_of_two_countries_stays_short() -> None:
    text = (
        "وقعت هيئة الموانئ الأردنية مع هيئة الموانئ المصرية اتفاقية للتعاون. "
        "وقالت هيئة الموانئ إن الاتفاقية تشمل تبادل الخبرات."
    )
    bodies = _canonicals(text, "ORG")
    assert bodies.get("هيئة الموانئ") in (None, "هيئة الموانئ")


def test_father_name_with_the_article_is_the_same_person() -> None:
    text = (
        "وقال وزير النفط الشيخ علي عبد الله الفهد الصباح إن الإنتاج مستقر. "
        "وكان الوزير علي العبد الله قد زار الرياض الشهر الماضي."
    )
    people = _canonicals(text, "PER")
    assert people.get("علي العبد الله") == "علي عبد الله الفهد الصباح"


def test_different_second_name_is_not_the_same_person() -> None:
    assert not ent.same_person(("علي", "عبد", "الله", "الصباح"), ("علي", "العبد", "الرحمن"))


def test_given_name_after_an_abbreviated_title_is_the_person_named_in_full() -> None:
    text = (
        "وأوضح مدير المشروع م. فهيد بن سالم العتيبي أن الأعمال تسير وفق الجدول. "
        "وأضاف م. فهيد أن المرحلة الثانية تبدأ في الربيع."
    )
    people = [e for e in ent.extract_entities(text) if e.label == "PER"]
    assert {e.canonical for e in people} == {"فهيد بن سالم العتيبي"}
    assert any(e.text == "فهيد" for e in people)


def test_given_name_without_a_title_is_not_linked() -> None:
    text = "وأوضح مدير المشروع م. فهيد بن سالم العتيبي أن الأعمال تسير وفق الجدول. وزار فهيد الموقع صباح أمس."
    assert not any(e.text == "فهيد" and e.label == "PER" for e in ent.extract_entities(text))
