"""Round 69: place spellings and names the gazetteers lacked (جاكرتا، قناة السويس، العالم العربي)."""

from __future__ import annotations

from rasid.model import Article
from rasid.pipeline import Options, process


def _places(text: str) -> list[str]:
    article = process(Article(id="t", raw=text), Options())
    return [e.text for e in article.entities if e.label == "LOC"]


def test_jakarta_spelt_without_alef() -> None:
    assert "جاكرتا" in _places("وصل المنتخب إلى جاكرتا فجر اليوم استعدادا للبطولة.")


def test_suez_canal_is_a_waterway_not_a_channel() -> None:
    text = "عبرت ثلاث سفن قناة السويس الجديدة صباح الأحد."
    assert "قناة السويس الجديدة" in _places(text)
    article = process(Article(id="t", raw=text), Options())
    assert not any(e.label == "ORG" and "السويس" in e.text for e in article.entities)


def test_regions_named_as_places() -> None:
    assert {"العالم العربي", "القارة السمراء"} <= set(
        _places("تحدث الكاتب عن مستقبل القراءة في العالم العربي وفي القارة السمراء.")
    )


def test_emirate_of_the_uae_is_the_place_a_saudi_emirate_the_body() -> None:
    text = "وارتفعت الإيجارات في إمارة الفجيرة هذا العام. وقالت إمارة منطقة تبوك إن الطرق آمنة."
    found = {(e.text, e.label) for e in process(Article(id="t", raw=text), Options()).entities}
    assert ("الفجيرة", "LOC") in found
    assert ("إمارة منطقة تبوك", "ORG") in found
