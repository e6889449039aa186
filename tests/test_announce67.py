"""Round 67 (detection recall): «أعلن + subject + a date + verbal-noun object» with no إن/أن, which the
annotation guide counts as an indirect quotation (أعلن / أعلن عن + NP). The object after the verb's
date (a date expression of the dates stage, or «قبل أيام») is read as the statement; a date deep in a
clause the object runs on into is not. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_a_dated_verbal_noun_object_after_the_subject_is_announced():
    found = quotes("وأعلنت وزارة الصحة الموريتانية في 12 مارس الماضي مضاعفة عدد المراكز الصحية في الجنوب.")
    assert found == [("وأعلنت", "وزارة الصحة الموريتانية", "مضاعفة عدد المراكز الصحية في الجنوب")]


def test_a_weekday_and_a_comma_before_the_object_after_a_fronted_subject():
    found = quotes("وكانت هيئة الموانئ أعلنت الجمعة الماضية، إحباط عملية تهريب كبيرة في ميناء العقبة.")
    assert found == [("أعلنت", "هيئة الموانئ", "إحباط عملية تهريب كبيرة في ميناء العقبة")]


def test_a_count_of_days_before_now_in_commas_then_the_object():
    found = quotes("أعلنت شركة النقل الوطنية، قبل أيام، رفع أسعار التذاكر على الخطوط الداخلية.")
    assert found == [("أعلنت", "شركة النقل الوطنية", "رفع أسعار التذاكر على الخطوط الداخلية")]


def test_a_date_with_its_month_in_brackets_then_the_verbs_own_preposition():
    found = quotes("وأعلن الاتحاد المحلي لكرة اليد في فبراير (شباط) الماضي عن إطلاق بطولة جديدة للناشئين.")
    assert found == [("وأعلن", "الاتحاد المحلي لكرة اليد", "إطلاق بطولة جديدة للناشئين")]


def test_a_topic_noun_after_the_date_is_no_statement():
    assert quotes("وأعلنت اللجنة المنظمة في 20 يونيو الماضي أسماء الفائزين بالجائزة.") == []


def test_a_date_deep_in_the_objects_clause_opens_nothing_after_it():
    found = quotes(
        "أعلنت إدارة المعرض عن فتح باب التسجيل للعارضين لدورة هذا العام، وأهابت بالراغبين سرعة التسجيل."
    )
    assert not [content for _, _, content in found if content.startswith("وأهابت")]


def test_a_subject_of_two_names_ends_where_the_verbs_date_begins():
    found = quotes("وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما إنشاء خط ملاحي مباشر بين البلدين.")
    assert sorted(who for _, who, _ in found) == ["أنقرة", "واشنطن"]
    assert {content for _, _, content in found} == {"عزمهما إنشاء خط ملاحي مباشر بين البلدين"}


def test_a_time_right_after_the_verb_is_no_subject():
    found = quotes(
        "وكان رئيس الوزراء سامر الحلبي أعلن، أواخر يوليو الماضي، أن بلاده ستفتح حدودها أمام التجارة."
    )
    assert [(cue, who) for cue, who, _ in found] == [("أعلن", "سامر الحلبي")]


def test_an_indefinite_construct_after_the_verbs_date_is_the_object():
    found = quotes("وكانت الحكومة أعلنت الثلاثاء رصد مبلغ إضافي لتعزيز الأمن في المطارات.")
    assert found == [("أعلنت", "الحكومة", "رصد مبلغ إضافي لتعزيز الأمن في المطارات")]


def test_a_topic_noun_in_construct_after_the_date_is_no_statement():
    assert quotes("وأعلنت الهيئة الثلاثاء موعد انطلاق مسابقة الشعر الشعبي.") == []


def test_a_body_named_with_its_place_then_the_object():
    found = quotes("وأعلنت الحكومة المحلية في الأنبار تشكيل أفواج من المتطوعين لحماية الطرق.")
    assert found == [("وأعلنت", "الحكومة المحلية في الأنبار", "تشكيل أفواج من المتطوعين لحماية الطرق")]


def test_a_state_declared_after_the_place_is_no_statement():
    assert quotes("وأعلنت السلطات المحلية في كابول حالة التأهب القصوى.") == []


def test_a_definite_genitive_with_li_closes_the_subject_before_the_object():
    found = quotes("وأعلنت وكالة الأناضول للأنباء مداهمة 40 منزلا في المدينة.")
    assert found == [("وأعلنت", "وكالة الأناضول للأنباء", "مداهمة 40 منزلا في المدينة")]


def test_the_stage_table_lists_the_dates_the_quotes_stage_uses_without_requiring_them():
    from rasid.pipeline import STAGES, build_pipeline

    assert "dates" in STAGES["quotes"].uses
    assert [s.name for s in build_pipeline(["clean", "segment", "entities", "quotes"])][-1] == "quotes"
