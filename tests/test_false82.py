"""Round 82 (false quotations): a belief or feeling shown by أعرب/أبدى is no quotation, also when

- the clause holds marks: one word (a term, «للترشيد») keeps it indirect, and the speaker's own words
  in marks (mixed) do not turn a belief shown into a statement;
- أبدى takes the noun of belief or feeling as its object with no عن ("وأبدى المصدر اعتقاده أن …").

What stays: أبدى or أعرب with a plain clause and no noun of belief or feeling between.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_a_belief_shown_with_one_marked_word_is_no_quotation() -> None:
    text = "أعرب المحلل نادر الفيفي عن اعتقاده أن البلدية كانت تسعى «للترشيد» في عقود الصيانة هذا العام."
    assert quote_rows(text) == []


def test_a_belief_shown_as_the_object_of_abda_is_no_quotation() -> None:
    assert quote_rows("وأبدى المسؤول اعتقاده أن بعض التأخير قد يحدث في تسليم الوحدات السكنية.") == []


def test_optimism_shown_as_the_object_of_abda_is_no_quotation() -> None:
    text = "أبدى سلمان الرويلي مدرب الفريق تفاؤله بأن يحقق اللاعبون نتائج أفضل في الجولات المقبلة."
    assert quote_rows(text) == []


def test_abda_with_a_plain_clause_still_reports() -> None:
    rows = quote_rows("وأبدى المدير هشام القحطاني أن المشروع متأخر عن جدوله بثلاثة أشهر.")
    assert [row[1] for row in rows] == ["وأبدى"]


def test_abda_with_a_noun_that_is_no_feeling_still_reports() -> None:
    rows = quote_rows("وأبدى المدير هشام القحطاني ملاحظة بأن المشروع متأخر عن جدوله بثلاثة أشهر.")
    assert [row[1] for row in rows] == ["وأبدى"]


def test_araba_an_anna_with_no_noun_still_reports() -> None:
    rows = quote_rows("وأعرب الوزير سعد المطيري عن أن الخطة الجديدة ستخفض زمن الانتظار في المستشفيات.")
    assert [row[1] for row in rows] == ["وأعرب"]


def test_a_belief_with_the_speakers_words_in_marks_is_no_quotation() -> None:
    text = "وأبدى الخبير نادر الفيفي اعتقاده بأن الأسعار «ستعود إلى مستواها السابق قبل نهاية الصيف»."
    assert quote_rows(text) == []


def test_araba_an_anna_with_marks_and_no_noun_still_reports() -> None:
    text = "وأعرب الوزير سعد المطيري عن أن الخطة «ستخفض زمن الانتظار في المستشفيات إلى النصف»."
    assert [row[1] for row in quote_rows(text)] == ["وأعرب"]
