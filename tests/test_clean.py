"""Cleaning: raw scraped text -> clean text (rasid.text.clean)."""

from __future__ import annotations

import json
import unicodedata
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.errors import InputError
from rasid.model import Article
from rasid.pipeline import Options
from rasid.text.clean import clean_stage, clean_text, learn_boilerplate, line_key

STORY = "أعلنت وزارة الصحة اليوم تسجيل ثلاث حالات جديدة في الرياض."
SECOND = "وقال المتحدث باسم الوزارة إن الحالات مستقرة وتخضع للمتابعة."


def clean(raw: str, **learned) -> str:
    return clean_text(raw, **learned)[0]


# --- the reference sample ------------------------------------------------------------------------


def test_sample_starts_and_ends_where_the_article_does(sample_raw):
    text = clean(sample_raw)
    assert text.startswith("قال الرئيس الروسي")
    assert text.endswith("بوقف إطلاق النار سريعا.")


def test_sample_boilerplate_and_debris_are_gone(sample_raw):
    text = clean(sample_raw)
    for junk in ("|", "شاركها", "اترك تعليق", "Exit mobile version"):
        assert junk not in text
    assert "\xa0" not in text
    assert "محادثات إسطنبول" in text


def test_sample_paragraphs_are_separated_by_one_blank_line(sample_raw):
    text = clean(sample_raw)
    assert "\n\n\n" not in text
    assert text.count("\n\n") == 15  # 16 paragraphs including the sub-heading
    assert all(block.strip() == block and "\n" not in block for block in text.split("\n\n"))


def test_clean_stage_keeps_raw_and_records_what_it_removed(sample_raw):
    article = clean_stage(Article(id="sample", raw=sample_raw), Options())
    assert article.raw == sample_raw
    assert article.text == clean(sample_raw)
    assert article.metadata["removed_lines"] == 4  # "|", شاركها., اترك تعليقاً, Exit mobile version
    assert article.warnings == ()


# --- white space, Unicode, letters ----------------------------------------------------------------


def test_spaces_inside_a_line_become_one_plain_space():
    raw = "قال\xa0الوزير\u2009إن\u202fالاتفاق\t\tسيوقع   غدا."
    assert clean(raw) == "قال الوزير إن الاتفاق سيوقع غدا."


def test_line_breaks_of_every_kind_make_paragraphs():
    raw = f"{STORY}\r\n{SECOND}\r{STORY}\u2029{SECOND}"
    assert clean(raw) == "\n\n".join([STORY, SECOND, STORY, SECOND])


def test_invisible_controls_are_removed_but_joiners_kept():
    raw = "\ufeff\u200fقال\u200b الوزير\u202b إن\u202c الاتفاق\u00ad سيوقع\x07 غدا."
    assert clean(raw) == "قال الوزير إن الاتفاق سيوقع غدا."
    assert clean("می\u200cخواهم") == "می\u200cخواهم"


def test_text_is_nfc_and_letters_are_kept_as_written():
    decomposed = "ا\u0653لاف المحتجين"  # alef + madda above -> آ once composed
    assert clean(decomposed) == unicodedata.normalize("NFC", decomposed) == "آلاف المحتجين"
    raw = "قالَ وزيرُ الخارجيّة إنّ ٣ سفنٍ وصلت إلى مرفأ بيروت يوم ٢٠٢٥/٣/١٤ — «مساءً»."
    assert clean(raw) == raw  # tashkeel, shadda, hamza, digits, quotes untouched


def test_html_left_by_a_scraper_is_resolved():
    raw = (
        "<p>قال الوزير &quot;نعم&quot;&nbsp;اليوم.</p><p>وأضاف <b>أن</b> الاتفاق قريب.<br>وانتهى اللقاء.</p>"
    )
    assert clean(raw) == 'قال الوزير "نعم" اليوم.\n\nوأضاف أن الاتفاق قريب.\n\nوانتهى اللقاء.'
    assert clean("منطقة &#39;عطاروت&#39; الصناعية") == "منطقة 'عطاروت' الصناعية"
    cloudflare = "للاستفسار: [email\xa0protected] /* */ أو الهاتف."
    assert clean(cloudflare) == "للاستفسار: [email protected] أو الهاتف."


def test_angle_brackets_and_ampersands_in_prose_are_kept():
    raw = "النسبة 5 < 7 و 8 > 3 في شركة A & B للتجارة."
    assert clean(raw) == raw


# --- debris and lexicon boilerplate --------------------------------------------------------------


@pytest.mark.parametrize("debris", ["|", "||", "***", "* * *", "- -", "…", "•", "/ /"])
def test_lines_without_letters_or_digits_are_debris(debris):
    assert clean(f"{debris}\n{STORY}\n{debris}\n{SECOND}") == f"{STORY}\n\n{SECOND}"


def test_a_pipe_inside_a_line_is_kept():
    raw = "الأسهم السعودية | تراجع المؤشر العام بنسبة 1.5% في ختام التداولات."
    assert clean(raw) == raw


@pytest.mark.parametrize(
    "line",
    [
        "شاركها.",
        "شارك",
        "اترك تعليقاً",
        "أضف تعليقا",
        "التعليقات (3)",
        "طباعة",
        "أرسل لصديق",
        "Exit mobile version",
        "Share this article",
        "تابعونا على تويتر وفيسبوك",
        "جميع الحقوق محفوظة لصحيفة الراصد 2025",
        "© 2025 الراصد الإخباري",
        "(تصوير: محمد العتيبي)",
        "تصوير - خالد الزهراني",
        "صورة أرشيفية",
        "للتواصل مع الكاتب ارسل رسالة SMS",
        "للتواصل أرسل sms إلى 88548",
        "88591 - Stc",
        "editor@rasid-news.example",
        "https://example.org/news/12345",
        "// انتهى //",
        "//يتبع//",
        "رابط الخبر بصحيفة الراصد: أسعار النفط تتراجع",
        "...المزيد",
    ],
)
def test_lexicon_boilerplate_lines_are_removed(line):
    assert clean(f"{STORY}\n{line}\n{SECOND}") == f"{STORY}\n\n{SECOND}"


@pytest.mark.parametrize(
    "line",
    [
        "شارك وزير الخارجية في الاجتماع الوزاري الذي عقد في الرياض أمس.",
        "وقال إن التعليقات على القرار كانت إيجابية في معظمها.",
        "وأكد أن جميع الحقوق محفوظة للمواطنين.",
        "وأضاف: تابعونا على مدى الأسابيع المقبلة كيف سيتغير السوق، حسب قوله.",
        "تصوير الفيلم بدأ في جدة الشهر الماضي بمشاركة ممثلين سعوديين.",
        "وانتهى الاجتماع دون اتفاق.",
    ],
)
def test_prose_that_resembles_boilerplate_is_kept(line):
    assert clean(f"{STORY}\n{line}") == f"{STORY}\n\n{line}"


def test_read_also_block_with_its_links_is_removed():
    raw = "\n".join(
        [
            STORY,
            "اقرأ أيضاً:",
            "وزير الطاقة يبحث أسعار النفط مع نظيره الروسي",
            "",
            "ارتفاع أسعار الذهب في الأسواق العالمية",
            SECOND,
        ]
    )
    assert clean(raw) == f"{STORY}\n\n{SECOND}"


def test_read_also_with_an_inline_link_is_removed_alone():
    raw = f"{STORY}\nاقرأ أيضا: وزير الطاقة يبحث أسعار النفط\nمحادثات جدة\n{SECOND}"
    assert clean(raw) == f"{STORY}\n\nمحادثات جدة\n\n{SECOND}"


def test_an_article_that_is_only_boilerplate_is_rejected_with_its_name():
    with pytest.raises(InputError) as info:
        clean_stage(Article(id="only-junk", raw="|\nشاركها.\nExit mobile version"), Options())
    assert info.value.code == "E106"
    assert "only-junk" in str(info.value) and "boilerplate" in str(info.value)


def test_empty_raw_is_rejected_as_no_text():
    with pytest.raises(InputError) as info:
        clean_stage(Article(id="empty", raw=""), Options())
    assert info.value.code == "E106"


# --- boilerplate learned from a corpus -----------------------------------------------------------

BYLINE = "صحيفة الراصد – الرياض"
RARE = "أداء القطاعات"


def _corpus() -> list[tuple[str | None, str]]:
    records = []
    for i in range(20):
        lines = [f"{STORY} رقم البلاغ {i}.", f"{SECOND} ({i})"]
        if i < 6:
            lines.insert(0, BYLINE)
        if i < 3:
            lines.insert(1, RARE)
        records.append(("alrasid", "\n".join(lines)))
    return records


def test_learn_boilerplate_finds_lines_recurring_across_articles():
    learned = learn_boilerplate(_corpus())
    assert learned == {"alrasid": frozenset({line_key(BYLINE)})}


def test_learn_boilerplate_counts_duplicate_articles_once():
    raw = f"{BYLINE}\n{STORY}"
    assert learn_boilerplate([("alrasid", raw)] * 50) == {}


def test_learn_boilerplate_never_learns_lines_with_digits_and_guards_sentences():
    dateline = "الدمام 3 رجب 1437 هـ الموافق 10 أبريل 2016 م واس"
    sentence = "وقد صدر مرسوم ملكي بذلك."
    records = [("wire", f"{dateline}\n{STORY} {i}\n{sentence}") for i in range(10)]
    assert learn_boilerplate(records) == {}
    records = [("wire", f"{STORY} {i}\n{sentence}") for i in range(20)]
    assert learn_boilerplate(records) == {"wire": frozenset({line_key(sentence)})}


def test_learn_boilerplate_skips_records_without_media_and_respects_share():
    records = [(None, f"{BYLINE}\n{STORY} {i}") for i in range(10)]
    assert learn_boilerplate(records) == {}
    records = [("big", f"{BYLINE}\n{STORY} {i}") for i in range(6)]
    records += [("big", f"{STORY} {i}") for i in range(6, 10_000)]
    assert learn_boilerplate(records) == {}  # 6 of 10,000 is under 0.1%
    assert learn_boilerplate(records, min_share=0.0)


def test_learned_lines_are_removed_only_for_their_source():
    options = Options(boilerplate=learn_boilerplate(_corpus()))
    raw = f"{BYLINE}\n{STORY}"
    mine = clean_stage(Article(id="a", raw=raw, media="alrasid"), options)
    other = clean_stage(Article(id="b", raw=raw, media="other"), options)
    unknown = clean_stage(Article(id="c", raw=raw), options)
    assert mine.text == STORY
    assert other.text == unknown.text == f"{BYLINE}\n\n{STORY}"


def test_learned_lines_match_through_normalisation():
    options = Options(boilerplate={"alrasid": frozenset({line_key("صحيفة الراصد – الرياض")})})
    article = Article(id="a", raw=f"صحيفة  الراصد\xa0– الرياض\n{STORY}", media="alrasid")
    assert clean_stage(article, options).text == STORY


@pytest.mark.slow
def test_learn_boilerplate_on_saudinewsnet(saudinewsnet_dir):
    records = []
    for path in sorted(saudinewsnet_dir.glob("*.zip"))[:6]:
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".json"))
            records += [(r["source"], r["content"]) for r in json.loads(archive.read(name))]
    learned = learn_boilerplate(records)
    assert line_key("عين اليوم – متابعات") in learned["3alyoum"]
    assert all(not any(c.isdigit() for c in key) for keys in learned.values() for key in keys)
    assert sum(len(keys) for keys in learned.values()) < 200


# --- properties ----------------------------------------------------------------------------------

ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْـ٠١٢٣"
PUNCTUATION = '.،؛؟!:"“”«»()|-*\n\xa0\u200f\t'
ARABIC_TEXT = st.text(alphabet=st.sampled_from(list(ALPHABET + PUNCTUATION)), max_size=300)


@settings(max_examples=200, deadline=None)
@given(ARABIC_TEXT)
def test_clean_text_is_tidy_and_idempotent(raw):
    text = clean(raw)
    assert text == unicodedata.normalize("NFC", text)
    assert "\n\n\n" not in text and "  " not in text and "\xa0" not in text and "\t" not in text
    assert text == text.strip()
    assert clean(text) == text


def test_share_widget_glued_to_the_first_sentence_is_removed_and_the_sentence_kept():
    raw = (
        "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أعلنت البلدية أمس افتتاح حديقة جديدة في الحي.\n"
        "وقال رئيس البلدية إن العمل استغرق عامين."
    )
    text, _ = clean_text(raw)
    assert text.startswith("أعلنت البلدية أمس")
    assert "تويتر" not in text and "جوجل" not in text
    assert text.endswith("استغرق عامين.")


def test_widget_words_inside_or_cut_short_stay():
    # only the whole widget at the start of a line is furniture
    raw = "شارك من خلال تويتر في النقاش الذي دعت إليه الجمعية حول المياه."
    assert clean_text(raw)[0] == raw
    raw = "دعت الجمعية إلى: شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك في الخطة الجديدة."
    assert clean_text(raw)[0] == raw
