"""Round 95 (nerfix2): a one-word place right after «بن X» whose word the name list gives as a family
name («… بن ناصر السويد») is the person's family name, and the same word alone after a title later in
the article («المهندس السويد») is that person; after a title's «لل», definite words no organisation
head names (its remit: «للشؤون الفنية») are no organisation. Sentences invented for these tests
(events and people are fictitious)."""

from __future__ import annotations

from rasid.extract.entities import extract_entities


def labelled(text: str, label: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.label == label]


# --- a family name read as a country after «بن X» --------------------------------------------------


def test_country_after_patronymic_is_family_name() -> None:
    text = "وشارك في اللقاء المهندس فهد بن ناصر السويد ، وعدد من أعضاء اللجنة المنظمة."
    assert "فهد بن ناصر السويد" in labelled(text, "PER")
    assert "السويد" not in labelled(text, "LOC")


def test_common_country_after_patronymic_stays_place() -> None:
    text = "ووصل الشيخ سعود بن خالد الكويت مساء الثلاثاء في زيارة تستمر يومين."
    assert "الكويت" in labelled(text, "LOC")
    assert not any(name.endswith("الكويت") for name in labelled(text, "PER"))


def test_country_after_given_name_alone_stays_place() -> None:
    text = "وسافر سالم السويد الأسبوع الماضي لحضور المعرض الدولي للكتاب."
    assert not any(name.endswith("بن سالم السويد") for name in labelled(text, "PER"))


# --- the title and the bare family name later ------------------------------------------------------


def test_title_then_family_name_is_the_person() -> None:
    text = (
        "وأوضح المهندس فهد بن ناصر السويد أن المشروع يسير وفق الخطة. "
        "وأضاف المهندس السويد أن المرحلة الثانية تبدأ بعد شهرين."
    )
    persons = labelled(text, "PER")
    assert persons.count("السويد") == 1
    assert "السويد" not in labelled(text, "LOC")


def test_country_without_title_stays_place() -> None:
    text = (
        "وأوضح المهندس فهد بن ناصر السويد أن المشروع يسير وفق الخطة. "
        "وكان الوفد قد زار السويد في الربيع الماضي لدراسة التجربة."
    )
    assert "السويد" in labelled(text, "LOC")


def test_title_before_country_without_such_person_stays_place() -> None:
    text = "وقال السفير إن السويد ستدعم البرنامج. وأكد الوزير الدنماركي أن بلاده ترحب بذلك."
    assert "السويد" in labelled(text, "LOC")


# --- a title's remit after «لل» ---------------------------------------------------------------------


def test_remit_after_title_is_no_organisation() -> None:
    text = "وأكدت مساعدة المدير العام للشؤون الفنية الدكتورة منى الحربي أن الخطة جاهزة."
    assert not any("شؤون" in name for name in labelled(text, "ORG"))


def test_remit_of_executive_is_no_organisation() -> None:
    text = "ويرى الرئيس التنفيذي للعمليات المهندس ماجد العتيبي أن الطلب سيرتفع هذا العام."
    assert not any("عمليات" in name for name in labelled(text, "ORG"))


def test_services_remit_is_no_organisation() -> None:
    text = "وقال مساعد المدير العام للخدمات الطبية الدكتور سعد الغامدي إن المستشفى جاهز لاستقبال الحالات."
    assert labelled(text, "ORG") == []


def test_construct_after_la_stays_organisation() -> None:
    text = "وأعلن المدير العام لأسواق الريم السيد فهد الشمري افتتاح الفرع الجديد في الحي الشمالي."
    assert "أسواق الريم" in labelled(text, "ORG")


def test_named_body_after_title_stays_organisation() -> None:
    text = "وأعلن المدير العام لشركة الخليج للتموين خالد الزهراني افتتاح الفرع الجديد."
    assert any("الخليج للتموين" in name for name in labelled(text, "ORG"))
