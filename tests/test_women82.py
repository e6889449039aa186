"""Round 82 (women): a larger lexicon of women's given names (``female_given_names``) with the kunya
«أم X», so a woman whose name was not listed (هاجر، نعيمة، أم فهد) no longer reads as a man: a
masculine continuation cue (وأضاف) is not hers, a feminine one (وأضافت) returns to her.

Every sentence is written for these tests; names and events are invented.
"""

from __future__ import annotations

from rasid.extract.quotes import (
    SpeakerGuess,
    _agrees,
    _woman_by_given_name,
)
from rasid.model import Article
from rasid.pipeline import Options, process


def person(name: str, roles: frozenset[str] = frozenset()) -> SpeakerGuess:
    return SpeakerGuess(name, "person", roles=roles)


def cues_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's cue and speaker, the whole pipeline run (entities included, no ranker)."""
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_newly_listed_women_names_read_as_women() -> None:
    for name in ("هاجر الزعبي", "نعيمة بلقاسم", "فاتن السقا", "نوف القحطاني", "رهف الدوسري"):
        assert _woman_by_given_name(person(name)), name
        assert _agrees(person(name), "ptc.fs", 1)
        assert not _agrees(person(name), "3ms", 1)


def test_kunya_umm_reads_as_a_woman() -> None:
    assert _woman_by_given_name(person("أم فهد"))
    assert _woman_by_given_name(person("أم عبدالرحمن الشهري"))
    assert not _woman_by_given_name(person("أبو فهد"))


def test_men_and_lookalike_words_are_not_women() -> None:
    # men's names, a nisba that normalises like يمنى, and the Tokyo index
    for name in ("أسامة الخطيب", "حمزة العلي", "يسري النجار", "يمني الجنسية", "نيكي القياسي"):
        assert not _woman_by_given_name(person(name)), name
    # only a person is judged by the name
    assert not _woman_by_given_name(SpeakerGuess("هاجر للتجارة", "organization"))


def test_continuing_feminine_cue_returns_to_a_newly_listed_woman() -> None:
    # her gender comes from her name alone (no feminine verb names her), so «وأضافت» is hers, not his
    text = (
        "ونقلت الصحيفة عن الطبيبة هاجر المنصوري قولها: «ارتفعت أعداد المراجعين هذا الأسبوع». "
        "وقال المدير خالد الرفاعي: «سنضيف عيادتين جديدتين». وأضافت: «نحتاج إلى مزيد من الممرضين»."
    )
    assert cues_and_speakers(text)[-1] == ("وأضافت", "هاجر المنصوري")
