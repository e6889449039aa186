"""Train the speaker ranker (``rasid.extract.speakers``) on honest rule outputs and cross-validate it.

The rules score 0.88-0.99 on the gold sets they were tuned on, so their outputs there teach a model
to trust them. For the sets whose blind first run is recorded in RESULTS.md (test4 onwards), this
script rebuilds the rule outputs of the commit that ran blind (``git archive <commit> src`` into
/tmp, run with that ``src`` on PYTHONPATH over the set's articles, each Article dumped as JSON). Only
documents whose clean text still hashes to the gold's ``clean_sha1`` are kept. A conditional logit over each
quotation's candidates is fitted on them (L2, L-BFGS) and evaluated leave-one-set-out; the final
weights, fitted on all of them, go to ``src/rasid/resources/speaker_ranker.json``.

Round 26f (2026-11-29), measured with /tmp analysis scripts on the dumps this script builds (the shipped
weights, fitted on test4-test19, were not changed). The shipped model on the blind-run outputs of
test20-test33, which it never saw: speaker accuracy 0.782 -> 0.805 (1,622 -> 1,668 of 2,073 matched; only
test33 loses, -2); some candidate is right for 0.889 (0.843-0.964 per set). A refit on test4-test33 (4,346
quotations), leave-one-set-out, L2 0.3, each held-out set's margin the one with the best robust_gain over
the other 29 sets' held-out gains plus the all-set fit's gains on today's dev/test/test2/test3: test20-33
0.782 -> 0.796 (+28), all 30 sets 0.761 -> 0.783 (a model fitted on the later commits' better rules trusts
them more: at margin 1.5 the refit gains +37 on test20-33, the shipped model +46). New candidates (the
rules' mention one word shorter or two for a في phrase, one or two words longer for a في/ب tail or one
more name word, and as written fuller elsewhere in the article) and junk/extent features raised the oracle
on test20-33 to 0.905 (candidates per quotation 4.0 -> 5.0) and the refit's leave-one-set-out to 0.761 ->
0.794 (+141) over 30 sets, but on test20-33 to +45 only, against the shipped model's +46: not shipped
(patch kept out of the tree; docs/quotes-history.md, round 26f). L2 1 instead of 0.3: +36 on test20-33.

Round 27e (2026-11-30; /tmp analysis scripts on this script's dumps; every gain below counts a pick
the stage vetoes, ``_unfit_pick``, as the rules' choice, as ``gain`` now does). On the blind-run
outputs of test20-test41 (3,268 matched quotations; rules 2,536 = 0.776; some candidate right for
0.886): the sixteen-set model shipped until then +83 (0.801; at fixed margins 0 / 1 / 1.5 / 2: +80 /
+92 / +83 / +67). A refit on test4-test41, leave-one-set-out with each fold's margin chosen on a
4-group inner split of its 37 training sets (``--inner 4``): +77 with robust_gain, +89 with the plain
sum (margin 0 in 35 of 38 folds, but the all-set fit at margin 0 has 60 fewer right speakers than the
shipped model on today's outputs of the 42 open sets), +82 when the fold's model is also scored on
today's outputs of the open sets other than the held-out one (plain sum; margins 0.75-1). So the
refit gained less for no single reason: margin choices within noise (a 22-set sum of per-set
differences has a standard error of ~6 quotations), and a model fitted on the later commits' better
rules that trusts them more (fits on test20-41 against test4-19: "rules" -0.43 -> -0.85, after_cue
+0.86 -> -0.08, masculine_cue_person +1.46 -> +0.41). Not the cause: L2 (0.1 / 0.3 / 1 / 3: +75 / +77
/ +83 / +73), the rules' confidence (the same seven levels 0.6-0.95 at every blind commit, alike in
accuracy; one-hot levels instead: +73 to +90, no better), the five features that carry nothing of
their own (alt_rules_none is constant within a quotation, next_sentence always 0, three alt_ mirrors
of rules_ ones: dropped, +78). What helped: three junk features of round 26f's patch without its
candidates (the rules' name ends in a word of non_name_words, is one definite nisba adjective, a
rival starts inside a word of the rules' name): +90 with the same selection (+82 without), 0.776 ->
0.804; the extent candidates add nothing to them (+89 / +90 with the shorter, longer or fuller ones).
Fitted on all 38 sets as first written (this script, ``--inner 4 --l2 0.3``: leave-one-set-out +91
on test20-41), its common-last-word feature also fired on a bare body noun that rightly speaks
("وقالت الوزارة" after "وأكد الوزير سعد العمري": the model gave the feminine cue to the man, failing
a test in test_quotes.py); a one-word organisation is now exempt. Shipped: that model, fitted on
test4-test41 (5,541 quotations) by ``--inner 4 --l2 0.3 --margins 0,0.25,0.5,0.75,1,1.25,1.5,2``:
leave-one-set-out +92 on test20-41 (0.776 -> 0.804, against the sixteen-set model's +83), +185 on all
38; select() picked margin 0.75, which on today's outputs of the 42 open sets has 8 right speakers
fewer than the sixteen-set model, and margin 1 is shipped (3 more; header of speaker_ranker.json).
The stage builds as many choices (5,575 over 1,030 articles; no rival bound, as before) and its CPU
did not move beyond noise (0.42-0.44 against 0.42-0.47 ms/article, alternated runs).

Round 28 (2026-11-30; /tmp analysis scripts calling this script's load_set, cross_validate, select
and speaker_accuracy on its dumps, rebuilt after /tmp/rk was wiped; test42-test45 are in BLIND_COMMITS
at cc11b20, their blind first run). The shipped model (fitted on test4-test41 in round 27e) on the
blind-run outputs of test42-test45, which it never saw: 457 -> 470 right speakers of 587 matched
(0.779 -> 0.801; +1 / +3 / +5 / +4); some candidate right for 0.876-0.915. A refit on test4-test45
(6,128 matched quotations) by the 27e recipe (``--inner 4 --l2 0.3 --margins
0,0.25,0.5,0.75,1,1.25,1.5,2``), leave-one-set-out: test42-45 +14 (0.802; the shipped model +13),
test20-45 +102 (0.776 -> 0.803) against the shipped model's +114 on the same outputs (+101 of it on
test20-41, which it was fitted on; its own leave-one-set-out there was +92), all 42 sets +197 (shipped
+215, in-sample); fold margins 0.5-1.25 (0.75 in 19 folds, 1 in 15). select() on all 42 sets picks
0.75, which on today's outputs (5e83351) of the 46 open gold sets has 5,907 right speakers against the
shipped model's 5,912 (the same figure as evalall's, the sample aside; margin 1: 5,914, read half 2,963
against 2,960, check half 2,951 against 2,952). By the rule fixed before the run (ship only if the
refit's leave-one-set-out gain on test20-45 is at least the shipped model's on those outputs and the
all-set fit loses no right speaker on today's outputs), not shipped: the weights are unchanged. At one
margin for every fold (``gain``, which counts a few quotations fewer than speaker_accuracy), the refit's
leave-one-set-out on test20-45 is +98 / +97 / +104 / +101 / +93 / +88 / +80 at 0 / 0.5 / 0.75 / 1 /
1.25 / 1.5 / 2, the shipped weights' +104 / +107 / +111 / +110 / +100 / +88 / +84; fitted on
test20-45 alone (the commits nearest today's rules), leave-one-set-out +91 there (select: 1.5). Where
the gain could come from: on the blind outputs of the 42 sets (quotations with candidates) the rules'
speaker is right for 0.84 of those they give a person, 0.59 an organisation, 0.74 an unnamed source,
0.51 a group, and for the wrong organisations (353) some candidate is right in only 172 (49%): the
rest need the rules' extent, not a ranker. One feature tried for them, extends_rules_body (a candidate
organisation named by the rules' organisation name and one or two words more: وزارة الداخلية -> وزارة
الداخلية الأفغانية; it fires for 16 quotations of the 42 sets: right where the rules are wrong for 8,
wrong where they are right for 7): weight +1.77, leave-one-set-out test20-45 +96 and all 42 sets +195
(-6 / -2 against the refit without it; test28 -4, a clause the entities stage took into the name: "...
للمقاومة أن الثوار"); with the extra words required to be definite and none of non_name_words (7 right,
2 wrong): weight +2.64, +100 / +195. Too rare to move the figures beyond noise; not kept (patch out of
the tree).

Round 36 (2026-11-30; /tmp analysis scripts calling this script's load_set, cross_validate, select,
fit_sets and speaker_accuracy on its dumps; test46-test61 dumped at their blind commits). The model
shipped in round 27e (fitted on test4-test41) on the blind-run outputs of test42-test61, which it never
saw: 2,309 -> 2,370 right speakers of 3,013 matched (0.766 -> 0.787, +61; test42-45 / 46-49 / 50-53 /
54-57 / 58-61: +15 / +3 / +12 / +16 / +15; round 28 counted +13 on test42-45 before the vetoes of rounds
29-35). A refit on test4-test61 (8,554 matched quotations) by the 27e recipe (``--inner 4 --l2 0.3
--margins 0,0.25,0.5,0.75,1,1.25,1.5,2``), leave-one-set-out: test42-61 +72 (0.790; +17 / +4 / +19 / +16
/ +16), test20-61 +173 (shipped +168, in-sample on test20-41, where the refit has +101 against its
+107), all 58 sets +275 (shipped +268); fold margins 0.5 (48 folds) and 0.75 (10); select() on all 58
sets: 0.5. On today's outputs (f7e8a20) of the 62 open gold sets (this script's speaker_accuracy, the
sample aside: the shipped model 8,069, evalall's 8,084 less the sample's 15) that fit has 8,051 / 8,072
/ 8,077 / 8,067 / 8,064 / 8,058 right at margins 0.25 / 0.5 / 0.75 / 1 / 1.25 / 1.5. The rule fixed
before the run: ship a refit only if its leave-one-set-out gain on test42-61 beats the shipped model's
on those outputs by 10 or more (+72 against +61: passed, narrowly; a 20-set sum of per-set differences
has a standard error of ~6) and the all-set fit at select()'s margin, or the nearest that passes, loses
no right speaker on today's outputs. Where the rules go wrong that a ranker could mend: on the blind
outputs of test4-61 a speaker the rules found with no entity whose name begins with a definite noun
(المصدر، القيادي الشيعي، المتحدث الإعلامي: Arabic refers back so to one introduced before, by name or as
مصدر مطلع, and the gold takes the fullest name) is right for 85 of 291 (unnamed sources 11 of 71,
against 652 of 812 for indefinite ones such as مصدر مطلع; persons with no entity 74 of 220), and some
candidate is right for 117 of the 206 wrong. One feature for it, rules_definite_description (the rules'
speaker is a person or unnamed source with no entity and its normalised name begins with ال; weight
-0.96): leave-one-set-out test42-61 +79 (+7 over the refit without it: read half +4, check half +3, no
set below -1 against it); select() 0.5 again; on today's outputs 8,042 / 8,069 / 8,078 / 8,074 / 8,070 /
8,063 at 0.25 / 0.5 / 0.75 / 1 / 1.25 / 1.5 (at 0.5: 6 lost on test46, 4 on test10; a family name alone,
الشيخ, or a description the gold keeps because nobody is named, الطبيب البيطري, takes the feature too).
Not shipped: it gave «وقال المصدر» after «قال الوزير سعد العمري» to the minister (test_quotes.py: a
source named by المصدر is not the person named before it); patch kept out of the tree. With a definite
source noun (المصدر، المصادر) left out of it, leave-one-set-out +75, within noise of the refit's +72;
not taken further. Shipped: the refit without it, fitted on test4-test61, at margin 0.75 (select()
picked 0.5, which on today's outputs has 3 more right speakers than the shipped model but 2-3 fewer on
each of test8, test10 and test12; at 0.75: +8, read half 4,075 against 4,078, check half 4,002 against
3,991, test10 -3 the only set below -1: a body named by its acronym, اياتا, for its full name, another
person of the sentence, and the owners of a dog for the vet the gold keeps; evalall: TOTAL right 8,084
-> 8,092, read half 4,093 -> 4,090, check half 3,991 -> 4,002, the sample 15/15, detection unchanged).
Not pursued (counts on the blind outputs of test4-61, examples read on even sets only): a bare body noun
(الوزارة) with a fuller body of the same head among the candidates is rare (5 of 48 bare nouns, right
for 2: the rules resolve the rest or no candidate is right), and a rival inside the rules' name after a
clitic ل/ب (تقرير لمؤسسة النقد) is right for 7 of 125 such rivals; the wrong organisations and unnamed
sources are mostly the rules' extent (a qualifier cut, «مسؤول في»; a tail kept, «... تحديدا»), which no
candidate fixes.

Round 36, second pass (merge 9c85866): the definite description taken further by splitting what
Arabic news refers back to. rules_definite_description now leaves out a source noun (المصدر،
المصادر الصحافية), and a new feature on the other candidates, alt_definite_source_body, marks a body
or unnamed source (never a person) when the rules' speaker is such a bare source noun: «المصدر»
refers back to the medium, body or «مصدر مطلع» that carried the news before, not to a person named
in between (of the 30 such speakers on the blind outputs of test4-test61 the rules had 4 right, a
body or source candidate 9, a person 2, both of them a nisba or a name inside a longer source
phrase). The 27e recipe refitted on test4-test61: leave-one-set-out test42-61 +77 (the refit without
either feature +72; only the definite description without sources +75; with them but no split +79,
which gave «وقال المصدر» to the minister named before); weights 2.51 (alt_definite_source_body) and
-0.82 (rules_definite_description); select() 0.5, which on today's cached outputs (/tmp/rk, the
62 open gold sets, the sample aside) lost 2-6 right speakers on each of test8, test12 and test46;
shipped at 0.75: 8,083 against the shipped refit's 8,077 (read half 4,080 / 4,075, check half 4,003
/ 4,002), no set below -1; evalall on 33e1461: TOTAL right 8,165 -> 8,171 (read half 4,132 -> 4,137,
check half 4,033 -> 4,034; test -1 of 56 matched), detection unchanged, the sample 15/15. Merged,
then reverted by the lead (weights and feature code in the history at 9c85866): the loss on
test (0.946 -> 0.929) breaks the round's keep rule (no set below -0.01), which the merge had waived,
and on the fresh blind test62-65 the merged code had 480 right speakers against 484 without it
(unnamed sources 43 against 47 of 59). The blind run came before the revert, so the published
test62-65 figure is the better of two scored versions (a choice worth at most 4 of 603).

Round 39 (2026-11-30; /tmp analysis scripts calling this script's load_set, select, fit_sets, gain
and speaker_accuracy on its dumps; test62-test73 dumped at their blind commits f7e8a20, 94247a7,
dbbebdd). The model shipped in round 36 (fitted on test4-test61, margin 0.75) on the blind-run outputs
of test62-test73, which it never saw: 1,475 -> 1,519 right speakers of 1,879 matched (0.785 -> 0.808,
+44; test62-65 / 66-69 / 70-73: +22 / +12 / +10; only test73 loses, -1); some candidate is right for
0.81-0.96 per set. A refit on test4-test73 (10,369 matched quotations with candidates) by the 27e recipe
(``--inner 4 --l2 0.3 --margins 0,0.25,0.5,0.75,1,1.25,1.5,2``), leave-one-set-out on each of
test62-73: +45 (+20 / +14 / +11; fold margin 0.5 in all 12 folds), against the shipped model's +44 on
the same outputs, both out of sample there. At one margin for every fold (``gain``) the refit has +37 /
+42 / +43 / +43 / +33 / +28 / +25 / +19 at 0 / 0.25 / 0.5 / 0.75 / 1 / 1.25 / 1.5 / 2, the shipped
weights +45 / +42 / +43 / +43 / +38 / +35 / +33 / +23: twelve more sets and 1,800 more quotations
changed nothing the held-out sets can see. A fit on the recent sets alone (test42-test73),
leave-one-set-out on test62-73: +45 / +37 / +27 at 0.5 / 0.75 / 1. select() on all 70 sets picks
0.5 (calibration gains on today's dev / test / test2 / test3 0 / -1 / -1 / +1; steady_margin 1.0).
The rule fixed before the run (ship only if the refit's leave-one-set-out gain on test62-73 beats the
shipped model's by 8 or more and the all-set fit loses no right speaker on today's outputs): +45
against +44, not shipped, the weights are unchanged (so the no-harm check on today's outputs was not
needed). By the gold's speaker type on the blind outputs of test62-73 (quotes_eval's by_speaker_type,
rules -> shipped model): persons 1,129 -> 1,173 of 1,366, organisations 184 -> 181 of 269, unnamed
sources 122 -> 126 of 177, groups 40 -> 39 of 68. Of the 85 organisations the rules got wrong some
candidate is right for 33; the model fixes 1 and breaks 4 (13 picks wrong for wrong): the ranker
does not mend bodies, whose errors are mostly the rules' extent and resolution (of the wrong unnamed
sources, 20 of 54 have a right candidate; fixes 7, breaks 3).

Round 46 (2026-12-01; /tmp analysis scripts calling this script's load_set, select, fit_sets, gain
and speaker_accuracy on its dumps; test74-test109 dumped at their blind commits e185fd4 to d0d5b9c).
The model shipped in round 36 (fitted on test4-test61, margin 0.75) on the blind-run outputs of
test74-test109, which it never saw: 4,481 -> 4,580 right speakers of 5,600 matched (0.800 -> 0.818,
+99; test74-77 / 78-81 / 82-85 / 86-89 / 90-93 / 94-97 / 98-101 / 102-105 / 106-109: +16 / +8 / +14 /
+13 / +11 / +14 / +11 / +7 / +5; test86, test103, test106 and test107 lose 1 each); some candidate is
right for 0.665-0.964 per set. By the gold's speaker type (rules -> shipped model): persons 3,291 ->
3,389 of 3,798, organisations 577 -> 578 of 913, unnamed sources 488 -> 488 of 688, groups 125 -> 125
of 201. Of the quotations with candidates whose speaker the rules got wrong, some candidate is right
for 288 of 502 persons (the model fixes 99, breaks 4), 141 of 329 organisations (fixes 19, breaks 19),
52 of 193 unnamed sources (4 / 5) and 21 of 69 groups (1 / 1): the gain is all persons', as in round
39. A refit on test4-test109 (15,935 matched quotations with candidates) by the 27e recipe (``--inner 4
--l2 0.3 --margins 0,0.25,0.5,0.75,1,1.25,1.5,2``), leave-one-set-out on each of test74-109: +98
(0.818; by the groups above +14 / +10 / +12 / +14 / +12 / +15 / +10 / +6 / +5; fold margin 0.25 in 28
folds, 0 and 0.5 in 4 each), against the shipped model's +99 on the same outputs, both out of sample
there (per-set differences -2 to +3; a 36-set sum has a standard error of ~5). At one margin for every
fold (``gain``) the refit has +94 / +95 / +90 / +80 / +73 / +65 / +67 / +63 at 0 / 0.25 / 0.5 / 0.75 /
1 / 1.25 / 1.5 / 2, the shipped weights +73 / +79 / +86 / +94 / +79 / +73 / +64 / +65. select() on all
106 sets picks 0.5. On today's outputs (854727e) of the 110 open gold sets (dev, test, test2-test109,
the sample aside; 16,819 matched, rules 14,731) the shipped model has 14,987 right (read half, dev and
even test2-test104, 7,221; check half, test and odd test3-test105, 7,232; test106-109 534) and the
all-set fit 14,963 / 14,987 / 14,979 / 14,963 / 14,946 / 14,952 at 0.25 / 0.5 / 0.75 / 1 / 1.25 / 1.5
(at 0.5: read half 7,224, check half 7,228, test106-109 535; test63 -4). A fit on the recent sets
alone (test42-test109, 10,408 quotations), leave-one-set-out on test74-109: +92 (fold margin 0 in 29
folds); select() 0.5, today 14,971 (read half 7,215, check half 7,217). The rule fixed before the run
(ship only if the refit's leave-one-set-out gain on test74-109 beats the shipped model's by 10 or more
and the all-set fit at select()'s margin, or the nearest that passes, loses no right speaker on today's
outputs): +98 against +99 (recent sets only: +92), not shipped, the weights are unchanged. 36 more sets
and 5,600 more quotations changed nothing the held-out sets can see: the ranker's reach is the persons
some candidate names (189 of the 288 still wrong), and the organisations, unnamed sources and groups
the rules get wrong mostly have no right candidate (their extent and resolution, not a ranking).


Round 46, phrase ends as candidates (2026-12-01; /tmp analysis scripts calling this script's fit,
fit_sets, select and gain on the blind-run caches of test4-109, not run again; test110-113 unopened):
an error study of the blind first-run outputs of test74-109 found that a perfect ranker over today's
candidates would reach 0.890, and that letting it choose the END of the speaker phrase at the rules'
mention might reach 0.915. Each quotation whose rules' speaker has a mention got, as further
candidates, the phrase from the mention's start cut or extended word by word (1-10 words, never across
punctuation, a sentence end or any quotation or cue: speaker_extent's limits), one per new family word
(10,025 ends on 2,857 of the 5,600 matched quotations of test74-109), described by 14 new features:
end/type flags, log words longer/shorter than the rules' end, the shipped extent model's score
against the rules' end (bodies and persons apart), an entity ending there / cut by the end, and a
preposition or non-name word last. Oracle on test74-109: 4,966 -> 5,046 (+80; +43 from bodies,
sources and groups); only 80 of those 2,857 quotations have an end right where the rules are wrong,
against 2,406 where the rules are right. 27e recipe (inner 4, L2 0.3, the eight margins),
leave-one-set-out right-speaker gain on test74-109 over the rules: no ends (this pipeline's check of
the round-46 refit) +98; ends with the rules' features copied +80; bodies/sources/groups only +93;
those only where the extent model prefers the end +93; ends with only the new features (the base
features zero, so the ranker's own weights are not bent) +94 (selected margin 0.25; at one margin
for all folds +92 / +89 / +80 / +76 / +70 / +60 / +62 / +58 against no ends' +94 / +95 / +90 / +80 /
+73 / +65 / +67 / +63). The held-out folds pick an end 19 times: 3 fixed, 6 broken. Fitted on even
sets and scored on odd ones and back, the best end beats the rules' speaker by more than 0 / 0.5 /
1 / 2 in 33 / 17 / 8 / 5 quotations, fixing 7 / 3 / 1 / 0 and breaking 10 / 5 / 3 / 3: no margin
makes ends gain. On today's outputs of the open gold sets (dev, test, test2-109; 16,819 matched) the
all-set fit of the last variant has 14,947 right against the shipped model's 14,987 (-40; read half
-15, check half -24, test106-109 -1; at margin 0.5 -22). The rule fixed before any figure (ship only
if the leave-one-set-out gain beats the shipped model's +99 on the same outputs by 10 and the all-set
fit loses nothing on today's outputs): every variant is below +99, not shipped, no code or weights
changed. The end of a name is not learnable from these features at the ranker: the 0.90 target needs
better entity extents upstream, not more speaker candidates.

Round 54 (2026-12-02; /tmp analysis scripts calling this script's load_set, select, fit_sets, gain and
speaker_accuracy; every set test4-test175 dumped at its blind commit under /tmp/rk54, all 52 commits
still ran; test176-181 never built, used only through fast54.py). The dumps were built one corpus pass
per commit for all its sets (rule_outputs makes one pass per set; the same files, ~25-50 s a commit).
The model shipped in round 36 (S; fitted on test4-test61, margin 0.75) on the blind-run outputs of
test146-test175, which it never saw: 3,773 -> 3,850 right speakers of 4,672 matched (0.808 -> 0.824,
+77; test146-157 / 158-169 / 170-175: +36 / +28 / +13; test155 and test171 -1 each); at one margin for
all sets (``gain``) +84 / +85 / +80 / +76 / +74 / +74 / +67 / +58 at 0 / 0.25 / 0.5 / 0.75 / 1 / 1.25 /
1.5 / 2. A refit (R) on all 172 sets test4-test175 (26,197 matched quotations with candidates) by the
27e recipe (``--inner 4 --l2 0.3 --margins 0,0.25,0.5,0.75,1,1.25,1.5,2``), leave-one-set-out on each of
test146-175: +88 (0.826; +36 / +37 / +15; fold margin 0.25 in 24 folds, 0.5 in 6; per-set difference to
S -1 to +3, five sets -1), against S's +77: +11, so part (a) of the rule fixed before the run (at least
+10 over S) passed, narrowly (a 30-set sum of per-set differences has a standard error of ~6; with
``gain`` +86 against +76). At one margin for every fold R has +93 / +83 / +82 / +83 / +78 / +72 / +63 /
+52. select() on all 172 sets picks 0.5 (largest weight changes against S: plural_cue_group +0.37 ->
+1.25, plural_cue_single -2.12 -> -1.25, first_name_of_rules -1.87 -> -1.01, feminine_cue_person -0.98
-> -0.13, after_cue +0.12 -> +0.78). Part (b), the all-set fit on today's outputs (9818fdd; fast54.py,
183 open sets, against /tmp/r54/base.txt; right speakers read / check / analysis / fresh, total): at 0.5
-6 / -7 / +3 / 0, -10 (test169 -0.014); at 0.75 -3 / -17 / +2 / +2, -16 (ten sets below -0.010, test97
-5 = -0.030); at 1 -8 / -31 / 0 / +1, -38 (19 sets below -0.010); at 0.25 0 / -3 / +8 / -1, +4 (eight
sets below -0.010, fresh -1); at 0 -18 / -1 / +18 / -4, -5 (18 sets below -0.010; the analysis sets'
gains are in-sample). At 0.75 the test suite also fails five tests: the quality-gate floors of test62-65
and test94-97, two quotes tests (an honorific formula after the name, an entity body then a statement)
and test_the_shipped_ranker_keeps_its_bound (R weighs log_mentions_so_far +0.14 > 0, which turns the
rivals' bound off and slows the stage). No margin passes (b): R not shipped, the weights are unchanged.
As in rounds 39 and 46, three times the data buys the held-out sets a few quotations within noise, and a
model fitted on the blind commits' outputs trusts rules that today's code no longer has: on today's
outputs it gains only on the analysis sets, in-sample, and at every margin some 40 of the 183 sets lose
right speakers (43 at 0.25 and at 0.5).

Usage::

    python3 benchmarks/train_speaker_ranker.py                  # dump (cached), cross-validate, write
    python3 benchmarks/train_speaker_ranker.py --no-write       # figures only
    python3 benchmarks/train_speaker_ranker.py --today          # also today's code on the sets used
    python3 benchmarks/train_speaker_ranker.py --sets test4,test5  # only these blind-run sets
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

# One BLAS thread: on the shared two-core machine, with other jobs running, a threaded 17,000 x 48
# product took 40 ms instead of 0.5 ms and one fit 20 s instead of 0.5 s (round 27e). Set before numpy.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

from quotes_eval import (  # noqa: E402
    Item,
    clean_sha1,
    family,
    gold_items,
    match,
    predicted_items,
    read_gold,
    score,
    squeeze,
)
from rasid.extract.speakers import FEATURES, Choice, Ranker, _unfit_pick, quote_choices  # noqa: E402
from rasid.model import Article  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks/gold"
CORPUS = REPO.parent / "shared/corpora/saudinewsnet"
WORK = Path("/tmp/rk")
WEIGHTS = REPO / "src/rasid/resources/speaker_ranker.json"

# Commit of each set's blind first run (benchmarks/RESULTS.md, "Blind first run ... commit X").
BLIND_COMMITS = {
    "test4": "e636177",
    "test5": "3f99596",
    "test6": "e621297",
    "test7": "fa67d9b",
    "test8": "257946d",
    "test9": "9b44024",
    "test10": "0ba7d2f",
    "test11": "a834cab",
    "test12": "1f6785d",
    "test13": "bd2fda6",
    "test14": "0d6b899",
    "test15": "0d6b899",
    "test16": "37a04f0",
    "test17": "37a04f0",
    "test18": "3addc63",  # (first run with the shipped weights, which predate them)
    "test19": "3addc63",
    "test20": "7f93c13",  # (first run at the start of round 20, before it; not yet trained on)
    "test21": "7f93c13",
    "test22": "7f93c13",
    "test23": "7f93c13",
    "test24": "438d22a",  # (first run after round 20, with the sixteen-set weights)
    "test25": "438d22a",
    "test26": "bf05ad1",
    "test27": "bf05ad1",
    "test28": "bf05ad1",
    "test29": "bf05ad1",
    "test30": "aa3d1a3",  # (first run at the start of round 25, before it; not yet trained on)
    "test31": "aa3d1a3",
    "test32": "aa3d1a3",
    "test33": "aa3d1a3",
    "test34": "3647ec5",  # (first run at the start of round 26, before it; not yet trained on)
    "test35": "3647ec5",
    "test36": "3647ec5",
    "test37": "3647ec5",
    "test38": "90d7ea0",  # (first run with the session's final code, after round 26; not yet trained on)
    "test39": "90d7ea0",
    "test40": "90d7ea0",
    "test41": "90d7ea0",
    "test42": "cc11b20",  # (first run at the start of round 27, before it; not yet trained on)
    "test43": "cc11b20",
    "test44": "cc11b20",
    "test45": "cc11b20",
    "test46": "5e83351",  # (first run at the start of round 28, before it; not yet trained on)
    "test47": "5e83351",
    "test48": "5e83351",
    "test49": "5e83351",
    "test50": "0891546",  # (annotated while round 31 ran; first run with the session's starting code)
    "test51": "0891546",
    "test52": "0891546",
    "test53": "0891546",
    "test54": "7775b2b",  # (annotated while round 34 ran; first run with the session's starting code)
    "test55": "7775b2b",
    "test56": "7775b2b",
    "test57": "7775b2b",
    "test58": "e5fa9c3",  # (annotated while round 35 ran; first run with the code after round 34)
    "test59": "e5fa9c3",
    "test60": "e5fa9c3",
    "test61": "e5fa9c3",
    "test62": "f7e8a20",  # (annotated while round 36 ran; first run at its start; not yet trained on)
    "test63": "f7e8a20",
    "test64": "f7e8a20",
    "test65": "f7e8a20",
    "test66": "94247a7",  # (annotated while round 37 ran; first run at its start; not yet trained on)
    "test67": "94247a7",
    "test68": "94247a7",
    "test69": "94247a7",
    "test70": "dbbebdd",  # (annotated while round 38 ran; first run at its start; not yet trained on)
    "test71": "dbbebdd",
    "test72": "dbbebdd",
    "test73": "dbbebdd",
    "test74": "e185fd4",  # (annotated while round 39 ran; first run at its start; not yet trained on)
    "test75": "e185fd4",
    "test76": "e185fd4",
    "test77": "e185fd4",
    "test78": "19cedbc",  # (annotated at the end of round 39; first run with its final code; untrained)
    "test79": "19cedbc",
    "test80": "19cedbc",
    "test81": "19cedbc",
    "test82": "f5c2154",  # (annotated while round 40 ran; first run at its start; untrained)
    "test83": "f5c2154",
    "test84": "f5c2154",
    "test85": "f5c2154",
    "test86": "f4e17f2",  # (annotated while round 41 ran; first run at its start; untrained)
    "test87": "f4e17f2",
    "test88": "f4e17f2",
    "test89": "f4e17f2",
    "test90": "d033424",  # (annotated while round 42 ran; first run at its start; untrained)
    "test91": "d033424",
    "test92": "d033424",
    "test93": "d033424",
    "test94": "11ff60b",  # (annotated while round 43 ran; first run at its start; untrained)
    "test95": "11ff60b",
    "test96": "11ff60b",
    "test97": "11ff60b",
    "test98": "8f9c078",  # (annotated while round 44 ran; first run at its start; untrained)
    "test99": "8f9c078",
    "test100": "8f9c078",
    "test101": "8f9c078",
    "test102": "c409107",  # (annotated while round 45 ran; first run at its start; untrained)
    "test103": "c409107",
    "test104": "c409107",
    "test105": "c409107",
    "test106": "d0d5b9c",  # (annotated at the end of round 45b; first run with its final code; untrained)
    "test107": "d0d5b9c",
    "test108": "d0d5b9c",
    "test109": "d0d5b9c",
    "test110": "854727e",  # (annotated at the start of round 46; first run with its starting code; untrained)
    "test111": "854727e",
    "test112": "854727e",
    "test113": "854727e",
    "test114": "95287e8",  # (annotated at the end of round 46; first run with its final code; untrained)
    "test115": "95287e8",
    "test116": "95287e8",
    "test117": "95287e8",
    "test118": "b57a968",  # (annotated in round 47; first run with its final code; untrained)
    "test119": "b57a968",
    "test120": "b57a968",
    "test121": "b57a968",
    "test122": "ef7019f",  # (annotated in round 48; first run with its final code; untrained)
    "test123": "ef7019f",
    "test124": "ef7019f",
    "test125": "ef7019f",
    "test126": "5fcbeda",  # (annotated end of round 48; first run in round 49, round 48 code; untrained)
    "test127": "5fcbeda",
    "test128": "5fcbeda",
    "test129": "5fcbeda",
    "test130": "c493839",  # (annotated at the start of round 49; first run with its final code; untrained)
    "test131": "c493839",
    "test132": "c493839",
    "test133": "c493839",
    "test134": "aff721b",  # (annotated at the end of round 49; first run with its final code; untrained)
    "test135": "aff721b",
    "test136": "aff721b",
    "test137": "aff721b",
    "test138": "ac47f82",  # (annotated at the start of round 50; first run with its final code; untrained)
    "test139": "ac47f82",
    "test140": "ac47f82",
    "test141": "ac47f82",
    "test142": "402c014",  # (annotated end of round 50; first run in round 51 with its code; untrained)
    "test143": "402c014",
    "test144": "402c014",
    "test145": "402c014",
    "test146": "98ef4e7",  # (annotated at the start of round 51; first run with its final code; untrained)
    "test147": "98ef4e7",
    "test148": "98ef4e7",
    "test149": "98ef4e7",
    "test150": "65fca88",  # (annotated in round 51 after its code was final; first run with it; untrained)
    "test151": "65fca88",
    "test152": "65fca88",
    "test153": "65fca88",
    "test154": "65fca88",  # (annotated at round 51's end; first run in round 52 with round 51's final code)
    "test155": "65fca88",
    "test156": "65fca88",
    "test157": "65fca88",
    "test158": "b716a51",  # (annotated at round 52's start; first run with its final code; untrained)
    "test159": "b716a51",
    "test160": "b716a51",
    "test161": "b716a51",
    "test162": "aecdbaf",  # (annotated in round 52 after its code was final; first run with it; untrained)
    "test163": "aecdbaf",
    "test164": "aecdbaf",
    "test165": "aecdbaf",
    "test166": "2678910",  # (annotated at round 52's end after its code was final; first run with it)
    "test167": "2678910",
    "test168": "2678910",
    "test169": "2678910",
    "test170": "8813bab",  # (annotated at round 53's start; first run with its final code; untrained)
    "test171": "8813bab",
    "test172": "8813bab",
    "test173": "8813bab",
    "test174": "c56c3e5",  # (annotated at round 53's end after its code was final; first run with it)
    "test175": "c56c3e5",
    "test176": "c56c3e5",
    "test177": "c56c3e5",
    "test178": "188aba9",  # (annotated at round 53's end; first run in round 54 with its final code)
    "test179": "188aba9",
    "test180": "188aba9",
    "test181": "188aba9",
    "test182": "f90c6d4",  # (annotated at round 54's start; first run with its final code)
    "test183": "f90c6d4",
    "test184": "f90c6d4",
    "test185": "f90c6d4",
    "test186": "0fc1067",  # (drawn in round 54, annotated again at round 55's start; round 54's final code)
    "test187": "0fc1067",
    "test188": "0fc1067",
    "test189": "0fc1067",
    "test190": "0736617",  # (drawn and annotated during round 55; first run with its final code)
    "test191": "0736617",
    "test192": "0736617",
    "test193": "0736617",
    "test194": "82e9996",  # (drawn and annotated at the end of round 55, committed unrun;
    # first run with its final code)
    "test195": "82e9996",
    "test196": "82e9996",
    "test197": "82e9996",
    "test198": "038e264",  # (drawn and annotated during round 56; first run with its final code)
    "test199": "038e264",
    "test200": "038e264",
    "test201": "038e264",
    "test202": "85bdfe9",  # (drawn and annotated at the end of round 56, committed unrun;
    #   first run at round 57's start with round 56's final code)
    "test203": "85bdfe9",
    "test204": "85bdfe9",
    "test205": "85bdfe9",
    "test206": "ca42afc",  # (drawn and annotated during round 57; first run with its final code)
    "test207": "ca42afc",
    "test208": "ca42afc",
    "test209": "ca42afc",  # (drawn and annotated at the end of round 57 after its code was final)
    "test210": "ca42afc",
    "test211": "ca42afc",
    "test212": "ca42afc",
    "test213": "dd0821a",  # (drawn and annotated during round 58; first run with its final code)
    "test214": "dd0821a",
    "test215": "dd0821a",
    "test216": "dd0821a",
    "test217": "8638d1f",  # (drawn and annotated at round 59's start; first run with its final code)
    "test218": "8638d1f",
    "test219": "8638d1f",
    "test220": "8638d1f",
    "test221": "0ebb59e",  # (drawn and annotated at round 60's start; first run with its final code)
    "test222": "0ebb59e",
    "test223": "0ebb59e",
    "test224": "0ebb59e",
    "test225": "1ec2458",  # (drawn and annotated at round 61's start; first run with its final code)
    "test226": "1ec2458",
    "test227": "1ec2458",
    "test228": "1ec2458",
    "test229": "bccc47e",  # (drawn and annotated during round 61, first run with round 62's final code)
    "test230": "bccc47e",
    "test231": "bccc47e",
    "test232": "bccc47e",
    "test233": "b9a0d3b",  # (drawn and annotated at round 64's start; first run with its final code)
    "test234": "b9a0d3b",
    "test235": "b9a0d3b",
    "test236": "b9a0d3b",
    "test237": "6f24929",  # (drawn and annotated at round 65's start; first run with its final code)
    "test238": "6f24929",
    "test239": "6f24929",
    "test240": "6f24929",
    "test241": "a1774d4",  # (drawn and annotated at round 67's start; first run with its final code)
    "test242": "a1774d4",
    "test243": "a1774d4",
    "test244": "a1774d4",
    "test245": "05f87c2",  # (drawn and annotated at round 68's start; first run with its starting code)
    "test246": "05f87c2",
    "test247": "05f87c2",
    "test248": "05f87c2",
    "test249": "439feef",
    "test250": "439feef",
    "test251": "439feef",
    "test252": "439feef",
}
# Sets with no recorded blind run: today's rule outputs on them calibrate the margin (never trained on).
CALIBRATION_SETS = ("dev", "test", "test2", "test3")


def gold_path(name: str) -> Path:
    return GOLD / ("quotes_dev.jsonl" if name == "dev" else f"quotes_{name}.jsonl")


# Run in a subprocess whose PYTHONPATH is an old commit's src, so it must not import today's rasid:
# one Article JSON a line for the articles the gold file names, as the rules left them (the speakers
# stage, when the code has it, is not run). Same loop as quotes_eval.process_articles.
DUMP_PROGRAM = """
import json, sys
from pathlib import Path
from quotes_eval import read_gold
from rasid.corpus.readers import read_inputs
from rasid.pipeline import Options
records = read_gold(Path(sys.argv[1]))
docs = {r["doc"] for r in records}
urls = {r["url"] for r in records if r.get("url")}
options = Options()
stages = [s for s in options.pipeline() if s.name != "speakers"]
with open(sys.argv[2], "w", encoding="utf-8") as sink:
    for item in read_inputs([sys.argv[3]]):
        if isinstance(item, Exception):
            continue
        key = item.id if item.id in docs else item.url if item.url in urls else None
        if key is None:
            continue
        for stage in stages:
            item = stage.func(item, options)
        sink.write(json.dumps({"key": key, "article": item.to_dict()}, ensure_ascii=False) + "\\n")
"""


_REBUILT: set[Path] = set()


def rule_outputs(name: str, commit: str | None) -> Path:
    """The dump of ``commit``'s pipeline (``None``: this worktree's code, rebuilt once per run since
    it may have changed; an old commit's dump is kept in /tmp between runs) over set ``name``."""
    tag = commit or "today"
    out = WORK / f"{name}.{tag}.jsonl"
    if out in _REBUILT or (commit is not None and out.exists()):
        return out
    WORK.mkdir(parents=True, exist_ok=True)
    if commit is None:
        src = REPO / "src"
    else:
        src = WORK / f"old_{commit}" / "src"
        if not src.exists():
            src.parent.mkdir(parents=True, exist_ok=True)
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", commit, "src"], check=True, capture_output=True
            )
            subprocess.run(["tar", "-x", "-C", str(src.parent)], input=archive.stdout, check=True)
    env = dict(os.environ, PYTHONPATH=str(src))
    partial = out.with_suffix(".part")
    command = [sys.executable, "-c", DUMP_PROGRAM, str(gold_path(name)), str(partial), str(CORPUS)]
    subprocess.run(command, env=env, check=True, cwd=REPO / "benchmarks")
    partial.rename(out)
    _REBUILT.add(out)
    return out


# --------------------------------------------------------------------------------------------------
# Examples: one per matched quotation, its candidates' features and which of them are right


@dataclass
class Example:
    """One matched quotation: candidate features, which are right, which is the rules' choice."""

    features: np.ndarray  # candidates x features
    right: np.ndarray  # bool per candidate
    rules: int | None
    doc: str = ""
    choice: Choice | None = None
    gold_speaker: str | None = None
    vetoed: np.ndarray | None = None  # bool per candidate: the stage never puts it in the rules' place


@dataclass
class SetData:
    """A gold set's articles (rules outputs), gold items and the training examples they give."""

    name: str
    articles: dict[str, Article]
    gold: list
    examples: list[Example] = field(default_factory=list)
    choices: dict[str, list[Choice]] = field(default_factory=dict)


def dumped_articles_and_gold(name: str, dump: Path) -> tuple[dict[str, Article], list]:
    """The dumped articles of set ``name`` whose clean text matches the gold's hash, and the gold
    items over them (shared with ``train_speaker_extent.py``)."""
    records = read_gold(gold_path(name))
    articles = {}
    for line in dump.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles[row["key"]] = Article.from_dict(row["article"])
    hashes = {r["doc"]: r.get("clean_sha1") for r in records}
    hashes.update({r["url"]: r.get("clean_sha1") for r in records if r.get("url")})
    kept = {k: a for k, a in articles.items() if hashes.get(k) is None or hashes[k] == clean_sha1(a.text)}
    records = [r for r in records if r["doc"] in kept or r.get("url") in kept]
    gold, _problems = gold_items(records, kept)
    return kept, gold


def load_set(name: str, dump: Path) -> SetData:
    """The dumped articles whose clean text matches the gold's hash, the gold items, the examples."""
    kept, gold = dumped_articles_and_gold(name, dump)
    data = SetData(name, kept, gold)
    pred, where = indexed_items(kept)
    for g, p in match(gold, pred):
        doc, qi = where[id(p)]
        choices = data.choices.setdefault(doc, quote_choices(kept[doc]))
        choice = next((c for c in choices if c.quote == qi), None)
        if choice is None or not choice.candidates:
            continue
        target = family(g.speaker)
        right = np.array([target is not None and family(c.name) == target for c in choice.candidates])
        features = np.array([c.features for c in choice.candidates])
        quote, text = kept[doc].quotes[qi], kept[doc].text
        vetoed = np.array([_unfit_pick(c, quote, text) for c in choice.candidates])
        data.examples.append(Example(features, right, choice.rules, doc, choice, g.speaker, vetoed))
    for doc, article in kept.items():
        data.choices.setdefault(doc, quote_choices(article))
    return data


def indexed_items(articles: dict[str, Article]) -> tuple[list[Item], dict[int, tuple[str, int]]]:
    """``predicted_items`` with, for each item, its ``(doc, quote index)``."""
    items, where = [], {}
    for doc, article in articles.items():
        squeezed, at = squeeze(article.text)
        for qi, quote in enumerate(article.quotes):
            start, end = at[quote.start], at[quote.end]
            speaker = quote.speaker.name if quote.speaker else None
            item = Item(doc, quote.kind, speaker, start, end, squeezed[start:end].strip(), quote.cue.text)
            items.append(item)
            where[id(item)] = (doc, qi)
    return items, where


# --------------------------------------------------------------------------------------------------
# The conditional logit


def fit(
    examples: list[Example], l2: float, start: np.ndarray | None = None, width: int | None = None
) -> np.ndarray:
    """Weights maximising the log-likelihood of a right candidate (softmax over each quotation's
    candidates, several right ones summed) minus ``l2`` times the squared weights (L-BFGS from
    ``start``, zeros by default; the optimum is the same, a near one only saves iterations).
    ``width``: the number of features when no example is usable (the ranker's by default; the
    extent trainer fits its own examples, any objects with ``features`` and ``right``, here too)."""
    usable = [e for e in examples if e.right.any() and not e.right.all()]
    if not usable:
        return np.zeros(width or len(FEATURES))
    x = np.concatenate([e.features for e in usable])
    right = np.concatenate([e.right for e in usable])
    group = np.concatenate([np.full(len(e.right), i) for i, e in enumerate(usable)])
    n_groups = len(usable)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        top = np.full(n_groups, -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        z_all = np.bincount(group, e, n_groups)
        z_right = np.bincount(group, e * right, n_groups)
        value = -np.sum(np.log(z_right) - np.log(z_all)) + l2 * w @ w
        p_all = e / z_all[group]
        p_right = np.where(right, e / z_right[group], 0.0)
        grad = x.T @ (p_all - p_right) + 2 * l2 * w
        return value, grad

    result = minimize(loss, np.zeros(x.shape[1]) if start is None else start, jac=True, method="L-BFGS-B")
    return result.x


_FITS: dict[tuple[frozenset[str], float], np.ndarray] = {}


def fit_sets(sets: dict[str, SetData], l2: float) -> np.ndarray:
    """:func:`fit` on the examples of ``sets``, once per run for each group of sets (leave-one-set-out
    inside leave-one-set-out fits each pair of left-out sets twice), started from the fit on the
    largest group already fitted: the nested selection costs ~250 fits per L2 instead of ~500 cold."""
    key = (frozenset(sets), l2)
    if key not in _FITS:
        near = [k for k in _FITS if k[1] == l2 and key[0] <= k[0]]
        start = _FITS[min(near, key=lambda k: len(k[0]))] if near else None
        _FITS[key] = fit([e for d in sets.values() for e in d.examples], l2, start)
    return _FITS[key]


def speaker_accuracy(data: SetData, ranker: Ranker | None) -> tuple[float, int]:
    """Speaker accuracy over matched quotations (quotes_eval's score) with the ranker applied."""
    articles = data.articles
    if ranker is not None:
        articles = {}
        for doc, article in data.articles.items():
            quotes = list(article.quotes)
            for choice in data.choices[doc]:
                picked = ranker.pick(choice)
                if picked is not None and picked != choice.rules:
                    if _unfit_pick(choice.candidates[picked], quotes[choice.quote], article.text):
                        continue  # as rank_speakers: the rules' speaker stays
                    speaker = choice.candidates[picked].speaker(article.text)
                    quotes[choice.quote] = dataclasses.replace(quotes[choice.quote], speaker=speaker)
            articles[doc] = dataclasses.replace(article, quotes=tuple(quotes))
    figures = score(data.gold, predicted_items(articles))
    return figures["speaker_accuracy"], figures["matched"]


def oracle(data: SetData) -> float:
    """Share of matched quotations where some candidate is right."""
    n = len(data.gold)
    pred, _ = indexed_items(data.articles)
    matched = len(match(data.gold, pred))
    return sum(bool(e.right.any()) for e in data.examples) / matched if matched and n else 0.0


def gain(examples: list[Example], ranker: Ranker) -> int:
    """Quotations the ranker makes right minus those it makes wrong, against the rules' choice (a
    pick the stage vetoes keeps the rules' choice, as in ``rank_speakers``)."""
    total = 0
    for e in examples:
        picked = ranker.pick(e.choice) if e.choice is not None else e.rules
        if picked is not None and picked != e.rules and e.vetoed is not None and e.vetoed[picked]:
            picked = e.rules
        before = e.rules is not None and bool(e.right[e.rules])
        after = picked is not None and bool(e.right[picked])
        total += after - before
    return total


# How much more a quotation lost on a held-out set weighs than one gained, when (L2, margin) is
# chosen: a model whose gains come with losses on some sets did not generalise to those sets (set a
# priori at 2, not tuned: a fitted margin that gained 0.039 leave-one-set-out gained 0.002 on four
# fresh blind sets, one of them losing 0.052).
LOSS_WEIGHT = 2.0


def robust_gain(gains: Sequence[int]) -> float:
    """The summed gain over sets, each set's loss counted ``1 + LOSS_WEIGHT`` times."""
    return sum(gains) + LOSS_WEIGHT * sum(min(g, 0) for g in gains)


def select(
    sets: dict[str, SetData],
    l2s: Sequence[float],
    margins: Sequence[float],
    calibration: dict[str, list[Example]],
    inner: int = 0,
) -> tuple[float, float]:
    """The (L2, margin) with the largest :func:`robust_gain`: leave-one-set-out over ``sets`` (the
    rules as they were on unseen articles; with ``inner`` > 0, ``inner`` groups of sets left out in
    turn, every ``inner``-th set in order) plus, fitted on all of ``sets``, on each ``calibration``
    set — today's rule outputs of the sets with no blind-run output (dev, test, test2, test3), which
    no model is trained on. Today's rules are better than the blind-run commits', so a margin that
    also serves them is a safer one. Ties go to the larger margin and L2, the more conservative model."""
    names = list(sets)
    groups = [names[g::inner] for g in range(inner)] if inner > 0 else [[n] for n in names]
    gains: dict[tuple[float, float], list[int]] = {}
    for l2 in l2s:
        for group in groups:
            weights = tuple(fit_sets({n: d for n, d in sets.items() if n not in group}, l2))
            for held in group:
                for m in margins:
                    gains.setdefault((l2, m), []).append(gain(sets[held].examples, Ranker(weights, m)))
        weights = tuple(fit_sets(sets, l2))
        for m in margins:
            gains[(l2, m)] += [gain(examples, Ranker(weights, m)) for examples in calibration.values()]
    return max(gains, key=lambda k: (robust_gain(gains[k]), k[1], k[0]))


def cross_validate(
    sets: dict[str, SetData],
    l2s: Sequence[float],
    margins: Sequence[float],
    calibration: dict[str, list[Example]],
    inner: int = 0,
) -> dict[str, tuple[float, float, int, float, float]]:
    """Leave-one-set-out, L2 and margin chosen by :func:`select` on the training sets alone (its
    ``inner`` split): ``{held-out set: (rules accuracy, ranker accuracy, matched, L2, margin)}``."""
    for l2 in l2s:
        fit_sets(sets, l2)  # the start of every smaller group's fit
    out = {}
    for held in sets:
        train = {n: d for n, d in sets.items() if n != held}
        l2, margin = select(train, l2s, margins, calibration, inner)
        weights = tuple(fit_sets(train, l2))
        rules, matched = speaker_accuracy(sets[held], None)
        ranked, _ = speaker_accuracy(sets[held], Ranker(weights, margin))
        out[held] = (rules, ranked, matched, l2, margin)
    return out


def steady_margin(weights: np.ndarray, selected: float, calibration: dict[str, list[Example]]) -> float:
    """The smallest margin, from ``selected`` up in steps of 0.25 (at most 4), at which the model
    loses no quotation on any ``calibration`` set. Leave-one-set-out over the blind-run commits'
    rules, which were worse than today's, favours small margins: a model fitted on all 22 sets lost
    quotations on 10 of today's 26 sets at margin 0.5 and on none at 2.5."""
    margin = selected
    while margin < 4 and any(
        gain(examples, Ranker(tuple(weights), margin)) < 0 for examples in calibration.values()
    ):
        margin += 0.25
    return margin


def pooled(per_set: dict) -> tuple[float, float, int]:
    """Micro-averaged (rules, ranker, matched) over sets."""
    n = sum(v[2] for v in per_set.values())
    return (
        sum(v[0] * v[2] for v in per_set.values()) / n,
        sum(v[1] * v[2] for v in per_set.values()) / n,
        n,
    )


def write_weights(
    ranker: Ranker,
    l2: float,
    margins: Sequence[float],
    l2s: Sequence[float],
    sets: dict[str, SetData],
    selected_margin: float,
    ship_reason: str = "--ship-margin",
    inner: int = 0,
) -> None:
    """``resources/speaker_ranker.json``: a header saying how the model was trained, then weights."""
    held_out = "leave-one-set-out" if inner <= 0 else f"on {inner} groups left out in turn"
    header = {
        "model": "conditional logit over each quotation's speaker candidates (rasid.extract.speakers)",
        "trained_by": "benchmarks/train_speaker_ranker.py",
        "date": time.strftime("%Y-%m-%d"),
        "training_data": (
            "rule outputs of the commit that first ran each set blind, over that set's articles whose "
            "clean text matches the gold's clean_sha1; labels from quotes_eval's family-name rule"
        ),
        "sets": {
            name: {"commit": BLIND_COMMITS[name], "examples": len(d.examples)} for name, d in sets.items()
        },
        "regularisation": f"L2 {l2:g} on the summed negative log-likelihood, fitted by L-BFGS",
        "margin": (
            f"the rules' choice is overridden only when the best candidate scores more than "
            f"{ranker.margin:g} above it; L2 and margin chosen among {list(l2s)} x {list(margins)} "
            f"by the gain {held_out} over the blind-run sets plus the gain on today's rule outputs of "
            f"each of {', '.join(CALIBRATION_SETS)}, a quotation lost on a set counted "
            f"{1 + LOSS_WEIGHT:g} times (sets no model is trained on: the last four)"
            + (
                ""
                if selected_margin == ranker.margin
                else f"; that picked {selected_margin:g}, and {ranker.margin:g} was shipped instead "
                f"({ship_reason})"
            )
        ),
    }
    data = {
        "header": header,
        "features": list(FEATURES),
        "weights": [round(w, 6) for w in ranker.weights],
        "margin": ranker.margin,
    }
    WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(REPO)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--today", action="store_true", help="also the final model on today's outputs, all sets"
    )
    parser.add_argument("--no-write", action="store_true", help="do not write the weights file")
    parser.add_argument("--l2", default="0.3,1,3", help="L2 strengths to choose from (comma-separated)")
    parser.add_argument("--margins", default="0,0.25,0.5,1,1.5,2", help="override margins to choose from")
    parser.add_argument(
        "--ship-margin",
        type=float,
        default=None,
        help="margin written to the weights file instead of the selected one (a ten-set fit shipped 1.5 "
        "where selection picked 1.0, which on today's outputs of dev, test, test2 lost 2 quotations more)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/rk"),
        help="cache of the old commits' sources and dumps (default /tmp/rk)",
    )
    parser.add_argument(
        "--sets",
        default=",".join(BLIND_COMMITS),
        help="blind-run sets to train and cross-validate on (comma-separated; default all of "
        "BLIND_COMMITS); the --today table covers these and the calibration sets",
    )
    parser.add_argument(
        "--steady-margin",
        action="store_true",
        help="ship the smallest margin at or above the selected one at which the final model loses no "
        "quotation to today's rules on any set it is not trained on (dev, test, test2, test3)",
    )
    parser.add_argument(
        "--inner",
        type=int,
        default=0,
        help="choose L2 and margin on this many groups of the training sets left out in turn instead of "
        "leave-one-set-out (0): with 38 sets, 4 groups fit ~190 models per L2 instead of ~1,400",
    )
    args = parser.parse_args(argv)
    global WORK  # rule_outputs reads it: one run, one cache
    WORK = args.work
    started = time.time()
    chosen = {name: BLIND_COMMITS[name] for name in args.sets.split(",")}
    for name, commit in chosen.items():
        rule_outputs(name, commit)
    print(f"dumps ready in {time.time() - started:.0f} s", file=sys.stderr)
    sets = {name: load_set(name, rule_outputs(name, commit)) for name, commit in chosen.items()}
    for name, data in sets.items():
        kept, examples = len(data.articles), len(data.examples)
        print(f"{name}: {kept} articles kept, {examples} examples, oracle {oracle(data):.3f}")
    margins = [float(m) for m in args.margins.split(",")]
    l2s = [float(v) for v in args.l2.split(",")]
    calibration_sets = {name: load_set(name, rule_outputs(name, None)) for name in CALIBRATION_SETS}
    calibration = {name: d.examples for name, d in calibration_sets.items()}
    table = cross_validate(sets, l2s, margins, calibration, args.inner)
    print("| held-out set | n | old rules | ranker | L2 | margin |")
    print("|---|---|---|---|---|---|")
    for name, (r, k, n, l2, m) in table.items():
        print(f"| {name} | {n} | {r:.3f} | {k:.3f} ({k - r:+.3f}) | {l2:g} | {m:g} |")
    rules, ranked, n = pooled(table)
    worst = min(v[1] - v[0] for v in table.values())
    print(f"| all | {n} | {rules:.3f} | {ranked:.3f} ({ranked - rules:+.3f}) | | |")
    print(f"worst held-out set {worst:+.3f}")
    l2, margin = select(sets, l2s, margins, calibration, args.inner)
    weights = fit_sets(sets, l2)
    shipped = margin if args.ship_margin is None else args.ship_margin
    reason = "--ship-margin"
    if args.steady_margin:
        shipped = steady_margin(weights, margin, calibration)
        reason = (
            "--steady-margin: the smallest margin, in steps of 0.25 from the selected one, at which the "
            f"final model loses no quotation to today's rules on any of {', '.join(CALIBRATION_SETS)}"
        )
    ranker = Ranker(tuple(float(w) for w in weights), shipped)
    print(f"final model: L2 {l2:g}, margin {margin:g} (chosen by select()); shipped {shipped:g}")
    if not args.no_write:
        write_weights(ranker, l2, margins, l2s, sets, margin, reason, args.inner)
    if args.today:
        print("| set (today's rules) | n | rules | rules + ranker |")
        print("|---|---|---|---|")
        today = {}
        for name in (*CALIBRATION_SETS, *chosen):
            data = load_set(name, rule_outputs(name, None))
            before, n = speaker_accuracy(data, None)
            after, _ = speaker_accuracy(data, ranker)
            today[name] = (before, after, n)
            print(f"| {name} | {n} | {before:.3f} | {after:.3f} ({after - before:+.3f}) |")
        before, after, n = pooled(today)
        print(f"| all | {n} | {before:.3f} | {after:.3f} ({after - before:+.3f}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
