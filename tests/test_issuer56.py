"""Round 56, a document left as a speaker ("قال تقرير اقتصادي إن …") when another mention of a
document with the same noun was resolved to the body that made it ("ووفقا لتقرير الهيئة العامة …
فإن"): the article's report is that body's, before or after; two such bodies leave it as written.
Sentences written for these tests, not taken from any article."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.body_reference import _any_document_head

_REPORT = (
    "قال تقرير اقتصادي متخصص إن أسعار المساكن في المدن الساحلية سترتفع خلال العام المقبل بسبب نقص "
    "المعروض وزيادة الطلب من الأسر الشابة.\n\n"
    "وأشار التقرير إلى أن المصارف المحلية ستوسع التمويل العقاري بصورة ملحوظة في الربع الأول.\n\n"
)
_BODY = "ووفقا لتقرير الهيئة العامة للعقار فإن الإيجارات ستبقى مستقرة في المدن الداخلية.\n\n"
_OTHER = "ووفقا لتقرير وزارة الإسكان فإن الأراضي البيضاء ستخضع لرسوم جديدة.\n\n"


def test_indefinite_report_takes_the_body_its_namesake_was_resolved_to() -> None:
    assert speakers(_REPORT + _BODY) == ["الهيئة العامة للعقار"] * 3


def test_report_stays_when_two_bodies_issued_reports() -> None:
    assert speakers(_REPORT + _BODY + _OTHER)[0] == "تقرير اقتصادي"


def test_report_stays_when_no_body_issued_it() -> None:
    assert speakers(_REPORT) == ["تقرير اقتصادي", "تقرير اقتصادي"]


def test_any_document_head_reads_plural_documents() -> None:
    assert _any_document_head("تقارير رقابية") is not None
    assert _any_document_head("دراسة ألمانية") is not None
    assert _any_document_head("وزارة الصحة") is None
