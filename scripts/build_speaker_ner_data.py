"""Build in-domain NER training sentences at quotation speakers, for ``train_ner.py --extra``.

Where the data comes from: the hand-made quotation gold of the OPEN sets only —
``benchmarks/gold/quotes_dev.jsonl``, ``quotes_test.jsonl`` and ``quotes_test2.jsonl`` …
``quotes_test109.jsonl``. The blind sets, ``quotes_test110`` and every later one, are never read.
Articles come from ``shared/corpora/saudinewsnet`` (read with ``rasid.corpus.readers.read_inputs``,
cleaned and segmented by the pipeline's own ``clean`` and ``segment`` stages); articles of the blind
SaudiNewsNet NER batches (``benchmarks/gold/ner_saudinewsnet*.tsv``, matched by url) are left out.

For each gold record whose ``speaker_type`` is person or organization, the speaker's name is looked
for in the clean text near the quotation's cue (the record's cue offsets when its ``clean_sha1`` still
holds, else the ``cue_text`` nearest before the content): for a person, the longest run of words that
follows the gold ``speaker``'s words in order and ends with its last word (``نايف الجهني`` for
``نايف محمد الجهني``; a title before it stays outside); for an organisation, the whole ``speaker``
name. The nearest such run to the cue is the gold span (PER / ORG; a proclitic stays on the first
word as in train_ner.py's re-joined NewsFANE). Its sentence, as the tagger cuts sentences
(``crf_tagger.sentences_of``) and cropped to ``--window`` words either side of the span, is tagged:
the gold span B-/I-, every other word with the CURRENT model's own prediction (silver; a predicted
entity that overlaps the gold span is replaced by it). Sentences where the current model already
finds the gold span exactly are kept only one time in ``--keep-agree`` (they add little); 8-word runs
shared with a NER batch article (a wire copy under another url) drop a sentence too.

``--silver stage`` tags the other words as the whole ``entities`` stage does (CRF + gazetteers +
patterns + document mentions) instead of the CRF alone; ``--negatives N`` (with ``--silver stage``)
adds 1 in N cue windows of gold records whose source is unnamed or a group (مصادر، الباحثون), tagged
as the stage tags them. Experiment nerself47 (round 47) trained four models on this data; none met
its keep rule. Figures, shipped model → models trained with ``--extra``
(fresh test110–113 / test114–117 right speakers; NER batches 1–6 pooled micro-F1 of the stage):
shipped 519 / 523, 86.8; crf silver 517 / 531, 85.9; crf silver without ``none`` 520 / 526, 85.8;
``--silver stage`` 525 / 530, 86.0; ``--silver stage --negatives 1`` 521 / 526, 86.3. The CRF alone
gains on the NER batches (70.6 → 77.3 / 79.2 with stage silver) but the stage loses a little.
Round 48 (experiment nerself47 was round 47): ``--background N`` adds 1 in N whole sentences of the
same articles, stage-tagged, so that the speaker sentences do not teach the tagger that every subject
is a name. With ``--silver stage --negatives 1``: N = 12 / 6 / 3 (2,032 / 3,958 / 7,977 sentences):
CRF alone 81.2 / 81.5 / 81.2, stage 86.3 / 86.6 / 85.9 against the shipped 86.8 — no better for the
stage than without them; not run on the fresh sets. A new tagger also changes the output of 30 of
the suite's tests (invented sentences written against the shipped model).

Output: two columns (word, tag), a blank line between sentences, the format ``train_ner.py`` reads.

    PYTHONPATH=src nice python3 scripts/build_speaker_ner_data.py /tmp/speaker_ner.tsv
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "benchmarks/gold"
OPEN_SETS = ["dev", "test"] + [f"test{i}" for i in range(2, 110)]  # never test110 or later (blind)
CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
CUE_WINDOW = 250  # characters either side of the cue where the speaker's name is looked for


def gold_records() -> list[dict]:
    records = []
    for name in OPEN_SETS:
        number = name[4:] if name.startswith("test") else ""
        assert not (number.isdigit() and int(number) >= 110), "held-out set"
        path = GOLD / f"quotes_{name}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                record = json.loads(line)
                named = record.get("speaker_type") in ("person", "organization") and record.get("speaker")
                if named or record.get("speaker_type") in ("unnamed", "group"):  # the latter: --negatives
                    records.append(record)
    return records


def ner_batch_urls() -> set[str]:
    urls = set()
    for path in GOLD.glob("ner_saudinewsnet*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("http"):
                urls.add(line.split("\t")[0])
    return urls


def _matches(key: str, word: str, first: bool) -> bool:
    if key == word:
        return True
    if first:
        for clitic in CLITICS[1:]:
            if key == clitic + word:
                return True
            if clitic.endswith("ل") and word.startswith("ال") and key == clitic + word[1:]:
                return True  # ل + الاتحاد -> للاتحاد
    return False


def find_runs(keys: list[str], lo: int, hi: int, speaker: list[str], person: bool) -> list[tuple[int, int]]:
    """Token runs ``[i, j)`` within ``lo .. hi`` naming the speaker (see the module's doc)."""
    runs = []
    for i in range(lo, hi):
        if person:
            # words of the speaker in order (a subsequence), contiguous in the text, ending with the last
            for start_word in range(len(speaker)):
                if not _matches(keys[i], speaker[start_word], True):
                    continue
                j, w = i + 1, start_word + 1
                best = (i, j) if start_word == len(speaker) - 1 else None
                while j < hi and w < len(speaker):
                    nxt = next((k for k in range(w, len(speaker)) if keys[j] == speaker[k]), None)
                    if nxt is None:
                        break
                    j, w = j + 1, nxt + 1
                    if w == len(speaker):
                        best = (i, j)
                if best:
                    runs.append(best)
        else:
            n = len(speaker)
            if i + n <= hi and _matches(keys[i], speaker[0], True) and keys[i + 1 : i + n] == speaker[1:]:
                runs.append((i, i + n))
    return runs


def distance(tokens: list, run: tuple[int, int], cue_at: int) -> int:
    """Characters from the run's nearer edge to the cue (0 when the cue is inside it)."""
    start, end = tokens[run[0]].start, tokens[run[1] - 1].end
    return 0 if start <= cue_at < end else min(abs(start - cue_at), abs(end - cue_at))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--max-span", type=int, default=8, help="longest gold span kept (words)")
    parser.add_argument("--window", type=int, default=10, help="words kept either side of the span")
    parser.add_argument(
        "--keep-agree", type=int, default=8, help="keep 1 in N sentences the model gets right"
    )
    parser.add_argument(
        "--skip",
        default="",
        help="leave out disagreements of these kinds (comma-separated: none, other label …)",
    )
    parser.add_argument(
        "--silver",
        choices=("crf", "stage"),
        default="crf",
        help="tag the other words as the CRF or the stage does",
    )
    parser.add_argument(
        "--negatives", type=int, default=0, help="add 1 in N cue sentences of unnamed/group sources (0: none)"
    )
    parser.add_argument(
        "--background",
        type=int,
        default=0,
        help="add 1 in N whole sentences of the same articles, stage-tagged (0: none; needs --silver stage)",
    )
    parser.add_argument("--limit", type=int, default=0, help="read at most this many articles (testing)")
    args = parser.parse_args(argv)
    args.skip = set(filter(None, args.skip.split(",")))

    from rasid.corpus.readers import read_inputs
    from rasid.extract import crf_tagger
    from rasid.pipeline import STAGE_TABLE, Options
    from rasid.text.normalize import normalize

    sys.path.insert(0, str(REPO / "benchmarks"))
    from quotes_eval import clean_sha1

    records = gold_records()
    excluded = ner_batch_urls()
    by_doc: dict[str, list[dict]] = {}
    for record in records:
        if record.get("url") in excluded:
            continue
        by_doc.setdefault(record["doc"], []).append(record)
    urls = {r.get("url"): d for d, rs in by_doc.items() for r in rs if r.get("url")}
    options = Options()
    wanted = ("clean", "language", "segment", "entities") if args.silver == "stage" else ("clean", "segment")
    stages = [s.func for s in STAGE_TABLE if s.name in wanted]
    zips = sorted(str(p) for p in (SHARED / "corpora/saudinewsnet").glob("*.zip"))
    stats: Counter[str] = Counter()
    seen: set[tuple[str, ...]] = set()
    done: set[str] = set()
    # Wire copies: an article of the NER batches may stand in the corpus under another url too; any
    # sentence sharing an 8-word run with a NER batch article is dropped.
    ner_grams: set[tuple[str, ...]] = set()
    for item in read_inputs(zips):
        if isinstance(item, Exception) or item.url not in excluded:
            continue
        article = item
        for stage in stages:
            article = stage(article, options)
        ner_keys = [normalize(article.text[t.start : t.end]) or "_" for t in article.tokens]
        ner_grams.update(tuple(ner_keys[k : k + 8]) for k in range(max(1, len(ner_keys) - 7)))
    stats["NER batch 8-grams"] = len(ner_grams)
    out = args.output.open("w", encoding="utf-8")
    for item in read_inputs(zips):
        if isinstance(item, Exception):
            continue
        doc = item.id if item.id in by_doc else urls.get(item.url)
        if doc is None or doc in done or item.url in excluded:
            continue
        done.add(doc)
        article = item
        for stage in stages:
            article = stage(article, options)
        text, tokens = article.text, list(article.tokens)
        if not tokens:
            continue
        keys = [normalize(text[t.start : t.end]) or "_" for t in tokens]
        starts = [t.start for t in tokens]
        groups = crf_tagger.sentences_of(text, tokens)
        group_of = {i: g for g, group in enumerate(groups) for i in group}
        gz = crf_tagger.gazetteer_tags(text, [(t.start, t.end) for t in tokens])
        silver_cache: dict[int, tuple[str, ...]] = {}
        stage_tags = ["O"] * len(tokens)
        for entity in article.entities if args.silver == "stage" else ():
            first = bisect_left(starts, entity.start + 1) - 1  # the token holding the entity's start
            label = str(getattr(entity.label, "value", entity.label))
            for k in range(max(first, 0), len(tokens)):
                if tokens[k].start >= entity.end:
                    break
                if stage_tags[k] == "O":
                    stage_tags[k] = ("B-" if k == first else "I-") + label
        for record in by_doc[doc]:
            stats["records"] += 1
            cue = record.get("cue")
            if isinstance(cue, list) and record.get("clean_sha1") == clean_sha1(text):
                cue_at = cue[0]
            else:
                cue_text = record.get("cue_text") or ""
                content = record.get("content")
                if (
                    not cue_text
                    or not isinstance(content, list)
                    or record.get("clean_sha1") != clean_sha1(text)
                ):
                    stats["no cue position"] += 1
                    continue
                cue_at = text.rfind(cue_text, 0, content[0] + 1)
                if cue_at < 0:
                    stats["no cue position"] += 1
                    continue
            if record["speaker_type"] in ("unnamed", "group"):
                # a negative: the words at the cue of an unnamed or group source (الباحثون، مصادر),
                # tagged as the entities stage tags them; only with --negatives and --silver stage
                if not args.negatives or args.silver != "stage":
                    continue
                c = bisect_left(starts, cue_at + 1) - 1
                group = groups[group_of[max(c, 0)]]
                lo_w, hi_w = max(group[0], c - args.window), min(group[-1] + 1, c + args.window)
                words = [text[tokens[k].start : tokens[k].end] for k in range(lo_w, hi_w)]
                tags = [stage_tags[k] for k in range(lo_w, hi_w)]
                if tags and tags[0].startswith("I-"):
                    tags[0] = "B-" + tags[0][2:]
                cue_keys = keys[lo_w:hi_w]
                if (
                    not words
                    or zlib.crc32(" ".join(words).encode()) % args.negatives
                    or tuple(words) in seen
                    or any("\t" in w or not w.strip() for w in words)
                    or any(tuple(cue_keys[k : k + 8]) in ner_grams for k in range(max(1, len(cue_keys) - 7)))
                ):
                    continue
                seen.add(tuple(words))
                stats["kept negative (unnamed/group)"] += 1
                stats["tokens"] += len(words)
                for word, tag in zip(words, tags, strict=True):
                    out.write(f"{word}\t{tag}\n")
                out.write("\n")
                continue
            speaker = normalize(record["speaker"]).split()
            person = record["speaker_type"] == "person"
            lo = max(0, bisect_left(starts, cue_at - CUE_WINDOW))
            hi = min(len(tokens), bisect_left(starts, cue_at + CUE_WINDOW))
            runs = [
                r for r in find_runs(keys, lo, hi, speaker, person) if group_of[r[0]] == group_of[r[1] - 1]
            ]
            if not runs:
                stats["name not found near cue"] += 1
                continue
            runs = [r for r in runs if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in runs)]
            i, j = min(runs, key=lambda r: (distance(tokens, r, cue_at), r[0] - r[1]))
            g = group_of[i]
            group = groups[g]
            if g not in silver_cache:
                sentence = (tuple(keys[k] for k in group), tuple(gz[k] for k in group))
                silver_cache[g] = tuple(crf_tagger.tag_sentences([sentence])[0][0])
            silver = list(silver_cache[g])
            a, b = i - group[0], j - group[0]
            label = "PER" if person else "ORG"
            if j - i > args.max_span:
                stats["span too long"] += 1
                continue
            span_keys = [keys[k] for k in range(max(group[0], i - 3), min(group[-1] + 1, j + 3))]
            if any(tuple(span_keys[k : k + 8]) in ner_grams for k in range(max(1, len(span_keys) - 7))):
                stats["in a NER batch article"] += 1
                continue
            gold_tags = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
            predicted = {(s, e, kind) for s, e, kind in crf_tagger.iob_spans(silver)}
            agree = (a, b, label) in predicted
            if not agree:  # how the current model differs there (counted for the report)
                over = [(s, e, kind) for s, e, kind in predicted if s < b and a < e]
                if not over:
                    why = "none"
                elif len(over) > 1:
                    why = "split"
                elif over[0][2] != label:
                    why = "other label"
                elif over[0][0] >= a and over[0][1] <= b:
                    why = "shorter"
                elif over[0][0] <= a and over[0][1] >= b:
                    why = "longer"
                else:
                    why = "shifted"
                stats[f"model differs {label}: {why}"] += 1
                if why in args.skip:
                    continue
            if args.silver == "stage":  # the other words' tags from the entities stage's output instead
                silver = [stage_tags[k] for k in group]
            for s, e, _kind in crf_tagger.iob_spans(silver):  # an entity overlapping the gold span gives way
                if s < b and a < e:
                    silver[s:e] = ["O"] * (e - s)
            silver[a:b] = gold_tags
            for k in range(b, len(silver)):  # an I- left after the span starts nothing
                if silver[k].startswith("I-") and (k == b or silver[k - 1] == "O"):
                    silver[k] = "B-" + silver[k][2:]
                elif not silver[k].startswith("I-"):
                    break
            lo_w, hi_w = max(0, a - args.window), min(len(silver), b + args.window)
            words = [text[tokens[group[k]].start : tokens[group[k]].end] for k in range(lo_w, hi_w)]
            tags = silver[lo_w:hi_w]
            if tags[0].startswith("I-"):
                tags[0] = "B-" + tags[0][2:]
            stats["agree" if agree else "disagree"] += 1
            if agree and zlib.crc32(" ".join(words).encode()) % args.keep_agree:
                continue
            if tuple(words) in seen or any("\t" in w or not w.strip() for w in words):
                stats["duplicate"] += 1
                continue
            seen.add(tuple(words))
            stats[f"kept {label} {'agree' if agree else 'disagree'}"] += 1
            stats["tokens"] += len(words)
            for word, tag in zip(words, tags, strict=True):
                out.write(f"{word}\t{tag}\n")
            out.write("\n")
        if args.background and args.silver == "stage":
            # sentences away from any speaker, so that the speaker sentences do not teach the tagger
            # that every subject is a name
            for group in groups:
                words = [text[tokens[k].start : tokens[k].end] for k in group]
                group_keys = [keys[k] for k in group]
                if (
                    len(words) < 5
                    or zlib.crc32(" ".join(words).encode()) % args.background
                    or tuple(words) in seen
                    or any("\t" in w or not w.strip() for w in words)
                    or any(tuple(group_keys[k : k + 8]) in ner_grams for k in range(len(group_keys) - 7))
                ):
                    continue
                seen.add(tuple(words))
                tags = [stage_tags[k] for k in group]
                if tags[0].startswith("I-"):
                    tags[0] = "B-" + tags[0][2:]
                stats["kept background"] += 1
                stats["tokens"] += len(words)
                for word, tag in zip(words, tags, strict=True):
                    out.write(f"{word}\t{tag}\n")
                out.write("\n")
        if args.limit and len(done) >= args.limit:
            break
    out.close()
    stats["articles"] = len(done)
    stats["articles excluded (NER batches)"] = len({r["doc"] for r in records if r.get("url") in excluded})
    for key, value in sorted(stats.items()):
        print(f"{key}\t{value}", file=sys.stderr)
    return 0


from bisect import bisect_left  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
