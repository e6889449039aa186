"""Canonical names of places written inside a longer name (round 77): a word's own variant spelling
is mapped, a listed alias for another name is not («أمريكا» alone is the United States, «أمريكا
الجنوبية» is a continent).

Every sentence is written for these tests.
"""

from __future__ import annotations

from rasid.extract import entities as ent


def canonical_of(text: str, surface: str) -> str:
    """The canonical name of the entity written ``surface`` in ``text``."""
    for entity in ent.extract_entities(text):
        if entity.text == surface:
            return entity.canonical
    raise AssertionError(f"{surface} not found in {text}")


def test_continent_keeps_its_own_name() -> None:
    text = "وشاركت في الدورة منتخبات من أمريكا الجنوبية وأوروبا وآسيا."
    assert canonical_of(text, "أمريكا الجنوبية") == "أمريكا الجنوبية"


def test_country_alias_alone_still_gives_the_country() -> None:
    text = "وزار الوزير أمريكا الأسبوع الماضي لبحث ملفات التعاون."
    assert canonical_of(text, "أمريكا") == "الولايات المتحدة"


def test_word_spelling_inside_a_name_is_still_mapped() -> None:
    text = "وقال الرئيس الأمريكي السابق باراك اوباما إن الاتفاق يخدم المنطقة."
    assert canonical_of(text, "باراك اوباما") == "باراك أوباما"
