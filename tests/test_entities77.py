"""Entity rules of round 77: places named by an epithet (the holy city, the Hajj sites), named sites
with a facility head, parts of a continent, industrial cities, describing adjectives after a place,
generic bodies that name no one, and the nationality adjective after a body named by a place.

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

from entity_helpers import labelled

# --- places named by an epithet ---------------------------------------------------------------------


def test_holy_city_epithet_is_a_place() -> None:
    found = labelled("وأعلنت الجهات المختصة في العاصمة المقدسة اكتمال استعداداتها لاستقبال المعتمرين.")
    assert ("العاصمة المقدسة", "LOC") in found


def test_hajj_sites_are_a_place() -> None:
    found = labelled("وتنتشر فرق الإسعاف في المشاعر المقدسة طوال أيام التشريق.")
    assert ("المشاعر المقدسة", "LOC") in found


def test_grand_mosque_epithet_is_a_place() -> None:
    found = labelled("ويتوافد ضيوف بيت الله الحرام من مختلف الدول خلال شهر رمضان.")
    assert ("بيت الله الحرام", "LOC") in found


def test_capital_alone_is_no_place() -> None:
    found = labelled("وتشهد العاصمة ازدحاما مروريا كبيرا كل صباح.")
    assert not any(surface.startswith("العاصمة") for surface, _label in found)


# --- named sites with a facility head ----------------------------------------------------------------


def test_camp_with_its_own_name_is_a_place() -> None:
    found = labelled("ويعيش آلاف اللاجئين في مخيم الزعتري شمال الأردن منذ سنوات.")
    assert ("مخيم الزعتري", "LOC") in found


def test_camp_in_a_country_leaves_the_country_alone() -> None:
    found = labelled("ويدخل الفريق معسكر النمسا الأسبوع المقبل استعدادا للموسم الجديد.")
    assert ("النمسا", "LOC") in found
    assert not any(surface.startswith("معسكر") for surface, _label in found)


def test_camp_of_the_team_names_nothing() -> None:
    found = labelled("وعاد اللاعبون إلى معسكر الفريق بعد نهاية المباراة الودية.")
    assert not any(surface.startswith("معسكر") for surface, _label in found)


def test_square_of_a_battle_names_nothing() -> None:
    found = labelled("وقال القائد إن ساحة المعركة تغيرت كثيرا خلال الأيام الماضية.")
    assert not any(surface.startswith("ساحة") for surface, _label in found)


# --- parts of a continent and industrial cities ----------------------------------------------------


def test_compass_adjective_after_a_continent_is_part_of_the_place() -> None:
    found = labelled("وتراجعت مبيعات الشركة في أوروبا الشرقية وآسيا الوسطى خلال الربع الأول.")
    assert ("أوروبا الشرقية", "LOC") in found
    assert ("آسيا الوسطى", "LOC") in found


def test_compass_adjective_after_america_spelt_with_yeh_hamza() -> None:
    found = labelled("وتصدّر الفيلم شباك التذاكر في أميركا الشمالية للأسبوع الثاني.")
    assert ("أميركا الشمالية", "LOC") in found


def test_other_adjective_after_a_continent_stays_outside() -> None:
    found = labelled("وقال الوزير إن أوروبا الموحدة أقوى في مواجهة الأزمات.")
    assert ("أوروبا", "LOC") in found
    assert ("أوروبا الموحدة", "LOC") not in found


def test_compass_adjective_after_a_country_stays_outside() -> None:
    found = labelled("وهطلت أمطار غزيرة على تونس الشمالية أمس.")
    assert ("تونس الشمالية", "LOC") not in found


def test_industrial_city_keeps_its_adjective() -> None:
    found = labelled("ووسّعت الشركة مصنعها في مدينة الجبيل الصناعية خلال العام الماضي.")
    assert ("الجبيل الصناعية", "LOC") in found


def test_city_with_another_adjective_stays_alone() -> None:
    found = labelled("وتستعد جدة التجارية لاستقبال المعرض الدولي للسيارات.")
    assert ("جدة التجارية", "LOC") not in found


# --- describing adjectives after a place ------------------------------------------------------------


def test_historic_adjective_stays_outside_the_place() -> None:
    found = labelled("ورست السفينة في ميناء عدن التاريخي صباح اليوم بعد رحلة طويلة.")
    assert ("ميناء عدن", "LOC") in found
    assert not any(surface.endswith("التاريخي") for surface, _label in found)


def test_air_base_keeps_its_own_adjective() -> None:
    found = labelled("وهبطت الطائرات في قاعدة الملك فيصل الجوية الاستراتيجية مساء الخميس.")
    assert ("قاعدة الملك فيصل الجوية", "LOC") in found


# --- generic bodies and curated aliases -------------------------------------------------------------


def test_saudi_armed_forces_stay_an_organisation() -> None:
    found = labelled("وشاركت القوات المسلحة السعودية في التمرين المشترك شمال المملكة.")
    assert ("القوات المسلحة السعودية", "ORG") in found


def test_stock_market_as_a_common_noun_is_no_organisation() -> None:
    found = labelled("وأغلق مؤشر سوق الأسهم السعودية مرتفعا في تداولات اليوم.")
    assert not any(surface.startswith("سوق الأسهم") for surface, _label in found)


def test_municipal_council_alone_is_no_organisation() -> None:
    found = labelled("وناقش المجلس البلدي خطة تطوير الحدائق العامة في الأحياء الجديدة.")
    assert ("المجلس البلدي", "ORG") not in found


def test_shura_council_stays_an_organisation() -> None:
    found = labelled("وناقش مجلس الشورى تقرير الهيئة العامة للإحصاء في جلسته أمس.")
    assert ("مجلس الشورى", "ORG") in found


# --- a body named by a place and a nationality adjective ------------------------------------------


def test_university_named_by_a_place_leaves_the_adjective_out() -> None:
    found = labelled("وأظهرت دراسة أجرتها جامعة كولومبيا الأمريكية أن النوم المبكر يحسن الذاكرة.")
    assert ("جامعة كولومبيا", "ORG") in found
    assert not any(surface.endswith("الأمريكية") for surface, _label in found)


def test_ministry_keeps_its_nationality_adjective() -> None:
    found = labelled("وقالت وزارة الخارجية الأمريكية إن المحادثات ستستأنف الأسبوع المقبل.")
    assert ("وزارة الخارجية الأمريكية", "ORG") in found
