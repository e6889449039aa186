"""Round 85 (nominal): after بحسب/حسب/وفق/وفقا/طبقا a noun naming a rule, measure or criterion
(«وفق الشروط»، «طبقا للقانون»، «بحسب عدد أفرادها») is no source and makes no quotation, while a
count of people («بحسب عدد من الخبراء») still speaks; a noun of saying with a possessive pronoun
(«حسب قوله»، «بحسب وصفها»، «وفقا لروايته») attributes the clause to the speaker it points back to.
Sentences invented for these tests."""

from __future__ import annotations

from rasid.model import Article


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation of ``text`` after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def cues(text: str) -> list[str]:
    return [cue for cue, _ in quotes(text)]


def test_conditions_followed_are_no_source():
    text = (
        "أعلنت بلدية الواحة فتح باب التسجيل في مسابقة الحدائق المنزلية. ويحق لكل ساكن في الحي "
        "المشاركة في المسابقة وفق عدد من الشروط، أبرزها أن تكون الحديقة داخل حدود المنزل."
    )
    assert "وفق" not in cues(text)


def test_law_followed_is_no_source():
    text = (
        "رفضت إدارة المعرض دخول الزوار بعد الساعة العاشرة مساء، كما هو معمول به حسب القانون "
        "الداخلي للمعرض منذ افتتاحه قبل خمسة أعوام."
    )
    assert "حسب" not in cues(text)


def test_count_of_things_is_no_source():
    text = (
        "توزع الجمعية الخيرية في نهاية كل شهر سلالا غذائية على الأسر المحتاجة في القرية بحسب "
        "عدد أفرادها، حيث تصل السلة الواحدة إلى عشرين كيلوغراما."
    )
    assert "بحسب" not in cues(text)


def test_level_followed_is_no_source():
    text = (
        "وتختلف رسوم الاشتراك في النادي الرياضي الجديد وفقا لمستوى الخدمات التي يختارها المشترك، "
        "وتبدأ من مئتي ريال في الشهر."
    )
    assert "وفقا" not in cues(text)


def test_count_of_experts_still_speaks():
    text = (
        "وسيؤدي افتتاح الميناء الجديد إلى خفض أسعار الشحن في المنطقة بنسبة كبيرة خلال العام المقبل، "
        "بحسب عدد من الخبراء الاقتصاديين."
    )
    found = quotes(text)
    assert [cue for cue, _ in found] == ["بحسب"]
    assert found[0][1] is not None and "الخبراء" in found[0][1]


def test_trailing_saying_noun_with_pronoun_takes_the_last_speaker():
    text = (
        "قال المدرب سالم الهاجري إن فريقه استعد جيدا لمباراة الغد أمام نادي الشروق. والفريق "
        "سيلعب من أجل الفوز فقط ولن يرضى بالتعادل، حسب قوله."
    )
    found = quotes(text)
    assert ("حسب", "سالم الهاجري") in found


def test_feminine_saying_noun_with_pronoun():
    text = (
        "قالت الباحثة منى العتيبي إن الدراسة شملت ألف طالب في المدارس الثانوية. ووفقا لروايتها، "
        "فإن نصف الطلاب يقضون أكثر من أربع ساعات يوميا أمام الشاشات."
    )
    found = quotes(text)
    assert ("ووفقا", "منى العتيبي") in found


def test_possessive_on_a_place_is_no_saying_noun():
    text = (
        "أعلنت شركة الأفق للطيران تأجيل رحلاتها إلى مدينة الريان بسبب سوء الأحوال الجوية. وستعود "
        "الرحلات إلى جدولها المعتاد يوم الأحد المقبل حسب موعدها."
    )
    assert "حسب" not in cues(text)


def test_fronted_source_in_marks_then_clause_without_comma():
    text = (
        "شهدت أسواق الذهب في المنطقة حركة نشطة خلال الأسبوع الماضي.\n\n"
        "ووفقا لمجلة «الأفق» هناك ارتفاع كبير في الطلب على السبائك الصغيرة من المستثمرين الأفراد."
    )
    found = quotes(text)
    assert [cue for cue, _ in found] == ["ووفقا"]
    assert found[0][1] is not None and "الأفق" in found[0][1]


def test_quoted_name_with_its_adjective_stays_the_source():
    text = (
        "شهدت أسواق الذهب في المنطقة حركة نشطة خلال الأسبوع الماضي.\n\n"
        "ووفقا لصحيفة «الأفق» اليومية، فإن الطلب على السبائك الصغيرة ارتفع بنسبة كبيرة."
    )
    found = quotes(text)
    assert [cue for cue, _ in found] == ["ووفقا"]
    assert found[0][1] is not None and "الأفق" in found[0][1]
