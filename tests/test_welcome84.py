"""Round 84 (welcome): the one who gives a speech at a ceremony («ألقى فلان كلمة رحب فيها
بالأمير …») goes on speaking in the implied cue after it; the prince who opened the ceremony
or the one welcomed in the speech does not take it. Sentences invented for these tests."""

from __future__ import annotations

from rasid.model import Article

OPENING = (
    "افتتح صاحب السمو الملكي الأمير زامل بن عوض أمير منطقة الريان مساء أمس حديقة الواحة الكبرى بمدينة النخيل."
)


def speakers(text: str) -> list[str | None]:
    """The speaker names of every quotation of ``text`` after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_speech_giver_goes_on_after_welcoming_the_prince():
    text = (
        OPENING + "\n\nواستهل الحفل بآيات من الذكر الحكيم، وبعدها ألقى رئيس بلدية النخيل "
        "المهندس سامي بن خالد العتيبي كلمة حيا فيها سمو أمير منطقة الريان، والضيوف الكرام. "
        "وأوضح أن الحديقة تضم ممرات للمشاة وملاعب للأطفال."
    )
    assert speakers(text) == ["سامي بن خالد العتيبي"]


def test_speech_giver_goes_on_in_the_next_paragraph():
    text = (
        OPENING + "\n\nثم ألقى رئيس البلدية سامي بن خالد العتيبي كلمة حيا فيها سمو أمير منطقة الريان.\n\n"
        "وقدم شكره لسموه على رعايته الحفل، مشيرا إلى أن الحديقة تضم ممرات للمشاة وملاعب للأطفال."
    )
    assert speakers(text) == ["سامي بن خالد العتيبي"]


def test_speech_given_on_behalf_of_others():
    text = (
        OPENING + "\n\nبعد ذلك ألقيت كلمة سكان الحي ألقاها نيابة عنهم عمدة الحي ناصر بن علي الدوسري، رحب "
        "فيها بسمو أمير المنطقة. وأكد أن السكان انتظروا الحديقة سنوات طويلة."
    )
    assert speakers(text) == ["ناصر بن علي الدوسري"]


def test_the_prince_who_gives_the_speech_still_speaks():
    text = (
        OPENING + "\n\nثم ألقى رئيس البلدية سامي بن خالد العتيبي كلمة رحب فيها بالحضور.\n\n"
        "وفي ختام الحفل ألقى سمو الأمير زامل بن عوض كلمة شكر فيها العاملين. وأكد أن المنطقة ستشهد "
        "مشاريع أخرى للأسر."
    )
    assert speakers(text) == ["زامل بن عوض"]


def test_a_person_named_after_the_speech_breaks_its_hold():
    text = (
        OPENING + "\n\nثم ألقى رئيس البلدية سامي بن خالد العتيبي كلمة رحب فيها بالحضور. بعد ذلك دشن سمو "
        "الأمير زامل بن عوض النافورة الكبرى. وأوضح أن الحديقة تضم ممرات للمشاة وملاعب للأطفال."
    )
    assert speakers(text) == ["زامل بن عوض"]


def test_a_woman_who_gave_the_speech_keeps_a_feminine_cue():
    text = (
        OPENING + "\n\nثم ألقت مديرة المدرسة هدى بنت سالم الغامدي كلمة رحبت فيها بسمو أمير المنطقة. "
        "وأوضحت أن الحديقة تضم ممرات للمشاة وملاعب للأطفال."
    )
    assert speakers(text) == ["هدى بنت سالم الغامدي"]
