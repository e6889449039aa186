"""The learned end of a body / unnamed-source / group speaker's name (rasid.extract.speaker_extent)."""

from __future__ import annotations

import json

from rasid.extract.speaker_extent import (
    FEATURES,
    _runs_on_past_a_clause,
    default_model,
    mention_ends,
    reextend,
)
from rasid.model import Article, Quote, Span, Speaker, attach, check_spans
from rasid.pipeline import Options, process
from rasid.resources import resource_path

# An official introduced with where he works, then referred back to as «المسؤول».
OFFICIAL = (
    "قال مسؤول في وزارة الخارجية الأمريكية إن المحادثات ستستأنف الأسبوع المقبل. "
    "وأضاف المسؤول أن الوفد سيصل غدا."
)
SOURCE = "قال مصدر أمني أمس إن الهجوم أسفر عن إصابة ثلاثة أشخاص. وأضاف المصدر أن التحقيق جار."


def segmented(text: str) -> Article:
    return process(Article(id="t", raw=text), Options(stages=("clean", "segment")))


def referred_back(
    text: str, name: str, anaphor: str, cue: str, content: str, kind: str = "unnamed"
) -> Article:
    """The article with one indirect quotation (``cue`` … ``content``, the last ones in the text) whose
    speaker the rules named ``name`` while its mention is the word ``anaphor`` that refers back."""
    article = segmented(text)
    text = article.text
    at, cue_at, content_at = text.rindex(anaphor), text.rindex(cue), text.rindex(content)
    speaker = Speaker(name, kind, None, Span.of(text, at, at + len(anaphor)))  # type: ignore[arg-type]
    cue_span = Span.of(text, cue_at, cue_at + len(cue))
    quote = Quote(content_at, content_at + len(content), content, "indirect", cue_span, speaker)
    return attach(article, quotes=[quote])


def test_the_shipped_model_loads_offline_and_says_how_it_was_fitted():
    data = json.loads(resource_path("speaker_extent.json").read_text(encoding="utf-8"))
    assert data["header"]["trained_by"] == "benchmarks/train_speaker_extent.py"
    assert tuple(data["features"]) == FEATURES
    model = default_model()
    assert model is not None and model.margin > 0 and model.lexical


def test_a_name_cut_after_its_preposition_is_read_to_the_end_of_the_body():
    # the rules kept «مسؤول في» for «المسؤول»; the text names him «مسؤول في وزارة الخارجية الأمريكية»
    article = referred_back(OFFICIAL, "مسؤول في", "المسؤول", "وأضاف", "الوفد سيصل غدا")
    speaker = reextend(article).quotes[0].speaker
    assert speaker is not None and speaker.name == "مسؤول في وزارة الخارجية الأمريكية"
    assert speaker.mention is not None and speaker.mention.text == "المسؤول"  # the mention stays
    check_spans(reextend(article))


def test_a_complete_source_name_is_kept():
    article = referred_back(SOURCE, "مصدر أمني", "المصدر", "وأضاف", "التحقيق جار")
    assert reextend(article) is article


def test_a_name_read_at_its_own_mention_is_left_to_the_rules():
    # the rules' name is the mention's own text: the shipped model reads only names taken from
    # elsewhere, so «مسؤول في» written at the cue is not the model's to change
    article = segmented(OFFICIAL)
    text = article.text
    at = text.index("مسؤول في")
    cue = Span.of(text, 0, len("قال"))
    speaker = Speaker("مسؤول في", "unnamed", None, Span.of(text, at, at + len("مسؤول في")))
    content_at = text.index("المحادثات")
    end = text.index(".")
    quote = Quote(content_at, end, text[content_at:end], "indirect", cue, speaker)
    article = attach(article, quotes=[quote])
    ends = mention_ends(article, 0)
    assert ends is not None and not ends.resolved
    assert reextend(article) is article


def test_a_longer_name_never_takes_in_a_relaying_aside():
    text = "وأكدت الهيئة وفقا لما أوردته وكالة الأنباء الرسمية أنها ستراجع القرار."
    end = text.index("الهيئة") + len("الهيئة")
    assert _runs_on_past_a_clause(text, end, text.index(" أنها"))
    # a place after a preposition may still complete a body's name
    body = "بعثة الأمم المتحدة في العراق"
    assert not _runs_on_past_a_clause(body, len("بعثة الأمم المتحدة"), len(body))


def test_each_end_is_described_by_the_words_on_either_side_of_it():
    # «المسؤول» refers back to «مسؤول في وزارة الخارجية الأمريكية»; the rules kept «مسؤول في»
    article = referred_back(OFFICIAL, "مسؤول في", "المسؤول", "وأضاف", "الوفد سيصل غدا")
    ends = mention_ends(article, 0)
    assert ends is not None and ends.resolved and ends.rules == 1
    text = article.text
    assert [text[ends.start : end] for end in ends.ends[:3]] == ["مسؤول", "مسؤول في", "مسؤول في وزارة"]

    def row(i: int) -> dict[str, float]:
        return {name: ends.features[i][k] for k, name in enumerate(FEATURES)}

    one, rules, three, last = row(0), row(1), row(2), row(len(ends.ends) - 1)
    # one word: the first, shorter than the rules', a preposition after it and none inside
    assert one["len_1"] == one["w_first_word"] == one["n_preposition"] == one["shorter_than_rules"] == 1.0
    assert one["has_preposition_inside"] == one["rules_end"] == 0.0
    # the rules' end, on the preposition, a body's head after it; read away from the mention
    assert rules["rules_end"] == rules["resolved_rules_end"] == rules["w_preposition"] == 1.0
    assert rules["n_org_head"] == rules["unnamed_len_2"] == 1.0 and rules["words_from_rules"] == 0.0
    # «… في وزارة»: a preposition then one word, longer than the rules'
    assert three["preposition_then_one_word"] == three["longer_than_rules"] == three["w_org_head"] == 1.0
    assert three["resolved_rules_end"] == 0.0
    # the last end reaches the limit: no word after it
    assert last["n_none"] == 1.0 and last["words_from_rules"] == 4.0
