"""Quotes, round 77: organisations as speakers. A body's name the entities stage cut before a second
charge coordinated with its last one («سلطة المياه والبيئة»، «… لمكافحة الآفات والوقاية منها») or
before its branch after a dash («… - الأردن») runs on to it when the subject ends right after it;
never to a second body, a country, persons or an adverb («والواقع أن …»). A firm named only by its
trade and country («شركة الاستشارات الألمانية») takes the proper name the article writes in marks after it.
A body's lexicon name the article never writes gives way to the name the article writes for it, and a
lone generic head («شركة») takes the name the article writes in marks after it.

Every sentence is written for these tests in the style of Gulf and Arab news.
"""

from __future__ import annotations

from types import SimpleNamespace

from conftest import cue_speakers
from rasid.extract.name_extent import (
    head_with_marked_name,
    proper_name_after_description,
    with_coordinated_charge,
)


def _article(text: str, entities: list | None = None) -> SimpleNamespace:
    """A stand-in article: its text and entities only."""
    return SimpleNamespace(text=text, entities=entities or [])


def test_second_charge_before_the_place_joins_the_name() -> None:
    text = "أعلنت سلطة الطاقة والموارد المائية في الإقليم، عن خطة جديدة لترشيد الاستهلاك."
    assert with_coordinated_charge("سلطة الطاقة", None, _article(text)) == "سلطة الطاقة والموارد المائية"


def test_second_charge_in_construct_before_the_clause_joins_the_name() -> None:
    text = "أكد المركز الوطني للدفاع عن البيئة ومكافحة التصحر أن مساحة الغطاء النباتي اتسعت."
    name = "المركز الوطني للدفاع عن البيئة"
    assert with_coordinated_charge(name, None, _article(text)) == f"{name} ومكافحة التصحر"


def test_pronoun_after_the_coordinated_charge_closes_the_name() -> None:
    text = "قالت الهيئة الوطنية لمكافحة الآفات والوقاية منها إن موسم الجراد بدأ مبكرا هذا العام."
    assert ("قالت", "الهيئة الوطنية لمكافحة الآفات والوقاية منها") in cue_speakers(text)


def test_branch_after_a_dash_joins_the_name() -> None:
    text = "قالت الرابطة الدولية للمعلمين - الأردن إن آلاف المعلمين شاركوا في الدورات."
    name = "الرابطة الدولية للمعلمين"
    assert with_coordinated_charge(name, None, _article(text)) == f"{name} - الأردن"


def test_word_after_a_dash_that_is_no_place_is_left_out() -> None:
    text = "قالت الرابطة الدولية للمعلمين - الجديدة، إن آلاف المعلمين شاركوا في الدورات."
    name = "الرابطة الدولية للمعلمين"
    assert with_coordinated_charge(name, None, _article(text)) == name


def test_a_coordinated_country_is_left_out() -> None:
    text = "وقعت وزارة الخارجية والكويت، مذكرة تفاهم لتبادل الخبرات."
    assert with_coordinated_charge("وزارة الخارجية", None, _article(text)) == "وزارة الخارجية"


def test_coordinated_persons_are_left_out() -> None:
    text = "وقالت الشرطة المحلية والمسعفون، إن الحريق اندلع في مستودع قديم."
    assert with_coordinated_charge("الشرطة المحلية", None, _article(text)) == "الشرطة المحلية"


def test_a_lone_adverb_before_the_clause_is_left_out() -> None:
    text = "قالت شركة الاتصالات الوطنية والواقع أنه لا توجد أي زيادة في الأسعار."
    name = "شركة الاتصالات الوطنية"
    assert with_coordinated_charge(name, None, _article(text)) == name


def test_a_second_body_the_article_tags_is_left_out() -> None:
    text = "قالت وزارة الصحة والهيئة العامة، إن اللقاحات متوفرة."
    at = text.index("والهيئة") + 1
    tagged = [SimpleNamespace(start=at, end=at + len("الهيئة العامة"), label="ORG")]
    assert with_coordinated_charge("وزارة الصحة", None, _article(text, tagged)) == "وزارة الصحة"


def test_charge_run_on_into_the_verb_object_is_left_out() -> None:
    text = "أعلنت هيئة الاستثمار والتجارة الخارجية تعزز صادراتها هذا العام."
    assert with_coordinated_charge("هيئة الاستثمار", None, _article(text)) == "هيئة الاستثمار"


def test_described_firm_takes_the_proper_name_in_marks() -> None:
    text = "وبحسب دراسة أعدتها شركة الاستشارات الألمانية «نوردليشت بارتنرز» فإن الطلب سيرتفع."
    article = _article(text)
    assert proper_name_after_description("شركة الاستشارات الألمانية", article) == "نوردليشت بارتنرز"


def test_described_publisher_takes_the_proper_name_in_brackets() -> None:
    text = "أعلنت دار النشر الفرنسية (لوميار إديسيون) أمس بيع حصتها في الصحيفة."
    assert proper_name_after_description("دار النشر الفرنسية", _article(text)) == "لوميار إديسيون"


def test_described_firm_keeps_its_name_before_a_short_acronym() -> None:
    text = "أعلنت الشركة الوطنية للنقل البحري «نقل» أرباحها الفصلية."
    name = "الشركة الوطنية للنقل البحري"
    assert proper_name_after_description(name, _article(text)) == name


def test_described_firm_keeps_its_name_before_its_own_word() -> None:
    text = "أصدرت شركة الخليج المالي الكويتية «الخليج المالي» تقريرها الشهري."
    name = "شركة الخليج المالي الكويتية"
    assert proper_name_after_description(name, _article(text)) == name


def test_a_public_body_keeps_its_name_before_its_alias() -> None:
    text = "قالت الهيئة العامة الأوروبية «يوروبرس» إن الأسعار استقرت."
    name = "الهيئة العامة الأوروبية"
    assert proper_name_after_description(name, _article(text)) == name


def test_described_publisher_and_its_later_short_form_take_the_proper_name() -> None:
    text = (
        "أعلنت دار النشر البريطانية «هاربرلين» أمس بيع مجلتها الاقتصادية لمجموعة يابانية. "
        "وقالت الدار إن الصفقة ستكتمل قبل نهاية العام."
    )
    assert cue_speakers(text) == [("أعلنت", "هاربرلين"), ("وقالت", "هاربرلين")]


def test_unwritten_lexicon_name_gives_way_to_the_written_one() -> None:
    text = (
        "أطلقت هيئة الاتصالات وتقنية المعلومات أمس خدمة جديدة لتسجيل الشرائح في القرى النائية. "
        "وقالت الهيئة إن الخدمة ستشمل أكثر من ألف قرية."
    )
    assert cue_speakers(text) == [("وقالت", "هيئة الاتصالات وتقنية المعلومات")]


def test_short_form_of_a_body_written_by_its_short_name_keeps_that_name() -> None:
    text = (
        "قالت حماس في بيان أمس إن المفاوضات على التهدئة متوقفة. "
        "وأضافت الحركة أن الوسطاء لم يقدموا أي مقترح جديد."
    )
    assert cue_speakers(text) == [("قالت", "حماس"), ("وأضافت", "حماس")]


def test_written_lexicon_name_is_kept() -> None:
    assert cue_speakers("قال حلف شمال الأطلسي إن مناوراته ستبدأ الشهر المقبل.") == [
        ("قال", "حلف شمال الأطلسي")
    ]


def test_coordinated_charge_and_its_pronoun_join_a_name_cut_before_them() -> None:
    text = "وقال التقرير الذي نشره المركز الوطني لمكافحة الأوبئة والوقاية منها إن الإصابات تراجعت."
    name = "المركز الوطني لمكافحة الأوبئة"
    assert with_coordinated_charge(name, None, _article(text)) == f"{name} والوقاية منها"


def test_described_firm_takes_the_proper_name_between_commas() -> None:
    text = "وتقول الشركة الاستشارية، ماكرو فيجن، القائمة في دبي إن الطلب على المكاتب تراجع."
    assert proper_name_after_description("الشركة الاستشارية", _article(text)) == "ماكرو فيجن"


def test_a_clause_between_commas_is_no_proper_name() -> None:
    text = "وتقول الشركة الاستشارية، وتتابع السوق، إن الطلب على المكاتب تراجع."
    name = "الشركة الاستشارية"
    assert proper_name_after_description(name, _article(text)) == name


def test_lone_head_takes_the_marked_name_after_it() -> None:
    text = "وذكرت شركة (نخيل المشرق) في تقريرها أن المبيعات ارتفعت."
    assert head_with_marked_name("شركة", _article(text)) == "شركة نخيل المشرق"


def test_a_one_word_name_that_is_no_generic_head_is_left_alone() -> None:
    text = 'وطبقا لرويترز" كان المصرف قد أغلق فرعه.'
    assert head_with_marked_name("رويترز", _article(text)) == "رويترز"
