"""Where a speaker's name ends at its own mention (round 42): the relative ما of the verb's object
after the subject, a second place or a second complement joined by و inside a body's name, the city
after a body named with its country, and an Arabic acronym in marks after a body's full name."""

from __future__ import annotations

import pytest

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import _relative_object_at
from rasid.text.normalize import normalize


@pytest.mark.parametrize(
    ("phrase", "at"),
    [
        ("مسؤول ما تردد", 1),
        ("مصدر في الوزارة ما نشرته", 3),
        ("تنظيم ما يسمى", 0),  # "known as": the name follows
        ("الطرفان ما أطلق", 0),  # a definite dual pointing back: left as it was
        ("مسؤول ما", 0),  # no verb after it
    ],
)
def test_where_the_relative_object_begins(phrase, at):
    assert _relative_object_at([normalize(w) for w in phrase.split()]) == at


def test_relative_ma_after_the_subject_opens_the_object():
    text = 'ونفى مسؤول في الوزارة ما نشرته صحف محلية عن تأجيل القرار، وقال إن "الموعد لم يتغير".'
    assert set(speakers(text)) == {"مسؤول في الوزارة"}


def test_ma_of_known_as_keeps_the_name_after_it():
    text = 'وقال تنظيم ما يسمى «جند الخلافة» في بيان إن "عناصره نفذوا الهجوم".'
    assert all(name is None or "جند الخلافة" in name for name in speakers(text))


def test_second_place_served_is_part_of_the_body_name():
    text = 'وقالت الهيئة العامة للطائف والباحة إن "الأعمال تسير وفق الجدول".'
    assert speakers(text) == ["الهيئة العامة للطائف والباحة"]


def test_second_place_served_after_a_source():
    text = 'وأوضحت مصادر في الهيئة العامة للطائف والباحة أن "الأعمال تسير وفق الجدول".'
    assert speakers(text) == ["مصادر في الهيئة العامة للطائف والباحة"]


def test_two_bodies_joined_stay_two_speakers():
    # (no ل + place before و: two bodies, one statement each, as before)
    text = 'وأكدت أوبك وروسيا أن "السوق ستستعيد توازنها".'
    assert len(speakers(text)) == 2


def test_second_complement_joined_inside_a_body_name():
    text = 'وقالت الهيئة العامة لمصايد الأسماك ومزارع الروبيان إن "الإنتاج ارتفع هذا الموسم".'
    assert speakers(text) == ["الهيئة العامة لمصايد الأسماك ومزارع الروبيان"]


def test_city_after_a_body_named_with_its_country_stays_with_the_source():
    text = 'وقال دبلوماسي في سفارة الفلبين بالرياض إن "التأشيرات ستصدر خلال أسبوع".'
    assert speakers(text) == ["دبلوماسي في سفارة الفلبين بالرياض"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'وأوضح الاتحاد الدولي لمنتجي الألبان «إيدا» أن "الطلب تراجع".',
            "الاتحاد الدولي لمنتجي الألبان",
        ),
        # (after an adjective too, since round 69: test_orgext69.py)
        (
            'وقالت وكالة الفضاء الأمريكية "ناسا" إن الرواد سيعودون الشهر المقبل.',
            "وكالة الفضاء الأمريكية",
        ),
    ],
)
def test_arabic_acronym_in_marks_after_a_full_body_name(text, speaker):
    assert speakers(text) == [speaker]
