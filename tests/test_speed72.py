"""Round 72 speed: the name-extent helpers that skip or memoise work give what the work gave.

:func:`_after_opening_mark` lets :func:`spelled_out_acronym` skip its regular expression only when
the pattern cannot match; :func:`_fuller_form` is :func:`_fuller_form_of` memoised, so
:func:`completed_to_fuller_body` reads the same forms (and never edits the memo's lists)."""

from __future__ import annotations

import re

import pytest

from rasid.extract import name_extent
from rasid.extract.name_extent import (
    _ACRONYM_CLOSERS,
    _ACRONYM_OPENERS,
    _after_opening_mark,
    _fuller_form,
    _fuller_form_of,
    completed_to_fuller_body,
    spelled_out_acronym,
)

# an invented news text: a body written out before its acronym in marks (spaces inside the marks, a
# line break before one), the acronym again bare, and names never set in marks
TEXT = (
    "أعلنت الهيئة الإقليمية لمراقبة جودة المياه « رقام » أمس نتائج مسحها السنوي.\n"
    "وقالت رقام في بيان إن نسبة التلوث انخفضت. وأكد مجلس إدارة الهيئة الإقليمية لمراقبة جودة "
    "المياه أن المسح شمل 40 محطة، فيما أشار الاتحاد الخليجي لشركات التحلية (\nخلتح) إلى تعاون "
    'قريب. ونقلت وكالة الأنباء المحلية "وامل" التصريحات عن المتحدث سامر الفيحاني.'
)

NAMES = ["رقام", "هيئة رقام", "خلتح", "وامل", "الفيحاني", "المتحدث", "المياه", "أمس", "محطة"]


@pytest.mark.parametrize("name", NAMES)
def test_pre_filter_holds_whenever_the_pattern_matches(name: str) -> None:
    word = name.split()[-1]
    pattern = f"[{_ACRONYM_OPENERS}]\\s*{re.escape(word)}\\s*[{_ACRONYM_CLOSERS}]"
    if re.search(pattern, TEXT):
        assert _after_opening_mark(word, TEXT)


@pytest.mark.parametrize("name", NAMES)
def test_acronym_reading_unchanged_by_the_pre_filter(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    filtered = spelled_out_acronym(name, TEXT)
    monkeypatch.setattr(name_extent, "_after_opening_mark", lambda word, text: True)
    assert filtered == spelled_out_acronym(name, TEXT)


def test_pre_filter_skips_words_never_in_marks() -> None:
    assert not _after_opening_mark("الفيحاني", TEXT)
    assert not _after_opening_mark("غائب", TEXT)
    assert _after_opening_mark("رقام", TEXT)  # («  رقام »: white space after the mark)
    assert _after_opening_mark("خلتح", TEXT)  # ("(\nخلتح": a line break is white space too)


FORMS = [
    "الهيئة الإقليمية لمراقبة جودة المياه",
    "مجلس إدارة الهيئة الإقليمية لمراقبة جودة المياه",
    "الاتحاد الخليجي لشركات التحلية",
    "الاتحاد الخليجي لشركات التحلية الرسمي",
    "وكالة الأنباء المحلية",
]


def test_fuller_form_is_the_uncached_reading() -> None:
    for form in FORMS:
        assert _fuller_form(form) == _fuller_form_of(form)


@pytest.mark.parametrize("name", ["الهيئة الإقليمية", "الاتحاد الخليجي", "مجلس إدارة", "وكالة الأنباء"])
def test_fuller_body_unchanged_by_the_memo(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    memoised = [completed_to_fuller_body(name, FORMS) for _ in range(2)]  # (the second from the memo)
    monkeypatch.setattr(name_extent, "_fuller_form", _fuller_form_of)
    assert memoised == [completed_to_fuller_body(name, FORMS)] * 2
