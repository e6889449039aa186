"""A dual verb with no subject of its own continues the pair of persons named just before it: one
record each (round 70)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str, cue: str) -> list[str | None]:
    article = process(Article(id="t", raw=text), Options())
    return [q.speaker and q.speaker.name for q in article.quotes if q.cue.text == cue]


def test_dual_verb_takes_the_pair_named_before() -> None:
    text = (
        "وعبّر المشجعان ثامر الحربي وبلال السالم عن استيائهما من النتائج. وقالا: لم تقنعنا المستويات "
        "السابقة ونأمل في مدرب كبير."
    )
    assert sorted(_speakers(text, "وقالا")) == ["بلال السالم", "ثامر الحربي"]


def test_dual_verb_after_a_dual_statement_keeps_both() -> None:
    text = (
        "وأشار المسؤولان سالم العمري ومنصور الحارثي إلى أن الحادث وقع فجرا. وأكدا أن المصابين "
        "سيغادرون المستشفى قريبا."
    )
    assert sorted(_speakers(text, "وأكدا")) == ["سالم العمري", "منصور الحارثي"]


def test_list_of_three_is_no_pair() -> None:
    text = (
        "وحضر اللقاء فهد السالم وخالد العمري وسعد الحربي. وقال المدير ماجد الشهري إن اللقاء ناجح. "
        "وأضافا أن الفريق سيواصل العمل."
    )
    assert _speakers(text, "وأضافا") == ["ماجد الشهري"]  # (left as the rules chose)


def test_singular_verb_is_untouched() -> None:
    text = "والتقى الوزير سامي العتيبي نظيره خالد النسور. وقال العتيبي إن اللقاء مثمر."
    assert _speakers(text, "وقال") == ["سامي العتيبي"]
