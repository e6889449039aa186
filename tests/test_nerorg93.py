"""Entities, round 93: three organisation spans of the NER gold.

* A tagger body that ends on its remit in لل takes the remit's own agreeing relational adjective
  (المجلس الأعلى للأمن القومي), never a nationality adjective, an ordinal or a time noun.
* A listed body of two words or more carries on over a sport's remit in the tagger's span
  (الاتحاد الأوروبي لكرة القدم); a one-word club does not (فريق الاتحاد | لكرة القدم).
* An outlet in marks right after a dateline's place (لندن - « الشرق الأوسط ») is the paper.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract import entities as ent


def _orgs(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "ORG"]


def _doc_at(text: str, word: str) -> tuple[ent.Doc, int]:
    doc = ent.Doc(text, (), ())
    return doc, doc.surfaces.index(word)


# --- a remit's own adjective ---------------------------------------------------------------------


def test_remit_adjective_in_a_sentence() -> None:
    found = _orgs("وأكد المجلس الأعلى للأمن القومي في بيان أمس أن الاتفاق لا يمس الثوابت .")
    assert "المجلس الأعلى للأمن القومي" in found


def test_remit_adjective_agrees_with_a_masculine_remit() -> None:
    text = "وقع اتحاد الواحة للاستثمار التجاري عقدا جديدا مع البلدية ."
    doc, t = _doc_at(text, "التجاري")
    assert ent.remit_adjective_after(doc, t - 3, t)


def test_remit_adjective_agrees_with_a_feminine_remit() -> None:
    text = "أعلنت الشركة الوطنية للصناعات الغذائية موعد توزيع الأرباح ."
    doc, t = _doc_at(text, "الغذائية")
    assert ent.remit_adjective_after(doc, t - 3, t)


def test_remit_adjective_that_does_not_agree_is_left() -> None:
    text = "وقدمت مؤسسة الواحة للإعلام الدرامية الجديدة على شاشتها ."
    doc, t = _doc_at(text, "الدرامية")
    assert not ent.remit_adjective_after(doc, t - 3, t)


def test_nationality_after_a_remit_is_left() -> None:
    text = "وارتفع سهم الخليج للتدريب السعودية في تعاملات اليوم ."
    doc, t = _doc_at(text, "السعودية")
    assert not ent.remit_adjective_after(doc, t - 2, t)


def test_ordinal_after_a_time_remit_is_left() -> None:
    text = "ونظمت بلدية محافظة النماص للعام الثاني مهرجان الورد ."
    doc, t = _doc_at(text, "الثاني")
    assert not ent.remit_adjective_after(doc, t - 4, t)


def test_one_word_body_takes_no_remit_adjective() -> None:
    text = "وأرسل النادي خطابا للاتحاد السعودي بشأن تسجيل اللاعب ."
    doc, t = _doc_at(text, "السعودي")
    assert not ent.remit_adjective_after(doc, t - 1, t)


# --- a listed federation and its sport -------------------------------------------------------------


def test_listed_federation_keeps_its_sport() -> None:
    found = _orgs("وأعلن الاتحاد الأوروبي لكرة القدم أمس عن عقوبات مالية على ثلاثة أندية .")
    assert "الاتحاد الأوروبي لكرة القدم" in found


def test_listed_body_without_a_sport_stays_short() -> None:
    found = _orgs("وقال الاتحاد الأوروبي لليونان إن مهلة السداد انتهت دون اتفاق .")
    assert "الاتحاد الأوروبي" in found


def test_sport_remit_needs_a_listed_sport_word() -> None:
    text = "وقدم الاتحاد الأوروبي لمكافحة الفساد تقريره السنوي ."
    doc, t = _doc_at(text, "لمكافحة")
    assert not ent.sport_remit(doc, t, t + 2)
    doc, t = _doc_at("وأعلن الاتحاد الأوروبي لكرة السلة الجدول .", "لكرة")
    assert ent.sport_remit(doc, t, t + 2)


# --- an outlet after a dateline's place ------------------------------------------------------------


def test_outlet_after_a_dateline_place() -> None:
    found = labelled("لندن - « الشرق الأوسط » : أعلنت الحكومة البريطانية أمس خطة جديدة للإسكان .")
    assert ("الشرق الأوسط", "ORG") in found


def test_outlet_after_a_dateline_colon() -> None:
    found = labelled("واشنطن : « الشرق الأوسط » , بدأ الكونغرس أمس مناقشة الموازنة الجديدة .")
    assert ("الشرق الأوسط", "ORG") in found


def test_region_in_marks_inside_a_sentence_stays_a_place() -> None:
    found = labelled("وسافر الوفد من لندن - « الشرق الأوسط » كما يسميها الرحالة - قبل أيام .")
    assert ("الشرق الأوسط", "ORG") not in found
