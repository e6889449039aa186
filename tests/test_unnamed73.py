"""Round 73: an unnamed source or group described with a clause of how the paper reached it
(«تحدثت لـ…»، «استطلعت الصحيفة آراءهم») ends before that clause (sentences written for these tests)."""

from __future__ import annotations

from conftest import ranked_speakers
from rasid.extract.indefinite_source import _without_contact_clause
from rasid.model import Span, Speaker


def test_sources_that_spoke_to_the_paper_end_before_the_verb():
    text = (
        "ورجحت قيادات نقابية تحدثت للصحيفة أمس أن يستمر الإضراب حتى نهاية الأسبوع، مضيفة أن المفاوضات متعثرة."
    )
    assert set(ranked_speakers(text)) == {"قيادات نقابية"}


def test_a_cut_speaker_keeps_a_mention_inside_its_old_one():
    text = "أكد خبراء زراعيون استطلعت الجريدة آراءهم"
    speaker = Speaker("خبراء زراعيون استطلعت", "group", None, Span.of(text, 4, 25))
    cut = _without_contact_clause(speaker)
    assert cut.name == "خبراء زراعيون"
    assert cut.mention is not None and cut.mention.text == "خبراء زراعيون"


def test_a_relative_clause_with_the_verb_is_kept():
    speaker = Speaker("عدد من الركاب الذين كانوا على متن الطائرة", "group")
    assert _without_contact_clause(speaker) is speaker


def test_a_person_or_a_body_is_never_cut():
    # (the pass reads unnamed and group speakers only; a name's own first word is never cut)
    speaker = Speaker("تحدث للصحيفة", "unnamed")
    assert _without_contact_clause(speaker) is speaker
    text = "وقال مصدر في الوزارة إن العمل سيستأنف غدا."
    assert ranked_speakers(text) == ["مصدر في الوزارة"]


def test_a_senior_commander_is_the_whole_description():
    text = "وقال قائد بارز في الفصائل المسلحة إن الهجوم على المدينة سيبدأ خلال أيام."
    assert ranked_speakers(text) == ["قائد بارز في الفصائل المسلحة"]


def test_a_senior_manager_and_his_carried_words_keep_the_whole_description():
    text = (
        "وقال مدير كبير في شبكة محلات الأثاث إن المبيعات تراجعت بشدة هذا الصيف. وأضاف أن "
        "الشركة تدرس إغلاق بعض الفروع."
    )
    assert ranked_speakers(text) == ["مدير كبير في شبكة محلات الأثاث"] * 2


def test_a_definite_title_is_no_indefinite_description():
    text = "وقال مدير الشركة إن الأرباح ارتفعت في الربع الثالث من العام."
    assert ranked_speakers(text) == ["مدير الشركة"]


def test_a_politician_and_a_general_are_heads_of_a_description():
    text = (
        "وقال سياسي من الحزب الحاكم إن المفاوضات ستستأنف الأسبوع المقبل. وقال جنرال في سلاح الجو "
        "إن الطائرات عادت إلى قواعدها."
    )
    assert ranked_speakers(text) == ["سياسي من الحزب الحاكم", "جنرال في سلاح الجو"]


def test_some_activists_subject_of_a_plain_verb_speak_through_the_participle():
    text = "ومدح بعض الناشطين أداء الفريق الطبي قائلين إن الاستجابة كانت سريعة ومنظمة."
    assert ranked_speakers(text) == ["بعض الناشطين"]


def test_indefinite_plural_with_nisba_subject_of_a_plain_verb_speaks_through_the_participle():
    text = "ورفض برلمانيون كويتيون مشروع القانون الجديد مؤكدين أنه يضر بالمواطنين."
    assert ranked_speakers(text) == ["برلمانيون كويتيون"]


def test_women_going_through_in_turn_are_each_their_ordinal():
    text = (
        "سألنا عددا من الأمهات عن الدراسة عن بعد، فقالت الأولى: إنها متعبة للأطفال. وقالت الثانية: "
        "أفضل الحضور إلى المدرسة. وقالت الحادية عشرة: لا أرى فرقا كبيرا."
    )
    assert ranked_speakers(text) == ["الأولى", "الثانية", "الحادية عشرة"]


def test_an_indefinite_ordinal_before_a_colon_speaks():
    text = (
        'وقال أحد الركاب: "تأخرت الرحلة ثلاث ساعات". وقال آخر: "لم يعتذر أحد". وقال ثالث: '
        '"سأشتكي إلى الهيئة".'
    )
    assert ranked_speakers(text)[-1] == "ثالث"


def test_an_ordinal_with_no_colon_is_no_speaker():
    from rasid.extract.indefinite_source import _ordinal_speaker

    for between in (" ثانية أن ", " الأول إن ", " الرئيس: "):
        assert _ordinal_speaker(between, 0, len(between)) is None
    assert _ordinal_speaker(" الرابعة: ", 0, 10) is not None


def test_one_of_the_travellers_opening_the_sentence_speaks_through_its_participle():
    text = (
        "وقال الوزير خالد العمري إن الجسر سيفتتح قريبا. وأعرب أحد المسافرين عن ضيقه الشديد من طول "
        "الانتظار، معتبرا أن الإجراءات بطيئة جدا."
    )
    assert ranked_speakers(text) == ["خالد العمري", "أحد المسافرين"]


def test_one_of_them_gives_way_to_a_person_named_after_it():
    text = (
        "وأعرب أحد المسافرين عن ضيقه الشديد من طول الانتظار، فيما رد مدير الجسر خالد العمري على "
        "الشكاوى، مؤكدا أن الإجراءات ستتحسن."
    )
    assert ranked_speakers(text) != ["أحد المسافرين"]


def test_a_group_ends_before_the_object_noun_of_its_verb():
    from rasid.extract.indefinite_source import _without_object_noun

    text = "واستنكر بعض الأهالي تأخر صيانة الطريق"
    at = text.index("بعض")
    speaker = Speaker(text[at:], "group", None, Span.of(text, at, len(text)))
    cut = _without_object_noun(speaker, [])
    assert cut.name == "بعض الأهالي"
    assert cut.mention is not None and cut.mention.text == "بعض الأهالي"


def test_a_definite_adjective_a_place_or_a_relative_clause_is_kept():
    from rasid.extract.indefinite_source import _without_object_noun

    for phrase in ("المسؤولون الأمريكيون", "مصادر في الحكومة بعدن", "عدد من الركاب الذين كانوا هناك"):
        speaker = Speaker(phrase, "unnamed", None, Span.of(phrase, 0, len(phrase)))
        assert _without_object_noun(speaker, []) is speaker
    # (an entity's word after a definite one is a name: «مصادر في الحكومة اليمنية صنعاء»)
    phrase = "سكان في العاصمة صنعاء"
    speaker = Speaker(phrase, "group", None, Span.of(phrase, 0, len(phrase)))
    assert _without_object_noun(speaker, [(phrase.index("صنعاء"), len(phrase))]) is speaker


def test_a_bare_definite_source_goes_on_with_the_source_quoted_before():
    from rasid.extract.indefinite_source import _source_named_back
    from rasid.model import Quote

    def quote(name: str) -> Quote:
        return Quote(0, 1, "x", "indirect", Span(0, 1, "x"), Speaker(name, "unnamed"))

    quotes = [quote("مصادر محلية في المدينة"), quote("مصدر في الجيش الوطني"), quote("المصدر")]
    found = _source_named_back(quotes, 2)
    assert found is not None and found.name == "مصدر في الجيش الوطني"
    quotes[2] = quote("المصادر")
    found = _source_named_back(quotes, 2)
    assert found is not None and found.name == "مصادر محلية في المدينة"


def test_a_bare_definite_source_with_no_source_quoted_before_is_left():
    from rasid.extract.indefinite_source import _source_named_back
    from rasid.model import Quote

    quotes = [
        Quote(0, 1, "x", "indirect", Span(0, 1, "x"), Speaker("خالد العمري", "person")),
        Quote(0, 1, "x", "indirect", Span(0, 1, "x"), Speaker("المصدر", "unnamed")),
    ]
    assert _source_named_back(quotes, 1) is None


def test_an_indefinite_commander_is_no_person_named_before_him():
    text = (
        "وقال قائد المقاومة نايف العمري إن القوات تتقدم نحو المطار. وقال قائد قوات محلية لوكالة "
        "الأنباء عبر الهاتف إن المعارك مستمرة في الأحياء الشمالية."
    )
    assert ranked_speakers(text) == ["نايف العمري", "قائد قوات محلية"]


def test_a_definite_commander_still_goes_to_the_person_named_before():
    text = (
        "وقال قائد المقاومة نايف العمري إن القوات تتقدم نحو المطار. وأضاف قائد المقاومة أن "
        "المعارك مستمرة في الأحياء الشمالية."
    )
    assert ranked_speakers(text) == ["نايف العمري", "نايف العمري"]
