"""The package's architecture, checked from its source: which module imports which.

The helpers at the top read every module under ``autograd_tui/`` with ``ast`` (no import
runs) and build the module-level import graph; the tests below assert the rules the layout
promises. Other parts of the package add their own rules with the same helpers.
"""
from __future__ import annotations

import ast
from functools import cache
from pathlib import Path
from typing import Iterator

PACKAGE_ROOT = Path(__file__).resolve().parent.parent / "autograd_tui"
PACKAGE = "autograd_tui"
ENGINE = "autograd_tui.engine"


def module_name(path: Path) -> str:
    """``autograd_tui/engine/graph.py`` -> ``autograd_tui.engine.graph`` (a package is its __init__)."""
    parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    """Every module of the package, by dotted name."""
    return {module_name(p): p for p in sorted(PACKAGE_ROOT.rglob("*.py"))}


@cache
def parsed(path: Path) -> ast.Module:
    """The module's syntax tree, parsed once for all the tests here (none of them changes it)."""
    return ast.parse(path.read_text(encoding="utf-8"))


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute name a ``from ... import`` refers to."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imported_modules(module: str, node: ast.Import | ast.ImportFrom, known: set[str],
                     is_package: bool) -> Iterator[str]:
    """The package's own modules one import statement loads (``from x import y``: y if it is a module)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == PACKAGE:
                yield alias.name
        return
    target = _resolve(module, is_package, node)
    if target.split(".")[0] != PACKAGE:
        return
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        yield sub if sub in known else target


def _top_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements that run when the module is imported (not inside a def or a class body's
    methods); ``if TYPE_CHECKING:`` blocks never run and are left out."""
    stack: list[ast.AST] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If):
            test = node.test
            if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
                    isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"):
                stack.extend(node.orelse)
                continue
            stack.extend(node.body + node.orelse)
        elif isinstance(node, (ast.Try, ast.With, ast.ClassDef)):
            for field in ("body", "handlers", "orelse", "finalbody"):
                for child in getattr(node, field, []):
                    stack.extend(child.body if isinstance(child, ast.ExceptHandler) else [child])


def function_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Import statements inside a function: they run when it is called."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for child in ast.walk(node):
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    yield child


def import_graph() -> dict[str, set[str]]:
    """module -> the package's modules it imports at module level."""
    modules = all_modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = parsed(path)
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in _top_level_imports(tree):
            edges.update(m for m in imported_modules(name, node, known, is_package) if m != name)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for child in sorted(graph.get(node, ())):
            if state.get(child) == 1:
                return path[path.index(child):] + [child]
            if child not in state:
                found = visit(child)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def in_part(module: str, part: str) -> bool:
    return module == part or module.startswith(part + ".")


def is_engine(module: str) -> bool:
    return in_part(module, ENGINE) or module == f"{PACKAGE}.torch_alias"


def source_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


# ---------------------------------------------------------------------------------------------
# The engine's rules.
# ---------------------------------------------------------------------------------------------
MAX_ENGINE_FUNCTION_LEVEL_IMPORTS = 8


def test_the_engine_has_no_module_level_import_cycle():
    graph = import_graph()
    engine = {m: {c for c in edges if is_engine(c)} for m, edges in graph.items() if is_engine(m)}
    assert find_cycle(engine) is None, " -> ".join(find_cycle(engine) or [])


def test_the_engine_never_imports_the_app():
    modules = all_modules()
    known = set(modules)
    offenders = []
    for name, path in modules.items():
        if not is_engine(name):
            continue
        tree = parsed(path)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in imported_modules(name, node, known, path.name == "__init__.py"):
                    if target != PACKAGE and not is_engine(target):
                        offenders.append(f"{name}:{node.lineno} imports {target}")
                    if target == PACKAGE:
                        offenders.append(f"{name}:{node.lineno} imports the package root")
    assert offenders == []


def test_the_engine_imports_its_own_modules_at_module_level_with_few_reasoned_exceptions():
    modules = all_modules()
    known = set(modules)
    found = []
    for name, path in modules.items():
        if not is_engine(name):
            continue
        lines = source_lines(path)
        tree = parsed(path)
        for node in function_level_imports(tree):
            if list(imported_modules(name, node, known, path.name == "__init__.py")):
                found.append((name, node.lineno, lines[node.lineno - 1]))
    assert len(found) <= MAX_ENGINE_FUNCTION_LEVEL_IMPORTS, "\n".join(f"{m}:{n}" for m, n, _ in found)
    unexplained = [f"{m}:{n}" for m, n, line in found if "#" not in line]
    assert unexplained == [], "each function-level import says why on its line"


def test_the_engine_binds_no_module_late():
    """No ``X = None`` placeholder rebound by another module, no module patching another's globals."""
    modules = all_modules()
    offenders = []
    for name, path in modules.items():
        if not is_engine(name):
            continue
        tree = parsed(path)
        aliases = _imported_module_aliases(tree, name, set(modules))   # once per module, not per assignment
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    # some_module.NAME = ... where some_module is an imported engine module
                    if (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                            and target.value.id in aliases):
                        offenders.append(f"{name}:{node.lineno}")
    assert offenders == []


def _imported_module_aliases(tree: ast.Module, module: str, known: set[str]) -> set[str]:
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            target = _resolve(module, False, node)
            for alias in node.names:
                if f"{target}.{alias.name}" in known:
                    aliases.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known and alias.asname:
                    aliases.add(alias.asname)
    return aliases


def test_no_module_is_over_a_thousand_lines():
    # A module a reader can hold in mind: past this size it is two topics (split along the seam).
    long = sorted(f"{path.relative_to(PACKAGE_ROOT.parent)}: {lines}"
                  for path in PACKAGE_ROOT.rglob("*.py")
                  if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 1000)
    assert not long, f"modules over 1,000 lines: {long}"
