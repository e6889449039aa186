"""Where a body's or a group's name starts and ends in one mention (round 40)."""

from __future__ import annotations

from conftest import rule_speakers as speakers
from rasid.extract.quotes import quotes_stage, without_quoted_acronym
from rasid.model import Article


def test_quantifier_with_min_names_the_group_it_counts():
    # "كثير/الكثير/العديد من" + the people: the group, as "عدد من" (not the bare quantifier)
    assert speakers('وأكد العديد من المزارعين أن "الأمطار أنقذت المحصول هذا العام".') == [
        "العديد من المزارعين"
    ]
    assert speakers('وقال الكثير من السكان إن "الطريق الجديد خفف الزحام".') == ["الكثير من السكان"]
    assert speakers('وأشار كثير من المشجعين إلى أن "المدرب تأخر في التبديلات".') == ["كثير من المشجعين"]


def test_quantifier_inside_the_words_leaves_the_speaker():
    # the quantifier and its people are what was said, not who said it
    assert speakers('وقال الوزير إن "كثيرا من المشاريع تأخرت بسبب الأمطار".') == ["الوزير"]


def test_spelt_out_acronym_after_a_full_body_name_is_left_out():
    assert speakers('وذكرت وكالة الأنباء الفرنسية "أ ف ب" أن "الاجتماع تأجل إلى الغد".') == [
        "وكالة الأنباء الفرنسية"
    ]
    assert speakers('وقالت شبكة الأخبار الأمريكية «سي إن إن» إن "الرئيس سيزور المنطقة قريبا".') == [
        "شبكة الأخبار الأمريكية"
    ]


def test_quoted_name_of_its_own_stays():
    # a quoted name of one word or of longer words is the body's own name, not an acronym spelt out
    for name, quoted in (
        ("المصرف الاستثماري الدولي غولدمان ساكس", "«غولدمان ساكس»"),
        ("الشركة الوطنية للبتروكيماويات بتروكيم", '"بتروكيم"'),
    ):
        text = f"وقالت {name.rsplit(' ', 2 if ' ساكس' in name else 1)[0]} {quoted} إن"
        where = (text.index(" ") + 1, text.rindex(quoted[-1]) + 1)
        assert without_quoted_acronym(name, text, where) == name


def test_without_quoted_acronym_on_a_mention_cut_at_its_dot():
    text = 'وذكرت هيئة البث الكندية "سي. بي. سي" أن'
    start = text.index("هيئة")
    end = text.index("سي.") + len("سي. بي. سي")
    assert without_quoted_acronym("هيئة البث الكندية سي.", text, (start, end)) == "هيئة البث الكندية"
    # a generic head and its quoted name: "صحيفة «الرياض»" keeps it
    text = "وذكرت صحيفة «الرياض» أن"
    where = (text.index("صحيفة"), text.index("»") + 1)
    assert without_quoted_acronym("صحيفة الرياض", text, where) == "صحيفة الرياض"


def test_iyya_noun_after_a_masculine_plural_nisba_is_the_object():
    # people named by a masculine plural nisba: a feminine -iyya word after them is what they said
    quotes = quotes_stage(Article(id="t", text="وأكد محللون اقتصاديون أهمية تنويع مصادر الدخل.")).quotes
    assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes] == [
        ("محللون اقتصاديون", "أهمية تنويع مصادر الدخل")
    ]


def test_iyya_adjective_of_a_non_human_plural_stays_in_the_phrase():
    # "مصادر" takes a feminine singular nisba: no masculine plural before it, the phrase goes on
    assert speakers("وقالت مصادر أمنية إن الحدود مغلقة.") == ["مصادر أمنية"]
    assert speakers("وقال مسؤولون أمنيون إن الحدود مغلقة.") == ["مسؤولون أمنيون"]
