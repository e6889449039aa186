"""Round 88, credits helper: after a fronted source and فإن («ووفقا لوكالة …، فإن الوزير فلان قال إن …»)
a named subject with its own reporting verb speaks for itself; the source only relays it.
Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_named_subject_with_its_own_verb_after_fanna_speaks() -> None:
    text = (
        "تواجه المدن الساحلية نقصا حادا في مياه الشرب. ووفقا لوكالة رويترز، فإن وزير الطاقة خالد "
        "الحربي قال، خلال مؤتمر صحفي أمس، إن الوزارة ستطلق ثلاث محطات جديدة. وأضاف أن العمل "
        "سيبدأ الشهر المقبل."
    )
    found = _speakers(text)
    assert ("قال", "خالد الحربي") in found
    assert all(name != "وكالة رويترز" for _, name in found)


def test_a_statement_after_fanna_with_no_reporting_verb_stays_the_source_s() -> None:
    text = "ووفقا لوكالة رويترز، فإن خالد الحربي يستعد لزيارة الرياض الأسبوع المقبل لبحث التعاون."
    found = _speakers(text)
    assert found and found[0][1] == "وكالة رويترز"


def test_a_figure_after_fanna_stays_the_source_s() -> None:
    text = "وبحسب وزارة الصحة، فإن عدد المصابين ارتفع إلى ثلاثين حالة خلال الأسبوع الماضي في المنطقة."
    found = _speakers(text)
    assert found and found[0][1] == "وزارة الصحة"
