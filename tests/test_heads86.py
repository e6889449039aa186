"""Round 86: indefinite occupations and roles open an unnamed source (an investigator, investors,
women experts), and «اعتبر» takes an indefinite subject right before «أن» when no object stands
between (sentences written for these tests)."""

from __future__ import annotations

from conftest import ranked_speakers
from rasid.extract.indefinite_source import _WORD, _head_at, _subject_only_before_complement


def _words(phrase: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(phrase)]


def test_an_investigator_keeps_his_qualifier():
    text = "وقال محقق من هيئة الرقابة إن الأوراق المالية اختفت من الخزنة قبل أسبوعين."
    assert ranked_speakers(text) == ["محقق من هيئة الرقابة"]


def test_investors_keep_their_sector():
    text = "وأوضح مستثمرون في قطاع العقار أن الطلب على الشقق الصغيرة تضاعف خلال الصيف."
    assert ranked_speakers(text) == ["مستثمرون في قطاع العقار"]


def test_women_experts_open_a_source():
    assert _head_at(_words("خبيرات في علوم البحار"))
    assert _head_at(_words("سيدات من أهالي القرية"))


def test_a_singular_role_needs_a_qualifier():
    # «معلم» alone before a definite noun is a title in construct, no source head
    assert not _head_at(_words("معلم الرياضيات"))
    assert _head_at(_words("معلم في مدرسة القرية"))


def test_itabara_with_an_indefinite_subject_before_anna():
    text = "واعتبر مختص في شؤون الزراعة أن موسم القمح هذا العام سيكون الأفضل منذ عقد."
    assert _subject_only_before_complement(text, text.index("مختص"), text.index("موسم"))
    assert ranked_speakers(text) == ["مختص في شؤون الزراعة"]


def test_itabara_with_an_object_is_left_alone():
    text = "واعتبر مسؤول القرار بأنه خطوة متأخرة نحو إصلاح شبكة الطرق في المدينة."
    assert not _subject_only_before_complement(text, text.index("مسؤول"), text.index("خطوة"))


def test_itabara_with_bi_anna_is_left_alone():
    text = "واعتبر خبير في الأسواق بأن الارتفاع عابر ولن يدوم طويلا."
    assert not _subject_only_before_complement(text, text.index("خبير"), text.index("الارتفاع"))
