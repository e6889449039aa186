"""Round 86, wrong sources: a name set off by commas after a title and the title's own qualifier
is the title's holder, the speaker (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import process


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """``(cue, speaker, content)`` of every quotation the default pipeline finds in ``text``."""
    article = process(Article(id="t", raw=text))
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def speakers_of(text: str, cue: str) -> list[str | None]:
    """The speakers of the quotations ``text`` gives after the cue ``cue``."""
    return [speaker for c, speaker, _content in quotes(text) if c == cue]


def test_name_after_a_description_ending_in_a_nisba():
    """The nisba closing the description (الموصلي) is no name: the name in commas after it is."""
    text = (
        "تواصلت الاحتجاجات في البلدة لليوم الثالث. "
        "وقال الناشط السياسي الموصلي، كريم يوسف الزعبي، لـ«الصحيفة»: "
        "«لن نغادر الساحة قبل أن تستجيب البلدية لمطالبنا»."
    )
    assert speakers_of(text, "وقال") == ["كريم يوسف الزعبي"]


def test_name_after_title_and_qualifier_in_marks():
    text = (
        "تراجعت أسعار الحديد في الأسواق المحلية هذا الأسبوع. "
        "وقال الخبير الاقتصادي لدى «بنك الشمال»، كريم يوسف الزعبي، إن الأسعار سترتفع مجددا."
    )
    assert speakers_of(text, "وقال") == ["كريم يوسف الزعبي"]


def test_name_after_title_and_place_qualifier():
    text = (
        "اجتمعت لجان الأحياء في المدينة مساء الأحد لمناقشة أزمة المياه. "
        "وقالت رئيسة رابطة السكان في الحي الشرقي، المهندسة سلمى عادل الحداد، إن "
        "المضخات الجديدة لم تصل بعد إلى الخزانات."
    )
    assert speakers_of(text, "وقالت") == ["سلمى عادل الحداد"]


def test_time_word_in_commas_is_no_name():
    """Commas around a time word, not a name: the title stays the speaker."""
    text = (
        "تراجعت أسعار الحديد في الأسواق المحلية هذا الأسبوع. "
        "وقال الخبير الاقتصادي لدى «بنك الشمال»، أمس، إن الأسعار سترتفع مجددا."
    )
    assert speakers_of(text, "وقال") == ["الخبير الاقتصادي"]


LEAD = "تراجعت أسعار الحديد في الأسواق المحلية هذا الأسبوع. "


def test_name_after_an_occasion_is_no_holder():
    """خلال opens an occasion, no qualifier of the title: the name after it is not its holder."""
    text = LEAD + "وقال الخبير الاقتصادي خلال ندوة «بنك الشمال»، كريم يوسف الزعبي، إن الأسعار سترتفع مجددا."
    assert speakers_of(text, "وقال") == ["الخبير الاقتصادي"]


def test_relative_clause_is_no_qualifier():
    text = LEAD + "وقال الخبير الاقتصادي الذي يعمل لدى «بنك الشمال»، كريم يوسف الزعبي، إن الأسعار سترتفع."
    assert speakers_of(text, "وقال") == ["الخبير الاقتصادي"]


def test_name_not_closed_by_a_comma_is_no_apposition():
    text = (
        LEAD + "وقال الخبير الاقتصادي لدى «بنك الشمال»، كريم يوسف الزعبي والوفد المرافق له إن الأسعار سترتفع."
    )
    assert speakers_of(text, "وقال") == ["الخبير الاقتصادي"]


def test_title_naming_its_holder_is_unchanged():
    text = (
        "وصل الوفد الحكومي إلى المحافظة صباح اليوم. "
        "وقال وزير الزراعة خالد منصور الحربي في المؤتمر الصحفي إن الموسم سيكون وفيرا."
    )
    assert speakers_of(text, "وقال") == ["خالد منصور الحربي"]


def test_name_after_a_description_no_list_holds():
    """كبير opens a description no title list holds; the name in commas after its qualifier is
    the speaker all the same."""
    text = (
        "تواصلت أعمال الإغاثة في القرى المنكوبة لليوم الخامس. "
        'وقال كبير مسعفي الطوارئ في الجمعية، كريم يوسف الزعبي "لم نتمكن من الوصول إلى ثلاث قرى '
        'بسبب الطرق المقطوعة".'
    )
    assert speakers_of(text, "وقال") == ["كريم يوسف الزعبي"]
