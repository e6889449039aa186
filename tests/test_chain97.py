"""Round 97, chain: speakers glued or switched by back-references. A definite body head followed by
another body's definite head («وألزمت المحكمة الشركة بـ…») names the first body only, so a later
«وأوضحت المحكمة» is not «المحكمة الشركة» (:func:`_second_body_after_definite_head`); a title whose
words after it are a common noun in construct and the country's adjective («وزير حقوق الإنسان
العراقي» as a verb's subject) names no person, so the implied cues after it keep the minister named before
(:func:`_described_not_named`). Sentences written for these tests."""

from __future__ import annotations

from conftest import cue_speakers, speaker_at_cue
from rasid.extract.quotes import _second_body_after_definite_head
from rasid.text.normalize import normalize


def _glued(head: str, word: str) -> bool:
    return _second_body_after_definite_head(normalize(head), normalize(word))


def test_another_body_head_after_a_definite_head_is_the_object() -> None:
    assert _glued("المحكمة", "الشركة")
    assert _glued("الصحيفة", "الحكومة")


def test_an_adjective_or_a_participle_stays_in_the_name() -> None:
    assert not _glued("المحكمة", "العليا")
    assert not _glued("الحكومة", "الشرعية")
    assert not _glued("اللجنة", "المنظمة")  # the organising committee
    assert not _glued("محكمة", "الشركات")  # an indefinite head takes a construct noun


def test_a_court_back_reference_is_not_glued_to_its_object() -> None:
    text = (
        "أصدرت المحكمة الإدارية في مدينة الدمام حكما بتعويض مسافر تأخرت رحلته. "
        "وألزمت المحكمة الشركة بدفع مبلغ التعويض كاملا خلال شهر. "
        "وأوضحت المحكمة أن الشركة لم تبلغ المسافر بتغيير موعد الرحلة."
    )
    assert speaker_at_cue(text, "وأوضحت") == "المحكمة الإدارية"


def test_a_paper_back_reference_is_not_glued_to_its_object() -> None:
    text = (
        "تابعت الصحيفة البريطانية ملف اللاجئين منذ أشهر. واتهمت الصحيفة الحكومة بإهمال مخيمات الحدود. "
        "وأكدت الصحيفة أن آلاف الأسر تعيش بلا مأوى."
    )
    assert speaker_at_cue(text, "وأكدت") == "الصحيفة البريطانية"


def test_an_organising_committee_keeps_its_name() -> None:
    text = "وقالت اللجنة المنظمة للبطولة إن المباراة النهائية ستقام في موعدها."
    assert speaker_at_cue(text, "وقالت") == "اللجنة المنظمة للبطولة"


def test_a_ministers_field_and_country_is_no_name() -> None:
    text = (
        "وقال نبيل العمري، وزير حقوق الإنسان العراقي، إن الحكومة ستفتح مكاتب للشكاوى في المحافظات. "
        "وشدد وزير حقوق الإنسان العراقي على ضرورة أن تشارك المنظمات الدولية في زيارة السجون. "
        "ولفت إلى أن اللجان ستبدأ عملها الشهر المقبل. "
        "وأضاف: «لن نسمح بأي تجاوز بحق المعتقلين»."
    )
    assert cue_speakers(text) == [("وقال", "نبيل العمري"), ("ولفت", "نبيل العمري"), ("وأضاف", "نبيل العمري")]


def test_a_name_after_the_field_and_country_is_kept() -> None:
    text = "وقال وزير شؤون المغتربين اليمني علي العمراني إن الوزارة ستفتح مكتبا جديدا في جدة."
    assert speaker_at_cue(text, "وقال") == "علي العمراني"


def test_a_name_ending_in_a_country_nisba_is_kept() -> None:
    text = "وقال الشيخ عبد الله اليمني إن المسجد سيفتح أبوابه بعد الترميم."
    assert speaker_at_cue(text, "وقال") == "عبد الله اليمني"
