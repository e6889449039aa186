"""Round 62: a sentence a nominal attribution opens ("وبحسب الصحيفة، …") is the source's report, so
its subject is no salient speaker for a later implied cue; the one quoted before goes on.

Every sentence is written for these tests in the style of Saudi news.
"""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t62", raw=text))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_subject_after_a_nominal_attribution_does_not_take_the_later_cue() -> None:
    text = (
        "قال المتحدث باسم الهيئة الدكتور ماجد العنزي إن الخدمات تحسنت كثيرا. وبحسب الصحيفة، "
        "زار مدير شرطة منطقة تبوك اللواء سعد القحطاني مقر الجمعية الخيرية. "
        "وأضاف أن العمل مستمر حتى نهاية العام."
    )
    assert _speakers(text)[-1] == ("وأضاف", "ماجد العنزي")


def test_subject_after_a_plain_fronted_phrase_still_takes_the_later_cue() -> None:
    # (negative: "وفي السياق ذاته،" is no attribution; the subject after it holds the floor)
    text = (
        "قال المتحدث باسم الهيئة الدكتور ماجد العنزي إن الخدمات تحسنت كثيرا. وفي السياق ذاته، "
        "زار مدير شرطة منطقة تبوك اللواء سعد القحطاني مقر الجمعية الخيرية. "
        "وأضاف أن العمل مستمر حتى نهاية العام."
    )
    assert _speakers(text)[-1] == ("وأضاف", "سعد القحطاني")


def test_a_title_alone_opens_with_a_title_or_person_noun() -> None:
    # the rules' title-only speaker ("ورئيس هيئة مدينة جدة") does not borrow the mention of the
    # body its title ends on (هيئة مدينة جدة shares its family key) in the speaker ranker
    from rasid.extract.speakers import _titled_name

    assert _titled_name("ورئيس هيئة مدينة جدة")
    assert _titled_name("نائب رئيس مجلس إدارة الشركة")
    assert _titled_name("وزير الخارجية")
    # (negative: a body the rules typed as a person, a phrase a preposition opens)
    assert not _titled_name("لنادي الهلال")
    assert not _titled_name("اتحاد الكرة")
