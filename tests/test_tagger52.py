"""Round 52 (tagger52): rules that keep the in-domain tagger's spans to the constructions the
entities and quotes stages read — a body run on into its member's name, لـ + a verbal noun after
the verb, a body's remit in لـ, a given name before عبد, a generic body with its place, and a
broadcaster after a bare title."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.extract.crf_tagger import TaggedSpan
from rasid.extract.entities import (
    Doc,
    _joined_by_hyphen,
    conjoined_word_before_name,
    generic_body_in_place,
    given_name_before_compound,
    marked_initials_cut_short,
    person_after_body,
    purpose_phrase_span,
    remit_after_body,
    unnamed_source_span,
)


def doc_of(text: str) -> Doc:
    return Doc(text, [], [])


def test_a_body_run_on_into_a_mans_name_is_cut_before_his_given_name() -> None:
    doc = doc_of("وقال نائب رئيس حركة 20 فبراير سمير الحداد إن المسيرة سلمية")
    assert person_after_body(doc, 3, 8) == 6  # حركة 20 فبراير | سمير الحداد
    # a body named after a man keeps his name: the title or kin before it says so
    doc = doc_of("وقال مدير مؤسسة الملك خالد الخيرية إن البرنامج ناجح")
    assert person_after_body(doc, 2, 5) == 5
    doc = doc_of("وأكد مدير شركة أبناء محمد الراشد أن المشروع اكتمل")
    assert person_after_body(doc, 2, 6) == 6


def test_li_and_a_verbal_noun_right_after_the_verb_is_no_body() -> None:
    doc = doc_of("وأوضح لدعم الأسر المحتاجة في القرى أن الحملة مستمرة")
    assert purpose_phrase_span(doc, 1, doc.tokens[1].start)
    # a body whose head starts with ل, or the tagger's span after the clitic, stays
    doc = doc_of("وقالت لجنة الانتخابات إن التصويت انتهى")
    assert not purpose_phrase_span(doc, 1, doc.tokens[1].start)
    doc = doc_of("وقال المدير لهيئة السياحة إن الموسم ناجح")
    assert not purpose_phrase_span(doc, 2, doc.tokens[2].start + 1)


def test_a_body_ending_on_its_adjective_takes_its_remit_in_li() -> None:
    doc = doc_of("وقالت الجمعية الخيرية لرعاية الأيتام إن التبرعات زادت")
    assert remit_after_body(doc, 1, 3) == 5
    doc = doc_of("وذكرت وكالة سبأ اليمنية للأنباء أن الهدنة صامدة")
    assert remit_after_body(doc, 1, 4) == 5
    # the medium told, or the people served, are no remit
    doc = doc_of("وقالت وزارة الخارجية الأمريكية للصحيفة إن المفاوضات مستمرة")
    assert remit_after_body(doc, 1, 4) == 4
    doc = doc_of("وقال رئيس الجمعية الخيرية للصحفيين إن المساعدات وصلت")
    assert remit_after_body(doc, 2, 4) == 4


def test_the_given_name_before_abd_joins_the_person() -> None:
    doc = doc_of("وقال المتحدث ماجد عبد الرحيم إن الطريق مغلق")
    assert given_name_before_compound(doc, 3, 5)
    doc = doc_of("وقال الوزير عبد الرحيم إن الطريق مغلق")
    assert not given_name_before_compound(doc, 2, 4)


def test_a_generic_body_with_its_place_is_no_name() -> None:
    doc = doc_of("وأعلنت الشرطة في باكستان مقتل خمسة أشخاص")
    assert generic_body_in_place(doc, 1, 4)
    doc = doc_of("وأعلنت بعثة الأمم المتحدة في ليبيا مقتل خمسة أشخاص")
    assert not generic_body_in_place(doc, 1, 4)


def test_a_bare_title_keeps_the_broadcaster_it_heads() -> None:
    text = 'وقال الرئيس التنفيذي لهيئة الإذاعة والتلفزيون إن "البرامج الجديدة تبدأ في رمضان".'
    assert speakers(text) == ["الرئيس التنفيذي لهيئة الإذاعة والتلفزيون"]
    # after a complete speaker the broadcaster is whom it was told
    text = 'وقال وزير النقل سالم العتيبي لهيئة الإذاعة البريطانية إن "الطريق سيفتح غدا".'
    assert speakers(text) == ["سالم العتيبي"]


def test_a_sentence_opening_conjunction_and_ordinary_word_is_no_given_name() -> None:
    doc = doc_of("وقال اللاعب لي مين إن الفريق قوي. وأسف مين لخسارة المباراة الأخيرة.")
    t0 = doc.surfaces.index("وأسف")
    assert conjoined_word_before_name(doc, t0, t0 + 2)
    # a given name written after و stays: وائل is a man's name
    doc = doc_of("وقال اللاعب لي مين إن الفريق قوي. ووائل مين لاعب جديد.")
    t0 = doc.surfaces.index("ووائل")
    assert not conjoined_word_before_name(doc, t0, t0 + 2)
    # inside a list after a comma, و + the word may be a rare given name (وملفي الشهري)
    doc = doc_of("وحضر الحفل سعد الغامدي، وأسف الحربي، وفهد العتيبي.")
    t0 = doc.surfaces.index("وأسف")
    assert not conjoined_word_before_name(doc, t0, t0 + 2)


def span(doc: Doc, first: int, last: int, label: str) -> TaggedSpan:
    start, end = doc.tokens[first].start, doc.tokens[last].end
    return TaggedSpan(start, end, label, "Other_" + label, 0.9)


def test_a_hyphenated_last_part_joins_the_person_before_it() -> None:
    doc = doc_of("وقال الوزير جان بيير-لوكاس إن الاتفاق قريب")
    joined = _joined_by_hyphen(doc, [span(doc, 2, 3, "PER"), span(doc, 5, 5, "MISC")])
    assert len(joined) == 1 and joined[0].label == "PER"
    assert doc.text[joined[0].start : joined[0].end] == "جان بيير-لوكاس"
    # a space after the hyphen parts two names
    doc = doc_of("وقال الوزير جان بيير - لوكاس إن الاتفاق قريب")
    assert len(_joined_by_hyphen(doc, [span(doc, 2, 3, "PER"), span(doc, 5, 5, "MISC")])) == 2


def test_unnamed_sources_are_no_organisation() -> None:
    doc = doc_of("وكشفت مصادر مطلعة أن الصورة قديمة")
    assert unnamed_source_span(doc, 1, 3)
    doc = doc_of("وكشفت مصادر الوزارة أن الصورة قديمة")
    assert not unnamed_source_span(doc, 1, 3)


def test_a_spelt_out_initial_before_the_closing_mark_ends_the_acronym() -> None:
    doc = doc_of("وقال مدير مركز “إف بي إم آر” إن التصنيف دقيق")
    assert marked_initials_cut_short(doc, 4, 7)
    # a longer word before the mark is no initial the tagger dropped
    doc = doc_of("وقال مدير مركز “إف بي إم الدولي” إن التصنيف دقيق")
    assert not marked_initials_cut_short(doc, 4, 7)
