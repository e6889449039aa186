"""Round 82 (studies, reports and surveys as speakers): a study speaks for whoever the text names as
having made it (docs/quotes-annotation.md §8), also when that is a group of researchers («المسح الذي
أجراه باحثون …»), when the link is «قام بها» or «نفذها», when the issuer of «أبحاث» stands in
marks, and bare definite findings («وبينت النتائج») take the issuer of the study quoted just before.
Negative cases: findings after a person's quotation stay as they were, a lone person after the link is
no researchers' group, an over-long marked title is no issuer. Sentences written for these tests."""

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


def test_an_indefinite_survey_takes_the_researchers_named_with_it_next():
    found = quotes(
        "أكد مسح كندي أن النوم المبكر يحسن الذاكرة لدى الطلاب.\n\n"
        "وأوضح المسح الذي أجراه باحثون من جامعة تورنتو أن الطلاب الذين ينامون مبكرا يتفوقون."
    )
    assert [who for _, who, _ in found] == ["باحثون من جامعة تورنتو", "باحثون من جامعة تورنتو"]


def test_a_definite_survey_takes_the_scientists_who_did_it():
    found = quotes(
        "المسح الذي قام به علماء الاجتماع في جامعة ليدز نشر في مجلة محكمة الشهر الماضي.\n\n"
        "وأوضح المسح أن المشي اليومي يقلل من آلام الظهر لدى كبار السن."
    )
    assert [who for _, who, _ in found] == ["علماء الاجتماع في جامعة ليدز"]


def test_a_study_a_firm_carried_out_speaks_for_the_firm():
    found = quotes("وأوضحت دراسة نفذتها شركة المستقبل للاستشارات أن الطلب على المساكن الصغيرة يتزايد.")
    assert [(cue, who) for cue, who, _ in found] == [("وأوضحت", "شركة المستقبل للاستشارات")]


def test_research_whose_university_stands_in_marks():
    found = quotes("وأشارت أبحاث أجرتها «جامعة أوسلو» إلى أن القهوة تخفف الصداع لدى البالغين.")
    assert [who for _, who, _ in found] == ["جامعة أوسلو"]
    assert not found[0][2].startswith("«")


def test_bare_findings_take_the_issuer_of_the_survey_just_quoted():
    found = quotes(
        "وأظهر المسح الذي أجراه مركز البحوث الزراعية أن إنتاج القمح ارتفع هذا العام. "
        "وبينت النتائج أن المزارعين في الشمال حققوا أعلى إنتاج."
    )
    assert [who for _, who, _ in found] == ["مركز البحوث الزراعية", "مركز البحوث الزراعية"]


def test_findings_after_a_persons_words_are_not_given_to_him():
    found = quotes(
        "وقال الدكتور سامي الحربي إن إنتاج القمح ارتفع هذا العام. "
        "وبينت النتائج أن المزارعين في الشمال حققوا أعلى إنتاج."
    )
    assert [who for cue, who, _ in found if cue == "وبينت"] == ["النتائج"]


def test_a_lone_person_after_the_link_is_not_made_a_group_issuer():
    from rasid.extract.quotes import SpeakerGuess, _researchers_issuing

    assert _researchers_issuing(SpeakerGuess("باحثون من جامعة تورنتو", "unnamed"))
    assert not _researchers_issuing(SpeakerGuess("سامي الحربي", "person"))


def test_a_long_marked_title_after_the_link_is_no_issuer():
    found = quotes(
        "وأشارت أبحاث أجرتها «مجموعة من الطلاب في كلية الطب بالمدينة الجامعية الجديدة» إلى أن القهوة مفيدة."
    )
    assert all(who is None or "الطلاب" not in who for _, who, _ in found)
