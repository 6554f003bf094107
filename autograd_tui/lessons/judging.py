"""Judging a task attempt: the check, the known mistakes, and derivative answers.

The tutor calls :func:`judge_task` after every input the learner runs during a task; ``check``,
``demo --auto`` and the instructor demo call it on the solution and on each known mistake's
example, so what they prove is what learners get.
"""
from __future__ import annotations

import io
import re
import sys
import warnings
from dataclasses import dataclass
from typing import Any, Mapping

from autograd_tui.evaluator import Result
from autograd_tui.lessons.derivative import compare, describe
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


def mistake_matches(mistake: Mistake, namespace: Mapping[str, Any], result: Result | None,
                    source: str | None) -> bool:
    """Every condition the mistake gives must hold for this attempt."""
    if mistake.source is not None:
        if source is None or re.search(mistake.source, source, re.MULTILINE) is None:
            return False
    if mistake.error is not None:
        if result is None or result.ok or result.error is None:
            return False
        last_line = result.error.rstrip("\n").rsplit("\n", 1)[-1]
        if re.search(mistake.error, last_line) is None:
            return False
    if mistake.when is not None:
        value, error = evaluate_expression(mistake.when, namespace)
        if error is not None or not _truthy(value):
            return False
    return True


def judge_task(task: TaskStep, namespace: dict[str, Any], result: Result | None = None,
               source: str | None = None) -> Verdict:
    """Decide an attempt: call after running the learner's ``source`` (giving ``result``).

    The check wins; otherwise the first matching known mistake is returned.
    """
    if task.derivative is not None:
        return judge_derivative(task, namespace, result, source)
    passed, error = check_passes(task, namespace)
    if passed:
        return Verdict(True)
    for mistake in task.mistakes:
        if mistake_matches(mistake, namespace, result, source):
            return Verdict(False, mistake, error)
    return Verdict(False, None, error)


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
    message = Text(tr=describe(outcome, spec, "tr"), en=describe(outcome, spec, "en"))
    return Verdict(False, Mistake(id="derivative", message=message, example=""))
