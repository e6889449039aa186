"""Round 81 (false quotations): frames kept silent — read in full, their speaker kept on the floor
for a later subjectless cue, left out of the output.

- a noun of view: unvowelled, «رأي» spells the past of رأى once ى and ي are read alike. A writer
  who spells إلى، حتى، لدى with ى writes the verb «رأى»; the same writer's «رأي» is the noun («وكان
  رأي اللجنة أن …»، «كان له رأي آخر»), a view held, which the guide does not count;
- a feeling shown: «أعرب/أبدى عن» + a noun of feeling (أمله، قلقه، خشيته، تطلعه), right before its
  clause or as the verb's object before a later one, which the guide lists among the feelings and
  evaluations that are no quotation.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_a_view_held_as_a_noun_is_no_quotation() -> None:
    assert quote_rows("وكان رأي أعضاء اللجنة أن المشروع يحتاج إلى مراجعة شاملة قبل إقراره.") == []


def test_the_silent_view_keeps_its_speaker_for_a_later_cue() -> None:
    rows = quote_rows(
        "وكان رأي المدير التنفيذي سامر الدوسري أن الشركة تحتاج إلى شريك جديد في الخليج. "
        "وأضاف أن المفاوضات مع ثلاث شركات ماضية حتى نهاية العام."
    )
    assert [row[:3] for row in rows] == [("indirect", "وأضاف", "سامر الدوسري")]


def test_the_verb_spelled_with_alif_maqsura_still_reports() -> None:
    rows = quote_rows("ورأى المحلل فهد العتيبي أن الأسعار ستعود إلى الارتفاع حتى نهاية الربع.")
    assert [row[1] for row in rows] == ["ورأى"]


def test_a_writer_who_spells_every_final_alif_as_ya_keeps_the_verb() -> None:
    rows = quote_rows("ورأي المحلل فهد العتيبي أن الأسعار ستعود الي الارتفاع حتي نهاية الربع.")
    assert [row[1] for row in rows] == ["ورأي"]


def test_a_nominal_attribution_over_the_noun_still_counts() -> None:
    rows = quote_rows("وبحسب رأي الخبير سامي الحربي فإن السوق ستتعافى إلى حد كبير قبل نهاية العام.")
    assert len(rows) == 1 and rows[0][2] == "سامي الحربي"


def test_a_reporting_verb_after_the_noun_keeps_the_statement() -> None:
    rows = quote_rows(
        "وكان لرجل الأعمال سامي الحربي رأي آخر، حيث قال: «السوق ستتعافى إلى حد كبير قبل نهاية العام»."
    )
    assert len(rows) == 1 and rows[0][2] == "سامي الحربي"
    assert rows[0][3].startswith("السوق ستتعافى")


def test_a_hope_shown_is_no_quotation_and_keeps_the_floor() -> None:
    rows = quote_rows(
        "وأعرب وزير الاقتصاد سالم النعيمي عن أمله في أن تنتهي المفاوضات قبل نهاية الشهر. "
        "وأضاف أن الجولة المقبلة ستعقد في الرياض."
    )
    assert [row[:3] for row in rows] == [("indirect", "وأضاف", "سالم النعيمي")]


def test_fear_and_longing_shown_are_no_quotation() -> None:
    assert quote_rows("وأبدت الهيئة عن القلق من أن تتأخر الأعمال إلى العام المقبل.") == []
    assert quote_rows("وأعرب المدرب عن تطلعه إلى أن يحقق الفريق نتائج أفضل في الجولات المقبلة.") == []


def test_confidence_shown_still_reports() -> None:
    rows = quote_rows("وأعرب المدرب عن ثقته بأن الفريق سيحقق نتائج أفضل في الجولات المقبلة.")
    assert [row[:3] for row in rows] == [("indirect", "وأعرب", "المدرب")]


def test_a_feeling_noun_without_a_clause_after_it_is_left_alone() -> None:
    rows = quote_rows("وأعرب المدير عن سعادته بالنتائج، مؤكدا أن الشركة ستوسع أعمالها في المنطقة.")
    assert [row[1] for row in rows] == ["مؤكدا"]


def test_a_feeling_object_before_a_later_clause_is_no_quotation() -> None:
    rows = quote_rows(
        "وأعرب وزير الخارجية عن أمله في نجاح المساعي التي تبذلها الأطراف كافة بأن تنتهي الأزمة قريبا."
    )
    assert rows == []


def test_showing_a_clause_with_no_feeling_noun_still_reports() -> None:
    rows = quote_rows("وأعرب الوزير عن أن المفاوضات مع الجانب الآخر ستنتهي قبل نهاية الشهر.")
    assert [row[:3] for row in rows] == [("indirect", "وأعرب", "الوزير")]
