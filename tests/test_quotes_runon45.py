"""Round 45, speaker names that are not names: a name run on into the sentence after it (أنّ، a
construct head left alone, فضلا، ل + a plural imperfect, a verbal noun after a nisba), a lone أحد
tagged a person, and an unnamed source's place followed by the apposition locating it. Sentences
written for these tests, not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.quotes import without_run_on_tail
from rasid.model import Article
from rasid.pipeline import process

# --- a last word no name ends in


def test_particle_with_shadda_is_cut():
    assert without_run_on_tail("الشرطة الإيطالية أنّ") == "الشرطة الإيطالية"


def test_foreign_name_ending_like_the_particle_stays():
    assert without_run_on_tail("لي آن") == "لي آن"
    assert without_run_on_tail("مون جاي إن") == "مون جاي إن"


def test_construct_head_left_alone_is_cut():
    assert without_run_on_tail("سعود المالكي ابن") == "سعود المالكي"
    assert without_run_on_tail("ناصر سالم الحارثي أحد") == "ناصر سالم الحارثي"


def test_construct_head_inside_a_name_stays():
    assert without_run_on_tail("عمر ابن الخطاب") == "عمر ابن الخطاب"
    assert without_run_on_tail("أحد") == "أحد"


def test_purpose_verb_after_a_name_is_cut():
    assert without_run_on_tail("جون كيري ليطمئنوا") == "جون كيري"


def test_verbal_noun_after_a_nisba_is_cut_not_an_adjective():
    assert without_run_on_tail("هيئة الطيران المدنية الانسحاب") == "هيئة الطيران المدنية"
    assert without_run_on_tail("مركز الخليج للدراسات الاستراتيجية") == "مركز الخليج للدراسات الاستراتيجية"
    assert without_run_on_tail("وزارة الداخلية التونسية") == "وزارة الداخلية التونسية"


def test_second_subject_after_fadlan_is_not_the_source():
    text = "ويرى عدد من النواب المستقلين فضلا عن بعض نواب الحزب الحاكم أن القانون يحتاج إلى مراجعة."
    assert speakers(text) == ["عدد من النواب المستقلين"]


def test_source_without_fadlan_keeps_its_words():
    text = "ويرى عدد من النواب المستقلين أن القانون يحتاج إلى مراجعة."
    assert speakers(text) == ["عدد من النواب المستقلين"]


# --- a lone أحد tagged a person; the one-of apposition describes the person named before it


def test_one_of_apposition_after_titles_names_the_person_before_it():
    text = (
        "أعلن العميد الركن ناصر سالم الحارثي القائد العسكري أحد القادة الميدانيين المشاركين في "
        "استعادة مدن الساحل لـ «الصحيفة»: إنّ المحافظة أصبحت آمنة بالكامل."
    )
    assert speakers(text) == ["ناصر سالم الحارثي"]


def test_one_of_source_without_a_named_person_stays_unnamed():
    text = "وقال أحد الضباط المشاركين في العملية إن القوات أحكمت سيطرتها على الطريق."
    assert speakers(text) == ["أحد الضباط المشاركين في العملية"]


# --- an unnamed source's place, then the apposition locating it


def test_locating_apposition_after_a_known_place_is_cut():
    text = "وقالت مصادر طبية في الموصل عاصمة نينوى إن المستشفى استقبل عشرات الجثث خلال الأسبوع."
    assert speakers(text) == ["مصادر طبية في الموصل"]


def test_locating_apposition_after_a_division_is_cut():
    text = "وأكدت إحدى العائلات من محافظة ذمار وسط اليمن أن أبناءها ما زالوا محتجزين."
    assert speakers(text) == ["إحدى العائلات من محافظة ذمار"]


def test_direction_after_a_common_noun_stays():
    text = "وقالت مصادر أهلية في قرى غربي الرمادي إن الاشتباكات توقفت مساء أمس."
    assert speakers(text) == ["مصادر أهلية في قرى غربي الرمادي"]


def test_locator_kept_for_a_body_or_a_source_among_people():
    text = "وقال حلف شمال الأطلسي إن طائراته ستواصل دورياتها فوق البحر."
    assert speakers(text) == ["حلف شمال الأطلسي"]
    text = "وقالت مصادر وسط الثوار إن الهدنة صمدت حتى صباح اليوم."
    assert speakers(text) == ["مصادر وسط الثوار"]


# --- a person named as a body's leader after it is no pick of the model


def _candidate_at(text: str, name: str):
    from rasid.extract.speakers import Candidate

    start = text.index(name)
    return Candidate(name.split()[-1], name, "person", None, (start, start + len(name)))


def test_leader_after_led_by_is_no_pick():
    from rasid.extract.speakers import _leader_named_after_body

    text = "وكان تحالف القوى الوطنية بزعامة رئيس الوزراء السابق سعد الحلبي قد أعلن رفضه للقانون."
    assert _leader_named_after_body(_candidate_at(text, "سعد الحلبي"), text)


def test_person_after_a_comma_past_led_by_may_be_picked():
    from rasid.extract.speakers import _leader_named_after_body

    text = "وصل الوفد برئاسة الوزير أمس، وقال سعد الحلبي إن المحادثات كانت مثمرة."
    assert not _leader_named_after_body(_candidate_at(text, "سعد الحلبي"), text)


# --- a name apposed in commas right after a description, then the medium told


def test_name_apposed_after_a_description_then_the_medium_told():
    text = (
        "ومن جانبه، قال الصحافي العراقي القريب من الحزب الديمقراطي الكردستاني، سامان رشيد، "
        "لـ«الحياة»: «الطائرات حلقت فوق القرى طوال الليلة الماضية»."
    )
    assert speakers(text) == ["سامان رشيد"]


def test_name_apposed_before_the_medium_and_an_indirect_clause():
    text = (
        "ومن جانبه، قال الصحافي العراقي القريب من الحزب الديمقراطي الكردستاني، سامان رشيد، "
        "لـ«الحياة» إن الطائرات حلقت فوق القرى طوال الليلة الماضية."
    )
    assert speakers(text) == ["سامان رشيد"]


def test_person_after_a_preposition_in_commas_is_not_apposed():
    text = (
        "ومن جانبه، قال الصحافي العراقي القريب من الحزب الديمقراطي الكردستاني، بحضور سامان رشيد، "
        "لـ«الحياة»: «الطائرات حلقت فوق القرى طوال الليلة الماضية»."
    )
    assert "سامان رشيد" not in speakers(text)


# --- plural reports tied to their issuer speak for it


def test_reports_issued_by_a_body_are_the_body_speaking():
    text = "وأوضحت تقارير صادرة عن الهيئة العامة للإحصاء أن معدل البطالة ارتفع خلال الربع الأخير من العام."
    assert speakers(text) == ["الهيئة العامة للإحصاء"]


def test_reports_without_an_issuer_stay_an_unnamed_source():
    text = "وأوضحت تقارير إعلامية محلية أن معدل البطالة ارتفع خلال الربع الأخير من العام."
    assert speakers(text) == ["تقارير إعلامية محلية"]


def test_head_of_an_indefinite_delegation_may_be_picked():
    from rasid.extract.speakers import _leader_named_after_body

    text = "وقال وفد برئاسة وزير التجارة سعد الحلبي إن المحادثات كانت مثمرة."
    assert not _leader_named_after_body(_candidate_at(text, "سعد الحلبي"), text)


# --- the relatives told after a person's name are not more of it


def _addressee_at(text: str, word: str) -> bool:
    from rasid.extract.quotes import _Doc

    doc = _Doc(process(Article(id="t", raw=text)))
    j = next(k for k, t in enumerate(doc.tokens) if text[t.start : t.end] == word)
    return doc.person_addressee_at(j)


def test_relatives_told_are_an_addressee():
    text = "وقال اللواء فهد الشمري لذوي المصابين إن الدولة ستتكفل بعلاجهم كاملا."
    assert _addressee_at(text, "لذوي")
    assert _addressee_at("وقال المحافظ لأسرة الفقيد إن التحقيق مستمر.", "لأسرة")


def test_a_purpose_after_a_name_is_no_addressee():
    text = "وقال اللواء فهد الشمري لقناة محلية إن الدولة ستتكفل بعلاج المصابين كاملا."
    assert not _addressee_at(text, "لقناة")


# --- a divine formula standing for God's name


def test_formula_standing_for_god_is_god_speaking():
    text = "ودعا الخطيب إلى التكافل بين الناس، كما قال عز من قائل: (وتعاونوا على البر والتقوى)."
    assert speakers(text) == ["الله"]


def test_a_man_named_izz_is_not_god():
    text = "وقال عز الدين العمري للصحفيين إن القافلة وصلت إلى القرية صباح اليوم."
    assert speakers(text) == ["عز الدين العمري"]
