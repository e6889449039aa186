"""A feminine singular verb's subject that neither NER nor the body lexicons know (round 43): a
definite noun in ة with its adjectives, then the statement, is a body of its own; the man quoted
before is never its speaker, nor is it set aside as nobody."""

from __future__ import annotations

import pytest

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import names_a_person
from rasid.text.normalize import normalize

_MAN_FIRST = 'وقال الأب يوسف حداد للصحفيين "الكنيسة ترفض هذه الدعوات رفضا قاطعا".\n\n'


def test_feminine_verb_after_a_man_takes_the_unknown_body():
    text = (
        _MAN_FIRST + "وقالت المطرانية الأرثوذكسية في بيان إن الاعتداء على الكنائس "
        '"عمل مرفوض يهدد السلم الأهلي". وأضافت "نطالب السلطات بحماية دور العبادة".'
    )
    found = speakers(text)
    assert len(found) == 3
    assert found[1] == found[2] == "المطرانية الأرثوذكسية"


def test_unknown_body_with_its_city_after_a_man():
    text = (
        _MAN_FIRST + "وقالت المطرانية الأرثوذكسية في حلب في بيان إن الاعتداء على الكنائس "
        '"عمل مرفوض يهدد السلم الأهلي".'
    )
    assert speakers(text)[1] == "المطرانية الأرثوذكسية في حلب"


def test_bare_unknown_body_is_not_set_aside_as_nobody():
    text = 'وقالت المطرانية في بيان إن "الاعتداء على الكنائس عمل مرفوض". وأضافت أن التحقيق مستمر.'
    assert speakers(text) == ["المطرانية", "المطرانية"]


def test_a_woman_described_by_her_standing_is_no_body():
    text = _MAN_FIRST + 'وقالت الناشطة الحقوقية إن "الدعوات تحرض على الكراهية".'
    assert speakers(text)[1] == "الناشطة الحقوقية"


def test_object_after_the_verb_is_no_body():
    # ("الحاجة" is the object: no statement opens right after it)
    text = _MAN_FIRST + "وأكدت الحاجة الملحة إلى حماية دور العبادة، مشيرة إلى أن الوضع خطير."
    assert "الحاجة" not in " ".join(name or "" for name in speakers(text))


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("ناشطه", True),  # a standing (speaker_person_nouns)
        ("فنانه", True),  # a title (titles.txt)
        ("كويتيه", True),  # a nationality
        ("مطرانيه", False),
        ("بطريركيه", False),
        ("مراه", True),  # المرأة
    ],
)
def test_names_a_person(word, person):
    assert names_a_person(normalize(word)) is person


_SPOKESMAN_FIRST = "قال المتحدث باسم الجيش العميد سمير الحاج إن المعارك توقفت مساء أمس.\n\n"


def test_forces_named_by_whom_they_serve_are_the_speaker():
    text = (
        _SPOKESMAN_FIRST + "وأكدت القوات الموالية لحكومة الرئيس عبد ربه منصور هادي أنها استعادت السيطرة "
        "على الطريق الساحلي. وأضافت أن عشرات المسلحين فروا من المنطقة."
    )
    body = "القوات الموالية لحكومة الرئيس عبد ربه منصور هادي"
    assert speakers(text) == ["سمير الحاج", body, body]


def test_a_named_body_keeps_its_own_name_before_the_description():
    text = _SPOKESMAN_FIRST + "وقالت قناة الشروق الموالية للرئيس السابق محمد مرسي إن البث توقف."
    assert speakers(text)[1] == "قناة الشروق"


def test_a_man_serving_a_body_with_a_masculine_verb_stays_the_speaker():
    # (a masculine verb: the description's man may be meant; nothing changes)
    text = _SPOKESMAN_FIRST + "وقال المستشار الإعلامي لحكومة الرئيس عبد ربه منصور هادي إن الهدنة انتهت."
    assert speakers(text)[1] != "المستشار الإعلامي لحكومة الرئيس عبد ربه منصور هادي"


def test_plural_participle_takes_the_plural_subject_of_its_sentence():
    text = (
        'وقال رئيس الجمعية خالد العمر إن "القانون الجديد ظالم".\n\n'
        "ورفع المشتكون طعنا أمام المحكمة العليا في يوليو، قائلين إن القانون يضر بملايين المواطنين."
    )
    assert speakers(text) == ["خالد العمر", "المشتكون"]


def test_a_singular_participle_is_not_the_plural_subjects():
    text = (
        'وقال رئيس الجمعية خالد العمر إن "القانون الجديد ظالم".\n\n'
        "ورفع المشتكون طعنا أمام المحكمة العليا في يوليو، قائلا إن القانون يضر بملايين المواطنين."
    )
    assert speakers(text)[-1] != "المشتكون"
