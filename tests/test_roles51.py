"""Round 51, a definite description as the speaker when the article names its bearer: a kin noun
or a role in construct («والد المصاب»، «زوج الممرضة») or with the article («المواطن») is the one
person the article writes that description next to, before or after the name; an indefinite
phrase or a description no named person bears stays as written. An unnamed source ends before
the group it spoke to («لعدد من الصحفيين»). Sentences written for these
tests, not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import without_told_group

# --- a kin noun in apposition with the name, then alone


def test_kin_description_is_the_person_apposed_with_it_before() -> None:
    text = (
        "وصل عدد من المعزين إلى منزل العائلة في حي الربوة مساء أمس. وقال والد المصاب، سالم بن ناصر "
        "القحطاني، إن ابنه يتماثل للشفاء ببطء.\n\nوأكد والد المصاب أن الأطباء طمأنوا الأسرة على حالته الصحية."
    )
    assert speakers(text) == ["سالم بن ناصر القحطاني", "سالم بن ناصر القحطاني"]


def test_kin_description_no_named_person_bears_stays() -> None:
    text = (
        "زار مدير المستشفى المصاب خالد العتيبي في غرفته مساء أمس.\n\n"
        "وأكد والد المصاب أن الأطباء طمأنوا الأسرة على حالته الصحية."
    )
    assert speakers(text) == ["والد المصاب"]


def test_name_right_after_a_kin_construct_is_the_kin_not_the_speaker() -> None:
    text = (
        "تجمع الأقارب أمام منزل الشهيد محمد بن علي الشهري في القرية.\n\n"
        "وقال والد الشهيد محمد إن ابنه كان يحلم بخدمة وطنه.\n\nوأضاف والد الشهيد أن العائلة فخورة به."
    )
    assert "محمد بن علي الشهري" not in speakers(text)


# --- a description written after the name, then alone


def test_description_after_the_name_is_taken_up_later() -> None:
    text = (
        "أكد نايف بن حمد السالم، زوج الممرضة التي أصيبت في الحادث، أنه سيتقدم بشكوى رسمية.\n\n"
        "وقال زوج الممرضة إن إدارة المستشفى لم تتواصل معه حتى الآن."
    )
    assert speakers(text) == ["نايف بن حمد السالم", "نايف بن حمد السالم"]


# --- a definite description before the name it is given with


def test_definite_role_is_the_person_named_later_with_it() -> None:
    text = (
        "ذكر المواطن أن البلدية تأخرت كثيرا في إصلاح الطريق المؤدي إلى القرية. وأشار المواطن إلى أن "
        "الأهالي رفعوا شكوى قبل عام.\n\nوقال المواطن عبدالله بن سعيد الزهراني إن الطريق "
        "أصبح خطرا على الأطفال."
    )
    assert speakers(text) == ["عبدالله بن سعيد الزهراني"] * 3


def test_indefinite_description_introduces_someone_new() -> None:
    text = (
        "أكد مسؤول سعودي كبير أن المفاوضات بلغت مرحلة متقدمة.\n\n"
        "وقال المحلل السياسي عبدالله بن سعيد الزهراني إن الاتفاق سيوقع قريبا."
    )
    assert speakers(text) == ["مسؤول سعودي كبير", "عبدالله بن سعيد الزهراني"]


# --- an unnamed source's phrase ends before the group it spoke to


def test_unnamed_source_ends_before_the_group_told() -> None:
    text = (
        "تبدأ الوزيرة جولتها في المنطقة صباح الأحد. وقال مسؤول فرنسي لعدد من الصحفيين إن الجولة "
        "ستشمل ثلاث دول."
    )
    assert speakers(text) == ["مسؤول فرنسي"]
    assert without_told_group("دبلوماسي ياباني لمجموعة صغيرة من المراسلين") == "دبلوماسي ياباني"


def test_group_in_the_affiliation_stays() -> None:
    assert without_told_group("مصدر مقرب لمجموعة شركات النقل") == "مصدر مقرب لمجموعة شركات النقل"


# --- an unnamed official named by the next quotation with the same affiliation, past the lead


def test_unnamed_official_is_the_person_named_next_with_his_affiliation() -> None:
    opening = (
        "ارتفعت أعداد الحوادث في المدن الكبرى خلال العام الماضي بنسبة كبيرة.\n\n"
        "وأوضح مسؤول في الإدارة العامة للدفاع المدني أن أغلب الحرائق سببها الإهمال.\n\n"
    )
    named = (
        "وقال العقيد سعد بن ماجد العتيبي المتحدث باسم الإدارة العامة للدفاع المدني إن الفرق باشرت "
        "أكثر من ألف بلاغ."
    )
    assert speakers(opening + named) == ["سعد بن ماجد العتيبي"] * 2
    other = (
        "وقال الدكتور سعد بن ماجد العتيبي أستاذ الاقتصاد في جامعة الملك سعود إن الخسائر تتجاوز مليار ريال."
    )
    assert speakers(opening + other) == ["مسؤول في الإدارة العامة للدفاع المدني", "سعد بن ماجد العتيبي"]
