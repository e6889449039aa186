"""Round 46 (detection, from the misses of test106-109): a nominal attribution's source described,
not titled (one of a plural of people, a relative as its verb's subject); a quotation mark never
closed ends where the narrator speaks again; a relayed saying noun (قوله) after عن and a name; a
definite plural of people fronted before a plural verb ("لكن المحللين يقولون")."""

from __future__ import annotations

from conftest import cue_speakers


def test_one_of_a_plural_of_people_is_an_attribution_source():
    text = "ارتفعت حصيلة ضحايا السيول في القرية الجبلية إلى تسعة قتلى، بحسب أحد المسعفين."
    assert cue_speakers(text) == [("بحسب", "أحد المسعفين")]


def test_one_of_a_plural_of_things_is_no_source():
    # (negative: "أحد بنود الاتفاق" names no people: "according to" a clause of the deal)
    text = "تتحمل البلدية تكاليف صيانة الطرق الداخلية في الحي، بحسب أحد بنود الاتفاق."
    assert cue_speakers(text) == []


def test_relative_as_the_subject_of_the_attribution_verb_speaks():
    text = "وأصيب الطفل بكسور في ساقه بعد سقوطه من الدراجة، بحسب ما قالت والدة الطفل لصحيفة محلية."
    assert cue_speakers(text) == [("بحسب ما قالت", "والدة الطفل")]


def test_relative_after_a_bare_attribution_is_no_source():
    # (negative: with no verb, "بحسب والدة …" is left as before: the rule asks for the verb's subject)
    text = "وأصيب الطفل بكسور في ساقه بعد سقوطه من الدراجة، بحسب والدة الطفل."
    assert cue_speakers(text) == []


def test_reporting_verb_inside_a_mark_never_closed_opens_its_own_statement():
    text = (
        'وقال مدير الغرفة التجارية خالد الشمري إن "الطلب على التمور ارتفع هذا العام بشكل ملحوظ '
        "وقالت مصادر في السوق المركزية إن الأسعار ستستقر خلال الأسابيع المقبلة."
    )
    assert cue_speakers(text) == [("وقال", "خالد الشمري"), ("وقالت", "مصادر في السوق المركزية")]


def test_reporting_verb_inside_closed_marks_stays_in_the_quotation():
    # (negative: the marks close; the verb is part of what the speaker said)
    text = (
        'وقال مدير الغرفة التجارية خالد الشمري إن "الطلب على التمور ارتفع هذا العام بشكل ملحوظ '
        'وقالت لنا مصادر في السوق إن الأسعار ستستقر".'
    )
    assert cue_speakers(text) == [("وقال", "خالد الشمري")]


def test_trailing_attribution_closes_a_mark_never_closed():
    text = (
        "وكان المرصد السوري لحقوق الإنسان قد رصد هدوءا نسبيا في الريف الشرقي خلال الليل.\n\n"
        'وشهدت أحياء المدينة القديمة "مواجهات متقطعة منذ ساعات الفجر، تخللها قصف مدفعي على '
        "الأسواق، بحسب المرصد."
    )
    assert cue_speakers(text) == [("بحسب", "المرصد السوري لحقوق الإنسان")]


def test_relayed_saying_after_a_medium_the_verb_cannot_read():
    text = (
        "ونقل الحساب الرسمي للنادي على موقع تويتر عن خالد العتيبي المدير التنفيذي للنادي قوله إن "
        "المفاوضات مع المدرب الجديد وصلت إلى مراحلها الأخيرة."
    )
    assert cue_speakers(text) == [("قوله", "خالد العتيبي")]


def test_relayed_saying_after_ila_with_a_plural_source():
    text = "ونسبت الصحيفة إلى دبلوماسيين غربيين قولهم إن المحادثات تعثرت بسبب الخلاف على الجدول الزمني."
    assert cue_speakers(text) == [("قولهم", "دبلوماسيين غربيين")]


def test_saying_noun_with_no_relayed_source_is_no_cue():
    # (negative: "بسبب قوله إن" names nobody after عن/إلى; no statement of a new source)
    text = "وتعرض المدرب لانتقادات واسعة من الجماهير بسبب قوله إن الفريق لا يستحق الفوز."
    assert ("قوله", "المدرب") not in cue_speakers(text)


def test_definite_plural_of_people_fronted_before_a_plural_verb_speaks():
    text = (
        "أعلنت الشركة أن أرباحها ارتفعت في الربع الثاني، لكن المحللين يقولون إن النمو سيتباطأ قبل "
        "نهاية العام."
    )
    assert cue_speakers(text) == [("أعلنت", "الشركة"), ("يقولون", "المحللين")]


def test_definite_plural_of_things_fronted_is_no_speaker():
    # (negative: "المؤشرات" are figures, no people: no statement of theirs)
    text = (
        "أعلنت الشركة أن أرباحها ارتفعت في الربع الثاني، لكن المؤشرات تقول إن النمو سيتباطأ قبل نهاية العام."
    )
    assert cue_speakers(text) == [("أعلنت", "الشركة")]
