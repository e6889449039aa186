"""A name in marks or brackets right after the cue, then an epithet in apposition (round 41)."""

from __future__ import annotations

from conftest import rule_speakers as speakers
from rasid.extract.quotes import quotes_stage
from rasid.model import Article


def contents(text: str) -> list[str]:
    article = quotes_stage(Article(id="t", text=text))
    return [q.text for q in article.quotes]


def test_marked_name_then_epithet_is_the_speaker():
    text = "قالت «نسيج الشرق» أكبر مصنع للسجاد في المنطقة إنها ستفتتح فرعا جديدا في جدة."
    assert speakers(text) == ["نسيج الشرق"]
    assert contents(text) == ["ستفتتح فرعا جديدا في جدة"]
    text = 'وقال "بيت المعمار" أحد المكاتب الهندسية الناشئة إن الطلب على التصاميم ارتفع.'
    assert speakers(text) == ["بيت المعمار"]


def test_bracketed_name_then_epithet_is_the_speaker():
    text = "وقالت (مزارع الوادي) المنتج الأول للتمور في المحافظة إنها صدرت ألف طن."
    assert speakers(text) == ["مزارع الوادي"]


def test_marked_words_that_are_no_name_stay_what_was_said():
    # a title in marks, then the man named; a common word, then a preposition
    assert speakers('وقال "الخبير" سالم العتيبي المختص في الطاقة إن الأسعار ستنخفض.') != ["الخبير"]
    text = 'وقال "الوضع صعب جدا" في إشارة إلى أن الأسعار مرتفعة.'
    assert speakers(text) != ["الوضع صعب جدا"]


def test_body_known_by_a_name_speaks_by_that_name():
    text = "وقالت الجماعة التي تعرف باسم (لواء الساحل) إن مقاتليها صدوا الهجوم."
    assert speakers(text) == ["لواء الساحل"]
    text = 'وقالت الحركة المسلحة التي تعرف باسم "أنصار الوادي"، إن عناصرها انسحبوا من القرية.'
    assert speakers(text) == ["أنصار الوادي"]
    # "التي تعرف بـ" + a common noun is no name it goes by
    assert speakers("وقالت الجماعة التي تعرف بتشددها إن عناصرها انسحبوا.") == ["الجماعة"]


def test_paper_told_before_the_man_named_is_no_speaker():
    # "أبلغ «الصحيفة» فلان …": the paper is the one told, the man after it speaks
    from rasid.pipeline import process

    text = "أبلغ «الوطن» الدكتور سالم العتيبي مدير مستشفى الملك فهد، أن المستشفى سيفتتح قسما جديدا."
    names = [q.speaker.name if q.speaker else None for q in process(Article(id="t", raw=text)).quotes]
    assert "الوطن" not in names
