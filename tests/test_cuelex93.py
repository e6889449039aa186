"""Round 93, cuelex: three verbs of stating that no cue lexicon read (clause_speaking_verbs.tsv):
اقترح with a named proposer and its أن clause, جادل/يجادل (argued) and تندر (joked) before بأن or a
colon. With a plain noun phrase they report nothing. Sentences written for these tests."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _quotes(text: str) -> dict[str, tuple[str | None, str]]:
    article = process(Article(id="t", raw=text), Options(rank_speakers=False))
    out = {}
    for q in article.quotes:
        out[q.cue.text] = (q.speaker.name if q.speaker else None, article.text[q.start : q.end])
    return out


def test_a_named_proposer_before_an_an_clause() -> None:
    text = "وناقش المجلس خطة النقل الجديدة. واقترح المهندس سامر الخطيب أن تمدد ساعات عمل الحافلات ليلا."
    found = _quotes(text)
    assert "واقترح" in found
    assert found["واقترح"][1].startswith("تمدد ساعات")


def test_a_proposal_of_a_plain_noun_phrase_is_no_quotation() -> None:
    text = "وناقش المجلس البلدي خطة النقل الجديدة. واقترح المهندس سامر الخطيب تعديلات على مسار الحافلات."
    assert "واقترح" not in _quotes(text)


def test_the_participle_before_its_clause() -> None:
    text = "وأشاد الوزير بجهود المتطوعين في الحملة، مقترحا أن تتكرر الحملة كل عام في المدارس."
    assert "مقترحا" in _quotes(text)


def test_argued_before_bianna() -> None:
    text = "ورفضت الشركة الغرامة الأوروبية. وجادل محامو الشركة بأن القانون لا ينطبق على خدماتها السحابية."
    found = _quotes(text)
    assert "وجادل" in found
    assert found["وجادل"][1].startswith("القانون")


def test_argued_with_someone_is_no_quotation() -> None:
    text = "وتأخر الموكب عند البوابة بعد أن تجادل السائق مع الحارس حول التصريح."
    assert not any(cue.endswith("تجادل") for cue in _quotes(text))


def test_joked_before_a_colon() -> None:
    text = "وسئل المدرب عن غياب المهاجم. وتندر المدرب علي الشمري: «ربما ذهب ليصطاد السمك»."
    assert "وتندر" in _quotes(text)
