"""Round 93 (unnamed): a medium that reports what an unnamed source told it, the source in a comma
aside opened by بحسب/حسب/وفق («وذكر الموقع، بحسب مصادر …، أن …»), only relays: the source speaks and
the medium is ``via``. Sentences invented for these tests (places, firms and events are fictitious)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (
            q.cue.text,
            q.speaker.name if q.speaker else None,
            q.speaker.type if q.speaker else None,
            q.via.name if q.via else None,
        )
        for q in article.quotes
    ]


def test_medium_relays_source_in_according_aside() -> None:
    text = (
        "تستعد شركة النخيل للاتصالات لإطلاق جهاز لوحي جديد. كما أشار الموقع الإخباري، بحسب مصادر "
        "قريبة من الشركة، إلى أن الجهاز سيطرح في متاجر الخليج خلال الربيع."
    )
    found = {cue: rest for cue, *rest in speakers(text)}
    assert found["أشار"] == ["مصادر قريبة من الشركة", "unnamed", "الموقع الإخباري"]


def test_paper_relays_informed_sources() -> None:
    text = "وقالت الصحيفة، حسب مصادر مطلعة، إن جولة المحادثات المقبلة ستعقد في مدينة ساحلية هادئة."
    found = {cue: rest for cue, *rest in speakers(text)}
    assert found["وقالت"][:2] == ["مصادر مطلعة", "unnamed"]


def test_aside_that_is_no_source_leaves_the_paper() -> None:
    text = "وقالت الصحيفة، بحسب تقديرات أولية، إن خسائر العاصفة تجاوزت عشرة ملايين ريال في يومين."
    found = {cue: rest for cue, *rest in speakers(text)}
    assert found["وقالت"][:2] == ["الصحيفة", "organization"]


def test_person_keeps_his_words_with_source_aside() -> None:
    text = "وقال الوزير سامي العتيبي، بحسب مصادر مطلعة، إن المحادثات ستستأنف بعد أسبوعين على الأقل."
    found = {cue: rest for cue, *rest in speakers(text)}
    assert found["وقال"][0] == "سامي العتيبي"


def test_ministry_is_not_a_relaying_medium() -> None:
    text = "وقالت وزارة الزراعة، بحسب مصادر مطلعة، إن موسم الحصاد سيبدأ مبكرا في المناطق الجنوبية."
    found = {cue: rest for cue, *rest in speakers(text)}
    assert found["وقالت"][0] != "مصادر مطلعة"


def test_source_close_to_a_quoted_firm() -> None:
    text = "وذكر الموقع، بحسب مصادر قريبة من «النخيل»، أن الشركة تنوي افتتاح فرعين جديدين خلال العام."
    found = {cue: rest for cue, *rest in speakers(text)}
    assert found["وذكر"][:2] == ["مصادر قريبة من النخيل", "unnamed"]
