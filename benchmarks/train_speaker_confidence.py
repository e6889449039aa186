"""Fit the speaker-confidence model (``rasid.extract.speaker_confidence``) and measure its calibration.

A quotation's speaker confidence should be the probability that its speaker is right. For every gold
set whose blind first run is recorded (``BLIND_COMMITS`` in train_speaker_ranker.py), this script takes
the rule outputs of the commit that ran it blind (rebuilt from git as that script does, cached in
``--work``), runs today's ranker and the rest of the ``speakers`` stage over them, describes each
quotation matched to the gold by ``confidence_features`` and labels it right or wrong by quotes_eval's
family-name rule (resolved speakers only: a null speaker keeps the rules' 0.3). A logistic regression
(L2, Newton's method) is fitted on the TRAINING sets: the blind sets the shipped ranker was not fitted
on (its header lists those), so that the ranker's replacements look as they do on unseen news, and
none of the ``--held-out`` sets. The L2 strength is chosen by log loss leave-four-sets-out on them.
The held-out sets (the newest blind groups; never used to fit or choose anything) then give the
figures: log loss, Brier score, expected calibration error and, per threshold, the share of
quotations at or above it and their speaker accuracy, for the shipped levels before and for the model.

Usage::

    python3 benchmarks/train_speaker_confidence.py [--held-out test110-test121] [--write] [--write-results]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_speaker_ranker as ranker_trainer  # noqa: E402
from quotes_eval import match, same_speaker  # noqa: E402
from rasid.extract.speaker_confidence import FEATURES, MODEL_FILE, confidence_features  # noqa: E402
from rasid.extract.speakers import speakers_stage  # noqa: E402
from results import write_section  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WEIGHTS = REPO / "src/rasid/resources" / MODEL_FILE
RANKER = REPO / "src/rasid/resources/speaker_ranker.json"
SECTION = "## Quotations: speaker confidence (`benchmarks/train_speaker_confidence.py`)"
L2S = (0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = (0.95, 0.9, 0.8, 0.7, 0.5)
GROUP = 4  # sets left out together in the L2 choice (the blind sets were drawn four at a time)


def set_names(spec: str) -> list[str]:
    """``test110-test117,test3`` as a list of set names."""
    names: list[str] = []
    for part in filter(None, spec.split(",")):
        if "-" in part:
            low, high = (int(p.strip().removeprefix("test")) for p in part.split("-"))
            names += [f"test{i}" for i in range(low, high + 1)]
        else:
            names.append(part.strip())
    return names


def rows_of(name: str) -> list[tuple[list[float], bool, float]]:
    """``(features, right, confidence before)`` for each resolved quotation of set ``name`` matched
    to the gold, from its blind commit's rule outputs through today's ``speakers`` stage."""
    dump = ranker_trainer.rule_outputs(name, ranker_trainer.BLIND_COMMITS[name])
    kept, gold = ranker_trainer.dumped_articles_and_gold(name, dump)
    final, features = {}, {}
    for doc, article in kept.items():
        ranked = speakers_stage(article, None, calibrate=False)
        final[doc] = ranked
        features[doc] = confidence_features(article.quotes, ranked.quotes, ranked.text)
    predicted, where = ranker_trainer.indexed_items(final)
    rows = []
    for g, p in match(gold, predicted):
        doc, at = where[id(p)]
        quote = final[doc].quotes[at]
        if quote.speaker is not None:
            rows.append((features[doc][at], same_speaker(g, p), quote.confidence))
    return rows


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression by Newton's method; L2 on every weight but the bias (the first feature)."""
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x @ w))


def calibration(p: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Log loss, Brier score and expected calibration error (ten equal-width bins)."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    bins = np.clip((p * 10).astype(int), 0, 9)
    filled = [b for b in range(10) if (bins == b).any()]
    ece = sum(abs(p[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum() for b in filled)
    return {
        "log_loss": float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))),
        "brier": float(np.mean((p - y) ** 2)),
        "ece": float(ece / len(p)),
    }


def coverage(p: np.ndarray, y: np.ndarray) -> list[tuple[float, float, float, int]]:
    """Per threshold: (threshold, share of quotations at or above it, their speaker accuracy, count)."""
    out = []
    for t in THRESHOLDS:
        inside = p >= t
        accuracy = float(y[inside].mean()) if inside.any() else math.nan
        out.append((t, float(inside.mean()), accuracy, int(inside.sum())))
    return out


def arrays(data: dict[str, list], names: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = [r for n in names for r in data[n]]
    return (
        np.array([r[0] for r in rows], dtype=float).reshape(-1, len(FEATURES)),
        np.array([r[1] for r in rows], dtype=float),
        np.array([r[2] for r in rows], dtype=float),
    )


def choose_l2(data: dict[str, list], names: Sequence[str]) -> tuple[float, dict[float, float]]:
    """The L2 strength with the lowest log loss over groups of ``GROUP`` sets left out in turn."""
    groups = [names[i : i + GROUP] for i in range(0, len(names), GROUP)]
    losses = {}
    for l2 in L2S:
        total, count = 0.0, 0
        for group in groups:
            x, y, _ = arrays(data, [n for n in names if n not in group])
            xg, yg, _ = arrays(data, group)
            total += calibration(predict(fit(x, y, l2), xg), yg)["log_loss"] * len(yg)
            count += len(yg)
        losses[l2] = total / count
    return min(losses, key=lambda l2: (losses[l2], l2)), losses


def report(
    training: Sequence[str], held_out: Sequence[str], l2: float, losses: dict, before: tuple, after: tuple
) -> str:
    lines = [
        SECTION,
        "",
        f"Run {time.strftime('%Y-%m-%d')}. Fitted on the blind-run outputs of {training[0]}–{training[-1]} "
        f"({len(training)} sets the shipped ranker was not fitted on; rule outputs of each set's blind "
        f"commit, today's `speakers` stage); L2 {l2:g} chosen by log loss leave-{GROUP}-sets-out "
        f"({', '.join(f'{k:g}: {v:.4f}' for k, v in losses.items())}). Measured on the held-out blind sets "
        f"{held_out[0]}–{held_out[-1]} (never used to fit or choose), {len(before[1])} matched quotations "
        f"with a speaker, speaker accuracy {before[1].mean():.3f}:",
        "",
        "| confidence | log loss | Brier | ECE |",
        "|---|---|---|---|",
    ]
    for label, (p, y) in (("rules' levels and ranker (before)", before), ("calibrated (shipped)", after)):
        c = calibration(p, y)
        lines.append(f"| {label} | {c['log_loss']:.3f} | {c['brier']:.3f} | {c['ece']:.3f} |")
    lines += ["", "| confidence ≥ | before: share, accuracy | calibrated: share, accuracy |", "|---|---|---|"]
    for (t, s0, a0, _), (_, s1, a1, _) in zip(coverage(*before), coverage(*after), strict=True):
        lines.append(f"| {t:g} | {s0:.2f}, {a0:.3f} | {s1:.2f}, {a1:.3f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", default="test110-test121", help="sets kept out of fitting (the report)")
    parser.add_argument("--work", default=str(ranker_trainer.WORK), help="cache of rule outputs per commit")
    parser.add_argument("--write", action="store_true", help=f"write src/rasid/resources/{MODEL_FILE}")
    parser.add_argument("--write-results", action="store_true", help="replace our section of RESULTS.md")
    args = parser.parse_args(argv)
    ranker_trainer.WORK = Path(args.work)
    held_out = [n for n in set_names(args.held_out) if n in ranker_trainer.BLIND_COMMITS]
    ranker_sets = set(json.loads(RANKER.read_text(encoding="utf-8"))["header"]["sets"])
    training = [n for n in ranker_trainer.BLIND_COMMITS if n not in ranker_sets and n not in held_out]
    data = {}
    for name in training + held_out:
        data[name] = rows_of(name)
        print(f"{name}: {len(data[name])} quotations", file=sys.stderr)
    l2, losses = choose_l2(data, training)
    x, y, _ = arrays(data, training)
    w = fit(x, y, l2)
    xh, yh, ch = arrays(data, held_out)
    block = report(training, held_out, l2, losses, (ch, yh), (predict(w, xh), yh))
    print(block)
    if args.write:
        header = {
            "model": "logistic regression: the probability that a quotation's speaker is right",
            "trained_by": "benchmarks/train_speaker_confidence.py",
            "date": time.strftime("%Y-%m-%d"),
            "training_data": (
                f"matched quotations with a speaker of {training[0]}-{training[-1]}: the rule outputs of "
                "each set's blind commit through today's speakers stage; labels from quotes_eval's "
                f"family-name rule; {len(y)} quotations, {int(y.sum())} right"
            ),
            "regularisation": f"L2 {l2:g} (not on the bias), chosen by log loss leave-{GROUP}-sets-out",
            "held_out": f"{held_out[0]}-{held_out[-1]}: figures in benchmarks/RESULTS.md",
        }
        payload = {"header": header, "features": list(FEATURES), "weights": [round(float(v), 6) for v in w]}
        WEIGHTS.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(REPO)}", file=sys.stderr)
    if args.write_results:
        write_section(SECTION, block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
