"""Quotes, round 79: the learned ranker may not swap a body the rules carried to an implied-subject
cue for another body while the rules' body is written in the cue's own sentence.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.speakers import Candidate, body_in_cue_sentence
from rasid.model import Quote, Span, Speaker


def _carried(text: str, body: str, cue: str) -> Quote:
    """A quotation after ``cue`` whose speaker is ``body`` carried with no mention of its own."""
    start = text.index(cue)
    return Quote(
        start=start + len(cue) + 1,
        end=len(text),
        text=text[start + len(cue) + 1 :],
        kind="indirect",
        cue=Span.of(text, start, start + len(cue)),
        speaker=Speaker(name=body, type="organization"),
    )


def _body(text: str, name: str, kind: str = "organization") -> Candidate:
    """A candidate named ``name`` at its first mention in ``text``."""
    at = text.index(name)
    return Candidate(key=name, name=name, type=kind, entity_id=None, mention=(at, at + len(name)))


def test_a_country_that_condemns_keeps_the_description_after_its_object() -> None:
    text = "أدانت المملكة المتحدة أمس هجمات جماعة الشباب الصومالية في مقديشو ووصفتها بأنها عمل جبان."
    assert cue_speakers(text)[-1] == ("ووصفتها", "المملكة المتحدة")


def test_a_country_that_refuses_a_request_keeps_the_participle() -> None:
    text = (
        "وأعلنت هيئة الطيران المدني أن الرحلات ستعود. "
        "ورفضت الكويت طلب الشركة الإيرانية للطيران، مؤكدة أن الأجواء مغلقة."
    )
    assert cue_speakers(text)[-1] == ("مؤكدة", "الكويت")


def test_a_union_that_rejects_a_ministry_decision_keeps_the_participle() -> None:
    text = (
        "قالت وزارة الصحة إن الحالات تراجعت. "
        "ورفضت نقابة المعلمين في الأردن قرار وزارة التربية بتمديد العام الدراسي، مؤكدة أنه يضر بالطلاب."
    )
    assert cue_speakers(text)[-1] == ("مؤكدة", "نقابة المعلمين")


def test_the_object_body_in_the_cue_sentence_is_vetoed() -> None:
    text = "ورفضت البلدية عرض الشركة الوطنية للنقل، مؤكدة أن الميزانية لا تسمح."
    quote = _carried(text, "البلدية", "مؤكدة")
    assert body_in_cue_sentence(_body(text, "الشركة الوطنية للنقل"), quote, text)


def test_a_carried_body_not_written_in_the_cue_sentence_is_not_vetoed() -> None:
    text = "وأعلنت الشركة الوطنية للنقل خطتها الجديدة. ورحبت بها كثيرا، مؤكدة أنها ستدعمها."
    quote = _carried(text, "البلدية", "مؤكدة")
    assert not body_in_cue_sentence(_body(text, "الشركة الوطنية للنقل"), quote, text)


def test_a_rules_body_written_before_a_full_stop_is_not_vetoed() -> None:
    text = "ورفضت البلدية العرض. وأعلنت الشركة الوطنية للنقل خطتها، مؤكدة أن الأسعار ستنخفض."
    quote = _carried(text, "البلدية", "مؤكدة")
    assert not body_in_cue_sentence(_body(text, "الشركة الوطنية للنقل"), quote, text)


def test_a_pick_running_on_from_the_rules_name_is_not_vetoed() -> None:
    text = "وأشار تقرير منظمة الصحة العالمية إلى تراجع الإصابات، موضحا أن اللقاحات ساعدت."
    quote = _carried(text, "تقرير منظمة", "موضحا")
    assert not body_in_cue_sentence(_body(text, "الصحة العالمية"), quote, text)


def test_a_person_pick_is_left_to_the_other_checks() -> None:
    text = "ورفضت البلدية طلب المقاول سعيد الغامدي، مؤكدة أن العقد انتهى."
    quote = _carried(text, "البلدية", "مؤكدة")
    assert not body_in_cue_sentence(_body(text, "سعيد الغامدي", "person"), quote, text)
