"""Round 92 (unnamed): a definite title followed by a relative clause asking not to be named («المسؤول
الذي فضّل عدم …») stands for an unnamed source — the one described before with that head,
else the title as written — never for a person the article names elsewhere. Sentences invented for
these tests (people and events are fictitious)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, q.speaker.type if q.speaker else None)
        for q in article.quotes
    ]


_OPENING = "أعلن الوزير سالم الحربي خطة جديدة لتطوير النقل العام في المدن الصغيرة. "
_PLAN = "تنفيذ الخطة سيبدأ مطلع العام المقبل."


def test_withheld_official_is_not_the_minister() -> None:
    text = _OPENING + "وقال المسؤول الذي اشترط عدم الكشف عن هويته للصحفيين إن " + _PLAN
    found = {cue: (name, kind) for cue, name, kind in speakers(text)}
    assert found["أعلن"][0] == "سالم الحربي"
    assert found["وقال"] == ("المسؤول", "unnamed")


def test_withheld_official_with_adjective_between_commas() -> None:
    text = _OPENING + "وقال المسؤول الحكومي، الذي اشترط عدم نشر هويته للقراء، إن " + _PLAN
    found = {cue: (name, kind) for cue, name, kind in speakers(text)}
    assert found["وقال"] == ("المسؤول الحكومي", "unnamed")


def test_withheld_expert_goes_back_to_the_expert_described_before() -> None:
    text = (
        _OPENING
        + "وأكد خبير اقتصادي أن تكلفة المشروع مرتفعة مقارنة بالعائد المتوقع. "
        + "وأوضح الخبير الذي رفض الإفصاح عن اسمه لمراسلنا أن الحل يكمن في الشراكة مع القطاع الخاص."
    )
    found = {cue: name for cue, name, _kind in speakers(text)}
    assert found["وأوضح"] == "خبير اقتصادي"


def test_bare_official_without_aside_still_goes_to_the_named_official() -> None:
    text = _OPENING + "وقال المسؤول إن تنفيذ الخطة سيبدأ مطلع العام المقبل."
    assert dict((cue, name) for cue, name, _kind in speakers(text))["وقال"] == "سالم الحربي"


def test_relative_clause_of_another_kind_keeps_the_bearer() -> None:
    text = _OPENING + "وقال المسؤول الذي زار المحطة أمس إن تنفيذ الخطة سيبدأ مطلع العام المقبل."
    assert dict((cue, name) for cue, name, _kind in speakers(text))["وقال"] == "سالم الحربي"
