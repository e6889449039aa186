"""Round 87 (entity spans that run on or stop short): a body named by a place carries its لل field
and takes only adjectives after its name, لـ + a verbal noun of one act is no remit, a title joined
by و ends a body's name, a person's name ends before a nameless common word that opens the verb's
object and takes a ruler's ordinal. Sentences invented for these tests (events are fictitious)."""

from __future__ import annotations

from entity_helpers import labelled, stage_orgs


def people(text: str) -> list[str]:
    return [surface for surface, label in labelled(text) if label == "PER"]


# --- a body named by a place carries its field in لل -------------------------------------------


def test_place_named_body_takes_its_field() -> None:
    text = "وأطلقت هيئة الكويت للموسيقى والتراث برنامجا صيفيا للأطفال في الحدائق."
    assert "هيئة الكويت للموسيقى والتراث" in stage_orgs(text)


def test_place_named_body_takes_field_in_construct() -> None:
    text = "ووقعت مؤسسة الشارقة للخدمات الطبية عقدا جديدا مع شركة محلية."
    assert "مؤسسة الشارقة للخدمات الطبية" in stage_orgs(text)


def test_place_named_body_leaves_a_time_noun_out() -> None:
    text = "ونظمت أمانة الطائف للعام الثالث مهرجان الورد في المدينة."
    orgs = stage_orgs(text)
    assert "أمانة الطائف" in orgs
    assert not any("للعام" in org for org in orgs)


def test_place_named_body_leaves_the_people_it_serves_out() -> None:
    text = "وقدمت بلدية القنفذة للمواطنين خدمات جديدة هذا الأسبوع."
    assert not any("للمواطنين" in org for org in stage_orgs(text))


# --- after a body named by a place only adjectives belong to its name ----------------------------


def test_object_after_place_named_body_is_left_out() -> None:
    text = "واستقبل وكيل إمارة تبوك الزوار عند مدخل المعرض."
    orgs = stage_orgs(text)
    assert "إمارة تبوك" in orgs
    assert not any("الزوار" in org for org in orgs)


def test_rank_after_place_named_body_is_left_out() -> None:
    text = "وقال مساعد قائد شرطة عجمان العقيد سالم الكتبي إن الحملة مستمرة."
    orgs = stage_orgs(text)
    assert "شرطة عجمان" in orgs
    assert not any("العقيد" in org for org in orgs)


def test_relational_adjective_after_place_named_body_stays() -> None:
    text = "وتبرعت جمعية ينبع الخيرية بمئة سلة غذائية للأسر."
    assert "جمعية ينبع الخيرية" in stage_orgs(text)


# --- a title joined by و ends a body's name -----------------------------------------------------


def test_title_joined_by_wa_ends_a_remit() -> None:
    text = "وحضر مدير الإدارة العامة للإسعاف والدكتور نايف الحربي حفل التخرج."
    orgs = stage_orgs(text)
    assert "الإدارة العامة للإسعاف" in orgs
    assert not any("والدكتور" in org for org in orgs)


def test_field_joined_by_wa_stays_in_the_name() -> None:
    text = "وأعلنت الهيئة العامة للثقافة والفنون عن مسابقة جديدة للشباب."
    assert "الهيئة العامة للثقافة والفنون" in stage_orgs(text)


# --- a person's name ends before a nameless common word that opens the object ---------------------


def test_name_ends_before_object_in_construct() -> None:
    text = "والتقى الأمير سعود بن ماجد طياري التحالف في القاعدة الجوية أمس."
    found = people(text)
    assert "سعود بن ماجد" in found
    assert not any("طياري" in name for name in found)


def test_foreign_surname_before_preposition_stays() -> None:
    text = "وقالت المديرة التنفيذية للمنظمة آنا ماريا كيني في جنيف إن البرنامج سيتوسع."
    assert not any(name in ("آنا ماريا", "ماريا") for name in people(text))


# --- a ruler's ordinal ends his name ---------------------------------------------------------------


def test_regnal_ordinal_joins_the_name() -> None:
    text = "ويعرض المتحف تمثالا ضخما يصور رمسيس الثاني وهو يقود عربته الحربية."
    assert "رمسيس الثاني" in people(text)


def test_placing_ordinal_after_family_name_stays_out() -> None:
    text = "وحل العداء سامر الخالدي الأول في سباق الضاحية أمس."
    assert not any("الأول" in name for name in people(text))


# --- لـ + a verbal noun of one act is the body's aim, not its field --------------------------------


def test_purpose_act_after_body_is_left_out() -> None:
    text = "وبدأت الحكومة مفاوضات مع صندوق النقد الدولي للحصول على قرض ميسر."
    orgs = stage_orgs(text)
    assert "صندوق النقد الدولي" in orgs
    assert not any("للحصول" in org for org in orgs)


def test_standing_field_after_body_stays() -> None:
    text = "ونظمت اللجنة الوطنية لمكافحة التدخين حملة توعية في المدارس."
    assert "اللجنة الوطنية لمكافحة التدخين" in stage_orgs(text)


def test_place_after_place_named_body_stays() -> None:
    text = "ونقلت رئاسة إقليم كردستان العراق تعازيها إلى أسر الضحايا."
    assert "رئاسة إقليم كردستان العراق" in stage_orgs(text)


def test_medium_told_after_place_named_body_is_left_out() -> None:
    text = "وأوضحت شرطة مدينة سياتل للصحيفة المسائية أن البحث عن المفقود مستمر."
    assert not any("للصحيفة" in org for org in stage_orgs(text))
