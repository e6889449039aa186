"""Round 72: a nominal attribution whose source is a statement, a view or a count («بحسب تأكيدات …»،
«وفقا لتصريحات …»، «بحسب حصيلة جديدة لـ…») gives the statement to the noun's owner, a person, a group
or a body; a noun with no owner («بحسب الأرقام الرسمية») names no speaker and is not taken (sentences
written for these tests)."""

from __future__ import annotations

from conftest import quote_rows


def test_a_named_person_owns_the_confirmations_before_then_that() -> None:
    rows = quote_rows(
        "وحسب تأكيدات سامي العتيبي عضو مجلس الإدارة فإن النادي سيعلن قائمة المرشحين الأسبوع المقبل."
    )
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [("وحسب", "سامي العتيبي")]
    assert rows[0][3].startswith("النادي سيعلن")


def test_officials_own_the_statements_of_a_trailing_attribution() -> None:
    rows = quote_rows(
        "وتراجعت مبيعات الأسمدة بنحو سبعة في المائة خلال الربع الأول، وفقا لتصريحات مسؤولين زراعيين."
    )
    assert len(rows) == 1
    kind, cue, speaker, content = rows[0]
    assert (kind, cue) == ("indirect", "وفقا")
    assert speaker is not None and "مسؤولين زراعيين" in speaker
    assert content.startswith("تراجعت مبيعات الأسمدة")


def test_a_body_glued_to_lam_owns_the_toll_after_its_adjective() -> None:
    rows = quote_rows("وقتل اثنا عشر شخصا في الاشتباكات التي اندلعت شمال المدينة، بحسب حصيلة جديدة للهيئة.")
    assert [cue for _, cue, _, _ in rows] == ["بحسب"]
    assert rows[0][2] is not None


def test_official_figures_with_no_owner_are_no_statement() -> None:
    assert quote_rows("وارتفع عدد زوار المعرض بنسبة عشرة في المائة، بحسب الأرقام الرسمية.") == []


def test_a_vision_with_no_owner_is_no_source() -> None:
    assert quote_rows("وتسير البلدية وفق رؤية تهدف إلى تحسين الخدمات في الأحياء القديمة من المدينة.") == []


def test_a_count_owning_a_count_names_nobody() -> None:
    assert quote_rows("وتراجعت أسعار القمح بنسبة خمسة في المائة هذا الشهر، حسب تأكيد البيانات الرسمية.") == []


def test_a_fronted_source_and_comma_carry_the_clause_without_then_that() -> None:
    rows = quote_rows("وبحسب مدير المرفأ، خضع المخزون كله للفحص قبل نقله إلى المستودعات الجديدة شرق المدينة.")
    assert [cue for _, cue, _, _ in rows] == ["وبحسب"]
    assert rows[0][3].startswith("خضع المخزون")


def test_a_fronted_source_before_a_reporting_verb_only_relays() -> None:
    rows = quote_rows("وبحسب الوكالة قال الوزير إن المفاوضات ستستأنف في العاصمة الأسبوع المقبل.")
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [("قال", "الوزير")]


def test_a_fronted_decision_before_a_preposition_is_no_source() -> None:
    rows = quote_rows("وحسب قرار مجلس الوزراء رقم 12، في شأن تنظيم الأسواق تلتزم الشركات بالأسعار المعلنة.")
    assert rows == []


def test_definite_sources_named_nowhere_before_speak_as_written() -> None:
    rows = quote_rows("ووفقا للمصادر، فإن الشركة ستطرح عشرة في المائة من أسهمها للاكتتاب مطلع العام المقبل.")
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [("ووفقا", "المصادر")]
    assert rows[0][3].startswith("الشركة ستطرح")


def test_a_definite_source_with_no_then_that_is_not_taken() -> None:
    rows = quote_rows("ووفقا للمصادر، استقبل محافظ المنطقة وفد الغرفة التجارية في مكتبه صباح أمس.")
    assert [cue for _, cue, _, _ in rows if cue == "ووفقا"] == []


def test_a_quantity_of_people_owns_the_estimate_as_a_group() -> None:
    rows = quote_rows(
        "وبحسب تقدير عدد من المهندسين المشرفين فإن الجسر الجديد سيخفف الزحام عن وسط المدينة بنحو الثلث."
    )
    assert [(cue, speaker) for _, cue, speaker, _ in rows] == [("وبحسب", "عدد من المهندسين المشرفين")]
    assert rows[0][3].startswith("الجسر الجديد")


def test_a_fa_word_after_the_figures_is_not_their_owner() -> None:
    rows = quote_rows("وبحسب الأرقام الرسمية فهناك مدرسة واحدة لكل ثلاث قرى في المحافظة الجنوبية.")
    assert all(speaker is None or "فهناك" not in speaker for _, _, speaker, _ in rows)
