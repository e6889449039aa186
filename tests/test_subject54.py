"""Round 54: a title chain after the reporting verb ends in its holder's name, which is the speaker,
not the title read before it (sentences written for these tests)."""

from __future__ import annotations

from conftest import speaker_at_cue as speaker_of


def test_the_name_closing_a_title_chain_is_the_speaker() -> None:
    text = "وقالت مندوبة بريطانيا لدى الأمم المتحدة كارين بيرس إن لندن قلقة من التقارير الأخيرة."
    assert speaker_of(text, "وقالت") == "كارين بيرس"
    # (a chain set off by commas ends in its name too)
    text = (
        "وقال النائب عن كتلة التغيير، في البرلمان الاتحادي، حميد الزبيدي، لـ«عكاظ»، إن الكتلة ترفض المشروع."
    )
    assert speaker_of(text, "وقال") == "حميد الزبيدي"
    # (no name after the title: the title stays the speaker)
    text = "وقالت مندوبة بريطانيا لدى الأمم المتحدة إن لندن قلقة من التقارير الأخيرة."
    assert speaker_of(text, "وقالت") == "مندوبة بريطانيا"
