"""Round 92 (trailing): a trailing attribution closing a sentence whose first part is another
speaker's quotation speaks for the clause after that quotation's narrator link (في حين، بينما،
حيث …; lexicon ``trailing_rest_openers``); without such a clause it only relays the first quotation."""

from rasid.model import Article
from rasid.pipeline import Options, process


def _quoted(text: str) -> list[tuple[str, str | None, str]]:
    article = process(Article(id="t", raw=text), Options())
    return [
        (q.cue.text, q.speaker.name if q.speaker else None, article.text[q.start : q.end])
        for q in article.quotes
    ]


def test_rest_after_contrast_link_is_the_trailing_sources() -> None:
    found = _quoted(
        "وقال السكان إن المياه غمرت الشوارع الرئيسية في البلدة، في حين بقيت الطرق المؤدية إلى "
        "المطار مفتوحة أمام المسافرين، بحسب مسؤولين محليين."
    )
    assert ("وقال", "السكان", "المياه غمرت الشوارع الرئيسية في البلدة") in found
    assert ("بحسب", "مسؤولين محليين", "بقيت الطرق المؤدية إلى المطار مفتوحة أمام المسافرين") in found


def test_rest_after_while_link_for_a_body_statement() -> None:
    found = _quoted(
        "أعلنت الشركة ارتفاع أرباحها الفصلية إلى مليار دولار، بينما تراجعت مبيعاتها في الأسواق "
        "الآسيوية بنسبة خمسة في المائة، بحسب تقارير اقتصادية."
    )
    assert [q[0] for q in found] == ["أعلنت", "بحسب"]
    assert found[1][2] == "تراجعت مبيعاتها في الأسواق الآسيوية بنسبة خمسة في المائة"


def test_source_right_after_the_quotation_only_relays_it() -> None:
    found = _quoted("وقال السكان إن المياه غمرت الشوارع الرئيسية في البلدة، بحسب مسؤولين محليين.")
    assert [q[0] for q in found] == ["وقال"]


def test_coordinated_that_clause_stays_the_first_speakers() -> None:
    found = _quoted(
        "وقال السكان إن المياه غمرت الشوارع الرئيسية في البلدة، وإن الطرق المؤدية إلى المطار بقيت "
        "مفتوحة، بحسب مسؤولين محليين."
    )
    assert [q[0] for q in found] == ["وقال"]


def test_bare_conjunction_is_no_link() -> None:
    found = _quoted(
        "وقال السكان إن المياه غمرت الشوارع الرئيسية في البلدة، وبقيت الطرق المؤدية إلى المطار "
        "مفتوحة أمام المسافرين طوال الليل، بحسب مسؤولين محليين."
    )
    assert "بحسب" not in [q[0] for q in found]
