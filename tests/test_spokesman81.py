"""Round 81, spokesman chains: an official the rules read as unnamed («المتحدث باسم الهيئة في المدينة»)
gives way to the name that closes the chain after the body and place, tagged or not, and so do the
implied cues that carried the title on. Sentences written for these tests; the entity stage's
persons are dropped where a test stands for a name the tagger missed."""

from __future__ import annotations

from dataclasses import replace

from rasid.extract.quotes import (
    SpeakerGuess,
    _chain_speaker,
    _Doc,
    _medium_addressed_at,
    _on_behalf_of_body,
)
from rasid.model import Article
from rasid.pipeline import Options

LEAD = "اندلعت اشتباكات قرب البلدة أمس.\n\n"
WATER = "قطعت المياه عن أحياء المدينة أمس.\n\n"


def _speakers(text: str, untagged: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    """Cue and rules' speaker of each quotation; the persons named in ``untagged`` are dropped from
    the entities before the quotation stage, as if the tagger had missed them."""
    options = Options(rank_speakers=False)
    article = Article(id="t", raw=text)
    for stage in options.pipeline():
        if stage.name == "quotes":
            article = replace(article, entities=[e for e in article.entities if e.text not in untagged])
        if stage.name in ("speakers", "events"):
            continue
        article = stage.func(article, options)
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def _token(doc: _Doc, word: str) -> int:
    start = doc.text.index(word)
    return next(k for k, t in enumerate(doc.tokens) if t.start == start)


def test_untagged_name_after_the_place_closing_a_spokesman_chain_speaks():
    text = WATER + (
        "وقال المتحدث باسم سلطة المياه في نابلس أشرف الزعتري: «نعمل على إصلاح الخط الرئيسي خلال "
        "يومين»، موضحا أن الفرق الفنية وصلت إلى الموقع."
    )
    assert _speakers(text, ("أشرف الزعتري",)) == [("وقال", "أشرف الزعتري"), ("موضحا", "أشرف الزعتري")]


def test_a_time_phrase_after_the_place_is_no_name():
    text = WATER + (
        "وقال المتحدث باسم سلطة المياه في نابلس صباح اليوم: «نعمل على إصلاح الخط الرئيسي خلال يومين»."
    )
    assert _speakers(text) == [("وقال", "المتحدث باسم سلطة المياه")]


def test_tagged_name_set_off_after_a_body_spoken_for_holds_the_title():
    text = LEAD + (
        "وقال متحدث باسم اللجنة الشعبية، سعيد الحمداني، في تصريح للإذاعة إن المسلحين انسحبوا من "
        "المنطقة.\n\nوأضاف أن الطرق فتحت."
    )
    assert _speakers(text) == [("وقال", "سعيد الحمداني"), ("وأضاف", "سعيد الحمداني")]


def test_untagged_name_before_ila_anna_closes_the_chain():
    text = LEAD + "وأشار المتحدث باسم المتضررين من القرار خالد الشمراني إلى أن الأهالي ينتظرون التعويض."
    assert _speakers(text, ("خالد الشمراني", "خالد")) == [("وأشار", "خالد الشمراني")]


def test_the_body_of_a_chain_is_never_read_as_its_holder():
    text = LEAD + "وأشار القيادي في المقاومة الشعبية إلى أن المسلحين انسحبوا من المنطقة."
    assert _speakers(text) == [("وأشار", "القيادي")]


def test_on_behalf_of_a_body_but_not_of_a_person_or_title():
    doc = _Doc(Article(id="t", text="وقال المتحدث باسم اللجنة الشعبية سعيد الحمداني إن الطريق فتح."))
    assert _on_behalf_of_body(doc, _token(doc, "باسم"))
    doc = _Doc(Article(id="t", text="وقال المتحدث باسم الرئيس سعيد الحمداني إن الطريق فتح."))
    assert not _on_behalf_of_body(doc, _token(doc, "باسم"))


def test_a_medium_told_closes_the_phrase_but_not_any_lam_word():
    doc = _Doc(Article(id="t", text="وقال سامي العبيدي لـ«الإذاعة» إن الطريق فتح."))
    assert _medium_addressed_at(doc, _token(doc, "لـ"))
    doc = _Doc(Article(id="t", text="وقال سامي العبيدي لدى وصوله إن الطريق فتح."))
    assert not _medium_addressed_at(doc, _token(doc, "لدى"))


def test_plural_sources_are_no_chain_a_single_name_closes():
    assert _chain_speaker(SpeakerGuess("المتحدث باسم اللجنة", "unnamed", (0, 19)))
    assert not _chain_speaker(SpeakerGuess("مصادر في اللجنة", "unnamed", (0, 15)))
    assert not _chain_speaker(SpeakerGuess("مسؤولون في اللجنة", "unnamed", (0, 17)))
    assert not _chain_speaker(SpeakerGuess("اللجنة الشعبية", "organization", (0, 14)))
