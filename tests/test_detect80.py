"""Round 80 (detection precision): what the annotation guide excludes as no statement.

- a prayer: دعا with God as its object written as «المولى» or with praise set off by dashes, or a
  clause whose verb has God as its subject («داعيا أن يتقبل الله …»);

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_prayer_to_the_lord_by_his_other_name() -> None:
    assert quote_rows("وفي ختام اللقاء دعا المحافظ المولى القدير أن يديم الأمن على هذه البلاد.") == []


def test_prayer_with_praise_between_dashes() -> None:
    assert quote_rows("ودعا رئيس الجمعية الله - عز وجل - أن يوفق الطلاب في امتحاناتهم.") == []


def test_prayer_with_god_as_the_subject_of_the_clause() -> None:
    assert quote_rows("وختم مدير التعليم كلمته داعيا أن يتقبل الله صيام الجميع وقيامهم.") == []
    assert quote_rows("ودعا المحافظ في ختام كلمته بأن يحفظ الله هذه البلاد.") == []


def test_a_call_with_its_clause_still_counts() -> None:
    rows = quote_rows("ودعا مدير المرور السائقين إلى أن يلتزموا بالسرعة المحددة داخل الأحياء.")
    assert [row[:2] for row in rows] == [("indirect", "ودعا")]
    assert rows[0][3].startswith("يلتزموا بالسرعة")


def test_an_exhortation_naming_god_as_object_still_counts() -> None:
    rows = quote_rows("ودعا الخطيب المصلين إلى أن نتقي الله في أعمالنا وأقوالنا.")
    assert [row[:2] for row in rows] == [("indirect", "ودعا")]
