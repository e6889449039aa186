"""Round 90, feeling: after «أبدى/أعرب» + subject + the feeling shown, a comma and a reporting
participle («، مؤكدين أن») make the participle the cue (the verb of feeling opens no frame), and the
subject it speaks for ends before the feeling noun, possessed or in the accusative. Sentences written
for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process

_LEAD = "صرح مدير فرع الوزارة سالم العتيبي بأن موسم الحصاد بدأ مبكرا في القرى الشمالية. "


def _quotes(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_definite_plural_speaks_through_the_participle() -> None:
    text = _LEAD + "وأبدى الفلاحون سرورهم بتسعيرة الشراء الجديدة، مؤكدين أن العائد يغطي تكاليف الري."
    quotes = _quotes(text)
    assert ("مؤكدين", "الفلاحون") in quotes
    assert all(not cue.endswith("أبدى") for cue, _ in quotes)


def test_an_indefinite_plural_stops_before_its_feeling() -> None:
    text = _LEAD + "وأبدى مزارعون ارتياحهم لتسعيرة الشراء الجديدة، مؤكدين أن العائد يغطي تكاليف الري."
    assert ("مؤكدين", "مزارعون") in _quotes(text)


def test_a_feeling_in_the_accusative_is_no_part_of_the_subject() -> None:
    text = _LEAD + "وأبدى فلاحو الوادي قلقا واضحا من شح المياه، مشيرين إلى أن الآبار بدأت تجف."
    assert ("مشيرين", "فلاحو الوادي") in _quotes(text)


def test_a_clause_before_the_participle_keeps_the_verb_frame_rules() -> None:
    # (a complementizer comes first: the participle check does not apply, the wish rule does)
    text = _LEAD + "وأعرب الفلاحون عن أملهم في أن تمطر السماء قريبا، مؤكدين أن الآبار بدأت تجف."
    quotes = _quotes(text)
    assert all(not cue.endswith("أعرب") for cue, _ in quotes)


def test_another_verb_keeps_its_subject_uncut() -> None:
    # (the cut before a feeling noun is for أبدى/أعرب only: "فرحا" here is a manner, no object)
    text = _LEAD + "وعاد المزارعون إلى حقولهم فرحا بالمطر، مؤكدين أن الموسم سيكون وفيرا."
    assert ("مؤكدين", "المزارعون") in _quotes(text)
