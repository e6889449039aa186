"""Round 71: a phrase ending in an adjective that points at words about to be quoted («العبارة
الآتية»، «البيان التالي») is what was said, the verb's object, never a speaker; a title or a body's
name with no such adjective still names someone."""

from __future__ import annotations

import pytest

from rasid.extract.quotes import phrase_names_nobody
from rasid.model import Article
from rasid.pipeline import Options, process


@pytest.mark.parametrize(
    ("name", "kind"),
    [("العبارة الآتية", "organization"), ("البيان التالي", "organization"), ("الكلمات التالية", "person")],
)
def test_forward_pointing_phrase_names_nobody(name: str, kind: str) -> None:
    assert phrase_names_nobody(name, kind, False)


@pytest.mark.parametrize(
    ("name", "kind"),
    [("الأمين العام", "person"), ("الهيئة العامة للإحصاء", "organization"), ("التالي", "person")],
)
def test_other_phrases_still_name_someone(name: str, kind: str) -> None:
    assert not phrase_names_nobody(name, kind, False)


def test_forward_pointing_object_is_no_speaker_of_a_feminine_cue() -> None:
    text = (
        "قالت الوزيرة هدى الشمري إن الميزانية ستزيد العام المقبل. وفي لقاء آخر مع الطلاب، كررت "
        "العبارة الآتية: «التعليم أولويتنا في كل الظروف»."
    )
    article = process(Article(id="t", raw=text), Options())
    speakers = [q.speaker and q.speaker.name for q in article.quotes]
    assert "العبارة الآتية" not in speakers
    assert speakers[-1] == "هدى الشمري"
