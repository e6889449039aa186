"""Round 80, groups as speakers: a plural of people heading a construct after a cue speaks as a
group, on sentences written for these tests (invented places and events)."""

from __future__ import annotations

from rasid.extract.quotes import _people_plural_in_construct, quotes_stage
from rasid.model import Article


def speakers(text: str) -> list[tuple[str, str] | None]:
    """(name, type) of every quotation's speaker in ``text``."""
    article = quotes_stage(Article(id="t", text=text))
    return [(q.speaker.name, q.speaker.type) if q.speaker else None for q in article.quotes]


def test_broken_plural_in_construct_speaks_as_a_group():
    assert speakers("وقال عمال المصنع إن الرواتب تأخرت منذ شهرين.") == [("عمال المصنع", "group")]
    assert speakers("وأكد ملاك العقارات أن الإيجارات ارتفعت كثيرا.") == [("ملاك العقارات", "group")]


def test_sound_plural_in_construct_speaks_as_a_group():
    assert speakers("وأوضح صيادو البحيرة أن الأسماك قلت هذا الموسم.") == [("صيادو البحيرة", "group")]


def test_genitive_role_noun_is_not_the_speaker():
    # (المحافظة is no governor here: the notables of the province speak)
    assert speakers("وقال وجهاء المحافظة إن الطريق مغلق منذ أسبوع.") == [("وجهاء المحافظة", "group")]


def test_names_and_single_roles_stay_persons():
    assert speakers("وقال ماريو إن الفريق جاهز للمباراة.") == [("ماريو", "person")]
    assert speakers("وقال محافظ المنطقة إن المشروع سيكتمل قريبا.") == [("محافظ المنطقة", "person")]


def test_people_plural_in_construct_words():
    assert _people_plural_in_construct("عمال")
    assert _people_plural_in_construct("مزارعو")
    assert not _people_plural_in_construct("العمال")  # (definite: no construct head)
    assert not _people_plural_in_construct("باولو")  # (a given name the gazetteer knows)
    assert not _people_plural_in_construct("نحو")  # (too short for a plural in construct)
    assert _people_plural_in_construct("سائقو")  # (فاعلو)
    assert not _people_plural_in_construct("ستوديو")  # (a borrowed word in و, no participle)


def test_head_word_alone_is_widened_but_a_longer_reading_is_kept():
    assert speakers("وقال منتقدو الوزير إن القرار متسرع.") == [("منتقدو الوزير", "group")]
    text = "وقال مراقبو هيئة الأسواق الخليجية التابعة للمجلس، إن التداول هادئ."
    assert speakers(text) == [("مراقبو هيئة الأسواق الخليجية", "group")]  # (not run on to التابعة)


def test_name_in_marks_completes_a_group_phrase():
    assert speakers("ويقول مهندسو شركة «نورس» إن الجسر آمن.") == [("مهندسو شركة نورس", "group")]
    assert speakers("وقال أهالي حي «النخيل» إن المياه مقطوعة.") == [("أهالي حي النخيل", "group")]
    assert speakers("وقال محللون في بنك «الواحة» إن السوق مستقر.") == [("محللون في بنك الواحة", "unnamed")]


def test_words_in_marks_after_a_complete_group_phrase_are_speech():
    # (a definite noun governs no name in marks: what follows is what the residents said)
    found = quotes_stage(Article(id="t", text="وقال سكان القرية «لا نريد الحرب» ثم غادروا.")).quotes
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["سكان القرية"]
    assert "لا نريد الحرب" in found[0].text
