"""Round 82 (detection misses): ردّ, replied, as a cue of direct speech.

- "فرد عليه الحارس: «…»"، "ردت المعلمة: …": a verb of reply before a colon or marks, with its
  replier named after it (and على + a pronoun, whom it answered, allowed between);
- not the dual "وردا على سؤال" (the noun "in reply to"), not "ورد في" (appeared in) or "فرد من"
  (a member of), not a reply with an أن clause, and not a reply whose subject is left unnamed.

Every sentence is written for these tests in the style of Saudi and Gulf news.
"""

from __future__ import annotations

from conftest import quote_rows


def test_reply_with_its_addressee_and_a_colon() -> None:
    rows = quote_rows("سأل المذيع مدير الميناء عن موعد التشغيل، فرد عليه المدير: «نبدأ بعد شهرين».")
    assert [row[:3] for row in rows] == [("direct", "فرد", "مدير الميناء")]
    assert rows[0][3] == "نبدأ بعد شهرين"


def test_reply_with_a_named_subject_and_marks() -> None:
    rows = quote_rows('وسألته الطالبة عن سر نجاحه، فردت المعلمة هيفاء الزهراني "الصبر والمثابرة".')
    assert [row[1:3] for row in rows] == [("فردت", "هيفاء الزهراني")]
    assert rows[0][3] == "الصبر والمثابرة"


def test_present_reply_before_a_colon() -> None:
    rows = quote_rows("ويرد المدرب سامر الحربي ضاحكا: «الفريق جاهز لكل المفاجآت».")
    assert [row[1:3] for row in rows] == [("ويرد", "سامر الحربي")]


def test_dual_noun_in_reply_to_is_no_cue() -> None:
    rows = quote_rows("وردا على سؤال عن الأسعار، قال الوزير: «لا زيادة هذا العام».")
    assert [row[1:3] for row in rows] == [("قال", "الوزير")]


def test_appeared_in_is_no_reply() -> None:
    assert quote_rows("ورد في التقرير السنوي للبلدية: «تم تنفيذ ثلاثين مشروعا».") == []


def test_member_of_is_no_reply() -> None:
    assert quote_rows("فرد من أفراد الأسرة: «لم نر شيئا».") == []


def test_reply_with_a_clause_stays_narration() -> None:
    assert quote_rows("ورد المقاول بأن العمل سينتهي قبل الموعد.") == []


def test_reply_with_nobody_named_is_dropped() -> None:
    rows = quote_rows("قال الزائر: «أين المكتبة؟» فرد بهدوء: «في الطابق الثاني».")
    assert [row[1] for row in rows] == ["قال"]


def test_a_clause_keeps_what_appeared_in_it() -> None:
    rows = quote_rows("وأكد المحافظ أن اللجنة ستلتزم بما ورد في اللائحة من شروط.")
    assert rows[0][3] == "اللجنة ستلتزم بما ورد في اللائحة من شروط"
