"""Round 88 (recall): words in quotation marks written right after a cue with no colon are the
quotation, not a name the frame rejects as its subject («وأضاف "…"»), and a cue that otherwise needs
a colon (واصل، أكمل، ختم) reports such marks as it reports a colon. Every sentence here is invented
for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _Doc, _words_in_marks_as_subject
from rasid.model import Article
from rasid.pipeline import Options, process


def quoted(text: str) -> list[tuple[str, str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.kind, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def _doc(text: str) -> _Doc:
    return _Doc(process(Article(id="t", raw=text), Options()))


def test_marks_right_after_the_cue_hold_words_not_a_subject() -> None:
    doc = _doc('وأضاف "إنني فخور بكم كثيرا في هذا اليوم".')
    assert _words_in_marks_as_subject(doc, 1, len(doc.tokens))
    # (negative: a two-word name in marks, the marks a word after the cue, or a phrase past the marks)
    doc = _doc('وقال "خالد الدوسري" إن المشروع سيكتمل قبل نهاية العام المقبل.')
    assert not _words_in_marks_as_subject(doc, 1, 3)
    doc = _doc('وأضاف المدير "إنني فخور بكم كثيرا في هذا اليوم".')
    assert not _words_in_marks_as_subject(doc, 1, len(doc.tokens))
    doc = _doc('وأضاف "إنني فخور بكم كثيرا" أمام الحضور في القاعة.')
    assert not _words_in_marks_as_subject(doc, 1, len(doc.tokens))


def test_marks_right_after_an_implied_cue_are_the_words() -> None:
    text = 'وأشار رئيس البلدية نادر الشمري إلى أن أعمال الصيانة تسير بسرعة. وأضاف "إنني فخور بكم كثيرا".'
    found = quoted(text)
    assert [(cue, kind, who) for cue, kind, who, _ in found] == [
        ("وأشار", "indirect", "نادر الشمري"),
        ("وأضاف", "direct", "نادر الشمري"),
    ]
    assert found[1][3] == "إنني فخور بكم كثيرا"


def test_a_short_name_in_marks_stays_the_subject() -> None:
    # (negative: two words in marks after the cue, then إن: the speaker's name, not his words)
    text = 'وقال "خالد الدوسري" إن المشروع سيكتمل قبل نهاية العام المقبل بحسب الخطة.'
    assert [(cue, kind, who) for cue, kind, who, _ in quoted(text)] == [("وقال", "indirect", "خالد الدوسري")]


def test_a_continuing_cue_reports_marks_without_a_colon() -> None:
    text = (
        "وأكد رئيس الجمعية ماجد العنزي أن التبرعات تضاعفت هذا العام بفضل المتطوعين. "
        "وواصل «سنفتح فروعا جديدة في ثلاث مدن قبل حلول الشتاء المقبل»."
    )
    found = quoted(text)
    assert [(cue, kind, who) for cue, kind, who, _ in found] == [
        ("وأكد", "indirect", "ماجد العنزي"),
        ("وواصل", "direct", "ماجد العنزي"),
    ]
    assert found[1][3] == "سنفتح فروعا جديدة في ثلاث مدن قبل حلول الشتاء المقبل"


def test_a_continuing_cue_without_marks_or_colon_is_narration() -> None:
    # (negative: "واصل" + its object, and "واصل" + a short term in marks, report nothing)
    text = (
        "وأكد رئيس الجمعية ماجد العنزي أن التبرعات تضاعفت هذا العام بفضل المتطوعين. "
        "وواصل الفريق «الأزرق» تدريباته في الملعب الرئيسي استعدادا للبطولة."
    )
    assert [cue for cue, *_ in quoted(text)] == ["وأكد"]
