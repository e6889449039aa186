"""Entities, round 91 (places): a word or two standing alone between commas, in a comma list whose
other items are whole places, is a place too, common word or not (the villages of a governorate
listed after its towns). Sentences invented for these tests in the style of Saudi regional news."""

from __future__ import annotations

from entity_helpers import labelled


def _places(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "LOC"]


def test_common_word_village_between_listed_towns() -> None:
    text = "وتغطي الحملة الصحية مراكز جازان ، صبيا ، الموسم ، أبها ، العالية ، بحسب جدول الفرق الميدانية ."
    found = _places(text)
    assert "الموسم" in found
    assert "العالية" in found


def test_last_item_before_the_stop_is_a_place() -> None:
    text = "وشملت أعمال الصيانة طرق الطائف ، أبها ، القفل ."
    assert "القفل" in _places(text)


def test_village_joined_by_wa_keeps_the_conjunction_outside() -> None:
    text = "وتوزعت الفرق على قرى جازان ، صبيا ، والموسم ، بحسب خطة الدفاع المدني ."
    assert "الموسم" in _places(text)


def test_two_word_item_between_two_places() -> None:
    text = "وتمتد الأمطار إلى أبها ، بيشة ، الركن الجنوبي ، جازان ، وفق توقعات الأرصاد ."
    assert "الركن الجنوبي" in _places(text)


def test_two_word_item_beside_one_place_is_left() -> None:
    text = "ووصل الوفد إلى أبها ، صباح الخميس ، وعقد اجتماعا مع مسؤولي البلدية ."
    assert not any("الخميس" in surface for surface in _places(text))


def test_list_without_places_gives_nothing() -> None:
    text = "واشترى التجار القمح ، الشعير ، الذرة ، قبل ارتفاع الأسعار في الأسواق المحلية ."
    assert not any(surface in ("الشعير", "الذرة") for surface in _places(text))


def test_number_item_is_no_place() -> None:
    text = "وتنقل الحافلات الركاب بين جدة ، 40 ، الطائف ، يوميا عبر الطريق السريع ."
    assert "40" not in _places(text)


def test_long_clause_between_places_is_no_place() -> None:
    text = "وزار الوزير الرياض ، جدة ، حيث التقى المسؤولين ، الدمام ."
    assert not any("التقى" in surface for surface in _places(text))


# --- governorates added to places.tsv and common_word_towns.txt ------------------------------------


def test_added_governorate_is_a_place() -> None:
    text = "وافتتح المحافظ مشروع تصريف مياه الأمطار في بللسمر بتكلفة تجاوزت عشرة ملايين ريال ."
    assert "بللسمر" in _places(text)


def test_added_governorate_in_a_sentence() -> None:
    text = "وتعاني قرى العرضيات من انقطاع الطريق الجبلي بعد الانهيارات الصخرية الأخيرة ."
    assert "العرضيات" in _places(text)


def test_ongoing_is_no_governorate() -> None:
    text = "وحذر التقرير من آثار القتال الدائر في المنطقة على الأطفال والنساء ."
    assert not any("الدائر" in surface for surface in _places(text))


def test_common_word_governorate_in_a_wa_list() -> None:
    text = "وتوزعت فرق الرش على صبيا والعارضة خلال الأسبوع الماضي ."
    assert "العارضة" in _places(text)


def test_common_word_governorate_alone_stays_a_word() -> None:
    text = "وارتطمت الكرة بالعارضة في الدقيقة الأخيرة من المباراة ."
    assert not any("العارضة" in surface for surface in _places(text))
