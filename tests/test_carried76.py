"""Quotes, round 76: a past reporting verb right after a noun phrase that a fronting particle opens
(لكن، فإن، إلا أن، يذكر أن، وكان) takes that phrase as its subject, not the speaker quoted before.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import cue_speakers

COACH = "قال مدرب الفريق سامي الجابر إن اللاعبين جاهزون لمباراة الغد. "


def test_phrase_after_illa_anna_is_the_subject() -> None:
    found = cue_speakers(COACH + "إلا أن وكيل اللاعب فهد العنزي أكد أن العقد لم يوقع بعد.")
    assert found[1] == ("أكد", "فهد العنزي")


def test_group_after_lakin_is_the_subject() -> None:
    found = cue_speakers("أعلن النادي تجديد عقد المدافع. لكن الجماهير أكدت أن التذاكر نفدت من الأسواق.")
    assert found[1] == ("أكدت", "الجماهير")


def test_woman_after_wa_kanat_is_the_subject() -> None:
    text = (
        "قال الوزير عادل الحربي إن الميزانية ستعلن قريبا. "
        "وكانت المتحدثة باسم الوزارة نورة الزهراني، أعلنت أن الموعد لم يحدد."
    )
    found = cue_speakers(text)
    assert found[1] == ("أعلنت", "نورة الزهراني")


def test_clause_after_a_subordinator_keeps_the_earlier_speaker() -> None:
    text = (
        "وقال رجل الأعمال خالد الشمري إن السوق ستتعافى قريبا. "
        "لكن رجل الأعمال أثار الجدل عندما ذكر أن الأسعار سترتفع مرتين."
    )
    found = cue_speakers(text)
    assert found[1] == ("ذكر", "خالد الشمري")


def test_kana_inside_a_relative_clause_fronts_nothing() -> None:
    text = (
        "وانتقد مدير الغرفة التجارية ماجد القحطاني قرار وقف الهدنة التي كانت قائمة بين الشركتين، "
        "شدد على أن الحوار هو الحل."
    )
    found = cue_speakers(text)
    assert found[-1] == ("شدد", "ماجد القحطاني")


def test_reported_anna_does_not_front_its_phrase() -> None:
    found = cue_speakers(COACH + "وأكد أن الإدارة وعدت بمكافأة، وقال إن الفوز ممكن.")
    assert found[-1][1] == "سامي الجابر"


def test_phrase_after_fa_inna_is_the_subject() -> None:
    text = (
        "قال المهاجم ماجد الدوسري إنه وقع عقدا جديدا مع النادي. "
        "ورغم ذلك، فإن رئيس النادي السابق فهد الشهري نفى أن يكون العقد قد اعتمد."
    )
    found = cue_speakers(text)
    assert found[-1] == ("نفى", "فهد الشهري")


def test_agent_after_illa_anna_takes_the_cue_from_the_player() -> None:
    text = (
        "وقال لاعب الوسط سعود المولد إنه باق مع الفريق، "
        "إلا أن وكيله خالد المطيري أكد لـ«الرياض» أن المفاوضات مستمرة."
    )
    found = cue_speakers(text)
    assert found[1][0] == "أكد"
    assert found[1][1].endswith("خالد المطيري")  # (the name still carries the title «وكيله»)
