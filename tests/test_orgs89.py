"""Round 89 (orgs): a firm's indefinite description written in apposition after its name («"لوميرا"
شركة صناعة الهواتف»، «شركة X ، أكبر شركة لصناعة …») stands for the firm, so a later «وقالت
الشركة» speaks for the name (``extract/appositive_body.py``). Sentences written for these tests."""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.appositive_body import appositive_owner
from rasid.model import Entity


def _speakers(text: str) -> list[str | None]:
    return [speaker for _cue, speaker in cue_speakers(text)]


def test_quoted_name_before_its_description():
    text = (
        'تواصل "لوميرا" شركة صناعة الهواتف المحمولة طرح أجهزتها الجديدة في أسواق آسيا هذا الشهر. '
        "وأكدت الشركة أن جهازها القادم سيعمل ببطارية تدوم ثلاثة أيام كاملة."
    )
    assert _speakers(text) == ["لوميرا"]


def test_description_after_comma_and_elative():
    text = (
        'حققت شركة "فيرالكو" ، أكبر شركة لإنتاج الشاحنات في اليابان، نموا في مبيعاتها.\n\n'
        "وقالت الشركة إن مصانعها الجديدة ستعتمد على الطاقة الشمسية بالكامل."
    )
    assert _speakers(text) == ["فيرالكو"]


def test_owner_from_an_entity_ending_before_the_description():
    text = "باعت شركة ألفا ، أكبر شركة للأسمنت في المنطقة، حصتها."
    start = text.index("شركة للأسمنت")
    alpha = text.index("ألفا")
    entity = Entity(alpha, alpha + 4, "ألفا", "ORG", entity_id="e1", canonical="شركة ألفا")
    assert appositive_owner(text, [entity], start) == ("شركة ألفا", (alpha, alpha + 4), "e1")


def test_no_owner_after_a_verb_or_a_long_quotation():
    text = "وافقت الحكومة على العرض وقدمت شركة للمقاولات عرضا آخر."
    assert appositive_owner(text, [], text.index("شركة")) is None
    text = 'قال المدير "سنبني المصنع الجديد قريبا في الشمال" شركة للبناء ستتولى الأعمال.'
    assert appositive_owner(text, [], text.index("شركة")) is None


def test_definite_firm_named_before_is_kept():
    text = (
        "كشفت الشركة السعودية للكهرباء عن مشروع جديد لتوليد الطاقة من الرياح في الشمال.\n\n"
        "وقالت الشركة إن المشروع سيبدأ العمل مطلع العام المقبل."
    )
    assert _speakers(text)[-1] == "الشركة السعودية للكهرباء"
