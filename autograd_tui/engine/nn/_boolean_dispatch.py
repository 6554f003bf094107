"""PyTorch's Python functions that pick one of two others by a flag (its ``boolean_dispatch``):
``F.max_pool2d`` calls ``_max_pool2d``, or ``max_pool2d_with_indices`` for ``return_indices=True``.
A call Python cannot bind is refused by the one picked, under its name
(``F.max_pool2d(x, kernel=2)``: ``_max_pool2d() got an unexpected keyword argument 'kernel'``)."""
from __future__ import annotations

from typing import Any, Callable

from autograd_tui.engine.functions.parser import BINDING_ERROR


def boolean_dispatch(fn: Callable[..., Any], flag: str, position: int, if_true: str,
                     if_false: str) -> Callable[..., Any]:
    """``fn`` looking like PyTorch's dispatcher (``boolean_dispatch.<locals>.fn``), its binding errors
    worded by ``if_true`` or ``if_false`` as ``flag`` (a keyword, or the argument at ``position``) says."""
    public = fn.__name__

    def dispatcher(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError as error:
            text = str(error)
            if not (text.startswith(public + "() ") and BINDING_ERROR.search(text)):
                raise
            picked = kwargs[flag] if flag in kwargs else args[position] if len(args) > position else False
            raise TypeError((if_true if picked else if_false) + text[len(public):]) from None
    dispatcher.__name__, dispatcher.__qualname__ = public, "boolean_dispatch.<locals>.fn"
    dispatcher.__module__, dispatcher.__doc__ = "torch.nn.functional", fn.__doc__
    return dispatcher
