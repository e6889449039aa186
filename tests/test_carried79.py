"""Quotes, round 79: a person named earlier whose family name stands right after a later cue.

«وقال بالمر إن …»، «وأضاف فان جال: …»: the words right after the cue are the last name words of a
person the article named before, then a complementizer, a colon or a quotation mark. They are the
cue's subject even when they also read as a preposition phrase (ب + المر) or a particle, so the
speaker quoted just before is not carried over. A word after the cue that matches no earlier person,
or that is not followed by such a complement, leaves the chain as it was. So does a body written in
quotation marks right after the cue («وقالت «شركة …» في بيان إن») or a person named whole in
them, but not a stretch of words in marks. Every sentence is written for these tests in the style
of Gulf news.
"""

from __future__ import annotations

from conftest import speaker_at_cue

HUNTER = "قال الصياد الأمريكي والتر بالمر إنه لم يكن يعلم أن الأسد محمي. "
GUIDE = "وذكر المرشد السياحي جوني رودريغز أن الرحلة كانت مرخصة. "
COACH = "قال المدرب الهولندي لويس فان جال إن الحارس الجديد موهوب. "
PLAYER = "وأوضح اللاعب سيرجيو روميرو أنه سعيد بالانتقال إلى الفريق. "


def test_family_name_read_as_a_preposition_phrase_speaks() -> None:
    text = HUNTER + GUIDE + "وقال بالمر إنه مستعد للتعاون مع السلطات في البلدين."
    assert speaker_at_cue(text, "وقال") == "والتر بالمر"


def test_two_word_family_name_before_a_quotation_mark_speaks() -> None:
    text = COACH + PLAYER + "وأضاف فان جال “أعرفه جيدا منذ سنوات طويلة”."
    assert speaker_at_cue(text, "وأضاف") == "لويس فان جال"


def test_family_name_before_a_colon_speaks() -> None:
    text = HUNTER + GUIDE + "وتابع بالمر: «لم تتصل بي أي جهة رسمية حتى الآن»."
    assert speaker_at_cue(text, "وتابع") == "والتر بالمر"


def test_bare_cue_still_carries_the_last_speaker() -> None:
    text = HUNTER + GUIDE + "وأضاف أن الرحلة استغرقت ثلاثة أيام في الغابة."
    assert speaker_at_cue(text, "وأضاف") == "جوني رودريغز"


def test_word_matching_no_earlier_person_is_no_subject() -> None:
    text = COACH + PLAYER + "وأضاف بالقرب من الملعب أن الجماهير كانت متحمسة."
    assert speaker_at_cue(text, "وأضاف") != "فان جال"


ANALYST = "قال المحلل المالي خالد العتيبي إن الأسواق الخليجية مستقرة هذا الأسبوع. "


def test_body_in_marks_right_after_the_cue_speaks() -> None:
    text = ANALYST + "وقالت «شركة الخليج للبتروكيماويات» في بيان إن الإنتاج سيرتفع الشهر المقبل."
    assert speaker_at_cue(text, "وقالت") == "شركة الخليج للبتروكيماويات"


def test_words_in_marks_after_the_cue_are_no_body() -> None:
    text = ANALYST + 'وأضاف "نعم سنواصل متابعة السوق" ثم غادر القاعة.'
    assert speaker_at_cue(text, "وأضاف") == "خالد العتيبي"


MANAGER = "قال مدير المركز التجاري أحمد اللقماني إن الحادث كان بسيطا. "


def test_person_in_marks_right_after_the_cue_speaks() -> None:
    text = MANAGER + 'وقال "صالح السرحاني" لـ"الصحيفة": كنت داخل المركز مع أسرتي عندما بدأ الشجار.'
    assert speaker_at_cue(text, "وقال", -1) == "صالح السرحاني"


def test_bare_cue_after_a_person_in_marks_elsewhere_keeps_the_chain() -> None:
    text = MANAGER + 'وأشار إلى أن "صالح السرحاني" كان داخل المركز. وأضاف أن الأمن تدخل بسرعة.'
    assert speaker_at_cue(text, "وأضاف") == "أحمد اللقماني"
