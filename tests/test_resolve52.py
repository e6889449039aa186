"""Round 52, resolving the speaker: when the learned ranker puts a named person for a rules' speaker
that names nobody (a misread phrase such as «موسم الحصاد»), the implied continuations that
followed it (وأضاف، مشيرا) follow the person too; a bare title, a body or an untagged name the rules
chose stays as the ranker left it. A news medium right after أبلغ/أخبر and before the clause is
whom he told, not the speaker. A kunya given in brackets with a person's name is that person.
Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from dataclasses import replace

from conftest import ranked_speakers as speakers
from rasid.extract.speakers import _carry_to_continuations
from rasid.model import Quote, Span, Speaker

TEXT = (
    "وقال موسم الحصاد سعيد بن فهد الحربي إن الإنتاج تضاعف هذا العام. وأضاف أن الأسعار ستنخفض قريبا. "
    "مشيرا إلى أن المزارعين سيحصلون على دعم إضافي."
)


def _quote(cue: str, content: str, speaker: Speaker) -> Quote:
    start = TEXT.index(content)
    c = TEXT.index(cue)
    return Quote(start, start + len(content), content, "indirect", Span(c, c + len(cue), cue), speaker, 0.8)


def _speaker(name: str, kind: str = "person", entity_id: str | None = None, at: str | None = None) -> Speaker:
    mention = None
    if at is not None:
        s = TEXT.index(at)
        mention = Span(s, s + len(at), at)
    return Speaker(name, kind, entity_id, mention)  # type: ignore[arg-type]


def _run(rules_name: str, kind: str = "person") -> list[str]:
    """The speakers after the ranker re-chose the first quotation's rules speaker ``rules_name``
    (the two continuations implied) as the person سعيد بن فهد الحربي."""
    rules = [
        _quote("وقال", "الإنتاج تضاعف هذا العام", _speaker(rules_name, kind, at="موسم الحصاد")),
        _quote("وأضاف", "الأسعار ستنخفض قريبا", _speaker(rules_name, kind)),
        _quote("مشيرا", "المزارعين سيحصلون على دعم إضافي", _speaker(rules_name, kind)),
    ]
    person = _speaker("سعيد بن فهد الحربي", "person", "e1", at="سعيد بن فهد الحربي")
    ranked = [replace(rules[0], speaker=person), rules[1], rules[2]]
    _carry_to_continuations(rules, ranked)
    return [q.speaker.name for q in ranked if q.speaker]


def test_continuations_follow_the_person_put_for_a_misread_phrase() -> None:
    assert _run("موسم الحصاد") == ["سعيد بن فهد الحربي"] * 3


def test_continuations_keep_a_bare_title_the_rules_chose() -> None:
    assert _run("رئيس الجمعية")[1:] == ["رئيس الجمعية", "رئيس الجمعية"]


def test_continuations_keep_a_body_the_rules_chose() -> None:
    assert _run("جمعية المزارعين", "organization")[1:] == ["جمعية المزارعين", "جمعية المزارعين"]


def test_continuations_keep_an_untagged_name_the_rules_chose() -> None:
    assert _run("خالد سالم العمري")[1:] == ["خالد سالم العمري", "خالد سالم العمري"]


def test_a_continuation_named_in_between_breaks_the_run() -> None:
    rules = [
        _quote("وقال", "الإنتاج تضاعف هذا العام", _speaker("موسم الحصاد", at="موسم الحصاد")),
        _quote(
            "وأضاف", "الأسعار ستنخفض قريبا", _speaker("فهد الحربي", "person", "e2", at="سعيد بن فهد الحربي")
        ),
        _quote("مشيرا", "المزارعين سيحصلون على دعم إضافي", _speaker("موسم الحصاد")),
    ]
    person = _speaker("سعيد بن فهد الحربي", "person", "e1", at="سعيد بن فهد الحربي")
    ranked = [replace(rules[0], speaker=person), rules[1], rules[2]]
    _carry_to_continuations(rules, ranked)
    assert ranked[2].speaker is not None and ranked[2].speaker.name == "موسم الحصاد"


# --- a news medium right after a verb of telling is whom he told


def test_medium_after_a_telling_verb_is_told_not_the_speaker() -> None:
    text = (
        "شهدت البلدة مواجهات عنيفة فجر اليوم. إلا أن سامر حداد الذي يسكن في منزل مجاور قال إنه رأى "
        "الحادث بعينه وأبلغ وكالة رويترز للأنباء، أن الجنود أطلقوا النار على الشاب دون إنذار."
    )
    assert speakers(text)[-1] == "سامر حداد"


def test_source_after_the_medium_told_still_speaks() -> None:
    text = (
        "تراجعت أسعار الحديد في السوق المحلية هذا الشهر. وأبلغ «الاقتصادية» مصدر مسؤول في الوزارة "
        "أن الأسعار ستستقر قبل نهاية العام."
    )
    assert speakers(text) == ["مصدر مسؤول في الوزارة"]


# --- a kunya in brackets after a name is the person's alias


def test_kunya_in_brackets_after_the_name_gives_way_to_it() -> None:
    text = (
        "وقال القيادي في الحركة خالد مشعل (أبو الوليد) خلال لقاء مع وفد شعبي في الدوحة إن المصالحة "
        "ما زالت ممكنة. وأضاف أبو الوليد أن الحوار سيستأنف الشهر المقبل."
    )
    assert speakers(text) == ["خالد مشعل", "خالد مشعل"]


def test_kunya_never_given_with_the_name_stays() -> None:
    text = (
        "التقى رئيس البلدية سالم العتيبي وفدا من التجار أمس. وقال أبو فهد، صاحب متجر في السوق "
        "القديم، إن المبيعات تراجعت كثيرا هذا العام."
    )
    assert "سالم العتيبي" not in speakers(text)


# --- a body named in the title of the person just quoted does not take over his continuation

TITLED = (
    "وقال سالم القحطاني، رئيس مجلس إدارة إحدى مؤسسات صناعة الأثاث، إن أصحاب الورش يخزنون الأخشاب "
    "في مستودعات مكيفة، موضحا أنه يمكن حفظ الأخشاب لمدة عام كامل."
)


def _titled_found(body_name: str) -> list:
    from rasid.extract.quotes import Found, SpeakerGuess

    name_at = TITLED.index("سالم القحطاني")
    first = TITLED.index("أصحاب الورش")
    cue = TITLED.index("موضحا")
    second = TITLED.index("يمكن حفظ")
    person = SpeakerGuess("سالم القحطاني", "person", (name_at, name_at + len("سالم القحطاني")), "e1")
    return [
        Found(first, cue - 2, "indirect", (0, 4), [person], 0.9),
        Found(
            second,
            len(TITLED) - 1,
            "indirect",
            (cue, cue + 5),
            [SpeakerGuess(body_name, "organization")],
            0.7,
        ),
    ]


def test_body_in_the_speakers_title_gives_the_continuation_back_to_him() -> None:
    from types import SimpleNamespace

    from rasid.extract.quotes import _body_in_title_continues_bearer

    found = _titled_found("مجلس إدارة")
    _body_in_title_continues_bearer(SimpleNamespace(text=TITLED), found)  # type: ignore[arg-type]
    assert found[1].speakers[0].name == "سالم القحطاني"


def test_body_not_in_his_title_keeps_the_continuation() -> None:
    from types import SimpleNamespace

    from rasid.extract.quotes import _body_in_title_continues_bearer

    found = _titled_found("الغرفة التجارية")
    _body_in_title_continues_bearer(SimpleNamespace(text=TITLED), found)  # type: ignore[arg-type]
    assert found[1].speakers[0].name == "الغرفة التجارية"


# --- a body's definite description is the one body the article names with that head


def test_definite_description_of_a_body_is_the_body_named_with_its_head() -> None:
    text = (
        "تبنت حركة الشباب الهجوم على القاعدة العسكرية جنوب البلاد. ويقول محللون إن الجماعة "
        "فقدت كثيرا من مقاتليها منذ العام الماضي. وذكرت الحركة المتشددة في بيان أن مقاتليها "
        "انسحبوا من المنطقة بعد المعركة."
    )
    assert speakers(text)[-1] == "حركة الشباب"


def test_description_of_a_body_no_named_body_bears_stays() -> None:
    text = (
        "تصاعدت الاشتباكات في الإقليم الجبلي خلال الأسبوع الماضي. وذكرت الحركة المتشددة في بيان "
        "أن مقاتليها انسحبوا من المنطقة بعد المعركة."
    )
    assert speakers(text) == ["الحركة المتشددة"]
