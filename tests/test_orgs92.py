"""Round 92 (orgs): in a market report a bare «الشركة»/«البنك» quoted after «سهم X» speaks for X, the
share's owner, not for a firm or bank the article named further back (``extract/share_owner.py``).
Sentences written for these tests."""

from __future__ import annotations

from conftest import cue_speakers
from rasid.extract.share_owner import _of_kind


def _speakers(text: str) -> list[str | None]:
    return [speaker for _cue, speaker in cue_speakers(text)]


def test_firm_named_by_its_share():
    text = (
        "قالت شركة المراعي إن أرباحها نمت بقوة في الربع الثاني من العام.\n\n"
        "وزاد مؤشر السوق قليلا. لكن سهم أرامكو السعودية ارتفع 3 في المئة بعدما قالت الشركة إن "
        "أرباحها تضاعفت."
    )
    assert _speakers(text) == ["شركة المراعي", "أرامكو السعودية"]


def test_bare_firm_without_a_share_keeps_the_firm_named_before():
    text = (
        "قالت شركة المراعي إن أرباحها نمت بقوة في الربع الثاني من العام.\n\n"
        "وزاد مؤشر السوق قليلا. وقالت الشركة إن أرباحها ستتضاعف العام المقبل."
    )
    assert _speakers(text) == ["شركة المراعي", "شركة المراعي"]


def test_bank_head_does_not_take_a_firm_share():
    text = (
        "قال بنك الرياض إن أرباحه نمت بقوة في الربع الثاني من العام.\n\n"
        "وزاد مؤشر السوق قليلا. لكن سهم أرامكو السعودية ارتفع 3 في المئة بعدما قال البنك إن "
        "أرباحه تضاعفت."
    )
    assert "أرامكو" not in (_speakers(text)[-1] or "")


def test_kind_of_firm():
    assert _of_kind("بنك أبوظبي التجاري", "bank")
    assert not _of_kind("بنك أبوظبي التجاري", "firm")
    assert _of_kind("أرامكو السعودية", "firm")
    assert not _of_kind("أرامكو السعودية", "bank")
