"""Round 82, person names cut short before a title (rasid.extract.name_extent): a name of two words
or more whose entity stopped one word before a title takes that word when it reads as a family name
(one the names list knows as such often, or one the word clusters never saw), never a known common
word or a word with a clitic. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from name_extent_helpers import extended_name as _name
from name_extent_helpers import person_mention as _mention
from rasid.extract.name_extent import (
    _family_words_before_apposition,
    _rare_word_before_title,
)

# --- the name takes the family name written before its title


def test_an_unseen_family_name_before_a_title() -> None:
    text = "وقالت هديل سالم زرنوقيت مديرة جمعية الأمل للأيتام إن الحملة جمعت تبرعات كثيرة."
    assert _name(text, "هديل سالم") == "هديل سالم زرنوقيت"


def test_a_listed_family_name_before_a_title() -> None:
    text = "وأوضح ماجد حسن أحمد مدير مدرسة الفلاح الأهلية أن الدراسة تبدأ الأحد المقبل."
    assert _name(text, "ماجد حسن") == "ماجد حسن أحمد"


def test_the_test_takes_one_word_only() -> None:
    assert _rare_word_before_title(["زرنوقيت"])
    assert not _rare_word_before_title(["زرنوقيت", "أحمد"])


# --- what the rule must not do


def test_a_known_common_word_before_a_title_is_the_verbs_object() -> None:
    text = "وأعلن سامر يوسف دعوة وزير الصحة إلى زيارة المستشفى الجديد في المدينة."
    mention = _mention(text, "سامر يوسف")
    assert _family_words_before_apposition("سامر يوسف", [mention], text) is None
    assert _name(text, "سامر يوسف") == "سامر يوسف"


def test_a_word_with_a_clitic_before_a_title_is_no_family_name() -> None:
    text = "والتقى سامر يوسف بمزارعي وكيل الوزارة في القرية لبحث موسم الحصاد."
    assert _name(text, "سامر يوسف") == "سامر يوسف"


def test_an_unseen_word_before_no_title_adds_nothing() -> None:
    text = "وقالت هديل سالم زرنوقيت في الحفل إن الحملة جمعت تبرعات كثيرة."
    assert _name(text, "هديل سالم") == "هديل سالم"
