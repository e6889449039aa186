"""Entities, round 80 (person-name extents): a given name and the person mention right after it are
one person (the tagger split «عبدالمنعم | الدوسري»), unless و, a mark or a longer name comes between.

Every sentence and name is invented for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from rasid.extract.entities import (
    Candidate,
    Doc,
    family_joined_to_given,
)


def _doc(text: str) -> Doc:
    return Doc(text, (), ())


def _person(doc: Doc, words: str) -> Candidate:
    """A tagger person over the first occurrence of ``words`` in the document."""
    start = doc.text.index(words)
    end = start + len(words)
    t0 = next(i for i, tok in enumerate(doc.tokens) if tok.start == start)
    t1 = next(i for i, tok in enumerate(doc.tokens) if tok.end == end) + 1
    return Candidate(start, end, t0, t1, "PER", None, "crf", 0.9)


def test_given_name_and_split_family_name_become_one_person() -> None:
    doc = _doc("وأوضح عبدالكريم المنصوري أن الحملة تبدأ الأسبوع المقبل في الأحياء الشرقية.")
    joined = family_joined_to_given(doc, [_person(doc, "عبدالكريم"), _person(doc, "المنصوري")])
    assert [doc.text[c.start : c.end] for c in joined] == ["عبدالكريم المنصوري"]


def test_foreign_given_name_takes_its_family_name() -> None:
    doc = _doc("وقال داود كيلينتش إن المفاوضات مع الشركاء الأوروبيين تسير ببطء شديد.")
    joined = family_joined_to_given(doc, [_person(doc, "داود"), _person(doc, "كيلينتش")])
    assert [doc.text[c.start : c.end] for c in joined] == ["داود كيلينتش"]


def test_second_person_after_and_stays_apart() -> None:
    doc = _doc("وحضر اللقاء سعود وعبدالله الراجحي من أعضاء مجلس الإدارة.")
    parts = [_person(doc, "سعود"), _person(doc, "وعبدالله الراجحي")]
    assert [doc.text[c.start : c.end] for c in family_joined_to_given(doc, parts)] == [
        "سعود",
        "وعبدالله الراجحي",
    ]


def test_persons_apart_by_a_comma_stay_apart() -> None:
    doc = _doc("وشارك في الندوة فهد، الزامل وآخرون من الباحثين.")
    parts = [_person(doc, "فهد"), _person(doc, "الزامل")]
    assert len(family_joined_to_given(doc, parts)) == 2


def test_repeated_title_word_is_not_a_family_name() -> None:
    doc = _doc("ورفع المشاركون التهنئة إلى ولي ولي العهد بمناسبة العيد.")
    first = _person(doc, "ولي")
    second = _person(doc, "ولي العهد")
    second = Candidate(second.start, second.start + 3, second.t0, second.t0 + 1, "PER", None, "crf", 0.9)
    assert len(family_joined_to_given(doc, [first, second])) == 2


def test_long_second_person_is_not_read_as_a_family_name() -> None:
    doc = _doc("والتقى ماجد سلمان راشد العوفي رئيس الوفد الزائر مساء أمس.")
    parts = [_person(doc, "ماجد"), _person(doc, "سلمان راشد العوفي")]
    assert len(family_joined_to_given(doc, parts)) == 2
