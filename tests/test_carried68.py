"""Round 68: a continuation cue (وأضاف، وأضافت) whose carried person has the other gender goes to the
best-scored candidate of the cue's own gender; the rules' carry stays otherwise."""

from __future__ import annotations

from rasid.extract.speakers import (
    FEATURES,
    Candidate,
    Choice,
    Ranker,
    _agreeing_rival,
    _man_by_given_name,
    _named_speaker_genders,
    family_key,
)
from rasid.model import Article, Quote, Span, Speaker
from rasid.pipeline import Options, process

TEXT = "قال محمد الحسين إن الأسعار ارتفعت. وأكدت أم طارق أن الأسعار عالية. وأوضح أن التجار يستغلون الموسم."


def _candidate(name: str, start: int) -> Candidate:
    return Candidate(
        key=name.split()[-1], name=name, type="person", entity_id=None, mention=(start, start + len(name))
    )


def _carried(cue: str, name: str) -> Quote:
    start = TEXT.index(cue)
    return Quote(
        start=start + len(cue) + 4,
        end=len(TEXT),
        text="التجار يستغلون الموسم",
        kind="indirect",
        cue=Span(start, start + len(cue), cue),
        speaker=Speaker(name, "person"),
    )


def _choice(rules: int) -> Choice:
    candidates = [_candidate("محمد الحسين", TEXT.index("محمد")), _candidate("أم طارق", TEXT.index("أم طارق"))]
    return Choice(quote=0, candidates=candidates, rules=rules)


RANKER = Ranker(tuple(0.0 for _ in FEATURES), 1.0)


def test_masculine_cue_leaves_a_woman_for_the_man_before_her() -> None:
    """A masculine cue carried to "أم طارق" (a woman's name) goes to the man "قال" named before her."""
    quote = _carried("وأوضح", "أم طارق")
    genders = {family_key("محمد الحسين"): {"m"}}
    assert _agreeing_rival(_choice(1), RANKER, quote, genders, TEXT) == 0
    assert _agreeing_rival(_choice(1), RANKER, quote, {}, TEXT) == 1  # (no man known: the carry stays)


def test_masculine_cue_keeps_a_man() -> None:
    """ "وأوضح" carried to "محمد الحسين" stays: the cue agrees with him."""
    quote = _carried("وأوضح", "محمد الحسين")
    assert _agreeing_rival(_choice(0), RANKER, quote, {}, TEXT) == 0


def test_feminine_cue_keeps_a_person_of_no_known_gender() -> None:
    """A feminine cue keeps a carried name that is no known man's (a description the rules read as a
    name may stand for a woman the later stages name)."""
    text = "قالت الملوح إن الأسعار ارتفعت. وأضافت أن التجار يستغلون الموسم."
    start = text.index("وأضافت")
    quote = Quote(
        start=start + 10,
        end=len(text),
        text="التجار يستغلون الموسم",
        kind="indirect",
        cue=Span(start, start + 6, "وأضافت"),
        speaker=Speaker("الملوح", "person"),
    )
    choice = Choice(quote=0, candidates=[_candidate("الملوح", 5)], rules=0)
    assert _agreeing_rival(choice, RANKER, quote, {}, text) == 0


def test_a_man_by_given_name() -> None:
    assert _man_by_given_name("سعيد السريحي")
    assert not _man_by_given_name("فاطمة السريحي")
    assert not _man_by_given_name("أمنية العلي")  # (a woman's name that is also a word)


def test_named_genders_skip_carried_cues() -> None:
    """Only a cue that names its speaker gives that speaker a gender: a carried cue's would echo it."""
    named = Quote(
        0,
        5,
        "x",
        "indirect",
        Span(0, 3, "قال"),
        Speaker("محمد الحسين", "person", None, Span(4, 15, "محمد الحسين")),
    )
    carried = Quote(20, 25, "y", "indirect", Span(16, 22, "وأضافت"), Speaker("محمد الحسين", "person"))
    genders = _named_speaker_genders([named, carried])
    assert set().union(*genders.values()) == {"m"}


def test_pipeline_keeps_agreeing_carries() -> None:
    """Carries that agree with their cue are left as the rules give them."""
    text = (
        "قالت نورة الشمري مديرة الجمعية إن الحملة ستبدأ الأسبوع المقبل. وشكرت الشمري رجل الأعمال خالد "
        "المطيري على دعمه للجمعية. وأضافت: «نأمل أن تصل الحملة إلى كل الأسر»."
    )
    article = process(Article(id="t", raw=text), Options())
    assert [q.speaker and q.speaker.name for q in article.quotes][-1] == "نورة الشمري"
    text = (
        "قال رئيس النادي سعد العتيبي إن الفريق جاهز للمباراة. وأثنى العتيبي على المدربة هند السالم. "
        "وأضاف أن «اللاعبين في أفضل حالاتهم»."
    )
    article = process(Article(id="t", raw=text), Options())
    assert [q.speaker and q.speaker.name for q in article.quotes][-1] == "سعد العتيبي"
