"""Round 53 (unnamed53): where an unnamed source's phrase ends, and who a bare title is.

Every sentence here was written for these tests (none is copied from a corpus article); each case
has a negative twin the change must leave alone.
"""

from __future__ import annotations

from conftest import cue_speakers, speaker_at_cue
from rasid.extract.quotes import SpeakerGuess, _agent_with_nisba, plausible_speaker
from rasid.text.normalize import normalize


def _speaker(text: str, cue: str, which: int = 0) -> str | None:
    return speaker_at_cue(text, cue, which)


# --- an unnamed source's unit, then بال + the body it belongs to


def test_source_unit_keeps_its_parent_body_after_bi() -> None:
    text = "وقال مسؤول في لجنة الحكام بالاتحاد الآسيوي لكرة القدم إن المباراة ستعاد الأسبوع المقبل."
    assert _speaker(text, "وقال") == "مسؤول في لجنة الحكام بالاتحاد الآسيوي لكرة القدم"


def test_source_unit_stops_before_bi_of_no_body() -> None:
    text = "وقال مسؤول في لجنة الحكام بالتزامن مع الاجتماع إن المباراة ستعاد الأسبوع المقبل."
    assert _speaker(text, "وقال") == "مسؤول في لجنة الحكام"


# --- a source's name cut right after a preposition or باسم takes its mention


def test_source_cut_after_governing_word_takes_its_mention() -> None:
    text = "وقالت مصادر مقربة من الوزير السابق خالد عبد الرحمن العتيبي، إن المفاوضات ما زالت متعثرة."
    assert _speaker(text, "وقالت") == "مصادر مقربة من الوزير السابق خالد عبد الرحمن العتيبي"


def test_source_close_to_a_body_is_left_alone() -> None:
    text = "وقالت مصادر مقربة من الحكومة إن المفاوضات ما زالت متعثرة بسبب الخلاف على الموازنة."
    assert _speaker(text, "وقالت") == "مصادر مقربة من الحكومة"


# --- an agent noun with a nisba adjective may speak


def test_agent_noun_with_nisba_may_speak() -> None:
    assert plausible_speaker(SpeakerGuess("مثمن عقاري", "person"))
    text = "وقال مدير الشركة سامي الحربي إن الأسعار سترتفع. وأوضح مثمن عقاري أن لكل حي معاييره في التقدير."
    assert _speaker(text, "وأوضح") == "مثمن عقاري"


def test_common_noun_or_name_with_nisba_is_no_agent() -> None:
    assert _agent_with_nisba("مثمن", normalize("مثمن"), normalize("عقاري"))
    assert not _agent_with_nisba("تحسن", normalize("تحسن"), normalize("اقتصادي"))  # (no agent's shape)
    assert not _agent_with_nisba("مثمنة", normalize("مثمنة"), normalize("عقاري"))  # (a feminine head)
    assert not _agent_with_nisba("مازن", normalize("مازن"), normalize("سامي"))  # (a given name, then a name)


# --- an aside in marks asking not to be named


def test_marked_anonymity_aside_is_no_quotation() -> None:
    text = (
        "وقال رئيس البلدية سامي الحربي إن الطرق ستفتح قريبا. وأكد عضو لجنة المشاريع "
        '"طلب عدم نشر اسمه" أن أعمال الصيانة تأخرت بسبب الأمطار.'
    )
    assert _speaker(text, "وأكد") == "عضو لجنة المشاريع"


def test_marked_words_after_a_source_are_still_its_words() -> None:
    text = (
        "وقال رئيس البلدية سامي الحربي إن الطرق ستفتح قريبا. وأكد عضو لجنة المشاريع "
        '"ستنتهي أعمال الصيانة خلال أسبوعين".'
    )
    assert ("وأكد", "عضو لجنة المشاريع") in cue_speakers(text)


# --- a named body right after a source, with no preposition, is whom it told


def test_body_after_definite_source_is_whom_it_told() -> None:
    text = (
        "وقال مصدر في الشرطة إن المشتبه به اعتقل فجر اليوم. وأبلغ المصدر وكالة الأنباء الفرنسية "
        "بأن التحقيق معه ما زال مستمرا."
    )
    assert _speaker(text, "وأبلغ") == "مصدر في الشرطة"


def test_body_after_source_preposition_is_its_affiliation() -> None:
    text = "وقال مصدر في وكالة الأنباء الفرنسية إن مراسلها أصيب بجروح طفيفة."
    assert _speaker(text, "وقال") == "مصدر في وكالة الأنباء الفرنسية"


# --- a masculine title after a masculine cue is not a woman named with that title


def test_masculine_title_does_not_take_the_woman_named_with_it() -> None:
    text = (
        "وقالت سارة جونز وزيرة الطاقة لإذاعة محلية، إنه لا يمكن القبول بذلك. وأظهرت الأرقام تراجع "
        "التكلفة. وقال وزير الطاقة البريطاني، إن انخفاض التكلفة جعل الحكومة تراجع توقعاتها."
    )
    assert _speaker(text, "وقال") != "سارة جونز"


def test_masculine_title_still_takes_the_man_named_with_it() -> None:
    text = (
        "وقال سامي جونز وزير الطاقة لإذاعة محلية، إنه لا يمكن القبول بذلك. وأظهرت الأرقام تراجع "
        "التكلفة. وقال وزير الطاقة البريطاني، إن انخفاض التكلفة جعل الحكومة تراجع توقعاتها."
    )
    assert _speaker(text, "وقال", -1) == "سامي جونز"
