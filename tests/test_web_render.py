"""The web UI's pure parts: the article renderer, snippets, charts, cursors and parameters."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from rasid.errors import RasidError
from rasid.model import Article, DateMention, Entity, Paragraph, Quote, Span, Speaker, attach
from rasid.store.search import highlight_spans, parse_query
from rasid.web import paging
from rasid.web.queries import bucket_series
from rasid.web.render import bar_chart, isolate_latin, render_article, render_snippet, render_span
from rasid.web.search import make_snippet, match_spans

VOID = {"br", "img", "input", "meta", "link", "line", "rect"}


class TreeCheck(HTMLParser):
    """Checks that tags nest properly and collects the visible text outside badges."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        in_badge = "badge" in (attributes.get("class") or "").split() or any(b for _, b in self.stack)
        self.stack.append((tag, in_badge))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"closing {tag} with nothing open"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"closing {tag} while {open_tag} is open"

    def handle_data(self, data: str) -> None:
        if not any(b for _, b in self.stack):
            self.text.append(data)


def check(html: str) -> TreeCheck:
    parser = TreeCheck()
    parser.feed(str(html))
    parser.close()
    assert not parser.stack, f"unclosed: {parser.stack}"
    return parser


def find(text: str, sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span.of(text, start, start + len(sub))


TEXT = (
    "قال وزير الخارجية السعودي عادل الجبير يوم الأحد 19 يوليو إن «المملكة لن تقبل <script>alert(1)</script> "
    "بأي تدخل في شؤون اليمن».\n\n"
    "وأضاف الجبير أن منظمة أوبك ستجتمع في فيينا، بحسب وكالة Reuters."
)


@pytest.fixture(scope="module")
def article() -> Article:
    text = TEXT
    content = find(text, "المملكة لن تقبل <script>alert(1)</script> بأي تدخل في شؤون اليمن")
    second = find(text, "منظمة أوبك ستجتمع في فيينا")
    jubeir = find(text, "عادل الجبير")
    entities = [
        Entity(
            jubeir.start, jubeir.end, jubeir.text, "PER", "e1", "عادل الجبير", role="وزير الخارجية السعودي"
        ),
        Entity(*_at(find(text, "اليمن")), "LOC", "e2", "اليمن"),
        Entity(*_at(find(text, "الجبير", 1)), "PER", "e1", "عادل الجبير"),
        Entity(*_at(find(text, "منظمة أوبك")), "ORG", "e3", "أوبك"),
        Entity(*_at(find(text, "فيينا")), "LOC", "e4", "فيينا"),
    ]
    quotes = [
        Quote(
            content.start,
            content.end,
            content.text,
            "direct",
            find(text, "قال"),
            Speaker("عادل الجبير", "person", "e1", find(text, "وزير الخارجية السعودي عادل الجبير")),
        ),
        Quote(
            second.start,
            second.end,
            second.text,
            "indirect",
            find(text, "وأضاف"),
            Speaker("عادل الجبير", "person"),
        ),
    ]
    date = find(text, "الأحد 19 يوليو")
    first_end = text.index("\n")
    doc = Article(id="test-1", text=text, title="الجبير: لا تدخل")
    return attach(
        doc,
        entities=entities,
        quotes=quotes,
        dates=[DateMention(date.start, date.end, date.text, "2015-07-19", "day")],
        paragraphs=[Paragraph(0, first_end), Paragraph(text.index("وأضاف"), len(text))],
    )


def _at(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


def test_article_text_is_escaped_and_kept_whole(article: Article) -> None:
    blocks = render_article(article, {0: "7"}, entity_links={0: 11, 1: 12}, speaker_links={0: 11})
    html = "".join(block.html for block in blocks)
    assert "<script" not in html
    assert "&lt;" in html and "alert" in html
    parsed = check(html)
    visible = "".join(parsed.text)
    assert visible == TEXT.replace("\n\n", "")  # every character shown once, badges aside


def test_quotes_entities_dates_and_speakers_are_marked(article: Article) -> None:
    html = "".join(
        b.html for b in render_article(article, {0: "7"}, entity_links={0: 11}, speaker_links={0: 11})
    )
    parsed = check(html)
    classes = [(tag, attrs.get("class") or "") for tag, attrs in parsed.tags]
    assert ("span", "quote quote-direct") in classes
    assert ("span", "quote quote-indirect") in classes
    assert ("span", "speaker") in classes
    assert ("span", "cue") in classes
    assert ("span", "date") in classes
    hrefs = {attrs.get("href") for _, attrs in parsed.tags}
    assert "/entities/11" in hrefs  # the linked entity
    assert "/quotes/7" in hrefs  # the quote's badge
    assert "/speakers/11" not in hrefs  # a quote with a store id links to its quote page
    assert 'data-value="2015-07-19"' in html
    assert "عادل الجبير</a>" in html or "عادل الجبير<span" in html
    # an entity without a store id is not a link
    assert '<span class="ent ent-LOC"' in html


def test_latin_runs_are_isolated() -> None:
    assert str(isolate_latin("بحسب وكالة Reuters اليوم")) == 'بحسب وكالة <bdi dir="ltr">Reuters</bdi> اليوم'
    assert str(isolate_latin("<b>")) == '&lt;<bdi dir="ltr">b</bdi>&gt;'
    assert str(isolate_latin("لا لاتيني هنا")) == "لا لاتيني هنا"


def test_crossing_marks_stay_well_formed() -> None:
    from rasid.web.render import INNER_LAYER, QUOTE_LAYER, Mark

    text = "أعلن مجلس التعاون الخليجي اليوم"
    quote = Mark(0, 12, QUOTE_LAYER, "span", "quote", badge="— س")
    entity = Mark(5, 25, INNER_LAYER, "a", "ent ent-ORG", href="/entities/1", badge="منظمة")
    html = str(render_span(text, 0, len(text), [quote, entity]))
    parsed = check(html)
    assert "".join(parsed.text) == text
    assert html.count('class="ent ent-ORG cont"') == 1  # reopened after the quote closed
    assert html.count("منظمة") == 1  # the label is drawn once, at the real end


def test_paragraph_clipping_keeps_badge_at_real_end() -> None:
    text = "السطر الأول\nالسطر الثاني"
    from rasid.web.render import INNER_LAYER, Mark

    mark = Mark(6, 18, INNER_LAYER, "span", "date", badge="تاريخ")
    first = str(render_span(text, 0, 11, [mark]))
    second = str(render_span(text, 12, len(text), [mark]))
    assert "تاريخ" not in first and "تاريخ" in second
    assert 'class="date cont"' in second


def test_article_without_annotations_or_paragraphs() -> None:
    blocks = render_article(Article(id="bare", text="سطر أول\nسطر ثان <i>مائل</i>"))
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    html = str(blocks[1].html)
    assert "<i>" not in html and "&lt;" in html
    assert "".join(check(html).text) == "سطر ثان <i>مائل</i>"


def test_snippet_highlights_the_query_words() -> None:
    text = "بدأت المحادثات في الرياض. وقالت مصادر إن محادثات أخرى ستعقد في جدة، وإن المحادثات صعبة."
    spans = highlight_spans(text, parse_query("محادثات"))
    snippet, highlights = make_snippet(text, spans)
    assert [snippet[s:e] for s, e in highlights] == ["المحادثات", "محادثات", "المحادثات"]
    html = str(render_snippet(snippet, highlights))
    assert html.count('<mark class="hit">') == 3


def test_match_spans_agree_with_the_store_on_long_texts() -> None:
    filler = "وتابع المجلس مناقشة جدول أعماله في جلسته الاعتيادية. " * 40
    text = filler + "وأكدت المحادثات الثنائية أن الحوار مستمر. " + filler + "وانتهت محادثات اليوم."
    parsed = parse_query("المحادثات")
    near_first = match_spans(text, parsed)
    everywhere = highlight_spans(text, parsed)
    assert near_first[0] == everywhere[0] and set(near_first) <= set(everywhere)
    first_start, first_end = match_spans(text, parsed)[0]
    assert text[first_start:first_end] == "المحادثات"
    assert match_spans("لا شيء هنا", parsed) == []


def test_snippet_window_is_bounded_and_centred() -> None:
    text = "كلمة " * 200 + "الهدف المنشود " + "كلمة " * 200
    target = text.index("الهدف")
    snippet, highlights = make_snippet(text, [(target, target + 5)], width=120)
    assert len(snippet) <= 130
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert [snippet[s:e] for s, e in highlights] == ["الهدف"]
    assert make_snippet("نص بلا تطابق", [])[1] == []


def test_bar_chart_is_inline_svg() -> None:
    svg = str(bar_chart([("2015-07-20", 2), ("2015-07-21", 0), ("2015-07-22", 5)], title="<x>"))
    assert svg.startswith("<svg") and svg.count("<rect") == 3
    assert "&lt;x&gt;" in svg and "<x>" not in svg
    assert "لا بيانات" in str(bar_chart([]))


def test_bucket_series_picks_granularity_and_fills_gaps() -> None:
    granularity, series = bucket_series([("2015-07-20", 2), ("2015-07-23", 1), (None, 4), ("bad", 1)])
    assert granularity == "day"
    assert series == [("2015-07-20", 2), ("2015-07-21", 0), ("2015-07-22", 0), ("2015-07-23", 1)]
    granularity, series = bucket_series([("2015-01-05", 1), ("2015-06-30", 3)])
    assert granularity == "week" and series[0] == ("2015-01-05", 1) and series[-1][1] == 3
    granularity, series = bucket_series([("2012-01-15", 1), ("2015-06-30", 3)])
    assert granularity == "month" and series[0] == ("2012-01", 1) and series[-1] == ("2015-06", 3)
    assert len(series) == 42


def test_cursor_round_trip_and_rejects_forgeries() -> None:
    cursor = paging.encode_cursor(["2015-07-21", "مقال-1"])
    assert paging.decode_cursor(cursor, 2) == ["2015-07-21", "مقال-1"]
    assert paging.decode_cursor(None, 2) is None
    for bad in ("%%%", paging.encode_cursor(["x"]), paging.encode_cursor([{"a": 1}, 2]), "A" * 500):
        with pytest.raises(RasidError) as info:
            paging.decode_cursor(bad, 2)
        assert info.value.code == "E301"


def test_parameters_are_bounded() -> None:
    assert paging.limit_param({}) == paging.DEFAULT_LIMIT
    assert paging.limit_param({"limit": "500"}, csv=True) == 500
    for bad in ("0", "101", "ten"):
        with pytest.raises(RasidError):
            paging.limit_param({"limit": bad})
    assert paging.date_param({"since": "2015-07"}, "since") == "2015-07"
    for bad in ("2015-13", "2015-02-30", "15-07-01", "٢٠١٥"):
        with pytest.raises(RasidError):
            paging.date_param({"since": bad}, "since")
    with pytest.raises(RasidError):
        paging.text_param({"q": "س" * 600}, "q")
    assert paging.int_param({"speaker": "12"}, "speaker") == 12
    with pytest.raises(RasidError):
        paging.int_param({"speaker": "-1"}, "speaker")
