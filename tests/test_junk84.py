"""Round 84 (junk speakers): a speaker phrase opening on a verb, a preposition or an adverb names
nobody; the subject after the stray word, else the speaker just before, takes its place. Sentences
and names invented for these tests."""

from __future__ import annotations

from rasid.extract.junk_speaker import speaker_names_nobody, without_junk_speakers
from rasid.model import Article, Entity, Quote, Span, Speaker


def test_phrases_opening_on_a_preposition_verb_or_adverb_name_nobody():
    for phrase in (
        "تحت شعار",  # a preposition written apart
        "عندما وصل الوفد",  # a clause
        "على المعرض",  # على before a definite noun
        "بجائزة أفضل لاعب",  # a joined preposition before a common noun
        "لضيفه",
        "استقبلت بيان اللجنة",  # a verb, then its object
        "وتحدثت هند الشمري",  # a verb, then its subject
    ):
        assert speaker_names_nobody(phrase), phrase


def test_names_bodies_places_and_groups_are_kept():
    for phrase, kind, entity in (
        ("بسام الحربي", "person", False),  # a given name in ب
        ("لجنة الانتخابات", "organization", False),  # a body in ل
        ("بكين", "organization", False),  # a capital
        ("لمانشستر يونايتد", "organization", False),  # a preposition before a place: a club's name
        ("على الزهراني", "person", True),  # the name علي as papers also write it
        ("مراسلنا", "person", False),  # our correspondent
        ("سكانا", "group", False),  # a group's phrase keeps its own rules
        ("مصادر مطلعة", "unnamed", False),
        ("هند الشمري", "person", False),
    ):
        assert not speaker_names_nobody(phrase, kind, entity), phrase


TEXT = (
    "وقال المدرب فهد السالم: «سنقاتل حتى النهاية». "
    "وأضاف بصراحة: «الجمهور سيصنع الفارق». "
    "وتحدثت هند الشمري عن الموسم: «الفريق النسائي جاهز»."
)


def _quote(content: str, cue: str, speaker: Speaker, sentence: int) -> Quote:
    start = TEXT.index(content)
    at = TEXT.index(cue)
    return Quote(
        start=start,
        end=start + len(content),
        text=content,
        kind="direct",
        cue=Span(at, at + len(cue), cue),
        speaker=speaker,
        sentence=sentence,
    )


def _span(words: str) -> Span:
    at = TEXT.index(words)
    return Span(at, at + len(words), words)


def _article(*quotes: Quote) -> Article:
    return Article(id="t", text=TEXT, quotes=quotes)


COACH = Speaker("فهد السالم", "person", "e1", _span("المدرب فهد السالم"))


def test_an_adverb_after_the_cue_gives_way_to_the_speaker_just_before():
    first = _quote("سنقاتل حتى النهاية", "وقال", COACH, 0)
    junk = Speaker("بصراحة", "person", None, _span("بصراحة"))
    second = _quote("الجمهور سيصنع الفارق", "وأضاف", junk, 1)
    out = without_junk_speakers(_article(first, second))
    assert out.quotes[1].speaker is not None
    assert out.quotes[1].speaker.name == "فهد السالم"
    assert out.quotes[1].speaker.mention is None  # (implied, as after وأضاف)


def test_a_verb_caught_in_the_name_is_dropped_and_the_mention_still_fits():
    junk = Speaker("وتحدثت هند الشمري", "person", "e2", _span("وتحدثت هند الشمري"))
    quote = _quote("الفريق النسائي جاهز", "وتحدثت", junk, 2)
    out = without_junk_speakers(_article(quote))
    speaker = out.quotes[0].speaker
    assert speaker is not None and speaker.name == "هند الشمري"
    assert speaker.mention is not None and TEXT[speaker.mention.start : speaker.mention.end] == "هند الشمري"


def test_junk_with_no_speaker_near_before_it_is_left_without_one():
    junk = Speaker("بصراحة", "person", None, _span("بصراحة"))
    alone = _quote("الجمهور سيصنع الفارق", "وأضاف", junk, 1)
    assert without_junk_speakers(_article(alone)).quotes[0].speaker is None
    far = _quote("سنقاتل حتى النهاية", "وقال", COACH, 0)
    late = _quote("الجمهور سيصنع الفارق", "وأضاف", junk, 9)  # (many sentences later)
    assert without_junk_speakers(_article(far, late)).quotes[1].speaker is None


def test_a_real_speaker_is_left_as_it_is():
    article = _article(_quote("سنقاتل حتى النهاية", "وقال", COACH, 0))
    assert without_junk_speakers(article) is article


def test_a_person_tagged_inside_a_junk_phrase_is_the_speaker():
    text = "وذكر لأحدث تقرير أعده ماجد الفيفي أن الأسعار سترتفع في الربع المقبل."
    phrase = "لأحدث تقرير أعده ماجد الفيفي"
    at, name_at = text.index(phrase), text.index("ماجد الفيفي")
    person = Entity(name_at, name_at + len("ماجد الفيفي"), "ماجد الفيفي", "PER", "e5", "ماجد الفيفي")
    junk = Speaker(phrase, "person", None, Span(at, at + len(phrase), phrase))
    content = "الأسعار سترتفع في الربع المقبل"
    start = text.index(content)
    quote = Quote(start, start + len(content), content, "indirect", Span(0, 4, "وذكر"), junk, sentence=0)
    out = without_junk_speakers(Article(id="t", text=text, entities=(person,), quotes=(quote,)))
    speaker = out.quotes[0].speaker
    assert speaker is not None and speaker.name == "ماجد الفيفي" and speaker.entity_id == "e5"


def test_a_title_phrase_cut_to_its_tail_speaks_as_written():
    text = "وقال رئيس لجنة الحفاظ على الغابات الساحلية إن الحرائق تراجعت هذا الصيف."
    title = "رئيس لجنة الحفاظ على الغابات الساحلية"
    at = text.index(title)
    junk = Speaker("على الغابات الساحلية", "person", None, Span(at, at + len(title), title))
    content = "الحرائق تراجعت هذا الصيف"
    start = text.index(content)
    quote = Quote(start, start + len(content), content, "indirect", Span(0, 4, "وقال"), junk, sentence=0)
    speaker = without_junk_speakers(Article(id="t", text=text, quotes=(quote,))).quotes[0].speaker
    assert speaker is not None and speaker.name == title


def test_a_preposition_joined_to_a_body_head_keeps_the_body():
    junk = Speaker("لشركة الأفق للنقل", "person", None, None)
    quote = _quote("الجمهور سيصنع الفارق", "وأضاف", junk, 1)
    speaker = without_junk_speakers(_article(quote)).quotes[0].speaker
    assert speaker is not None and speaker.name == "شركة الأفق للنقل"


def test_a_family_name_completed_into_junk_goes_back_to_its_person():
    text = "قال رامي الخطيب إن العمل مستمر. وأشار الخطيب إلى أن الخطة جاهزة."
    first_at, later_at = text.index("رامي الخطيب"), text.rindex("الخطيب")
    person = Entity(first_at, first_at + len("رامي الخطيب"), "رامي الخطيب", "PER", "e7", "رامي الخطيب")
    junk = Speaker(
        "لأحدث خطة قدمها الخطيب", "person", None, Span(later_at, later_at + len("الخطيب"), "الخطيب")
    )
    content = "الخطة جاهزة"
    start = text.index(content)
    cue_at = text.index("وأشار")
    quote = Quote(start, start + len(content), content, "indirect", Span(cue_at, cue_at + 5, "وأشار"), junk)
    out = without_junk_speakers(Article(id="t", text=text, entities=(person,), quotes=(quote,)))
    speaker = out.quotes[0].speaker
    assert speaker is not None and speaker.name == "رامي الخطيب" and speaker.entity_id == "e7"
