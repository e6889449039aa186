"""Round 91 (detect): words that look like a reporting verb but report nothing. «بالتأكيد» + أن/إن
is "certainly", no statement, when it opens an interview answer or follows a modal or first-person
verb. Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def quoted(text: str) -> list[tuple[str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_certainly_opening_an_answer_is_no_quotation() -> None:
    text = (
        "ما رأيك في قرار الاتحاد الأخير؟ •• بالتأكيد إن القرار جاء متأخرا لكنه يصب في مصلحة الأندية الصغيرة."
    )
    assert quoted(text) == []


def test_certainly_after_a_modal_is_no_quotation() -> None:
    assert quoted("ويمكن بالتأكيد أن تقام البطولة في ملعب آخر إذا تأخرت أعمال الصيانة.") == []


def test_certainly_after_i_believe_is_no_quotation() -> None:
    assert quoted("وأعتقد بالتأكيد أن الفريق سيعود أقوى في الموسم المقبل.") == []


def test_closing_by_stating_that_still_reports() -> None:
    found = quoted("وختم وزير النقل ماجد الزهراني تصريحه بالتأكيد أن الطريق سيفتتح قبل نهاية العام.")
    assert [(cue, who) for cue, who, _ in found] == [("بالتأكيد", "ماجد الزهراني")]


def test_closing_by_stating_on_still_reports() -> None:
    found = quoted("واختتم المدير سالم الحربي كلمته بالتأكيد على أن الموسم المقبل سيكون أفضل للجميع.")
    assert [(cue, who) for cue, who, _ in found] == [("بالتأكيد", "سالم الحربي")]
