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


def quiet_engine_here() -> None:
    """Route this thread's numpy floating-point errors through the handler, unless the code running
    here has chosen its own error state (``np.seterr``, ``np.seterrcall``)."""
    if np.geterrcall() is not None or np.geterr() != _NUMPY_DEFAULT:
        return
    np.seterr(divide="log", over="log", invalid="log")
    np.seterrcall(_HANDLER)
