"""Round 91 (extent): content boundaries. A clause opening with marks and going on after a comma with
the narrator's words is the marked statement; words wrapped whole in brackets are direct without
them; a stray closing mark at a content's end is left out; an indirect content keeps its final
question or exclamation mark; a comma before «وفقا لـ/وفق + a rule or ما + a verb of no report»
does not end the reported clause. Sentences invented for these tests."""

from __future__ import annotations

from conftest import quote_rows


def rows_by_cue(text: str) -> dict[str, tuple[str, str]]:
    return {cue: (kind, content) for kind, cue, _speaker, content in quote_rows(text)}


def test_marked_statement_then_narrator_participle_is_direct():
    text = (
        "افتتح المحافظ معرض الكتاب في القاعة الكبرى مساء أمس. وقال المحافظ إن «هذا المعرض يفتح "
        "نافذة واسعة على ثقافات الشعوب كلها»، مقدما شكره للمتطوعين والجهات المنظمة جميعا."
    )
    assert rows_by_cue(text)["وقال"] == ("direct", "هذا المعرض يفتح نافذة واسعة على ثقافات الشعوب كلها")


def test_marked_statement_then_own_coordinated_clause_stays_mixed():
    text = (
        "زار الوزير مشروع السد الجديد شمال الوادي صباح الاثنين. وقال الوزير إن «العمل في السد يسير "
        "بخطى ثابتة وسريعة»، وأن المرحلة الثانية تبدأ في الربيع المقبل."
    )
    kind, content = rows_by_cue(text)["وقال"]
    assert kind == "mixed"
    assert content.endswith("في الربيع المقبل")


def test_words_in_brackets_after_colon_are_direct_without_them():
    text = (
        "تحدث الكاتب عن طفولته في القرية الجبلية. وقال: (كانت أمي توقظنا قبل الفجر لنسقي الزرع "
        "ونرعى الغنم معا)."
    )
    assert rows_by_cue(text)["وقال"] == ("direct", "كانت أمي توقظنا قبل الفجر لنسقي الزرع ونرعى الغنم معا")


def test_brackets_inside_a_clause_stay():
    text = (
        "عقد المجلس البلدي جلسته الشهرية أمس. وأوضح رئيس المجلس سالم الحربي أن اللجنة الفنية (التي "
        "شكلت العام الماضي) أنهت دراسة المخطط الجديد."
    )
    kind, content = rows_by_cue(text)["وأوضح"]
    assert kind == "indirect"
    assert content.startswith("اللجنة الفنية (التي")


def test_stray_closing_mark_after_colon_words_is_left_out():
    text = (
        "عقد مجلس إدارة النادي اجتماعه الدوري مساء الأحد. وزاد رئيس النادي: تمت مناقشة خطة الحوافز "
        'للاعبي الفئات السنية بشكل كامل".'
    )
    kind, content = rows_by_cue(text)["وزاد"]
    assert kind == "direct"
    assert content.endswith("بشكل كامل")


def test_balanced_marks_keep_their_closing_mark():
    text = (
        "عقد مجلس إدارة النادي اجتماعه الدوري مساء الأحد. وزاد رئيس النادي: تمت مناقشة خطة "
        '"الحوافز الجديدة" للاعبي الفئات السنية.'
    )
    _kind, content = rows_by_cue(text)["وزاد"]
    assert content.endswith("للاعبي الفئات السنية")


def test_indirect_question_keeps_its_mark():
    text = (
        "تناولت الندوة آثار الوشم على الجلد. وأضاف الطبيب خالد السالم أن الأصباغ تتفتت تحت البشرة "
        "مع الوقت فإلى أين تذهب؟ وختم بالدعوة إلى الحذر."
    )
    assert rows_by_cue(text)["وأضاف"] == ("indirect", "الأصباغ تتفتت تحت البشرة مع الوقت فإلى أين تذهب؟")


def test_indirect_statement_ends_at_its_stop():
    text = "تناولت الندوة آثار الوشم على الجلد. وأضاف الطبيب خالد السالم أن الأصباغ تتفتت تحت البشرة."
    assert rows_by_cue(text)["وأضاف"] == ("indirect", "الأصباغ تتفتت تحت البشرة")


def test_rule_followed_after_comma_stays_in_the_clause():
    text = (
        "دشنت البلدية المسلخ الجديد جنوب المدينة. وأوضح مدير البلدية فهد العنزي أن المسلخ يعمل "
        "بأحدث التقنيات، وفقا للمعايير الدولية للسلامة."
    )
    assert rows_by_cue(text)["وأوضح"][1].endswith("وفقا للمعايير الدولية للسلامة")


def test_what_the_system_requires_stays_in_the_clause():
    text = (
        "دشنت البلدية المسلخ الجديد جنوب المدينة. وأضاف مدير البلدية فهد العنزي أن العمل يسير "
        "بسرعة، وفق ما يقتضيه النظام."
    )
    assert rows_by_cue(text)["وأضاف"][1].endswith("وفق ما يقتضيه النظام")


def test_source_after_comma_still_ends_the_clause():
    text = (
        "ارتفعت أسعار الحديد في الأسواق المحلية هذا الشهر. وأكد التاجر فهد العنزي أن الأسعار "
        "سترتفع مجددا، بحسب الخبراء."
    )
    assert rows_by_cue(text)["وأكد"][1] == "الأسعار سترتفع مجددا"
