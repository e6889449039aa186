"""Round 83 (appositions): a definite participle after a person's full name describes him, it does
not go on his name. Sentences invented for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _definite_participle_title, normalized_word
from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker names of every quotation of ``text`` after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_participle_titles_are_appositions():
    for word in ("المذيع", "المستثمر", "المطلع"):
        assert _definite_participle_title(normalized_word(word)), word


def test_names_and_nisbas_are_not_participle_titles():
    # a known family name, a nisba family name, a short word and an indefinite word stay name words
    for word in ("المنصور", "المطيري", "المالكي", "مذيع", "الماء"):
        assert not _definite_participle_title(normalized_word(word)), word


def test_presenter_after_full_name_is_cut_from_the_speaker():
    text = "قال الإعلامي سامر الحوراني المذيع بقناة النهار: «الحقيقة لا تخيفنا ونحن مستمرون في عملنا»."
    assert speakers(text) == ["سامر الحوراني"]


def test_known_family_name_after_given_name_stays():
    text = "قال المهندس خالد المنصور: «المشروع سينتهي قبل نهاية العام المقبل بإذن الله»."
    assert speakers(text) == ["خالد المنصور"]
