"""Round 95 (newspk): a lone given name that speaks again («يقول سامر») takes the fuller name the
article wrote with it also when that family name is a compound opened by أبو («سامر أبو حمدة»).
Sentences invented for these tests (people and events are fictitious)."""

from __future__ import annotations

from conftest import cue_speaker_contents
from rasid.extract.quotes import _fuller_name_after_given, _fuller_names_after_given


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(cue, who) for cue, who, _ in cue_speaker_contents(text)]


def test_a_compound_family_name_opened_by_abu_is_the_fuller_name() -> None:
    text = "التقينا الزائر سامر أبو حمدة عند باب الفندق صباح الجمعة وهو يحمل حقيبته الصغيرة."
    assert _fuller_names_after_given(text, "سامر") == {"سامر أبو حمدة"}
    text = "وصلت المعلمة هالة أبو الخير إلى القرية قبل بدء العام الدراسي بيومين فقط."
    assert _fuller_names_after_given(text, "هالة") == {"هالة أبو الخير"}


def test_abu_before_no_name_word_adds_nothing() -> None:
    text = "جلس سامر أبو في الزاوية البعيدة من المقهى ينتظر صديقه القادم من المدينة."
    assert _fuller_names_after_given(text, "سامر") == set()


def test_a_kunya_with_a_family_name_after_it_is_another_person() -> None:
    text = "وفي الربيع حذر القائد سليم أبو بكر البغدادي من أي محاولة لعبور الحدود الشرقية."
    assert _fuller_names_after_given(text, "سليم") == set()


def test_a_lone_given_name_speaker_takes_the_compound_family_name() -> None:
    text = (
        "وصل الزائر سامر أبو حمدة إلى المدينة القديمة مع أسرته قبل العيد بثلاثة أيام. "
        "وعن رحلته يقول سامر: كانت الطرق مزدحمة لكن التنظيم كان ممتازا طوال الطريق."
    )
    assert ("يقول", "سامر أبو حمدة") in speakers(text)


def test_two_compound_family_names_with_the_given_name_give_none() -> None:
    text = (
        "حضر الحفل سامر أبو حمدة وابن عمه سامر أبو ليلى مع عدد من أبناء الحي القديم. "
        "وعن الحفل يقول سامر: كان التنظيم جيدا والحضور كبيرا هذا العام."
    )
    assert _fuller_name_after_given(text, "سامر") is None  # (two people)
