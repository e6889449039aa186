"""Round 54, the learned ranker overriding a right rules' answer: a body the rules carried to an
implied-subject cue is not handed to a name written before the body's own mention, and a title
stating one nationality is not handed to a person the article gives another. Sentences written for
these tests, not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers
from rasid.extract.speakers import Candidate, _before_carried_body
from rasid.model import Quote, Span, Speaker

_TEXT = (
    "وقال المهندس سامي العتيبي إن المشروع سيكتمل قبل نهاية العام المقبل بعد تذليل العقبات كلها. "
    "وأكدت الهيئة في بيان صحافي أن الطلب على الأراضي ارتفع هذا العام، مبينا أن الهيئة ستطرح "
    "مواقع جديدة قريبا."
)


def _quotes(text: str, body_at: str) -> list[Quote]:
    """A quotation of the body named at ``body_at``, then a continuation the rules carried it to."""
    at = text.index(body_at)
    body = Speaker("هيئة المدن", "organization", None, Span.of(text, at, at + len(body_at)))
    cue = text.index("مبينا")
    first = Quote(at, at + 1, "", "indirect", Span.of(text, at - 5, at), body, 0.9)
    carried = Quote(
        cue + 6,
        len(text),
        "",
        "indirect",
        Span.of(text, cue, cue + 5),
        Speaker("هيئة المدن", "organization"),
        0.7,
    )
    return [first, carried]


def _person(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate(name.split()[-1], name, "person", "p1", (start, start + len(name)))


def test_carried_body_keeps_its_continuation_end_to_end():
    assert ranked_speakers(_TEXT)[-1] == "الهيئة"


def test_name_before_the_carried_body_is_no_pick():
    assert _before_carried_body(_person(_TEXT, "سامي العتيبي"), _quotes(_TEXT, "الهيئة في"), 1)


def test_name_after_the_carried_body_may_be_picked():
    text = (
        "وأكدت الهيئة في بيان صحافي أن الطلب على الأراضي ارتفع هذا العام. وأعرب المهندس سامي "
        "العتيبي عن سعادته بالنتائج، مبينا أن الهيئة ستطرح مواقع جديدة قريبا."
    )
    assert not _before_carried_body(_person(text, "سامي العتيبي"), _quotes(text, "الهيئة في"), 1)


def test_carried_person_is_left_to_the_ranker():
    quotes = _quotes(_TEXT, "الهيئة في")
    person = Speaker("مدير الهيئة", "person")
    quotes[1] = Quote(quotes[1].start, quotes[1].end, "", "indirect", quotes[1].cue, person, 0.7)
    assert not _before_carried_body(_person(_TEXT, "سامي العتيبي"), quotes, 1)


# --- a title's nisba against the nationality the article gives the person picked

_VISIT = (
    "وصل وزير الخارجية الأمريكي جون كيري إلى الدوحة أمس في جولة تشمل عددا من دول المنطقة، وقال "
    "كيري إن المحادثات ستتناول الأوضاع الإقليمية. وفي المؤتمر الصحفي المشترك أكد وزير الخارجية "
    "{} أن بلاده تدعم كل الجهود السياسية لحل الأزمة."
)


def test_title_of_another_nationality_keeps_the_rules_description():
    assert ranked_speakers(_VISIT.format("القطري"))[-1] == "وزير الخارجية القطري"


def test_title_of_the_same_nationality_goes_to_its_holder():
    assert ranked_speakers(_VISIT.format("الأمريكي"))[-1] == "جون كيري"


def test_transport_title_of_another_nationality_keeps_the_rules_description():
    text = (
        "وقال وزير الخارجية الأوكراني بافلو كليمكين إن التحقيق يجب أن يكتمل سريعا. وقبل الجلسة "
        "نبه وزير النقل الماليزي أن «كل المسافرين سيواجهون أخطارا أكبر»."
    )
    assert ranked_speakers(text)[-1] == "وزير النقل الماليزي"
