"""Round 97 (imperson): a present cue right after كما, حيث or إذ ("كما يقول «…»"، "حيث يقول إن …") goes
on about the sentence's speaker, so it is no impersonal "it is said"; nor is the present of قال، أضاف
or نفى, whose passive is spelt apart (يقال، يضاف، ينفى). The impersonal readings (يتوقع أن with nobody
named, a verb outside the personal list after حيث) and a generic "هناك من يقول" stay out. Every
sentence here is invented for these tests."""

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


def test_bare_present_of_say_after_a_paragraph_continues_its_speaker() -> None:
    text = f"{EXPERT}\n\nيقول إن المستثمرين الأجانب سيعودون بقوة خلال الربع المقبل."
    found = cue_speaker_contents(text)
    assert ("يقول", "فهد العتيبي", "المستثمرين الأجانب سيعودون بقوة خلال الربع المقبل") in found


def test_feminine_present_of_deny_takes_the_body_named_before() -> None:
    text = (
        "وأصدرت وزارة الصحة بيانا حول الحالات الجديدة أمس.\n\n"
        "تنفي أن يكون الفيروس قد انتشر في مدارس المنطقة الشرقية."
    )
    speakers = [(c, s) for c, s, _ in cue_speaker_contents(text)]
    assert ("تنفي", "وزارة الصحة") in speakers


def test_someone_who_says_stays_silent() -> None:
    # (negative: "هناك من يقول": a generic someone, nobody's statement)
    text = f"{EXPERT} وهناك من يقول إن الأزمة ستطول أكثر مما يتوقعه الجميع."
    assert [c for c, _, _ in cue_speaker_contents(text)] == ["وقال"]


def test_negated_present_of_say_stays_silent() -> None:
    # (negative: "لا يقول إن": what he does not say is no statement)
    text = f"{EXPERT} لكن التقرير لا يقول إن الشركات ستغلق أبوابها."
    assert [c for c, _, _ in cue_speaker_contents(text)] == ["وقال"]
