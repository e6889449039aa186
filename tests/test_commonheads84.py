"""Round 84 (common-noun heads): a speaker typed a person, with no entity, whose phrase opens on a
finding or figure noun (النتائج، الأرقام، البيانات), a comparative (أكثر) or a time of day (عصر)
names nobody; the issuer after the noun, else the speaker just before, takes its place. Sentences
and names invented for these tests."""

from __future__ import annotations

from rasid.extract.junk_speaker import speaker_names_nobody, without_junk_speakers
from rasid.model import Article, Quote, Span, Speaker

TEXT = (
    "وقال الباحث نزار القحطاني إن العينة شملت ألف متطوع من ثلاث مدن. "
    "وأعلن مركز الدراسات التربوية أن الاستبيان شمل خمس مدارس. "
    "وأظهرت النتائج أن النوم المبكر يحسن التركيز لدى الطلاب. "
    "وتشير بيانات الهيئة إلى أن الإنفاق تراجع في الصيف الماضي."
)

SCIENTIST = Speaker("نزار القحطاني", "person", "e1", None)
CENTRE = Speaker("مركز الدراسات التربوية", "organization", "e2", None)


def _span(words: str) -> Span:
    at = TEXT.index(words)
    return Span(at, at + len(words), words)


def _quote(content: str, cue: str, speaker: Speaker, sentence: int) -> Quote:
    start = TEXT.index(content)
    return Quote(start, start + len(content), content, "indirect", _span(cue), speaker, sentence=sentence)


def test_findings_figures_and_a_cut_comparative_name_nobody():
    for phrase in ("النتائج", "الأرقام", "الإحصاءات", "إحصائيات رسمية", "نتائج الشركة", "أكثر", "عصر"):
        assert speaker_names_nobody(phrase), phrase


def test_sources_bodies_groups_and_tagged_names_are_kept():
    for phrase, kind, entity in (
        ("النتائج", "organization", False),  # (typed a body: left to the document rules)
        ("أكثر من نصف المشاركين", "group", False),  # a group's whole phrase
        ("الباحثون", "person", False),  # people who speak
        ("مصادر مطلعة", "unnamed", False),
        ("عصر", "person", True),  # a tagged name is never replaced
        ("نزار القحطاني", "person", False),
    ):
        assert not speaker_names_nobody(phrase, kind, entity), phrase


def test_findings_give_way_to_the_body_quoted_just_before():
    first = _quote("الاستبيان شمل خمس مدارس", "وأعلن", CENTRE, 1)
    findings = Speaker("النتائج", "person", None, _span("النتائج"))
    second = _quote("النوم المبكر يحسن التركيز لدى الطلاب", "وأظهرت", findings, 2)
    speaker = without_junk_speakers(Article(id="t", text=TEXT, quotes=(first, second))).quotes[1].speaker
    assert speaker is not None and speaker.name == "مركز الدراسات التربوية" and speaker.mention is None


def test_findings_are_never_given_to_a_person_quoted_before_them():
    first = _quote("العينة شملت ألف متطوع من ثلاث مدن", "وقال", SCIENTIST, 0)
    findings = Speaker("النتائج", "person", None, _span("النتائج"))
    second = _quote("النوم المبكر يحسن التركيز لدى الطلاب", "وأظهرت", findings, 1)
    speaker = without_junk_speakers(Article(id="t", text=TEXT, quotes=(first, second))).quotes[1].speaker
    assert speaker == findings  # (kept: findings speak for who issued them, not for him)


def test_figures_of_a_named_body_speak_for_the_body():
    figures = Speaker("بيانات الهيئة", "person", None, _span("بيانات الهيئة"))
    quote = _quote("الإنفاق تراجع في الصيف الماضي", "وتشير", figures, 2)
    speaker = without_junk_speakers(Article(id="t", text=TEXT, quotes=(quote,))).quotes[0].speaker
    assert speaker is not None and speaker.name == "الهيئة"
    assert speaker.mention is not None and TEXT[speaker.mention.start : speaker.mention.end] == "الهيئة"


def test_findings_with_nobody_before_them_are_kept():
    findings = Speaker("النتائج", "person", None, _span("النتائج"))
    quote = _quote("النوم المبكر يحسن التركيز لدى الطلاب", "وأظهرت", findings, 2)
    assert without_junk_speakers(Article(id="t", text=TEXT, quotes=(quote,))).quotes[0].speaker == findings


def test_a_time_word_after_the_cue_gives_way_to_the_body_quoted_before():
    first = _quote("الاستبيان شمل خمس مدارس", "وأعلن", CENTRE, 1)
    time = Speaker("عصر", "person", None, None)  # (a time of day read as the subject)
    second = _quote("النوم المبكر يحسن التركيز لدى الطلاب", "وأظهرت", time, 2)
    speaker = without_junk_speakers(Article(id="t", text=TEXT, quotes=(first, second))).quotes[1].speaker
    assert speaker is not None and speaker.name == "مركز الدراسات التربوية"
