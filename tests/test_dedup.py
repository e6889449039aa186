"""Near-duplicate detection: MinHash signatures of Arabic news, the LSH index, clustering."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH

from rasid.corpus.dedup import (
    LSH_THRESHOLD,
    NUM_PERM,
    SCHEME,
    DuplicateIndex,
    _permutations,
    cluster,
    is_empty_signature,
    signature,
    similarity,
)

STORY = (
    "أعلنت وزارة الصحة السعودية اليوم تسجيل انخفاض في عدد الإصابات الجديدة بفيروس كورونا في منطقة "
    "الرياض، وأكد المتحدث باسم الوزارة أن الفرق الميدانية تواصل حملات التوعية في الأحياء السكنية "
    "والأسواق، داعيا المواطنين والمقيمين إلى الالتزام بالإجراءات الوقائية وارتداء الكمامات."
)
# A wire copy: another byline and spelling variants (hamza, teh marbuta) that normalisation folds.
COPY = "الرياض - واس: " + STORY.replace("أعلنت", "اعلنت").replace("السعودية", "السعوديه")
OTHER = (
    "افتتح أمير منطقة مكة المكرمة مهرجان الكتاب في جدة بمشاركة أكثر من مئتي دار نشر عربية وأجنبية، "
    "ويستمر المهرجان عشرة أيام تتخللها ندوات وأمسيات شعرية وورش للأطفال."
)


def test_a_wire_copy_is_a_near_duplicate_and_another_story_is_not():
    story, copy, other = signature(STORY), signature(COPY), signature(OTHER)
    assert similarity(story, copy) >= 0.5
    assert similarity(story, other) < 0.2
    index = DuplicateIndex()
    index.add("a", story)
    index.add("c", other)
    assert [key for key, _ in index.matches(copy)] == ["a"]
    assert index.matches(copy, exclude="a") == []


def test_remove_and_replace_keep_the_index_consistent():
    index = DuplicateIndex()
    index.add("a", signature(STORY))
    index.add("b", signature(COPY))
    index.remove("a")
    assert [key for key, _ in index.matches(signature(STORY))] == ["b"]
    index.add("b", signature(OTHER))  # "b" now holds another text
    assert index.matches(signature(STORY)) == [] and len(index) == 1
    index.remove("b")
    index.remove("b")  # removing twice is harmless
    assert len(index) == 0 and index.matches(signature(OTHER)) == []


def test_text_without_words_matches_nothing():
    empty = signature("... !!")
    assert is_empty_signature(empty)
    index = DuplicateIndex()
    index.add("a", signature(STORY))
    assert index.matches(empty) == []


def test_candidates_are_those_of_datasketch_lsh():
    """Same bands as datasketch's MinHashLSH, so the same candidates, over signatures that share
    some bands and not others."""
    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**32 - 2, size=NUM_PERM, dtype=np.uint32)
    signatures = {}
    for i in range(60):
        sig = base.copy()
        changed = rng.choice(NUM_PERM, size=int(rng.integers(0, NUM_PERM)), replace=False)
        sig[changed] = rng.integers(0, 2**32 - 2, size=len(changed), dtype=np.uint32)
        signatures[i] = sig
    ours = DuplicateIndex()
    theirs = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    for key, sig in signatures.items():
        ours.add(key, sig)
        theirs.insert(
            key, MinHash(num_perm=NUM_PERM, hashvalues=sig, permutations=_permutations(), scheme=SCHEME)
        )
    for sig in signatures.values():
        expected = set(
            theirs.query(
                MinHash(num_perm=NUM_PERM, hashvalues=sig, permutations=_permutations(), scheme=SCHEME)
            )
        )
        assert ours.candidates(sig) == expected


def test_cluster_groups_copies_transitively():
    groups = cluster([("x", signature(STORY)), ("y", signature(OTHER)), ("z", signature(COPY))])
    assert groups == [["x", "z"]]
