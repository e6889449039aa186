"""Round 65 (detection recall): quotations the pipeline missed — a present cue whose subject stands
before it («فلان، مدير كذا، يقول إن …»، «وهو يرى أن …») and a nominal attribution whose source is a
short name in marks («ووفقا لـ "رويترز"، فقد …»). Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of every quotation, after the whole pipeline (ranker included)."""
    from rasid.pipeline import Options, process

    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


LEAD = "وارتفعت أسعار الأسهم في الأسواق الآسيوية خلال تعاملات الأمس. "


def test_a_fronted_name_with_its_title_in_commas_speaks_through_a_present_cue():
    found = quotes(LEAD + "دانيال كوهين، رئيسها التنفيذي، يقول إنه رفض عروضا كبيرة للاستحواذ على الشركة.")
    assert found == [("يقول", "دانيال كوهين", "رفض عروضا كبيرة للاستحواذ على الشركة")]


def test_a_fronted_woman_with_a_pronoun_description_speaks_through_a_feminine_cue():
    found = quotes(
        LEAD + "سارة ليندمان، وهي شريكة في شركة استثمارية، تقول إن شركتها ناقشت المشاركة في جولة التمويل."
    )
    assert [(cue, who) for cue, who, _ in found] == [("تقول", "سارة ليندمان")]


def test_a_fronted_name_after_but_with_a_long_description_speaks():
    found = quotes(
        LEAD + "ولكن دانيال كوهين، وهو رئيس الشركة منذ عشر سنوات ويعمل في السوق منذ صغره، يقول إن "
        "الاستحواذ لن يتم هذا العام."
    )
    assert [(cue, who) for cue, who, _ in found] == [("يقول", "دانيال كوهين")]


def test_a_name_and_title_closed_by_a_comma_speak_through_a_present_cue():
    found = quotes(LEAD + "سامي العلي المحلل الاقتصادي اللبناني، يؤكد أن الاستثمارات لن تغادر المنطقة.")
    assert [(cue, who) for cue, who, _ in found] == [("يؤكد", "سامي العلي")]


def test_a_pronoun_subject_before_a_present_cue_continues_the_speaker_named_before():
    found = quotes(
        "وقال الخبير الاقتصادي سامي العلي إن أسعار الفائدة سترتفع قريبا. وهو يرى أن البنوك مستعدة "
        "لهذا الارتفاع منذ أشهر."
    )
    assert [(cue, who) for cue, who, _ in found] == [("وقال", "سامي العلي"), ("يرى", "سامي العلي")]


def test_a_verb_with_waw_opening_the_sentence_is_no_fronted_subject():
    found = quotes(
        LEAD + "ووصل برفقة نائب الرئيس، وزير التخطيط، يتوقع أن يتوالى قدوم بقية أعضاء الحكومة خلال أيام."
    )
    assert found == []


def test_an_impersonal_present_cue_joined_by_waw_after_a_comma_stays_no_quotation():
    found = quotes(LEAD + "وتراجع الطلب على النفط الخام في آسيا، ويتوقع أن يستمر التراجع حتى نهاية العام.")
    assert found == []


def test_a_present_cue_after_a_comma_without_a_named_subject_stays_impersonal():
    found = quotes(LEAD + "في ظل هذه الظروف الصعبة، يتوقع أن تنخفض الأسعار قبل نهاية العام.")
    assert found == []


def test_a_source_in_marks_after_a_detached_lam_opens_a_nominal_attribution():
    found = quotes(
        'وارتفعت أسعار النفط أمس. ووفقا لـ "رويترز"، فقد تراجعت أسعار الذهب في الربع الثاني من العام.'
    )
    assert found == [("ووفقا", "رويترز", "تراجعت أسعار الذهب في الربع الثاني من العام")]


def test_a_paper_named_in_marks_after_its_head_is_the_source_with_its_head():
    found = quotes(
        "وتستعد الأندية للموسم الجديد. ووفقا لصحيفة «الأطلسي» فإن المدرب سيغادر النادي نهاية الشهر."
    )
    assert found == [("ووفقا", "صحيفة الأطلسي", "المدرب سيغادر النادي نهاية الشهر")]


def test_an_agency_named_by_its_nationality_in_marks_is_the_source():
    found = quotes(
        'وتعثرت المفاوضات بين الطرفين. وبحسب "الفرنسية"، فإن الوفدين سيلتقيان مجددا الأسبوع المقبل.'
    )
    assert [(cue, who) for cue, who, _ in found] == [("وبحسب", "الفرنسية")]


def test_a_plan_in_marks_is_no_source():
    assert (
        quotes('وتعثرت المفاوضات بين الطرفين. ووفقا لـ "الخطة"، فإن الوفدين سيلتقيان الأسبوع المقبل.') == []
    )
    assert quotes('وتعثرت المفاوضات. وبحسب "الخطة الجديدة"، فإن الوفدين سيلتقيان الأسبوع المقبل.') == []


OPENING = "وتواصل الجدل حول الصفقة بين الناديين. "


def test_an_adverb_of_renewal_before_the_speakers_possessed_act_leaves_it_the_statement():
    found = quotes(OPENING + "وأكدت الولايات المتحدة مجددا التزامها بالعمل مع دول المنطقة.")
    assert found == [("وأكدت", "الولايات المتحدة", "التزامها بالعمل مع دول المنطقة")]


def test_a_possessed_act_after_a_time_adjunct_is_the_announced_statement():
    found = quotes(OPENING + "وكان النادي قد أعلن قبل أيام توصله إلى اتفاق مع اللاعب.")
    assert found == [("أعلن", "النادي", "توصله إلى اتفاق مع اللاعب")]


def test_a_verb_with_its_object_pronoun_after_an_indefinite_noun_opens_no_statement():
    found = quotes(OPENING + "وأكد الوزير في مؤتمر صحفي عقده أمس حرصه على استكمال المشروع.")
    assert found == [("وأكد", "الوزير", "حرصه على استكمال المشروع")]


def test_the_object_of_an_adjuncts_preposition_is_no_statement():
    assert quotes(OPENING + "وأعلنت الشركة قبل وفاته بأيام قليلة تعيين مدير جديد.") == []
    assert quotes(OPENING + "وجدد الوزير مجددا دعوته إلى الحوار بين الطرفين.") == []


def test_a_relaying_verb_with_its_object_pronoun_is_no_possessed_act():
    found = quotes(
        OPENING + "وأكدت الوزارة وفقا لما أوردته وكالة الأنباء الرسمية رفضها للاعتداء على المدنيين."
    )
    assert found == [("وأكدت", "الوزارة", "رفضها للاعتداء على المدنيين")]
