"""Round 83, speakers that are no source: a name the quotation marks cut on a clitic preposition
(«بـ» before «"منصة"») or run on into an adverb (مثلا، خصوصا، الآن، خلالها), the verbal noun القول or
God's epithet (المولى، تعالى: the object of a prayer) ends before that word. Sentences written for
these tests (invented people and events)."""

from __future__ import annotations

from rasid.extract.quotes import without_run_on_tail
from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_dangling_clitic_preposition_is_cut_from_the_name():
    assert without_run_on_tail("بعض المتابعين بـ") == "بعض المتابعين"
    assert without_run_on_tail("مصادر مطلعة لـ") == "مصادر مطلعة"
    assert without_run_on_tail("عدد من السكان وبـ") == "عدد من السكان"


def test_initials_and_ordinary_last_words_are_kept():
    # (initials with a full stop, a family name in ب, a one-word name: nothing to cut)
    assert without_run_on_tail("المواطنة ع.م") == "المواطنة ع.م"
    assert without_run_on_tail("سامر البنا") == "سامر البنا"
    assert without_run_on_tail("بـ") == "بـ"


def test_for_example_after_a_name_is_cut():
    assert without_run_on_tail("نادر القحطاني مثلا") == "نادر القحطاني"
    assert without_run_on_tail("نادر القحطاني مثلاً") == "نادر القحطاني"
    assert without_run_on_tail("نادر القحطاني") == "نادر القحطاني"


def test_gods_epithet_after_a_name_is_cut():
    # ("وسأل الأمير فهد بن سلطان المولى أن …": the Lord is the prayer's object, not a name's word)
    assert without_run_on_tail("فهد بن سلطان بن حمود المولى") == "فهد بن سلطان بن حمود"
    assert without_run_on_tail("ماجد الغامدي تعالى") == "ماجد الغامدي"
    # (a name that holds a divine word inside it is kept: عبد المولى)
    assert without_run_on_tail("سالم عبد المولى الشهري") == "سالم عبد المولى الشهري"


def test_adverbs_and_relaying_nouns_after_a_subject_are_cut():
    assert without_run_on_tail("مصادر دبلوماسية خصوصا") == "مصادر دبلوماسية"
    assert without_run_on_tail("الحكومة الماليزية الآن") == "الحكومة الماليزية"
    assert without_run_on_tail("ليلى السويدي خلالها") == "ليلى السويدي"
    assert without_run_on_tail("هيئة الطيران المدني القول") == "هيئة الطيران المدني"
    # (one word is never cut to nothing)
    assert without_run_on_tail("الآن") == "الآن"


def test_a_prayer_after_a_named_prince_keeps_the_prince():
    text = (
        "وسأل الأمير فهد بن سلطان بن حمود المولى أن يحفظ البلاد من كل سوء.\n\n"
        'وقال الأمير فهد بن سلطان بن حمود خلال زيارته للمصابين: "سنقف مع أسر الضحايا حتى النهاية".'
    )
    names = [name for _cue, name in _speakers(text) if name]
    assert names and all(not name.endswith("المولى") for name in names), names


def test_a_medium_in_marks_after_a_group_leaves_the_group_as_speaker():
    text = 'وعلق بعض المتابعين بـ"فيسبوك" على قرار إغلاق الحديقة بقولهم: "القرار جاء متأخرا جدا".'
    found = _speakers(text)
    assert found and found[-1][1] == "بعض المتابعين", found
