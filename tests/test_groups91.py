"""Round 91, groups: a participle after a sentence opened by a linking phrase («إلى ذلك») takes the
group or unnamed plural the verb after the phrase has for its subject; a reporting verb right after
a clause-linking particle (كما، فيما، بينما، حيث) and masculine keeps a one-word plural subject no
list knows («الباعة»، «آخرون») instead of reading the verb as an adjective. Sentences written for
these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_a_participle_after_a_linking_phrase_takes_the_plural_subject() -> None:
    text = (
        "وتعمل البلدية على تأهيل الكورنيش الشمالي. إلى ذلك استبشر عدد من مرتادي الكورنيش بقرار "
        "الإغلاق المؤقت، مؤكدين أن الأعمال ستعيد الحياة إلى الواجهة."
    )
    assert _speakers(text).get("مؤكدين") == "عدد من مرتادي الكورنيش"


def test_a_linking_phrase_with_a_comma_before_the_verb() -> None:
    text = (
        "وتعمل البلدية على تأهيل الكورنيش الشمالي. إلى ذلك، استبشر متطوعون من الحي بالقرار "
        "الأخير، مشيرين إلى أن الأعمال طال انتظارها."
    )
    assert _speakers(text).get("مشيرين") == "متطوعون من الحي"


def test_a_person_after_the_linking_phrase_is_left_to_the_other_paths() -> None:
    text = (
        "وتعمل البلدية على تأهيل الكورنيش الشمالي. إلى ذلك، أشاد رئيس البلدية خالد المطيري "
        "بالمقاولين، مؤكدا أن الأعمال ستنتهي قبل الصيف."
    )
    assert _speakers(text).get("مؤكدا") == "خالد المطيري"


def test_a_verb_after_kama_keeps_an_unlisted_plural_subject() -> None:
    text = "وارتفعت أسعار الخضار في السوق المركزي. كما أكد الباعة أن الإقبال تراجع منذ أسبوع."
    assert _speakers(text).get("أكد") == "الباعة"


def test_a_verb_after_fima_and_baynama_keeps_others() -> None:
    text = "ورحب بعض السكان بالمشروع الجديد، فيما ذكر آخرون أن الطريق سيزدحم أكثر."
    assert _speakers(text).get("ذكر") == "آخرون"
    text = "وتباينت آراء الأهالي حول الخطة، بينما يرى آخرون أن تنفيذها تأخر كثيرا."
    assert _speakers(text).get("يرى") == "آخرون"


def test_a_verb_after_haythu_keeps_an_unlisted_plural_subject() -> None:
    text = "واستقبل المعرض وفدا من الزوار الخليجيين، حيث أكد الأشقاء أنه معرض يستحق الزيارة."
    assert _speakers(text).get("أكد") == "الأشقاء"


def test_an_adjective_after_an_indefinite_noun_is_still_no_cue() -> None:
    text = "وصدر أمس بيان تابع لمكتب المحافظ يشرح مواعيد الدوام الجديدة للموظفين."
    assert _speakers(text) == {}


def test_a_feminine_verb_after_kama_with_a_thing_for_subject_stays_silent() -> None:
    text = "وارتفع عدد زوار المعرض هذا العام. كما أشارت الإحصائيات إلى أن الإقبال تضاعف مرتين."
    assert "أشارت" not in _speakers(text)
