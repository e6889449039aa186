"""Round 67: after a singular verb whose object is a person (حذر، طالب، دعا، وصف), a definite sound
plural in ين is the accusative object, so the subject is implied (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_plural_object_after_a_warning_verb_is_no_speaker():
    text = (
        "قال الخبير الاقتصادي سالم العمري إن أسعار الذهب سترتفع خلال الأشهر المقبلة. وحذر المستهلكين "
        "في السوق المحلية من شراء الذهب في هذه الفترة، مؤكدا أن الأسعار ستنخفض بعد ذلك."
    )
    assert quotes(text) == [("قال", "سالم العمري"), ("وحذر", "سالم العمري"), ("مؤكدا", "سالم العمري")]


def test_a_plural_object_after_a_demanding_verb_is_no_speaker():
    text = (
        "قال المحلل المالي خالد الراشد إن السوق تمر بمرحلة تصحيح. وطالب المتعاملين في السوق بأن "
        "يكونوا أكثر حذرا."
    )
    assert quotes(text) == [("قال", "خالد الراشد"), ("وطالب", "خالد الراشد")]


def test_a_present_verb_with_a_plural_object_keeps_the_body_named_before():
    text = (
        "قالت وزارة النقل إن الطريق سيغلق يومين للصيانة. وتحذر المسافرين من استخدام الطريق القديم، "
        "مؤكدة أن البديل آمن."
    )
    assert [s for _, s in quotes(text)] == ["وزارة النقل"] * len(quotes(text))
    assert ("وتحذر", "وزارة النقل") in quotes(text)


def test_a_plural_subject_in_un_still_speaks():
    text = "وحذر المسؤولون من ارتفاع درجات الحرارة في الأيام المقبلة."
    assert [s for _, s in quotes(text)] == ["المسؤولون"]


def test_a_plural_in_in_after_a_verb_that_takes_no_person_object_is_left_alone():
    text = "وأكد المراقبين أن الانتخابات جرت بهدوء."
    assert quotes(text) == [("وأكد", "المراقبين")]


def test_a_place_in_in_after_the_verb_is_still_the_subject():
    text = "ودعت البحرين إلى وقف إطلاق النار فورا، مؤكدة أن الحل سياسي."
    assert quotes(text)[0][1] == "البحرين"


def test_a_title_with_a_nationality_goes_to_the_guest_titled_so_after_waw():
    text = (
        "عقد وزير الخارجية سعد الحربي، ووزير الخارجية الفرنسي جان مارتان مؤتمرا صحافيا مشتركا في "
        "باريس. وقال الحربي إن المحادثات كانت إيجابية. من جانبه أوضح وزير الخارجية الفرنسي أن البلدين "
        "متفقان على كل القضايا."
    )
    assert quotes(text) == [("وقال", "سعد الحربي"), ("أوضح", "جان مارتان")]


def test_a_title_without_a_nationality_keeps_the_home_minister():
    text = (
        "عقد وزير الخارجية سعد الحربي، ووزير الخارجية الفرنسي جان مارتان مؤتمرا صحافيا مشتركا في "
        "باريس. وقال مارتان إن المحادثات كانت إيجابية. من جانبه أوضح وزير الخارجية أن البلدين "
        "متفقان على كل القضايا."
    )
    assert quotes(text) == [("وقال", "جان مارتان"), ("أوضح", "سعد الحربي")]


def test_a_title_of_another_nationality_is_not_taken():
    text = (
        "عقد وزير الخارجية سعد الحربي، ووزير الخارجية الفرنسي جان مارتان مؤتمرا صحافيا مشتركا في "
        "باريس. من جانبه أوضح وزير الخارجية الألماني أن البلدين متفقان على كل القضايا."
    )
    assert ("أوضح", "جان مارتان") not in quotes(text)


def test_a_counterpart_named_with_his_country_takes_the_countrys_title():
    text = (
        "تلقى الرئيس التونسي منصف الغربي برقية تهنئة من نظيره الجزائري عبد المجيد بوزيد بمناسبة العيد "
        "الوطني. وقال الرئيس الجزائري في برقيته إن البلدين تجمعهما روابط تاريخية."
    )
    assert quotes(text) == [("وقال", "عبد المجيد بوزيد")]


def test_another_office_of_the_same_country_is_not_the_title():
    text = (
        "عقد الرئيس حمود الشرعبي، ورئيس مجلس الوزراء اليمني فيصل العولقي اجتماعا مع المبعوث الأممي في "
        "عدن. وأكد الرئيس اليمني أن الحكومة تدعم جهود السلام."
    )
    assert quotes(text) == [("وأكد", "حمود الشرعبي")]
