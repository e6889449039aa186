"""Search over the store: normalisation and stemming on both sides, query syntax, filters,
snippets, quotes, and semantic search across languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.errors import RasidError
from rasid.store import Store
from rasid.store.db import prepare
from rasid.store.search import Filters, analyse_query, parse_query, search, search_quotes, stem
from store_helpers import PUTIN_FULL, PUTIN_SHORT, TRUMP_A, TRUMP_B, make_article

WEATHER = make_article(
    "a5",
    "توقعت الرئاسة العامة للأرصاد هطول أمطار رعدية على مرتفعات جازان وعسير والباحة خلال الأيام المقبلة.",
    media="سبق",
    published="2015-08-02",
    title="أمطار رعدية على جنوب المملكة",
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("search") / "rasid.db"
    with Store(path) as opened:
        opened.write(prepare(a, "test") for a in (PUTIN_FULL, PUTIN_SHORT, TRUMP_A, TRUMP_B, WEATHER))
        yield opened


def ids(hits) -> set[str]:
    return {h.id for h in hits}


def test_stemming_meets_inflections():
    assert stem("محادثات") == stem("المحادثات") == stem("والمحادثات") == stem("بالمحادثات")
    assert stem("الاتفاقيات") == stem("اتفاقيات")


def test_normalisation_finds_hamza_spellings(store: Store):
    assert ids(search(store, "اوكرانيا")) == {"a1", "a4"}
    assert ids(search(store, "أوكرانيا")) == {"a1", "a4"}


def test_stemming_finds_definite_and_plural_forms(store: Store):
    assert {"a1", "a2"} <= ids(search(store, "محادثات"))
    assert ids(search(store, "الأمطار")) == {"a5"}


def test_names_are_kept_whole(store: Store):
    assert ids(search(store, "بوتين")) == {"a1", "a2"}
    assert ids(search(store, "ترمب")) == {"a4"}


def test_boolean_syntax(store: Store):
    assert ids(search(store, "بوتين أوكرانيا")) == {"a1"}  # AND by default
    assert ids(search(store, "بوتين AND أوكرانيا")) == {"a1"}
    assert ids(search(store, "ترمب OR لافروف")) == {"a2", "a4"}
    assert ids(search(store, "بوتين -أوكرانيا")) == {"a2"}
    assert ids(search(store, "بوتين NOT أوكرانيا")) == {"a2"}
    assert ids(search(store, "(ترمب OR لافروف) -موسكو")) == {"a4"}


def test_phrase_field_and_prefix(store: Store):
    assert ids(search(store, '"الرسوم الجديدة"')) == {"a3", "a4"}  # رسوما جديدة: stems meet
    assert ids(search(store, '"حيز التنفيذ"')) == {"a4"}
    assert ids(search(store, '"التنفيذ حيز"')) == set()
    assert ids(search(store, "title:محادثات")) == {"a1", "a2"}
    assert ids(search(store, "title:أمطار")) == {"a5"}
    assert ids(search(store, "title:أوكرانيا")) == set()
    assert ids(search(store, "اوكران*")) == {"a1", "a4"}
    assert ids(search(store, "media:سبق أمطار")) == {"a5"}


def test_ranking_prefers_the_headline(store: Store):
    hits = search(store, "محادثات")
    assert hits[0].id in {"a1", "a2"} and hits[0].score >= hits[-1].score


def test_filters(store: Store):
    assert ids(search(store, "المتحدة", Filters(speaker="بوتين"))) == {"a1", "a2"}
    assert ids(search(store, "", Filters(entity="لافروف"))) == {"a2"}
    assert ids(search(store, "", Filters(media=["عكاظ"]))) == {"a2"}
    assert ids(search(store, "", Filters(since="2015-07-23", until="2015-07-24"))) == {"a3", "a4"}
    assert ids(search(store, "", Filters(until="2015-07"))) == {"a1", "a2", "a3", "a4"}


def test_snippet_highlights_the_matched_words(store: Store):
    hit = search(store, "المحادثات", mark=("<b>", "</b>"))[0]
    assert "<b>المحادثات</b>" in hit.snippet or "<b>محادثات</b>" in hit.snippet


def test_bad_queries_are_coded_errors(store: Store):
    for query in ("-بوتين", "colour:أحمر"):
        with pytest.raises(RasidError) as err:
            search(store, query)
        assert err.value.code == "E204"
    with pytest.raises(RasidError):
        search(store, "", Filters(since="yesterday"))


def test_analyse_query_for_the_web():
    match, terms = analyse_query("محادثات بوتين")
    assert "محادث" in match and "بوتين" in match
    assert "محادث" in terms and "بوتين" in terms
    assert parse_query("   ").match == ""


def test_quote_search(store: Store):
    hits = search_quotes(store, "الولايات المتحدة")
    assert len(hits) == 1 and hits[0].count == 2 and hits[0].speaker == "فلاديمير بوتين"
    assert [h.speaker for h in search_quotes(store, "رسوم")] == ["دونالد ترامب", "دونالد ترامب"]


def test_semantic_search_across_languages(store: Store):
    from rasid.store.semantic import embed_missing, semantic_search

    assert embed_missing(store) == 5
    assert embed_missing(store) == 0
    hits = semantic_search(store, "Putin on talks with the United States", limit=2)
    assert ids(hits) == {"a1", "a2"}
    weather = semantic_search(store, "thunderstorms and rain forecast", limit=1)
    assert weather[0].id == "a5"
    assert ids(semantic_search(store, "talks", Filters(media=["عكاظ"]), limit=3)) == {"a2"}


def test_search_cli(tmp_path: Path, store: Store, capsys: pytest.CaptureFixture):
    from rasid.cli import main

    assert main(["search", "--db", str(store.path), "--format", "jsonl", "اوكرانيا"]) == 0
    out = capsys.readouterr().out
    assert '"id": "a1"' in out and '"id": "a4"' in out
    assert main(["search", "--db", str(tmp_path / "missing.db"), "x"]) == 1


def test_merging_the_index_segments_changes_no_result(tmp_path: Path):
    """Two batches leave two FTS5 segments; `optimize_search` (run after every ingest) merges them
    and every query answers exactly as before."""
    with Store(tmp_path / "rasid.db") as opened:
        opened.write(prepare(a, "test") for a in (PUTIN_FULL, PUTIN_SHORT, TRUMP_A))
        opened.write(prepare(a, "test") for a in (TRUMP_B, WEATHER))
        queries = ["اوكرانيا", "بوتين", "ترمب OR لافروف", "الأمطار", '"المحادثات مع"']
        before = [[(h.id, h.snippet) for h in search(opened, q)] for q in queries]
        opened.optimize_search()
        after = [[(h.id, h.snippet) for h in search(opened, q)] for q in queries]
    assert after == before and any(before)
