"""Named things of named_things.tsv (festivals, operations, competitions, crudes, platforms) are
MISC, and their words no longer read as the place they share a word with (round 70)."""

from __future__ import annotations

from rasid.extract.entities import extract_entities


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text)]


def test_festival_is_misc() -> None:
    found = _entities("ويستعد المنظمون لافتتاح مهرجان الجنادرية الأسبوع المقبل في الرياض.")
    assert ("مهرجان الجنادرية", "MISC") in found


def test_operation_crude_and_index_are_misc() -> None:
    text = "وتواصل قوات التحالف عملية عاصفة الحزم، فيما ارتفع برنت إلى خمسين دولارا وتراجع داو جونز."
    found = _entities(text)
    assert ("عاصفة الحزم", "MISC") in found
    assert ("برنت", "MISC") in found
    assert ("داو جونز", "MISC") in found


def test_competition_is_not_a_place() -> None:
    found = _entities("ولعب الظهير الأيسر ثلاث مباريات في بطولة كوبا أمريكا.")
    assert any(label == "MISC" and text.endswith("كوبا أمريكا") for text, label in found)
    assert all(label != "LOC" for _text, label in found)
