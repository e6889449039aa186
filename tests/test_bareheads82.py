"""Round 82 (bare heads): a bare definite head refers back to the body of its kind the article named
before. A head written right before a name in marks the tagger left untagged («دورية «…»») makes that
name a body of the head, so a later bare «الدورية» speaks for it; a head of the same line in
body_head_synonyms.txt («مجلة «…»» for «الدورية») does too when no body has the head itself.

Every sentence is written for these tests; names, papers and events are invented.
"""

from __future__ import annotations

from conftest import speaker_at_cue
from rasid.extract.body_reference import marked_names
from rasid.extract.quotes import _Doc
from rasid.model import Article


def _doc(text: str) -> _Doc:
    """The quotation stage's document of ``text`` (no entities)."""
    return _Doc(Article(id="t", text=text))


def test_head_before_name_in_marks_is_a_body() -> None:
    text = "ونشرت دورية «مرافئ الفكر الجديد» ملفا عن التعليم. وقالت الدورية إن الطلاب يفضلون الدروس المسائية."
    doc = _doc(text)
    found = marked_names(doc, "دوريه", text.index("وقالت"))
    assert [name for _, name, _ in found] == ["دورية مرافئ الفكر الجديد"]


def test_marked_name_with_clitic_preposition() -> None:
    text = "وفي حديث لصحيفة «نجمة الساحل» تحدث المدرب عن خططه. وذكرت الصحيفة أن الفريق سيسافر غدا."
    doc = _doc(text)
    assert [name for _, name, _ in marked_names(doc, "صحيفه", text.index("وذكرت"))] == ["صحيفة نجمة الساحل"]


def test_long_stretch_in_marks_is_no_name() -> None:
    # five words or more in marks after the head are a title or a quotation, not a body's name
    text = "وكتبت مجلة «إن الطريق إلى المدينة القديمة طويل جدا» في عددها الأخير. وأضافت المجلة أن العدد نفد."
    doc = _doc(text)
    assert marked_names(doc, "مجله", text.index("وأضافت")) == []


def test_marked_name_only_before_the_cue() -> None:
    text = "وقالت الدورية إن الطلاب يفضلون الدروس المسائية. ونشرت دورية «مرافئ الفكر» ملفا آخر."
    doc = _doc(text)
    assert marked_names(doc, "دوريه", text.index("ونشرت")) == []


def test_bare_periodical_speaks_for_its_marked_name() -> None:
    text = (
        "وتحدث الأستاذ سامر القيسي في ندوة نشرت عنها دورية «مرافئ الفكر» ملخصا مطولا. "
        "وقالت الدورية: «صارت الجامعات تخصص جزءا أكبر من مناهجها للإعلام الرقمي»."
    )
    assert speaker_at_cue(text, "وقالت") == "دورية مرافئ الفكر"


def test_bare_periodical_without_a_named_one_stays() -> None:
    text = "وقالت الدورية: «صارت الجامعات تخصص جزءا أكبر من مناهجها للإعلام الرقمي»."
    assert speaker_at_cue(text, "وقالت") != "دورية مرافئ الفكر"


def test_two_marked_papers_leave_a_described_head_alone() -> None:
    # two papers in marks, and the speaker is more than the bare head: nothing to choose
    text = "ونشرت صحيفة «نجمة الساحل» وصحيفة «صوت الوادي» الخبر نفسه. وقالت الصحيفة الأولى إن الوزير سيستقيل."
    assert speaker_at_cue(text, "وقالت") not in ("صحيفة نجمة الساحل", "صحيفة صوت الوادي")
