"""Round 81, the fullest name the article gives: a speaker spelt as the article writes it, a body's
alias or short form resolved to the full name written with it in brackets. Every sentence is
written for these tests (invented names and events)."""

from __future__ import annotations

from rasid.extract.written_name import inner_name_with_article, with_written_spelling, written_spelling
from rasid.model import Article, Quote, Span, Speaker, attach
from rasid.pipeline import Options, process


def final_names(text: str) -> list[str | None]:
    """The speaker names of the whole pipeline (ranker and final passes included)."""
    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


# --- spelling as written ---------------------------------------------------------------------------


def test_canonical_spelling_goes_back_to_the_article_spelling():
    text = "وقال رئيس الوزراء بنيامين نتانياهو في مؤتمر صحفي إن الحكومة ستبحث خطة الموازنة."
    assert written_spelling("بنيامين نتنياهو", text) == "بنيامين نتانياهو"
    assert written_spelling("نتنياهو", "وأضاف نتانياهو أن الاجتماع سيعقد غدا.") == "نتانياهو"


def test_fullest_written_form_wins_when_both_spellings_appear():
    text = "وصل بنيامين نتانياهو إلى المطار. وقال نتنياهو إن الرحلة قصيرة."
    assert written_spelling("بنيامين نتنياهو", text) == "بنيامين نتانياهو"


def test_a_name_the_article_writes_is_left_alone():
    assert written_spelling("سيرغي لافروف", "وقال سيرغي لافروف إن المحادثات بناءة.") is None
    # (no variant of the name in the text either: nothing to go back to)
    assert written_spelling("سيرغي لافروف", "وقال الوزير إن المحادثات بناءة.") is None


def test_pass_over_the_quotes_rewrites_only_unwritten_names():
    text = "وقال سيرجي لافروف إن اللقاء مفيد. وقالت ليلى حداد إن الجولة انتهت."
    cue1, cue2 = text.index("وقال"), text.index("وقالت")
    first = Quote(
        start=cue1 + 20,
        end=cue1 + 33,
        text=text[cue1 + 20 : cue1 + 33],
        cue=Span.of(text, cue1, cue1 + 4),
        speaker=Speaker(name="سيرغي لافروف", type="person"),
        kind="indirect",
    )
    second = Quote(
        start=cue2 + 21,
        end=len(text) - 1,
        text=text[cue2 + 21 : len(text) - 1],
        cue=Span.of(text, cue2, cue2 + 5),
        speaker=Speaker(name="ليلى حداد", type="person"),
        kind="indirect",
    )
    article = attach(Article(id="t", text=text), quotes=[first, second])
    names = [q.speaker.name for q in with_written_spelling(article).quotes]
    assert names == ["سيرجي لافروف", "ليلى حداد"]


# --- aliases in brackets ---------------------------------------------------------------------------


def test_short_form_with_the_full_name_in_brackets_takes_the_full_name():
    text = (
        "ووفقا لهيئة الرمال (هيئة الرمال والواحات للدول الصحراوية) فإن المساحات الخضراء زادت. "
        "وقالت الهيئة في تقريرها إن الأمطار ساعدت على ذلك."
    )
    assert "هيئة الرمال والواحات للدول الصحراوية" in final_names(text)


def test_brackets_after_a_body_holding_a_description_are_no_full_name():
    text = (
        "وقالت شركة «نجمة» (المشغل الثالث للاتصالات في البلاد) إن أرباحها ارتفعت. "
        "وأضافت الشركة أن عدد المشتركين زاد."
    )
    assert all(name is None or "المشغل" not in name for name in final_names(text))


def test_alias_read_as_a_plural_is_the_body_named_before():
    text = (
        "انتقد ممثلو وزارة الدفاع الليتوانية (الكرملون) بطء التسليح خلال الجولة.\n\n"
        "وكان الكرملون قد ذكر بأنه يراجع احتياجات الجيش وبينها شراء عربات جديدة."
    )
    assert final_names(text) == ["وزارة الدفاع الليتوانية"]


# --- a father's name made definite ------------------------------------------------------------------


def test_father_name_with_article_takes_the_full_chain():
    names = ["سالم ناصر المحمد الفارس", "ناصر"]
    assert inner_name_with_article("الناصر", names) == "سالم ناصر المحمد الفارس"
    assert inner_name_with_article("العبد الكريم", ["هند عبد الكريم السالم الراشد"]) == (
        "هند عبد الكريم السالم الراشد"
    )


def test_father_name_rule_needs_one_inner_place_and_the_article():
    # (a family name at the end is the ordinary completion's business, not this rule's)
    assert inner_name_with_article("الفارس", ["سالم ناصر الفارس"]) is None
    # (two people with the same father's name: nobody is chosen)
    assert inner_name_with_article("الناصر", ["سالم ناصر الفارس", "خالد ناصر الفارس"]) is None
    # (without the article it is a given name, not this form of reference)
    assert inner_name_with_article("ناصر", ["سالم ناصر المحمد الفارس"]) is None
