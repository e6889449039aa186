"""Round 82 speed pass (identical output): word-level helpers memoised on their one argument must
answer as their unmemoised bodies do, whatever was asked before; the respelt forms of a name are
computed once per normalised name and still drive :func:`written_spelling`."""

from __future__ import annotations

from rasid.extract.person_extent import (
    _describes_person,
    _word_of_foreign_name,
    completed_across_hyphen,
    without_description,
)
from rasid.extract.quotes import _people_head, names_a_person
from rasid.extract.written_name import _respelt_forms, written_spelling
from rasid.text.normalize import normalize


def test_memoised_word_helpers_answer_as_their_bodies() -> None:
    for helper in (names_a_person, _people_head, _word_of_foreign_name, _describes_person):
        for word in ("الوزيره", "المهندسون", "موظفو", "كارلوس", "الشجره", "محمد", "بيانات"):
            key = normalize(word)
            assert helper(key) == helper.__wrapped__(key)  # (the memo's answer is the body's)
            assert helper(key) == helper(key)  # (asked again: the same, from the memo)


def test_names_a_person_memo_keeps_negative_answers() -> None:
    assert names_a_person(normalize("وزيره")) is True
    assert names_a_person(normalize("طاوله")) is False
    assert names_a_person(normalize("طاوله")) is False  # (a memoised "no" stays "no")


def test_respelt_forms_only_for_names_holding_a_canonical_spelling() -> None:
    assert _respelt_forms(normalize("بنيامين نتنياهو"))  # (a canonical spelling inside the name)
    assert _respelt_forms(normalize("سعيد البرقاوي")) == ()  # (none: nothing to put back)
    assert _respelt_forms(normalize("سعيد البرقاوي")) == ()


def test_written_spelling_through_the_memoised_forms() -> None:
    text = "وصرح بنيامين نتانياهو للصحفيين بأن الزيارة ستؤجل أسبوعا."
    assert written_spelling("بنيامين نتنياهو", text) == "بنيامين نتانياهو"
    assert written_spelling("بنيامين نتنياهو", text) == "بنيامين نتانياهو"  # (forms from the memo)
    # the name as written: nothing to respell, memo or not
    assert written_spelling("بنيامين نتانياهو", text) is None
    assert written_spelling("سعيد البرقاوي", "وأوضح سعيد البرقاوي أن الموسم بدأ مبكرا.") is None


def test_hyphen_completion_unchanged_by_the_word_memo() -> None:
    text = "وصرح المدرب يوركو - ماتياس، عقب المران، بأن الفريق جاهز."
    assert completed_across_hyphen("يوركو", text) == "يوركو - ماتياس"
    assert completed_across_hyphen("يوركو", text) == "يوركو - ماتياس"  # (the word's answer from the memo)
    # an Arabic name's dash opens an aside: never completed
    assert completed_across_hyphen("محمد", "وقال محمد - رحمه الله - إن …") == "محمد"


def test_without_description_memo_answers_as_its_body() -> None:
    for name in ("هشام الدباغ المتحدث باسم الجمعية", "هشام الدباغ", "نائب المدير العام"):
        assert without_description(name) == without_description.__wrapped__(name)
        assert without_description(name) == without_description(name)
    assert without_description("هشام الدباغ المتحدث باسم الجمعية") == "هشام الدباغ"
    # a name opened by a title is left whole, memo or not
    assert without_description("نائب المدير العام") == "نائب المدير العام"
