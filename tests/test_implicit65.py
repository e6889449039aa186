"""Round 65: a subjectless cue («وقال»، «وأضاف») whose own sentence names one person as the subject
of a verb that opens a clause is that person's, not the speaker quoted before (sentences written
for these tests)."""

from __future__ import annotations

from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_a_person_after_a_verb_that_follows_a_closing_mark_takes_the_cue():
    text = (
        "قال المدرب فهد الشمري إن الفريق جاهز للمباراة. «الخطة جاهزة» استعرض مدير النادي ماجد "
        "العنزي خطة الموسم المقبل وقال إن الفريق سيشارك في بطولتين."
    )
    assert speakers(text) == ["فهد الشمري", "ماجد العنزي"]


def test_a_person_after_a_verb_joined_by_waw_takes_the_cue_over_the_earlier_speaker():
    text = (
        "أكد وزير الصحة خالد العتيبي أن المستشفى الجديد سيفتتح قريبا. وتحت شعار «صحتك أولا» أطلق "
        "مدير الشؤون الصحية سعد الدوسري حملة توعوية، وأضاف أن الحملة ستستمر شهرا."
    )
    assert speakers(text) == ["خالد العتيبي", "سعد الدوسري"]


def test_a_person_after_a_preposition_is_no_subject():
    text = (
        "قال المدرب فهد الشمري إن الفريق جاهز للمباراة. وأشاد بجهود مساعده ماجد العنزي، وقال إن العمل جماعي."
    )
    assert speakers(text) == ["فهد الشمري", "فهد الشمري"]


def test_a_person_in_the_genitive_of_a_noun_is_no_subject():
    text = (
        "قال المدرب فهد الشمري إن الفريق جاهز للمباراة. وتحدث عن زيارة رئيس النادي ماجد العنزي "
        "للمعسكر، وقال إن الزيارة رفعت معنويات اللاعبين."
    )
    assert speakers(text) == ["فهد الشمري", "فهد الشمري"]


def test_a_person_after_a_noun_following_a_mark_is_no_subject():
    text = (
        "قال المدرب فهد الشمري إن الفريق جاهز للمباراة. «الموسم صعب» وطالب بدعم رئيس النادي ماجد "
        "العنزي، وقال إن الدعم ضروري."
    )
    assert speakers(text) == ["فهد الشمري", "فهد الشمري"]


def test_a_cue_with_its_own_subject_keeps_it():
    text = (
        "قال المدرب فهد الشمري إن الفريق جاهز للمباراة. «الخطة جاهزة» استعرض مدير النادي ماجد "
        "العنزي خطة الموسم وأوضح المدرب الشمري أن اللاعبين جاهزون."
    )
    assert speakers(text)[-1] == "فهد الشمري"


def test_a_verb_after_a_time_word_opens_the_clause_of_its_subject():
    text = (
        "قال المدرب فهد الشمري إن الفريق جاهز للمباراة. وفي مؤتمر صحافي في الرياض هذا الشهر انتقد "
        "رئيس الاتحاد سعد الدوسري نتائج المنتخب وقال إن التغيير قادم."
    )
    assert speakers(text) == ["فهد الشمري", "سعد الدوسري"]


def test_a_person_after_the_object_of_the_verb_is_no_subject():
    text = (
        "قال المدرب فهد الشمري إن الفريق جاهز للمباراة. وفي مؤتمر صحافي في الرياض هذا الشهر انتقد "
        "المدرب أداء الحارس سعد الدوسري وقال إن التغيير قادم."
    )
    assert speakers(text) == ["فهد الشمري", "فهد الشمري"]


def test_a_title_with_a_lil_complement_stands_between_the_verb_and_the_name():
    text = (
        "قال وزير الداخلية فهد الشمري إن التحقيق مستمر. وفي بيان صدر مساء أمس نعى وزير الدولة للشؤون "
        "الخارجية سعد الدوسري الضحايا، قائلا: «رحمهم الله جميعا»."
    )
    assert speakers(text) == ["فهد الشمري", "سعد الدوسري"]
