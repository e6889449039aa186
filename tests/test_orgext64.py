"""Round 64: a body's name of a head and common words runs on to the ل-complement the article writes
right after it (``name_extent.with_complement_in_text``), and not to whom it spoke (sentences written
for these tests)."""

from __future__ import annotations

from rasid.extract.name_extent import with_complement_in_text
from rasid.model import Article, Span
from rasid.pipeline import Options, process


def completed(text: str, name: str) -> str:
    """The body speaker ``name``, read at its first occurrence in ``text``, after the rule."""
    article = process(Article(id="t", raw=text), Options())
    at = article.text.find(name)
    assert at >= 0
    return with_complement_in_text(name, Span(at, at + len(name), name), article)


def test_a_definite_complement_is_taken():
    text = "وذكر المكتب الاتحادي للإحصاء في تقريره الشهري أن البطالة تراجعت."
    assert completed(text, "المكتب الاتحادي") == "المكتب الاتحادي للإحصاء"


def test_an_indefinite_complement_takes_its_genitive():
    text = "وقال المجلس البلدي لمدينة بريدة في بيان إن المشروع سينتهي قبل الصيف."
    assert completed(text, "المجلس البلدي") == "المجلس البلدي لمدينة بريدة"


def test_a_closing_standing_adjective_is_left_out():
    text = "وبحسب الوكالة الرسمية للأنباء الحكومية فإن الزيارة تأجلت."
    assert completed(text, "الوكالة الرسمية") == "الوكالة الرسمية للأنباء"


def test_whom_the_body_told_is_no_complement():
    assert completed("وقالت الهيئة العامة للصحفيين إن القرار نهائي.", "الهيئة العامة") == "الهيئة العامة"
    told = "وأكدت الهيئة الملكية لوكالة الأنباء أن العمل بدأ."
    assert completed(told, "الهيئة الملكية") == "الهيئة الملكية"


def test_a_time_word_is_no_complement():
    text = "وقالت الشركة الوطنية للعام الثاني على التوالي إن أرباحها تراجعت."
    assert completed(text, "الشركة الوطنية") == "الشركة الوطنية"


def test_a_name_with_its_complement_already_is_not_run_on():
    text = "وأوضحت الهيئة العامة للطيران المدني للمسافرين أن الرحلات عادت."
    assert completed(text, "الهيئة العامة للطيران المدني") == "الهيئة العامة للطيران المدني"


def test_a_proper_name_is_not_run_on():
    text = "وقال صندوق سند لدعم الشباب إن المنح زادت."
    assert completed(text, "صندوق سند") == "صندوق سند"


def test_a_purpose_phrase_is_not_taken():
    text = "وأعلن التحالف العربي لإدخال المساعدات الإنسانية أن القوافل وصلت."
    assert completed(text, "التحالف العربي") == "التحالف العربي"
