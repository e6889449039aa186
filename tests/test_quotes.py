"""Who said what: every construction of issue 4 on sentences written for these tests, the shared
sample against its gold file, the lexicons, the CLI and the evaluation script."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO, SAMPLE_ID, sample_gold, shared_path
from rasid.extract.quotes import (
    _MAY_CUE,
    _MAY_NAME,
    _closes_before_demonstrative,
    _flagged_words,
    _word_flag_table,
    _word_flags,
    extract_quotes,
    find_quote_marks,
    phrase_names_nobody,
    quotes_stage,
    reporting_verbs,
)
from rasid.model import Article
from rasid.text.normalize import normalize


def quotes_of(text: str) -> list:
    """The quotations of a text (paragraphs split on blank lines by the stage itself)."""
    return list(quotes_stage(Article(id="t", text=text)).quotes)


def one(text: str):
    found = quotes_of(text)
    assert len(found) == 1, [(q.cue.text, q.text) for q in found]
    return found[0]


def speaker_name(quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


# --------------------------------------------------------------------------------------------
# Lexicons


def test_reporting_verbs_cover_inflections_prefixes_and_participles():
    verbs = reporting_verbs()
    for form in (
        "قال",
        "وقال",
        "فقالت",
        "قالوا",
        "يقول",
        "ويقولون",
        "أضافت",
        "وأضافا",
        "قائلا",
        "مضيفة",
        "مشيرا",
        "مؤكدين",
        "محذرا",
        "مرحّبا",
        "نافيا",
        "داعيا",
        "قوله",
        "بقوله",
    ):
        assert normalize(form) in verbs, form
    assert verbs[normalize("قالت")].agreement == "3fs"
    assert verbs[normalize("وأكدا")].agreement == "3md"
    assert verbs[normalize("مشيرا")].tense == "participle"
    # impersonal and ambiguous forms are not cues
    for form in ("يذكر", "يشار", "بين", "تبين"):
        assert normalize(form) not in verbs, form


# --------------------------------------------------------------------------------------------
# Direct quotations and quotation marks


@pytest.mark.parametrize(
    "opening, closing",
    [("“", "”"), ("«", "»"), ("„", "“"), ('"', '"'), ("'", "'"), ("â€œ", "â€\x9d"), ("Â«", "Â»"), ("»", "»")],
)
def test_every_kind_of_quotation_mark(opening, closing):
    text = f"وقال وزير المالية محمد الجدعان: {opening}الاقتصاد السعودي يواصل النمو بثبات{closing}."
    quote = one(text)
    assert quote.kind == "direct"
    assert quote.text == "الاقتصاد السعودي يواصل النمو بثبات"
    assert speaker_name(quote) == "محمد الجدعان"


def test_multi_sentence_and_reopened_quotation():
    text = (
        "وقال المتحدث باسم الوزارة خالد العتيبي إن «الحملة مستمرة. وسنعلن النتائج قريبا»، "
        "وأضاف «لن نتهاون مع أي مخالف»."
    )
    first, second = quotes_of(text)
    assert first.text == "الحملة مستمرة. وسنعلن النتائج قريبا" and first.kind == "direct"
    assert second.text == "لن نتهاون مع أي مخالف" and second.cue.text == "وأضاف"
    assert speaker_name(first) == speaker_name(second) == "خالد العتيبي"


def test_quotation_spanning_two_paragraphs():
    text = (
        "وقال رئيس الهيئة الدكتور سعد الحربي: «بدأنا تنفيذ الخطة الجديدة في كل المناطق،\n\n"
        "وسنراجع نتائجها بعد ستة أشهر من الآن»."
    )
    quote = one(text)
    assert quote.kind == "direct"
    assert quote.text.startswith("بدأنا تنفيذ") and quote.text.endswith("من الآن")
    assert "\n\n" in quote.text


def test_unbalanced_mark_warns_and_stays_in_its_paragraph():
    text = (
        "وقال مدير الشرطة اللواء فهد الشهري: «تم القبض على المتهمين خلال ساعات\n\n"
        "وفي سياق آخر افتتح أمير المنطقة معرض الكتاب الدولي في الرياض مساء أمس."
    )
    article = quotes_stage(Article(id="t", text=text))
    assert any(w.startswith("W_QUOTE_UNBALANCED") for w in article.warnings)
    (quote,) = article.quotes
    assert quote.text == "تم القبض على المتهمين خلال ساعات"
    assert "معرض" not in quote.text


def test_quoted_titles_and_terms_are_not_quotations():
    assert quotes_of("افتتح وزير الثقافة معرض «قادش» للفنون التشكيلية في جدة أمس.") == []
    assert quotes_of("وشاركت المملكة في مؤتمر «مستقبل الاستثمار» الذي عقد في الرياض.") == []
    # a term inside a larger quotation stays part of it and is no quotation of its own
    quote = one(
        "وقال الوزير: «إن ما سماه بعضهم «النخب الغربية» لن يوقف الحوار».".replace(
            "الوزير", "الوزير سعيد الغامدي"
        )
    )
    assert "النخب الغربية" in quote.text


def test_quotation_before_its_cue():
    quote = one("«سنواصل دعم الأشقاء في اليمن حتى تعود الشرعية»، قال وزير الخارجية عادل الجبير.")
    assert quote.kind == "direct" and quote.cue.text == "قال"
    assert speaker_name(quote) == "عادل الجبير"


def test_continued_quotation_without_a_new_cue():
    text = "وقال المدرب خالد العطوي: «الفريق قدم مباراة كبيرة». «واللاعبون التزموا بالخطة حتى النهاية»."
    _first, second = quotes_of(text)
    assert second.text == "واللاعبون التزموا بالخطة حتى النهاية"
    assert speaker_name(second) == "خالد العطوي"


# --------------------------------------------------------------------------------------------
# Indirect and mixed statements


@pytest.mark.parametrize(
    "cue, link",
    [("قال", "إن"), ("أكد", "أن"), ("شدد", "على أن"), ("أشار", "إلى أن"), ("أوضح", "أن"), ("صرح", "بأن")],
)
def test_indirect_cue_and_clause(cue, link):
    text = f"{cue} وزير الصحة فهد الجلاجل {link} المستشفيات جاهزة لموسم الحج، بعد زيارة تفقدية للمشاعر."
    quote = one(text)
    assert quote.kind == "indirect"
    assert quote.text == "المستشفيات جاهزة لموسم الحج"  # ends at the clause, not at "بعد زيارة"
    assert speaker_name(quote) == "فهد الجلاجل"


def test_indirect_clause_runs_to_sentence_end_not_further():
    text = (
        "وأوضح المتحدث الرسمي للمديرية العقيد محمد القحطاني أن الحادث وقع فجرا، على الرغم من "
        "الإجراءات المشددة. وكانت فرق الإسعاف قد وصلت بعد دقائق."
    )
    quote = one(text)
    assert quote.text == "الحادث وقع فجرا، على الرغم من الإجراءات المشددة"


def test_mixed_statement_and_pronoun_complementizer():
    mixed = one("قال رئيس الوزراء إن المفاوضات حققت «تقدما ملموسا» في الملفات العالقة.")
    assert mixed.kind == "mixed"
    assert mixed.text == "المفاوضات حققت «تقدما ملموسا» في الملفات العالقة"
    pronoun = one("وقال الوزير سامي العبيدي إنه «لا مجال للتراجع عن الإصلاحات»، ثم غادر القاعة.")
    assert pronoun.kind == "mixed" and pronoun.text == "لا مجال للتراجع عن الإصلاحات"


@pytest.mark.parametrize(
    "participle, link, kind, content",
    [
        ("قائلا", " ", "direct", "الأسعار ستستقر قريبا"),
        ("مضيفا", " أن ", "indirect", "الأسعار ستستقر قريبا"),
        ("مشيرا", " إلى أن ", "indirect", "الأسعار ستستقر قريبا"),
        ("مؤكدا", " أن ", "indirect", "الأسعار ستستقر قريبا"),
        ("محذرا", " من أن ", "indirect", "الأسعار ستستقر قريبا"),
    ],
)
def test_participle_cues_take_the_sentence_speaker(participle, link, kind, content):
    body = f"«{content}»" if kind == "direct" else content
    text = f"وأشاد وزير التجارة ماجد القصبي بجهود المراقبين، {participle}{link}{body}."
    quote = one(text)
    assert quote.kind == kind and quote.text == content and quote.cue.text == participle
    assert speaker_name(quote) == "ماجد القصبي"


def test_welcoming_participle_with_quotation_after_bi():
    text = "وقال الوزير أحمد الخطيب إن «الموسم ناجح»، مرحّبا بـ”الأرقام القياسية للزوار هذا العام”."
    _first, second = quotes_of(text)
    assert second.cue.text == "مرحّبا" and second.kind == "direct"
    assert second.text == "الأرقام القياسية للزوار هذا العام"
    assert speaker_name(second) == "أحمد الخطيب"


# --------------------------------------------------------------------------------------------
# Speakers


def test_speaker_before_the_verb_and_role_alone_resolved():
    text = (
        "التقى وزير الخارجية عادل الجبير نظيره البريطاني في لندن.\n\n"
        "والجبير قال إن المحادثات كانت مثمرة.\n\n"
        "وأكد الوزير أن المملكة تدعم الحل السياسي."
    )
    before, role = quotes_of(text)
    assert speaker_name(before) == "عادل الجبير" and before.speaker.mention.text == "والجبير"
    assert speaker_name(role) == "عادل الجبير"


def test_implicit_subjects_resolve_to_the_right_earlier_speaker():
    text = (
        "وقالت وزارة الداخلية في بيان إن الطرق مغلقة بسبب السيول.\n\n"
        "وقال مدير الدفاع المدني اللواء سليمان العمرو إن فرق الإنقاذ في الميدان.\n\n"
        "وأضاف أن المراكز جاهزة لاستقبال المتضررين.\n\n"
        "وأضافت الوزارة أن الحركة ستعود تدريجيا."
    )
    ministry, _director, added_he, added_she = quotes_of(text)
    assert ministry.speaker.type == "organization" and speaker_name(ministry) == "وزارة الداخلية"
    assert speaker_name(added_he) == "سليمان العمرو" and added_he.speaker.mention is None
    assert speaker_name(added_she) == "وزارة الداخلية"


def test_pronoun_subject_after_lakinnahu():
    text = "وشدد الرئيس الفرنسي إيمانويل ماكرون على أن الحوار ضروري، لكنه قال إنه لن يقبل بالتهديد."
    first, second = quotes_of(text)
    assert speaker_name(first) == speaker_name(second) == "إيمانويل ماكرون"
    assert first.text == "الحوار ضروري"


def test_dual_speakers_give_one_record_each():
    text = "وأكد وزيرا الخارجية السعودي فيصل بن فرحان والمصري سامح شكري أن التنسيق بين البلدين مستمر."
    first, second = quotes_of(text)
    assert {speaker_name(first), speaker_name(second)} == {"فيصل بن فرحان", "سامح شكري"}
    assert first.text == second.text == "التنسيق بين البلدين مستمر"


def test_a_list_of_bodies_set_off_by_commas_gives_one_record_each():
    text = "وأعلنت جبهة النصرة، وحركة أحرار الشام، والجيش الحر، عن بدء معارك جديدة في ريف حماة الشمالي."
    found = quotes_of(text)
    assert [speaker_name(q) for q in found] == ["جبهة النصرة", "حركة أحرار الشام", "الجيش الحر"]
    assert {q.text for q in found} == {"بدء معارك جديدة في ريف حماة الشمالي"}
    text = "وأكد الاتحاد الأوروبي، ووزارة الخارجية الأمريكية، والحكومة الروسية، أن الحل السياسي وحيد."
    assert [speaker_name(q) for q in quotes_of(text)] == [
        "الاتحاد الأوروبي",
        "وزارة الخارجية الأمريكية",
        "الحكومة الروسية",
    ]
    # an aside on the body, a name with و inside it, a name in commas that begins with و: one speaker
    assert (
        speaker_name(one("وأكدت وزارة الصحة، والتي تشرف على المستشفيات، أن البرنامج سيطلق قريبا."))
        == "وزارة الصحة"
    )
    text = "وأكدت وزارة العمل والتنمية الاجتماعية، أن البرنامج سيطلق الشهر المقبل."
    assert speaker_name(one(text)) == "وزارة العمل والتنمية الاجتماعية"
    assert (
        len(quotes_of("وأضاف مدير إدارة الترجمة، وليد الحربي، أن كل مترجم التزم بتقديم رسالة ترحيبية.")) == 1
    )


def test_a_repeated_title_or_person_noun_opens_the_next_speaker():
    text = "وقال المواطن محمد العلي والمواطن سالم الحربي إن الخدمة تأخرت."
    assert [speaker_name(q) for q in quotes_of(text)] == ["محمد العلي", "سالم الحربي"]
    text = "وقال المهندس محمد العلي والدكتور سالم الحربي إن الخدمة تأخرت."
    assert [speaker_name(q) for q in quotes_of(text)] == ["محمد العلي", "سالم الحربي"]
    # one title and a name with و inside the body's name: one speaker
    text = "وقال مدير إدارة التعليم والتدريب محمد العلي إن الخدمة تأخرت."
    assert speaker_name(one(text)) == "محمد العلي"


def test_dual_subject_after_qad_and_before_a_dual_verb():
    # "وقد قال": قد before the verb is no noun the verb would describe
    quote = one("وقد قال المتهمان إنهما لم يرتكبا أي جريمة خلال الأحداث.")
    assert (quote.cue.text, speaker_name(quote)) == ("قال", "المتهمان")
    # "وكان المتهمان قد قالا": a lone definite dual before its dual verb; not a singular verb's noun
    assert speaker_name(one("وكان المتهمان قد قالا إنهما لم يرتكبا أي جريمة.")) == "المتهمان"
    assert speaker_name(one("وكان الإعلان قد أكد أن الشركة جاهزة.")) is None
    # "في حين كان X وY أشارا": the subject before a dual verb in a while-clause, one record each
    text = "في حين كان مصدر طبي ومصدر محلي أشارا إلى أن القافلة وصلت إلى الميناء مساء."
    assert [speaker_name(q) for q in quotes_of(text)] == ["مصدر طبي", "مصدر محلي"]


def test_a_verbal_noun_after_the_verbs_preposition_opens_the_statement():
    quote = one("وأعلنت الحكومة عن بدء المرحلة الثانية من المشروع.")
    assert (speaker_name(quote), quote.text) == ("الحكومة", "بدء المرحلة الثانية من المشروع")
    # a bare verb after a fronted adjunct is a passive: nobody's statement
    text = "وقال الوزير إن الجيش تقدم. وفي الفترة نفسها، أعلن عن بدء معارك جديدة في الشمال."
    assert [q.cue.text for q in quotes_of(text)] == ["وقال"]


def test_groups_organisations_and_unnamed_sources():
    group = one("وأعلن الفلسطينيون والإسرائيليون أنهم سيستأنفون المفاوضات الشهر المقبل.")
    assert group.speaker.type == "group"
    org = one("وقال البيت الأبيض إن الرئيس سيزور المنطقة قريبا.")
    assert org.speaker.type == "organization" and speaker_name(org) == "البيت الأبيض"
    unnamed = one("وقال مصدر مسؤول في وزارة الخارجية إن الاجتماع تأجل إلى الأسبوع المقبل.")
    assert unnamed.speaker.type == "unnamed" and speaker_name(unnamed).startswith("مصدر مسؤول")
    sources = one("وذكرت مصادر دبلوماسية أن الوفد سيصل غدا.")
    assert sources.speaker.type == "unnamed"


def test_relayed_statement_names_the_source_and_the_medium():
    quote = one("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن العقوبات ستبقى سارية حتى نهاية العام.")
    assert quote.speaker.type == "unnamed" and speaker_name(quote) == "مسؤول أمريكي"
    assert quote.via is not None and "رويترز" in quote.via.name
    assert quote.text == "العقوبات ستبقى سارية حتى نهاية العام"


def test_nominal_attributions():
    after = one("ارتفع عدد الزوار إلى مليوني زائر، بحسب الهيئة العامة للسياحة.")
    assert after.cue.text == "بحسب" and after.text == "ارتفع عدد الزوار إلى مليوني زائر"
    before = one("ووفقا لوزارة الصحة، فإن نسبة التطعيم تجاوزت تسعين في المئة.")
    assert before.text == "نسبة التطعيم تجاوزت تسعين في المئة" and before.speaker.type == "organization"


def test_nominal_attribution_to_a_source_named_in_marks():
    quote = pipeline_quote('وبحسب "رويترز"، فإن الزعماء الأوروبيين قلقون من تزايد الخلافات بين الأعضاء.')
    assert quote.cue.text == "وبحسب" and "رويترز" in speaker_name(quote)
    assert quote.text == "الزعماء الأوروبيين قلقون من تزايد الخلافات بين الأعضاء"
    # a longer stretch in marks after بحسب is a statement, not a source's name
    assert pipeline_speakers('وبحسب "ما جرى في المدينة أمس من أحداث مؤسفة"، فإن الوضع هادئ.') == []


def test_nominal_attribution_to_the_same_source_again():
    text = (
        "وقال ضابط كبير في الجيش إن الجنود أصيبوا في الاشتباك. "
        "وبحسب الضابط نفسه فإن الجيش لم يقدم أي سلاح للمسلحين."
    )
    assert pipeline_speakers(text) == [("وقال", "ضابط كبير في الجيش"), ("وبحسب", "ضابط كبير في الجيش")]
    # no earlier quotation: "نفسه" points back to nobody
    assert pipeline_speakers("وبحسب الضابط نفسه فإن الجيش لم يقدم أي سلاح للمسلحين.") == []


def test_nominal_attribution_before_an_takes_the_clause_after_it():
    quote = pipeline_quote("لكن الجديد في الأمر بحسب مصادر مطلعة أن الوزير طلب دراسة الملف من جديد.")
    assert quote.cue.text == "بحسب" and quote.text == "الوزير طلب دراسة الملف من جديد"
    # no أن after the source: the words before it are the statement
    quote = pipeline_quote("ارتفعت أسعار الأرز خلال الشهر الماضي بحسب مصادر مطلعة.")
    assert quote.text == "ارتفعت أسعار الأرز خلال الشهر الماضي"


def test_nominal_attribution_inside_a_clause_takes_the_rest_of_it():
    # the source interrupts a clause begun just before it: the statement is what follows the source
    said = "وقالت الشرطة إن ثلاثة أشخاص قتلوا في الانفجار. "
    found = pipeline_quotes(said + 'ولم يعرف بحسب الشرطة، "ما إذا كان القتلى من المدنيين أم من المسلحين".')
    assert found[-1][0] == "بحسب" and found[-1][2] == "ما إذا كان القتلى من المدنيين أم من المسلحين"
    quote = pipeline_quote("وتراجع الأسعار سببه وفقا للخبراء استمرار الدول المنتجة في زيادة إنتاجها.")
    assert quote.text == "استمرار الدول المنتجة في زيادة إنتاجها"
    # a whole statement before the source, or a new clause after it: the words before it
    quote = pipeline_quote("وقتل عشرون شخصا وأصيب آخرون بجروح بحسب حصيلة أعلنتها الشرطة أمس.")
    assert quote.text == "قتل عشرون شخصا وأصيب آخرون بجروح"  # (و the conjunction: وقتل is not وقت)
    quote = pipeline_quote("ولم يتم تأكيد الزيارة بحسب الوزارة، ويزور الوزير باريس غدا.")
    assert quote.text == "لم يتم تأكيد الزيارة"
    # a plan or a need cited is nobody's statement
    assert pipeline_quotes("وتوزع المساعدات بحسب الحاجة على الأسر المتضررة في القرى.") == []


def test_nominal_attribution_opening_a_clause_after_a_comma():
    quote = pipeline_quote(
        "وأغلقت المدارس في المدينة أمس، وبحسب وزارة التعليم فإن الدراسة ستستأنف الأسبوع المقبل."
    )
    assert quote.cue.text == "وبحسب" and quote.text == "الدراسة ستستأنف الأسبوع المقبل"
    # without its conjunction the attribution closes the clause before it
    quote = pipeline_quote("ونفى المتحدث ذلك في وقت لاحق، حسبما ذكرت الوكالة.")
    assert quote.text == "نفى المتحدث ذلك في وقت لاحق"


def test_a_fronted_source_then_its_clause_without_fa_inna():
    # the source's name, then the statement's own verb or particle: the clause after it
    quote = pipeline_quote("وبحسب مصادر مطلعة تعتزم الحكومة رفع أسعار الوقود الشهر المقبل.")
    assert speaker_name(quote) == "مصادر مطلعة"
    assert quote.text == "تعتزم الحكومة رفع أسعار الوقود الشهر المقبل"
    quote = pipeline_quote("وبحسب موقع الجزيرة لم تعلق وزارة الخارجية على هذه القضية.")
    assert quote.text == "لم تعلق وزارة الخارجية على هذه القضية"
    quote = pipeline_quote("وتبعا لوكالة العمل الاتحادية فإن فرص العمل تتزايد في قطاع الخدمات.")
    assert quote.cue.text == "وتبعا" and quote.text == "فرص العمل تتزايد في قطاع الخدمات"
    # a reporting verb after the source has its own frame: the paper only relays the lawyer
    found = pipeline_quotes("وبحسب صحيفة الرياض أوضح المحامي خالد العمر أن الحكم سينفذ خلال أسبوع.")
    assert [(cue, name) for cue, name, _ in found] == [("أوضح", "خالد العمر")]
    # a long phrase ran on over a verb no list knows: no statement is cut out of it
    assert pipeline_quotes("فوفق المصدر وجه أمين عام الحزب حسن الأحمد رسالة عاجلة للقيادة.") == []
    # a plan, a law or a need cited is nobody's statement; a comma after بحسب keeps "depending on"
    assert pipeline_quotes("ووفقا للقانون يحق للمواطن الاعتراض على القرار.") == []
    assert pipeline_quotes("ويتم التعيين وفقا للقانون المعمول به في الدولة.") == []
    assert pipeline_quotes("وبحسب الخطة تبدأ الأعمال في الموقع الشهر المقبل.") == []
    assert pipeline_quotes("وجاء ترتيب الفريق تبعا للنقاط التي جمعها في الدوري.") == []


def test_a_trailing_attribution_with_a_resumptive_pronoun():
    quote = pipeline_quote("وأصيب سبعة مزارعين في القصف، بحسب ما أفاد به المركز السوري لحقوق الإنسان.")
    assert quote.cue.text == "بحسب ما أفاد" and speaker_name(quote) == "المركز السوري لحقوق الإنسان"


def test_a_trailing_attribution_leaves_out_the_medium_told():
    quote = pipeline_quote("وأصيب عشرون شخصا في الانفجار، بحسب ما أفادت مصادر محلية وطبية لفرانس برس.")
    assert speaker_name(quote) == "مصادر محلية وطبية"
    # after وفقا the ل is the attribution's own: the agency is the source
    assert speaker_name(pipeline_quote("وارتفعت الأسعار في الأسواق، وفقا لوكالة رويترز.")) == "وكالة رويترز"


def test_a_writing_named_before_speaks_in_it_for_its_issuer():
    found = pipeline_quotes('وأصدرت وزارة الداخلية بيانا أمس، وجاء فيه: "إن الوزارة لن تتهاون مع المخالفين".')
    assert found == [("وجاء", "وزارة الداخلية", "إن الوزارة لن تتهاون مع المخالفين")]
    found = pipeline_quotes("وتداول ناشطون بيانا صادرا عن وزارة الدفاع جاء فيه: «نرفض الاعتداء على المدنيين»")
    assert found == [("جاء", "وزارة الدفاع", "نرفض الاعتداء على المدنيين")]
    # a name further back is not the writing's issuer
    text = "وقال الوزير خالد العمر إن الوضع مستقر، ونشرت الوزارة لاحقا على موقعها بيانا جاء فيه: «نطمئنكم»"
    assert [cue for cue, _, _ in pipeline_quotes(text)] == ["وقال"]
    # no writing before: a place "in it" reports nothing
    assert pipeline_quotes("وزار الوزير المعرض وجاء فيه عدد كبير من الزوار.") == []


def test_a_body_speaking_through_the_person_named_on_its_tongue():
    quote = pipeline_quote("وأعلنت الحكومة على لسان وزير الإعلام خالد العطية أن الانتخابات ستجرى في موعدها.")
    assert speaker_name(quote).endswith("خالد العطية") and quote.via is not None
    assert quote.text == "الانتخابات ستجرى في موعدها"
    # no على لسان: the body itself speaks
    quote = pipeline_quote("وأعلنت الحكومة في بيان أن الانتخابات ستجرى في موعدها.")
    assert speaker_name(quote) == "الحكومة" and quote.via is None


def test_participle_cue_with_an_honorific_pronoun_before_its_clause():
    said = "وأكد الأمير فيصل بن خالد أن المنطقة تشهد نهضة كبيرة، "
    found = pipeline_quotes(said + "لافتاً سموه إلى أن أهالي المنطقة سيرون ما يسرهم قريبا.")
    assert found[-1] == ("لافتاً", "فيصل بن خالد", "أهالي المنطقة سيرون ما يسرهم قريبا")
    # praise with بـ + noun after the honorific reports no statement
    assert len(pipeline_quotes(said + "مشيداً سموه بجهود العاملين في المشروع.")) == 1


def test_an_unclosed_quotation_ends_where_a_new_cue_opens_another():
    text = (
        'وقال المدرب: "المعنويات مرتفعة بين اللاعبين بعد الفوز الأخير. '
        'واضاف: "رأيت الإصرار والمسؤولية في أعين الجميع". وكان الفريق قد استهل معسكره.'
    )
    found = pipeline_quotes(text)
    assert [(cue, content) for cue, _, content in found] == [
        ("وقال", "المعنويات مرتفعة بين اللاعبين بعد الفوز الأخير"),
        ("واضاف", "رأيت الإصرار والمسؤولية في أعين الجميع"),
    ]
    # a verb inside the quotation, not opening a sentence, does not cut it: one quotation
    found = pipeline_quotes('وقال الوزير: "إن من قال "لا" للمشروع لم يقرأ تفاصيله".')
    assert len(found) == 1 and "للمشروع لم يقرأ تفاصيله" in found[0][2]


def test_verbal_noun_object_after_a_name_a_waw_initial_noun_or_before_ay():
    found = pipeline_quotes("أكدت جامعة حائل توقف التسجيل في برامج التعليم عن بعد اعتبارا من الفصل المقبل.")
    assert found == [("أكدت", "جامعة حائل", "توقف التسجيل في برامج التعليم عن بعد اعتبارا من الفصل المقبل")]
    found = pipeline_quotes("وأكدت قيادة التحالف وقف العمليات العسكرية في المحافظة.")
    assert found == [("وأكدت", "قيادة التحالف", "وقف العمليات العسكرية في المحافظة")]
    found = pipeline_quotes("ونفى المتحدث مقتل أي مدنيين في الهجوم.")
    assert found == [("ونفى", "المتحدث", "مقتل أي مدنيين في الهجوم")]
    # a title after the name is part of the speaker, not a verbal-noun object
    found = pipeline_quotes("أكد محمد العلي رئيس الجمعية الخيرية أن التبرعات زادت هذا العام.")
    assert [content for _, _, content in found] == ["التبرعات زادت هذا العام"]


def test_verbal_noun_of_an_event_right_after_the_verb_opens_the_statement():
    said = "وأكد المتحدث باسم الشرطة سعيد المالكي أن التحقيق مستمر. "
    found = pipeline_quotes(said + "ونفى مقتل أي مدنيين في المداهمة التي نفذتها الدورية.")
    assert found[-1] == ("ونفى", "سعيد المالكي", "مقتل أي مدنيين في المداهمة التي نفذتها الدورية")
    # inside the speaker phrase the same noun is part of a title, not the statement
    found = pipeline_quotes("وأكد مدير إدارة تسجيل الشركات سعيد المالكي أن الطلبات زادت هذا العام.")
    assert found == [("وأكد", "سعيد المالكي", "الطلبات زادت هذا العام")]


def test_possessed_verbal_noun_object_states_what_the_speaker_does():
    found = pipeline_quotes("وأعلن المدرب الإيطالي استقالته من تدريب الفريق بعد الخسارة.")
    assert found == [("وأعلن", "المدرب الإيطالي", "استقالته من تدريب الفريق بعد الخسارة")]
    found = pipeline_quotes("ونفى اللاعب البرازيلي دخوله في مفاوضات مع نادي الاتحاد.")
    assert found == [("ونفى", "اللاعب البرازيلي", "دخوله في مفاوضات مع نادي الاتحاد")]
    found = pipeline_quotes("وكشفت الهيئة العامة للسياحة عن تشغيلها 12 مركزا جديدا للزوار.")
    assert [content for _, _, content in found] == ["تشغيلها 12 مركزا جديدا للزوار"]
    # أفصح عن is كشف عن's synonym
    found = pipeline_quotes("وأفصحت الشركة عن نيتها في افتتاح فروع جديدة بالمنطقة الشرقية.")
    assert [content for _, _, content in found] == ["نيتها في افتتاح فروع جديدة بالمنطقة الشرقية"]
    # a possessed person or topic noun is no statement: "his son", "its list"
    assert pipeline_quotes("وأعلن الاتحاد قائمته للمباراة المقبلة.") == []
    assert pipeline_quotes("وأكد الرئيس نائبه في منصبه.") == []
    found = pipeline_quotes("وأكد المدرب الجديد سعادته بتدريب الفريق.")
    assert [content for _, _, content in found] == ["سعادته بتدريب الفريق"]


def test_derived_verbal_noun_before_an_indefinite_noun_opens_the_statement():
    found = pipeline_quotes("وأعلنت الشركة توزيع أرباح نقدية على المساهمين عن الربع الثاني.")
    assert found == [("وأعلنت", "الشركة", "توزيع أرباح نقدية على المساهمين عن الربع الثاني")]
    found = pipeline_quotes("وأعلن محافظ المنطقة تقديم هدايا تذكارية لزوار المهرجان.")
    assert [content for _, _, content in found] == ["تقديم هدايا تذكارية لزوار المهرجان"]
    # a noun that is not a verbal noun before an indefinite noun is no statement
    assert pipeline_quotes("وأعلن الوزير أسماء فائزين جدد في المسابقة.") == []
    # an accusative (tanween) verbal noun heads no construct: no statement
    assert pipeline_quotes("وأعلن المدير تطويرا كبيرا للخدمات.") == []


def test_two_coordinated_persons_give_one_record_each():
    found = pipeline_quotes("وقال عادل الجبير وسيرجي لافروف إنهما بحثا تعزيز التعاون بين البلدين.")
    assert [speaker for _, speaker, _ in found] == ["عادل الجبير", "سيرغي لافروف"]
    # a person and what is his ("ووفده") is one speaker
    assert len(pipeline_quotes("وقال عادل الجبير ووفده إنهم بحثوا تعزيز التعاون بين البلدين.")) == 1


def test_verbal_noun_object_after_the_place_or_short_name_of_the_speaker():
    found = pipeline_quotes("وأعلنت الشرطة في العراق مقتل 30 مسلحا خلال الأسبوع الماضي.")
    # (the body keeps the place it serves, as before إن: "النيابة العامة في دبي" in the gold sets)
    assert found == [("وأعلنت", "الشرطة في العراق", "مقتل 30 مسلحا خلال الأسبوع الماضي")]
    found = pipeline_quotes("وأعلنت بعثة الأمم المتحدة في العراق “يونامي” مقتل 30 مدنيا خلال الأسبوع الماضي.")
    assert [content for _, _, content in found] == ["مقتل 30 مدنيا خلال الأسبوع الماضي"]
    # a state declared (a definite construct after the place) is no reported statement
    assert pipeline_quotes("وأعلنت السلطات في كابول حالة التأهب القصوى.") == []
    # a name in marks inside a title is followed by the person, not by the object
    found = pipeline_quotes("وأكد مدير مهرجان “الجنادرية” سعيد العمري أن الفعاليات ستبدأ غدا.")
    assert found == [("وأكد", "سعيد العمري", "الفعاليات ستبدأ غدا")]


def test_according_to_a_source_then_a_comma_opens_the_statement():
    found = pipeline_quotes("ووفقا لوزارة الصحة، ارتفع عدد الإصابات المسجلة إلى مئة حالة.")
    assert found == [("ووفقا", "وزارة الصحة", "ارتفع عدد الإصابات المسجلة إلى مئة حالة")]
    # بحسب (also "depending on") opening its sentence takes the verbal clause after its source's comma
    # (round 37: the read half's gold counts "وحسب موقع …، أثارت …"), not a thing it depends on;
    # a rule cited is nobody's statement
    found = pipeline_quotes("بحسب وزارة الصحة، ارتفع عدد الإصابات المسجلة إلى مئة حالة.")
    assert found == [("بحسب", "وزارة الصحة", "ارتفع عدد الإصابات المسجلة إلى مئة حالة")]
    assert pipeline_quotes("بحسب حجم الشحنة، ترتفع رسوم النقل إلى مئة ريال.") == []
    assert pipeline_quotes("ووفقا للقرار، يحق للموظف الحصول على إجازة مدفوعة.") == []


def test_nominal_attribution_to_a_bodys_saying():
    said = "وارتفعت أسعار الأرز بنسبة 10 في المئة خلال الشهر الماضي، حسب تأكيد "
    quote = pipeline_quote(said + "وزارة التجارة التي حثت المستهلكين على الإبلاغ.")
    assert speaker_name(quote) == "وزارة التجارة"
    assert quote.text == "ارتفعت أسعار الأرز بنسبة 10 في المئة خلال الشهر الماضي"
    # a saying that names nobody who could say it attributes nothing
    assert pipeline_speakers(said + "الأرقام الرسمية.") == []


def test_nominal_attribution_to_a_sources_estimates_or_view():
    said = "وقال الجيش الأردني إن الحدود الشمالية تشهد هدوءا حذرا. "
    found = pipeline_quotes(said + "وبحسب تقديرات الجيش فإن عدد المتسللين تراجع إلى النصف هذا العام.")
    assert found[-1] == ("وبحسب", "الجيش الأردني", "عدد المتسللين تراجع إلى النصف هذا العام")
    said = "وقال الوزير سالم الهاشمي إن المفاوضات ستستأنف الأسبوع المقبل. "
    found = pipeline_quotes(said + "وبحسب رأيه فإن الحل السياسي هو المخرج الوحيد من الأزمة.")
    assert found[-1] == ("وبحسب", "سالم الهاشمي", "الحل السياسي هو المخرج الوحيد من الأزمة")
    # estimates that name no body, or a pronoun with no quotation before it, attribute nothing
    assert pipeline_speakers("وبحسب تقديرات أولية فإن الخسائر تجاوزت مليون دولار.") == []
    assert pipeline_speakers("وبحسب رأيه فإن الحل السياسي هو المخرج الوحيد من الأزمة.") == []


def test_nominal_attribution_by_a_pronoun_to_the_last_speaker():
    said = "وقال قائد الشرطة فهد الزهراني إن الدوريات انتشرت في الأحياء. "
    found = pipeline_quotes(said + "وبحسبه فإن الحملة ستستمر حتى نهاية الشهر الجاري.")
    assert found[-1] == ("وبحسبه", "فهد الزهراني", "الحملة ستستمر حتى نهاية الشهر الجاري")
    # no فإن after it, or no speaker before it in the paragraph: no quotation
    assert len(pipeline_quotes(said + "وبحسبه انتشرت الدوريات في الأحياء منذ الصباح.")) == 1
    assert pipeline_quotes("وبحسبه فإن الحملة ستستمر حتى نهاية الشهر الجاري.") == []


def pipeline_quote(text: str):
    """The one quotation of a text after the whole pipeline (entities included)."""
    from rasid.pipeline import Options, process

    found = process(Article(id="t", raw=text), Options()).quotes
    assert len(found) == 1, [(q.cue.text, q.text) for q in found]
    return found[0]


def test_unresolvable_speaker_is_null_with_low_confidence():
    quote = one("وأضاف أن الأسعار ستنخفض في الربع الأخير من العام.")
    assert quote.speaker is None and quote.confidence <= 0.3


def test_entities_link_speakers_when_present():
    from rasid.model import Entity

    text = "وقال ولي العهد الأمير محمد بن سلمان إن المملكة ماضية في رؤيتها."
    start = text.index("محمد")
    entity = Entity(
        start, start + len("محمد بن سلمان"), "محمد بن سلمان", "PER", "e7", "محمد بن سلمان آل سعود"
    )
    article = quotes_stage(Article(id="t", text=text, entities=(entity,)))
    (quote,) = article.quotes
    assert quote.speaker.entity_id == "e7" and quote.speaker.name == "محمد بن سلمان آل سعود"


# --------------------------------------------------------------------------------------------
# Negatives


@pytest.mark.parametrize(
    "text",
    [
        "يذكر أن المعرض يستمر حتى نهاية الشهر الجاري.",
        "ويشار إلى أن الوزارة أطلقت الحملة العام الماضي.",
        "وتبين أن السائق كان يقود بسرعة عالية.",
        # (a bare verbal noun after أعلن is a statement since the quotes_test11 header, see
        # test_a_bare_verbal_noun_object_of_announced_is_a_statement; a list named is none)
        "وأعلنت الوزارة أسماء الفائزين بالجائزة.",
        "ومن المتوقع أن تنخفض درجات الحرارة غدا في المنطقة الشرقية.",
        "ويتوقع أن يصل عدد الحجاج إلى مليوني حاج هذا العام.",
        "وعقد الاجتماع بين الجانبين في مقر الوزارة بحضور عدد من المسؤولين.",
    ],
)
def test_no_quotation_where_nobody_speaks(text):
    assert quotes_of(text) == []


def test_quote_marks_helper_pairs_and_bounds():
    text = "قال «أ ب ج» ثم «د هـ"
    marks, warnings = find_quote_marks(text, [(0, len(text))])
    assert [text[m.start : m.end] for m in marks] == ["أ ب ج", "د هـ"]
    assert len(warnings) == 1 and not marks[1].balanced


def test_every_span_slices_the_text():
    text = "وقال وزير الإعلام سلمان الدوسري لـ«الرياض»: «الإعلام شريك في التنمية». وأضاف أن الخطة جاهزة."
    quotes, _ = extract_quotes(Article(id="t", text=text))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text


# --------------------------------------------------------------------------------------------
# The shared sample, the CLI and the evaluation script


def test_sample_article_matches_its_gold(sample_raw):
    from rasid.pipeline import Options, process

    gold = sample_gold()
    article = process(Article(id=SAMPLE_ID, raw=sample_raw), Options())
    assert len(article.quotes) == len(gold) == 15
    for record, quote in zip(gold, article.quotes, strict=True):
        assert quote.text == " ".join(record["content"].split())
        assert quote.kind == record["kind"]
        assert quote.cue.text == record["cue"]
        assert quote.speaker is not None
        assert normalize(quote.speaker.name).split()[-1] == normalize(record["speaker"]).split()[-1]
        assert quote.speaker.type == record["speaker_type"]


def test_cli_prints_who_said_what(sample_path, capsys):
    from rasid.cli import main

    assert main(["quotes", str(sample_path), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 15
    assert rows[-1]["speaker"].endswith("ترامب") and rows[-1]["cue"] == "ويقول"
    assert main(["quotes", str(sample_path)]) == 0
    table = capsys.readouterr().out
    assert "بيسكوف" in table and "| direct" in table


def test_cli_reports_bad_input_and_goes_on(tmp_path, sample_path, capsys):
    from rasid.cli import main

    assert main(["quotes", str(tmp_path / "missing.txt"), str(sample_path), "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    assert "E101" in err
    assert out.count("\n") == 16  # header + 15 rows


def test_eval_script_scores_the_sample(sample_path):
    gold = shared_path("gold", f"{SAMPLE_ID}.quotes.jsonl")
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks/quotes_eval.py"), str(gold), str(sample_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "| detection (overlap ≥ ½ shorter) | 1.000 | 1.000 | 1.000 |" in result.stdout
    assert "Speaker accuracy over matched quotations: **1.000**" in result.stdout
    # speaker accuracy per gold speaker type: the sample's 15 are 14 persons and one group
    assert "| person | 14 | 14 (1.000) |" in result.stdout
    assert "| group | 1 | 1 (1.000) |" in result.stdout


def test_eval_breaks_speaker_accuracy_down_by_gold_speaker_type():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import quotes_eval

    def item(speaker: str, start: int, speaker_type: str = "") -> quotes_eval.Item:
        span = (start, start + 5)
        return quotes_eval.Item("d", "indirect", speaker, *span, "نص", "قال", speaker_type=speaker_type)

    gold = [item("سامي العويضي", 0, "person"), item("صحيفة الشروق", 10, "organization")]
    predicted = [item("العويضي", 0), item("الشروق المصرية", 10)]  # a paper's nationality run on: wrong
    figures = quotes_eval.score(gold, predicted)
    assert figures["by_speaker_type"] == {"organization": (1, 0), "person": (1, 1)}
    assert quotes_eval.score(gold, [])["by_speaker_type"] == {}


def test_eval_scores_a_second_annotation_against_the_first(sample_path, tmp_path):
    gold = shared_path("gold", f"{SAMPLE_ID}.quotes.jsonl")
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    # a second annotator who missed the last quotation and named another speaker for the first
    second = [dict(records[0], speaker="مراسل الوكالة"), *records[1:-1]]
    other = tmp_path / "second.jsonl"
    other.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in second) + "\n", encoding="utf-8")
    command = [sys.executable, str(REPO / "benchmarks/quotes_eval.py"), str(gold), str(sample_path)]
    result = subprocess.run([*command, "--against", str(other)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "15 gold quotations, 14 predicted, 14 matched" in result.stdout
    assert "Speaker accuracy over matched quotations: **0.929**" in result.stdout
    missing = subprocess.run(
        [*command, "--against", str(tmp_path / "none.jsonl")], capture_output=True, text=True, timeout=120
    )
    assert missing.returncode == 1 and "E101" in missing.stderr


def test_eval_scores_an_article_the_header_lists_as_holding_no_quotation(sample_path, tmp_path):
    gold = shared_path("gold", f"{SAMPLE_ID}.quotes.jsonl")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / sample_path.name).write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    # a second article that the (made-up) annotator judged quotation-free, where rasid finds one
    (folder / "council_note.txt").write_text(
        "قال رئيس البلدية خالد العتيبي إن مشروع الطرق سيكتمل في العام المقبل.\n",
        encoding="utf-8",
    )
    listed = tmp_path / "listed.jsonl"
    listed.write_text("# No quotations: council_note\n" + gold.read_text(encoding="utf-8"), encoding="utf-8")
    command = [sys.executable, str(REPO / "benchmarks/quotes_eval.py")]
    result = subprocess.run([*command, str(listed), str(folder)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "15 gold quotations, 16 predicted, 15 matched" in result.stdout  # the false one counts
    unlisted = subprocess.run([*command, str(gold), str(folder)], capture_output=True, text=True, timeout=120)
    assert "15 gold quotations, 15 predicted, 15 matched" in unlisted.stdout  # the article is not read


def test_eval_diagnostic_tells_a_cut_name_from_another_speaker():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import quotes_eval

    def item(speaker: str | None) -> quotes_eval.Item:
        return quotes_eval.Item("d", "indirect", speaker, 0, 5, "نص", "قال")

    gold = item("بعثة الأمم المتحدة في العراق")
    assert quotes_eval.same_name_other_extent(gold, item("بعثة الامم المتحدة"))
    assert not quotes_eval.same_speaker(gold, item("بعثة الامم المتحدة"))  # still counted wrong
    assert not quotes_eval.same_name_other_extent(gold, item("وزارة الخارجية"))
    assert not quotes_eval.same_name_other_extent(gold, item(None))
    # a right speaker is no extent error
    assert not quotes_eval.same_name_other_extent(item("سامي العويضي"), item("العويضي"))


def test_eval_family_name_joins_abd_and_abu_compounds():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import quotes_eval

    # papers write a compound name in عبد/أبو with and without the space
    assert quotes_eval.family("هشام عبد الحميد") == quotes_eval.family("عبدالحميد")
    assert quotes_eval.family("أبو يوسف") == quotes_eval.family("ابويوسف")
    # the word after عبد alone is another name
    assert quotes_eval.family("هشام عبد الحميد") != quotes_eval.family("الحميد")
    assert quotes_eval.family("سالم العبد") == "عبد"


def test_eval_counts_right_speakers_per_confidence_band():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import quotes_eval

    def pair(gold: str, pred: str | None, confidence: float) -> tuple:
        g = quotes_eval.Item("d", "indirect", gold, 0, 5, "نص", "قال")
        p = quotes_eval.Item("d", "indirect", pred, 0, 5, "نص", "قال", confidence)
        return g, p

    pairs = [
        pair("سامي العويضي", "العويضي", 0.95),
        pair("سامي العويضي", "هيئة الطيران", 0.92),
        pair("وزارة الصحة", "وزارة الصحة", 0.75),
        pair("مصدر مسؤول", None, 0.3),
    ]
    bands = quotes_eval.confidence_bands(pairs)
    assert bands == [(0.9, 2, 1), (0.7, 1, 1), (0.5, 0, 0), (0.0, 1, 0)]


def test_names_that_look_like_titles_or_objects():
    honorific = one("وقال الدكتور المغامس إن الاختبارات ستعقد إلكترونيا.")
    assert speaker_name(honorific) == "المغامس"
    quoted = one("وأشار «الباز» إلى أن الكتب وصلت إلى المدارس.")
    assert speaker_name(quoted) == "الباز" and quoted.text == "الكتب وصلت إلى المدارس"
    text = (
        "وقالت بعثة الأمم المتحدة لمساعدة العراق (يونامي) إن العنف تراجع. وأوضحت (يونامي) أن الأرقام أولية."
    )
    first, second = quotes_of(text)
    assert speaker_name(first) == speaker_name(second) == "بعثة الأمم المتحدة لمساعدة العراق"


def test_colon_at_paragraph_end_and_honorific_pronoun():
    text = (
        "رفع وزير الخدمة المدنية خالد بن عبدالله العرج التعازي إلى ذوي الضحايا يوم أمس.\n\n"
        "وقال معاليه في تصريح صحفي:\n\n"
        "«إن هذه الجريمة لن تزيد الشعب إلا تماسكا مع قيادته»."
    )
    quote = one(text)
    assert quote.kind == "direct" and quote.text.startswith("إن هذه الجريمة")
    assert speaker_name(quote) == "خالد بن عبدالله العرج"


def test_adverbial_participle_and_adjunct_before_the_speaker():
    joking = one("وقال الوزير جون كيري مازحا في بداية الاجتماع «هذه العصا لها تاريخ طويل».")
    assert speaker_name(joking) == "جون كيري" and joking.text == "هذه العصا لها تاريخ طويل"
    paper = one(
        "وأوضح لـ«عكاظ» المتحدث الإعلامي للجوازات النقيب عبدالرحمن الأسمري، أن العمل مستمر طوال الأسبوع."
    )
    assert speaker_name(paper) == "عبدالرحمن الأسمري" and paper.text == "العمل مستمر طوال الأسبوع"
    plain = one("وقال المواطن محمد اليامي: نحن على استعداد تام لتقديم أنفسنا، مؤكدا حبه للوطن.")
    assert plain.kind == "direct" and plain.text == "نحن على استعداد تام لتقديم أنفسنا"


def test_an_extractor_fault_costs_one_article_not_the_run(monkeypatch):
    import rasid.extract.quotes as quotes_module

    def broken(article):
        raise IndexError("list index out of range")

    monkeypatch.setattr(quotes_module, "extract_quotes", broken)
    article = quotes_stage(Article(id="odd", text="وقال الوزير إن الخطة جاهزة.", source="odd.txt"))
    assert article.quotes == ()
    assert article.warnings[-1].startswith("W_QUOTES_FAILED: odd.txt: IndexError")


# --------------------------------------------------------------------------------------------
# Second round: speaker resolution on unseen news (quotes_test3)


def _person(text: str, mention: str, canonical: str, entity_id: str, at: int = 0):
    from rasid.model import Entity

    start = text.index(mention, at)
    return Entity(start, start + len(mention), mention, "PER", entity_id, canonical)


def test_speaker_names_drop_junk_the_entity_canonical_name_carries():
    from rasid.extract.quotes import person_name

    text = "وأوضح المتحدث الرسمي النقيب سالم فهد العتيبي أن الفرق باشرت الحادث فور البلاغ."
    junk_tail = _person(text, "سالم فهد العتيبي", "سالم فهد العتيبي حادث", "p1")
    assert person_name(junk_tail) == "سالم فهد العتيبي"
    title_tail = _person(text, "سالم فهد العتيبي", "سالم فهد العتيبي وكيل", "p1")
    assert person_name(title_tail) == "سالم فهد العتيبي"
    clitic_tail = _person(text, "سالم فهد العتيبي", "سالم فهد العتيبي لـ", "p1")
    assert person_name(clitic_tail) == "سالم فهد العتيبي"
    # kept: a first name completed from elsewhere, and a lineage ending in a title-like word
    assert person_name(_person(text, "العتيبي", "سالم فهد العتيبي", "p1")) == "سالم فهد العتيبي"
    lineage = _person(text, "سالم فهد", "سالم فهد بن مساعد", "p1")
    assert person_name(lineage) == "سالم فهد بن مساعد"
    article = quotes_stage(Article(id="t", text=text, entities=(junk_tail,)))
    assert [q.speaker.name for q in article.quotes] == ["سالم فهد العتيبي"]


def test_a_kunya_mention_keeps_the_family_name_the_canonical_adds():
    from rasid.extract.quotes import person_name

    text = "وقال القيادي ابو مالك الشامي إن المفاوضات متعثرة، وأضاف ابو مالك أن الوسطاء غادروا."
    kunya = _person(text, "ابو مالك", "ابو مالك الشامي", "p1", at=30)
    assert person_name(kunya) == "ابو مالك الشامي"
    # a plain two-word mention still drops a tail the mention lacks
    assert person_name(_person(text, "مالك الشامي", "مالك الشامي حادث", "p1")) == "مالك الشامي"


def test_a_title_like_family_name_the_entity_took_alone_is_kept():
    from rasid.extract.quotes import person_name

    text = "وانتقد الكابتن عابد شيخ إدارة النادي، وقال شيخ إن الفريق يحتاج إلى دعم."
    assert person_name(_person(text, "شيخ", "عابد شيخ", "p1", at=20)) == "عابد شيخ"
    # a title the canonical adds after a mention that lacks it is still dropped
    assert person_name(_person(text, "عابد", "عابد وكيل", "p1")) == "عابد"


def test_first_name_alone_is_completed_from_the_full_name():
    found = quotes_of(
        "وقال وزير التجارة الجنرال سومتشاي برايوث إن بكين وافقت على الصفقة. "
        "وأوضح سومتشاي أن طوكيو أيضا ترغب في الشراء."
    )
    assert [speaker_name(q) for q in found] == ["سومتشاي برايوث", "سومتشاي برايوث"]


def test_addressee_after_the_verb_is_not_the_speaker():
    found = quotes_of("وكان الوزير أحمد الدوسري قد قال للملك سلمان أمام الصحافيين إن الزيارة ناجحة.")
    assert [speaker_name(q) for q in found] == ["أحمد الدوسري"]
    assert found[0].text == "الزيارة ناجحة"


def test_role_with_nationality_resolves_to_the_matching_person():
    text = (
        "استقبل الملك أمس جون سميث وزير الدفاع الأميركي. "
        "وحضر الاستقبال خالد العمر وزير الإعلام. "
        "وأكد الوزير الأميركي أن المباحثات ركزت على الأمن البحري."
    )
    ents = (_person(text, "جون سميث", "جون سميث", "p1"), _person(text, "خالد العمر", "خالد العمر", "p2"))
    article = quotes_stage(Article(id="t", text=text, entities=ents))
    assert [q.speaker.name for q in article.quotes] == ["جون سميث"]
    # without the nationality the latest minister is still the one meant
    plain = text.replace("وأكد الوزير الأميركي", "وأكد الوزير")
    ents = (_person(plain, "جون سميث", "جون سميث", "p1"), _person(plain, "خالد العمر", "خالد العمر", "p2"))
    article = quotes_stage(Article(id="t", text=plain, entities=ents))
    assert [q.speaker.name for q in article.quotes] == ["خالد العمر"]


def test_participle_takes_the_subject_of_an_earlier_verb_in_its_sentence():
    found = quotes_of(
        "ونقل المصابان إلى المستشفى، حيث أوضح المتحدث الرسمي للدوريات الرائد فهد السبيعي، "
        'قائلا: إن حالتهما مستقرة. وأضاف: "ننصح الجميع بعدم السباحة في المواقع الخطرة".'
    )
    assert [speaker_name(q) for q in found] == ["فهد السبيعي", "فهد السبيعي"]
    # an addressee after the earlier verb is not its subject
    found = quotes_of("وقدم الشكر للفارس سعد المري على أدائه، مؤكدا أن الجهود ستستمر.")
    assert [speaker_name(q) for q in found] != ["سعد المري"]


def test_fixed_object_after_the_verb_leaves_the_subject_implied():
    found = quotes_of(
        "وقال مدير المستشفى الدكتور سامي الحربي إن الحملة نجحت. ولفت الانتباه إلى أن الإقبال فاق التوقعات."
    )
    assert [speaker_name(q) for q in found] == ["سامي الحربي", "سامي الحربي"]


def test_topic_phrase_before_the_verb_is_not_the_speaker():
    found = quotes_of(
        'وقال المدرب خوان لوبيز إن الفريق جاهز. وعن تحضيرات لاعبيه للقاء قال: "جرى كل شيء وفق الخطة".'
    )
    assert [speaker_name(q) for q in found] == ["خوان لوبيز", "خوان لوبيز"]


def test_short_organisation_mention_is_the_organisation_named_before():
    found = quotes_of(
        "وأعلنت الهيئة العامة للإحصاء أن البطالة تراجعت. "
        "وأوضح الإحصاء أن عدد المشتغلين ارتفع. "
        "وأشارت الهيئة السعودية إلى أن البيانات ربعية."
    )
    assert [speaker_name(q) for q in found] == ["الهيئة العامة للإحصاء"] * 3
    # a word no earlier organisation bears stays as it is
    found = quotes_of("وأوضح المرصد أن الاشتباكات توقفت.")
    assert speaker_name(found[0]) != "الهيئة العامة للإحصاء"


def test_speaker_is_the_antecedent_of_a_relative_pronoun():
    found = quotes_of("وهذا ما أكده سكان القرية الذين قالوا إن الجنود انسحبوا من التلال.")
    assert "الجنود انسحبوا من التلال" in [q.text for q in found]
    quote = next(q for q in found if q.text == "الجنود انسحبوا من التلال")
    assert speaker_name(quote) == "سكان القرية"


def test_organisation_entity_without_a_head_noun_speaks():
    from rasid.model import Entity

    text = "وقالت “ميرسك” إنها ستعلق رحلاتها إلى الميناء. وأضافت أن القرار مؤقت."
    start = text.index("ميرسك")
    ent = Entity(start, start + len("ميرسك"), "ميرسك", "ORG", "o1", "ميرسك")
    article = quotes_stage(Article(id="t", text=text, entities=(ent,)))
    assert [(q.speaker.name, q.speaker.type) for q in article.quotes] == [("ميرسك", "organization")] * 2


def test_a_report_speaks_for_the_body_that_issued_it():
    found = quotes_of(
        "وأوضحت الدراسة أن الاقتصاد استفاد من الأزمة. "
        "وذكرت الدراسة التي نشرها معهد هامبورغ للأبحاث الاقتصادية أن الوفر تجاوز الكلفة. "
        "ولفت المعهد غير الربحي إلى أن دولا أخرى استفادت أيضا."
    )
    assert [speaker_name(q) for q in found] == ["معهد هامبورغ للأبحاث الاقتصادية"] * 3


def test_a_body_named_after_a_report_issues_it_only_when_introduced_as_its_issuer():
    # a body that merely occurs in what the report says is not its issuer
    for text, body in (
        (
            "وقال التقرير إن طرق الإمداد قطعت، وبات يفصل المسلحين عن المعبر موقع عسكري كبير.",
            "موقع عسكري كبير",
        ),
        (
            "وكشف التقرير أن المشاريع الجارية تشمل مبنى جديدا في مستشفى النساء بالدمام بسعة 300 سرير.",
            "مستشفى النساء بالدمام",
        ),
    ):
        assert body not in [speaker_name(q) for q in quotes_of(text)]
    # one the text names as the issuer still is
    found = quotes_of(
        "وأوضحت الدراسة أن نصف الطلاب يقرؤون يوميا. "
        "وبينت الدراسة التي نشرها معهد الدراسات التربوية أن القراءة تحسن التحصيل."
    )
    assert [speaker_name(q) for q in found] == ["معهد الدراسات التربوية"] * 2


def test_adverbs_and_possessed_verbal_nouns_are_not_speakers():
    found = quotes_of("وقال الوزير سعد الحربي إن العمل مستمر. وأكد أيضا أن المشروع سينجز قريبا.")
    assert [speaker_name(q) for q in found] == ["سعد الحربي", "سعد الحربي"]
    found = quotes_of("وقال المريض خالد العنزي إن علاجه توقف. وأكد الأطباء حاجته إلى عملية جراحية عاجلة.")
    assert all(speaker_name(q) != "حاجته" for q in found)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وأكد المهندس سامي خلاف على ضرورة قيام المحلات بواجبها.", "ضرورة قيام المحلات بواجبها"),
        (
            "وأشار المركز إلى ارتفاع الصادرات غير النفطية خلال الربع الثاني.",
            "ارتفاع الصادرات غير النفطية خلال الربع الثاني",
        ),
        ("وأكد المدرب خلال المؤتمر الصحفي، جاهزية فريقه للمباراة.", "جاهزية فريقه للمباراة"),
        (
            "ونفى المتحدث باسم الشرطة، صحة الأنباء المتداولة عن إغلاق المطار.",
            "صحة الأنباء المتداولة عن إغلاق المطار",
        ),
    ],
)
def test_statements_as_verbal_noun_objects(text, content):
    assert one(text).text == content


@pytest.mark.parametrize(
    "text",
    [
        "وأشار الوزير إلى الوضع في اليمن.",  # a definite topic, not a statement
        "وقال المواطن محمد اليامي إنه سعيد، مؤكدا حبه للوطن.",  # a feeling
    ],
)
def test_verbal_noun_objects_negatives(text):
    assert all(q.text != "الوضع في اليمن" and q.text != "حبه للوطن" for q in quotes_of(text))


def test_complementizer_later_in_the_clause_wins_over_a_verbal_noun():
    quote = one("ولفت الوزير على هامش المؤتمر إلى أن الخطة جاهزة.")
    assert quote.text == "الخطة جاهزة"


# --------------------------------------------------------------------------------------------
# Salience: a person introduced as a sentence's subject may be the implied speaker that follows


def pipeline_speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation, after the whole pipeline (entities included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, speaker_name(q)) for q in article.quotes]


PRINCE = "أكد الأمير فيصل بن خالد أمير منطقة عسير أن المنطقة تشهد نهضة تنموية شاملة. "


def test_subject_of_a_non_reporting_verb_becomes_the_implied_speaker():
    text = (
        PRINCE + "وتحدث وزير الصحة خالد الفالح عن الخطة الجديدة، "
        'وتابع قائلا "نحن ملتزمون بتحسين الخدمات". وقال معاليه إن الوزارة ستفتتح مستشفيات.'
    )
    assert pipeline_speakers(text) == [
        ("أكد", "فيصل بن خالد"),
        ("قائلا", "خالد الفالح"),
        ("وقال", "خالد الفالح"),
    ]
    opened = (
        PRINCE + "وافتتح مدير الشؤون الصحية الدكتور سعد الشهري الجناح الجديد. وأضاف أن الجناح سيستقبل المرضى."
    )
    assert pipeline_speakers(opened)[-1] == ("وأضاف", "سعد الشهري")


def test_honorific_pronoun_picks_the_candidate_whose_title_fits():
    text = (
        PRINCE + "وتحدث وزير الصحة خالد الفالح عن الخطة الجديدة. وقال معاليه إن الوزارة ستفتتح مستشفيات. "
        "وأضاف سموه أن المنطقة تستعد لموسم الصيف."
    )
    assert pipeline_speakers(text)[1:] == [("وقال", "خالد الفالح"), ("وأضاف", "فيصل بن خالد")]


def test_persons_in_objects_or_quotations_do_not_steal_the_speaker():
    minister = "قال وزير الصحة خالد الفالح إن الوزارة ستفتتح مستشفيات جديدة. "
    in_object = PRINCE + "وزار الأمير المستشفى برفقة مدير الصحة سعد الشهري. وأضاف أن المنطقة تستعد للصيف."
    assert pipeline_speakers(in_object)[-1] == ("وأضاف", "فيصل بن خالد")
    met = minister + "والتقى الوزير بالدكتور سعد الشهري مدير المستشفى. وأضاف أن العمل يسير بخطى ثابتة."
    assert pipeline_speakers(met)[-1] == ("وأضاف", "خالد الفالح")
    quoted = (
        'قال وزير الصحة خالد الفالح: "الدكتور سعد الشهري سيتولى الإشراف على المشروع". '
        "وأضاف أن العمل يسير بخطى ثابتة."
    )
    assert pipeline_speakers(quoted)[-1] == ("وأضاف", "خالد الفالح")


def test_a_family_name_that_is_also_a_role_word_stays_the_named_person():
    # الخطيب is a family name here, although خطيب ("preacher") is a role word; the entities stage
    # links it to the full name, and the speaker follows the entity.
    from rasid.pipeline import Options, process

    article = process(
        Article(
            id="t",
            raw="قال وزير النقل الأردني ماهر الخطيب إن الطريق الصحراوي سيفتتح قريبا.\n\n"
            "وأضاف الخطيب أن “أعمال الصيانة ستنتهي قبل الصيف”.",
        ),
        Options(),
    )
    assert [speaker_name(q) for q in article.quotes] == ["ماهر الخطيب", "ماهر الخطيب"]


def test_a_bare_role_without_a_person_entity_is_still_a_role():
    quote = one("قال الخطيب في خطبة الجمعة إن التسامح أساس المجتمع.")
    assert speaker_name(quote) != "ماهر الخطيب"


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير العراقي من جهته أن بغداد مستعدة لتبادل البيانات مع دول الجوار.",
        "وقالت المتحدثة باسم الوزارة من جانبها إن بغداد مستعدة لتبادل البيانات مع دول الجوار.",
    ],
)
def test_a_side_marker_after_the_speaker_stays_outside_the_content(text):
    quote = one(text)
    assert quote.text == "بغداد مستعدة لتبادل البيانات مع دول الجوار"


def test_warned_of_keeps_its_own_preposition_out_of_the_content():
    quote = one("وحذر الخبير الاقتصادي من أن ارتفاع الأسعار سيضغط على الأسر محدودة الدخل.")
    assert quote.text == "ارتفاع الأسعار سيضغط على الأسر محدودة الدخل"


# --------------------------------------------------------------------------------------------
# Fourth round: speakers split by side phrases, titles inside roles, openers, ambiguous cues


def test_an_adjective_ending_the_speaker_is_not_an_object():
    quote = one("وأكد وزير الموارد المائية من جهته أن السدود ممتلئة بالكامل.")
    assert speaker_name(quote) == "وزير الموارد المائية"
    assert quote.text == "السدود ممتلئة بالكامل"
    kept = one("وأكد الوزيران عزمهما على أن تعود السفارات إلى العمل.")  # a real object stays one
    assert kept.text.startswith("عزمهما")


def test_a_rank_and_name_after_a_place_in_the_role_phrase():
    text = (
        "وأوضح المتحدث الإعلامي للدفاع المدني بمنطقة جازان، المقدم يحيى بن سعيد القحطاني، "
        "بأن الفرق باشرت الحادث."
    )
    assert pipeline_speakers(text) == [("وأوضح", "يحيى بن سعيد القحطاني")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وقال مدير عام الهيئة العامة للسياحة في الطائف عبدالله السواط إن الهيئة طورت برنامج السوق.",
            "عبدالله السواط",
        ),
        (
            'وأوضح المشرف على برنامج "إحالتي" سليمان أحمد الشريع، أن البرنامج رصد 2835 حالة.',
            "سليمان أحمد الشريع",
        ),
        (
            "من جانبه، حذر مدير الإدارة د. كريم النعيمي من أن الأمطار ستستمر حتى نهاية الأسبوع.",
            "كريم النعيمي",
        ),
    ],
)
def test_the_person_closing_a_long_role_phrase_speaks(text, speaker):
    assert pipeline_speakers(text) == [(pipeline_speakers(text)[0][0], speaker)]


def test_a_person_inside_an_adjunct_after_the_role_does_not_speak():
    text = "وقال المدير في اتصال مع الأمير خالد الفيصل إن المشروع سينتهي قريبا."
    assert pipeline_speakers(text)[0][1] != "خالد الفيصل"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ولكن منظمة العفو الدولية تقول إن عدد المعدومين بلغ 700 شخص على الأقل.", "منظمة العفو الدولية"),
        (
            "غير أن ناشطين من المعارضة الليبية يقولون، إنّ هناك غضبا متصاعدا في الأحياء الشرقية.",
            "ناشطين من المعارضة الليبية",
        ),
        ("مسؤولون في الوزارة قالوا إن الأسعار سترتفع الشهر المقبل.", "مسؤولون في الوزارة"),
    ],
)
def test_subject_before_the_verb_after_a_contrastive_opener(text, speaker):
    assert speaker_name(one(text)) == speaker


def test_an_ambiguous_cue_needs_a_named_speaker_and_a_complementizer():
    quote = one("من جهته، بين رئيس مجلس إدارة الشركة الدكتور كي جوي أن الشراكة أسفرت عن مشاريع عملاقة.")
    assert speaker_name(quote) == "كي جوي"
    assert quotes_of("وتبين أن المتهم كان يقود بسرعة كبيرة.") == []  # impersonal "it turned out"
    between = one("وقال الوزير خلال اللقاء بين الوفدين إن العلاقات ممتازة.")
    assert between.cue.text == "وقال"
    assert quotes_of("وتراوحت أعمار المشاركين بين 18 و78 عاما، سبق لهم أن خضعوا للجراحة.") == []


def test_new_cues_justify_and_rule_out():
    assert speaker_name(one("واستبعد المحلل الاقتصادي محمد العمري أن تنخفض الأسعار قريبا.")) == "محمد العمري"
    assert one("وبرر المتحدث باسم الشركة التأخير بأن الشحنات لم تصل في موعدها.").cue.text == "وبرر"


def test_a_quoted_organisation_name_is_its_head_and_quoted_name_without_an_object():
    # seventh round: the quoted part is the body's proper name; adjectives after it describe it
    assert speaker_name(one("وقالت وكالة «أنباء فارس» الإيرانية إن الأمير هنأ الوزير.")) == "وكالة أنباء فارس"
    found = quotes_of(
        "أفادت صحيفة «التايمز» البريطانية بفرار مئات الضباط. وأضافت الصحيفة أن 14 منهم من عائلة واحدة."
    )
    assert [speaker_name(q) for q in found][-1] == "صحيفة التايمز"
    local = one('وذكرت صحيفة "الوطن" المحلية أن الأمطار أغلقت عدة طرق في المنطقة.')
    assert speaker_name(local) == "صحيفة الوطن"
    # without marks the name is left as written: the adjective may be part of it
    assert speaker_name(one("وقالت وزارة الداخلية المصرية إن قوات الأمن أوقفت خمسة مطلوبين.")) == (
        "وزارة الداخلية المصرية"
    )


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "ابتكر مهندس ياباني طريقة جديدة للتنقل، حسبما ذكرت مجلة تايم الأمريكية.",
            "حسبما ذكرت",
            "مجلة تايم",
            "ابتكر مهندس ياباني طريقة جديدة للتنقل",
        ),
        (
            "ارتفعت الأسعار بنسبة 5 في المئة، بحسب ما أفاد مصدر مسؤول في الوزارة.",
            "بحسب ما أفاد",
            "مصدر مسؤول في الوزارة",
            "ارتفعت الأسعار بنسبة 5 في المئة",
        ),
        (
            "أصيب ثلاثة أشخاص في الحادث، وفقا لما أعلنته وزارة الداخلية.",
            "وفقا لما أعلنته",
            "وزارة الداخلية",
            "أصيب ثلاثة أشخاص في الحادث",
        ),
    ],
)
def test_a_trailing_attribution_with_its_own_verb(text, cue, speaker, content):
    quote = one(text)
    assert (quote.cue.text, speaker_name(quote), quote.text) == (cue, speaker, content)


def test_a_trailing_attribution_needs_a_speaker():
    assert quotes_of("وصل الوزير إلى جدة مساء أمس، حسبما هو مقرر.") == []


def test_an_unnamed_source_asking_for_anonymity():
    for text in (
        "وقال مسؤول في الشرطة طلب عدم ذكر اسمه إن الحافلة انزلقت على الطريق.",
        "وقال مسؤول في الشرطة، طلب عدم ذكر اسمه، إن الحافلة انزلقت على الطريق.",
    ):
        quote = one(text)
        assert (quote.cue.text, speaker_name(quote)) == ("وقال", "مسؤول في الشرطة")


def test_an_organisation_without_the_acronym_it_goes_by():
    # (round 69: the guide leaves the alias out, §8, and so does the gold, test_orgext69.py)
    text = 'وقالت وكالة الفضاء الأمريكية "ناسا" إن الرواد سيأكلون الخس المزروع في المحطة.'
    assert pipeline_speakers(text) == [("وقالت", "وكالة الفضاء الأمريكية")]


def test_a_construct_chain_is_a_verbal_noun_statement():
    quote = one("وأشار التقرير إلى استمرار تصدر الصين قائمة الشركاء التجاريين للمملكة.")
    assert quote.text.startswith("استمرار تصدر")
    assert quotes_of("وأشار إلى الوضع في اليمن خلال كلمته.") == []  # a definite topic, no statement


def test_the_object_after_a_body_subject_is_not_part_of_it():
    text = "وناشد المجلس البلدي إمارة المنطقة سرعة التدخل لصيانة الطريق، لافتا إلى أنه سبق الرفع بذلك."
    assert pipeline_speakers(text) == [("لافتا", "المجلس البلدي")]


def test_a_country_subject_of_a_feminine_verb_takes_a_later_feminine_cue():
    text = (
        "وقالت منظمة العفو الدولية إن إيران نفذت 700 حكم بالإعدام هذا العام. "
        "واعترفت إيران رسميا بتنفيذ 246 حكما فقط. وقالت إنه في عام 2016 أعدمت 310 أشخاص."
    )
    assert pipeline_speakers(text) == [("وقالت", "منظمة العفو الدولية"), ("وقالت", "إيران")]
    masculine = (
        "وقال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي. "
        "وشهدت جدة أمس اجتماعا وزاريا. وأضاف أن المملكة لن تتخلى عن اليمن."
    )
    assert pipeline_speakers(masculine)[-1] == ("وأضاف", "عادل الجبير")


def test_a_possessed_object_after_the_first_verb_is_not_the_subject():
    text = (
        "قال رئيس الاتحاد خالد بن خليفة إن الصحافة العربية تمر بمرحلة صعبة. "
        "وختم حديثه واصفا الكاتب الراحل بأنه رمز للصحافة، وقال إنه سيبقى مدرسة للجيل الجديد."
    )
    assert pipeline_speakers(text)[-1] == ("وقال", "خالد بن خليفة")


def test_a_nominal_attribution_to_a_role_is_the_person_named_with_it():
    text = "قال فينسن لابرون رئيس نادي مرسيليا إن المدرب استقال. ووفقا لرئيس النادي فإن العقد سينتهي قريبا."
    assert pipeline_speakers(text) == [("قال", "فينسن لابرون"), ("ووفقا", "فينسن لابرون")]


def test_an_unnamed_source_with_its_affiliation_and_an_addressee():
    quote = one(
        "يأتي هذا فيما قالت مصادر ميدانية في الجيش الوطني الموالي للحكومة في مأرب لـ(المدينة): "
        "إن الوحدات بدأت التحرك نحو الساحل."
    )
    assert speaker_name(quote) == "مصادر ميدانية في الجيش الوطني الموالي للحكومة في مأرب"
    told = one("وقال مصدر مطلع للمدينة إن القوات تقدمت نحو المدينة.")
    assert (speaker_name(told), told.text) == ("مصدر مطلع", "القوات تقدمت نحو المدينة")


def test_a_name_then_an_apposition_without_a_known_title():
    text = "وأوضحت فاطمة الزامل مسؤولة الأسر المنتجة بمهرجان أبها للتسوق، أن المنظمين اهتموا بالجناح كثيرا."
    assert pipeline_speakers(text) == [("وأوضحت", "فاطمة الزامل")]


def test_a_possessed_verbal_noun_after_a_title_ends_the_subject():
    text = (
        "قال أمير منطقة عسير الأمير فيصل بن خالد إن المهرجان سيستمر شهرا. "
        "وأبدى سمو أمير المنطقة ارتياحه لنجاح حفل الافتتاح، قائلا: «أبها تستحق أن تكون عاصمة للسياحة»."
    )
    assert pipeline_speakers(text)[-1] == ("قائلا", "فيصل بن خالد")


def test_the_person_opening_a_sentence_subject_even_before_a_role_word():
    text = (
        "قال المتحدث الرئاسي علاء يوسف إن الرئيس استقبل الضيف. "
        "وأشاد السيسي بالمواقف المشرفة للمملكة، منوها إلى أن الشعب المصري لن ينسى المساندة."
    )
    assert pipeline_speakers(text)[-1][1].endswith("السيسي")


def test_a_trailing_attribution_in_the_present():
    quote = one("الجهاز الجديد أسرع من سابقه بمرتين، حسبما تقول مجلة «تايم» الأميركية.")
    assert (quote.cue.text, speaker_name(quote)) == ("حسبما تقول", "مجلة تايم")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وأكد وزير الصحة عدم تسجيل أي إصابات جديدة بالفيروس.",
            "وزير الصحة",
            "عدم تسجيل أي إصابات جديدة بالفيروس",
        ),
        ("ونفى المتحدث الرسمي وجود أي إصابات بين الحجاج.", "المتحدث الرسمي", "وجود أي إصابات بين الحجاج"),
    ],
)
def test_a_statement_noun_after_the_speaker(text, speaker, content):
    quote = one(text)
    assert (speaker_name(quote), quote.text) == (speaker, content)


def test_statement_nouns_negatives():
    # (a possessed verbal noun, "وأكد الوزير حضوره الاجتماع المقبل", states what the speaker does:
    # round 34 counts it, as the read half's gold does "أكد … قبوله الدعوة"; a possessed person or
    # topic noun stays no statement)
    assert quotes_of("وأكد الوزير ابنه في منصبه الجديد في الرياض.") == []  # a possessed person
    relayed = one("وقال نقلا عن دائرة صحة محافظة الأنبار إن عدد الضحايا ارتفع إلى 40.")
    assert "دائرة صحة" in speaker_name(relayed)


def test_a_relayed_saying_without_a_pronoun_and_a_circumstantial_aside():
    quote = one("ونقلت وكالة الأنباء السعودية قول وزير الصحة وهو في جدة إن الوضع الصحي مطمئن.")
    assert (speaker_name(quote), quote.text) == ("وزير الصحة", "الوضع الصحي مطمئن")
    assert quote.via is not None
    leaving = one("وقال الوزير وهو يغادر القاعة إن الاجتماع كان مثمرا.")
    assert speaker_name(leaving) == "الوزير"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "ولم يعلن عن ترتيبات رسمية مع واشنطن لكن رئيس الوزراء التركي أحمد داود أوغلو قال اليوم إن "
            "المنطقة الآمنة ستقام قريبا.",
            "أحمد داود أوغلو",
        ),
        (
            "أيضا فإن مساعد وزير الخارجية الإيراني أمير عبد اللهيان قال قبل ثلاثة أسابيع إن الحل سياسي.",
            "أمير عبد اللهيان",
        ),
    ],
)
def test_a_subject_before_the_verb_starts_after_a_contrast_or_complementizer(text, speaker):
    assert pipeline_speakers(text) == [("قال", speaker)]


# --------------------------------------------------------------------------------------------
# Fifth round: the constructions the fourth held-out set's annotator reported (sentences our own)


def pipeline_quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of every quotation, after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, speaker_name(q), q.text) for q in article.quotes]


def test_a_new_speaker_named_after_a_side_phrase():
    text = (
        "وقال رئيس الوزراء البريطاني ديفيد كاميرون إن بلاده ستدعم الحوار. من جهته، قال الرئيس الكيني "
        "أوهورو كينياتا إن نيروبي ترحب بالمبادرة."
    )
    assert pipeline_speakers(text) == [("وقال", "ديفيد كاميرون"), ("قال", "أوهورو كينياتا")]


def test_a_bare_statement_after_said_and_a_named_speaker_and_the_implied_cues_after_it():
    text = (
        'قالت غرفة التجارة إن الطلب تراجع خلال الشهر الماضي. وقال لـ"الرياض" التاجر سعد العتيبي ارتفعت '
        "الأسعار 20% منذ بداية الموسم. موضحا أن الموردين رفعوا أسعارهم. وذكر أن المحلات تعاني من ضعف الإقبال."
    )
    found = pipeline_quotes(text)
    assert ("وقال", "سعد العتيبي", "ارتفعت الأسعار 20% منذ بداية الموسم") in found
    assert [speaker for cue, speaker, _ in found if cue in ("موضحا", "وذكر")] == ["سعد العتيبي"] * 2


def test_a_bare_statement_needs_said_a_full_sentence_and_no_name_running_on():
    # a short tail after the speaker is no statement; other verbs take no bare clause
    assert pipeline_quotes("وقال التاجر سعد العتيبي مبتسما.") == []
    assert pipeline_quotes("وأكد التاجر سعد العتيبي ارتفعت الأسعار كثيرا هذا الموسم.") == []


def test_a_quoted_name_then_its_title_is_the_speaker():
    text = 'وقال "جون كيربي" نائب المتحدث باسم وزارة الخارجية إن واشنطن تتابع الوضع عن كثب.'
    assert pipeline_quotes(text) == [("وقال", "جون كيربي", "واشنطن تتابع الوضع عن كثب")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وأكد المسؤول الأمريكي أن المحادثات ستستأنف الأسبوع المقبل.", "المسؤول الأمريكي"),
        ("وذكرت المصادر الخاصة أن التوقيع سيكون الشهر المقبل.", "المصادر الخاصة"),
    ],
)
def test_an_unnamed_source_with_its_adjectives(text, speaker):
    ((_cue, name, _content),) = pipeline_quotes(text)
    assert name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال استشاري جراحة الأطفال الدكتور خالد المطيري إن معظم الحالات تصل متأخرة.", "خالد المطيري"),
        (
            "وأوضح أخصائي التغذية العلاجية الدكتور سامي الحربي أن الإفراط في السكريات يضر بالأطفال.",
            "سامي الحربي",
        ),
    ],
)
def test_a_profession_missing_from_the_lexicon_then_an_honorific_and_the_name(text, speaker):
    ((_cue, name, _content),) = pipeline_quotes(text)
    assert name == speaker


def test_relative_clause_cues_speak_for_the_statements_owner():
    text = (
        "أعلنت وزارة التجارة عن حملة رقابية على الأسواق. وأشاد المتابعون بتصريحات الوزارة التي أكدت أن "
        "الأسعار لن ترتفع خلال رمضان."
    )
    assert ("أكدت", "وزارة التجارة", "الأسعار لن ترتفع خلال رمضان") in pipeline_quotes(text)
    issued = "أصدرت القيادة العامة للقوات المسلحة بيانا أوضحت فيه أن الطائرات استهدفت مواقع للمتمردين."
    assert pipeline_speakers(issued) == [("أوضحت", "القيادة العامة للقوات المسلحة")]


def test_the_object_after_a_definite_organisation_is_not_part_of_the_speaker():
    text = (
        "وانتقدت صحيفة الأمة أداء اللجنة الانتخابية. ودعت الصحيفة الكينيين إلى التحلي بالصبر، مؤكدة أن "
        "النتائج ستعلن قريبا."
    )
    ((cue, name, _content),) = pipeline_quotes(text)
    assert cue == "مؤكدة" and "الكينيين" not in (name or "")


def test_implied_cues_take_the_subject_of_the_sentence_before():
    expert = (
        "وقال وزير المالية إن العجز سينخفض. الخبير الاقتصادي سامي النويصر يشك في أن تتراجع الأسعار "
        "قريبا. وأوضح أن العرض لا يزال محدودا."
    )
    assert pipeline_speakers(expert)[-1] == ("وأوضح", "سامي النويصر")
    company = "أعلنت شركة أرامكو السعودية عن نتائجها. وقالت انه تم رفع الإنتاج إلى مستويات قياسية."
    assert pipeline_speakers(company) == [("وقالت", "شركة أرامكو السعودية")]


def test_the_subject_of_the_sentence_before_holds_the_floor_over_an_earlier_speaker():
    # a non-reporting verb with a long title before the name: the man it names takes the later cue
    host = (
        "قال المتحدث باسم الجيش العقيد سالم الحربي إن القوات تقدمت نحو المدينة. من جهة أخرى، "
        "استقبل مدير شرطة منطقة الرياض اللواء فهد المطيري وفد الجمعية الخيرية. "
        "وقال إن التعاون مع الجمعيات مستمر."
    )
    assert pipeline_speakers(host)[-1] == ("وقال", "فهد المطيري")
    # a plural group after "من جهتهم" takes a plural cue
    farmers = (
        "وقال الشيخ ناصر العبدالله إن العيد فرصة للتسامح. من جهتهم أعرب المزارعون عن استيائهم "
        "من ارتفاع أسعار الأعلاف. وقالوا إن الدعم لم يصل إليهم."
    )
    assert pipeline_speakers(farmers)[-1] == ("وقالوا", "المزارعون")


def test_a_sentence_without_a_fitting_subject_or_with_an_attribution_keeps_the_earlier_speaker():
    rain = (
        "قال المتحدث باسم الجيش العقيد سالم الحربي إن القوات تقدمت نحو المدينة. "
        "وشهدت المدينة أمطارا غزيرة خلال الليل. وأضاف أن الطرق مفتوحة."
    )
    assert pipeline_speakers(rain)[-1] == ("وأضاف", "سالم الحربي")
    relayed = (
        "قال المتحدث باسم الجيش العقيد سالم الحربي إن القوات تقدمت نحو المدينة. ووفقا للمصادر، "
        "استقبل مدير شرطة منطقة الرياض اللواء فهد المطيري وفد الجمعية الخيرية. "
        "وقال إن التعاون مع الجمعيات مستمر."
    )
    assert pipeline_speakers(relayed)[-1] == ("وقال", "سالم الحربي")


def test_a_report_speaks_for_the_site_that_published_it():
    text = "وكشفت آخر إحصائية لموقع الهيئة العامة للإحصاء أن نسبة البطالة بلغت 12%."
    assert pipeline_speakers(text) == [("وكشفت", "موقع الهيئة العامة للإحصاء")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "أعلن الوزير عن إطلاق حملة وطنية للتوعية بأضرار التدخين.",
            "إطلاق حملة وطنية للتوعية بأضرار التدخين",
        ),
        (
            "حذّرت الهيئة من ارتفاع منسوب الأودية في المناطق الجنوبية.",
            "ارتفاع منسوب الأودية في المناطق الجنوبية",
        ),
        ("وهنأ الأمين العام الشعب الكيني، مرحّبا بإجراء الانتخابات في موعدها.", "إجراء الانتخابات في موعدها"),
        ('وانتقدت المعارضة الحكومة، معتبرة القرار "تجاوزا للدستور".', 'القرار "تجاوزا للدستور"'),
    ],
)
def test_a_cue_and_a_noun_phrase_without_a_complementizer(text, content):
    assert one(text).text == content


@pytest.mark.parametrize(
    "text",
    [
        "ورحب الأمير بالضيوف في قصر الحكم.",  # a definite object: no statement
        "ورحب الوزير بزيارته إلى المملكة.",  # a possessed noun: a feeling
        "وأعرب الوزير عن سعادته بالزيارة.",
        "أعلنت الشركة عن أرباحها الفصلية.",
        'واصفا الأستاذ تركي العتيبي بأنه "رمز للصحافة".',  # praise of a person
        "وفرضت الشرطة إجراءات أمنية مشددة على مداخل العاصمة ومخارجها.",  # an adjective, no cue
        "وسجل المعرض حضورا لافتا إلى جانب مشاركة واسعة من الشركات.",
    ],
)
def test_noun_phrase_statements_negatives(text):
    assert quotes_of(text) == []


def test_attribution_after_the_content():
    quote = one("ارتفعت أسعار النفط بنسبة 3% في تعاملات اليوم، كما ذكرت صحيفة الاقتصادية.")
    assert (speaker_name(quote), quote.text) == (
        "صحيفة الاقتصادية",
        "ارتفعت أسعار النفط بنسبة 3% في تعاملات اليوم",
    )
    relayed = one("وقال وزير الصحة إن الإصابات تراجعت بشكل ملحوظ، بحسب موقع الوزارة الرسمي.")
    assert relayed.via is not None and relayed.via.name == "موقع الوزارة"  # (seventh round: no adjective)
    # "، كما هو …" is no source: the clause goes on
    assert one("وأضاف الوزير أن الطريق سيفتتح قريبا، كما هو مخطط له.").text.endswith("كما هو مخطط له")


def test_boundaries_gloss_semicolon_run_on_cue_and_narrator_after_a_colon():
    assert one("وقال المتحدث إن الطائرات قصفت مواقع المسلحين وذلك في إشارة إلى الغارات الأخيرة.").text == (
        "الطائرات قصفت مواقع المسلحين"
    )
    assert one("وقال الوزير إن الميزانية ستركز على التعليم؛ وإن الإنفاق على الصحة سيرتفع.").text == (
        "الميزانية ستركز على التعليم؛ وإن الإنفاق على الصحة سيرتفع"
    )
    assert one("وقال المدير: نعمل على توسيع الخدمة. وقد افتتح المركز فرعين جديدين العام الماضي.").text == (
        "نعمل على توسيع الخدمة"
    )
    run_on = quotes_of("وشهدت المدينة إجراءات أمنية مشددة في اليوم الأول وأضاف المتحدث أن الوضع تحت السيطرة.")
    assert [(q.cue.text, q.text) for q in run_on] == [("وأضاف", "الوضع تحت السيطرة")]
    second = quotes_of(
        "وقالت الطالبة إنها لم تسجل التخصص كرغبة أولى كما ذكر البيان، "
        "وأوضح المتحدث كما أكد أن القبول تم وفق الرغبة."
    )
    assert second[0].text == "لم تسجل التخصص كرغبة أولى كما ذكر البيان"


def test_a_participle_with_its_subject_named_after_it_and_a_title_standing_for_the_speaker():
    text = (
        "وزار وزير الدفاع الأمريكي آشتون كارتر الرياض أمس، مؤكدا آشتون كارتر حرص واشنطن على تعزيز "
        "الاستقرار في المنطقة."
    )
    assert pipeline_quotes(text) == [("مؤكدا", "آشتون كارتر", "حرص واشنطن على تعزيز الاستقرار في المنطقة")]
    assert pipeline_speakers("وختم الأمير كلمته مؤكدا أهمية الوحدة الوطنية.") == [("مؤكدا", "الأمير")]


@pytest.mark.parametrize(
    "name",
    [
        "utterance_nouns.txt",
        "narrator_glosses.txt",
        "nominal_object_verbs.txt",
        "nominal_attributions.txt",
        "saying_channels.txt",
    ],
)
def test_fifth_round_lexicons_say_where_they_came_from(name):
    from rasid.resources import resource_path

    head = resource_path("lexicons", name).read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("#")


def test_an_organisation_after_a_present_tense_feminine_verb_takes_the_next_feminine_cue():
    text = (
        "وقال مدير المرور إن الحركة طبيعية. وتواصل الهيئة العامة للترفيه استعداداتها لموسم الصيف. "
        "وقالت إن الفعاليات ستبدأ الشهر المقبل."
    )
    assert pipeline_speakers(text)[-1] == ("وقالت", "الهيئة العامة للترفيه")


def test_a_speaker_relaying_a_source_after_the_verb():
    quote = one("وأوضحت الصحيفة نقلا عن مصادرها أن التحقيقات مع البنوك لا تزال في مراحلها الأولى.")
    assert (speaker_name(quote), quote.via.name) == ("مصادرها", "الصحيفة")
    relayed = one("وقالت الوكالة نقلا عن مسؤول في الوزارة إن المفاوضات ستستأنف غدا.")
    assert (speaker_name(relayed), relayed.via.name) == ("مسؤول في الوزارة", "الوكالة")


def test_an_object_entity_after_the_organisation_and_an_adjunct_before_the_complementizer():
    warned = pipeline_quotes("وحذر صندوق النقد الدولي الولايات المتحدة من رفع أسعار الفائدة في وقت مبكر.")
    assert warned == [("وحذر", "صندوق النقد الدولي", "رفع أسعار الفائدة في وقت مبكر")]
    # the preposition of أعلن عن must follow the speaker: not "… المسؤول السابق عن المحاكم" (the
    # statement is the bare object, تعيين نائبين, since أعلن + noun phrase counts like أعلن عن)
    text = "وأعلنت الحركة تعيين نائبين للزعيم، هما المسؤول السابق عن المحاكم الشرعية وقائد عسكري."
    assert [q.text.split()[0] for q in quotes_of(text)] == ["تعيين"]
    assert one("وأكد المدير العام للعلاقات الخارجية في الوزارة أن الزيارة ناجحة.").text == "الزيارة ناجحة"


# --------------------------------------------------------------------------------------------
# Sixth round: junk after the verb, statements issued by a body, surnames that are title words


def test_a_prepositional_phrase_after_the_verb_is_not_the_speaker():
    text = (
        "وأكد رئيس النادي عبدالله العمر أن الفريق جاهز للموسم الجديد. "
        "وقال بزملائه في الإدارة إنهم قدموا عملا كبيرا طوال الموسم."
    )
    assert pipeline_speakers(text) == [("وأكد", "عبدالله العمر"), ("وقال", "عبدالله العمر")]
    text = (
        "وأكد وزير الخارجية عادل الجبير أهمية التضامن العربي. "
        "وأوضح لنصرة الأشقاء في اليمن أن المملكة لن تتخلى عنهم."
    )
    assert pipeline_speakers(text)[-1] == ("وأوضح", "عادل الجبير")
    # with nobody to take it, the implied speaker is null and unsure, not the preposition phrase
    (quote,) = quotes_of("وقال بكل وضوح إن الأسعار ستنخفض في الربع الأخير.")
    assert quote.speaker is None and quote.confidence <= 0.3
    # a present verb with no subject after the phrase stays impersonal
    assert quotes_of("ويتوقع بشكل كبير أن ترتفع الأسعار في الربع الأخير.") == []
    # names that start with ب/ل are subjects (بدر، لؤي، بعض المسؤولين)
    assert pipeline_speakers("وقال بدر الحربي إن الفريق جاهز للمباراة.") == [("وقال", "بدر الحربي")]
    assert pipeline_speakers("وقال لؤي ناظر رئيس النادي إن الفريق جاهز.") == [("وقال", "لؤي ناظر")]
    assert speaker_name(one("وقال بعض المسؤولين إن الخطة ستنفذ قريبا.")) == "بعض المسؤولين"


def test_an_object_after_a_recognised_name_ends_the_speaker():
    assert pipeline_speakers("وأبلغ بوتين الحضور أن روسيا ستواصل دعم الحكومة السورية.") == [
        ("وأبلغ", "بوتين")
    ]
    coach = "أعلن المدرب فينسن لابرون رحيله عن النادي. وأبلغ لابرون موقع النادي أنه سلم المسؤولية لمساعده."
    assert pipeline_speakers(coach)[-1] == ("وأبلغ", "فينسن لابرون")
    # a family name after the recognised first part is not an object
    assert pipeline_speakers("وقال فهد الحربي إن المباراة صعبة.") == [("وقال", "فهد الحربي")]


def test_a_statement_or_report_speaks_for_the_body_that_issued_it():
    issued = pipeline_speakers("وقال بيان صادر عن وزارة الداخلية إن قوات الأمن أحبطت محاولة تهريب كبيرة.")
    assert issued == [("وقال", "وزارة الداخلية")]
    study = pipeline_speakers("وقالت دراسة صادرة عن جامعة الملك سعود إن نسبة السمنة ارتفعت بين الأطفال.")
    assert study == [("وقالت", "جامعة الملك سعود")]
    report = pipeline_speakers("وأكد تقرير نشرته منظمة الصحة العالمية أن معدلات الإصابة انخفضت.")
    assert report == [("وأكد", "منظمة الصحة العالمية")]
    later = "أصدرت وزارة الصحة بيانا حول الفيروس. وأوضح البيان أن عدد الإصابات ارتفع إلى عشرين حالة."
    assert pipeline_speakers(later) == [("وأوضح", "وزارة الصحة")]
    province = (
        "وأفاد بيان صادر عن ولاية غازي عنتاب بأن فرق مكافحة الإرهاب داهمت 36 عنوانا. "
        "وأوضح البيان أن مئات من عناصر الأمن شاركوا في العمليات بالتنسيق مع النيابة العامة."
    )
    assert pipeline_speakers(province) == [("وأفاد", "ولاية غازي عنتاب"), ("وأوضح", "ولاية غازي عنتاب")]
    # a statement nobody is said to have issued stays the statement, not a guess
    assert pipeline_speakers("وأوضح البيان أن عدد الإصابات ارتفع إلى عشرين حالة.") == [("وأوضح", "البيان")]


def test_a_surname_that_is_also_a_title_word_stays_in_the_name():
    assert pipeline_speakers("وقال خالد أمين مدير المركز إن الخدمات ستتوسع العام المقبل.") == [
        ("وقال", "خالد أمين")
    ]
    assert pipeline_speakers("وأوضح المهندس خالد أمين أن المشروع سيكتمل قريبا.") == [("وأوضح", "خالد أمين")]
    assert pipeline_speakers("وقال المحامي أحمد قاضي إن القضية مستمرة.") == [("وقال", "أحمد قاضي")]
    # the same word with its complement is a title in apposition: the name stops before it
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw="وقال خالد أمين عام الاتحاد إن العمل مستمر."), Options())
    assert [e.text for e in article.entities if e.label == "PER"] == ["خالد"]


def test_an_adjective_before_a_prepositional_phrase_is_not_a_cue():
    text = "وصدرت القرارات في بيان تابع لمكتب رئيس الوزراء كما يلي: «تخفيض الرواتب بنسبة النصف»."
    assert [q.cue.text for q in quotes_of(text)] == []


def test_an_indefinite_plural_with_a_nisba_is_a_group_with_its_adjectives():
    quote = one("وقال معارضون سوريون بارزون إن المفاوضات لن تنجح دون رحيل الأسد.")
    assert (speaker_name(quote), quote.speaker.type) == ("معارضون سوريون بارزون", "group")
    # an unnamed source keeps its own type
    assert one("وقال مسؤولون أمريكيون إن الاتفاق قريب.").speaker.type == "unnamed"


# --------------------------------------------------------------------------------------------
# Seventh round: rules that generalise across papers (implied chains, what the speaker phrase
# keeps, roles and sources resolved from earlier in the article, confidence when implied)


def quote_records(text: str) -> list[tuple[str, str | None, float]]:
    """(cue, speaker name, confidence) of every quotation, after the whole pipeline."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [(q.cue.text, speaker_name(q), q.confidence) for q in article.quotes]


def test_an_implied_cue_takes_the_explicit_speaker_of_its_own_sentence():
    text = (
        "ووجد المشرف سالم الحربي الهاتف في غرفة اللاعب، إلا أن المدرب أحمد الزهراني أشار إلى أن "
        "اللاعب خالف التعليمات، وقال إن العقوبة ستطبق على الجميع.\n\n"
        "وأضاف أن الفريق سيواصل معسكره في النمسا حتى نهاية الشهر."
    )
    assert pipeline_speakers(text) == [
        ("أشار", "أحمد الزهراني"),
        ("وقال", "أحمد الزهراني"),
        ("وأضاف", "أحمد الزهراني"),
    ]
    # with no statement before it in the sentence, the subject opening the sentence still speaks
    visit = "وزار وزير الصحة خالد الفالح المستشفى الجديد، وقال إن الخدمات ستتحسن خلال العام المقبل."
    assert pipeline_speakers(visit) == [("وقال", "خالد الفالح")]
    # and a feminine cue does not take a man who spoke earlier in the sentence
    mixed = "وأكد الوزير سعد العمري أن المشروع سيكتمل، وقالت الوزارة إن الميزانية رصدت له."
    assert pipeline_speakers(mixed)[-1] == ("وقالت", "الوزارة")


def test_a_title_whose_complement_ends_in_a_place_is_the_person_who_bears_it():
    text = (
        "قال الشيخ صالح العبيدي رئيس تحالف قبائل الجوف إن المقاومة تتقدم في عدة جبهات. "
        "وأوضح رئيس تحالف قبائل الجوف أن القبائل تعيش في عزلة تامة."
    )
    assert pipeline_speakers(text) == [("قال", "صالح العبيدي"), ("وأوضح", "صالح العبيدي")]


def test_a_manner_participle_after_a_family_name_is_not_part_of_it():
    text = (
        "قال الكاتب جبير العتيبي إن التكريم مستحق. وأوضح العتيبي معددا إنجازات الموقع: لا يوجد موقع ينافسنا."
    )
    assert [name for _cue, name in pipeline_speakers(text)] == ["جبير العتيبي", "جبير العتيبي"]


def test_the_medium_a_statement_was_given_to_is_not_part_of_the_speaker():
    quote = one("وقال وزير المالية اليوناني جورج باباس لتلفزيون بلومبيرغ: «لن نبيع الموانئ بأسعار زهيدة».")
    assert speaker_name(quote) == "جورج باباس"
    assert quote.text == "لن نبيع الموانئ بأسعار زهيدة"
    radio = one('وصرح الوزير سامي النمر لإذاعة "صوت الخليج" "سأزور المنطقة الأسبوع المقبل".')
    assert (speaker_name(radio), radio.text) == ("سامي النمر", "سأزور المنطقة الأسبوع المقبل")
    # a body's own name that merely contains a medium word is kept whole
    assert speaker_name(one("وقالت شبكة الجزيرة الإعلامية إن مراسلها أفرج عنه.")).startswith("شبكة الجزيرة")


def test_a_title_nobody_bears_describes_the_person_quoted_just_before():
    text = (
        "قال أسطورة كرة القدم دييغو مارتينيز إنه يريد محاربة الفساد في الاتحاد الدولي. وأضاف القائد "
        "السابق للمنتخب لمحطة «النهار» المحلية «يجب أن أحارب من سرقوا الكرة طويلا»."
    )
    records = quote_records(text)
    assert [(cue, name) for cue, name, _ in records] == [
        ("قال", "دييغو مارتينيز"),
        ("وأضاف", "دييغو مارتينيز"),
    ]
    assert records[1][2] < records[0][2]  # resolved from a description: less sure than named
    # a spokesman "باسم" a body is an office of its own, never the person quoted before
    office = (
        "قال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. "
        "وقال المتحدث باسم البيت الأبيض إن الرئيس سيوقع القرار غدا."
    )
    assert pipeline_speakers(office)[-1][1] != "باراك أوباما"


def test_an_unnamed_source_keeps_its_affiliation_and_not_the_object():
    assert pipeline_speakers("وأكد مصدر أمني بجنوب لبنان خروج معظم الجرحى من المستشفى.") == [
        ("وأكد", "مصدر أمني بجنوب لبنان")
    ]
    assert pipeline_speakers("وقال مسؤولون في مجلس السلامة في بيان مشترك إن المحققين عثروا على قطع.") == [
        ("وقال", "مسؤولون في مجلس السلامة")
    ]
    anonymous = "وأضاف قيادي بمرتبة متوسطة في الحركة رافضا الكشف عن اسمه: «الخلافات عميقة في صفوفنا»."
    assert [cue for cue, _ in pipeline_speakers(anonymous)] == ["وأضاف"]


def test_people_described_by_what_they_do_are_an_unnamed_source():
    quote = one("وقال متعاملون في سوق الذهب إن الأسعار ارتفعت خلال أيام العيد.")
    assert (speaker_name(quote), quote.speaker.type) == ("متعاملون في سوق الذهب", "unnamed")
    ours = quotes_of("قالت مصادرنا في عدن إن القصف طال أحياء سكنية. وأكدت المصادر أن المقاومة تتقدم.")
    assert [(speaker_name(q), q.speaker.type) for q in ours] == [("مصادرنا في عدن", "unnamed")] * 2
    # a listed group with a nisba plural stays a group
    assert one("وقال معارضون سوريون إن المفاوضات متعثرة.").speaker.type == "group"


def test_a_source_named_only_as_a_verbs_subject_is_the_one_referred_back_to():
    text = (
        "كشف لـ«المدينة» مصدر مطلع عن خطاب رفعته الوزارة للجهات المختصة.\n\n"
        "وقال المصدر إن الخطاب يطالب بزيادة الحوافز للمهندسين."
    )
    assert pipeline_speakers(text)[-1] == ("وقال", "مصدر مطلع")
    # with no source named before, the back-reference stays as written, less sure
    alone = one("وقال المصدر إن الخطاب يطالب بزيادة الحوافز.")
    assert speaker_name(alone) == "المصدر" and alone.confidence <= 0.6


def test_a_bare_statement_ends_before_the_participle_that_goes_on_with_it():
    text = (
        "وقال لـ«الرياض» الصراف عبدالله المالكي ارتفعت المبيعات اليومية بنسبة 80 في المائة موضحا أن "
        "الطلب بدأ يرتفع في العشر الأواخر من رمضان."
    )
    found = pipeline_quotes(text)
    assert [(cue, name) for cue, name, _ in found] == [
        ("وقال", "عبدالله المالكي"),
        ("موضحا", "عبدالله المالكي"),
    ]
    assert found[0][2] == "ارتفعت المبيعات اليومية بنسبة 80 في المائة"


def test_confidence_is_lower_when_implied_and_null_when_nobody_fits():
    text = "قال وزير الخارجية فيصل المقداد إن المحادثات بناءة. وأضاف أن الجولة المقبلة ستعقد في جنيف."
    (_, named, c_named), (_, implied, c_implied) = quote_records(text)
    assert named == implied == "فيصل المقداد" and c_implied < c_named
    nobody = one("وأضاف أن الجولة المقبلة ستعقد في جنيف.")
    assert nobody.speaker is None and nobody.confidence <= 0.3


def test_a_title_with_an_acronym_in_brackets_then_the_name():
    text = (
        "أعلن الأمين العام لمنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري أن المنظمة ليست مستعدة "
        "لخفض إنتاجها. واعتبر أمين عام أوبك أن السوق يمكنها استيعاب العرض الإيراني."
    )
    assert pipeline_speakers(text) == [("أعلن", "عبد الله البدري"), ("واعتبر", "عبد الله البدري")]


def test_two_coordinated_bodies_give_one_record_each():
    text = "وفي بيان مشترك أكدت أوبك وروسيا أنهما تتوقعان سوقا أكثر توازنا العام المقبل."
    records = pipeline_speakers(text)
    assert len(records) == 2 and records[1] == ("أكدت", "روسيا")
    # a body and a common word after it are not two speakers
    single = pipeline_speakers("وأكدت الحكومة والعديد من الخبراء أن النمو سيتسارع.")
    assert len(single) <= 1


def test_a_report_shown_or_aired_by_a_channel_speaks_for_the_channel():
    text = "وأفاد تقرير عرضه تلفزيون الكاميرون بأن ألفي جندي إضافي سينشرون في أقصى الشمال."
    assert pipeline_speakers(text) == [("وأفاد", "تلفزيون الكاميرون")]


def test_a_statement_with_an_adjective_speaks_for_the_party_named_before():
    text = (
        "أعلن حزب الله مقتل أحد عناصره في الزبداني. وقد أعلن الحزب عن «استشهاده خلال قيامه بواجبه»، "
        "بحسب البيان الرسمي للحزب."
    )
    # (since round 81 the first sentence's «أعلن … مقتل أحد عناصره» is a noun-phrase statement too,
    # guide §2: a verbal noun in construct with a count)
    assert [name for _cue, name in pipeline_speakers(text)] == ["حزب الله", "حزب الله"]
    # nobody named before: the statement stays as written, not a bare "حزب"
    alone = pipeline_speakers("قتل أحد عناصر الحزب في المعارك، بحسب البيان الرسمي للحزب.")
    assert alone == [("بحسب", "البيان الرسمي للحزب")]
    # (with its verb after قد the party's own announcement is the cue: "وقد أعلن الحزب عن …")
    alone = pipeline_speakers("وقد أعلن الحزب عن مقتل أحد عناصره، بحسب البيان الرسمي للحزب.")
    assert alone == [("أعلن", "الحزب")]


def test_the_source_after_a_cited_medium_is_that_medium():
    text = (
        "ذكر موقع «القوات اللبنانية» الإلكتروني أن الحزب يفقد عناصر يوميا في المعارك. "
        "ولفت المصدر إلى أن الحزب طلب مزيدا من الخبراء العسكريين."
    )
    records = quote_records(text)
    assert [(cue, name) for cue, name, _ in records] == [
        ("ذكر", "موقع القوات اللبنانية"),
        ("ولفت", "موقع القوات اللبنانية"),
    ]
    assert records[1][2] < records[0][2]
    # after a person, "المصدر" is not that person
    person = "قال الوزير سعد العمري إن المشروع تأخر. وقال المصدر إن التمويل لم يصل."
    assert pipeline_speakers(person)[-1] == ("وقال", "المصدر")


def test_a_topic_phrase_before_the_clause_does_not_hide_its_subject():
    text = (
        "قال رئيس الوزراء إن الحكومة ماضية في الإصلاح.\n\n"
        "وفيما يتعلق بالمصالحة الوطنية، أبدى الرئيس الفلسطيني محمود عباس انفتاحه على كل المبادرات العربية، "
        "وقال: ندعو الدول الشقيقة إلى الإسهام في الحل."
    )
    assert pipeline_speakers(text)[-1] == ("وقال", "محمود عباس")
    # a relative clause after the topic's comma has no subject of its own for the later cue
    relative = (
        "وأوضح أمين المنطقة المهندس جمال الملحم أن التحويلات تدرس مع المرور.\n\n"
        "وحول الجسور الجديدة، التي ستخفف الزحام في وسط المدينة، أشار إلى أن هناك خطة لتوسعة الطرق."
    )
    assert pipeline_speakers(relative)[-1] == ("أشار", "جمال الملحم")


def test_an_accusative_adverb_after_the_verb_is_not_the_speaker():
    quote = one("كما أنه أكد سابقًا على أهمية دعم المزارعين في المناطق الريفية.")
    assert speaker_name(quote) != "سابقًا"
    named = pipeline_speakers(
        "أكد الرئيس سامي الخطيب أن الفساد لن يمر. كما أكد سابقًا أن اللجنة ستحاسب الجميع."
    )
    assert named[-1] == ("أكد", "سامي الخطيب")


def test_a_rank_is_not_a_body_and_a_quoted_proper_name_completes_one():
    text = (
        "نشرت شركة الأبحاث البريطانية “نت ستاتس” تقريرها السنوي، فيما جاء الإماراتيون في المركز "
        "السادس عالميا. كما أوضح التقرير أن الشباب هم الأكثر استخداما للتطبيق."
    )
    assert pipeline_speakers(text)[-1] == ("أوضح", "شركة الأبحاث البريطانية نت ستاتس")


def test_the_object_described_after_a_named_subject_is_not_part_of_the_name():
    text = "ووصف رئيس المجلس كمال الهادي التصويت على الميزانية الجديدة بأنه «خطوة مهمة»."
    records = pipeline_speakers(text)
    assert records == [("ووصف", "كمال الهادي")]


def test_a_quoted_name_before_a_title_or_an_adjunct_is_the_speaker():
    text = (
        'وقال "كورتز كوبر" نائب المتحدث باسم البعثة الأمريكية لدى الأمم المتحدة (السفيرة سامانثا باور) إن '
        'المجلس سيعقد جلسة خاصة. وأضاف "كورتز" في تغريدة له أن المسودة في مرحلتها الأخيرة.'
    )
    assert [name for _cue, name in pipeline_speakers(text)] == ["كورتز كوبر", "كورتز كوبر"]
    # a quoted phrase followed by the clause's adjunct and no إن/أن is what was said
    said = quotes_of('وأضاف "الأمر محسوم" في حديثه للصحفيين.')
    assert all(speaker_name(q) != "الأمر محسوم" for q in said)


def test_the_official_right_after_a_named_official_is_that_person():
    text = (
        "وقال جون بيري نائب المتحدث باسم الخارجية الأمريكية إن الجلسة ستعقد صباحا. "
        "وأكد المسؤول الأمريكي أن التصويت سيكون بالإجماع."
    )
    records = quote_records(text)
    assert [(cue, name) for cue, name, _ in records] == [("وقال", "جون بيري"), ("وأكد", "جون بيري")]
    assert records[1][2] < records[0][2]
    # with no titled person quoted before, the official stays unnamed
    alone = one("وأكد المسؤول الأمريكي أن التصويت سيكون بالإجماع.")
    assert (speaker_name(alone), alone.speaker.type) == ("المسؤول الأمريكي", "unnamed")


def test_a_mediums_name_drops_the_adjectives_that_describe_it():
    assert speaker_name(one("وذكرت وكالة أنباء الأناضول الحكومية التركية أن 390 مسلحا قتلوا.")) == (
        "وكالة أنباء الأناضول"
    )
    # a generic noun and its adjective are the name itself
    assert (
        speaker_name(one("وقالت وكالة الأنباء السعودية إن الملك استقبل الوزير.")) == "وكالة الأنباء السعودية"
    )
    assert speaker_name(one("وقالت قناة العربية إن الاجتماع انتهى.")) == "قناة العربية"


def test_a_relayed_speaker_does_not_take_the_gender_of_the_medium():
    text = (
        "ونقلت وسائل الإعلام الرسمية عن المتحدث باسم وزارة الداخلية حسين الأميري قوله إن الموقوفين أرادوا "
        "إثارة الفوضى. وقال إن التجمع كان نقابيا وليس سياسيا، مضيفا أن بعضهم أفرج عنه."
    )
    assert [name for _cue, name in pipeline_speakers(text)] == ["حسين الأميري"] * 3


def test_a_body_that_has_spoken_comes_before_one_merely_named_since():
    text = (
        "وذكر المجلس الوطني للمقاومة الإيرانية أن مئات العمال تجمعوا أمام وزارة العمل في طهران. "
        "وأضاف المجلس في بيان أن قوات الأمن فرقت المظاهرة."
    )
    assert pipeline_speakers(text)[-1] == ("وأضاف", "المجلس الوطني للمقاومة الإيرانية")


def test_a_participle_closing_a_relative_clause_takes_its_antecedent():
    text = (
        "وتابع المدرب رافائيل بينيتيز مبتسما انفعالات النجم كريستيانو رونالدو، الذي كان لا يزال يوجه "
        "حديثه للمدرب قائلا: «أنت تعادي البرتغاليين»."
    )
    assert pipeline_speakers(text) == [("قائلا", "كريستيانو رونالدو")]
    # no relative clause: the subject of the sentence's verb speaks
    plain = "وأشاد المدرب رافائيل بينيتيز بأداء فريقه قائلا: «قدمنا مباراة كبيرة»."
    assert pipeline_speakers(plain) == [("قائلا", "رافائيل بينيتيز")]


def test_a_bracketed_medium_after_the_verb_is_skipped_like_a_quoted_one():
    text = (
        "أكد لـ(عكاظ) الشيخ صالح العبيدي رئيس تحالف قبائل الجوف، أن المقاومة تتقدم في عدة جبهات، "
        "مشيرا إلى أن المتمردين تكبدوا خسائر كبيرة."
    )
    records = quote_records(text)
    assert [(cue, name) for cue, name, _ in records] == [("أكد", "صالح العبيدي"), ("مشيرا", "صالح العبيدي")]
    assert records[0][2] >= 0.9  # named at the cue


def test_a_fronted_adverbial_phrase_does_not_hide_the_subject_after_its_comma():
    text = (
        "في حادثة غريبة، اقتحم الممثل الكوميدي جاك مارتن حفلا رسميا لوزير الرياضة، "
        "قائلا إن هذه الجوائز من حق الجمهور."
    )
    assert pipeline_speakers(text) == [("قائلا", "جاك مارتن")]


def test_the_subject_right_after_kana_speaks_for_a_later_implied_cue():
    text = "وكانت هيئة الموانئ البحرية قد أصدرت بيانا أوضحت فيه أن السفينة رست في الرصيف دون أضرار."
    assert pipeline_speakers(text) == [("أوضحت", "هيئة الموانئ البحرية")]
    # كان followed by a verb: the subject comes after that verb, and the verbal noun after the
    # named subject is its object, not part of the name
    verb_first = "وكان قد أعلن الوزير سعد العمري افتتاح المشروع، مؤكدا أن العمل سيبدأ غدا."
    assert {name for _cue, name in pipeline_speakers(verb_first)} == {"سعد العمري"}


# --------------------------------------------------------------------------------------------
# Eighth round: speaker faults of held-out 7, fixed by general rules (sentences of our own)


def _entity(text: str, mention: str, label: str, entity_id: str, at: int = 0):
    from rasid.model import Entity

    start = text.index(mention, at)
    return Entity(start, start + len(mention), mention, label, entity_id, mention)


def stage_speakers(text: str, entities: tuple = ()) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation, from the quotes stage over the given entities."""
    article = quotes_stage(Article(id="t", text=text, entities=entities))
    return [(q.cue.text, speaker_name(q)) for q in article.quotes]


def test_an_honorific_noun_is_never_the_speakers_name():
    text = (
        "وصف سماحة مفتي عام المملكة ورئيس هيئة كبار العلماء والرئيس العام للبحوث العلمية "
        "والإفتاء الشيخ صالح بن محمد آل الحمد الاعتداء بأنه عمل إجرامي.\n\n"
        "وقال سماحته في اتصال هاتفي: «نسأل الله أن يحفظ البلاد»."
    )
    assert pipeline_speakers(text) == [("وقال", "صالح بن محمد آل الحمد")]
    # the honorific still introduces a title or a name: "معالي وزير الصحة" is a role, no name
    (quote,) = quotes_of("وقال معالي وزير الصحة إن المستشفى سيفتتح قريبا.")
    assert speaker_name(quote) != "معالي"


def test_a_manner_participle_right_after_the_verb_is_not_the_subject():
    text = "وقال الوزير خالد العمري إن العمل مستمر.\n\nوقال معقبا: «سنفتتح المشروع قريبا»."
    assert [speaker_name(q) for q in quotes_of(text)] == ["خالد العمري", "خالد العمري"]
    # a name of the same shape after the verb still speaks
    assert speaker_name(one("وقال مشعل إن الحركة لن تتراجع.")) == "مشعل"


def test_a_kunya_cut_by_the_entities_stage_is_completed():
    text = (
        "أما الدكتور سامي أبو زيدان فرأى أن الحملة تحتاج إلى وقت أطول.\n\n"
        "وأضاف أبو زيدان: «النتائج ستظهر خلال عام»."
    )
    cut = _entity(text, "أبو", "PER", "p1", at=60)
    entities = (_entity(text, "سامي أبو زيدان", "PER", "p1"), cut)
    assert [name for _cue, name in stage_speakers(text, entities)] == ["سامي أبو زيدان"] * 2


def test_counted_and_affiliated_unnamed_sources_keep_their_words():
    assert speaker_name(one("وقال اثنان من مسؤولي الحكومة لرويترز إن المفاوضات ستستأنف.")) == (
        "اثنان من مسؤولي الحكومة"
    )
    found = quotes_of("وقالت مصادر بالوزارة إن القرار سيصدر غدا. وأشارت إلى أن اللجنة أنهت أعمالها.")
    # a broken plural takes a feminine singular verb, so the later «وأشارت» refers back to it
    assert [speaker_name(q) for q in found] == ["مصادر بالوزارة", "مصادر بالوزارة"]
    # a singular source is masculine: a feminine implied cue does not take it
    found = quotes_of("وقال مسؤول إن القرار سيصدر غدا. وأشارت إلى أن اللجنة أنهت أعمالها.")
    assert speaker_name(found[0]) == "مسؤول" and speaker_name(found[-1]) != "مسؤول"


def test_a_titles_complement_is_not_a_second_name():
    text = (
        "وقالت الباحثة منى الراشد أستاذ علم النفس وعلم الاجتماع في جامعة الملك سعود، "
        "إن النوم المبكر يحسن التركيز."
    )
    assert stage_speakers(text, (_entity(text, "منى الراشد", "PER", "p1"),)) == [("وقالت", "منى الراشد")]
    # a definite honorific introduces the name after the complement
    text = (
        "وأوضح أمين عام الهيئة الخيرية التابعة لرابطة العالم الإسلامي الدكتور سعيد العبدالكريم "
        "أن المساعدات وصلت."
    )
    assert speaker_name(one(text)) == "سعيد العبدالكريم"


def test_each_of_a_listed_bodies_speaks():
    text = "وأعلنت كل من نوكيا وسامسونغ وغوغل أن هواتفها ستحصل على التحديث الشهر المقبل."
    entities = (_entity(text, "سامسونغ", "ORG", "o1"), _entity(text, "غوغل", "ORG", "o2"))
    assert [name for _cue, name in stage_speakers(text, entities)] == ["نوكيا", "سامسونغ", "غوغل"]
    # "كل" alone is never the speaker
    assert all(name != "كل" for _cue, name in pipeline_speakers(text))


def test_an_alias_in_marks_after_a_full_name_is_not_part_of_it():
    found = quotes_of("وأكدت الجمعية السعودية للدراسات الاجتماعية «وعي» أن الحملة ناجحة.")
    assert [speaker_name(q) for q in found] == ["الجمعية السعودية للدراسات الاجتماعية"]
    # a quoted proper name after a generic head is the body's name
    (quote,) = quotes_of("وأكدت هيئة حقوق الإنسان «عدالة» أن التقرير دقيق.")
    assert speaker_name(quote) == "هيئة حقوق الإنسان عدالة"


def test_a_body_goes_on_through_the_place_it_is_in_construct_with():
    text = "وأفاد بيان لمديرية أمن مدينة أنقرة أن الانفجار أوقع جرحى. وقال مكتب حاكم أنقرة إن التحقيق بدأ."
    entities = (_entity(text, "أنقرة", "LOC", "l1"), _entity(text, "أنقرة", "LOC", "l1", at=60))
    assert [name for _cue, name in stage_speakers(text, entities)] == [
        "مديرية أمن مدينة أنقرة",
        "مكتب حاكم أنقرة",
    ]
    text = "وقال مكتب الإحصاء الوطني بالمملكة المتحدة إن البطالة تراجعت."
    entities = (_entity(text, "المملكة المتحدة", "LOC", "l1"),)
    assert stage_speakers(text, entities) == [("وقال", "مكتب الإحصاء الوطني بالمملكة المتحدة")]


def test_a_definite_body_word_is_the_body_not_a_name_it_occurs_in():
    text = (
        "ووقع تبادل لإطلاق النار بين الشرطة والمسلحين قرب مركز للشرطة. "
        "وأعلنت الشرطة أنها اعتقلت أحد المهاجمين."
    )
    assert stage_speakers(text) == [("وأعلنت", "الشرطة")]


def test_a_statement_of_a_body_speaks_for_the_body_named_before():
    text = (
        "وسيطرت جبهة التحرير على البلدة أمس.\n\n"
        "وانتقد بيان للتحرير خطة الحكومة، قائلا إن الهدف منها إضعاف المعارضة."
    )
    assert stage_speakers(text) == [("قائلا", "جبهة التحرير")]


def test_a_given_name_looking_like_a_preposition_or_an_adjunct():
    text = (
        "صرح علي حسن الموسوي مسؤول العلاقات في الغرفة بأن الوفد سيصل غدا.\n\n"
        "وقال المسؤول العراقي إن الاتفاق سيوقع."
    )
    entities = (_entity(text, "حسن الموسوي", "PER", "p1"),)
    # the given name the entity left out, and "المسؤول" referring back to the official named
    assert stage_speakers(text, entities) == [("صرح", "علي حسن الموسوي"), ("وقال", "علي حسن الموسوي")]
    text = "وقال رئيس مجلس محافظة البصرة صباح الحلفي إن المجلس سيجتمع غدا."
    run_on = (_entity(text, "مجلس محافظة البصرة صباح الحلفي", "ORG", "o1"),)
    assert stage_speakers(text, run_on) == [("وقال", "صباح الحلفي")]
    # an adjunct is still an adjunct
    assert speaker_name(one("وقال الوزير صباح اليوم إن المجلس سيجتمع غدا.")) == "الوزير"
    text = "وأوضح نائب رئيس بلدية المدينة فالح المطيري أن المشروع سينتهي قريبا."
    assert stage_speakers(text, (_entity(text, "فالح المطيري", "PER", "p1"),)) == [("وأوضح", "فالح المطيري")]


def test_a_name_in_commas_after_a_bare_title_is_the_speaker():
    text = "وأكد رئيس نقابة المعلمين في المدينة، ماجد السالم، أن الإضراب سيستمر."
    assert stage_speakers(text, (_entity(text, "ماجد السالم", "PER", "p1"),)) == [("وأكد", "ماجد السالم")]


def test_an_object_before_the_subject_and_a_fronted_adverbial():
    text = "أوضح ذلك منسق لجنة الانتخابات بمنطقة الجوف سعد الرويلي، وقال: إن التسجيل يبدأ الأحد المقبل."
    assert stage_speakers(text, (_entity(text, "سعد الرويلي", "PER", "p1"),)) == [("وقال", "سعد الرويلي")]
    text = (
        "وقال عدد من الطلاب إن الاختبارات كانت صعبة.\n\n"
        "إلى ذلك، طالب الدكتور نبيل السراج، عميد كلية الهندسة، بزيادة المنح.\n\n"
        "وأضاف: «الطلاب يستحقون الدعم»."
    )
    entities = (_entity(text, "نبيل السراج", "PER", "p1"),)
    assert stage_speakers(text, entities)[-1] == ("وأضاف", "نبيل السراج")


def test_a_dotted_acronym_ends_no_sentence():
    text = "وقال الوزير خالد العمري لقناة (سي.بي.سي) التلفزيونية إنه يجب وقف إطلاق النار فورا."
    assert speaker_name(one(text)) == "خالد العمري"


def test_the_definite_verbal_noun_bil_qawl_is_a_cue():
    text = "ومضى الوزير خالد العمري بالقول إن المشروع سيكتمل قبل نهاية العام."
    quote = one(text)
    assert quote.cue.text == "بالقول" and speaker_name(quote) == "خالد العمري"


def test_counts_and_decimals_are_not_sources_or_sentence_ends():
    # a count is a source only as a partitive ("اثنان من …"); a decimal point ends no sentence
    assert quotes_of("وزاد سعر الخام 90 سنتا أو اثنين بالمئة إلى 44.77 دولار.") == []
    assert quotes_of("وأكدت الدراسة ارتفاع عدد المشتركين بنسبة 25.3 بالمائة، وازداد عدد الزوار.") == []


# --------------------------------------------------------------------------------------------
# Ninth round: a speaker is a name, a title, a source, a group or a body, never what is said


def test_a_verbal_noun_object_after_a_title_is_not_the_name():
    text = (
        "وأكد المتحدث باسم لجنة الانتخابات ماجد الدوسري أن الاستعدادات اكتملت.\n\n"
        "ونفى المتحدث باسم لجنة الانتخابات رصد أي مخالفة في مراكز الاقتراع، لافتا إلى أن "
        "المراقبين يعملون في كل المراكز. وقال إن نسبة المشاركة ارتفعت."
    )
    entities = (_entity(text, "ماجد الدوسري", "PER", "p1"),)
    assert stage_speakers(text, entities) == [
        ("وأكد", "ماجد الدوسري"),
        ("ونفى", "ماجد الدوسري"),  # "نفى رصد أي مخالفة": a verbal-noun statement (round 22c)
        ("لافتا", "ماجد الدوسري"),
        ("وقال", "ماجد الدوسري"),
    ]


def test_a_field_of_study_after_a_title_is_not_the_name():
    text = "وقال مدير قسم هندسة البرمجيات بالشركة هاني الزهراني إن التطبيق سيطلق الشهر المقبل."
    assert stage_speakers(text, (_entity(text, "هاني الزهراني", "PER", "p1"),)) == [("وقال", "هاني الزهراني")]
    # without a name after it, the title stands, not its complement
    text = "وقال مدير قسم هندسة البرمجيات إن التطبيق سيطلق الشهر المقبل."
    assert stage_speakers(text) != [("وقال", "هندسة البرمجيات")]


def test_an_elative_description_continues_the_last_speaker():
    text = (
        "وقال بيليه: «المنتخب البرازيلي قادر على العودة».\n\n"
        "وتابع أشهر لاعب في تاريخ الكرة حديثه: «علينا أن نصبر على المدرب الجديد»."
    )
    assert stage_speakers(text, (_entity(text, "بيليه", "PER", "p1"),)) == [
        ("وقال", "بيليه"),
        ("وتابع", "بيليه"),
    ]
    # a title with the same shape is still resolved to its bearer
    text = (
        "وقال أمين عام المنظمة خالد الفارس إن الإنتاج سيرتفع.\n\n"
        "وقال بيليه: «المنتخب قادر على العودة».\n\n"
        "واعتبر أمين عام المنظمة أن السوق مستقر."
    )
    entities = (_entity(text, "خالد الفارس", "PER", "p1"), _entity(text, "بيليه", "PER", "p2"))
    assert stage_speakers(text, entities)[-1] == ("واعتبر", "خالد الفارس")
    # a given name with the same shape still names the speaker
    text = "وقال أحمد الغامدي مدرب الفريق إن اللاعبين جاهزون."
    assert stage_speakers(text, (_entity(text, "أحمد الغامدي", "PER", "p1"),)) == [("وقال", "أحمد الغامدي")]


def test_an_appositive_expert_or_specialist_is_a_role_not_the_name():
    text = "وقال فهد الحربي الخبير في شؤون الطاقة إن الأسعار ستتراجع."
    assert stage_speakers(text, (_entity(text, "فهد الحربي", "PER", "p1"),)) == [("وقال", "فهد الحربي")]
    text = "وقالت نورة القحطاني اخصائية التغذية بالمستشفى إن الصيام يفيد القلب."
    assert stage_speakers(text, (_entity(text, "نورة القحطاني", "PER", "p1"),)) == [
        ("وقالت", "نورة القحطاني")
    ]


def test_a_coordinated_document_is_not_part_of_an_unnamed_source():
    text = "وذكرت الصحيفة نقلا عن مسؤول بوزارة الدفاع ووثائق مسربة أن الصفقة ألغيت."
    assert stage_speakers(text)[-1][1] == "مسؤول بوزارة الدفاع"
    # a coordinated qualifier or a noun in construct stays
    text = "وقالت مصادر أمنية وعسكرية إن الهجوم أسفر عن مقتل خمسة."
    assert stage_speakers(text) == [("وقالت", "مصادر أمنية وعسكرية")]
    text = "وقال موظف في إدارة الإغاثة وإعادة الإعمار إن المساعدات وصلت."
    assert stage_speakers(text) == [("وقال", "موظف في إدارة الإغاثة وإعادة الإعمار")]


def test_an_unnamed_plural_subject_is_not_the_person_in_its_object():
    text = (
        "انتقد محللون خليجيون وغربيون تصريحات الوزير كمال الحسيني ضد الاتفاق، مؤكدين أنها لا تخدم "
        "استقرار المنطقة."
    )
    entities = (_entity(text, "كمال الحسيني", "PER", "p1"),)
    assert stage_speakers(text, entities) == [("مؤكدين", "محللون خليجيون وغربيون")]
    # nor its possessed object
    text = "أبدى متعاملون في سوق العقار قلقهم من ارتفاع الأسعار. وأشاروا إلى أن الطلب تراجع."
    assert stage_speakers(text) == [("وأشاروا", "متعاملون في سوق العقار")]


def test_a_group_keeps_its_qualifier_and_a_bare_mention_continues_it():
    text = (
        "وأوضحت دراسة للباحثين في كلية الطب بجامعة الملك سعود في الرياض أن النوم المبكر يحسن الذاكرة. "
        "وأضاف الباحثون أن التجربة شملت ألف طالب."
    )
    assert stage_speakers(text) == [
        ("وأوضحت", "باحثين في كلية الطب بجامعة الملك سعود"),
        ("وأضاف", "باحثين في كلية الطب بجامعة الملك سعود"),
    ]
    text = "وقال الباحثون في مركز الأبحاث الزراعية إن المحصول تضاعف. وأضاف الباحثون أن التجربة ستتوسع."
    assert [s for _, s in stage_speakers(text)] == ["الباحثون في مركز الأبحاث الزراعية"] * 2
    # what a group works on is no qualifier
    text = "وقال المحققون في حادث تحطم الطائرة إن الصندوق الأسود عثر عليه."
    assert stage_speakers(text) == [("وقال", "المحققون")]
    # a different group is not the qualified one
    text = "وقال الباحثون في مركز الأبحاث الزراعية إن المحصول تضاعف. وقال المزارعون إن الأسعار انخفضت."
    assert stage_speakers(text)[-1] == ("وقال", "المزارعون")


def test_a_bare_title_goes_to_its_latest_bearer_not_the_first_speaker():
    text = (
        "وقال السفير ماجد الحربي مندوب المملكة لدى المنظمة إن القرار متوازن.\n\n"
        "من جانبه انتقد السفير عادل المري، مساعد وزير الخارجية الأسبق، مشروع القرار، مؤكدا أنه منحاز، "
        "وأكد السفير في تصريحه للصحيفة أن التصويت سيؤجل، وأوضح أن المشاورات مستمرة."
    )
    entities = (_entity(text, "ماجد الحربي", "PER", "p1"), _entity(text, "عادل المري", "PER", "p2"))
    assert stage_speakers(text, entities) == [
        ("وقال", "ماجد الحربي"),
        ("مؤكدا", "عادل المري"),
        ("وأكد", "عادل المري"),
        ("وأوضح", "عادل المري"),
    ]


def test_a_kunya_written_joined_is_the_person_named_before():
    text = (
        "وقال المتحدث باسم وزارة الخارجية سامي أبو حمد إن الوزارة تتابع الموقف. "
        "وأفاد أبوحمد بأن الاتصالات مستمرة مع الجانب الآخر."
    )
    assert [s for _, s in stage_speakers(text, (_entity(text, "سامي أبو حمد", "PER", "p1"),))] == [
        "سامي أبو حمد",
        "سامي أبو حمد",
    ]
    # a different kunya is someone else
    text = (
        "وقال المتحدث باسم وزارة الخارجية سامي أبو حمد إن الوزارة تتابع الموقف. "
        "وأفاد أبوخالد بأن الاتصالات مستمرة مع الجانب الآخر."
    )
    assert stage_speakers(text, (_entity(text, "سامي أبو حمد", "PER", "p1"),))[-1][1] != "سامي أبو حمد"


def test_a_month_name_is_never_a_speaker():
    text = (
        "وكشف رئيس اللجنة المهندس سعيد المالكي عن خطة جديدة خلال الملتقى الذي اختتم أبريل الماضي، "
        "حيث قال إن عدد المشاركين تضاعف هذا العام."
    )
    speakers = stage_speakers(text, (_entity(text, "سعيد المالكي", "PER", "p1"),))
    assert ("اختتم", "أبريل الماضي") not in speakers
    assert ("قال", "سعيد المالكي") in speakers
    # a name that merely looks like a word is still a speaker
    assert speaker_name(one("وقال رمزي الحربي إن المشروع سينجز قبل نهاية العام.")) == "رمزي الحربي"


def test_authorities_are_a_body_with_their_qualifiers():
    text = (
        "أصدرت السلطات القضائية الأردنية بيانا عن الحادث. "
        "وأفادت السلطات القضائية في بيان أمس أن ثلاثة موظفين اعتقلوا."
    )
    assert stage_speakers(text)[-1] == ("وأفادت", "السلطات القضائية الأردنية")
    assert speaker_name(one("وقالت السلطات إن الطريق أغلق أمام المركبات.")) == "السلطات"


def test_a_nationality_keeps_a_body_apart_from_another_countrys():
    text = (
        "وأعلنت سلطات إقليم كردستان العراق أن المعبر أغلق مؤقتا. "
        "وفي سياق آخر أعلنت السلطات التركية أن الحدود ستبقى مفتوحة أمام المساعدات."
    )
    places = (_entity(text, "كردستان العراق", "LOC", "l1"),)
    assert stage_speakers(text, places)[0] == ("وأعلنت", "سلطات إقليم كردستان العراق")
    assert stage_speakers(text, places)[-1] == ("أعلنت", "السلطات التركية")
    # the same country's body is still the one named before
    text = (
        "وقالت وكالة الفضاء الأمريكية إن المركبة وصلت إلى مدارها. "
        "وأضافت الوكالة الأمريكية أن الاتصال بها مستقر."
    )
    first, last = stage_speakers(text)
    assert last[1] == first[1] and last[1].startswith("وكالة الفضاء")


def test_a_body_after_lam_keeps_its_own_construct_noun():
    (quote,) = quotes_of("وقالت الأمانة العامة لهيئة كبار العلماء إن الاعتداء على المصلين جريمة.")
    assert speaker_name(quote) == "الأمانة العامة لهيئة كبار العلماء"
    # the conjunction still ends the body's name; the body after it is a second speaker (round 61)
    first, second = quotes_of("وقالت الأمانة العامة لهيئة الإغاثة ووزارة الصحة إن القوافل وصلت.")
    assert "وزارة" not in (speaker_name(first) or "")
    assert speaker_name(second) == "وزارة الصحة"


def test_a_numbered_report_speaks_for_the_body_that_issued_it():
    text = "وأوضح التقرير الـ 12 الذي صدر عن الهيئة العامة للإحصاء أن معدل البطالة تراجع."
    assert speaker_name(one(text)) == "الهيئة العامة للإحصاء"
    assert speaker_name(one("وقال بيان صدر عن وزارة الداخلية إن الطريق أعيد فتحه.")) == "وزارة الداخلية"
    # a number with no issuer after it leaves the report as it was
    assert speaker_name(one("وأوضح التقرير الـ 12 أن معدل البطالة تراجع.")) != "الهيئة العامة للإحصاء"


# --------------------------------------------------------------------------------------------
# Eleventh round: one validator for candidate speakers, and the thread's speaker behind it


def test_the_speaker_validator_accepts_names_titles_sources_and_bodies_only():
    from rasid.extract.quotes import SpeakerGuess, plausible_speaker

    def person(name: str) -> bool:
        return plausible_speaker(SpeakerGuess(name, "person"))

    for not_a_speaker in ("خيمة مسرح الطفل المقامة", "رسالة", "دعم مسار حقوق الإنسان", "تغطية مميزة"):
        assert not person(not_a_speaker), not_a_speaker
    for speaker in (
        "كورتز كوبر",  # a foreign name no list knows
        "تايتشابول",
        "مواقع إخبارية يمنية",  # a source described by its country
        "والدة الطفلة",  # a person named by kinship
        "وزيرة الثقافة",  # a feminine title
        "أجهزة الأمن الروسية",
        "الأولية",  # a definite back-reference
    ):
        assert person(speaker), speaker
    # bodies, groups and sources are typed by the phrase analysis and always pass
    assert plausible_speaker(SpeakerGuess("رسالة", "organization"))


def test_a_rejected_speaker_gives_way_to_the_speaker_of_the_thread():
    text = (
        "وأوضح رئيس الجمعية سعد القحطاني أن الموسم حقق نتائج جيدة.\n\n"
        "وأكد دعم برامج التدريب في المحافظات كافة، مشددا على أن الجمعية ستواصل عملها."
    )
    names = [name for _, name in stage_speakers(text, (_entity(text, "سعد القحطاني", "PER", "p1"),))]
    assert "دعم برامج التدريب" not in names
    assert names[-1] == "سعد القحطاني"
    # a document after the verb is no speaker either: the chain goes on with the official quoted before
    text = (
        "وقال مدير الشرطة اللواء فهد العتيبي إن الجناة سيقدمون للعدالة.\n\n"
        "ووجه مدير الشرطة رسالة إلى المواطنين قائلا: «أمنكم أمانة في أعناقنا»."
    )
    assert stage_speakers(text, (_entity(text, "فهد العتيبي", "PER", "p1"),))[-1] == ("قائلا", "فهد العتيبي")
    # the subject of a sentence that is a place or event is not a speaker: unresolved, not the tent
    text = "جذبت خيمة الألعاب المقامة في الحديقة آلاف الزوار.\n\nوأوضح أن العروض ستستمر حتى نهاية الشهر."
    assert stage_speakers(text) == [("وأوضح", None)]


def test_a_family_name_that_is_also_a_cue_is_part_of_the_name():
    (quote,) = quotes_of("وأوضح المخرج المسرحي أمين طالب أن العروض ستستمر حتى نهاية الشهر.")
    assert quote.cue.text == "وأوضح" and (speaker_name(quote) or "").endswith("طالب")
    # the verb after a name still opens its own statement when it is a clause of its own
    (quote,) = quotes_of("قال سعيد إن المجلس طالب بزيادة الميزانية.")
    assert (quote.cue.text, speaker_name(quote)) == ("قال", "سعيد")


def test_a_short_name_then_a_title_is_the_person_named_in_full_before():
    text = (
        "دعا النائب محمود الحسيني إلى جلسة طارئة للبرلمان.\n\n"
        "وأوضح الحسيني القيادي في ائتلاف الوحدة في بيان أن الظروف تتطلب حكومة أزمة."
    )
    full = _entity(text, "محمود الحسيني", "PER", "p1")
    short = _entity(text, "الحسيني", "PER", "p1", at=full.end)
    short = type(short)(short.start, short.end, short.text, "PER", "p1", "محمود الحسيني")
    assert stage_speakers(text, (full, short)) == [("وأوضح", "محمود الحسيني")]


def test_a_reporting_verb_whose_words_were_not_a_quotation_still_sets_the_thread():
    text = (
        "وقال الوزير سامي الفهد إن الخطة جاهزة.\n\n"
        "وفي سياق آخر أكد الناشط جلال الكبيسي انطلاق حملة لتنظيف الشواطئ.\n\n"
        "وقال إن المتطوعين تجاوزوا الألف."
    )
    ents = (_entity(text, "سامي الفهد", "PER", "p1"), _entity(text, "جلال الكبيسي", "PER", "p2"))
    assert stage_speakers(text, ents)[-1] == ("وقال", "جلال الكبيسي")
    # an unnamed source in a trailing attribution, too ("على ما أعلن مصدر عسكري")
    text = (
        "وقالت مصادر صحفية إن الهجوم وقع فجرا.\n\n"
        "من جهة أخرى، قتل ثلاثة جنود في هجوم، على ما أعلن مصدر عسكري محملا التنظيم المسؤولية.\n\n"
        "وأضاف إن الجنود ينتمون إلى اللواء الأول."
    )
    assert stage_speakers(text)[-1] == ("وأضاف", "مصدر عسكري")
    # without such a verb the thread stays with the last speaker
    text = "وقال الوزير سامي الفهد إن الخطة جاهزة.\n\nوأضاف إن التنفيذ يبدأ الشهر المقبل."
    assert stage_speakers(text, (_entity(text, "سامي الفهد", "PER", "p1"),))[-1] == ("وأضاف", "سامي الفهد")


def test_a_bare_title_is_the_person_named_right_after_it_before():
    text = (
        "وأوضحت القاضية كارين يونغ أن الحكم نهائي.\n\n"
        "وقال محامي المتهمين إن موكليه سيستأنفون.\n\n"
        "وروت القاضية أنها فكرت مليا في العقوبة."
    )
    ents = (_entity(text, "كارين يونغ", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1] == ("وروت", "كارين يونغ")
    # a quoted alias and an honorific may stand between the title and the name
    text = (
        "دعا رئيس لجنة حقوق الإنسان العربية «لجنة الميثاق» الدكتور هادي اليامي إلى التحقيق في الجرائم.\n\n"
        "وأكد رئيس لجنة حقوق الإنسان العربية أهمية توثيق الانتهاكات."
    )
    names = [name for _, name in stage_speakers(text, (_entity(text, "هادي اليامي", "PER", "p1"),))]
    assert names and set(names) == {"هادي اليامي"}
    # a title nobody bore by name before stays the title
    assert speaker_name(one("وروت القاضية أنها فكرت مليا في العقوبة.")) == "القاضية"


def test_a_one_word_body_keeps_the_city_it_serves():
    text = "وأعلنت النيابة في فيينا أن خمسة أشخاص أوقفوا."
    assert stage_speakers(text, (_entity(text, "فيينا", "LOC", "l1"),)) == [("وأعلنت", "النيابة في فيينا")]
    # not a statement's circumstances
    text = "وأعلنت النيابة في بيان أن خمسة أشخاص أوقفوا."
    assert stage_speakers(text) == [("وأعلنت", "النيابة")]


def test_a_participle_with_its_fixed_object_opens_a_clause():
    found = quotes_of("وقال المدير إن العمل مستمر، لافتاً النظر إلى أن الفريق جاهز للموسم.")
    assert [q.cue.text for q in found] == ["وقال", "لافتاً"]
    assert "الفريق جاهز" in found[-1].text


def test_a_title_is_never_the_person_named_inside_what_is_said():
    text = (
        "أكد وزير الخارجية الروسي أن موسكو تنتظر باهتمام كبير الزيارة التي سيقوم بها صاحب السمو "
        "الأمير خالد بن سعد وزير الدفاع في الخريف المقبل."
    )
    ents = (_entity(text, "خالد بن سعد", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("أكد", "وزير الخارجية الروسي")]
    # a title the next sentence names is still that person
    text = "قال القائم بأعمال النائب العام إن التحقيق مستمر. وكان النائب العام سامي الحربي قد أمر بالتحقيق."
    ents = (_entity(text, "سامي الحربي", "PER", "p1"),)
    assert stage_speakers(text, ents)[0][1] in ("سامي الحربي", "القائم بأعمال النائب العام")


# --------------------------------------------------------------------------------------------
# Round 12: a bare definite noun is the qualified mention of the same noun before it


def test_a_bare_definite_source_is_its_qualified_first_mention():
    text = (
        "لقي 12 شخصا حتفهم في فيضانات شمال البلاد، بحسب ما أفاد أمس مسؤول محلي وكالة الأنباء. "
        "وقال المسؤول في مدينة الحسكة إن فرق الإنقاذ ما زالت تبحث عن مفقودين."
    )
    assert stage_speakers(text) == [("وقال", "مسؤول محلي")]
    # with a nisba adjective after a definite head: "الجيش التركي", then "الجيش" and another body
    text = (
        "قال الجيش التركي إن ثلاثة جنود أصيبوا في هجوم على موقع حدودي.\n\n"
        "وذكر الجيش ومكتب حاكم الإقليم أن المهاجمين فروا نحو الجبال."
    )
    ents = (_entity(text, "الجيش التركي", "ORG", "o1"),)
    assert ("وذكر", "الجيش التركي") in stage_speakers(text, ents)


def test_a_bare_collective_noun_is_its_qualified_first_mention():
    # a complement that names (construct state) or a partitive qualifies the first mention
    text = (
        "نعت عائلة سامي الفارس الفنان الراحل في حفل تأبين أقيم مساء أمس.\n\n"
        "وقالت العائلة في بيان إن التبرعات ستذهب إلى جمعية خيرية."
    )
    ents = (_entity(text, "سامي الفارس", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وقالت", "عائلة سامي الفارس")]
    text = (
        "وافتتح المعرض بأعمال لمجموعة من الرسامات الشابات من مناطق مختلفة.\n\n"
        "وأشارت المجموعة إلى أن الإقبال فاق التوقعات."
    )
    assert stage_speakers(text) == [("وأشارت", "مجموعة من الرسامات")]
    # a sound masculine plural in the construct state drops its ن (مصابو الحادث)
    text = "أجمع مصابو الحادث المروري على أن الإسعاف وصل سريعا.\n\nوأضاف المصابون أن الطريق يحتاج إلى إنارة."
    assert stage_speakers(text)[-1] == ("وأضاف", "مصابو الحادث المروري")


def test_a_bare_definite_noun_with_nothing_qualified_before_stays_bare():
    # no earlier mention of the noun, or only bare ones: nothing to resolve to
    assert stage_speakers("وقال المسؤول إن الطريق سيفتح غدا.") == [("وقال", "المسؤول")]
    text = "وصل المسؤول إلى الموقع صباحا.\n\nوقال المسؤول إن الطريق سيفتح غدا."
    assert stage_speakers(text)[-1] == ("وقال", "المسؤول")
    # a name that ends like an adjective is no qualifier (عائلة بوبي كريستينا, not "عائلة بوبي")
    text = "قالت عائلة بوبي كريستينا في بيان إنها ممتنة.\n\nوقالت العائلة إن الجنازة ستقام الأحد."
    ents = (_entity(text, "بوبي كريستينا", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1] == ("وقالت", "عائلة بوبي كريستينا")
    # a named person is never replaced by a mention of a common noun
    text = "وصل الوزير السعودي إلى الرياض.\n\nوقال الوزير خالد الفيصل إن الزيارة ناجحة."
    ents = (_entity(text, "خالد الفيصل", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وقال", "خالد الفيصل")]


def test_a_noun_that_spells_like_a_cue_after_a_noun_is_no_cue():
    # "مقال رأي نشر": رأي is a noun after مقال and نشر a verb, neither cue nor speaker; the
    # statement after it is the named writer's
    text = (
        "وفي مقال رأي نشر في صحيفة محلية يوم الأحد قال خالد المنصور إن الإصلاحات ستستمر.\n\n"
        "وأضاف أن الحكومة ماضية في خطتها."
    )
    ents = (_entity(text, "خالد المنصور", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("قال", "خالد المنصور"), ("وأضاف", "خالد المنصور")]
    # the verb itself, with its subject, stays a cue ("ورأى الخبير أن …")
    assert stage_speakers("ورأى الخبير أن الأسعار ستنخفض قريبا.") == [("ورأى", "الخبير")]
    text = "وفي تصريح صحفي أكد خالد المنصور أن الإصلاحات ستستمر."
    ents = (_entity(text, "خالد المنصور", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("أكد", "خالد المنصور")]


def test_a_bare_spokesperson_is_the_spokesperson_named_before_with_the_body():
    text = (
        "أعلنت متحدثة باسم الشرطة البريطانية أن طائرة صغيرة سقطت قرب الطريق السريع.\n\n"
        "وأضافت المتحدثة أن الطيار نقل إلى المستشفى للعلاج."
    )
    speakers = stage_speakers(text)
    assert speakers[-1] == ("وأضافت", "متحدثة باسم الشرطة البريطانية")
    # a spokesperson named by name before is still that person, not the description
    text = (
        "قال المتحدث باسم الوزارة أحمد الحربي إن الطائرة سقطت قرب الطريق.\n\n"
        "وأضاف المتحدث أن أحدا لم يصب بأذى."
    )
    ents = (_entity(text, "أحمد الحربي", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("قال", "أحمد الحربي"), ("وأضاف", "أحمد الحربي")]


def test_a_speaker_phrase_ends_before_a_participle_clause_or_a_time_adjunct():
    # "المعترف بها": a participle with a resumptive pronoun describes the body, like التي
    text = (
        "ودعت الحكومة المعترف بها دوليا الطرفين إلى وقف القتال.\n\n"
        "وقالت الحكومة في بيانها إن الحوار هو الطريق الوحيد."
    )
    assert stage_speakers(text)[-1] == ("وقالت", "الحكومة")
    # "العام الماضي": a time adjunct between the speaker and the clause
    found = quotes_of("وقالت الشركة العام الماضي إنها تعاني خسائر بسبب ارتفاع التكاليف.")
    assert [(q.cue.text, speaker_name(q), q.text) for q in found] == [
        ("وقالت", "الشركة", "تعاني خسائر بسبب ارتفاع التكاليف")
    ]
    # a title ending in العام is no time adjunct
    assert stage_speakers("وقال النائب العام إن التحقيق مستمر.") == [("وقال", "النائب العام")]
    assert stage_speakers("وقال المدير العام للشركة إن الأرباح ارتفعت.") == [("وقال", "المدير العام للشركة")]


def test_a_name_in_marks_before_the_verb_is_its_subject_not_a_quotation():
    text = 'وكان وزير التعليم "د. خالد السبيعي" قال خلال اجتماعه بالمديرين إن الدراسة ستبدأ في موعدها.'
    ents = (_entity(text, "خالد السبيعي", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("قال", "خالد السبيعي")]
    # a name in marks after a description of the speaker is that speaker (المواطن "…")
    text = 'وقال المواطن "سعد الغامدي" إن الطريق يحتاج إلى صيانة عاجلة.'
    ents = (_entity(text, "سعد الغامدي", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وقال", "سعد الغامدي")]
    # words in marks that are more than a name are still what was said
    text = '"الدراسة ستبدأ في موعدها" قال خالد السبيعي للصحفيين.'
    ents = (_entity(text, "خالد السبيعي", "PER", "p1"),)
    found = quotes_stage(Article(id="t", text=text, entities=ents)).quotes
    assert [(q.kind, q.text, speaker_name(q)) for q in found] == [
        ("direct", "الدراسة ستبدأ في موعدها", "خالد السبيعي")
    ]


# --------------------------------------------------------------------------------------------
# Thirteenth round: names the phrase scan cut, foreign outlet names, collective speakers


def test_a_speaker_phrase_runs_to_the_end_of_the_person_entity_it_ends_in():
    # قاضي is a title word, but here the family name the entities stage tagged with the person
    text = "وأوضح المتحدث الرسمي للوزارة حاتم بن حسن قاضي أن الخدمة ستتوقف مؤقتا يوم الجمعة."
    ents = (_entity(text, "حاتم بن حسن قاضي", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وأوضح", "حاتم بن حسن قاضي")]
    # a scan cut by a title word runs on to the entity's end
    text = "وقال الباحث سامي نجم الدين إن الدراسة شملت ألف أسرة."
    ents = (_entity(text, "سامي نجم الدين", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وقال", "سامي نجم الدين")]
    # but never past a complementizer or punctuation inside an entity run on too far
    text = "وقالت وزارة الداخلية إن قوات الأمن أحبطت محاولة تهريب."
    ents = (_entity(text, "وزارة الداخلية إن قوات", "ORG", "o1"),)
    found = quotes_stage(Article(id="t", text=text, entities=ents)).quotes
    assert [(speaker_name(q), q.text) for q in found] == [("وزارة الداخلية", "قوات الأمن أحبطت محاولة تهريب")]
    # a profession after the name is its apposition, not part of it
    text = "وقال سليم الدهام استشاري أمراض القلب إن المرض ينتشر بين الشباب."
    ents = (_entity(text, "سليم الدهام استشاري", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وقال", "سليم الدهام")]


def test_a_foreign_outlet_name_runs_to_the_comma_or_the_clause():
    assert stage_speakers("وقالت صحيفة لا ناسيون، إن الحكومة الأرجنتينية تدرس خفض الضرائب.") == [
        ("وقالت", "صحيفة لا ناسيون")
    ]
    assert stage_speakers("وذكر موقع popular science أن العلماء طوروا بطارية تدوم أسبوعا.") == [
        ("وذكر", "موقع popular science")
    ]
    assert stage_speakers("وقالت صحيفة نيويورك تايمز إن المفاوضات تعثرت.") == [
        ("وقالت", "صحيفة نيويورك تايمز")
    ]
    # a definite word, a time word or a prepositional phrase after the name is not part of it
    assert stage_speakers("وقالت صحيفة عكاظ اليوم إن الأمطار ستستمر.") == [("وقالت", "صحيفة عكاظ")]
    assert stage_speakers("وذكرت صحيفة الحياة اللندنية أن الاجتماع تأجل.") == [("وذكرت", "صحيفة الحياة")]


def test_people_named_collectively_speak_as_a_group_for_a_later_plural_cue():
    text = (
        "وتجمع ذوو الشهداء أمام مبنى المحكمة صباح أمس. وقالوا إن المحاكمة تأخرت كثيرا، "
        "مؤكدين أنهم سيواصلون المطالبة بالقصاص."
    )
    assert stage_speakers(text) == [("وقالوا", "ذوو الشهداء"), ("مؤكدين", "ذوو الشهداء")]
    # after someone was quoted, a group that is the subject of the sentence just before still is
    text = (
        "قال وزير العدل خالد الفهد إن القضية في يد القضاء. وتجمع المحتجون أمام الوزارة. "
        "وقالوا إن العدالة تأخرت."
    )
    ents = (_entity(text, "خالد الفهد", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("قال", "خالد الفهد"), ("وقالوا", "المحتجون")]
    # not when someone was quoted after the group's sentence, nor for a singular cue
    text = (
        "وتجمع المحتجون أمام الوزارة. وقال وزير العدل خالد الفهد إن القضية في يد القضاء. "
        "وأضاف أن الحكم سيصدر قريبا."
    )
    ents = (_entity(text, "خالد الفهد", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وقال", "خالد الفهد"), ("وأضاف", "خالد الفهد")]


def test_a_group_said_something_in_a_statement_not_in_it():
    assert stage_speakers("وقال المنظمون في بيان إن المهرجان سيستمر أسبوعا.") == [("وقال", "المنظمون")]
    # a group and where its members work stays whole
    assert stage_speakers("وقال الباحثون في جامعة الملك سعود إن النتائج مشجعة.") == [
        ("وقال", "الباحثون في جامعة الملك سعود")
    ]


def test_a_regulation_speaks_for_the_body_that_issued_it():
    text = (
        "أصدرت وزارة العمل أمس اللائحة التنفيذية لنظام العمل الجديد. "
        "وأوضحت اللائحة التنفيذية أن ساعات العمل لن تتجاوز ثماني ساعات يوميا."
    )
    ents = (_entity(text, "وزارة العمل", "ORG", "o1"),)
    assert stage_speakers(text, ents) == [("وأوضحت", "وزارة العمل")]
    # with no body named, the document stays the speaker
    assert stage_speakers("وأوضحت اللائحة التنفيذية أن ساعات العمل لن تتجاوز ثماني ساعات.") == [
        ("وأوضحت", "اللائحة التنفيذية")
    ]


def test_a_unit_named_with_the_body_it_belongs_to_is_an_organisation_referred_back_to():
    text = (
        "أعلنت المنسقية العامة لرئاسة الوزراء التركية، أن الطائرات قصفت مواقع للتنظيم فجر اليوم.\n\n"
        "وأفادت المنسقية، في بيان لها، أن العمليات ستستمر حتى تحقيق أهدافها."
    )
    ents = (_entity(text, "رئاسة الوزراء التركية", "ORG", "o1"),)
    body = "المنسقية العامة لرئاسة الوزراء التركية"
    assert stage_speakers(text, ents) == [("أعلنت", body), ("وأفادت", body)]
    # a definite noun with a title, or with no body after ل, is not made a body
    text = "وقال المدير العام لشركة المراعي إن الأرباح ارتفعت."
    ents = (_entity(text, "شركة المراعي", "ORG", "o1"),)
    assert stage_speakers(text, ents) == [("وقال", "المدير العام لشركة المراعي")]


def test_a_regulation_issued_from_a_ministry_speaks_for_it():
    text = (
        "وأوضحت اللائحة التنفيذية للقرار الصادرة من وزارة المالية، أن المتعاقد يسدد الغرامة كاملة. "
        "وأضافت أن الجهة تبلغ الوزارة خلال شهر."
    )
    ents = (_entity(text, "وزارة المالية", "ORG", "o1"),)
    assert stage_speakers(text, ents) == [("وأوضحت", "وزارة المالية"), ("وأضافت", "وزارة المالية")]


def test_a_place_ending_like_a_pronoun_does_not_cut_the_title_from_the_name():
    # "بأبها" ends in ها like a possessed noun ("سعادته"), but it is the place the chamber is in
    text = (
        'وقال أمين عام الغرفة التجارية الصناعية بتبوك فهد المالكي: "أقيمت خمسة معارض". '
        'وأضاف: "ستنظم الغرفة دورات تدريبية".'
    )
    ents = (_entity(text, "تبوك", "LOC", "l1"), _entity(text, "فهد المالكي", "PER", "p1"))
    found = quotes_stage(Article(id="t", text=text, entities=ents)).quotes
    assert [(q.cue.text, speaker_name(q), q.text) for q in found] == [
        ("وقال", "فهد المالكي", "أقيمت خمسة معارض"),
        ("وأضاف", "فهد المالكي", "ستنظم الغرفة دورات تدريبية"),
    ]


def test_an_object_after_the_subject_is_not_its_name():
    # a possessed noun after a one-word name: the verb's object
    text = 'واختتم الحكير حديثه بالقول: "لم يحالفنا التوفيق في الصعود هذا الموسم".'
    assert stage_speakers(text, (_entity(text, "الحكير", "PER", "p1"),)) == [("واختتم", "الحكير")]
    # an indefinite utterance after a titled person: what he gave, not his name
    text = "وألقى الرئيس عباس كلمة أمام الحضور، أكد فيها أن المؤتمر سيعقد في موعده."
    assert stage_speakers(text, (_entity(text, "عباس", "PER", "p1"),)) == [("أكد", "عباس")]
    # "آخر إحصائية لموقع …" still speaks as the report of that site
    text = "وذكرت آخر إحصائية لموقع تويتر أن الوسم تصدر القائمة العالمية."
    assert stage_speakers(text) == [("وذكرت", "موقع تويتر")]


def test_an_unnamed_official_keeps_the_place_he_serves():
    text = "وقال المدعي العام في بنغازي في بيان إنه باشر التحقيق في الحريق."
    ents = (_entity(text, "بنغازي", "LOC", "l1"),)
    assert stage_speakers(text, ents) == [("وقال", "المدعي العام في بنغازي")]
    # a named official: the name, not the place
    text = "وقال المدعي العام في طرابلس الصديق الصور إنه فتح تحقيقا في الحادث."
    ents = (_entity(text, "طرابلس", "LOC", "l1"), _entity(text, "الصديق الصور", "PER", "p1"))
    assert stage_speakers(text, ents) == [("وقال", "الصديق الصور")]


def test_an_adjective_and_its_complement_name_nobody():
    from rasid.extract.quotes import SpeakerGuess, plausible_speaker

    def plausible(name: str) -> bool:
        return plausible_speaker(SpeakerGuess(name, "person"))

    # "دورات تدريبية لكيفية …" cut after its noun: an adjective and a ل-complement
    assert not plausible("تدريبية لكيفية إدارة الحملات الإعلامية")
    # a woman named by her nationality, a personality, a body in ية still speak
    assert plausible("أمريكية تعيش في دبي")
    assert plausible("بريطانية لبنانية الأصل")
    assert plausible("شخصية سياسية بارزة")
    assert plausible("جمعية حقوق الإنسان")


def test_a_time_after_the_speaker_is_no_part_of_its_name():
    # "أول من أمس" / "أول أمس" is when it was said, not an ordinal on the name
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون أول من أمس إن بلاده ستواصل دعم لبنان."
    assert pipeline_speakers(text) == [("وقال", "إيمانويل ماكرون")]
    text = "وأعلن وزير الخارجية فيصل المقداد أول أمس أن المفاوضات ستستأنف قريبا."
    assert pipeline_speakers(text) == [("وأعلن", "فيصل المقداد")]
    # "في" before a month or a date: when, not the body the source belongs to
    text = "وقالت مصادر قبلية يمنية في مارس: إن المختطفين سيطلق سراحهم قريبا."
    assert pipeline_speakers(text) == [("وقالت", "مصادر قبلية يمنية")]
    text = "وقالت مصادر أمنية في 12 يناير إن الهجوم أسفر عن سقوط ضحايا."
    assert pipeline_speakers(text) == [("وقالت", "مصادر أمنية")]
    # "في" before a body still says where the source works
    text = "وقال مصدر في وزارة الداخلية إن التحقيقات مستمرة."
    assert pipeline_speakers(text) == [("وقال", "مصدر في وزارة الداخلية")]


def test_a_question_or_reply_aside_ends_the_speaker_phrase():
    # "سئل مسؤول … عما إذا …، فقال": the question is no part of who answered
    text = "وسئل مسؤول سعودي عما إذا كانت الشركة ستخفض الإنتاج، فقال: إن القرار لم يتخذ بعد."
    assert pipeline_speakers(text) == [("فقال", "مسؤول سعودي")]
    # "وأضاف، رداً على سؤال …، أن": the chain goes on with the minister, "رداً" names nobody
    text = (
        "قال وزير الطاقة خالد الفالح إن الأسواق مستقرة، وأضاف، رداً على سؤال حول الأسعار، "
        "أن الطلب سيرتفع خلال الصيف."
    )
    assert pipeline_speakers(text) == [("قال", "خالد الفالح"), ("وأضاف", "خالد الفالح")]
    # "دون أن …" / "دون ذكر …" is how it was said, not the speaker's name
    text = "وقال الوزير دون أن يخوض في التفاصيل إن الاتفاق بات قريبا."
    assert pipeline_speakers(text) == [("وقال", "الوزير")]
    text = "وقالت الشركة دون ذكر أسماء إن ثلاثة موظفين استقالوا."
    assert pipeline_speakers(text) == [("وقالت", "الشركة")]


def test_a_report_in_construct_speaks_for_the_firm_that_issued_it():
    text = (
        "واعتبر تقرير شركة آسيا كابيتال الاستثمارية أن أسواق المنطقة ستشهد نموا "
        "معتدلا العام المقبل.\n\nوأشار التقرير إلى أن الحوافز الحكومية سخية."
    )
    assert pipeline_speakers(text) == [("واعتبر", "شركة آسيا كابيتال"), ("وأشار", "شركة آسيا كابيتال")]
    text = "وقال تقرير وزارة الصحة إن عدد الإصابات تراجع."
    assert pipeline_speakers(text) == [("وقال", "وزارة الصحة")]
    text = "وذكر بيان منظمة الصحة العالمية أن الوباء انحسر."
    assert pipeline_speakers(text) == [("وذكر", "منظمة الصحة العالمية")]
    # a report no body is named for stays the speaker; a firm's Arabic name keeps its adjective
    assert pipeline_speakers("وقال تقرير صحفي إن المفاوضات تعثرت.") == [("وقال", "تقرير صحفي")]
    text = "وقالت شركة الاتصالات السعودية إن الشبكة تعمل بكامل طاقتها."
    assert pipeline_speakers(text) == [("وقالت", "شركة الاتصالات السعودية")]


def test_a_participle_cue_with_its_clause_ends_the_clause_before_it_without_a_comma():
    text = (
        "وأوضح التاجر سالم الحربي أن الطلب ارتفع خلال الإجازة بنسبة 30 % مبينًا أن المعروض "
        "كان كافيا لتغطية حاجة السوق."
    )
    assert [q.text for q in quotes_of(text)] == [
        "الطلب ارتفع خلال الإجازة بنسبة 30 %",
        "المعروض كان كافيا لتغطية حاجة السوق",
    ]
    text = "وقال المدرب خالد العمري: نحن جاهزون للمباراة» مشيرا إلى أن الفريق استعاد لاعبيه المصابين."
    assert [q.cue.text for q in quotes_of(text)] == ["وقال", "مشيرا"]
    # a participle with no clause of its own after it (مشيرا إلى الملعب) stays inside the content
    text = "وقال الحكم إن اللاعب سقط في المنطقة مشيرا إلى الملعب المجاور."
    assert [q.text for q in quotes_of(text)] == ["اللاعب سقط في المنطقة مشيرا إلى الملعب المجاور"]


def test_a_bare_verbal_noun_object_of_announced_is_a_statement():
    # أعلن + an indefinite verbal noun in construct, also with a number or a time word before it
    text = "وأعلنت وزارة الداخلية أمس الخميس ضبط 12 متهما في قضايا تهريب."
    found = one(text)
    assert (found.text, speaker_name(found)) == ("ضبط 12 متهما في قضايا تهريب", "وزارة الداخلية")
    found = one("وأعلن الجيش مقتل ثلاثة مسلحين في اشتباك قرب الحدود.")
    assert (found.text, speaker_name(found)) == ("مقتل ثلاثة مسلحين في اشتباك قرب الحدود", "الجيش")
    found = one("وأكدت مصادر طبية مقتل 9 وإصابة 21 من المدنيين.")
    assert (found.text, speaker_name(found)) == ("مقتل 9 وإصابة 21 من المدنيين", "مصادر طبية")
    found = one("وأعلنت الحكومة اليمنية تحويل حركة الملاحة إلى ميناء عدن.")
    assert (found.text, speaker_name(found)) == ("تحويل حركة الملاحة إلى ميناء عدن", "الحكومة اليمنية")
    # an accusative participle with its own object, or a name going on with a preposition: no statement
    # (since round 25e the sentence before "على ما أعلن" is that source's statement, never the participle's)
    found = quotes_of("وقتل جنديان في هجوم، على ما أعلن مصدر أمني محملاً الجماعة المسلحة المسؤولية.")
    assert [(q.cue.text, q.text) for q in found] == [("على ما أعلن", "قتل جنديان في هجوم")]
    assert quotes_of("وأعلنت الأمانة العامة لهيئة كبار العلماء برنامج الدورة.") == []


def test_a_stance_noun_with_the_speakers_pronoun_is_a_statement_a_feeling_after_akkada_only():
    found = one("وأكدت الوزارة وقوفها إلى جانب المزارعين في مواجهة موجة الجفاف.")
    assert (found.text, speaker_name(found)) == ("وقوفها إلى جانب المزارعين في مواجهة موجة الجفاف", "الوزارة")
    found = one("وأعلنت الحكومتان الأسبوع الماضي عزمهما إنشاء منطقة تجارة حرة على الحدود.")
    assert found.text == "عزمهما إنشاء منطقة تجارة حرة على الحدود"
    # (round 34: the read half's gold counts a feeling as أكد's object, "أكد … سعادته بتدريب …",
    # but not after other cues, "أشار إلى إعجابه")
    found = one("وأكد المدرب سعادته بالفوز على المنافس.")
    assert found.text == "سعادته بالفوز على المنافس"
    assert quotes_of("وأشار الرئيس الزائر إلى إعجابه بخطوات الحكومة الجديدة.") == []
    assert quotes_of("وأكد المدرب لاعبيه في التشكيلة الأساسية.") == []  # possessed people


def test_what_came_in_a_statement_or_writing_speaks_for_its_issuer_or_author():
    found = one("وجاء في بيان الوزارة أن الحادث وقع بسبب خلل فني في المحطة.")
    assert (found.text, speaker_name(found)) == ("الحادث وقع بسبب خلل فني في المحطة", "الوزارة")
    found = one("وجاء في قرار مجلس الوزراء أنه يمنع البناء على الشواطئ العامة.")
    assert (found.text, speaker_name(found)) == ("يمنع البناء على الشواطئ العامة", "مجلس الوزراء")
    text = "وكتب الكاتب فهمي هويدي مقالا عن الأزمة. وجاء في مقاله أن الحكومة أخطأت في تقدير الموقف."
    found = one(text)
    assert (found.text, speaker_name(found)) == ("الحكومة أخطأت في تقدير الموقف", "فهمي هويدي")
    # جاء means "came" everywhere else
    assert quotes_of("وجاء في المرتبة الثانية فريق الهلال برصيد 30 نقطة.") == []
    assert quotes_of("وجاء ذلك في بيان للوزارة أن المشروع اكتمل.") == []
    assert quotes_of("وجاء اللاعب إلى النادي في الصيف الماضي.") == []


def test_a_verbal_noun_object_after_the_statement_it_was_made_in():
    found = one("ونفت الشركة في بيان وجود أي خلاف مع شركائها في المشروع.")
    assert (found.text, speaker_name(found)) == ("وجود أي خلاف مع شركائها في المشروع", "الشركة")
    found = one("ونفى النادي في بيان سابق صحة الأنباء عن رحيل المدرب.")
    assert found.text == "صحة الأنباء عن رحيل المدرب"
    # a word with tanween is an adjective or an adverb, never a noun in construct: the statement is
    # the object after the time word (see test_announced_and_warned_take_their_object_after_a_time_word)
    assert one("وأعلنت الوزارة في بيان ثانٍ اليوم عن مقتل سبعة مسلحين.").text == "مقتل سبعة مسلحين"


def test_a_long_speaker_phrase_reaches_its_clause_a_few_words_on():
    text = "وأوضح المتحدث الرسمي لمركز الأمير فهد للتدريب والتطوير المهني خالد العنزي، أن التسجيل يبدأ الأحد."
    found = one(text)
    assert (found.text, speaker_name(found)) == ("التسجيل يبدأ الأحد", "خالد العنزي")
    # a semicolon after the name sets off his description, up to the comma before the clause (round
    # 27d: the gold sets test13, test34, test36 and test38 count "قال فلان؛ مدير …، إن" so)
    text = "وأوضح مدير الشؤون الصحية بمنطقة الرياض سعد القحطاني؛ المشرف على البرنامج، أن العمل مستمر."
    assert [q.text for q in quotes_of(text)] == ["العمل مستمر"]
    # a semicolon with no comma before the clause still ends the phrase's sentence
    text = "وأوضح مدير الشؤون الصحية بمنطقة الرياض سعد القحطاني؛ المشرف على البرنامج أن العمل مستمر."
    assert [q.cue.text for q in quotes_of(text)] == []


def test_a_later_cue_goes_on_with_the_person_past_his_description_after_a_semicolon():
    # round 31: "أوضح فلان؛ وصفه، أن …" is one sentence: a participle or وأشار later in it is his, not
    # the description's (the semicolon sets off the description, it ends no sentence)
    text = (
        "من جهته، أوضح الدكتور ماجد العتيبي؛ كبير الباحثين في المركز، أن الطلب مرتفع، "
        "مستدركا أن الأسعار ستنخفض قريبا."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["ماجد العتيبي"] * 2
    # a semicolon after a clause, not after a name, still ends its sentence
    from rasid.extract.quotes import _Doc
    from rasid.pipeline import Options, process

    text = "وأوضح الدكتور ماجد العتيبي أن الطلب مرتفع؛ المركز يعمل بكامل طاقته، إن شاء الله."
    doc = _Doc(process(Article(id="t", raw=text), Options(rank_speakers=False)))
    assert doc.apposition_semicolons() == set()
    text = "أوضح الدكتور ماجد العتيبي؛ كبير الباحثين في المركز، أن الطلب مرتفع."
    doc = _Doc(process(Article(id="t", raw=text), Options(rank_speakers=False)))
    assert doc.apposition_semicolons() == {doc.text.index("؛")}


def test_wrote_is_a_cue_for_a_quotation_in_marks_only():
    found = one('وكتب الوزير على حسابه في تويتر: "سنواصل العمل حتى النهاية".')
    assert (found.text, found.kind, speaker_name(found)) == ("سنواصل العمل حتى النهاية", "direct", "الوزير")
    text = 'وكتب رئيس الاتحاد في مجلة الاتحاد في عددها الأخير "الانتخابات المقبلة ليست سوى مسألة ثانوية".'
    assert one(text).text == "الانتخابات المقبلة ليست سوى مسألة ثانوية"
    # narration, and slogans or captions written on things, are nobody's statement
    assert quotes_of("وكتب الصحفي أن المفاوضات تعثرت.") == []
    assert quotes_of("وحمل المتظاهرون لافتات كتب على بعضها «أوقفوا الحرب».") == []
    assert quotes_of("وكتب الطالب اسمه على السبورة.") == []


def test_announced_and_warned_take_their_object_after_a_time_word():
    # أعلن عن / حذر من after a time of the verb, and أعلن + comma + object after a time word
    found = one("أعلن وزير النقل في مؤتمر صحفي أمس، عن افتتاح ثلاثة جسور جديدة قبل نهاية العام.")
    assert (found.text, speaker_name(found)) == ("افتتاح ثلاثة جسور جديدة قبل نهاية العام", "وزير النقل")
    found = one("أعلنت وزارة الصحة اليوم، تسجيل خمس إصابات جديدة بالفيروس في العاصمة.")
    assert (found.text, speaker_name(found)) == ("تسجيل خمس إصابات جديدة بالفيروس في العاصمة", "وزارة الصحة")
    assert one("حذرت هيئة الأرصاد أمس من ارتفاع درجات الحرارة في المنطقة الشرقية.").text == (
        "ارتفاع درجات الحرارة في المنطقة الشرقية"
    )
    # after a place, not a time, the comma ends the speaker's words: no object
    assert quotes_of("أعلن الوزير في مدينة جدة، افتتاح المعرض الدولي للكتاب.") == []


def test_revealed_takes_a_verbal_noun_object_after_an():
    found = one("وكشفت الوزارة أمس عن وجود نقص في أعداد المعلمين بالمدارس الريفية.")
    assert (found.text, speaker_name(found)) == ("وجود نقص في أعداد المعلمين بالمدارس الريفية", "الوزارة")
    found = quotes_of("وأوضح المدير أن الخطة جاهزة، كاشفا عن قرب افتتاح المستشفى الجديد في المحافظة.")[-1]
    assert (found.text, speaker_name(found)) == ("قرب افتتاح المستشفى الجديد في المحافظة", "المدير")
    # a thing's finding is nobody's statement; a definite object is a thing shown, a feeling no statement
    assert quotes_of("وأجريت للمريض أشعة مقطعية كشفت عن وجود كسر في الساق.") == []
    assert quotes_of("وكشف المتحف عن القطعة الأثرية النادرة.") == []
    assert quotes_of("وكشف اللاعب عن حبه للنادي.") == []


def test_an_event_the_speaker_reports_of_itself_is_a_statement():
    found = one("وأعلن الجيش سيطرته على ثلاث قرى في ريف المدينة.")
    assert (found.text, speaker_name(found)) == ("سيطرته على ثلاث قرى في ريف المدينة", "الجيش")
    assert one("وكشفت الشرطة عن عثورها على مستودع للأسلحة في حي سكني.").text == (
        "عثورها على مستودع للأسلحة في حي سكني"
    )
    # a feeling with the speaker's pronoun is still none
    assert quotes_of("وأعلن المدرب سعادته بالفوز على المنافس.") == []


def test_a_speaker_phrase_the_scan_cut_short_reaches_the_verbs_preposition():
    text = "كشف سامي الحربي، سفير المملكة لدى دولة الكويت، عن وجود مباحثات بين البلدين لإقامة مشاريع مشتركة."
    found = one(text)
    assert found.text == "وجود مباحثات بين البلدين لإقامة مشاريع مشتركة"
    assert speaker_name(found) == "سامي الحربي"
    # the preposition of a topic (a definite noun after it) is no statement
    assert quotes_of("كشف سامي الحربي، سفير المملكة لدى دولة الكويت، عن التفاصيل الكاملة للزيارة.") == []


def test_at_an_earlier_time_is_a_time_of_the_verb():
    found = one("كما أعلنت وزارة النقل في وقت سابق، تحويل حركة الشاحنات إلى الطريق الدائري الجديد.")
    assert found.text == "تحويل حركة الشاحنات إلى الطريق الدائري الجديد"
    assert speaker_name(found) == "وزارة النقل"
    # after a place and a comma the object is not the statement's
    assert quotes_of("كما أعلنت وزارة النقل في مدينة الدمام، تحويل حركة الشاحنات إلى الطريق الدائري.") == []


def test_a_verbal_noun_with_an_indefinite_plural_after_it_is_a_statement():
    found = one("وأعلنت السلطات المحلية عن سقوط مدنيين جراء القصف.")
    assert (found.text, speaker_name(found)) == ("سقوط مدنيين جراء القصف", "السلطات المحلية")
    assert one("وأعلن الجيش مقتل مسلحين في اشتباك قرب الحدود.").text == "مقتل مسلحين في اشتباك قرب الحدود"
    # a list named is still none
    assert quotes_of("وأعلن المدرب قائمة لاعبين جدد للمعسكر.") == []


def test_after_its_own_preposition_a_verbal_noun_may_take_an_adjective_of_relation():
    found = one("أعلن وزير الخارجية عن حراك دولي لوقف الحرب في المنطقة.")
    assert (found.text, speaker_name(found)) == ("حراك دولي لوقف الحرب في المنطقة", "وزير الخارجية")
    # not after a preposition the verb takes freely (أشار إلى): a topic named
    assert quotes_of("وأشار الوزير إلى حراك دولي لوقف الحرب.") == []


def rules_speakers(text: str) -> list[tuple[str, str | None]]:
    """(cue, speaker name) of every quotation as the rules give it (entities included, no ranker)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, speaker_name(q)) for q in article.quotes]


def test_a_feminine_cue_continues_the_woman_named_with_her_title_since_the_last_quotation():
    text = (
        "وقال وزير الخارجية الألماني إن أمن المنطقة يهم بلاده. وبعد ذلك شددت المتحدثة باسم الحكومة "
        "سارة الأحمدي مجددا على موقف بلادها من المفاوضات. وأضافت «سنواصل الحوار مع جميع الأطراف»."
    )
    assert rules_speakers(text)[-1] == ("وأضافت", "سارة الأحمدي")
    # a woman named inside the last quotation's own words is not its continuation
    ministry = (
        "وقالت وزارة الصحة إن الطبيبة منى الشهري عالجت عشرات المرضى في المستشفى الميداني. "
        "وأضافت أن الفرق الطبية ستبقى في المنطقة حتى نهاية الشهر."
    )
    assert rules_speakers(ministry) == [("وقالت", "وزارة الصحة"), ("وأضافت", "وزارة الصحة")]


def test_a_participle_describes_the_subject_of_the_clause_just_before_it():
    text = (
        "وقال مدير المكتب المهندس سعد الحربي إن البرنامج حقق نجاحا كبيرا هذا العام، فيما أثنى الدكتور "
        "خالد العتيبي على جهود العاملين في المكتب. مبينا أن الدعم المتواصل كان وراء هذه النتائج."
    )
    assert rules_speakers(text) == [("وقال", "سعد الحربي"), ("مبينا", "خالد العتيبي")]
    # a person met (بالدكتور …) is the clause's object: the participle stays with the speaker
    met = text.replace(
        "أثنى الدكتور خالد العتيبي على جهود العاملين في", "التقى المدير بالدكتور خالد العتيبي في مقر"
    )
    assert rules_speakers(met) == [("وقال", "سعد الحربي"), ("مبينا", "سعد الحربي")]


def test_a_definite_person_noun_subject_takes_the_participle_after_it():
    company = "وقال المجلس البلدي في بيان إن الانقطاع نتج عن عطل فني في المحطة.\n\n"
    text = company + "ومن جهته اعترض المواطن على قرار الشركة، مضيفا أن الانقطاع تكرر خلال الشهر الماضي."
    assert rules_speakers(text)[-1] == ("مضيفا", "المواطن")
    # a definite noun that names no person (الاجتماع) leaves the participle to the speaker before
    meeting = text.replace("اعترض المواطن", "اعترض الاجتماع")
    assert rules_speakers(meeting)[-1] == ("مضيفا", "المجلس البلدي")


def test_a_body_that_took_a_feminine_verb_is_not_a_later_masculine_cues_subject():
    channel = "وقالت قناة المنار إن الغارات أصابت مواقع عدة في المنطقة الجبلية. "
    assert rules_speakers(channel + "وأشار إلى أن المقاتلين انسحبوا من التلة.")[-1] == ("وأشار", None)
    assert rules_speakers(channel + "وأضافت أن المقاتلين انسحبوا من التلة.")[-1] == ("وأضافت", "قناة المنار")
    # a body that took a masculine verb goes on taking one
    council = "وقال المجلس الوطني إن الغارات أصابت مواقع عدة في المنطقة الجبلية. "
    assert rules_speakers(council + "وأشار إلى أن المقاتلين انسحبوا من التلة.")[-1] == (
        "وأشار",
        "المجلس الوطني",
    )


def test_a_pronoun_object_between_the_verb_and_its_subject_is_skipped():
    coach = "قال المدرب خالد العطوي إن اللاعب يستحق الفرصة كاملة. "
    text = coach + "كما قال عنه رئيس النادي سعد الشهري، إن موهبته نادرة في الملاعب."
    assert rules_speakers(text)[-1] == ("قال", "سعد الشهري")
    # with no subject after it, the pronoun is the addressee and the subject is implied
    assert rules_speakers(coach + "وقال له: «عليك أن تواصل العمل بجد».")[-1] == ("وقال", "خالد العطوي")


def test_a_fronted_side_phrase_leads_to_the_clause_whose_subject_a_later_cue_continues():
    sources = "أكدت مصادر في نادي الهلال أن المدافع جدد عقده لثلاثة مواسم مقبلة.\n\n"
    paper = "من جهة أخرى، علمت «الوطن» أن لاعب الوسط ينوي الاعتزال نهاية الموسم، "
    assert rules_speakers(sources + paper + "وأضافت أن اللاعب أبلغ زملاءه بقراره.")[-1] == (
        "وأضافت",
        "صحيفة الوطن",
    )
    # a clause whose subject is no speaker (a match put off) leaves the cue to the sources quoted before
    match = "من جهة أخرى، تأجلت مباراة الفريق إلى الأسبوع المقبل، "
    assert rules_speakers(sources + match + "وأضافت أن اللاعب أبلغ زملاءه بقراره.")[-1] == (
        "وأضافت",
        "مصادر في نادي الهلال",
    )


def test_a_person_after_a_contrast_particle_is_the_subject_a_later_cue_continues():
    campaign = (
        "أعلنت الحملة أنها أنهت عمل مستشارها فهد الشمري. وقال متحدث باسم الحملة لشبكة إخبارية: "
        "«المستشار أراد الدعاية لنفسه».\n\n"
    )
    said = "وقال: «أنا من استقال ولم يقلني أحد»."
    assert rules_speakers(campaign + "إلا أن الشمري أورد رواية أخرى لسبب رحيله. " + said)[-1] == (
        "وقال",
        "فهد الشمري",
    )
    # no person after the particle: the cue continues the last speaker
    assert rules_speakers(campaign + "إلا أن الصحف أوردت رواية أخرى لسبب رحيله. " + said)[-1] == (
        "وقال",
        "متحدث باسم الحملة",
    )


def test_a_woman_named_as_a_feminine_verbs_subject_without_a_quotation_takes_the_next_feminine_cue():
    who = "وقالت منظمة الصحة العالمية إن الوباء انحسر في المنطقة خلال الشهر الماضي. "
    spokeswoman = "وقالت سارة المطيري؛ المتحدثة باسم البرنامج، إن آلاف الأطفال تلقوا اللقاح منذ بدء الحملة. "
    added = "وأضافت «سنواصل الحملة حتى نهاية العام»."
    assert rules_speakers(who + spokeswoman + added)[-1] == ("وأضافت", "سارة المطيري")
    # a man named so does not take a feminine cue: it goes on with the body quoted before
    spokesman = spokeswoman.replace("وقالت سارة", "وقال خالد").replace("المتحدثة", "المتحدث")
    assert rules_speakers(who + spokesman + added)[-1] == ("وأضافت", "منظمة الصحة العالمية")


def test_a_country_after_a_feminine_verb_is_the_subject_of_a_feminine_participle_only():
    pentagon = "وقالت وزارة الدفاع الأمريكية إن طائراتها أقلعت من القاعدة الجوية أمس.\n\n"
    raids = "ونفذت تركيا منذ أسابيع عمليات قصف متكررة، مشيرة إلى أنها تلاحق خلايا مسلحة قرب حدودها."
    assert rules_speakers(pentagon + raids)[-1] == ("مشيرة", "تركيا")
    # a city after a feminine verb is no subject of a masculine participle
    minister = "وقال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي في اليمن.\n\n"
    meeting = "وشهدت جدة أمس اجتماعا وزاريا موسعا، مضيفا أن المملكة لن تتخلى عن اليمن."
    assert rules_speakers(minister + meeting)[-1] == ("مضيفا", "عادل الجبير")


# --------------------------------------------------------------------------------------------
# Round 20b: junk words right after the verb are no speaker


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.cue.text, speaker_name(q)) for q in quotes_of(text)]


def test_a_time_adjunct_right_after_the_verb_leaves_the_subject_implied():
    text = "أعلن وزير الخارجية سعد المالكي موقف بلاده. وقال أول من أمس إن المفاوضات ستستأنف قريبا."
    assert speakers_of(text)[-1] == ("وقال", "سعد المالكي")
    # "أول" opening a described speaker is no time
    text = "وقال أول المتحدثين في الندوة إن التعليم يحتاج إلى إصلاح."
    assert speakers_of(text) == [("وقال", "أول المتحدثين")]


def test_a_statement_noun_right_after_the_verb_leaves_the_subject_implied():
    text = "وأوضح رئيس الهيئة سلطان الدوسري أن المشروع يسير وفق الخطة. وأكد عدم وجود خلل في نظام القبول."
    found = quotes_of(text)[-1]
    assert (found.text, speaker_name(found)) == ("عدم وجود خلل في نظام القبول", "سلطان الدوسري")
    # after a named subject the statement noun still ends the speaker phrase
    assert speakers_of("وأكد الوزير عدم وجود نقص في الأدوية.") == [("وأكد", "الوزير")]


def test_an_addressee_pronoun_after_the_verb_is_skipped():
    text = "وصل المدير إلى المدرسة صباحا. وقال له مدير المدرسة إن الطلاب مستعدون للاختبارات."
    assert speakers_of(text) == [("وقال", "مدير المدرسة")]
    # a preposition with a noun after the verb is no addressee pronoun: the speaker phrase is left as it was
    assert speakers_of("التقى المدرب باللاعبين قبل المباراة، فقال لهم: الفوز وحده يكفينا.")[0][1] != "لهم"


def test_the_topic_particle_amma_is_no_part_of_the_speaker():
    assert speakers_of("وأما المدير فقال إن المشروع تأخر.") == [("فقال", "المدير")]
    # the topic after أما is not the speaker when a subject follows the verb
    text = "أما المشروع الجديد فقال المهندس سعد القحطاني إنه سيكتمل العام المقبل."
    assert speakers_of(text) == [("فقال", "سعد القحطاني")]


def test_a_lone_noun_with_a_possessive_pronoun_is_no_speaker():
    text = 'قال مسؤول في الوزارة إن الوزير باق في منصبه، وتابع حديثه "لا نية لتغيير الحكومة".'
    assert speakers_of(text)[-1] == ("وتابع", "مسؤول في الوزارة")
    # a family name in ة is no pronoun
    assert speakers_of("وقال سلامة إن الحوار سيستأنف الأسبوع المقبل.") == [("وقال", "سلامة")]


def test_an_honorific_formula_in_place_of_the_name_names_whom_it_praises():
    text = 'والعيد فرح للناس. وقد قال تعالى "وتعاونوا على البر والتقوى".'
    assert speakers_of(text) == [("قال", "الله")]
    text = "جاء أبو بكر إلى البيت، فقال عليه الصلاة والسلام: يسروا ولا تعسروا."
    assert speakers_of(text) == [("فقال", "النبي")]
    # a name holding a word of a formula is still the name
    assert speakers_of("وقال عبدالله الحربي إن الفريق جاهز.") == [("وقال", "عبدالله الحربي")]


def test_the_speaker_phrase_ends_at_the_person_when_a_possessed_noun_follows():
    text = (
        "استقبل الرئيس الروسي فلاديمير بوتين ولي العهد في موسكو. وأكد بوتين قبوله الدعوة بكل سرور، "
        "مضيفا أنه سيزور الرياض قريبا."
    )
    # (round 34: the possessed verbal noun "قبوله الدعوة" is itself a statement, as gold counts it)
    assert pipeline_speakers(text) == [("وأكد", "فلاديمير بوتين"), ("مضيفا", "فلاديمير بوتين")]
    # a name and its statement noun without a pronoun keep both the cue and the name
    text = "وأكد بوتين استعداد بلاده للتعاون، مضيفا أنه سيزور الرياض قريبا."
    assert pipeline_speakers(text) == [("وأكد", "بوتين"), ("مضيفا", "بوتين")]


# --------------------------------------------------------------------------------------------
# Round 20a: a role, a description or a document resolves to its named bearer


def test_a_description_is_the_person_named_with_it_before():
    text = (
        "حذر المحلل الاقتصادي الكويتي الدكتور ناصر الفهد من تراجع أسعار العقار خلال العام المقبل.\n\n"
        "وأوضح المحلل الاقتصادي أن الطلب على الشقق السكنية انخفض بنسبة كبيرة."
    )
    ents = (_entity(text, "ناصر الفهد", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1] == ("وأوضح", "ناصر الفهد")
    # another title ("وزير الخارجية") is not the "وزير الصحة" named before
    other = (
        "افتتح وزير الصحة سعد الراشد المستشفى الجديد في المدينة.\n\n"
        "وقال وزير الخارجية إن المملكة تدعم الجهود الدولية لإغاثة اللاجئين."
    )
    ents = (_entity(other, "سعد الراشد", "PER", "p1"),)
    assert stage_speakers(other, ents)[-1] != ("وقال", "سعد الراشد")


def test_a_description_after_a_name_in_apposition_is_that_person():
    text = (
        "أكد بيتر كولنز المبعوث الخاص ومنسق شؤون المياه بوزارة الخارجية الأمريكية أن الجفاف يهدد "
        "ملايين السكان.\n\nوأشار منسق شؤون المياه الأمريكي إلى أن التمويل المتاح لا يكفي."
    )
    ents = (_entity(text, "بيتر كولنز", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1] == ("وأشار", "بيتر كولنز")
    # a source noun with a nationality the earlier mention does not give stays unnamed
    other = (
        "وقال مسؤول الإعلام في بلدية المدينة فهد الزامل للصحفيين إن العمل مستمر.\n\n"
        "وأكد المسؤول الأمريكي أن بلاده تراقب الوضع عن كثب."
    )
    ents = (_entity(other, "فهد الزامل", "PER", "p1"),)
    assert stage_speakers(other, ents)[-1] != ("وأكد", "فهد الزامل")


def test_a_title_whose_bearer_is_named_before_the_clause_is_that_person():
    text = "أكد مخرج فيلم «رحلة الصحراء» الفنان سالم المطيري أن التصوير سينتهي الشهر المقبل."
    ents = (_entity(text, "سالم المطيري", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("أكد", "سالم المطيري")]
    # a name in quotation marks is a title, and a name after a comma is not in the phrase
    for other in (
        "أكد مخرج فيلم «سالم المطيري» أن التصوير سينتهي الشهر المقبل.",
        "أكد مخرج الفيلم، بحضور سالم المطيري، أن التصوير سينتهي الشهر المقبل.",
    ):
        ents = (_entity(other, "سالم المطيري", "PER", "p1"),)
        assert stage_speakers(other, ents) != [("أكد", "سالم المطيري")]


def test_a_bare_source_noun_is_the_indefinite_source_introduced_before():
    text = (
        "قال خبير في أمن المعلومات إن كثيرا من التطبيقات تجمع بيانات المستخدمين دون علمهم.\n\n"
        "وأوضح الخبير أن حذف التطبيقات القديمة يقلل المخاطر."
    )
    assert stage_speakers(text)[-1] == ("وأوضح", "خبير في أمن المعلومات")
    # with nobody introduced before, the bare noun stays as it is
    assert stage_speakers("وأوضح الخبير أن حذف التطبيقات القديمة يقلل المخاطر.") == [("وأوضح", "الخبير")]


def test_a_new_report_speaks_for_the_body_named_with_a_report_next():
    text = (
        "قال تقرير مالي إن أسواق الخليج ستشهد نموا معتدلا هذا العام.\n\n"
        "وأضاف أن أسعار النفط تبقى العامل الأهم.\n\n"
        "واعتبر تقرير شركة الراية للاستثمار أن الإنفاق الحكومي سيظل مرتفعا.\n\n"
        "وانخفضت الصادرات غير النفطية بنسبة طفيفة بحسب التقرير."
    )
    ents = (_entity(text, "شركة الراية للاستثمار", "ORG", "o1"),)
    speakers = [name for _, name in stage_speakers(text, ents)]
    assert speakers == ["شركة الراية للاستثمار"] * 4
    # a report whose issuer nobody names keeps its own name
    alone = "قال تقرير مالي إن أسواق الخليج ستشهد نموا معتدلا هذا العام."
    assert stage_speakers(alone) == [("قال", "تقرير مالي")]


def test_a_statement_in_construct_with_a_role_and_name_is_that_person():
    text = "وجاء في بيان رئيس المجلس البلدي خالد الدوسري أن العمل على تطوير الخدمات سيتواصل."
    ents = (_entity(text, "خالد الدوسري", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وجاء", "خالد الدوسري")]
    # a statement of a body stays the body's
    other = "وجاء في بيان وزارة الداخلية أن ملاحقة المخالفين ستتواصل."
    ents = (_entity(other, "وزارة الداخلية", "ORG", "o1"),)
    assert stage_speakers(other, ents) == [("وجاء", "وزارة الداخلية")]


def test_a_shortened_owner_of_a_statement_is_the_body_named_in_full_before():
    text = (
        "دعت رئاسة إقليم كردستان العراق إلى وقف القتال.\n\n"
        "وقتل ثلاثة مدنيين في القصف، بحسب بيان رئاسة الإقليم."
    )
    ents = (_entity(text, "رئاسة إقليم كردستان العراق", "ORG", "o1"),)
    assert stage_speakers(text, ents)[-1] == ("بحسب", "رئاسة إقليم كردستان العراق")
    # a body of another name is not shortened to it
    other = text.replace("بيان رئاسة الإقليم", "بيان رئاسة الوزراء")
    ents = (_entity(other, "رئاسة إقليم كردستان العراق", "ORG", "o1"),)
    assert stage_speakers(other, ents)[-1] != ("بحسب", "رئاسة إقليم كردستان العراق")


def test_a_title_of_expertise_describes_the_person_quoted_last():
    text = (
        "توقع رئيس مركز الدراسات الخليجية الدكتور فيصل العتيبي أن تتراجع أسعار النفط.\n\n"
        "ورأى المحلل الاقتصادي أن الأسواق ستستعيد توازنها قبل نهاية العام."
    )
    ents = (_entity(text, "فيصل العتيبي", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1] == ("ورأى", "فيصل العتيبي")
    # an office (المتحدث) after a person with another title is not that person
    other = text.replace("ورأى المحلل الاقتصادي", "ورأى المتحدث الرسمي")
    ents = (_entity(other, "فيصل العتيبي", "PER", "p1"),)
    assert stage_speakers(other, ents)[-1] != ("ورأى", "فيصل العتيبي")


def test_a_body_named_by_head_and_adjective_with_more_after_is_the_body_named_before():
    text = (
        "أعلنت منظمة الصحة العالمية ارتفاع عدد الإصابات بالمرض.\n\n"
        "وقالت المنظمة الدولية ومقرها جنيف إن اللقاحات ستصل خلال أسابيع."
    )
    ents = (
        _entity(text, "منظمة الصحة العالمية", "ORG", "o1"),
        _entity(text, "المنظمة الدولية", "ORG", "o2"),
    )
    assert stage_speakers(text, ents)[-1] == ("وقالت", "منظمة الصحة العالمية")
    # a body of another nationality is not the one named before
    other = (
        "أعلنت هيئة الطيران الروسية تعليق الرحلات إلى المدينة.\n\n"
        "وقالت الهيئة الأمريكية ومقرها واشنطن إن الرحلات ستستأنف قريبا."
    )
    ents = (
        _entity(other, "هيئة الطيران الروسية", "ORG", "o1"),
        _entity(other, "الهيئة الأمريكية", "ORG", "o2"),
    )
    assert stage_speakers(other, ents)[-1] != ("وقالت", "هيئة الطيران الروسية")


# --------------------------------------------------------------------------------------------
# Round 20e: exact content boundaries


@pytest.mark.parametrize(
    "tail",
    [
        "، ما أدى إلى تأخر وصول المساعدات",
        "، مما يرفع تكلفة النقل على التجار",
        "، لكن العمل سيستأنف الأسبوع المقبل",
        "، وذلك لتفادي الازدحام عند المداخل",
        "، ثم تنتقل الفرق إلى الأحياء الشرقية",
    ],
)
def test_a_comma_clause_that_goes_on_stays_in_the_indirect_content(tail):
    quote = one(f"وأوضح مدير الطرق أن أعمال الصيانة توقفت بسبب الأمطار{tail}. وتستمر الأمطار حتى الخميس.")
    assert quote.text == f"أعمال الصيانة توقفت بسبب الأمطار{tail}"


def test_a_comma_clause_of_the_narrator_still_ends_the_indirect_content():
    # a participle cue, a reporting verb after the word, a longer break phrase, a trailing attribution
    for tail in (
        "، مشيرا إلى أن العمل سيستأنف قريبا",
        "، لكنه أكد أن العمل سيستأنف قريبا",
        "، وهو ما نفته الشركة المنفذة",
        "، وذلك وفقا لما أعلنته البلدية",
        "، فيما يواصل السكان شكواهم",
    ):
        quote = quotes_of(f"وأوضح مدير الطرق أن أعمال الصيانة توقفت بسبب الأمطار{tail}.")[0]
        assert quote.text == "أعمال الصيانة توقفت بسبب الأمطار", tail


def test_a_named_person_after_the_comma_word_is_the_narrator_again():
    text = "وأكد اللاعب أنه تلقى العلاج خارج النادي، ما دفع سالم الحربي إلى المطالبة بالتحقيق."
    entities = (_person(text, "سالم الحربي", "سالم الحربي", "p1"),)
    article = quotes_stage(Article(id="t", text=text, entities=entities))
    assert [q.text for q in article.quotes] == ["تلقى العلاج خارج النادي"]


def test_a_quoted_name_before_the_colon_is_left_out_of_the_quotation():
    quote = one('وقال "الشمري": "نعمل على توسعة المستودعات قبل نهاية العام الجاري".')
    assert (quote.kind, quote.text) == ("direct", "نعمل على توسعة المستودعات قبل نهاية العام الجاري")
    # a longer stretch in marks before a colon is a statement, not a name
    quote = quotes_of('وقال: "نعمل على توسعة المستودعات": "قبل نهاية العام" كما وعدنا.')[0]
    assert quote.text.startswith('"نعمل') or quote.text.startswith("نعمل")


def test_a_term_in_the_same_marks_inside_a_quotation_keeps_it_whole_and_direct():
    text = 'وأضاف المدير: "ستنتج الوحدة مادة ال"PVC" للسوق المحلية، وتبدأ التشغيل في الربيع".'
    quote = one(text)
    assert quote.kind == "direct"
    assert quote.text == 'ستنتج الوحدة مادة ال"PVC" للسوق المحلية، وتبدأ التشغيل في الربيع'


def test_the_narrator_after_a_comma_is_left_out_of_a_quotation_but_a_short_quote_stays_mixed():
    quote = one("وقال قائد الشرطة: «تمكنا من ضبط المتهمين خلال ساعات قليلة»، إثر البلاغ الذي تلقته الدوريات.")
    assert (quote.kind, quote.text) == ("direct", "تمكنا من ضبط المتهمين خلال ساعات قليلة")
    # a quoted phrase that the clause goes on after is mixed, as before
    quote = one("وقال الوزير إن «الوضع المالي» مستقر رغم تراجع أسعار النفط.")
    assert quote.kind == "mixed"
    quote = one("وقال الوزير: «الخطة تسير وفق الجدول» في معظم المناطق.")
    assert quote.kind == "mixed"


def test_after_baada_a_verbal_noun_with_a_pronoun_goes_on_but_a_plain_noun_phrase_ends_it():
    quote = one("وأوضح المحافظ أن الطريق أعيد فتحه، بعد إزالتها الأنقاض من المسارين. وتواصل الفرق عملها.")
    assert quote.text == "الطريق أعيد فتحه، بعد إزالتها الأنقاض من المسارين"
    quote = one("وأكد الطرفان أن السفارتين ستعودان للعمل قريبا، بعد أشهر من القطيعة بين البلدين.")
    assert quote.text == "السفارتين ستعودان للعمل قريبا"
    # a reaction the narrator reports after "ما" is the narrator's again
    quote = one("وأعلن الوزير أن بلاده ستنسحب من الاتفاق، ما أثار قلق الدول المجاورة.")
    assert quote.text == "بلاده ستنسحب من الاتفاق"


def test_a_participle_of_wishes_or_blame_after_a_comma_ends_the_content():
    quote = one("وأكد رئيس النادي أن الفريق جاهز للموسم الجديد، متمنيا للاعبين التوفيق في البطولة.")
    assert quote.text == "الفريق جاهز للموسم الجديد"
    quote = one("وقال المتحدث: «سنواصل العمليات حتى تحرير المدينة»، متهما المسلحين بتفجير الجسور.")
    assert (quote.kind, quote.text) == ("direct", "سنواصل العمليات حتى تحرير المدينة")
    # the same word inside the clause, with no comma before it, is part of what was said
    quote = one("وأكد رئيس النادي أن الفريق سيخوض الموسم متمنيا تحقيق البطولة.")
    assert quote.text == "الفريق سيخوض الموسم متمنيا تحقيق البطولة"


def test_a_trailing_attribution_leaves_the_leading_conjunction_out_but_not_a_root_waw():
    quote = one("ووصل الوفد إلى العاصمة أمس بحسب ما أعلنته وزارة الخارجية.")
    assert quote.text == "وصل الوفد إلى العاصمة أمس"
    quote = one("وقعت الحادثة فجر الأحد بحسب ما أعلنته وزارة الداخلية.")
    assert quote.text == "وقعت الحادثة فجر الأحد"
    quote = one("وزير الداخلية زار الموقع أمس بحسب ما أعلنته الوزارة.")
    assert quote.text == "وزير الداخلية زار الموقع أمس"


def test_inna_inside_the_marks_makes_the_whole_quotation_direct():
    quote = one("وقال المتحدث: «إن الوزارة ستفتح باب التسجيل الأسبوع المقبل».")
    assert (quote.kind, quote.text) == ("direct", "إن الوزارة ستفتح باب التسجيل الأسبوع المقبل")
    # marks that open after إن keep it out, and a clause that goes on after them stays mixed
    quote = one("وقال المتحدث إن «الوزارة ستفتح باب التسجيل» بعد انتهاء الاختبارات.")
    assert quote.kind == "mixed" and not quote.text.startswith("إن")


def test_a_stray_closing_mark_is_left_out_of_an_indirect_clause():
    quote = one("وأكد المدير أن التعاون قائم على الصعيد الدولي». وتابع الوفد جولته.")
    assert (quote.kind, quote.text) == ("indirect", "التعاون قائم على الصعيد الدولي")
    quote = one("وأكد المدير أن التعاون قائم «على الصعيد الدولي». وتابع الوفد جولته.")
    assert (quote.kind, quote.text) == ("mixed", "التعاون قائم «على الصعيد الدولي»")


def test_alima_and_bidun_after_a_comma_end_the_reported_clause():
    quote = one("وأوضح المدير أن المعرض يفتح أبوابه يوم الأحد، علما أن الدخول مجاني للزوار.")
    assert quote.text == "المعرض يفتح أبوابه يوم الأحد"
    quote = one("وقالت الشرطة إن مسلحين هاجموا نقطة تفتيش، بدون أن تحدد عدد الضحايا.")
    assert quote.text == "مسلحين هاجموا نقطة تفتيش"
    # without a comma "دون" is part of the statement
    quote = one("وقالت الشرطة إن مسلحين هاجموا نقطة تفتيش دون وقوع إصابات.")
    assert quote.text == "مسلحين هاجموا نقطة تفتيش دون وقوع إصابات"


def test_a_plural_participle_does_not_continue_one_named_speaker():
    from rasid.pipeline import Options, process

    def rules(text: str) -> list[tuple[str, str | None]]:
        article = process(Article(id="t", raw=text), Options(rank_speakers=False))
        return [(q.cue.text, speaker_name(q)) for q in article.quotes]

    # "مضيفين" after one named man's words: a group speaks, not the man quoted before it
    text = (
        "وطالب سكان الحي بإصلاح الطريق. وقال رئيس البلدية خالد العمري إن الأعمال ستبدأ قريبا، "
        "مضيفين أن الطريق أغلق منذ شهرين."
    )
    assert rules(text)[-1] == ("مضيفين", None)
    # the singular participle continues him
    text = "وقال رئيس البلدية خالد العمري إن الأعمال ستبدأ قريبا، مضيفا أن الطريق أغلق منذ شهرين."
    assert rules(text) == [("وقال", "خالد العمري"), ("مضيفا", "خالد العمري")]


# --------------------------------------------------------------------------------------------
# Round 21a: junk after the verb read as the speaker


def test_a_demonstrative_after_a_complete_source_phrase_is_the_object():
    text = (
        "نقلت الصحيفة عن مسؤولين أن القوات دخلت المدينة. وأكد مصدر آخر هذه المعلومات قائلا إن العملية انتهت."
    )
    assert ("وأكد", "مصدر آخر") in pipeline_speakers(text)
    # a construct head before the demonstrative keeps it: the phrase is not complete yet
    assert not _closes_before_demonstrative(normalize("رئيس"))
    assert _closes_before_demonstrative(normalize("العسكري"))


def test_a_medium_glued_to_lam_after_the_verb_is_not_the_speaker():
    text = 'وقال خالد العتيبي رئيس نادي الأسير إن القانون جائر. وقال لرويترز "هذه القوانين ظالمة".'
    assert pipeline_speakers(text) == [("وقال", "خالد العتيبي"), ("وقال", "خالد العتيبي")]
    # a title opening with لل is an addressee of its own kind; a name in ل that is no body still speaks
    text = "وقال لؤي الحربي إن المشروع تأخر."
    assert pipeline_speakers(text) == [("وقال", "لؤي الحربي")]


def test_a_verbal_noun_right_after_the_verb_opens_the_statement_not_a_title():
    text = "وأكد سعي الشركة إلى توسيع أعمالها في المنطقة خلال العام المقبل."
    assert all(speaker is None or not speaker.startswith("سعي") for _, speaker in pipeline_speakers(text))
    # after a title the same word may belong to it ("مدير صحة جدة")
    text = "وقال مدير صحة جدة الدكتور سامي العمري إن المستشفى جاهز."
    assert pipeline_speakers(text) == [("وقال", "سامي العمري")]


def test_imam_written_with_hamza_below_is_a_title_not_the_adjunct_it_normalises_to():
    from rasid.pipeline import Options, process

    def rules_speakers(text: str) -> list[str | None]:
        article = process(Article(id="t", raw=text), Options(rank_speakers=False))
        return [speaker_name(q) for q in article.quotes]

    # إمام (the title) and أمام ("before") share one matching key; the rules must not stop at the title
    text = "وأوضح إمام وخطيب المسجد الحرام الشيخ سعود الشريم أن التسامح قيمة تتسع للجميع."
    assert rules_speakers(text) == ["سعود الشريم"]
    # the adjunct written أمام still ends the speaker phrase before what was said
    text = "وقال الوزير أمام الصحفيين إن الميزانية ستعلن قريبا."
    assert rules_speakers(text) == ["الوزير"]


def test_a_word_written_with_ta_marbuta_is_a_name_not_the_pronoun_it_normalises_to():
    text = "وقالت الممثلة منة شلبي إن الدور كان صعبا. وأضافت أن التصوير استمر شهرين."
    assert pipeline_speakers(text) == [("وقالت", "منة شلبي"), ("وأضافت", "منة شلبي")]
    # the preposition with its pronoun still ends the phrase before the clause
    text = "وقال الوزير منه إن الدعم سيصل قريبا."
    assert pipeline_speakers(text) == [("وقال", "الوزير")]


def test_a_bare_definite_noun_names_the_person_introduced_with_it_after_a_pronoun():
    text = "خرج الدكتور سامي الحربي، وهو طبيب أسنان من جدة، عن صمته أمس. وقال الطبيب إن الحادث مؤسف."
    assert pipeline_speakers(text) == [("وقال", "سامي الحربي")]
    # without that introduction the noun stays an unnamed source
    text = "خرج الدكتور سامي الحربي عن صمته أمس. وقال الطبيب إن الحادث مؤسف."
    assert pipeline_speakers(text) == [("وقال", "الطبيب")]


def test_an_honorific_formula_after_the_name_closes_it_or_stands_for_it():
    text = (
        "وقال رسول الله صلى الله عليه وسلم: (الدين النصيحة). و يقول صلى الله عليه وسلم: (من غشنا فليس منا)."
    )
    # (a hadith's speaker is النبي, the gold convention of quotes_test26/test27; round 25e; since
    # then the Prophet is named as the text names him, «رسول الله» when the tagger finds that name:
    # quotes-annotation §8 and the gold of test92/98/103/106; round 49)
    assert pipeline_speakers(text) == [("وقال", "رسول الله"), ("يقول", "النبي")]
    text = "وقال الله عز وجل: (إن الله مع الصابرين)."
    assert pipeline_speakers(text) == [("وقال", "الله")]


def test_a_clause_describing_an_unnamed_source_is_not_its_name():
    text = "وقال مصدر مطلع حضر الاجتماع إن القرار تأجل إلى الأسبوع المقبل."
    assert pipeline_speakers(text) == [("وقال", "مصدر مطلع")]
    # a definite noun of the same root inside the source's body stays ("وزارة العمل")
    text = "وقال مسؤول في وزارة العمل إن القرار تأجل إلى الأسبوع المقبل."
    assert pipeline_speakers(text) == [("وقال", "مسؤول في وزارة العمل")]


def test_a_demonstrative_of_time_after_the_speaker_stays_an_adjunct():
    text = "وقال مصدر مطلع هذا الأسبوع إن الشحن انتهى."
    quotes, _ = extract_quotes(Article(id="t", text=text))
    assert [text[q.start : q.end].split()[0] for q in quotes] == ["الشحن"]


def test_a_named_body_drops_the_adjectives_describing_it():
    # a proper name identifies the body: its nationality and trade describe it
    text = "وقالت جامعة كارديفشاير البريطانية إنها اكتشفت نقشا نادرا في مخازنها."
    assert stage_speakers(text) == [("وقالت", "جامعة كارديفشاير")]
    text = "وقالت شركة فالتيكو الإيطالية للطاقة والغاز إن أرباحها تراجعت."
    assert stage_speakers(text) == [("وقالت", "شركة فالتيكو")]
    # the adjective is the only thing that says which ministry
    text = "وقالت وزارة الصحة المصرية إن حالات الإصابة تراجعت."
    assert stage_speakers(text) == [("وقالت", "وزارة الصحة المصرية")]


def test_a_body_keeps_the_place_it_serves_after_its_name():
    text = "وقال مجلس الحراك الشعبي في تعز إن المعارك توقفت مساء أمس."
    entities = (_entity(text, "مجلس الحراك الشعبي", "ORG", "o1"), _entity(text, "تعز", "LOC", "l1"))
    assert stage_speakers(text, entities) == [("وقال", "مجلس الحراك الشعبي في تعز")]
    # not where the statement was made
    text = "وقال مجلس الحراك الشعبي في بيان إن المعارك توقفت مساء أمس."
    entities = (_entity(text, "مجلس الحراك الشعبي", "ORG", "o1"),)
    assert stage_speakers(text, entities) == [("وقال", "مجلس الحراك الشعبي")]
    # a body with a proper name, or one the article names elsewhere alone, acts in the place
    text = "وأعلنت جامعة هايدلبرغ في ألمانيا أن فريقها رمم المخطوطة."
    assert stage_speakers(text, (_entity(text, "ألمانيا", "LOC", "l1"),)) == [("وأعلنت", "جامعة هايدلبرغ")]
    text = "وقال حزب الوحدة في تونس إنه سيشارك في الانتخابات. ويضم حزب الوحدة آلاف الأعضاء."
    entities = (
        _entity(text, "حزب الوحدة", "ORG", "o1"),
        _entity(text, "تونس", "LOC", "l1"),
        _entity(text, "حزب الوحدة", "ORG", "o1", at=30),
    )
    assert stage_speakers(text, entities) == [("وقال", "حزب الوحدة")]


def test_a_plural_source_keeps_where_it_belongs():
    text = "وقالت قيادات في الجبهة الوطنية إن الهدنة ما زالت صامدة."
    assert stage_speakers(text) == [("وقالت", "قيادات في الجبهة الوطنية")]
    # not where the statement was made
    text = "وقال باحثون في بيان مشترك إن العينات تلفت."
    assert stage_speakers(text) == [("وقال", "باحثون")]


def test_a_shortened_name_takes_the_fuller_form_the_article_gave():
    text = "وقال النائب المعارض تان كوك سينغ إن القرار متسرع.\n\nوقال تان كوك إن الحكومة لم تستشر أحدا."
    entities = (_entity(text, "تان كوك سينغ", "PER", "p1"), _entity(text, "تان كوك", "PER", "p2", at=40))
    assert [name for _, name in stage_speakers(text, entities)] == ["تان كوك سينغ", "تان كوك سينغ"]
    # a compound given name opens anybody's name: not completed
    text = "وقال المحامي عبد الله الراشد إن القضية مؤجلة.\n\nوقال عبد الله إن موكله بريء."
    entities = (_entity(text, "عبد الله الراشد", "PER", "p1"), _entity(text, "عبد الله", "PER", "p2", at=40))
    assert [name for _, name in stage_speakers(text, entities)][-1] == "عبد الله"


# --------------------------------------------------------------------------------------------
# Round 22b: objects, prepositions and lone describing words are no speakers


def test_an_indefinite_plural_source_ends_before_a_definite_object():
    text = "وقدر محللون الخسائر اليومية بنحو مليون دولار. وقالوا إن السوق ستتعافى."
    assert rules_speakers(text) == [("وقالوا", "محللون")]
    # an indefinite adjective describes the source
    assert rules_speakers("وقال مسؤولون أمريكيون إن المحادثات ستستأنف.") == [("وقال", "مسؤولون أمريكيون")]


def test_a_preposition_is_never_the_speaker_nor_its_name():
    text = "أكد المدرب البرتغالي جيسوس مدرب نادي النصر أهمية المباراة المقبلة أمام الأهلي."
    assert rules_speakers(text) == [("أكد", "جيسوس")]
    text = (
        "وقال المشرف العام على العلاقات العامة والمتحدث الرسمي باسم جامعة الملك فيصل الدكتور سعد بن محمد "
        "العمري: إن التسجيل سيبدأ الأحد."
    )
    assert rules_speakers(text) == [("وقال", "سعد بن محمد العمري")]
    # the given name علي stays a name
    assert rules_speakers("وقال المدير العام علي الحربي إن القبول سيبدأ غدا.") == [("وقال", "علي الحربي")]
    assert rules_speakers("وقال الشيخ علي إن القبول سيبدأ غدا.") == [("وقال", "علي")]


def test_a_lone_describing_word_is_the_name_it_was_written_with():
    text = (
        "من جهته، قال الائتلاف الوطني السوري المعارض إن هيئته العامة انتخبت قيادة جديدة. "
        "وأشار في بيان إلى أن ثلاثة أعضاء غابوا عن الاجتماع."
    )
    assert rules_speakers(text) == [("قال", "الائتلاف الوطني السوري"), ("وأشار", "الائتلاف الوطني السوري")]
    # a title keeps its own resolution, and a body named in full stays whole
    text = "وقالت وكالة الأنباء السعودية إن الملك استقبل الوفد."
    assert rules_speakers(text) == [("وقالت", "وكالة الأنباء السعودية")]


def test_an_abbreviated_title_does_not_hide_the_named_speaker():
    text = (
        "دشن الأمير فيصل بن سلمان أمير المنطقة المشروع الجديد أمس.\n\n"
        "وذكر م. أحمد المخرج مدير المشروع أن الأعمال ستنتهي قريبا."
    )
    # (round 49: the name without its abbreviated title, as quotes-annotation §8 has it: no «د.»)
    assert rules_speakers(text) == [("وذكر", "أحمد المخرج")]
    # with no title before it the cue still continues the person named before
    text = "دشن الأمير فيصل بن سلمان المشروع الجديد أمس، مؤكدا أن الأعمال ستنتهي قريبا."
    assert rules_speakers(text) == [("مؤكدا", "فيصل بن سلمان")]


def test_a_title_with_a_nationality_skips_a_bearer_from_another_country():
    text = (
        "أكد كارلوس مينديس، رئيس جمهورية البرتغال، أن المفاوضات تسير على الطريق الصحيح. وأشاد مينديس "
        "بخطوات الرئيس المصري عبد الفتاح السيسي. وقال الرئيس البرتغالي إن العلاقات مع القاهرة قوية."
    )
    assert rules_speakers(text)[-1] == ("وقال", "كارلوس مينديس")
    # the nationality that matches picks its bearer even when another was named since
    text = (
        "قال الرئيس المصري عبد الفتاح السيسي إن بلاده تدعم الحوار. وقال الرئيس الفرنسي إيمانويل ماكرون "
        "إن باريس ترحب بالمبادرة.\n\nواستقبل ماكرون نظيره في قصر الإليزيه. وقال الرئيس المصري إن الزيارة "
        "كانت مثمرة."
    )
    assert rules_speakers(text)[-1] == ("وقال", "عبد الفتاح السيسي")


def test_a_name_in_commas_after_a_title_beats_an_earlier_bearer_of_the_title():
    text = (
        "وأوضح رئيس اللجنة المنظمة للبطولة سالم الغامدي أن البطولة حققت نجاحا كبيرا. وأوضح رئيس اللجنة "
        "الإعلامية بالبطولة، الإعلامي فهد الشهري، أن اللجان أنهت استعداداتها."
    )
    assert rules_speakers(text) == [("وأوضح", "سالم الغامدي"), ("وأوضح", "فهد الشهري")]
    # a title that names its bearer keeps him; a name inside the words said is no apposition
    text = (
        "وأوضح رئيس اللجنة المنظمة للبطولة سالم الغامدي أن البطولة حققت نجاحا. وأوضح رئيس اللجنة "
        "أن الأمير فهد بن سعود سيحضر الختام."
    )
    assert rules_speakers(text) == [("وأوضح", "سالم الغامدي"), ("وأوضح", "سالم الغامدي")]


def test_a_title_after_kana_is_the_subject_and_its_words_pick_the_bearer():
    text = (
        "واستقبل رئيس مجلس النواب الأردني عاطف الطراونة في عمان أمس الرئيس الفرنسي فرانسوا هولاند.\n\n"
        "وكان رئيس مجلس النواب أعلن الشهر الماضي أن المجلس سيناقش القانون الجديد."
    )
    assert rules_speakers(text) == [("أعلن", "عاطف الطراونة")]
    # a body after كان stays the subject
    text = "وكانت هيئة الأرصاد الجوية أعلنت أمس أن الأمطار ستستمر حتى نهاية الأسبوع."
    assert rules_speakers(text) == [("أعلنت", "هيئة الأرصاد الجوية")]


def test_a_name_in_commas_before_where_it_was_said_is_the_speaker():
    text = (
        "والتقى وزير الصحة مدير منظمة الصحة العالمية في المنطقة الدكتور سامي النجار. وقال المدير الإقليمي "
        'للبرنامج، خالد السويدي، في بيان "نعمل على إيصال المساعدات إلى كل المحتاجين".'
    )
    assert rules_speakers(text) == [("وقال", "خالد السويدي")]
    # a title that names its bearer itself keeps him
    text = (
        "والتقى وزير الصحة الدكتور سامي النجار. وقال المدير الإقليمي للبرنامج فهد العلي، في بيان "
        '"نعمل على إيصال المساعدات إلى كل المحتاجين".'
    )
    assert rules_speakers(text) == [("وقال", "فهد العلي")]


def test_a_title_after_a_preposition_is_the_antecedent_of_a_relative_cue():
    text = (
        "وأجرى وزير المالية إقليدس تساكالوتوس مباحثات مع ممثلي الدائنين، ومن بينهم ممثل صندوق النقد "
        "الدولي الذي قال إنه لن يسهم في الخطة."
    )
    assert rules_speakers(text) == [("قال", "ممثل صندوق النقد الدولي")]
    text = "وحضر اللقاء عدد من المسؤولين، ومن بينهم رئيس الجمعية سعد الحربي الذي قال إن الجمعية ستواصل دعمها."
    assert rules_speakers(text) == [("قال", "سعد الحربي")]
    # a plural noun that is no title keeps the group the whole stretch names
    text = (
        "وافتتح الوزير خالد العمر المعرض أمس بحضور عدد من الزوار، ومن بينهم السياح الذين قالوا إن "
        "المعرض مميز."
    )
    ((cue, speaker),) = rules_speakers(text)
    assert cue == "قالوا" and speaker is not None and speaker.endswith("السياح")


def test_a_participle_after_a_relative_clause_continues_the_person_it_describes():
    text = (
        'وقال مدير الفريق غازي العتيبي: "الروح المعنوية عالية لدى اللاعبين". واستهل الفريق معسكره، وحضره '
        "رئيس البعثة نجيب الشمري الذي رحب باللاعبين والجهاز الفني، مؤكدا أن المدرب ليس جديدا على النادي."
    )
    assert rules_speakers(text)[-1] == ("مؤكدا", "نجيب الشمري")
    # a person after a preposition is the object, not the subject the participle continues
    text = (
        "وكتب الفنان فايز العلي في حسابه ردا على الزميل الإعلامي سلطان الحربي الذي تساءل عن غيابه عن "
        'البرنامج، قائلا: "لم تصلني أي دعوة هذا العام".'
    )
    assert rules_speakers(text) == [("قائلا", "فايز العلي")]


def test_a_country_alone_before_the_cue_is_the_speaker():
    text = "وقالت الهند إن قواتها ردت على إطلاق النار عبر خط المراقبة."
    assert rules_speakers(text) == [("وقالت", "الهند")]
    # a title before the country keeps the official as the speaker, not the country
    text = "وقال رئيس وزراء الهند إن قواته ردت على إطلاق النار عبر خط المراقبة."
    assert [name for _cue, name in rules_speakers(text)] != ["الهند"]


def test_a_cue_with_fiha_is_said_by_the_owner_of_the_utterance_it_refers_to():
    # round 25c: "كلمة لوزير …، أوضح فيها": the speech's owner speaks, not the governor who opened
    text = (
        "افتتح أمير المنطقة الأمير سعود بن نايف المعرض اليوم بحضور وزير التعليم الدكتور خالد العيسى. "
        "وأقيم حفل بهذه المناسبة تخللته كلمة لوزير التعليم، أوضح فيها أن المعرض يضم مئة جناح."
    )
    assert rules_speakers(text)[-1] == ("أوضح", "خالد العيسى")
    # with no owner named after the utterance the sentence's subject still speaks
    text = (
        "وزار وزير الصحة الدكتور سامي العتيبي المستشفى أمس، وألقى كلمة قصيرة أمام الأطباء، أوضح فيها "
        "أن الوزارة ستفتتح مركزا جديدا."
    )
    cue, speaker = rules_speakers(text)[-1]
    assert cue == "أوضح" and speaker is not None and speaker.startswith("سامي العتيبي")


def test_an_honorific_subject_of_any_verb_takes_a_later_implied_cue():
    # round 25c: "وعبّر سموه عن سعادته …. وقال": the prince, not the minister quoted before
    text = (
        "افتتح أمير المنطقة الأمير سعود بن نايف المشروع بحضور وزير الإسكان الدكتور ماجد الحقيل. "
        "وأكد وزير الإسكان أن المشروع يضم ثلاثمئة فيلا. وعبّر سموه عن سعادته بانتهاء المشروع. "
        "وقال: «هذا المشروع يخدم أبناء المنطقة»."
    )
    assert rules_speakers(text)[-1] == ("وقال", "سعود بن نايف")
    # an honorific inside a phrase ("لسموه") is no subject: the last speaker goes on
    text = (
        "افتتح أمير المنطقة الأمير سعود بن نايف المشروع بحضور وزير الإسكان الدكتور ماجد الحقيل. "
        "وأكد وزير الإسكان أن المشروع يضم ثلاثمئة فيلا، وقدم الشكر لسموه على دعمه. "
        "وقال: «سنسلم الوحدات قريبا»."
    )
    assert rules_speakers(text)[-1] == ("وقال", "ماجد الحقيل")


def test_a_masculine_singular_cue_does_not_continue_a_plural_unnamed_source():
    # round 25c: "ويقول باحثون إن …. إلا أن … قال …، مؤكدا": not the researchers
    text = (
        "ويقول باحثون إن عمر القطعة يمكن تحديده بدقة. وتابع التحقيق عمله أمس، مؤكدا أن النتائج ستعلن قريبا."
    )
    assert ("مؤكدا", "باحثون") not in rules_speakers(text)
    # a singular unnamed source is still continued
    text = "وقال مصدر أمني إن الهجوم وقع فجرا. وأضاف أن قوات الأمن طوقت المنطقة."
    assert rules_speakers(text)[-1] == ("وأضاف", "مصدر أمني")


def test_a_participle_continues_the_subject_after_a_fronted_topic_phrase():
    # round 25c: "وفي ذات السياق استطاعت أم محمد …، مؤكدة": the woman, not the one quoted before
    text = (
        "وأشارت أم سعد إلى أن الحرفة تحتاج إلى صبر. وفي ذات السياق استطاعت أم محمد أن تبني مشروعها "
        "الخاص، مؤكدة أن السعف متوفر في كل بيت."
    )
    assert rules_speakers(text)[-1] == ("مؤكدة", "أم محمد")
    # a person inside the fronted phrase itself is no subject ("وحول عودة غالب …")
    text = (
        "وقال المدرب فيصل الشمري إن الفريق جاهز. وحول موعد عودة إبراهيم غالب مجددا إلى الملاعب قال: "
        "«سيعود بعد أسبوعين»."
    )
    assert "إبراهيم غالب" not in [name for _cue, name in rules_speakers(text)]


# --------------------------------------------------------------------------------------------
# Round 25e: detection recall (constructions missed on the open gold sets; sentences our own)


def test_a_trailing_attribution_after_its_verb_skips_a_time_before_the_source():
    text = "وارتفع عدد الضحايا إلى ثلاثين في المدينة الساحلية، حسبما أفاد أمس الأربعاء مسؤول محلي."
    assert rules_speakers(text) == [("حسبما أفاد", "مسؤول محلي")]
    text = "وأغلقت السلطات المعبر الحدودي أمام الشاحنات، كما ذكرت الجمعة مصادر رسمية."
    assert rules_speakers(text) == [("كما ذكرت", "مصادر رسمية")]
    # a time opening the sentence after the verb's object is no source
    text = "وقرر المجلس تأجيل الجلسة، حسبما أفاد أمس."
    assert rules_speakers(text) == []


def test_a_survey_or_count_is_attributed_to_whoever_made_it():
    for text, speaker in (
        ("وأصيب عشرون شخصا في الانفجار وفق حصيلة أعدتها هيئة الإذاعة الرسمية.", "هيئة الإذاعة الرسمية"),
        (
            "وتراجعت الحوادث بنسبة عشرين في المئة وفقا لتقرير أصدره أخيرا مركز السلامة المرورية.",
            "مركز السلامة المرورية",
        ),
        ("وتراجعت الحوادث بنسبة عشرين في المئة، حسبما نشرت الهيئة العامة للإحصاء.", "الهيئة العامة للإحصاء"),
    ):
        ((_cue, name, content),) = pipeline_quotes(text)
        assert name == speaker and content.startswith(("تراجعت", "أصيب"))
    # a noun with a verb that makes nothing ("وفقا لخطة تبدأ …") names no source
    text = "وتنتقل الوزارة إلى مقرها الجديد وفقا لخطة وضعتها قبل عامين."
    assert pipeline_quotes(text) == []


def test_a_definite_unnamed_source_in_a_trailing_attribution_is_the_one_named_before():
    text = (
        "وقال مصدر أمني إن المسلحين هاجموا نقطة التفتيش ليلا. واقتحم انتحاري بسيارة مفخخة مبنى البلدية، "
        "بحسب المصدر."
    )
    assert rules_speakers(text) == [("وقال", "مصدر أمني"), ("بحسب", "مصدر أمني")]
    # with no such source named before, "بحسب المصادر" names nobody
    text = "واقتحم انتحاري بسيارة مفخخة مبنى البلدية، بحسب المصادر."
    assert rules_speakers(text) == []


def test_ala_ma_with_its_verb_closing_the_sentence_is_an_attribution():
    text = "وسقط عشرون شخصا في الهجوم على السوق، على ما أعلن مصدر عسكري محملا الجماعة المسؤولية."
    assert rules_speakers(text) == [("على ما أعلن", "مصدر عسكري")]
    # "بناء على ما أعلنته" is a basis, "على ما يبدو" an aside, "رد على ما قاله" an object
    for text in (
        "وأغلقت البلدية المحل بناء على ما أعلنته الوزارة.",
        "ورد النائب على ما قاله الوزير في الجلسة الأخيرة.",
    ):
        assert rules_speakers(text) == []
    text = "وقال الوزير إن الهجوم، على ما يبدو، نفذته مجموعة صغيرة من المسلحين."
    ((_cue, _name, content),) = pipeline_quotes(text)
    assert content.endswith("المسلحين")


def test_a_present_cue_before_a_colon_has_an_implied_subject():
    text = "وقال رئيس الحزب سمير الخوري إن الحوار مستمر. ويضيف: «لا بد من الفصل بين الدولة والإدارة الحالية»."
    assert rules_speakers(text) == [("وقال", "سمير الخوري"), ("ويضيف", "سمير الخوري")]
    text = "وأكد الخبير فهد الزهراني أن القطاع ينمو بسرعة. ومضى يقول: إن الاستثمارات تضاعفت خلال عامين."
    assert rules_speakers(text)[-1] == ("يقول", "فهد الزهراني")
    # an impersonal present with أن still reports nobody's words
    text = "وأكد الخبير فهد الزهراني أن القطاع ينمو. ويتوقع أن ترتفع الأسعار خلال الصيف المقبل."
    assert [cue for cue, _name in rules_speakers(text)] == ["وأكد"]


def test_repeated_and_relayed_claims_are_reporting_verbs():
    text = "وكرر رئيس الحزب سمير الخوري أن الزيارة تأتي في إطار التعارف مع الإدارة الجديدة."
    assert rules_speakers(text) == [("وكرر", "سمير الخوري")]
    text = "وتناقلت وسائل الإعلام أنه عثر على قطعة من حطام الطائرة على الشاطئ."
    assert [cue for cue, _name in rules_speakers(text)] == ["وتناقلت"]
    # repeating an act is no statement, and تكرر is "recurred"
    text = "وكرر الفريق فوزه على منافسه في المباراة الثانية."
    assert rules_speakers(text) == []
    text = "وقال المدير: أغلقنا المحل، وهو الأمر الذي تكرر مع محلات أخرى في الحي نفسه خلال العام."
    assert [content for _cue, _name, content in rules_quotes(text)] == [
        "أغلقنا المحل، وهو الأمر الذي تكرر مع محلات أخرى في الحي نفسه خلال العام"
    ]


def test_a_bare_comma_after_a_verb_of_saying_opens_the_speakers_own_words():
    text = (
        "وأوضح العقيد محمد الحمادي أن الفرق انتشلت الجثة صباح أمس. وأضاف، واصلت فرق البحث والإنقاذ تمشيط "
        "السد الذي يتدرج عمقه من أربعة أمتار إلى ستة عشر مترا."
    )
    assert pipeline_quotes(text)[-1] == (
        "وأضاف",
        "محمد الحمادي",
        "واصلت فرق البحث والإنقاذ تمشيط السد الذي يتدرج عمقه من أربعة أمتار إلى ستة عشر مترا",
    )
    text = (
        "وقال الرئيس محمود عباس إن الحكومة جاهزة. واستطرد الرئيس عباس، نحن نقول بوضوح يكفي انتظارا، فنحن لا "
        "نقبل المماطلة بعد اليوم."
    )
    assert pipeline_quotes(text)[-1][2].startswith("نحن نقول بوضوح يكفي انتظارا")
    # an adjunct, an apposition or a watched show after the comma is no statement
    text = "وقال الوزير، خلال افتتاحه المعرض، إن المملكة تدعم الصناعة."
    assert [content for _cue, _name, content in pipeline_quotes(text)] == ["المملكة تدعم الصناعة"]
    assert pipeline_quotes("وتابع الحضور، عرضا مسرحيا للفرقة الشعبية في ختام الحفل.") == []


def test_a_cited_verse_or_hadith_is_gods_or_the_prophets_direct_quotation():
    for text, cue, speaker, content in (
        (
            "والكتاب محفوظ لقوله تعالى: {إنا نحن نزلنا الذكر وإنا له لحافظون}. وهذا بيّن.",
            "لقوله",
            "الله",
            "إنا نحن نزلنا الذكر وإنا له لحافظون",
        ),
        (
            "ويدوم العمل الصالح كما قال الله عز وجل (واعبد ربك حتى يأتيك اليقين) في كل الأوقات.",
            "قال",
            "الله",
            "واعبد ربك حتى يأتيك اليقين",
        ),
        (
            "قال رسول الله صلى الله عليه وسلم: (تبسمك في وجه أخيك صدقة). وهذا معروف.",
            "قال",
            "النبي",
            "تبسمك في وجه أخيك صدقة",
        ),
        (  # a shorter blessing that opens with the same word as a longer one
            "وذكّر الإمام المصلين بفضل الصدقة. وقال النبي عليه السلام: اتقوا النار ولو بشق تمرة.",
            "وقال",
            "النبي",
            "اتقوا النار ولو بشق تمرة",
        ),
    ):
        assert rules_quotes(text) == [(cue, speaker, content)]
    # no epithet or blessing after the cue: an ordinary speaker ("تعالى" here is a noun, "rising")
    text = "وقال الوزير: إن تعالى الأصوات لا يفيد أحدا في هذه المرحلة."
    assert rules_quotes(text) == [("وقال", "الوزير", "تعالى الأصوات لا يفيد أحدا في هذه المرحلة")]


def rules_quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of every quotation as the rules give them (no ranker)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [(q.cue.text, speaker_name(q), q.text) for q in article.quotes]


def test_according_to_a_paper_named_by_the_entities_stage_and_its_nationality():
    text = (
        "وتحدث اللاعب عن أيقونات الكرة. ووفقا لصحيفة ماركا الإسبانية، عرضت مقدمة البرنامج مجموعة من "
        "الأسماء على اللاعب."
    )
    assert rules_quotes(text)[-1][:2] == ("ووفقا", "صحيفة ماركا")
    # a schedule is no source
    assert rules_quotes("ووفقا لجدول المباريات الجديد، يلعب الفريق مباراته الأولى يوم الجمعة.") == []


# --------------------------------------------------------------------------------------------
# Round 25a: speaker phrases that run on into a description or stop short of the source's qualifier


def test_a_describing_participle_after_a_name_ends_the_speaker_name():
    text = "وذكرت صحيفة كاثيميريني المقربة من المعارضة أن الحكومة ستعرض الاتفاق على البرلمان الأسبوع المقبل."
    assert rules_speakers(text) == [("وذكرت", "صحيفة كاثيميريني")]
    text = "وتقول أم سالم البالغة من العمر 55 عاما إنها تعلمت الحياكة من والدتها منذ الصغر."
    assert rules_speakers(text) == [("وتقول", "أم سالم")]
    # an unnamed source keeps its description, and so does a body named by common words
    text = "وقال مصدر مقرب من الحكومة إن المفاوضات ستستأنف بعد العيد."
    assert rules_speakers(text) == [("وقال", "مصدر مقرب من الحكومة")]
    text = "وقالت وزارة الصحة التابعة للحكومة المؤقتة إن عدد المصابين ارتفع إلى 40 شخصا."
    assert rules_speakers(text) == [("وقالت", "وزارة الصحة التابعة للحكومة المؤقتة")]


def test_a_person_name_drops_a_prepositional_word_the_entity_ran_on_into():
    from rasid.extract.quotes import person_name

    text = "وطالب الكاتب سعيد معتوق بإيقاع أشد العقوبات على المخالفين."
    assert person_name(_person(text, "سعيد معتوق بإيقاع", "سعيد معتوق بإيقاع", "p1")) == "سعيد معتوق"
    text = "وقال الوزير علي العمير للنعيمي إن الاتفاق سيوقع قريبا."
    assert person_name(_person(text, "علي العمير للنعيمي", "علي العمير للنعيمي", "p1")) == "علي العمير"
    # family names that start with ب or ل stay
    text = "وقال المدرب جميل بلقاسم إن الفريق جاهز، وقالت النائبة بروين بولدان إن الحزب سيشارك."
    assert person_name(_person(text, "جميل بلقاسم", "جميل بلقاسم", "p1")) == "جميل بلقاسم"
    assert person_name(_person(text, "بروين بولدان", "بروين بولدان", "p2")) == "بروين بولدان"


def test_an_unnamed_source_keeps_its_adjective_and_the_body_after_it():
    text = "وقال مسؤول كبير بالوزارة إن القرار سيصدر خلال أيام."
    assert rules_speakers(text) == [("وقال", "مسؤول كبير بالوزارة")]
    # a comma ends the source before a prepositional aside
    text = "وقال مسؤول كبير، بالتزامن مع الاجتماع، إن القرار سيصدر خلال أيام."
    assert rules_speakers(text) == [("وقال", "مسؤول كبير")]


def test_a_dual_unnamed_source_keeps_its_body_but_not_the_body_alias():
    text = "وقال دبلوماسيان في مجلس الأمن إن التصويت سيجري يوم الجمعة."
    assert rules_speakers(text) == [("وقال", "دبلوماسيان في مجلس الأمن")]
    text = 'وقال مندوبان في منظمة الدول العربية المصدرة للبترول "أوابك" إن المنظمة ستراجع خطتها السنوية.'
    found = quotes_of_pipeline(text)
    assert [(speaker_name(q), q.text) for q in found] == [
        ("مندوبان في منظمة الدول العربية المصدرة للبترول", "المنظمة ستراجع خطتها السنوية")
    ]
    # a name ending like a dual is no source; a statement in marks is no alias
    text = "وقال عثمان في المؤتمر الصحفي إن الفريق جاهز للمباراة."
    assert rules_speakers(text) == [("وقال", "عثمان")]
    text = 'وقال مسؤول في الهيئة الملكية للجبيل "سنفتتح المشروع قريبا".'
    assert [q.text for q in quotes_of_pipeline(text)] == ["سنفتتح المشروع قريبا"]


def quotes_of_pipeline(text: str) -> list:
    """The quotations the whole pipeline finds (entities included, no ranker)."""
    from rasid.pipeline import Options, process

    return list(process(Article(id="t", raw=text), Options(rank_speakers=False)).quotes)


def test_a_body_keeps_the_place_it_serves_before_its_alias_and_when_named_so_each_time():
    text = (
        "أعلنت بعثة الأمم المتحدة في ليبيا “أنسميل” مقتل 40 مدنيا خلال الشهر الماضي. "
        "وأوضحت البعثة أن معظم الضحايا سقطوا في طرابلس."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["بعثة الأمم المتحدة في ليبيا"] * 2
    text = (
        "وقالت إدارة المتنزهات الوطنية في كولورادو في بيان إن الدب شوهد قرب المخيم. "
        "وقالت إدارة المتنزهات الوطنية في كولورادو إن الحراس يتابعون الموقف."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["إدارة المتنزهات الوطنية في كولورادو"] * 2
    # named again without the place: the name as given most completely (docs/quotes-annotation.md §8,
    # as for «مكتب العمل في الدمام» below); until round 49 this block expected the short name twice
    text = (
        "وقالت إدارة المتنزهات الوطنية في كولورادو إن الدب شوهد قرب المخيم. "
        "وأضافت إدارة المتنزهات الوطنية أن الحراس يتابعون الموقف."
    )
    assert rules_speakers(text)[0][1] == "إدارة المتنزهات الوطنية في كولورادو"


@pytest.mark.xfail(strict=True, reason="known gap: a body named again without a place the gazetteer lacks")
def test_a_later_short_mention_of_a_body_takes_its_full_name_with_an_unlisted_place():
    text = (
        "وقالت إدارة المتنزهات الوطنية في كولورادو إن الدب شوهد قرب المخيم. "
        "وأضافت إدارة المتنزهات الوطنية أن الحراس يتابعون الموقف."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["إدارة المتنزهات الوطنية في كولورادو"] * 2


def test_a_count_of_participants_keeps_what_they_attend_but_not_an_addressee():
    text = "وأوضح عدد من الحاضرين للمهرجان أنهم فوجئوا بقرد يتجول قرب المسرح."
    assert rules_speakers(text) == [("وأوضح", "عدد من الحاضرين للمهرجان")]
    text = "وقال عدد من السكان للمدينة إن المياه انقطعت منذ يومين."
    assert rules_speakers(text) == [("وقال", "عدد من السكان")]


def test_a_definite_source_takes_the_place_of_its_earlier_mention():
    text = (
        "وعلمت الصحيفة من مصادر دبلوماسية في عمان أن الوفد سيصل الأحد. وقالت المصادر إن الزيارة تستمر يومين."
    )
    # (the learnt-from sentence is the sources' statement too, round 34)
    assert rules_speakers(text) == [
        ("وعلمت", "مصادر دبلوماسية في عمان"),
        ("وقالت", "مصادر دبلوماسية في عمان"),
    ]
    # a place later in the clause is no part of the source
    text = (
        "وعلمت الصحيفة من مصادر دبلوماسية أن الوفد سيصل الأحد في عمان. وقالت المصادر إن الزيارة تستمر يومين."
    )
    assert rules_speakers(text) == [("وعلمت", "مصادر دبلوماسية"), ("وقالت", "مصادر دبلوماسية")]


def test_a_body_keeps_bi_and_a_region_head_before_the_place():
    text = "وأفادت المديرية العامة للشؤون الصحية بمنطقة جازان بأنه تم فتح تحقيق في الحادثة."
    assert rules_speakers(text) == [("وأفادت", "المديرية العامة للشؤون الصحية بمنطقة جازان")]
    # ب + a word that heads no region is the statement's, not the name's
    text = "وأفادت المديرية العامة للشؤون الصحية بوقوع ثلاث إصابات في الحادثة."
    assert [name for _cue, name in rules_speakers(text)] != ["المديرية العامة للشؤون الصحية بوقوع"]


def test_the_authorities_concerned_are_the_authorities():
    text = "وقالت السلطات المعنية إن أربعة عمال نقلوا إلى المستشفى."
    assert rules_speakers(text) == [("وقالت", "السلطات")]
    # an adjective that names which authorities stays
    text = "وقالت السلطات المحلية إن أربعة عمال نقلوا إلى المستشفى."
    assert rules_speakers(text) == [("وقالت", "السلطات المحلية")]


def test_a_body_then_a_definite_verbal_noun_is_the_body_and_its_object():
    text = "وقد رفضت أبل التعليق، قائلة إنها تراجع الشكوى حاليا."
    assert [name for _cue, name in rules_speakers(text)] == ["شركة أبل"]
    # a nationality adjective after the name is part of it
    text = "وقالت أرامكو السعودية إن الإنتاج مستقر."
    assert rules_speakers(text) == [("وقالت", "أرامكو السعودية")]


def test_an_outlet_named_by_a_word_opening_with_waw_keeps_its_whole_name():
    text = "وأوضحت صحيفة واشنطن بوست أن غالبية المشاركين أدلوا بآرائهم قبل التصريحات."
    assert rules_speakers(text) == [("وأوضحت", "صحيفة واشنطن بوست")]
    # a body and a second party joined by و stay two parties, not one name
    text = "وقالت الشرطة والمسلحون إن الاشتباكات توقفت."
    assert rules_speakers(text) == [("وقالت", "الشرطة")]


def test_an_accusative_unnamed_source_before_its_verb_is_named_in_the_nominative():
    text = "ونفى أحد أقاربه الرواية. لكن شخصا آخر في الأسرة قال إن الرواية دقيقة."
    assert rules_speakers(text) == [("قال", "شخص آخر في الأسرة")]
    text = "غير أن مصدرًا قضائيا بلجيكيًا قال إن الشرطة أوقفت مشتبها ثالثا."
    assert rules_speakers(text) == [("قال", "مصدر قضائي بلجيكي")]
    # a nominative source and a place ending in alif stay as written
    text = "وقال مصدر في روسيا إن المحادثات مستمرة."
    assert rules_speakers(text) == [("وقال", "مصدر في روسيا")]


# --------------------------------------------------------------------------------------------
# Round 25b: a role, a common noun or a short name where the article names the speaker


def test_a_body_named_outside_a_speaker_phrase_is_what_its_bare_head_stands_for():
    text = (
        "وانتقدت افتتاحية صحيفة تلغراف رئيس الوزراء ريشي سوناك بسبب خطته الضريبية. ورأت الصحيفة أن "
        "الخطة متسرعة. وقالت الصحيفة البريطانية إن الإصلاح لم يكن ضروريا."
    )
    assert rules_speakers(text) == [("ورأت", "صحيفة تلغراف"), ("وقالت", "صحيفة تلغراف")]
    # a head the text never names in construct stays as it is
    text = "وهاجمت صحيفة تلغراف سياسة الهجرة. وقالت الوكالة إن الأرقام غير دقيقة."
    assert rules_speakers(text) == [("وقالت", "الوكالة")]


def test_a_one_word_name_is_the_middle_name_of_a_single_fuller_one():
    text = (
        "وقال الخبير القانوني سامي رشيد القحطاني إن القضايا تتزايد.\n\n"
        "وأضاف رشيد: على الأسر أن تتابع أبناءها باستمرار."
    )
    assert [name for _, name in rules_speakers(text)] == ["سامي رشيد القحطاني", "سامي رشيد القحطاني"]
    # a father's name after بن is no name the person goes by
    text = "وقال خالد بن فهد العمري إن المشروع سينتهي قريبا. وقال فهد إن العمل مستمر."
    assert rules_speakers(text)[-1] == ("وقال", "فهد")


def test_a_family_name_spelt_with_other_long_vowels_is_the_person_named_before():
    text = "وشارك في الندوة يوسي بيرمان رئيس المعهد السابق. وقال بيريمان إن الاتفاق سيئ."
    entities = (_entity(text, "يوسي بيرمان", "PER", "p1"), _entity(text, "بيريمان", "PER", "p2"))
    assert stage_speakers(text, entities) == [("وقال", "يوسي بيرمان")]
    # two names the gazetteer knows are two people, whatever their consonants
    text = "وحضر اللقاء محمود العتيبي مدير الفرع. وقال محمد إن العمل مستمر."
    entities = (_entity(text, "محمود العتيبي", "PER", "p1"), _entity(text, "محمد", "PER", "p2"))
    assert stage_speakers(text, entities) == [("وقال", "محمد")]


def test_a_description_then_a_name_in_commas_is_that_person():
    text = (
        "قال مصمم التطبيقات الذكية، مدير المنتجات في شركة نبراس للبرمجيات، الكويتي فيصل العنزي، إن "
        "الطلب على التطبيقات يتزايد."
    )
    assert rules_speakers(text) == [("قال", "فيصل العنزي")]
    # a name inside a relative clause in the commas is somebody else
    text = "قال الرجل، الذي التقى محمد العلي أمس، إن سوق الألعاب يشهد نموا كبيرا."
    assert rules_speakers(text) == [("قال", "الرجل")]


def test_a_title_with_a_possessive_is_the_title_of_the_country_named_before():
    text = (
        "أكدت الحكومة في العراق تعرض وزير خارجيتها حسن الربيعي لوعكة صحية خلال زيارة إلى عمان. "
        "وقال وزير الخارجية العراقي في تصريحات صحفية إن صحته جيدة."
    )
    assert rules_speakers(text) == [("وقال", "حسن الربيعي")]
    # the pronoun stands for another country: not the Iraqi minister
    text = (
        "أكدت الحكومة في الأردن تعرض وزير خارجيتها حسن الربيعي لوعكة صحية خلال زيارة إلى بغداد. "
        "وقال وزير الخارجية العراقي في تصريحات صحفية إن صحته جيدة."
    )
    assert rules_speakers(text) == [("وقال", "وزير الخارجية العراقي")]


def test_a_title_nobody_bears_is_the_person_a_continuing_verb_names_next():
    text = (
        "قال قائد القوات البحرية المصري إن التدريبات ستستمر أسبوعين.\n\n"
        "وأضاف الفريق أول سامي الشناوي، خلال جولة تفقدية أمس، إن الجاهزية عالية."
    )
    assert rules_speakers(text) == [("قال", "سامي الشناوي"), ("وأضاف", "سامي الشناوي")]
    # "وقال" with a name given another title brings in a new speaker, not the title's bearer (a bare
    # name is the title's bearer: round 45, the gold sets' convention, test58/test98-101)
    text = (
        "قال وزير الخارجية إن المحادثات مستمرة. وقال وزير المالية كريم المنصوري إن الجولة المقبلة في الرباط."
    )
    assert rules_speakers(text) == [("قال", "وزير الخارجية"), ("وقال", "كريم المنصوري")]


def test_a_fronted_title_the_implicit_chain_took_is_the_person_named_with_it_before():
    text = (
        "أكدت الحكومة في العراق تعرض وزير خارجيتها حسن الربيعي لوعكة صحية خلال زيارة إلى عمان. "
        "لكن وزير الخارجية العراقي قال في تصريحات صحفية من عمان، إن صحته جيدة."
    )
    assert rules_speakers(text) == [("قال", "حسن الربيعي")]
    # named with another country's title before: the title stays
    text = (
        "أكدت الحكومة في الأردن تعرض وزير خارجيتها حسن الربيعي لوعكة صحية خلال زيارة إلى بغداد. "
        "لكن وزير الخارجية العراقي قال في تصريحات صحفية من عمان، إن صحته جيدة."
    )
    assert rules_speakers(text) == [("قال", "وزير الخارجية العراقي")]


def test_ali_before_a_family_name_is_the_given_name_not_the_preposition():
    # علي shares its key with the preposition على: before a family name, a nisba or بن it is the name
    text = (
        "وزار المحافظ موقع المشروع أمس. وقال علي الحسيني رئيس المجلس البلدي إن أعمال الصيانة ستنتهي "
        "خلال شهرين."
    )
    assert rules_speakers(text)[-1] == ("وقال", "علي الحسيني")
    text = "وقال الطبيب علي العجمي إن حالة المصاب مستقرة بعد العملية."
    assert rules_speakers(text) == [("وقال", "علي العجمي")]
    text = "وأوضح الطبيب المناوب علي بن سعيد القرني أن المستشفى استقبل ثلاث حالات."
    assert rules_speakers(text) == [("وأوضح", "علي بن سعيد القرني")]


def test_ali_before_an_or_a_common_noun_stays_the_preposition():
    # "علي" typed for على: before أن or a common noun that is hardly a name, the title speaks
    for text in (
        "وشدد الوزير علي أن إنجاز المشروع في موعده المحدد أولوية.",
        "وأكد المدير علي أن العمل في المشروع يسير وفق الخطة.",
        "وأكد المدير علي أنه سيتابع سير العمل بنفسه.",
    ):
        assert [speaker for _cue, speaker in rules_speakers(text)] == [
            "المدير" if "المدير" in text else "الوزير"
        ]
    # إن after قال opens the player's words: there علي is his name
    assert rules_speakers("وقال اللاعب علي إن الفريق جاهز للمباراة.") == [("وقال", "علي")]
    # after a given name علي is the man's second name, whatever follows it
    text = (
        "وقال مدير الدائرة في الهيئة حسن علي في تقرير اطلعت عليه الصحيفة إن الأموال محجوزة في ثلاث دول. "
        "وأشار علي إلى وجود معوقات في تسلم المتهمين."
    )
    assert [speaker for _cue, speaker in rules_speakers(text)] == ["حسن علي", "حسن علي"]


# --------------------------------------------------------------------------------------------
# Round 26: where the speaker phrase stops (the gold name cut short or run on; sentences of our own)


def test_a_describing_word_takes_the_preposition_it_governs_into_the_source():
    assert speaker_name(one("وقال أحد المقربين من الحركة إن الخلافات بدأت قبل أشهر.")) == (
        "أحد المقربين من الحركة"
    )
    assert speaker_name(one("وقال المصدر المقرب من الحكومة إن الاجتماع تأجل إلى الأسبوع المقبل.")) == (
        "المصدر المقرب من الحكومة"
    )
    assert speaker_name(one("وقال قائمون على المصارف إن الخدمة ستعود صباح الغد.")) == "قائمون على المصارف"
    # after an indefinite source, ل + a name is the paper told, not what the source is close to
    assert speaker_name(one("وقال مصدر مقرب للمدينة إن الاجتماع تأجل.")) == "مصدر مقرب"


def test_a_second_source_joined_by_waw_is_not_part_of_the_first():
    # each source of one statement gets its own record (round 26e), never one name running over both
    text = "وقال مصدر طبي وشهود عيان إن شابا أصيب برصاصة في ساقه."
    assert [speaker_name(q) for q in quotes_of(text)] == ["مصدر طبي", "شهود عيان"]
    assert speaker_name(one("ويتوقع المحللون والمستثمرون أن تعلن الشركة أرباحا قياسية.")) == "المحللون"
    text = "وذكرت جماعات في قطاع الزراعة وبعض المشرعين أنهم سيعترضون على القرار."
    assert [speaker_name(q) for q in quotes_of(text)] == ["جماعات في قطاع الزراعة", "بعض المشرعين"]
    # a و-adjective qualifies the first source; two nationalities are one group
    assert speaker_name(one("وقالت مصادر أمنية وعسكرية إن الهجوم أحبط.")) == "مصادر أمنية وعسكرية"
    assert speaker_name(one("وقال الروس والأميركيون إن الهدنة صامدة.")) == "الروس والأميركيون"
    # a lone head shares the nationality after the second: one record each, with the nationality
    text = "وقال دبلوماسيون وخبراء مصريون إن الحوار شكلي."
    assert [speaker_name(q) for q in quotes_of(text)] == ["دبلوماسيون مصريون", "خبراء مصريون"]
    # … but not another adjective: only the officials are military
    text = "وقال مسعفون ومسؤولون عسكريون إن الانفجار أوقع عشرة قتلى."
    assert [speaker_name(q) for q in quotes_of(text)] == ["مسعفون", "مسؤولون عسكريون"]


def test_a_weekday_after_a_body_says_when_it_spoke():
    from rasid.extract.quotes import _without_time_tail

    text = "وأعلنت وزارة الدفاع الخميس أن طائراتها قصفت مواقع للمسلحين."
    body = _entity(text, "وزارة الدفاع الخميس", "ORG", "o1")  # as the entities stage may tag it
    assert stage_speakers(text, (body,)) == [("وأعلنت", "وزارة الدفاع")]
    assert _without_time_tail("مسؤولون في الوزارة يوم الأحد") == "مسؤولون في الوزارة"
    # a name that is a day or اليوم stays whole
    assert _without_time_tail("صحيفة اليوم") == "صحيفة اليوم"
    assert _without_time_tail("الخميس") == "الخميس"


def test_an_indefinite_body_head_is_in_construct_with_its_name():
    assert speaker_name(one("وأعلنت شركة موزيلا عن اكتشاف ثغرة جديدة في متصفحها.")) == "شركة موزيلا"
    assert speaker_name(one("وأعلنت شركة موزيلا المطورة لمتصفح فايرفوكس عن اكتشاف ثغرة جديدة.")) == (
        "شركة موزيلا"
    )
    # after a person, the same shape is a manner participle
    assert speaker_name(one("وقال الوزير جون كيري مازحا إن الطاولة لها تاريخ طويل.")) == "جون كيري"


def test_a_body_named_for_a_named_thing_after_lam_keeps_that_name():
    text = "وأكدت اللجنة التنفيذية لمهرجان الطائف التاريخي أن الدورة الثانية ستكون أكبر."
    festival = _entity(text, "مهرجان الطائف التاريخي", "MISC", "m1")
    assert stage_speakers(text, (festival,)) == [("وأكدت", "اللجنة التنفيذية لمهرجان الطائف التاريخي")]
    # without ل before the name, the descriptive adjective still goes (the gold convention)
    from rasid.extract.quotes import _without_descriptors

    assert _without_descriptors("مجموعة إيني الإيطالية للنفط والغاز") == "مجموعة إيني"
    assert _without_descriptors("اللجنة المنظمة لمهرجان الطائف التاريخي") == (
        "اللجنة المنظمة لمهرجان الطائف التاريخي"
    )


def test_an_unnamed_source_drops_the_description_of_its_place():
    text = "وأوضح سكان بلدة الخضر القريبة من بيت لحم أن الجنود اقتحموا عدة منازل."
    town = _entity(text, "الخضر", "LOC", "l1")
    assert stage_speakers(text, (town,)) == [("وأوضح", "سكان بلدة الخضر")]
    # its own description stays
    assert speaker_name(one("وأكد مصدر مقرب من الحكومة أن القرار نهائي.")) == "مصدر مقرب من الحكومة"


def test_a_share_of_a_group_speaks_as_the_group():
    text = "وقال 40 في المئة من الناخبين إنهم سيصوتون للمرشح المستقل."
    assert speaker_name(one(text)) == "40 في المئة من الناخبين"
    # a number without في المئة من is no source
    assert speaker_name(one("وقال المتحدث إن 40 من الجنود عادوا إلى ثكناتهم.")) == "المتحدث"


def test_the_attache_after_a_name_is_his_title():
    text = "وأوضح الدكتور خالد الحربي الملحق الثقافي أن البرنامج يخدم الطلاب المبتعثين."
    assert speaker_name(one(text)) == "خالد الحربي"
    text = "وأكد الملحق العسكري في السفارة أن الزيارة ستتم الشهر المقبل."
    assert speaker_name(one(text)) == "الملحق العسكري"  # a title alone speaks as the title


def test_a_name_set_alone_in_quotation_marks_is_the_subject_a_later_cue_continues():
    # round 26c: a newspaper names a person again in marks ("تناول "الحربي""); that person, not the
    # last of a list named before, holds the floor; a cue followed by the marked name is said by him
    intro = (
        "عقدت اللجنة اجتماعها الأول في مقر الأمانة برئاسة الدكتور سامي الحربي؛ والمحامي خالد القرني؛ "
        "والمحامي فهد العتيبي. "
    )
    text = intro + 'وفي ختام الاجتماع تناول "الحربي" أبرز ما تم بحثه. وقال: "سنعلن النتائج الأسبوع المقبل".'
    assert rules_speakers(text)[-1] == ("وقال", "سامي الحربي")
    text = intro + 'وأضاف "الحربي"؛ "اللجنة مستقلة في قراراتها ولا تتبع أي جهة".'
    assert rules_speakers(text)[-1] == ("وأضاف", "سامي الحربي")
    # words in marks after a verb are a quotation, not a name: no one is introduced
    text = intro + 'وفي ختام الاجتماع تناول "أبرز المخالفات" التي رصدتها اللجنة. وقال: "سنعلن النتائج قريبا".'
    assert rules_speakers(text)[-1] != ("وقال", "سامي الحربي")


def test_a_byline_opening_the_article_is_no_subject():
    # round 26c: "سعد الشمري- الرياض:" names the reporter, who says nothing in the story
    text = (
        "سعد الشمري- الرياض: افتتحت أمانة المنطقة أمس ثلاث حدائق جديدة في الأحياء الشمالية، بحضور عدد "
        "من المسؤولين برفقة مدير الحدائق خالد العمري. وقال: إن الحدائق ستفتح أبوابها للزوار طوال الأسبوع."
    )
    assert rules_speakers(text)[-1][1] != "سعد الشمري"
    # a person heading the first sentence without a dash is its subject
    text = (
        "سعد الشمري يفتتح ثلاث حدائق جديدة في الأحياء الشمالية. "
        "وقال: إن الحدائق ستفتح أبوابها للزوار طوال أيام الأسبوع."
    )
    assert rules_speakers(text)[-1] == ("وقال", "سعد الشمري")


def test_a_paragraph_opening_cue_after_a_hadith_continues_the_preacher():
    # round 26c: "وتابع" opening a paragraph after the preacher cited a hadith is the preacher's
    preacher = (
        "وقال الشيخ عبدالرحمن السديس في خطبة الجمعة إن الصدق أساس التعامل بين الناس. "
        "وأضاف أن من علامات الصدق الوفاء بالعهد.\n\n"
        "يقول صلى الله عليه وسلم: (آية المنافق ثلاث: إذا حدث كذب، وإذا وعد أخلف، وإذا اؤتمن خان).\n\n"
    )
    text = preacher + "وتابع: إن على المسلم أن يحفظ لسانه من الكذب والغيبة."
    assert rules_speakers(text)[-1] == ("وتابع", "عبدالرحمن السديس")
    # within the hadith's own paragraph the citation keeps its speaker
    assert ("يقول", "النبي") in rules_speakers(text)


def test_a_masculine_cue_does_not_continue_a_body_named_by_a_feminine_noun():
    # round 26c: after "وأكدت وزارة الصحة" a masculine "وأضاف" continues the man quoted before it
    said = (
        "وقال مدير المستشفى فهد العلي إن الحالات المصابة في تحسن. وأكدت وزارة الصحة أن الوضع تحت السيطرة.\n\n"
    )
    assert rules_speakers(said + "وأضاف أن الفرق الطبية تعمل على مدار الساعة.")[-1] == ("وأضاف", "فهد العلي")
    # a feminine cue continues the ministry, a masculine one a body named by a masculine noun
    assert rules_speakers(said + "وأضافت أن الفرق الطبية تعمل على مدار الساعة.")[-1] == (
        "وأضافت",
        "وزارة الصحة",
    )
    text = (
        "وقال مدير المستشفى فهد العلي إن الحالات المصابة في تحسن. "
        "وأكد المركز الوطني للأوبئة أن الوضع تحت السيطرة.\n\nوأضاف أن الفرق الطبية تعمل على مدار الساعة."
    )
    assert rules_speakers(text)[-1] == ("وأضاف", "المركز الوطني للأوبئة")


def test_the_source_named_last_is_the_one_a_definite_source_takes_up():
    # round 26c: "وقالت المصادر" after "أفادت مصادر محلية …" is the local sources, not the security
    # sources quoted before them
    text = (
        "أفادت مصادر أمنية عراقية بمقتل خمسة مدنيين في انفجار عبوة ناسفة. وقالت المصادر إن الانفجار وقع "
        "قرب سوق شعبي. كما أفادت مصادر محلية في قرى جنوب المدينة بقيام المسلحين بخطف عشرين شخصا. "
        "وقالت المصادر إن المسلحين نقلوا المخطوفين إلى جهة مجهولة."
    )
    speakers = rules_speakers(text)
    assert speakers[0][1].startswith("مصادر أمنية")
    assert speakers[-1][1].startswith("مصادر محلية")


def test_a_message_received_from_someone_speaks_for_its_sender():
    # round 26c: "تلقى أ برقية من ب، أكد فيها": the sender, not the one who received it
    text = (
        "تلقى أمير المنطقة الأمير فيصل بن خالد برقية تهنئة من رئيس الجامعة الدكتور سعد العمري، "
        "أكد فيها أن الجامعة ماضية في خدمة المجتمع."
    )
    assert rules_speakers(text) == [("أكد", "سعد العمري")]
    # a message sent to someone: the subject sends it
    text = (
        "بعث رئيس الجامعة الدكتور سعد العمري برقية تهنئة إلى أمير المنطقة الأمير فيصل بن خالد، "
        "أكد فيها أن الجامعة ماضية في خدمة المجتمع."
    )
    assert rules_speakers(text) == [("أكد", "سعد العمري")]


def test_a_title_listed_after_a_semicolon_heads_no_sentence():
    # round 26c: "برئاسة …؛ والمحامي فهد العتيبي." names a member, not a subject for "وقال"
    text = (
        "عقدت اللجنة اجتماعها الأول في مقر الأمانة برئاسة الدكتور سامي الحربي؛ والمحامي خالد القرني؛ "
        'والمحامي فهد العتيبي. وقال: "سنعلن النتائج الأسبوع المقبل".'
    )
    assert rules_speakers(text)[-1] != ("وقال", "فهد العتيبي")
    # a sentence of its own that a title opens still has its subject
    text = (
        "عقدت اللجنة اجتماعها الأول في مقر الأمانة أمس. والمحامي فهد العتيبي عضو في اللجنة منذ تأسيسها. "
        'وقال: "سنعلن النتائج الأسبوع المقبل".'
    )
    assert rules_speakers(text)[-1] == ("وقال", "فهد العتيبي")


def test_a_cue_that_does_not_agree_with_the_latest_subject_takes_the_one_before():
    # round 26c: "اعترفت" after "… نفت إيران …. وخلال التحقيق تراجع المتهم …" is Iran's
    text = (
        "وقال المحامي سعد القحطاني إن موكله بريء من التهم.\n\n"
        "ومنذ بداية القضية، نفت إيران أي علاقة لها بالمتهم. وخلال التحقيق تراجع خالد العنزي عن أقواله. "
        "وفي عام 2010، اعترفت بأنه عمل لديها عدة أشهر."
    )
    assert rules_speakers(text)[-1] == ("اعترفت", "إيران")
    # a cue that agrees with the latest subject keeps it
    text = text.replace("اعترفت بأنه عمل لديها", "اعترف بأنه عمل لديها")
    assert rules_speakers(text)[-1] == ("اعترف", "خالد العنزي")


def test_a_name_split_in_two_is_the_person_the_article_names_with_it_written_joined():
    text = (
        "هاجم رئيس جزر القمر عثمانكار بولوندي معارضيه في خطاب أمس. "
        "وقال كار في مؤتمر صحفي إن الانتخابات ستجري في موعدها."
    )
    entities = (_entity(text, "عثمانكار بولوندي", "PER", "p1"), _entity(text, "كار", "PER", "p2"))
    assert stage_speakers(text, entities) == [("وقال", "عثمانكار بولوندي")]
    # a name after أبو or عبد is a name of its own ("بكر" is not "أبوبكر")
    text = "وحضر الاجتماع أبوبكر السالمي مدير الفرع. وقال بكر إن العمل مستمر."
    entities = (_entity(text, "أبوبكر السالمي", "PER", "p1"), _entity(text, "بكر", "PER", "p2"))
    assert stage_speakers(text, entities) == [("وقال", "بكر")]


def test_a_bare_description_spelt_another_way_is_the_person_introduced_with_it():
    text = (
        "وأكد الصحافي البرتغالي المعروف جواو ماركيش أن اللاعب وقع عقدا لثلاثة مواسم. "
        "وأضاف الصحفي أن الإعلان الرسمي سيكون الأسبوع المقبل."
    )
    entities = (_entity(text, "جواو ماركيش", "PER", "p1"),)
    assert stage_speakers(text, entities) == [("وأكد", "جواو ماركيش"), ("وأضاف", "جواو ماركيش")]
    # the journalist, not the lawyer quoted since; another description is not the journalist
    text = (
        "وأكد الصحافي البرتغالي المعروف جواو ماركيش أن اللاعب وقع عقدا لثلاثة مواسم. "
        "وقال المحامي روي كوستا إن العقد لم يسجل بعد. "
        "وأضاف الصحفي أن الإعلان الرسمي سيكون الأسبوع المقبل. وأضاف المصور أن الصور جاهزة."
    )
    entities = (_entity(text, "جواو ماركيش", "PER", "p1"), _entity(text, "روي كوستا", "PER", "p2"))
    assert stage_speakers(text, entities)[2:] == [("وأضاف", "جواو ماركيش"), ("وأضاف", "المصور")]
    # a family name of someone named is a name, not a description ("وقال النبوي")
    text = (
        "وحضر الحفل الوزير عبد الواحد النبوي والممثل خالد النبوي وفنان الأوبرا حسن كامي. "
        "وقال النبوي إن الراحل ترك أثرا كبيرا."
    )
    names = ("عبد الواحد النبوي", "خالد النبوي", "حسن كامي")
    entities = tuple(_entity(text, name, "PER", f"p{i}") for i, name in enumerate(names))
    assert stage_speakers(text, entities)[-1][1] != "حسن كامي"


def test_a_name_cut_short_inside_its_speaker_phrase_keeps_its_family_name():
    text = 'وقال المواطن حمدان العنزي لـ "الصحيفة": انتظرت التعويض ثلاث سنوات.'
    entities = (_entity(text, "حمدان", "PER", "p1"),)
    assert stage_speakers(text, entities) == [("وقال", "حمدان العنزي")]
    # a weekday after the name is when it was said
    text = "وقال المواطن حمدان الخميس إن التعويض تأخر ثلاث سنوات."
    entities = (_entity(text, "حمدان", "PER", "p1"),)
    assert stage_speakers(text, entities) == [("وقال", "حمدان")]


def test_a_name_takes_the_word_after_it_that_the_article_uses_alone_in_marks():
    text = (
        "افتتحت الرسامة نورة سالم الزهراني معرضها الأول في جدة.\n\n"
        "وقالت نورة سالم إن الفكرة بدأت في طفولتها. وتحرص «الزهراني» على تعليم الأطفال الرسم."
    )
    entities = (
        _entity(text, "نورة سالم", "PER", "p1"),
        _entity(text, "نورة سالم", "PER", "p1", at=text.index("وقالت")),
    )
    assert stage_speakers(text, entities) == [("وقالت", "نورة سالم الزهراني")]
    # a word after the name that the article never uses alone is not part of it
    text = "افتتحت الرسامة نورة سالم معرضها الأول في جدة.\n\nوقالت نورة سالم إن الفكرة بدأت في طفولتها."
    entities = (_entity(text, "نورة سالم", "PER", "p1"), _entity(text, "نورة سالم", "PER", "p1", at=30))
    assert stage_speakers(text, entities) == [("وقالت", "نورة سالم")]


def test_an_indefinite_title_is_the_one_person_named_with_it_later():
    text = (
        "قال متحدث باسم وزارة النقل أمس إن الطريق سيفتح الشهر المقبل.\n"
        "وأوضح سالم الحربي المتحدث باسم وزارة النقل أن الأعمال تسير وفق الخطة."
    )
    entities = (_entity(text, "سالم الحربي", "PER", "p1"),)
    assert stage_speakers(text, entities) == [("قال", "سالم الحربي"), ("وأوضح", "سالم الحربي")]
    # two people named later with the title: the lead's speaker stays unnamed
    text = (
        "قال متحدث باسم وزارة النقل أمس إن الطريق سيفتح الشهر المقبل.\n"
        "وأوضح سالم الحربي المتحدث باسم وزارة النقل أن الأعمال تسير وفق الخطة. "
        "وكان فهد العتيبي المتحدث باسم وزارة النقل السابق قد أعلن موعدا آخر."
    )
    entities = (_entity(text, "سالم الحربي", "PER", "p1"), _entity(text, "فهد العتيبي", "PER", "p2"))
    assert stage_speakers(text, entities)[0] == ("قال", "متحدث باسم وزارة النقل")


def test_a_phrase_that_names_nobody_is_no_speaker():
    # round 26d: a verb with a joined preposition, a religious formula, a figure, bare tatweel or a
    # verbal noun at the head names no person, body, group or source
    from rasid.extract.quotes import SpeakerGuess, plausible_speaker

    def plausible(name: str, kind: str = "person") -> bool:
        return plausible_speaker(SpeakerGuess(name, kind))  # type: ignore[arg-type]

    for name in (
        "دخلت عليه",
        "معلومات حصلت عليها",
        "عز وجل",
        "رضي الله",
        "حفظه الله",
        "ـ",
        "45 مليار ريال",
        "العثور",
        "القول",
        "الإجراء",
        "المتابعة",
        "التحقيقات",
        "تصميم الدولة التركية",
        "الاستطلاع",
        "لي",
        "يقرأ لكم",
        "أو عبرة",
        "وفق الرؤية الأمريكية",
        "للرئيس هادي",
        "بالمنطقة الشرقية",
        "الأول",
        "التاسعة",
        "ثانية",
        "العالمية",
    ):
        assert not plausible(name), name
    # names, bodies and sources shaped alike stay: a tie after a definite word, a share with its
    # partitive, given names of the إفعال shape, plurals of أفعال, bodies named by a verbal noun
    for name in (
        "أحد المقربين منه",
        "57% من الآباء",
        "إيهاب حمودة",
        "إقبال محمد إسماعيل",
        "الأطفال",
        "أصدقاء الشاب",
        "المواطنة",
        "منة شلبي",
        "بي بي سي",
        "عز الدين",
        "رضي الموسوي",
        "جميل بالقاسم",
        "السعودية",
        "القحطاني",
    ):
        assert plausible(name), name
    for name in ("الائتلاف الوطني السوري", "المقاومة الشعبية", "التقرير", "تركيا", "الاقتصادية"):
        assert plausible(name, "organization"), name


def test_words_that_name_nobody_give_way_to_the_speaker_named_before_or_after():
    # a verbal noun after the verb is its object: the person speaking goes on
    text = (
        "وقال المهندس سامي العتيبي إن المشروع سيكتمل قبل نهاية العام. وأردف القول إن التكلفة لم "
        "تتجاوز الميزانية المعتمدة."
    )
    assert rules_speakers(text) == [("وقال", "سامي العتيبي"), ("وأردف", "سامي العتيبي")]
    # the narrator told ("لي"), the speaker named after it
    text = "زرت المدرسة الأسبوع الماضي. وقال لي مدير المدرسة الأستاذ خالد المطيري إن الطلاب تفوقوا."
    assert rules_speakers(text) == [("وقال", "خالد المطيري")]
    # a blessing after the name closes it; one in its place leaves the subject implied
    text = "وفي هذا المعنى يقول الشيخ عبدالرحمن السعدي رحمه الله إن العلم النافع ما قرب العبد من ربه."
    assert rules_speakers(text) == [("يقول", "عبدالرحمن السعدي")]
    text = "ورعى الأمير فيصل بن خالد حفل تخريج الدفعة الجديدة. وأكد سموه - حفظه الله - أن الوطن يفخر بأبنائه."
    assert rules_speakers(text) == [("وأكد", "فيصل بن خالد")]
    # a name with no formula, and a named subject after the verb, are read as before
    text = "وفي هذا المعنى يقول الشيخ عبدالرحمن السعدي إن العلم النافع ما قرب العبد من ربه."
    assert rules_speakers(text) == [("يقول", "عبدالرحمن السعدي")]
    text = "وقال له مدير المدرسة خالد المطيري إن الطلاب تفوقوا."
    assert rules_speakers(text) == [("وقال", "خالد المطيري")]


# Round 26: detection recall on fresh news


def test_a_fronted_source_described_before_its_fa_inna_still_attributes():
    # a parenthesis, a relative clause or an apposition between the source and فإن
    text = (
        "وبحسب موقع الجمعية الجغرافية (جيو نت) فإن فريق البحث عثر على بقايا مدينة قديمة تحت الرمال. "
        'وبحسب صحيفة "الصباح" التي تصدر في تونس، فإن الحكومة ستعلن خطة جديدة للنقل العام.'
    )
    quotes = rules_speakers(text)
    assert [cue for cue, _ in quotes] == ["وبحسب", "وبحسب"]
    assert [q.text for q in quotes_of_pipeline(text)] == [
        "فريق البحث عثر على بقايا مدينة قديمة تحت الرمال",
        "الحكومة ستعلن خطة جديدة للنقل العام",
    ]


def test_a_fronted_source_then_a_full_stop_or_a_verb_before_fa_inna_is_no_attribution():
    # the sentence ends before any فإن: no statement of the source
    assert rules_speakers("وبحسب الخطة الموضوعة. فإن العمل سيبدأ في الشهر المقبل في جميع المواقع.") == []
    # another verb comes first: the source's statement is that verb's clause, not the later فإن's
    text = "وبحسب وزارة النقل تعمل الفرق على الطريق ليلا، وإذا تأخرت فإن الافتتاح سيؤجل."
    assert [q.text.split()[0] for q in quotes_of_pipeline(text)] in ([], ["تعمل"])


def test_amma_topic_answered_by_fa_verb_is_the_speaker_and_a_bare_clause_is_his_words():
    text = (
        "وتحدث عدد من الأهالي عن المهرجان. أما خالد العتيبي فيقول لا بد من تنظيم المهرجان كل عام في "
        "هذا الموقع الجميل. أما سعد الغامدي فيقول إن الإقبال فاق التوقعات."
    )
    quotes = quotes_of_pipeline(text)
    assert [(q.cue.text, speaker_name(q), q.kind) for q in quotes] == [
        ("فيقول", "خالد العتيبي", "direct"),
        ("فيقول", "سعد الغامدي", "indirect"),
    ]
    assert quotes[0].text.startswith("لا بد من تنظيم المهرجان")


def test_a_fa_verb_without_amma_or_a_short_clause_after_it_is_no_quotation():
    # فيقول continuing another clause has no subject before it in its own sentence; a clause of
    # fewer than four words is no statement
    assert rules_speakers("ويجلس الشيخ في مجلسه فيقول لا بد من الصبر على الناس في كل الأحوال.") == []
    assert rules_speakers("وأما خالد العتيبي فيقول لا بأس.") == []


def test_coordinated_unnamed_sources_give_one_record_each():
    text = "وقال سكان ومصادر عسكرية إن مسلحين هاجموا فندقا في وسط البلاد."
    assert rules_speakers(text) == [("وقال", "سكان"), ("وقال", "مصادر عسكرية")]
    text = "وأفاد مصدر طبي وشهود فلسطينيون بأن الشاب أصيب برصاصة في الرأس."
    assert [name for _cue, name in rules_speakers(text)] == ["مصدر طبي", "شهود فلسطينيون"]


def test_adjectives_joined_to_a_source_and_definite_group_pairs_stay_one_speaker():
    for text, speaker in (
        ("وقالت مصادر أمنية وعسكرية إن الهجوم فشل في تحقيق أهدافه.", "مصادر أمنية وعسكرية"),
        ("وقال دبلوماسيون عرب ومصريون إن التصريحات لا تخدم المنطقة.", "دبلوماسيون عرب ومصريون"),
        ("وأعلن الروس والأميركيون أنهم سيستأنفون المحادثات قريبا.", "الروس والأميركيون"),
    ):
        assert [name for _cue, name in rules_speakers(text)] == [speaker], text


def test_a_dual_head_noun_names_two_bodies():
    text = "وأكدت حركتا فتح والجبهة الشعبية في بيان مشترك أنهما ترفضان القرار الجديد."
    assert [name for _cue, name in rules_speakers(text)] == ["حركة فتح", "حركة الجبهة الشعبية"]
    # a singular head noun joined to another body is not split by this rule
    text = "وأكدت حركة فتح في بيان أنها ترفض القرار الجديد."
    assert [name for _cue, name in rules_speakers(text)] == ["حركة فتح"]


def test_azhar_is_a_cue_only_for_a_finding_named_with_its_maker_and_an_an_clause():
    text = "أظهر تقرير لمؤسسة الأفق للدراسات أن نصف الشباب يفضلون العمل في القطاع الخاص."
    assert [cue for cue, _ in rules_speakers(text)] == ["أظهر"]
    for text in (
        "وأظهرت الدراسة أن نصف الشباب يفضلون العمل في القطاع الخاص.",  # no maker named
        "وأظهر اللاعب مستوى رائعا في المباراة الأخيرة أمام الهلال.",  # a noun phrase, no أن
        "ويظهر استطلاع الوكالة تراجعا في شعبية الحكومة.",
    ):
        assert rules_speakers(text) == [], text


def test_a_body_then_coordinated_unnamed_sources_in_a_trailing_attribution_gives_one_record_each():
    text = "وأعيد بناء الجسر القديم خلال ستة أشهر، حسب ما قالته الأمم المتحدة ومسؤولون في المدينة."
    names = [name for _cue, name in rules_speakers(text)]
    assert len(names) == 2 and names[0] == "الأمم المتحدة" and names[1].startswith("مسؤولون")
    # a person before the و is not split off by this rule
    text = "وقال وزير الداخلية سعد الحربي ومسؤولون في الوزارة إن الخطة جاهزة."
    assert len(rules_speakers(text)) == 1


def test_the_speakers_own_saying_after_the_verb_is_its_object():
    text = (
        "وقال قائد الشرطة سامي الدوسري إن المسلح كان يحمل مسدسا. "
        "وتابع قوله «يبدو أنه كان ينوي الهرب بعد الحادث»."
    )
    assert rules_speakers(text) == [("وقال", "سامي الدوسري"), ("وتابع", "سامي الدوسري")]
    # another possessed noun is no saying: تابع is "went on with", nobody's words follow
    assert rules_speakers("وتابع عمله في الوزارة حتى تقاعده قبل عامين في الرياض.") == []


def test_a_short_statement_in_marks_closing_its_sentence_is_not_part_of_the_title():
    text = "وقال الناطق باسم الادعاء العام في المدينة «نعتقد أنه غادر البلاد»."
    quote = one(text)
    assert quote.text == "نعتقد أنه غادر البلاد" and quote.kind == "direct"
    # a name in marks inside the title, with the clause after it, stays part of the title
    text = "وقال المتحدث باسم حركة «النهضة» إن الحركة لن تشارك في الانتخابات."
    assert one(text).text == "الحركة لن تشارك في الانتخابات"
    # a quoted term of two words after an object is no statement
    assert quotes_of("بينما استنكرت الهيئة التصريحات وعدتها «مغذية للفتنة».") == []


def test_the_present_of_ashar_reports_for_a_named_subject_not_for_figures():
    text = "ويشير موقع الجمعية على الإنترنت إلى أنها نظمت أكثر من مئة معرض منذ تأسيسها."
    assert [cue for cue, _ in rules_speakers(text)] == ["ويشير"]
    for text in (
        "وتشير التقديرات إلى أن عدد الزوار تجاوز المليون هذا العام.",
        "وتشير الإحصاءات الرسمية إلى أن البطالة تراجعت في الربع الأخير.",
        "ويشير إلى أن عدد الزوار تجاوز المليون هذا العام.",  # no subject: the paper's own aside
    ):
        assert rules_speakers(text) == [], text


def test_a_poll_speaks_for_the_body_that_made_it():
    text = (
        "أجرت شركة الأفق للأبحاث استطلاعا للرأي بين الناخبين في العاصمة. "
        "وقال الاستطلاع إن نصف الناخبين لم يحسموا قرارهم بعد."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["شركة الأفق للأبحاث"]


def test_lammaha_is_a_cue_as_alamaha_is():
    assert rules_speakers("ولمح وزير المالية إلى أنه قد يستقيل من منصبه قريبا.") == [("ولمح", "وزير المالية")]
    # the noun لمح ("في لمح البصر") is no cue
    assert rules_speakers("وانتهت عملية الإنقاذ في لمح البصر بعد وصول الفرق إلى الموقع.") == []


def test_his_speech_as_the_object_of_ikhtatam_points_to_the_clause_after_it():
    text = "واختتم الخبير الاقتصادي كلامه بأن الأسواق تحتاج إلى إصلاحات عاجلة."
    assert rules_speakers(text) == [("واختتم", "الخبير الاقتصادي")]
    # كلام in a narrated sentence with no clause after it is nobody's statement
    assert rules_speakers("واختتم الخبير الاقتصادي كلامه في الندوة ثم غادر القاعة.") == []


def test_a_document_speaks_for_the_body_that_issued_it_not_one_it_addresses():
    # round 27b: "أصدر المجلس … تقريرا …. وأوضح التقرير أن … بمخاطبة شركة …": the council
    text = (
        "أصدر المجلس البلدي بمحافظة الخفجي تقريرا عن أعماله في العام الماضي.\n\n"
        "وأوضح التقرير أن المجلس وجه البلدية بمخاطبة شركة المياه الوطنية بالمحافظة لإصلاح الشبكات، "
        "وأضاف التقرير أن المجلس أقر خطة السفلتة."
    )
    assert rules_speakers(text) == [
        ("وأوضح", "المجلس البلدي بمحافظة الخفجي"),
        ("وأضاف", "المجلس البلدي بمحافظة الخفجي"),
    ]
    # a body that only received a document did not issue it
    text = (
        "تلقت جمعية الصيادين في جازان خطابا من الهيئة العامة للثروة السمكية.\n\n"
        "وأوضح البيان أن موسم الصيد يبدأ الشهر المقبل."
    )
    assert rules_speakers(text) == [("وأوضح", "الهيئة العامة للثروة السمكية")]


def test_a_subject_ends_before_the_particle_qad_that_opens_its_verb():
    # round 27b: "وكان أمير المنطقة قد استقبل الدكتور …، حيث نوه سموه …، مؤكدا": the prince
    text = (
        "رعى أمير منطقة تبوك الأمير فهد بن سلطان حفل تخريج طلاب الجامعة أمس.\n\n"
        "وكان أمير منطقة تبوك قد استقبل مدير الجامعة الدكتور سامي العتيبي في مكتبه، حيث نوه سموه "
        "بجهود الجامعة، مؤكدا أن التعليم ركيزة التنمية."
    )
    assert rules_speakers(text) == [("مؤكدا", "فهد بن سلطان")]
    # the person named before قد is the subject
    text = "وكان مدير الجامعة الدكتور سامي العتيبي قد زار المعرض أمس، مؤكدا أن التعليم ركيزة التنمية."
    assert rules_speakers(text) == [("مؤكدا", "سامي العتيبي")]


def test_a_person_acted_for_after_the_objects_preposition_is_not_the_subject():
    # round 27b: "ونقل المواساة نيابة عن خادم الحرمين الشريفين الملك …، وقال": the prince named before
    text = (
        "أدى الأمير فيصل بن سلمان أمير منطقة المدينة المنورة صلاة الميت على الضحايا أمس.\n\n"
        "ونقل المواساة نيابة عن خادم الحرمين الشريفين الملك سلمان لأسر المتوفين، وقال: "
        "«نسأل الله أن يتغمدهم برحمته»."
    )
    assert rules_speakers(text) == [("وقال", "فيصل بن سلمان")]
    # a subject named right after the verb, before its object, still speaks
    text = (
        "أدى الأمير فيصل بن سلمان أمير منطقة المدينة المنورة صلاة الميت على الضحايا أمس.\n\n"
        "ونقل وزير الداخلية الأمير عبدالعزيز بن سعود التعازي إلى أسر الضحايا، وقال: "
        "«نسأل الله أن يتغمدهم برحمته»."
    )
    assert rules_speakers(text) == [("وقال", "عبدالعزيز بن سعود")]


def test_a_medium_of_several_words_told_after_the_verb_is_not_the_speaker():
    # round 27b: "وقال لفرانس برس إن": the analyst quoted before, not the agency
    text = "وقال المحلل التركي مراد يتكين إن الحكومة أخطأت التقدير. وقال لفرانس برس إن الأزمة قد تطول."
    assert rules_speakers(text) == [("وقال", "مراد يتكين"), ("وقال", "مراد يتكين")]
    # the agency as the verb's subject speaks
    text = "وقال المحلل التركي مراد يتكين إن الحكومة أخطأت التقدير. وقالت فرانس برس إن الأزمة قد تطول."
    assert rules_speakers(text)[-1] == ("وقالت", "وكالة فرانس برس")


def test_a_bare_title_is_the_host_not_a_guest_whose_title_names_another_country():
    # round 27b: a joint press conference; "ورأى وزير الخارجية" is the host, not "… الألماني"
    opening = (
        "أكد وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي. وقال الجبير في مؤتمر صحفي "
        "عقده مع وزير الخارجية الألماني فرانك شتاينماير في برلين إن الحوار هو السبيل الوحيد.\n\n"
    )
    text = opening + "ورأى وزير الخارجية أن إيران تتدخل في شؤون المنطقة."
    assert rules_speakers(text)[-1] == ("ورأى", "عادل الجبير")
    text = opening + "ورأى وزير الخارجية الألماني أن الاتفاق يحتاج إلى ضمانات."
    assert rules_speakers(text)[-1] == ("ورأى", "فرانك شتاينماير")


def test_a_body_quoted_by_a_description_is_the_one_named_since_with_its_head():
    # round 27b: "كشفت منظمة حقوقية …. وطالبت منظمة ضحايا الحرب …. وقالت المنظمة": the named one
    rest = (
        " أن المعتقلين تعرضوا لسوء المعاملة.\n\nوطالبت منظمة ضحايا الحرب في بيان أصدرته أمس بفتح "
        "تحقيق عاجل.\n\nوقالت المنظمة إن السلطات تتحمل المسؤولية كاملة."
    )
    assert rules_speakers("كشفت منظمة حقوقية محلية" + rest)[-1] == ("وقالت", "منظمة ضحايا الحرب")
    # a body quoted by its name stays the one that goes on
    assert rules_speakers("كشفت منظمة العفو الدولية" + rest)[-1] == ("وقالت", "منظمة العفو الدولية")


def test_a_reporting_verb_with_an_object_pronoun_names_the_subject_a_participle_continues():
    # round 27b: "وهو ما أكده مدير المهرجان …، مشيرا": the subject named after أكده
    opening = "أقبل الزوار على أجنحة المعرض بأعداد كبيرة وحرصت أمانة المنطقة على تنظيم الفعاليات. وهو ما "
    text = opening + "أكده مدير المهرجان خالد السبيعي، مشيرا إلى أن عدد الزوار تجاوز عشرين ألفا."
    assert rules_speakers(text) == [("مشيرا", "خالد السبيعي")]
    # a verb that reports nothing names no speaker
    text = opening + "لاحظه الزوار في أيام العيد، مشيرا إلى أن عدد الزوار تجاوز عشرين ألفا."
    assert rules_speakers(text) == [("مشيرا", None)]


def test_a_name_opening_a_nominal_sentence_is_the_subject_of_its_later_cue():
    # round 27b: "الغنام يدرك تماما أن …، وقال": the player whose name opens the sentence
    opening = "تحدثت الصحف كثيرا عن غياب لاعب الوسط سلطان الغنام عن المباراة المقبلة.\n\n"
    text = opening + "الغنام يدرك تماما أن غيابه سيؤثر على الفريق، وقال: «زملائي قادرون على تعويض غيابي»."
    assert rules_speakers(text) == [("وقال", "سلطان الغنام")]
    # a name set off by a comma opens no clause of its own here: no subject is read from it; since
    # round 56 the one person the cue's sentence names after a paragraph break speaks all the same
    text = (
        opening
        + "الغنام، وهو لاعب مهم في الفريق، يدرك أن غيابه سيؤثر، وقال: «زملائي قادرون على تعويض غيابي»."
    )
    assert rules_speakers(text) == [("وقال", "سلطان الغنام")]


# --------------------------------------------------------------------------------------------
# Round 27d: detection on fresh news


def test_a_verbal_noun_whose_first_letter_is_a_root_letter_opens_the_statement_after_the_name():
    found = quotes_of_pipeline("أعلنت الهيئة العامة للرياضة بدء التسجيل في البطولة الصيفية للناشئين.")
    assert [(speaker_name(q), q.text) for q in found] == [
        ("الهيئة العامة للرياضة", "بدء التسجيل في البطولة الصيفية للناشئين")
    ]
    # a word opening with the preposition ب is an adjunct, and the clause after it is the statement
    found = quotes_of_pipeline("أكد المدير بحضور الوكلاء أن الخطة جاهزة.")
    assert [(speaker_name(q), q.text) for q in found] == [("المدير", "الخطة جاهزة")]


def test_a_verbal_noun_right_after_the_verb_is_its_object_with_the_subject_implied():
    found = quotes_of_pipeline(
        "وقال المتحدث إن الحادث وقع فجرا. وأكد وقوع إصابات بين المدنيين. "
        "وأكد إعداد الخطة التنفيذية للمشروع قبل نهاية العام."
    )
    assert [(speaker_name(q), q.text) for q in found][1:] == [
        ("المتحدث", "وقوع إصابات بين المدنيين"),
        ("المتحدث", "إعداد الخطة التنفيذية للمشروع قبل نهاية العام"),
    ]
    # a body whose name has that shape (ائتلاف) is the subject, not an object
    found = quotes_of_pipeline("وأكد ائتلاف الشباب المستقل أن الانتخابات نزيهة.")
    assert [(speaker_name(q), q.text) for q in found] == [("ائتلاف الشباب المستقل", "الانتخابات نزيهة")]


def test_a_description_after_a_semicolon_and_before_a_comma_leads_to_the_clause():
    found = quotes_of_pipeline("أوضح سامي العتيبي؛ محلل اقتصادي، أن أسعار النفط ستتراجع.")
    assert [(speaker_name(q), q.text) for q in found] == [("سامي العتيبي", "أسعار النفط ستتراجع")]
    found = quotes_of_pipeline('وقال بدر الزهراني؛ مدير شركة "النخبة للسفر"، إن الطلب ارتفع هذا الصيف.')
    assert [(speaker_name(q), q.text) for q in found] == [("بدر الزهراني", "الطلب ارتفع هذا الصيف")]
    # no comma before أن: the semicolon still ends the frame ("بعد أن" is no statement)
    assert quotes_of_pipeline("وتحدث سامي العتيبي؛ محلل اقتصادي، في الندوة بعد أن افتتحها المحافظ.") == []


def test_three_persons_joined_by_waw_give_one_record_each():
    found = quotes_of_pipeline("وقال سعد القحطاني ورشاد عقيلي وخالد المالكي إن الفريق سيعود بطلا.")
    assert [speaker_name(q) for q in found] == ["سعد القحطاني", "رشاد عقيلي", "خالد المالكي"]
    assert {q.text for q in found} == {"الفريق سيعود بطلا"}
    # a person and what he heads are one speaker, not a list
    found = quotes_of_pipeline("وقال سعد القحطاني رئيس نادي الشباب إن الفريق سيعود بطلا.")
    assert [speaker_name(q) for q in found] == ["سعد القحطاني"]


def test_words_the_analysis_does_not_know_before_the_clause_are_still_the_subject():
    found = quotes_of_pipeline("قال المعارض الصيني آي ويوي إن السلطات أعادت إليه جواز سفره.")
    assert [(speaker_name(q), q.text) for q in found] == [
        ("المعارض الصيني آي ويوي", "السلطات أعادت إليه جواز سفره")
    ]
    # adverbs and adjuncts before the clause are no subject: the speaker stays implied
    found = quotes_of_pipeline("وقال أيضا في المقابل إن السلطات أعادت إليه جواز سفره.")
    assert [(speaker_name(q), q.text) for q in found] == [(None, "السلطات أعادت إليه جواز سفره")]


def test_an_age_in_brackets_after_the_name_stands_before_the_quotation():
    found = quotes_of_pipeline("وقال الطالب سامر ناجي (23 عاما) «نريد محاسبة المسؤولين عن انقطاع الكهرباء».")
    assert [(speaker_name(q), q.kind, q.text) for q in found] == [
        ("سامر ناجي", "direct", "نريد محاسبة المسؤولين عن انقطاع الكهرباء")
    ]
    found = quotes_of_pipeline(
        "وقال حسن عادل (47 سنة) أستاذ التعليم الثانوي، «تعود الحياة تدريجيا إلى الشوارع»."
    )
    assert [(speaker_name(q), q.text) for q in found] == [("حسن عادل", "تعود الحياة تدريجيا إلى الشوارع")]
    # a name in marks after the age is no quotation (fewer than three words)
    assert quotes_of_pipeline('وقال خالد العمري (40 عاما) الذي يعمل في "أرامكو" منذ سنوات.') == []


def test_and_showed_that_mid_sentence_is_a_new_cue_not_between():
    found = quotes_of("وقال المدير إن الأسعار ارتفعت بسبب الطلب، وبين أن المراكز التجارية تعمل بشكل اعتيادي.")
    assert [(q.cue.text, q.text) for q in found] == [
        ("وقال", "الأسعار ارتفعت بسبب الطلب"),
        ("وبين", "المراكز التجارية تعمل بشكل اعتيادي"),
    ]
    # بين … وبين as "between" goes on with the clause
    found = quotes_of("وقال المدير إن الفرق كبير بين الرياض وبين جدة في الأسعار.")
    assert [q.text for q in found] == ["الفرق كبير بين الرياض وبين جدة في الأسعار"]


def test_a_colon_speech_stops_before_a_sentence_with_its_own_cue():
    text = (
        "وقال المدرب: أنا سعيد في النادي وسنلعب الدور المقبل بكل قوة. "
        'وعن رأيه في قرعة التصفيات قال: "مجموعتنا قوية ونطمح إلى التأهل".'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "أنا سعيد في النادي وسنلعب الدور المقبل بكل قوة",
        "مجموعتنا قوية ونطمح إلى التأهل",
    ]
    # a sentence with no cue of its own goes on with the speech
    found = quotes_of(
        "وقال المدير: نعمل على تطوير الخدمات في كل الفروع. ونحن مستعدون للموسم القادم بكل طاقتنا."
    )
    assert [q.text for q in found] == [
        "نعمل على تطوير الخدمات في كل الفروع. ونحن مستعدون للموسم القادم بكل طاقتنا"
    ]


def test_a_comma_before_bi_anna_closes_the_subject_not_an_object():
    found = quotes_of(
        "أكد عدد من المحللين السياسيين وشيوخ القبائل، بأن تحرير المدينة يأتي تأكيدا على نجاح التحالف."
    )
    # (one record per source since round 60: the analysts and the tribal sheikhs, same content)
    assert {q.text for q in found} == {"تحرير المدينة يأتي تأكيدا على نجاح التحالف"}
    # with no comma the definite word before بأنه is the object described (the content starts
    # after the pronoun, as every gold set's وصف … بأنه record does)
    found = one("ووصف الرئيس القرار بأنه خطوة مهمة للبلاد.")
    assert (speaker_name(found), found.text) == ("الرئيس", "خطوة مهمة للبلاد")
    found = one('ووصف الرئيس القرار بأنه "خطوة في الاتجاه الصحيح".')
    assert (found.kind, found.text) == ("direct", "خطوة في الاتجاه الصحيح")


def test_but_then_a_reporting_verb_opens_a_new_statement_without_a_comma():
    found = quotes_of("وقال الوزير إن المشروع تأخر لكن الشركة قالت إنها ستنجزه قريبا.")
    assert [(q.cue.text, speaker_name(q), q.text) for q in found] == [
        ("وقال", "الوزير", "المشروع تأخر"),
        ("قالت", "الشركة", "ستنجزه قريبا"),
    ]
    found = quotes_of("وقال مفاوض رفيع إنه سيتم توقيع الاتفاق لكنه نبه إلى أن بعض البنود ما زالت عالقة.")
    assert [q.text for q in found] == ["سيتم توقيع الاتفاق", "بعض البنود ما زالت عالقة"]
    # لكن with no reporting verb, or with a negated one, goes on with the clause
    found = quotes_of("وقال الوزير إن المشروع تأخر لكن الشركة ستنجزه قريبا.")
    assert [q.text for q in found] == ["المشروع تأخر لكن الشركة ستنجزه قريبا"]
    found = quotes_of("وقال المسؤول إن الاتحاد يدرس الأمر لكن المرشح لم يعلن أنه سيتقدم بطلبه.")
    assert [q.text for q in found] == ["الاتحاد يدرس الأمر لكن المرشح لم يعلن أنه سيتقدم بطلبه"]


# Round 27c: a role where the article names the person, and phrases that name nobody


def test_an_accusative_adverb_or_a_finite_verb_names_nobody():
    from rasid.extract.quotes import SpeakerGuess, plausible_speaker

    def plausible(name: str, kind: str = "person") -> bool:
        return plausible_speaker(SpeakerGuess(name, kind))  # type: ignore[arg-type]

    for name in ("مستغربا", "مخاطبا الجمهور", "جماعيا ضاغطا", "يجب", "استطعنا", "ولن ننسى", "كلية سابقًا"):
        assert not plausible(name), name
    assert not plausible("تنفيذي لمجموعة")  # a masculine nisba cut from its noun, then its complement
    # names, places and groups shaped alike stay
    for name in ("يوسف الشهري", "يحيى", "لينا", "مالطا", "مارثا كلير موريس", "يمنيون", "قيادي برلماني"):
        assert plausible(name), name


def test_the_title_before_an_adverb_is_the_speaker():
    text = (
        "أحيت الفرقة حفلا كبيرا في المدينة، وقاد الحفل الفنان المغربي سعيد الإدريسي. "
        "وقال الفنان مخاطبا الجمهور «الموسيقى لغة يفهمها الجميع»"
    )
    assert rules_speakers(text) == [("وقال", "سعيد الإدريسي")]
    text = "وأكد المدرب سامي الحربي أن الفريق جاهز. وتابع استطعنا خلال المعسكر أن نجهز اللاعبين بدنيا."
    assert rules_speakers(text) == [("وأكد", "سامي الحربي"), ("وتابع", "سامي الحربي")]
    # a name after the title is read as before
    text = (
        "أحيت الفرقة حفلا كبيرا في المدينة، وقاد الحفل الفنان المغربي سعيد الإدريسي. "
        "وقال الفنان منير الحربي «الموسيقى لغة يفهمها الجميع»"
    )
    assert rules_speakers(text) == [("وقال", "منير الحربي")]


def test_the_official_responsible_for_something_is_the_name_after_it():
    text = (
        "توقف قسم الطوارئ في المستشفى عن العمل. وقال المسؤول عن الطوارئ سامي الحربي لـ«الوطن» إن "
        "الأجهزة تضررت بالكامل."
    )
    assert rules_speakers(text) == [("وقال", "سامي الحربي")]
    text = "توقف قسم الطوارئ في المستشفى عن العمل. وقال المسؤول عن الطوارئ لـ«الوطن» إن الأجهزة تضررت."
    assert rules_speakers(text) == [("وقال", "المسؤول")]


def test_an_indefinite_title_in_construct_with_a_body_is_its_named_bearer():
    lead = "وأوضح المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة تبوك خالد العنزي أن الفرق باشرت 300 بلاغ. "
    text = lead + "وأضاف متحدث هلال تبوك أن معظم البلاغات حوادث مرورية."
    assert rules_speakers(text) == [("وأوضح", "خالد العنزي"), ("وأضاف", "خالد العنزي")]
    # a spokesman "on behalf of" another body is someone else
    text = lead + "وقال متحدث باسم الشرطة إن الطريق أغلق."
    assert rules_speakers(text) == [("وأوضح", "خالد العنزي"), ("وقال", "متحدث باسم الشرطة")]


def test_a_person_entity_of_titles_alone_is_the_person_named_with_the_title():
    text = (
        "أصدر سماحة مفتي عام المملكة الشيخ عبدالعزيز بن صالح آل الحمد فتوى جديدة. "
        "وأفاد سماحة المفتي أن الشريعة تحث على حفظ النفس."
    )
    entities = (
        _entity(text, "عبدالعزيز بن صالح آل الحمد", "PER", "p1"),
        _entity(text, "سماحة المفتي", "PER", "p2"),
    )
    assert stage_speakers(text, entities) == [("وأفاد", "عبدالعزيز بن صالح آل الحمد")]
    # an entity with a name in it stays itself
    text = "أصدر سماحة المفتي فتوى جديدة. وأفاد الشيخ سالم الحمد أن الشريعة تحث على حفظ النفس."
    entities = (_entity(text, "سماحة المفتي", "PER", "p1"), _entity(text, "سالم الحمد", "PER", "p2"))
    assert stage_speakers(text, entities) == [("وأفاد", "سالم الحمد")]


def test_a_title_whose_body_name_runs_on_before_honorifics_is_their_bearer():
    text = (
        "ندد معالي رئيس الهيئة العامة للأمر بالمعروف والنهي عن المنكر الشيخ الدكتور سالم بن فهد الحربي "
        "بالحادث الإجرامي. وقال معاليه: إن هذا العمل لا يقره دين."
    )
    assert rules_speakers(text) == [("وقال", "سالم بن فهد الحربي")]
    from rasid.extract.quotes import _body_name_then_honorifics, _Doc

    doc = _Doc(Article(id="t", text=text))
    first = next(k for k, t in enumerate(doc.tokens) if doc.text[t.start : t.end] == "بالمعروف")
    name = next(k for k, t in enumerate(doc.tokens) if doc.text[t.start : t.end] == "سالم")
    assert _body_name_then_honorifics(doc, first, name)
    # a verb between the title and the honorifics: the name is someone else's
    text = "ندد معالي الرئيس العام للهيئة بالحادث واستقبل الشيخ الدكتور سالم بن فهد الحربي."
    doc = _Doc(Article(id="t", text=text))
    first = next(k for k, t in enumerate(doc.tokens) if doc.text[t.start : t.end] == "بالحادث")
    name = next(k for k, t in enumerate(doc.tokens) if doc.text[t.start : t.end] == "سالم")
    assert not _body_name_then_honorifics(doc, first, name)


def test_a_body_speaks_without_the_object_or_purpose_its_phrase_ran_on_into():
    text = (
        "أصدرت وزارة الحج والعمرة قرارا جديدا بشأن العمالة الموسمية. "
        "وأبلغت الوزارة مديري الشركات أنها فتحت باب التقديم."
    )
    assert rules_speakers(text) == [("وأبلغت", "وزارة الحج والعمرة")]
    text = (
        "أعلن نادي الوحدة تعاقده مع مدرب جديد. وتسعى إدارة الوحدة لتعزيز صفوف الفريق، مؤكدة أنها "
        "ستعلن أسماء اللاعبين قريبا."
    )
    # (round 34: "أعلن نادي الوحدة تعاقده مع …" is itself a statement, أعلن + a verbal-noun object)
    assert rules_speakers(text) == [("أعلن", "نادي الوحدة"), ("مؤكدة", "إدارة الوحدة")]
    # where the body is, after a preposition, stays with it
    assert rules_speakers("وقالت السلطات في جمهورية الشيشان إن الفتيات عدن إلى منازلهن.") == [
        ("وقالت", "السلطات في جمهورية الشيشان")
    ]


def test_a_body_named_by_the_entities_stage_ends_before_the_verbs_object():
    text = "فيما عارضت الهيئة العامة للطيران المدني بيان الشركة، مؤكدة أن التأخير سببه عطل فني."
    assert rules_speakers(text) == [("مؤكدة", "الهيئة العامة للطيران المدني")]
    # a ب + place after the body is where it serves, not an object
    text = "وقالت الهيئة العامة للطيران المدني بجدة إن الرحلات عادت إلى مواعيدها."
    assert rules_speakers(text) == [("وقالت", "الهيئة العامة للطيران المدني بجدة")]


def test_a_body_named_after_an_unnamed_sources_affiliation_is_the_object():
    text = "وانتقدت مصادر في الحكومة العراقية الأمم المتحدة، مشيرة إلى أنها تأخرت في إرسال المساعدات."
    assert rules_speakers(text) == [("مشيرة", "مصادر في الحكومة العراقية")]
    # the body the source belongs to stays in the source, also named after its head noun
    text = "وقال مسؤول في وزارة الخارجية الأمريكية إن الوزير سيزور المنطقة."
    assert rules_speakers(text) == [("وقال", "مسؤول في وزارة الخارجية الأمريكية")]
    text = "وأكدت مصادر في النادي الأهلي أن اللاعب فسخ عقده مع الفريق."
    assert rules_speakers(text) == [("وأكدت", "مصادر في النادي الأهلي")]


def test_an_unnamed_title_keeps_the_body_or_region_it_serves_before_the_clause():
    text = "وقال قائد المقاومة في منطقة الجفينة: إنهم صدوا هجمات عنيفة."
    assert rules_speakers(text) == [("وقال", "قائد المقاومة في منطقة الجفينة")]
    assert rules_speakers("وقال عضو في الوفد إن المفاوضات ستستأنف غدا.") == [("وقال", "عضو في الوفد")]
    # a definite title is complete: where it spoke is no part of it
    text = "وقال وزير الخارجية في المؤتمر الصحفي إن المحادثات كانت مثمرة."
    assert rules_speakers(text) == [("وقال", "وزير الخارجية")]


def test_a_bodys_head_ending_like_an_adjective_is_no_adjective_before_the_object():
    text = "وأعلنت مفوضية حقوق الإنسان في العراق أمس نزوح مئات العائلات من القرى."
    assert rules_speakers(text) == [("وأعلنت", "مفوضية حقوق الإنسان في العراق")]
    # an adjective after the head still closes an unnamed source before the verbal noun
    assert rules_speakers("وأكدت مصادر طبية مقتل 14 شخصا في الهجوم.") == [("وأكدت", "مصادر طبية")]
    # a proper name with its nationality adjective acts in the place, which is no part of it
    text = "وقالت جامعة برمنجهام البريطانية في لندن إن البحث اكتمل."
    assert rules_speakers(text) == [("وقالت", "جامعة برمنجهام")]


def test_van_written_without_hamza_after_a_name_is_part_of_a_foreign_name():
    text = "وقال لويس فان جال المدير الفني للفريق إنه سيضم لاعبا جديدا."
    assert rules_speakers(text) == [("وقال", "لويس فان جال")]
    text = "وقال أوباه فان، محلل الأسواق لدى البنك: «الجنيه سيواصل الهبوط»."
    assert rules_speakers(text) == [("وقال", "أوباه فان")]
    # after a body's name or a possessed noun it is فإن, which opens the statement
    text = "وبحسب رويترز فان قوات الأمن اعتقلت عشرة أشخاص."
    assert [quote.text for quote in quotes_of(text)] == ["قوات الأمن اعتقلت عشرة أشخاص"]
    text = 'وقال الوزير إن المحادثات صعبة. وبحسب رأيه فان "الحل يحتاج إلى وقت طويل".'
    assert rules_speakers(text)[-1] == ("وبحسب", "الوزير")


def test_the_words_a_short_person_entity_left_out_before_the_clause_are_its_name():
    text = "وقال وزير النقل وونغ كاه وو إن الطرق الجديدة ستفتح قريبا."
    assert rules_speakers(text) == [("وقال", "وونغ كاه وو")]
    text = "وأوضح المواطن مبارك الدحيم أن الأسعار مرتفعة هذا العام."
    assert rules_speakers(text) == [("وأوضح", "مبارك الدحيم")]
    # an indefinite plural before the clause is the verb's object, not more of the name
    assert rules_speakers("وأبلغ الوزير سعد مسؤولين أن المشروع اكتمل.") == [("وأبلغ", "سعد")]


def test_a_plural_source_in_wn_and_its_adjectives_end_before_a_definite_object():
    text = "أبلغ مسؤولون أولمبيون البرازيل بأنها غير ملزمة بتعديل جدول المنافسات."
    assert rules_speakers(text) == [("أبلغ", "مسؤولون أولمبيون")]
    # a time after the adjectives is when they spoke
    text = "وقال مسؤولون عسكريون أمريكيون الأربعاء إن القوات انسحبت."
    assert rules_speakers(text) == [("وقال", "مسؤولون عسكريون أمريكيون")]


def test_a_word_that_may_say_when_names_the_outlet_right_after_its_head():
    text = 'وكتبت صحيفة صباح التركية في افتتاحيتها ان "الاقتصاد يحتاج إلى إصلاحات عاجلة".'
    assert rules_speakers(text) == [("وكتبت", "صحيفة صباح")]
    # before a time word it says when the body spoke
    text = 'وقالت الصحيفة صباح اليوم ان "الاقتصاد يحتاج إلى إصلاحات عاجلة".'
    assert rules_speakers(text) == [("وقالت", "الصحيفة")]


def test_after_its_preposition_a_verbal_noun_may_take_a_persons_name():
    text = "وأكد مدرب الفريق على إشراك خالد العتيبي في مركزه المفضل خلال المباراة المقبلة."
    assert [quote.text for quote in quotes_of_pipeline(text)] == [
        "إشراك خالد العتيبي في مركزه المفضل خلال المباراة المقبلة"
    ]
    # right after the verb, a verbal noun and a name are what was announced, no statement of his
    text = "وأضافت المصادر أن الحزب اعترف بمقتل اثنين، وأعلن سقوط عباس حسين من بلدة مركبا."
    assert [cue for cue, _ in rules_speakers(text)] == ["وأضافت"]


# --------------------------------------------------------------------------------------------
# Round 28: unnamed sources and groups named as first given


def test_an_informed_source_keeps_what_it_is_informed_of():
    # مطلع على governs its complement, like مقرب من: the source's description, not the statement
    text = "وقال مصدر عسكري مطلع على سير العمليات إن القوات تقدمت نحو أطراف المدينة."
    assert rules_speakers(text) == [("وقال", "مصدر عسكري مطلع على سير العمليات")]
    # a source only informed, with its object after it, keeps no object
    text = "وأكدت مصادر مطلعة عدم وجود أي تعديل على موعد الانتخابات."
    assert rules_speakers(text) == [("وأكدت", "مصادر مطلعة")]


def test_a_place_pointed_back_to_with_ha_stays_in_the_source_phrase():
    text = "وقالت مصادر محلية في بغداد وضواحيها إن الأسواق أغلقت أبوابها منذ الصباح."
    assert rules_speakers(text) == [("وقالت", "مصادر محلية في بغداد وضواحيها")]
    # something else the statement rests on, joined by و, is still left out
    text = "ونقلت الصحيفة عن مسؤول بالمخابرات ووثائق سرية أن الخطة وضعت قبل عامين."
    assert all("ووثائق" not in (name or "") for _cue, name in rules_speakers(text))


def test_a_poll_or_an_agency_told_ends_the_source_phrase():
    text = "وذكر محللون من كبار المصارف الأوروبية في استطلاع أن البطالة ستواصل تراجعها هذا العام."
    assert rules_speakers(text) == [("وذكر", "محللون من كبار المصارف الأوروبية")]
    text = "وقالت مصادر أمنية وطبية لوكالة رويترز إن انفجارين هزا وسط المدينة صباح اليوم."
    assert rules_speakers(text) == [("وقالت", "مصادر أمنية وطبية")]
    # a place the source is in is still its own
    text = "وقالت مصادر محلية في مدينة عدن إن الكهرباء عادت إلى معظم الأحياء."
    assert rules_speakers(text) == [("وقالت", "مصادر محلية في مدينة عدن")]


def test_a_later_bare_or_quantified_mention_of_a_group_takes_its_first_full_phrase():
    text = (
        "وقال مزارعون من قرى الوادي الشمالي إن المياه لم تصل إلى حقولهم منذ شهرين.\n\n"
        "وأضاف المزارعون أن المحصول مهدد بالتلف.\n\n"
        "وأشار بعض المزارعين إلى أن الآبار جفت.\n\n"
        "وأكد عدد من المزارعين أنهم راجعوا الجهات المعنية دون جدوى."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["مزارعون من قرى الوادي الشمالي"] * 4
    # a broken plural too, and a group of another head keeps its own name
    text = (
        "أكد خبراء اقتصاديون أن الأسعار ارتفعت بنسبة كبيرة خلال الموسم.\n\n"
        "وأوضح الخبراء أن الرقابة على الأسواق ضعيفة.\n\n"
        "وقال المستهلكون إن الأسعار تفوق قدرتهم."
    )
    assert [name for _cue, name in rules_speakers(text)] == [
        "خبراء اقتصاديون",
        "خبراء اقتصاديون",
        "المستهلكون",
    ]


def test_a_later_group_mention_with_another_adjective_is_not_the_first_group():
    text = (
        "وقال مزارعون أردنيون إن المياه لم تصل إلى حقولهم منذ شهرين.\n\n"
        "وقال المزارعون السوريون إن المحصول مهدد بالتلف."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["مزارعون أردنيون", "المزارعون السوريون"]


def test_the_bracketed_name_of_the_bare_body_a_source_is_close_to_stays_in_its_phrase():
    text = (
        "وكشفت مصادر نيابية مقربة من تيار (14 آذار) أن الجلسة ستعقد الأسبوع المقبل.\n\n"
        "وأضافت المصادر أن النصاب مؤمن."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["مصادر نيابية مقربة من تيار (14 آذار)"] * 2
    # an alias after a body named in full, and an aside, are left out
    text = "وقال مصدر في منظمة الدول المصدرة للنفط (أوبك) إن الإنتاج سيرتفع الشهر المقبل."
    assert rules_speakers(text) == [("وقال", "مصدر في منظمة الدول المصدرة للنفط")]
    text = "وقال مسؤول في الشركة (طلب عدم نشر اسمه) إن الإنتاج سيرتفع الشهر المقبل."
    assert rules_speakers(text) == [("وقال", "مسؤول في الشركة")]


def test_a_body_named_again_by_part_of_its_name_is_the_body_named_in_full_before():
    # the short form makes definite the noun the full name put in construct with a place's name
    text = "قالت شرطة مقاطعة أونتاريو إن السائق فر من المكان. وأضافت شرطة المقاطعة أن البحث عنه مستمر."
    assert [name for _cue, name in rules_speakers(text)] == ["شرطة مقاطعة أونتاريو"] * 2
    # the short form leaves out words inside the name but keeps its last one
    text = (
        "أعلن الاتحاد العام التونسي للشغل أن الإضراب سيبدأ الاثنين. "
        "وقال الاتحاد التونسي للشغل إن المفاوضات مع الحكومة فشلت."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["الاتحاد العام التونسي للشغل"] * 2


def test_a_body_is_not_completed_from_another_body_with_the_same_head():
    text = "أعلنت وزارة الخارجية الأردنية أن السفير استدعي. وقالت وزارة الداخلية إن الحدود مغلقة."
    assert [name for _cue, name in rules_speakers(text)] == ["وزارة الخارجية الأردنية", "وزارة الداخلية"]
    assert [name for _cue, name in rules_speakers("وقالت الوزارة إن الحدود مغلقة منذ أمس.")] == ["الوزارة"]


def test_what_completes_a_short_body_name_identifies_the_body_rather_than_describing_it():
    from rasid.extract.quotes import _body_words, _completes_body

    def completes(short: str, full: str) -> bool:
        return _completes_body(short, _body_words(short), full)

    assert completes("سلطات المقاطعة", "سلطات مقاطعة أونتاريو")
    assert completes("الائتلاف السوري", "الائتلاف الوطني لقوى الثورة والمعارضة السورية")
    assert not completes("وزارة الداخلية", "وزارة الخارجية الأردنية")  # another body
    assert not completes("الوزارة", "وزارة الصحة")  # a head alone: the rules for bare heads
    # adjectives, participles, a conjoined body or a prepositional phrase after the shared words
    assert not completes("وزارة الصحة", "وزارة الصحة والشؤون الاجتماعية")
    assert not completes("وكالة الأنباء المركزية", "وكالة الأنباء المركزية المملوكة للدولة")
    assert not completes("المجلس الأعلى للقضاء", "المجلس الأعلى للقضاء الموالي لحكومة الإنقاذ")
    assert not completes("نادي الشباب", "نادي الشباب السعودي")


def test_a_later_short_body_name_takes_the_adjectives_of_its_own_full_name():
    from rasid.extract.quotes import _body_words, _completes_body

    def completes(short: str, full: str) -> bool:
        return _completes_body(short, _body_words(short), full)

    # the adjectives of the name itself, which papers drop on a later mention
    assert completes("منظمة السياحة", "منظمة السياحة العالمية")
    assert completes("هيئة الرقابة", "هيئة الرقابة المالية العامة")
    # not a trailing nationality, a word of standing, a participle or a short form of one word
    assert not completes("نادي الهلال", "نادي الهلال السعودي")
    assert not completes("وكالة الأنباء", "وكالة الأنباء الرسمية")
    assert not completes("وكالة الأنباء", "وكالة الأنباء الصادرة")
    assert not completes("هيئة رقابة", "هيئة رقابة مالية")  # (no definite genitive before them)
    text = (
        "أعلنت هيئة الرقابة المالية العامة أن الشركات التزمت بالقواعد. "
        "وقالت هيئة الرقابة إن المخالفات قلت هذا العام."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["هيئة الرقابة المالية العامة"] * 2
    text = "أعلن نادي الهلال السعودي أن المدرب باق. وقال نادي الهلال إن العقد جدد لعامين."
    assert [name for _cue, name in rules_speakers(text)][1] == "نادي الهلال"


def test_a_numbered_report_speaks_for_its_owner_after_la_without_the_word_issued():
    for number in ("الـ12", "الـ 12"):
        text = f"وأوضح التقرير {number} لهيئة السوق المالية الصادر أمس أن عدد الشركات المدرجة ارتفع."
        assert [name for _cue, name in rules_speakers(text)] == ["هيئة السوق المالية"]
    # "الصادر" after the owner's name is the report's ("issued"), not a word of the name
    text = "وذكر التقرير السنوي لهيئة السوق المالية الصادر أمس أن عدد الشركات المدرجة ارتفع."
    assert [name for _cue, name in rules_speakers(text)] == ["هيئة السوق المالية"]
    # a report with no owner after it stays the report
    text = "وأوضح التقرير الـ12 أن عدد الشركات المدرجة ارتفع."
    assert [name for _cue, name in rules_speakers(text)] != ["هيئة السوق المالية"]


def test_a_body_entity_is_named_without_the_adjectives_that_describe_it():
    from rasid.extract.quotes import body_name

    assert body_name("قناة آزال الفضائية") == "قناة آزال"
    assert body_name("صحيفة النهار اللبنانية") == "صحيفة النهار"
    assert body_name("جامعة برمنجهام البريطانية") == "جامعة برمنجهام"
    # kept: the adjective that identifies the body, a name ending in alif maqsura, an adjective
    # that cannot be the medium's (another gender than its head) and so describes the noun after it
    assert body_name("وزارة الصحة المصرية") == "وزارة الصحة المصرية"
    assert body_name("جامعة أم القرى") == "جامعة أم القرى"
    assert body_name("وكالة الأمن القومي") == "وكالة الأمن القومي"
    assert body_name("موقع فرقة الفنون الشعبية") == "موقع فرقة الفنون الشعبية"


def test_a_title_with_its_bodys_purpose_runs_on_to_the_name_after_it():
    text = (
        "قال مدير المركز خالد الزهراني إن العيادات تعمل.\n\n"
        "وأوضح المدير التنفيذي للجمعية الخيرية لرعاية الأيتام في جدة الدكتور سعد الغامدي أن "
        "التسجيل مستمر."
    )
    assert rules_speakers(text)[-1] == ("وأوضح", "سعد الغامدي")
    # a name before the title: the title and its body close the phrase as before
    text = "وأوضح الدكتور سعد الغامدي المدير التنفيذي للجمعية الخيرية لرعاية الأيتام في جدة أن التسجيل مستمر."
    assert rules_speakers(text) == [("وأوضح", "سعد الغامدي")]


def test_a_name_in_commas_after_a_title_read_as_nobody_speaks():
    text = (
        "وأكد مدير الميناء اللواء سالم الحربي أن الحركة طبيعية.\n\n"
        "وأكد المتحدث باسم هيئة الموانئ، ماجد القرني، أنه تمت زيادة الرحلات."
    )
    assert rules_speakers(text) == [("وأكد", "سالم الحربي"), ("وأكد", "ماجد القرني")]


def test_a_word_no_name_ends_in_is_cut_from_the_speakers_name():
    # an addressee with a possessive pronoun after the name
    text = "وقال رئيس الحزب ناصر الحمدان لأنصاره إن المرحلة المقبلة صعبة."
    assert rules_speakers(text) == [("وقال", "ناصر الحمدان")]
    # a name word the gazetteer knows stays (صبرا)
    from rasid.extract.quotes import _run_on_tail

    assert _run_on_tail("ضاحكًا") and _run_on_tail("لأنصاره")
    assert not _run_on_tail("صبراً") and not _run_on_tail("بالمر") and not _run_on_tail("فهد")


def test_a_singular_source_noun_in_construct_is_the_title_of_the_person_after_it():
    text = (
        "وقال المتحدث باسم الحزب علي الكردي إن الهجمات مرفوضة. وانتقد مسؤول الإعلام في "
        "حكومة الإقليم خالد العمري قرار الحزب بإنهاء الهدنة، وشدد على أن القصف ليس حلا."
    )
    assert rules_speakers(text)[-1] == ("وشدد", "خالد العمري")
    # a plural source before an object that names a person stays the subject
    text = "وانتقد مسؤولون عراقيون تصريحات الوزير علي الكردي، وأكدوا أن البلاد موحدة."
    assert rules_speakers(text)[-1] == ("وأكدوا", "مسؤولون عراقيون")


def test_a_kinsman_who_acted_without_speaking_is_the_subject_of_the_next_cue():
    text = (
        "وقال الرئيس جيمس كارتر إن العنف مرفوض. وسار المحتجون إلى الكنيسة بعد مقتل الشاب "
        "توماس هيل. وأعرب والد هيل عن امتنانه للمشاركين. وقال إن العائلة لن تنسى وقفتهم."
    )
    assert rules_speakers(text)[-1] == ("وقال", "والد هيل")


def test_a_time_between_the_verb_and_its_subject_does_not_hide_the_subject():
    text = "وقال المدير سالم الحربي إن الشركة تنمو. وتحدث أمس خالد العمري فقال إن «الشركة معروفة»."
    assert rules_speakers(text) == [("وقال", "سالم الحربي"), ("فقال", "خالد العمري")]


def test_a_report_its_writer_is_named_with_speaks_for_the_writer():
    text = (
        "وأوضح تقرير كتبه الباحث خالد العمري ونشرته مجلة الشؤون الدولية أمس أن الاتفاق خطير. "
        "وأضاف التقرير أن إيران ستستفيد."
    )
    assert rules_speakers(text) == [("وأوضح", "خالد العمري"), ("وأضاف", "خالد العمري")]
    # a report owned by a body still speaks for the body
    text = "وأوضح تقرير لوزارة الصحة أن الحالات تراجعت. وأضاف التقرير أن اللقاحات متوفرة."
    assert [name for _, name in rules_speakers(text)] == ["وزارة الصحة", "وزارة الصحة"]


def test_a_person_a_mosque_is_named_after_is_not_the_preacher():
    text = (
        "وقال خطيب جامع الإمام تركي بن عبدالله في الرياض الشيخ خالد العمري في خطبة الجمعة أمس "
        '"إن الأمن نعمة".'
    )
    assert rules_speakers(text) == [("وقال", "خالد العمري")]
    # a person named right after a title is the speaker
    text = 'وقال إمام المسجد الشيخ خالد العمري في خطبة الجمعة أمس "إن الأمن نعمة".'
    assert rules_speakers(text) == [("وقال", "خالد العمري")]


def test_the_ranker_never_gives_a_relayed_quotation_to_the_medium_that_relayed_it():
    from rasid.pipeline import Options, process

    text = (
        "انفجرت عبوة ناسفة قرب مركز أمني في المدينة. ونقلت وكالة الأنباء الرسمية عن مدير عام "
        'مديرية شرطة محافظة العاصمة قوله "إن عملا إرهابيا وقع مساء اليوم".'
    )
    article = process(Article(id="t", raw=text), Options())
    assert [speaker_name(q) for q in article.quotes] == ["مدير عام مديرية شرطة محافظة العاصمة"]
    assert article.quotes[0].via is not None and article.quotes[0].via.name == "وكالة الأنباء الرسمية"


def test_a_title_with_a_nationality_is_not_a_bearer_of_another_country_named_before_it():
    text = (
        "قال الرئيس عبد العزيز بوتفليقة إن العلاقات متينة. وعلى صعيد آخر، طالب محامون بإعادة محاكمة "
        "الرئيس المصري الأسبق حسني مبارك. وقال الرئيس الجزائري في برقيته: «يطيب لي أن أهنئكم»."
    )
    assert rules_speakers(text)[-1] == ("وقال", "عبد العزيز بوتفليقة")
    # with no other bearer, the title of another country is not resolved to him either
    text = (
        "طالب محامون بإعادة محاكمة الرئيس المصري الأسبق حسني مبارك. "
        "وقال الرئيس الجزائري في برقية: «يطيب لي أن أهنئكم»."
    )
    assert rules_speakers(text)[-1] == ("وقال", "الرئيس الجزائري")


def test_a_subject_after_its_own_long_title_is_salient_for_the_next_cue():
    text = (
        "وفي مكة المكرمة، قال إمام وخطيب المسجد الحرام الشيخ سعود الشريم إن الصبر واجب. وفي المدينة "
        "المنورة، تحدث إمام وخطيب المسجد النبوي الشيخ ماجد القرني في خطبة الجمعة عن فضل الصدقة. "
        "وقال إن الصدقة تطفئ الغضب."
    )
    assert rules_speakers(text)[-1] == ("وقال", "ماجد القرني")


def test_a_report_named_with_its_writer_before_the_cue_speaks_for_the_writer():
    text = (
        "أوضح تقرير كتبه الباحث خالد العمري ونشرته مجلة «الشؤون الدولية» أمس أن من أخطر ما تضمنه "
        "الاتفاق أنه أنهى حقبة عداء. وأضاف التقرير أن إيران ستستفيد."
    )
    assert rules_speakers(text)[-1] == ("وأضاف", "خالد العمري")


def test_the_word_flag_table_answers_as_the_flags_do() -> None:
    table = _word_flag_table()
    assert all(_word_flags(key) == flags and flags for key, flags in table.items())
    # every phrase-opener word after any one or two letters (not only the prefixes the table adds)
    _, tails = _flagged_words()
    letters = [chr(code) for code in range(0x621, 0x64B)]
    for tail in sorted(tails)[:40]:
        for prefix in ["", *letters, *(a + b for a in "وفبلك" for b in letters)]:
            assert table.get(prefix + tail, 0) == _word_flags(prefix + tail)
    assert table[normalize("وقال")] & _MAY_CUE
    assert table[normalize("والوزير")] & _MAY_NAME and table[normalize("بالوزارة")] & _MAY_NAME
    # words that start nothing: not in the table, so no flag
    for word in ("الطقس", "جميلا", "السيارات", "غدا", "بالمدرسة"):
        assert normalize(word) not in table and _word_flags(normalize(word)) == 0


def test_a_fronted_source_then_faqad_opens_the_statement_as_fainna_does():
    text = "وبحسب تقرير الوزارة، فقد ارتفع عدد الزوار بنسبة كبيرة هذا العام."
    assert [q.text for q in quotes_of_pipeline(text)] == ["ارتفع عدد الزوار بنسبة كبيرة هذا العام"]
    text = "ووفقا لوزارة الصحة فقد سجلت المستشفيات مئة إصابة جديدة أمس."
    assert [q.text for q in quotes_of_pipeline(text)] == ["سجلت المستشفيات مئة إصابة جديدة أمس"]
    # no source (بحسب الحاجة: "depending on the need"), no statement
    assert quotes_of_pipeline("وبحسب الحاجة فقد تم توزيع المساعدات على الأسر.") == []


def test_wa_and_a_personal_present_cue_with_its_clause_continue_the_last_speaker():
    text = "وقال الوزير إن المشروع سيكتمل قريبا. ويضيف أن العمل مستمر في المواقع كلها."
    assert [(cue, name) for cue, name in rules_speakers(text)] == [("وقال", "الوزير"), ("ويضيف", "الوزير")]
    text = "وزار خالد العتيبي العين مع أطفاله، ويقول بأن هناك الكثير من العيون في المنطقة."
    assert [q.text for q in quotes_of_pipeline(text)] == ["هناك الكثير من العيون في المنطقة"]
    # an impersonal present (it is expected that) is nobody's statement
    text = "وتوقع الخبراء ارتفاع الأسعار. ويتوقع أن تستمر الأزمة حتى العام المقبل."
    assert [q.text for q in quotes_of_pipeline(text)] == []


def test_a_personal_present_cue_opening_marks_with_no_colon_quotes_the_last_speaker():
    text = 'زرنا الفنان سامي العتيبي في مرسمه. وعن أبرز الحلول، يقول "دعم الفنانين هو الحل الأمثل".'
    assert [(q.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [
        ("دعم الفنانين هو الحل الأمثل", "سامي العتيبي")
    ]
    text = "وتحدثت الطالبة منى الحربي عن تجربتها. وتقول «لم أتوقع هذا النجاح أبدا»."
    assert [q.text for q in quotes_of_pipeline(text)] == ["لم أتوقع هذا النجاح أبدا"]
    # a slogan that "says" (no clause opens at the verb), an impersonal present: no statement
    assert quotes_of_pipeline('وحمل المتظاهرون لافتات عليها شعار يقول "معا نبني الوطن".') == []
    assert quotes_of_pipeline('وشرح المدرب خطته للموسم. ويتوقع "موسما صعبا" على الفريق.') == []


def test_agreeing_verbs_report_only_a_shared_statement_after_ala_an():
    text = "أجمع الخبراء على أن الوضع الاقتصادي صعب هذا العام."
    assert [q.text for q in quotes_of_pipeline(text)] == ["الوضع الاقتصادي صعب هذا العام"]
    text = "واتفق الوزراء على أن الخطة ستسهم في أمن المنطقة."
    assert [q.text for q in quotes_of_pipeline(text)] == ["الخطة ستسهم في أمن المنطقة"]
    # an agreement to act (أن + a present verb) or on a noun phrase is no statement
    assert quotes_of_pipeline("واتفق الطرفان على أن تبدأ المفاوضات الأسبوع المقبل.") == []
    assert quotes_of_pipeline("واتفق الجانبان على تعزيز التعاون بين البلدين.") == []


def test_definite_verbal_noun_cues_only_in_their_reporting_frames():
    text = "وتحدث الوزير عن الأزمة طويلا، وخلص إلى القول: «لن نتراجع عن قرارنا»."
    assert [q.text for q in quotes_of_pipeline(text)] == ["لن نتراجع عن قرارنا"]
    text = "واكتفى المتحدث بالتأكيد على أن التحقيق مستمر."
    assert [(q.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [("التحقيق مستمر", "المتحدث")]
    # "one can say" is impersonal, "certainly" is an adverb
    assert quotes_of_pipeline("ويمكن القول إن الموسم كان ناجحا.") == []
    assert quotes_of_pipeline("وهذا بالتأكيد ليس حلا للأزمة التي تمر بها المدينة.") == []
    # after another verb القول is that verb's object, and the verb stays the cue
    text = "وقال الوزير إن الزيارة ناجحة. وأردف القول أن هذه الزيارة رد على المشككين."
    assert [cue for cue, _ in rules_speakers(text)] == ["وقال", "وأردف"]


def test_a_bare_wafqan_keeps_its_root_waw_and_strips_the_lam_of_its_source():
    text = "وانتقل اللاعب إلى النادي الجديد مقابل عشرين مليون دولار، وفقا لوكالة رويترز."
    assert [(q.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [
        ("انتقل اللاعب إلى النادي الجديد مقابل عشرين مليون دولار", "وكالة رويترز")
    ]
    # "according to the seasons": no source, no statement
    assert quotes_of_pipeline("وتختلف أسعار الفنادق في المدينة وفقا للمواسم.") == []


def test_a_verbal_noun_object_may_follow_the_paper_the_speaker_told():
    text = "وأكد القيادي الميداني في تعز سامي الأهدل لـ «عكاظ» تقدم القوات نحو المرتفعات."
    assert [(q.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [
        ("تقدم القوات نحو المرتفعات", "سامي الأهدل")
    ]
    # a definite noun there is a topic, no statement
    assert quotes_of_pipeline("وأكد المتحدث باسم الشرطة لـ«عكاظ» الأمر.") == []


# --------------------------------------------------------------------------------------------
# بيّن written without its shadda (round 29, cues)


@pytest.mark.parametrize(
    "second",
    [
        "وفيما يتعلق بعقود الصيانة، بين أن كثيرا من الشركات لا تجددها.",
        "بين أنه لا توجد مشكلة في توريد المعدات.",
    ],
)
def test_bare_explained_opening_a_clause_reports_for_the_implied_speaker(second):
    text = f"وقال مدير الشركة خالد المطيري إن الأسعار ارتفعت هذا الشهر.\n\n{second}"
    found = quotes_of(text)
    assert [q.cue.text for q in found] == ["وقال", "بين"]
    assert speaker_name(found[1]) == "خالد المطيري"
    assert found[1].text.startswith(("كثيرا من الشركات", "لا توجد مشكلة"))


def test_between_as_preposition_is_no_cue():
    text = (
        "وقال مدير الشركة خالد المطيري إن الأسعار ارتفعت هذا الشهر.\n\n"
        "والفرق بين أن تكون الشركة قوية وبين أن تكون ضعيفة كبير في السوق."
    )
    assert [q.cue.text for q in quotes_of(text)] == ["وقال"]
    # a preposition with a noun before "، وبين أن" leaves وبين a cue of the implied speaker
    found = quotes_of("وقال خالد المطيري إن الأسعار ارتفعت بين التجار، وبين أن الحل صعب.")
    assert [q.cue.text for q in found] == ["وقال", "وبين"]
    # inside a reported clause, "، بين أن … أو …" not after a paragraph break stays part of it
    found = quotes_of("وقال خالد المطيري إن الخيار بين أن نرفع الأسعار أو نخسر صعب.")
    assert [q.cue.text for q in found] == ["وقال"]


def test_went_on_saying_reports_for_the_implied_speaker():
    text = (
        "وقال رئيس الوزراء سالم العتيبي إن الاتفاق لا يخدم المنطقة.\n\n"
        "ومضى يقول إن البديل هو استمرار المفاوضات مع جميع الأطراف."
    )
    found = quotes_of(text)
    assert len(found) == 2
    assert speaker_name(found[1]) == "سالم العتيبي"
    assert found[1].text == "البديل هو استمرار المفاوضات مع جميع الأطراف"
    # "مضى يوم …" (a day went by) before an impersonal present is no cue
    assert quotes_of("مضى يوم يقول الناس فيه إن الطقس حار جدا.") == []


def test_agency_initials_in_brackets_end_no_sentence_before_the_clause():
    # "لوكالة الأنباء الألمانية (د. ب. أ) إن": the dots of the agency's initials are no full stop
    found = pipeline_quotes(
        "وقال المتحدث باسم وزارة الداخلية خالد العمري لوكالة الأنباء الألمانية (د. ب. أ) إن الحكومة "
        "ستعلن الميزانية الجديدة الأسبوع المقبل."
    )
    assert [(name, content.rstrip(".")) for _cue, name, content in found] == [
        ("خالد العمري", "الحكومة ستعلن الميزانية الجديدة الأسبوع المقبل")
    ]
    # negative: a real full stop before the clause still ends the speaker's sentence
    found = pipeline_quotes(
        "وقال المتحدث باسم وزارة الداخلية خالد العمري لوكالة الأنباء الألمانية. إن الحكومة ستعلن "
        "الميزانية الجديدة الأسبوع المقبل."
    )
    assert found == []


def test_description_after_a_semicolon_also_follows_verbs_that_take_objects():
    # "وأكد فلان؛ المحلل المالي، أن …": the semicolon sets off his description, not the verb's object
    found = pipeline_quotes(
        "من جهته، أكد فهد السالم؛ المحلل الاقتصادي في شركة الخليج، أن أسعار النفط ستتراجع."
    )
    assert [(name, content.rstrip(".")) for _cue, name, content in found] == [
        ("فهد السالم", "أسعار النفط ستتراجع")
    ]
    # negative: without the comma closing the description, no clause is read into it
    found = pipeline_quotes("وأكد فهد السالم؛ المحلل الاقتصادي أن يرتفع الطلب على النفط هو الأهم.")
    assert found == []


def test_an_aside_in_dashes_between_the_speaker_and_the_clause():
    # "وقال مسؤول … – طلب عدم ذكر اسمه – إن …": the verb inside the aside opens no frame of its own
    found = pipeline_quotes("وقال مسؤول في وزارة المالية – طلب عدم ذكر اسمه – إن الإيرادات تراجعت هذا العام.")
    assert [(name, content.rstrip(".")) for _cue, name, content in found] == [
        ("مسؤول في وزارة المالية", "الإيرادات تراجعت هذا العام")
    ]
    # negative: a dash the sentence never closes is no aside
    assert (
        pipeline_quotes("وقال مسؤول في وزارة المالية - طلب عدم ذكر اسمه. إن الإيرادات تراجعت هذا العام.")
        == []
    )


def test_unmarked_words_after_a_colon_stop_at_a_new_statement():
    # "وبين أن …" (بين as a cue only with its clause) ends the words after the colon
    text = "وقال المدير: الأسواق تعمل بشكل طبيعي في القرى الحدودية وبين أن المحلات الكبرى لم تتأثر بالشائعات."
    found = quotes_of(text)
    assert [(q.cue.text, q.text) for q in found] == [
        ("وقال", "الأسواق تعمل بشكل طبيعي في القرى الحدودية"),
        ("وبين", "المحلات الكبرى لم تتأثر بالشائعات"),
    ]
    # so does "وبين المصدر أن …", its speaker named in a short phrase
    text = "وأضاف: المرضى في العناية لا يستطيعون الحركة، وبين المصدر أن الغرفة مخالفة للمعايير الصحية."
    found = quotes_of(text)
    assert [q.text for q in found][:1] == ["المرضى في العناية لا يستطيعون الحركة"]
    # "قال لزملائه إن …" inside the speaker's own story goes on with his words
    text = "وأضاف: عندما قرأ الوزير الخبر في الصحيفة، قال لزملائه إن القرار جاء في وقته المناسب."
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "عندما قرأ الوزير الخبر في الصحيفة، قال لزملائه إن القرار جاء في وقته المناسب"
    ]


def test_a_reported_clause_stops_at_a_comma_and_a_verb_with_its_own_speaker():
    text = (
        "وأكد المدير أن القرار صادر من الوزارة وليس للإدارة أي دور فيه، "
        "أوضح المساعد سالم الحربي أن الترشيح يتم من قبل اللجنة."
    )
    found = quotes_of(text)
    assert [(q.cue.text, q.text) for q in found] == [
        ("وأكد", "القرار صادر من الوزارة وليس للإدارة أي دور فيه"),
        ("أوضح", "الترشيح يتم من قبل اللجنة"),
    ]
    # a verb after an aside on a subject named first is that subject's predicate
    text = (
        "وقال المتحدث إن هولندا، وهي واحدة من أربع دول في لجنة المتابعة، "
        "أبلغت مجلس الأمن أنها تطلب تحقيقا مستقلا."
    )
    found = quotes_of(text)
    assert [q.text for q in found][:1] == [
        "هولندا، وهي واحدة من أربع دول في لجنة المتابعة، أبلغت مجلس الأمن أنها تطلب تحقيقا مستقلا"
    ]


def test_an_adverb_of_manner_after_the_source_closes_its_phrase():
    text = "وقال مصدر مطلع على ملف العمالة المنزلية تحديدا إن الاتفاق سيوقع الشهر المقبل."
    assert [speaker_name(q) for q in quotes_of(text)] == ["مصدر مطلع على ملف العمالة المنزلية"]
    text = "وقال المتحدث باسم الشرطة هاتفيا إن التحقيقات مستمرة."
    assert [speaker_name(q) for q in quotes_of(text)] == ["المتحدث باسم الشرطة"]


def test_the_channel_a_source_spoke_through_is_no_part_of_its_place():
    text = "وقال مصدر عسكري في مدينة كيدال في اتصال إن المسلحين انسحبوا من المدينة."
    assert [speaker_name(q) for q in quotes_of(text)] == ["مصدر عسكري في مدينة كيدال"]
    # a definite noun after في is where the sources belong ("اللقاء المشترك" is a coalition)
    text = "وقالت مصادر في اللقاء المشترك إن الحوار سيستأنف الأسبوع المقبل."
    assert [speaker_name(q) for q in quotes_of(text)] == ["مصادر في اللقاء المشترك"]


def test_a_bare_body_head_is_the_body_the_text_named_in_full_before():
    text = (
        "وأفاد المرصد الأوروبي لحقوق الإنسان بمقتل عشرة أشخاص في القصف. "
        'ولم يتضح بحسب المرصد، "ما إذا كان القتلى من المدنيين أم من المسلحين".'
    )
    assert [speaker_name(q) for q in quotes_of_pipeline(text)] == ["المرصد الأوروبي لحقوق الإنسان"]
    text = "وأفاد المرصد الأوروبي لحقوق الإنسان بمقتل عشرة أشخاص. وقال المرصد إن القصف استهدف سوقا شعبية."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)][-1] == "المرصد الأوروبي لحقوق الإنسان"
    # no fuller name before: the head stays as written
    text = "وقال المرصد إن القصف استهدف سوقا شعبية في المدينة."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)] == ["المرصد"]


def test_a_bare_source_head_is_the_source_the_text_described_before():
    text = (
        "وعلمت الصحيفة من مصادر مطلعة على مسودة الاتفاق، أن الطرفين توصلا إلى تفاهم أولي. "
        "وقالت المصادر إن التوقيع سيجري في العاصمة الشهر المقبل."
    )
    assert [speaker_name(q) for q in quotes_of_pipeline(text)][-1] == "مصادر مطلعة على مسودة الاتفاق"
    # the bare head alone before: nothing fuller to refer back to
    text = "وذكرت الصحيفة أن مصادر أكدت الخبر. وقالت المصادر إن التوقيع سيجري في العاصمة الشهر المقبل."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)][-1] == "المصادر"


def test_a_transliterated_firm_joined_by_and_after_a_body_head_stays_in_the_name():
    text = (
        "وقالت مؤسسة التصنيف الدولية فيتش آند كو مساء الثلاثاء إنها خفضت النظرة المستقبلية "
        "للاقتصاد الإيطالي إلى سلبية."
    )
    assert [q.speaker.name for q in quotes_of_pipeline(text)] == ["مؤسسة التصنيف الدولية فيتش آند كو"]
    text = "وأكدت شركة بيكر أند ماكنزي في بيان أن المكتب الجديد سيفتح أبوابه في الرياض العام المقبل."
    assert [q.speaker.name for q in quotes_of_pipeline(text)] == ["شركة بيكر أند ماكنزي"]


def test_a_body_head_without_a_joined_foreign_name_keeps_its_own_name():
    text = "وقالت مؤسسة التصنيف الدولية مساء الثلاثاء إنها خفضت النظرة المستقبلية للاقتصاد الإيطالي."
    assert [q.speaker.name for q in quotes_of_pipeline(text)] == ["مؤسسة التصنيف الدولية"]
    # «اند» followed by a function word is not a firm's name
    text = "وقالت مؤسسة التصنيف الدولية لندن اند في إنها خفضت النظرة المستقبلية للاقتصاد الإيطالي."
    names = [q.speaker.name for q in quotes_of_pipeline(text)]
    assert all("اند" not in (name or "") for name in names)


# --------------------------------------------------------------------------------------------
# Round 30: a report for a quoted owner ("تقرير ل«…»") speaks for it, and so do its later mentions


def test_a_report_for_a_quoted_owner_speaks_for_it_and_its_later_mentions_too():
    text = (
        "قال تقرير ل«غلوبال ماركتس ريسيرتش» عن قطاع الطيران، إن حركة المسافرين ارتفعت خلال العام. "
        "وأشار إلى أن الشركات الإقليمية وسعت أساطيلها بشكل ملحوظ في الربع الأخير. "
        "وتابع التقرير: إن الطلب على الرحلات الداخلية سيواصل النمو في العام المقبل."
    )
    names = [speaker_name(q) for q in quotes_of(text)]
    assert names and names[0] == "غلوبال ماركتس ريسيرتش"
    assert names[-1] == "غلوبال ماركتس ريسيرتش"


def test_a_report_about_a_quoted_body_is_not_that_body_speaking():
    # عن, not ل: the report is about the body, not issued by it
    text = "قال تقرير عن «الخطوط الجوية الوطنية» إن حركة المسافرين ارتفعت خلال العام الماضي."
    assert speaker_name(one(text)) != "الخطوط الجوية الوطنية"


def test_a_report_with_adjectives_before_lam_speaks_for_its_issuer_and_so_does_the_report_after():
    text = (
        "أوضح تقرير إحصائي سنوي لوزارة الصحة أن عدد المستشفيات ارتفع إلى 470 مستشفى. "
        "وأشار التقرير إلى أن عدد الأسرة بلغ 60 ألف سرير."
    )
    assert [speaker_name(q) for q in quotes_of(text)] == ["وزارة الصحة", "وزارة الصحة"]
    text = "كشفت إحصائية حديثة لوزارة العدل أن عدد القضايا ارتفع. وأوضحت الإحصائية أن الرياض تصدرت المناطق."
    assert [speaker_name(q) for q in quotes_of(text)] == ["وزارة العدل", "وزارة العدل"]


def test_a_bulletin_speaks_for_its_issuer_and_a_report_about_a_body_is_not_the_body():
    text = (
        "أوضحت نشرة شهرية للهيئة العامة للإحصاء أن معدل التضخم تراجع. وأضافت النشرة أن أسعار الغذاء ارتفعت."
    )
    names = [speaker_name(q) for q in quotes_of(text)]
    assert len(names) == 2 and names[0] == names[1] and names[0].endswith("للإحصاء")
    # عن: the ministry is what the report is about, not who issued it
    assert (
        speaker_name(one("وأكد تقرير عن وزارة الصحة أن الخدمات تحسنت في المناطق النائية.")) != "وزارة الصحة"
    )


def test_a_report_the_relative_clause_ties_to_a_body_speaks_for_it():
    text = "وقال التقرير الذي أصدرته منظمة الصحة العالمية إن الإصابات تراجعت في المنطقة."
    assert speaker_name(one(text)) == "منظمة الصحة العالمية"
    # the issuer named in the relative clause, not an earlier document's speaker
    text = (
        "أفاد تقرير اقتصادي أن أسعار النفط سترتفع. "
        "وقال التقرير الذي نشرته مؤسسة النقد العربي السعودي إن الودائع نمت بنسبة كبيرة."
    )
    assert speaker_name(quotes_of(text)[-1]) == "مؤسسة النقد العربي السعودي"


def test_word_keys_shared_with_the_entities_stage_are_the_cache_keys():
    """The quotes stage takes its word keys from the entities stage's tokens of the same text (words
    of the same surface) and keys the others itself: the same keys as keying every word, for a
    number with a separator ("2.5"), a joiner and a link the two splits cut differently; a text the
    entities stage has not just keyed gets no shared keys."""
    from rasid.extract.entities import extract_entities
    from rasid.extract.quotes import _tokens_and_gaps, _word_keys
    from rasid.text.normalize import keyed_words, word_key
    from rasid.text.segment import tokenize

    text = (
        "وقال المتحدث باسم الوزارة‌ إن النمو بلغ 2.5 في المئة، وأضاف أن التفاصيل على "
        "https://example.org/ar/news ستنشر لاحقا."
    )
    extract_entities(text, tokenize(text))
    assert keyed_words(text) is not None
    tokens, _, _, keys = _tokens_and_gaps(text)
    words = [text[t.start : t.end] for t in tokens]
    assert keys == [word_key(w) for w in words]
    assert [t.key for t in tokens] == keys
    assert "2" in words and "5" in words  # (the entities stage's token there is "2.5")
    other = text.replace("النمو", "التضخم")
    assert keyed_words(other) is None  # another text: its words are keyed from the cache
    other_words = [m for m in other.split() if m.isalpha()]
    assert _word_keys(other, other_words) == [word_key(w) for w in other_words]


def test_word_memos_are_emptied_when_full_and_answer_the_same(monkeypatch):
    """The per-word memos keep at most their bound between articles: past it they are emptied at
    the start of the next article, and the quotations found are the same either way."""
    import rasid.caching as caching

    text = "وقال وزير الخارجية سامي العتيبي إن المحادثات ستستأنف الأسبوع المقبل في الرياض."
    before = [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text)]
    assert before and before[0][1]
    memos = [memo for memo, _ in caching._WORD_MEMOS]
    assert any(memo.cache_info().currsize for memo in memos)
    monkeypatch.setattr(caching, "TRIM_EVERY", 1)  # (sizes looked at on every call)
    monkeypatch.setattr(caching, "_WORD_MEMOS", [(memo, 10**9) for memo in memos])
    caching.trim_word_memos()  # (below the bound: nothing is emptied)
    assert any(memo.cache_info().currsize for memo in memos)
    monkeypatch.setattr(caching, "_WORD_MEMOS", [(memo, 0) for memo in memos])
    caching.trim_word_memos()
    assert all(memo.cache_info().currsize == 0 for memo in memos)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes_of(text)] == before


def test_word_memo_sizes_are_looked_at_every_few_calls(monkeypatch):
    """trim_word_memos looks at the memos' sizes on every TRIM_EVERY-th call only: a memo past its
    bound is emptied within that many articles."""
    from functools import cache

    import rasid.caching as caching

    memo = cache(str.upper)
    memo("سلام")
    monkeypatch.setattr(caching, "_WORD_MEMOS", [(memo, 0)])
    monkeypatch.setattr(caching, "TRIM_EVERY", 3)
    monkeypatch.setattr(caching, "_trim_calls", 0)
    caching.trim_word_memos()
    caching.trim_word_memos()
    assert memo.cache_info().currsize == 1  # (not looked at yet)
    caching.trim_word_memos()
    assert memo.cache_info().currsize == 0


def test_a_body_referred_back_to_by_its_head_and_adjectives():
    from rasid.extract.quotes import _body_words, _described_named_body

    def refers(short: str, full: str) -> bool:
        return _described_named_body(short, _body_words(short), full)

    # a body named by a proper name, then by its head and what it is or where it is from
    assert refers("الوكالة الأميركية", "وكالة التصنيف الائتماني ستاندرد آند بورز")
    assert refers("المنظمة الحقوقية", "منظمة هيومن رايتس ووتش")
    assert refers("الشركة الكورية", "شركة سامسونغ الكورية للإلكترونيات")
    # not another country's body, nor one named only by common words, nor another head
    assert not refers("الوكالة الأميركية", "وكالة الأنباء الفرنسية ميديا بلس")
    assert not refers("الوزارة الأمريكية", "وزارة الداخلية")
    assert not refers("المنظمة الحقوقية", "شركة هيومن رايتس")
    assert not refers("الوكالة", "وكالة التصنيف الائتماني ستاندرد آند بورز")


def test_a_nominal_attribution_between_a_verb_and_its_clause_only_relays_it() -> None:
    text = (
        "وشددت وزيرة الصحة سلمى العلي وفقا لما نقلته وكالة الأنباء الرسمية على أن المستشفيات "
        "جاهزة لاستقبال المرضى."
    )
    assert [(q.speaker.name if q.speaker else None, q.text) for q in quotes_of(text)] == [
        ("سلمى العلي", "المستشفيات جاهزة لاستقبال المرضى")
    ]
    text = "ويقول مدير المستشفى فهد السالم بحسب ما نقلت عنه صحيفة اليوم إن الأسرّة كافية للجميع."
    assert [q.speaker.name for q in quotes_of(text) if q.speaker] == ["فهد السالم"]


def test_a_trailing_attribution_after_a_plain_clause_still_carries_it() -> None:
    text = "وقتل ثلاثة جنود في الهجوم على الحاجز، وفقا لما ذكرته وكالة الأنباء الرسمية."
    found = quotes_of(text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["وكالة الأنباء الرسمية"]
    assert found[0].text.endswith("ثلاثة جنود في الهجوم على الحاجز")


def test_a_fronted_source_then_fa_qad_and_a_reporting_verb_leaves_the_statement_to_the_verb() -> None:
    text = "وبحسب وكالة الأنباء الرسمية، فقد أكد وزير الخارجية سامر الحداد أن المفاوضات ستستأنف الشهر المقبل."
    found = quotes_of(text)
    assert [(q.speaker.name if q.speaker else None, q.text) for q in found] == [
        ("سامر الحداد", "المفاوضات ستستأنف الشهر المقبل")
    ]
    # (a plain past verb after فقد is the source's own statement)
    text = "وبحسب تقرير البنك المركزي، فقد ارتفع التضخم إلى أربعة في المئة خلال الربع الأخير."
    assert [q.text for q in quotes_of(text)] == ["ارتفع التضخم إلى أربعة في المئة خلال الربع الأخير"]


def test_a_relaying_source_after_a_verb_and_a_bracketed_acronym_is_no_statement_of_its_own() -> None:
    text = (
        "وقال المتحدث باسم الوزارة حسب ما نشرت وكالة الأنباء الوطنية (وان)، إنه لا توجد إصابات بين المسافرين."
    )
    assert [q.text for q in quotes_of(text)] == ["لا توجد إصابات بين المسافرين"]


def test_a_feminine_verb_keeps_the_body_a_description_names_a_man_after():
    # "أكدت قناة … الموالية للرئيس …": the verb agrees with the body, the man only describes it
    cases = (
        ("أكدت قناة الشروق الفضائية الموالية للرئيس السابق محمد الكبير أن مكتبها تعرض لاقتحام.", "الشروق"),
        ("وقالت شركة النور التابعة للوزير محمد الكبير إن الأرباح ارتفعت.", "النور"),
        # a masculine verb and a man named with his title stay his
        ("وقال مدير شركة النور التابعة للوزارة محمد الكبير إن الأرباح ارتفعت.", "الكبير"),
        # a woman's description does not hide her: the feminine verb is hers
        ("وقالت الوزيرة هدى الكبير التابعة للحزب إن الأرباح ارتفعت.", "الكبير"),
    )
    for text, last_word in cases:
        (quote,) = quotes_of_pipeline(text)
        assert quote.speaker is not None and quote.speaker.name.split()[-1] == last_word, text


def test_a_relative_pronoun_after_wa_still_names_its_antecedent_as_the_plural_subject():
    # "عدد من العاملين والذين أكدوا": و before the relative; the plural verb agrees with the group
    found = speakers_of("تحدثنا مع عدد من العاملين والذين أكدوا أن الموسم جيد، مؤكدين أن الأسعار مرتفعة.")
    assert [name for _, name in found] == ["العاملين", "العاملين"], found
    # a singular verb after a man's name and والذي: the man, as without و
    (quote,) = quotes_of_pipeline("وأوضح الوزير محمد الكبير والذي تولى منصبه أمس أن الموسم جيد.")
    assert speaker_name(quote) == "محمد الكبير"


# --------------------------------------------------------------------------------------------
# Round 32: quotations swallowed by a neighbour (unclosed marks) and قوله إن


def test_a_stray_closing_mark_before_a_full_stop_opens_no_quotation():
    text = (
        'وأشاد المدرب بلاعبيه، مؤكدا أن الفريق يتطور من مباراة إلى أخرى". '
        'وقال الحكم الدولي سامي الغامدي: "نعمل على تطوير مستوى التحكيم في كل البطولات".'
    )
    found = quotes_of(text)
    last = found[-1]
    assert last.text == "نعمل على تطوير مستوى التحكيم في كل البطولات"
    assert last.cue.text == "وقال"
    assert not any("وقال الحكم" in q.text for q in found)
    # a straight mark glued to the word before it still opens when words follow it
    (glued,) = quotes_of('وتابع المدير" نحن سعداء بهذا الإنجاز الكبير للنادي"')
    assert glued.text.startswith("نحن سعداء")


def test_an_unclosed_quotation_ends_before_a_long_cue_sentence_with_a_colon():
    text = (
        'وأضافت المصادر: "وصلت فرق الإنقاذ إلى الموقع وتم إخراج المصابين. '
        "وقال المتحدث الرسمي باسم الدفاع المدني في المنطقة العقيد سالم الحربي: "
        '"تم نقل المصابين إلى المستشفى القريب لتلقي العلاج".'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "وصلت فرق الإنقاذ إلى الموقع وتم إخراج المصابين",
        "تم نقل المصابين إلى المستشفى القريب لتلقي العلاج",
    ]
    assert speaker_name(found[1]).endswith("الحربي")
    # a colon after a sentence that no reporting verb opens closes the quotation as before
    plain = 'وأضاف المدير: "الخطة جاهزة. وهذه هي النتائج التي وصلنا إليها في الدراسة: "ممتازة".'
    assert "الخطة جاهزة" in quotes_of(plain)[0].text


def test_an_unclosed_quotation_ends_where_the_narrator_opens_a_sentence():
    text = (
        'وقال رئيس النادي: "العمل يسير وفق الخطة الموضوعة والمحترفون سينضمون قريبا. '
        "وكان من المقرر أن يغادر الفريق إلى القاهرة مساء أمس لإقامة معسكر إعدادي."
    )
    (quote,) = quotes_of(text)
    assert quote.text == "العمل يسير وفق الخطة الموضوعة والمحترفون سينضمون قريبا"


def test_his_saying_after_the_speaker_before_the_clause():
    (quote,) = quotes_of("وأضاف الوزير قوله إن المفاوضات ستنتهي الأسبوع المقبل.")
    assert quote.text == "المفاوضات ستنتهي الأسبوع المقبل"
    assert speaker_name(quote) == "الوزير"
    (comma,) = quotes_of("وتابع المدير قوله، إن المشروع سينتهي قبل نهاية العام.")
    assert comma.text == "المشروع سينتهي قبل نهاية العام"
    # the noun with no clause after it is no cue
    assert not quotes_of("وأضاف الوزير إلى قوله السابق تفاصيل جديدة عن المشروع.")


def test_what_came_on_someones_tongue_is_no_trailing_attribution():
    text = (
        "ومن الأمثلة على ذلك ما جاء على لسان رئيس النادي في المقابلة حيث قال ما يلي: "
        "النتائج تحسنت كثيرا خلال الموسم."
    )
    assert all(q.cue.text != "على لسان" for q in quotes_of(text))
    # the same with وما or لما before جاء (the check once read the word ما as a string of letters)
    joined = (
        "ومن أبرز ما تناوله اللقاء وما جاء على لسان المدير العام سعد الغامدي حيث قال: "
        "إن المشروع سيكتمل العام المقبل."
    )
    (said,) = quotes_of(joined)
    assert said.cue.text == "قال"
    assert said.text == "المشروع سيكتمل العام المقبل"


def test_a_speaker_phrase_never_ends_in_the_preposition_fi():
    (quote,) = quotes_of("وقال المدير في كلمته أمام الاجتماع السنوي إن الشركة حققت أرباحا كبيرة هذا العام.")
    assert quote.text == "الشركة حققت أرباحا كبيرة هذا العام"
    assert speaker_name(quote) == "المدير"
    # في that links a source to its body stays in the phrase
    (inside,) = quotes_of("وقال مسؤول في وزارة الصحة إن الحالات تراجعت هذا الأسبوع.")
    assert "وزارة الصحة" in speaker_name(inside)


def test_an_unclosed_quotation_ends_before_a_participle_cue_with_its_clause():
    text = (
        "وقالت الهيئة: «إننا نؤكد لجميع العاملين على وجوب احترام حقوق المراجعين وحسن معاملتهم، "
        "مبينة بأن فرق الرقابة ستزور المراكز خلال الأسبوع المقبل."
    )
    found = quotes_of(text)
    assert found[0].text == "إننا نؤكد لجميع العاملين على وجوب احترام حقوق المراجعين وحسن معاملتهم"
    assert found[-1].text == "فرق الرقابة ستزور المراكز خلال الأسبوع المقبل"
    # a participle with no إن/أن after it stays in the speaker's words
    (kept,) = quotes_of(
        "وقال المدير: «نعمل على تطوير الخدمات في كل الفروع، متمنين للجميع التوفيق في العام الجديد"
    )
    assert "متمنين للجميع التوفيق" in kept.text


def _speaker_via_text(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.speaker.name if q.speaker else None, q.via.name if q.via else None, q.text)
        for q in quotes_of(text)
    ]


def test_an_attribution_after_a_verb_and_its_subject_is_the_relay() -> None:
    text = (
        "وقال المتحدث باسم الوزارة حسب ما نشرت وكالة الأنباء الوطنية (وان)، إنه لا توجد إصابات بين المسافرين."
    )
    assert _speaker_via_text(text) == [
        ("المتحدث باسم الوزارة", "وكالة الأنباء الوطنية", "لا توجد إصابات بين المسافرين")
    ]
    text = "وقالت الشرطة حسبما أفادت به وكالة الأنباء المحلية إن الطائرة هبطت بسلام في المطار."
    assert _speaker_via_text(text) == [("الشرطة", "وكالة الأنباء المحلية", "الطائرة هبطت بسلام في المطار")]
    text = "وأكد مدير الشرطة، حسب بيان للشرطة، أن المتهمين اعترفوا بجرائمهم."
    assert [(s, v) for s, v, _ in _speaker_via_text(text)] == [("مدير الشرطة", "بيان للشرطة")]
    # (a source named in marks is part of the attribution, not a quotation)
    text = 'وقالت مصادر مطلعة حسب موقع "الخليج" إن المفاوضات بين الطرفين متعثرة.'
    assert [(s, t) for s, _, t in _speaker_via_text(text)] == [
        ("مصادر مطلعة", "المفاوضات بين الطرفين متعثرة")
    ]
    # (a law is no medium: nothing relayed)
    text = "وأكد وزير الداخلية بحسب الدستور أن الانتخابات ستجرى في موعدها."
    assert _speaker_via_text(text) == [("وزير الداخلية", None, "الانتخابات ستجرى في موعدها")]


def test_an_attribution_right_after_a_verb_leaves_its_implied_subject() -> None:
    text = (
        "وقال وزير التعليم خالد المنصور إن الامتحانات ستجرى في موعدها. وقالت وزيرة الصحة هدى الخطيب إن "
        "المستشفيات جاهزة. وشددت وفقا لما نقلته وكالة الأنباء الرسمية، على أن المدارس ستفتح أبوابها."
    )
    assert _speaker_via_text(text)[-1] == ("هدى الخطيب", "وكالة الأنباء الرسمية", "المدارس ستفتح أبوابها")
    text = (
        "وقال رئيس الوزراء سامي العلي إن الحكومة ستعمل بجد. وأضاف، حسبما نقلت عنه وكالة رويترز، أن "
        "الإصلاحات مستمرة."
    )
    assert _speaker_via_text(text)[-1] == ("سامي العلي", "وكالة رويترز", "الإصلاحات مستمرة")


def test_a_body_named_agency_speaking_for_itself_is_the_speaker() -> None:
    text = "وقالت وكالة الأنباء الرسمية إن الطائرة هبطت بسلام في المطار."
    assert _speaker_via_text(text) == [("وكالة الأنباء الرسمية", None, "الطائرة هبطت بسلام في المطار")]
    # (نقلا عن: the subject relays the source, who speaks)
    text = "وذكرت وكالة الأنباء الرسمية، نقلا عن مصدر أمني، أن الطائرة هبطت بسلام."
    assert _speaker_via_text(text) == [("مصدر أمني", "وكالة الأنباء الرسمية", "الطائرة هبطت بسلام")]


def test_the_words_of_an_attribution_inside_a_verbs_frame_open_no_frame_of_their_own() -> None:
    text = "وقال المسؤول وفقا لتقرير نشرته الصحيفة أمس إن الأسعار سترتفع خلال العام."
    assert _speaker_via_text(text) == [("المسؤول", "الصحيفة", "الأسعار سترتفع خلال العام")]
    text = "وقال وزير الصحة فهد السالم إن المستشفيات جاهزة، مشيرا حسب الوكالة إلى أن الأسرة كافية."
    assert _speaker_via_text(text) == [
        ("فهد السالم", None, "المستشفيات جاهزة"),
        ("فهد السالم", "الوكالة", "الأسرة كافية"),
    ]


def test_figures_pointing_to_a_finding_by_a_source_are_the_sources_statement() -> None:
    text = "وتشير الأرقام، بحسب وزارة الصحة، إلى أن عدد الإصابات تراجع خلال الأسبوع."
    assert _speaker_via_text(text) == [("وزارة الصحة", None, "عدد الإصابات تراجع خلال الأسبوع")]
    text = "وتحمل القطعة الرقم «657» الذي يشير بحسب بعض المختصين إلى أنّه جزء من محرك سفينة."
    assert [t for _, _, t in _speaker_via_text(text)] == ["جزء من محرك سفينة"]
    # (figures with no source stay the paper's aside)
    assert quotes_of("وتشير التقديرات إلى أن النمو سيتباطأ خلال العام المقبل.") == []


def test_a_time_or_cause_adjunct_after_the_verb_is_never_the_speaker() -> None:
    # (round 33) إثر، غداة، عشية، فور open an adjunct like عقب: after «كان X + verb» the كان
    # subject speaks, not the adjunct
    assert speaker_name(one("وكانت وزارة العدل أعلنت إثر الحريق أنها ستفتح تحقيقا عاجلا.")) == "وزارة العدل"
    assert speaker_name(one("وكان المحافظ سالم الراشد صرح إثر زيارته للموقع أن الأعمال ستنتهي قريبا.")) == (
        "سالم الراشد"
    )
    assert speaker_name(one("وكان المدرب أكد عشية المباراة أن فريقه جاهز تماما.")) == "المدرب"
    assert speaker_name(one("وكانت البلدية ذكرت فور انتهاء الأمطار أن الطرق فتحت.")) == "البلدية"
    # (the subject named after the verb, with the adjunct after it, stays)
    assert speaker_name(one("وقال وزير النقل إثر الجولة إن المطار سيفتتح في الربيع.")) == "وزير النقل"
    # (negative: a named subject after the adjunct stays the speaker, and the adjunct never is)
    found = pipeline_quote("وقال إثر الاجتماع المهندس خالد السعدي إن المشروع تأخر بسبب الأمطار.")
    assert speaker_name(found) == "خالد السعدي"
    lone = one("وقال إثر الاجتماع وزير النقل إن المطار سيفتتح في الربيع.")
    assert speaker_name(lone) == "وزير النقل"


def test_a_role_subject_after_a_time_adjunct_after_the_verb() -> None:
    # (round 33) verb, a definite time adjunct or a time adverb, then the role that speaks
    assert speaker_name(one("وأكد عقب الجلسة رئيس المجلس أن التصويت سيجري غدا.")) == "رئيس المجلس"
    assert speaker_name(one("وقال أمس المتحدث باسم البلدية إن الطرق فتحت.")) == "المتحدث باسم البلدية"
    # (negative: an indefinite noun is in construct with the role, "during the minister's
    # meeting"; a noun with a pronoun may take the role as its object: no subject is read there)
    assert speaker_name(one("وقال خلال لقاء وزير النقل إن المطار سيفتتح في الربيع.")) is None
    assert speaker_name(one("وقال عقب لقائه الرئيس الفرنسي إن العلاقات متينة.")) is None


# --------------------------------------------------------------------------------------------
# Round 33 (fixes): short waw-initial stems, بالأمس, relative antecedents, وفقا without ل


def test_a_short_waw_initial_stem_matches_the_word_or_its_endings_not_a_conjoined_word() -> None:
    from rasid.extract.quotes import _waw_initial

    for key in ("وقت", "وقتها", "وزير", "وزارته", "وقعت", "وصلوا", "وفاته", "وكالات", "وطنيه", "والده"):
        assert _waw_initial(normalize(key)), key
    for key in ("وقتل", "والدولة", "وقال", "وصرح"):
        assert not _waw_initial(normalize(key)), key
    found = one("وقتل أربعة مسلحين في اشتباك قرب الحدود الشرقية، وفقا لما أعلنه الجيش.")
    assert found.text == "قتل أربعة مسلحين في اشتباك قرب الحدود الشرقية"
    # (a root و stays: وصل is the word itself)
    found = one("ووصل الوفد إلى العاصمة صباح الاثنين، وفقا لما ذكرته الوكالة الرسمية.")
    assert found.text.startswith("وصل الوفد")


def test_yesterday_with_bi_ends_the_speaker_phrase() -> None:
    found = one("وقالت الهيئة بالأمس إن التسجيل سيفتح مطلع الشهر المقبل.")
    assert speaker_name(found) == "الهيئة"
    # (a name with ب inside it is not cut)
    found = one("وقال المتحدث باسم الشرطة إن التحقيق ما زال جاريا.")
    assert speaker_name(found) == "المتحدث باسم الشرطة"


def test_a_relative_clause_group_is_the_object_of_bi_or_the_people_before_a_place() -> None:
    found = one("واستقبل المحافظ بالمزارعين الذين قالوا إن المحصول تضرر من الصقيع.")
    assert speaker_name(found) == "المزارعين"
    found = one("وأشادت الجمعية بالمسعفين في المستشفيات الذين أكدوا أن الضغط تراجع.")
    assert speaker_name(found) == "المسعفين في المستشفيات"
    # (a thing's plural before التي is not a speaker: the paper's statement stays with the verb)
    found = one("وقالت المنظمة إن الأسر في المخيمات التي زارتها تعاني من نقص الغذاء.")
    assert speaker_name(found) == "المنظمة"


def test_wifqan_without_lam_attributes_like_wifqan_li() -> None:
    found = one("ووفقا مصادر مطلعة، فإن الطلب على النفط سيتراجع خلال الربع المقبل.")
    assert speaker_name(found) == "مصادر مطلعة"
    assert found.text == "الطلب على النفط سيتراجع خلال الربع المقبل"
    found = one("ووفقًا لوزارة المالية، فإن العجز سينخفض العام المقبل.")
    assert speaker_name(found) == "وزارة المالية"
    # (a rule or a plan after وفقا is no speaker)
    assert quotes_of("وتم توزيع المساعدات على الأسر وفقا الجدول المعتمد.") == []


def test_the_preposition_ibban_is_not_the_verb_abana() -> None:
    # «إبان» (during) and «أبان» (he explained) are one key after normalisation; the spelling tells them apart
    text = "وكان الوزير صرح إبان الأزمة أن الحكومة لن تتراجع عن قرارها."
    assert [q.cue.text for q in quotes_of(text)] == []
    text = "وأبان المدير أن المشروع سيكتمل قريبا."
    assert [(q.cue.text, q.speaker.name if q.speaker else None) for q in quotes_of(text)] == [
        ("وأبان", "المدير")
    ]
    # a verb the lexicon spells with a bare alef keeps its cue when written with إ (a common misspelling)
    assert [q.cue.text for q in quotes_of("وإعتبر المدير أن المشروع ناجح.")] == ["وإعتبر"]


# --------------------------------------------------------------------------------------------
# Round 34 (names34): where a speaker's name ends


def test_a_medium_named_by_the_recogniser_glued_to_lam_ends_the_source() -> None:
    # "لفرانس برس": ل glued to an agency the gazetteer names as a medium is whom the source told
    text = "وقال أقارب لعائلة الصحفي لفرانس برس إن زوجته ستسافر إلى القاهرة غدا."
    assert rules_speakers(text) == [("وقال", "أقارب لعائلة الصحفي")]
    # also when the phrase is read again up to a late clause after a place in apposition
    text = "وقالت مصادر بمستشفى في حلب كبرى مدن الشمال لرويترز إن معظم الجرحى من المدنيين."
    assert rules_speakers(text)[0][1] != "مصادر بمستشفى في حلب كبرى مدن الشمال لرويترز"
    # (ل glued to a body that is no medium stays in the phrase)
    text = "وقال مسؤول في الأمانة العامة لمجلس التعاون إن الاجتماع سيعقد الأسبوع المقبل."
    assert rules_speakers(text) == [("وقال", "مسؤول في الأمانة العامة لمجلس التعاون")]


def test_a_role_participle_after_a_full_name_ends_it() -> None:
    text = "وقال ماجد الغامدي المرشح لمنصب نائب رئيس النادي إن الانتخابات ستكون نزيهة."
    assert rules_speakers(text) == [("وقال", "ماجد الغامدي")]
    text = "وقال سامي العتيبي المسؤول عن ملف التعاقدات إن اللاعب سيصل غدا."
    assert rules_speakers(text) == [("وقال", "سامي العتيبي")]
    # (an unnamed source keeps its description)
    text = "وقال مصدر مطلع على سير المفاوضات إن الاتفاق بات قريبا."
    assert rules_speakers(text) == [("وقال", "مصدر مطلع على سير المفاوضات")]


def test_a_body_named_after_a_date_does_not_swallow_the_name_after_it() -> None:
    text = "وقال عضو المكتب السياسي لقوى 14 آذار الياس الخوري إن الحكومة فشلت في إدارة الأزمة."
    assert rules_speakers(text) == [("وقال", "الياس الخوري")]
    # (a family name no list knows: the date no longer stops the title scan short of the name)
    text = "وقال عضو الأمانة العامة لقوى 14 آذار الياس الفرزلي إن الحكومة فشلت في إدارة الأزمة."
    assert rules_speakers(text) == [("وقال", "الياس الفرزلي")]
    text = "وقال المتحدث باسم حركة 6 أبريل شريف النجار إن الحكومة فشلت في إدارة الأزمة."
    assert rules_speakers(text) == [("وقال", "شريف النجار")]
    # (a date after a title is no body's name: the title stays the speaker)
    text = "وقال رئيس الجمعية في 12 مايو الماضي إن الحكومة فشلت في إدارة الأزمة."
    assert rules_speakers(text) == [("وقال", "رئيس الجمعية")]


def test_a_fronted_source_keeps_its_ties_after_ala() -> None:
    # "لكن مصدرا على صلة بالحركة قال": the accusative source and its ties, not the object of على
    text = "وتحدثت تقارير عن اتفاق وشيك. لكن مصدرا على صلة بالوفد المفاوض قال إن الاتفاق لم يكتمل بعد."
    assert rules_speakers(text)[-1] == ("قال", "مصدر على صلة بالوفد المفاوض")
    # (على right before the verb is no tie: the words are no speaker)
    text = "وتحدثت تقارير عن اتفاق وشيك. لكن الحصول على قال إن الاتفاق لم يكتمل بعد."
    assert ("قال", "الحصول على") not in rules_speakers(text)


def test_a_participle_after_a_titles_body_is_part_of_the_title() -> None:
    # "المكلف في الهيئة" after the body a title names: the title goes on to the person's name
    text = (
        "وأوضح مدير عام الإدارة العامة للرقابة المكلف في الوزارة المهندس سعد بن محمد الفالح "
        "أن الجولات مستمرة."
    )
    assert rules_speakers(text) == [("وأوضح", "سعد بن محمد الفالح")]


def test_a_news_medium_told_ends_an_unnamed_source() -> None:
    # round 34: "لفرانس برس"، "لبلومبرغ": ل glued to a news medium the entities stage names is whom
    # the source told, never more of its description
    assert pipeline_quotes("وقال مصدر عسكري لفرانس برس إن الهجوم على القاعدة فشل.")[0][1] == "مصدر عسكري"
    assert pipeline_quotes("وقال مسؤولون في البنك لبلومبرغ إن الفائدة سترتفع.")[0][1] == "مسؤولون في البنك"
    # (also when the clause is found late, after a joint speaker phrase)
    found = pipeline_quotes("وقال سكان ومصادر في مستشفى المدينة لرويترز إن عدد الجرحى ارتفع.")
    assert [speaker for _, speaker, _ in found] == ["سكان", "مصادر في مستشفى المدينة"]
    # (a body ل governs that is no medium stays in the description)
    assert pipeline_quotes("وقال مصدر مقرب لحركة حماس إن المفاوضات متوقفة.")[0][1] == ("مصدر مقرب لحركة حماس")


def test_an_unnamed_head_with_its_nisba_adjectives_is_no_person() -> None:
    # round 34: the entities stage may tag "مندوبان خليجيان" a person; a source's head and its
    # indefinite nisba adjectives name nobody, so the affiliation after them stays in the name
    found = pipeline_quotes("وقال مندوبان خليجيان في أوبك إن المنظمة لن تخفض إنتاجها هذا العام.")
    assert found[0][1] == "مندوبان خليجيان في أوبك"


def test_an_indefinite_title_keeps_its_body_and_the_body_complement() -> None:
    # round 34: "عضو في المجلس المحلي للمدينة": the body's own لل complement is part of the title's
    # affiliation; لل + people or a medium is whom the statement was told
    found = one("وقال عضو في المجلس المحلي للمدينة إن الوضع هادئ.")
    assert speaker_name(found) == "عضو في المجلس المحلي للمدينة"
    found = one("وقال عضو في الوفد للصحفيين إن المحادثات ستستأنف غدا.")
    assert speaker_name(found) == "عضو في الوفد"
    found = one("وقال عضو في الوفد لـ«عكاظ» إن المحادثات ستستأنف غدا.")
    assert speaker_name(found) == "عضو في الوفد"


def test_a_source_trusted_with_bihi_speaks() -> None:
    # round 34: "مصدر موثوق به": a passive participle and its preposition with a pronoun back to the
    # source describe it; the phrase names somebody
    found = one("وقال مصدر موثوق به في الوزارة إن القرار نهائي.")
    assert speaker_name(found) == "مصدر موثوق به في الوزارة"
    # (a preposition with a pronoun first still names nobody)
    assert phrase_names_nobody("به الوزير", "person", False)


def test_a_person_inside_a_source_tie_is_not_the_speaker() -> None:
    # round 34: "مصدر قريب من عائلة فلان": the person after the tie's preposition (in construct or
    # after a title) is whom the source is close to
    found = pipeline_quotes("وقال مصدر قريب من عائلة الملا عمر إن العائلة ترفض الاتفاق.")
    assert found[0][1] == "مصدر قريب من عائلة الملا عمر"
    # (a name after a complement of definite nouns is the source's own name)
    found = pipeline_quotes("وقال مصدر مطلع على المفاوضات محمد العلي إن القرار نهائي.")
    assert found[0][1] == "محمد العلي"


def test_a_body_keeps_the_region_it_serves_after_the_region_head() -> None:
    # round 34: "السلطات في ولاية كادونا": في + a region's head + the place it names is where the
    # body serves, as "في + place" is; في is never a noun in construct with the body's head
    found = pipeline_quotes("وقالت السلطات في ولاية كادونا إن الهجوم أسفر عن قتلى.")
    assert found[0][1] == "السلطات في ولاية كادونا"
    # (في + a statement noun is where it was said, not where the body serves)
    found = pipeline_quotes("وقالت الشرطة في بيان إن الهجوم أسفر عن قتلى.")
    assert found[0][1] == "الشرطة"


def _cue_speaker_text(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.cue.text, speaker_name(q), q.text) for q in quotes_of_pipeline(text)]


def test_describe_with_a_long_object_or_a_phrase_before_bi_annahu() -> None:
    # the object runs on with a relative clause or a prepositional phrase before بأنها
    text = "ووصف الرئيس القيود التي فرضت على حركة الشحن في الموانئ بأنها أهم خطوة منذ سنوات."
    assert _cue_speaker_text(text) == [("ووصف", "الرئيس", "أهم خطوة منذ سنوات")]
    # the object a possessed noun after a comma: the subject of the sentence speaks
    text = "وانتقد النائب خالد المنصور القرار، ووصف توقيته في هذا الموسم بأنه غير مناسب."
    assert _cue_speaker_text(text)[-1] == ("ووصف", "خالد المنصور", "غير مناسب")


def test_describe_content_starts_after_bi_annahu_not_at_the_object() -> None:
    found = one("ووصفت منظمات حقوقية الحكم بأنه قاس وغير مبرر.")
    assert (found.cue.text, speaker_name(found), found.text) == ("ووصفت", "منظمات حقوقية", "قاس وغير مبرر")


def test_describe_without_bi_anna_or_in_another_use_is_no_statement() -> None:
    assert quotes_of("ووصف الطبيب حالة المريض بالمستقرة بعد العملية.") == []
    assert quotes_of("ووصفها الطبيب بالمستقرة.") == []
    assert quotes_of("وصفة الطبيب بسيطة، وقال إنها تناسب الجميع.")[0].cue.text == "وقال"
    # بأنه in the next sentence belongs to another verb
    found = quotes_of("ووصفه الجمهور في الملعب. وأفاد المدرب بأنه سيعود الأسبوع المقبل.")
    assert [q.cue.text for q in found] == ["وأفاد"]


def test_accusing_verb_with_bi_anna_reports_the_claim() -> None:
    text = "واتهمت النقابة التي تمثل عمال الموانئ الشركة المشغلة بأنها خفضت الأجور دون إنذار."
    assert _cue_speaker_text(text) == [("واتهمت", "النقابة", "خفضت الأجور دون إنذار")]
    text = "ويتهم ناشطون البلدية بأنها تتجاهل شكاوى السكان منذ سنوات."
    assert _cue_speaker_text(text) == [("ويتهم", "ناشطون", "تتجاهل شكاوى السكان منذ سنوات")]
    text = "واتهم المتحدث الحكومة بأن قواتها قصفت القرى الحدودية."
    assert _cue_speaker_text(text) == [("واتهم", "المتحدث", "قواتها قصفت القرى الحدودية")]


def test_accusing_verb_with_a_noun_after_bi_is_no_statement() -> None:
    assert quotes_of("واتهمت النيابة الموظف بالاختلاس وتزوير المستندات.") == []
    assert quotes_of("وكان المتهم قد نقل إلى السجن المركزي.") == []


def test_describe_of_a_person_or_inside_a_relative_clause_is_no_statement() -> None:
    # praise of a person, and the narrator's description of a relative's antecedent
    assert quotes_of("وختم حديثه واصفا الدكتور سالم الحربي بأنه قامة علمية كبيرة.") == []
    text = "وانتقد الحزب الوزراء الذين وصفهم بأنهم عاجزون عن إدارة الأزمة."
    assert [q.cue.text for q in quotes_of(text)] == []


def test_a_paper_learnt_from_a_source_the_source_speaks() -> None:
    text = "وعلمت «الرياض» من مصادر مطلعة في الوزارة، أن اللجنة ستعلن نتائجها الأسبوع المقبل."
    assert _cue_speaker_text(text) == [
        ("وعلمت", "مصادر مطلعة في الوزارة", "اللجنة ستعلن نتائجها الأسبوع المقبل")
    ]
    # "مصادرها": the paper's own sources
    text = "وعلمت «اليوم» من مصادرها أن المشروع سيتأخر عامين."
    assert _cue_speaker_text(text) == [("وعلمت", "مصادر اليوم", "المشروع سيتأخر عامين")]


def test_a_paper_that_learnt_with_no_source_or_from_people_reports_no_quotation() -> None:
    assert quotes_of("وعلمت «الرياض» أن اللجنة ستعلن نتائجها الأسبوع المقبل.") == []
    assert quotes_of("وعلمت الأسرة من الجيران أن ابنها غادر المدينة.") == []
    assert quotes_of("وقد علم الطالب من معلمه أن الاختبار تأجل.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال موظف في البلدية، طالبا عدم ذكر اسمه، إن أعمال الصيانة ستبدأ الأسبوع المقبل.",
        "وقال موظف في البلدية طالبا عدم الكشف عن هويته إن أعمال الصيانة ستبدأ الأسبوع المقبل.",
        "وقال موظف في البلدية، مشترطا عدم نشر اسمه، إن أعمال الصيانة ستبدأ الأسبوع المقبل.",
    ],
)
def test_a_comma_aside_asking_for_anonymity_before_the_clause(text) -> None:
    # طالبا there is the participle of manner, not the dual past "the two demanded" (a cue)
    assert _cue_speaker_text(text) == [("وقال", "موظف في البلدية", "أعمال الصيانة ستبدأ الأسبوع المقبل")]


def test_an_anonymity_aside_before_a_colon_and_a_demand_with_bi_adam() -> None:
    text = "وقال أحد التجار في السوق، طالبا عدم كشف اسمه: «فقدنا معظم البضائع في الحريق»."
    assert [(c, t) for c, _s, t in _cue_speaker_text(text)] == [("وقال", "فقدنا معظم البضائع في الحريق")]
    # negative: "مطالبا بعدم …" is the speaker's demand, which ends his clause, no aside
    text = "وأضاف أن الأمطار ستستمر حتى الخميس، مطالبا بعدم الاقتراب من مجاري السيول."
    assert [t for _c, _s, t in _cue_speaker_text(text)] == ["الأمطار ستستمر حتى الخميس"]


def test_a_single_dash_aside_closed_by_the_colon() -> None:
    text = "وقال خالد المنصور -المتحدث باسم الاتحاد: «لن نقبل بتأجيل المباراة مرة أخرى»."
    assert _cue_speaker_text(text) == [("وقال", "خالد المنصور", "لن نقبل بتأجيل المباراة مرة أخرى")]
    # negative: a dash the sentence never closes, with no colon, is still no aside
    assert quotes_of("وقال خالد المنصور -المتحدث باسم الاتحاد. لن نقبل بتأجيل المباراة.") == []


def test_a_new_claim_with_bi_anna_ends_the_reported_clause() -> None:
    # "…، واتهمته بأنه …" / "…، ووصفها بأنها …": the speaker's new claim, not his first clause
    text = "وقال رئيس النادي إن الفريق قدم مباراة كبيرة، ووصفها بأنها الأفضل هذا الموسم."
    assert _cue_speaker_text(text)[0][2] == "الفريق قدم مباراة كبيرة"
    text = "وقال المحامي إن موكله بريء، واتهم الشاهد بأنه كذب على المحكمة."
    assert _cue_speaker_text(text)[0][2] == "موكله بريء"
    # negative: with a noun after ب the accusation is part of what was said
    text = "وقال المتحدث إن الشرطة أوقفت رجلا واتهمته بالسرقة."
    assert [t for _c, _s, t in _cue_speaker_text(text)] == ["الشرطة أوقفت رجلا واتهمته بالسرقة"]


def test_a_paper_learning_from_a_source_ends_the_reported_clause() -> None:
    text = "وأكد المتحدث أن الحوار مستمر، وعلمت «الرياض» من مصادر مطلعة أن الاتفاق قريب."
    assert [(c, t) for c, _s, t in _cue_speaker_text(text)] == [
        ("وأكد", "الحوار مستمر"),
        ("وعلمت", "الاتفاق قريب"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال موظف في البلدية شريطة عدم ذكر اسمه إن الصيانة ستبدأ غدا.", "موظف في البلدية"),
        ("وقال موظفون في البلدية اشترطوا عدم نشر أسمائهم إن الصيانة ستبدأ غدا.", "موظفون في البلدية"),
    ],
)
def test_other_wordings_of_the_anonymity_aside(text, speaker) -> None:
    assert _cue_speaker_text(text) == [("وقال", speaker, "الصيانة ستبدأ غدا")]


# --------------------------------------------------------------------------------------------
# Name and body extent (round 35)


def test_a_body_named_in_marks_after_its_head_noun_speaks_without_the_marks() -> None:
    text = 'وقالت مجموعة "NBK" المصرفية إن صافي أرباحها ارتفع خلال النصف الأول من العام.'
    assert pipeline_speakers(text) == [("وقالت", "NBK")]
    text = "وقالت مجموعة “أرامكو” إن إنتاجها من الغاز سيرتفع العام المقبل."
    assert pipeline_speakers(text) == [("وقالت", "مجموعة أرامكو")]
    # a longer stretch in marks after a bare noun is what was said, not a name
    text = 'وقال مجموعة من الأهالي "نحن نطالب بإصلاح الطريق المؤدي إلى القرية".'
    assert all(name is None or "نطالب" not in name for _cue, name in pipeline_speakers(text))


def test_a_present_verb_after_a_titled_name_is_no_part_of_it() -> None:
    text = "وقال المرشد علي خامنئي يثبت أن العقوبات لم تنجح في إضعاف البلاد."
    assert pipeline_speakers(text) == [("وقال", "علي خامنئي")]
    # a foreign name's words before the clause stay in the name
    text = "وقال وزير النقل ليو تيونج لاي إن المشروع سيكتمل قبل نهاية العام."
    assert pipeline_speakers(text) == [("وقال", "ليو تيونج لاي")]


def test_a_unit_goes_on_to_the_body_it_belongs_to_after_bi() -> None:
    text = "وأعلنت الإدارة العامة للعلاقات العامة بإمارة منطقة الرياض أن الحملة تبدأ غدا."
    assert pipeline_speakers(text) == [("وأعلنت", "الإدارة العامة للعلاقات العامة بإمارة منطقة الرياض")]
    text = "وأكدت إدارة العلاقات العامة بصحة جازان أن المستشفيات استقبلت المصابين."
    assert pipeline_speakers(text) == [("وأكدت", "إدارة العلاقات العامة بصحة جازان")]
    # ب + a common word opens the object: "بجهود" is praised, not part of the body
    text = "وأشادت وزارة الصحة بجهود فرق الإسعاف، وقالت إن التعاون سيستمر."
    assert pipeline_speakers(text)[-1] == ("وقالت", "وزارة الصحة")


def test_a_body_named_through_its_leader_keeps_the_leader() -> None:
    text = "وأكدت إدارة الرئيس الأميركي باراك أوباما أن العقوبات على كوريا الشمالية باقية."
    assert pipeline_speakers(text) == [("وأكدت", "إدارة الرئيس الأميركي باراك أوباما")]


def test_a_long_title_that_commas_divide_is_the_bearer_named_before_the_clause():
    title = (
        "رئيس اللجنة الأمنية لدراسة كافة الأوضاع الخاصة بعمليات العبور للمركبات والأشخاص من المنفذ الشمالي"
    )
    text = (
        f"قال {title}، مدير عام الجمارك الإقليمية الدكتور ماجد بن سالم العتيبي، إن العمل على المشروع "
        "سيكتمل نهاية العام.\n\nوأضاف أن المسارات الجديدة ستخفف الازدحام."
    )
    ents = (_entity(text, "ماجد بن سالم العتيبي", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1] == ("وأضاف", "ماجد بن سالم العتيبي")
    # a name an object word leads, or one the clause does not follow at once, is not the bearer
    for middle in (
        "، خلال لقائه مع مدير عام الجمارك الإقليمية الدكتور ماجد بن سالم العتيبي،",
        "، مدير عام الجمارك الإقليمية الدكتور ماجد بن سالم العتيبي والوفد المرافق له،",
    ):
        other = f"قال {title}{middle} إن العمل سيكتمل نهاية العام.\n\nوأضاف أن المسارات ستخفف الازدحام."
        ents = (_entity(other, "ماجد بن سالم العتيبي", "PER", "p1"),)
        assert stage_speakers(other, ents)[-1] == ("وأضاف", "رئيس اللجنة الأمنية")


def test_an_implied_speaker_keeps_the_body_its_short_description_was_resolved_to():
    text = (
        "اتهمت منظمة العفو الدولية أطراف النزاع بقصف الأحياء السكنية.\n\n"
        "وقالت المنظمة الحقوقية: إن فرقها وثقت عشرات الهجمات على المدارس.\n\n"
        "وأكدت أن المسؤولين عنها يجب أن يحاسبوا."
    )
    ents = (
        _entity(text, "منظمة العفو الدولية", "ORG", "o1"),
        _entity(text, "المنظمة الحقوقية", "ORG", "o2"),
    )
    speakers = stage_speakers(text, ents)
    assert speakers[-2:] == [("وقالت", "منظمة العفو الدولية"), ("وأكدت", "منظمة العفو الدولية")]
    # with no body named in full before, the short description stays the speaker
    alone = text.split("\n\n", 1)[1]
    ents = (_entity(alone, "المنظمة الحقوقية", "ORG", "o2"),)
    assert stage_speakers(alone, ents) == [("وقالت", "المنظمة الحقوقية"), ("وأكدت", "المنظمة الحقوقية")]


def test_a_feminine_unnamed_source_speaks_with_its_affiliation() -> None:
    (quote,) = quotes_of("وقالت موظفة في المستشفى إن المريض غادر صباح اليوم.")
    assert speaker_name(quote) == "موظفة في المستشفى"
    assert quote.speaker is not None and quote.speaker.type == "unnamed"
    (plural,) = quotes_of("وقالت طبيبات في المركز الصحي إن الإصابات تراجعت هذا الأسبوع.")
    assert speaker_name(plural) == "طبيبات في المركز الصحي"
    # a named woman after the head is the speaker, not the head
    (named,) = quotes_of("وقالت الطبيبة سارة العتيبي إن الإصابات تراجعت هذا الأسبوع.")
    assert speaker_name(named) == "سارة العتيبي"


# --------------------------------------------------------------------------------------------
# Round 36: the extent of body and unnamed-source names


def test_a_body_the_gazetteer_names_as_its_namesake_keeps_the_place_it_serves() -> None:
    from rasid.model import Entity

    text = "وقالت النيابة العامة في الشارقة إن المتهم اعترف بالسرقة."
    start = text.index("النيابة العامة")
    body = Entity(
        start, start + len("النيابة العامة"), "النيابة العامة", "ORG", "o1", "هيئة التحقيق والادعاء العام"
    )
    entities = (body, _entity(text, "الشارقة", "LOC", "l1"))
    # the body as written and the city it serves, not the canonical name of its namesake at home
    assert stage_speakers(text, entities) == [("وقالت", "النيابة العامة في الشارقة")]
    # negative: where it was said is no place served
    text = "وقالت النيابة العامة في بيان إن المتهم اعترف بالسرقة."
    body = Entity(
        start, start + len("النيابة العامة"), "النيابة العامة", "ORG", "o1", "هيئة التحقيق والادعاء العام"
    )
    assert stage_speakers(text, (body,)) == [("وقالت", "هيئة التحقيق والادعاء العام")]


def test_a_body_keeps_the_regional_government_it_belongs_to() -> None:
    text = "وقالت وزارة الزراعة في حكومة إقليم كردستان إن المحصول تضاعف."
    entities = (_entity(text, "وزارة الزراعة", "ORG", "o1"), _entity(text, "كردستان", "LOC", "l1"))
    assert stage_speakers(text, entities) == [("وقالت", "وزارة الزراعة في حكومة إقليم كردستان")]
    # negative: a government named by no place is not a place the body serves
    text = "وقالت وزارة الزراعة في حكومة الوحدة إن المحصول تضاعف."
    assert stage_speakers(text, (_entity(text, "وزارة الزراعة", "ORG", "o1"),)) == [
        ("وقالت", "وزارة الزراعة")
    ]


def test_a_body_keeps_what_it_is_concerned_with_and_its_affiliation_is_no_second_speaker() -> None:
    text = "وقال المركز المعني بمتابعة الأوبئة في جنيف، والتابع لمنظمة الصحة العالمية، إن الإصابات تراجعت."
    entities = (_entity(text, "جنيف", "LOC", "l1"), _entity(text, "منظمة الصحة العالمية", "ORG", "o1"))
    assert stage_speakers(text, entities) == [("وقال", "المركز المعني بمتابعة الأوبئة في جنيف")]
    # negative: two bodies listed with "، و" still speak together
    text = "وأكدت وزارة الصحة، ووزارة التعليم، أن المدارس ستفتح."
    entities = (_entity(text, "وزارة الصحة", "ORG", "o1"), _entity(text, "وزارة التعليم", "ORG", "o2"))
    assert [s for _c, s in stage_speakers(text, entities)] == ["وزارة الصحة", "وزارة التعليم"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال أحد العاملين في مستشفى الولادة إن الأجهزة تعطلت.", "أحد العاملين في مستشفى الولادة"),
        ("وقال أحد الأطباء بالمستشفى إن الأجهزة تعطلت.", "أحد الأطباء بالمستشفى"),
        ("وقال أحد الكوادر الفنية بالمستشفى إن الأجهزة تعطلت.", "أحد الكوادر الفنية بالمستشفى"),
        ("وقال أحد المتعاملين مع شركة الأسمدة إن الأسعار ارتفعت.", "أحد المتعاملين مع شركة الأسمدة"),
        # negative: the channel it was said through is no affiliation
        ("وقال أحد المسؤولين في اتصال هاتفي إن الأجهزة تعطلت.", "أحد المسؤولين"),
    ],
)
def test_one_of_a_plural_of_people_keeps_where_they_belong(text, speaker) -> None:
    assert [s for _c, s in stage_speakers(text)] == [speaker]


def test_one_of_a_plural_of_people_named_in_commas_is_that_person() -> None:
    text = "وقال أحد المسؤولين في الوزارة، سالم الحربي، إن الأدوية نفدت."
    entities = (_entity(text, "سالم الحربي", "PER", "p1"),)
    assert stage_speakers(text, entities) == [("وقال", "سالم الحربي")]


def test_one_of_a_plural_of_things_is_no_source() -> None:
    text = "فيما تعرضت إحدى طائرات الشحن في المطار لعطل، أصدرت الشركة بيانا، مؤكدة أن الرحلات لم تتأثر."
    entities = (_entity(text, "الشركة", "ORG", "o1"),)
    assert "إحدى طائرات الشحن في المطار" not in [s for _c, s in stage_speakers(text, entities)]


def test_a_finite_anonymity_aside_tagged_a_person_is_no_name() -> None:
    text = 'وقال مسؤول في وزارة النقل فضل عدم الكشف عن هويته "سنعيد فتح الطريق غدا".'
    entities = (_entity(text, "وزارة النقل", "ORG", "o1"), _entity(text, "فضل", "PER", "p1"))
    assert stage_speakers(text, entities) == [("وقال", "مسؤول في وزارة النقل")]
    # negative: the given name فضل with no aside after it is a person
    text = "وقال فضل المالكي إن الطريق سيفتح غدا."
    assert stage_speakers(text, (_entity(text, "فضل المالكي", "PER", "p1"),)) == [("وقال", "فضل المالكي")]


def test_initials_in_arabic_letters_in_marks_name_the_body() -> None:
    text = 'وقالت مجموعة "إف.إن.بي" إن أرباحها تضاعفت.'
    assert stage_speakers(text) == [("وقالت", "مجموعة إف.إن.بي")]
    # negative: a sentence in marks after the head is what was said
    text = 'وقالت المجموعة "أرباحنا تضاعفت هذا العام مقارنة بالعام الماضي".'
    assert [s for _c, s in stage_speakers(text)] == ["المجموعة"]


def test_a_kashida_run_set_as_a_dash_opens_an_aside() -> None:
    text = "وأضاف المصدر ـ الذي فضل عدم ذكر اسمه ـ أن الاجتماع سيعقد الأحد."
    assert _cue_speaker_text(text) == [("وأضاف", "المصدر", "الاجتماع سيعقد الأحد")]
    text = "وقال مدير الفرع ــ في تصريح صحفي ــ إن الأعمال ستكتمل قريبا."
    assert _cue_speaker_text(text) == [("وقال", "مدير الفرع", "الأعمال ستكتمل قريبا")]
    # negative: a kashida inside a word ("لـ«الوطن»"، "الـ15") is part of it, no dash
    text = "وقال مدير الفرع لـ«الوطن» إن الأعمال ستكتمل خلال الـ15 يوما المقبلة."
    assert _cue_speaker_text(text) == [("وقال", "مدير الفرع", "الأعمال ستكتمل خلال الـ15 يوما المقبلة")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال قادة ميدانيون بارزون في الجبهة إن القوات تقدمت.", "قادة ميدانيون بارزون في الجبهة"),
        ("وأوضحت كوادر طبية عاملة في المستشفى أن الأدوية نفدت.", "كوادر طبية عاملة في المستشفى"),
    ],
)
def test_broken_plurals_of_people_are_unnamed_sources_with_their_qualifiers(text, speaker) -> None:
    assert [s for _c, s in stage_speakers(text)] == [speaker]


def test_a_fronted_medium_before_a_reporting_verb_only_relays_the_statement() -> None:
    text = 'ووفقا لوكالة الأنباء الفرنسية، قال مدير المستشفى سامر الخطيب: "استقبلنا عشرين جريحا الليلة".'
    found = pipeline_quotes(text)
    assert [(cue, who) for cue, who, _ in found] == [("قال", "سامر الخطيب")]
    assert found[0][2] == "استقبلنا عشرين جريحا الليلة"
    # a fronted medium whose clause has no reporting verb still speaks for that clause
    plain = "ووفقا لصحيفة الرياض، افتتحت البلدية ثلاث حدائق جديدة في الأحياء الشمالية."
    assert [(cue, who) for cue, who, _ in pipeline_quotes(plain)] == [("ووفقا", "صحيفة الرياض")]


def test_an_attribution_standing_alone_after_a_full_stop_closes_the_sentence_before_it() -> None:
    text = (
        "ووقع النادي عقدا جديدا مع حارسه الأساسي لثلاثة مواسم.وفقا لوكالة رويترز. ويبدأ الفريق تدريباته غدا."
    )
    quote = pipeline_quote(text)
    assert speaker_name(quote) == "وكالة رويترز"
    assert quote.text == "ووقع النادي عقدا جديدا مع حارسه الأساسي لثلاثة مواسم."[1:]
    # after a statement with its own cue, the medium only relays it: no record of its own
    cued = "وقال المتحدث باسم الجيش إن القوات استعادت ثلاث قرى.وفقا لرويترز. ويتواصل القتال."
    assert [(cue, who) for cue, who, _ in pipeline_quotes(cued)] == [("وقال", "المتحدث باسم الجيش")]
    # a phrase of another kind after a full stop attributes nothing
    assert pipeline_quotes("وتبدأ المباراة في التاسعة مساء.حسب التوقيت المحلي.") == []


def test_an_aside_naming_the_medium_inside_a_verb_frame_is_no_statement_of_its_own() -> None:
    text = "وشددت وزارة الخارجية الأردنية، وفقاً لما نقلته وكالة الأنباء الرسمية، على أن عمّان ترفض التصعيد."
    assert [(cue, who) for cue, who, _ in pipeline_quotes(text)] == [("وشددت", "وزارة الخارجية الأردنية")]
    # a trailing attribution after a narrated clause still speaks for that clause
    narrated = "وارتفعت أسعار الذهب في التعاملات الصباحية، وفقا لوكالة رويترز، إلى أعلى مستوى في شهرين."
    assert [(cue, who) for cue, who, _ in pipeline_quotes(narrated)] == [("وفقا", "وكالة رويترز")]


def test_a_participle_after_a_relaying_aside_keeps_the_verbs_subject() -> None:
    text = (
        "وأكدت الوزارة وفقا لما أوردته وكالة الأنباء الرسمية إدانتها للاعتداء، "
        "مشيرة إلى أن المعتدين سيحاسبون."
    )
    # (round 65: the possessed act after the aside, «إدانتها للاعتداء», is وأكدت's own statement)
    assert [(cue, who) for cue, who, _ in pipeline_quotes(text)] == [
        ("وأكدت", "الوزارة"),
        ("مشيرة", "الوزارة"),
    ]


def test_a_papers_editorial_speaks_for_the_paper() -> None:
    (quote,) = quotes_of("ورأت افتتاحية صحيفة «الوطن» أن الهجوم يستهدف وحدة المجتمع.")
    assert speaker_name(quote) is not None and speaker_name(quote).endswith("الوطن")
    assert quote.text == "الهجوم يستهدف وحدة المجتمع"


def test_the_paper_told_after_a_cataphoric_object_is_not_the_subject() -> None:
    text = (
        "أغلقت البلدية ثلاثة مطاعم مخالفة في وسط المدينة خلال جولة ليلية مفاجئة.\n\n"
        "أوضح ذلك لسبق مدير إدارة الرقابة فهد الزهراني، مشيرا إلى أن الجولة شملت عشرين محلا. "
        "وأشار إلى أن الحملات ستستمر طوال الشهر."
    )
    speakers = [who for cue, who, _ in pipeline_quotes(text) if cue in ("مشيرا", "وأشار")]
    assert speakers == ["فهد الزهراني", "فهد الزهراني"]


def test_a_medium_closing_a_reports_sentence_relays_the_issuer() -> None:
    text = (
        "كشف مسح حديث أجرته غرفة التجارة الأوروبية تراجع ثقة الشركات في الأسواق الآسيوية، "
        "وفقا لوكالة رويترز. وأشار المسح إلى أن نصف الشركات ستؤجل استثماراتها. "
        "وأضاف أن الطلب المحلي ضعيف."
    )
    from rasid.pipeline import Options, process

    quotes = process(Article(id="t", raw=text), Options()).quotes
    assert [speaker_name(q) for q in quotes] == ["غرفة التجارة الأوروبية"] * 3
    assert quotes[0].via is not None and quotes[0].via.name == "وكالة رويترز"
    # a sentence whose subject is no document keeps the medium as its source
    plain = "وانتقل المهاجم إلى النادي الإيطالي مقابل ثلاثين مليون يورو، وفقا لوكالة رويترز."
    assert speaker_name(pipeline_quote(plain)) == "وكالة رويترز"


def test_a_strict_cue_without_a_complementizer_in_its_paragraph_is_not_read():
    # (speed, round 36: asked before the speaker phrase is read)
    from rasid.extract.quotes import _Doc

    text = "وتوزعت المساعدات بين الأسر المحتاجة في القرى الجبلية.\n\nوأكد المسؤول أن التوزيع سيستمر."
    doc = _Doc(quotes_stage(Article(id="t", text=text)))
    between = next(k for k, t in enumerate(doc.tokens) if text[t.start : t.end] == "بين")
    assert not doc.clause_word_in_paragraph(between)  # (the أن of the next paragraph is not its)
    confirmed = next(k for k, t in enumerate(doc.tokens) if text[t.start : t.end] == "وأكد")
    assert doc.clause_word_in_paragraph(confirmed)
    assert [q.cue.text for q in quotes_of(text)] == ["وأكد"]
    quote = one("وبين مدير إدارة المرور العقيد خالد السبيعي أن الحملة ستستمر حتى نهاية الشهر.")
    assert speaker_name(quote) == "خالد السبيعي"


def test_a_speakers_own_words_right_after_a_verb_of_saying_show_a_first_person_word():
    # no إن, colon or marks: a first-person pronoun, suffix or verb near the start shows his words
    text = (
        "وأكد القائد العسكري سالم الحربي أن العمليات مستمرة. وعن مصير الأسرى قال نحن نقود عمليات عسكرية "
        "والأسرى من مسؤولية السلطات المحلية."
    )
    assert rules_quotes(text)[-1] == (
        "قال",
        "سالم الحربي",
        "نحن نقود عمليات عسكرية والأسرى من مسؤولية السلطات المحلية",
    )
    text = "وأشاد رئيس النادي خالد المطيري بالاجتماع قائلا كان اجتماعا مثمرا ناقشنا فيه خطط الموسم القادم."
    assert rules_quotes(text) == [("قائلا", "خالد المطيري", "كان اجتماعا مثمرا ناقشنا فيه خطط الموسم القادم")]
    # the person's name ran on into his words ("العمري أحزننا"): the name stops before them
    text = "وقال رئيس الجمعية الشيخ عبدالرحمن بن صالح العمري أحزننا هذا العمل الإجرامي الذي استهدف المصلين."
    assert rules_quotes(text) == [
        ("وقال", "عبدالرحمن بن صالح العمري", "أحزننا هذا العمل الإجرامي الذي استهدف المصلين")
    ]
    # a paper told, then his words with no mark between
    text = (
        "وأشاد اللواء فهد الشمري بالنجاحات. وقال في تصريحات لـ«عكاظ» نحن مستعدون لكل الاحتمالات في "
        "الأيام المقبلة."
    )
    assert rules_quotes(text)[-1] == ("وقال", "فهد الشمري", "نحن مستعدون لكل الاحتمالات في الأيام المقبلة")
    # a quotation in brackets after a colon is the words inside them (round 91: the gold leaves the
    # brackets out, guide §4); a narrated sentence is nobody's words
    text = "قال الشيخ محمد بن إبراهيم رحمه الله: (حكومتنا شرعية دستورها كتاب الله وسنة رسوله)."
    assert rules_quotes(text)[0][2] == "حكومتنا شرعية دستورها كتاب الله وسنة رسوله"
    text = "وأشاد اللواء فهد الشمري بالنجاحات. وقال في تصريحات لـ«عكاظ» الأسبوع الماضي."
    assert [cue for cue, _name, _content in rules_quotes(text)] == []
    # a noun with the suffix نا right after the verb is its subject, not the speaker's words
    text = "وقالت مصادرنا في اليمن إن الحوثيين استهدفوا أحياء المدينة."
    assert rules_quotes(text) == [("وقالت", "مصادرنا في اليمن", "الحوثيين استهدفوا أحياء المدينة")]


def test_the_speech_signal_needs_a_first_person_word_before_any_punctuation():
    from rasid.extract.quotes import _Doc, _first_person_saying, _first_person_word, _speech_signal

    for word in ("ناقشنا", "لدينا", "يمكننا", "تكاتفنا"):
        assert _first_person_word(normalize(word)), word
    for word in ("هنا", "بيانا", "أحيانا", "لنا", "فيينا"):
        assert not _first_person_word(normalize(word)), word
    doc = _Doc(Article(id="t", text="قال نؤكد دعمنا. قال أعلن الوزير. قال رحمه الله: (حكومتنا)."))
    keys = [t.key for t in doc.tokens]
    assert _first_person_saying(doc, normalize("نؤكد"))
    assert not _first_person_saying(doc, normalize("أعلن"))  # the past of أعلن, not "I announce"
    assert _speech_signal(doc, keys.index(normalize("نؤكد")))
    assert not _speech_signal(doc, keys.index(normalize("رحمه")))  # the colon comes before حكومتنا


def test_a_short_quoted_name_between_the_verb_and_a_person_is_the_paper_told():
    text = (
        "وأبلغ «الشرق الأوسط» المهندس فيصل الزامل رئيس لجنة المرافق في المجلس المحلي، وهو المجلس "
        "المشرف على إدارة البلدة، أن العمل في السوق يسير بصورة طبيعية."
    )
    assert rules_quotes(text) == [("وأبلغ", "فيصل الزامل", "العمل في السوق يسير بصورة طبيعية")]
    # a quotation right after the verb with no name after it is the statement
    text = "وقال «الوضع في الميناء طبيعي» في ختام جولته على المرافق."
    assert "الوضع في الميناء طبيعي" in rules_quotes(text)[0][2]
    # after قال the name in marks is the speaker's, his title after it
    text = (
        'وقال "كورتز كوبر" نائب المتحدث الرسمي باسم البعثة الأمريكية إن المجلس سيعقد جلسة خاصة للتصويت '
        "على مشروع القرار."
    )
    assert rules_quotes(text)[0][1] == "كورتز كوبر"


# Round 36 (linking36): short re-mentions of persons and sources


def test_a_title_named_later_only_as_the_object_of_a_meeting_is_not_its_bearer() -> None:
    text = (
        "وأكد وزير الخارجية الفرنسي أن بلاده تدعم الحل السياسي.\n\n"
        "وقال إننا بحثنا الأسبوع الماضي مع وزير الخارجية سامي الحربي الأوضاع في المنطقة."
    )
    ents = (_entity(text, "سامي الحربي", "PER", "p1"),)
    assert [name for _, name in stage_speakers(text, ents)] == ["وزير الخارجية الفرنسي"] * 2
    # a title whose complement differs is another minister
    text = (
        "واختتم وزير الخارجية تصريحه بأن التعاون بين البلدين مستمر.\n\n"
        "وكان وزير الدفاع سامي الحربي قد زار العاصمة الشهر الماضي."
    )
    ents = (_entity(text, "سامي الحربي", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("واختتم", "وزير الخارجية")]
    # the subject of the next report is the bearer, the nationality left out or not
    text = (
        "أغلق القائم بأعمال النائب العام الفرنسي التحقيق اليوم، قائلا إن الوثائق لا تمس الأمن.\n\n"
        "وقال سامي الحربي القائم بأعمال النائب العام إن القرار نهائي."
    )
    ents = (_entity(text, "سامي الحربي", "PER", "p1"),)
    assert [name for _, name in stage_speakers(text, ents)] == ["سامي الحربي"] * 2


def test_a_name_no_entity_tagged_after_a_title_is_the_speaker() -> None:
    text = "وقال المسؤول عن الطوارئ نشوان الحسام لـ«الوطن»: إن القسم توقف عن العمل بالكامل."
    assert [name for _, name in stage_speakers(text)] == ["نشوان الحسام"]
    # a place after the title is no name
    (quote,) = quotes_of("وقال المسؤول عن الطوارئ في المستشفى إن القسم توقف عن العمل بالكامل.")
    assert quote.speaker is not None and quote.speaker.type != "person"
    # nor is a formula after a name
    text = "وكما يقول الإمام الشافعي رحمه الله إن الخلاف في الرأي لا يفسد الود."
    ents = (_entity(text, "الشافعي", "PER", "p1"),)
    assert [name for _, name in stage_speakers(text, ents)] == ["الإمام الشافعي"]


def test_a_participle_after_the_body_a_source_is_in_describes_the_body() -> None:
    text = "وقالت مصادر في المعارضة الموالية للرئيس السابق سامي الحربي إن الاجتماع تأجل."
    ents = (_entity(text, "سامي الحربي", "PER", "p1"),)
    assert stage_speakers(text, ents) == [("وقالت", "مصادر في المعارضة")]
    # right after the source, the participle describes the source, which keeps it
    text = "وقالت مصادر مقربة من الحكومة إن الاجتماع تأجل."
    assert stage_speakers(text) == [("وقالت", "مصادر مقربة من الحكومة")]


def test_a_short_name_is_a_family_name_before_it_is_a_first_name() -> None:
    text = (
        "جدد المبعوث إسماعيل ولد سيدي أحمد دعوته إلى وقف القتال.\n\n"
        "وقال المتحدث أحمد فوزي إن المبعوث متفائل.\n\n"
        "ورغم ذلك يقول ولد سيدي أحمد إنه لا يزال ينتظر الردود."
    )
    ents = (_entity(text, "إسماعيل ولد سيدي أحمد", "PER", "p1"), _entity(text, "أحمد فوزي", "PER", "p2"))
    assert stage_speakers(text, ents)[-1] == ("يقول", "إسماعيل ولد سيدي أحمد")
    # with no family name to match, a first name still completes to the one named in full
    text = "وقال رئيس الوزراء سومتشاي وونغ إن الانتخابات ستجرى قريبا.\n\nوأكد سومتشاي أن الجيش لن يتدخل."
    ents = (_entity(text, "سومتشاي وونغ", "PER", "p1"),)
    assert [name for _, name in stage_speakers(text, ents)] == ["سومتشاي وونغ"] * 2


def test_a_lone_definite_word_is_not_the_title_of_a_name_a_clause_later() -> None:
    text = (
        "وشكر رئيس النادي ناصر الناصر الجهاز الفني متمثلا بالإخوان سامي الحربي على جهودهم.\n\n"
        "وأكد الناصر أن الفريق جاهز للموسم."
    )
    ents = (_entity(text, "سامي الحربي", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1][1] != "سامي الحربي"
    # a title and its adjective right before the name still name its bearer
    text = "وقال الصحافي الإيطالي ماركو روسي إن الرحلة طويلة.\n\nوأضاف الصحفي أن الطريق كان وعرا."
    ents = (_entity(text, "ماركو روسي", "PER", "p1"),)
    assert stage_speakers(text, ents)[-1] == ("وأضاف", "ماركو روسي")


# Round 36: continuations carried to the right antecedent, and names around titles


def test_an_existential_clause_has_no_speaker_subject() -> None:
    text = (
        "وأوضح مدير الجمعية سالم الحربي أن الدورات تبدأ الأسبوع المقبل. وقال إن التسجيل متاح عبر "
        "الموقع. كما أن هناك برامج خدمة الأحياء وبرامج ذوي الإعاقة والمسنين كلها مجانية، مؤكدا أن "
        "المقاعد محدودة."
    )
    assert rules_speakers(text)[-1] == ("مؤكدا", "سالم الحربي")
    # a clause after كما أن with a subject of its own still gives it
    other = (
        "وأوضح مدير الجمعية سالم الحربي أن الدورات تبدأ الأسبوع المقبل. كما أن الوزير فهد العلي زار "
        "المعرض، مؤكدا أن المقاعد محدودة."
    )
    assert rules_speakers(other)[-1] == ("مؤكدا", "فهد العلي")


def test_an_indefinite_accusative_noun_after_a_title_is_its_object() -> None:
    text = (
        "وصل وزير التعليم الدكتور أحمد العيسى إلى جدة أمس. وعقد الوزير اجتماعا موسعا مع مديري "
        "التعليم في المنطقة، أكد خلاله أن المدارس جاهزة."
    )
    assert rules_speakers(text) == [("أكد", "أحمد العيسى")]


def test_a_place_after_the_titles_preposition_is_no_part_of_the_name() -> None:
    speakers = pipeline_speakers("وقال رئيس اللجنة الأهلية بحي الشفا أحمد الخميس إن المهرجان يبدأ غدا.")
    assert len(speakers) == 1 and not speakers[0][1].startswith("بحي")
    # a full name after the place is found as before
    text = "وقال رئيس اللجنة الأهلية لحي الريان خالد الزهراني إن المهرجان يبدأ غدا."
    assert pipeline_speakers(text) == [("وقال", "خالد الزهراني")]


def test_a_name_stops_before_a_counterpart_or_a_title_in_apposition() -> None:
    text = (
        "والتقى وزير الخارجية المصري سامح شكري بنظيره الأردني في عمان أمس. وبحث الوزيران الأوضاع في "
        "المنطقة. وأضاف وزير الخارجية المصري أن المباحثات كانت مثمرة."
    )
    assert pipeline_speakers(text) == [("وأضاف", "سامح شكري")]
    text = "وقال عمر يوسف الحربي الناشط في مجال البيئة إن التلوث يتزايد."
    assert pipeline_speakers(text) == [("وقال", "عمر يوسف الحربي")]
    # a frequent family name that is also a title word stays in the name
    assert pipeline_speakers("وقال محمد سعيد الخطيب إن الحملة مستمرة.") == [("وقال", "محمد سعيد الخطيب")]


def test_said_to_the_paper_after_a_comma_opens_a_new_statement() -> None:
    text = (
        "وبينما أعرب السكان عن قلقهم من انقطاع المياه منذ أن بدأت الأشغال، قال لـ«الوطن» مدير الشركة "
        "المهندس ماجد الشهري، «سنعيد الخدمة خلال يومين»، مضيفا أن الفرق تعمل ليلا."
    )
    speakers = pipeline_speakers(text)
    assert ("قال", "ماجد الشهري") in speakers and speakers[-1] == ("مضيفا", "ماجد الشهري")


def test_a_feminine_cue_continues_the_woman_titled_after_her_name() -> None:
    text = (
        "وكانت الكويت قدمت منحة للمدارس خلال جولة قامت بها هند سالم الصباح مستشارة الوزير. وقالت إن "
        "المنحة تشمل الكتب."
    )
    assert pipeline_speakers(text) == [("وقالت", "هند سالم الصباح")]


def test_a_name_the_entities_miss_is_the_words_before_its_appositive_title() -> None:
    text = "أكدت مناهل الحربي مدربة معتمدة ومصممة غرافيك، أن المبادرة ستفتح آفاقا واسعة."
    assert pipeline_speakers(text) == [("أكدت", "مناهل الحربي")]
    # after a complement ending in a definite word, the name closing the phrase is still taken
    text = "وقال رئيس الاتحاد لكرة القدم بنادي الاتحاد محمد السليمان إن الفريق جاهز."
    assert rules_speakers(text) == [("وقال", "محمد السليمان")]


def test_the_papers_of_a_country_speak_and_keep_their_object_apart() -> None:
    assert pipeline_speakers("وقالت الصحف الكويتية إن الحكومة ستعلن التشكيل قريبا.") == [
        ("وقالت", "الصحف الكويتية")
    ]
    # alone, the plural head names no one in particular
    assert rules_speakers("تحدثت الصحف كثيرا عن المباراة.\n\nوقال: «الفريق جاهز».") == [("وقال", None)]


def test_a_participle_continues_the_subject_not_the_object_after_its_nisba() -> None:
    text = "وانتقدت الحكومة اليمنية القرار الأخير بشدة، مؤكدة أنها لن تقبل به."
    assert rules_speakers(text) == [("مؤكدة", "الحكومة اليمنية")]
    text = "وتناولت الصحف المصرية الاتفاق الجديد في افتتاحياتها، معتبرة أنه يفتح صفحة جديدة."
    assert rules_speakers(text) == [("معتبرة", "الصحف المصرية")]


def test_between_after_a_preposition_is_never_the_verb_that_explains() -> None:
    # "من بين" is "among": reading بين as بيّن made "أبرز" a quoted person whom later cues took
    text = (
        "أثار القرار جدلا واسعا على مواقع التواصل، ومن بين أبرز من علقوا عليه الكاتب سعد الدوسري "
        "الذي كتب أن القرار متسرع. وأضاف أن الوزارة لم تستشر أحدا."
    )
    assert all(name != "أبرز" for _cue, name in rules_speakers(text))
    # negative: the verb بيّن itself, with or without و, still reports
    assert rules_speakers("وبين مدير التعليم خالد العمري أن المدارس جاهزة.") == [("وبين", "خالد العمري")]
    assert rules_speakers("وكان من بين الحضور المدير العام، وبين المدير أن الخطة جاهزة.") == [
        ("وبين", "المدير")
    ]


def test_a_family_name_written_in_two_words_with_allah_after_a_patronymic_is_whole() -> None:
    # "العطا الله" is one family name (as العبد الله); the phrase is no prayer after the name
    text = "وقال مدير الإدارة خالد بن علي العطا الله إن الخطة جاهزة."
    assert rules_speakers(text) == [("وقال", "خالد بن علي العطا الله")]
    # negative: a prayer after the name ("رحمه الله") is not part of it
    text = "وقال مدير الإدارة خالد بن علي العطا رحمه الله إن الخطة جاهزة."
    assert all("الله" not in name for _cue, name in rules_speakers(text))


def test_a_colon_closing_its_paragraph_opens_the_speakers_words_in_the_next_one():
    text = "زار الوزير خالد الفيصل المدرسة.\n\nوقال الفيصل:\n\nإن التعليم أولوية وطنية لا تقبل التأجيل."
    found = quotes_of_pipeline(text)
    assert [(q.speaker.name, q.text) for q in found] == [
        ("خالد الفيصل", "التعليم أولوية وطنية لا تقبل التأجيل")
    ]
    # a report quoted whole after «يقول:» holds its own cue: no statement for the writer
    text = "وفي خبر نشرته الصحيفة أمس يقول:\n\nكشف مصدر مطلع أن الوزارة ستفتتح ثلاث مدارس جديدة."
    assert all(q.cue.text != "يقول" for q in quotes_of_pipeline(text))


# --------------------------------------------------------------------------------------------
# Where a quotation ends: run-on content (round 37)


@pytest.mark.parametrize("participle", ["مشيراً", "موضحًا", "مشيرا"])
def test_unclosed_quotation_ends_before_a_diacritised_participle_cue(participle):
    text = (
        "وقال رئيس الغرفة التجارية ماجد الدوسري: «إننا سعداء كثيراً بافتتاح المصنع الجديد في المدينة، "
        f"{participle} إلى أن المستثمرين يأتون إليها من كل مكان."
    )
    article = quotes_stage(Article(id="t", text=text))
    assert any(w.startswith("W_QUOTE_UNBALANCED") for w in article.warnings)
    first, second = article.quotes
    assert first.text == "إننا سعداء كثيراً بافتتاح المصنع الجديد في المدينة"
    assert second.cue.text == participle and second.text == "المستثمرين يأتون إليها من كل مكان"


def test_unclosed_quotation_ends_where_the_reporter_speaks_before_the_same_mark_opens():
    text = (
        "وأكد المتحدث باسم الشركة فيصل القحطاني أن «خطط الشركة تجاه السوق المحلية لم تتغير، "
        "موضحًا أن الشركة «ستواصل دعم المشاريع الصغيرة خلال العام المقبل»."
    )
    article = quotes_stage(Article(id="t", text=text))
    assert any("bounded where the reporter speaks again" in w for w in article.warnings)
    first, second = article.quotes
    assert first.text == "خطط الشركة تجاه السوق المحلية لم تتغير"
    assert second.cue.text == "موضحًا" and "ستواصل دعم المشاريع" in second.text
    assert speaker_name(first) == speaker_name(second) == "فيصل القحطاني"


def test_a_quotation_nested_in_marks_of_the_same_glyph_stays_one_quotation():
    # negative case: no cue between the two opening marks, so the inner one is a quote in the quote
    text = "وقال المعلم سالم الزهراني: «قال لي أحد الطلاب «لن أتأخر مرة أخرى» ثم جلس في مكانه»."
    quote = one(text)
    assert "لن أتأخر مرة أخرى" in quote.text and quote.text.rstrip("»").endswith("ثم جلس في مكانه")


def test_an_opening_glyph_before_a_full_stop_closes_the_quotation():
    text = (
        "وقال قائد القوات اللواء ناصر العنزي: «كل من يحاول العبث بأمن الوطن سيجد الرد في الميدان «. "
        "من جهتهم أعرب ذوو المصابين عن شكرهم للقيادة، مؤكدين أن هذا هو نهج الدولة."
    )
    first, second = quotes_of(text)
    assert first.text == "كل من يحاول العبث بأمن الوطن سيجد الرد في الميدان"
    assert second.cue.text == "مؤكدين" and second.text == "هذا هو نهج الدولة"


def test_an_ellipsis_after_an_opening_glyph_still_opens():
    # negative case: «... after a colon opens the quotation, it does not close anything
    text = "وقال الكاتب فهد السبيعي: «... وإذا لم نجد حلولا جديدة فسنعود إلى البداية»."
    assert "وإذا لم نجد حلولا جديدة" in one(text).text


def test_a_fronted_topic_with_its_own_cue_opens_a_new_statement():
    text = (
        "وأكد مدير الشركة سعد العتيبي أن الشركة حققت أرباحا كبيرة هذا العام، وحول أسعار المنتجات، "
        "قال إن الأسعار ستبقى كما هي."
    )
    first, second = quotes_of(text)
    assert first.text == "الشركة حققت أرباحا كبيرة هذا العام"
    assert second.cue.text == "قال" and second.text == "الأسعار ستبقى كما هي"
    text = (
        "وقال مدرب الفريق: أتمنى الفوز غدا وتحقيق نتيجة إيجابية أمام جماهيرنا، وعن مستوى المهاجم "
        "البرازيلي في الفريق قال المدرب الروماني: اللاعب مهم لي ولا أرى أن مستواه تراجع."
    )
    first, second = quotes_of(text)
    assert first.text == "أتمنى الفوز غدا وتحقيق نتيجة إيجابية أمام جماهيرنا"
    assert second.text == "اللاعب مهم لي ولا أرى أن مستواه تراجع"


def test_a_fronted_topic_without_a_cue_stays_in_the_clause():
    # negative case: «وحول …» with no reporting verb after it goes on with the reported clause
    text = (
        "وأكد مدير الشركة سعد العتيبي أن الشركة حققت أرباحا كبيرة هذا العام، وحول أسعار المنتجات "
        "التي ارتفعت كثيرا في الأسواق."
    )
    assert one(text).text.endswith("التي ارتفعت كثيرا في الأسواق")


def test_the_holder_of_a_long_conjoined_title_is_the_name_after_its_last_title_word() -> None:
    # the titles and their complements (a university named after a king) end at the name after
    # the last honorific, the holder of them all, not at a word of a title
    text = (
        "وبين لـ«الوطن» المشرف على وحدة السكري أستاذ الباطنة المشارك واستشاري الغدد الصماء "
        "بجامعة الملك عبدالعزيز الدكتور فيصل بن سالم الحربي، أن الفحص المبكر يقلل المضاعفات."
    )
    assert rules_speakers(text) == [("وبين", "فيصل بن سالم الحربي")]
    # negative: a title after the name keeps the name before it
    text = "وقال فيصل بن سالم الحربي أستاذ الباطنة بجامعة الملك عبدالعزيز إن الفحص المبكر مهم."
    assert rules_speakers(text) == [("وقال", "فيصل بن سالم الحربي")]


def test_an_editorial_post_with_a_paper_in_marks_runs_on_to_its_holder() -> None:
    # "رئيس تحرير صحيفة «…» فلان": the paper's name in marks is part of the title, not the statement
    text = "قال رئيس تحرير صحيفة «المدينة» فهد العقيلي: إن القراء يريدون الخبر الموثوق."
    found = quotes_of(text)
    assert len(found) == 1 and "المدينة" not in found[0].text and "القراء" in found[0].text
    assert rules_speakers(text) == [("قال", "فهد العقيلي")]
    # negative: a bare editorial title stays the speaker when no name follows
    assert rules_speakers("وأوضح رئيس التحرير أن الصحيفة مستمرة.") == [("وأوضح", "رئيس التحرير")]


def test_a_unit_keeps_the_body_it_is_part_of_after_fi() -> None:
    # "في" + an organisation after a unit's head: the department of that body speaks
    text = "وقال مكتب الإعلام في وزارة الداخلية إن الحادث وقع ليلا."
    assert rules_speakers(text) == [("وقال", "مكتب الإعلام في وزارة الداخلية")]
    text = "وقال بيان صدر عن إدارة الاتصال في المفوضية الأوروبية، إن الاجتماع ناقش الأزمة."
    assert rules_speakers(text) == [("وقال", "إدارة الاتصال في المفوضية الأوروبية")]
    # negative: a statement after في is where it was said, not a parent body
    text = "وقالت الإدارة في بيان إن العمل مستمر."
    assert rules_speakers(text) == [("وقالت", "الإدارة")]


def test_a_definite_broken_plural_refers_back_to_its_fuller_indefinite_mention() -> None:
    text = "وقال شهود عيان إن الانفجار وقع قرب السوق. وأضاف الشهود أن سيارات الإسعاف وصلت متأخرة."
    assert [name for _cue, name in rules_speakers(text)] == ["شهود عيان", "شهود عيان"]
    # negative: with nothing before it, the bare plural stays itself
    assert rules_speakers("وقال الشهود إن الانفجار وقع قرب السوق.") == [("وقال", "الشهود")]


def test_a_force_after_a_plural_of_its_men_is_no_body_a_later_bare_head_means() -> None:
    # "رجال شرطة بيض" are policemen: "وقالت الشرطة" is the police named as a speaker before
    text = (
        "أعلنت شرطة المدينة اعتقال رجل بعد إطلاق نار. وذكر الشهود أن رجال شرطة بيض أطلقوا النار. "
        "وقالت الشرطة إن التحقيق مستمر."
    )
    assert rules_speakers(text)[-1] == ("وقالت", "شرطة المدينة")
    # negative: a force named with an entity after its head is still a body a bare head means
    text = "وقال رجال شرطة دبي إنهم أنقذوا الطفل. وقالت الشرطة إن التحقيق مستمر."
    assert rules_speakers(text)[-1] == ("وقالت", "شرطة دبي")


def test_a_body_name_goes_on_through_ala_after_a_verbal_noun_of_oversight() -> None:
    text = "وقالت هيئة الحفاظ على البيئة إن التلوث ارتفع في المدينة."
    assert rules_speakers(text) == [("وقالت", "هيئة الحفاظ على البيئة")]
    text = "وأوضحت اللجنة الوطنية للرقابة على الأدوية أن الدواء سحب من الأسواق."
    assert rules_speakers(text) == [("وأوضحت", "اللجنة الوطنية للرقابة على الأدوية")]
    # negative: على after any other word is no part of the name
    text = "وقالت هيئة الطيران على موقعها إن الرحلات ستستأنف غدا."
    assert all("موقعها" not in (name or "") for _cue, name in rules_speakers(text))


def test_a_bare_body_means_the_one_headed_by_it_not_a_coordination_naming_it_since() -> None:
    text = (
        "قالت المقاومة الشعبية في محافظة إب إن قتلى سقطوا في الهجوم. "
        "وأكدت الحكومة الشرعية والمقاومة أن الهجوم فشل. وقالت المقاومة إن الهدوء عاد إلى المدينة."
    )
    assert rules_speakers(text)[-1] == ("وقالت", "المقاومة الشعبية في محافظة إب")
    # negative: a word found only inside a longer name still leads to that name
    text = "وأعلن الجهاز المركزي للتعبئة العامة والإحصاء نتائج التعداد. وقال الإحصاء إن السكان زادوا."
    assert rules_speakers(text) == [("وقال", "الجهاز المركزي للتعبئة العامة والإحصاء")]


# --------------------------------------------------------------------------------------------
# Round 37: cue coverage and false cues (generic forms from an analysis of fresh sets)


def _lead(text: str) -> str:
    return "عنوان الخبر\n\nذكرت المصادر أن الاجتماع عقد في الرياض أمس.\n\n" + text


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (q.cue.text, speaker_name(q), q.text)
        for q in quotes_of_pipeline(_lead(text))
        if not q.text.startswith("الاجتماع عقد")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "وحسب موقع «سكاي نيوز عربية»، أثارت هذه المشاهد ردود فعل واسعة بين المتابعين.",
            "سكاي نيوز عربية",
            "أثارت هذه المشاهد ردود فعل واسعة بين المتابعين",
        ),
        (
            "وبحسب المرصد، يسود التوتر بين سكان المدينة منذ أيام بعد الحادثة.",
            "المرصد",
            "يسود التوتر بين سكان المدينة منذ أيام بعد الحادثة",
        ),
    ],
)
def test_a_sentence_opening_by_source_then_comma_carries_the_verbal_clause(text, speaker, content):
    found = _found(text)
    assert len(found) == 1, found
    cue, name, quoted = found[0]
    assert cue.startswith("و") and name is not None and name.endswith(speaker.split()[-1])
    assert quoted.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب نوع المخالفة، تتراوح الغرامة بين مئة وألف ريال.",
        "وحسب الجدول، تقام المباراة الأولى يوم الجمعة المقبل في الرياض.",
        "وبحسب الحالة، يتم تحويل المريض إلى المستشفى المختص.",
    ],
)
def test_depending_on_a_thing_then_comma_is_no_attribution(text):
    assert _found(text) == []


def test_a_fronted_source_then_that_carries_the_statement():
    found = _found("وبحسب وزارة التعليم أن المدارس ستفتح أبوابها الأسبوع المقبل.")
    assert [(name, quoted) for _cue, name, quoted in found] == [
        ("وزارة التعليم", "المدارس ستفتح أبوابها الأسبوع المقبل.")
    ] or [(name, quoted.rstrip(".")) for _cue, name, quoted in found] == [
        ("وزارة التعليم", "المدارس ستفتح أبوابها الأسبوع المقبل")
    ]


def test_a_fronted_source_that_told_a_paper_then_that():
    text = 'وبحسب ما أوضحه مدير المستشفى الدكتور سعد العتيبي لـ"الوطن" أنه تم علاج جميع المصابين.'
    found = _found(text)
    assert len(found) == 1, found
    _cue, name, quoted = found[0]
    assert name == "سعد العتيبي" and quoted.startswith("تم علاج جميع المصابين")


def test_urging_that_is_a_statement():
    found = _found("وشدد الوزير على أن المملكة ماضية في دعم الاستقرار.")
    assert [quoted for *_rest, quoted in found] == ["المملكة ماضية في دعم الاستقرار."] or [
        quoted.rstrip(".") for *_rest, quoted in found
    ] == ["المملكة ماضية في دعم الاستقرار"]
    # (أكد على + a noun phrase stays a statement: the gold headers count it)
    assert len(_found("وأكد الوزير على أهمية المحافظة على المكتسبات الوطنية.")) == 1


def test_wrote_in_a_journal_or_on_a_page_reports_but_wrote_alone_is_narration():
    found = _found("وكتب الباحث محمد الشهري في مجلة العلوم أن الدراسة كشفت تراجع معدلات التلوث.")
    assert [name for _cue, name, _q in found] == ["محمد الشهري"]
    found = _found("وكتب محمد الشهري على صفحته في فيسبوك أن الحكومة تأخرت في الرد.")
    assert [name for _cue, name, _q in found] == ["محمد الشهري"]
    assert _found("وكتب الطالب محمد الشهري أن الامتحان كان صعبا جدا.") == []


@pytest.mark.parametrize("title", ["أ.د.", "أ. د."])
def test_a_dotted_professor_title_stays_in_the_speaker_phrase(title):
    found = _found(f"وأكد مدير الجامعة {title} عبدالله العثمان أنه سيتم افتتاح الكلية الجديدة قريبا.")
    assert [name for _cue, name, _q in found] == ["عبدالله العثمان"]


def test_words_opening_with_lil_after_a_colon_are_the_statement_not_an_addressee():
    text = "وقال المدير خالد العتيبي إن الحادث وقع ليلا. وأضاف: «للأسف لم نتمكن من إنقاذ الجميع في الحادث»."
    found = _found(text)
    assert ("وأضاف", "خالد العتيبي", "للأسف لم نتمكن من إنقاذ الجميع في الحادث") in found
    # (glued to the verb, لل names whom he spoke to: "وقال للصحفيين إن …")
    found = _found("وقال المدير خالد العتيبي للصحفيين إن الحادث وقع ليلا.")
    assert [name for _cue, name, _q in found] == ["خالد العتيبي"]


def test_came_also_in_the_statement_that():
    text = "وأصدرت الوزارة بيانا حول الحادثة. وجاء أيضا في البيان أن الوزارة ستتابع تنفيذ القرار."
    found = _found(text)
    assert [(cue, name) for cue, name, _q in found] == [("وجاء", "الوزارة")]


def test_a_dual_referring_back_to_two_parties_gives_one_record_each():
    # two countries joined by و before "البلدان"، then a dual verb with no subject of its own
    text = (
        "اتفقت مصر والأردن على تعزيز التعاون الاقتصادي خلال زيارة رسمية إلى عمان.\n"
        "وأكد البلدان أن أمن المنطقة كل لا يتجزأ، وشددا على أن مكافحة الإرهاب مسؤولية مشتركة."
    )
    names = [name for _cue, name, _content in pipeline_quotes(text)]
    assert names == ["مصر", "الأردن", "مصر", "الأردن"]
    # the dual of a title: the two persons named as a pair before it
    text = (
        "التقى الرئيس الفرنسي فرانسوا هولاند ونظيره المصري عبدالفتاح السيسي في باريس أمس.\n"
        "وأكد الرئيسان أن التعاون بين بلديهما يشهد تطورا كبيرا في مختلف المجالات."
    )
    names = [name for _cue, name, _content in pipeline_quotes(text)]
    assert names == ["فرانسوا هولاند", "عبدالفتاح السيسي"]


def test_a_dual_with_no_pair_named_before_stays_one_group():
    text = (
        "انتهت المفاوضات الطويلة مساء أمس في العاصمة بعد ثلاثة أيام.\n"
        "وأكد الجانبان أن الاتفاق سيوقع الأسبوع المقبل في حفل رسمي."
    )
    names = [name for _cue, name, _content in pipeline_quotes(text)]
    assert names == ["الجانبان"]


def test_a_joint_party_country_takes_its_most_complete_name_in_the_article():
    text = (
        "اتفقت المملكة والأردن على تعزيز التعاون العسكري بين البلدين خلال زيارة رسمية.\n"
        "وجاءت الزيارة تلبية لدعوة من المملكة الأردنية الهاشمية ووسط اهتمام إعلامي واسع في السعودية.\n"
        "وأكد البلدان أن أمن المنطقة كل لا يتجزأ."
    )
    names = [name for _cue, name, _content in pipeline_quotes(text)]
    assert names == ["السعودية", "المملكة الأردنية الهاشمية"]


def test_a_pair_named_as_a_topic_or_in_a_list_is_not_the_two_parties():
    for opening in (
        "ناقش الاجتماع الأوضاع في سوريا واليمن وسبل إنهاء الأزمتين.",  # after a preposition
        "وتشارك نيجيريا والنيجر وتشاد في القوة المشتركة الجديدة.",  # a list of three
    ):
        text = opening + "\nوأكد الجانبان أن الحل السياسي هو الطريق الوحيد للخروج من الأزمة."
        names = [name for _cue, name, _content in pipeline_quotes(text)]
        assert names == ["الجانبان"], opening


def test_a_group_and_a_body_joined_by_waw_give_one_record_each():
    text = "وقال المسلحون والجيش إن المعارك استمرت حتى ساعات الصباح الأولى."
    names = [name for _cue, name, _content in pipeline_quotes(text)]
    assert names == ["المسلحون", "الجيش"]
    # a group and the place it lives in is one speaker
    text = "وقال المواطنون في الحي والمجلس البلدي إن الخدمات تحسنت كثيرا."
    names = [name for _cue, name, _content in pipeline_quotes(text)]
    assert len(names) == 1


def _pipeline_speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.cue.text, speaker_name(q)) for q in quotes_of_pipeline(text)]


def test_a_phrase_headed_by_a_plural_of_people_is_a_group_without_its_possessed_object():
    text = (
        "توفيت معلمة بعد أيام من رفض قبول ابنتها. كما أبدى نشطاء مواقع التواصل الاجتماعي استياءهم "
        "لعدم قبول الطالبة بكلية الطب، وأطلقوا وسما باسم المعلمة. وتساءلوا: ما النسبة المطلوبة؟"
    )
    assert _pipeline_speakers(text)[-1] == ("وتساءلوا", "نشطاء مواقع التواصل الاجتماعي")


# --------------------------------------------------------------------------------------------
# Round 37b: relays with a pronoun, لكنه + a present cue, a bare issuer of "بيانا جاء فيه",
# a wording noun or a bare title after بحسب


def test_relay_with_a_pronoun_points_back_to_the_person_named_before():
    lead = "وصل رئيس الوزراء الإيطالي جوزيبي كونتي إلى العاصمة الفرنسية باريس صباح اليوم.\n\n"
    relayed = one(lead + "ونقلت عنه وكالة الأنباء الإيطالية قوله إن التبادل التجاري سيتضاعف.")
    assert speaker_name(relayed) == "جوزيبي كونتي" and relayed.text == "التبادل التجاري سيتضاعف"
    assert relayed.via is not None
    passive = one(lead + "ونقل عنه قوله إن الاستثمارات الجديدة ستوفر آلاف الوظائف.")
    assert speaker_name(passive) == "جوزيبي كونتي"
    medium_first = one(lead + "ونقلت الصحيفة عنه قوله إن الحكومة لن تتراجع عن الإصلاحات.")
    assert speaker_name(medium_first) == "جوزيبي كونتي"


def test_relay_verb_without_a_pronoun_or_saying_is_no_quotation():
    assert quotes_of("ونقلت عنه سيارة الإسعاف إلى المستشفى بعد الحادث مباشرة.") == []


def test_but_with_a_pronoun_then_a_present_cue():
    text = "وقال المدرب البرتغالي جوزيه مورينيو إن الفريق جاهز، لكنه يقول إن الإصابات تقلقه كثيرا."
    first, second = quotes_of(text)
    assert speaker_name(first) == speaker_name(second) == "جوزيه مورينيو"
    assert second.text == "الإصابات تقلقه كثيرا"


def test_but_with_a_pronoun_before_an_impersonal_present_is_no_cue():
    text = "وقال المدرب البرتغالي جوزيه مورينيو إن الفريق جاهز، لكنه يتوقع أن تطول فترة الإعداد."
    assert [q.text for q in quotes_of(text)] == ["الفريق جاهز"]


def test_statement_issued_by_a_bare_body_named_in_full_before():
    text = (
        "أعلنت وزارة البيئة والمياه والزراعة إغلاق سوق الماشية في المدينة.\n\n"
        "وأصدرت الوزارة بيانا جاء فيه أن الإغلاق يستمر أسبوعين."
    )
    statement = quotes_of(text)[-1]
    assert speaker_name(statement) == "وزارة البيئة والمياه والزراعة"
    assert statement.text == "الإغلاق يستمر أسبوعين"


def test_wording_noun_after_according_to_gives_its_owner():
    quote = one("وكانت الطرق مغلقة طوال الأسبوع، حسب وصف مدير الدفاع المدني العميد سعد الغامدي.")
    assert speaker_name(quote) == "سعد الغامدي"


def test_bare_title_after_fronted_according_to_speaks():
    quote = one("وبحسب مدير الشؤون الصحية أن المستشفى سيفتح أبوابه الشهر المقبل.")
    assert normalize(speaker_name(quote)) == normalize("مدير الشؤون الصحية")
    assert quote.text == "المستشفى سيفتح أبوابه الشهر المقبل"


def test_a_new_named_cue_inside_a_quotation_splits_it():
    text = (
        "وقال رئيس النادي الأستاذ فهد المطيري: «إن الفريق سيشارك في البطولة الآسيوية. "
        "وأضاف المطيري: إن التعاقدات الجديدة ستعلن قريبا»."
    )
    first, second = quotes_of(text)
    assert first.text == "إن الفريق سيشارك في البطولة الآسيوية"
    assert second.text == "إن التعاقدات الجديدة ستعلن قريبا" and second.cue.text == "وأضاف"
    assert speaker_name(first) == speaker_name(second) == "فهد المطيري"


def test_a_reporting_verb_inside_a_quotation_without_a_name_and_colon_does_not_split():
    text = "وقال رئيس النادي الأستاذ فهد المطيري: «إن الفريق جاهز. وأكد اللاعبون التزامهم بالتدريبات»."
    assert len(quotes_of(text)) == 1


def test_an_unknown_surname_in_b_or_l_after_a_verb_is_the_speaker_not_a_preposition():
    # (a foreign surname the lists do not know, written with an initial ب, right before إلى أن / إن)
    for text in (
        "وأشار بلير إلى أن المستثمرين ما زالوا مترددين في دخول السوق.",
        "وقال بلير إن المستثمرين ما زالوا مترددين في دخول السوق.",
    ):
        assert [speaker_name(q) for q in quotes_of(text)] == ["بلير"], text
    # the surname takes the full name given earlier in the article
    text = "كتب الصحفي البريطاني توني بلير مقالا عن السوق.\n\nوأشار بلير إلى أن الأسعار سترتفع."
    assert [speaker_name(q) for q in quotes_of(text)] == ["توني بلير"]
    # negative: ب + a common noun (بحزن، بنصرة) is a manner or an object, the subject implied
    for text in (
        "وقال بحزن إن المستثمرين ما زالوا مترددين في دخول السوق.",
        "وأوضح لنصرة الأشقاء أن المستثمرين ما زالوا مترددين.",
    ):
        assert [speaker_name(q) for q in quotes_of(text)] == [None], text


def test_one_person_named_with_two_spellings_is_one_speaker_under_one_spelling():
    text = (
        "وأكد الطبيب الفرنسي فلوريان فيريري أن الشوكولاتة تحسن المزاج.\n\n"
        "وأوضح الطبيب فلوريان فيريدي أن الإفراط فيها يضر بالصحة."
    )
    assert [speaker_name(q) for q in quotes_of(text)] == ["فلوريان فيريري"] * 2  # a tie: the first
    text = (
        "استبعد مروان دفتر دار مدير الفريق أن تكون هناك عوائق أمام اللاعبين.\n\n"
        "وبين مروان دفتردار أن اللاعبين جاهزون للمباراة."
    )
    assert [speaker_name(q) for q in quotes_of(text)] == ["مروان دفتردار"] * 2  # a tie: the joined one
    text = (
        "قابلنا المهندس سامر حابسن في مكتبه.\n\nوقال سامر حابسن إن السوق يحتاج إلى وحدات جديدة.\n\n"
        "وأضاف حابس أن الأسعار سترتفع.\n\nواقترح حابس حلولا للتمويل، وأوضح حابس أن البنوك ستساعد."
    )
    assert speaker_name(quotes_of(text)[0]) == "سامر حابس"  # the spelling written more often
    # negative: two names the gazetteer knows one letter apart are two people
    text = "وقال خالد سعيد إن الجو جميل.\n\nوقال خالد سعود إن الجو حار."
    assert [speaker_name(q) for q in quotes_of(text)] == ["خالد سعيد", "خالد سعود"]


# Subject phrases that ran on (round 37b)


def test_a_fronted_time_after_mundhu_is_not_the_subject():
    text = "ومنذ عشر سنوات والصيادون يقصدون الشاطئ الشرقي كل صيف، مؤكدين أن الرزق هنا أوفر من أي مكان."
    assert _pipeline_speakers(text) == [("مؤكدين", "الصيادون")]


def test_a_person_after_the_waw_of_a_fronted_time_is_the_subject():
    text = "ومنذ يومين وخالد المطيري يتنقل بين المستشفيات، مؤكدا أن العلاج غير متوفر في المحافظة."
    assert _pipeline_speakers(text) == [("مؤكدا", "خالد المطيري")]


def test_a_fronted_time_with_no_waw_gives_no_subject_of_its_own():
    text = "ومنذ ذلك الحين تراجعت الأسعار كثيرا في السوق، وقال التجار إن الركود سيستمر حتى الصيف."
    assert _pipeline_speakers(text) == [("وقال", "التجار")]


def test_the_subject_ends_before_the_verbs_own_bayna():
    text = (
        "وربط المراقبون بين الزيارة الأخيرة واستئناف المفاوضات بين الجانبين، مشيرين إلى أن الطريق "
        "ما زال طويلا أمام الطرفين."
    )
    assert _pipeline_speakers(text) == [("مشيرين", "المراقبون")]


def test_a_feminine_noun_after_a_masculine_body_is_its_object():
    text = "وأدان الجيش الوطني العملية الإرهابية في العاصمة، مؤكدا أن الأمن خط أحمر لا يمكن تجاوزه."
    assert _pipeline_speakers(text) == [("مؤكدا", "الجيش الوطني")]


def test_a_feminine_body_keeps_its_feminine_adjective():
    text = "وقالت الهيئة العامة للإحصاء إن معدل البطالة انخفض إلى أدنى مستوى منذ سنوات."
    assert _pipeline_speakers(text) == [("وقالت", "الهيئة العامة للإحصاء")]


def test_a_body_keeps_the_place_it_serves_before_the_verbs_indefinite_object():
    text = (
        "وأعلن المجلس المحلي في مصراتة مقتل ثلاثة مسلحين في اشتباكات ليلية، مؤكدا أن القوات تسيطر على "
        "المدينة بالكامل."
    )
    assert _pipeline_speakers(text)[-1] == ("مؤكدا", "المجلس المحلي في مصراتة")


def test_a_place_then_a_definite_object_stays_out_of_the_body():
    text = "وأعلنت السلطات في كابول حالة التأهب القصوى، وقالت إن الوضع الأمني تحت السيطرة."
    assert _pipeline_speakers(text)[-1] == ("وقالت", "السلطات")


def test_a_counted_group_of_people_ends_before_a_feminine_object():
    text = "وانتقد عدد من المراجعين السعوديين الخدمات المقدمة في المركز، مشيرين إلى أن المواعيد تتأخر أسابيع."
    assert _pipeline_speakers(text) == [("مشيرين", "عدد من المراجعين السعوديين")]


def test_a_counted_group_keeps_its_masculine_adjective():
    text = "وقال عدد من المسؤولين الأمريكيين إن الاتفاق مع الجانب الآخر بات قريبا جدا."
    assert _pipeline_speakers(text) == [("وقال", "عدد من المسؤولين الأمريكيين")]


DIGEST = (
    "* مقتل شرطيين في هجوم بالعراق\n\n"
    "* بغداد - «وكالات»: قتل شرطيان في هجوم مسلح شمال العاصمة. وقالت الشرطة في العراق إن المهاجمين "
    "فروا إلى جهة مجهولة.\n\n"
    "* حريق في مصنع بالهند\n\n"
    "* نيودلهي - «وكالات»: اندلع حريق في مصنع للنسيج غرب البلاد أمس. وقالت الشرطة إن الحريق نتج عن "
    "تماس كهربائي."
)


def test_a_news_digest_story_does_not_inherit_an_earlier_storys_body():
    assert _pipeline_speakers(DIGEST) == [("وقالت", "الشرطة في العراق"), ("وقالت", "الشرطة")]


def test_without_story_bullets_a_bare_body_is_the_one_named_in_full_before():
    text = DIGEST.replace("* ", "")
    assert _pipeline_speakers(text) == [("وقالت", "الشرطة في العراق"), ("وقالت", "الشرطة في العراق")]


def test_a_plural_cue_nothing_else_resolves_continues_the_last_group_quoted():
    from rasid.pipeline import Options, process

    def rules(text: str) -> list[tuple[str, str | None]]:
        article = process(Article(id="t", raw=text), Options(rank_speakers=False))
        return [(q.cue.text, speaker_name(q)) for q in article.quotes]

    # "وقالوا" after an unnamed plural source: the same source goes on (round 38)
    text = (
        "أكد عسكريون متقاعدون أن الهجوم على المركز لن يغير شيئا من عزيمة الدولة. "
        "ورفعت الجهات الأمنية درجة التأهب في المنطقة. "
        "وقالوا لـ«اليوم» إن الأمن سيبقى مستتبا في كل المحافظات."
    )
    assert rules(text)[-1][0] == "وقالوا"
    assert rules(text)[-1][1] is not None and "عسكريون" in rules(text)[-1][1]
    # a body quoted with a plural participle: a later plural verb continues it
    text = (
        "ودعا مجلس الأساقفة في بيان بعد اجتماعه أمس إلى انتخاب رئيس للبلاد، محذرين من استمرار الفراغ. "
        "وأكدوا أن الأزمة تستدعي من الجميع التعاون."
    )
    assert rules(text)[-1] == ("وأكدوا", "مجلس الأساقفة")
    # one named man quoted before: a plural cue does not continue him
    text = "وقال رئيس البلدية خالد العمري إن الأعمال ستبدأ قريبا. وأكدوا أن الطريق أغلق منذ شهرين."
    assert rules(text)[-1] == ("وأكدوا", None)


# --------------------------------------------------------------------------------------------
# Round 38 (names): a kinship apposition after the name, two-word names in الله around بن, and
# the object after a source described by an indefinite nisba adjective


def test_a_kinship_noun_in_construct_after_a_name_is_no_part_of_it():
    text = "وفي بيت العزاء، أكد ماجد شقيق الفقيد أن العائلة تلقت الخبر بصبر وإيمان كبيرين."
    assert _pipeline_speakers(text) == [("أكد", "ماجد")]


def test_a_definite_kinship_noun_and_its_adjective_after_a_name_end_it():
    text = "وقال لـ«الصحيفة» سلطان الابن الأكبر للمتوفى: «كان والدي يخرج كل صباح إلى مزرعته»."
    assert _pipeline_speakers(text) == [("وقال", "سلطان")]


def test_a_father_named_with_his_child_is_one_speaker_not_two():
    text = "وقال ناصر الشهري والد الطالبة إن ابنته لم تتلق أي اتصال من إدارة المدرسة منذ أسبوعين."
    assert _pipeline_speakers(text) == [("وقال", "ناصر الشهري")]


def test_ibn_before_a_common_word_is_kinship_but_before_a_name_a_link():
    text = "وأوضح مبارك الدوسري ابن المريض أن والده ينتظر موعد العملية منذ أشهر طويلة."
    assert _pipeline_speakers(text) == [("وأوضح", "مبارك الدوسري")]
    text = "وقال سعد بن عبدالله الغامدي إن المشروع سيكتمل قبل نهاية العام الجاري."
    assert _pipeline_speakers(text) == [("وقال", "سعد بن عبدالله الغامدي")]


def test_a_two_word_name_in_allah_stays_whole_around_bin():
    text = (
        "من جهته، قال خال الطفل عطا الله بن فرج الله الزهراني، إن الأسرة تنتظر نتائج التحقيق.\n\n"
        "وأشار إلى أن الطفل كان يلعب قرب المنزل حين وقع الحادث."
    )
    assert _pipeline_speakers(text) == [
        ("قال", "عطا الله بن فرج الله الزهراني"),
        ("وأشار", "عطا الله بن فرج الله الزهراني"),
    ]


def test_a_definite_object_after_a_source_and_its_nisba_adjective_is_no_part_of_it():
    text = "وأبلغ مسؤول حكومي الوكالة أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."
    assert _pipeline_speakers(text) == [("وأبلغ", "مسؤول حكومي")]


def test_a_source_keeps_its_nisba_adjective_before_a_time_word():
    text = "وقال مصدر عسكري الأحد إن القوات استعادت السيطرة على الطريق الساحلي بالكامل."
    assert _pipeline_speakers(text) == [("وقال", "مصدر عسكري")]


# Round 38 (extent helper): locating and describing tails of a body's name.


def test_a_mission_keeps_the_state_it_is_accredited_to_after_lada():
    text = "وقالت سفارة تايلاند لدى واشنطن إن التقرير لا يعكس الجهود التي بذلتها الحكومة."
    assert _pipeline_speakers(text) == [("وقالت", "سفارة تايلاند لدى واشنطن")]
    text = "وقالت بعثة المملكة لدى الأمم المتحدة إن مشروع القرار قدم إلى المجلس أمس."
    assert _pipeline_speakers(text) == [("وقالت", "بعثة المملكة لدى الأمم المتحدة")]


def test_lada_before_a_verbal_noun_is_when_not_where():
    text = "وقالت الشركة لدى إعلانها النتائج إن الأرباح ارتفعت بنسبة كبيرة هذا العام."
    assert _pipeline_speakers(text) == [("وقالت", "الشركة")]


def test_a_person_after_a_describing_participle_is_not_the_speaker():
    text = "وقالت القوات الموالية لهادي إن المتمردين انسحبوا من الحي بعد معارك عنيفة."
    assert _pipeline_speakers(text) == [("وقالت", "القوات الموالية لهادي")]
    text = "وأكد الناطق باسم القوات الموالية لهادي أن المتمردين انسحبوا من الحي."
    assert _pipeline_speakers(text)[0][1] != "لهادي"


def test_a_person_described_by_a_participle_stays_the_speaker():
    text = "وقال الشيخ صالح المقرب من الرئيس عبدربه منصور هادي إن الحرب انتهت في المدينة."
    assert _pipeline_speakers(text) == [("وقال", "صالح")]


def test_a_committee_keeps_its_charge_and_the_topic_of_its_inquiry():
    text = "وقالت اللجنة المكلفة بالنظر في الشكاوى إن العمل على الملفات تأخر بسبب الإجراءات."
    assert _pipeline_speakers(text) == [("وقالت", "اللجنة المكلفة بالنظر في الشكاوى")]
    text = "وقالت الجمعية المكلفة بمتابعة المشروع إن العمل تأخر بسبب الإجراءات."
    assert _pipeline_speakers(text) == [("وقالت", "الجمعية المكلفة بمتابعة المشروع")]


def test_a_committee_charge_ends_before_where_it_was_said():
    text = "وقالت اللجنة المعنية بالأمر في بيان إن العمل تأخر بسبب الإجراءات."
    assert _pipeline_speakers(text) == [("وقالت", "اللجنة المعنية بالأمر")]


def test_a_journalist_of_a_medium_is_an_unnamed_source_with_his_medium():
    text = "وقال مصور لوكالة فرانس برس على متن الطائرة إن الركاب جميعا بخير."
    assert _pipeline_speakers(text) == [("وقال", "مصور لوكالة فرانس برس على متن الطائرة")]
    text = "وقال مراسل لوكالة رويترز في غزة إن الدخان يتصاعد من المبنى."
    assert _pipeline_speakers(text) == [("وقال", "مراسل لوكالة رويترز في غزة")]


def test_a_journalist_named_after_his_medium_is_the_speaker():
    text = "وقال مصور لوكالة فرانس برس محمد الأحمد إن الركاب جميعا بخير."
    assert _pipeline_speakers(text) == [("وقال", "محمد الأحمد")]


def test_the_coast_guard_and_national_centres_are_bodies():
    text = "وقال خفر السواحل الإيطالي إن القارب غرق قبالة السواحل الليبية."
    assert _pipeline_speakers(text) == [("وقال", "خفر السواحل الإيطالي")]
    text = "وقالت المراكز الأمريكية للسيطرة على الأمراض إن عدد الإصابات ارتفع."
    assert _pipeline_speakers(text)[0][1].startswith("المراكز الأمريكية للسيطرة")


def test_a_title_over_centres_stays_a_title():
    text = "وقال مدير المراكز الصحية إن عدد المراجعين ارتفع هذا الشهر."
    assert _pipeline_speakers(text)[0][1] != "المراكز الصحية"


def test_a_body_keeps_the_place_named_back_by_its_head():
    text = "وقالت إدارة الصحة في المدينة إن عشرين شخصا قتلوا في القصف أمس."
    assert _pipeline_speakers(text) == [("وقالت", "إدارة الصحة في المدينة")]
    text = "وقالت الشرطة في العاصمة إن عشرين شخصا اعتقلوا خلال الحملة."
    assert _pipeline_speakers(text) == [("وقالت", "الشرطة في العاصمة")]


def test_a_body_then_where_it_said_it_keeps_no_place():
    text = "وقالت إدارة الصحة في بيان إن عشرين شخصا قتلوا في القصف أمس."
    assert _pipeline_speakers(text) == [("وقالت", "إدارة الصحة")]


def test_many_is_an_unnamed_source_with_where_they_are():
    text = "وتتهم كابول باكستان التي يقول كثيرون في أفغانستان إنها ملاذ لقادة الحركة."
    assert _pipeline_speakers(text) == [("يقول", "كثيرون في أفغانستان")]
    text = "ويرى كثيرون أن الاتفاق لن يصمد طويلا."
    assert _pipeline_speakers(text) == [("ويرى", "كثيرون")]


# --------------------------------------------------------------------------------------------
# Round 38: cue forms and the material between a cue and its words (an analyst's note on unseen sets)


def _cues_and_words(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.cue.text, speaker_name(q), q.text) for q in quotes_of_pipeline(text)]


def test_a_present_cue_with_a_circumstantial_clause_before_its_complementizer():
    text = "وظهر المهندس سعيد الأحمد في التسجيل جالسا ويقول وهو يقرأ ورقة إن خاطفيه سيطلقون سراحه قريبا."
    assert _cues_and_words(text) == [("ويقول", "سعيد الأحمد", "خاطفيه سيطلقون سراحه قريبا")]


def test_a_present_cue_after_a_verb_of_going_on_takes_a_quotation_without_a_colon():
    text = "وتحدث الوزير خالد العمر عن المشروع. ومضى يقول «لن نتراجع عن مطالبنا مهما كلف الأمر»."
    assert _cues_and_words(text) == [("يقول", "خالد العمر", "لن نتراجع عن مطالبنا مهما كلف الأمر")]


def test_an_impersonal_present_cue_with_a_circumstantial_clause_stays_out():
    text = "وتحدث الوزير خالد العمر عن المشروع. ويتوقع وهو يراقب السوق أن ترتفع الأسعار."
    assert _cues_and_words(text) == []


def test_a_fronted_topic_with_its_description_in_commas_speaks_for_the_answering_verb():
    text = "أما خالد العتيبي، مدير الغرفة التجارية في الرياض، فيقول إن القرار الجديد سيخدم التجار الصغار."
    found = _cues_and_words(text)
    assert len(found) == 1 and found[0][0] == "فيقول" and found[0][1].endswith("خالد العتيبي")


def test_a_verb_describing_a_speech_speaks_for_who_gave_it():
    text = "وعقد الوزير خالد العمر مؤتمرا صحفيا أوضح فيه أن الوزارة ستفتتح ثلاثة مستشفيات."
    assert _cues_and_words(text) == [("أوضح", "خالد العمر", "الوزارة ستفتتح ثلاثة مستشفيات")]
    text = "وألقى الأمير فيصل بن سعد كلمة أكد فيها أن المملكة ماضية في دعم الشباب."
    assert [(c, s) for c, s, _ in _cues_and_words(text)] == [("أكد", "فيصل بن سعد")]
    text = "وأصدرت الوزارة بيانا أكدت فيه أن الوضع الأمني مستقر تماما."
    assert [(c, s) for c, s, _ in _cues_and_words(text)] == [("أكدت", "الوزارة")]


def test_the_fixed_object_after_a_named_subject_is_no_part_of_the_name():
    text = "ولفت وزير الصحة الدكتور سعد الحربي الانتباه إلى أن الوزارة ستفتتح ثلاثة مستشفيات جديدة."
    assert _cues_and_words(text) == [("ولفت", "سعد الحربي", "الوزارة ستفتتح ثلاثة مستشفيات جديدة")]
    assert _cues_and_words("ولفت المشروع الأنظار في المعرض الدولي للكتاب.") == []


def test_the_tail_of_a_title_after_the_name_runs_to_the_words_in_marks():
    text = "وقال العقيد سعد الحربي المفتش العام للشرطة في المنطقة “كان هناك حفل زفاف انقلب إلى مأساة”."
    assert _cues_and_words(text) == [("وقال", "سعد الحربي", "كان هناك حفل زفاف انقلب إلى مأساة")]


def test_a_regarding_aside_in_commas_after_a_bare_cue():
    text = (
        'وتحدث الرئيس سعيد العمر عن المفاوضات. وأضاف، فيما يتعلق بالوضع الداخلي، "إننا مصممون على '
        'إنهاء الانقسام واستعادة الوحدة".'
    )
    assert _cues_and_words(text) == [
        ("وأضاف", "سعيد العمر", "إننا مصممون على إنهاء الانقسام واستعادة الوحدة")
    ]
    text = "وتحدث الوزير خالد العمر عن المشروع. وقال إن الأسعار ستنخفض، فيما توقع خبراء ارتفاعها."
    assert [w for _, _, w in _cues_and_words(text)] == ["الأسعار ستنخفض"]


def test_a_possessing_adjective_after_the_speakers_noun_is_no_part_of_the_name():
    text = "وقال الفنان ذو الشهرة العالمية إن اتهامات التهرب الضريبي ملفقة بالكامل."
    found = _cues_and_words(text)
    assert len(found) == 1 and found[0][1] != "ذو الشهرة العالمية"
    assert found[0][2] == "اتهامات التهرب الضريبي ملفقة بالكامل"


def test_titles_joined_by_wa_before_one_name_are_that_persons():
    # a descriptive title (المحلل، الخبير) reads as a source by itself; before a name it is his title
    text = (
        "وقال المحلل السياسي والخبير الاستراتيجي وعضو مجلس الشورى اللواء سالم المطيري إن المنطقة "
        "تمر بمرحلة حساسة."
    )
    assert _pipeline_speakers(text) == [("وقال", "سالم المطيري")]
    # two sources with no name after them stay two
    assert quotes_of_pipeline("وقال المحللون والمستثمرون إن السوق تتعافى ببطء.")[0].speaker.type == "group"


def test_a_players_common_noun_title_in_construct_is_no_name():
    text = "وأكد مهاجم فريق الوحدة والمنتخب الأولمبي فهد الدوسري أن الفريق جاهز للقاء المقبل."
    assert _pipeline_speakers(text) == [("وأكد", "فهد الدوسري")]
    # a name before a title in apposition stays the speaker
    text = "وقال ثامر العنزي رئيس فريق الإنقاذ إن العمل مستمر منذ الصباح."
    assert _pipeline_speakers(text) == [("وقال", "ثامر العنزي")]


def test_a_possessed_body_noun_ends_the_title_before_the_name():
    text = (
        "وفي تونس قال المتحدث الرسمي باسم وزارة خارجيتها منصور الطرابلسي في تصريح صحفي: إن بلاده "
        "تدين هذا الهجوم بأشد العبارات."
    )
    assert _pipeline_speakers(text) == [("قال", "منصور الطرابلسي")]
    # a possessed verbal noun after a definite title is the object: the subject is the prince
    text = "وأبدى أمير المنطقة الأمير فيصل بن خالد سعادته بنجاح الحملة، وقال إن الأهالي تعاونوا معها."
    assert _pipeline_speakers(text)[-1] == ("وقال", "فيصل بن خالد")


def test_the_words_after_an_honorific_subject_are_the_object_not_a_speaker():
    # «نجاح» is also a given name: after «معاليه» it heads the object, and the minister speaks
    text = (
        "واستقبل وزير الصحة خالد الفالح الوفد في مكتبه. وأكد معاليه نجاح الخطة الصحية، وأن الوزارة "
        "ماضية في تطوير الخدمات."
    )
    assert _pipeline_speakers(text) == [("وأكد", "خالد الفالح")]
    # a full name after the verb, no honorific, is still the speaker
    text = "وأكد نجاح العتيبي أن الوزارة ماضية في تطوير الخدمات."
    assert _pipeline_speakers(text) == [("وأكد", "نجاح العتيبي")]


def test_an_honorific_pronoun_prefers_the_one_introduced_with_the_honorific_noun():
    text = (
        "وقال معالي وزير التجارة سعود الهاجري إن الأسعار مستقرة. وقال مدير الجمعية محمد العلي إن "
        "الجمعية تراقب الأسواق. وأكد معاليه أن الوزارة لن تتهاون مع المخالفين."
    )
    assert _pipeline_speakers(text)[-1] == ("وأكد", "سعود الهاجري")
    # with no one introduced with «معالي», the latest whose title fits it speaks, as before
    text = text.replace("معالي وزير", "وزير")
    assert _pipeline_speakers(text)[-1] == ("وأكد", "محمد العلي")


def test_a_bare_ministry_is_the_one_a_ministers_title_names_before():
    text = (
        "وقدرت وزيرة السياحة سلمى العبدالله الخسائر بأكثر من 500 مليون دولار. "
        "وأعلنت الوزارة أن الحكومة ستمنح امتيازات للزوار."
    )
    assert rules_speakers(text) == [("وأعلنت", "وزارة السياحة")]
    # the title's own adjective is not the portfolio's
    text = "وقال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل. وأكدت الوزارة أن الاجتماع سيعقد غدا."
    assert rules_speakers(text)[-1] == ("وأكدت", "وزارة الخارجية")
    # a ministry named in full comes first; with no title before, the bare noun stays
    text = (
        "وقال وزير الخارجية السعودي عادل الجبير إن المملكة تدعم الحل. وأكدت وزارة الداخلية أن الطرق "
        "مفتوحة. وأضافت الوزارة أن الاجتماع سيعقد غدا."
    )
    assert rules_speakers(text)[-1] == ("وأضافت", "وزارة الداخلية")
    assert rules_speakers("وأكدت الوزارة أن الاجتماع سيعقد غدا.") == [("وأكدت", "الوزارة")]


def test_a_body_keeps_the_spelling_the_article_writes_not_the_gazetteers():
    text = (
        "قالت وزارة الخارجية الأميركية في بيان إن الوضع في المنطقة يتطلب تحركا عاجلا. وأضافت الوزارة "
        "أن واشنطن تتابع التطورات عن كثب."
    )
    assert rules_speakers(text) == [
        ("قالت", "وزارة الخارجية الأميركية"),
        ("وأضافت", "وزارة الخارجية الأميركية"),
    ]
    # written the gazetteer's way, it stays so
    text = text.replace("الأميركية", "الأمريكية")
    assert [name for _, name in rules_speakers(text)] == ["وزارة الخارجية الأمريكية"] * 2


def test_spelling_key_folds_long_vowels_inside_words_only():
    from rasid.extract.quotes import _spelling_key

    assert _spelling_key("وزارة الخارجية الأميركية") == _spelling_key("وزارة الخارجية الأمريكية")
    assert _spelling_key("ترمب") == _spelling_key("ترامب")
    # a different ending or a different first letter is another word
    assert _spelling_key("الأمريكي") != _spelling_key("الأمريكية")
    assert _spelling_key("وزارة") != _spelling_key("إدارة")


def test_a_bare_body_head_is_the_body_named_not_one_only_described():
    text = (
        "وفقد الاتصال بمهندس يعمل في شركة ألمانية قرب الحدود. وكان المهندس يعمل لدى شركة "
        "سيمنتكس منذ عام. وأكدت الشركة أن فرق البحث تواصل عملها."
    )
    assert rules_speakers(text)[-1] == ("وأكدت", "شركة سيمنتكس")
    # a description alone stays the description
    text = "وقالت شركة ألمانية إن مهندسها مفقود. وأكدت الشركة أن الاتصالات مستمرة."
    assert rules_speakers(text)[-1] == ("وأكدت", "شركة ألمانية")


def test_a_bare_source_goes_on_with_the_latest_source_named():
    text = (
        "وقال مصدر عسكري إن القافلة وصلت إلى الميناء، إلا أن مصدرا أمنيا أعلن تأخر شحنتين منها. "
        'وأضاف المصدر أن "التفتيش سيستمر يومين".'
    )
    assert rules_speakers(text)[-1] == ("وأضاف", "مصدر أمني")
    text = 'وقال مصدر عسكري إن القافلة وصلت إلى الميناء. وأضاف المصدر أن "التفتيش سيستمر يومين".'
    assert rules_speakers(text)[-1] == ("وأضاف", "مصدر عسكري")


def test_a_report_named_with_its_issuer_keeps_that_issuer_past_other_bodies_quoted():
    # round 38: one document, one issuer, not whichever body was quoted last
    text = (
        "تراجعت معدلات التطعيم في العالم. وذكر التقرير السنوي الذي تعده منظمة الصحة العالمية أن "
        "ملايين الأطفال لم يتلقوا اللقاحات.\n\n"
        "وقالت منظمة أطباء بلا حدود إن النقص في الكوادر كبير.\n\n"
        "وأضاف التقرير أن الفجوة اتسعت في أفريقيا."
    )
    assert [name for _cue, name in rules_speakers(text)][-1] == "منظمة الصحة العالمية"
    # an issuer who published the report with a possessive, a time word between
    text = (
        "أصدرت وزارة الخارجية البريطانية أمس تقريرها السنوي عن حقوق الإنسان.\n\n"
        "وكشف التقرير أن أوضاع العمال الأجانب تدهورت.\n\n"
        "وتقول منظمة العفو الدولية إن ملايين العمال يعملون في ظروف قاسية.\n\n"
        "وأشار التقرير إلى أن الحكومات لم تتخذ خطوات كافية."
    )
    assert [name for _cue, name in rules_speakers(text)] == [
        "وزارة الخارجية البريطانية",
        "منظمة العفو الدولية",
        "وزارة الخارجية البريطانية",
    ]
    # negative: a report nobody issued in the story still falls back on the body named before it
    text = (
        "قالت منظمة العفو الدولية إن ملايين العمال يعملون في ظروف قاسية.\n\n"
        "وأضاف التقرير أن الحكومات لم تتخذ خطوات كافية."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["منظمة العفو الدولية"] * 2


def test_figures_whose_owner_is_named_speak_for_that_owner():
    # round 38 (wip): "وتفيد تقديرات صندوق النقد بأن": the body whose estimates they are
    text = "ارتفعت أسعار النفط أمس. وتفيد تقديرات صندوق النقد الدولي بأن تراجع الأسعار يخفض النمو."
    assert rules_speakers(text) == [("وتفيد", "صندوق النقد الدولي")]
    text = "وتشير تقديرات وزارة العمل إلى أن البطالة تراجعت في الربع الأخير."
    assert rules_speakers(text) == [("وتشير", "وزارة العمل")]
    # negative: figures nobody owns stay the paper's aside
    assert rules_speakers("وتشير التقديرات إلى أن البطالة تراجعت في الربع الأخير.") == []


def test_a_report_owned_with_li_after_according_to_speaks_for_its_owner():
    # round 38b: "بحسب تقرير لصحيفة «…»": the paper whose report it is, not the report
    text = "وانقطعت الكهرباء عن آلاف المنازل، بحسب تقرير لصحيفة «الأخبار اليومية» المحلية."
    assert rules_speakers(text) == [("بحسب", "صحيفة الأخبار اليومية")]
    text = "تراجعت مبيعات الحواسيب في الربع الثاني، وفقا لدراسة لمعهد البحوث الاقتصادية."
    assert [name for _cue, name in rules_speakers(text)] == ["معهد البحوث الاقتصادية"]
    # negative: a report with no owner stays what it was (no body invented for it)
    text = "تراجعت مبيعات الحواسيب في الربع الثاني، بحسب تقرير حديث."
    assert [name for _cue, name in rules_speakers(text)] in ([], ["تقرير حديث"], ["تقرير"])


def test_a_document_issued_recently_by_a_body_speaks_for_it():
    # round 38b: a time word between the issuing verb and the issuer ("أصدرته مؤخرا جمعية …")
    text = "وقال تقرير أصدرته مؤخرا جمعية حماية المستهلك إن أسعار الأدوية ارتفعت."
    assert rules_speakers(text) == [("وقال", "جمعية حماية المستهلك")]
    # negative: a report whose issuer is not named after it names no body
    text = "وقال تقرير صدر مؤخرا إن أسعار الأدوية ارتفعت."
    assert all("جمعية" not in (name or "") for _cue, name in rules_speakers(text))


def test_figures_issued_by_a_named_body_speak_for_it():
    # round 38b: "بيانات صادرة عن …" (بيانات is a document, not ب + a noun) and "إحصاءات نشرتها …"
    text = "ارتفعت أسعار المساكن. وأظهرت بيانات صادرة عن هيئة الإحصاء الوطنية أن الطلب تراجع."
    assert rules_speakers(text) == [("وأظهرت", "هيئة الإحصاء الوطنية")]
    text = "ارتفعت أسعار المساكن. وكشفت إحصاءات نشرتها وزارة الإسكان أن الطلب تراجع."
    assert rules_speakers(text) == [("وكشفت", "وزارة الإسكان")]
    # negative: bare figures name no body ("وأظهرت بيانات رسمية أن" stays no quotation, as before)
    assert rules_speakers("ارتفعت أسعار المساكن. وأظهرت بيانات رسمية أن الطلب تراجع.") == []


def test_a_description_with_its_adjective_stands_for_the_person_quoted_just_before():
    text = (
        "قال المهاجم كريم الدوسري إن فريقه جاهز للمباراة النهائية. "
        "وأوضح المهاجم الدولي أن عودته إلى النادي هدفها استكمال مسيرته."
    )
    assert pipeline_speakers(text)[-1] == ("وأوضح", "كريم الدوسري")
    # a bare quantifier or common noun with no adjective is no description of him
    text = (
        "قال المهاجم كريم الدوسري إن فريقه جاهز للمباراة النهائية. "
        "وذكر العديد من المشجعين أن الملعب امتلأ قبل البداية بساعة."
    )
    assert pipeline_speakers(text)[-1][1] != "كريم الدوسري"


def test_a_description_set_off_by_commas_names_its_bearer_when_repeated():
    text = (
        "وقال الدكتور سامي الحمدان، القيادي الشيعي، إن المبادرة جيدة. "
        "ورحب رئيس الوزراء نبيل العطار بالدعوة مؤكدا أنها تأتي في وقتها. "
        "وأوضح القيادي الشيعي أن الحوار هو الطريق الوحيد."
    )
    assert pipeline_speakers(text)[-1] == ("وأوضح", "سامي الحمدان")


def test_a_capital_speaks_with_a_time_adjunct_before_its_clause():
    assert rules_speakers("وتقول موسكو منذ سنوات طويلة إن الدرع الصاروخية تهدد أمنها.") == [
        ("وتقول", "موسكو")
    ]
    assert rules_speakers("وقالت أنقرة أمس إن الحدود ستبقى مغلقة.") == [("وقالت", "أنقرة")]
    # no clause after the adjunct: the verb reports nothing here
    assert rules_speakers("وقالت أنقرة أمس كلاما كثيرا عن الحدود.") == []


def test_a_body_keeps_its_place_when_the_verb_object_follows_it():
    text = (
        "وأصدرت سفارة الكويت لدى لندن بيانا قالت فيه إن الرعايا بخير. وقالت السفارة إن خطوط الاتصال مفتوحة."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["سفارة الكويت لدى لندن"] * 2
    text = "ونشر مكتب الدفاع المدني في الدمام هذه الأرقام. وقال المكتب إن فرق الإنقاذ وصلت مبكرا."
    assert rules_speakers(text) == [("وقال", "مكتب الدفاع المدني في الدمام")]


def test_a_later_mention_without_the_place_is_the_body_that_serves_there():
    text = "وقال مكتب العمل في الدمام إن المخالفات تراجعت. وأوضح مكتب العمل أن الحملات مستمرة."
    assert [name for _cue, name in rules_speakers(text)] == ["مكتب العمل في الدمام"] * 2
    # a different tail (not a place) is not carried over
    text = "وقال مكتب العمل للمرأة إن المخالفات تراجعت. وأوضح مكتب العمل أن الحملات مستمرة."
    assert [name for _cue, name in rules_speakers(text)][1] == "مكتب العمل"


def test_a_name_stops_before_a_preposition_like_noun_and_the_chain_keeps_it_short():
    text = (
        "وقال كاسترو بخصوص المدرب الجديد: «لم أتحدث معه بعد». "
        "وأضاف كاسترو في مقابلة تلفزيونية: «سنرى ما يحدث». وتابع: «الفريق قوي»."
    )
    assert [name for _cue, name in pipeline_speakers(text)] == ["كاسترو"] * 3
    # a family name that is no topic word stays whole
    text = "وقال محمد الحسن في مقابلة تلفزيونية: «سنرى ما يحدث»."
    assert [name for _cue, name in pipeline_speakers(text)] == ["محمد الحسن"]


def test_an_unnamed_source_head_after_a_full_name_is_an_apposition():
    text = "وأوضح لـ«الوطن» خالد سعيد مسؤول في إحدى شركات التأمين، أن الأسعار ارتفعت. وأضاف أن الطلب كبير."
    assert [name for _cue, name in pipeline_speakers(text)] == ["خالد سعيد"] * 2


def test_an_unnamed_source_ends_before_a_clause_in_lam():
    text = "ونقلت الصحيفة عن مسؤول في الوزارة لم تسمه القول إن الخطة جاهزة."
    assert [name for _cue, name in pipeline_speakers(text)] == ["مسؤول في الوزارة"]
    # (a source's own words, with no such clause, stay whole)
    text = "ونقلت الصحيفة عن مسؤول رفيع في الوزارة القول إن الخطة جاهزة."
    assert [name for _cue, name in pipeline_speakers(text)] == ["مسؤول رفيع في الوزارة"]


def test_run_on_variant_needs_words_no_name_holds():
    from rasid.extract.quotes import _run_on_variant

    assert _run_on_variant(normalize("مارادونا بخصوص"), normalize("مارادونا"))
    assert _run_on_variant(normalize("خوان ريكيلمي معلنا"), normalize("خوان ريكيلمي"))
    assert not _run_on_variant(normalize("وانغ يي"), normalize("وانغ"))  # a rare family name
    assert not _run_on_variant(normalize("خالد عبدالله العمري"), normalize("خالد عبدالله"))
    assert not _run_on_variant(normalize("مارادونا"), normalize("مارادونا"))


def test_god_after_a_nisba_family_name_is_the_object_of_asking():
    text = "ودعا المواطن فهد القحطاني الله أن يحفظ البلاد. وقال «نحن فخورون بهم»."
    assert [name for _cue, name in pipeline_speakers(text)] == ["فهد القحطاني"] * 2
    # a family name written in two words with الله stays whole
    text = "وقال الشيخ محمد العبد الله إن الاجتماع ناجح."
    assert [name for _cue, name in pipeline_speakers(text)] == ["محمد العبد الله"]


def test_a_source_ends_before_the_medium_told_and_the_verbal_noun_of_relaying():
    text = 'وأكدت مصادر مطلعة لـ"الصباح" أن الاتفاق بات قريبا.'
    assert [name for _cue, name in pipeline_speakers(text)] == ["مصادر مطلعة"]
    # a word that merely starts with ل stays (لجنة)
    text = "وقال رئيس اللجنة الفرعية إن الاتفاق بات قريبا."
    assert [name for _cue, name in pipeline_speakers(text)] == ["رئيس اللجنة الفرعية"]


# Round 39 (body-extent helper): the tails that belong to a body's or a source's name.


def test_a_representative_keeps_whom_he_speaks_for_and_visitors_where_they_came():
    assert rules_speakers("وقال ممثلون عن النقابات المهنية إن الإضراب سيستمر حتى تلبية المطالب.") == [
        ("وقال", "ممثلون عن النقابات المهنية")
    ]
    assert rules_speakers("وقال الزائرون إلى المعرض إن التنظيم كان جيدا.") == [
        ("وقال", "الزائرون إلى المعرض")
    ]
    # negative: عن opening the verb's own complement ("أعرب عن ارتياحهم") is no part of the source
    text = "وأعرب ممثلون عن ارتياحهم للقرار، مؤكدين أن الحوار كان مثمرا."
    assert rules_speakers(text) == [("مؤكدين", "ممثلون")]


def test_a_body_keeps_its_purpose_the_entities_stage_left_out():
    assert rules_speakers("وقالت الوكالة الأوروبية لسلامة الأغذية إن المنتج آمن.") == [
        ("وقالت", "الوكالة الأوروبية لسلامة الأغذية")
    ]
    # negative: ل + a medium is whom it was told
    assert rules_speakers("وقالت الوزارة الفرنسية لوكالة رويترز إن الحملة نجحت.") == [
        ("وقالت", "الوزارة الفرنسية")
    ]


def test_a_generic_body_at_a_place_after_bi_is_written_as_given():
    assert rules_speakers("وقالت النيابة العامة بالكويت إنها أحالت المتهمين إلى المحكمة.") == [
        ("وقالت", "النيابة العامة بالكويت")
    ]
    # negative: with no place the body is named as before
    assert rules_speakers("وقالت النيابة العامة إنها أحالت المتهمين إلى المحكمة.")[0][1] != (
        "النيابة العامة بالكويت"
    )


def test_a_body_keeps_a_province_the_entities_stage_did_not_tag():
    assert rules_speakers("وقالت قيادة الشرطة في محافظة البيضاء إن الطرق آمنة.") == [
        ("وقالت", "قيادة الشرطة في محافظة البيضاء")
    ]
    # negative: منطقة is as often a common noun ("منطقة الحادث"): no place taken
    assert rules_speakers("وقالت الشرطة في منطقة الحادث إن الطرق آمنة.") == [("وقالت", "الشرطة")]


def test_a_definite_source_keeps_where_it_belongs():
    assert rules_speakers("وقال العاملون في هذه المستودعات إن الرواتب تأخرت.") == [
        ("وقال", "العاملون في هذه المستودعات")
    ]
    assert rules_speakers("وقال المراقبون في أحد المصارف إن السيولة متوفرة.") == [
        ("وقال", "المراقبون في أحد المصارف")
    ]
    # negative: a study is where it was said, not where they belong
    assert rules_speakers("وقال الباحثون في الدراسة إن النتائج مشجعة.") == [("وقال", "الباحثون")]


def test_a_generic_body_named_back_bare_is_the_one_at_the_place_first_given():
    # the bare re-mention must not fall back on the gazetteer's namesake at home
    text = (
        "أكدت النيابة العامة في أبوظبي أن المتهمين اعترفوا بالسرقة. "
        "وأضافت النيابة العامة أن البلاغ وصل مبكرا."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["النيابة العامة في أبوظبي"] * 2
    text = (
        "أكدت النيابة العامة بالكويت أن المتهمين اعترفوا بالسرقة. وأضافت النيابة العامة أن البلاغ وصل مبكرا."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["النيابة العامة بالكويت"] * 2
    # negative: another body's place is not carried over to it
    text = "أكدت الشرطة في أبوظبي أن المتهمين اعترفوا بالسرقة. وأضافت النيابة العامة أن البلاغ وصل مبكرا."
    assert "أبوظبي" not in (rules_speakers(text)[-1][1] or "")


def test_an_adverb_after_the_subject_ends_the_speaker_phrase():
    # time, repetition and manner adverbs (lexicon reporting_adverbs) are no word of the name
    assert pipeline_speakers("وتقول دمشق دائما إنها لا تتدخل في شؤون جيرانها الداخلية.") == [
        ("وتقول", "دمشق")
    ]
    assert pipeline_speakers("وأعلنت عمّان رسميا أنها سترسل وفدا إلى المؤتمر.") == [("وأعلنت", "عمّان")]
    assert pipeline_speakers("وتؤكد أنقرة مرة أخرى أنها لن تسحب قواتها من الحدود.") == [("وتؤكد", "أنقرة")]
    # negative: a word after the subject that is no adverb still belongs to the name
    assert pipeline_speakers("وقال وزير الخارجية الأردني إن بلاده تدعم الحوار.") == [
        ("وقال", "وزير الخارجية الأردني")
    ]


def test_an_adverb_between_the_verb_and_its_subject_is_passed_over():
    assert pipeline_speakers("وأكدت مجددا الرباط أن الحوار هو السبيل الوحيد لحل الخلاف.") == [
        ("وأكدت", "الرباط")
    ]
    assert pipeline_speakers("وقالت دائما بغداد إنها ترفض أي تدخل خارجي.") == [("وقالت", "بغداد")]


def test_a_participle_spelt_like_an_adverb_is_the_adverb_before_the_clause():
    # "مجددا" before أن is "again" (جدد takes a noun object), so the verb before it keeps the cue
    found = quotes_of("وأكدت الرباط مجددا أن الحوار هو السبيل الوحيد لحل الخلاف.")
    assert [(q.cue.text, speaker_name(q)) for q in found] == [("وأكدت", "الرباط")]
    # negative: with its noun object it is still the participle of a statement
    found = quotes_of("وطالب الوزير بوقف القتال، مجددا التأكيد على أن الحوار هو السبيل الوحيد.")
    assert [q.cue.text for q in found] == ["مجددا"]


def test_a_common_noun_and_its_nisba_is_a_description_not_the_name_of_the_nisba():
    # "البطل" is a family name in the gazetteer, yet with an adjective it describes the champion
    text = (
        "توج الرباع ماجد الشمري بالميدالية الذهبية في بطولة آسيا، وقال ماجد الشمري إن الفوز ثمرة عمل طويل. "
        "وأشار البطل السعودي إلى أن التدريبات استمرت عامين."
    )
    assert pipeline_speakers(text)[-1] == ("وأشار", "ماجد الشمري")
    # nobody named before: the description itself, not a person called "السعودي"
    assert rules_speakers("وأشار البطل السعودي إلى أن التدريبات استمرت عامين.") == [
        ("وأشار", "البطل السعودي")
    ]
    # negative: a family name the article gave its bearer stays that person's name
    text = "وقال المدرب فهد الهلالي إن الفريق جاهز. وأكد الهلالي أن المباراة صعبة."
    assert pipeline_speakers(text)[-1] == ("وأكد", "فهد الهلالي")


def test_a_preposition_with_its_pronoun_is_matched_with_or_without_the_hamza_of_its_alef():
    # "إليه" in the lexicon is also "اليه" as many papers write it: a phrase it opens names nobody
    assert phrase_names_nobody("اليه الوزير", "person", False)
    assert phrase_names_nobody("إليه الوزير", "person", False)
    # negative: only the alef is folded, so a name written with ة (منة) is no pronoun (منه)
    assert not phrase_names_nobody("منة شلبي", "person", False)


def test_a_participle_after_a_named_subject_of_a_bare_reporting_verb_is_his():
    # round 39: "…الذين أكدوا أنهم …، حيث أكد فلان، ‹apposition›، موضحًا أن": the participle and a
    # bare "وأضاف" after it continue the man named, not the group quoted one clause before
    text = (
        "وتحدث عدد من صيادي الميناء الذين أكدوا أنهم ورثوا المهنة عن آبائهم، حيث أكد سالم عبدالله "
        "الحربي، من أهالي ينبع ويعمل في البحر منذ ثلاثين عاما، موضحًا أن الصيد تراجع كثيرا هذا "
        "الموسم. وأضاف أنه يخرج إلى البحر كل فجر."
    )
    assert [name for _cue, name in rules_speakers(text)] == [
        "صيادي الميناء",
        "سالم عبدالله الحربي",
        "سالم عبدالله الحربي",
    ]
    # negative: no one named after the group's clause, a plural participle stays the group's
    text = (
        "وتحدث عدد من صيادي الميناء الذين أكدوا أنهم ورثوا المهنة عن آبائهم، موضحين أن الصيد "
        "تراجع كثيرا هذا الموسم."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["صيادي الميناء"] * 2


def test_a_bare_head_is_the_only_body_named_in_full_by_it_even_as_a_genitive():
    # round 39: the full name stood only as a genitive complement or a verb's subject, never quoted
    text = (
        "عقد المجلس التنفيذي للهيئة الدولية لمراقبة الأغذية اجتماعه أمس. "
        "وقالت الهيئة الدولية في بيان إن مختبرات جديدة اعتمدت في المنطقة."
    )
    assert rules_speakers(text) == [("وقالت", "الهيئة الدولية لمراقبة الأغذية")]
    text = (
        "وكانت النيابة العامة بالبحرين قد أحالت المتهمين إلى المحكمة الشهر الماضي. "
        "وقالت النيابة إنها استكملت التحقيق في القضية."
    )
    assert rules_speakers(text) == [("وقالت", "النيابة العامة بالبحرين")]
    # negative: another adjective names another body ("الهيئة العربية" is not the international one)
    text = (
        "عقد المجلس التنفيذي للهيئة الدولية لمراقبة الأغذية اجتماعه أمس. "
        "وقالت الهيئة العربية في بيان إن مختبرات جديدة اعتمدت."
    )
    assert rules_speakers(text) == [("وقالت", "الهيئة العربية")]


def test_a_statement_goes_on_as_the_one_who_spoke_in_it():
    # round 39: "وقال ‹group›، في بيان مشترك، إن …. ومضى البيان بالقول إن …. وحذر البيان ‹object› من"
    text = (
        "وقال وجهاء قبائل وادي حضرموت، في بيان مشترك، إن ما نشر باسمهم لا أساس له من الصحة. "
        "ومضى البيان بالقول إن القبائل تقف مع الدولة. "
        "وحذر البيان جماعات مسلحة من مغبة الاعتداء على المزارع."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["وجهاء قبائل وادي حضرموت"] * 3
    # negative: the earlier words were not said in a statement; the statement stays unresolved
    text = (
        "وقال وجهاء قبائل وادي حضرموت إن ما نشر باسمهم لا أساس له من الصحة. "
        "ومضى البيان بالقول إن القبائل تقف مع الدولة."
    )
    assert rules_speakers(text)[-1] == ("بالقول", "البيان")


def test_an_honorific_takes_the_person_merely_named_with_a_fitting_title():
    # round 39: "وقال سموه" after a director was quoted: the prince named since, not the director
    text = (
        "وقال مدير المهرجان سعد بن علي القحطاني إن الفعاليات تبدأ الأسبوع المقبل. ثم اعتمد صاحب "
        "السمو الملكي الأمير تركي بن فهد أمير المنطقة برنامج الملتقى الثقافي الأول. "
        "وقال سموه: «إن هذا الملتقى يأتي دعما للشباب»."
    )
    assert rules_speakers(text)[-1] == ("وقال", "تركي بن فهد")
    # negative: the director quoted again with "وأضاف" (no honorific) stays the director
    text = (
        "وقال مدير المهرجان سعد بن علي القحطاني إن الفعاليات تبدأ الأسبوع المقبل. ثم اعتمد صاحب "
        "السمو الملكي الأمير تركي بن فهد أمير المنطقة برنامج الملتقى الثقافي الأول. "
        "وأضاف القحطاني أن الدخول مجاني."
    )
    assert rules_speakers(text)[-1] == ("وأضاف", "سعد بن علي القحطاني")


def test_the_thing_a_verb_of_describing_describes_is_never_its_speaker():
    # round 39: "ووصف ‹noun› ‹definite noun› بأنه": the object described; the subject is implied
    text = (
        "من جهته أكد المتحدث باسم نادي الوحدة خالد العمري أن الفريق جاهز للموسم.\n\n"
        "ووصف برنامج الإعداد في النمسا بأنه واحد من أفضل البرامج، وقال: «الإدارة حرصت على كل التفاصيل»."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["خالد العمري"] * 3
    # negative: a title or a group before the object is the subject
    assert rules_speakers("ووصف وزير الخارجية الاتفاق بأنه خطوة مهمة نحو السلام.") == [
        ("ووصف", "وزير الخارجية")
    ]
    assert rules_speakers("ووصفت جماعات حقوقية الحكم بأنه معيب.") == [("ووصفت", "جماعات حقوقية")]


def test_a_counted_group_ends_before_the_singular_object_of_its_verb():
    # round 39: "استنكر عدد من ‹people› ‹adjectives› ‹object›، مؤكدين": the people, not the object
    text = "استنكر عدد من المثقفين السعوديين الهجوم الإرهابي الأخير، مؤكدين أن هذا العمل لا يمثل الإسلام."
    assert rules_speakers(text) == [("مؤكدين", "عدد من المثقفين السعوديين")]
    # negative: their plural adjectives stay theirs
    text = "استنكر عدد من المثقفين السعوديين البارزين، مؤكدين أن هذا العمل لا يمثل الإسلام."
    assert rules_speakers(text)[0][1].startswith("عدد من المثقفين السعوديين")


def test_the_same_sources_are_the_sources_quoted_last():
    # round 39: "وأضافت المصادر نفسها" after eyewitnesses were quoted: those witnesses
    text = (
        "وقالت مصادر أمنية إن الهجوم وقع فجرا. وأفاد شهود عيان بأن عشرات المسلحين هاجموا الحاجز. "
        "وأضافت المصادر ذاتها أن القتلى بينهم ضباط."
    )
    assert rules_speakers(text)[-1] == ("وأضافت", "شهود عيان")
    # a single source quoted in between: the latest sources by the head
    text = (
        "وقالت مصادر أمنية إن الهجوم وقع فجرا. وقال ضابط في الشرطة إن التحقيق بدأ. "
        "وأضافت المصادر نفسها أن القتلى بينهم ضباط."
    )
    assert rules_speakers(text)[-1] == ("وأضافت", "مصادر أمنية")
    # negative: a singular "المصدر نفسه" is not the plural witnesses quoted last
    text = (
        "وقال مصدر أمني إن الهجوم وقع فجرا. وأفاد شهود عيان بأن عشرات المسلحين هاجموا الحاجز. "
        "وأضاف المصدر نفسه أن القتلى بينهم ضباط."
    )
    assert rules_speakers(text)[-1] == ("وأضاف", "مصدر أمني")


def test_a_definite_title_takes_up_the_one_of_source_quoted_just_before():
    # round 39: "وقال أحد قادة الفصائل …. وقال القائد العسكري المعارض": the same unnamed leader
    text = (
        "وقال أحد قادة الفصائل المعارضة في ريف حلب إن الهجوم بدأ فجرا. "
        "وقال القائد العسكري المعارض إن قواته تقدمت نحو البلدة."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["أحد قادة الفصائل المعارضة في ريف حلب"] * 2
    # negative: a title another person bears by name stays his
    text = (
        "وقال أحد قادة الفصائل المعارضة في ريف حلب إن الهجوم بدأ فجرا. وقال قائد الجيش الحر العقيد "
        "سامر الحسن إن الوضع صعب. وأضاف القائد العسكري أن قواته تقدمت نحو البلدة."
    )
    assert rules_speakers(text)[-1] == ("وأضاف", "سامر الحسن")


def test_an_implied_cue_does_not_continue_a_name_inside_the_last_speakers_title():
    # round 39: "وأضاف" after "وقال فلان، رئيس لجنة … كابيتال ماركت لقناة …": the man, not the name
    # that closes the title set off by a comma after his name
    text = (
        "عادت السوق المالية للعمل بعد إغلاقها. وقال ماركوس ديميتريو ، رئيس لجنة أثينا كابيتال ماركت "
        'لقناة ميغا إنه يتوقع خسائر كبيرة في اليوم الأول. وأضاف "السوق ستتعرض لضغوط شديدة".'
    )
    assert [name for _cue, name in rules_speakers(text)] == ["ماركوس ديميتريو"] * 2
    # negative: a person who heads the sentence after the quotation still takes the floor
    text = (
        "وقال ماركوس ديميتريو إنه يتوقع خسائر كبيرة. وزار الوزير خالد العمري السوق صباح اليوم. "
        "وقال إن الوضع مستقر."
    )
    assert rules_speakers(text)[-1] == ("وقال", "خالد العمري")


def test_a_body_charge_with_a_construct_object_stays_in_the_title_before_the_name():
    # round 39: "للرقابة على تنفيذ مخرجات الحوار" is the body's charge, not "أكد على"
    text = (
        "أكد عضو اللجنة الوطنية للإشراف على تنفيذ الاتفاق السياسي، ناصر العولقي، "
        "استمرار إعادة تأهيل المدارس المتضررة."
    )
    assert rules_speakers(text) == [("أكد", "ناصر العولقي")]
    # negative: على after a plain title opens the object ("أكد … على ضرورة …")
    found = quotes_of("أكد عضو اللجنة على ضرورة الالتزام بالأنظمة.")
    assert found and found[0].text.startswith("ضرورة")


def test_a_source_after_the_paper_told_is_the_speaker():
    # round 39: "وأبلغت «عكاظ» مصادر مطلعة أن": the paper is the object, the sources speak
    assert rules_speakers("وأبلغت «عكاظ» مصادر مطلعة أن المكاتب أعادت إدراج الحالات.") == [
        ("وأبلغت", "مصادر مطلعة")
    ]
    # negative: nothing but the clause after the paper leaves the content where it was
    found = quotes_of("وأبلغ «عكاظ» أن المشروع سيكتمل قريبا.")
    assert found and "«عكاظ»" not in found[0].text


def test_a_given_name_like_a_time_word_after_an_agent_noun():
    # round 39: "المطوفة صباح بوان" is a woman named صباح, not "the guide, in the morning"
    text = "وأوضحت المطوفة صباح بوان أن الإنجاز الأمني انتصار جديد لرجال الأمن."
    assert rules_speakers(text) == [("وأوضحت", "صباح بوان")]
    # negative: a time phrase after such a noun stays a time phrase
    assert rules_speakers("وأوضح المشرف صباح الخميس أن العمل يسير بانتظام.") == [("وأوضح", "المشرف")]
    # a name the tagger found keeps its own reading and does not run on into the object
    text = "طالبت المواطنة صباح السلمي وزير الصحة بإنصافها. وقالت إنها خريجة إدارة مستشفيات."
    assert rules_speakers(text)[-1] == ("وقالت", "صباح السلمي")


def test_a_cue_joined_to_a_relative_clause_is_its_antecedents():
    # round 39: "… والمشرف على كرة القدم خالد المعمر الذي رحب باللاعبين وقال:" (على belongs to
    # the title, not the preposition governing the man), also inside a prepositional phrase
    text = (
        "وعقد النادي مؤتمرا صحافيا بحضور نائب الرئيس والمشرف على كرة القدم خالد المعمر الذي رحب "
        "باللاعبين وقال: «نحن سعداء بانضمامهم»."
    )
    assert rules_speakers(text) == [("وقال", "خالد المعمر")]
    text = (
        "وكافح اللاعب ليكون على مستوى تطلعات الجماهير والمدرب خالد المعمر الذي قاد الفريق إلى اللقب "
        "وقال مؤخرا إن اللاعب كبير."
    )
    assert rules_speakers(text) == [("وقال", "خالد المعمر")]
    # negative: a relative clause about a thing leaves the cue to the sentence's subject
    text = (
        "وأشاد المخرج عامر الحمود بالدور الكبير الذي تلعبه القنوات في دعم المواهب الشابة "
        "وقال: «القنوات تدعمنا دائما»."
    )
    assert rules_speakers(text) == [("وقال", "عامر الحمود")]


def test_a_bare_public_body_is_the_one_named_before_with_its_adjective_and_place():
    # round 39: "النيابة العامة بالكويت قد وجهت …. وقالت النيابة" (العامة is no nisba, and the
    # name stops before the verb's particle)
    text = (
        "وكانت النيابة العامة بالكويت قد وجهت الاتهام إلى عشرين شخصا. "
        "وقالت النيابة آنذاك إنها فرغت من التحقيق."
    )
    assert rules_speakers(text) == [("وقالت", "النيابة العامة بالكويت")]
    # negative: with its verb right after the adjective, no place, the head stays bare
    text = "وكانت النيابة العامة وجهت الاتهام إلى عشرين شخصا. وقالت النيابة آنذاك إنها فرغت من التحقيق."
    assert rules_speakers(text) == [("وقالت", "النيابة")]


def test_god_after_a_nisba_family_name_is_the_verbs_object():
    # round 39: "وسألت المعلمة هند الشمري الله أن …، قائلة" (she asked God): the name ends before الله
    text = "وسألت المعلمة هند الشمري الله أن يوفق الطلاب في امتحاناتهم، قائلة: «نلاحظ كل يوم تحسن المستوى»."
    assert rules_speakers(text) == [("قائلة", "هند الشمري")]
    # negative: a compound family name with الله stays whole
    assert rules_speakers("وقال الدكتور محمد العبد الله إن الاقتصاد يتعافى.") == [("وقال", "محمد العبد الله")]


# --------------------------------------------------------------------------------------------
# Round 39: cue forms and spurious cues from an error analysis of unseen sets


def test_feminine_plural_cues_report_a_group_of_women():
    verbs = reporting_verbs()
    for form in ("أكدن", "وأكدن", "يؤكدن", "مؤكدات", "مشيرات", "قلن", "وأضفن", "يقلن", "نفين"):
        assert normalize(form) in verbs, form
    # everyday plural nouns and "و + عدن" (Aden) are not cues
    for word in ("لافتات", "مطالبات", "ناقلات", "وعدن"):
        assert normalize(word) not in verbs, word
    text = "التقى عدد من المعلمات بمديرة التعليم أمس، مؤكدات أن البرنامج الجديد رفع مستوى الطالبات."
    assert rules_speakers(text) == [("مؤكدات", "عدد من المعلمات")]
    text = "وقالت عدد من الأمهات إن المدارس غير مجهزة. وأضفن أن الحافلات لا تصل في الوقت المحدد."
    assert rules_speakers(text) == [("وقالت", "عدد من الأمهات"), ("وأضفن", "عدد من الأمهات")]
    # negative: banners are not a participle of لفت
    assert rules_speakers("رفع المشجعون لافتات تطالب بإقالة المدرب قبل المباراة.") == []


def test_a_time_adjunct_may_stand_between_the_relaying_medium_and_its_source():
    text = "نقلت وكالة الأنباء الفرنسية اليوم الأحد عن وزير الخارجية سامح شكري قوله إن مصر لن تقبل أي تدخل."
    assert rules_speakers(text) == [("نقلت", "سامح شكري")]
    text = "ونقلت صحيفة الحياة في وقت سابق اليوم عن مصادر مطلعة أن الاجتماع تأجل إلى موعد لاحق."
    assert rules_speakers(text) == [("ونقلت", "مصادر مطلعة")]
    # negative: a time and then an object, no source relayed
    assert rules_speakers("ونقلت الوكالة أمس تقارير عن الحرب في اليمن.") == []


def test_a_prayer_to_god_is_not_a_statement():
    text = "وقال الأمير إن الحادث إجرامي، فيما دعا الله أن يرحم المتوفين ويلهم ذويهم الصبر."
    assert rules_speakers(text) == [("وقال", "الأمير")]
    assert rules_speakers("ودعا الشيخ الله عز وجل أن ينزل الغيث على البلاد.") == []
    # negative: God's name inside a person's name is no prayer
    text = "ودعا عبد الله الحربي إلى أن تتحرك الجهات المعنية لحل المشكلة في أسرع وقت."
    assert [cue for cue, _name in rules_speakers(text)] == ["ودعا"]


def test_a_hope_expressed_is_not_a_statement():
    text = "وقال الرئيس إن الاتفاق جيد، غير أنه أعرب عن أمله في أن يلتزم الطرفان ببنوده."
    assert rules_speakers(text) == [("وقال", "الرئيس")]
    text = "وأوضح المدرب أن الفريق جاهز، معربا عن أمله بأن يبقى اللاعبون في النادي."
    assert rules_speakers(text) == [("وأوضح", "المدرب")]
    # negative: confidence expressed is still a statement
    text = "وأعرب الوزير عن ثقته بأن المشروع سينتهي في موعده المحدد."
    assert rules_speakers(text) == [("وأعرب", "الوزير")]


def test_a_dateline_follow_up_is_no_cue():
    assert rules_speakers("سبق- متابعة: كرم أهالي قرية في محافظة ميسان أحد أبنائهم بعد عودته.") == []
    text = "الرياض - متابعة: أعلنت وزارة الصحة عن تسجيل حالات جديدة في المنطقة الشرقية."
    assert [cue for cue, _name in rules_speakers(text)] == ["أعلنت"]
    # negative: the participle after a statement still continues it
    text = "وقالت الوزيرة إن الخطة جاهزة، متابعة: «سنبدأ التنفيذ خلال الأسبوع المقبل في جميع المناطق»."
    assert [cue for cue, _name in rules_speakers(text)] == ["وقالت", "متابعة"]


def test_on_the_tongue_of_right_after_a_word_completes_its_phrase():
    text = (
        "وسلمت الخارجية القائم بالأعمال مذكرة احتجاج على التصريحات التي صدرت مؤخرا على لسان "
        "المرشد الإيراني علي خامنئي."
    )
    assert rules_speakers(text) == []
    text = "وبينت «معادن» على لسان فهد السالم، نائب رئيس مجلس الإدارة، أن الشركة رفعت إنتاجها هذا العام."
    assert [cue for cue, _name in rules_speakers(text)] == ["وبينت"]
    # negative: after a comma it attributes the quotation before it
    text = "«الوضع تحت السيطرة تماما ولا داعي للقلق»، على لسان المتحدث باسم الشرطة."
    assert rules_speakers(text) == [("على لسان", "المتحدث باسم الشرطة")]


def test_a_passive_or_first_person_past_written_with_its_vowels_reports_nobody():
    assert rules_speakers("وهو ما ذُكر أنه سيؤدي إلى ارتفاع الأسعار في الأسواق المحلية.") == []
    assert rules_speakers("وأُعلن أن الاجتماع سيعقد الأسبوع المقبل في الرياض.") == []
    assert rules_speakers("كما ذكرتُ في مقالي الأسبوع الماضي أن الأزمة لن تنتهي قريبا.") == []
    # negative: the third person keeps its cue, with a sukun or a kasra before the article
    assert rules_speakers("وذكرتْ الوزارة أن الاجتماع سيعقد الأسبوع المقبل.") == [("وذكرتْ", "الوزارة")]
    assert rules_speakers("وقالتِ الحكومة إن الاجتماع سيعقد الأسبوع المقبل.") == [("وقالتِ", "الحكومة")]
    assert rules_speakers("وأكَّد الوزير أن الاجتماع سيعقد الأسبوع المقبل.") == [("وأكَّد", "الوزير")]


def test_going_on_or_ending_verbs_report_only_before_a_colon():
    text = "وقال المدرب إن الفريق جاهز للمباراة. وواصل: «نحن نعمل بجد منذ بداية الموسم ولن نستسلم أبدا»."
    assert rules_speakers(text) == [("وقال", "المدرب"), ("وواصل", "المدرب")]
    text = "وقال المدرب إن الفريق جاهز للمباراة. وختم: «سنقاتل حتى آخر دقيقة من أجل الجماهير»."
    assert rules_speakers(text) == [("وقال", "المدرب"), ("وختم", "المدرب")]
    # negative: with no colon they are verbs of doing, and the bare form is also a given name
    assert rules_speakers("وواصلت قوات التحالف «عاصفة الحزم» ضد مواقع الميليشيات في صنعاء.") == []
    assert normalize("واصل") not in reporting_verbs()


def test_a_document_named_earlier_with_its_issuer_keeps_that_issuer_whatever_its_first_letter():
    """ "بيان" begins with ب and "تقريرا صادرا" is indefinite: the document named before with its
    issuer still speaks for that issuer when a later body is named between (round 39, lead)."""
    between = "حول انتشار المرض في المدارس، بينما طالبت نقابة المعلمين بإغلاق الفصول. "
    said = "وأكد {} أن عدد الإصابات تراجع خلال الأسبوع الماضي."
    bare = one("نشرت الصحف اليوم بيان صادر عن وزارة الصحة " + between + said.format("البيان"))
    assert speaker_name(bare) == "وزارة الصحة"
    indefinite = one("نشرت الصحف اليوم تقريرا صادرا عن وزارة الصحة " + between + said.format("التقرير"))
    assert speaker_name(indefinite) == "وزارة الصحة"
    # another document's issuer does not speak for this one
    other = one("نشرت الصحف اليوم بحثا صادرا عن وزارة الصحة " + between + said.format("البيان"))
    assert speaker_name(other) != "وزارة الصحة"


def test_a_new_present_cue_ends_the_running_quotation():
    # round 39: "… ويضيف: …" and "… وتشير ‹source› إلى أن …" inside a running clause open new statements
    text = (
        "وقال مدير المستشفى خالد العمري: إن المبنى تضرر كثيرا بسبب السيول التي اجتاحت الحي "
        "ويضيف: بدأ فريق فني بحصر الأضرار ورفع تقرير بالاحتياجات."
    )
    found = quotes_of(text)
    assert [(q.cue.text, q.text) for q in found] == [
        ("وقال", "المبنى تضرر كثيرا بسبب السيول التي اجتاحت الحي"),
        ("ويضيف", "بدأ فريق فني بحصر الأضرار ورفع تقرير بالاحتياجات"),
    ]
    text = (
        "وأضافت المصادر: إن المسلحين أحرقوا مركبة أخرى قرب الجسر "
        "وتشير المصادر المحلية إلى أن الدورية الثانية حاولت إنقاذ الأولى."
    )
    found = quotes_of(text)
    assert [(q.cue.text, speaker_name(q)) for q in found] == [
        ("وأضافت", "المصادر"),
        ("وتشير", "المصادر المحلية"),
    ]
    assert found[0].text.endswith("قرب الجسر")
    # a title and name before the colon: a new speaker, even when the phrase is long
    text = (
        "وقال الوزير: نعمل على تطوير الخدمات في المدينة. "
        "ويقول الكاتب ورئيس جمعية الأدب والفنون الشعبية في جدة سامي العتيبي: "
        "إن الساحة الثقافية تمر بأصعب مراحلها."
    )
    found = quotes_of(text)
    assert [q.cue.text for q in found] == ["وقال", "ويقول"]
    assert found[0].text == "نعمل على تطوير الخدمات في المدينة"
    # negative: a present verb with no subject of its own goes on with the clause's subject
    text = "وقال الوزير: إن القرار يعكس حرص الدولة على المواطنين ويشير إلى أن المرحلة المقبلة ستشهد تحسنا."
    assert one(text).text.endswith("ستشهد تحسنا")
    # negative: in his direct words after a colon, "… ويرى البعض أن …" is his own account of others
    text = "وقال الوزير: نعمل على تطوير الخدمات في المدينة ويرى بعض السكان أن المشاريع تأخرت كثيرا."
    assert one(text).text.endswith("تأخرت كثيرا")


def test_a_participle_cue_before_a_mark_opens_a_new_quotation():
    # round 39: 'قائلاً "… ، واسترسل قائلاً "…"': the first quotation was never closed
    text = (
        'وانتقد المحافظ سالم الدوسري الجماعات المسلحة قائلاً "هذه الجماعات هي التي دمرت القرى، '
        'وهي التي هجرت الأهالي، واسترسل قائلاً "المحافظة لم تشهد مثل هذا الدمار في تاريخها".'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "هذه الجماعات هي التي دمرت القرى، وهي التي هجرت الأهالي",
        "المحافظة لم تشهد مثل هذا الدمار في تاريخها",
    ]
    # negative: a quoted term and a closed quotation stay one quotation
    text = 'وقال المحافظ سالم الدوسري: "إن مشروع "المدينة الذكية" سيكتمل العام المقبل".'
    assert len(quotes_of(text)) == 1


def test_an_unclosed_quotation_ends_where_the_narrator_cues_the_speaker_again():
    # round 39: 'وقال: "…. وتابع ‹name› …. وطالب …، مؤكدا أن … "‹term›"': the mark never closed
    text = (
        'وقال الباحث ماجد الشمري: "يتطلب ذلك مزيدا من التعاون بين الجامعات في المنطقة. '
        "وتابع الشمري ما تشهده الجامعات اليوم يؤكد أن هناك حاجة للتطوير. وطالب الشمري الطلاب بالجد، "
        'مؤكدا أن التقنية لها دور كبير في التعليم سواء كانت "الذكاء الاصطناعي" أو غيرها.'
    )
    found = quotes_of(text)
    assert found[0].text == "يتطلب ذلك مزيدا من التعاون بين الجامعات في المنطقة"
    assert found[-1].cue.text == "مؤكدا"


def test_a_participle_of_saying_and_a_comma_then_his_own_words():
    # round 39: "…، مضيفاً، ‹his words with a first-person word›": direct, as after a colon
    text = "أكد الطبيب سامي العنزي أن العملية تمت بنجاح كبير، مضيفاً، المريض وصلنا مصاباً بكسور متعددة."
    found = quotes_of(text)
    assert [(q.cue.text, q.text) for q in found][-1] == ("مضيفاً", "المريض وصلنا مصاباً بكسور متعددة")
    # negative: no first-person word, no quotation after the comma
    text = "أكد الطبيب سامي العنزي أن العملية تمت بنجاح كبير، مضيفاً، المريض وصل مصاباً بكسور متعددة."
    assert [q.cue.text for q in quotes_of(text)] == ["أكد"]


def test_a_noun_object_lead_keeps_a_long_object_with_a_relative_clause():
    # round 40: "أكد ‹body› موافقته على … الذي … أو أن …": an أن inside the object's relative
    # clause, after أو, is no complementizer of the cue (long first paragraphs were lost)
    text = (
        "أكد صندوق الإقراض الزراعي موافقته على تأجيل صرف القرض للمزارع الذي لا يملك مزرعة أو الذي "
        "يملك أرضا لم تكتمل أوراقها أو أن الأوراق لم تصل إليه بعد، وذلك لمدة عام كامل."
    )
    quote = one(text)
    assert quote.text.startswith("موافقته على تأجيل")
    assert speaker_name(quote) == "صندوق الإقراض الزراعي"
    # negative: a complementizer of the verb later in the clause is still the statement
    text = "أكد وزير الزراعة على هامش المؤتمر السنوي أن الإنتاج ارتفع هذا العام."
    assert one(text).text == "الإنتاج ارتفع هذا العام"


def test_a_noun_object_written_with_a_final_hamza_and_after_also():
    # round 40: "أكدت ‹body› نبأ …" (نبأ normalised نبا is no adverb in ـا) and "وأعلنت ‹body› أيضا ‹noun›"
    quote = one("وأكدت شرطة المنطقة نبأ القبض على المتهمين بالسرقة.")
    assert quote.text.startswith("نبأ القبض")
    quote = one("وأعلنت الشركة أيضا استقالة رئيسها التنفيذي من منصبه.")
    assert (speaker_name(quote), quote.text) == ("الشركة", "استقالة رئيسها التنفيذي من منصبه")
    # negative: an adverb in ـا after the subject opens nothing
    assert quotes_of("وأكد المدرب كثيرا خلال الموسم الماضي.") == []


def test_bin_after_a_definite_noun_is_the_preposition_between():
    # round 40: "الفارق بين ‹X› و‹Y› أن …" is no بيّن; after a particle it is still the verb
    assert quotes_of("ولعل الفارق الأبرز بين التجربتين أن الأولى كانت أسرع في التنفيذ.") == []
    quote = one("وتابع الوزير جولته، كما بين الدكتور طاهر أن المواقع الجديدة ستفتتح قريبا.")
    assert quote.text == "المواقع الجديدة ستفتتح قريبا"


def test_a_noun_object_told_as_background_is_no_quotation():
    # round 40: "عندما أعلن ‹X› عزمه …" and "أعلن مرارا عن …" tell the story, they report nothing
    assert quotes_of("وعندما أعلن الرئيس عزمه خوض الانتخابات تغير المشهد السياسي كله.") == []
    assert quotes_of("وكان الجيش أعلن مرارا عزمه إنهاء التمرد بحلول الصيف.") == []
    # negative: "في حين" (whereas) is no when-word
    found = quotes_of("وقالت الشرطة إن الهجوم فشل، في حين أعلنت الوزارة مقتل ثلاثة مسلحين في الهجوم.")
    assert found[-1].text.startswith("مقتل ثلاثة مسلحين")


def test_a_noun_object_after_a_comma_set_name_closing_a_long_title():
    # round 40: "أعلن ‹title› (‹place›) …، ‹NAME›، ‹verbal noun› …"
    text = (
        "ميدانيا، أعلن رئيس مجلس مدينة الخالدية (50 كلم غرب العاصمة) التابع لمحافظة الجوف، "
        "سعد العنزي، تقدم قوات الدفاع المدني وصولا إلى أطراف المدينة."
    )
    found = quotes_of_pipeline(text)
    assert [(speaker_name(q), q.text[:20]) for q in found] == [("سعد العنزي", "تقدم قوات الدفاع الم")]
    # negative: a time after the comma-set name is no object
    assert quotes_of_pipeline("وأكد مدير المستشفى، الدكتور سعد الغامدي، مساء أمس.") == []


def test_a_demonstrative_before_a_source_after_the_verb_points_back_to_it():
    # round 40: "وأكدت تلك المصادر أن …": the sources named before speak again
    text = "وقالت مصادر مطلعة إن الاجتماع تأجل. وأكدت تلك المصادر أن الموعد الجديد لم يحدد بعد."
    found = quotes_of(text)
    assert [(speaker_name(q), q.text) for q in found][-1] == ("مصادر مطلعة", "الموعد الجديد لم يحدد بعد")
    # negative: a demonstrative before a thing is the verb's object, no new quotation
    text = "وقال مصدر مطلع إن الاجتماع تأجل. وأكد هذه المعلومات مصدر آخر في الوزارة."
    assert [q.cue.text for q in quotes_of(text)] == ["وقال"]


def test_a_noun_object_after_the_medium_told_and_its_preposition():
    # round 40: "وكشفت مصادر مطلعة لـ«الوطن» عن وجود …": the medium told, then the verb's عن
    quote = one("وكشفت مصادر مطلعة لـ«الوطن» عن وجود خلافات داخل الحزب حول موعد المؤتمر.")
    assert (speaker_name(quote), quote.text) == ("مصادر مطلعة", "وجود خلافات داخل الحزب حول موعد المؤتمر")
    # negative: a topic after عن, no statement
    assert quotes_of("وتحدث الوزير لـ«الوطن» عن الموعد.") == []


def test_a_slash_after_an_honorific_keeps_the_name_in_the_speaker_phrase():
    # round 40: "الأستاذ/ ‹NAME›" (a house style): the clause or the object comes after the name
    text = "أكد مدير التعليم بالمنطقة الأستاذ/ سعد الغامدي أن الوزارة وافقت على تأجيل الموعد."
    assert quotes_of_pipeline(text)[0].text == "الوزارة وافقت على تأجيل الموعد"
    text = "أكد مدير التعليم بالمنطقة الأستاذ/ سعد الغامدي موافقة الوزارة على تأجيل الموعد."
    quote = quotes_of_pipeline(text)[0]
    assert (speaker_name(quote), quote.text) == ("سعد الغامدي", "موافقة الوزارة على تأجيل الموعد")
    # negative: a slash between two places is no title's
    text = "وقال الوزير إن الرحلات بين الرياض/ جدة ستزيد."
    assert [q.text for q in quotes_of_pipeline(text)] == ["الرحلات بين الرياض/ جدة ستزيد"]


def test_a_bare_source_goes_on_with_the_qualified_source_of_another_number_or_head():
    # round 40: "مصادر ‹adj›" then "المصدر"; "مسؤولان ‹adj›" then "المصادر": the source first given
    text = (
        "وقالت مصادر دبلوماسية غربية لـ«الصحيفة» إن المحادثات ستستأنف الأسبوع المقبل. "
        "وشدد المصدر على أن الاتفاق بات قريبا."
    )
    assert speakers_of(text) == [("وقالت", "مصادر دبلوماسية غربية"), ("وشدد", "مصادر دبلوماسية غربية")]
    text = "قال مسؤولان مطلعان على الملف إن الشركة تدرس عرضا جديدا. وأوضحت المصادر أن القرار سيصدر قريبا."
    assert speakers_of(text)[-1] == ("وأوضحت", "مسؤولان مطلعان على الملف")
    # a source by the same head still comes first ("مصدر طبي", not the "مصادر أمنية" before it)
    text = (
        "وقالت مصادر أمنية إن الهجوم وقع فجرا. وقال مصدر طبي إن المصابين نقلوا إلى المستشفى. "
        "وأضاف المصدر أن حالتهم مستقرة."
    )
    assert speakers_of(text)[-1] == ("وأضاف", "مصدر طبي")
    # negative: witnesses are no source a bare "المصدر" takes up
    text = "قال شهود عيان إن الانفجار هز الحي بأكمله. وأضاف المصدر أن الشرطة طوقت المكان."
    assert speakers_of(text)[-1] == ("وأضاف", "المصدر")


def test_a_body_quoted_by_a_word_prefix_of_its_full_name_takes_the_full_name():
    # round 40: the full name quoted or named before, then a strict word-prefix of it
    text = (
        "وقالت الهيئة العامة للطيران المدني إن الرحلات ستعود الأسبوع المقبل. "
        "وأضافت الهيئة العامة أن المطار جاهز."
    )
    assert speakers_of(text)[-1] == ("وأضافت", "الهيئة العامة للطيران المدني")
    text = "أعلنت اللجنة العليا لتنظيم المهرجانات أن المهرجان سيبدأ غدا. وقالت اللجنة العليا إن التذاكر نفدت."
    assert speakers_of(text)[-1] == ("وقالت", "اللجنة العليا لتنظيم المهرجانات")
    # negative: a name with a proper name in it is not completed by a describing tail
    text = (
        "وقالت مؤسسة كابيتال إيكونوميكس للأبحاث إن النمو تباطأ في الربع الأول. "
        "وأضافت مؤسسة كابيتال إيكونوميكس أن الأسعار سترتفع."
    )
    assert speakers_of(text)[-1] == ("وأضافت", "مؤسسة كابيتال إيكونوميكس")
    # negative: a body known by the short name itself is not the longer one named in the article
    text = "أطلقت الأمم المتحدة للطفولة حملة جديدة. وقالت الأمم المتحدة إن الحملة تستهدف مليون طفل."
    assert speakers_of(text)[-1] == ("وقالت", "الأمم المتحدة")


def test_only_a_name_tail_completes_a_body_name():
    from rasid.extract.quotes import _name_tail

    def tail(words: str) -> bool:
        return _name_tail(normalize(words).split())

    assert tail("لحقوق الإنسان") and tail("للأنباء") and tail("بصحة تبوك") and tail("بوزارة الداخلية")
    assert tail("المصدرة للبترول")
    # negative: content words a phrase ran on into
    assert not tail("بخصوص المهرجان") and not tail("لكبح") and not tail("الجديدة")


def test_a_generic_body_head_with_its_nisba_or_complement_speaks():
    # round 40: "البرنامج/المشروع الوطني لـ‹X›"، "الشؤون الصحية بـ‹place›": bodies the entities stage
    # never tags, named by a generic head and its modifiers
    found = pipeline_speakers(
        "أعلن المشروع الوطني لتطوير الطرق أن العمل في المرحلة الثانية سيبدأ الشهر المقبل. "
        "وقال البرنامج الوطني لمكافحة التدخين إن عدد المراجعين ارتفع هذا العام. "
        "ونفت الشؤون الصحية بمنطقة نجران أن تكون هناك حالات تسمم بين الطلاب."
    )
    assert found == [
        ("أعلن", "المشروع الوطني لتطوير الطرق"),
        ("وقال", "البرنامج الوطني لمكافحة التدخين"),
        ("ونفت", "الشؤون الصحية بمنطقة نجران"),
    ]


def test_a_portfolio_noun_before_a_place_names_the_regional_directorate():
    # round 40: "أوضحت صحة ‹city› أن": the ministry's directorate in that region, then the later
    # statements of the same body ("وقالت في بيان لها")
    found = pipeline_speakers(
        "أوضحت صحة الطائف أن المستشفى استقبل أربعة مصابين في الحادث. "
        "وقالت في بيان لها إن الفرق الطبية باشرت الحالات فور وصولها."
    )
    assert found == [("أوضحت", "صحة الطائف"), ("وقالت", "صحة الطائف")]
    # negative: the same noun before no place opens the statement ("confirmed the truth of …")
    found = pipeline_speakers("وأكد المتحدث باسم الوزارة خالد العتيبي صحة ما نشر عن تأجيل الاختبارات.")
    assert [speaker for _, speaker in found] == ["خالد العتيبي"]
    assert not any(
        speaker and speaker.startswith("صحة")
        for _, speaker in pipeline_speakers("نفت الوزارة صحة الأنباء التي تحدثت عن إغلاق المستشفى.")
    )


def test_a_study_conducted_by_a_body_or_researchers_speaks_for_them():
    # round 40: "دراسة أجرتها ‹body›" (the verb of conducting a study, like أعدتها) names its issuer
    study = pipeline_speakers("كشفت دراسة أجرتها جامعة الملك عبدالعزيز أن نصف الطلاب ينامون أقل من ست ساعات.")
    assert study == [("كشفت", "جامعة الملك عبدالعزيز")]
    survey = pipeline_speakers("وأوضح مسح أجراه البنك الدولي أن الاستثمار الأجنبي تراجع في المنطقة.")
    assert survey == [("وأوضح", "البنك الدولي")]
    # a study, a relative, then who made it: the phrase no longer stops at the relative
    researchers = pipeline_speakers(
        "وأشارت الدراسة التي أعدها باحثون في جامعة القصيم إلى أن الرياضة اليومية تقلل التوتر."
    )
    assert researchers and researchers[0][1].endswith("جامعة القصيم")
    # scientists are an unnamed group, kept with where they work, as researchers are
    scientists = pipeline_speakers("وأوضحت دراسة أجراها علماء من جامعة الملك فيصل أن التمور غنية بالألياف.")
    assert scientists == [("وأوضحت", "علماء من جامعة الملك فيصل")]
    # negative: a statement the media published is still its issuer's, not theirs
    relayed = (
        "وقالت اللجنة الوطنية للسلامة إن فرق الإنقاذ انتشلت جميع الركاب.\n\n"
        "وذكر البيان الذي نشرته وكالات الأنباء المحلية أن التحقيق في الحادث بدأ أمس."
    )
    assert [name for _cue, name in pipeline_speakers(relayed)] == ["اللجنة الوطنية للسلامة"] * 2
    # negative: a study nobody is said to have made stays the study
    assert pipeline_speakers("وأشارت الدراسة إلى أن الرياضة اليومية تقلل التوتر.") == [("وأشارت", "الدراسة")]


def test_awrada_reports_only_with_its_source_and_an_an_clause():
    # round 40: "وأورد التقرير أن …" is a cue (strict, like أظهر); the report speaks for its issuer
    text = (
        "أصدرت منظمة الصحة العالمية تقريرا عن أمراض القلب في المنطقة.\n\n"
        "وأورد التقرير أن معدلات الإصابة ارتفعت خلال العقد الماضي."
    )
    assert pipeline_speakers(text) == [("وأورد", "منظمة الصحة العالمية")]
    # negative: أورد with a listed object and no أن clause reports nothing
    assert pipeline_speakers("وأورد الموقع عشرين نصيحة للحفاظ على صحة القلب.") == []


def test_a_verb_of_judging_with_its_object_then_bian_gives_the_subject_alone():
    # round 40: "وعدّ/واعتبر ‹body› ‹object› بأنها …. وأضاف أن": the body, not its object
    text = (
        "وعدّ المجلس الأعلى للشؤون الإسلامية الخطوات الحكومية الأخيرة لتنظيم الأوقاف يوم الاثنين "
        "بأنها إصلاح طال انتظاره. وأضاف أن الأوقاف ستعود إلى دورها الاجتماعي."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["المجلس الأعلى للشؤون الإسلامية"] * 2
    text = "واعتبرت أوساط سياسية هذه التحركات بأنها محاولة لكسب الوقت."
    assert rules_speakers(text) == [("واعتبرت", "أوساط سياسية")]
    # negative: a nisba stays in the subject ("الرئيس الإيراني" is not "الرئيس" and its object)
    text = "ووعد الرئيس الإيراني بأن بلاده ستفي بالتزاماتها كاملة."
    assert rules_speakers(text) == [("ووعد", "الرئيس الإيراني")]
    # negative: "اعتبر … أن" keeps its own complement, though a بأن follows inside it
    text = "واعتبر الوزير خالد العتيبي أنه لا بد من القبول بأن الإصلاح يحتاج إلى وقت طويل."
    assert [q.text for q in quotes_of(text)] == ["لا بد من القبول بأن الإصلاح يحتاج إلى وقت طويل"]


def test_a_body_described_by_its_nationality_is_the_one_named_with_it():
    # round 40: "… انتقاله لنادي ‹name› البرتغالي …. وأعلن النادي البرتغالي": not the latest club
    text = (
        "نجحت إدارة النادي الأهلي في التخلص من المهاجم بعد انتقاله لنادي ماريتيمو البرتغالي، بعد أن "
        "أمضى موسمين مع النادي الأهلي. وأعلن النادي البرتغالي أن المهاجم وقع عقدا لموسمين."
    )
    assert rules_speakers(text)[-1] == ("وأعلن", "نادي ماريتيمو")
    # negative: a club of another nationality is not the one meant
    text = text.replace("النادي البرتغالي", "النادي الإسباني")
    assert rules_speakers(text)[-1][1] != "نادي ماريتيمو"


def test_a_short_name_in_marks_after_a_word_is_no_quotation_of_the_cue_after_it() -> None:
    # The marks after «البريطانية» hold the broadcaster's initials, set in apposition: the cue after
    # them reports the scientist's words, not the initials.
    text = (
        'وحسب الموقع الإلكتروني لهيئة الإذاعة البريطانية "بي بي سي"، قال رئيس فريق البحث في الوكالة: '
        "إن الصور الحديثة تكشف فوهات لم تكن معروفة."
    )
    contents = [q.text for q in quotes_of_pipeline(text)]
    assert "بي بي سي" not in contents
    assert any(c.startswith("الصور الحديثة") for c in contents)


def test_quoted_words_that_open_their_sentence_are_still_reported_by_the_cue_after_them() -> None:
    # Negative case: marks at the start of the sentence hold what was said.
    quotes = quotes_of_pipeline("«نحن مستعدون للحوار»، قال الوزير للصحفيين أمس.")
    assert [(q.text, q.kind) for q in quotes] == [("نحن مستعدون للحوار", "direct")]


def test_a_lead_official_is_the_person_named_next_with_the_same_affiliation() -> None:
    # Round 41: news agencies open with an unnamed official and name him in the next paragraph
    # ("… المتحدث باسم وزارة الصحة"), sharing the ministry's specific word (الصحة).
    text = (
        "أعلن مسؤول في وزارة الصحة الأردنية اليوم الأحد أن عدد الإصابات بالفيروس ارتفع إلى أربعين حالة.\n\n"
        "وقال خالد المومني المتحدث باسم وزارة الصحة إن الفرق الطبية تتابع المخالطين في ثلاث محافظات."
    )
    assert pipeline_speakers(text) == [("أعلن", "خالد المومني"), ("وقال", "خالد المومني")]
    # a nisba shared by the lead's description and the named person's title
    text = (
        "قال دبلوماسي تونسي كبير اليوم إن المحادثات مع الجزائر حول الحدود بلغت مرحلة متقدمة.\n\n"
        "وقال سامي الهمامي مدير الشؤون الأفريقية في الخارجية التونسية للصحفيين إن الاتفاق قريب."
    )
    assert pipeline_speakers(text)[0] == ("قال", "سامي الهمامي")


def test_a_lead_official_stays_unnamed_when_the_next_person_belongs_elsewhere() -> None:
    # Negative cases: the next person speaks for another ministry (they share only the generic head
    # وزارة), the lead's source is a مصدر (anonymous by definition), or several officials speak.
    second = "وقال خالد المومني المتحدث باسم وزارة الداخلية إن الشرطة تتابع المخالطين في ثلاث محافظات."
    lead = "قال مسؤول في وزارة الصحة الأردنية اليوم الأحد إن عدد الإصابات بالفيروس ارتفع إلى أربعين حالة."
    assert pipeline_speakers(lead + "\n\n" + second)[0] == ("قال", "مسؤول في وزارة الصحة الأردنية")
    same = second.replace("الداخلية", "الصحة")
    source = lead.replace("مسؤول", "مصدر")
    assert pipeline_speakers(source + "\n\n" + same)[0] == ("قال", "مصدر في وزارة الصحة الأردنية")
    many = lead.replace("قال مسؤول", "قال مسؤولون")
    assert pipeline_speakers(many + "\n\n" + same)[0][1] != "خالد المومني"


def test_the_medium_or_person_told_is_never_the_speaker() -> None:
    # round 41: a definite source named before, then the agency it told ("وقال المسؤول لرويترز")
    text = (
        "قال مسؤول عراقي في وزارة الدفاع أمس إن القوات تقدمت نحو المدينة. "
        "وقال المسؤول لرويترز إن الهجوم بدأ فجرا من ثلاثة محاور."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["مسؤول عراقي في وزارة الدفاع"] * 2
    # a pronoun cue, then ل + a relative with a pronoun: whom she told, not who spoke
    text = "وصلت الطالبة إلى المطار مساء أمس. وقالت لوالديها إنها بخير وتنتظر العودة قريبا."
    assert all(name != "لوالديها" for _cue, name in rules_speakers(text))
    # a pronoun cue, then ل + a body's full name before إن: the person named before speaks
    text = (
        "وصل وزير الخارجية جون كيري إلى نيويورك أمس. وقال لمجلس العلاقات الخارجية إن بلاده تدعم الحل السياسي."
    )
    assert rules_speakers(text)[-1] == ("وقال", "جون كيري")
    # negative: a body whose name begins with ل speaks (لجنة), and so does a name in ل (لافروف)
    assert rules_speakers("وقالت لجنة الانتخابات إن النتائج ستعلن غدا.") == [("وقالت", "لجنة الانتخابات")]
    assert rules_speakers("وقال لافروف إن بلاده تدعم الحل السياسي.") == [("وقال", "لافروف")]


def test_leaks_and_news_are_unnamed_sources() -> None:
    # round 41: تسريبات/أخبار as unnamed sources, with their adjectives; "هذه التسريبات" and a
    # participle after it continue the same source
    text = (
        "وكشفت تسريبات صحفية عن اتفاق وشيك بين الطرفين. وأكدت هذه التسريبات أن الاتفاق سيوقع "
        "الأسبوع المقبل، مشيرة إلى أن الوفدين أنهيا المفاوضات."
    )
    assert [name for _cue, name in rules_speakers(text)] == ["تسريبات صحفية"] * 2
    assert rules_speakers("وذكرت أخبار متداولة أن الحكومة تعتزم رفع الأسعار.") == [("وذكرت", "أخبار متداولة")]
    # "هناك أخبارا أكدت أن": the news after هناك is the verb's subject, in the nominative
    text = "ما زال الشيك لدى الإدارة، رغم أن هناك أخبارا أكدت أن الإدارة أبدت استعدادها لتسليمه."
    assert rules_speakers(text) == [("أكدت", "أخبار")]
    # negative: "الأخبار" closing a body's name is part of that name, no second source
    text = "وقال مركز الدراسات والأخبار إن الأسعار سترتفع في الربع المقبل."
    assert rules_speakers(text) == [("وقال", "مركز الدراسات والأخبار")]


def test_a_finding_of_a_document_speaks_for_the_body_that_made_it():
    """ "وأظهرت الدراسة أن"، "وتشير نتائج الاستطلاع إلى أن": a bare document (or its findings, نتائج
    and the like, in construct with it) reports for the body the story names as its maker (round
    41, from the lead's error analysis of test78-81)."""
    made = "أجرت جامعة الملك سعود استطلاعا شمل ألف طالب عن عادات النوم. "
    said = "{} أن نصف الطلاب ينامون أقل من ست ساعات."
    shown = one(made + said.format("وأظهر الاستطلاع"))
    assert speaker_name(shown) == "جامعة الملك سعود"
    present = one(made + said.format("ويظهر الاستطلاع"))
    assert speaker_name(present) == "جامعة الملك سعود"
    findings = one(made + "وتشير نتائج الاستطلاع إلى أن نصف الطلاب ينامون أقل من ست ساعات.")
    assert speaker_name(findings) == "جامعة الملك سعود"
    # negative: with no maker named, a bare document does not report with أظهر
    assert quotes_of("تحدث الوزير عن عادات النوم. " + said.format("وأظهر الاستطلاع")) == []
    # negative: a body merely quoted before did not make the study; أظهر reports for nobody
    quoted = quotes_of(
        "وقالت وزارة الصحة إن الإصابات تراجعت في الأسبوع الماضي. " + said.format("وأظهرت الدراسة")
    )
    assert [q.cue.text for q in quoted] == ["وقالت"]
    # negative: results not of a document are no subject that speaks ("وتشير الأرقام": the paper's aside)
    assert quotes_of(made + "وتشير الأرقام إلى أن نصف الطلاب ينامون أقل من ست ساعات.") == []


def test_a_document_fronted_after_kana_speaks_for_its_issuer():
    """ "وكان بيان صادر عن وزارة …، أعلن أن": the issuer named in the fronted subject, not the
    statement, speaks; a verb issuing it (وزعه) or a long title before الصادر عن ties it too."""
    text = "وكان بيان صادر عن وزارة الداخلية، أعلن أن قوات الأمن اعتقلت خمسة مطلوبين في حي السلام."
    assert speaker_name(one(text)) == "وزارة الداخلية"
    handed = one("وذكر بيان وزعه المكتب الإعلامي للهيئة، أن التسجيل يبدأ الأحد المقبل.")
    assert speaker_name(handed) == "المكتب الإعلامي للهيئة"
    titled = one(
        "وأفاد تقرير الأداء المالي للمصارف الخليجية الصادر عن إدارة البحوث في البنك، أن الأرباح ارتفعت."
    )
    assert speaker_name(titled).startswith("إدارة البحوث")
    # negative: a statement with no issuer tied to it stays the speaker
    bare = one("وكان بيان، أعلن أن قوات الأمن اعتقلت خمسة مطلوبين في حي السلام.")
    assert "الداخلية" not in (speaker_name(bare) or "")


def test_a_document_with_its_object_before_a_participle_speaks_for_its_issuer():
    """ "أصدرت المؤسسة تقريرها …. واستعرض التقرير جانبا من …، مشيرا إلى أن": the participle's
    subject is the report with the verb's object after it; its issuer speaks."""
    text = (
        "أصدرت مؤسسة النقد العربي السعودي تقريرها السنوي أمس. واستعرض التقرير جانبا من ملامح "
        "القطاع المالي، مشيرا إلى أن نسبة القروض إلى الودائع بلغت 82 في المئة."
    )
    assert speaker_name(one(text)) == "مؤسسة النقد العربي السعودي"
    # negative: no issuer named, the report is not replaced by another body
    other = one(
        "زار وفد من وزارة التجارة المعرض أمس. واستعرض التقرير جانبا من ملامح القطاع المالي، "
        "مشيرا إلى أن نسبة القروض إلى الودائع بلغت 82 في المئة."
    )
    assert speaker_name(other) != "مؤسسة النقد العربي السعودي"


def test_plain_marks_are_found_as_the_full_pattern_finds_them():
    from rasid.extract.quotes import _MARK, _mark_matches

    text = (
        "قال الوزير: «سنفتتح المركز قريبا». وأضاف \"إن العمل مستمر\" و“الخطة” جاهزة.\nوقال المدير 'نعم' أمس."
    )
    paragraphs = [(0, text.index("\n")), (text.index("\n") + 1, len(text))]
    found = [[(m.start(), m.group()) for m in matches] for matches in _mark_matches(text, paragraphs)]
    expected = [[(m.start(), m.group()) for m in _MARK.finditer(text, s, e)] for s, e in paragraphs]
    assert found == expected and len(found[0]) == 6
    # the scraped forms (UTF-8 read as cp1252) still count as marks
    scraped = "قال الوزير: â€œسنفتتح المركزâ€\x9d أمس"
    assert [m.group() for m in _mark_matches(scraped, [(0, len(scraped))])[0]] == ["â€œ", "â€\x9d"]


# --------------------------------------------------------------------------------------------
# Round 42: the antecedent of a cue with no subject of its own agrees with the cue


def test_a_feminine_cue_takes_a_country_after_a_present_verb_of_the_feminine():
    """ "وتستضيف مصر … لاجئ …، وقالت إنها …": the present's ت prefix agrees with the feminine cue,
    so the country that hosts is the one that speaks."""
    text = "وتستضيف مصر نحو نصف مليون لاجئ منذ سنوات، وقالت إنها تواجه ضغوطا كبيرة على الخدمات العامة."
    assert [(q.cue.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [("وقالت", "مصر")]
    # negative: a masculine cue after a masculine present verb takes no country this way
    text = "ويستضيف الأردن نحو نصف مليون لاجئ منذ سنوات، وقال إنه يواجه ضغوطا كبيرة على الخدمات."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)] != ["الأردن"]


def test_a_feminine_cue_never_takes_a_body_a_masculine_noun_heads():
    """ "وتبنى مجلس الأمن الدولي قرارا …. وقالت إن …": the council is no subject of وقالت (lexicon
    masculine_body_heads)."""
    text = "وتبنى مجلس الأمن الدولي قرارا جديدا بشأن اليمن. وقالت إن القرار لا يكفي لإنهاء الأزمة."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)] != ["مجلس الأمن الدولي"]
    # negative: a masculine cue still continues the council
    text = "وتبنى مجلس الأمن الدولي قرارا جديدا بشأن اليمن. وقال إن القرار يهدف إلى إنهاء الأزمة."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)] == ["مجلس الأمن الدولي"]


def test_a_feminine_relative_takes_the_body_nearest_it():
    """ "وزار الوفد وزارة الطاقة التي أعلنت أن …": the body right before التي speaks, not the
    verb's subject before it nor the medium quoted earlier in the article."""
    text = "وزار الوفد وزارة الطاقة التي أعلنت أن الإنتاج سيرتفع الشهر المقبل."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)] == ["وزارة الطاقة"]
    text = (
        "قالت وكالة رويترز إن أسعار النفط تراجعت أمس. وتراجعت أسهم شركة أبل التي قالت إنها ستخفض "
        "الإنتاج الشهر المقبل."
    )
    assert [speaker_name(q) for q in quotes_of_pipeline(text)][-1] == "شركة أبل"
    # negative: a woman named before التي is still the one who speaks
    text = "وزار الوفد الوزيرة سارة الحربي التي أكدت أن الإنتاج سيرتفع الشهر المقبل."
    assert [speaker_name(q) for q in quotes_of_pipeline(text)] == ["سارة الحربي"]


def test_a_participle_with_one_word_after_it_inside_an_unclosed_quotation():
    """An unclosed quotation whose text holds "، ‹participle› ‹word›،" with no third word before the
    next comma once crashed the quotation-mark scan (the article lost all its quotations)."""
    text = (
        "وحذّر الوزير خالد السالم قائلا: «سيكون ذلك خطأ كبيرا إذا عادت الحكومة، مجدّدا فقط، إلى "
        "الأساليب القديمة في إدارة الموارد.\n\nوقال السالم: «نحن لن نقبل بذلك أبدا»."
    )
    from rasid.pipeline import process

    article = process(Article(id="x", raw=text))
    assert not [w for w in article.warnings if w.startswith("W_QUOTES_FAILED")]
    spoken = {q.text for q in article.quotes}
    assert "نحن لن نقبل بذلك أبدا" in spoken
    assert all(q.speaker and q.speaker.name.endswith("السالم") for q in article.quotes)


def test_a_bare_article_with_tatweel_names_nobody():
    """«بالـ«زليج»» leaves the speaker phrase «بالـ»: the article and a tatweel, no word after them.
    It names nobody; the shape test once read its empty stem and crashed the article's quotations."""
    assert phrase_names_nobody("بالـ", "person", False)
    assert not phrase_names_nobody("سامي الحربي", "person", False)


def test_blessing_search_by_anchor_finds_what_a_search_for_every_formula_finds() -> None:
    from rasid.extract.quotes import _blessing_formulas, _names_a_blessing

    texts = [f"قال الشيخ إن فلانا {formula} كان يقول" for formula in _blessing_formulas()]
    texts += ["قال عبدالله إن السلام قريب", "قال الوزير إن الاجتماع مثمر", ""]
    for text in texts:
        assert _names_a_blessing(text) == any(formula in text for formula in _blessing_formulas())


def test_a_guess_is_replaced_as_dataclasses_replace_does_it() -> None:
    import dataclasses

    from rasid.extract.quotes import _GUESS_FIELDS, SpeakerGuess, replace

    assert {f.name for f in dataclasses.fields(SpeakerGuess)} == _GUESS_FIELDS
    guess = SpeakerGuess("محمد", "person", (4, 8), "e1", frozenset({"وزير"}), True, 0.7, True)
    for changes in ({}, {"name": "محمد علي"}, {"mention": None, "confidence": 0.5, "feminine": False}):
        copied = replace(guess, **changes)
        assert copied == dataclasses.replace(guess, **changes) and copied is not guess
    with pytest.raises(TypeError):
        replace(guess, colour="blue")


# --------------------------------------------------------------------------------------------
# Round 57: constructions from the misses of the unread analysis sets test182-201


def test_a_straight_mark_set_to_open_after_the_narrator_reports_again_was_never_closed():
    text = (
        'وأضاف الوزير، ردا على سؤال، "لم نتلق أي طلب رسمي. وشدد الوزير على أن موقف بلاده ثابت، '
        'وقال الوزير "لا جديد في الملف" في ختام حديثه.'
    )
    marks, _ = find_quote_marks(text, [(0, len(text))])
    assert [(text[m.start : m.end], m.balanced) for m in marks] == [
        ("لم نتلق أي طلب رسمي", False),
        ("لا جديد في الملف", True),
    ]
    text = 'وأضاف الوزير، ردا على سؤال، "لم نتلق أي طلب رسمي. وشدد الوزير على أن موقف بلاده ثابت.'
    assert [(q.cue.text, q.text) for q in quotes_of_pipeline(text)] == [
        ("وأضاف", "لم نتلق أي طلب رسمي"),
        ("وشدد", "موقف بلاده ثابت"),
    ]
    # a closing mark glued to the word before it closes, whatever the quotation holds
    text = 'وقال المدير "الطلب وصل. وأكد لي الموظف أن الملف اكتمل" ثم غادر "المكتب".'
    marks, _ = find_quote_marks(text, [(0, len(text))])
    assert [(text[m.start : m.end], m.balanced) for m in marks] == [
        ("الطلب وصل. وأكد لي الموظف أن الملف اكتمل", True),
        ("المكتب", True),
    ]


def test_bayyana_reports_across_its_speakers_description_in_commas():
    text = "بين الدكتور خالد العمري، رئيس الغرفة التجارية بالرياض، أن الأسعار مستقرة هذا العام."
    assert [(q.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [
        ("الأسعار مستقرة هذا العام", "خالد العمري")
    ]
    # the preposition "between" two parties set off by commas, then على أن: no statement
    text = "ووقع الخلاف بين الشركة، المالكة للمشروع، والمقاول على أن تنتهي الأعمال في موعدها."
    assert quotes_of_pipeline(text) == []


def test_faqad_opens_the_statement_after_a_source_closed_by_its_marks():
    text = "وبحسب وكالة «رويترز»، فقد ارتفع سعر النفط أمس."
    assert [(q.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [
        ("ارتفع سعر النفط أمس", "وكالة رويترز")
    ]
    # a reporting verb after فقد keeps its own frame; a plan in marks is no source
    text = "وبحسب «رويترز»، فقد أكد الوزير أن الأسعار سترتفع."
    assert [(q.cue.text, speaker_name(q)) for q in quotes_of_pipeline(text)] == [("أكد", "الوزير")]
    assert quotes_of_pipeline("وبحسب «الخطة»، فقد تم توزيع المساعدات على الأسر.") == []
