"""Round 54, organisation speakers with the right body and the wrong extent: an adjective of a
body's standing or reach (الوطني، الدولية) closes its name even after a proper name, while a
country's adjective there still only describes it. Sentences written for these tests, not taken
from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import body_name


def test_standing_adjective_after_a_proper_name_stays_in_the_body_name() -> None:
    assert body_name("بنك مسقط الوطني") == "بنك مسقط الوطني"
    assert body_name("وكالة مهر الدولية") == "وكالة مهر الدولية"


def test_country_adjective_after_a_proper_name_is_still_dropped() -> None:
    assert body_name("بنك مسقط العماني") == "بنك مسقط"
    assert body_name("وكالة مهر الإيرانية") == "وكالة مهر"


def test_quoted_bank_keeps_its_standing_adjective() -> None:
    text = (
        "توقع بنك مسقط الوطني في نشرته الأسبوعية أن تتباطأ وتيرة النمو في قطاع البناء خلال العام "
        "المقبل بسبب تراجع الإنفاق الحكومي."
    )
    assert speakers(text) == ["بنك مسقط الوطني"]
