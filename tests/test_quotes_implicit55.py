"""A subjectless cue (فلفت، إذ أشار، مضيفا) whose own sentence names one person, after a clause-opening
verb, is that person's (round 55), not the earlier speaker's; a name after a verbal noun
(تقديرات، تحذيرات), a preposition or a relative clause is no such subject."""

from __future__ import annotations

from conftest import speaker_at_cue

_EARLIER = "قال وزير المالية سعد الحربي إن الميزانية ستحقق فائضا هذا العام. "


def test_person_after_a_clause_opening_verb_speaks_for_a_later_bare_cue():
    text = _EARLIER + (
        "ومن زاوية أخرى، تناول المحلل الاقتصادي ماجد القحطاني أرقام الربع الأول، "
        "فلفت إلى أن «الإنفاق الحكومي ما زال مرتفعا»."
    )
    assert speaker_at_cue(text, "فلفت") == "ماجد القحطاني"


def test_person_of_wahuwa_ma_akkadahu_speaks_for_idh_ashar():
    text = _EARLIER + (
        "وهو ما أكده الخبير المصرفي ماجد القحطاني، إذ أشار إلى أن الإيرادات غير النفطية ارتفعت بشكل ملحوظ."
    )
    assert speaker_at_cue(text, "أشار") == "ماجد القحطاني"


def test_person_after_a_verbal_noun_is_no_subject():
    # (negative: تقديرات is a verbal noun, the analyst its genitive: the minister goes on)
    text = _EARLIER + (
        "ومن زاوية أخرى، تقديرات المحلل ماجد القحطاني للربع الأول متفائلة، فلفت إلى أن الإيرادات ارتفعت."
    )
    assert speaker_at_cue(text, "فلفت") == "سعد الحربي"


def test_person_after_a_preposition_or_in_a_relative_clause_is_no_subject():
    # (negative: the analyst is the object of مع, or the subject of a relative clause)
    for middle in (
        "وعن اجتماعه مع المحلل ماجد القحطاني، أشار إلى أن الإيرادات غير النفطية ارتفعت.",
        "وفي الاجتماع الذي حضره المحلل ماجد القحطاني، أشار إلى أن الإيرادات غير النفطية ارتفعت.",
    ):
        assert speaker_at_cue(_EARLIER + middle, "أشار") == "سعد الحربي"
