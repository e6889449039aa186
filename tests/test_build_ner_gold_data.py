"""scripts/build_ner_gold_data.py: NER gold rows over raw content -> train_ner.py --extra lines."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts/build_ner_gold_data.py"
URL = "http://example.com/invented/1"
HELD_URL = "http://example.com/invented/2"
# invented: two sentences on two lines, a proclitic (ل) outside the gold span of دمشق
CONTENT = "زار وليد المعلم بيروت أمس.\nوعاد لدمشق مساء."


def _module():
    spec = importlib.util.spec_from_file_location("build_ner_gold_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {"url": URL, "content": CONTENT},
        {"url": URL, "content": "a later record of the same url is not read"},
        {"url": HELD_URL, "content": "خبر آخر عن جدة."},
    ]
    with zipfile.ZipFile(corpus / "part.zip", "w") as archive:
        archive.writestr("part.json", json.dumps(records, ensure_ascii=False))
    return corpus


def _gold(path: Path, rows: list[tuple[str, int, int, str]], content: str) -> Path:
    lines = ["# url\tstart\tend\tlabel\texpression"]
    lines += [f"{url}\t{s}\t{e}\t{label}\t{content[s:e]}" for url, s, e, label in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_spans_become_two_column_lines(tmp_path):
    module = _module()
    person = CONTENT.index("وليد المعلم")
    place = CONTENT.index("دمشق")
    gold = _gold(
        tmp_path / "gold.tsv",
        [(URL, person, person + len("وليد المعلم"), "PER"), (URL, place, place + len("دمشق"), "LOC")],
        CONTENT,
    )
    sentences, stats = module.build([gold], corpus=_corpus(tmp_path))
    output = tmp_path / "out.tsv"
    module.write(sentences, output)
    assert output.read_text(encoding="utf-8") == (
        "زار\tO\nوليد\tB-PER\nالمعلم\tI-PER\nبيروت\tO\nأمس\tO\n.\tO\n\n"
        "وعاد\tO\nلدمشق\tB-LOC\nمساء\tO\n.\tO\n\n"
    )
    assert stats["sentences"] == 2 and stats["entities PER"] == 1 and stats["entities LOC"] == 1


def test_excluded_batch_articles_are_never_written(tmp_path):
    module = _module()
    corpus = _corpus(tmp_path)
    held = "خبر آخر عن جدة."
    train = _gold(tmp_path / "train.tsv", [(HELD_URL, 11, 14, "LOC")], held)
    test = _gold(tmp_path / "test.tsv", [(HELD_URL, 11, 14, "LOC")], held)
    sentences, stats = module.build([train], exclude=[test], corpus=corpus)
    assert sentences == []
    assert stats["articles left out (in an --exclude file)"] == 1
