"""The shipped CRF tagger on raw Arabic news text, the training-data reader and the NER scorer."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from rasid.extract.crf_tagger import FINE_TO_LABEL, TaggedSpan, strip_clitics, tag
from rasid.resources import resource_path
from rasid.text.normalize import normalize
from rasid.text.segment import tokenize

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))


def entities(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in tag(text, tokenize(text))]


def test_people_places_and_organisations_in_a_news_sentence():
    text = (
        "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي بموسكو إن بلاده مستعدة للتعاون "
        "مع الأمم المتحدة في الملف السوري."
    )
    found = entities(text)
    assert ("سيرغي لافروف", "PER") in found
    assert ("موسكو", "LOC") in found
    assert ("الأمم المتحدة", "ORG") in found


def test_a_surname_alone_after_a_title():
    found = entities("وأكد الرئيس أردوغان أن تركيا لن تتراجع عن موقفها.")
    assert ("أردوغان", "PER") in found
    assert ("تركيا", "LOC") in found


def test_sentence_without_entities_gives_nothing():
    assert entities("وأكد المتحدث أن الاجتماع سيعقد الأسبوع المقبل لبحث القضايا العالقة.") == []


def test_title_words_without_a_name_are_not_people():
    found = entities("وقال الرئيس إن الوزير والسفير والمتحدث الرسمي سيحضرون الاجتماع المقبل.")
    assert not [label for _, label in found if label == "PER"]


def test_clitic_is_outside_the_span():
    found = entities("وصل الوفد السعودي وبواشنطن بدأت المحادثات.")
    assert ("واشنطن", "LOC") in found


def test_spans_slice_the_text_and_carry_kind_and_confidence():
    text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بمكتبه في جدة رئيس وزراء باكستان نواز شريف."
    spans = tag(text, tokenize(text))
    assert spans
    for span in spans:
        assert isinstance(span, TaggedSpan)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
        assert span.label in ("PER", "ORG", "LOC", "MISC")
        assert FINE_TO_LABEL.get(span.kind) == span.label
        assert 0.0 < span.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n  ",
        "President Putin met Trump in Washington.",
        "قال بوتين Vladimir Putin في مؤتمر مع Reuters اليوم",
        "وَقَالَ الرَّئِيسُ الرُّوسِيُّ فْلَادِيمِيرُ بُوتِينُ فِي مُوسْكُو",
        "قال رئیس جمهوری ایران در تهران کشور",
        " ".join(["وقال الوزير محمد بن سلمان في الرياض"] * 400),
        "بـواشنطن ـــ ...!!! ؟؟",
    ],
    ids=["empty", "blank", "latin", "mixed-script", "diacritised", "persian", "very-long", "tatweel"],
)
def test_bad_input_never_breaks_spans(text):
    spans = tag(text, tokenize(text))
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip()


def test_strip_clitics_uses_corpus_frequency():
    assert strip_clitics("وواشنطن") == (1, "واشنطن")
    assert strip_clitics("والسعوديه") == (1, "السعوديه")
    assert strip_clitics("وليد") == (0, "وليد")
    assert strip_clitics("بوتين") == (0, "بوتين")


def test_model_is_shipped_and_small():
    assert resource_path("models", "ner_crf.model").stat().st_size < 25_000_000
    assert resource_path("models", "word_clusters.tsv").stat().st_size < 5_000_000


def test_sample_article_names(sample_raw):
    from rasid.text.clean import clean_text

    text, _removed = clean_text(sample_raw)
    found = {text[s.start : s.end] for s in tag(text, tokenize(text)) if s.label == "PER"}
    for surname in ("بوتين", "لافروف", "روبيو", "بيسكوف"):
        assert any(surname in name for name in found), surname


def test_rejoin_clitics_rebuilds_raw_words_and_keeps_tags_consistent():
    from train_ner import rejoin_clitics

    sentence = [
        ("و", "O"),
        ("قال", "O"),
        ("ب", "O"),
        ("موسكو", "B-Population-Center"),
        ("مساعدي", "O"),
        ("ه", "O"),
        ("و", "B-Politician"),
        ("ليد", "I-Politician"),
    ]
    assert rejoin_clitics([sentence]) == [
        [("وقال", "O"), ("بموسكو", "B-Population-Center"), ("مساعديه", "O"), ("وليد", "B-Politician")]
    ]


def test_conll_reader_and_exact_span_scores(tmp_path):
    import ner_eval

    path = tmp_path / "mini.conll"
    path.write_text(
        "قال O\nبوتين B-PERS\nفي O\nموسكو B-LOC\n\nالأمم B-ORG\nالمتحدة I-ORG\n", encoding="utf-8"
    )
    sentences = ner_eval.read_conll(path)
    assert sentences[0][1] == ("بوتين", "B-PER")
    text, tokens = ner_eval.rebuild(sentences)
    assert text == "قال بوتين في موسكو\nالأمم المتحدة\n"
    assert [text[t.start : t.end] for t in tokens[1]] == ["الأمم", "المتحدة"]
    gold = [[t for _, t in s] for s in sentences]
    predicted = [["O", "B-PER", "O", "B-ORG"], ["B-ORG", "O"]]
    scores = ner_eval.score(gold, predicted)
    assert scores["PER"][:3] == (1.0, 1.0, 1.0)
    assert scores["LOC"][1] == 0.0
    assert scores["micro"][0] == pytest.approx(1 / 3)
    assert ner_eval.to_tags([(4, 9, "PER"), (13, 18, "LOC")], tokens[0]) == ["O", "B-PER", "O", "B-LOC"]


@pytest.mark.slow
def test_saudinewsnet_annotations_still_match_the_corpus(saudinewsnet_dir):
    import ner_eval

    documents = ner_eval.gold_from_annotations(ner_eval.GOLD, saudinewsnet_dir)
    assert len(documents) == 6  # one per article with entities: rules never cross articles
    tags = [tag for sentences in documents for sentence in sentences for _, tag in sentence]
    assert sum(t.startswith("B-") for t in tags) == 76
    assert {t[2:] for t in tags if t != "O"} == {"PER", "ORG", "LOC", "MISC"}


def test_fast_scorer_labels_and_marginals_equal_crfsuite(sample_raw: str) -> None:
    """The numpy scorer (crf_scoring) must give crfsuite's own labels and marginals, sentence by
    sentence, on the sample and on sentences of our own (one word, two words, a long list)."""
    from rasid.extract import crf_tagger as crf
    from rasid.model import Article
    from rasid.pipeline import Options, process

    article = process(Article(id="sample", raw=sample_raw), Options(stages=("clean", "segment")))
    texts = [
        article.text,
        "السعودية",
        "زار بوتين.",
        "وصل إلى الرياض وجدة والدمام ومكة المكرمة والمدينة المنورة وأبها وتبوك وحائل وجازان ونجران "
        "والباحة والجوف وعرعر وسكاكا والقطيف والأحساء والخبر والظهران وينبع والطائف وفد من جامعة "
        "الملك سعود برئاسة الدكتور عبدالله الحربي",
    ]
    tagger = crf._tagger()
    checked = 0
    for text in texts:
        tokens = tokenize(text)
        words = [crf._key(text[t.start : t.end]) for t in tokens]
        gazetteer = crf.gazetteer_tags(text, [(t.start, t.end) for t in tokens])
        groups = crf.sentences_of(text, tokens)
        sentences = [(tuple(words[i] for i in g), tuple(gazetteer[i] for i in g)) for g in groups]
        crf._TAGGED.clear()
        for (sent_words, tags), (labels, marginals) in zip(
            sentences, crf.tag_sentences(sentences), strict=True
        ):
            expected = tagger.tag(crf.sequence_features(list(sent_words), list(tags)))
            assert list(labels) == expected
            if any(label != "O" for label in expected):
                assert list(marginals) == pytest.approx(
                    [tagger.marginal(y, k) for k, y in enumerate(expected)], abs=1e-6
                )
            else:
                assert len(marginals) == 0
            checked += 1
    assert checked >= 15


def test_no_tokens_and_no_sentences_give_nothing() -> None:
    from rasid.extract import crf_tagger as crf
    from rasid.extract.crf_scoring import decode_batch

    assert tag("", []) == []
    assert crf.tag_sentences([]) == []
    assert decode_batch([], crf.scorer_for(crf._model_path()).weights.transitions, ["O"]) == []


def test_word_block_cache_gives_the_same_scores_when_it_starts_afresh(monkeypatch) -> None:
    """The scorer's per-word cache is bounded: when it fills up and starts afresh, the emission
    scores of a sentence stay exactly those of a fresh scorer."""
    from rasid.extract import crf_scoring
    from rasid.extract import crf_tagger as crf

    text = "قال وزير الخارجية السعودي فيصل بن فرحان في الرياض اليوم"
    words = tuple(normalize(w) for w in text.split(" "))
    sentence = (words, ("O",) * len(words))
    expected = crf.scorer_for(crf._model_path()).emissions([sentence])[0]
    monkeypatch.setattr(crf_scoring, "WORD_CACHE_LIMIT", 4)
    scorer = crf.scorer_for(crf._model_path())
    assert np.array_equal(scorer.emissions([sentence])[0], expected)  # more words than the limit
    scorer.emissions([(words[:3], ("O",) * 3)])
    assert np.array_equal(scorer.emissions([sentence])[0], expected)
    assert np.array_equal(scorer.word_block(words[4]), scorer.word_blocks(list(words))[4])


def test_model_weights_are_read_from_the_file_and_bad_files_get_e040(tmp_path) -> None:
    """The scorer reads labels, attribute names and weights from the model file itself (crfsuite's
    own dump gives the same names); a file that is not a model, or a cut one, is a coded error."""
    from rasid.errors import RasidError
    from rasid.extract import crf_tagger as crf
    from rasid.extract.crf_scoring import read_weights

    model = crf._model_path()
    weights = read_weights(model)
    info = crf._tagger().info()
    assert {name: int(i) for name, i in info.labels.items()} == {n: i for i, n in enumerate(weights.labels)}
    assert {name: int(i) for name, i in info.attributes.items()} == weights.rows
    not_a_model = tmp_path / "notes.txt"
    not_a_model.write_text("قائمة كلمات", encoding="utf-8")
    cut = tmp_path / "cut.model"
    cut.write_bytes(Path(model).read_bytes()[:5000])
    for path in (not_a_model, cut):
        with pytest.raises(RasidError) as error:
            read_weights(str(path))
        assert error.value.code == "E040"


def test_block_features_are_the_word_and_context_features() -> None:
    from rasid.extract.crf_tagger import block_features, context_features, word_features

    text = "وبحث ولي العهد الأمير محمد بن سلمان مع الرئيس الفرنسي في قصر الإليزيه بباريس، الثلاثاء، 2018."
    for word in [normalize(w) for w in text.split()] + ["_", "للرياض", "mbc"]:
        expected = (word_features(word), *(context_features(word, o) for o in ("-1", "+1", "-2", "+2")))
        assert block_features(word) == expected


def test_sentences_break_at_final_marks_and_paragraphs_and_long_runs_are_cut() -> None:
    from rasid.extract.crf_tagger import MAX_SENTENCE_TOKENS, sentences_of

    text = "أعلنت الوزارة النتائج. وقال المتحدث:\nإن العمل مستمر؟ نعم"
    tokens = tokenize(text)
    words = [[text[tokens[i].start : tokens[i].end] for i in group] for group in sentences_of(text, tokens)]
    assert words == [
        ["أعلنت", "الوزارة", "النتائج", "."],
        ["وقال", "المتحدث", ":"],
        ["إن", "العمل", "مستمر", "؟"],
        ["نعم"],
    ]
    assert sentences_of("", []) == []
    long_run = " ".join(["كلمة"] * (2 * MAX_SENTENCE_TOKENS + 5))  # no full stop anywhere
    sizes = [len(group) for group in sentences_of(long_run, tokenize(long_run))]
    assert sizes == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 5]
