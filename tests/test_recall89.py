"""Round 89 (recall): three narrow cue shapes the open sets' misses showed — a past reporting verb of
going on or writing right before a present of saying («وتابع يقول «…»»، «وكتب يقول»), the
present of أكمل before a colon («ويكمل: «…»»), and «هذا ما قاله فلان» right after words in marks.
Every sentence here is invented for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def quoted(text: str) -> list[tuple[str, str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.kind, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


_OPENING = "وأكد مدير المهرجان فيصل القحطاني أن عدد الزوار تجاوز التوقعات في يومه الأول. "


def test_a_continuing_verb_then_a_present_of_saying_reports_marks() -> None:
    found = quoted(_OPENING + "وتابع يقول «سنمدد أيام المهرجان أسبوعا كاملا إذا استمر الإقبال».")
    assert [(kind, who) for _, kind, who, _ in found] == [
        ("indirect", "فيصل القحطاني"),
        ("direct", "فيصل القحطاني"),
    ]
    assert found[1][3] == "سنمدد أيام المهرجان أسبوعا كاملا إذا استمر الإقبال"


def test_added_then_a_present_of_saying_reports_its_clause() -> None:
    found = quoted(_OPENING + "وأضاف يقول إن الفرق التطوعية ستبقى في الساحات حتى منتصف الليل.")
    assert [(kind, who) for _, kind, who, _ in found] == [
        ("indirect", "فيصل القحطاني"),
        ("indirect", "فيصل القحطاني"),
    ]
    assert found[1][3].startswith("الفرق التطوعية ستبقى")


def test_wrote_then_a_present_of_saying_reports_marks() -> None:
    text = (
        "نشر الكاتب منصور الهاجري صورة لمكتبته القديمة على حسابه. "
        'وكتب يقول "هنا قضيت أجمل سنوات عمري بين الكتب".'
    )
    found = quoted(text)
    assert [(kind, who) for _, kind, who, _ in found] == [("direct", "منصور الهاجري")]
    assert found[0][3] == "هنا قضيت أجمل سنوات عمري بين الكتب"


def test_a_present_of_saying_after_another_verb_stays_out() -> None:
    # (negative: "واستمر" is no listed verb of going on: its present of saying stays impersonal)
    text = _OPENING + "واستمر يقول إن الفعاليات ستتواصل حتى نهاية الشهر."
    assert [kind for _, kind, _, _ in quoted(text)] == ["indirect"]


def test_the_present_of_went_on_before_a_colon_reports_marks() -> None:
    text = (
        "وأكد الفنان التشكيلي وليد الزهراني أن المعرض يضم أربعين لوحة جديدة. "
        "ويكمل الزهراني: «رسمت أغلبها خلال إقامتي في القرية الجبلية»."
    )
    found = quoted(text)
    assert [(cue, who) for cue, _, who, _ in found] == [("وأكد", "وليد الزهراني"), ("ويكمل", "وليد الزهراني")]
    assert found[1][3] == "رسمت أغلبها خلال إقامتي في القرية الجبلية"


def test_the_present_of_went_on_without_a_colon_reports_nothing() -> None:
    # (negative: "ويكمل" + its object is the act of completing, no statement)
    text = (
        "وأكد الفنان التشكيلي وليد الزهراني أن المعرض يضم أربعين لوحة جديدة. "
        "ويكمل الزهراني لوحته الأخيرة في مرسمه الصغير قبل الافتتاح."
    )
    assert [cue for cue, *_ in quoted(text)] == ["وأكد"]


def test_this_is_what_he_said_after_marks_reports_them() -> None:
    text = (
        "عاد المنتخب إلى العاصمة فجر اليوم بعد البطولة. «لم نتوقع كل هذا الحب من الجماهير في المطار». "
        "هذا ما قاله القائد ياسر الغامدي للصحفيين عند وصوله."
    )
    found = quoted(text)
    assert [(cue, kind, who) for cue, kind, who, _ in found] == [("قاله", "direct", "ياسر الغامدي")]
    assert found[0][3] == "لم نتوقع كل هذا الحب من الجماهير في المطار"


def test_this_is_what_the_team_needs_after_marks_reports_nothing() -> None:
    # (negative: "هذا ما" before a verb that is no saying points at no speaker)
    text = (
        "عاد المنتخب إلى العاصمة فجر اليوم بعد البطولة. «لم نتوقع كل هذا الحب من الجماهير في المطار». "
        "هذا ما يحتاجه الفريق قبل التصفيات المقبلة."
    )
    assert quoted(text) == []


def test_this_is_what_confirmed_without_the_pronoun_reports_nothing() -> None:
    # (negative: "وهذا ما أكد" + an object: the verb's own statement, not the words in marks)
    text = (
        "نشرت الجمعية على موقعها عبارة «نحن هنا لخدمة كل الأسر المحتاجة في الحي»، "
        "وهذا ما أكد حرصها على العمل الميداني طوال العام."
    )
    assert "نحن هنا لخدمة كل الأسر المحتاجة في الحي" not in [words for *_, words in quoted(text)]
