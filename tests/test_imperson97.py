"""Round 97 (imperson): a present cue right after كما, حيث or إذ ("كما يقول «…»"، "حيث يقول إن …") goes
on about the sentence's speaker, so it is no impersonal "it is said"; the impersonal readings (يتوقع
أن with nobody named, a verb outside the personal list after حيث) stay out. Every sentence here is
invented for these tests."""

from __future__ import annotations

from conftest import cue_speaker_contents, quote_rows

EXPERT = "وقال الخبير الاقتصادي فهد العتيبي إن السوق تمر بمرحلة تصحيح مؤقتة."


def test_present_cue_after_where_takes_the_speaker_before() -> None:
    text = f"{EXPERT} ويتفق العتيبي مع هذا الرأي، حيث يقول إن الأسعار ستعود إلى الارتفاع قبل نهاية العام."
    found = cue_speaker_contents(text)
    assert ("يقول", "فهد العتيبي", "الأسعار ستعود إلى الارتفاع قبل نهاية العام") in found


def test_present_cue_after_as_before_marks_takes_the_speaker_before() -> None:
    text = 'وأكد المهندس خالد السبيعي أن المشروع اكتمل في موعده. وكما يقول "لم يعد هناك ما نخشاه بعد اليوم".'
    found = cue_speaker_contents(text)
    assert ("يقول", "خالد السبيعي", "لم يعد هناك ما نخشاه بعد اليوم") in found


def test_present_cue_after_since_with_its_clause() -> None:
    text = f"{EXPERT} ولا يبدو العتيبي قلقا، إذ يرى أن المستثمرين سيعودون إلى السوق قريبا."
    speakers = [(c, s) for c, s, _ in cue_speaker_contents(text)]
    assert ("يرى", "فهد العتيبي") in speakers


def test_expected_after_where_stays_impersonal() -> None:
    # (negative: يتوقع is no personal cue; "where it is expected that" names nobody)
    text = "ارتفعت أسعار الحديد كثيرا هذا الشهر، حيث يتوقع أن تستمر الزيادة حتى نهاية العام."
    assert quote_rows(text) == []


def test_expected_after_as_stays_impersonal() -> None:
    # (negative: "كما يتوقع أن": as it is expected that, nobody's statement)
    text = "وتراجعت مبيعات السيارات في الربع الثاني، كما يتوقع أن تنخفض أكثر في الربع المقبل."
    assert quote_rows(text) == []


def test_as_with_nothing_said_after_it_stays_silent() -> None:
    # (negative: "كما يقول" closing a sentence opens no words of its own)
    text = f"{EXPERT} والسوق، كما يقول، تحتاج إلى وقت."
    assert [c for c, _, _ in cue_speaker_contents(text)] == ["وقال"]
