"""Round 84 (runons): speaker names that ran on past the name or stopped short of the description.
Sentences invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import without_apposition_title, without_party_adjective
from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker names of every quotation of ``text`` after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_a_knowledge_tie_stays_in_an_unnamed_source():
    text = "وقال مسؤول مصرفي على دراية بالصفقة إن المصرفين سيعلنان الاندماج الأسبوع المقبل."
    assert speakers(text) == ["مسؤول مصرفي على دراية بالصفقة"]


def test_a_knowledge_tie_after_a_bare_head_keeps_its_object():
    text = "وقال مسؤول على اطلاع على الملف إن المفاوضات ستستأنف في الربيع."
    assert speakers(text) == ["مسؤول على اطلاع على الملف"]


def test_a_demonstrative_object_of_the_tie_is_kept_whole():
    text = "وأكد مصدر حكومي على علم بتلك الترتيبات أن الوزارة سترد قريبا."
    assert speakers(text) == ["مصدر حكومي على علم بتلك الترتيبات"]


def test_on_before_another_noun_is_no_knowledge_tie():
    text = "وقال مسؤول حكومي على هامش الندوة إن الخطة ستعرض على البرلمان."
    assert speakers(text) == ["مسؤول حكومي"]


def test_a_knowledge_phrase_inside_the_content_is_left_there():
    text = "وقال مسؤول إن الحكومة على علم بالقضية منذ شهرين."
    assert speakers(text) == ["مسؤول"]


def test_a_construct_title_after_the_full_name_is_cut():
    assert without_apposition_title("سامر الخطيب كبير محللي العملات") == "سامر الخطيب"
    assert without_apposition_title("كمال الدروبي عالم الفيزياء") == "كمال الدروبي"
    assert without_apposition_title("هادي النمر طبيب أطفال") == "هادي النمر"


def test_a_compound_given_name_or_a_last_family_word_stays():
    # «نجم الدين» is a name; «كبير» last may be the family name; one name word before it is too few
    assert without_apposition_title("حسن محمد نجم الدين") == "حسن محمد نجم الدين"
    assert without_apposition_title("إبراهيم علي كبير") == "إبراهيم علي كبير"
    assert without_apposition_title("ماجد كبير المحاسبين") == "ماجد كبير المحاسبين"
    assert without_apposition_title("عبدالله بن كبير الشمري") == "عبدالله بن كبير الشمري"


def test_an_analyst_in_apposition_is_cut_from_the_speaker():
    text = "وقال سامر الخطيب كبير محللي العملات في شركة نور للاستثمار إن الدولار سيتراجع هذا الشهر."
    assert speakers(text) == ["سامر الخطيب"]


def test_a_party_adjective_after_a_full_name_is_cut():
    assert without_party_adjective("وليد هارتمن الجمهوري") == "وليد هارتمن"
    assert without_party_adjective("سوزان كرم العمالية") == "سوزان كرم"


def test_a_party_adjective_after_one_name_word_or_a_nisba_stays():
    assert without_party_adjective("هارتمن الجمهوري") == "هارتمن الجمهوري"
    assert without_party_adjective("سامي خليل المصري") == "سامي خليل المصري"


def test_a_senator_named_with_his_party_is_quoted_without_it():
    text = "وقال السناتور وليد هارتمن الجمهوري: «لن نوافق على الميزانية بصيغتها الحالية»."
    assert speakers(text) == ["وليد هارتمن"]
