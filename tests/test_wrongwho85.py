"""Round 85, wrong source altogether: a source named back with an emphatic word before it ("نفس
المصدر"، "ذات المصادر") or after it and an adjective ("المصادر الأمنية نفسها") is the source quoted
before, not a speaker of its own. Sentences written for these tests (invented names and events)."""

from __future__ import annotations

import pytest

from rasid.extract.quotes import _same_source_head
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation of ``text`` after the default pipeline."""
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text if q.cue else "", q.speaker.name if q.speaker else None) for q in article.quotes]


class _Key:
    """A stand-in token: only its normalised key is read."""

    def __init__(self, word: str) -> None:
        self.key = normalize(word)


def head_of(phrase: str) -> str | None:
    return _same_source_head([_Key(w) for w in phrase.split()])


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("نفس المصدر", "مصدر"),
        ("ذات المصادر", "مصادر"),
        ("ذات المصادر الأمنية", "مصادر"),
        ("المصادر نفسها", "مصادر"),
        ("المصادر المصرية نفسها", "مصادر"),
        ("المصدر العسكري ذاته", "مصدر"),
    ],
)
def test_same_source_phrases_give_their_head(phrase: str, head: str) -> None:
    assert head_of(phrase) == normalize(head)


@pytest.mark.parametrize(
    "phrase",
    [
        "المصدر",  # no emphatic word: left to the other back-references
        "نفس",  # the emphatic word alone
        "نفس مصدر",  # an indefinite noun is no back-reference
        "مصادر نفسها",
        "المصادر في الوزارة نفسها",  # a prepositional qualifier, not an adjective
        "المصادر الأمنية العسكرية الميدانية نفسها",  # more adjectives than a back-reference carries
    ],
)
def test_other_phrases_are_no_same_source(phrase: str) -> None:
    assert head_of(phrase) is None


def test_same_source_before_its_noun_is_the_officer_quoted_before() -> None:
    text = (
        "قال ضابط في شرطة المقاطعة لوكالة الأنباء إن مسلحين هاجموا مخفرا حدوديا فجر الاثنين. "
        "وأضاف نفس المصدر أن ثلاثة من المهاجمين قتلوا في الاشتباك."
    )
    found = speakers(text)
    assert found[-1] == ("وأضاف", found[0][1])
    assert found[0][1] is not None and "ضابط" in found[0][1]


def test_same_sources_with_dhat_after_someone_else_quoted() -> None:
    text = (
        "قالت مصادر دبلوماسية مطلعة إن الوفدين سيلتقيان في العاصمة الأسبوع المقبل. "
        "وقال المتحدث باسم الخارجية ماهر العتيبي إن موعد اللقاء لم يحدد بعد. "
        "وأضافت ذات المصادر أن جدول الأعمال سيتناول ملف المياه."
    )
    found = speakers(text)
    assert found[-1] == ("وأضافت", "مصادر دبلوماسية مطلعة")


def test_a_new_indefinite_source_is_not_named_back() -> None:
    # "مصدر آخر" is a separate speaker (the guide): nothing here may take the earlier one
    text = (
        "قالت مصادر دبلوماسية مطلعة إن الوفدين سيلتقيان في العاصمة الأسبوع المقبل. "
        "وقال مصدر آخر إن موعد اللقاء لم يحدد بعد."
    )
    found = speakers(text)
    assert found[-1][1] != "مصادر دبلوماسية مطلعة"


def test_same_source_with_an_adjective_takes_the_source_it_qualifies() -> None:
    text = (
        "قالت مصادر أمنية مطلعة إن الحكومة تدرس تعديلا وزاريا. "
        "وقالت مصادر برلمانية إن المجلس سيعقد جلسة طارئة. "
        "وأضافت المصادر الأمنية نفسها أن التعديل سيشمل خمس حقائب."
    )
    assert speakers(text)[-1] == ("وأضافت", "مصادر أمنية مطلعة")


def test_same_source_without_an_adjective_is_the_one_quoted_last() -> None:
    text = (
        "قالت مصادر أمنية مطلعة إن الحكومة تدرس تعديلا وزاريا. "
        "وقالت مصادر برلمانية إن المجلس سيعقد جلسة طارئة. "
        "وأضافت المصادر نفسها أن الجلسة ستكون علنية."
    )
    assert speakers(text)[-1] == ("وأضافت", "مصادر برلمانية")


# --------------------------------------------------------------------------------------------
# An adverb of manner after a verb's subject closes the subject


def test_manner_adverb_closes_the_subject_of_the_sentence_verb() -> None:
    text = (
        "قال الأمين العام للرابطة سالم الفهد إن الاعتداء مدان. "
        "واستنكر الأزهر بشدة الاعتداء الذي طال المصلين أمس، مؤكدا أن الشريعة تنبذ العنف."
    )
    assert speakers(text)[-1] == ("مؤكدا", "الأزهر")


def test_manner_adverb_after_a_plural_subject() -> None:
    text = (
        "قال الأمين العام للرابطة سالم الفهد إن الاعتداء مدان. "
        "وأدان الوزراء بقوة الهجمات على القرى، مؤكدين أن المجتمع الدولي مطالب بالتحرك."
    )
    assert speakers(text)[-1] == ("مؤكدين", "الوزراء")


def test_a_place_after_the_subject_is_no_adverb() -> None:
    # ب + a place or a body is part of the subject's title, not an adverb of manner
    text = (
        "قال الأمين العام للرابطة سالم الفهد إن الاعتداء مدان. "
        "ورحب مدير التعليم بمنطقة الجوف سامي العنزي بالزوار، مؤكدا أن المدارس جاهزة."
    )
    assert speakers(text)[-1] == ("مؤكدا", "سامي العنزي")
