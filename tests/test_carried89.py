"""Round 89, carried speakers: a participle or و-cue continuing a sentence whose subject phrase ran
on past a definite adjective of relation into the verb's object takes the subject, not the object
(«وانتقدت الصحف … إدارة النادي …، مؤكدة»). Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


OPENING = "قال الوزير سعد الحربي إن خطة تطوير الملاعب الجديدة جاهزة للتنفيذ خلال أشهر. "


def test_a_body_object_after_a_definite_nisba_is_not_the_subject() -> None:
    found = _speakers(OPENING + "وانتقدت الصحف الإسبانية إدارة النادي بشدة، مؤكدة أن الفريق يحتاج إلى تغيير.")
    assert found.get("مؤكدة") == "الصحف الإسبانية"


def test_a_government_subject_keeps_the_floor_over_its_object() -> None:
    found = _speakers(OPENING + "وانتقدت الحكومة البحرينية إدارة الاتحاد علنا، مؤكدة أن اللوائح لم تطبق.")
    assert found.get("مؤكدة") == "الحكومة البحرينية"


def test_a_title_keeps_its_bearer_after_the_nisba() -> None:
    found = _speakers(
        OPENING + "وأشاد الوزير السعودي خالد الفالح بجهود الشركات الوطنية، مؤكدا أن الإنتاج سيرتفع قريبا."
    )
    assert (found.get("مؤكدا") or "").endswith("خالد الفالح")


def test_a_second_subject_joined_by_wa_is_not_cut_off() -> None:
    found = _speakers(
        OPENING + "وواصلت القوات الحكومية وقوات الحلفاء تقدمها نحو المدينة، مؤكدة أنها ستحررها قريبا."
    )
    assert found.get("مؤكدة") != "الحكومية"
    assert "قوات الحلفاء" not in (found.get("مؤكدة") or "") or "القوات" in (found.get("مؤكدة") or "")


def test_a_preposition_after_the_nisba_keeps_the_body_whole() -> None:
    found = _speakers(
        "أدان المجلس البلدي في المدينة قرار إغلاق السوق الشعبي القديم، مؤكدا أن التجار تضرروا كثيرا."
    )
    assert (found.get("مؤكدا") or "").startswith("المجلس البلدي")
