"""Entities, round 65: a medium's descriptor outside the outlet's own name (kept as the entity's
``head`` for the quotation stages), and a nationality adjective outside a party's, club's or
medium's own name, while descriptive bodies keep both.

Every sentence is written for these tests in the style of Saudi, Gulf and Arab news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract import entities as ent
from rasid.extract.company_head import with_company_heads
from rasid.extract.org_convention import outlet_name_start
from rasid.model import Article

# --- a medium's descriptor -------------------------------------------------------------------------


def test_agency_descriptor_stays_outside_a_known_agency() -> None:
    found = labelled("وقال مسؤول محلي لوكالة رويترز إن الطريق أعيد فتحه مساء أمس .")
    assert ("رويترز", "ORG") in found
    assert not any("وكالة" in surface for surface, _label in found)


def test_news_agency_with_its_news_word_keeps_only_the_name() -> None:
    found = labelled("ونقلت وكالة أنباء الأناضول عن شهود عيان أن الحريق امتد إلى مبنى مجاور .")
    assert ("الأناضول", "ORG") in found


def test_descriptor_is_the_entitys_head_and_the_quotes_read_it_back() -> None:
    text = "وذكرت وكالة الأناضول أن الاجتماع تأجل إلى الأسبوع المقبل ."
    entities = ent.extract_entities(text)
    agency = next(e for e in entities if e.label == "ORG")
    assert (agency.text, agency.head) == ("الأناضول", "وكالة")
    article = Article(id="t", raw=text, text=text, entities=tuple(entities))
    restored = next(e for e in with_company_heads(article).entities if e.label == "ORG")
    assert restored.text == "وكالة الأناضول"


def test_agency_named_by_common_words_keeps_its_descriptor() -> None:
    found = labelled("وأفادت وكالة الأنباء السعودية بأن المجلس وافق على النظام الجديد .")
    assert not any(surface == "الأنباء السعودية" for surface, _label in found)
    assert outlet_name_start(["وكالة", "الأنباء", "السعودية"]) == 0


def test_agency_named_after_a_country_keeps_its_descriptor() -> None:
    assert outlet_name_start(["وكالة", "أنباء", "البحرين"]) == 0


def test_paper_and_channel_descriptors_stay_outside() -> None:
    assert outlet_name_start(["صحيفة", "الوطن"]) == 1
    assert outlet_name_start(["لقناة", "الجزيرة"]) == 1
    assert outlet_name_start(["قناة", "الإخبارية"]) == 0  # a generic media noun: no outlet name after it


# --- a nationality adjective after a proper-named body -----------------------------------------------


def test_adjective_stays_outside_a_known_party() -> None:
    found = labelled("وأعلن حزب العمال البريطاني رفضه للاتفاق الذي أقرته الحكومة .")
    assert ("حزب العمال", "ORG") in found


def test_adjective_stays_outside_a_group_known_with_it() -> None:
    found = labelled("واتهم المتحدث مقاتلين من حزب الله اللبناني بالمشاركة في الهجوم .")
    assert ("حزب الله", "ORG") in found
    assert not any(surface.endswith("اللبناني") for surface, _label in found)


def test_adjective_stays_outside_a_paper_named_by_a_common_word() -> None:
    found = labelled("وذكرت صحيفة الوطن الكويتية أن اللجنة ستعقد اجتماعها الأحد .")
    assert ("الوطن", "ORG") in found


def test_ministry_keeps_its_nationality_adjective() -> None:
    found = labelled("وأعلنت وزارة الداخلية السعودية القبض على ثلاثة متهمين .")
    assert ("وزارة الداخلية السعودية", "ORG") in found


def test_national_federation_keeps_its_nationality_adjective() -> None:
    found = labelled("وقرر الاتحاد السعودي لكرة القدم تأجيل المباراة إلى موعد لاحق .")
    assert not any(surface == "الاتحاد" for surface, _label in found)


# --- a listed firm named by its product and a place -----------------------------------------------


def test_cement_firm_named_after_a_city_is_one_organisation() -> None:
    found = labelled("وتراجعت أرباح شركة أسمنت حائل خلال الربع الثاني من العام .")
    assert ("أسمنت حائل", "ORG") in found
    assert ("حائل", "LOC") not in found


def test_cement_firms_in_a_market_list() -> None:
    found = labelled("وارتفع سهم أسمنت القصيم بنسبة 2 في المائة ، وأسمنت العربية بنسبة 1 في المائة .")
    assert ("أسمنت القصيم", "ORG") in found
    assert ("أسمنت العربية", "ORG") in found


def test_cement_as_a_material_names_no_firm() -> None:
    found = labelled("ويحتاج المشروع إلى أسمنت مقاوم للأملاح ، وارتفعت أسعار الأسمنت في الرياض .")
    assert not any(surface.startswith("أسمنت") or surface.startswith("الأسمنت") for surface, _ in found)


# --- curated names: the coalition against the Islamic State group, a bare house of representatives ---


def test_international_coalition_is_an_organisation() -> None:
    found = labelled("وشنت طائرات التحالف الدولي غارات على مواقع التنظيم شرق المدينة .")
    assert ("التحالف الدولي", "ORG") in found


def test_house_of_representatives_without_its_country() -> None:
    found = labelled("وصوت مجلس النواب بالأغلبية على تعديل قانون الانتخابات .")
    assert ("مجلس النواب", "ORG") in found


# --- a unit head in construct before a body named on its own -----------------------------------------


def test_directorate_head_is_part_of_the_civil_defence_unit() -> None:
    found = labelled("وأوضح المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير أن الحريق أخمد .")
    assert ("مديرية الدفاع المدني", "ORG") in found


def test_command_head_is_part_of_the_border_guard_unit() -> None:
    found = labelled("وأكدت قيادة حرس الحدود بمنطقة تبوك إحباط محاولة تهريب كميات من القات .")
    assert ("قيادة حرس الحدود", "ORG") in found


def test_led_by_is_no_unit_head() -> None:
    found = labelled("وتقدمت قوات بقيادة الجيش اليمني نحو مواقع المتمردين .")
    assert not any(surface.startswith("قيادة") or surface.startswith("بقيادة") for surface, _ in found)


def test_a_clubs_leadership_is_no_unit_head() -> None:
    found = labelled("وانتقد المدرب قرار لقيادة الهلال بشأن العقود الجديدة .")
    assert not any(surface.startswith("قيادة") for surface, _ in found)
