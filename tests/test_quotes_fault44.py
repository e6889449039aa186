"""A reporting verb whose object ends the text (round 44): the frame used to read past the last token,
and the stage's fault guard then dropped every quotation of the article (W_QUOTES_FAILED)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _run(text: str) -> Article:
    return process(Article(id="fault44", raw=text), Options())


def test_a_denial_that_ends_the_article_keeps_the_articles_quotations() -> None:
    article = _run(
        "وقال المدرب سامي الخطيب إن الفريق سيخوض المباراة المقبلة بتشكيلته الكاملة، وكان النادي أعلن "
        "في بيان أن المهاجم سيغيب شهرا، لكن اللاعب نفى ذلك."
    )
    assert not [w for w in article.warnings if w.startswith("W_QUOTES_FAILED")]
    speakers = {q.speaker.name for q in article.quotes if q.speaker}
    assert "سامي الخطيب" in speakers


def test_a_verb_with_nothing_after_it_gives_no_quotation_and_no_fault() -> None:
    article = _run("وأعلنت الشركة نتائجها الفصلية أمس، وكانت الإدارة قد أكدت.")
    assert not [w for w in article.warnings if w.startswith("W_QUOTES_FAILED")]
    assert not article.quotes
