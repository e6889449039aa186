"""Entities, round 88: joint bodies read as one name. The members after a dual organisation head
(وزارتا، جامعتي) are bodies of their own with the head outside, and an organisation span holding
و + an organisation head with a name after it is two bodies.

Every sentence is written for these tests in the style of Saudi, Gulf and Arab news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract import entities as ent

# --- members after a dual head ---------------------------------------------------------------------


def test_dual_ministries_give_each_portfolio() -> None:
    found = labelled("وبحث ممثلو وزارتي العدل والمالية آلية صرف التعويضات للمتضررين من السيول .")
    assert ("العدل", "ORG") in found
    assert ("المالية", "ORG") in found


def test_dual_ministries_nominative_with_a_two_word_field() -> None:
    found = labelled("وشرعت وزارتا الخدمة المدنية والعمل في مراجعة سلم الرواتب لموظفي القطاع .")
    assert ("الخدمة المدنية", "ORG") in found
    assert ("العمل", "ORG") in found


def test_dual_ministries_keep_a_curated_joined_field() -> None:
    found = labelled("ووقعت الغرفة مع وزارتي التجارة والصناعة والعمل مذكرة لدعم صغار التجار .")
    assert ("التجارة والصناعة", "ORG") in found
    assert ("العمل", "ORG") in found


def test_dual_members_are_not_spread_to_other_mentions() -> None:
    found = labelled("وشرعت وزارتا الصحة والتعليم في حملة مشتركة . ويعاني قطاع الصحة من نقص الكوادر .")
    assert found.count(("الصحة", "ORG")) == 1


def test_dual_head_with_one_member_gives_nothing() -> None:
    found = labelled("وطالب الأهالي وزارتي العدل بسرعة البت في القضايا المتأخرة منذ سنوات .")
    assert ("العدل", "ORG") not in found


def test_dual_ministry_with_a_word_no_ministry_has_gives_nothing() -> None:
    found = labelled("واستقبلت وزارتا الضيوف والزوار في القاعة الكبرى بعد الظهر .")
    assert not any(label == "ORG" and surface in ("الضيوف", "الزوار") for surface, label in found)


def test_dual_universities_named_by_places() -> None:
    found = labelled("وأعلنت جامعتا بغداد والبصرة عن افتتاح أقسام جديدة للهندسة في العام المقبل .")
    assert ("بغداد", "ORG") in found
    assert ("البصرة", "ORG") in found


def test_single_university_named_by_a_place_is_unchanged() -> None:
    found = labelled("وأعلنت جامعة بغداد عن افتتاح أقسام جديدة للهندسة في العام المقبل .")
    assert ("بغداد", "ORG") not in found


# --- two bodies joined by و --------------------------------------------------------------------------


def test_two_bodies_joined_by_wa_are_split() -> None:
    found = labelled("وأكد الاتحاد الأردني لكرة القدم ومحكمة التحكيم الرياضية أن القرار نهائي .")
    assert any(label == "ORG" and surface.startswith("محكمة التحكيم") for surface, label in found)
    assert not any("ومحكمة" in surface or "ومحكمة" in surface.split()[0] for surface, _label in found)


def test_radio_and_television_stays_one_body() -> None:
    found = labelled("وبثت هيئة الإذاعة والتلفزيون المؤتمر على الهواء مباشرة من العاصمة .")
    assert not any(surface == "التلفزيون" for surface, _label in found)


def test_generic_body_after_wa_is_not_split_off() -> None:
    found = labelled("ورحب النواب بالبيان الصادر عن رئاسة الجمهورية والحكومة العراقية أمس .")
    assert ("الحكومة العراقية", "ORG") not in found


def _split(text: str, first: str, last: str) -> list[str]:
    """The surfaces :func:`coordinated_bodies_split` makes of one ORG mention from ``first`` to
    ``last`` (a span the tagger ran together)."""
    doc = ent.Doc(text, (), ())
    t0 = next(t for t, s in enumerate(doc.surfaces) if s == first)
    t1 = next(t for t, s in enumerate(doc.surfaces) if s == last) + 1
    start, end = doc.tokens[t0].start, doc.tokens[t1 - 1].end
    mention = ent.Candidate(start, end, t0, t1, "ORG", "Organization", "crf", 0.85)
    return [text[m.start : m.end] for m in ent.coordinated_bodies_split(doc, [mention])]


def test_run_together_bodies_split_before_the_second_head() -> None:
    parts = _split("وقال الجيش الليبي وقوة الردع الخاصة إن الهدنة صامدة .", "الجيش", "الخاصة")
    assert parts == ["الجيش الليبي", "قوة الردع الخاصة"]


def test_three_run_together_bodies_give_three() -> None:
    text = "وشاركت قوات الأمن الوطني وجيش التحرير الشعبي ومجلس القبائل الموحد في الاجتماع ."
    expected = ["قوات الأمن الوطني", "جيش التحرير الشعبي", "مجلس القبائل الموحد"]
    assert _split(text, "قوات", "الموحد") == expected


def test_head_last_in_the_span_is_not_split() -> None:
    assert _split("وبثت هيئة الإذاعة والتلفزيون الخبر .", "هيئة", "والتلفزيون") == ["هيئة الإذاعة والتلفزيون"]


def test_portfolio_head_after_wa_is_not_split() -> None:
    parts = _split("وأصدرت رئاسة الوزراء والحكومة الليبية بيانا .", "رئاسة", "الليبية")
    assert parts == ["رئاسة الوزراء والحكومة الليبية"]


# --- heads left outside a place ------------------------------------------------------------------------


def test_national_team_before_a_country_is_the_country() -> None:
    found = labelled("وتعادل منتخب الكويت مع ضيفه في المباراة الودية التي أقيمت مساء أمس .")
    assert ("الكويت", "LOC") in found
    assert not any(label == "ORG" and surface.startswith("منتخب") for surface, label in found)
