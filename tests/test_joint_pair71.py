"""Round 71: «الاثنان» ("the two") as a cue's subject stands for the two people named as a pair before
it; a woman's counterpart («ونظيرها الكندي …») joins the pair as a man's («ونظيره») does, and so does
a second person named with his title («… ووزير الداخلية الدنماركي …»): one record per party; with no
pair before it the phrase stays the speaker."""

from __future__ import annotations

from conftest import cue_speakers


def test_the_two_after_a_woman_and_her_counterpart() -> None:
    text = (
        "دعت وزيرة الخارجية السويدية آنا ليندبرغ ونظيرها الدنماركي لارس هانسن في مقال مشترك إلى "
        "تعاون أوسع في الشمال. وذكر الاثنان أن التحديات تتطلب عملا جماعيا."
    )
    assert cue_speakers(text) == [("وذكر", "آنا ليندبرغ"), ("وذكر", "لارس هانسن")]


def test_the_two_after_two_ministers() -> None:
    text = "التقى وزير المالية سعد الحربي ونظيره الأردني عمر الخطيب في عمان. وأكد الاثنان أن التعاون يتعزز."
    assert cue_speakers(text) == [("وأكد", "سعد الحربي"), ("وأكد", "عمر الخطيب")]


def test_the_two_with_no_pair_named_stays() -> None:
    text = "وصل لاعبان جديدان إلى النادي أمس. وقال الاثنان إنهما سعيدان بالانضمام."
    assert cue_speakers(text) == [("وقال", "الاثنان")]


def test_the_two_after_two_persons_each_named_with_a_title() -> None:
    text = (
        "اجتمعت وزيرة الداخلية السويدية آنا ليندبرغ ووزير الداخلية الدنماركي لارس هانسن في كوبنهاغن "
        "لبحث ملف الهجرة. وذكر الاثنان أن التعاون بين البلدين ضروري."
    )
    later = [speaker for cue, speaker in cue_speakers(text) if cue == "وذكر"]
    assert later == ["آنا ليندبرغ", "لارس هانسن"]


def test_a_person_and_an_untitled_word_after_wa_are_no_pair() -> None:
    text = "التقى الوزير سعد الحربي وبعدها زار المعرض الأمير خالد الفيصل. وذكر الاثنان أن المعرض ناجح."
    assert [speaker for cue, speaker in cue_speakers(text) if cue == "وذكر"] == ["الاثنان"]
