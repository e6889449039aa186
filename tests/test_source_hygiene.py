"""Source checks that no linter makes: a module must not bind one top-level name twice.

quotes.py is edited by several people at once and merged; a second ``_DASHES = …`` or ``def _first``
further down silently replaces the first for every function, including those written against the
first (round 46 found eight such pairs, four with different values)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "rasid"


def top_level_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, line) for every function, class and plain assignment at a module's top level."""
    found: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            found += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.append((node.target.id, node.lineno))
    return found


def duplicated_names(source: str) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = {}
    for name, line in top_level_bindings(ast.parse(source)):
        lines.setdefault(name, []).append(line)
    return {name: at for name, at in lines.items() if len(at) > 1 and name != "__all__"}


def test_the_check_sees_a_rebound_name():
    assert duplicated_names("_DASHES = ('-',)\ndef f(): return _DASHES\n_DASHES = {'-', 'ـ'}\n") == {
        "_DASHES": [1, 3]
    }
    assert duplicated_names("_A = 1\n_B = 2\nif True:\n    _A = 3\n") == {}


def test_no_module_binds_a_top_level_name_twice():
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 20
    found = {str(p.relative_to(SRC)): d for p in modules if (d := duplicated_names(p.read_text("utf-8")))}
    assert found == {}
