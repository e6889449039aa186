"""Round 80, carried cues: a subjectless cue inside a sentence whose opening verb names its subject
after a chain of titles takes that subject, not the one quoted before; sentence openers with no
comma («من جهته أكد فلان») still let the verb open the sentence. Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _Doc, _openers_only
from rasid.model import Article
from rasid.pipeline import Options, process

EARLIER = "وكان الخبير نبيل السعدي قد قال لوكالة الأنباء إن التحكيم المحلي يتطور كل عام.\n\n"


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_subject_after_a_chain_of_titles_takes_the_cue_inside_its_sentence():
    text = EARLIER + (
        "رفض الحكم الدولي المعتزل والمقيم والمحاضر سمير الدوسري موعد التعاقد مع الألماني يورغن بيك، "
        'وقال: "لا نعرف شيئا عن خطته لتطوير اللعبة في الموسم المقبل".'
    )
    found = _speakers(text)
    assert found[0] == ("قال", "نبيل السعدي")
    assert found[-1][0] == "وقال" and found[-1][1] is not None and found[-1][1].endswith("سمير الدوسري")


def test_a_name_after_a_preposition_is_no_subject_for_the_cue():
    text = EARLIER + (
        "ورحب الجمهور في الملعب بالحكم الدولي المعتزل والمقيم والمحاضر سمير الدوسري قبل المباراة "
        'مع الألماني يورغن بيك، وقال: "لا نعرف شيئا عن خطته لتطوير اللعبة في الموسم المقبل".'
    )
    last = _speakers(text)[-1]
    assert last[0] == "وقال" and (last[1] or "").find("الدوسري") < 0


def test_openers_without_a_comma_leave_the_verb_opening_its_sentence():
    text = "من جهته أكد المهندس سمير الدوسري جاهزية المحطة."
    doc = _Doc(Article(id="t", text=text))
    verb = next(k for k, t in enumerate(doc.tokens) if t.start == text.index("أكد"))
    assert _openers_only(doc, 0, verb)
    other = "وفي المساء أكد المهندس سمير الدوسري جاهزية المحطة."
    doc = _Doc(Article(id="t", text=other))
    verb = next(k for k, t in enumerate(doc.tokens) if t.start == other.index("أكد"))
    assert not _openers_only(doc, 0, verb)


def test_participle_after_openers_without_a_comma_goes_to_the_named_subject():
    text = EARLIER + (
        "من جهته أكد المهندس سمير الدوسري جاهزية المحطة الجديدة للتشغيل، "
        "مشيرا إلى أن الاختبارات انتهت قبل موعدها بأسبوعين."
    )
    last = _speakers(text)[-1]
    assert last[0] == "مشيرا" and (last[1] or "").endswith("سمير الدوسري")
