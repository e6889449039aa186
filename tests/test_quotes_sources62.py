"""Round 62: a later definite group head («الباحثون»، «الخبراء») goes back to the indefinite group the
text named before it, as first given (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article


def rules_speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation as the rules give it (no ranker)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_a_definite_group_head_goes_back_to_the_group_the_text_named():
    text = (
        "في مؤتمر عقد أمس تحدث باحثون في جامعة الملك سعود عن نتائج التجربة. "
        "وقال الباحثون إن الدواء الجديد فعال."
    )
    assert rules_speakers(text)[-1] == ("وقال", "باحثون في جامعة الملك سعود")


def test_a_group_head_in_another_nouns_genitive_is_no_antecedent():
    # negative: «آراء باحثين في …» names no group that spoke
    text = "استندت الوزارة إلى آراء باحثين في الاقتصاد. وقال الباحثون إن النمو سيتسارع."
    assert rules_speakers(text)[-1] == ("وقال", "الباحثون")
