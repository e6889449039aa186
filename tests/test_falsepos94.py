"""Round 94 (falsepos): a Quran verse placed in the text by «في/مثل/كذلك قوله تعالى» is no quotation
(the guide's §10.6); «لقوله/بقوله تعالى» and «قال تعالى», which older gold counts, keep their record.
Every sentence here is invented for these tests."""

from __future__ import annotations

from conftest import cue_speaker_contents as quoted


def test_verse_placed_with_fi_is_no_quotation() -> None:
    text = "ويوصي الدين بالرفق بالجار الضعيف كما في قوله تعالى: {وبالوالدين إحسانا}، وهذا أدب عظيم."
    assert quoted(text) == []


def test_verse_placed_with_mithl_is_no_quotation() -> None:
    text = "وتتكرر الدعوة إلى الصبر في مواضع كثيرة مثل قوله سبحانه: (واصبر وما صبرك إلا بالله)."
    assert quoted(text) == []


def test_verse_after_wa_kadhalik_is_no_quotation() -> None:
    text = "ويذكر الكاتب آيات الرحمة بالضعفاء، وكذلك قوله تعالى: {وأما اليتيم فلا تقهر}."
    assert quoted(text) == []


def test_verse_cited_with_li_keeps_its_record() -> None:
    text = "ويجب على المسلم أن يحسن إلى جاره لقوله تعالى: {وبالوالدين إحسانا}، كما أوصى العلماء."
    assert [(cue, who) for cue, who, _ in quoted(text)] == [("لقوله", "الله")]


def test_relayed_saying_after_a_name_still_reports() -> None:
    found = quoted("ونقلت الوكالة عن وزير المالية سامي العتيبي قوله إن الميزانية ستعلن الأسبوع المقبل.")
    assert [who for _, who, _ in found] == ["سامي العتيبي"]
