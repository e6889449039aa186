"""Round 82, second wave (false quotations): a present form of بلغ followed by a figure or a measure
word ("ويبلغ عدد …"، "تبلغ قيمة …"، "يبلغ عمره …"، "تبلغ 30 صفحة") means "amounts to", not the verb
of telling يُبلغ, so it opens no quotation.

What stays: أبلغ in the past with its clause, and a present form of أبلغ with whom it tells and أن.

Also: a prayer after دعا (God's name before أن, or God the subject of the clause's verb) is found
past a long title, an adjunct with a comma, or a title's dot ("د."): no quotation. A call with a long
title and an أن clause stays.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def _cues(text: str) -> list[str]:
    return [row[1] for row in quote_rows(text)]


def test_number_of_staff_amounts_to_is_no_cue() -> None:
    text = "ويبلغ عدد موظفي شركة النقل الوطنية «سريع» نحو 9 آلاف موظف يعملون في أربع مدن."
    assert not any("بلغ" in cue for cue in _cues(text))


def test_value_amounts_to_is_no_cue() -> None:
    text = (
        "وذكرت الهيئة أن الدفعة الثانية ستصرف قريبا، وتبلغ قيمة الدفعة 120 مليون ريال، "
        "ويفترض أن تصل الشهر المقبل."
    )
    assert not any("بلغ" in cue for cue in _cues(text))


def test_age_with_a_possessive_is_no_cue() -> None:
    text = "وصدمت سيارة مسرعة رجلا يبلغ عمره 64 عامًا في حي الروضة، وكان يعبر الطريق بعد صلاة العشاء."
    assert not any("بلغ" in cue for cue in _cues(text))


def test_a_bare_figure_after_the_verb_is_no_cue() -> None:
    text = (
        "وتضم المكتبة مخطوطة نادرة مكتوبة على رق الغزال تبلغ 22 صفحة، بما يؤكد أنها من أقدم مخطوطات المنطقة."
    )
    assert not any("بلغ" in cue for cue in _cues(text))


def test_past_ablagha_with_its_clause_still_reports() -> None:
    text = "وأبلغ المتحدث باسم الأمانة ماجد الحربي الصحيفة أن أعمال الصيانة ستنتهي قبل نهاية الشهر."
    assert _cues(text) == ["وأبلغ"]


def test_present_telling_with_whom_and_an_clause_is_not_a_measure() -> None:
    from rasid.extract.quotes import _amounts_to_verb, _Doc, reporting_verbs
    from rasid.model import Article
    from rasid.pipeline import process
    from rasid.text.normalize import normalize

    article = process(Article(id="t", raw="وتبلغ الوزارة المراجعين بأن المواعيد الجديدة تبدأ الأحد المقبل."))
    doc = _Doc(article)
    verb = next(i for i, token in enumerate(doc.tokens) if token.key == normalize("وتبلغ"))
    assert not _amounts_to_verb(doc, verb, reporting_verbs()[normalize("وتبلغ")])
    measured = process(Article(id="t", raw="وتبلغ مساحة الحديقة الجديدة أربعة آلاف متر مربع."))
    doc = _Doc(measured)
    verb = next(i for i, token in enumerate(doc.tokens) if token.key == normalize("وتبلغ"))
    assert _amounts_to_verb(doc, verb, reporting_verbs()[normalize("وتبلغ")])


# Prayers after دعا with a long title or an adjunct before God's name (round 82): no quotation.


def test_prayer_after_a_long_title_is_no_quotation() -> None:
    text = "ودعا سمو الأمير فهد بن سلطان بن ناصر بن عبدالرحمن المولى أن يحفظ هذه البلاد وأهلها من كل سوء."
    assert not any("دعا" in cue for cue in _cues(text))


def test_prayer_after_an_adjunct_with_a_comma_is_no_quotation() -> None:
    text = (
        "ودعا محافظ المدينة خلال حضوره حفل تخريج الدفعة الخامسة من طلاب الكلية، "
        "أن يحفظ الله الوطن وأن يديم عليه نعمة الأمن."
    )
    assert not any("دعا" in cue for cue in _cues(text))


def test_prayer_after_a_title_dot_is_no_quotation() -> None:
    text = "وفي ختام الملتقى دعا د. الشمراني الله عز وجل أن يوفق المشاركين لما فيه خير."
    assert not any("دعا" in cue for cue in _cues(text))


def test_call_with_a_long_title_and_an_clause_still_reports() -> None:
    text = (
        "ودعا رئيس مجلس إدارة الجمعية الخيرية بالمنطقة الشرقية سامي الدوسري "
        "الأهالي إلى أن يسجلوا أبناءهم في البرنامج الصيفي قبل نهاية الأسبوع."
    )
    assert any("دعا" in cue for cue in _cues(text))
