"""Round 45, organisation extents: a body's remit in ل after its place or proper name (in
parentheses too), a construct noun whose و is a root letter, the leader after بقيادة, a body named
back by its head without its describing adjective, plural reports that speak for the issuer named
after them, and the ranker kept from a piece of the body's name. Sentences written for these tests,
not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers

# --- a remit in ل after the body's place


def test_remit_after_place_is_part_of_the_name():
    assert speakers("وقال مركز أبحاث غزة للدراسات إن نسبة البطالة ارتفعت.") == ["مركز أبحاث غزة للدراسات"]


def test_place_without_remit_ends_the_name():
    assert speakers("وقال مركز أبحاث غزة إن نسبة البطالة ارتفعت.") == ["مركز أبحاث غزة"]


def test_addressee_after_the_place_is_no_remit():
    assert speakers("وقال مكتب محافظ جدة للصحفيين إن الطريق سيفتح غدا.") == ["مكتب محافظ جدة"]


# --- a construct noun whose first letter و is a root letter (ولاية)


def test_state_after_indefinite_head_and_its_remit():
    assert speakers("وقالت إدارة ولاية واشنطن للطرق إن الجسر سيغلق أسبوعا.") == ["إدارة ولاية واشنطن للطرق"]


def test_state_after_indefinite_head_alone():
    assert speakers("وقالت إدارة ولاية واشنطن إن الجسر سيغلق أسبوعا.") == ["إدارة ولاية واشنطن"]


# --- a body named in full outside a speaker phrase, then by its bare head


def test_parenthesised_name_and_remit_named_back_by_the_head():
    text = (
        "انضم الباحثون إلى مركز (ستانفورد) لأبحاث الطاقة العام الماضي. وقال المركز في بيان إن التجربة نجحت."
    )
    assert speakers(text) == ["مركز ستانفورد لأبحاث الطاقة"]


def test_parenthesised_name_without_remit_stops_at_the_name():
    text = "تعمل الباحثة في معهد (ماكس بلانك) في ألمانيا منذ سنوات. وقال المعهد إن النتائج مشجعة."
    assert speakers(text) == ["معهد ماكس بلانك"]


def test_named_back_body_without_its_describing_adjective():
    text = "عقدت لجنة السياسات لبنك كندا المركزي اجتماعها أمس. وقال البنك إن التضخم سيتراجع."
    assert speakers(text) == ["بنك كندا"]


def test_named_back_body_keeps_an_adjective_after_a_definite_genitive():
    text = "زار الوفد مقر وزارة الخارجية الكندية أمس. وقالت الوزارة إن المحادثات كانت مثمرة."
    assert speakers(text) == ["وزارة الخارجية الكندية"]


# --- the leader after بقيادة is part of the body's name


def test_leader_after_led_by_is_kept():
    text = "وقال التحالف بقيادة السعودية إن طائراته دمرت مخزنا للأسلحة."
    assert speakers(text) == ["التحالف بقيادة السعودية"]


def test_nationality_after_a_proper_name_still_describes():
    text = "وقالت شركة تويوتا اليابانية إن مبيعاتها تراجعت."
    assert speakers(text) == ["شركة تويوتا"]


# --- plural reports speak for the issuer named after them


def test_plural_reports_with_issuer_speak_for_it():
    text = "وأشارت تقارير صادرة عن وزارة التخطيط إلى أن الفقر تراجع."
    assert speakers(text) == ["وزارة التخطيط"]


def test_plural_reports_without_issuer_stay_unnamed():
    text = "وأشارت تقارير صحفية إلى أن الفقر تراجع."
    assert speakers(text) == ["تقارير صحفية"]


# --- a paper named for its city closes with its masthead word


def test_paper_named_for_its_city_keeps_its_masthead_word():
    text = "وذكرت صحيفة لوس انجليس تايمز أن الحرائق امتدت إلى التلال."
    assert speakers(text) == ["صحيفة لوس انجليس تايمز"]


def test_city_paper_without_masthead_word_stops_at_the_city():
    text = "وذكرت صحيفة لوس انجليس أمس أن الحرائق امتدت إلى التلال."
    assert speakers(text)[0] != "صحيفة لوس انجليس أمس"


# --- a place the text names elsewhere closes a body's name in construct with it


def test_place_tagged_elsewhere_closes_the_office_name():
    text = "انفجرت عبوة في محافظة ماردين مساء أمس. وقال مكتب محافظ ماردين إن قوات الأمن طوقت المكان."
    assert speakers(text) == ["مكتب محافظ ماردين"]


def test_word_tagged_nowhere_is_left_to_the_entities_stage():
    # (no place entity for the word anywhere in the article: the rules do not guess one)
    assert speakers("وقال مكتب محافظ ماردين إن قوات الأمن طوقت المكان.") == ["مكتب محافظ"]


# --- "تنظيم" with a body's name in marks speaks as that body, its describing adjective left out


def test_organisation_named_in_marks_drops_its_describing_adjective():
    text = "وأعلن تنظيم «داعش» المتطرف أمس مسؤوليته عن التفجير الذي هز السوق."
    assert speakers(text) == ["تنظيم داعش"]


def test_organisation_named_in_marks_without_adjective():
    text = "وأعلن تنظيم «داعش» مسؤوليته عن التفجير الذي هز السوق."
    assert speakers(text) == ["تنظيم داعش"]
