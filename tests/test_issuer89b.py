"""Round 89 (issuer): a document's issuer named inside the document phrase after a nominal source
(«بحسب تقرير صادر من «…»»، «بحسب دراسة نشرت الأحد صادرة عن …»، «صادرة عن إحدى …») speaks, not the
document phrase as written. Sentences written for these tests."""

from __future__ import annotations

from conftest import cue_speakers


def _speakers(text: str) -> list[str | None]:
    return [speaker for _cue, speaker in cue_speakers(text)]


def test_issuer_in_marks_after_issued_participle():
    text = "وبحسب تقرير صادر من «نوفا ماركتس» فإن المخازن التي أغلقت للجرد هذا الشهر تقدر سعتها بمليوني طن."
    assert _speakers(text) == ["نوفا ماركتس"]


def test_issuer_without_marks_unchanged():
    text = "وبحسب تقرير صادر من وزارة الطاقة فإن المخازن التي أغلقت للجرد هذا الشهر تقدر سعتها بمليوني طن."
    assert _speakers(text) == ["وزارة الطاقة"]


def test_passive_published_then_issued_by():
    text = "بحسب دراسة نشرت الأحد صادرة عن شركة نوفا للتأمين فإن الصادرات الزراعية ارتفعت بنسبة كبيرة."
    assert _speakers(text) == ["شركة نوفا للتأمين"]


def test_passive_published_without_issuer_keeps_document():
    text = "بحسب دراسة نشرت الأحد فإن الصادرات الزراعية ارتفعت بنسبة كبيرة."
    assert _speakers(text) != ["الأحد"]
    assert all(s is None or "الأحد" not in s for s in _speakers(text))


def test_described_issuer_one_of_bodies():
    text = (
        "ارتفعت صادرات القمح بنسبة كبيرة، وذلك وفق دراسة صادرة عن إحدى شركات التأمين بالكويت، "
        "بينما توقعت الدراسة هبوط الواردات."
    )
    assert _speakers(text)[0] == "إحدى شركات التأمين بالكويت"


def test_described_source_without_issuing_link_is_not_taken():
    text = "ارتفعت صادرات القمح بنسبة كبيرة، وذلك وفق إحدى الروايات المتداولة في السوق."
    assert "إحدى الروايات المتداولة في السوق" not in _speakers(text)


def test_passive_published_with_adverb_then_issued_by():
    text = "وحسب دراسة نشرت مؤخرا صادرة عن جامعة الشارقة فإن استهلاك المياه تضاعف خلال عقد واحد."
    assert _speakers(text) == ["جامعة الشارقة"]
