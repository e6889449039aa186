"""Round 88, carried speakers: a definite description left as a speaker («وذكر المواطن») names back
the person the article described with its head, never the reporter whose byline opens the article.
Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


BYLINE = "سلطان الغامدي – الطائف\n\n"
STORY = (
    "اشتكى مواطن من تأخر إصلاح الطريق المؤدي إلى قريته منذ عامين رغم المطالبات المتكررة.\n\n"
    "وذكر المواطن أن الحفر الكبيرة تسببت في أعطال متكررة لسيارات الأهالي والمعلمين.\n\n"
    'وقال: "نطالب البلدية بزيارة الموقع والوقوف على حجم المعاناة بأنفسهم".'
)


def test_a_definite_description_never_takes_the_byline_reporter() -> None:
    found = _speakers(BYLINE + STORY)
    assert found, "the cues are read"
    assert all("الغامدي" not in (name or "") for _, name in found)


def test_a_definite_description_still_takes_the_person_it_described() -> None:
    text = BYLINE + (
        "اشتكى المواطن فهد العتيبي من تأخر إصلاح الطريق المؤدي إلى قريته منذ عامين.\n\n"
        "وذكر المواطن أن الحفر الكبيرة تسببت في أعطال متكررة لسيارات الأهالي والمعلمين."
    )
    found = dict(_speakers(text))
    assert (found.get("وذكر") or "").endswith("فهد العتيبي")
