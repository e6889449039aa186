"""Round 80 (frames): a frame the rules read but must not report as a quotation keeps its speaker on
the floor for a later subjectless cue.

- the belief shown, «أعرب/أبدى عن + a noun of belief (+ preposition) + أن» («أعرب عن اعتقاده بأن»),
  which the annotation guide lists as no quotation: not reported, yet «وأضاف» after it is the same
  speaker (round 82: also with quoted words in its clause), and a cue inside the clause keeps its frame.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_belief_shown_is_no_quotation() -> None:
    text = "وأعرب المهندس سامر الحلبي عن اعتقاده بأن مشروع الجسر الجديد سيكتمل قبل حلول الصيف."
    assert quote_rows(text) == []


def test_belief_shown_with_participle_is_no_quotation() -> None:
    text = "وزار الأمير المعرض صباح أمس، معربا عن اعتقاده أن الشباب قادرون على المنافسة في الأسواق."
    assert [row for row in quote_rows(text) if row[1] == "معربا"] == []


def test_belief_with_quoted_words_in_its_clause_is_no_quotation() -> None:
    # (round 82: a belief shown stays one when its clause holds the speaker's words in marks)
    text = "وأعرب المهندس سامر الحلبي عن اعتقاده أن الجسر «سيغير حركة المرور في المدينة كلها»."
    assert quote_rows(text) == []


def test_other_nouns_after_about_are_left_to_other_rules() -> None:
    text = "وأعرب المهندس سامر الحلبي عن يقينه من أن مشروع الجسر الجديد سيكتمل قبل حلول الصيف."
    assert [row[1] for row in quote_rows(text)] == ["وأعرب"]


def test_cue_inside_a_silent_clause_opens_its_own_frame() -> None:
    text = (
        "وأعرب الوزير سامر الحلبي عن اعتقاده أن الميزانية تكفي للمشروع وفي الوقت نفسه قال "
        "إن على البلديات أن تراجع خططها قبل نهاية الشهر."
    )
    rows = quote_rows(text)
    assert [row[1] for row in rows] == ["قال"]


def test_speaker_of_silent_feeling_frame_holds_the_floor() -> None:
    text = (
        "وأعرب رئيس نادي الواحة كريم العطار عن اعتقاده بأن الفريق سيعود إلى المنافسة قريبا.\n\n"
        "وأضاف أن إدارة النادي ستتعاقد مع مدرب جديد خلال الأسابيع المقبلة."
    )
    rows = quote_rows(text)
    assert [row[1] for row in rows] == ["وأضاف"]
    assert rows[0][2] is not None and "كريم العطار" in rows[0][2]


def test_reporting_verb_after_about_without_noun_still_counts() -> None:
    rows = quote_rows("وأعرب المتحدث باسم البلدية نادر السالم عن أن أعمال الصيانة ستنتهي خلال أسبوعين.")
    assert [row[1] for row in rows] == ["وأعرب"]


def test_plain_statement_untouched() -> None:
    rows = quote_rows("وقال المهندس سامر الحلبي إن مشروع الجسر الجديد سيكتمل قبل حلول الصيف.")
    assert [row[:3] for row in rows] == [("indirect", "وقال", "سامر الحلبي")]
