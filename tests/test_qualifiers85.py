"""Round 85: an unnamed source's description goes on through a و-word that continues its own
qualifier (a second object of its preposition, a second plural adjective) instead of being cut
there as a second thing the statement rests on; on sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.model import Article
from rasid.pipeline import process


def speakers(text: str) -> list[str]:
    """The speaker names of the quotations the whole pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [q.speaker.name for q in article.quotes if q.speaker is not None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وقالت مصادر محلية في المكلا وشبوة بمحافظة حضرموت الشرقية لوكالة الأنباء إن الأمطار"
            " أغرقت الطرق مساء السبت.",
            "مصادر محلية في المكلا وشبوة بمحافظة حضرموت الشرقية",
        ),
        (
            "وقال مسؤولون في مصانع وشركات عاملة في قطاع النسيج إن الطلب تراجع هذا العام.",
            "مسؤولون في مصانع وشركات عاملة في قطاع النسيج",
        ),
        (
            "وقال مسؤولون أوروبيون حاليون وسابقون إن المفاوضات تعثرت بسبب الرسوم الجمركية.",
            "مسؤولون أوروبيون حاليون وسابقون",
        ),
    ],
)
def test_description_goes_on_through_its_own_coordinated_word(text: str, name: str) -> None:
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a definite word before the و-word: a second basis of the report, not the source's place
        ("ونقلت الإذاعة عن مسؤول بالمخابرات ووثائق سرية أن الخطة أعدت قبل شهرين.", "مسؤول بالمخابرات"),
        # no preposition before it, and an adjective after it: a phrase of its own
        ("وقالت مصادر عسكرية ووثائق مسربة إن الخطة أعدت قبل شهرين.", "مصادر عسكرية"),
    ],
)
def test_a_second_basis_is_still_cut(text: str, name: str) -> None:
    assert speakers(text) == [name]


def test_two_sources_joined_by_wa_stay_two_speakers() -> None:
    assert speakers("وقال شهود ومصادر طبية إن القصف استمر حتى الفجر.") == ["شهود", "مصادر طبية"]


def test_the_coordinated_word_stops_where_a_clause_follows_it() -> None:
    # «وشرقها» then a verb: the phrase ran on into a clause, so the description is still cut there
    text = "وقالت مصادر محلية في مناطق شمالي الموصل وشرقها تخضع لسيطرة المسلحين إن القصف استمر."
    assert speakers(text) == ["مصادر محلية في مناطق شمالي الموصل"]
