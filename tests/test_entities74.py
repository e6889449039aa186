"""Entities, round 74: a faculty or committee named by one field inside a named body, generic bodies
with only a nationality adjective, outlet words in datelines and a club named by a common
word read as young people.

Every sentence is written for these tests in the style of Saudi, Gulf and Arab news.
"""

from __future__ import annotations

from entity_helpers import labelled

# --- committees and units ----------------------------------------------------------------------


def test_committee_inside_a_named_body_is_an_organisation() -> None:
    found = labelled("وناقشت لجنة الصيدليات بهيئة الغذاء والدواء المخالفات المسجلة خلال الشهر الماضي .")
    assert ("لجنة الصيدليات", "ORG") in found


def test_committee_in_a_role_phrase_is_left_to_the_person() -> None:
    found = labelled("وقال رئيس لجنة الصيدليات بهيئة الغذاء والدواء خالد العتيبي إن المخالفات تراجعت .")
    assert not any(surface == "لجنة الصيدليات" for surface, _label in found)
    assert ("خالد العتيبي", "PER") in found


def test_committee_of_a_building_is_no_name() -> None:
    found = labelled("ويرأس الإمام عبدالله لجنة المسجد التي تتكون من خمسة أعضاء من أهل الحي .")
    assert not any(surface.startswith("لجنة") for surface, _label in found)


def test_faculty_inside_a_named_university_is_an_organisation() -> None:
    found = labelled("وأعلنت كلية الهندسة بجامعة الملك عبدالعزيز عن حاجتها إلى معيدين في عدة تخصصات .")
    assert ("كلية الهندسة", "ORG") in found


def test_bare_faculty_is_no_name() -> None:
    found = labelled("وحصلت الطالبة على معدل مرتفع يؤهلها لدخول كلية الطب في العام المقبل .")
    assert not any(surface.startswith("كلية") for surface, _label in found)


def test_unit_chaired_by_someone_is_not_located_in_a_body() -> None:
    found = labelled("وعقد مجلس الإدارة اجتماعه الأول برئاسة رجل الأعمال خالد الحربي مساء أمس .")
    assert not any(surface == "مجلس الإدارة" for surface, _label in found)


# --- generic bodies with a nationality adjective ------------------------------------------------


def test_stock_exchange_with_its_nationality_is_no_name() -> None:
    found = labelled("وأغلقت البورصة اليونانية جلستها أمس على انخفاض بعد أسابيع من الإغلاق .")
    assert not any("البورصة" in surface for surface, _label in found)


def test_central_bank_alone_or_with_its_country_is_no_name() -> None:
    found = labelled("وقرر البنك المركزي الروسي خفض سعر الفائدة ، وقال البنك المركزي إن التضخم تراجع .")
    assert not any("البنك المركزي" in surface for surface, _label in found)


def test_european_central_bank_stays_a_name() -> None:
    found = labelled("وأبقى البنك المركزي الأوروبي أسعار الفائدة دون تغيير في اجتماعه أمس .")
    assert ("البنك المركزي الأوروبي", "ORG") in found


def test_ministry_with_its_nationality_stays_a_name() -> None:
    found = labelled("وأعلنت وزارة الخارجية الفرنسية استدعاء السفير للتشاور .")
    assert ("وزارة الخارجية الفرنسية", "ORG") in found


# --- datelines and clubs -------------------------------------------------------------------------


def test_outlet_word_without_a_dateline_is_no_name() -> None:
    found = labelled("وكان الفريق قد سبق له الفوز بالبطولة مرتين .")
    assert not any(surface == "سبق" for surface, _label in found)


def test_place_after_the_outlet_in_a_dateline_stays_a_place() -> None:
    found = labelled("سبق - الرياض : أعلنت أمانة المنطقة إغلاق عدد من الطرق بسبب الأمطار .")
    assert ("الرياض", "LOC") in found
    assert ("الرياض", "ORG") not in found


def test_young_people_are_not_the_club() -> None:
    text = (
        "وفاز الهلال على النصر في الدوري ، وتعادل الأهلي مع الاتحاد في المباراة ، "
        "وأقام النادي معسكرا للاعبي فئة الشباب والناشئين بإشراف المدرب ."
    )
    found = labelled(text)
    assert ("الهلال", "ORG") in found
    assert not any(surface == "الشباب" for surface, _label in found)


def test_the_club_itself_stays_a_name() -> None:
    text = "وفاز الهلال على الشباب في الدوري ، وقال مدرب الشباب بعد المباراة إن الملعب كان صعبا ."
    found = labelled(text)
    assert found.count(("الشباب", "ORG")) == 2
