"""A quotation's speaker confidence is the model's probability that the speaker is right
(``rasid.extract.speaker_confidence``): surer for a named subject than for an implied one, low for
nobody, and what ``rasid quotes --min-confidence`` filters on."""

from __future__ import annotations

import json
from dataclasses import replace

from rasid.extract.speaker_confidence import (
    FEATURES,
    RULE_LEVELS,
    UNRESOLVED_CONFIDENCE,
    confidence_features,
    default_model,
    with_confidence,
)
from rasid.extract.speakers import speakers_stage
from rasid.model import Article, Quote, Span, Speaker
from rasid.pipeline import DEFAULT_STAGES, Options, process

FINANCE = (
    "قال وزير المالية الكويتي أنس الصالح اليوم الأحد إن عجز الميزانية سيكون أقل من المتوقع هذا العام.\n\n"
    "وأضاف أن الحكومة ماضية في خفض الإنفاق الجاري دون المساس بالرواتب.\n\n"
    "من جهة أخرى، قالت مصادر مطلعة إن البنك المركزي يدرس رفع سعر الفائدة."
)


def quotes_of(text: str, options: Options | None = None) -> list[Quote]:
    return list(process(Article(id="t", raw=text), options or Options()).quotes)


def test_the_shipped_model_reads_the_features_it_was_trained_on():
    model = default_model()
    assert len(model.weights) == len(FEATURES)
    assert 0.0 < model.probability([1.0] + [0.0] * (len(FEATURES) - 1)) < 1.0


def test_a_named_subject_is_surer_than_the_same_speaker_implied_later():
    named, implied, sources = quotes_of(FINANCE)
    assert named.speaker.name == implied.speaker.name == "أنس الصالح"
    assert sources.speaker.name == "مصادر مطلعة"
    assert named.confidence >= 0.9  # the verb's subject, named in full, linked to an entity
    assert implied.confidence < named.confidence  # «وأضاف» names nobody: the speaker is remembered


def test_confidence_is_a_probability_and_nobody_stays_low():
    text = FINANCE + "\n\nوقيل إن الاجتماع المقبل سيعقد في الرياض."
    for quote in quotes_of(text):
        assert 0.0 < quote.confidence < 1.0
        if quote.speaker is None:
            assert quote.confidence <= UNRESOLVED_CONFIDENCE


def test_without_calibration_the_stage_keeps_the_rules_levels():
    before = tuple(name for name in DEFAULT_STAGES if name not in ("speakers", "events"))
    article = process(Article(id="t", raw=FINANCE), Options(stages=before))
    assert article.quotes and all(q.confidence in RULE_LEVELS for q in article.quotes)
    raw = speakers_stage(article, None, calibrate=False)
    calibrated = speakers_stage(article, None)
    assert [q.speaker for q in raw.quotes] == [q.speaker for q in calibrated.quotes]
    assert [q.confidence for q in raw.quotes] != [q.confidence for q in calibrated.quotes]


def test_features_find_the_rules_record_of_a_quotation_the_ranker_merged():
    text = "قالت الهيئة الملكية إن المشروع اكتمل."
    cue = Span.of(text, 0, 4)
    body = Speaker("الهيئة الملكية", "organization", None, Span.of(text, 5, 19))
    first = Quote(23, len(text) - 1, text[23:-1], "indirect", cue, body, 0.85)
    second = replace(first, speaker=Speaker("المشروع", "organization", None, None), confidence=0.75)
    rows = confidence_features([first, second], [first], text)
    assert len(rows) == 1
    assert rows[0][FEATURES.index("rules_0.85")] == 1.0 and rows[0][FEATURES.index("has_mention")] == 1.0


def test_with_confidence_changes_nothing_else():
    text = "نقلت وكالة رويترز عن مسؤول قوله إن الاتفاق قريب."
    speaker = Speaker("مسؤول", "unnamed", None, Span.of(text, 21, 26))
    via = Speaker("وكالة رويترز", "organization", "e1", Span.of(text, 5, 17))
    quote = Quote(36, len(text) - 1, text[36:-1], "indirect", Span.of(text, 0, 4), speaker, 0.8, via, 0)
    assert with_confidence(quote, 0.42) == replace(quote, confidence=0.42)


def test_the_sample_articles_speakers_are_all_fairly_sure(sample_raw):
    quotes = quotes_of(sample_raw)
    assert len(quotes) == 15
    assert all(q.speaker is not None and 0.7 <= q.confidence < 1.0 for q in quotes)
    assert sum(q.confidence >= 0.9 for q in quotes) >= 10


def test_cli_filters_and_shows_the_confidence(sample_path, capsys):
    from rasid.cli import main

    assert main(["quotes", str(sample_path), "--format", "jsonl", "--min-confidence", "0.9"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert 0 < len(rows) < 15 and all(r["confidence"] >= 0.9 for r in rows)
    assert main(["quotes", str(sample_path)]) == 0
    table = capsys.readouterr().out
    assert any(line.startswith("دميتري بيسكوف") and "| 0.9" in line for line in table.splitlines())
