"""Round 93 (surname): the tagger's last word stays in a person's name when the name list knows it as
a family name, though it reads as a common word («ماجد العمر»), and an abbreviated honorific («د.»)
right before a name makes that name the speaker, not the title's complement before it. Sentences
written for these tests (people and places are fictitious)."""

from __future__ import annotations

from rasid.extract.entities import Doc, tagged_surname_kept, trim_person
from rasid.extract.quotes import _abbreviated_honorific, _role_and_name, tokenize
from rasid.model import Article
from rasid.pipeline import Options, process


def _doc_at(text: str, word: str) -> tuple[Doc, int]:
    doc = Doc(text, (), ())
    return doc, doc.surfaces.index(word)


# --- a family name the tagger gave stays -----------------------------------------------------------


def test_known_family_name_after_a_given_name_stays() -> None:
    doc, t = _doc_at("وقال استشاري جراحة القلب الدكتور ماجد العمر إن حالة المريض تتحسن", "ماجد")
    assert tagged_surname_kept(doc, t + 1)
    assert trim_person(doc, t, t + 2) == (t, t + 2)


def test_weekday_after_a_name_is_still_cut() -> None:
    doc, t = _doc_at("وصل المدرب سالم الخميس إلى ملعب التدريب برفقة اللاعبين", "سالم")
    assert not tagged_surname_kept(doc, t + 1)
    assert trim_person(doc, t, t + 2) == (t, t + 1)


def test_common_word_no_family_bears_is_still_cut() -> None:
    doc, t = _doc_at("وانتقد النائب سالم الحكومة بسبب تأخر مشاريع الطرق في القرى", "سالم")
    assert not tagged_surname_kept(doc, t + 1)
    assert trim_person(doc, t, t + 2) == (t, t + 1)


# --- an abbreviated honorific before the speaker's name ----------------------------------------------


def test_one_letter_honorific_is_abbreviated() -> None:
    assert _abbreviated_honorific("د")
    assert not _abbreviated_honorific("دكتور")
    assert not _abbreviated_honorific("و")


def _name_of(phrase: str) -> str:
    return " ".join(t.key for t in _role_and_name(tokenize(phrase))[1])


def test_name_after_abbreviated_honorific_is_the_name() -> None:
    assert _name_of("رئيس قسم طب وجراحة الأسنان بالمستشفى د. نواف الكعبوري") == "نواف الكعبوري"


def test_indefinite_title_before_a_name_keeps_the_complement_reading() -> None:
    assert _name_of("رئيس قسم طب الأسنان بالمستشفى أستاذ نواف الكعبوري") == "طب الاسنان بالمستشفي"


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_name_after_abbreviated_honorific_speaks_not_the_doctor_before() -> None:
    text = (
        "افتتح مستشفى الواحة الأهلي عيادة جديدة للأطفال في حي النخيل.\n\n"
        "وذكر د. سامي الرويلي أن العيادة يشرف عليها استشاري طب الأطفال د. ماجد العمر، "
        "مبينا أن الخدمة تقدم مجانا طوال الأسبوع.\n\n"
        "من جانبه أوضح رئيس قسم طب وجراحة الأسنان بالمستشفى د. نواف الكعبوري أن القسم "
        "سيستقبل المراجعين من الصباح حتى المساء."
    )
    assert _speakers(text)["أوضح"] == "نواف الكعبوري"
