"""Round 69b: a body quoted by its acronym is named as the article spells it out before the acronym
in marks («وكالة الطاقة الذرية الإقليمية «واطا»» → وكالة الطاقة الذرية الإقليمية); a name in marks
after a head noun, a company's description, a two-word description and a paper's adjective stay."""

from __future__ import annotations

from rasid.extract.name_extent import spelled_out_acronym
from rasid.model import Article
from rasid.pipeline import Options, process

TEXT = (
    "أصدرت الهيئة العربية لتنمية الموارد المائية «هاتم» تقريرا عن الجفاف. وفي الجلسة الثانية تحدث "
    "ممثل المكتب الإعلامي لحركة «نهضة» عن الانتخابات. وأعلنت شركة تقنية المعلومات الصينية الكبرى "
    "«لوماكس» أرباحها. ونقلت وكالة الأنباء الوطنية «ونا» الخبر. وكتب الاتحاد الآسيوي «الآسيوي» بيانا."
)


def test_acronym_takes_the_written_out_name() -> None:
    assert spelled_out_acronym("هاتم", TEXT) == "الهيئة العربية لتنمية الموارد المائية"
    assert spelled_out_acronym("هيئة هاتم", TEXT) == "الهيئة العربية لتنمية الموارد المائية"
    assert spelled_out_acronym("ونا", TEXT) == "وكالة الأنباء الوطنية"


def test_name_in_marks_after_a_head_stays() -> None:
    assert spelled_out_acronym("نهضة", TEXT) == "نهضة"  # «لحركة «نهضة»»: the name itself


def test_company_description_stays() -> None:
    assert spelled_out_acronym("لوماكس", TEXT) == "لوماكس"


def test_unrelated_and_adjective_names_stay() -> None:
    assert spelled_out_acronym("وزارة المالية", TEXT) == "وزارة المالية"
    assert spelled_out_acronym("الاقتصادية", "وقالت صحيفة الاقتصادية المحلية «الاقتصادية» إن") == "الاقتصادية"


def test_quoted_acronym_speaker_named_in_full() -> None:
    text = (
        "أصدرت المنظمة الدولية لحماية الغابات «أوفغ» تقريرها السنوي أمس. وقالت أوفغ في التقرير إن "
        "مساحة الغابات تقلصت بنسبة كبيرة خلال العقد الماضي."
    )
    article = process(Article(id="t", raw=text), Options())
    assert [(q.cue.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("وقالت", "المنظمة الدولية لحماية الغابات")
    ]


def test_article_given_back_after_li() -> None:
    text = "وتراجعت المبيعات، وفقا للمجلس الوطني الكندي للتجارة. وقال المجلس إن الأسواق ستتعافى قريبا."
    article = process(Article(id="t", raw=text), Options())
    bodies = {e.canonical for e in article.entities if e.label == "ORG"}
    assert "المجلس الوطني الكندي للتجارة" in bodies
    assert all(article.text[e.start : e.end] == e.text for e in article.entities)
