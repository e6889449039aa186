"""Round 55 speed pass (speedB55): the look-ups made faster answer as the scans they replace."""

from __future__ import annotations

from rasid.extract.quotes import _bygone_name_at, _Doc, _entities_starting_in
from rasid.model import Article
from rasid.pipeline import Options, process


def test_a_formula_after_a_name_marks_a_figure_of_the_past():
    text = "وقال الإمام الطيبي - رحمه الله - إن العلم نور، وقال الشيخ سالم إن الصبر مفتاح الفرج."
    assert _bygone_name_at(text, text.index(" - رحمه"))
    assert not _bygone_name_at(text, text.index(" إن الصبر"))  # (no formula after it)
    assert not _bygone_name_at(text, len(text))  # (nothing after the name at all)


def test_entities_starting_in_a_range_are_those_the_scan_finds():
    text = (
        "وقال وزير الخارجية سامي العلي إن المحادثات مع وزارة الاقتصاد في الرياض مستمرة. "
        "وأضاف خالد المنصور أن الاتفاق قريب."
    )
    doc = _Doc(process(Article(id="t", raw=text), Options(rank_speakers=False)))
    assert doc.entities
    bounds = sorted({0, len(doc.text), *(e.start for e in doc.entities), *(e.end for e in doc.entities)})
    for after in bounds:
        for before in bounds:
            expected = [e for e in doc.entities if after <= e.start < before]
            assert list(_entities_starting_in(doc, after, before)) == expected
    doc._entities_sorted = False  # (the fallback for entities out of text order)
    assert list(_entities_starting_in(doc, 0, len(doc.text))) == list(doc.entities)
