"""Date expressions, Hijri dates, relative dates and the article's own date, on sentences written
in the style of Arabic newswire."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

from rasid.corpus.readers import read_inputs
from rasid.errors import RasidError
from rasid.extract.dates import (
    dates_stage,
    find_date_expressions,
    infer_from_text,
    patterns,
    scan_patterns,
)
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize_with_offsets

THURSDAY = "2025-02-20"


def run(text: str, date: str | None = THURSDAY, **fields) -> Article:
    article = Article(id="t", text=text, **fields)
    return dates_stage(article, Options(reference_date=date))


def values(text: str, date: str | None = THURSDAY) -> dict[str, str | None]:
    """``{expression: value}`` of a sentence; every span is checked to slice the text."""
    article = run(text, date)
    for mention in article.dates:
        assert text[mention.start : mention.end] == mention.text
    return {m.text: m.value for m in article.dates}


# --------------------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "granularity"),
    [
        ("وقّع الطرفان الاتفاق في 27 فبراير 2025 بالعاصمة الرياض.", "27 فبراير 2025", "2025-02-27", "day"),
        ("صدر القرار بتاريخ 27/2/2025 عن مجلس الوزراء.", "27/2/2025", "2025-02-27", "day"),
        ("أعلنت الوزارة في ٢٧ شباط ٢٠٢٥ عن خطة جديدة.", "٢٧ شباط ٢٠٢٥", "2025-02-27", "day"),
        ("بدأت الحرب في فبراير/شباط 2022 وما زالت مستمرة.", "فبراير/شباط 2022", "2022-02", "month"),
        ("اندلعت الاحتجاجات في شباط (فبراير) 2022 في عدة مدن.", "شباط (فبراير) 2022", "2022-02", "month"),
        ("افتتح المعرض يوم 3 كانون الثاني 2024 في بيروت.", "3 كانون الثاني 2024", "2024-01-03", "day"),
        ("انعقد المؤتمر في 3 كانون ثاني 2024 ببغداد.", "3 كانون ثاني 2024", "2024-01-03", "day"),
        ("تأسست الجمعية في 14 تشرين الأول 1998 في دمشق.", "14 تشرين الأول 1998", "1998-10-14", "day"),
        ("صادق البرلمان على القانون في 5 أيار 2023.", "5 أيار 2023", "2023-05-05", "day"),
        ("وتنطلق الدورة في 12 ماي 2024 بمدينة الرباط.", "12 ماي 2024", "2024-05-12", "day"),
        ("أُعلنت النتائج في 20 يوليوز 2023 بالدار البيضاء.", "20 يوليوز 2023", "2023-07-20", "day"),
        ("جرت الانتخابات في 12 جوان 2021 بالجزائر.", "12 جوان 2021", "2021-06-12", "day"),
        ("أُقيمت التظاهرة في 14 جانفي 2011 بتونس.", "14 جانفي 2011", "2011-01-14", "day"),
        ("عقدت الجلسة في 3 أوت 2022 بالعاصمة.", "3 أوت 2022", "2022-08-03", "day"),
        ("تم التوقيع في 9 شتنبر 2019 بمراكش.", "9 شتنبر 2019", "2019-09-09", "day"),
        ("نشر التقرير في 2 ابريل 2020.", "2 ابريل 2020", "2020-04-02", "day"),
        ("نشر التقرير في 2 إبريل 2020.", "2 إبريل 2020", "2020-04-02", "day"),
        ("افتُتح المشروع في 30 يونيه 2014 بالقاهرة.", "30 يونيه 2014", "2014-06-30", "day"),
        ("انتهت الأزمة في الثامن عشر من مارس 2021.", "الثامن عشر من مارس 2021", "2021-03-18", "day"),
        ("تأسست الشركة عام 2022 في جدة.", "عام 2022", "2022", "year"),
        ("تأسست الهيئة في 2022م بقرار ملكي.", "2022م", "2022", "year"),
        ("وأُنشئ المركز في العام 1989 في تايلاند.", "العام 1989", "1989", "year"),
        ("بلغت الأرباح ذروتها في ديسمبر 2014 قبل أن تتراجع.", "ديسمبر 2014", "2014-12", "month"),
        (
            "صدر التقرير الأربعاء 22 يوليو/تموز 2015 في لندن.",
            "الأربعاء 22 يوليو/تموز 2015",
            "2015-07-22",
            "day",
        ),
    ],
)
def test_absolute_dates(sentence: str, expression: str, value: str, granularity: str) -> None:
    article = run(sentence)
    mention = next(m for m in article.dates if m.text == expression)
    assert (mention.value, mention.granularity, mention.anchor) == (value, granularity, "absolute")


def test_every_arabic_locale_month_name_is_known() -> None:
    found = values("جرى ذلك في 5 نيسان 2020 ثم في 6 أبريل 2020 ثم في 7 أفريل 2020.")
    assert set(found.values()) == {"2020-04-05", "2020-04-06", "2020-04-07"}


def test_numeric_date_with_invalid_month_is_not_a_date() -> None:
    assert values("سجلت النتيجة 12/45/2020 في الجدول.") == {}


def test_month_word_that_is_also_a_verb_is_not_a_date() -> None:
    assert values("مارس اللاعب هوايته المفضلة منذ الصغر.") == {}


# --------------------------------------------------------------------------- Hijri


def test_hijri_day_month_year_converts_and_keeps_the_hijri_value() -> None:
    article = run("يبدأ الدوام الرسمي في 15 رمضان 1446 هـ في جميع الدوائر.")
    (mention,) = article.dates
    assert (mention.text, mention.value, mention.hijri) == ("15 رمضان 1446 هـ", "2025-03-15", "1446-09-15")


def test_numeric_hijri_date() -> None:
    article = run("وقع الحادث صباح يوم الجمعة 4/8/1436هـ في القطيف.")
    mention = article.dates[0]
    assert (mention.value, mention.hijri) == ("2015-05-22", "1436-08-04")


def test_hijri_year_is_an_interval() -> None:
    article = run("أعلنت الوزارة خطتها لعام 1436هـ الأسبوع الماضي.")
    mention = next(m for m in article.dates if m.hijri == "1436")
    assert mention.value == "2014-10-25/2015-10-13"
    assert mention.granularity == "interval"


def test_hijri_month_with_relative_word() -> None:
    found = values("تقام الفعاليات من 27 شوال الجاري إلى السادس من شهر ذي القعدة القادم.", "2015-08-06")
    assert found == {"من 27 شوال الجاري إلى السادس من شهر ذي القعدة القادم": "2015-08-12/2015-08-21"}


# --------------------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("وصل الوفد إلى الرياض اليوم في زيارة رسمية.", "اليوم", "2025-02-20"),
        ("أعلنت الشرطة أمس القبض على المتهمين.", "أمس", "2025-02-19"),
        ("وكان الوزير قد التقى نظيره أول أمس في جدة.", "أول أمس", "2025-02-18"),
        ("وجرت المباراة أمس الأول في ملعب المدينة.", "أمس الأول", "2025-02-18"),
        ("ويصل الرئيس غداً إلى القاهرة.", "غداً", "2025-02-21"),
        ("قال الرئيس اليوم الخميس إن المحادثات مستمرة.", "اليوم الخميس", "2025-02-20"),
        ("أصدر المجلس بياناً اليوم (الخميس) حول الأزمة.", "اليوم (الخميس)", "2025-02-20"),
        ("التقى الوزير نظيره الخميس الماضي في عمّان.", "الخميس الماضي", "2025-02-13"),
        ("وتعقد القمة الخميس المقبل في الدوحة.", "الخميس المقبل", "2025-02-27"),
        ("وكانت الحكومة قد أعلنت الاثنين الماضي عن حزمة إجراءات.", "الاثنين الماضي", "2025-02-17"),
        ("وجرى الاتصال يوم الثلاثاء بين الجانبين.", "يوم الثلاثاء", "2025-02-18"),
        ("وسيعقد المجلس جلسته يوم الأحد لمناقشة الميزانية.", "يوم الأحد", "2025-02-23"),
        ("ارتفعت الأسعار بنسبة 3 في المئة الأسبوع الماضي.", "الأسبوع الماضي", "2025-W07"),
        ("ويتوقع صدور النتائج خلال الشهر الجاري.", "الشهر الجاري", "2025-02"),
        ("وبدأت المحادثات في 18 فبراير الجاري في السعودية.", "18 فبراير الجاري", "2025-02-18"),
        ("وبلغت الصادرات مستوى قياسيا العام الماضي.", "العام الماضي", "2024"),
        ("وكانت الهدنة قد انهارت في أكتوبر الماضي.", "أكتوبر الماضي", "2024-10"),
        ("ويتوقع أن تكتمل المرحلة الأولى في مارس المقبل.", "مارس المقبل", "2025-03"),
        ("وفرضت العقوبات على البلاد منذ ثلاث سنوات.", "منذ ثلاث سنوات", "2022"),
        ("وكان الطرفان قد التقيا قبل يومين في مسقط.", "قبل يومين", "2025-02-18"),
        ("وقد غادر السفير البلاد قبل 5 أيام.", "قبل 5 أيام", "2025-02-15"),
        ("وتوقف المشروع منذ عامين بسبب التمويل.", "منذ عامين", "2023"),
        ("وتراجعت المبيعات خلال الأسبوعين الماضيين.", "الأسبوعين الماضيين", "2025-02-06/2025-02-20"),
        ("وانخفضت الأسعار خلال السنوات الخمس الماضية.", "السنوات الخمس الماضية", "2020-02-20/2025-02-20"),
        ("ويتوقع وصول الشحنة بعد ثلاثة أيام.", "بعد ثلاثة أيام", "2025-02-23"),
    ],
)
def test_relative_dates(sentence: str, expression: str, value: str) -> None:
    article = run(sentence)
    mention = next(m for m in article.dates if m.text == expression)
    assert mention.value == value
    assert mention.anchor == "document"


def test_bare_weekday_prefers_the_past() -> None:
    assert values("وكان الوزير قد وصل الثلاثاء إلى بغداد.") == {"الثلاثاء": "2025-02-18"}


def test_bare_month_prefers_the_past() -> None:
    assert values("وكانت الأسعار قد ارتفعت في مايو بنسبة كبيرة.") == {"مايو": "2024-05"}


def test_newspaper_name_is_not_today() -> None:
    assert values("ذكرت صحيفة عين اليوم أن الاجتماع تأجل.") == {}


def test_month_from_last_year() -> None:
    assert values("بدأ تطبيق النظام في سبتمبر (أيلول) من العام الماضي.") == {
        "سبتمبر (أيلول) من العام الماضي": "2024-09"
    }


# --------------------------------------------------------------------------- ranges and durations


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("ارتفع عدد السكان بين 2015 و2020 بنسبة كبيرة.", "بين 2015 و2020", "2015/2020"),
        ("لعب في صفوف النادي من 2012 إلى 2014.", "من 2012 إلى 2014", "2012/2014"),
        ("وتقام البطولة بين 10 و12 مارس 2025 في دبي.", "بين 10 و12 مارس 2025", "2025-03-10/2025-03-12"),
        ("تبادل البلدان طرد الدبلوماسيين على مدى عدة سنوات.", "على مدى عدة سنوات", "PXY"),
        ("ويُنتظر أن تنتهي الأعمال خلال أسبوعين.", "خلال أسبوعين", "P2W"),
        ("وقع النادي عقدا مع اللاعب لمدة ثلاث سنوات.", "لمدة ثلاث سنوات", "P3Y"),
    ],
)
def test_ranges_and_durations(sentence: str, expression: str, value: str) -> None:
    article = run(sentence)
    mention = next(m for m in article.dates if m.text == expression)
    assert (mention.value, mention.granularity) == (value, "interval")


# --------------------------------------------------------------------------- the article's date


def test_reference_date_option_wins() -> None:
    article = run("قال الوزير أمس إن الاتفاق قريب.", "2024-05-02", published="2024-05-10")
    assert article.document_date.value == "2024-05-02"
    assert article.document_date.source == "option"
    assert article.dates[0].value == "2024-05-01"


def test_bad_reference_date_is_a_coded_error() -> None:
    with pytest.raises(RasidError) as error:
        run("قال الوزير أمس إن الاتفاق قريب.", "2024-13-45")
    assert error.value.code == "E030"


def test_published_metadata_is_the_document_date() -> None:
    article = run("قال الوزير أمس إن الاتفاق قريب.", None, published="2024-05-10")
    assert (article.document_date.value, article.document_date.source) == ("2024-05-10", "metadata")
    assert article.dates[0].value == "2024-05-09"


def test_crawl_time_corrected_by_weekday_anchor_with_warning() -> None:
    text = "أصدر الرئيس اليوم (الاثنين) قرارا بتعيين محافظ جديد للمدينة."
    article = run(text, None, metadata={"date_extracted": "2015-07-21 02:51:32"})
    assert article.document_date.value == "2015-07-20"
    assert article.document_date.source == "text"
    assert article.document_date.latest == "2015-07-21"
    assert any("2015-07-20" in w for w in article.warnings)
    assert article.dates[0].value == "2015-07-20"


def test_crawl_time_confirmed_by_weekday_has_no_warning() -> None:
    text = "أصدر الرئيس اليوم (الثلاثاء) قرارا بتعيين محافظ جديد."
    article = run(text, None, metadata={"date_extracted": "2015-07-21 18:00:00"})
    assert article.document_date.value == "2015-07-21"
    assert article.warnings == ()


def test_crawl_time_without_anchor_is_an_upper_bound() -> None:
    article = run("ارتفعت أسعار النفط في الأسواق العالمية.", None, metadata={"date_extracted": "2015-07-21"})
    assert article.document_date.value == "2015-07-21"
    assert article.document_date.latest == "2015-07-21"
    assert article.document_date.confidence < 0.9


def test_no_clue_no_date() -> None:
    article = run("ارتفعت أسعار النفط في الأسواق العالمية.", None)
    assert article.document_date.value is None
    assert article.document_date.source == "none"


def test_inferred_date_lowers_relative_confidence() -> None:
    text = "قال الوزير اليوم الخميس إن اجتماعا عقد في 18 فبراير الجاري، بعد عامين من اتفاق مارس 2023."
    article = run(text, None)
    assert article.document_date.source == "text"
    assert article.document_date.confidence < 0.9
    today = next(m for m in article.dates if m.text == "اليوم الخميس")
    assert today.confidence < 0.9


def test_sample_article_date_is_a_thursday_in_late_february_2025(sample_raw: str) -> None:
    article = process(Article(id="sample", raw=sample_raw), Options(stages=("clean", "segment", "dates")))
    doc = article.document_date
    assert doc.source == "text"
    assert doc.value in ("2025-02-20", "2025-02-27")
    assert (doc.earliest, doc.latest) == ("2025-02-20", "2025-02-27")
    assert 0.3 <= doc.confidence < 0.6  # two candidates: never a confident wrong date
    assert any("اليوم الخميس" in e for e in doc.evidence)
    assert any("الجاري" in e for e in doc.evidence)
    found = {m.text: m.value for m in article.dates}
    assert found["18 فبراير/ شباط الجاري"] == "2025-02-18"
    assert found["فبراير/شباط 2022"] == "2022-02"
    assert found["منذ ثلاث سنوات"] == "2022"
    assert found["على مدى عدة سنوات"] == "PXY"


def test_text_inference_needs_a_year() -> None:
    parsed = find_date_expressions("قال الوزير اليوم الخميس إن الاجتماع ناجح.")
    doc = infer_from_text(parsed, "قال الوزير اليوم الخميس إن الاجتماع ناجح.")
    assert doc.value is None


def test_stage_is_registered_after_segment() -> None:
    names = [stage.name for stage in Options().pipeline()]
    assert names.index("dates") > names.index("segment")


@pytest.mark.parametrize(
    "text",
    [
        "منذ 900 عقد وقبل 999 عاما وبعد 999 عاما",
        "في 31/2/2025 و 0/0/0000 و 99/99/9999 و 30 فبراير",
        "بين 2020 و2015 ومن 1900 إلى 2300",
        "15 رمضان 1700 هـ و 1/1/1200هـ",
        "اليوم " * 200,
        "",
        "ـ" * 50 + "١٢/١٢/٢٠٢٠",
    ],
    ids=[
        "huge-offsets",
        "invalid-days",
        "reversed-range",
        "hijri-out-of-range",
        "repeated",
        "empty",
        "tatweel",
    ],
)
def test_odd_input_never_crashes(text: str) -> None:
    article = run(text, None, metadata={"date_extracted": "not a date"})
    for mention in article.dates:
        assert text[mention.start : mention.end] == mention.text


def test_bad_metadata_dates_are_warned_and_ignored() -> None:
    article = run("قال الوزير أمس إن الاتفاق قريب.", None, published="yesterday")
    assert any("published" in w for w in article.warnings)
    assert article.document_date.source == "none"


def test_cli_date_option_overrides_the_inferred_date(sample_path, capsys) -> None:
    import json

    from rasid.cli import main

    assert (
        main(["extract", str(sample_path), "--date", "2025-02-27", "-q", "--stages", "clean,segment,dates"])
        == 0
    )
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["document_date"]["value"] == "2025-02-27"
    assert record["document_date"]["source"] == "option"
    today = next(d for d in record["dates"] if d["text"] == "اليوم الخميس")
    assert (today["value"], today["anchor"]) == ("2025-02-27", "document")


def test_dates_relative_to_the_date_before() -> None:
    article = run("افتتح المعرض في 12 مارس 2024، وفي اليوم التالي زاره الوزير.")
    mention = next(m for m in article.dates if m.text == "اليوم التالي")
    assert (mention.value, mention.anchor) == ("2024-03-13", "previous-date")
    article = run("ألغت الحكومة الدعم في مايو الماضي، وقبل شهر من ذلك رفعت الأسعار.")
    mention = next(m for m in article.dates if m.text == "قبل شهر من ذلك")
    assert (mention.value, mention.anchor) == ("2024-04", "previous-date")
    article = run("وصل الوفد في 3 يناير 2025، ثم غادر بعد ذلك بيومين.")
    mention = next(m for m in article.dates if m.text == "بعد ذلك بيومين")
    assert mention.value == "2025-01-05"


def test_inference_ignores_years_the_text_looks_ahead_to() -> None:
    text = (
        "قال الوزير اليوم الخميس إن الاجتماع الذي عقد في 18 فبراير الجاري، منذ ثلاث سنوات من بدء "
        "الأزمة في فبراير 2022، يخدم رؤية عام 2030."
    )
    doc = infer_from_text(find_date_expressions(text), text)
    assert (doc.value, doc.earliest, doc.latest) == ("2025-02-20", "2025-02-20", "2025-02-27")


def test_dateline_dates_the_article() -> None:
    text = "تبوك 4 رجب 1437 هـ الموافق 11 أبريل 2016 م واس\nأعلنت الهيئة اليوم نتائج المسابقة."
    article = run(text, None)
    assert (article.document_date.value, article.document_date.source) == ("2016-04-11", "text")
    assert next(m for m in article.dates if m.text == "اليوم").value == "2016-04-11"


# --------------------------------------------------------------------------- anchored scanning


def _full_scan(key: str) -> list[list[tuple]]:
    """What every pattern finds scanning the whole key, the reference for the anchored scan."""
    return [[(m.span(), m.groupdict()) for m in rx.finditer(key)] for _name, rx in patterns().items]


def _anchored_scan(key: str) -> list[list[tuple]]:
    return [[(m.span(), m.groupdict()) for m in found] for found in scan_patterns(key)]


@pytest.mark.parametrize(
    "sentence",
    [
        "التقى الوزير نظيره منتصف ليل يوم أول من أمس في جدة.",
        "تنتهي المهلة في الحادي والعشرين من هذا الشهر الجاري بحسب البيان.",
        "وقّع الاتفاق صباح يوم الخميس الحادي والعشرين من شهر أغسطس 2015 في الرياض.",
        "استمرت المفاوضات على مدى اثني عشر شهرا قبل التوصل إلى اتفاق.",
        "ارتفعت الأسعار خلال اليومين الماضيين بنسبة 5 في المئة.",
        "تعقد القمة بين 10 و17 أغسطس 2015 في القاهرة.",
        "شهدت المنطقة نموا ملحوظا بين عامي 2011 و2015 وفق التقرير.",
        "صدر القرار بتاريخ 14/10/1436هـ الموافق 30/7/2015م.",
        "وصل الوفد في 3 يناير 2025، ثم غادر بعد ذلك بيومين.",
        "يبدأ الدوام الرسمي اعتبارا من أغسطس المقبل في جميع المدارس.",
        "أعلنت الهيئة أن الهلال يُرى مساء الخميس ٢٩ ذو القعدة ١٤٣٦ هـ.",
        "وللعام الثاني على التوالي تراجعت الصادرات هذا العام مقارنة بالعام الماضي.",
        "عاد الوفد ليلة أمس بعد جولة استمرت أسبوعين.",
        "قال المتحدث إن الاجتماع سيعقد يوم غد، وفي اليوم التالي يصدر البيان.",
    ],
)
def test_anchored_scan_finds_what_a_full_scan_finds(sentence: str) -> None:
    key = normalize_with_offsets(sentence)[0]
    expected = _full_scan(key)
    assert any(expected)
    assert _anchored_scan(key) == expected


def test_anchored_scan_tries_nothing_without_a_date_word() -> None:
    key = normalize_with_offsets("رحّب الوزير بالوفد الزائر وناقش معه سبل التعاون المشترك.")[0]
    assert _full_scan(key) == _anchored_scan(key) == [[] for _ in patterns().items]


@pytest.mark.slow
def test_anchored_scan_on_saudinewsnet(saudinewsnet_dir: Path) -> None:
    """Every 150th record of the corpus (~200 articles): the same matches as full scans."""
    records = islice(read_inputs(sorted(saudinewsnet_dir.glob("*.zip"))), 0, None, 150)
    checked = 0
    for record in records:
        if isinstance(record, Article):
            key = normalize_with_offsets(record.raw)[0]
            assert _anchored_scan(key) == _full_scan(key), record.id
            checked += 1
    assert checked > 150
