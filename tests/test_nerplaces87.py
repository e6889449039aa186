"""Round 87 (nerplaces): Saudi and Arab places the package gazetteers lacked.

* lexicons/places.tsv gains Saudi governorates, centres and districts and first-level provinces of
  Arab states; a rare one-word place of a hand-chosen list (CLDR, rasid's variants, places.tsv) keeps
  its place reading though its word cluster is one of ordinary words, unless the word is also a
  well-attested given or family name (الأحمدي).
* الشرقية alone names the Eastern Province where it cannot be an adjective: after ب/ل, after a word
  that is not definite, or joined by و to a place; never after a definite noun or another compass
  adjective (الرياح الشرقية، الجهة الشمالية الشرقية), nor after an organisation head (مرور الشرقية).
* A Saudi town named like an ordinary word (الخبر، حقل) is a place as an item joined by و to a list
  of places, never elsewhere.

Every sentence is invented for these tests; the places are real, the events and people are not.
"""

from __future__ import annotations

from entity_helpers import labelled
from rasid.extract.entities import rare_curated_place
from rasid.text.normalize import normalize


def places(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "LOC"]


def test_saudi_governorate_without_head_is_a_place() -> None:
    assert "تنومة" in places("وصلت فرق الدفاع المدني إلى تنومة صباح الخميس بعد هطول أمطار غزيرة.")


def test_saudi_district_in_a_cluster_of_ordinary_words_is_a_place() -> None:
    assert "تاروت" in places("افتتحت البلدية حديقة جديدة للأطفال في تاروت مساء الأحد الماضي.")


def test_gulf_capital_in_a_noisy_cluster_is_a_place() -> None:
    assert "المنامة" in places("يصل الوفد التجاري إلى المنامة غدا لبحث فرص الاستثمار المشتركة.")


def test_arab_province_is_a_place() -> None:
    assert "الأنبار" in places("أعلنت السلطات المحلية أن الطرق بين الأنبار وبغداد أعيدت للعمل.")


def test_two_word_province_is_one_place() -> None:
    assert "الوادي الجديد" in places("وزعت الجمعية مساعدات غذائية على الأسر في الوادي الجديد هذا الأسبوع.")


def test_rare_curated_place_rule() -> None:
    assert rare_curated_place("places", normalize("تاروت"))
    assert not rare_curated_place("geonames", normalize("نرجسة"))  # only the population lists know it


def test_curated_town_that_is_a_family_name_is_left_to_its_cluster() -> None:
    assert not rare_curated_place("places", normalize("الأحمدي"))
    assert "الأحمدي" not in places("وقالت المهندسة ريم الأحمدي إن التصاميم اكتملت قبل الموعد.")


def test_common_word_town_stays_out_of_the_list() -> None:
    assert places("نشرت الصحيفة الخبر كاملا على صفحتها الأولى صباح اليوم.") == []


def test_eastern_province_after_preposition_clitic() -> None:
    assert "الشرقية" in places("تعمل الشركة الناشئة بالشرقية منذ ثلاثة أعوام في مجال التقنية.")


def test_eastern_province_after_indefinite_noun() -> None:
    assert "الشرقية" in places("وزار أمير الشرقية موقع المشروع برفقة عدد من المسؤولين.")


def test_eastern_province_joined_to_a_place_in_a_list() -> None:
    found = places("وتوزعت المراكز الجديدة على القصيم والشرقية وحائل خلال العام.")
    assert "الشرقية" in found


def test_eastern_adjective_after_definite_noun_is_no_place() -> None:
    assert places("هبت الرياح الشرقية على الساحل وأثارت موجات عالية.") == []


def test_eastern_adjective_after_another_compass_adjective_is_no_place() -> None:
    assert places("وتوقعت الأرصاد أمطارا على الأجزاء الشمالية الشرقية خلال الليل.") == []


def test_eastern_adjective_joined_to_a_compass_adjective_is_no_place() -> None:
    assert places("وتساقطت الثلوج على الأجزاء الجنوبية والشرقية طوال الليل.") == []


def test_eastern_name_after_an_organisation_head_stays_in_the_body_name() -> None:
    found = labelled("وأوضحت إدارة مرور الشرقية أن المخالفات تتضاعف في الإجازات.")
    assert ("الشرقية", "LOC") not in found
    assert any(label == "ORG" and surface.endswith("مرور الشرقية") for surface, label in found)


def test_common_word_town_joined_to_places_in_a_list() -> None:
    assert "الخبر" in places("توزعت فرق التطوع على الدمام والخبر والقطيف خلال الأسبوع.")


def test_common_word_town_after_a_common_noun_is_no_place() -> None:
    assert places("وقالت الجمعية إنها تتابع الأمر والخبر كاملا منذ الصباح.") == []
