"""Round 92 (laterbearer): an unnamed official or a title nobody bears is the person the next quotation
names ("role first, name later") unless the text tells them apart: the official's aside withholds his
name, the article named that person before the official was quoted, or the person is a woman (her own
verbs are feminine) where a masculine verb reports the title. Sentences invented for these tests
(people and events are fictitious)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


_RAIN = "شهدت المدينة أمطارا غزيرة أمس. "
_SPOKESMAN = "وقال العقيد سامي الحربي الناطق باسم الإدارة العامة للدفاع المدني إن الفرق ما زالت في الميدان."
_OFFICIAL = "وأوضح مسؤول في الإدارة العامة للدفاع المدني أن فرق الإنقاذ أخلت مئة أسرة من الأحياء المنخفضة. "


def test_official_named_in_the_next_quotation_is_that_person() -> None:
    found = speakers(_RAIN + _OFFICIAL + _SPOKESMAN)
    assert found[0] == ("وأوضح", "سامي الحربي")


def test_official_whose_aside_withholds_his_name_stays_unnamed() -> None:
    official = _OFFICIAL.replace("المدني أن", "المدني طلب عدم كشف هويته أن")
    found = speakers(_RAIN + official + _SPOKESMAN)
    assert found[0] == ("وأوضح", "مسؤول في الإدارة العامة للدفاع المدني")
    assert found[1] == ("وقال", "سامي الحربي")


def test_official_after_the_person_was_named_is_someone_else() -> None:
    opening = "زار العقيد سامي الحربي الناطق باسم الإدارة العامة للدفاع المدني الأحياء المنخفضة أمس. "
    found = speakers(opening + _OFFICIAL + _SPOKESMAN)
    assert found[0] == ("وأوضح", "مسؤول في الإدارة العامة للدفاع المدني")


def test_official_reported_by_a_masculine_verb_is_not_the_woman_named_next() -> None:
    woman = "وقالت المقدم سارة الحربي الناطقة باسم الإدارة العامة للدفاع المدني إن الفرق ما زالت في الميدان."
    found = speakers(_RAIN + _OFFICIAL + woman)
    assert found[0] == ("وأوضح", "مسؤول في الإدارة العامة للدفاع المدني")
    assert found[1] == ("وقالت", "سارة الحربي")


_HOSPITAL = (
    "تراجعت أعداد المرضى في المستشفى هذا العام. "
    "وقال نائب مدير المستشفى الجامعي إن الصيانة أغلقت ثلاثة أجنحة. "
)


def test_title_is_the_man_the_next_cue_names() -> None:
    found = speakers(_HOSPITAL + "وأضاف خالد العمري أن الأجنحة ستفتح في الربيع المقبل.")
    assert found[0] == ("وقال", "خالد العمري")


def test_title_is_not_the_woman_the_next_cue_names() -> None:
    woman = "وبحسب نورة العمري، فإن الأجنحة أغلقت فجأة، موضحة أنها لم تجد إعلانا عن ذلك."
    found = speakers(_HOSPITAL + woman)
    assert found[0] == ("وقال", "نائب مدير المستشفى الجامعي")
    assert ("موضحة", "نورة العمري") in found
