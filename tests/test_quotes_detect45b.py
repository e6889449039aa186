"""Round 45b: a possessed افتعال verbal noun of a root in ل (التزامها، التحاقه) opens a cue's
statement though it starts like a definite word, unless its complement only points back (بها)."""

from __future__ import annotations

from conftest import ranked_speakers as speakers
from rasid.model import Article
from rasid.pipeline import Options, process


def test_possessed_iltizam_after_confirm_is_a_statement():
    text = "أكدت البلدية التزامها بإنهاء أعمال الصيانة في الحدائق العامة قبل حلول الصيف."
    assert speakers(text) == ["البلدية"]


def test_definite_iftial_noun_after_confirm_is_no_statement():
    # (negative: a definite verbal noun with its article is a topic, not the speaker's own act)
    text = "أكدت البلدية الالتزام بإنهاء أعمال الصيانة في الحدائق العامة قبل حلول الصيف."
    assert speakers(text) == []


def test_possessed_iltizam_after_announce_is_a_statement():
    text = "وأعلن المدرب خالد العتيبي التزامه بخطة النادي لتطوير اللاعبين الناشئين هذا الموسم."
    assert speakers(text) == ["خالد العتيبي"]


def test_iltizam_with_a_pointing_complement_is_no_statement():
    # (negative: "التزامها بها" only points back to what was said before)
    text = "توصلت الأطراف إلى هدنة قصيرة في المدينة. وأعلنت الحكومة التزامها بها، لكن الاشتباكات تجددت مساء."
    assert speakers(text) == []


def test_day_in_brackets_after_today_closes_the_time():
    text = "أعلنت جمعية المكتبات اليوم (الأربعاء) تعيين سعاد القحطاني مديرة لفرعها في الدمام."
    assert speakers(text) == ["جمعية المكتبات"]


def test_day_in_brackets_after_a_named_day_is_no_time_of_the_verb():
    # (negative: "ليلة الخميس (الجمعة)" dates something inside the object; the statement still opens
    # at the verb's object, not after the bracket)
    text = "أعلنت جمعية المكتبات إغلاق فروعها ليلة الخميس (الجمعة) تمهيدا لأعمال الجرد السنوي."
    article = process(Article(id="t", raw=text), Options(rank_speakers=True))
    assert [q.text.split()[0] for q in article.quotes] == ["إغلاق"]


def test_warning_source_then_from_and_a_verbal_noun_is_the_object():
    text = "وحذر خبراء من استخدام المضادات الحيوية دون وصفة طبية خلال موسم الإنفلونزا."
    assert speakers(text) == ["خبراء"]


def test_source_from_a_body_named_by_a_verbal_noun_keeps_its_affiliation():
    # (negative: "من تنظيم …" says where the sources belong; the clause after أن is the statement)
    text = "وقالت مصادر من تنظيم الدولة إن المقاتلين انسحبوا من القرية ليلا."
    assert speakers(text)[0].startswith("مصادر من تنظيم")
