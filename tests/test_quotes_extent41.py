"""Where a body's, a source's and a person's name ends at either end (round 41): an affiliation after
a body named in full, the description of a plural of forces, a news agency's name, a body named after
a royal, two places joined inside a source, a family name after the father's name, a body's name
before its verb's object."""

from __future__ import annotations

import pytest

from conftest import ranked_speakers as speakers
from rasid.extract import entities as ent


def test_affiliation_after_a_body_named_in_full_is_left_out():
    text = 'وقال مرصد الأخبار الاقتصادية والمالية التابع لجامعة القاهرة إن "الأسعار سترتفع هذا العام".'
    assert speakers(text) == ["مرصد الأخبار الاقتصادية والمالية"]


def test_affiliation_after_a_short_body_name_stays():
    # a head and one word: the parent tells which ministry it is
    text = 'وقالت وزارة الصحة التابعة لحكومة الإقليم إن "المستشفيات تعمل بكامل طاقتها".'
    assert speakers(text) == ["وزارة الصحة التابعة لحكومة الإقليم"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وقال مسؤولون في القوات الموالية للحكومة إن "الهجوم صد بنجاح".',
            "مسؤولون في القوات الموالية للحكومة",
        ),
        ('وقالت مصادر في القوات المعادية للتنظيم إن "المعارك مستمرة".', "مصادر في القوات المعادية للتنظيم"),
        (
            'وقالت مصادر في الفصائل المعادية للحوثيين إن "المعارك مستمرة".',
            "مصادر في الفصائل المعادية للحوثيين",
        ),
    ],
)
def test_source_in_a_plural_of_forces_keeps_their_description(text, speaker):
    assert speakers(text) == [speaker]


def test_source_in_a_named_body_leaves_its_description():
    # "المقاومة" names one body: the participle describes it (round 36)
    assert speakers('وقالت مصادر في المقاومة الموالية للرئيس إن "المعارك مستمرة".') == ["مصادر في المقاومة"]


def test_news_agency_keeps_its_own_complement_without_its_country():
    text = 'وذكرت وكالة مهر الإيرانية للأنباء أن "الزلزال لم يسفر عن إصابات".'
    assert speakers(text) == ["وكالة مهر للأنباء"]
    # (another complement after a firm's country describes it: the firm's name alone)
    text = "وقالت مجموعة إيني الإيطالية للنفط والغاز إن الإنتاج سيرتفع."
    assert speakers(text) == ["مجموعة إيني"]


def test_body_named_after_a_royal_keeps_his_given_name():
    assert speakers('وقالت مؤسسة جسر الملك فهد إن "الحركة عادت إلى طبيعتها".') == ["مؤسسة جسر الملك فهد"]
    # (whether a trailing nisba such as العسكري is part of such a name is left to the learned end)
    assert speakers('وقال مستشفى الأمير سلطان في بيان إن "المصابين في حالة مستقرة".') == [
        "مستشفى الأمير سلطان"
    ]
    # (no given name after the title: the body's own words)
    assert speakers('وقالت الهيئة الملكية إن "المشروع اكتمل".') == ["الهيئة الملكية"]


def test_two_places_joined_inside_a_source_stay_together():
    text = 'وقال شهود في قرى بمحافظتي أربيل ودهوك إن "الطائرات قصفت المنطقة".'
    assert speakers(text) == ["شهود في قرى بمحافظتي أربيل ودهوك"]
    # (a word pointing back to the place is no second place, and stays as before)
    text = 'وقالت مصادر محلية في بغداد وضواحيها إن "الانفجارات هزت المدينة".'
    assert speakers(text) == ["مصادر محلية في بغداد وضواحيها"]


def test_family_name_after_the_father_name_closes_the_person():
    text = 'وأوضح المتحدث باسم المستشفى بالنيابة مطلق بن ربيع الشلوي أن "الحالات مستقرة".'
    people = [e.text for e in ent.extract_entities(text) if e.label == "PER"]
    assert people == ["مطلق بن ربيع الشلوي"]
    # (a nationality after the father's name is no family name)
    text = 'وأكد مطلق بن ربيع السعودي أن "الحالات مستقرة".'
    assert "مطلق بن ربيع السعودي" not in [e.text for e in ent.extract_entities(text)]


def test_body_named_back_stops_before_its_verb_object():
    text = (
        "أصدرت شركة المركز المالي الكويتي تقريرها الشهري عن الأسواق. "
        "وأشار المركز إلى أن الأسواق تأثرت بهبوط الأسعار."
    )
    assert speakers(text) == ["المركز المالي الكويتي"]


def test_affiliation_is_no_tail_a_short_body_name_takes():
    from rasid.extract.quotes import _name_tail
    from rasid.text.normalize import normalize

    # a later "المرصد …" is not completed to the mention with its parent
    assert not _name_tail(normalize("التابع لدار الإفتاء المصرية").split())
    # (a participle in the body's own name, and a complement, stay tails)
    assert _name_tail(normalize("المصدرة للبترول").split())
    assert _name_tail(normalize("لحقوق الإنسان").split())
