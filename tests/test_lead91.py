"""Round 91, lead: a word whose first letter و/ف is its own (فيما، وفقا، وزير، فبراير) keeps it when a
conjunction is stripped, so the particle, role and month sets it is in still find it; and a reporting
verb after «كما»/«فيما» following an indefinite noun or naming the medium reports with its subject.
Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _strip_conjunction
from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_a_word_whose_first_letter_is_its_own_stays_whole() -> None:
    for word in ("فيما", "وفقا", "وفق", "فبراير", "فضيله"):
        assert _strip_conjunction(word) == word


def test_a_conjunction_before_a_word_is_still_stripped() -> None:
    assert _strip_conjunction("وقال") == "قال"
    assert _strip_conjunction("فقد") == "قد"
    assert _strip_conjunction("وكان") == "كان"
    assert _strip_conjunction("وفيما") == "فيما"
    assert _strip_conjunction("وفضيله") == "فضيله"


def test_kama_then_a_verb_after_an_indefinite_noun_reports() -> None:
    text = "وتعطلت حافلة مدرسية على الطريق الساحلي كما أكد ركاب أن السائق تصرف بحكمة."
    assert _speakers(text).get("أكد") == "ركاب"


def test_kama_qala_to_an_agency_keeps_the_speaker_after_the_medium() -> None:
    text = (
        "وأغلقت السلطات المعبر الحدودي صباح اليوم، كما قال لوكالة الأنباء الفرنسية مسؤول في "
        "الجمارك إن الإغلاق مؤقت."
    )
    assert _speakers(text).get("قال") == "مسؤول في الجمارك"


def test_fima_then_a_feminine_verb_takes_the_body() -> None:
    text = "وارتفعت أسعار الخضار في الأسواق الشعبية، فيما أكدت وزارة التجارة أن الرقابة مستمرة."
    assert _speakers(text).get("أكدت") == "وزارة التجارة"


def test_an_honorific_before_a_title_is_no_speaker_of_its_own() -> None:
    text = (
        "ألقى الشيخ سالم بن عبدالله الراشد إمام وخطيب الجامع الكبير خطبة الجمعة أمس. "
        "وأكد فضيلة إمام وخطيب الجامع الكبير أن التكافل واجب على الجميع."
    )
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    names = [q.speaker.name for q in article.quotes if q.speaker]
    assert names and "فضيلة" not in names


def test_fima_then_the_verb_bayyana_is_a_cue() -> None:
    text = "وارتفع إنتاج المصنع خلال العام الماضي، فيما بين المدير العام أن الطلب تضاعف."
    assert "بين" in _speakers(text)


def test_between_after_fi_is_still_the_preposition() -> None:
    text = "وتتواصل المشاورات في بين الجانبين حول الاتفاق، وأكد الوزير أن الحل قريب."
    assert "بين" not in _speakers(text)
