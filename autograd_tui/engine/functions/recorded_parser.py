"""PyTorch's argument-parser errors for ``torch.linalg`` and ``torch.special``, from the signatures
recorded for their builtins (``parser_signatures.json``, by ``tools/record_parser_signatures.py``).

Their functions run as the engine wrote them; only a call that fails (Python could not bind it, the
function met a string where it wanted a tensor: ``'str' object has no attribute 'ndim'``, or its own
check of a value came first: ``qr(A, mode=1)``) is
parsed against PyTorch's signatures, and the parser's own error replaces the failure when the parser
would have refused the call too (``linalg_det(): argument 'A' (position 1) must be Tensor, not str``).
"""
from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import Any

from autograd_tui.engine.functions.parser import FUNCTIONS, NO_ARGUMENTS, ONE_ARGUMENT, _recorded, parser_error


def with_recorded_signatures(namespace: dict[str, Any], recorded: str, prefix: str) -> None:
    """Each function of ``namespace`` with signatures recorded under ``recorded`` reports a refused call
    with the parser's words, naming the builtin ``prefix`` + its attribute name (``linalg_det``)."""
    # (and those the parser table writes by hand: linalg_vector_norm, a single overload the record lacks)
    for name in {*_recorded(recorded), *(n[len(prefix):] for n in FUNCTIONS if n.startswith(prefix))}:
        function = namespace.get(name)
        if inspect.isfunction(function) and not getattr(function, "_parsed_as", None):
            namespace[name] = parser_checked(function, name, recorded, prefix)


def parser_checked(function: Callable[..., Any], name: str, recorded: str, prefix: str) -> Any:
    """``function`` whose failed calls the parser words as the builtin ``prefix + name`` (``function``
    itself when no signature of ``name`` is recorded)."""
    entry = _recorded(recorded).get(name) or ((FUNCTIONS[prefix + name], False) if prefix + name in FUNCTIONS else None)
    if entry is None or entry[0][0] in (NO_ARGUMENTS, ONE_ARGUMENT):
        return function
    signatures, hidden = entry
    shown = prefix + name

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except (TypeError, AttributeError, RuntimeError, ValueError):
            # (PyTorch's parser refuses such a call before the op runs; a call from the engine's own
            # code, torch.norm's of matrix_norm, keeps its error: the table lacks some marks it needs)
            if str(sys._getframe(1).f_globals.get("__name__")).startswith("autograd_tui.engine"):
                raise
            error = parser_error(shown, signatures, args, kwargs, hidden=hidden)
            if error is None:
                raise
            raise error from None
    call._parsed_as = shown  # type: ignore[attr-defined]
    return call

