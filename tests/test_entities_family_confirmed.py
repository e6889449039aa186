"""A family name the recognisers leave out because it is also a common word (a weekday, a title, a
number-like word), confirmed by the article's later use of it alone as the subject of a verb of
saying (speaker round 37).

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

from conftest import person_canonicals as _persons
from rasid.model import Article
from rasid.pipeline import process

WEEKDAY_SURNAME = (
    "وأوضح رئيس جمعية الحي سعد الجمعة، أن الجمعية ستنظم دورات تدريبية للشباب. "
    "وكشف الجمعة، عن برامج جديدة للفتيات تبدأ الشهر المقبل."
)


def test_weekday_word_used_alone_as_a_subject_is_the_family_name() -> None:
    persons = _persons(WEEKDAY_SURNAME)
    assert "سعد الجمعة" in persons
    assert persons.get("الجمعة") == "سعد الجمعة"


def test_later_cue_names_the_person_in_full() -> None:
    article = process(Article(id="t", raw=WEEKDAY_SURNAME))
    speakers = [q.speaker.name if q.speaker else None for q in article.quotes]
    assert speakers == ["سعد الجمعة", "سعد الجمعة"]


def test_title_word_counts_only_after_an_abbreviated_title() -> None:
    text = (
        "وذكر أمين المحافظة م. محمد المخرج أن المتنزه يضم ساحات وملاعب للأطفال. "
        "وقال م. المخرج إن الأعمال ستنتهي قبل نهاية العام."
    )
    assert _persons(text).get("المخرج") == "محمد المخرج"


def test_bare_title_after_a_verb_is_no_family_name() -> None:
    text = (
        "وقال ماجد المتحدث باسم شرطة المنطقة إن التحقيق ما زال مستمرا. "
        "وأضاف المتحدث أن المتهمين سيحالون إلى النيابة."
    )
    assert "ماجد المتحدث" not in _persons(text)


def test_weekday_without_a_lone_use_as_subject_stays_out_of_the_name() -> None:
    text = (
        "وقال رئيس الجمعية سعد الجمعة إن الدورات ستبدأ الشهر المقبل. وأعلن الجمعة موعد الحفل السنوي للجمعية."
    )
    assert "سعد الجمعة" not in _persons(text)


def test_adverb_after_a_given_name_is_no_family_name() -> None:
    text = "وأشاد خالد دائماً بأبناء وطنه. وقال دائماً إن الوطن يستحق الكثير."
    assert "خالد دائماً" not in _persons(text)
