"""Round 93, persons: a participle cue after a clause opened by a time or contrast link (في حين،
حينها، حينما، عندما) describes that clause's subject, not the speaker quoted earlier in the sentence
(``clause_links.txt`` read by ``_clause_subject_before``). Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.quotes import word_set
from rasid.model import Article
from rasid.pipeline import Options, process
from rasid.text.normalize import normalize


def _speakers(text: str) -> dict[str, str | None]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return {q.cue.text: (q.speaker.name if q.speaker else None) for q in article.quotes}


def test_the_time_links_open_a_clause() -> None:
    links = word_set("clause_links")
    for word in ("حين", "حينها", "حينما", "عندما", "فيما"):
        assert normalize(word) in links
    assert normalize("لكن") not in links


def test_a_participle_after_fi_hin_goes_to_that_clause_subject() -> None:
    text = (
        "أعلن وزير الزراعة عادل بن سالم القحطاني أن موسم الحصاد سيبدأ مبكرا هذا العام، في حين شدد "
        "المهندس ماجد العتيبي على ضرورة ترشيد مياه الري في المزارع، موضحا أن الآبار الجوفية تراجعت "
        "بشكل ملحوظ."
    )
    speakers = _speakers(text)
    assert speakers["أعلن"] == "عادل بن سالم القحطاني"
    assert speakers["موضحا"] == "ماجد العتيبي"


def test_a_participle_after_hinaha_goes_to_that_clause_subject() -> None:
    text = (
        "ذكر مدير المدرسة هشام القرني أن الطلاب سيعودون الأحد، حينها علق الأستاذ فيصل المالكي على "
        "القرار، مؤكدا أن الاستعداد اكتمل."
    )
    assert _speakers(text)["مؤكدا"] == "فيصل المالكي"


def test_a_link_clause_with_no_person_subject_leaves_the_speaker() -> None:
    text = (
        "قال رئيس النادي طارق الحمدان إن الإدارة ستعلن أسماء المدربين قريبا، في حين أكدت الجماهير "
        "على حساباتها غضبها من تأخر القرار، مشيرا إلى أن اللجنة تدرس العروض."
    )
    assert _speakers(text)["مشيرا"] == "طارق الحمدان"


def test_a_participle_with_no_link_clause_keeps_the_speaker() -> None:
    text = (
        "قال رئيس الجمعية هشام القرني إن عدد المتطوعين تضاعف هذا العام بفضل الحملات الإعلامية، "
        "مؤكدا أن التطوع يحتاج إلى تنظيم أفضل."
    )
    assert _speakers(text)["مؤكدا"] == "هشام القرني"
