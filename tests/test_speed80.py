"""Round 80's identical-output speed pass: the rewritten helpers give what the code before them gave.

Every sentence here is invented (names, places and events made up for the tests).
"""

from __future__ import annotations

import re

import pytest

from rasid.extract.person_extent import _HYPHEN_PART, _first_after_whole_word, completed_across_hyphen
from rasid.extract.quotes import share_subject_span


def _searched_as_before(name: str, text: str) -> re.Match[str] | None:
    """The search :func:`_first_after_whole_word` replaces: one pattern per name, opened by a look-behind."""
    return re.search(rf"(?<!\w){re.escape(name)}{_HYPHEN_PART.pattern}", text)


TEXTS = [
    "وقال الباحث كوانغ مين - تشول في ندوة بالمدينة الساحلية إن المشروع تأخر",
    "وصرح كوانغ مين للصحفيين، ثم عاد كوانغ مين - تشول فأكد أن الاتفاق قائم",
    "أعلن ماركوس - يوهان برندل أن الفريق سيصل غدا",
    "التقى المدرب فيلو كاسترا - دوناتي بلاعبيه قبل المباراة",
    "قالت المهندسة فيلو كاسترا في الاجتماع - وهو الثاني هذا الشهر - إن العمل مستمر",
    "ذكر مصدر أن ماركوس قد وصل",
    "وكتب بوماركوس - يوهان عن الرحلة ثم قال ماركوس - يوهان إنها طويلة",
    "ماركوس -\tيوهان 12 تحدث أمس",
    "وأضاف ماركوس - 2015 أن الموسم كان صعبا",
    "",
]
NAMES = ["كوانغ مين", "ماركوس", "فيلو كاسترا", "يوهان", "مين"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", NAMES)
def test_first_after_whole_word_finds_what_the_look_behind_pattern_found(name: str, text: str) -> None:
    found, before = _first_after_whole_word(name, text, _HYPHEN_PART), _searched_as_before(name, text)
    assert (found is None) == (before is None)
    if found is not None and before is not None:
        assert found.end() == before.end()
        assert found.groups() == before.groups()


def test_name_inside_a_longer_word_is_passed_over_for_a_later_whole_mention() -> None:
    text = "وكتب بوماركوس - يوهان عن الرحلة ثم قال ماركوس - ليندا إنها طويلة"
    found = _first_after_whole_word("ماركوس", text, _HYPHEN_PART)
    assert found is not None and found.group(1) == "ليندا"


def test_mention_without_hyphen_is_passed_over_for_a_later_hyphenated_one() -> None:
    text = "وصرح كوانغ مين للصحفيين، ثم عاد كوانغ مين - تشول فأكد أن الاتفاق قائم"
    assert completed_across_hyphen("كوانغ مين", text) == "كوانغ مين - تشول"


def test_no_hyphenated_part_leaves_the_name() -> None:
    assert _first_after_whole_word("ماركوس", "ذكر مصدر أن ماركوس قد وصل", _HYPHEN_PART) is None
    assert completed_across_hyphen("ماركوس", "ذكر مصدر أن ماركوس قد وصل") == "ماركوس"
    # (a figure after the hyphen is no part of a name)
    assert completed_across_hyphen("ماركوس", "وأضاف ماركوس - 2015 أن الموسم كان صعبا") == "ماركوس"


def test_name_only_inside_a_longer_word_finds_nothing() -> None:
    assert _first_after_whole_word("ماركوس", "وكتب بوماركوس - يوهان عن الرحلة", _HYPHEN_PART) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال 31٪ منهم إن الخدمة تحسنت", "31٪ منهم"),
        ("ويشير 45 في المئة إلى أن الأسعار سترتفع", "45 في المئة"),
        ("وقال الوزير إن الخطة جاهزة", None),  # no figure after the cue
        ("وأكد 12 مسؤولا أن الطريق مغلق", None),  # a count of people, no share
        ("وقال %28: الوضع مستقر", "%28"),
    ],
)
def test_share_subject_span_reads_only_a_cue_followed_by_a_figure(text: str, expected: str | None) -> None:
    start = text.index(" ")
    found = share_subject_span(text, start, len(text))
    assert (text[found[0] : found[1]] if found else None) == expected
