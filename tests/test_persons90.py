"""Round 90 (person speakers): a ف verb answers a fronted topic «أما X» that opens a clause after a
comma or a semicolon inside the sentence, not only the sentence's first word; and a topic written
with its title and name before the comma right at the ف verb («أما مدير المركز فلان، فأوضح») is the
verb's subject. Sentences invented for these tests (events are fictitious)."""

from __future__ import annotations

from conftest import cue_speakers

LEAD = "زار وفد من البلدية السوق القديمة صباح الأحد لتفقد أعمال الترميم الجارية هناك. "


# --- أما opening a clause inside the sentence ------------------------------------------------------


def test_amma_after_comma_gives_its_topic() -> None:
    text = LEAD + (
        "وقال التاجر سامي العنزي إن الأعمال أربكت حركة الزبائن طوال الشهر، "
        "أما كريم الدوسري فقال إن الترميم سيعيد الحياة إلى الأزقة المهجورة."
    )
    assert cue_speakers(text)[-1] == ("فقال", "كريم الدوسري")


def test_amma_after_semicolon_gives_its_topic() -> None:
    text = LEAD + (
        "ورأى الحرفي سامي العنزي أن المشروع تأخر كثيرا عن موعده؛ "
        "أما كريم الدوسري فأكد أن العمال أنجزوا نصف المحلات تقريبا."
    )
    assert cue_speakers(text)[-1] == ("فأكد", "كريم الدوسري")


def test_amma_inside_clause_without_pause_keeps_no_topic() -> None:
    # (أما not opening a clause: no comma before it, the ف verb does not take its words)
    text = LEAD + ("وقال التاجر سامي العنزي إن الزبائن يسألون أما كريم الدوسري فقال إن العمل سينتهي قريبا.")
    assert ("فقال", "كريم الدوسري") not in cue_speakers(text)


def test_amma_before_another_verb_is_not_the_topic() -> None:
    text = LEAD + (
        "وقال التاجر سامي العنزي إن المحلات أغلقت، أما كريم الدوسري فقد غادر السوق "
        "ثم عاد فقال إن العمل سينتهي قريبا."
    )
    assert ("فقال", "كريم الدوسري") not in cue_speakers(text)


# --- a topic with its title right before the comma ------------------------------------------------


def test_topic_with_title_before_comma() -> None:
    text = LEAD + ("أما منسق لجنة التراث في البلدية نبيل الشهري، فأوضح أن اللجنة وثقت كل الواجهات قبل البدء.")
    assert cue_speakers(text)[-1] == ("فأوضح", "نبيل الشهري")


def test_topic_with_verb_before_comma_is_not_taken() -> None:
    text = LEAD + ("أما من زار السوق أمس، فأوضح منسق اللجنة نبيل الشهري أن الزوار أبدوا إعجابهم بالواجهات.")
    assert cue_speakers(text)[-1] == ("فأوضح", "نبيل الشهري")
