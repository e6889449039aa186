"""Round 42: one full name per chain — a re-mention of a body, source or group takes the fullest form
the article gives it (sentences written for these tests)."""

from __future__ import annotations

from rasid.extract.quotes import _shortened_construct, _written_continuation
from rasid.model import Article
from rasid.text.normalize import normalize


def pipeline_speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation, after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def continuation(text: str, name: str) -> str:
    """What :func:`_written_continuation` adds after the first ``name`` in ``text``."""
    end = text.index(name) + len(name)
    return _written_continuation(text, end, normalize(name).split())


def test_a_region_after_a_bodys_name_is_left_to_the_rules():
    # (the gold keeps such a place in some bodies' names and not in others': no continuation)
    text = "أوضحت مديرية الشؤون الصحية بمحافظة القطيف أن المستشفى الجديد سيفتتح قريبا."
    assert continuation(text, "مديرية الشؤون الصحية") == ""


def test_a_coordinated_place_or_construct_continues_a_complement():
    text = "وقالت مصادر في الهيئة الملكية للجبيل وينبع إن العمل بدأ."
    assert continuation(text, "الهيئة الملكية للجبيل") == "وينبع"
    text = "تبدأ المؤسسة العامة لصيانة الطرق ومراقبة الجسور الأحد المقبل أعمالها."
    assert continuation(text, "المؤسسة العامة لصيانة الطرق") == "ومراقبة الجسور"


def test_no_continuation_past_a_mark_a_verb_or_a_time_word():
    # a comma ends the name; a reporting verb, a time word or a region without a place is no part of it
    assert continuation("أوضحت مديرية الشؤون الصحية، بمحافظة القطيف، أن", "مديرية الشؤون الصحية") == ""
    body = "الهيئة العامة لصيانة الطرق"
    assert continuation(f"وصلت {body} وأكدت الوزارة أن", body) == ""
    assert continuation("وقالت وزارة الصحة بالأمس إن الحالات تراجعت", "وزارة الصحة") == ""
    assert continuation("وقالت وزارة الصحة بمنطقة واسعة إن الحالات تراجعت", "وزارة الصحة") == ""
    assert continuation("وقالت الهيئة الملكية للجبيل ومسؤولون آخرون إن", "الهيئة الملكية للجبيل") == ""


def test_a_construct_made_definite_is_a_short_form_of_the_full_name():
    full = normalize("المؤسسة العامة لصيانة الطرق ومراقبة الجسور").split()
    assert _shortened_construct(normalize("المؤسسة العامة للصيانة").split(), full)
    # another noun, or the full name's own words: not this shortening
    assert not _shortened_construct(normalize("المؤسسة العامة للمراقبة").split(), full)
    assert not _shortened_construct(normalize("المؤسسة العامة").split(), full)


def test_a_body_quoted_by_a_shortened_construct_takes_its_full_name():
    text = (
        "تطلق المؤسسة العامة لصيانة الطرق ومراقبة الجسور الأحد المقبل مشروعا جديدا في المنطقة الشرقية.\n\n"
        "إلى ذلك، وقعت المؤسسة العامة للصيانة أمس عقدا لإنشاء محطة جديدة.\n\n"
        "وقالت المؤسسة إن المحطة ستنتج مئة ألف متر مكعب يوميا."
    )
    assert pipeline_speakers(text) == [("وقالت", "المؤسسة العامة لصيانة الطرق ومراقبة الجسور")]


def test_a_counted_group_goes_on_by_its_first_name():
    text = (
        "أكد عدد من المزارعين أن أسعار الأعلاف ارتفعت كثيرا خلال الأسبوع الماضي. "
        "وقال المزارعون إن الرقابة على الأسواق ضعيفة."
    )
    assert pipeline_speakers(text) == [("أكد", "عدد من المزارعين"), ("وقال", "عدد من المزارعين")]


def test_these_people_are_the_group_quoted_last():
    text = (
        "كشف موقوفون في خلية إرهابية أنهم تدربوا في معسكرات خارج البلاد. "
        "وقال هؤلاء إن عملهم تحول إلى النهج المسلح."
    )
    assert [s for _, s in pipeline_speakers(text)] == ["موقوفون في خلية إرهابية"] * 2
    # after a person, هؤلاء is no one quoted: it stays as it is
    text = "قال وزير الزراعة محمد العلي إن أسعار الأعلاف ارتفعت. وقال هؤلاء إن الرقابة على الأسواق ضعيفة."
    assert pipeline_speakers(text)[1] != ("وقال", "محمد العلي")


def test_a_place_joined_to_a_bodys_complement_is_no_second_speaker():
    text = "ذكرت الهيئة الملكية للجبيل وينبع في بيان أن المدينة الصناعية الجديدة ستفتتح العام المقبل."
    assert pipeline_speakers(text) == [("ذكرت", "الهيئة الملكية للجبيل وينبع")]
    # two bodies joined by و stay two speakers
    text = "ذكرت وزارة الصحة ووزارة التعليم في بيان أن المدارس ستفتح أبوابها الأسبوع المقبل."
    assert len(pipeline_speakers(text)) == 2


def test_no_construct_continuation_by_a_function_word():
    body = "اللجنة الوطنية لمكافحة الفساد"
    assert continuation(f"أعلنت {body} وخلال الأسبوع الماضي أن", body) == ""
    assert continuation(f"أعلنت {body} وحماية النزاهة أن", body) == "وحماية النزاهة"


def test_no_construct_continuation_by_a_second_body():
    body = "الأمانة العامة لهيئة الإغاثة"
    assert continuation(f"وقالت {body} ووزارة الصحة إن القوافل وصلت.", body) == ""


def test_a_bare_definite_body_is_the_one_named_before_with_its_adjectives():
    from rasid.extract.quotes import _named_before_with_head

    text = "تقدمت المقاومة الشعبية في ريف المحافظة. وقالت المقاومة إن اثنين من عناصرها قتلا."
    assert _named_before_with_head(text, normalize("المقاومة"), text.index("وقالت")) == "المقاومة الشعبية"
    text = "سيطرت فصائل المعارضة على عدة قرى. ورأت الفصائل أن التقدم يمهد لفك الحصار."
    assert _named_before_with_head(text, normalize("الفصائل"), text.index("ورأت")) == "فصائل المعارضة"
    # the nearest mention; a time word or nothing after the word names nothing
    text = "تقدمت المقاومة الشعبية ثم المقاومة الجنوبية. وقالت المقاومة إن الهجوم صد."
    assert _named_before_with_head(text, normalize("المقاومة"), text.index("وقالت")) == "المقاومة الجنوبية"
    text = "تقدمت المقاومة اليوم في الريف. وقالت المقاومة إن الهجوم صد."
    assert _named_before_with_head(text, normalize("المقاومة"), text.index("وقالت")) is None
