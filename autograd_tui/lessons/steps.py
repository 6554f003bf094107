"""One handler per step kind: what each kind of step means to the code that runs or shows it.

A lesson has four kinds of steps (:mod:`model`). Code that treats them differently (the
checker, the transcript, the exports, the tutor's flow, the instructor demo) does not ask
``isinstance`` in a chain: it declares one handler per step class with :func:`per_kind`, which
refuses a table that forgets a kind. Adding a step kind therefore means: a class in
:mod:`model`, an entry in :data:`STEP_CLASSES` and in the tables below, and one handler in
every ``per_kind`` table, each of which fails loudly until it has one.
"""
from __future__ import annotations

from typing import Any, Callable, Generic, Mapping, TypeVar

from autograd_tui.lessons.model import CodeStep, QuizStep, Step, TaskStep, TextStep

STEP_CLASSES: tuple[type[Step], ...] = (TextStep, CodeStep, TaskStep, QuizStep)

H = TypeVar("H")


class per_kind(Generic[H]):  # noqa: N801 - used like a function: per_kind({TextStep: …, …})
    """A table of handlers keyed by step class; calling it with a step gives that step's handler."""

    def __init__(self, handlers: Mapping[type[Step], H]) -> None:
        missing = [cls.__name__ for cls in STEP_CLASSES if cls not in handlers]
        unknown = [cls.__name__ for cls in handlers if cls not in STEP_CLASSES]
        if missing or unknown:
            raise TypeError(f"a handler per step kind is needed: missing {missing}, unknown {unknown}")
        self._handlers = dict(handlers)

    def __call__(self, step: Step) -> H:
        return self._handlers[type(step)]


def _no_code(step: Any) -> str | None:
    return None


# The code a step leaves in the namespace: code steps their code, tasks their solution (a
# resumed learner continues from the reference state), quizzes their cell (it runs after the
# answer), text steps nothing.
_SOURCE: per_kind[Callable[[Any], str | None]] = per_kind({
    TextStep: _no_code,
    CodeStep: lambda step: step.code,
    TaskStep: lambda step: step.solution,
    QuizStep: lambda step: step.code or None,
})

# The exception a step's code raises on purpose (``raises:``); only code steps have one.
_EXPECTED_ERROR: per_kind[Callable[[Any], str | None]] = per_kind({
    TextStep: _no_code,
    CodeStep: lambda step: step.raises,
    TaskStep: _no_code,
    QuizStep: _no_code,
})


def step_source(step: Step) -> str | None:
    """The code a step contributes to the namespace, or ``None`` for steps without code."""
    return _SOURCE(step)(step)


def expected_error(step: Step) -> str | None:
    """The exception type name the step's code is meant to raise, if any."""
    return _EXPECTED_ERROR(step)(step)


# The output a step's code must print in a run in a given language: code steps may record one
# per language (their code draws in the lesson's language), quiz cells one for both.
_OUTPUTS: per_kind[Callable[[Any, str], str | None]] = per_kind({
    TextStep: lambda step, lang: None,
    CodeStep: lambda step, lang: step.output_for(lang),
    TaskStep: lambda step, lang: None,
    QuizStep: lambda step, lang: step.output if step.code else None,
})

_PER_LANGUAGE: per_kind[Callable[[Any], bool]] = per_kind({
    TextStep: lambda step: False,
    CodeStep: lambda step: bool(step.outputs),
    TaskStep: lambda step: False,
    QuizStep: lambda step: False,
})


def recorded_output(step: Step, lang: str) -> str | None:
    """What the step's code must print when the lesson runs in ``lang`` (None: nothing recorded)."""
    return _OUTPUTS(step)(step, lang)


def outputs_per_language(step: Step) -> bool:
    """True when the step recorded one output per language."""
    return _PER_LANGUAGE(step)(step)
