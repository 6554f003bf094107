"""The app's layout as rules: which package may import which, no import cycle, and few imports
hidden inside functions. Read from the source with ``ast``; nothing is imported.

The engine (``autograd_tui/engine``) is left to its own architecture test.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "autograd_tui"
SHARED = {"autograd_tui.i18n", "autograd_tui.settings", "autograd_tui.evaluator", "autograd_tui.errors",
          # the catalogue's parts, by area: data that i18n merges
          "autograd_tui.catalogue", "autograd_tui.catalogue.tutor", "autograd_tui.catalogue.lesson_flow",
          "autograd_tui.catalogue.drawings", "autograd_tui.catalogue.errors", "autograd_tui.catalogue.why",
          "autograd_tui.catalogue.commands", "autograd_tui.catalogue.lesson_problems"}
# 18: `run` loads the session log (viz.script_log) only for a script that imports autograd_tui
MAX_FUNCTION_LEVEL_IMPORTS = 18
REASON = re.compile(r"#\s*(start-up|optional)\b")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _app_modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))
            if "engine" not in path.relative_to(PACKAGE).parts}


def _all_modules() -> set[str]:
    return {_module_name(path) for path in PACKAGE.rglob("*.py")}


def _targets(node: ast.Import | ast.ImportFrom, known: set[str]) -> list[str]:
    """The package's own modules an import statement loads (the most specific one for each name)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name.split(".")[0] == "autograd_tui"]
    if node.level or not node.module or node.module.split(".")[0] != "autograd_tui":
        return []
    found = []
    for alias in node.names:
        child = f"{node.module}.{alias.name}"
        found.append(child if child in known else node.module)
    return found


def _imports(path: Path, known: set[str]) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """``(module-level imports, function-level imports)`` of the package's own modules, with lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top: list[tuple[int, str]] = []
    inner: list[tuple[int, str]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                for target in _targets(child, known):
                    (inner if in_function else top).append((child.lineno, target))
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            visit(child, nested)

    visit(tree, False)
    return top, inner


def _graph() -> dict[str, set[str]]:
    known = _all_modules()
    return {name: {target for _, target in _imports(path, known)[0]}
            for name, path in _app_modules().items()}


def _in(package: str, module: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_app_modules_have_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def walk(module: str, stack: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if target not in graph:
                continue  # the engine, checked on its own
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                walk(target, stack + [target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []


def _imports_anywhere(package: str) -> dict[str, set[str]]:
    known = _all_modules()
    out = {}
    for name, path in _app_modules().items():
        if _in(package, name):
            top, inner = _imports(path, known)
            out[name] = {target for _, target in top + inner}
    return out


def _violations(package: str, forbidden: list[str]) -> list[str]:
    return [f"{module} imports {target}"
            for module, targets in _imports_anywhere(package).items()
            for target in sorted(targets) if any(_in(f"autograd_tui.{p}", target) for p in forbidden)]


def test_lessons_import_nothing_of_the_ui_the_repl_or_the_tutor() -> None:
    assert _violations("autograd_tui.lessons", ["ui", "repl", "tutor", "viz", "commands", "cli"]) == []


def test_ui_only_renders() -> None:
    assert _violations("autograd_tui.ui", ["tutor", "lessons", "repl", "viz", "commands", "cli"]) == []


def test_the_repl_knows_no_lesson_and_no_tutor() -> None:
    assert _violations("autograd_tui.repl", ["tutor", "lessons", "commands", "cli"]) == []


def test_shared_modules_import_only_each_other() -> None:
    known = _all_modules()
    modules = _app_modules()
    wrong = [f"{name} imports {target}"
             for name in sorted(SHARED)
             for _, target in sum(_imports(modules[name], known), [])
             if target not in SHARED]
    assert wrong == []


def test_few_function_level_imports_each_with_its_reason() -> None:
    known = _all_modules()
    found = []
    for name, path in _app_modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for lineno, target in _imports(path, known)[1]:
            context = lines[lineno - 1] + "\n" + (lines[lineno - 2] if lineno > 1 else "")
            found.append((f"{name}:{lineno} {target}", bool(REASON.search(context))))
    without_reason = [where for where, has_reason in found if not has_reason]
    assert without_reason == []
    assert len(found) <= MAX_FUNCTION_LEVEL_IMPORTS, [where for where, _ in found]


def test_step_kinds_are_dispatched_by_handler_tables_not_isinstance() -> None:
    pattern = re.compile(r"isinstance\([^)]*\b(TextStep|CodeStep|TaskStep|QuizStep|Step)\b")
    found = [f"{name}: {line.strip()}"
             for name, path in _app_modules().items()
             for line in path.read_text(encoding="utf-8").splitlines() if pattern.search(line)]
    assert found == []
