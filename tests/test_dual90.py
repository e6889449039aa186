"""A dual noun subject followed by the two persons it names gives one record each (round 90)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str, cue: str) -> list[str | None]:
    article = process(Article(id="t", raw=text), Options())
    return sorted(q.speaker.name for q in article.quotes if q.cue.text == cue and q.speaker)


def test_two_persons_after_huma() -> None:
    text = "وقال مهندسان سعوديان، هما فهد العتيبي وسامي الدوسري، إن المشروع سينتهي قبل موعده المحدد بشهرين."
    assert _speakers(text, "وقال") == ["سامي الدوسري", "فهد العتيبي"]


def test_latin_names_joined_after_a_definite_dual() -> None:
    text = (
        "وأوضح الخبيران التقنيان John Miller و Peter Brown، خلال عرض قدماه في المؤتمر، أن الهواتف "
        "الحديثة معرضة للخطر."
    )
    assert _speakers(text, "وأوضح") == ["John Miller", "Peter Brown"]


def test_dual_without_names_stays_one_group() -> None:
    text = "وقال مهندسان سعوديان إن المشروع سينتهي قبل موعده المحدد بشهرين."
    assert _speakers(text, "وقال") == ["مهندسان سعوديان"]


def test_dual_naming_only_one_is_not_split() -> None:
    text = "وقال مهندسان سعوديان، أحدهما فهد العتيبي، إن المشروع سينتهي قبل موعده المحدد بشهرين."
    assert len(_speakers(text, "وقال")) == 1


def test_name_ending_like_a_dual_is_no_dual() -> None:
    text = "وقال سلمان العتيبي وفهد الدوسري إن المشروع سينتهي قبل موعده المحدد بشهرين."
    assert _speakers(text, "وقال") == ["سلمان العتيبي", "فهد الدوسري"]


def test_bare_given_names_after_a_feminine_dual() -> None:
    text = "وقالت المعلمتان نورة وهند إن الطالبات تفوقن في الاختبار الأخير هذا العام."
    assert _speakers(text, "وقالت") == ["نورة", "هند"]


def test_dual_before_a_body_is_not_split() -> None:
    text = "وأفاد موظفان في وزارة النقل بالمدينة أن الطريق الجديد يفتح أمام السيارات غدا."
    assert len(_speakers(text, "وأفاد")) == 1


def test_two_nisbas_after_a_dual_each_take_its_singular() -> None:
    text = "وأكد الجانبان المصري والسوداني أن المحادثات بينهما ستستأنف في الأسبوع المقبل بالخرطوم."
    assert _speakers(text, "وأكد") == ["الجانب السوداني", "الجانب المصري"]
