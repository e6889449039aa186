"""Round 53 (persons53), where a person speaker's name ends and who an unnamed official is
(rasid.extract.person_extent): a definite person noun after a name opens its description, a mention
cut short is completed before a boundary, a title gives way to the name written before it, and an
opening unnamed official is the person named as the next speaker. Sentences written for these
tests, not taken from any article."""

from __future__ import annotations

from rasid.extract.name_extent import with_name_extent
from rasid.extract.person_extent import (
    completed_before_boundary,
    name_before_title,
    role_named_later,
    without_description,
)
from rasid.model import Article, Entity, Quote, Span, Speaker

# --- a definite person noun after a name


def test_definite_person_noun_after_a_name_is_cut() -> None:
    assert without_description("لوتشيا فيرانتي المنسقة") == "لوتشيا فيرانتي"
    assert without_description("كوزلوفسكي المختص المالي البولندي") == "كوزلوفسكي"


def test_a_family_name_that_is_also_a_title_stays() -> None:
    # (the name list knows الأمين and الشيخ as family names)
    assert without_description("سعيد الشيخ") == "سعيد الشيخ"
    assert without_description("عمر الأمين") == "عمر الأمين"


def test_a_description_not_opened_by_a_name_is_left_alone() -> None:
    assert without_description("أحد السكان المحليين") == "أحد السكان المحليين"
    assert without_description("زوج المعلمة") == "زوج المعلمة"


# --- a mention cut short before a boundary


def _mentions(text: str, written: str) -> list[Entity]:
    at = text.index(written)
    return [Entity(at, at + len(written), written, "PER", "e1", written)]


def test_a_word_before_a_comma_completes_the_name() -> None:
    text = "وأوضح ماركوس هيلدمان، الباحث في معهد الاقتصاد، أن النمو يتباطأ."
    assert completed_before_boundary("ماركوس", _mentions(text, "ماركوس"), text) == "ماركوس هيلدمان"


def test_a_time_word_before_the_boundary_is_no_name() -> None:
    text = "وقال ماركوس هيلدمان أمس إن النمو يتباطأ في الربع الأخير."
    mentions = _mentions(text, "ماركوس هيلدمان")
    assert completed_before_boundary("ماركوس هيلدمان", mentions, text) == "ماركوس هيلدمان"


# --- a title phrase that gives way to the name before it


def test_title_after_a_name_gives_way_to_the_name() -> None:
    text = "وقالت سلمى الحارثي مديرة العيادة بالمستشفى الجامعي إن المراجعين زادوا."
    title = "مديرة العيادة بالمستشفى الجامعي"
    written = "سلمى الحارثي " + title
    at = text.index(written)
    assert name_before_title(title, Span(at, at + len(written), written), text) == "سلمى الحارثي"


def test_title_after_a_comma_and_a_full_name_gives_way_to_it() -> None:
    text = "وأكد اللواء خالد بن ناصر، مدير إدارة الدفاع المدني بالمنطقة، أن الفرق جاهزة."
    title = "مدير إدارة الدفاع المدني بالمنطقة"
    at = text.index(title)
    assert name_before_title(title, Span(at, at + len(title), title), text) == "خالد بن ناصر"


def test_title_after_other_words_stays() -> None:
    text = "وفي الاجتماع أكد مدير إدارة الدفاع المدني بالمنطقة أن الفرق جاهزة."
    title = "مدير إدارة الدفاع المدني بالمنطقة"
    at = text.index(title)
    assert name_before_title(title, Span(at, at + len(title), title), text) == title


# --- an opening unnamed official named as the next speaker

_LEAD = "أعلن مسؤول ليبي أن الطريق فتح. وقال فرج المسماري المتحدث باسم البلدية إن العمل مستمر."


def _quote(text: str, cue: str, speaker: Speaker, written: str = "") -> Quote:
    """A quotation of ``text`` at its cue ``cue``, by ``speaker`` (written as ``written`` there)."""
    at = text.index(cue)
    end = at + len(cue)
    if written:
        where = text.index(written)
        speaker = Speaker(
            speaker.name, speaker.type, speaker.entity_id, Span(where, where + len(written), written)
        )
    return Quote(end + 1, end + 11, text[end + 1 : end + 11], "indirect", Span(at, end, cue), speaker)


def test_opening_official_takes_the_official_named_next() -> None:
    named = Speaker("فرج المسماري", "person", "e2")
    quotes = [
        _quote(_LEAD, "أعلن", Speaker("مسؤول ليبي", "unnamed")),
        _quote(_LEAD, "وقال", named, "فرج المسماري"),
    ]
    out = role_named_later(quotes, _LEAD)
    assert out[0].speaker is not None and out[0].speaker.name == "فرج المسماري"
    assert out[1].speaker is not None and out[1].speaker.name == "فرج المسماري"


def test_official_of_the_other_gender_a_source_or_an_analyst_stays_unnamed() -> None:
    named = Speaker("فرج المسماري", "person", "e2")
    text = _LEAD.replace("أعلن", "أعلنت")
    feminine = [
        _quote(text, "أعلنت", Speaker("مسؤولة ليبية", "unnamed")),
        _quote(text, "وقال", named, "فرج المسماري"),
    ]
    assert role_named_later(feminine, text) == feminine
    source = [
        _quote(_LEAD, "أعلن", Speaker("مصدر ليبي", "unnamed")),
        _quote(_LEAD, "وقال", named, "فرج المسماري"),
    ]
    assert role_named_later(source, _LEAD) == source
    text = _LEAD.replace("المتحدث باسم البلدية", "الباحث في علم الاجتماع")
    analyst = [
        _quote(text, "أعلن", Speaker("مسؤول ليبي", "unnamed")),
        _quote(text, "وقال", named, "فرج المسماري"),
    ]
    assert role_named_later(analyst, text) == analyst


# --- through the speakers stage's last pass


def _article(text: str, quotes: list[Quote]) -> Article:
    return Article(id="t", raw=text, text=text, quotes=tuple(quotes))


def _placed(text: str, cue: str, speaker: Speaker) -> Quote:
    """A quotation whose cue and content are spans of ``text`` (the content: the 10 characters after
    the cue)."""
    at = text.index(cue)
    end = at + len(cue)
    return Quote(end + 1, end + 11, text[end + 1 : end + 11], "indirect", Span(at, end, cue), speaker)


def test_last_pass_cuts_the_description_and_names_the_official() -> None:
    text = "أعلن مسؤول ليبي أن الطريق فتح. وقالت لوتشيا فيرانتي المنسقة في المنظمة إن المساعدات وصلت."
    described = _placed(text, "وقالت", Speaker("لوتشيا فيرانتي المنسقة", "person"))
    out = with_name_extent(_article(text, [described])).quotes[0].speaker
    assert out is not None and out.name == "لوتشيا فيرانتي"
    text = _LEAD
    official = _placed(text, "أعلن", Speaker("مسؤول ليبي", "unnamed"))
    named = _quote(text, "وقال", Speaker("فرج المسماري", "person"), "فرج المسماري")
    first = with_name_extent(_article(text, [official, named])).quotes[0].speaker
    assert first is not None and first.name == "فرج المسماري"
    alone = with_name_extent(_article(text, [official])).quotes[0].speaker
    assert alone is not None and alone.name == "مسؤول ليبي"  # (never named: stays unnamed)
