"""Language detection: Arabic is recognised whatever its length or script form; other languages
(including the Arabic-script ones) are reported with E108 and skipped."""

from __future__ import annotations

import pytest

from rasid.errors import InputError
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.language import UNDETERMINED, detect_language, language_stage, sample_text

ARABIC = (
    "أعلنت وزارة الداخلية الكويتية اليوم الاثنين القبض على شبكة لتهريب المخدرات في منطقة الأحمدي، "
    "وقال المتحدث باسم الوزارة إن التحقيقات ما زالت جارية لمعرفة بقية المتورطين."
)
ENGLISH = (
    "The Kuwaiti interior ministry said on Monday that it had arrested a drug smuggling ring in the "
    "Ahmadi area, adding that investigations were continuing to identify the others involved."
)
FRENCH = "Le ministère de l'Intérieur a annoncé lundi l'arrestation d'un réseau de trafic de drogue à Ahmadi."
PERSIAN = (
    "وزارت کشور کویت روز دوشنبه اعلام کرد که یک شبکه قاچاق مواد مخدر را در منطقه احمدی دستگیر کرده است "
    "و تحقیقات برای شناسایی دیگر افراد ادامه دارد."
)
URDU = "کویت کی وزارت داخلہ نے پیر کے روز بتایا کہ احمدی کے علاقے میں منشیات اسمگلنگ کا ایک گروہ پکڑا گیا ہے۔"


def article(text: str) -> Article:
    return Article(id="t", text=text, raw=text, source="feed.jsonl:3")


@pytest.mark.parametrize(
    ("text", "code"),
    [(ARABIC, "ar"), (ENGLISH, "en"), (FRENCH, "fr"), (PERSIAN, "fa"), (URDU, "ur")],
    ids=["arabic", "english", "french", "persian", "urdu"],
)
def test_languages_are_named(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize("headline", ["عاجل", "قال", "وزير الخارجية", "اليوم الخميس", "انفجار في بيروت"])
def test_short_arabic_is_arabic(headline: str) -> None:
    assert detect_language(headline).is_arabic


def test_presentation_forms_are_arabic() -> None:
    """Old sites serve Arabic in presentation forms (U+FExx); it is still Arabic, not Urdu."""
    shaped = "ﺃﻋﻠﻨﺖ ﻭﺯﺍﺭﺓ ﺍﻟﺪﺍﺧﻠﻴﺔ ﺍﻟﻜﻮﻳﺘﻴﺔ ﺍﻟﻘﺒﺾ ﻋﻠﻰ ﺷﺒﻜﺔ ﻟﺘﻬﺮﻳﺐ ﺍﻟﻤﺨﺪﺭﺍﺕ ﻓﻲ ﻣﻨﻄﻘﺔ ﺍﻷﺣﻤﺪﻱ"
    assert detect_language(shaped * 3).is_arabic


def test_arabic_article_with_an_english_quote_is_arabic() -> None:
    text = ARABIC + '\n\nوكتب الوزير على منصة إكس: "We will not tolerate drug dealers."\n\n' + ARABIC
    assert detect_language(text).is_arabic


def test_arabic_article_with_scraped_css_and_script_is_arabic() -> None:
    """Scrapers keep style sheets and scripts of poll widgets; the Arabic article is still Arabic."""
    junk = (
        ".box_vote h4 { background:url(/css/img/title.png) right no-repeat; padding:10px 5px; "
        "font:bold 12px Tahoma; color: #7b7a7a; text-shadow: 0 1px 0 white; margin:0; } "
        "jQuery(document).ready(function(){ jQuery('#vote_form').submit(function(){ return false; }); "
        "seriesDefaults:{ renderer:jQuery.jqplot.PieRenderer, rendererOptions: { showDataLabels: true } } });"
    )
    text = ARABIC + " " + junk + " " + "كيف تقضي إجازتك الصيفية هذا العام؟ داخل المملكة أم خارجها"
    assert detect_language(text).is_arabic


def test_english_article_with_an_arabic_headline_is_english() -> None:
    assert detect_language("وزارة الداخلية الكويتية\n\n" + ENGLISH + " " + ENGLISH).code == "en"


def test_long_text_is_judged_on_a_sample() -> None:
    long_text = (ARABIC + "\n\n") * 2000
    sample = sample_text(long_text)
    assert len(sample) < 3000
    assert detect_language(long_text).is_arabic
    assert sample_text(ARABIC) == ARABIC


def test_no_letters_is_undetermined_with_a_warning() -> None:
    assert detect_language("١٢٣ - 456 !! «»") is UNDETERMINED
    result = language_stage(article("2025 - ٢٠٢٥ ..."), Options())
    assert result.language == "und"
    assert result.warnings and "no letters" in result.warnings[0]


def test_stage_sets_language() -> None:
    assert language_stage(article(ARABIC), Options()).language == "ar"


@pytest.mark.parametrize("text", [ENGLISH, PERSIAN])
def test_non_arabic_is_refused_with_e108_naming_the_record(text: str) -> None:
    with pytest.raises(InputError) as caught:
        language_stage(article(text), Options())
    assert caught.value.code == "E108"
    assert caught.value.where == "feed.jsonl:3"
    assert "not Arabic" in str(caught.value)


def test_non_arabic_is_kept_when_not_required() -> None:
    assert language_stage(article(ENGLISH), Options(require_arabic=False)).language == "en"


def test_whole_pipeline_skips_english_article() -> None:
    with pytest.raises(InputError) as caught:
        process(Article(id="en", raw=ENGLISH, source="wire.txt"))
    assert caught.value.code == "E108"
