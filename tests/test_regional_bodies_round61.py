"""Round 61: the regional bodies the entities stage names as one organisation (إمارة منطقة X،
صحة X) are read right by the quotation stages, and a regional body's remit stays in its name.

Every sentence is written for these tests in the style of Saudi news.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.model import Article
from rasid.pipeline import process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t61", raw=text))
    return [
        (q.speaker.name, q.speaker.mention.text if q.speaker.mention else None)
        for q in article.quotes
        if q.speaker
    ]


def test_unit_of_an_emirate_keeps_the_whole_name_after_a_dateline() -> None:
    text = (
        "الدمام - واس: أعلنت إدارة العلاقات العامة بإمارة منطقة الباحة؛ أن أعمال الصيانة في الطريق "
        "اكتملت قبل الموعد المحدد."
    )
    assert _speakers(text)[0][0] == "إدارة العلاقات العامة بإمارة منطقة الباحة"


def test_title_ending_in_a_regional_body_keeps_the_person() -> None:
    text = "وقال المدير العام ورئيس هيئة مدينة الدمام خالد بن سعد العتيبي إن المشروع اكتمل بنجاح."
    assert _speakers(text)[0][0] == "خالد بن سعد العتيبي"


def test_sector_directorate_speaks_as_a_body() -> None:
    text = "وأكدت تعليم الرياض أن الدراسة ستبدأ في موعدها المحدد دون أي تأجيل."
    assert _speakers(text) == [("تعليم الرياض", "تعليم الرياض")]


def test_regional_body_keeps_its_remit() -> None:
    # (a place the gazetteer holds: the regional reading needs a known place after ولاية)
    found = labelled("وقالت إدارة ولاية نيويورك للغابات والمراعي إن الحريق انحسر.")
    assert ("إدارة ولاية نيويورك للغابات والمراعي", "ORG") in found


def test_regional_body_without_remit_ends_at_its_place() -> None:
    found = labelled("وقالت إمارة منطقة الباحة الأسبوع الماضي إن الطريق افتتح.")
    assert ("إمارة منطقة الباحة", "ORG") in found
