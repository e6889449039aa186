"""Round 62: persons of one statement listed after the cue give one record each — with a role
before them, a title after each, or the title repeated after و (sentences written for these tests)."""

from __future__ import annotations

from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker name of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def test_a_role_dual_before_two_names_gives_each():
    assert speakers("وقال الوزيران عزالدين الأصبحي وفهد كفاين في ندوة إن الحرب أنهكت البلاد.") == [
        "عزالدين الأصبحي",
        "فهد كفاين",
    ]


def test_a_title_after_each_name_gives_each_without_the_glued_wa():
    text = "وقال أسامة فيلالي عضو اللجنة الوطنية وسعد جميل القرشي رئيس اللجنة إن الموسم نجح."
    assert speakers(text) == ["أسامة فيلالي", "سعد جميل القرشي"]


def test_persons_a_body_is_named_after_are_not_split():
    assert len(speakers("وقال مدير مؤسسة خالد بن سلطان وعبدالله الفيصل إن الموسم نجح.")) == 1


def test_a_name_opening_with_waw_keeps_it():
    assert speakers("وقال وليد العمري إن الموسم نجح.") == ["وليد العمري"]


def test_one_person_with_his_description_in_commas_stays_one():
    text = "وقال خالد العتيبي، مدير الإدارة، إن الموسم نجح كثيرا هذا العام."
    assert speakers(text) == ["خالد العتيبي"]
