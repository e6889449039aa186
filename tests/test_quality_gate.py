"""Quality gate: the quotation stage's pooled figures on held-out gold sets may not fall below floors
that only ever go up (set from the figures of the code that first passed them).

Twelve gates of four sets each: ``quotes_test62``–``quotes_test65`` (100 SaudiNewsNet articles, 682
quotations, annotated blind in round 36 and open since round 37), ``quotes_test66``–``quotes_test69``
(100 articles, 654 quotations, annotated blind in round 37 and open since round 38),
``quotes_test70``–``quotes_test73`` (100 articles, 746 quotations, annotated blind in round 38 and open
since round 39) and ``quotes_test74``–``quotes_test77`` (100 articles, 661 quotations, annotated blind in
round 39 and open since round 40) and ``quotes_test78``–``quotes_test81`` (100 articles, 704
quotations, annotated blind at the end of round 39 and open since round 41) and ``quotes_test82``–
``quotes_test85`` (100 articles, 661 quotations, annotated blind in round 40 and open since round 42) and
``quotes_test86``–``quotes_test89`` (100 articles, 646 quotations, annotated blind in round 41 and open
since round 43) and ``quotes_test90``–``quotes_test93`` and ``quotes_test94``–``quotes_test97`` (200
articles, 1,415 quotations, annotated blind in rounds 42 and 43 and open since round 44) and
``quotes_test98``–``quotes_test101`` (100 articles, 744 quotations, annotated blind in round 44 and
open since round 45) and ``quotes_test102``–``quotes_test105`` (100 articles, 696 quotations, annotated
blind in round 45 and opened after its figures were taken, for round 45b) and ``quotes_test106``–
``quotes_test109`` (100 articles, 705 quotations, the first drawn without copies of gold stories,
annotated blind at the end of round 45b and open since round 46);
the articles are read from ``../shared`` at run time."""

from __future__ import annotations

import sys

import pytest

from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

from quotes_eval import gold_items, predicted_items, process_articles, read_gold, score

# Floors, raised only: each gate's figures with the code that set them, rounded down to the hundredth;
# lower one only with a written reason in docs/quotes-history.md.
# test62–65: round 37's final code (detection F1 0.930, exact F1 0.818, speakers 0.851; after round 38
# 0.930, 0.818, 0.857). test66–69: round 38's final code (detection F1 0.948, exact 0.837, speakers 0.842).
# test70–73: round 39's final code (detection F1 0.927, exact 0.831, speakers 0.904; after round 40
# the same). test74–77: round 40's final code (detection F1 0.924, exact 0.824, speakers 0.888).
# test78–81: round 41's final code (detection F1 0.916, exact 0.805, speakers 0.863).
# test82–85: round 42's final code (detection F1 0.928, exact 0.817, speakers 0.866; after round 43
# the same). test86–89: round 43's final code (detection F1 0.929, exact 0.795, speakers 0.869).
# test62–65's speaker floor raised 0.85 -> 0.86 with round 43's final code (0.862).
# Round 44's final code (its evaluator places a gold quotation at its offsets): test90–93 (detection
# 0.9465, exact 0.8366, speakers 0.9027) and test94–97 (0.9493, 0.8325, 0.9283), blind until round 44,
# are two new gates; a floor was raised where the figure clears the new floor by at least 0.002 (about
# one quotation): test62–65 detection 0.92 -> 0.93 (0.9321), test66–69 speakers 0.84 -> 0.85 (0.8523),
# test70–73 detection 0.92 -> 0.93 (0.9338), test86–89 speakers 0.86 -> 0.87 (0.8793).
# Round 45's final code: test98–101 (detection 0.9314, exact 0.8108, speakers 0.9152), blind until
# round 45, is a new gate (floors with the same 0.002 margin); raised: test70–73 speakers 0.90 -> 0.91
# (0.9123), test86–89 detection 0.92 -> 0.93 (0.9327) and exact 0.79 -> 0.80 (0.8029).
# Round 45b's final code: test102–105 (detection 0.9225, exact 0.7970, speakers 0.8656) is an eleventh
# gate; raised: test82–85 speakers 0.86 -> 0.87 (0.8725), test98–101 exact 0.80 -> 0.81 (0.8122).
# Round 46's final code: test106–109 (detection 0.9360, exact 0.8253, speakers 0.9114: 0.0014 above
# 0.91, under the margin, so 0.90) is a twelfth gate; raised: test82–85 exact 0.81 -> 0.82 (0.8237).
# Round 49's final code (the retrained tagger, which learnt from sentences of these sets' articles),
# raised with the same 0.002 margin: test62–65 exact 0.81 -> 0.82 (0.8223) and speakers 0.86 -> 0.87
# (0.8726), test66–69 exact 0.83 -> 0.84 (0.8423), test70–73 speakers 0.91 -> 0.92 (0.9241), test74–77
# speakers 0.88 -> 0.89 (0.8953), test86–89 speakers 0.87 -> 0.89 (0.8942), test94–97 speakers 0.92 ->
# 0.93 (0.9356), test98–101 speakers 0.91 -> 0.92 (0.9226), test102–105 exact 0.79 -> 0.80 (0.8044) and
# speakers 0.86 -> 0.88 (0.8825), test106–109 speakers 0.90 -> 0.92 (0.9271).
# Round 50's final code, the same 0.002 margin: test90–93 speakers 0.90 -> 0.91 (0.9124).
# Round 51's final code, the same margin: test78–81 speakers 0.86 -> 0.87 (0.8722), test82–85 speakers
# 0.87 -> 0.88 (0.8861), test98–101 detection 0.92 -> 0.93 (0.9321).
# Round 52's final code (the gold-trained tagger and its rules), the same margin: test66–69 speakers
# 0.85 -> 0.86 (0.8699), test70–73 exact 0.83 -> 0.84 (0.8421), test78–81 exact 0.80 -> 0.81 (0.8120),
# test82–85 speakers 0.88 -> 0.89 (0.8945).
# Round 53's final code, the same margin: test66–69 speakers 0.86 -> 0.87 (0.8797).
# Round 56's final code, the same margin: test82–85 detection 0.92 -> 0.93 (0.9322), test106–109
# speakers 0.92 -> 0.93 (0.9333).
# Round 57's final code, the same margin: test62–65 detection 0.93 -> 0.94 (0.9425), exact 0.82 ->
# 0.83 (0.8335), speakers 0.87 -> 0.88 (0.8827).
# Round 58's final code, the same margin: test66–69 detection 0.94 -> 0.95 (0.9521).
# Round 60's final code, the same margin: test78–81 detection 0.91 -> 0.92 (0.9250), test90–93 exact
# 0.83 -> 0.84 (0.8434).
# Round 62's final code, the same margin: test74–77 speakers 0.89 -> 0.90 (0.9023).
# Round 65's final code, the same margin: test70–73 detection 0.93 -> 0.94 (0.9421), test106–109
# detection 0.93 -> 0.94 (0.9435).
# Round 67b's final code, the same margin: test82–85 speakers 0.89 -> 0.90 (0.9038), test90–93
# detection 0.94 -> 0.95 (0.9525).
# Round 68's final code, the same margin: test94–97 speakers 0.93 -> 0.94 (0.9431).
# Round 69's final code, the same margin: test90–93 speakers 0.91 -> 0.92 (0.9221).
# Round 70's final code, the same margin: test86–89 speakers 0.89 -> 0.90 (0.9029).
# Round 73's final code, the same margin: test78–81 speakers 0.87 -> 0.91 (0.9142), test94–97 detection
# 0.94 -> 0.95 (0.9521), test102–105 detection 0.92 -> 0.93 (0.9327).
# Round 77's final code, the same margin: test102–105 speakers 0.88 -> 0.89 (0.8950).
# What the speaker confidence promises (round 47's calibrated probability): of the speakers rasid is at
# least 0.9 sure of, at least 0.95 are right on every gate (0.964-1.000 with round 47's code, about half
# of each gate's quotations; on fresh news 0.981 on test110-117 and 0.949 on test118-121, so the floor
# is a promise for sets rasid was tuned on, not for unseen news). One floor for all gates:
# the band moves with every rule that changes a speaker's level, so per-gate floors would be noise.
CONFIDENT_FLOOR = 0.95
GATES = {
    ("test62", "test63", "test64", "test65"): {"detection": 0.94, "exact": 0.83, "speakers": 0.88},
    ("test66", "test67", "test68", "test69"): {"detection": 0.95, "exact": 0.84, "speakers": 0.87},
    ("test70", "test71", "test72", "test73"): {"detection": 0.94, "exact": 0.84, "speakers": 0.92},
    ("test74", "test75", "test76", "test77"): {"detection": 0.92, "exact": 0.82, "speakers": 0.90},
    ("test78", "test79", "test80", "test81"): {"detection": 0.92, "exact": 0.81, "speakers": 0.91},
    ("test82", "test83", "test84", "test85"): {"detection": 0.93, "exact": 0.82, "speakers": 0.90},
    ("test86", "test87", "test88", "test89"): {"detection": 0.93, "exact": 0.80, "speakers": 0.90},
    ("test90", "test91", "test92", "test93"): {"detection": 0.95, "exact": 0.84, "speakers": 0.92},
    ("test94", "test95", "test96", "test97"): {"detection": 0.95, "exact": 0.83, "speakers": 0.94},
    ("test98", "test99", "test100", "test101"): {"detection": 0.93, "exact": 0.81, "speakers": 0.92},
    ("test102", "test103", "test104", "test105"): {"detection": 0.93, "exact": 0.80, "speakers": 0.89},
    ("test106", "test107", "test108", "test109"): {"detection": 0.94, "exact": 0.82, "speakers": 0.93},
}


@pytest.mark.parametrize("gate_sets", list(GATES), ids=lambda sets: f"{sets[0]}-{sets[-1]}")
def test_quotations_on_held_out_sets_stay_above_their_floors(gate_sets: tuple[str, ...]) -> None:
    floors = GATES[gate_sets]
    corpus = shared_path("corpora", "saudinewsnet")
    records = [r for name in gate_sets for r in read_gold(REPO / "benchmarks/gold" / f"quotes_{name}.jsonl")]
    docs = {r["doc"] for r in records}
    urls = {r["url"] for r in records if r.get("url")}
    articles, _ = process_articles([str(p) for p in sorted(corpus.glob("*.zip"))], docs, urls)
    gold, problems = gold_items(records, articles)
    assert not problems, problems[:3]
    faults = [w for a in articles.values() for w in a.warnings if w.startswith("W_QUOTES_FAILED")]
    assert not faults, faults[:3]  # a fault inside the stage costs an article every quotation
    figures = score(gold, predicted_items(articles))
    print({k: figures[k] for k in ("gold", "predicted", "matched", "detection", "exact", "speaker_accuracy")})
    assert figures["detection"][2] >= floors["detection"]
    assert figures["exact"][2] >= floors["exact"]
    assert figures["speaker_accuracy"] >= floors["speakers"]
    lower, sure, right = figures["by_confidence"][0]  # speakers rasid is at least 0.9 sure of
    assert lower == 0.9 and sure and right / sure >= CONFIDENT_FLOOR
