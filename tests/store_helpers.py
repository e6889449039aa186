"""Hand-written Arabic news articles with entities and quotes, for the store tests (no pipeline)."""

from __future__ import annotations

from rasid.model import Article, Entity, Quote, Span, Speaker, attach


def make_article(
    article_id: str,
    text: str,
    *,
    media: str = "الرياض",
    published: str = "2015-07-21",
    title: str = "",
    entities: list[tuple[str, str, str, str]] = (),  # (surface, label, local id, canonical)
    quotes: list[tuple[str, str, str | None, str]] = (),  # (content, cue, speaker local id, speaker name)
) -> Article:
    """An article whose entity and quote spans are found in ``text`` (first occurrence after the
    previous one of the same surface), checked by ``attach``."""
    base = Article(
        id=article_id, raw=text, text=text, title=title or text[:40], media=media, published=published
    )
    found: list[Entity] = []
    cursor: dict[str, int] = {}
    for surface, label, local_id, canonical in entities:
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + len(surface)
        found.append(Entity(start, start + len(surface), surface, label, local_id, canonical))
    spans: list[Quote] = []
    for content, cue, local_id, name in quotes:
        start = text.index(content)
        cue_start = text.index(cue)
        speaker = Speaker(name, "person", local_id) if name else None
        spans.append(
            Quote(
                start,
                start + len(content),
                content,
                "indirect",
                Span.of(text, cue_start, cue_start + len(cue)),
                speaker,
            )
        )
    return attach(base, entities=found, quotes=spans)


PUTIN_FULL = make_article(
    "a1",
    "قال الرئيس الروسي فلاديمير بوتين إن المحادثات مع الولايات المتحدة مفيدة."
    " وأضاف بوتين أن أوكرانيا ليست عقبة.",
    media="الرياض",
    published="2015-07-21",
    title="بوتين: المحادثات مع واشنطن مفيدة",
    entities=[
        ("فلاديمير بوتين", "PER", "e1", "فلاديمير بوتين"),
        ("الولايات المتحدة", "LOC", "e2", "الولايات المتحدة"),
        ("بوتين", "PER", "e1", "فلاديمير بوتين"),
        ("أوكرانيا", "LOC", "e3", "أوكرانيا"),
    ],
    quotes=[("المحادثات مع الولايات المتحدة مفيدة", "قال", "e1", "فلاديمير بوتين")],
)
PUTIN_SHORT = make_article(
    "a2",
    "أكد بوتين في موسكو أن المحادثات مع الولايات المتحدة مفيدة،"
    " فيما التقى وزير الخارجية سيرغي لافروف نظيره الأميركي.",
    media="عكاظ",
    published="2015-07-22",
    title="موسكو تتحدث عن محادثات مفيدة",
    entities=[
        ("بوتين", "PER", "p", "بوتين"),
        ("موسكو", "LOC", "m", "موسكو"),
        ("الولايات المتحدة", "LOC", "u", "الولايات المتحدة"),
        ("سيرغي لافروف", "PER", "l", "سيرغي لافروف"),
    ],
    quotes=[("المحادثات مع الولايات المتحدة مفيدة", "أكد", "p", "بوتين")],
)
TRUMP_A = make_article(
    "a3",
    "قال دونالد ترامب إن بلاده ستفرض رسوما جديدة على الواردات الصينية خلال الأسابيع المقبلة.",
    media="الوطن",
    published="2015-07-23",
    entities=[("دونالد ترامب", "PER", "t", "دونالد ترامب")],
    quotes=[
        ("بلاده ستفرض رسوما جديدة على الواردات الصينية خلال الأسابيع المقبلة", "قال", "t", "دونالد ترامب")
    ],
)
TRUMP_B = make_article(
    "a4",
    "وصرح ترمب للصحفيين بأن الرسوم الجديدة ستدخل حيز التنفيذ قريبا، مضيفا أن أوكرانيا ستحصل على دعم إضافي.",
    media="المدينة",
    published="2015-07-24",
    entities=[("ترمب", "PER", "t", "ترمب"), ("أوكرانيا", "LOC", "u", "أوكرانيا")],
    quotes=[("الرسوم الجديدة ستدخل حيز التنفيذ قريبا", "وصرح", "t", "ترمب")],
)
