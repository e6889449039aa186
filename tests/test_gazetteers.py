"""Gazetteers: entries from CLDR, GeoNames and the name list, matched with clitics outside spans."""

from __future__ import annotations

import pytest

from rasid.extract.gazetteers import (
    GazetteerMatch,
    clitic_readings,
    find_gazetteer_matches,
    lookup,
    name_count,
)


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.label, m.kind) for m in find_gazetteer_matches(text)]


def test_countries_and_cities_are_found_with_their_kind():
    text = "وصل وزير الخارجية إلى موسكو قادما من المملكة العربية السعودية ثم توجه إلى القاهرة."
    assert spans(text) == [
        ("موسكو", "LOC", "Population-Center"),
        ("المملكة العربية السعودية", "LOC", "Nation"),
        ("القاهرة", "LOC", "Population-Center"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبواشنطن عقد اللقاء", "واشنطن"),
        ("سافر الوفد فورا لروسيا", "روسيا"),
        ("عاد الوفد والسعودية تراقب", "السعودية"),
        ("وصل الوزير بالرياض مساء", "الرياض"),
        ("كالعراق وسوريا", "العراق"),
    ],
)
def test_clitics_stay_outside_the_span(text, expected):
    assert spans(text)[0][0] == expected


def test_li_al_contraction_keeps_the_entry_key():
    (match,) = [m for m in find_gazetteer_matches("زيارة للقاهرة الأسبوع المقبل") if m.label == "LOC"]
    assert match.key == "القاهره"
    assert "زيارة للقاهرة"[match.start : match.end] == "قاهرة"


def test_longest_match_wins_over_its_parts():
    text = "أعلنت الولايات المتحدة الأمريكية ذلك"
    assert spans(text) == [("الولايات المتحدة الأمريكية", "LOC", "Nation")]


def test_official_long_state_names_are_one_place_with_the_short_canonical():
    from rasid.model import Article
    from rasid.pipeline import process

    text = (
        "وقعت المملكة الأردنية الهاشمية والمملكة العربية السعودية مذكرة تفاهم، ورحبت الجمهورية اليمنية بها."
    )
    places = [(e.text, e.canonical) for e in process(Article(id="x", raw=text)).entities if e.label == "LOC"]
    assert places == [
        ("المملكة الأردنية الهاشمية", "الأردن"),
        ("المملكة العربية السعودية", "السعودية"),
        ("الجمهورية اليمنية", "اليمن"),
    ]
    # a republic's nisba alone is no state name
    assert spans("وقال رئيس الجمهورية إن القرار نهائي") == []


def test_spelling_variants_meet_through_normalisation():
    for text in ("زار إسطنبول", "زار اسطنبول", "زار إسطنبولَ"):
        assert [s[0] for s in spans(text)] == [text[4:]]


def test_common_words_that_are_also_foreign_town_names_are_not_places():
    # كان (Cannes), صور (Tyre), سنة (Sanandaj) are ordinary words in news text
    assert spans("كان الرئيس قد نشر صور الاجتماع قبل سنة") == []


def test_names_are_evidence_not_spans():
    assert ("PER", "given") in lookup("محمد")
    assert name_count("محمد", "given") > 100
    assert spans("قال محمد إن الاجتماع انتهى") == []


def test_lookup_normalises_its_key():
    assert lookup("السعودية") == lookup("السعوديه") == frozenset({("LOC", "Nation")})
    assert lookup("ليس_كلمة") == frozenset()


def test_clitic_readings():
    assert clitic_readings("وبواشنطن") == ((0, "وبواشنطن"), (1, "بواشنطن"), (2, "واشنطن"))
    assert (2, "الرياض") in clitic_readings("للرياض")
    assert clitic_readings("ولد") == ((0, "ولد"),)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "no Arabic here", "ـــ", "مرحبا" * 2000, "زار کابل وکراچی", "Washington واشنطن"],
    ids=["empty", "blank", "latin", "tatweel", "very-long", "persian", "mixed-script"],
)
def test_odd_input_gives_valid_spans(text):
    for match in find_gazetteer_matches(text):
        assert isinstance(match, GazetteerMatch)
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start].strip() and text[match.end - 1].strip()
