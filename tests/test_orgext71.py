"""Round 71: a long body's name loses the country adjective of its head that only describes it, and
a body above any one place loses the city it sits in; a state's office, a short name, another
body's adjective and a country written after في keep theirs. A state's agency (وكالة + its field)
keeps its country, which names it, unlike a news agency."""

from __future__ import annotations

import pytest

from conftest import ranked_speakers
from rasid.extract.name_extent import without_country_after_long_name, without_seat_of_supra_local_body


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a coordinated noun inside the name: the adjective is the head's and only describes it
        ("مركز البحوث والتوثيق الاقتصادي السوداني", "مركز البحوث والتوثيق الاقتصادي"),
        ("الهيئة العامة للثقافة والفنون العمانية", "الهيئة العامة للثقافة والفنون"),
        # a masculine adjective after a feminine word: the head's
        ("اتحاد منتجي الطاقة المتجددة الأسترالي", "اتحاد منتجي الطاقة المتجددة"),
    ],
)
def test_country_adjective_dropped(name: str, expected: str) -> None:
    assert without_country_after_long_name(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "هيئة السوق المالية السعودية",  # four words: the adjective identifies the body
        "وزارة العمل والشؤون الاجتماعية الإسبانية",  # a state's office
        "غرفة التجارة والصناعة العربية الألمانية",  # after another country's adjective
        "المنسقية العامة لرئاسة الوزراء التركية",  # a feminine adjective: رئاسة's as well
        "دائرة شؤون المغتربين في منظمة التحرير الفلسطينية",  # another body's adjective
        "مركز البحوث والتوثيق الاقتصادي الحديثة",  # no country
    ],
)
def test_country_adjective_kept(name: str) -> None:
    assert without_country_after_long_name(name) == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("المفوضية الأوروبية في بروكسل", "المفوضية الأوروبية"),
        ("المفوضية الأوروبية ببروكسل", "المفوضية الأوروبية"),
        ("البنك المركزي الأوروبي في مدينة فرانكفورت", "البنك المركزي الأوروبي"),
        ("البعثة الأممية في ليبيا", "البعثة الأممية في ليبيا"),  # a country is no seat
        ("السفارة الأمريكية في القاهرة", "السفارة الأمريكية في القاهرة"),  # no body above places
        ("المفوضية الأوروبية", "المفوضية الأوروبية"),
    ],
)
def test_seat_of_supra_local_body(name: str, expected: str) -> None:
    assert without_seat_of_supra_local_body(name) == expected


def test_pipeline_names() -> None:
    text = (
        "وقال مركز البحوث والتوثيق الاقتصادي السوداني في تقرير حديث إن أسعار الخبز ارتفعت بنسبة كبيرة "
        "خلال الشهر الماضي.\n\n"
        "وقالت المفوضية الأوروبية ببروكسل إن الاتفاق التجاري سيدخل حيز التنفيذ مطلع العام المقبل.\n\n"
        "وأعلنت وزارة العمل والشؤون الاجتماعية الإسبانية أن نسبة البطالة تراجعت إلى أدنى مستوى لها."
    )
    assert ranked_speakers(text) == [
        "مركز البحوث والتوثيق الاقتصادي",
        "المفوضية الأوروبية",
        "وزارة العمل والشؤون الاجتماعية الإسبانية",
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("وكالة الطاقة النمساوية", "وكالة الطاقة النمساوية"),  # a state's agency: its country names it
        ("وكالة البيئة الدنماركية", "وكالة البيئة الدنماركية"),
        ("وكالة الأناضول التركية", "وكالة الأناضول"),  # a news agency: its country only describes it
    ],
)
def test_state_agency_keeps_country(name: str, expected: str) -> None:
    from rasid.extract.quotes import body_name

    assert body_name(name) == expected


def test_state_agency_by_country() -> None:
    from rasid.extract.quotes import state_agency_by_country

    assert state_agency_by_country(["وكالة", "الفضاء", "النرويجية"])
    assert not state_agency_by_country(["وكالة", "الأنباء", "السعودية"])  # a news agency
    assert not state_agency_by_country(["وكالة", "الطاقة", "الدولية"])  # no country
    assert not state_agency_by_country(["هيئة", "الطاقة", "النمساوية"])  # no وكالة


def test_agency_named_in_full_after_report() -> None:
    text = (
        "من جهة أخرى، حذر تقرير صادر عن وكالة البيئة الدنماركية من تراجع جودة المياه الجوفية. "
        'وقال التقرير إن "نسبة التلوث ارتفعت خلال العامين الماضيين".\n\n'
        "وقالت وكالة الأنباء المركزية التايوانية إن الزلزال لم يسفر عن إصابات. "
        "وأضافت الوكالة أن فرق الإنقاذ انتشرت في المنطقة."
    )
    assert ranked_speakers(text) == [
        "وكالة البيئة الدنماركية",
        "وكالة البيئة الدنماركية",
        "وكالة الأنباء المركزية",  # a medium keeps the short form its entity gives
        "وكالة الأنباء المركزية",
    ]


def test_construct_chain_closed_by_definite_noun() -> None:
    text = (
        "وقال مجلس قيادة مقاومة المناطق الشرقية في بيان إن قواته استعادت السيطرة على الطريق الدولي.\n\n"
        "وقال مجلس إدارة الشركة إن الأرباح السنوية ارتفعت بنسبة كبيرة.\n\n"
        "وقالت غرفة عمليات الجبل إن الاشتباكات توقفت منذ ساعات الصباح."
    )
    assert ranked_speakers(text) == [
        "مجلس قيادة مقاومة المناطق الشرقية",  # an indefinite noun in construct is no name's end
        "مجلس إدارة الشركة",
        "غرفة عمليات الجبل",
    ]


def test_construct_chain_not_through_adjectives() -> None:
    from rasid.extract.quotes import Token, _construct_chain_end, normalized_word

    tokens, at = [], 0
    for word in ("قناة", "فضائية", "رئيسية", "المناظرة", "الأولى"):
        tokens.append(Token(at, at + len(word), normalized_word(word)))
        at += len(word) + 1
    assert _construct_chain_end(tokens, 2, []) == 2  # (an indefinite adjective closes the name)
    chain = [Token(0, 4, normalized_word("مجلس")), Token(5, 10, normalized_word("قيادة"))]
    chain += [Token(11, 16, normalized_word("مقاومة")), Token(17, 24, normalized_word("المناطق"))]
    assert _construct_chain_end(chain, 2, []) == 4
