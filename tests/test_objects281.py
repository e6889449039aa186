"""Round 81 (objects2): a verb's own-stance object right after it, the subject implied (guide §2).

Right after a counted cue with no subject named, a stance noun (lexicon ``stance_nouns``: دعم، تأييد
…) in construct, or a verbal noun with its possessive pronoun (the speaker's own act or stance,
«نفى تورطه …»، «أكد التزامه …»), is the verb's object: the speaker phrase does not run on into it, so
the statement is found as it is after a named subject. A person or a body with its pronoun
(«وأكد نجله أن …») stays the subject, and after شدد/لفت a bare object keeps its literal sense.

Every sentence is written for these tests in the style of Saudi and Gulf news; names are invented.
"""

from __future__ import annotations

from conftest import quote_rows


def _cues(text: str) -> list[tuple[str, str | None, str]]:
    return [(row[1], row[2], row[3]) for row in quote_rows(text)]


def test_denial_of_own_involvement_after_but_he() -> None:
    rows = _cues("ووجهت النيابة اتهامات إلى رجل الأعمال سامر الحلبي، لكنه نفى تورطه في أي صفقة مشبوهة.")
    assert ("نفى", "سامر الحلبي", "تورطه في أي صفقة مشبوهة") in rows


def test_denial_of_own_involvement_in_a_new_sentence() -> None:
    rows = _cues("استدعت لجنة التحقيق المقاول نادر الشهري أمس. ونفى تورطه في تأخير تسليم الجسر الجديد.")
    assert any(cue == "ونفى" and content == "تورطه في تأخير تسليم الجسر الجديد" for cue, _, content in rows)


def test_support_in_construct_with_no_subject() -> None:
    rows = _cues(
        "وزار الوزير فهد العتيبي معرض الأسر المنتجة أمس، وأكد دعم الوزارة للمشاريع الصغيرة في المنطقة."
    )
    assert ("وأكد", "فهد العتيبي", "دعم الوزارة للمشاريع الصغيرة في المنطقة") in rows


def test_own_commitment_after_announcing_verb() -> None:
    rows = _cues(
        "والتقت الرئيسة التنفيذية ريم القحطاني بموظفي الشركة، وأعلنت التزامها بزيادة رواتبهم العام المقبل."
    )
    assert ("وأعلنت", "ريم القحطاني", "التزامها بزيادة رواتبهم العام المقبل") in rows


def test_a_relative_with_his_pronoun_stays_the_subject() -> None:
    rows = _cues("وغادر المهندس سالم الدوسري المستشفى أمس، وأكد نجله أن حالته مستقرة.")
    assert ("وأكد", "نجله", "حالته مستقرة") in rows


def test_literal_attention_caught_is_no_statement() -> None:
    rows = _cues("ووقف الطفل ماهر عند الإشارة، ولفت انتباهه لون السيارات المسرعة في الشارع.")
    assert rows == []


def test_literal_tightening_is_no_statement() -> None:
    rows = _cues("وصلت السفينة إلى الميناء مساء أمس، وشددت حبالها على الرصيف قبل هبوب العاصفة.")
    assert rows == []
