"""Round 83 (heads): a bare definite description of a person left as the speaker («وقال الضيف»،
«وأشار المؤلف») is the person the story is about, the one it names most often before the cue;
a tie, a name right after the description, a description first brought in as someone new, a
byline, or a subject of the other gender leaves it as written.

Every sentence is written for these tests; names, books and events are invented.
"""

from __future__ import annotations

from conftest import cue_speakers, speaker_at_cue
from rasid.extract.quotes import _Doc
from rasid.extract.story_subject import _byline, _introduced_as_someone_new, subject_description
from rasid.model import Article, Entity
from rasid.text.normalize import normalize

_REVIEW = (
    "صدر حديثا كتاب جديد للباحث سليم الفرحاني عن تاريخ الموانئ في الخليج. "
    "ويقع الكتاب في ثلاثمائة صفحة، وقد أمضى الفرحاني خمس سنوات في جمع مادته. "
    "وأشار المؤلف إلى أن الموانئ الصغيرة كانت مراكز للتجارة والثقافة معا."
)


def test_description_words() -> None:
    assert subject_description("المؤلف") == (normalize("مؤلف"), False)
    assert subject_description("«الضيفة»") == (normalize("ضيفة"), True)
    assert subject_description("مؤلف") is None  # (indefinite: someone new)
    assert subject_description("المؤلف الشاب") is None  # (a phrase, not the bare description)
    assert subject_description("الوزير") is None  # (a title: other rules name its bearer)


def test_author_is_the_reviewed_writer() -> None:
    assert speaker_at_cue(_REVIEW, "وأشار") == "سليم الفرحاني"


def test_description_before_any_name_stays() -> None:
    text = "وأشار المؤلف إلى أن الموانئ الصغيرة كانت مراكز للتجارة. وصدر الكتاب عن دار النخيل."
    assert speaker_at_cue(text, "وأشار") != "سليم الفرحاني"
    assert "الفرحاني" not in str(cue_speakers(text))


def test_feminine_description_skips_a_man() -> None:
    text = _REVIEW.replace("وأشار المؤلف", "وأشارت المؤلفة")
    assert speaker_at_cue(text, "وأشارت") != "سليم الفرحاني"


def _doc(text: str) -> _Doc:
    return _Doc(Article(id="t", text=text))


def test_indefinite_mention_brings_in_someone_new() -> None:
    text = "وفي السوق التقينا شابا يبيع الخضار. وقال الشاب إن الأسعار ارتفعت كثيرا."
    assert _introduced_as_someone_new(_doc(text), normalize("شاب"), text.index("وقال"))


def test_one_of_a_group_is_someone_new() -> None:
    text = "واشتكى أحد المواطنين من الزحام. وقال المواطن إن الطريق مغلق منذ الصباح."
    assert _introduced_as_someone_new(_doc(text), normalize("مواطن"), text.index("وقال"))


def test_definite_mention_alone_is_not_someone_new() -> None:
    text = "وزار الفريق المواطن في منزله. وقال المواطن إن الطريق مغلق منذ الصباح."
    assert not _introduced_as_someone_new(_doc(text), normalize("مواطن"), text.index("وقال"))


def test_byline_is_not_the_subject() -> None:
    text = "ماهر العتيبي– الرياض: وقال الضيف إن الأمسية كانت ناجحة."
    doc = _doc(text)
    writer = Entity(start=0, end=len("ماهر العتيبي"), text="ماهر العتيبي", label="PER")
    assert _byline(doc, writer)
    inside = Entity(start=30, end=34, text="الضيف", label="PER")
    assert not _byline(doc, inside)


def test_name_in_marks_after_description_is_left_to_it() -> None:
    text = (
        "وتحدث الكاتب رامي الخطيب عن روايته الأولى طويلا، وكرر الخطيب شكره للقراء. "
        'وأكد الضيف "نادر السماك" أن الرواية تستحق الجائزة.'
    )
    assert speaker_at_cue(text, "وأكد") != "رامي الخطيب"


def test_bank_short_forms_take_the_firm_quoted_by_its_bare_name() -> None:
    text = (
        'قال "غرانفيل بيرتون" أكبر المؤسسات المصرفية في الإقليم إن أرباحه ارتفعت في الربع الأول. '
        "وذكرت المؤسسة المصرفية أن الودائع زادت بنسبة عشرة في المائة. "
        "وقالت الشركة إن فروعها الجديدة ستفتتح في الخريف."
    )
    speakers = [name for _, name in cue_speakers(text)]
    assert speakers[0] == "غرانفيل بيرتون"
    assert speakers[1:] == ["غرانفيل بيرتون", "غرانفيل بيرتون"], speakers


def test_short_form_after_a_person_stays() -> None:
    # (the latest speaker is a man named by his given name: no firm to name back)
    text = (
        "قال محمد الزهراني إن السوق تحتاج إلى مصانع جديدة. وقالت الشركة إن فروعها الجديدة ستفتتح في الخريف."
    )
    assert speaker_at_cue(text, "وقالت") != "محمد الزهراني"


def test_short_form_after_a_ministry_stays() -> None:
    text = (
        "قالت وزارة الصناعة إن السوق تحتاج إلى مصانع جديدة. وقالت الشركة إن فروعها الجديدة ستفتتح في الخريف."
    )
    assert speaker_at_cue(text, "وقالت") != "وزارة الصناعة"
