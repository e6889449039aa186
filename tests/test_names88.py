"""Round 88 (names read as function words after a cue; a medium after a name): the first word of a
tagged or listed person («بان كي مون», whose بان normalises to بأن) is no complementizer, and a
short ل-word opening a medium the recogniser named from the next word («لبي بي سي نيوز») is the
medium told. Sentences invented for these tests (events are fictitious)."""

from __future__ import annotations

from conftest import quote_rows, ranked_speakers

# --- a name's first word is no complementizer --------------------------------------------------


def test_listed_name_right_after_the_cue() -> None:
    text = "وقال بان كي مون إن فرق الإغاثة ستصل إلى البلدات الساحلية قبل نهاية الشهر."
    rows = quote_rows(text)
    assert len(rows) == 1
    assert rows[0][2] == "بان كي مون"
    assert rows[0][3].startswith("فرق الإغاثة")


def test_listed_name_after_a_title_keeps_the_content() -> None:
    text = "وأكد أمين عام الهيئة الأممية بان جي مون أن الحوار وحده يعيد الهدوء إلى الإقليم."
    rows = quote_rows(text)
    assert [r[2] for r in rows] == ["بان جي مون"]
    assert rows[0][3].startswith("الحوار وحده")


def test_complementizer_bian_still_opens_the_content() -> None:
    text = "وصرح مدير الميناء بان السفن الكبيرة سترسو في الرصيف الشمالي ابتداء من الغد."
    rows = quote_rows(text)
    assert len(rows) == 1
    assert rows[0][3].startswith("السفن الكبيرة")


def test_complementizer_bian_before_a_tagless_word_stays() -> None:
    text = "وأفاد المتحدث بان كل الرحلات المؤجلة ستقلع بعد ظهر الخميس."
    rows = quote_rows(text)
    assert len(rows) == 1
    assert rows[0][3].startswith("كل الرحلات")


# --- ل + a medium named from its second initial ------------------------------------------------


def test_medium_with_glued_first_initial_after_a_name() -> None:
    text = "وقال الوزير خالد العتيبي لبي بي سي نيوز إن شحنات الدواء تأخرت بسبب العاصفة الرملية."
    assert ranked_speakers(text) == ["خالد العتيبي"]
    assert quote_rows(text)[0][3].startswith("شحنات الدواء")


def test_medium_with_head_noun_still_told() -> None:
    text = "وقال الوزير خالد العتيبي لشبكة الأخبار المحلية إن شحنات الدواء تأخرت بسبب العاصفة."
    assert ranked_speakers(text) == ["خالد العتيبي"]


def test_short_l_word_without_a_medium_is_no_medium() -> None:
    text = "وقال الوزير خالد العتيبي لكم إن شحنات الدواء تأخرت بسبب العاصفة الرملية."
    assert ranked_speakers(text) == ["خالد العتيبي"]
