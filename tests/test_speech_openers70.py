"""A bare verb of saying followed by a first-person possessive (لدينا، عندنا، عندي) opens the
speaker's own words; the preposition لدى ("upon") does not (round 70)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _quotes(text: str) -> list[tuple[str, str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.kind, q.speaker and q.speaker.name, q.text) for q in article.quotes]


def test_possessive_opens_direct_words() -> None:
    text = (
        "وقال قائد اللواء سالم البكري إن القوات تقدمت نحو المدينة. وأضاف لدينا عدد من المتسللين "
        "محتجزون لدى المجلس."
    )
    found = _quotes(text)
    assert ("وأضاف", "direct", "سالم البكري", "لدينا عدد من المتسللين محتجزون لدى المجلس") in found


def test_singular_possessive_opens_direct_words() -> None:
    found = _quotes("وقال المدير إن المشروع تأخر. وأضاف عندي ثقة بأن الفريق سينجزه قبل نهاية العام.")
    assert any(
        cue == "وأضاف" and kind == "direct" and text.startswith("عندي ثقة") for cue, kind, _, text in found
    )


def test_preposition_upon_is_no_opener() -> None:
    found = _quotes("وقال الوزير إن الزيارة مهمة. وأضاف لدى وصوله إلى المطار إن المحادثات ستبدأ غدا.")
    assert ("وأضاف", "indirect", "الوزير", "المحادثات ستبدأ غدا") in found
    assert not any(text.startswith("لدى") for _cue, _kind, _speaker, text in found)
