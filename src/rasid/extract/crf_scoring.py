"""Fast inference for the shipped linear-chain CRF: Viterbi labels and marginals computed with numpy
from the model's own weights, each word's feature scores summed once per process and cached.

python-crfsuite looks up every feature string of every token on every call (about thirty per token),
which made tagging the costliest step of the pipeline. Every feature of the tagger depends on one
word at one position, on a gazetteer tag or on a word pair, so a sentence's label scores are a few
array additions of cached per-word vectors. The weights are read exactly (doubles) from the model
file written by crfsuite, so the labels are crfsuite's (``tests/test_crf_tagger.py`` compares them).
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress, pairwise, repeat

import numpy as np

from rasid.errors import RasidError

# One feature record of crfsuite's "FEAT" chunk (crf1d_model.c): type (0 state, 1 transition),
# source (attribute or label id), destination (label id), weight.
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
# A cached word costs ~460 bytes (its block of 5 x 9 doubles in one shared array, and its index
# entry); beyond this many distinct words the cache starts afresh. All of SaudiNewsNet (8.8 M words)
# has 258,346 distinct normalised words, 103,228 of them seen once, so this holds about every word
# seen twice (~70 MB) and keeps an ingest worker's memory bounded.
WORD_CACHE_LIMIT = 150_000


@dataclass
class CRFWeights:
    """The label set, transition matrix and per-attribute label scores of one crfsuite model."""

    labels: tuple[str, ...]
    transitions: np.ndarray  # [from, to]
    matrix: np.ndarray  # [attribute row, label]; the last row is all zeros (unknown attributes)
    rows: dict[str, int]  # attribute -> its row of ``matrix``

    def score(self, attributes: Sequence[str]) -> np.ndarray:
        """Summed label scores of ``attributes`` (unknown ones score nothing, repeats count again)."""
        unknown = len(self.matrix) - 1
        return self.matrix[[self.rows.get(name, unknown) for name in attributes]].sum(axis=0)

    def score_rows(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """:meth:`score` of several attribute lists at once, one row each."""
        unknown = len(self.matrix) - 1
        index: list[int] = []
        starts: list[int] = []
        find = self.rows.get
        for attributes in rows:
            starts.append(len(index))
            index.append(unknown)  # every row gets at least the zero row (reduceat needs one)
            index.extend(map(find, attributes, repeat(unknown)))
        return np.add.reduceat(self.matrix[index], starts, axis=0)

    def vector(self, attribute: str) -> np.ndarray | None:
        """The label scores of one attribute, ``None`` when the model has none."""
        row = self.rows.get(attribute)
        return None if row is None else self.matrix[row]


# crfsuite's CRF1d model header (crf1dm.c): magic, file size, type, version, feature/label/attribute
# counts, then the offsets of the features, the label and attribute string tables (CQDB chunks).
_HEADER = struct.Struct("<4sI4s9I")


def _cqdb_strings(data: bytes, offset: int, path: str) -> list[str]:
    """The strings of a CQDB chunk (cqdb.c) in id order, read through its backward array of
    ``(id, size, bytes with a final NUL)`` records."""
    if data[offset : offset + 4] != b"CQDB":
        raise RasidError("E040", f"{path} is not a crfsuite CRF1d model (no string table at {offset})")
    _size, _flag, _order, count, backward = struct.unpack_from("<5I", data, offset + 4)
    strings = []
    for record in struct.unpack_from(f"<{count}I", data, offset + backward):
        _id, size = struct.unpack_from("<iI", data, offset + record)
        strings.append(data[offset + record + 8 : offset + record + 7 + size].decode("utf-8"))
    return strings


def read_weights(path: str) -> CRFWeights:
    """Weights, label names and attribute names of the crfsuite model at ``path``, read from the
    file itself. Raises E040 when the file is not a crfsuite CRF1d model."""
    with open(path, "rb") as handle:
        data = handle.read()
    if len(data) < _HEADER.size or data[:4] != b"lCRF":
        raise RasidError("E040", f"{path} is not a crfsuite CRF1d model")
    fields = _HEADER.unpack_from(data)
    off_features, off_labels, off_attrs = fields[7:10]
    if data[off_features : off_features + 4] != b"FEAT":
        raise RasidError("E040", f"{path} is not a crfsuite CRF1d model")
    try:
        (count,) = struct.unpack_from("<I", data, off_features + 8)
        records = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + 12)
        labels = _cqdb_strings(data, off_labels, path)
        attributes = _cqdb_strings(data, off_attrs, path)
    except (struct.error, ValueError, UnicodeDecodeError) as exc:
        raise RasidError("E040", f"{path} is a damaged crfsuite model ({exc})") from exc
    rows = {name: index for index, name in enumerate(attributes)}
    transitions = np.zeros((len(labels), len(labels)))
    matrix = np.zeros((len(rows) + 1, len(labels)))
    moves = records[records["type"] == 1]
    transitions[moves["src"], moves["dst"]] = moves["weight"]
    states = records[records["type"] != 1]
    np.add.at(matrix, (states["src"], states["dst"]), states["weight"])
    return CRFWeights(tuple(labels), transitions, matrix, rows)


class SentenceScorer:
    """Label scores of sentences for the tagger's feature layout (``crf_tagger.sequence_features``):
    a word's own features, its features as the neighbour at -1/+1/-2/+2, gazetteer tags of the word
    and its neighbours, the pair with the previous word, and sentence-boundary markers."""

    def __init__(
        self,
        weights: CRFWeights,
        word_features: Callable[[str], Sequence[str]],
        context_features: Callable[[str, str], Sequence[str]],
        gazetteer_feature: Callable[[str, str], str],
        block_features: Callable[[str], Sequence[Sequence[str]]] | None = None,
    ) -> None:
        """``block_features``, when given, returns a word's own and its four neighbour feature lists
        in one call (the same lists as ``word_features`` and ``context_features``, made faster)."""
        self.weights = weights
        self._word_features = word_features
        self._context_features = context_features
        self._block_features = block_features
        self._gazetteer_feature = gazetteer_feature
        self._word_rows: dict[str, int] = {}  # word -> its block in ``_word_blocks``
        self._word_blocks = np.zeros((0, 5, len(weights.labels)))
        self._gazetteer: dict[str, np.ndarray] = {}
        self._gazetteer_rows: dict[str, int] = {}  # tag -> its block in ``_gazetteer_stack``
        self._gazetteer_stack = np.zeros((0, 3, len(weights.labels)))
        self.bias = weights.score(["bias"])
        self.bos = weights.score(["BOS"])
        self.eos = weights.score(["EOS"])
        # (previous word, word) -> the row of the attribute ``bi=previous|word``, looked up without
        # formatting that string for every token; every split at a "|" is kept, so a word that
        # contains one still finds its pair
        self._pair_rows: dict[tuple[str, str], int] = {}
        for name, row in weights.rows.items():
            if name.startswith("bi="):
                pair = name[3:]
                for bar in (k for k, char in enumerate(pair) if char == "|"):
                    self._pair_rows[pair[:bar], pair[bar + 1 :]] = row

    def word_block(self, word: str) -> np.ndarray:
        """Rows: the word's own scores, then as the neighbour at -1, +1, -2 and +2."""
        return self.word_blocks([word])[0]

    def word_blocks(self, words: Sequence[str]) -> np.ndarray:
        """``[word, 5, label]``: :meth:`word_block` of every word, from one array of cached blocks
        (the blocks of words not seen yet are computed together)."""
        rows = self._word_rows
        index = list(map(rows.get, words, repeat(-1)))
        if -1 in index:
            missing = list(dict.fromkeys(w for w, i in zip(words, index, strict=True) if i < 0))
            if len(rows) + len(missing) > WORD_CACHE_LIMIT:
                rows.clear()  # start afresh: every word of this call is computed again
                missing = list(dict.fromkeys(words))
                if len(missing) > WORD_CACHE_LIMIT:
                    return self._compute_blocks(missing)[[missing.index(w) for w in words]]
            first = len(rows)
            needed = first + len(missing)
            if needed > len(self._word_blocks):
                grown = np.zeros(
                    (
                        min(WORD_CACHE_LIMIT, max(needed, 2 * len(self._word_blocks))),
                        5,
                        self._word_blocks.shape[2],
                    )
                )
                grown[:first] = self._word_blocks[:first]
                self._word_blocks = grown
            self._word_blocks[first:needed] = self._compute_blocks(missing)
            rows.update(zip(missing, range(first, needed), strict=True))
            index = [rows[w] for w in words]
        return self._word_blocks[index]

    def _compute_blocks(self, words: Sequence[str]) -> np.ndarray:
        lists: list[Sequence[str]] = []
        for word in words:
            if self._block_features is not None:
                lists.extend(self._block_features(word))
                continue
            lists.append(self._word_features(word))
            lists.extend(self._context_features(word, offset) for offset in ("-1", "+1", "-2", "+2"))
        return self.weights.score_rows(lists).reshape(len(words), 5, -1)

    def gazetteer_block(self, tag: str) -> np.ndarray:
        """Rows: a gazetteer tag's scores for its own token, for the next token and the previous."""
        block = self._gazetteer.get(tag)
        if block is None:
            block = np.stack(
                [self.weights.score([self._gazetteer_feature(offset, tag)]) for offset in ("", "-1", "+1")]
            )
            self._gazetteer[tag] = block
        return block

    def gazetteer_blocks(self, tags: Sequence[str]) -> np.ndarray:
        """``[token, 3, label]``: :meth:`gazetteer_block` of every tag (a handful of distinct tags,
        stacked once and then indexed)."""
        rows = self._gazetteer_rows
        if any(tag not in rows for tag in set(tags)):
            for tag in dict.fromkeys(tags):
                if tag not in rows:
                    rows[tag] = len(rows)
            self._gazetteer_stack = np.stack([self.gazetteer_block(tag) for tag in rows])
        return self._gazetteer_stack[[rows[tag] for tag in tags]]

    def emissions(self, sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> list[np.ndarray]:
        """``[token, label]`` state scores of each ``(words, gazetteer tags)`` sentence (computed for
        all sentences at once: context rows never cross a sentence boundary)."""
        words = [w for sentence_words, _tags in sentences for w in sentence_words]
        if not words:
            return [np.zeros((0, len(self.weights.labels))) for _ in sentences]
        blocks = self.word_blocks(words)
        tags = self.gazetteer_blocks([t for _words, sentence_tags in sentences for t in sentence_tags])
        lengths = np.array([len(sentence_words) for sentence_words, _tags in sentences])
        ends = np.cumsum(lengths)
        starts = ends - lengths
        # position of every token in its sentence, and how many tokens follow it there
        index = np.arange(len(words)) - np.repeat(starts, lengths)
        remaining = np.repeat(lengths, lengths) - index - 1
        scores = self.bias + blocks[:, 0] + tags[:, 0]
        scores[index == 0] += self.bos
        scores[remaining == 0] += self.eos
        # each neighbour's rows are added whole, zeroed where the neighbour lies in another sentence
        # (adding 0.0 leaves a score as it is, and the additions keep their order)
        previous = blocks[:-1, 1] + tags[:-1, 1]
        previous[index[1:] < 1] = 0.0
        scores[1:] += previous
        following = blocks[1:, 2] + tags[1:, 2]
        following[remaining[:-1] < 1] = 0.0
        scores[:-1] += following
        second_previous = blocks[:-2, 3].copy()
        second_previous[index[2:] < 2] = 0.0
        scores[2:] += second_previous
        second_next = blocks[2:, 4].copy()
        second_next[remaining[:-2] < 2] = 0.0
        scores[:-2] += second_next
        pair_rows = self._pair_rows
        known_pair = map(pair_rows.__contains__, pairwise(words))  # the pair ending at token 1, 2 …
        sentence_starts = set(starts.tolist())
        at = [i for i in compress(range(1, len(words)), known_pair) if i not in sentence_starts]
        if at:
            known = [pair_rows[words[i - 1], words[i]] for i in at]
            scores[at] += self.weights.matrix[known]  # one pair per token: no repeats
        return [scores[start:end] for start, end in zip(starts.tolist(), ends.tolist(), strict=True)]


def decode_batch(
    sentence_scores: Sequence[np.ndarray], transitions: np.ndarray, labels: Sequence[str]
) -> list[tuple[tuple[str, ...], Sequence[float]]]:
    """``(labels, marginals)`` of each sentence (``[token, label]`` scores): the Viterbi path and,
    when it has a label other than ``O``, the marginal probability of each of its labels (else no
    marginals). Sentences are processed together, one step for all of them at a time: one pass
    forward (Viterbi and the scaled forward probabilities) and one backward (the best paths and the
    backward probabilities)."""
    if not sentence_scores:
        return []
    order = sorted(range(len(sentence_scores)), key=lambda i: -len(sentence_scores[i]))
    lengths = [len(sentence_scores[i]) for i in order]
    size, longest, width = len(order), lengths[0], transitions.shape[0]
    # step-major: scores[t] holds every sentence's token t (zeros past a sentence's end)
    scores = np.zeros((longest, size, width))
    for row, i in enumerate(order):
        scores[: lengths[row], row] = sentence_scores[i]
    paths, alpha, beta = _forward_backward(scores, lengths, transitions)
    outside = labels.index("O")
    joint = alpha * beta
    total = joint.sum(axis=2)
    total[total == 0] = 1.0
    # the marginal of each position's Viterbi label, one row per sentence
    chosen = (np.take_along_axis(joint, paths[:, :, None], axis=2)[:, :, 0] / total).T.copy()
    label_rows = paths.T.tolist()
    results: list[tuple[tuple[str, ...], Sequence[float]]] = [((), ())] * size
    for row, i in enumerate(order):
        n = lengths[row]
        path = label_rows[row][:n]
        names = tuple([labels[k] for k in path])
        if path.count(outside) == n:
            results[i] = (names, ())
            continue
        marginals = array("d")  # one compact object, not a float object per token
        marginals.frombytes(chosen[row, :n].tobytes())
        results[i] = (names, marginals)
    return results


# The forward and backward probabilities are rescaled every this many positions, not at each: the
# marginal of a position divides by its own sum over labels, so any per-position scale cancels,
# and over 8 steps the values move by far less than float64's range (transition weights of the
# shipped model lie between -11.1 and 6.3; emissions are at most 1 after subtracting each token's
# maximum). Checked on 18,763 SaudiNewsNet sentences: labels identical, marginals within 1e-15.
RESCALE_EVERY = 8


def _forward_backward(
    scores: np.ndarray, lengths: Sequence[int], transitions: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Best label paths ``[token, sentence]`` and the forward and backward probabilities
    ``[token, sentence, label]`` (each position up to its own scale) of sentences sorted longest
    first, their scores padded to one length. Every step computes all sentences at once into
    preallocated arrays (the work is many small numpy calls, so fewer calls is what counts); a
    sentence's path starts from its own last token and its backward pass from all ones there."""
    longest, size, width = scores.shape
    emit = np.exp(scores - scores.max(axis=2, keepdims=True))
    move = np.exp(transitions)
    move_back = np.ascontiguousarray(move.T)
    back = np.empty((longest, size, width), dtype=np.intp)
    best = scores[0].copy()
    best_from = best[:, :, None]
    candidates = np.empty((size, width, width))
    step = np.empty((size, width))
    alpha = np.empty_like(emit)
    alpha[0] = emit[0] / emit[0].sum(axis=1, keepdims=True)
    # sorted longest first, the sentences whose last token is at t are the rows ends[t][0] .. [1]-1
    ends: dict[int, tuple[int, int]] = {}
    for row, n in enumerate(lengths):
        ends[n - 1] = (ends.get(n - 1, (row, row))[0], row + 1)
    last = np.zeros(size, dtype=np.intp)
    if 0 in ends:
        lo, hi = ends[0]
        last[lo:hi] = best[lo:hi].argmax(axis=1)
    for t in range(1, longest):
        np.add(best_from, transitions, out=candidates)
        candidates.argmax(axis=1, out=back[t])
        candidates.max(axis=1, out=step)
        np.add(step, scores[t], out=best)
        np.matmul(alpha[t - 1], move, out=step)
        np.multiply(step, emit[t], out=alpha[t])
        if t % RESCALE_EVERY == 0:
            alpha[t] /= alpha[t].sum(axis=1, keepdims=True)
        if t in ends:
            lo, hi = ends[t]
            last[lo:hi] = best[lo:hi].argmax(axis=1)
    paths = np.empty((longest, size), dtype=np.intp)
    beta = np.ones_like(emit)  # rows past their sentence's end stay finite and are never read
    current = np.zeros(size, dtype=np.intp)
    rows = np.arange(size)
    for t in range(longest - 1, -1, -1):
        if t in ends:
            lo, hi = ends[t]
            current[lo:hi] = last[lo:hi]
            if lo:  # the longer sentences go on; these start from all ones (already there)
                np.multiply(beta[t + 1, :lo], emit[t + 1, :lo], out=step[:lo])
                np.matmul(step[:lo], move_back, out=beta[t, :lo])
        elif t + 1 < longest:
            np.multiply(beta[t + 1], emit[t + 1], out=step)
            np.matmul(step, move_back, out=beta[t])
        paths[t] = current
        if t:
            current = back[t][rows, current]
        if t % RESCALE_EVERY == 0:
            beta[t] /= beta[t].sum(axis=1, keepdims=True)
    return paths, alpha, beta
