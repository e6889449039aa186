"""Entities, round 50: organisations in constructions of Arabic news — market-report company lists,
a firm's trade after its name, foreign clubs with their nationality adjective, quoted outlets, bylines,
ministries listed by their field, local committees, boards of directors, events named for a place and generic
bodies with a nationality adjective.

Every sentence is written for these tests in the style of Saudi and Gulf news (names made up or common).
"""

from __future__ import annotations

from rasid.model import Article, check_spans
from rasid.pipeline import Options, process


def spans(text: str) -> set[tuple[str, str]]:
    """``(surface, label)`` of every entity mention the stage finds in ``text``."""
    article = process(Article(id="t", raw=text), Options(stages=("clean", "segment", "entities")))
    check_spans(article)
    return {(e.text, e.label) for e in article.entities}


def test_companies_listed_after_shares_are_organisations() -> None:
    found = spans("وتصدرت أسهم شركات الأندلس للتأمين ، ونماء السعودية وبوبا الأكثر تداولا في جلسة الأربعاء .")
    assert {("الأندلس للتأمين", "ORG"), ("نماء السعودية", "ORG"), ("بوبا", "ORG")} <= found
    assert ("السعودية", "LOC") not in found


def test_a_company_list_closed_by_a_ranking_list() -> None:
    found = spans("وجاءت أسهم شركات صافولا ، وجرير والمراعي على قائمة الأسهم الأكثر ربحية هذا الأسبوع .")
    assert {("صافولا", "ORG"), ("جرير", "ORG"), ("المراعي", "ORG")} <= found


def test_shares_of_a_sector_are_no_company_list() -> None:
    found = spans("وارتفعت أسهم شركات التأمين والبتروكيماويات بنسب متفاوتة في السوق المحلية أمس .")
    assert not any(label == "ORG" for _, label in found)


def test_a_firms_trade_in_lil_is_part_of_its_name() -> None:
    found = spans("ووقعت البلدية عقدا مع شركة الرشيدي للخدمات الهندسية لتنفيذ المشروع خلال عام .")
    assert ("الرشيدي للخدمات الهندسية", "ORG") in found  # شركة outside the span (round 59)
    found = spans("وأبرمت الهيئة اتفاقية مع شركة النخبة للتجارة والمقاولات لصيانة المباني الحكومية .")
    assert ("النخبة للتجارة والمقاولات", "ORG") in found


def test_people_a_firm_serves_are_not_its_trade() -> None:
    found = spans("وقدمت شركة المياه للمستهلكين خصومات جديدة على الفواتير هذا الشهر .")
    assert not any("للمستهلكين" in text for text, _ in found)


_SPORTS = "وخاض الفريق مباراة قوية في الدوري وسجل المهاجم هدفين قبل نهاية المباراة . "


def test_a_foreign_club_after_a_match_cue_without_its_adjective() -> None:
    found = spans(_SPORTS + "واختتم الفريق معسكره بلقاء فادوزين السويسري مساء السبت .")
    assert ("فادوزين", "ORG") in found
    assert not any(text.endswith("السويسري") for text, _ in found)


def test_a_transfer_club_with_its_adjective() -> None:
    found = spans(_SPORTS + "وانتقل الظهير رسميا إلى فيرينسي البرتغالي بعقد يمتد ثلاثة مواسم .")
    assert ("فيرينسي", "ORG") in found


def test_no_club_outside_a_sports_story() -> None:
    found = spans("وانتقل المستثمر إلى فيرينسي البرتغالي لافتتاح مصنع جديد للأغذية .")
    assert ("فيرينسي", "ORG") not in found


def test_a_quoted_outlet_is_not_the_place_it_spells() -> None:
    found = spans("وأوضح المسؤول لـ « الشرق الأوسط » أن المفاوضات ستستأنف الأسبوع المقبل .")
    assert ("الشرق الأوسط", "ORG") in found
    assert ("الشرق الأوسط", "LOC") not in found


def test_an_outlet_between_byline_dashes() -> None:
    found = spans("فهد العتيبي - سبق - حائل :\nافتتح أمير المنطقة معرض الكتاب مساء أمس .")
    assert ("سبق", "ORG") in found


def test_ministries_listed_by_their_field() -> None:
    found = spans("وتشارك في اللجنة جهات عدة كوزارة الصحة ، والنقل ، والشؤون البلدية والقروية ، والعدل .")
    assert {("النقل", "ORG"), ("الشؤون البلدية والقروية", "ORG"), ("العدل", "ORG")} <= found


def test_bodies_after_a_ministry_are_not_fields() -> None:
    found = spans("وأكدت وزارة الداخلية ، والأجهزة الأمنية المختصة أن الوضع مستقر في المنطقة .")
    assert not any(text.startswith("الأجهزة") for text, _ in found)


def test_a_local_committee_with_its_remit() -> None:
    found = spans("وتسلمت اللجنة المحلية للانتخابات البلدية طلبات المرشحين أمس .")
    assert ("اللجنة المحلية للانتخابات البلدية", "ORG") in found


def test_an_event_named_for_a_place_holds_no_place() -> None:
    found = spans("ويستعد النادي للمشاركة في دوري أبطال آسيا الموسم المقبل بعد تتويجه .")
    assert ("آسيا", "LOC") not in found
    found = spans("وفاز الدراج الكولومبي بالمرحلة الخامسة من دورة إيطاليا للدراجات .")
    assert ("إيطاليا", "LOC") not in found


def test_generic_bodies_with_a_nationality_are_no_entity() -> None:
    found = spans("وصوت البرلمان النمساوي على القانون ، فيما عززت القوات الفرنسية انتشارها .")
    assert ("البرلمان النمساوي", "ORG") not in found
    assert ("القوات الفرنسية", "ORG") not in found


def test_a_board_of_directors_is_a_role_before_the_body() -> None:
    found = spans("وقال رئيس مجلس إدارة بتروفاك إن الشركة ستوسع أعمالها في الخليج .")
    assert ("بتروفاك", "ORG") in found
    found = spans("واعتمد الاجتماع الأول لمجلس إدارة الهيئة السعودية للمقاولين خطة العام .")
    assert ("الهيئة السعودية للمقاولين", "ORG") in found
