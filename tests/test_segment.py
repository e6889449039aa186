"""Segmentation: paragraphs and headings, sentences, tokens (rasid.text.segment)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.model import Article, check_spans
from rasid.pipeline import Options
from rasid.text.clean import clean_stage, clean_text
from rasid.text.segment import paragraphs, quoted_regions, segment_stage, split_sentences, tokenize


def sentences_of(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def tokens_of(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text, start, end)]


@pytest.fixture(scope="module")
def sample(sample_raw) -> Article:
    options = Options()
    return segment_stage(clean_stage(Article(id="sample", raw=sample_raw), options), options)


# --- the reference sample ------------------------------------------------------------------------


def test_sample_sub_heading_is_a_heading(sample):
    headings = [p for p in sample.paragraphs if p.kind == "heading"]
    assert [sample.text[p.start : p.end] for p in headings] == ["محادثات إسطنبول"]
    assert len(sample.paragraphs) == 16


def test_sample_has_sixteen_sentences_besides_the_heading(sample):
    texts = [sample.text[s.start : s.end] for s in sample.sentences]
    assert len(texts) == 17
    assert texts[4] == "محادثات إسطنبول"
    others = texts[:4] + texts[5:]
    assert all(t.endswith((".", ".”", "”.")) for t in others)
    assert others[0].startswith("قال الرئيس الروسي") and others[-1].endswith("بوقف إطلاق النار سريعا.")


def test_sample_two_sentence_quotations_stay_in_one_sentence(sample):
    texts = [sample.text[s.start : s.end] for s in sample.sentences]
    assert any("تمنح بعض الأمل. هناك رغبة متبادلة" in t for t in texts)
    assert any("مستعد للاستماع إلى الآخرين. هذا أمر مهم للغاية" in t for t in texts)
    # the same paragraph's second sentence without quotation marks is split off
    assert texts[-2].endswith("ويقوض أمنها.") and texts[-1].startswith("ويقول ترامب")


def test_sample_sentences_know_their_paragraph(sample):
    for sentence in sample.sentences:
        para = sample.paragraphs[sentence.paragraph]
        assert para.start <= sentence.start < sentence.end <= para.end
    assert [s.paragraph for s in sample.sentences][-2:] == [15, 15]


def test_sample_spans_slice_the_text(sample):
    check_spans(sample)
    assert sample.text[sample.tokens[0].start : sample.tokens[0].end] == "قال"
    assert all(not sample.text[t.start : t.end].isspace() for t in sample.tokens)


# --- sentence boundaries -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وصل الوفد إلى الرياض مساء أمس. وبدأت المحادثات صباح اليوم.",
            ["وصل الوفد إلى الرياض مساء أمس.", "وبدأت المحادثات صباح اليوم."],
        ),
        (
            "هل ستنجح المفاوضات؟ يرى مراقبون أن الفرص ضئيلة.",
            ["هل ستنجح المفاوضات؟", "يرى مراقبون أن الفرص ضئيلة."],
        ),
        ("يا له من فوز! احتفل المشجعون حتى الفجر.", ["يا له من فوز!", "احتفل المشجعون حتى الفجر."]),
        ("أحقا؟! لم يصدق أحد النتيجة.", ["أحقا؟!", "لم يصدق أحد النتيجة."]),
        (
            "انتهى الاجتماع دون اتفاق... وسيعقد لقاء آخر الأسبوع المقبل.",
            ["انتهى الاجتماع دون اتفاق...", "وسيعقد لقاء آخر الأسبوع المقبل."],
        ),
        (
            "أعلنت الشرطة القبض على المتهم.وأحيل إلى النيابة.",
            ["أعلنت الشرطة القبض على المتهم.", "وأحيل إلى النيابة."],
        ),
    ],
)
def test_sentences_end_at_arabic_and_latin_stops(text, expected):
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "زار الوزير القاهرة، ثم توجه إلى عمان، حيث التقى نظيره الأردني.",
        "ناقش الطرفان ملفين؛ الأول اقتصادي والثاني أمني.",
        "وأضاف: إن الحكومة ماضية في خططها رغم الصعوبات.",
        'وقال الناطق باسم الخارجية: "نرحب بأي مبادرة. لكننا لن نقبل الشروط المسبقة".',
        "وقال الوزير «لن نتراجع. هذا قرار نهائي» في المؤتمر الصحفي.",
        "وأكد أن “الحوار هو السبيل الوحيد. ولا بديل عنه” خلال كلمته.",
        "وأضاف »المرحلة صعبة. لكننا متفائلون« قبل أن يغادر القاعة.",
        "التقى الرئيس د. محمد العلي وأ.د. سارة الأحمد في جامعة الملك سعود.",
        "أرسلت الرسائل إلى ص.ب. 1234 الرياض قبل نهاية الشهر.",
        "ارتفع المؤشر بنسبة 1.5 في المئة في ختام التداولات.",
        "ونشرت الصحيفة تقريرها على موقع www.alrasid.sa صباح اليوم.",
        "وقالت وكالة الأنباء الألمانية (د.ب.أ) إن الاتفاق وشيك.",
        "صرح جون إف. كينيدي بذلك في خطابه الشهير.",
        "وأشار التقرير (انظر ص. 12 من الملحق) إلى تراجع الصادرات.",
        "زار وفد من شركة Apple Inc. المعرض أمس.",
        "خبر بلا نقطة في آخره",
    ],
)
def test_no_split_inside_quotes_after_abbreviations_commas_or_colons(text):
    assert sentences_of(text) == [text]


def test_quotation_closed_after_its_stop_ends_the_sentence():
    text = "وقال الوزير: «نحن مستعدون للحوار.» وأضاف أن الاجتماع المقبل سيكون في جدة."
    assert sentences_of(text) == [
        "وقال الوزير: «نحن مستعدون للحوار.»",
        "وأضاف أن الاجتماع المقبل سيكون في جدة.",
    ]


def test_stop_after_a_closing_quote_ends_the_sentence():
    text = "وقال إن “الأمر محسوم”. وغادر دون أن يجيب عن الأسئلة."
    assert sentences_of(text) == ["وقال إن “الأمر محسوم”.", "وغادر دون أن يجيب عن الأسئلة."]


def test_quote_mark_used_as_an_opener_after_a_preposition():
    text = "ورحب بـ”الإرادة السياسية. والرغبة في الحوار”. ثم غادر."
    assert sentences_of(text) == ["ورحب بـ”الإرادة السياسية. والرغبة في الحوار”.", "ثم غادر."]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph():
    text = 'وقال المدرب: "سنلعب للفوز. ونحترم المنافس. وانتهى المؤتمر بعد ساعة.'
    assert len(sentences_of(text)) == 3


def test_a_new_attribution_after_a_closed_quotation_starts_a_sentence():
    text = "وقال الوزير «لن نتراجع عن هذا القرار» وأضاف «الشعب كله معنا»."
    assert sentences_of(text) == ["وقال الوزير «لن نتراجع عن هذا القرار»", "وأضاف «الشعب كله معنا»."]


@pytest.mark.parametrize(
    "text",
    [
        "ونشر الباحث أداة لكشف العلاقات بين مستخدمي «تويتر» وبين الأشخاص الذين يذكرونهم.",
        "أما صحيفة «وول ستريت جورنال الأمريكية» فأشارت إلى أن الجهود مستمرة.",
        "وقال إن «الاتفاق بات قريبا جدا» بحسب مصادر مطلعة.",
    ],
)
def test_quoted_names_and_amma_fa_do_not_split(text):
    assert sentences_of(text) == [text]


def test_year_markers_end_a_sentence_but_initials_do_not():
    text = "صدر القرار في 26 شوال 1436 هـ. وبدأ العمل به فورا. وقع عليه م. خالد."
    assert sentences_of(text) == [
        "صدر القرار في 26 شوال 1436 هـ.",
        "وبدأ العمل به فورا.",
        "وقع عليه م. خالد.",
    ]
    assert sentences_of("افتتح المشروع عام 2015م. وتبلغ تكلفته مليار ريال.") == [
        "افتتح المشروع عام 2015م.",
        "وتبلغ تكلفته مليار ريال.",
    ]


def test_list_numbers_do_not_end_a_sentence():
    assert sentences_of("1. تعزيز التعاون الاقتصادي بين البلدين.") == [
        "1. تعزيز التعاون الاقتصادي بين البلدين."
    ]


def test_sentences_never_cross_paragraphs():
    text = "عنوان رئيسي\n\nالفقرة الأولى بلا نقطة\n\nالفقرة الثانية. وجملة أخرى."
    assert sentences_of(text) == ["عنوان رئيسي", "الفقرة الأولى بلا نقطة", "الفقرة الثانية.", "وجملة أخرى."]


def test_sentence_spans_exclude_surrounding_space():
    text = "  جملة أولى.   جملة ثانية.  "
    assert sentences_of(text) == ["جملة أولى.", "جملة ثانية."]


def test_empty_text_has_no_sentences():
    assert split_sentences("") == [] and split_sentences(" \n\n ") == []


# --- paragraphs and headings ---------------------------------------------------------------------

BODY = "وأوضح المتحدث باسم الوزارة أن الفرق الميدانية باشرت أعمالها منذ الصباح الباكر في المواقع المتضررة."


def kinds(text: str) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.kind) for p in paragraphs(text)]


def test_short_unpunctuated_line_before_a_paragraph_is_a_heading():
    text = f"{BODY}\n\nالأضرار في جدة\n\n{BODY}"
    assert kinds(text)[1] == ("الأضرار في جدة", "heading")
    assert [k for _, k in kinds(text)] == ["paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "وأضاف المتحدث:",  # introduces what follows
        "الأضرار في جدة.",  # punctuated
        "وأوضح المتحدث باسم الوزارة أن الفرق الميدانية باشرت أعمالها منذ الصباح الباكر في المواقع",
    ],
)
def test_lines_that_are_not_headings(line):
    assert kinds(f"{BODY}\n\n{line}\n\n{BODY}")[1] == (line, "paragraph")


@pytest.mark.parametrize("line", ["عين الراصد – الرياض", "خالد العمري - جدة", "الراصد ـ الدمام"])
def test_bylines_and_datelines_are_not_headings(line):
    assert kinds(f"{line}\n\n{BODY}")[0] == (line, "paragraph")


def test_a_title_before_the_first_paragraph_is_a_heading():
    assert kinds(f"أمطار غزيرة على جدة\n\n{BODY}")[0] == ("أمطار غزيرة على جدة", "heading")


def test_short_last_line_is_not_a_heading():
    assert kinds(f"{BODY}\n\nمحمد العتيبي")[-1] == ("محمد العتيبي", "paragraph")


def test_single_newlines_separate_paragraphs_too():
    assert len(paragraphs(f"{BODY}\n{BODY}\r\n{BODY}")) == 3


# --- quotation pairing ---------------------------------------------------------------------------


def test_quoted_regions_pair_marks_by_context():
    text = 'قال «نعم» ثم “لا” ثم ”ربما” و"أبدا" و(بين قوسين)'
    regions = quoted_regions(text, 0, len(text))
    assert [text[a : b + 1] for a, b in regions] == ["«نعم»", "“لا”", "”ربما”", '"أبدا"', "(بين قوسين)"]


def test_quoted_regions_keep_outermost_and_ignore_strays():
    text = "قال «إن شعار “الأرض مقابل السلام” انتهى» ثم » وحده"
    regions = quoted_regions(text, 0, len(text))
    assert [text[a : b + 1] for a, b in regions] == ["«إن شعار “الأرض مقابل السلام” انتهى»"]


# --- tokens --------------------------------------------------------------------------------------


def test_tokens_words_and_punctuation():
    text = "وقال بوتين: “الاتصالات تمنح بعض الأمل”، (إف إس بي)."
    assert tokens_of(text) == [
        "وقال",
        "بوتين",
        ":",
        "“",
        "الاتصالات",
        "تمنح",
        "بعض",
        "الأمل",
        "”",
        "،",
        "(",
        "إف",
        "إس",
        "بي",
        ")",
        ".",
    ]


def test_tokens_keep_tashkeel_tatweel_and_numbers_whole():
    text = "رحّب بـ”الإرادة“ في 18 فبراير/شباط 2022 بنسبة 1.5% و٣٬٥٠٠ دولار الساعة 19:23"
    assert tokens_of(text) == [
        "رحّب",
        "بـ",
        "”",
        "الإرادة",
        "“",
        "في",
        "18",
        "فبراير",
        "/",
        "شباط",
        "2022",
        "بنسبة",
        "1.5",
        "%",
        "و٣٬٥٠٠",
        "دولار",
        "الساعة",
        "19:23",
    ]


def test_tokens_urls_emails_and_dot_runs():
    text = "راسلونا على info@alrasid.sa أو زوروا https://alrasid.sa/news?id=5. انتهى... حقا؟!"
    assert tokens_of(text) == [
        "راسلونا",
        "على",
        "info@alrasid.sa",
        "أو",
        "زوروا",
        "https://alrasid.sa/news?id=5",
        ".",
        "انتهى",
        "...",
        "حقا",
        "؟!",
    ]


def test_tokenize_a_slice_keeps_offsets_into_the_whole_text():
    text = "الجملة الأولى. الجملة الثانية."
    start = text.index("الجملة الثانية")
    tokens = tokenize(text, start)
    assert tokens[0].start == start
    assert [text[t.start : t.end] for t in tokens] == ["الجملة", "الثانية", "."]
    assert tokens_of(text, 0, 6) == ["الجملة"]


# --- properties ----------------------------------------------------------------------------------

ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّـ٠١٢3."
PUNCTUATION = '.،؛؟!:…"“”«»()-\n'
PIECES = [*ALPHABET, *PUNCTUATION, "\n\n", " . ", "د. ", "وأضاف: "]
ARABIC_TEXT = st.lists(st.sampled_from(PIECES), max_size=300).map("".join)


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_segments_are_ordered_and_slice_the_text(text):
    article = segment_stage(Article(id="prop", text=text), Options())
    check_spans(article)
    previous_end = 0
    for sentence in article.sentences:
        piece = text[sentence.start : sentence.end]
        assert piece and piece == piece.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
        para = article.paragraphs[sentence.paragraph]
        assert para.start <= sentence.start and sentence.end <= para.end
    # every non-space character is in exactly one sentence and in a token
    covered = {i for s in article.sentences for i in range(s.start, s.end)}
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
    in_tokens = {i for t in article.tokens for i in range(t.start, t.end)}
    assert all(i in in_tokens for i, c in enumerate(text) if not c.isspace())
    assert all(not text[t.start : t.end].isspace() and t.start < t.end for t in article.tokens)


# --- the hand-annotated SaudiNewsNet boundaries (benchmarks/gold) --------------------------------

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "saudinewsnet_sentences.jsonl"


@pytest.mark.slow
def test_hand_annotated_saudinewsnet_boundaries(saudinewsnet_dir):
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 15
    found = missed = wrong = 0
    for record in records:
        with zipfile.ZipFile(saudinewsnet_dir / record["zip"]) as archive:
            articles = json.loads(archive.read(record["zip"].replace(".zip", ".json")))
        raw = next(a["content"] for a in articles if a["url"] == record["url"])
        text = clean_text(raw)[0]
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        assert digest == record["clean_sha1"], f"{record['url']}: clean text drifted; re-annotate the gold"
        gold = set(record["boundaries"])
        predicted = {end for start, end in split_sentences(text)} - {p.end for p in paragraphs(text)}
        found += len(gold & predicted)
        missed += len(gold - predicted)
        wrong += len(predicted - gold)
    assert found / (found + wrong) >= 0.97
    assert found / (found + missed) >= 0.9
