"""Round 92, persons: a title word whose و is its own (وزير، وكيل، ولي) keeps its role where the
quotation stages strip a conjunction before looking a role up (``role_key(_strip_conjunction(…))``
read «وزير» as «زير»). Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.quotes import _conjoined_title, _title_word, role_word
from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_a_role_whose_first_letter_is_its_own_keeps_it() -> None:
    assert role_word("وزير") == "وزير"
    assert role_word("وكيل") == "وكيل"
    assert role_word("فريق") == "فريق"


def test_a_conjunction_before_a_role_is_still_stripped() -> None:
    assert role_word("ووزير") == "وزير"
    assert role_word("وعضو") == "عضو"
    assert role_word("ومدير") == "مدير"


def test_a_word_that_is_no_role_has_none() -> None:
    assert role_word("وصل") is None
    assert role_word("وزارة") is None
    assert role_word("فقد") is None


def test_a_title_in_apposition_may_open_on_its_own_waw() -> None:
    assert _title_word("وزير")
    assert _title_word("ووزير")
    assert _title_word("الخارجية")
    assert not _title_word("وصل")


def test_only_a_conjunction_before_a_title_repeats_it_for_a_second_name() -> None:
    assert _conjoined_title("والطالبة")
    assert _conjoined_title("ووزير")
    assert not _conjoined_title("وزير")
    assert not _conjoined_title("وصل")


def test_an_utterance_of_a_named_minister_is_his() -> None:
    text = "وفي كلمة فهد بن ناصر الشمري وزير الثقافة أشار فيها إلى أن المهرجان سيقام سنويا في الرياض."
    assert _speakers(text).get("أشار") == "فهد بن ناصر الشمري"
