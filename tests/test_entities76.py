"""Entity rules of round 76: places and bodies named with a head, a region or a trade (peninsulas,
medical and sports cities, cultural centres, regional forces, companies named by a
place and their trade), foreign places spelt with ج, and words that name no place.

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

from entity_helpers import labelled

# --- places named with a head ----------------------------------------------------------------------


def test_peninsula_head_stays_outside_the_place() -> None:
    found = labelled("وأجرت روسيا مناورات بحرية قبالة شبه جزيرة القرم الأسبوع الماضي.")
    assert ("القرم", "LOC") in found
    assert not any(surface.startswith("جزيرة") for surface, _label in found)


def test_gazetteer_peninsula_stays_whole() -> None:
    found = labelled("وانطلقت القوافل التجارية قديما من موانئ شبه الجزيرة العربية نحو الهند.")
    assert ("شبه الجزيرة العربية", "LOC") in found


def test_island_keeps_its_head() -> None:
    found = labelled("وتستضيف جزيرة ياس سباق الفورمولا واحد في أبوظبي.")
    assert ("الجزيرة", "LOC") not in found
    assert ("أبوظبي", "LOC") in found


def test_medical_city_named_after_a_king_keeps_its_adjective() -> None:
    found = labelled("ونقل المصاب إلى مدينة الملك خالد الطبية في الخرج لاستكمال علاجه.")
    assert ("مدينة الملك خالد الطبية", "LOC") in found


def test_sports_city_named_after_a_prince_keeps_its_adjective() -> None:
    found = labelled("وتقام المباراة النهائية على ملعب مدينة الأمير سلطان بن فهد الرياضية مساء الجمعة.")
    assert ("مدينة الأمير سلطان بن فهد الرياضية", "LOC") in found


def test_city_of_a_king_without_a_facility_adjective_stops_at_the_name() -> None:
    found = labelled("وزار الوفد مدينة الملك سلمان الجديدة في الشمال.")
    assert not any(surface.endswith("الجديدة") for surface, _label in found)


def test_cultural_centre_named_after_a_prince_is_a_place() -> None:
    found = labelled("وتحتضن قاعة مركز الأمير نايف الثقافي معرضا للخط العربي هذا الأسبوع.")
    assert ("مركز الأمير نايف الثقافي", "LOC") in found


def test_centre_with_a_remit_stays_an_organisation() -> None:
    found = labelled("وأعلن مركز الأمير نايف للبحوث الأمنية عن إطلاق دراسة جديدة.")
    assert ("مركز الأمير نايف الثقافي", "LOC") not in found
    assert not any(label == "LOC" and surface.startswith("مركز") for surface, label in found)


def test_euro_area_is_one_place() -> None:
    found = labelled("وتباطأ التضخم في منطقة اليورو خلال الشهر الماضي، فيما تراجع سعر اليورو.")
    assert ("منطقة اليورو", "LOC") in found
    assert ("اليورو", "LOC") not in found


def test_southern_border_front_is_a_place() -> None:
    found = labelled("وزار قائد القوات البرية المرابطين في الحد الجنوبي يوم الخميس.")
    assert ("الحد الجنوبي", "LOC") in found


def test_swiss_confederation_is_the_country() -> None:
    found = labelled("وبعث الملك برقية تهنئة إلى رئيسة الاتحاد السويسري بمناسبة اليوم الوطني لبلادها.")
    assert ("الاتحاد السويسري", "LOC") in found


def test_swiss_football_federation_stays_a_body() -> None:
    found = labelled("وأوقف الاتحاد السويسري لكرة القدم المدافع ثلاث مباريات.")
    assert ("الاتحاد السويسري", "LOC") not in found


# --- syndromes named after a place ---------------------------------------------------


def test_syndrome_named_after_a_region_holds_no_place() -> None:
    found = labelled("وسجلت الوزارة حالتين جديدتين من متلازمة الشرق الأوسط التنفسية في الأحساء.")
    assert ("الشرق الأوسط", "LOC") not in found
    assert ("الأحساء", "LOC") in found


# --- bodies named by a region or by a place and a trade --------------------------------------------


def test_regional_force_is_a_body() -> None:
    found = labelled("واستقبل قائد قوة نجران العميد الركن سالم الشهري وفدا من الأهالي.")
    assert ("قوة نجران", "ORG") in found
    assert ("نجران", "LOC") not in found


def test_force_as_strength_is_no_body() -> None:
    found = labelled("وواجه المتظاهرون القمع بقوة وصبر طوال أسابيع.")
    assert not any(label == "ORG" for _surface, label in found)


def test_literary_club_of_a_city_is_a_body() -> None:
    found = labelled("ونظم أدبي الطائف أمسية شعرية بمشاركة عدد من الشعراء الشباب.")
    assert ("أدبي الطائف", "ORG") in found


def test_company_named_by_a_place_and_its_trade() -> None:
    found = labelled("وارتفع سهم قطر للتأمين بنسبة اثنين في المئة فيما تراجع سهم الإمارات للاتصالات.")
    assert ("قطر للتأمين", "ORG") in found
    assert ("الإمارات للاتصالات", "ORG") in found


def test_place_before_a_purpose_is_no_company() -> None:
    found = labelled("وتوجه الوزير إلى قطر للمشاركة في اجتماع وزراء الخارجية.")
    assert ("قطر", "LOC") in found
    assert not any(label == "ORG" and surface.startswith("قطر") for surface, label in found)


def test_municipality_keeps_its_place_before_its_remit() -> None:
    found = labelled("وأوضح وكيل أمانة القصيم للتعمير والمشاريع أن العمل بدأ.")
    assert not any(surface.startswith("القصيم ل") for surface, _label in found)


# --- spellings and words that name no place ---------------------------------------------------------


def test_foreign_country_spelt_with_jim() -> None:
    found = labelled("ووصل اللاعبون إلى لوكسمبورج قادمين من بنجلاديش للمشاركة في البطولة.")
    assert ("لوكسمبورج", "LOC") in found
    assert ("بنجلاديش", "LOC") in found


def test_lone_compass_word_is_no_place() -> None:
    found = labelled("وسقطت القذائف على مدينة إدلب ( شمال ) صباح اليوم.")
    assert not any(surface == "شمال" for surface, _label in found)
    assert ("إدلب", "LOC") in found


def test_word_with_accusative_tanween_is_no_place() -> None:
    found = labelled("وأظهرت الدراسة أن الفيروس تحور جينياً خلال العام الماضي.")
    assert not any(label == "LOC" for _surface, label in found)
