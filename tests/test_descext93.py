"""Round 93 (descext): unnamed and group speakers keep a second qualifier joined by و — a people's
broken plural after the source's nisba («مسؤولون عراقيون وأكراد») and a second place or body after
the one its qualifier ends in («مصادر في عمّان وبيروت») — as one speaker (docs/quotes-annotation.md §8).
Sentences invented for these tests (people and events are fictitious)."""

from __future__ import annotations

from rasid.extract.quotes import _demonym_after_nisba
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize


def speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return {
        q.cue.text: (q.speaker.name if q.speaker else None, q.speaker.type if q.speaker else None)
        for q in article.quotes
    }


def keys(phrase: str) -> list[str]:
    return normalize(phrase).split()


def test_demonym_after_nisba_is_one_source() -> None:
    assert _demonym_after_nisba(keys("مسؤولون محليون سوريون وأكراد"), 3)
    assert _demonym_after_nisba(keys("ضباط ميدانيون أفغان وأتراك"), 3) is False  # (أفغان: no nisba)
    assert _demonym_after_nisba(keys("دبلوماسيون غربيون وروس"), 2)


def test_demonym_not_after_a_definite_word_or_mid_phrase() -> None:
    assert not _demonym_after_nisba(keys("مسؤولون السوريون وأكراد"), 2)
    assert not _demonym_after_nisba(keys("مسؤولون سوريون وأكراد في المدينة"), 2)
    assert not _demonym_after_nisba(keys("مسؤولون سوريون وسكان"), 2)


def test_coordinated_demonym_in_a_sentence() -> None:
    text = "وقال مسؤولون محليون سوريون وأكراد إن الطريق بين القريتين أغلق بعد سقوط الجسر القديم."
    assert speakers(text)["وقال"] == ("مسؤولون محليون سوريون وأكراد", "unnamed")


def test_second_source_after_nisba_still_splits() -> None:
    text = "وقال مسؤولون محليون وشهود إن الطريق بين القريتين أغلق بعد سقوط الجسر القديم."
    article = process(Article(id="t", raw=text), Options())
    names = sorted(q.speaker.name for q in article.quotes if q.speaker)
    assert names == ["شهود", "مسؤولون محليون"]


def test_second_place_joined_to_the_qualifier() -> None:
    text = (
        "وبحسب مصادر دبلوماسية في عمّان وبيروت تحدثت إليها الصحيفة، فإن اللقاء المرتقب "
        "سيتناول ملف المياه المشتركة بين البلدين."
    )
    name = next(iter(speakers(text).values()))[0]
    assert name == "مصادر دبلوماسية في عمّان وبيروت"


def test_second_body_joined_to_the_qualifier_keeps_the_mention() -> None:
    text = (
        "وأكد مصدر عسكري في وزارة الدفاع ورئاسة هيئة الإمداد العامة في البلاد أن الجنود "
        "سيحصلون على رواتبهم كاملة نهاية الشهر. وأشار المصدر إلى أن الدفعة الأولى صرفت أمس."
    )
    found = speakers(text)
    assert found["وأكد"][0] == "مصدر عسكري في وزارة الدفاع ورئاسة هيئة الإمداد العامة في البلاد"
    assert found["وأشار"][0] == found["وأكد"][0]


def test_no_second_place_without_a_qualifier() -> None:
    text = "وقال مسؤولون أردنيون ولبنانيون إن اللقاء المرتقب سيتناول ملف المياه المشتركة بين البلدين."
    assert speakers(text)["وقال"][0] == "مسؤولون أردنيون ولبنانيون"


def test_object_after_the_qualifier_is_not_taken() -> None:
    text = "وقالت مصادر في عمّان إن الوفد سيزور دمشق وبيروت خلال الأسبوع المقبل."
    assert speakers(text)["وقالت"][0] == "مصادر في عمّان"
