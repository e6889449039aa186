"""A one-word place that mostly names a thing (the eye, the virus, the valley) is no entity unless a
place head or a country's feminine adjective signals the place (round 70)."""

from __future__ import annotations

from rasid.extract.entities import extract_entities


def _entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extract_entities(text)]


def test_eye_in_a_medical_story_is_no_place() -> None:
    text = (
        "وأوضح استشاري طب وجراحة العيون أن إصابات العيون ترتفع في الصيف، وأن الحساسية بالعين قد تسبب "
        "احمرارا داخل العين."
    )
    assert _entities(text) == []


def test_virus_is_no_place() -> None:
    text = "وسجلت الوزارة ثلاث إصابات جديدة بفيروس كورونا، وقال الطبيب إن أعراض كورونا تشبه الزكام."
    assert all(label != "LOC" for _text, label in _entities(text))


def test_valley_as_a_common_noun_is_no_place() -> None:
    text = "وقال المزارع إن سيل الوادي قطع الطريق، وإن الأهالي عبروا الوادي سيرا على الأقدام."
    assert _entities(text) == []


def test_place_head_keeps_the_place() -> None:
    found = _entities("وصل الوفد إلى مدينة العين ثم زار بلدية العيون.")
    assert ("العين", "LOC") in found
    assert ("بلدية العيون", "ORG") in found


def test_named_district_keeps_the_whole_place() -> None:
    assert _entities("ويقع منزله في حي الوادي شمال المدينة.") == [("حي الوادي", "LOC")]


def test_tatweel_after_an_outlet_word_is_no_body() -> None:
    """A stray tatweel after «صحيفة» normalises to nothing: no entity, no crash (found by the random
    input test)."""
    text = "الرئيسالرئيس،صحيفة صحيفة ـ"
    assert all(e.text.strip("ـ") for e in extract_entities(text))


def test_country_adjective_is_not_propagated_as_the_country() -> None:
    """«السعودية» named as the country spreads to its later mentions, not to the feminine adjective
    after a definite noun (الشركات السعودية، القيادة السعودية)."""
    text = (
        "وصل الوفد إلى السعودية أمس. وارتفعت أرباح الشركات السعودية المدرجة في السوق، وأشادت القيادة "
        "السعودية بالنتائج. وتستعد السعودية لاستضافة القمة."
    )
    places = [e.start for e in extract_entities(text) if e.label == "LOC"]
    assert places == [text.index("السعودية"), text.rindex("السعودية")]
