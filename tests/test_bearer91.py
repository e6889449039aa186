"""Round 91 (bearer): an indefinite description («عضو في لجنة …»، «عميد في …») is a new, unnamed source,
not the person the article named before with the same title, unless the text writes it beside that
person's name or a later sentence names the person beside the title made definite. A title in
construct («عضو مجلس الشورى») is one known office and keeps its bearer. Sentences invented for these
tests (people and events are fictitious)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


_OPENING = "أكد النائب فهد المطيري عضو مجلس الشورى أن المشروع سيعرض على المجلس الشهر المقبل. "


def test_indefinite_member_with_qualifier_is_a_new_source() -> None:
    text = _OPENING + "وقال عضو في لجنة المالية إن الميزانية لم تصل إلى اللجنة بعد."
    found = dict(speakers(text))
    assert found["أكد"] == "فهد المطيري"
    assert found["وقال"] == "عضو في لجنة المالية"


def test_title_in_construct_keeps_its_bearer() -> None:
    text = _OPENING + "وقال عضو مجلس الشورى إن الميزانية لم تصل إلى اللجنة بعد."
    assert dict(speakers(text))["وقال"] == "فهد المطيري"


def test_description_written_beside_the_name_keeps_its_bearer() -> None:
    text = (
        "أكد النائب فهد المطيري، عضو في لجنة المالية، أن المشروع سيعرض على المجلس الشهر المقبل. "
        "وقال عضو في لجنة المالية إن الميزانية لم تصل إلى اللجنة بعد."
    )
    assert dict(speakers(text))["وقال"] == "فهد المطيري"


def test_later_definite_title_beside_the_name_keeps_its_bearer() -> None:
    text = (
        "أوضح الخبير ماجد السالم أن الشعاب المرجانية تتراجع كل عام. "
        "وقال خبير بيئي إن درجة حرارة المياه ارتفعت كثيرا. "
        "وأضاف ماجد السالم الخبير البيئي أن الحل في تقليل الصيد."
    )
    assert dict(speakers(text))["وقال"] == "ماجد السالم"
