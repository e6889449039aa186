"""Round 80 (third wave): a nominal attribution's source ends before a number written in digits
(«بحسب الموقع 4.2 مليون …»); a year stays for the time trimming, and a count after a saying noun
whose owner follows («وفقا لتقديرات 64 % ممن …») is not cut (sentences written for these tests)."""

from __future__ import annotations

from conftest import quote_rows


def test_a_source_mid_sentence_ends_before_a_figure() -> None:
    rows = quote_rows("وبلغت القيمة السوقية للمدافع بحسب الموقع 4.2 مليون يورو في نهاية الموسم الماضي.")
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [("بحسب", "الموقع")]


def test_a_plural_source_does_not_take_the_count_after_it() -> None:
    rows = quote_rows("وبلغ عدد المشاركين في السباق وفقا للمنظمين 1200 عداء من عشرين بلدا.")
    assert [cue for _, cue, _, _ in rows] == ["وفقا"]
    speaker = rows[0][2]
    assert speaker is not None and "منظمين" in speaker and "1200" not in speaker


def test_a_figure_before_the_source_stays_in_the_statement() -> None:
    rows = quote_rows("وارتفعت أسعار الشحن بنسبة 12 في المائة خلال الشهر الماضي، بحسب غرفة التجارة.")
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [("بحسب", "غرفة التجارة")]
    assert "12 في المائة" in rows[0][3]


def test_a_year_after_a_report_is_not_cut_as_a_figure() -> None:
    rows = quote_rows("وتراجعت صادرات التمور، بحسب التقرير السنوي لعام 2019 الصادر عن الهيئة.")
    assert [cue for _, cue, _, _ in rows] == ["بحسب"]
    assert rows[0][2] is not None and "2019" not in rows[0][2]


def test_a_count_after_an_owned_saying_noun_is_not_cut() -> None:
    rows = quote_rows(
        "وتصل البطالة إلى 9 في المائة العام المقبل، وفقا لتقديرات 64 % ممن شملهم استطلاع الوكالة."
    )
    assert [cue for _, cue, _, _ in rows] == ["وفقا"]
