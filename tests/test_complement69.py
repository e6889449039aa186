"""Round 69b: a title's complement that a body entity holds («رئيس الاتحاد الموريتاني لألعاب القوى»)
is passed over whole before the bearer's name, and a family name that is also a weekday (الخميس) is
confirmed by its lone use «وقال الخميس في تصريح …»."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _run(text: str) -> Article:
    return process(Article(id="t", raw=text), Options())


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.cue.text, q.speaker and q.speaker.name) for q in _run(text).quotes]


def test_name_after_a_body_complement_with_a_weekday_family_name() -> None:
    text = (
        "أكد رئيس الاتحاد الموريتاني لألعاب القوى سليم الخميس أن اختيار المدرب الجديد تم بالتصويت. "
        "وقال الخميس في تصريح خاص إن المنتخب سيبدأ معسكره الشهر المقبل."
    )
    assert _speakers(text) == [("أكد", "سليم الخميس"), ("وقال", "سليم الخميس")]


def test_adjective_after_the_complement_is_no_name() -> None:
    text = "وقال رئيس الاتحاد القاري لألعاب القوى المستقيل إن البطولة ستقام في موعدها."
    names = [name for _cue, name in _speakers(text)]
    assert names and "المستقيل" not in names


def test_weekday_after_a_cue_without_a_full_name_stays_a_day() -> None:
    text = "وصل الوزير إلى جدة مساء أمس. وقال الخميس في بيان إن الزيارة كانت ناجحة."
    assert not any(e.label == "PER" and e.text == "الخميس" for e in _run(text).entities)
