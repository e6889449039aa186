"""Properties of the whole default pipeline on arbitrary Arabic-like input (hypothesis), and of the
document model's JSON round trip."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rasid.errors import InputError, RasidError
from rasid.model import (
    Article,
    DateMention,
    DocumentDate,
    Entity,
    Event,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Speaker,
    Token,
    attach,
    check_spans,
)
from rasid.pipeline import Options, process

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"
TASHKEEL = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
PUNCTUATION = ".،؛؟!:()-/|…%٪"
QUOTES = "\"'“”«»‘’„"
SPACES = " \u00a0\u200b\u200c\u200d\u200e\u200f\u202f\t"
NEWLINES = "\n\r\u2029"
WORDS = ["قال", "وأضاف", "إن", "أن", "قائلا", "الرئيس", "الخميس", "فبراير/ شباط", "د.", "رمضان", "1446هـ"]

arabic_ish = st.lists(
    st.one_of(
        st.text(alphabet=LETTERS + TASHKEEL, min_size=1, max_size=8),
        st.sampled_from(WORDS),
        st.text(alphabet=DIGITS, min_size=1, max_size=4),
        st.sampled_from(PUNCTUATION + QUOTES),
        st.text(alphabet=SPACES + NEWLINES, min_size=1, max_size=3),
    ),
    max_size=120,
).map("".join)

# Slow stages (CRF tagging, lingua) make each example cost milliseconds; 150 examples keep this test
# to a few seconds while hypothesis still finds the classic offset bugs (tashkeel, NBSP, CRLF).
PIPELINE_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PIPELINE_SETTINGS
@given(raw=arabic_ish)
@example(raw="قال")  # a reporting verb that ends the text, with no speaker after it
@example(raw="وأضاف:\n«")
@example(raw="\u00a0\u200f|\r\n\r\n")
def test_default_pipeline_spans_slice_text_and_json_round_trips(raw: str) -> None:
    try:
        article = process(Article(id="prop", raw=raw, source="hypothesis"), Options(require_arabic=False))
    except InputError:
        return  # a reported bad input is an allowed outcome; any other exception fails the test
    check_spans(article)
    for where, start, end, _ in _all_offsets(article):
        assert 0 <= start <= end <= len(article.text), where
    data = json.loads(json.dumps(article.to_dict(include_raw=True, include_tokens=True), ensure_ascii=False))
    assert Article.from_dict(data) == article


@PIPELINE_SETTINGS
@given(raw=arabic_ish)
def test_arabic_required_only_refuses_with_e108(raw: str) -> None:
    try:
        process(Article(id="prop", raw=raw), Options())
    except RasidError as exc:
        # E106: nothing but white space or boilerplate; E108: not Arabic.
        assert exc.code in {"E106", "E108"}, exc


def _all_offsets(article: Article):
    from rasid.model import iter_spans

    yield from iter_spans(article)


def full_article() -> Article:
    text = "قال وزير الخارجية سامر الخطيب اليوم الخميس في عمّان إن “الحوار مستمر”."
    span = Span.of
    minister = Entity(
        18, 29, "سامر الخطيب", "PER", "e1", "سامر الخطيب", kind="Politician", role="وزير الخارجية",
        aliases=("الخطيب",), source="pattern", confidence=0.91,
    )  # fmt: skip
    amman = Entity(46, 51, "عمّان", "LOC", "e2", "عمان", kind="Population-Center", source="gazetteer")
    quote = Quote(
        start=56,
        end=68,
        text=text[56:68],
        kind="direct",
        cue=span(text, 0, 3),
        speaker=Speaker("سامر الخطيب", "person", "e1", span(text, 18, 29)),
        confidence=0.8765,
        via=Speaker("وكالة الأنباء", "organization"),
        sentence=0,
    )
    return Article(
        id="a1",
        text=text,
        raw="|\n" + text,
        url="https://news.example.org/a1",
        title="عنوان",
        media="news.example.org",
        author="عمان - ليلى حداد",
        published="2025-02-20",
        language="ar",
        source="examples/records.jsonl:1",
        paragraphs=(Paragraph(0, len(text)),),
        sentences=(Sentence(0, len(text), 0),),
        tokens=(Token(0, 3), Token(4, 8)),
        entities=(minister, amman),
        quotes=(quote,),
        dates=(DateMention(30, 42, text[30:42], "2025-02-20", "day", anchor="document", confidence=0.95),),
        events=(Event("announcement", span(text, 0, 3), ("e1",), "e2", "2025-02-20", 0, 0.7),),
        document_date=DocumentDate("2025-02-20", "metadata", 1.0, None, "2025-02-21", ("published",)),
        warnings=("clean: one line removed",),
        metadata={"date_extracted": "2025-02-21 02:00:00"},
    )


def test_model_round_trips_through_json() -> None:
    article = full_article()
    check_spans(article)
    data = json.loads(json.dumps(article.to_dict(include_raw=True, include_tokens=True), ensure_ascii=False))
    assert Article.from_dict(data) == article
    assert Article.from_dict(data).metadata == article.metadata
    assert data["quotes"][0]["speaker"]["mention"] == {"start": 18, "end": 29, "text": "سامر الخطيب"}


def test_default_json_leaves_out_raw_and_tokens() -> None:
    data = full_article().to_dict()
    assert "raw" not in data and "tokens" not in data
    restored = Article.from_dict(data)
    assert restored.raw == "" and restored.tokens == ()
    assert restored.quotes == full_article().quotes


def test_newer_schema_is_refused() -> None:
    data = full_article().to_dict()
    data["schema_version"] = 999
    with pytest.raises(RasidError) as caught:
        Article.from_dict(data)
    assert caught.value.code == "E010"


def test_a_span_that_does_not_slice_the_text_is_refused() -> None:
    article = full_article()
    wrong = Entity(0, 3, "أقال", "PER")
    with pytest.raises(RasidError) as caught:
        attach(article, entities=[wrong])
    assert caught.value.code == "E020"
    with pytest.raises(RasidError) as caught:
        attach(article, sentences=[Sentence(0, len(article.text) + 1)])
    assert caught.value.code == "E020"
    with pytest.raises(RasidError) as caught:
        attach(article, colour="red")
    assert caught.value.code == "E011"


def test_attach_appends_warnings_and_makes_tuples() -> None:
    article = attach(full_article(), warnings=["second"], entities=list(full_article().entities))
    assert article.warnings == ("clean: one line removed", "second")
    assert isinstance(article.entities, tuple)
