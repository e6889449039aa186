"""Round 92 (person precision of the entities stage): the tagger's last word stays in a person's
name when it is a rare word that only looks like a clitic on a common word (a foreign surname), and
a title or nationality pattern's person ends where the tagger's person of the same start ends when
a common word or a place follows. Sentences invented for these tests (events and people are
fictitious)."""

from __future__ import annotations

from rasid.extract.entities import (
    Doc,
    rare_surname_after_clitic,
    run_on_word,
)


def _doc_at(text: str, word: str) -> tuple[Doc, int]:
    doc = Doc(text, (), ())
    return doc, doc.surfaces.index(word)


# --- the tagger's last word kept -----------------------------------------------------------------


def test_rare_foreign_surname_read_as_clitic_is_kept() -> None:
    doc, t = _doc_at("وأنقذ الحارس البرازيلي فرناندو براس مرماه من هدف محقق", "براس")
    assert rare_surname_after_clitic(doc, t)


def test_definite_word_after_clitic_is_not_a_rare_surname() -> None:
    doc, t = _doc_at("وهددت أسرة الضحية فيصل بالانتقام من الجناة", "بالانتقام")
    assert not rare_surname_after_clitic(doc, t)


def test_name_in_marks_is_not_a_rare_surname() -> None:
    doc, t = _doc_at("ونشرت منصة «كارو براس» تقريرا عن أسعار اللاعبين", "براس")
    assert not rare_surname_after_clitic(doc, t)


# --- a pattern person cut at the tagger's end ------------------------------------------------------


def test_common_word_after_name_is_a_run_on() -> None:
    doc, t = _doc_at("وأكد السفير فهد الرويلي صلاحيات البعثة في متابعة شؤون المواطنين", "صلاحيات")
    assert run_on_word(doc, t, len(doc))


def test_place_after_name_is_a_run_on() -> None:
    doc, t = _doc_at("واختار المدرب البرتغالي سيلفا هولندا مقرا لمعسكر الفريق", "هولندا")
    assert run_on_word(doc, t, len(doc))


def test_definite_family_name_is_no_run_on() -> None:
    doc, t = _doc_at("وافتتح الدكتور هشام المعلم الندوة بكلمة عن التعليم", "المعلم")
    assert not run_on_word(doc, t, len(doc))


def test_rare_surname_is_no_run_on() -> None:
    doc, t = _doc_at("وانضم اللاعب الأورغوياني ماتياس أريزميندي إلى الفريق", "أريزميندي")
    assert not run_on_word(doc, t, len(doc))


def test_connector_is_no_run_on() -> None:
    doc, t = _doc_at("واستقبل الأمير تركي بن سعود الوفد الزائر في مكتبه", "بن")
    assert not run_on_word(doc, t, len(doc))
