"""Round 84's identical-output speed cuts: whole-text scans asked once per article or looked for from
the place asked about, never from the top of the text for every quotation. The sentences are
invented (names, bodies and events)."""

from __future__ import annotations

import re

from rasid.extract.clause_source import _sentence_start_before
from rasid.extract.name_extent import _unmarked_plain_text, written_for_unwritten_canonical
from rasid.extract.quotes import _LETTER_RUN, _first_letter_run_holding, _named_before_with_head
from rasid.model import Article, Entity
from rasid.text.normalize import normalize

LEAD = "أعلنت الهيئة الوطنية للمياه خطة جديدة للري. "
LATER = "ثم أصدرت الهيئة الملكية للطرق بيانا مطولا. "
CUE = "وقالت الهيئة إن العمل يبدأ غدا."


def _first_run_by_scan(text: str, part: str) -> int | None:
    """The slow definition: the first run of letters whose key holds ``part``."""
    return next((m.start() for m in _LETTER_RUN.finditer(text) if part in normalize(m.group())), None)


def test_first_letter_run_holding_opens_the_word() -> None:
    text = LEAD + CUE
    part = normalize("الهيئة")[2:]
    assert _first_letter_run_holding(text, part) == text.index("الهيئة")
    assert _first_letter_run_holding(text, part) == _first_run_by_scan(text, part)


def test_first_letter_run_holding_inside_a_word_goes_back_to_its_start() -> None:
    text = "وصرّح رئيسُ الهيئةِ العامةِ للطرق بأن المشروع اكتمل"  # (marks on the letters)
    part = normalize("هيئة")
    assert _first_letter_run_holding(text, part) == text.index("الهيئةِ")
    assert _first_letter_run_holding(text, part) == _first_run_by_scan(text, part)


def test_first_letter_run_holding_none_when_absent() -> None:
    assert _first_letter_run_holding(LEAD + CUE, normalize("مستشفى")) is None


def test_named_before_with_head_finds_the_latest_mention_before() -> None:
    text = LEAD + LATER + CUE
    key = normalize("الهيئة")
    assert _named_before_with_head(text, key, text.index(CUE)) == "الهيئة الملكية"
    assert _named_before_with_head(text, key, text.index(LATER)) == "الهيئة الوطنية"


def test_named_before_with_head_nothing_before_the_first_mention() -> None:
    text = LEAD + CUE
    key = normalize("الهيئة")
    assert _named_before_with_head(text, key, 3) is None  # (the head comes later)
    assert _named_before_with_head(text, normalize("المنظمة"), len(text)) is None  # (never named)


def test_unmarked_plain_text_drops_marks_and_runs_of_space() -> None:
    text = "أكدت شبكة «النور» (الإخبارية)\n\n  أن البث   مستمر"
    assert _unmarked_plain_text(text) == " ".join(re.sub(r"[«»\"“”()]", " ", text).split())
    assert _unmarked_plain_text(text) == "أكدت شبكة النور الإخبارية أن البث مستمر"


def test_written_for_unwritten_canonical_unchanged() -> None:
    text = "وقالت «هيئة النقل البحري» في بيان إن الميناء يعمل."
    start = text.index("هيئة")
    end = start + len("هيئة النقل البحري")
    body = Entity(start, end, text[start:end], "ORG", "org:1", "الهيئة العامة للنقل")
    article = Article(id="speed84", text=text, entities=(body,))
    # the canonical name, never written, gives way to the name as written
    assert written_for_unwritten_canonical("الهيئة العامة للنقل", "org:1", article) == "هيئة النقل البحري"
    # a name the article writes (its marks aside) stays
    assert written_for_unwritten_canonical("هيئة النقل البحري", "org:1", article) == "هيئة النقل البحري"


def test_sentence_start_before_looks_back_from_the_offset() -> None:
    text = "انتهى الاجتماع. وغرد مواطن عماني قائلا إن الطريق مغلق"
    assert _sentence_start_before(text, text.index("قائلا")) == text.index(".") + 1
    assert _sentence_start_before("وغرد مواطن قائلا. ثم انصرف", 5) == 0  # (the stop after it does not count)
    lines = "السطر الأول\nوأضاف مسؤول محلي مبينا أن"
    assert _sentence_start_before(lines, lines.index("مبينا")) == lines.index("\n") + 1
