"""numpy's floating-point warnings, kept from learner code when the engine's own kernels raise them.

PyTorch computes ``0/0`` as nan quietly; numpy warns ("invalid value encountered in divide"). A
warnings filter on the engine's modules does not hold: a learner's ``warnings.catch_warnings()``
with ``simplefilter("always")`` (or ``-W error``, or pytest's capture) puts its own filter first.
And a ``np.errstate`` around every op costs microseconds on the hot path. So each thread's numpy
error state hands a floating-point error to ``_FloatingPointWarnings.write`` (numpy's ``log``
mode) instead of warning: the object drops the errors of the engine's own code and, for any other
caller, warns as numpy's ``warn`` mode does (same message, category and place), so the learner's
own numpy still warns. Nothing is paid per op; the object runs only when an error happens.

numpy keeps its error state per thread (a context variable), so ``quiet_engine_here()`` runs when
the engine is imported and where learner code starts running (the evaluator); a thread where it
never ran falls back on the warnings filter of ``engine/__init__.py``.

The learner still sees numpy's own state: ``np.geterr()``, ``np.seterr()``, ``np.geterrcall()`` and
``np.seterrcall()`` are replaced by versions that show the routed ``log`` modes as the ``warn`` they
stand for (and take ``warn`` as ``log``), so learner code reads and sets ``warn``, ``ignore``,
``raise``... as under plain numpy. A learner who asks for ``log`` mode or an error callback of their own
gets numpy's real meaning: the routing is dropped in that thread first.
"""
from __future__ import annotations

import sys
import warnings
from types import FrameType

import numpy as np

__all__ = ["quiet_engine_here"]

_ENGINE = "autograd_tui.engine"
_LOG_PREFIX = "Warning: "
_NUMPY_DEFAULT = {"divide": "warn", "over": "warn", "under": "ignore", "invalid": "warn"}


def _is_numpy(module: str) -> bool:
    return module == "numpy" or module.startswith("numpy.")


class _FloatingPointWarnings:
    """numpy's ``log`` handler: ``write`` receives ``"Warning: <error> encountered in <ufunc>\\n"``."""

    def write(self, text: str) -> None:
        # the Python code that called the ufunc (numpy's own, or its caller)
        caller: FrameType | None = sys._getframe(1)
        while caller is not None and _is_numpy(caller.f_globals.get("__name__", "")):
            caller = caller.f_back
        module = caller.f_globals.get("__name__", "") if caller is not None else ""
        if module == _ENGINE or module.startswith(_ENGINE + "."):
            return
        message = text[len(_LOG_PREFIX):] if text.startswith(_LOG_PREFIX) else text
        # stacklevel 2 is the ufunc's caller, where numpy's own warning points
        warnings.warn(message.rstrip("\n"), RuntimeWarning, stacklevel=2)


_HANDLER = _FloatingPointWarnings()


# numpy's own functions, before they are replaced by those below
_NUMPY = {name: getattr(np, name) for name in ("geterr", "seterr", "geterrcall", "seterrcall")}
_MODES = ("divide", "over", "under", "invalid")


def _routed() -> bool:
    return _NUMPY["geterrcall"]() is _HANDLER


def _as_shown(state: dict) -> dict:
    return {k: "warn" if v == "log" else v for k, v in state.items()}


def _unroute() -> None:
    """This thread's error state as the learner sees it, made real (numpy's ``warn``, no callback)."""
    _NUMPY["seterr"](**_as_shown(_NUMPY["geterr"]()))
    _NUMPY["seterrcall"](None)


def geterr() -> dict:
    """``np.geterr()`` as plain numpy shows it: the routed ``log`` modes are its ``warn``."""
    state = _NUMPY["geterr"]()
    return _as_shown(state) if _routed() else state


def seterr(all: str | None = None, divide: str | None = None, over: str | None = None,  # noqa: A002 - numpy's
           under: str | None = None, invalid: str | None = None) -> dict:
    """``np.seterr``: the previous state as plain numpy shows it; ``warn`` kept routed through the handler."""
    previous = geterr()
    asked = {"all": all, "divide": divide, "over": over, "under": under, "invalid": invalid}
    if _routed():
        if "log" in asked.values():  # the learner's own log mode means numpy's, not the engine's
            _unroute()
        else:
            asked = {k: "log" if v == "warn" else v for k, v in asked.items()}
    _NUMPY["seterr"](**asked)
    return previous


def geterrcall():
    """``np.geterrcall()``: None while the handler routes the errors (plain numpy's default)."""
    return None if _routed() else _NUMPY["geterrcall"]()


def seterrcall(func):
    """``np.seterrcall``: a callback of the learner's own replaces the routing in this thread."""
    if _routed():
        if func is None:
            return None
        _unroute()
    return _NUMPY["seterrcall"](func)


def quiet_engine_here() -> None:
    """Route this thread's numpy floating-point errors through the handler, unless the code running
    here has chosen its own error state (``np.seterr``, ``np.seterrcall``)."""
    if _NUMPY["geterrcall"]() is not None or _NUMPY["geterr"]() != _NUMPY_DEFAULT:
        return
    _NUMPY["seterr"](divide="log", over="log", invalid="log")
    _NUMPY["seterrcall"](_HANDLER)
    for name, replacement in (("geterr", geterr), ("seterr", seterr), ("geterrcall", geterrcall),
                              ("seterrcall", seterrcall)):
        setattr(np, name, replacement)  # what learner code reads through ``np.`` is numpy's view of its state
