"""Entity rules that give a speaker its fullest name (speaker round 20): a body named in full and
then short, a Gulf father's name written with the article, and a given name alone after a title.

Every sentence is written for these tests in the style of Saudi/Gulf/Arab news.
"""

from __future__ import annotations

from rasid.extract import entities as ent


def _canonicals(text: str, label: str) -> dict[str, str]:
    return {e.text: e.canonical for e in ent.extract_entities(text) if e.label == label}


def test_short_body_name_takes_the_full_name_with_its_nationality() -> None:
    text = (
        "أعلنت هيئة الموانئ الأردنية تأجيل رسو السفن في العقبة. "
        "وقالت هيئة الموانئ في بيانها إن الرياح القوية تمنع الملاحة."
    )
    bodies = _canonicals(text, "ORG")
    assert bodies.get("هيئة الموانئ") == "هيئة الموانئ الأردنية"


def test_short_body_name_of_two_countries_stays_short() -> None:
    text = (
        "وقعت هيئة الموانئ الأردنية مع هيئة الموانئ المصرية اتفاقية للتعاون. "
        "وقالت هيئة الموانئ إن الاتفاقية تشمل تبادل الخبرات."
    )
    bodies = _canonicals(text, "ORG")
    assert bodies.get("هيئة الموانئ") in (None, "هيئة الموانئ")


def test_father_name_with_the_article_is_the_same_person() -> None:
    text = (
        "وقال وزير النفط الشيخ علي عبد الله الفهد الصباح إن الإنتاج مستقر. "
        "وكان الوزير علي العبد الله قد زار الرياض الشهر الماضي."
    )
    people = _canonicals(text, "PER")
    assert people.get("علي العبد الله") == "علي عبد الله الفهد الصباح"


def test_different_second_name_is_not_the_same_person() -> None:
    assert not ent.same_person(("علي", "عبد", "الله", "الصباح"), ("علي", "العبد", "الرحمن"))


def test_given_name_after_an_abbreviated_title_is_the_person_named_in_full() -> None:
    text = (
        "وأوضح مدير المشروع م. فهيد بن سالم العتيبي أن الأعمال تسير وفق الجدول. "
        "وأضاف م. فهيد أن المرحلة الثانية تبدأ في الربيع."
    )
    people = [e for e in ent.extract_entities(text) if e.label == "PER"]
    assert {e.canonical for e in people} == {"فهيد بن سالم العتيبي"}
    assert any(e.text == "فهيد" for e in people)


def test_given_name_without_a_title_is_not_linked() -> None:
    text = "وأوضح مدير المشروع م. فهيد بن سالم العتيبي أن الأعمال تسير وفق الجدول. وزار فهيد الموقع صباح أمس."
    # (the tagger may tag the lone word a person, which it is; what must not happen is the link)
    assert not any(
        e.text == "فهيد" and e.canonical == "فهيد بن سالم العتيبي" for e in ent.extract_entities(text)
    )


def test_rare_word_after_spokesman_of_is_a_company_and_the_name_before_is_whole() -> None:
    text = "وقالت ماريلا فوست المتحدثة باسم بايوتيرا إن الشركة ستطعن في الحكم."
    found = {(e.text, e.label) for e in ent.extract_entities(text)}
    assert ("ماريلا فوست", "PER") in found
    assert ("بايوتيرا", "ORG") in found


def test_given_name_or_common_noun_after_spokesman_of_is_no_company() -> None:
    for text in (
        "وقال المتحدث باسم سلطان إن الزيارة تأجلت.",
        "وقال المتحدث باسم عائلة الضحية إن القضية لم تغلق.",
    ):
        assert not any(e.label == "ORG" for e in ent.extract_entities(text))


def _people(text: str) -> set[str]:
    return {e.text for e in ent.extract_entities(text) if e.label == "PER"}


def test_title_of_a_body_no_recogniser_names_still_opens_a_name_before_it() -> None:
    text = "من جهته، أكد سلمان الخميس رئيس لجنة التطوير بحي النسيم، أن الأعمال تسير بانتظام."
    assert "سلمان الخميس" in _people(text)


def test_title_head_without_a_body_after_it_gives_no_name() -> None:
    text = "وقال رئيس لجنة إن الاجتماع تأجل."
    assert not _people(text)


def test_rare_family_name_after_a_father_name_closes_the_name() -> None:
    assert "فهد بن نايف العويضي" in _people("وأوضح المهندس فهد بن نايف العويضي، أن المشروع اكتمل.")
    assert "ماجد بن سعد بصفر" in _people("أوضح ذلك المهندس ماجد بن سعد بصفر رئيس البلدية أن العمل مستمر.")


def test_common_word_after_a_father_name_does_not_join_it() -> None:
    assert "خالد بن سلمان" in _people("استقبل الأمير خالد بن سلمان بحضور عدد من المسؤولين الوفد.")
    assert "سعد بن محمد" in _people("وقال المهندس سعد بن محمد الحالي إن المشروع جاهز.")


def test_spokesman_of_a_provincial_governor_then_the_name() -> None:
    text = "وقال المتحدث باسم حاكم ولاية بغلان نور الحق زاهدي إن الطريق أغلق."
    people = {e.text: e.role for e in ent.extract_entities(text) if e.label == "PER"}
    assert people.get("نور الحق زاهدي") == "المتحدث باسم حاكم ولاية بغلان"


def test_spokesman_of_a_definite_title_is_not_continued_as_a_governor() -> None:
    text = "وقال المتحدث باسم الرئاسة إن الزيارة تأجلت."
    assert not _people(text)


def test_frequent_name_that_reads_as_clitic_plus_word_goes_on_the_name() -> None:
    # كيري could be read ك + يري; the word itself is frequent and sits among names
    text = "التقى وزير الخارجية الأميركي جون كيري الخميس نظيره الفرنسي في باريس."
    assert "جون كيري" in _people(text)


def test_common_word_behind_a_clitic_still_ends_the_name() -> None:
    assert "خالد الزياني" in _people("وأشاد الوزير خالد الزياني بجهود العاملين في القطاع.")


# Speaker round 21: names cut short.


def test_body_named_without_its_scope_adjective_takes_the_full_name() -> None:
    text = (
        "وقال ممثل صندوق النقد الدولي إن المراجعة تنتهي الشهر المقبل. "
        "وأكد صندوق النقد أنه لن يقدم قرضا جديدا قبل إقرار الموازنة."
    )
    assert _canonicals(text, "ORG").get("صندوق النقد") == "صندوق النقد الدولي"


def test_body_named_with_a_nationality_adjective_is_not_cut_to_a_scope_name() -> None:
    assert ent.name_without_scope(("صندوق", "النقد", "العربي")) is None
    assert ent.name_without_scope(("النقد", "الدولي")) is None  # too short to stand without it


def test_remit_of_a_saudi_body_and_its_object_after_ala_belong_to_the_name() -> None:
    text = (
        "أعلنت اللجنة السعودية للرقابة على المنشطات نتائج الفحوص الأخيرة. "
        "وقالت الهيئة السعودية للمهندسين إن التسجيل يبدأ الأحد."
    )
    bodies = set(_canonicals(text, "ORG"))
    assert "اللجنة السعودية للرقابة على المنشطات" in bodies
    assert "الهيئة السعودية للمهندسين" in bodies


def test_a_remit_does_not_run_past_ala_into_an_indefinite_object() -> None:
    text = "أشرفت اللجنة السعودية للرقابة على عينات من اللاعبين قبل المباراة."
    assert "اللجنة السعودية للرقابة على عينات" not in _canonicals(text, "ORG")


def test_a_kunya_written_apart_is_the_family_name_written_joined() -> None:
    assert ent.same_person(("ابراهيم", "ابوعباه"), ("ابو", "عباه"))
    assert not ent.same_person(("ابراهيم", "ابوعباه"), ("ابو", "خالد"))


def test_rare_family_name_after_a_father_name_before_anna_closes_the_name() -> None:
    text = "وأوضح مدير الفرع الأستاذ فهد بن موسى زعلة أن توزيع المساعدات على الأسر اكتمل."
    assert "فهد بن موسى زعلة" in _canonicals(text, "PER")


def test_a_number_after_a_father_name_is_no_family_name() -> None:
    text = "واستقبل الأمير سالم بن عيسى 12 مسؤولا في مكتبه، ثم غادر سالم بن عيسى 15."
    assert all(not any(ch.isdigit() for ch in name) for name in _canonicals(text, "PER"))


def test_a_role_noun_heading_its_complement_ends_a_persons_name() -> None:
    """Round 36: "… طارق صالح جمال أستاذ الأنف": the role in apposition is no name word."""
    for text, name in (
        ("شدد البروفيسور سامي صالح جمال أستاذ الكيمياء بجامعة الملك سعود على أهمية البحث.", "سامي صالح جمال"),
        (
            "أوضح الدكتور فهد عبدالله حلواني وكيل كلية الهندسة بجامعة جازان أن التجربة نجحت.",
            "فهد عبدالله حلواني",
        ),
        # a title word right before the clause, no complement of its own, may be the family name
        ("وقال الدكتور محمد عبدالله وكيل إن العمل مستمر.", "محمد عبدالله وكيل"),
    ):
        persons = [e.text for e in ent.extract_entities(text) if e.label == "PER"]
        assert persons == [name], persons
