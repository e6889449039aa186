"""Round 96 (rankname): every speaker name, whoever picked it — the quotes stage's rules, the speakers
stage's ranker or its learned extent (``speaker_extent.reextend``) — goes through the same final
cleaning (:func:`rasid.extract.quotes.final_speaker_name`): a trailing القول or stray ل, quotation
marks, a run-on word, an unnamed source's told group. Sentences invented for these tests."""

from __future__ import annotations

import rasid.extract.speaker_extent as extent
from rasid.extract.quotes import SpeakerGuess, final_speaker_name
from rasid.extract.speakers import Candidate
from rasid.model import Article, Quote, Span, Speaker


def test_trailing_masdar_of_relaying_is_cut():
    text = "ونقلت الصحيفة عن وزارة الزراعة القول إن المحصول تضاعف."
    assert final_speaker_name("وزارة الزراعة القول", "organization", text, None) == "وزارة الزراعة"


def test_name_without_a_run_on_word_stays():
    text = "وقالت وزارة الزراعة إن المحصول تضاعف هذا العام."
    assert final_speaker_name("وزارة الزراعة", "organization", text, None) == "وزارة الزراعة"
    assert final_speaker_name("مجلس القول الفصل", "organization", text, None) == "مجلس القول الفصل"


def test_rules_guess_and_shared_cleaning_agree():
    text = "وقال مسؤول في البلدية لعدد من الصحفيين إن الطريق سيفتح غدا."
    guess = SpeakerGuess("مسؤول في البلدية لعدد من الصحفيين", "unnamed")
    assert guess._final_name(text, None) == final_speaker_name(guess.name, "unnamed", text, None)
    assert guess._final_name(text, None) == "مسؤول في البلدية"


def test_ranker_pick_loses_marks_and_stray_lam():
    text = "وأعلنت مجموعة “النخيل” للتطوير أن المشروع اكتمل."
    picked = Candidate("", "مجموعة “النخيل” للتطوير", "organization", None, None)
    assert picked.speaker(text).name == "مجموعة النخيل للتطوير"
    told = Candidate("", "مصادر مطلعة لـ", "unnamed", None, None)
    assert told.speaker(text).name == "مصادر مطلعة"


def test_ranker_pick_of_a_clean_name_is_unchanged():
    text = "وأعلنت شركة الواحة للتطوير أن المشروع اكتمل."
    at = text.index("شركة")
    picked = Candidate("", "شركة الواحة للتطوير", "organization", None, (at, at + len("شركة الواحة للتطوير")))
    assert picked.speaker(text).name == "شركة الواحة للتطوير"


def _reextended(text: str, phrase: str, rules_name: str, monkeypatch) -> str:
    start = text.index(phrase)
    end = start + len(phrase)
    cue = Span.of(text, 0, 5)
    mention = Span.of(text, start, start + len(rules_name))
    speaker = Speaker(rules_name, "organization", None, mention)
    quote = Quote(
        start=end + 4, end=len(text) - 1, text=text[end + 4 : -1], kind="indirect", cue=cue, speaker=speaker
    )
    article = Article(id="t", text=text, quotes=(quote,))
    ends = extent.Ends(quote=0, start=start, ends=[start + len(rules_name), end], rules=0, features=[[], []])
    monkeypatch.setattr(extent, "mention_ends", lambda *_a, **_k: ends)

    class Picks:
        resolved_only = False

        def pick(self, _ends):
            return 1

    monkeypatch.setattr(extent, "_runs_on_past_a_clause", lambda *_a: False)
    return extent.reextend(article, Picks()).quotes[0].speaker.name


def test_learned_extent_cleans_its_phrase(monkeypatch):
    text = "ونقلت عن هيئة البيئة القول إن الهواء تحسن."
    assert _reextended(text, "هيئة البيئة القول", "هيئة", monkeypatch) == "هيئة البيئة"


def test_learned_extent_keeps_a_clean_phrase(monkeypatch):
    text = "ونقلت عن هيئة البيئة الوطنية أن الهواء تحسن."
    assert _reextended(text, "هيئة البيئة الوطنية", "هيئة", monkeypatch) == "هيئة البيئة الوطنية"
