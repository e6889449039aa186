"""Round 84 (objects): a leader or royal named as the object of thanks, patronage or a visit
(«لخادم الحرمين الشريفين الملك …»، «حكومة … الملك …») is not the speaker of an implied cue, and the
learned ranker may not put him in place of a person the rules named. Sentences invented for these
tests."""

from __future__ import annotations

from rasid.extract.honour_object import named_in_honour
from rasid.model import Article


def speakers(text: str) -> list[str | None]:
    """The speaker names of every quotation of ``text`` after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [q.speaker.name if q.speaker else None for q in article.quotes]


def honoured(before: str, name: str = "زامل بن عوض") -> bool:
    text = before + name + " على دعمه المتواصل."
    return named_in_honour(text, len(before))


def test_titles_after_a_preposition_are_an_object():
    assert honoured("ونقل الوكيل التهاني نيابة عن الملك ")
    assert honoured("ورفع المدير برقية إلى صاحب السمو الملكي الأمير ")


def test_titles_carrying_the_preposition_are_an_object():
    assert honoured("وقدم رئيس البلدية الشكر لخادم الحرمين الشريفين الملك ")
    assert honoured("وبعث الوزير برقية تهنئة لفخامة الرئيس ")
    assert honoured("ورفع العميد أسمى آيات العرفان للأمير ")


def test_titles_in_a_nouns_genitive_are_an_object():
    assert honoured("وأثنى على ما توفره حكومة خادم الحرمين الشريفين الملك ")
    assert honoured("مقدما شكره لراعي النادي الأول الأمير ")


def test_titles_of_a_clauses_subject_are_no_object():
    # the verb's own subject, a bare title at a sentence's start, and a minister's title
    assert not honoured("وافتتح صاحب السمو الملكي الأمير ")
    assert not honoured("وقال خادم الحرمين الشريفين الملك ")
    assert not honoured("وأوضح وزير الري صاحب السمو الملكي الأمير ")


def test_ranks_and_meetings_are_no_honour():
    # a rank after a body's name, a person met (he often speaks), a name with no title
    assert not honoured("وقال مدير الإدارة العامة للمرور اللواء ")
    assert not honoured("وكان للوفد لقاء مع الأمير ")
    assert not honoured("وشكر المدير ")


def test_implied_cue_goes_on_with_the_earlier_subject_not_the_honoured_king():
    text = (
        "من جهته، استنكر الدكتور ماجد بن حمدان الرويلي، أستاذ التاريخ في جامعة الشمال، ما جرى"
        " في السوق الشعبي.\n\n"
        "ونوه بالعناية التي توليها حكومة خادم الحرمين الشريفين الملك زامل بن عوض، مؤكدا أن أمن"
        " الأسواق سيبقى أولوية لا تقبل التهاون."
    )
    assert speakers(text) == ["ماجد بن حمدان الرويلي"]


def test_a_lone_named_subject_still_speaks():
    # no honour titles: the person the sentence names is still the speaker of its participle
    text = (
        "من جهته، استنكر الدكتور ماجد بن حمدان الرويلي ما جرى في السوق الشعبي.\n\n"
        "واستقبل المهندس نايف بن عوض الشمري وفد التجار، مؤكدا أن أمن الأسواق سيبقى أولوية."
    )
    assert speakers(text) == ["نايف بن عوض الشمري"]


def _veto(rules_name: str, rules_entity: str | None, rules_type: str = "person") -> bool:
    """Whether the ranker's veto keeps a quotation's rules speaker against the king named as the
    object of thanks two sentences before the cue."""
    from rasid.extract.speakers import Candidate, _honoured_object
    from rasid.model import Quote, Span, Speaker

    text = (
        "ورفع العميد سالم بن دخيل العتيبي الشكر لخادم الحرمين الشريفين الملك زامل بن عوض على دعمه."
        " وقال العتيبي إن الخطة ستنفذ على مراحل."
    )
    king = text.index("زامل بن عوض")
    cue = text.index("وقال")
    speaker = Speaker(rules_name, rules_type, rules_entity)  # type: ignore[arg-type]
    content = text.index("الخطة")
    quote = Quote(content, len(text) - 1, text[content:-1], "indirect", Span.of(text, cue, cue + 4), speaker)
    candidate = Candidate("عوض", "زامل بن عوض", "person", "e2", (king, king + len("زامل بن عوض")))
    return _honoured_object(candidate, quote, text)


def test_ranker_may_not_put_the_honoured_king_for_a_named_person():
    assert _veto("سالم بن دخيل العتيبي", "e1")


def test_ranker_may_still_resolve_a_description_to_the_honoured_person():
    # a title alone (no entity) or a body the rules left: the honoured person may be its referent
    assert not _veto("المليك", None)
    assert not _veto("الديوان الملكي", "e3", "organization")
