"""Derivative tasks: the learner types a derivative worked out by hand (``12*x``), and it is
compared numerically with autograd's gradient at several random points.

A task becomes a derivative task with a ``derivative:`` block instead of a ``check``::

    derivative:
      function: "6*x**2 - 2*y**3"   # what to differentiate (Python, over torch and variables)
      wrt: x                        # with respect to this variable
      domain: {x: [-3, 3]}          # optional: where the random points come from (default ±3)

Every name of ``function`` other than ``torch``, ``math`` and builtins is a variable; each gets
random values (both signs, away from zero), in float64. The answer may use the same variables
and ``torch``. When it is wrong, the verdict says where: "wrong for x < 0", "off by a factor
of 2 everywhere", or the first point where it fails, with both values.
"""
from __future__ import annotations

import ast
import builtins
import contextlib
import io
import math
import random
import re
import sys
import zlib
from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

from autograd_tui import i18n
from autograd_tui.lessons.model import Derivative
from autograd_tui.lessons.problem import Msg

POINTS = 12                  # random points per check
NOT_VARIABLES = {"torch", "math", "F", "nn", "np"}
DEFAULT_DOMAIN = (-3.0, 3.0)
ATOL, RTOL = 1e-6, 1e-4
NO_VALUE = "None"            # Outcome.error when the answer evaluates to None
NOT_ONE_EXPRESSION = "code"  # ... when it is valid code but not one expression (a loop, two lines)


@dataclass
class Outcome:
    """The comparison at every point: ``(point, autograd's value, the answer's value)``."""

    variables: list[str]
    rows: list[tuple[dict[str, float], float, float]] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)   # variables worth naming in a message
    error: str | None = None      # the answer could not be evaluated ("NameError: …")

    def failing(self) -> list[tuple[dict[str, float], float, float]]:
        return [r for r in self.rows if not close(r[2], r[1])]

    @property
    def passed(self) -> bool:
        return self.error is None and bool(self.rows) and not self.failing()


def close(got: float, expected: float) -> bool:
    if math.isnan(got) or math.isinf(got):
        return False
    return abs(got - expected) <= ATOL + RTOL * abs(expected)


# ---------------------------------------------------------------------------------------------
# Reading the task's spec
# ---------------------------------------------------------------------------------------------
def variables_of(function: str, wrt: str, domain: Mapping[str, Any] | None = None) -> list[str]:
    """``wrt`` first, then the other variables in order of appearance."""
    tree = ast.parse(function, mode="eval")
    names: dict[str, None] = {wrt: None}
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Name)]
    for node in sorted(found, key=lambda n: (n.lineno, n.col_offset)):  # source order
        if node.id not in NOT_VARIABLES and not hasattr(builtins, node.id):
            names.setdefault(node.id, None)
    for name in domain or {}:
        names.setdefault(name, None)
    return list(names)


def _parses(source: str | None) -> bool:
    try:
        ast.parse((source or "").strip())
    except SyntaxError:
        return False
    return True


def answer_expression(source: str | None) -> ast.Expression | None:
    """The learner's answer: an expression, or the value of one assignment (``d = 12*x``)."""
    if not source or not source.strip():
        return None
    text = source.strip()
    try:
        return ast.parse(text, mode="eval")
    except SyntaxError:
        pass
    try:
        module = ast.parse(text, mode="exec")
    except SyntaxError:
        return None
    body = [s for s in module.body if not isinstance(s, (ast.Import, ast.ImportFrom))]
    if len(body) == 1 and isinstance(body[0], (ast.Assign, ast.Expr)):
        return ast.Expression(body=body[0].value)
    return None


def sample_points(spec: Any, variables: list[str], n: int = POINTS) -> list[dict[str, float]]:
    """Reproducible random points: the same task always uses the same points; each variable
    takes both signs when its domain allows, and stays away from 0 (where 1/x, log… break)."""
    rng = random.Random(zlib.crc32(f"{spec.function}|{spec.wrt}".encode()))
    points = []
    for i in range(n):
        point = {}
        for k, name in enumerate(variables):
            lo, hi = (spec.domain or {}).get(name, DEFAULT_DOMAIN)
            span = hi - lo
            if lo < 0 < hi:
                # why: alternate the sign per point, shifted per variable, so sign splits show
                negative = (i + k * (i // 2)) % 2 == 0
                a, b = (lo, -0.1 * span / 6) if negative else (0.1 * span / 6, hi)
            else:
                a, b = lo, hi
            point[name] = round(rng.uniform(a, b), 2) or round(b, 2)
        points.append(point)
    return points


# ---------------------------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------------------------
def _torch(namespace: Mapping[str, Any]) -> Any:
    module = namespace.get("torch")
    if module is not None and hasattr(module, "autograd"):
        return module
    import importlib

    return importlib.import_module("torch")


def _float(value: Any) -> float:
    if hasattr(value, "item"):
        return float(value.item())
    return float(value)


@contextlib.contextmanager
def _no_terminal() -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.StringIO()
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            yield
    finally:
        sys.stdin = saved


def compare(spec: Any, source: str | None, namespace: Mapping[str, Any]) -> Outcome:
    """Evaluate autograd's derivative and the answer at the sample points."""
    variables = variables_of(spec.function, spec.wrt, spec.domain)
    outcome = Outcome(variables)
    torch = _torch(namespace)
    base = {k: v for k, v in namespace.items() if k not in variables}
    base.setdefault("torch", torch)
    base.setdefault("math", math)
    truth, matters = _autograd_at_points(spec, variables, base, torch)
    # why: every message names only the variables the derivative depends on (x alone for
    # d(6x² − 2y³)/dx), even when the answer could not be read at all
    outcome.shown = [v for v in variables if v in matters] or [spec.wrt]
    answer = answer_expression(source)
    if answer is None:
        outcome.error = NOT_ONE_EXPRESSION if _parses(source) else "SyntaxError"
        return outcome
    used = {n.id for n in ast.walk(answer) if isinstance(n, ast.Name)}
    answer_code = compile(answer, "<answer>", "eval")
    for point, expected in truth:
        scope = dict(base)
        scope.update({name: torch.tensor(value, dtype=torch.float64) for name, value in point.items()})
        try:
            # why: what the answer prints at these points is not the learner's output, and
            # the learner's next lines are not for an input() in it to read
            with torch.no_grad(), _no_terminal():
                value = eval(answer_code, scope)  # noqa: S307 - the learner's answer
            if value is None:   # print(x), a call that returns nothing
                outcome.error = NO_VALUE
                return outcome
            got = _float(value)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - any failure is a verdict, not a crash
            outcome.error = f"{type(exc).__name__}: {exc}"
            return outcome
        outcome.rows.append((point, expected, got))
    # why: "at x = -0.32" reads better than naming variables the answer does not involve
    outcome.shown = [v for v in variables if v in matters or v in used] or [spec.wrt]
    return outcome


def _autograd_at_points(spec: Any, variables: list[str], base: Mapping[str, Any],
                        torch: Any) -> tuple[list[tuple[dict[str, float], float]], set[str]]:
    """Autograd's derivative at each sample point inside the function's domain, and the
    variables that derivative depends on."""
    function = compile(ast.parse(spec.function, mode="eval"), "<derivative>", "eval")
    truth: list[tuple[dict[str, float], float]] = []
    matters: set[str] = set()
    for point in sample_points(spec, variables):
        tensors = {name: torch.tensor(value, dtype=torch.float64, requires_grad=True)
                   for name, value in point.items()}
        scope = dict(base)
        scope.update(tensors)
        out = eval(function, scope)  # noqa: S307 - the lesson's own expression
        grad = None
        if getattr(out, "requires_grad", False):
            (grad,) = torch.autograd.grad(out, tensors[spec.wrt], allow_unused=True, create_graph=True)
        expected = 0.0 if grad is None else _float(grad)
        if grad is not None and grad.requires_grad:
            seconds = torch.autograd.grad(grad, list(tensors.values()), allow_unused=True)
            matters.update(n for n, g in zip(tensors, seconds) if g is not None and _float(g) != 0)
        if not (math.isnan(expected) or math.isinf(expected)):   # outside the domain: no verdict
            truth.append((point, expected))
    return truth, matters


# ---------------------------------------------------------------------------------------------
# Saying where it fails
# ---------------------------------------------------------------------------------------------
def _num(v: float) -> str:
    if v == 0:
        return "0"
    text = f"{v:.4g}"
    return text


def _point(point: Mapping[str, float], shown: list[str] | None = None) -> str:
    names = [n for n in point if not shown or n in shown]
    return ", ".join(f"{name} = {_num(point[name])}" for name in names)


def _constant_factor(outcome: Outcome) -> float | None:
    ratios = []
    for _, expected, got in outcome.rows:
        if expected == 0:
            if not close(got, 0.0):
                return None
            continue
        ratios.append(got / expected)
    if not ratios:
        return None
    k = ratios[0]
    if all(abs(r - k) <= 1e-6 * max(1.0, abs(k)) for r in ratios) and not close(k, 1.0):
        return k
    return None


def _constant_offset(outcome: Outcome) -> float | None:
    diffs = [got - expected for _, expected, got in outcome.rows]
    d = diffs[0]
    if all(abs(x - d) <= 1e-6 * max(1.0, abs(d)) for x in diffs) and not close(d, 0.0):
        return d
    return None


def _boundary(below: float, above: float) -> str:
    """A readable number between two sample values: 0 when they straddle it."""
    if below < 0 < above:
        return "0"
    for digits in (0, 1, 2):
        mid = round((below + above) / 2, digits)
        if below < mid < above:
            return _num(mid)
    return _num((below + above) / 2)


def _region(outcome: Outcome) -> str | None:
    """``x < 0`` (or ``x > 1.5``) when the answer fails exactly on one side of a value."""
    failing = {id(r) for r in outcome.failing()}
    for name in outcome.shown:
        rows = sorted(outcome.rows, key=lambda r: r[0][name])
        marks = [id(r) in failing for r in rows]
        cut = next((i for i in range(1, len(marks)) if marks[i] != marks[i - 1]), None)
        if cut is None or any(m != marks[cut] for m in marks[cut:]):
            continue  # no single switch between passing and failing along this variable
        edge = _boundary(rows[cut - 1][0][name], rows[cut][0][name])
        return f"{name} < {edge}" if marks[0] else f"{name} > {edge}"
    return None


SYNTAX_EXAMPLES = ("3*{v}**2 + 1", "5*{v}**4 - 2")   # how an answer is written, never the answer


def syntax_example(spec: Any, namespace: Mapping[str, Any]) -> str:
    """An expression that shows the syntax and is not the task's answer."""
    wrt = spec.wrt
    for pattern in SYNTAX_EXAMPLES:
        example = pattern.format(v=wrt)
        try:
            if not compare(spec, example, namespace).passed:
                return example
        except Exception:  # noqa: BLE001 - a broken spec: any example will do
            return example
    return SYNTAX_EXAMPLES[-1].format(v=wrt)


_NUMBER_THEN_NAME = re.compile(r"(?<![\w.])(\d+(?:\.\d*)?)\s*([A-Za-z_(])")


def implicit_product(source: str | None) -> str | None:
    """``12x`` or ``2(x+1)`` as written on paper: the first such fragment, when the answer does
    not parse as Python but does once each number is given its ``*``."""
    text = (source or "").strip()
    try:
        ast.parse(text)
        return None
    except SyntaxError:
        pass
    found = _NUMBER_THEN_NAME.search(text)
    if found is None:
        return None
    try:
        ast.parse(_NUMBER_THEN_NAME.sub(r"\1*\2", text))
    except SyntaxError:
        return None
    return found.group(0)


def uses_xor(source: str | None) -> bool:
    """``x^2`` for a power: Python reads it as XOR."""
    if not source or "^" not in source:
        return False
    try:
        tree = ast.parse(source.strip())
    except SyntaxError:
        return True   # "x^" and the like: the caret is still the likely cause
    return any(isinstance(n, ast.BitXor) for n in ast.walk(tree))


def reads_grad(source: str | None) -> bool:
    """``x.grad`` in an answer: at the random points no backward has run, so it is None there."""
    try:
        tree = ast.parse((source or "").strip())
    except SyntaxError:
        return False
    return any(isinstance(n, ast.Attribute) and n.attr == "grad" for n in ast.walk(tree))


def describe(outcome: Outcome, spec: Any, lang: str, *, example: str = "") -> str:
    """Where and how the answer is wrong, in ``lang``; ``example`` shows how to write one."""
    if outcome.error in (NO_VALUE, NOT_ONE_EXPRESSION):
        key = "deriv.no_value" if outcome.error == NO_VALUE else "deriv.not_expression"
        return i18n.t(key, lang, names=", ".join(outcome.shown),
                      example=example or SYNTAX_EXAMPLES[0].format(v=spec.wrt))
    if outcome.error is not None:
        return i18n.t("deriv.invalid", lang, names=", ".join(outcome.shown), error=outcome.error,
                      example=example or SYNTAX_EXAMPLES[0].format(v=spec.wrt))
    if not outcome.rows:
        return i18n.t("deriv.no_points", lang)
    point, expected, got = outcome.failing()[0]
    fields = dict(point=_point(point, outcome.shown), expected=_num(expected), got=_num(got), wrt=spec.wrt)
    factor = _constant_factor(outcome)
    if factor is not None:
        key = "deriv.sign" if close(factor, -1.0) else "deriv.factor"
        return i18n.t(key, lang, factor=_num(factor), **fields)
    offset = _constant_offset(outcome)
    if offset is not None:
        return i18n.t("deriv.offset", lang, offset=_num(offset), **fields)
    region = _region(outcome)
    if region is not None:
        return i18n.t("deriv.region", lang, region=region, **fields)
    if len(outcome.failing()) == len(outcome.rows):
        return i18n.t("deriv.everywhere", lang, **fields)
    return i18n.t("deriv.somewhere", lang, n=len(outcome.failing()), total=len(outcome.rows), **fields)


# ---------------------------------------------------------------------------------------------
# Loading (called by the loader for a task's ``derivative:`` field)
# ---------------------------------------------------------------------------------------------
def load_spec(builder: Any, item: Any, where: Msg) -> Any:
    """Build a :class:`~autograd_tui.lessons.model.Derivative` from a task's mapping, reporting
    problems through the loader's ``builder.problem(line, key, **values)``."""
    value = item.get("derivative")
    if value is None:
        return None
    line = item.line_of("derivative")
    if not isinstance(value, dict):
        builder.problem(line, "problem.derivative_not_mapping", where=where)
        return None
    for key in value:
        if key not in ("function", "wrt", "domain"):
            builder.problem(value.line_of(key) if hasattr(value, "line_of") else line,
                            "problem.derivative_unknown_field", where=where, key=key)
    function, wrt = value.get("function"), value.get("wrt")
    if not isinstance(function, str) or not function.strip():
        builder.problem(line, "problem.derivative_needs_function", where=where)
        return None
    try:
        ast.parse(function, mode="eval")
    except SyntaxError as exc:
        builder.problem(line, "problem.derivative_bad_function", where=where, error=str(exc.msg))
        return None
    if not isinstance(wrt, str) or not wrt.isidentifier():
        builder.problem(line, "problem.derivative_needs_wrt", where=where)
        return None
    used = {n.id for n in ast.walk(ast.parse(function, mode="eval")) if isinstance(n, ast.Name)}
    if wrt not in used:
        builder.problem(line, "problem.derivative_wrt_unused", where=where, wrt=wrt)
    domain: dict[str, tuple[float, float]] = {}
    raw = value.get("domain") or {}
    if not isinstance(raw, dict):
        builder.problem(line, "problem.derivative_domain_not_mapping", where=where)
        raw = {}
    for name, bounds in raw.items():
        ok = (isinstance(bounds, list) and len(bounds) == 2
              and all(isinstance(b, (int, float)) and not isinstance(b, bool) for b in bounds)
              and bounds[0] < bounds[1])
        if not ok:
            builder.problem(line, "problem.derivative_bad_domain", where=where, name=str(name))
            continue
        domain[str(name)] = (float(bounds[0]), float(bounds[1]))
    return Derivative(function=function, wrt=wrt, domain=domain, line=line)
