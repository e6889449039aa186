"""Round 88 (titles and the names after them): a listed name that opens on a function word («بان كي
مون», whose بان reads as بأن) is a person after a title and alone, and علي after a title or its
adjective is the given name when a rare family name follows it, not the preposition على written
with ي. Sentences invented for these tests (events are fictitious)."""

from __future__ import annotations

from conftest import ranked_speakers
from entity_helpers import labelled


def people(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "PER"]


# --- a listed name that opens on a function word ------------------------------------------------


def test_listed_name_after_a_title() -> None:
    text = "وحذر أمين عام المنظمة الدولية بان كي مون من تدهور الأوضاع في المخيمات الحدودية."
    assert "بان كي مون" in people(text)


def test_listed_name_alone_after_a_verb() -> None:
    text = "ورحب بان جي مون بالاتفاق الذي وقعته الأطراف في جنيف مساء الأحد."
    assert "بان جي مون" in people(text)


def test_listed_name_is_the_speaker() -> None:
    text = "وقال أمين عام المنظمة الدولية بان كي مون إن المساعدات لم تصل إلى القرى الجبلية المحاصرة."
    assert ranked_speakers(text) == ["بان كي مون"]


def test_complementizer_bian_is_no_name() -> None:
    text = "وأفاد المتحدث بأن الاجتماع المقبل سيعقد في العاصمة الأسبوع القادم."
    assert people(text) == []


def test_complementizer_bian_before_other_words_is_no_name() -> None:
    text = "وصرح الوزير بان كل الطرق ستفتح أمام الشاحنات بعد الظهر."
    assert people(text) == []


# --- علي after a title before a rare family name -----------------------------------------------


def test_ali_after_title_adjective_before_rare_name() -> None:
    text = "وكتب المدرب الوطني علي كميخ، في تغريدة مساء الجمعة، إن الإدارة تسرعت في قرارها."
    assert "علي كميخ" in people(text)


def test_ali_as_preposition_before_frequent_word_stays() -> None:
    text = "وشدد الوزير علي أهمية التزام المدارس بالمواعيد الجديدة للدوام."
    assert not any(p.startswith("علي") for p in people(text))


def test_ali_as_preposition_before_construct_stays() -> None:
    text = "ووضع المسؤول علي عاتق البلديات مهمة صيانة الطرق الفرعية في القرى."
    assert not any(p.startswith("علي") for p in people(text))


def test_ali_after_verb_stays_a_preposition() -> None:
    text = "وأكد علي ضرورة الإسراع في تنفيذ المشروعات المتعثرة."
    assert not any(p.startswith("علي") for p in people(text))
