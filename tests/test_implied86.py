"""Round 86, implied subjects carried to the wrong earlier speaker: the subject of the sentence right
before a sentence-initial implied cue holds the floor also when a fronted phrase and a comma stand
before its verb and the verb opens in ب ("وفي الإطار نفسه، بارك …"), when the sentence opens on the
additive كما ("كما أعربت …"), and a body does when the one quoted last disagrees with the cue's gender.
Sentences written for these tests (invented names and events)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process

_COACH = (
    "أكد مدرب الفريق سامر الخطيب أن الفريق جاهز للمباراة المقبلة. وأضاف الخطيب: الفريق قدم موسما "
    "جيدا، موضحا أن الجماهير كانت عونا للاعبين.\n\n"
)
_CLOSING = " وقال: الفريق يملك كل مقومات المنافسة على البطولة."


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation of ``text`` after the default pipeline."""
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text if q.cue else "", q.speaker.name if q.speaker else None) for q in article.quotes]


def last_speaker(text: str) -> str | None:
    return speakers(text)[-1][1]


def test_fronted_phrase_then_verb_in_ba_gives_the_floor() -> None:
    text = (
        _COACH + "وفي الإطار نفسه، بارك رئيس النادي الأسبق وعضو شرفه الحالي نواف الدوسري، للخطيب تجديد "
        "عقده، متمنيا له التوفيق." + _CLOSING
    )
    assert last_speaker(text) == "نواف الدوسري"


def test_side_phrase_then_verb_in_ba_gives_the_floor() -> None:
    text = (
        _COACH
        + "من جهته، بحث رئيس النادي الأسبق وعضو شرفه الحالي نواف الدوسري، مع الإدارة خطة الموسم."
        + _CLOSING
    )
    assert last_speaker(text) == "نواف الدوسري"


def test_preposition_after_a_comma_in_a_verb_first_sentence_is_no_verb() -> None:
    # the sentence opens on its verb (زار): the comma closes no fronted phrase, and برفقة is the
    # preposition of the one who came along, never the floor holder
    text = _COACH + "وزار الأمير خالد بن سعود المستشفى، برفقة مدير الصحة نواف الدوسري." + _CLOSING
    assert last_speaker(text) != "نواف الدوسري"


def test_preposition_before_the_name_keeps_the_last_speaker() -> None:
    # "بدعوة": the man named after a preposition did not act; the coach goes on
    text = _COACH + "وفي الإطار نفسه، حضر اللقاء بدعوة رئيس النادي الأسبق نواف الدوسري." + _CLOSING
    assert last_speaker(text) == "سامر الخطيب"


def test_additive_kama_body_holds_the_floor_after_a_man() -> None:
    text = (
        "وأكدت وزارة الثقافة في بيان أن المهرجان سيقام في موعده.\n\n"
        "وأكد مدير المهرجان الدكتور فهد الناصر في تصريح صحفي، حرص اللجنة على راحة الزوار. كما أعربت "
        "الحكومة الكويتية عن تقديرها للجهود المبذولة في التنظيم. وأكدت، في بيان صادر عن مكتبها "
        "الإعلامي، استعدادها للمشاركة بعروض يومية طوال أيام المهرجان."
    )
    assert last_speaker(text) == "الحكومة الكويتية"


def test_body_gives_way_to_an_agreeing_last_speaker() -> None:
    # the one quoted last agrees with the feminine cue: she goes on, the body named since does not
    # take the floor (a body's own act is mostly the story's background)
    text = (
        "وقالت مديرة المهرجان الدكتورة نورة السالم إن المهرجان سيقام في موعده.\n\n"
        "كما أعربت الحكومة الكويتية عن تقديرها للجهود المبذولة في التنظيم. وأكدت أن العروض ستستمر "
        "طوال أيام المهرجان."
    )
    assert last_speaker(text) == "نورة السالم"


def test_masculine_body_never_holds_the_floor_for_a_feminine_cue() -> None:
    # a council (مجلس) takes a masculine verb: a feminine cue after a man quoted last is not its
    text = (
        "وقالت المتحدثة باسم المستشفى ريم العلي إن حالة المصابين مستقرة.\n\n"
        "وأكد مدير الطوارئ الدكتور فهد الناصر في تصريح صحفي، جاهزية الفرق الطبية. كما ناقش مجلس "
        "إدارة المستشفى خطة الطوارئ في اجتماعه الأخير. وقالت إن الزيارات ستستأنف الأسبوع المقبل."
    )
    assert not (last_speaker(text) or "").startswith("مجلس")
