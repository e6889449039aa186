"""Quotes, round 79: a plural group named right after a singular cue is that cue's own subject.

«وقال موظفو الوزارة إن …»: an Arabic verb before its subject stays singular, so a plural group standing
right after «وقال» or «وأكد» is the one speaking; the ranker may not hand the words to the person
quoted before. A continuation cue with no subject («وأضاف أن») still goes on with the earlier
speaker. Every sentence is written for these tests in the style of Gulf news.
"""

from __future__ import annotations

from conftest import speaker_at_cue
from rasid.extract.speakers import Candidate, earlier_for_subject_after_cue
from rasid.model import Quote, Span, Speaker

MINISTER = "قال وزير الزراعة خالد العمري إن الموسم جيد. "


def test_construct_plural_after_a_singular_cue_speaks() -> None:
    text = MINISTER + "وقال موظفو الوزارة إن العمل مستمر في الموانئ كلها."
    assert speaker_at_cue(text, "وقال") == "موظفو الوزارة"


def test_continuation_without_subject_goes_on_with_the_earlier_speaker() -> None:
    text = MINISTER + "وأضاف أن الموسم سيكون طويلا."
    assert speaker_at_cue(text, "وأضاف") == "خالد العمري"


TEXT = "قال الوزير فهد السالم إن العمل مستمر. وقال مزارعو المنطقة أمس إن المحصول وفير."
CUE_START = TEXT.index("وقال")
CUE = Span(CUE_START, CUE_START + 4, "وقال")
WORDS_START = TEXT.index("المحصول")


def _quote(name: str, kind: str = "group") -> Quote:
    """A quotation of TEXT's second sentence the rules gave to ``name`` (found in TEXT or made up)."""
    start = TEXT.index(name) if name in TEXT else CUE.end + 1
    speaker = Speaker(name, kind, None, Span(start, start + len(name), name))  # type: ignore[arg-type]
    return Quote(WORDS_START, len(TEXT) - 1, TEXT[WORDS_START:-1], "indirect", CUE, speaker)


def _candidate(name: str) -> Candidate:
    """A person candidate named at ``name``'s place in TEXT."""
    start = TEXT.index(name)
    return Candidate(name.split()[-1], name, "person", "e1", (start, start + len(name)))


def test_veto_keeps_a_plural_group_right_after_the_cue() -> None:
    assert earlier_for_subject_after_cue(_candidate("فهد السالم"), _quote("مزارعو المنطقة"), TEXT)


def test_veto_leaves_a_singular_head_typed_a_group_to_the_model() -> None:
    assert not earlier_for_subject_after_cue(_candidate("فهد السالم"), _quote("مزارع المنطقة"), TEXT)


def test_veto_leaves_a_person_to_the_model() -> None:
    quote = _quote("مزارعو المنطقة", "person")
    assert not earlier_for_subject_after_cue(_candidate("فهد السالم"), quote, TEXT)


def test_veto_leaves_a_candidate_after_the_cue_to_the_model() -> None:
    assert not earlier_for_subject_after_cue(_candidate("مزارعو المنطقة"), _quote("مزارعو المنطقة"), TEXT)
