"""Round 71: a participle cue (مؤكدا، مشيرا) with no subject of its own takes the subject of an earlier
reporting verb of its sentence, but not of a verb inside a relative clause that carries the
relative's pronoun («… النظام الذي أقره مجلس الوزراء …، مؤكدا»): the main clause's subject speaks."""

from __future__ import annotations

from conftest import cue_speakers


def test_relative_clause_verb_with_pronoun_is_passed_over() -> None:
    text = (
        "واعتبر المحامي الدكتور سامي بن فهد الدوسري صدور نظام الهيئة الوطنية للمحامين التي أقرها مجلس "
        "الوزراء مؤخراً خطوة مهمة في مسيرة المهنة، مؤكداً أن الهيئة ستخدم المحامين الشباب."
    )
    assert cue_speakers(text) == [("مؤكداً", "سامي بن فهد الدوسري")]


def test_main_clause_reporting_verb_still_gives_its_subject() -> None:
    text = (
        "وأوضح مجلس الوزراء في جلسته أمس التي عقدها برئاسة الملك أن النظام الجديد يدخل حيز التنفيذ، "
        "مؤكداً أن الهيئة ستبدأ عملها قريبا."
    )
    assert [speaker for _, speaker in cue_speakers(text)] == ["مجلس الوزراء", "مجلس الوزراء"]
