"""The normalisation table, row by row, and the offset map back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.text.normalize import (
    QUOTE_CHARS,
    fold_char,
    normalize,
    normalize_with_offsets,
    strip_tashkeel,
    word_key,
)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("مُحَمَّدٌ", "محمد"),  # tashkeel
        ("قــــال", "قال"),  # tatweel
        ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),  # alef forms
        ("مسؤول مسئول", "مسءول مسءول"),  # hamza on waw / yeh fold together
        ("مستشفى", "مستشفي"),  # alef maksura
        ("القاهرة", "القاهره"),  # teh marbuta
        ("ایران کابل", "ايران كابل"),  # Persian yeh and keheh
        ("٢٠٢٥ ۱۴۰۳", "2025 1403"),  # Arabic-Indic and Persian digits
        ("هل؟ نعم، ولا؛", "هل? نعم, ولا;"),  # Arabic punctuation
        ("بين\u00a0البلدين", "بين البلدين"),  # no-break space
        ("بو\u200bتين\u200f", "بوتين"),  # zero-width and bidi marks
        ("\ufeffروسيا", "روسيا"),  # byte-order mark
        ("\ufefb", "لا"),  # presentation-form ligature (NFKC)
        ("Reuters رويترز", "reuters رويترز"),  # Latin casefolded
        ("  كلمة   \n\n  أخرى  ", "كلمه اخري"),  # white space runs collapse
    ],
)
def test_folding_table(raw: str, key: str) -> None:
    assert normalize(raw) == key


def test_every_quote_character_becomes_a_plain_double_quote() -> None:
    assert normalize(QUOTE_CHARS) == '"' * len(QUOTE_CHARS)
    assert normalize("قال «الأمل» و“الحوار”") == 'قال "الامل" و"الحوار"'


def test_keys_of_spelling_variants_meet() -> None:
    assert normalize("إسطنبول") == normalize("اسطنبول")
    assert normalize("الأمم المتحدة") == normalize("الامم المتحده")


def test_offsets_map_a_key_match_back_to_the_original_text() -> None:
    text = "وصل الرئيسُ إلى إِسْطَنْبُول\u00a0اليوم"
    key, origin = normalize_with_offsets(text)
    assert len(origin) == len(key) + 1
    i = key.index("اسطنبول")
    j = i + len("اسطنبول")
    assert text[origin[i] : origin[j]].startswith("إِسْطَنْبُول")
    assert strip_tashkeel(text[origin[i] : origin[j]]) == "إسطنبول"


def test_offsets_without_collapse_keep_spaces() -> None:
    key, origin = normalize_with_offsets("أ  ب")
    assert key == "ا  ب"
    assert list(origin) == [0, 1, 2, 3, 4]


def test_normalize_does_not_touch_the_input() -> None:
    text = "أكّد"
    normalize(text)
    assert text == "أكّد"


@given(st.text(alphabet="أإآابتةىيؤئءمُحَّـ\u00a0\u200b\ufefb\ufdf2 abc٣", max_size=40))
def test_offset_map_agrees_with_normalize_on_any_text(text: str) -> None:
    key, origin = normalize_with_offsets(text)
    assert key == normalize(text, collapse_space=False)
    assert len(origin) == len(key) + 1 and origin[-1] == len(text)
    assert list(origin) == sorted(origin)
    for k, char in enumerate(key):
        assert char in fold_char(text[origin[k]])


@given(st.text())
def test_a_key_is_the_fold_with_white_space_collapsed(text: str) -> None:
    # (a word of letters and digits skips the white-space pass: the same key either way)
    assert normalize(text) == " ".join(normalize(text, collapse_space=False).split())


@pytest.mark.parametrize(
    "word",
    ["وقالت", "المُتحدِّث", "الرئيــس", "٢٠١٥", "بو\u200bتين", "\ufefbجئ", " مسافة ", "كلمة\u00a0أخرى", ""],
)
def test_the_shared_word_key_is_the_normal_key(word: str) -> None:
    assert word_key(word) == normalize(word)
    assert word_key(word) == normalize(word)  # (the second time from the cache)
