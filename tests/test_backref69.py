"""Round 69: a definite head alone as the speaker, resolved to the name the article gave before.

A group quoted in full with a quantifier ("كشفت مجموعة من العلماء …") and then by its definite head
("وأوضح العلماء") keeps the full name; two bodies named by one head leave a bare definite head to the
nearer; a head no list holds counts when the article tagged a body named by it.
"""

from __future__ import annotations

from types import SimpleNamespace

from rasid.extract.body_reference import _nearest_body, _tagged_head
from rasid.extract.quotes import _group_head
from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, q.speaker and q.speaker.name) for q in article.quotes]


def test_group_head_alone_takes_the_quantified_name() -> None:
    text = (
        "كشفت مجموعة من العلماء البريطانيين عن نتائج دراسة جديدة حول النوم، وقالوا إن «قلة النوم "
        "تضعف الذاكرة». وأوضح العلماء أن «النوم ست ساعات لا يكفي لمعظم البالغين»."
    )
    assert ("وأوضح", "مجموعة من العلماء البريطانيين") in _speakers(text)


def test_group_head_alone_with_no_group_quoted_before_stays() -> None:
    text = (
        "أعلنت جامعة أكسفورد نتائج دراسة جديدة حول النوم أمس. وأوضح العلماء أن «النوم ست ساعات لا "
        "يكفي لمعظم البالغين»."
    )
    assert _speakers(text) == [("وأوضح", "العلماء")]


def test_group_head_needs_a_quantifier() -> None:
    assert _group_head("عدد من الطلاب المتضررين") == "طلاب"
    assert _group_head("مجموعة من العلماء الأميركيين") == "علماء"
    assert _group_head("مختصون تحدثوا") is None  # (a name run on into a verb)
    assert _group_head("العلماء") is None


def test_nearest_of_two_bodies_by_one_head() -> None:
    named = [
        (10, "وزارة الداخلية", "e1"),
        (80, "وزارة الشؤون الإسلامية", "e2"),
        (40, "وزارة الشؤون الإسلامية", "e2"),
    ]
    assert _nearest_body(named) == ("وزارة الشؤون الإسلامية", "e2")
    assert _nearest_body([(10, "وزارة الداخلية", "e1"), (90, "وزارة الصحة", "e3")]) == ("وزارة الصحة", "e3")


def test_head_of_a_tagged_body() -> None:
    doc = SimpleNamespace(entities=[SimpleNamespace(label="ORG", start=5, text="حلف شمال الأطلسي")])
    assert _tagged_head(doc, "حلف", 100)
    assert not _tagged_head(doc, "حلف", 3)  # (tagged after the speaker)
    person = SimpleNamespace(entities=[SimpleNamespace(label="PER", start=5, text="حلف شمال الأطلسي")])
    assert not _tagged_head(person, "حلف", 100)
