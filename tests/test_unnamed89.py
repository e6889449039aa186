"""Round 89, unnamed sources: a paper that learnt something («علمت "الرياضية" أن») is not the «المصدر»
named after it: that is the source it learnt from. Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.quotes import SpeakerGuess, _learnt_by
from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_paper_that_learnt_is_named_after_a_learning_verb() -> None:
    text = 'علمت "الرياضية" أن إدارة النادي تفاوض حارسا برازيليا. وذكر المصدر أن العرض سيصل غدا.'
    assert _learnt_by(text, SpeakerGuess("صحيفة الرياضية", "organization"))


def test_a_paper_that_reported_is_no_learner() -> None:
    text = 'ذكرت "الرياضية" أن إدارة النادي تفاوض حارسا برازيليا. وذكر المصدر أن العرض سيصل غدا.'
    assert not _learnt_by(text, SpeakerGuess("صحيفة الرياضية", "organization"))


def test_the_source_after_a_learning_paper_stays_the_source() -> None:
    text = (
        'علمت "الرياضية" أن إدارة نادي الوحدة تفاوض حارسا برازيليا لتعويض غياب حارسها الأساسي.\n\n'
        "وتوقع المصدر أن يصل الحارس إلى جدة قبل نهاية الأسبوع المقبل لإجراء الفحص الطبي."
    )
    found = dict(_speakers(text))
    assert "الرياضية" not in (found.get("وتوقع") or "")
