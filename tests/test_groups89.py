"""Round 89, groups: a share of them («وأكد عدد آخر منهم»، «ويرى كثيرون منهم») speaks as the
group it is a share of, found in its own sentence or the one before when no group was quoted or
the sentence's subject; with no plural of people there it stays as written. Sentences written for
these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_another_share_of_them_is_the_people_named_in_a_genitive() -> None:
    text = (
        "شهدت مكاتب الجوازات في أبها أمس ازدحام المقيمين السودانيين لتجديد إقاماتهم، "
        "وأكد عدد آخر منهم أن المواعيد الإلكترونية سهلت عليهم الإجراءات كثيرا."
    )
    assert (_speakers(text).get("وأكد") or "").endswith("السودانيين")


def test_a_share_of_them_takes_the_group_of_the_sentence_before() -> None:
    text = (
        "طالب عدد من المزارعين في محافظة الخرج بتوفير مياه الري قبل بداية الموسم الزراعي. "
        "وأوضح عدد منهم أن الآبار الجوفية جفت خلال الصيف الماضي بسبب قلة الأمطار."
    )
    assert (_speakers(text).get("وأوضح") or "").endswith("الخرج")


def test_a_share_of_them_with_no_people_before_stays_as_written() -> None:
    text = (
        "ارتفعت أسعار الخضار في الأسواق الشعبية بنسبة كبيرة هذا الأسبوع. "
        "وأكد عدد منهم أن السبب يعود إلى ارتفاع تكاليف النقل والتخزين."
    )
    speaker = _speakers(text).get("وأكد")
    assert speaker is None or "منهم" in speaker or speaker.startswith("عدد")


def test_a_count_without_them_is_not_read_as_a_share() -> None:
    text = (
        "زار وفد من رجال الأعمال الأتراك مدينة جدة أمس للاطلاع على فرص الاستثمار. "
        "وأكد عدد من المسؤولين في الغرفة التجارية أن الزيارة ستفتح أبوابا جديدة للتعاون."
    )
    assert (_speakers(text).get("وأكد") or "").startswith("عدد من المسؤولين")
