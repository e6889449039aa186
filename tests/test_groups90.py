"""Round 90, groups: a feminine singular cue after a feminine verb whose subject is a listed broken
plural of people («وأبدت الجماهير …، مؤكدة») speaks for that group, in its own sentence or, at the
head of the next one, when no one was quoted since. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_a_feminine_participle_takes_the_fans_with_their_adjective() -> None:
    text = "وأبدت الجماهير الاتحادية استياءها من تأخر التعاقدات، مشيرة إلى أن الفريق يحتاج إلى مهاجم صريح."
    assert _speakers(text).get("مشيرة") == "الجماهير الاتحادية"


def test_a_feminine_cue_after_the_sentence_takes_the_fans_of_a_club() -> None:
    text = (
        "وعبرت جماهير النادي عن غضبها من المدرب بعد الخسارة الثالثة. "
        "وقالت إن الصبر على الجهاز الفني نفد تماما."
    )
    assert _speakers(text).get("وقالت") == "جماهير النادي"


def test_some_of_the_families_keep_their_quantifier() -> None:
    text = "واشتكت بعض الأسر من انقطاع المياه طوال الأسبوع، مؤكدة أن البلدية لم ترد على بلاغاتها المتكررة."
    assert _speakers(text).get("مؤكدة") == "بعض الأسر"


def test_a_body_subject_keeps_the_feminine_participle() -> None:
    text = "وأبدت الوزارة أسفها لما حدث للأسر المتضررة، مؤكدة أن التعويضات ستصرف خلال أيام."
    assert _speakers(text).get("مؤكدة") != "الأسر المتضررة"


def test_a_masculine_participle_does_not_take_the_fans() -> None:
    text = "وأبدت الجماهير غضبها من القرار، وعلق المدرب خالد الشمري على ذلك مؤكدا أن الفريق سيعود أقوى."
    assert _speakers(text).get("مؤكدا") != "الجماهير"
