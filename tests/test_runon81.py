"""Round 81 (run-on names): a group's or a source's construct chain is not run on into the verb's
definite object that carries a nisba of its own (quotes._without_object_after_chain). Sentences
written for these tests; names and events invented."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def speakers(text: str) -> list[str]:
    """The speaker names the whole pipeline gives the text's quotations, in order."""
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    return [q.speaker.name if q.speaker else "" for q in article.quotes]


def test_group_chain_ends_before_the_condemned_object():
    text = (
        "استنكر علماء وأئمة محافظة الوادي الهجمات الإرهابية الأخيرة على المزارعين، "
        "مؤكدين أن أهل المحافظة يقفون صفا واحدا خلف رجال الأمن."
    )
    names = speakers(text)
    assert names and all(name == "علماء وأئمة محافظة الوادي" for name in names), names


def test_quantified_group_ends_before_its_object():
    text = (
        "واستنكر عدد من الأطباء والممرضين الاعتداءات اللفظية على الطواقم في الطوارئ، "
        "مشيرين إلى أن حماية المستشفيات واجب على الجميع."
    )
    names = speakers(text)
    assert names and all(name == "عدد من الأطباء والممرضين" for name in names), names


def test_a_nisba_of_the_chain_stays_in_the_name():
    # (a nisba right after the complement is the name's: no definite noun of its own before it)
    text = "وقال أعضاء مجلس البلدية المحلي إن مشروع الطريق الجديد سيكتمل قبل نهاية العام."
    assert speakers(text) == ["أعضاء مجلس البلدية المحلي"]


def test_a_participle_adjective_of_the_place_is_not_cut():
    # (a feminine participle after the complement describes the place: «المدينة المنورة»)
    text = "وأوضح سكان مدينة الواحة المنورة الشمالية أن المياه انقطعت عن أحيائهم ثلاثة أيام."
    assert all("المنورة" in name for name in speakers(text))


def test_a_definite_head_is_left_to_the_other_rules():
    # (a phrase opening with a definite word is no indefinite chain: the rule leaves it)
    text = "وأكدت الهيئة العامة للموانئ الخطة التشغيلية، مشيرة إلى أن العمل يسير وفق الجدول."
    assert all(name.startswith("الهيئة العامة للموانئ") for name in speakers(text))
