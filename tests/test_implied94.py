"""Round 94, implied subjects: an implied cue opened by "وبالعودة إلى X،" speaks for the one earlier
speaker X names (a family word or an unnamed source's head), and the implied cues after it follow.
Sentences written for these tests (invented names and events)."""

from __future__ import annotations

from rasid.extract.returning_speaker import returned_to
from rasid.model import Article
from rasid.pipeline import Options, process

_TWO_SOURCES = (
    "قال المحلل المالي ماجد الشمراني إن أسعار الأسهم ستتحسن مع بداية الربع المقبل. "
    "وأكد المستشار العقاري سلطان البقمي أن الطلب على الشقق الصغيرة يرتفع في المدن الكبرى، "
    "مشيرا إلى أن المطورين بدأوا يغيرون خططهم. "
)


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation of ``text`` after the default pipeline."""
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text if q.cue else "", q.speaker.name if q.speaker else None) for q in article.quotes]


def test_returning_phrase_is_read_before_the_clause() -> None:
    text = "وبالعودة إلى الشمراني، أوضح أن"
    assert returned_to(text, text.index("أوضح")) == "الشمراني"
    text = "وبالعودة للمهندس البقمي فقد أكد أن"
    assert returned_to(text, text.index("أكد")) == "المهندس البقمي"


def test_no_returning_phrase_without_its_comma_clause() -> None:
    text = "وبالعودة إلى الشمراني فإن الأسهم ستتحسن، موضحا أن"
    assert returned_to(text, text.index("موضحا")) is None
    text = "وقال الشمراني، موضحا أن"
    assert returned_to(text, text.index("موضحا")) is None


def test_returning_to_an_earlier_person_gives_him_the_cue_and_its_chain() -> None:
    text = (
        _TWO_SOURCES + "وبالعودة إلى الشمراني، قال إن البنوك ستخفض الفائدة قبل نهاية العام، "
        "مضيفا أن المستثمرين الأفراد سيعودون إلى السوق تدريجيا."
    )
    found = speakers(text)
    assert found[-2:] == [("قال", "ماجد الشمراني"), ("مضيفا", "ماجد الشمراني")]


def test_returning_to_an_unnamed_source_by_its_head() -> None:
    text = (
        "قال مسؤول سابق في شركة النقل إن العقود أُلغيت دون إنذار. "
        "وأكد الموظف خالد الزهراني أن رواتبهم تأخرت ثلاثة أشهر، مشيرا إلى أن الشركة لم ترد. "
        "وعودة إلى المسؤول السابق، أوضح أن النزاع دار حول قيمة العقد."
    )
    assert speakers(text)[-1] == ("أوضح", "مسؤول سابق في شركة النقل")


def test_a_phrase_naming_nobody_quoted_changes_nothing() -> None:
    text = _TWO_SOURCES + "وبالعودة إلى السوق، أوضح أن الأسعار في الأحياء الجديدة أعلى من غيرها."
    assert speakers(text)[-1] == ("أوضح", "سلطان البقمي")
