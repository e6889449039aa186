"""Round 92, groups: a group quantifier in the accusative after a fronting particle («لكن كثيرا من
المحللين يقولون») heads the plural-of-people subject of the plural verb after it, instead of being
read as the adverb «كثيرا» that left the verb without a speaker. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_an_accusative_quantifier_after_lakin_heads_the_group() -> None:
    text = (
        "وهبطت مؤشرات البورصة في جلسة الأمس. لكن كثيرا من المتعاملين في السوق يقولون إن الهبوط "
        "مؤقت وسيزول قريبا."
    )
    assert _speakers(text).get("يقولون") == "كثيرا من المتعاملين في السوق"


def test_an_accusative_quantifier_with_a_past_plural_verb() -> None:
    text = "وافتتحت البلدية الحديقة الجديدة. غير أن كثيرا من الأهالي قالوا إن مواقفها لا تكفي الزوار."
    assert _speakers(text).get("قالوا") == "كثيرا من الأهالي"


def test_an_expecting_verb_after_the_group_reports() -> None:
    text = "وتأجل اجتماع المنتجين إلى الشهر المقبل. لكن كثيرًا من المراقبين يتوقعون أن يرتفع الإنتاج بعده."
    assert _speakers(text).get("يتوقعون") == "كثيرًا من المراقبين"


def test_an_accusative_quantifier_of_things_is_no_group() -> None:
    text = "وتراجعت عائدات السياحة هذا العام. لكن كثيرا من الأموال تذهب إلى الخارج كما يقول الاقتصاديون."
    assert _speakers(text).get("كما يقول") == "الاقتصاديون"


def test_the_adverb_kathiran_ma_still_leaves_the_subject_after_the_verb() -> None:
    text = "وناقش المجلس خطة الطرق الجديدة. لكن كثيرا ما يقول المسؤولون إن الخطط تتأخر عن موعدها."
    assert _speakers(text).get("يقول") == "المسؤولون"
