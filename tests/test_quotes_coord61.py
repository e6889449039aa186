"""Round 61: two bodies joined by و and a definite dual pointing back to two named parties give one
record per body or party (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_two_bodies_joined_by_wa_are_two_speakers():
    assert speakers("وأكدت الشرطة والجيش أن الهجوم على المعبر فشل.") == ["الشرطة", "الجيش"]
    assert speakers("وأكدت واشنطن وأنقرة أن التعاون بينهما مستمر.") == ["واشنطن", "أنقرة"]


def test_one_body_with_wa_inside_its_name_stays_whole():
    assert speakers("وقالت وزارة الخارجية والتعاون الدولي إن الوفد وصل إلى العاصمة.") == [
        "وزارة الخارجية والتعاون الدولي"
    ]


def test_a_dual_of_two_bodies_named_before_gives_each():
    text = "خفضت شركة موديز وشركة فيتش تصنيف البلاد. وقالت الشركتان إن العجز ارتفع كثيرا."
    assert speakers(text) == ["شركة موديز", "شركة فيتش"]


def test_a_dual_with_no_pair_named_before_stays_one_record():
    assert len(speakers("وقالت الشركتان إن العجز ارتفع كثيرا هذا العام.")) == 1
