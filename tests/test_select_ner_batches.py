"""The NER batch draw's ``--exclude`` reading (benchmarks/select_ner_batches.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "select_ner_batches.py"


def load_script(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPT.parent))  # the script imports select_blind_sets beside it
    spec = importlib.util.spec_from_file_location("select_ner_batches", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_candidate_file_without_doc_ids_excludes_only_its_urls(tmp_path: Path, monkeypatch) -> None:
    # an earlier draw's candidate file has urls and no doc: it must not exclude every record
    # without an id (SaudiNewsNet records have none), which an empty id would match
    candidates = tmp_path / "ner_batch21.jsonl"
    candidates.write_text(
        "\n".join(
            json.dumps({"position": n, "url": f"https://example.sa/{n}", "content": "نص"}) for n in range(3)
        )
        + "\n",
        encoding="utf-8",
    )
    blind = tmp_path / "q0.jsonl"
    blind.write_text(json.dumps({"doc": "abc123", "url": "https://example.sa/x"}) + "\n", encoding="utf-8")
    ids, urls = load_script(monkeypatch).excluded_keys([candidates, blind])
    assert ids == {"abc123"}
    assert "" not in urls
    assert urls == {f"https://example.sa/{n}" for n in range(3)} | {"https://example.sa/x"}
