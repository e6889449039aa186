"""Round 42 (issuer42): a document stands for its issuer in more shapes; an examination or poll
with no issuer is no speaker. Sentences written for these tests (not from any gold article)."""

from __future__ import annotations

from rasid.extract.quotes import quotes_stage
from rasid.model import Article
from rasid.pipeline import Options, process


def rules_speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation the rules give (entities included, no ranker)."""
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def stage_speakers(text: str) -> list[tuple[str, str | None]]:
    """The same from the quotes stage alone (no entities)."""
    article = quotes_stage(Article(id="t", text=text))
    return [(q.cue.text, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_an_indefinite_document_in_construct_speaks_for_its_owner():
    """ "وأكد بيان البيت الأبيض أن"، "وأوضح تقرير الشرطة أن": the body (or named person) in
    construct after an indefinite document noun owns it and speaks."""
    house = rules_speakers("وأكد بيان البيت الأبيض أن الرئيس سيزور ثلاث دول آسيوية الشهر المقبل.")
    assert house == [("وأكد", "البيت الأبيض")]
    police = rules_speakers("وأوضح تقرير الشرطة أن الشاحنة اصطدمت بالحافلة عند مدخل المدينة.")
    assert police == [("وأوضح", "الشرطة")]
    # negative: a title or topic in construct names no owner; the document stays the speaker
    title = rules_speakers("وكشف تقرير مؤشرات الأداء لقطاع النقل عن تراجع عدد الرحلات الداخلية.")
    assert [name for _cue, name in title] != ["الأداء"]
    assert all(name is None or name.startswith("تقرير") for _cue, name in title)


def test_a_fronted_document_issued_by_a_body_speaks_for_it():
    """ "ووفقا للبيان الصادر عن ‹body›، فإن"، "وفقا لبيان صدر عن ‹body›": the issuer is the source."""
    issued = rules_speakers("ووفقا للبيان الصادر عن وزارة التعليم، فإن الدراسة تبدأ الأحد المقبل.")
    assert issued == [("ووفقا", "وزارة التعليم")]
    # negative: a bare fronted document with no issuer gives no body
    bare = rules_speakers("ووفقا للبيان، فإن الدراسة تبدأ الأحد المقبل.")
    assert all(name != "وزارة التعليم" for _cue, name in bare)


def test_an_indefinite_report_speaks_for_the_issuer_the_story_names_after_it():
    """ "ذكر تقرير حديث، أن …. ويتوقع التقرير الذي أصدرته ‹body› أن": the issuer named later."""
    text = (
        "ذكر تقرير اقتصادي حديث، أن مبيعات السيارات ستتراجع خلال العام المقبل. ويتوقع التقرير "
        "الذي أصدرته شركة الخليج للأبحاث أن تتعافى السوق بعد عامين."
    )
    assert [name for _cue, name in stage_speakers(text)] == ["شركة الخليج للأبحاث"] * 2
    possessed = (
        "توقع تقرير حديث، أن ترتفع أسعار الإيجارات في المدن الكبرى. وقالت شركة الخليج للأبحاث "
        "في تقريرها إن الطلب على الشقق الصغيرة سيزداد."
    )
    assert [name for _cue, name in rules_speakers(possessed)] == ["شركة الخليج للأبحاث"] * 2
    # negative: no issuer named anywhere, the report stays as it is
    alone = stage_speakers(
        "كشف تقرير اقتصادي حديث أن مبيعات السيارات ستتراجع. وفي سياق آخر، قال وزير النقل إن الطرق جاهزة."
    )
    assert alone[0][1] == "تقرير اقتصادي"


def test_an_examination_or_poll_with_no_issuer_is_no_speaker():
    """ "أظهرت بعض استطلاعات الرأي أن"، "وأشار فحص الحمض النووي إلى أن"، "ويؤكد التثبت من … أن":
    the paper reports a finding; no quotation. A poll whose maker is named still speaks for it."""
    for opening in ("أظهرت بعض استطلاعات الرأي أن", "وأشار فحص الدم إلى أن", "ويؤكد التثبت من السجلات أن"):
        assert stage_speakers(opening + " المرشح المستقل يتقدم في ثلاث ولايات.") == []
    # negative: the poll's maker named, it speaks
    made = stage_speakers("وأظهر استطلاع أجرته مؤسسة الرأي العربي أن المرشح المستقل يتقدم في ثلاث ولايات.")
    assert made == [("وأظهر", "مؤسسة الرأي العربي")]


def test_a_fronted_study_speaks_for_the_body_that_published_it():
    """ "نشرت ‹body› … دراسة …. ووفقا للدراسة، …": the body the story has issue it, named as the
    name ends (a describing participle after it is no part of it)."""
    text = (
        "نشرت شركة نوفا المتخصصة في أبحاث الأسواق دراسة جديدة عن مبيعات الحواسيب. "
        "ووفقا للدراسة، تصدرت لينوفو المبيعات في الربع الأخير."
    )
    assert [name for _cue, name in stage_speakers(text)] == ["شركة نوفا"]
    # negative: a study nobody in the story issued names no body
    bare = stage_speakers("زار الوزير المعرض أمس. ووفقا للدراسة، تصدرت لينوفو المبيعات في الربع الأخير.")
    assert all(name is None or name.endswith("دراسة") for _cue, name in bare)
