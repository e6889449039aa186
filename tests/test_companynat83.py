"""Round 83: a body's name is not completed to a fuller form that adds only a two-word nationality."""

from rasid.extract.name_extent import completed_to_fuller_body


def test_two_word_nationality_after_firm_is_not_added() -> None:
    name = completed_to_fuller_body("شركة هان تيك سولار", ["شركة هان تيك سولار الكورية الجنوبية"])
    assert name == "شركة هان تيك سولار"


def test_north_korean_and_south_african_are_nationalities_too() -> None:
    assert (
        completed_to_fuller_body("مؤسسة بيونغ للتجارة", ["مؤسسة بيونغ للتجارة الكورية الشمالية"])
        == "مؤسسة بيونغ للتجارة"
    )
    assert (
        completed_to_fuller_body("مجموعة زولو للتعدين", ["مجموعة زولو للتعدين جنوب أفريقيا"])
        == "مجموعة زولو للتعدين"
    )


def test_one_word_nationality_still_dropped() -> None:
    assert completed_to_fuller_body("نادي الصقور", ["نادي الصقور الأردني"]) == "نادي الصقور"


def test_nationality_then_other_adjective_still_completes() -> None:
    # a nationality followed by an adjective that is no part of it: a fuller name, kept
    assert (
        completed_to_fuller_body("هيئة الملاحة", ["هيئة الملاحة الأمريكية الفيدرالية"])
        == "هيئة الملاحة الأمريكية الفيدرالية"
    )


def test_directional_adjective_alone_is_not_a_nationality() -> None:
    # «الجنوبية» alone names a part, not a nationality: the fuller form stands
    assert completed_to_fuller_body("مصفاة الرمال", ["مصفاة الرمال الجنوبية"]) == "مصفاة الرمال الجنوبية"


def test_purpose_phrase_before_nationality_still_completes() -> None:
    assert (
        completed_to_fuller_body("شركة نجمة", ["شركة نجمة لصناعة الورق الكورية الجنوبية"])
        == "شركة نجمة لصناعة الورق الكورية الجنوبية"
    )
