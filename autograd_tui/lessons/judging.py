"""Judging a task attempt: the check, the known mistakes, and derivative answers.

The tutor calls :func:`judge_task` after every input the learner runs during a task, and again
with ``submitted=True`` when the learner asks with ``:check``; ``check``, ``demo --auto`` and
the instructor demo call it on the solution and on each known mistake's example, so what they
prove is what learners get.

Success is noticed at once, failure only when certain: after a line, a known mistake speaks
only if it concerns that line (see :func:`concerns`); on ``:check`` every mistake may speak.
"""
from __future__ import annotations

import ast
import builtins
import io
import re
import sys
import warnings
from dataclasses import dataclass
from typing import Any, Mapping

from autograd_tui import i18n
from autograd_tui.evaluator import Result
from autograd_tui.lessons.derivative import (
    compare, describe, implicit_product, reads_grad, syntax_example, uses_xor,
)
from autograd_tui.lessons.model import Mistake, TaskStep, Text


@dataclass
class Verdict:
    """How a task attempt went: ``passed``, or the first known ``mistake`` it matches."""

    passed: bool
    mistake: Mistake | None = None
    check_error: str | None = None   # why the check itself failed to evaluate (for authors)


def evaluate_expression(expression: str, namespace: Mapping[str, Any]) -> tuple[Any, str | None]:
    """Evaluate a check/``when`` expression quietly over the namespace.

    Returns ``(value, None)`` or ``(None, "Type: message")``. The namespace is not changed:
    evaluation happens in a shallow copy, with warnings and prints suppressed.
    """
    scope = dict(namespace)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return eval(compile(expression, "<check>", "eval"), scope), None  # noqa: S307 - lesson code is trusted like a script
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - a failing check is just "not passed"
        try:
            return None, f"{type(exc).__name__}: {exc}"
        except Exception:  # noqa: BLE001
            return None, type(exc).__name__
    finally:
        sys.stdout, sys.stderr = saved


def _truthy(value: Any) -> bool:
    try:
        return bool(value)
    except Exception:  # noqa: BLE001 - e.g. bool() of a multi-element tensor
        return False


def check_passes(task: TaskStep, namespace: dict[str, Any]) -> tuple[bool, str | None]:
    if task.derivative is not None:
        return False, None  # judged on the learner's typed answer, in judge_task
    value, error = evaluate_expression(task.check, namespace)
    return (error is None and _truthy(value)), error


def _search(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    """``re.search``, where a pattern that is no regular expression matches nothing: the loader
    reports it at its line, and `check` said "the check stopped: error: missing )" after that."""
    try:
        return re.search(pattern, text, flags)
    except re.error:
        return None


def mistake_matches(mistake: Mistake, namespace: Mapping[str, Any], result: Result | None,
                    source: str | None) -> bool:
    """Every condition the mistake gives must hold for this attempt."""
    if mistake.source is not None:
        if source is None or _search(mistake.source, source, re.MULTILINE) is None:
            return False
    if mistake.error is not None:
        if result is None or result.ok or result.error is None:
            return False
        last_line = result.error.rstrip("\n").rsplit("\n", 1)[-1]
        if _search(mistake.error, last_line) is None:
            return False
    if mistake.when is not None:
        value, error = evaluate_expression(mistake.when, namespace)
        if error is not None or not _truthy(value):
            return False
    return True


# ------------------------------------------------------------------------------------------
# Scope: what a line does, and which mistakes it concerns
# ------------------------------------------------------------------------------------------

NOT_WATCHED = {"torch", "nn", "optim", "F", "np", "math"} | set(dir(builtins))


def _dotted(node: ast.AST) -> str | None:
    """``z.grad`` for ``z.grad``, ``z.grad[0]`` or ``z.grad.data``'s base; None for ``(a*b).sum``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base is not None else f"*.{node.attr}"
    if isinstance(node, ast.Subscript):
        return _dotted(node.value)
    if isinstance(node, ast.Starred):
        return _dotted(node.value)
    return None


def _targets(node: ast.AST) -> list[str]:
    if isinstance(node, (ast.Tuple, ast.List)):
        return [name for elt in node.elts for name in _targets(elt)]
    name = _dotted(node)
    return [name] if name is not None else []


def _statement_actions(stmt: ast.stmt) -> set[str]:
    """What one statement does: the names it binds or changes and the call it makes."""
    if isinstance(stmt, ast.Assign):
        return {name for target in stmt.targets for name in _targets(target)}
    if isinstance(stmt, (ast.AugAssign, ast.AnnAssign)):
        return set(_targets(stmt.target))
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        name = _dotted(stmt.value.func)
        return {name} if name is not None else set()
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {stmt.name}
    if isinstance(stmt, ast.Delete):
        return {name for target in stmt.targets for name in _targets(target)}
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return {(alias.asname or alias.name).split(".")[0] for alias in stmt.names}
    inner: set[str] = set()  # for, while, if, with, try: what their bodies do
    if isinstance(stmt, (ast.For, ast.AsyncFor)) and isinstance(stmt.iter, ast.Call):
        name = _dotted(stmt.iter.func)   # `for p in model.parameters()`: whatever p is called
        if name is not None:
            inner.add(name)
    for child in ast.iter_child_nodes(stmt):
        if isinstance(child, ast.stmt):
            inner |= _statement_actions(child)
    return inner


def line_actions(source: str) -> set[str]:
    """Everything ``source`` binds, changes or calls, at any depth (``{"b", "c.backward"}``)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    actions: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            actions |= _statement_actions(node)
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            if name is not None:
                actions.add(name)
        elif isinstance(node, ast.NamedExpr):
            actions.add(node.target.id)
    return actions


def mistake_scope(mistake: Mistake) -> list[str]:
    """What a ``when`` watches: ``about``, else what the example's last statement does, else
    the names the ``when`` reads."""
    if mistake.about is not None:
        return list(mistake.about)
    try:
        body = ast.parse(mistake.example).body
    except SyntaxError:
        body = []
    if body:
        last = sorted(_statement_actions(body[-1]))
        if last:
            return last
    if mistake.when is None:
        return []
    try:
        tree = ast.parse(mistake.when, mode="eval")
    except SyntaxError:
        return []
    return sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - NOT_WATCHED)


def _touches(action: str, watched: str) -> bool:
    if watched.startswith("*."):
        return action.endswith(watched[1:])
    return action == watched or action.startswith(watched + ".") or watched.startswith(action + ".")


def concerns(mistake: Mistake, source: str | None) -> bool:
    """Whether the learner's line ``source`` is what ``mistake`` is about.

    A mistake that looks at the raised error or at the typed code concerns the line by nature;
    one that looks only at the namespace (``when``) must name what it watches.
    """
    if mistake.error is not None or mistake.source is not None:
        return True
    if source is None:
        return False
    done = line_actions(source)
    return any(_touches(action, watched) for action in done for watched in mistake_scope(mistake))


def acts_on(mistake: Mistake, source: str | None) -> bool:
    """Whether ``source`` does what ``mistake`` watches (its scope: ``about``, else what its
    example's last statement does), such as calling backward again: an action, not just a line
    that mentions a name the mistake's pattern looks for."""
    if source is None:
        return False
    watched = mistake_scope(mistake)
    return any(_touches(action, w) for action in line_actions(source) for w in watched)


def judge_task(task: TaskStep, namespace: dict[str, Any], result: Result | None = None,
               source: str | None = None, *, submitted: bool = False) -> Verdict:
    """Decide an attempt: call after running the learner's ``source`` (giving ``result``).

    The check wins; otherwise the first matching known mistake that concerns ``source`` is
    returned, or, when the learner ``submitted`` (``:check``), the first matching one at all.
    """
    if task.derivative is not None:
        return judge_derivative(task, namespace, result, source)
    passed, error = check_passes(task, namespace)
    if passed:
        return Verdict(True)
    for mistake in task.mistakes:
        if not submitted and not concerns(mistake, source):
            continue
        if mistake_matches(mistake, namespace, result, source):
            return Verdict(False, mistake, error)
    return Verdict(False, None, error)


# The mistakes judge_derivative words itself from the catalogue: plain text, not Markdown as a
# lesson's own messages are ("3*x**2" beside "'12*x'" would read as italics).
PLAIN_MISTAKES = frozenset({"derivative", "derivative-grad", "derivative-xor", "derivative-product"})


def judge_derivative(task: TaskStep, namespace: Mapping[str, Any], result: Any = None,
                     source: str | None = None) -> Any:
    """A :class:`Verdict` for a derivative task's answer.

    Known mistakes of the task come first (their ``source`` patterns see the answer); any other
    wrong answer gets a generated message that says where it fails.
    """
    spec = task.derivative
    try:
        outcome = compare(spec, source, namespace)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken spec: tell the author, not a traceback
        return Verdict(False, None, f"derivative: {type(exc).__name__}: {exc}")
    if outcome.passed:
        return Verdict(True)
    for mistake in task.mistakes:
        if mistake_matches(mistake, namespace, result, source):
            return Verdict(False, mistake)
    if reads_grad(source):
        fields = {"names": ", ".join(outcome.shown), "example": syntax_example(spec, namespace)}
        message = Text(tr=i18n.t("deriv.grad", "tr", **fields), en=i18n.t("deriv.grad", "en", **fields))
        return Verdict(False, Mistake(id="derivative-grad", message=message, example=""))
    if uses_xor(source):
        message = Text(tr=i18n.t("deriv.xor", "tr"), en=i18n.t("deriv.xor", "en"))
        return Verdict(False, Mistake(id="derivative-xor", message=message, example=""))
    typed = implicit_product(source)
    if typed is not None:
        fields = {"typed": typed, "example": syntax_example(spec, namespace)}
        message = Text(tr=i18n.t("deriv.implicit_product", "tr", **fields),
                       en=i18n.t("deriv.implicit_product", "en", **fields))
        return Verdict(False, Mistake(id="derivative-product", message=message, example=""))
    example = syntax_example(spec, namespace) if outcome.error is not None else ""
    message = Text(tr=describe(outcome, spec, "tr", example=example),
                   en=describe(outcome, spec, "en", example=example))
    return Verdict(False, Mistake(id="derivative", message=message, example=""))
