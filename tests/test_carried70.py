"""Round 70: an implied person speaker (وأضاف، مشيرة) whose name is common words only, carried from
a cue that took them for a name ("ودعا جميع الأطراف"), gives way to the nearest earlier speaker the
entity tagger found a person, of the cue's gender; a name, a description or a body stays."""

from __future__ import annotations

from rasid.extract.speakers import _names_nobody, carried_to_named
from rasid.model import Article, Quote, Span, Speaker

TEXT = (
    "قال وزير الطاقة خالد الفارس: «الإنتاج سيرتفع». وقالت الخبيرة سلمى الرفاعي إن الأسعار مستقرة. "
    "ودعا جميع الأطراف إلى الحوار. وأضاف: «سنواصل الاستثمار». وأضافت: «السوق بحاجة إلى الثقة»."
)


def _span(text: str, after: int = 0) -> Span:
    start = TEXT.index(text, after)
    return Span(start, start + len(text), text)


def _quote(cue: str, speaker: Speaker, after: int = 0) -> Quote:
    at = _span(cue, after)
    start, end = at.end + 1, at.end + 10
    return Quote(start=start, end=end, text=TEXT[start:end], kind="direct", cue=at, speaker=speaker)


def _article(carried: str, *, minister_id: str | None = "e1") -> Article:
    """The minister and the expert quoted, then "ودعا" read with ``carried`` as its subject and two
    continuations (وأضاف، وأضافت) carrying it on."""
    minister = Speaker("خالد الفارس", "person", minister_id, _span("وزير الطاقة خالد الفارس"))
    expert = Speaker("سلمى الرفاعي", "person", "e2", _span("الخبيرة سلمى الرفاعي"))
    head = Speaker(carried, "person", None, _span("جميع"))
    implied = Speaker(carried, "person")
    quotes = (
        _quote("قال", minister),
        _quote("وقالت", expert),
        _quote("ودعا", head),
        _quote("وأضاف", implied),
        _quote("وأضافت", implied),
    )
    return Article(id="t", text=TEXT, quotes=quotes)


def _names(article: Article) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_common_words_give_way_to_the_earlier_speaker_of_the_cue_gender() -> None:
    """ "وأضاف" after "ودعا جميع" goes on with the minister, "وأضافت" with the expert; the cue that
    named "جميع" keeps its mention (only carried speakers are replaced)."""
    names = _names(carried_to_named(_article("جميع")))
    assert names == ["خالد الفارس", "سلمى الرفاعي", "جميع", "خالد الفارس", "سلمى الرفاعي"]


def test_replaced_speaker_stays_implied() -> None:
    """The speaker put in is carried, as the one it replaces was: no mention of its own."""
    article = carried_to_named(_article("جميع"))
    assert article.quotes[3].speaker is not None and article.quotes[3].speaker.mention is None
    assert article.quotes[3].speaker.entity_id == "e1"


def test_a_foreign_name_the_corpus_lacks_stays() -> None:
    """ "زوركوفيتش" is no common word: a name the tagger missed, carried on unchanged."""
    article = _article("زوركوفيتش")
    assert carried_to_named(article) is article


def test_a_description_stays() -> None:
    """ "مثمن عقاري" (a participle naming a person) and "المتحدث" (a title) describe a speaker."""
    for description in ("مثمن عقاري", "المتحدث"):
        article = _article(description)
        assert carried_to_named(article) is article


def test_no_tagged_person_of_the_gender_leaves_the_carry() -> None:
    """With no tagged man quoted before, "وأضاف" keeps "جميع"; the woman takes "وأضافت" only."""
    names = _names(carried_to_named(_article("جميع", minister_id=None)))
    assert names[3] == "جميع" and names[4] == "سلمى الرفاعي"


def test_names_nobody() -> None:
    """Common words only, no name, title, person noun or participle among them."""
    assert _names_nobody("جميع")
    assert _names_nobody("التعبير")
    assert _names_nobody("بــ")
    assert not _names_nobody("خالد الفارس")
    assert not _names_nobody("مثمن عقاري")
    assert not _names_nobody("وحدات حماية الشعب الكردية")


def _titled(mention: str, name: str) -> Article:
    """The minister quoted, then "وأضاف" with ``name`` taken from the mention ``mention``."""
    text = f"قال وزير الطاقة خالد الفارس: «الإنتاج سيرتفع». وأضاف {mention} أن المشروع تأخر."
    minister = Speaker("خالد الفارس", "person", "e1", Span(4, 27, text[4:27]))
    at = text.index(mention)
    cue = text.index("وأضاف")
    quotes = (
        Quote(start=30, end=44, text=text[30:44], kind="direct", cue=Span(0, 3, "قال"), speaker=minister),
        Quote(
            start=at + len(mention) + 4,
            end=len(text) - 1,
            text=text[at + len(mention) + 4 : len(text) - 1],
            kind="indirect",
            cue=Span(cue, cue + 5, "وأضاف"),
            speaker=Speaker(name, "person", None, Span(at, at + len(mention), mention)),
        ),
    )
    return Article(id="t", text=text, quotes=quotes)


def test_a_title_read_as_common_words_gives_way() -> None:
    """ "رئيس الهيئة للجبيل وينبع" read as "وينبع": a title whose holder was quoted before."""
    article = _titled("رئيس الهيئة للجبيل وينبع", "وينبع")
    assert _names(carried_to_named(article))[1] == "خالد الفارس"


def test_an_untitled_mention_stays() -> None:
    """ "ودعا جميع": no title opens the mention, the rules' reading of the subject stays."""
    article = _titled("جميع المسؤولين", "جميع")
    assert carried_to_named(article) is article
