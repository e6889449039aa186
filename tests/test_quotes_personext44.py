"""A person speaker's name extent (round 44): the name ends before a preposition phrase it ran on
into (لبرلمان، للاذاعة، بأداء), goes on through the family name the entity left out before an
apposition, and a preposition phrase where a name would stand is no name at all."""

from __future__ import annotations

from conftest import ranked_speakers as speakers


def test_name_ends_before_a_lam_phrase():
    text = (
        "تولى الرئيس البولندي الجديد ياروسلاف نوفاك مهامه أمس. "
        "وقال نوفاك لبرلمان بلاده: «سنعمل مع الحكومة بروح التعاون»."
    )
    assert speakers(text)[-1].split()[-1] == "نوفاك"


def test_name_ends_before_a_lam_phrase_of_an_unknown_name():
    text = "وقال سامي بلال لبرلمان بلاده: «سنعمل مع الحكومة بروح التعاون»."
    assert speakers(text) == ["سامي بلال"]


def test_name_in_ba_known_to_the_gazetteer_is_kept():
    # (negative: بلقاسم opens with ب but is a family name, not a preposition phrase)
    text = "وقال عبد الرحمن بلقاسم إن «الحكومة ستعمل بروح التعاون»."
    assert speakers(text) == ["عبد الرحمن بلقاسم"]


def test_family_name_left_out_after_a_title_is_taken():
    text = "وقال وزير النقل الكندي وارن تروس إن «البحث عن الطائرة سيستمر»."
    assert speakers(text) == ["وارن تروس"]


def test_time_word_after_a_titled_given_name_is_no_family_name():
    # (negative: اليوم after the given name is when he spoke)
    text = "وقال وزير النقل الكندي وارن اليوم للصحفيين إن «البحث عن الطائرة سيستمر»."
    assert speakers(text) == ["وارن"]


def test_family_name_left_out_before_an_unnamed_head_is_taken():
    text = "أكد فيصل الماضي مسؤول في إحدى وكالات السياحة الكبرى، أن «الخطوة جاءت في وقتها»."
    assert speakers(text) == ["فيصل الماضي"]


def test_full_name_before_an_unnamed_head_is_unchanged():
    # (negative: the entity has the whole name already)
    text = "وقال عبدالعزيز الراشد مسؤول في إحدى شركات النقل إن «القرار سيخفض التكاليف»."
    assert speakers(text) == ["عبدالعزيز الراشد"]


def test_preposition_phrase_after_a_title_is_no_name():
    text = "وأشاد المدرب البرتغالي بأداء فريقه في المعسكر، وأضاف: «اللاعبون قدموا مستوى جيدا»."
    assert speakers(text) == ["المدرب البرتغالي"]


def test_name_after_a_title_is_still_the_name():
    # (negative: a name, not a preposition phrase, follows the title)
    text = "وقال المدرب البرتغالي لوكاس سيلفا: «اللاعبون قدموا مستوى جيدا»."
    assert speakers(text) == ["لوكاس سيلفا"]


def test_family_name_left_out_before_a_title_that_is_also_a_family_name():
    text = 'وقال توم وايد امين عام نقابة عمال البريد "نعتقد ان الوقت حان للتغيير".'
    assert speakers(text) == ["توم وايد"]


def test_definite_family_name_before_a_title_is_complete():
    # (negative: أمين opens the title "أمين محافظة الطائف" after a complete name)
    text = "وذكر المهندس محمد الراشد أمين محافظة الطائف أن «المتنزه يضم ثلاث ساحات بلدية»."
    assert speakers(text) == ["محمد الراشد"]


def test_known_family_name_ends_before_a_lam_phrase():
    text = (
        "وصل نائب وزير الخارجية الايراني حسين أمير عبد اللهيان إلى الكويت أمس في جولة تشمل ثلاث دول.\n\n"
        "وقال أمير عبد اللهيان للاذاعة الحكومية “إن الزيارة تأتي لبحث ملفات إقليمية عدة.”"
    )
    assert speakers(text) == ["حسين أمير عبد اللهيان"]


def test_unknown_name_before_a_lam_phrase_is_left_alone():
    # (negative: no person of that family name in the article; an unknown run is not cut, as it may
    # hold a title or a body's name)
    text = "وأضاف أمير عبد اللهيان للاذاعة الحكومية “إن الزيارة تأتي لبحث ملفات إقليمية عدة.”"
    # (round 49: the tagger now names the person itself, without the addressee: better than the run)
    assert speakers(text) == ["عبد اللهيان"]


def test_family_name_left_out_before_a_describing_clause_is_taken():
    text = "وأكد جوناس علي وهو من سكان القرية أن «المسلحين حاصروا القرية في وضح النهار»."
    assert speakers(text) == ["جوناس علي"]


def test_time_word_before_a_describing_clause_is_no_family_name():
    # (negative: أمس is when he spoke, not his family name)
    text = "وأكد جوناس أمس وهو من سكان القرية أن «المسلحين حاصروا القرية في وضح النهار»."
    assert speakers(text) == ["جوناس"]


def test_family_name_the_article_uses_alone_is_no_object_run_on():
    text = (
        "وتفقد محافظ العارضة محمد فلاح القرقاح يرافقه مدير الشرطة العميد سعد ناصر العمري "
        "المواقع المتضررة.\n\n"
        "ونقل القرقاح تحيات أمير المنطقة للأهالي، وأبدى القرقاح سعادته البالغة بصمود الأهالي. "
        "وقال إن الأهالي يستحقون كل الدعم والمساندة."
    )
    assert speakers(text) == ["محمد فلاح القرقاح"]


def test_ordinary_family_name_used_alone_is_kept():
    # (negative: a family name the gazetteer knows was never cut)
    text = (
        "وتفقد محافظ العارضة محمد فلاح الشهري يرافقه مدير الشرطة العميد سعد ناصر العمري "
        "المواقع المتضررة.\n\n"
        "ونقل الشهري تحيات أمير المنطقة للأهالي، وأبدى الشهري سعادته البالغة بصمود الأهالي. "
        "وقال إن الأهالي يستحقون كل الدعم والمساندة."
    )
    assert speakers(text) == ["محمد فلاح الشهري"]


def _topic_doc(text: str):
    from rasid.extract.quotes import _Doc
    from rasid.model import Article
    from rasid.pipeline import Options, process

    return _Doc(process(Article(id="t", raw=text), Options(rank_speakers=False)))


def _token_at(doc, word: str) -> int:
    return next(k for k, t in enumerate(doc.tokens) if doc.text[t.start : t.end] == word)


def test_noun_joined_by_waw_after_a_topic_comma_goes_on_with_the_topic():
    from rasid.extract.quotes import _topic_goes_on

    doc = _topic_doc("وعن الخيار العسكري، وإمكانية التنسيق مع الأتراك ضد «داعش»، قال: «نحاول العمل».")
    assert _topic_goes_on(doc, _token_at(doc, "وإمكانية"), _token_at(doc, "قال"))


def test_verb_after_a_topic_comma_opens_the_clause():
    # (negative: a verb and its subject follow the topic's comma)
    from rasid.extract.quotes import _topic_goes_on

    doc = _topic_doc("وعن الخيار العسكري، أكد وزير الدفاع سامي الحربي، أن «الحوار مستمر».")
    assert not _topic_goes_on(doc, _token_at(doc, "أكد"), _token_at(doc, "أن"))
