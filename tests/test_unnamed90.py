"""Round 90 (unnamed): a speaker named by a document («تقرير النخيل»، «دراسة ميدانية أعدتها هيئة …»)
is the body that issued it, named as the article tags the body (``extract/document_speaker.py``).
Sentences written for these tests."""

from __future__ import annotations

from rasid.extract.document_speaker import with_document_issuers
from rasid.model import Article, Entity, Quote, Span, Speaker


def _article(text: str, orgs: list[tuple[str, str]], speakers: list[tuple[str, str | None, str]]) -> Article:
    """An article with ORG entities (span text, canonical) and one quotation per (speaker name,
    mention text or None, type), each quotation on the text's last sentence."""
    entities = []
    for n, (span, canonical) in enumerate(orgs, 1):
        at = text.index(span)
        entities.append(Entity(at, at + len(span), span, "ORG", entity_id=f"e{n}", canonical=canonical))
    quotes = []
    end = len(text)
    for name, mention, kind in speakers:
        span = None
        if mention is not None:
            at = text.index(mention)
            span = Span(at, at + len(mention), mention)
        cue = Span(0, 4, text[:4])
        quotes.append(
            Quote(end - 5, end, text[end - 5 : end], "indirect", cue, Speaker(name, kind, None, span))
        )
    return Article(id="t", text=text, entities=tuple(entities), quotes=tuple(quotes))


def _names(article: Article) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in with_document_issuers(article).quotes]


def test_report_in_construct_with_a_short_name():
    text = (
        "نشرت مجموعة النخيل العقارية أرقامها الفصلية أمس. "
        "وأوضح تقرير النخيل أن الطلب على الشقق الصغيرة ارتفع. وأضاف التقرير أن الأسعار ستستقر."
    )
    article = _article(
        text,
        [("النخيل العقارية", "مجموعة النخيل العقارية")],
        [("تقرير النخيل", "تقرير النخيل", "organization"), ("تقرير النخيل", None, "organization")],
    )
    assert _names(article) == ["مجموعة النخيل العقارية", "مجموعة النخيل العقارية"]


def test_report_with_lam_before_the_body():
    text = "وكشف تقرير لمنظمة الأغذية والزراعة أن المحاصيل تراجعت هذا العام بنسبة كبيرة."
    article = _article(
        text,
        [("منظمة الأغذية والزراعة", "منظمة الأغذية والزراعة")],
        [("تقرير لمنظمة الأغذية والزراعة", "تقرير لمنظمة الأغذية والزراعة", "organization")],
    )
    assert _names(article) == ["منظمة الأغذية والزراعة"]


def test_document_with_only_an_adjective_is_left():
    text = "أصدرت الرابطة الأميركية للمزارعين دليلا. وذكرت دراسة أميركية أن التربة فقدت خصوبتها."
    article = _article(
        text,
        [("الرابطة الأميركية للمزارعين", "الرابطة الأميركية للمزارعين")],
        [("دراسة أميركية", "دراسة أميركية", "organization")],
    )
    assert _names(article) == ["دراسة أميركية"]


def test_two_bodies_share_the_word():
    text = "اجتمع بنك الخليج الأول مع شركة الخليج للتأمين. وقال بيان الخليج إن الصفقة أنجزت في موعدها."
    article = _article(
        text,
        [("بنك الخليج الأول", "بنك الخليج الأول"), ("شركة الخليج للتأمين", "شركة الخليج للتأمين")],
        [("بيان الخليج", "بيان الخليج", "organization")],
    )
    assert _names(article) == ["بيان الخليج"]


def test_issuer_after_a_link_word():
    text = "وبينت دراسة ميدانية أعدتها هيئة الإحصاء الوطنية أن نصف الأسر تملك سيارتين على الأقل."
    article = _article(
        text,
        [("هيئة الإحصاء الوطنية", "هيئة الإحصاء الوطنية")],
        [("دراسة ميدانية", "دراسة ميدانية أعدتها هيئة الإحصاء الوطنية", "organization")],
    )
    assert _names(article) == ["هيئة الإحصاء الوطنية"]


def test_participle_link_needs_an():
    text = "وبينت مذكرة صادرة أمس هيئة الرقابة المالية ترى أن السوق مستقرة هذا الربع."
    article = _article(
        text,
        [("هيئة الرقابة المالية", "هيئة الرقابة المالية")],
        [("مذكرة صادرة", "مذكرة صادرة أمس هيئة الرقابة المالية", "organization")],
    )
    assert _names(article) == ["مذكرة صادرة"]


def test_body_run_on_into_the_reports_adjective():
    text = "وأفاد تقرير شركة الواحة القابضة الشهري بأن إيجارات المكاتب انخفضت في الربع الأخير."
    article = _article(
        text,
        [("شركة الواحة القابضة", "شركة الواحة القابضة")],
        [("شركة الواحة القابضة الشهري", "تقرير شركة الواحة القابضة الشهري", "organization")],
    )
    assert _names(article) == ["شركة الواحة القابضة"]


def test_adjective_agreeing_with_a_masculine_body_is_kept():
    text = "وأفاد بيان المجلس الاقتصادي الأعلى الرسمي بأن الخطة الجديدة ستطبق في مطلع العام المقبل."
    article = _article(
        text,
        [("المجلس الاقتصادي الأعلى", "المجلس الاقتصادي الأعلى")],
        [("المجلس الاقتصادي الأعلى الرسمي", "بيان المجلس الاقتصادي الأعلى الرسمي", "organization")],
    )
    assert _names(article) == ["المجلس الاقتصادي الأعلى الرسمي"]


def test_plain_body_speaker_untouched():
    text = "وقالت شركة الواحة القابضة إن أرباحها تضاعفت منذ افتتاح فرعها الثالث في الميناء."
    article = _article(
        text,
        [("شركة الواحة القابضة", "شركة الواحة القابضة")],
        [("شركة الواحة القابضة", "شركة الواحة القابضة", "organization")],
    )
    assert _names(article) == ["شركة الواحة القابضة"]


def test_link_word_after_the_phrase_is_not_read():
    text = "وحسب تقرير البرلمان الأوروبي فإن قانونا أصدره مجلس الشيوخ قبل عامين غير قواعد التصدير."
    article = _article(
        text,
        [("مجلس الشيوخ", "مجلس الشيوخ")],
        [("تقرير البرلمان الأوروبي", "تقرير البرلمان الأوروبي", "organization")],
    )
    assert _names(article) == ["تقرير البرلمان الأوروبي"]
