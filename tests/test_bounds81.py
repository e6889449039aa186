"""Round 81, content bounds: a comma clause that dates the reported event (، بعد + an event noun) and
a contrast that gives the source's own second figure (، بينما/فيما/في حين + a number) stay inside the
content; a span of time, another source or a contrast without a figure still end it. Sentences
written for these tests (invented names and events)."""

from __future__ import annotations

from rasid.extract.quotes import quotes_stage
from rasid.model import Article


def contents(text: str) -> list[str]:
    """The contents of the quotations found in ``text``, in order."""
    article = quotes_stage(Article(id="t", text=text))
    return [article.text[q.start : q.end].strip(" .") for q in article.quotes]


def test_event_after_baad_stays_with_the_speaker() -> None:
    text = (
        "وقال مدير الميناء سامر الحلبي إن حركة الشحن عادت إلى طبيعتها، بعد انتهاء أعمال الصيانة "
        "في الأرصفة الشمالية."
    )
    assert contents(text) == ["حركة الشحن عادت إلى طبيعتها، بعد انتهاء أعمال الصيانة في الأرصفة الشمالية"]


def test_event_after_qabl_stays_with_the_speaker() -> None:
    text = "وأكدت البلدية أن الجسر الجديد سيفتح أمام السيارات، قبل افتتاح المدارس في الخريف المقبل."
    assert contents(text) == ["الجسر الجديد سيفتح أمام السيارات، قبل افتتاح المدارس في الخريف المقبل"]


def test_span_of_time_after_baad_is_the_narrators() -> None:
    text = "وأعلنت الشرطة أن دورياتها أوقفت المشتبه به في حي الزهور، بعد ساعات على حادث السطو في السوق."
    assert contents(text) == ["دورياتها أوقفت المشتبه به في حي الزهور"]


def test_second_figure_after_baynama_stays_with_the_speaker() -> None:
    text = (
        "وأوضح مدير الإحصاء نادر الفاخوري أن الصادرات بلغت 40 مليون دينار خلال الربع الأول، "
        "بينما بلغت الواردات 25 مليون دينار."
    )
    assert contents(text) == [
        "الصادرات بلغت 40 مليون دينار خلال الربع الأول، بينما بلغت الواردات 25 مليون دينار"
    ]


def test_second_figure_after_fi_hin_stays_with_the_speaker() -> None:
    text = (
        "وذكر رئيس الاتحاد كمال الزعبي أن عدد الأندية المسجلة ارتفع إلى 58 ناديا، في حين تراجع عدد "
        "الملاعب إلى 31 ملعبا."
    )
    assert contents(text) == ["عدد الأندية المسجلة ارتفع إلى 58 ناديا، في حين تراجع عدد الملاعب إلى 31 ملعبا"]


def test_contrast_with_another_source_still_ends_the_content() -> None:
    text = (
        "وأوضح مدير الإحصاء نادر الفاخوري أن الصادرات بلغت 40 مليون دينار خلال الربع الأول، "
        "بينما ذكرت مصادر أخرى أن الواردات بلغت 25 مليونا."
    )
    assert contents(text)[0] == "الصادرات بلغت 40 مليون دينار خلال الربع الأول"


def test_contrast_without_a_figure_still_ends_the_content() -> None:
    text = (
        "وأوضح مدير الإحصاء نادر الفاخوري أن الصادرات تراجعت خلال الربع الأول، فيما تواصل الحكومة "
        "مفاوضاتها مع الدائنين."
    )
    assert contents(text) == ["الصادرات تراجعت خلال الربع الأول"]


def test_occasion_of_the_statement_after_baad_is_the_narrators() -> None:
    text = "وأكد محافظ المدينة رامي العتوم أن الطرق الرئيسية أصبحت آمنة، بعد جولة ميدانية في الأحياء الشرقية."
    assert contents(text) == ["الطرق الرئيسية أصبحت آمنة"]


def test_stance_content_keeps_the_time_phrase_out() -> None:
    text = (
        "وأعلن الوزيران عزمهما على أن تستأنف الرحلات الجوية بين البلدين، بعد انقطاع طويل "
        "بسبب الخلافات التجارية."
    )
    assert contents(text)[0].endswith("الرحلات الجوية بين البلدين")
