"""The product code binds each top-level name once.

A module-level pattern or table defined twice silently loses its first definition: the
second one wins for every caller, ruff's F811 sees only unused functions, and mypy accepts
a second value of the same type. It happened twice (two `_WISHED` patterns, two
`_FATHERS_NAME` tables), so the whole package is read for it here.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"


def names_bound_twice(source: str) -> dict[str, list[int]]:
    """Each top-level name defined more than once, with the lines that define it."""
    lines_by_name: dict[str, list[int]] = defaultdict(list)
    for statement in ast.parse(source).body:
        for name in _names_defined_by(statement):
            lines_by_name[name].append(statement.lineno)
    return {name: lines for name, lines in lines_by_name.items() if len(lines) > 1}


def _names_defined_by(statement: ast.stmt) -> list[str]:
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [statement.name]
    if isinstance(statement, ast.Assign):
        return [target.id for target in statement.targets if isinstance(target, ast.Name)]
    if isinstance(statement, ast.AnnAssign) and statement.value is not None:
        return [statement.target.id] if isinstance(statement.target, ast.Name) else []
    return []


def test_a_name_defined_twice_is_found_with_both_lines() -> None:
    source = ('import re\n_WISHED = re.compile("wish")\n\ndef wished(): ...\n'
              '_WISHED = re.compile("wished")\nTABLE: dict[str, str] = {}\nTABLE = {"a": "b"}\n')
    assert names_bound_twice(source) == {"_WISHED": [2, 5], "TABLE": [6, 7]}


def test_a_declaration_without_a_value_and_names_in_functions_are_not_definitions() -> None:
    source = "count: int\ncount = 1\n\ndef f():\n    count = 2\n    return count\n"
    assert names_bound_twice(source) == {}


def test_no_module_of_the_product_defines_a_top_level_name_twice() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 20
    twice = {str(path.relative_to(PACKAGE)): names
             for path in modules if (names := names_bound_twice(path.read_text(encoding="utf-8")))}
    assert twice == {}
