"""Round 71: one statement by several named or unnamed sources gives one record per source (sentences
written for these tests)."""

from __future__ import annotations

from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_a_list_of_named_people_with_a_comma_before_the_second_name():
    assert speakers(
        "وأكد المواطنون سالم العمري، فهد القرني، وماجد الزهراني، أنهم انتظروا ساعات طويلة أمام المكتب."
    ) == ["سالم العمري", "فهد القرني", "ماجد الزهراني"]


def test_a_name_in_commas_after_a_title_stays_one_speaker():
    assert speakers("وأكد مدير الإدارة، خالد الحربي، أن المشروع سينتهي قبل نهاية العام.") == ["خالد الحربي"]


def test_a_list_of_named_people_closing_on_a_quotation_mark():
    assert speakers(
        "وقال كل من المهندس ناصر الدوسري، والمهندس بدر الشمري، والمهندس راشد العنزي "
        "«نحن فخورون بما تحقق في المشروع»."
    ) == ["ناصر الدوسري", "بدر الشمري", "راشد العنزي"]


def test_a_quoted_newspaper_name_in_commas_does_not_close_a_list():
    found = speakers(
        'وأشارت الإحصائية التي أصدرتها هيئة الإحصاء العامة، واطلعت عليها "الوطن"، إلى أن الصادرات ارتفعت.'
    )
    assert found == ["هيئة الإحصاء العامة"]


def test_an_indefinite_source_and_a_listed_plural_after_wa_are_two_sources():
    found = speakers("وأكد معلمون وأولياء أمور أن الاختبارات جاءت أصعب من المتوقع.")
    assert found == ["معلمون", "أولياء أمور"]
    found = speakers("وقال سكان ومنظمات حقوقية إن الشرطة أطلقت النار على المحتجين.")
    assert found == ["سكان", "منظمات حقوقية"]


def test_a_listed_plural_after_a_longer_phrase_stays_one_source():
    assert speakers("وقال عدد من الأطباء وأعضاء الفريق إن العملية نجحت.") == ["عدد من الأطباء وأعضاء الفريق"]
