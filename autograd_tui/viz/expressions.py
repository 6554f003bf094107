"""Turning a typed expression such as ``torch.sin(x)`` or ``12*x`` into a function of its
variables, for ``:plot`` and for the derivative tasks.

The variable is the expression's free name: a name that the namespace does not define. When
the namespace does define it (the learner's ``x = torch.tensor(...)``), ``x`` is still taken as
the variable, and bound in a copy of the namespace, so the learner's ``x`` is never touched.
"""
from __future__ import annotations

import ast
import builtins
from typing import Any, Callable, Iterable, Mapping

DEFAULT_VARIABLE = "x"


class ExpressionError(ValueError):
    """Not a usable expression; the message is Python's (SyntaxError) or ours."""


def names_in(tree: ast.AST) -> list[str]:
    """Loaded names in order of appearance, without repeats (``torch`` of ``torch.sin`` too)."""
    seen: dict[str, None] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            seen.setdefault(node.id, None)
    return list(seen)


def parse_expression(source: str) -> ast.Expression:
    """An expression; ``d = 12*x`` (one assignment) is accepted and means ``12*x``."""
    text = source.strip()
    try:
        return ast.parse(text, mode="eval")
    except SyntaxError as first:
        try:
            module = ast.parse(text, mode="exec")
        except SyntaxError:
            raise ExpressionError(f"SyntaxError: {first.msg}") from None
        body = module.body
        if len(body) == 1 and isinstance(body[0], (ast.Assign, ast.Expr)):
            return ast.Expression(body=body[0].value)
        raise ExpressionError(f"SyntaxError: {first.msg}") from None


def free_names(tree: ast.AST, scope: Mapping[str, Any]) -> list[str]:
    return [n for n in names_in(tree) if n not in scope and not hasattr(builtins, n)]


def choose_variable(tree: ast.AST, scope: Mapping[str, Any]) -> str | None:
    free = free_names(tree, scope)
    if len(free) == 1:
        return free[0]
    names = names_in(tree)
    return DEFAULT_VARIABLE if DEFAULT_VARIABLE in names else (free[0] if free else None)


def compile_function(tree: ast.Expression, variables: Iterable[str], scope: Mapping[str, Any]
                     ) -> Callable[..., Any]:
    """``f(*values)`` evaluates the expression with ``variables`` bound to ``values``."""
    code = compile(tree, "<expression>", "eval")
    variables = tuple(variables)
    base = dict(scope)

    def f(*values: Any) -> Any:
        local = dict(base)   # why: the learner's own x, y stay untouched
        local.update(zip(variables, values))
        return eval(code, local)  # noqa: S307 - the learner's own expression, like the REPL

    return f


def expression_function(source: str, scope: Mapping[str, Any]) -> tuple[Callable[[Any], Any], str]:
    """A function of one tensor for ``:plot``; a callable value (``torch.sin``) works too."""
    tree = parse_expression(source)
    var = choose_variable(tree, scope)
    label = source.strip()
    if var is None:
        value = eval(compile(tree, "<expression>", "eval"), dict(scope))  # noqa: S307
        if callable(value):
            return value, f"{label}(x)"
        return (lambda t: value), label
    return compile_function(tree, (var,), scope), label
