"""Round 92, quant: a group quantifier opening its clause (بعض، معظم، عدد، كثير من، العديد من) and the
plural it counts, right before a masculine plural present cue, speak as a group; a plural cue had
left them unquoted ("وعدد من المحللين يتوقعون أن"). Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_a_count_of_people_with_waw_before_a_plural_expecting_verb() -> None:
    text = "وصعدت أسعار القمح في الأسواق العالمية. وعدد من التجار يتوقعون أن يستمر الصعود حتى الربيع."
    assert _speakers(text).get("يتوقعون") == "عدد من التجار"


def test_a_count_with_its_size_and_a_place() -> None:
    text = (
        "وتأخر افتتاح الجسر الجديد مرة أخرى. وعدد قليل جدا من المهندسين في البلدية يتوقعون أن يفتح قبل الصيف."
    )
    assert _speakers(text).get("يتوقعون") == "عدد قليل جدا من المهندسين في البلدية"


def test_still_before_the_quantifier() -> None:
    text = "ورغم تأجيل المشروع مرتين، لا يزال بعض المراقبين يعتقدون بأن افتتاحه قريب."
    assert _speakers(text).get("يعتقدون") == "بعض المراقبين"


def test_a_broken_plural_after_the_quantifier_with_fa() -> None:
    text = "وتباينت الآراء حول خطة الميناء. فبعض رجال الأعمال يرون أن الخطة تأخرت كثيرا."
    assert _speakers(text).get("يرون") == "بعض رجال الأعمال"


def test_most_of_a_broken_plural_in_construct() -> None:
    text = "وتراجع سعر الصرف هذا الأسبوع. ومعظم صناع القرار يرون أن التراجع لن يطول."
    assert _speakers(text).get("يرون") == "معظم صناع القرار"


def test_a_quantified_group_inside_anothers_words_is_no_speaker() -> None:
    text = "وتحدث الوزير عن السوق، لافتا إلى أن بعض الخبراء يتوقعون أن تهبط الأسعار في الشتاء."
    assert "يتوقعون" not in _speakers(text)


def test_a_quantified_plural_of_things_with_a_feminine_verb_is_no_group() -> None:
    text = "وارتفعت كلفة الشحن البحري. وبعض الشركات تتوقع أن تستمر الكلفة في الارتفاع."
    assert "تتوقع" not in _speakers(text)
