"""Entities, round 59: a firm's span leaves the indefinite head «شركة» out (the annotation
convention), while its canonical name keeps it and the quotation stages read it with the head.

Every sentence is written for these tests in the style of Saudi and Gulf news (names made up or common).
"""

from __future__ import annotations

from dataclasses import replace

from entity_helpers import labelled
from rasid.extract import entities as ent
from rasid.extract.company_head import with_company_heads
from rasid.extract.entities import extract_entities
from rasid.model import Article, Entity
from rasid.pipeline import Options, process


def test_the_head_stays_outside_a_firms_span() -> None:
    text = "وقعت وزارة الصحة عقدا مع شركة الرشيدي للخدمات الطبية لتشغيل المستشفى الجديد ."
    found = [e for e in ent.extract_entities(text) if e.label == "ORG" and "الرشيدي" in e.text]
    assert [(e.text, e.canonical, e.head) for e in found] == [
        ("الرشيدي للخدمات الطبية", "شركة الرشيدي للخدمات الطبية", "شركة")
    ]


def test_a_proclitic_before_the_head_stays_outside_too() -> None:
    assert ("سامسونج", "ORG") in labelled("وقال المدير التنفيذي لشركة سامسونج إن المبيعات ارتفعت .")


def test_a_definite_company_keeps_its_head() -> None:
    found = labelled("وأعلنت الشركة السعودية للكهرباء عن انقطاع مجدول في عدة أحياء .")
    assert ("الشركة السعودية للكهرباء", "ORG") in found


def test_a_firm_named_after_a_city_keeps_its_head() -> None:
    found = labelled("ووقعت الأمانة عقدا مع شركة جدة للتنمية والتطوير العمراني لتطوير الواجهة البحرية .")
    assert not any(surface.startswith("جدة") and label == "ORG" for surface, label in found)


def test_the_quotation_stages_read_the_firm_with_its_head() -> None:
    text = "وقالت شركة الرشيدي للخدمات الطبية في بيان إن التشغيل سيبدأ الشهر المقبل ."
    article = process(Article(id="t", raw=text), Options(stages=("clean", "segment", "entities")))
    firm = next(e for e in article.entities if e.head)
    assert firm.text == "الرشيدي للخدمات الطبية"
    restored = next(e for e in with_company_heads(article).entities if e.entity_id == firm.entity_id)
    assert restored.text == "شركة الرشيدي للخدمات الطبية" and restored.head is None
    quoted = process(Article(id="t", raw=text)).quotes
    assert quoted and quoted[0].speaker is not None and quoted[0].speaker.name.startswith("شركة الرشيدي")


def test_an_entity_without_a_head_is_read_as_it_is() -> None:
    article = Article(id="t", raw="", text="زار بوتين الرياض")
    entity = Entity(start=4, end=9, text="بوتين", label="PER")
    assert with_company_heads(replace(article, entities=(entity,))).entities == (entity,)
    assert "head" not in entity.to_dict() and Entity.from_dict(entity.to_dict()) == entity
    firm = replace(entity, label="ORG", head="شركة")
    assert Entity.from_dict(firm.to_dict()) == firm


def test_a_holding_company_is_one_organisation_to_its_corporate_form() -> None:
    found = labelled("ووافقت الوزارة على تأسيس شركة فهد سالم المطيري وأولاده القابضة برأسمال مليوني ريال .")
    assert ("فهد سالم المطيري وأولاده القابضة", "ORG") in found
    assert not any(label == "PER" for _, label in found)


def test_a_preposition_ends_the_run_to_a_corporate_form() -> None:
    found = labelled("وتملك شركة تطوير مدرجة في البحرين حصة في مجموعة النور القابضة منذ عامين .")
    assert not any(surface.startswith("تطوير") for surface, _ in found)


def test_a_cabinet_in_a_role_phrase_is_no_organisation() -> None:
    found = labelled("واستقبل نائب رئيس مجلس الوزراء وزير الداخلية الأمير نايف السفير الياباني .")
    assert ("مجلس الوزراء", "ORG") not in found
    found = labelled("وأقر مجلس الوزراء في جلسته أمس نظام المرور الجديد .")
    assert ("مجلس الوزراء", "ORG") in found


def test_two_nationality_adjectives_name_a_joint_bank() -> None:
    found = labelled("وأعلن البنك السعودي الفرنسي عن نتائجه المالية للربع الثالث .")
    assert ("البنك السعودي الفرنسي", "ORG") in found


def test_one_nationality_adjective_after_a_body_is_not_taken_by_the_joint_rule() -> None:
    doc = ent.Doc("وقال حزب الأمة المصري إنه سيشارك .", (), ())
    party = ent.Candidate(5, 14, 1, 3, "ORG", None, "crf", 1.0)
    assert doc.text[party.start : party.end] == "حزب الأمة"
    assert ent.joint_nationality_extended(doc, [party]) == [party]
    doc = ent.Doc("وقال الاتحاد العام للعمال إنه سيشارك .", (), ())
    union = ent.Candidate(5, 12, 1, 2, "ORG", None, "crf", 1.0)
    assert doc.text[union.start : union.end] == "الاتحاد"
    assert ent.joint_nationality_extended(doc, [union]) == [union]


def test_two_joint_banks_stay_two_entities() -> None:
    # the second adjective is taken before mentions are grouped: «البنك السعودي» is no shared name
    text = "وأعلن البنك السعودي الهولندي أرباحه ، كما أعلن البنك السعودي الفرنسي نتائجه ."
    banks = [e for e in extract_entities(text) if e.label == "ORG"]
    assert [(e.text, e.canonical) for e in banks] == [
        ("البنك السعودي الهولندي", "البنك السعودي الهولندي"),
        ("البنك السعودي الفرنسي", "البنك السعودي الفرنسي"),
    ]
    assert banks[0].entity_id != banks[1].entity_id


def test_the_federation_is_named_with_its_adjective() -> None:
    text = "وتابع الدوري والمباراة والمدرب والملعب . وقرر الاتحاد الإنجليزي معاقبة اللاعب بعد المباراة ."
    assert ("الاتحاد الإنجليزي", "ORG") in labelled(text)


def test_a_movement_and_a_group_leave_their_head_outside() -> None:
    found = labelled("وقالت حركة حماس إنها ستشارك في الحوار ، فيما رفضت جماعة الإخوان الدعوة .")
    assert ("حماس", "ORG") in found and ("الإخوان", "ORG") in found
    assert not any(surface.startswith(("حركة", "جماعة")) for surface, _ in found)


def test_a_party_keeps_its_head() -> None:
    found = labelled("وأعلن حزب العمال البريطاني برنامجه الانتخابي أمس .")
    assert any(surface.startswith("حزب العمال") for surface, label in found if label == "ORG")


def test_social_platforms_are_organisations() -> None:
    found = labelled("ونشر اللاعب مقطعا على اليوتيوب ، وتداوله المستخدمون عبر الواتساب بكثرة .")
    assert ("اليوتيوب", "ORG") in found and ("الواتساب", "ORG") in found
    assert not any(label == "ORG" for _, label in labelled("وتابع الطلاب الدرس عبر الشاشة بكثرة ."))


def test_the_knee_ligament_is_no_place() -> None:
    found = labelled("ويغيب المدافع شهرين بعد إصابته بقطع في الرباط الصليبي خلال المباراة .")
    assert not any(label == "LOC" for _, label in found)
    assert ("الرباط", "LOC") in labelled("ووصل الوزير إلى الرباط أمس في زيارة رسمية .")
