"""Round 43: a chain's full name comes from a clean mention — a fuller variant that runs on into a
verb, its object or a second body never replaces the cue's own mention (sentences written for these
tests; whole short articles, so the earlier mentions compete as they do in the news)."""

from __future__ import annotations

import pytest

from conftest import ranked_speakers, rule_speakers
from rasid.extract.quotes import SpeakerGuess, _first_of_joined_bodies


@pytest.mark.parametrize("speakers", [rule_speakers, ranked_speakers])
def test_a_body_named_before_its_own_verb_is_not_run_on_into_it(speakers):
    # "كانت ‹body› ‹verb› ‹object›": the earlier full form stops before the verb it is subject of
    text = (
        "أعلنت السلطات الأمنية في العاصمة القبض على خلية تخطط لتنفيذ هجمات ضد منشآت حكومية.\n\n"
        "وكانت وزارة الداخلية البحرينية أطلقت حملة توعية واسعة لتحذير الشباب من الانضمام إلى "
        "الجماعات المتطرفة.\n\n"
        "وتقول الداخلية البحرينية إن أفراد الخلية تلقوا تدريبات في الخارج."
    )
    assert speakers(text)[-1] == "الداخلية البحرينية"


def test_a_bare_head_still_takes_the_body_named_in_full():
    text = (
        "أعلنت وزارة الخارجية الأميركية فرض عقوبات جديدة على شركات متهمة بتهريب النفط.\n\n"
        "وقالت الوزارة إن العقوبات تشمل تجميد أصول الشركات في الولايات المتحدة."
    )
    assert ranked_speakers(text)[-1] == "وزارة الخارجية الأميركية"


@pytest.mark.parametrize("speakers", [rule_speakers, ranked_speakers])
def test_a_family_name_is_not_the_middle_of_a_name_run_on_into_an_object(speakers):
    # "‹verb› ‹title› ‹name› ‹object noun›": "جمهور" is the object of "أسعد", not the family name
    text = (
        "أسعد المطرب اللبناني وليد الصافي جمهور مهرجان «ليالي الصيف» بباقة من أغنياته القديمة، في "
        "حفل أقيم مساء الخميس على المسرح الكبير.\n\n"
        "وقال الصافي في مؤتمر صحفي عقب الحفل إن «الجمهور هو الداعم الأول لكل فنان»، مضيفا أنه "
        "سيطرح ألبوما جديدا قريبا."
    )
    # the rules keep the cue's own "الصافي"; the ranker may take the clean full name (names43 ends the
    # entity before "جمهور"), never the run-on "وليد الصافي جمهور"
    found = speakers(text)
    assert len(found) == 2 and all(name in ("الصافي", "وليد الصافي") for name in found)


def test_a_given_name_in_the_middle_still_takes_the_full_name():
    text = (
        "أكد الأمين العام للجمعية سامي رشيد القحطاني أن الحملة حققت أهدافها.\n\n"
        "وقال رشيد إن «المتطوعين بذلوا جهودا كبيرة»."
    )
    assert rule_speakers(text)[-1] == "سامي رشيد القحطاني"


def test_a_name_referred_to_by_its_family_name_gains_no_word_after_it():
    # a tag line after the article ("كاتب ‹name› ‹place›") is no fuller name of "المرزوقي"
    text = (
        "أثار الكاتب خالد المرزوقي والباحث في التاريخ جدلا واسعا بعد تغريدات نشرها على حسابه.\n\n"
        "وقال المرزوقي في تغريدة: «لم أقصد الإساءة لأحد».\n\n"
        "مقالات كاتب خالد المرزوقي نجد"
    )
    assert rule_speakers(text) == ["خالد المرزوقي"]


def test_a_family_name_still_takes_the_given_name_before_it():
    text = (
        "استقبل الرئيس الروسي فلاديمير بوتين نظيره الفرنسي في الكرملين أمس.\n\n"
        "وقال بوتين إن «العلاقات بين البلدين تمر بمرحلة صعبة»."
    )
    assert rule_speakers(text) == ["فلاديمير بوتين"]


@pytest.mark.parametrize("speakers", [rule_speakers, ranked_speakers])
def test_a_bare_head_takes_the_first_of_two_coordinated_bodies(speakers):
    text = (
        "شنت قوات الأمن حملة واسعة على أوكار المهربين في المنطقة الحدودية خلال الأسبوع الماضي.\n\n"
        "وكانت الحملة التي نفذتها الإدارة العامة لمكافحة المخدرات والمديرية العامة لحرس الحدود قد "
        "أسفرت عن ضبط كميات كبيرة من الممنوعات.\n\n"
        "وأوضحت الإدارة أن الكميات المضبوطة تقدر بأكثر من مليوني حبة."
    )
    assert speakers(text) == ["الإدارة العامة لمكافحة المخدرات"]


def test_joined_bodies_split_only_at_a_second_bodys_head():
    def first(name: str) -> str:
        return _first_of_joined_bodies(SpeakerGuess(name, "organization")).name

    assert first("الإدارة العامة للمرور والمديرية العامة للدفاع المدني") == "الإدارة العامة للمرور"
    assert first("والمديرية العامة للدفاع المدني") == "المديرية العامة للدفاع المدني"
    # a portfolio after و is part of one ministry's name
    assert first("وزارة التجارة والصناعة") == "وزارة التجارة والصناعة"
    assert first("وزارة الشؤون الإسلامية والدعوة والإرشاد") == "وزارة الشؤون الإسلامية والدعوة والإرشاد"


def test_a_ministry_with_two_portfolios_stays_whole():
    text = (
        "أصدرت وزارة التجارة والصناعة قرارا بإغلاق عدد من المحلات المخالفة في المنطقة الشرقية.\n\n"
        "وأوضحت الوزارة أن الجولات الرقابية ستستمر طوال الشهر المقبل."
    )
    assert ranked_speakers(text) == ["وزارة التجارة والصناعة"]
