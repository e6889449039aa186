"""Round 83: a lone given name takes an unknown family name opening with و written right after its
first mention (sentences and names written for these tests)."""

from __future__ import annotations

from rasid.extract.name_extent import (
    _unknown_name_behind_clitic_letter,
    completed_after_first_mention,
    normalized_word,
)
from rasid.model import Entity


def _mentions(text: str, *written: str) -> list[Entity]:
    """The PER mentions of one entity at each place ``text`` writes one of ``written``."""
    out, at = [], 0
    for word in written:
        at = text.index(word, at)
        out.append(Entity(at, at + len(word), word, "PER", "e1", written[0]))
        at += len(word)
    return out


def test_a_given_name_takes_a_foreign_family_name_opening_with_waw():
    text = "ورحب المبعوث الكندي جوزيف وينترغالد بالاتفاق الجديد. وأضاف جوزيف أن الحوار سيستمر."
    mentions = _mentions(text, "جوزيف", "جوزيف")
    assert completed_after_first_mention("جوزيف", mentions, text) == "جوزيف وينترغالد"


def test_waw_before_a_known_word_or_name_stays_a_conjunction():
    assert not _unknown_name_behind_clitic_letter(normalized_word("والحكومة"))
    assert not _unknown_name_behind_clitic_letter(normalized_word("ومحمد"))
    text = "ورحب المبعوث جوزيف والوزير بالاتفاق الجديد في العاصمة."
    assert completed_after_first_mention("جوزيف", _mentions(text, "جوزيف"), text) == "جوزيف"
    text = "واستقبل الرئيس جوزيف وأحمد في القصر صباح الأحد."
    assert completed_after_first_mention("جوزيف", _mentions(text, "جوزيف"), text) == "جوزيف"
