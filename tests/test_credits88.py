"""Round 88, credits helper: after a fronted source and فإن («ووفقا لوكالة …، فإن الوزير فلان قال إن …»)
a named subject with its own reporting verb speaks for itself; a credit line («تصوير فلان»، «تقرير
أعده الزميل فلان»، «كتب: فلان») names staff, never a source or a later cue's subject.
Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_named_subject_with_its_own_verb_after_fanna_speaks() -> None:
    text = (
        "تواجه المدن الساحلية نقصا حادا في مياه الشرب. ووفقا لوكالة رويترز، فإن وزير الطاقة خالد "
        "الحربي قال، خلال مؤتمر صحفي أمس، إن الوزارة ستطلق ثلاث محطات جديدة. وأضاف أن العمل "
        "سيبدأ الشهر المقبل."
    )
    found = _speakers(text)
    assert found and all(name == "خالد الحربي" for _, name in found)


def test_a_statement_after_fanna_with_no_reporting_verb_stays_the_source_s() -> None:
    text = "ووفقا لوكالة رويترز، فإن خالد الحربي يستعد لزيارة الرياض الأسبوع المقبل لبحث التعاون."
    found = _speakers(text)
    assert found and found[0][1] == "وكالة رويترز"


def test_a_figure_after_fanna_stays_the_source_s() -> None:
    text = "وبحسب وزارة الصحة، فإن عدد المصابين ارتفع إلى ثلاثين حالة خلال الأسبوع الماضي في المنطقة."
    found = _speakers(text)
    assert found and found[0][1] == "وزارة الصحة"


def test_a_verb_after_a_named_subject_in_the_present_gives_him_the_statement() -> None:
    text = (
        'تواجه المدن الساحلية نقصا حادا في مياه الشرب خلال فصل الصيف. وبحسب "الفرنسية"، فإن مارك '
        "دوبوا الخبير في معهد دراسات المياه يعتبر أن الحكومات تتأخر كثيرا في الاستثمار بمحطات "
        'التحلية. وأضاف أن "الطلب يتضاعف كل عشر سنوات تقريبا".'
    )
    found = _speakers(text)
    assert found and all(name == "مارك دوبوا" for _, name in found)


PHOTO_STORY = (
    "أعلن النادي الأهلي تعاقده مع المهاجم البرازيلي. وقال رئيس النادي ماجد الحربي إن الصفقة تمت "
    'بعد مفاوضات طويلة. تصوير سامي المطيري ـ وأضاف: "كنا نبحث عن مهاجم بهذه المواصفات منذ بداية '
    'الموسم".'
)


def test_a_photographer_credit_never_speaks_for_a_later_cue() -> None:
    found = dict(_speakers(PHOTO_STORY))
    assert found.get("وأضاف") == "ماجد الحربي"


def test_a_writer_with_kataba_and_no_colon_still_speaks() -> None:
    text = "وكتب سامي المطيري في حسابه على تويتر أن الصفقة مبالغ فيها. وأضاف أن النادي سيندم عليها."
    assert dict(_speakers(text)).get("وأضاف") == "سامي المطيري"


def test_a_report_credit_is_no_source_and_no_later_speaker() -> None:
    text = (
        'وأوضح المزارع فهد بن سالم القحطاني لـ"واس" أن موسم التمور بدأ مبكرا هذا العام بسبب ارتفاع '
        "درجات الحرارة في المنطقة.وفقا لتقرير أعده الزميل ناصر العمري ومن تصوير : خالد الزهراني "
        "بوكالة الأنباء السعودية .\n\nوعن طريقة الري، أكد أن المزارعين يعتمدون على الآبار الجوفية منذ "
        "عقود طويلة."
    )
    found = _speakers(text)
    assert all(name != "ناصر العمري" for _, name in found)
    assert dict(found).get("أكد") == "فهد بن سالم القحطاني"


def test_a_credited_name_the_story_names_again_is_no_credit() -> None:
    from rasid.extract.quotes import credit_name_at

    text = "تصوير سامي المطيري. وقال سامي المطيري إن الصور التقطت فجرا."
    start = text.index("سامي")
    assert not credit_name_at(text, start, start + len("سامي المطيري"))
    once = "تصوير سامي المطيري. وقال المدرب إن الفريق جاهز."
    assert credit_name_at(once, start, start + len("سامي المطيري"))
