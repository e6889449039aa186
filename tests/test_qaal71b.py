"""Round 71b: a speaker's title that runs on past the name the scan stopped at («وقال فلان مدير
عمليات الشركة في المنطقة الشرقية: «…»») reaches the colon or the marks that open his words (or the
medium told in marks, then his clause); words that run to neither, or a clause that opens before
the colon, are left to the other readings."""

from __future__ import annotations

from conftest import quote_rows
from rasid.model import Article
from rasid.pipeline import Options, process


def test_long_title_after_the_name_runs_to_the_colon() -> None:
    text = (
        "وفي هذا السياق قال سامر الخطيب مدير عمليات الموارد البشرية للقطاع الصناعي بمجموعة الواحة: "
        '"نعمل على تدريب مئات الشباب سنويا".'
    )
    article = process(Article(id="t", raw=text), Options())
    assert [(q.speaker and q.speaker.name, q.kind) for q in article.quotes] == [("سامر الخطيب", "direct")]
    assert article.quotes[0].text.startswith("نعمل على")  # (not "للقطاع الصناعي …": his title)


def test_title_after_a_bracketed_name_runs_to_the_colon() -> None:
    text = (
        "وفي هذا الصدد قال (جوناثان ريد) مدير عمليات شركة الخليج للشحن البحري: "
        '"سنضاعف عدد السفن العاملة خلال عامين".'
    )
    assert [row[:3] for row in quote_rows(text)] == [("direct", "قال", "جوناثان ريد")]


def test_title_runs_to_the_medium_in_marks_then_the_clause() -> None:
    text = (
        "وقال عضو مجلس بلدية الزرقاء والمتحدث الرسمي باسمه خالد النمري لـ«الغد» إن «فرق الصيانة "
        "باشرت إصلاح الشبكة منذ ساعات الصباح»."
    )
    article = process(Article(id="t", raw=text), Options())
    assert [(q.speaker and q.speaker.name) for q in article.quotes] == ["خالد النمري"]
    assert article.quotes[0].text.startswith("فرق الصيانة")


def test_title_runs_to_the_clause_after_a_medium_in_marks() -> None:
    text = (
        "وقال عضو مجلس إدارة الاتحاد والمتحدث باسمه ماهر العتيبي لصحيفة «الرياضية» إن اللجنة "
        "ستجتمع الأسبوع المقبل."
    )
    assert [row[:3] for row in quote_rows(text)] == [("indirect", "وقال", "ماهر العتيبي")]


def test_a_clause_before_the_colon_keeps_its_reading() -> None:
    text = (
        "وقال سامر الخطيب مدير التسويق الإقليمي إن الإدارة ستعلن الأرقام التالية: "
        "مبيعات قياسية وأرباح مرتفعة."
    )
    article = process(Article(id="t", raw=text), Options())
    assert [(q.speaker and q.speaker.name, q.kind) for q in article.quotes] == [("سامر الخطيب", "indirect")]
    assert article.quotes[0].text.startswith("الإدارة ستعلن")


def test_words_without_a_colon_are_no_title() -> None:
    text = "وقال سامر الخطيب الأسعار سترتفع قريبا في جميع الأسواق المحلية بسبب نقص المعروض."
    assert all(speaker != "سامر الخطيب" or kind != "direct" for kind, _, speaker, _ in quote_rows(text))


def test_a_blessing_before_the_colon_is_no_title() -> None:
    from rasid.extract.quotes import _Doc, _title_runs_to_colon

    text = "وقال الواعظ عن نبينا صلى الله عليه وسلم وآله: الكلمة الطيبة صدقة بين الجيران."
    article = process(Article(id="t", raw=text), Options())
    doc = _Doc(article)
    blessing = next(k for k, token in enumerate(doc.tokens) if doc.text[token.start : token.end] == "صلى")
    assert not _title_runs_to_colon(doc, blessing)
    title = "وقال سامر الخطيب مدير التسويق في المجموعة: نتوقع نموا كبيرا."
    doc = _Doc(process(Article(id="t", raw=title), Options()))
    assert _title_runs_to_colon(doc, 3)
