"""Entity rules of round 57 for places named with a head noun: a hospital's class, castle and
countryside heads, a land noun + nationality adjective, a state's head outside its name, and a
second place behind a proclitic.

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

import rasid.extract.entities as ent
from entity_helpers import labelled

# --- places named with a head -------------------------------------------------------------------------


def test_hospital_class_ends_the_hospital_name() -> None:
    found = labelled("ونقل المصاب إلى مستشفى الخرج العام لتلقي العلاج.")
    assert ("مستشفى الخرج العام", "LOC") in found


def test_year_after_general_is_not_the_hospital_class() -> None:
    found = labelled("وافتتح مستشفى الخرج العام الماضي بحضور المحافظ.")
    assert ("مستشفى الخرج", "LOC") in found
    assert not any(surface.endswith("العام") for surface, _label in found)


def test_castle_and_countryside_heads_stay_inside_the_place() -> None:
    found = labelled("وقصفت الطائرات مواقع في ريف حمص قرب قلعة حلب.")
    assert ("ريف حمص", "LOC") in found
    assert ("قلعة حلب", "LOC") in found


def test_land_noun_with_nationality_adjective_is_a_place() -> None:
    found = labelled("وتسلل المهربون من الأراضي العراقية إلى بالأراضي الكويتية.")
    assert ("الأراضي العراقية", "LOC") in found
    assert ("الأراضي الكويتية", "LOC") in found


def test_land_noun_with_an_ordinary_adjective_is_no_place() -> None:
    found = labelled("وارتفعت أسعار الأراضي الزراعية هذا العام.")
    assert not any(surface.startswith("الأراضي") for surface, _label in found)


def test_state_head_stays_outside_the_country() -> None:
    found = labelled("واستقبل رئيس جمهورية مصر العربية سفير سلطنة عمان وسفير جمهورية الإكوادور المملكة.")
    assert ("مصر العربية", "LOC") in found
    assert ("عمان", "LOC") in found
    assert ("الإكوادور", "LOC") in found
    assert not any(surface.startswith(("جمهورية", "سلطنة")) for surface, _label in found)


def test_a_state_keeps_the_adjectives_of_its_official_name_and_folds_to_the_country() -> None:
    text = (
        "وهنأ ملك مملكة البحرين رئيس جمهورية كوريا الشعبية الديمقراطية، "
        "ثم زار مصر ومسؤولي جمهورية مصر العربية."
    )
    mentions = {e.text: e.canonical for e in ent.extract_entities(text)}
    assert mentions["كوريا الشعبية الديمقراطية"] == "كوريا الشمالية"
    assert mentions["مصر العربية"] == "مصر"  # one entity with the plain مصر
    assert mentions["البحرين"] == "البحرين"


def test_an_adjective_outside_the_official_name_stays_out() -> None:
    found = labelled("وزار الوفد جمهورية مصر الشقيقة الأسبوع الماضي.")
    assert ("مصر", "LOC") in found
    assert not any("الشقيقة" in surface for surface, _label in found)


def test_second_place_behind_a_proclitic_is_its_own_place() -> None:
    found = labelled("ودارت اشتباكات في محافظة لحج وتعز، وفي منطقة كرش بلحج.")
    assert ("لحج وتعز", "LOC") not in found
    assert ("كرش بلحج", "LOC") not in found
    assert ("كرش", "LOC") in found


def test_country_after_a_region_stays_in_its_name() -> None:
    found = labelled("وزار الوفد إقليم كردستان العراق الأسبوع الماضي.")
    assert ("كردستان العراق", "LOC") in found
