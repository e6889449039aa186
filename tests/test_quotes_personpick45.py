"""Round 45, the wrong person picked (personpick45): a full stop after a title abbreviation (د.
أ.د.) ends no sentence of the quotes stage; an opener of a short quoted term does not close an
earlier quotation that was never closed; a one-word person entity between a speaker's name and the
complementizer ends that name rather than opening the reported clause; وبين closing a "بين … وبين"
pair is the preposition, not an earlier cue whose subject a participle would take; an occupation
(مقاول، تاجر) before a name is a title that introduces the speaker."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import _between_pair, _Doc, find_quote_marks
from rasid.model import Article, Entity


def _doc(text: str, *names: str) -> _Doc:
    """The quotes stage's token view of ``text`` with these names tagged as persons (in order)."""
    entities = []
    at = 0
    for n, name in enumerate(names):
        at = text.index(name, at)
        entities.append(Entity(at, at + len(name), name, "PER", f"e{n}", name))
        at += len(name)
    return _Doc(Article(id="t", text=text, entities=entities))


# -- a title abbreviation's full stop ----------------------------------------------------------


def test_doctor_abbreviation_does_not_end_the_sentence():
    text = "وأوضح رئيس القسم أن العيادة استقبلت المرضى بإشراف د. سامي الزهراني، مؤكدا أن الخدمة مجانية."
    doc = _doc(text, "سامي الزهراني")
    cue = text.index("مؤكدا")
    assert doc.sentence_start(cue) == 0
    assert doc.title_dot(text.index("د.") + 1)


def test_full_stop_after_a_word_still_ends_the_sentence():
    # (negative: a full stop after an ordinary word ends its sentence)
    text = "وأوضح رئيس القسم أن العيادة استقبلت المرضى أمس. وقال سامي الزهراني إن الخدمة مجانية."
    doc = _doc(text, "سامي الزهراني")
    cue = text.index("وقال")
    assert doc.sentence_start(cue) == text.index(". وقال") + 1
    assert not doc.title_dot(text.index("أمس.") + 3)


def test_professor_abbreviation_keeps_the_clause_going():
    text = "وأشار إلى أن الفحوص أجراها أ.د. خالد العمري في المختبر المركزي، مبينا أن النتائج مطمئنة."
    doc = _doc(text, "خالد العمري")
    end = doc.clause_end(text.index("الفحوص"), len(text))
    assert end > text.index("العمري")


# -- a short quoted term after a quotation never closed ----------------------------------------


def test_quoted_term_does_not_close_an_unclosed_quotation():
    text = (
        "وقال أحد الركاب: «ننتظر منذ الصباح ولم يصلنا أي رد من الشركة. "
        "من جهته أوضح مدير المحطة لـ «الوطن» أن الرحلات ستعود غدا."
    )
    marks, warnings = find_quote_marks(text, [(0, len(text))])
    spans = [text[m.start : m.end] for m in marks]
    assert spans == ["ننتظر منذ الصباح ولم يصلنا أي رد من الشركة", "الوطن"]
    assert warnings


def test_quoted_term_inside_a_closed_quotation_keeps_the_old_reading():
    # (negative: a later closing mark is in the paragraph; the pairing is left as it was)
    text = "وقال أحد الركاب: «ننتظر منذ الصباح. وقد قرأنا في «الوطن» أن الرحلات ستعود غدا»."
    before = "ننتظر منذ الصباح. وقد قرأنا في"
    marks, _ = find_quote_marks(text, [(0, len(text))])
    assert text[marks[0].start : marks[0].end] == before


# -- a one-word name split off before the complementizer ---------------------------------------


def test_father_name_entity_before_the_complementizer_joins_the_phrase():
    text = "أكد مدير الهيئة حسن الشيخ عمر أن الموسم السياحي سيبدأ مبكرا هذا العام."
    doc = _doc(text, "حسن الشيخ", "عمر")
    end = doc.speaker_phrase(1)
    assert doc.tokens[end - 1].key == "عمر"
    assert doc.tokens[end].key == "ان"


def test_word_before_the_complementizer_that_is_no_person_stays_in_the_clause():
    # (negative: the word after the name is not a person entity)
    text = "أكد مدير الهيئة حسن الشيخ اليوم أن الموسم السياحي سيبدأ مبكرا هذا العام."
    doc = _doc(text, "حسن الشيخ")
    end = doc.speaker_phrase(1)
    assert doc.tokens[end - 1].key != "اليوم"


# -- "بين … وبين …" is no earlier cue ----------------------------------------------------------


def test_participle_after_between_pair_takes_the_clause_subject():
    text = (
        "قلل المدرب الإسباني سامي الحربي من أهمية الحديث عن خلاف بينه وبين المهاجم خالد الشهري، "
        "مؤكدا أن اللاعب هو الأهم في تشكيلة الفريق."
    )
    assert speakers(text) == ["سامي الحربي"]
    doc = _doc(text, "سامي الحربي", "خالد الشهري")
    k = next(k for k, t in enumerate(doc.tokens) if t.key == "وبين")
    assert _between_pair(doc, k)


def test_sentence_opening_wabayyana_is_still_a_verb():
    # (negative: no بين before it in its sentence; وبين is the verb بيّن)
    text = "وصلت الفرق إلى الملعب بين الجماهير. وبين المدرب سامي الحربي أن الفريق جاهز للمباراة."
    doc = _doc(text, "سامي الحربي")
    k = next(k for k, t in enumerate(doc.tokens) if t.key == "وبين")
    assert not _between_pair(doc, k)


# -- an occupation before a name is a title ------------------------------------------------------


def test_contractor_with_a_coordinated_trade_introduces_the_speaker():
    text = (
        "ارتفعت أسعار الحديد في الأسواق المحلية هذا الشهر. ويشير مقاول البناء والتشييد ماجد العتيبي "
        "إلى أن الطلب على المواد سيزيد في الصيف."
    )
    assert speakers(text) == ["ماجد العتيبي"]


def test_merchant_title_does_not_run_into_the_name():
    text = (
        "ارتفعت أسعار الحديد في الأسواق المحلية هذا الشهر. ويشير تاجر الأقمشة والملابس ماجد العتيبي "
        "إلى أن الطلب على المواد سيزيد في الصيف."
    )
    assert speakers(text) == ["ماجد العتيبي"]


def test_figures_with_a_coordinated_field_are_still_no_speaker():
    # (negative: figures, not an occupation, before the clause: the paper's aside)
    text = (
        "ارتفعت أسعار الحديد في الأسواق المحلية هذا الشهر. وتشير أرقام البناء والتشييد "
        "إلى أن الطلب على المواد سيزيد في الصيف."
    )
    assert speakers(text) == []
