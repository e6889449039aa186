"""Round 86: an unnamed source or group the rules cut before its prepositional qualifier gets the
qualifier back, up to the complement, a colon or the cue's own adverbials; on sentences written for
these tests (invented places and events)."""

from __future__ import annotations

import pytest

from rasid.extract.qualifier_tail import qualifier_end
from rasid.model import Article
from rasid.pipeline import process


def speakers(text: str) -> list[str]:
    """The speaker names of the quotations the whole pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [q.speaker.name for q in article.quotes if q.speaker is not None]


def tail(text: str, definite: bool = False) -> str | None:
    """The qualifier ``qualifier_end`` reads at the start of ``text`` (a mention's end), as text."""
    end = qualifier_end(text, 0, len(text), definite)
    return None if end is None else text[:end].strip()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وأعلن ناشطون في مدينة الواحة، السبت، أن مسيرة سلمية جابت الشوارع الرئيسية.",
            "ناشطون في مدينة الواحة",
        ),
        (
            "وقال مسؤولون في وزارة الزراعة البلغارية أمس إن محصول القمح تضاعف.",
            "مسؤولون في وزارة الزراعة البلغارية",
        ),
        (
            "وقال شهود عيان من سكان قرية التلال لوكالة الأنباء إن الجسر انهار.",
            "شهود عيان من سكان قرية التلال",
        ),
        (
            "وحذر مسؤول في هيئة الموانئ من أن الرصيف الجديد لن يكتمل.",
            "مسؤول في هيئة الموانئ",
        ),
    ],
)
def test_unnamed_source_keeps_its_qualifier(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        (" في وزارة النقل إن", "في وزارة النقل"),
        (" بوزارة الري الإقليمية، أمس، أن", "بوزارة الري الإقليمية"),
        (" لدى مصرف الخليج الأول أمس إن", "لدى مصرف الخليج الأول"),
        (" من عملية التدقيق إن", "من عملية التدقيق"),
        (" في الوزارة من أن", "في الوزارة"),  # the verb's own «من» before the complement is left out
    ],
)
def test_qualifier_runs_to_complement_or_adjunct(words: str, qualifier: str) -> None:
    assert tail(words) == qualifier


@pytest.mark.parametrize(
    "words",
    [
        " في تغريدة على حسابه إن",  # how it was said
        " في مارس الماضي إن",  # when it was said
        " في وقت سابق إن",
        " عن ارتفاع الأسعار بعد الأزمة",  # the verb's own preposition and its object
        " في المدينة الذي يرأسه فلان إن",  # a relative clause
        " إلى أن",
        " عن نفسه بأنه",
        " من أن",  # the verb's preposition alone
        " بالتزامن مع الافتتاح إن",  # a joined بـ of no body nor place: when it was said
        " على هامش المؤتمر إن",  # where it was said
    ],
)
def test_no_qualifier_where_the_words_say_how_or_when(words: str) -> None:
    assert tail(words) is None


def test_fi_after_a_definite_word_is_no_qualifier() -> None:
    # «المتظاهرون في هتافاتهم»: after a definite word «في» says in what it was said
    assert tail(" في هتافاتهم إن", definite=True) is None
    assert tail(" في هتافاتهم إن") == "في هتافاتهم"


def test_occasion_after_the_qualifier_ends_it() -> None:
    assert tail(" بالهيئة في تغريدة على موقعها إن") == "بالهيئة"
    assert speakers("وقال مسؤول بهيئة الطيران في تغريدة على حسابه إن الرحلات ستستأنف.") == [
        "مسؤول بهيئة الطيران"
    ]


def test_a_second_quotation_carried_from_the_source_takes_the_longer_name() -> None:
    text = "وقال موظفون في مستشفى الرحمة إن الأجهزة تعطلت منذ أسبوع. وأضافوا أن المرضى نقلوا إلى مستشفى آخر."
    names = speakers(text)
    assert names and all(n == "موظفون في مستشفى الرحمة" for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وكشفت منظمات حقوقية في مدينة النخيل أن عشرات الأسر نزحت من القرى المجاورة.",
            "منظمات حقوقية في مدينة النخيل",
        ),
        (
            "وقال نائب سفير البرازيل في الأمم المتحدة في الرسالة إن الهجوم غير مقبول.",
            "نائب سفير البرازيل في الأمم المتحدة",
        ),
    ],
)
def test_a_description_typed_as_a_person_keeps_its_qualifier(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_a_named_person_or_a_definite_head_is_left_as_it_is() -> None:
    assert speakers("وقال محمد في المدينة إن الهجوم غير مقبول.") == ["محمد"]
    assert speakers("وقال المتظاهرون في هتافاتهم إن الحكومة فشلت.") == ["المتظاهرون"]


def test_a_joined_bi_before_a_named_place_opens_a_qualifier() -> None:
    words = " بقاعدة الجبل الشرقية، أمس، أن"
    assert qualifier_end(words, 0, len(words)) is None
    place = words.index("الجبل")
    end = qualifier_end(words, 0, len(words), named_at=frozenset({place}))
    assert end is not None and words[:end].strip() == "بقاعدة الجبل الشرقية"
