"""Round 97 (strict): strict cues read as reporting verbs where the reading is certain, and dotted
initialisms of Latin letters kept as one name. Sentences invented for the tests."""

from __future__ import annotations

from conftest import cue_speakers, quote_rows

PREVIOUS = "وقال وزير النقل خالد العمري إن المشروع سينتهي قبل نهاية العام. "


def contents(text: str) -> list[str]:
    return [row[3] for row in quote_rows(text)]


# --- بين: the verb for certain -------------------------------------------------------------------


def test_shadda_marks_the_verb_after_a_noun():
    text = "وتفقد المحافظ المدارس. وفي نهاية الجولة بيّن المحافظ أن العمل يجري لاستكمال الأعمال."
    assert contents(text) == ["العمل يجري لاستكمال الأعمال"]


def test_side_phrase_and_comma_open_the_verb():
    text = "وارتفعت الأسهم أمس. من جهته، بين المحلل المالي سامي الدوسري لـ«الوطن» أن السوق سيواصل الصعود."
    assert quote_rows(text) == [("indirect", "بين", "سامي الدوسري", "السوق سيواصل الصعود")]


def test_side_phrase_pronoun_without_comma():
    text = "وزار الوزير المعرض. بدوره بين المشرف على البرنامج فهد العلي أن المعرض يستمر أسبوعا."
    assert cue_speakers(text) == [("بين", "فهد العلي")]


def test_person_name_then_clause_after_a_noun():
    text = "وحول برامج الدبلوم بين الدكتور ماجد الفريدان أن الدراسة تستمر عامين."
    assert cue_speakers(text) == [("بين", "ماجد الفريدان")]


def test_bare_clause_after_fima():
    text = "وارتفعت أسعار الغاز. فيما بين أن الإنتاج يبلغ أربعة ملايين برميل يوميا."
    assert contents(text) == ["الإنتاج يبلغ أربعة ملايين برميل يوميا"]


def test_between_two_parties_stays_a_preposition():
    assert quote_rows("ووقع الاتفاق بين محمد العلي وأحمد السالم أن يتقاسما الأرباح.") == []


def test_between_a_noun_and_its_clause_stays_a_preposition():
    assert quote_rows("الفرق بين أن تكون قويا وأن تكون ضعيفا كبير.") == []
    assert quote_rows("وتستمر الاجتماعات بين البلدين، غير أن الخلاف قائم.") == []


def test_ma_bayna_stays_a_preposition():
    assert quote_rows("وتراوحت الأسعار ما بين أن تكون مرتفعة ومنخفضة.") == []


# --- اقترح، أورد، تحدث with their clause right after ---------------------------------------------------


def test_suggested_that_with_implied_speaker():
    rows = quote_rows(PREVIOUS + "واقترح أن تتولى البلديات متابعة التنفيذ.")
    assert rows[-1] == ("indirect", "واقترح", "خالد العمري", "تتولى البلديات متابعة التنفيذ")


def test_cited_that_with_implied_speaker():
    rows = quote_rows(PREVIOUS + "وأورد أن البلديات ستتولى التنفيذ.")
    assert rows[-1][1:] == ("وأورد", "خالد العمري", "البلديات ستتولى التنفيذ")


def test_first_person_suggest_is_no_cue():
    assert quote_rows("ولذلك أقترح أن يكون المعرض سوقا للكتاب والنشر.") == []


# --- dotted initialisms ---------------------------------------------------------------------------------


def test_dotted_initialism_is_one_name_before_the_clause():
    text = "وتراجعت أسعار النفط. وقالت بي.إم.آي للبحوث إن الطلب على الخام سيتراجع العام المقبل."
    rows = quote_rows(text)
    assert [row[3] for row in rows] == ["الطلب على الخام سيتراجع العام المقبل"]
    assert "بي.إم.آي" in (rows[0][2] or "")


def test_single_letter_initials_in_brackets_unchanged():
    text = "وقال المتحدث باسم الوزارة لوكالة الأنباء الألمانية (د.ب.أ) إن الاحتفالات تبدأ غدا."
    assert contents(text) == ["الاحتفالات تبدأ غدا"]
