"""Round 54: a name the entity tagger missed that closes a title chain after the reporting verb is the
speaker, not the title read before it (sentences written for these tests)."""

from __future__ import annotations

from conftest import speaker_at_cue as speaker_of


def _content(text: str) -> str:
    """The first quotation's content of ``text`` after the whole default pipeline."""
    from rasid.model import Article
    from rasid.pipeline import process

    article = process(Article(id="t", raw=text))
    quote = article.quotes[0]
    return article.text[quote.start : quote.end]


def test_a_gazetteer_name_closing_the_chain_is_the_speaker() -> None:
    text = "وأكد مدير المركز والمسؤول عن الملف نزيه الرشيدان أن العمل سيبدأ الشهر المقبل في المبنى الجديد."
    assert speaker_of(text, "وأكد") == "نزيه الرشيدان"
    assert _content(text).startswith("العمل سيبدأ")  # (the reported clause starts after أن)
    # (no name closes the chain: the title stays the speaker)
    text = "وأكد مدير المركز والمسؤول عن الملف الجديد أن العمل سيبدأ الشهر المقبل في المبنى الجديد."
    assert speaker_of(text, "وأكد") == "مدير المركز والمسؤول"


def test_a_name_written_again_after_a_verb_closes_the_chain() -> None:
    text = (
        "وقال رئيس اللجنة الفنية عن القطاع الشمالي، أنور متى جرجيس، للصحيفة: «لن نقبل بهذا التأخير». "
        "وكشف جرجيس عن أن اللجنة ستجتمع غدا."
    )
    assert speaker_of(text, "وقال") == "أنور متى جرجيس"
    # (a function word inside, متى, only when the article writes the name again after a verb)
    text = "وقال رئيس اللجنة الفنية عن القطاع الشمالي، أنور متى جرجيس، للصحيفة: «لن نقبل بهذا التأخير»."
    assert speaker_of(text, "وقال") == "رئيس اللجنة الفنية"


def test_a_chain_whose_holder_is_named_before_it_keeps_the_name() -> None:
    text = "وقال الدكتور سامر الحلبي، وكيل الجامعة الأهلية، إن التسجيل يبدأ الأسبوع المقبل."
    assert speaker_of(text, "وقال") == "سامر الحلبي"
    text = "وقال وكيل الجامعة الأهلية، الدكتور سامر الحلبي، إن التسجيل يبدأ الأسبوع المقبل."
    assert speaker_of(text, "وقال") == "سامر الحلبي"
