"""``torch.utils.checkpoint``: activation checkpointing. The engine keeps every activation anyway,
so what matters to a learner is that results, gradients, warnings and ``grad_fn`` names are
PyTorch's: the reentrant form runs the forward without a graph and recomputes it in backward
(with the random state it first saw), the non-reentrant form records the ordinary graph."""
from __future__ import annotations

import warnings
from typing import Any, Callable

from autograd_tui.engine import autograd as _autograd
from autograd_tui.engine._tensor import AT_LIBRARY as _AT_LIBRARY, Tensor as _Tensor
from autograd_tui.engine.autograd.function import Function as _Function
from autograd_tui.engine.functions import get_rng_state as _get_rng_state, set_rng_state as _set_rng_state
from autograd_tui.engine.grad_mode import enable_grad as _enable_grad, no_grad as _no_grad

__all__ = ["checkpoint", "checkpoint_sequential"]

_USE_REENTRANT_WARNING = (
    "torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly. Starting in PyTorch 2.9, "
    "calling checkpoint without use_reentrant will raise an exception. use_reentrant=False is recommended, but if "
    "you need to preserve the current default behavior, you can pass use_reentrant=True. Refer to docs for more "
    "details on the differences between the two variants.")
_SEQUENTIAL_USE_REENTRANT_WARNING = (  # checkpoint_sequential words it its own way
    "torch.utils.checkpoint.checkpoint_sequential: the use_reentrant parameter should be passed explicitly. In "
    "version 2.9 we will raise an exception if use_reentrant is not passed. use_reentrant=False is recommended, but "
    "if you need to preserve the current default behavior, you can pass use_reentrant=True. Refer to docs for more "
    "details on the differences between the two variants.")


class CheckpointFunction(_Function):
    @staticmethod
    def forward(ctx, run_function, preserve_rng_state, *args):
        ctx.run_function = run_function
        ctx.rng_state = _get_rng_state() if preserve_rng_state else None
        ctx.inputs = args
        ctx.save_for_backward(*(a for a in args if isinstance(a, _Tensor)))
        with _no_grad():
            return run_function(*args)

    @staticmethod
    def backward(ctx, *grads):
        inputs = [a.detach().requires_grad_(a.requires_grad) if isinstance(a, _Tensor) else a for a in ctx.inputs]
        now = _get_rng_state()
        if ctx.rng_state is not None:
            _set_rng_state(ctx.rng_state)
        try:
            with _enable_grad():
                outputs = ctx.run_function(*inputs)
        finally:
            _set_rng_state(now)
        outputs = outputs if isinstance(outputs, tuple) else (outputs,)
        pairs = [(o, g) for o, g in zip(outputs, grads) if isinstance(o, _Tensor) and o.requires_grad]
        if not pairs:
            raise RuntimeError(
                "none of output has requires_grad=True, this checkpoint() is not necessary")
        _autograd.backward([o for o, _ in pairs], [g for _, g in pairs])
        return (None, None) + tuple(a.grad if isinstance(a, _Tensor) else None for a in inputs)


def checkpoint(function: Callable, *args: Any, use_reentrant: bool | None = None, context_fn: Any = None,
               determinism_check: str = "default", debug: bool = False, early_stop: bool = True,
               preserve_rng_state: bool = True, **kwargs: Any) -> Any:
    """Runs ``function(*args)``; see the module docstring for what each form records."""
    if use_reentrant is None:  # raised inside PyTorch's own files: shown without a place
        warnings.warn(_USE_REENTRANT_WARNING, UserWarning, stacklevel=_AT_LIBRARY)
        use_reentrant = True
    if not use_reentrant:
        return function(*args, **kwargs)
    if kwargs:
        raise ValueError("Unexpected keyword arguments: " + ",".join(arg for arg in kwargs))
    if not any(isinstance(a, _Tensor) and a.requires_grad for a in args):
        warnings.warn("None of the inputs have requires_grad=True. Gradients will be None", UserWarning,
                      stacklevel=_AT_LIBRARY)
    return CheckpointFunction.apply(function, preserve_rng_state, *args)


def checkpoint_sequential(functions: Any, segments: int, input: _Tensor, use_reentrant: bool | None = None,
                          **kwargs: Any) -> _Tensor:
    """Splits a Sequential (or list of modules) into ``segments`` runs, all but the last checkpointed."""
    if use_reentrant is None:
        warnings.warn(_SEQUENTIAL_USE_REENTRANT_WARNING, UserWarning, stacklevel=2)
        use_reentrant = True
    modules = list(functions.children()) if hasattr(functions, "children") else list(functions)
    size = len(modules) // segments
    end = -1

    def run(start: int, stop: int) -> Callable:
        def forward(x: _Tensor) -> _Tensor:
            for j in range(start, stop + 1):
                x = modules[j](x)
            return x
        return forward

    for start in range(0, size * (segments - 1), size):
        end = start + size - 1
        input = checkpoint(run(start, end), input, use_reentrant=use_reentrant, **kwargs)
    return run(end + 1, len(modules) - 1)(input)
