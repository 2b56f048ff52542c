"""The layer rule's parts that the import contracts (pyproject.toml, ``lint-imports`` in ``./dev test``) do not say.

- No import circle anywhere in ``app/``: between any two modules, counting imports inside functions and under
  ``TYPE_CHECKING`` (both were used to hide circles).
- The command line loads no Qt widgets (import-linter names whole external packages only, and ``app.cli`` may use
  Qt's core for translated sentences).
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def _graph() -> grimp.ImportGraph:
    return grimp.build_graph("app", cache_dir=None, exclude_type_checking_imports=False)


def _circles(graph: grimp.ImportGraph) -> Iterator[set[str]]:
    """Every group of modules that import each other round (strongly connected components of two or more, Tarjan's
    algorithm without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[module])
            if low[module] == index[module]:
                group: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == module:
                        break
                if len(group) > 1:
                    yield group


def _describe(graph: grimp.ImportGraph, group: set[str]) -> str:
    """One circle of the group, each step with the line that imports."""
    first = min(group)
    back = next(m for m in sorted(graph.find_modules_directly_imported_by(first)) if m in group)
    chain = graph.find_shortest_chain(importer=back, imported=first) or (back, first)
    steps = [first, *chain]
    lines = []
    for importer, imported in itertools.pairwise(steps):
        details = graph.get_import_details(importer=importer, imported=imported)
        where = f"line {details[0]['line_number']}: {details[0]['line_contents']}" if details else ""
        lines.append(f"  {importer} -> {imported}  ({where})")
    return f"{len(group)} modules ({', '.join(sorted(group))}), e.g.\n" + "\n".join(lines)


def test_no_import_circle_anywhere_in_app() -> None:
    graph = _graph()
    circles = [_describe(graph, group) for group in _circles(graph)]
    assert not circles, "import circles in app/ (break them at the root, not with imports inside functions):\n" + (
        "\n".join(circles)
    )


def test_the_circle_finder_finds_a_circle() -> None:
    graph = grimp.ImportGraph()
    for module in ("a", "a.one", "a.two", "a.three"):
        graph.add_module(module)
    graph.add_import(importer="a.one", imported="a.two", line_number=1, line_contents="from a import two")
    graph.add_import(importer="a.two", imported="a.three", line_number=2, line_contents="from a import three")
    graph.add_import(importer="a.three", imported="a.one", line_number=3, line_contents="from a import one")
    (group,) = _circles(graph)
    assert group == {"a.one", "a.two", "a.three"}
    assert "a.three -> a.one  (line 3: from a import one)" in _describe(graph, group)


def test_the_command_line_loads_no_qt_widgets() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, app.cli, app.__main__; print(' '.join(sorted(sys.modules)))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "app.cli" in loaded
    assert not [name for name in loaded if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "app.ui"))]
