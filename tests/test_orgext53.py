"""An organisation speaker's name extent (round 53): adjectives of standing or allegiance that close
a body's name of three words or more are left out (الرسمية، الموالي، الكردية), and in a medium's
name a nisba after a coordinated definite noun stays, the noun's adjective."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.name_extent import without_standing_adjective
from rasid.extract.quotes import _medium_name


def test_standing_adjective_closing_a_body_name_is_dropped():
    assert without_standing_adjective("وكالة النجم للأخبار الرسمية") == "وكالة النجم للأخبار"
    assert without_standing_adjective("مجلس الشورى الأعلى الموالي") == "مجلس الشورى الأعلى"
    assert without_standing_adjective("قوات الحماية الوطنية الكردية") == "قوات الحماية الوطنية"


def test_standing_adjective_after_a_lone_head_is_kept():
    # (negative: with two words the adjective is the identifier: "the loyal council")
    assert without_standing_adjective("الوكالة الرسمية") == "الوكالة الرسمية"
    assert without_standing_adjective("القوات الكردية") == "القوات الكردية"


def test_other_closing_adjective_is_kept():
    # (negative: a country's adjective after a generic body is the identifier)
    assert without_standing_adjective("وزارة الزراعة المصرية") == "وزارة الزراعة المصرية"


def test_pipeline_drops_the_standing_adjective_of_a_body():
    text = "وقالت وكالة الأنباء الوطنية الرسمية في بيان مساء الثلاثاء إن «الحكومة أقرت خطة جديدة للطرق»."
    assert speakers(text)[-1].split()[-1] != "الرسمية"


def test_medium_nisba_after_coordinated_noun_is_the_nouns():
    assert _medium_name("وكالة المياه والغابات الوطنية الكندية") == "وكالة المياه والغابات الوطنية"


def test_medium_nisba_after_a_plain_noun_still_goes():
    # (negative: no coordinated noun before the adjective: it describes the agency)
    assert _medium_name("وكالة سبوتنيك الحكومية الروسية") == "وكالة سبوتنيك"
