"""Round 69 (person names that run on into the sentence): name_extent.py ends a person speaker's name
before its first word no name holds, an age joined to digits, a manner phrase in ب + a hamzated word
or a word of person_name_run_ons.txt, so that every quotation carried on from the name has it too.
A person's name holding a comma is ended at it, or is the apposition between two commas after a
title. Names and sentences written for these tests."""

from __future__ import annotations

from rasid.extract.name_extent import name_between_commas, without_run_on_non_name
from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_an_age_after_a_slash_ends_the_name_and_the_carried_quotation_has_it():
    text = "وقال المحامي سامر الحداد / 45عاما إن القضية ستحسم قريبا. وأضاف أن موكله بريء."
    assert speakers(text) == ["سامر الحداد", "سامر الحداد"]


def test_an_apposition_head_after_the_name_is_left_out():
    text = "وقال الممثل كريم سالم منتج الفيلم إن التصوير سيبدأ الشهر المقبل."
    assert speakers(text) == ["كريم سالم"]


def test_a_manner_phrase_after_the_name_is_left_out():
    text = "ويقول المحاسب ماهر عودات بغضب إن الأسعار تضاعفت."
    assert speakers(text) == ["ماهر عودات"]


def test_run_on_words_end_a_person_name():
    assert without_run_on_non_name("جورج هاملتون الكثير") == "جورج هاملتون"
    assert without_run_on_non_name("نادر القاسم لاشك") == "نادر القاسم"
    assert without_run_on_non_name("نادر القاسم أيما إعجاب") == "نادر القاسم"
    assert without_run_on_non_name("ليلى منصور -32عاما") == "ليلى منصور"
    assert without_run_on_non_name("فرانك هولت بأسف شديد") == "فرانك هولت"
    assert without_run_on_non_name("الحداد أمام المحكمة") == "الحداد"
    assert without_run_on_non_name("ماركو فيراري أنصار الفريق") == "ماركو فيراري"


def test_a_plain_name_or_a_lone_number_is_kept():
    assert without_run_on_non_name("يوسف الشامي") == "يوسف الشامي"
    assert without_run_on_non_name("دي 3") == "دي 3"  # (a stage name's number)
    assert without_run_on_non_name("فرانك - فالتر شتاينماير") == "فرانك - فالتر شتاينماير"
    assert without_run_on_non_name("سلمان العودة") == "سلمان العودة"  # (العودة: a family name)
    assert without_run_on_non_name("سالم إمام") == "سالم إمام"  # (the title إمام, no preposition)


def test_a_description_is_no_name_to_end():
    assert without_run_on_non_name("أعضاء مجلس الشباب") == "أعضاء مجلس الشباب"
    assert without_run_on_non_name("مدير المدرسة نفسه") == "مدير المدرسة نفسه"


def test_a_name_ends_at_its_comma():
    assert name_between_commas("سمير داود، المدربين المحليين") == "سمير داود"


def test_the_apposition_between_commas_after_a_title_is_the_name():
    assert name_between_commas("نائب وزير الداخلية، كمال السعدي، المجلس البلدي") == "كمال السعدي"


def test_a_name_without_comma_is_kept():
    assert name_between_commas("كمال السعدي") == "كمال السعدي"


def test_member_noun_before_a_team_is_no_family_name() -> None:
    from rasid.model import Article
    from rasid.pipeline import Options, process

    def speakers(text: str) -> list[str | None]:
        article = process(Article(id="t", raw=text), Options())
        return [q.speaker and q.speaker.name for q in article.quotes]

    assert speakers("وقال كريم بنزيما مهاجم فريق ريال مدريد إن الموسم كان صعبا.") == ["كريم بنزيما"]
    # a title after the name: the family name نجم stays
    titled = "من جهته، قال سامر نجم الأمين العام لمركز التحكيم إن الملتقى سيعقد قريبا."
    assert speakers(titled) == ["سامر نجم"]
