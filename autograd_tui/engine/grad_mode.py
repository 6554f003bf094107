"""Whether operations are recorded: ``no_grad``, ``enable_grad``, ``set_grad_enabled``, ``inference_mode``.

Each works as a context manager and as a decorator, like PyTorch's.
"""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable


class _GradState:
    """The engine's modes, read by every op: one instance with slots, because CPython 3.11 reads
    an instance slot faster than a class attribute (it cannot specialise lookups on a class)."""

    __slots__ = ("enabled", "inference", "inference_used", "enabled_in_inference", "anomaly",
                 "anomaly_check_nan", "dual_level", "vmap_randomness", "vmap_draws", "transforms", "autocast",
                 "tangent_pass", "meta", "gradients_exposed")

    def __init__(self) -> None:
        self.enabled = True
        self.inference = False
        self.inference_used = False  # lets the hot path skip inference-tensor checks until it matters
        # Grad mode switched on inside inference mode: reported by is_grad_enabled, yet nothing is
        # recorded (PyTorch's inference mode wins over grad mode).
        self.enabled_in_inference = False
        # Anomaly mode (torch.autograd.set_detect_anomaly): keep each node's forward traceback, and
        # refuse a backward formula that returns NaN when check_nan is on.
        self.anomaly = False
        self.anomaly_check_nan = True
        # The active forward-AD level (torch.autograd.forward_ad), a fresh object per level: a
        # tangent stored with an older level is gone, as PyTorch clears them on exit.
        self.dual_level: object | None = None
        # While forward AD runs an op's backward formulas to get its tangent (autograd/forward_ad.py):
        # backward ops PyTorch cannot differentiate still are linear in their incoming gradient.
        self.tangent_pass = False
        # Inside torch.func.vmap: its randomness mode ("error", "same", "different"); None outside.
        self.vmap_randomness: str | None = None
        # The innermost running vmap's random draws (functions/creation.VmapDraws); None outside.
        self.vmap_draws: Any = None
        # The torch.func transforms running now, outermost first ("grad", "jvp", "vmap"): custom
        # autograd.Functions check what they must provide under them.
        self.transforms: tuple = ()
        # Inside an enabled CPU torch.autocast region: its lower precision dtype (amp.py); None outside.
        self.autocast: Any = None
        # How deep the calls that run on the meta device are (meta.py): every tensor made
        # meanwhile is a meta tensor (shape and dtype only), as each output of such a call is.
        self.meta = 0
        # Bumped whenever code other than the engine's own formulas may get hold of a gradient
        # (a backward pass starting, a hook, a custom Function's backward, a node applied by
        # hand): a gradient's row sums noted by its maker (functions/reductions.py) hold only
        # while this has not moved.
        self.gradients_exposed = 0


_State = _GradState()


def _switch(enabled: bool, inference: bool | None) -> tuple:
    """Set grad mode (and inference mode unless None); return what to restore."""
    prev = (_State.enabled, _State.inference, _State.enabled_in_inference)
    if inference is not None:
        _State.inference = inference
    _State.enabled_in_inference = enabled and _State.inference
    _State.enabled = enabled and not _State.inference
    return prev


def _restore(prev: tuple) -> None:
    _State.enabled, _State.inference, _State.enabled_in_inference = prev


def is_grad_enabled() -> bool:
    return _State.enabled or _State.enabled_in_inference


def is_inference_mode_enabled() -> bool:
    return _State.inference


class _DecoratorContextManager:
    """Sets (grad enabled, inference) on enter and restores them on exit; also a decorator (PyTorch's
    class name and parameter names, which Python's errors show: ``torch.no_grad()()``)."""

    _enabled = True
    _inference: bool | None = None  # None: leave inference mode as it is

    def __new__(cls, *args: Any, **kwargs: Any):
        # `@torch.no_grad` without parentheses passes the function straight in.
        if cls is not set_grad_enabled and len(args) == 1 and callable(args[0]) and not kwargs:
            return cls()(args[0])
        return super().__new__(cls)

    def __enter__(self) -> None:
        self._prev = _switch(self._enabled, self._inference)

    def __exit__(self, *exc: Any) -> None:
        _restore(self._prev)

    def __call__(self, orig_func: Callable) -> Callable:
        func = orig_func
        enabled, inference = self._enabled, self._inference
        if inspect.isgeneratorfunction(func):
            return _wrap_generator(func, enabled, inference)

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            prev = _switch(enabled, inference)
            try:
                return func(*args, **kwargs)
            finally:
                _restore(prev)
        return wrapper

    def clone(self) -> "_DecoratorContextManager":
        new = object.__new__(self.__class__)
        new._enabled, new._inference = self._enabled, self._inference
        return new


def _wrap_generator(func: Callable, enabled: bool, inference: bool | None) -> Callable:
    """A decorated generator function runs each step of the generator in the mode (as PyTorch's
    context decorators do), not only the call that creates the generator."""
    def step(action: Callable, *args: Any) -> Any:
        prev = _switch(enabled, inference)
        try:
            return action(*args)
        finally:
            _restore(prev)

    @functools.wraps(func)
    def generator_context(*args: Any, **kwargs: Any) -> Any:
        gen = func(*args, **kwargs)   # (creating a generator runs none of its body)
        try:
            response = step(gen.send, None)
            while True:
                try:
                    request = yield response
                except GeneratorExit:
                    step(gen.close)
                    raise
                except BaseException as exc:  # passed on into the generator, as PyTorch does
                    response = step(gen.throw, exc)
                else:
                    response = step(gen.send, request)
        except StopIteration as stop:
            return stop.value
    return generator_context


class no_grad(_DecoratorContextManager):
    _enabled = False


class enable_grad(_DecoratorContextManager):
    _enabled = True


def strict_bool(value: Any, function: str, name: str, position: int | None) -> bool:
    """``value`` when it is a Python bool; else PyTorch's argument parser's TypeError (it
    takes no 1, no numpy bool, no one-element tensor where a bool belongs). A keyword-only
    argument (``position`` None) is named without a position."""
    if isinstance(value, bool):
        return value
    where = "" if position is None else f" (position {position})"
    raise TypeError(f"{function}(): argument '{name}'{where} must be bool, not {type_name(value)}")


def type_name(value: Any) -> str:
    """The name PyTorch's C++ gives ``value``'s type (its ``tp_name``): a Python class by its name, a
    C type with its module (``numpy.bool``, ``numpy.ndarray``)."""
    kind = type(value)
    return kind.__name__ if kind.__flags__ & _HEAP_TYPE or kind.__module__ == "builtins" \
        else f"{kind.__module__}.{kind.__name__}"


def requires_grad_flag(value: Any, function: str, none_allowed: bool = True) -> bool:
    """A factory's ``requires_grad=``: a bool (the generated factories also take None)."""
    if value is None and none_allowed:
        return False
    return strict_bool(value, function, "requires_grad", None)


_HEAP_TYPE = 1 << 9   # Py_TPFLAGS_HEAPTYPE: a class written in Python


class set_grad_enabled(_DecoratorContextManager):
    """Takes effect at construction, as in PyTorch, so a plain call switches the mode."""

    def __init__(self, mode: bool) -> None:
        self._enabled = strict_bool(mode, "set_grad_enabled", "enabled", 1)
        self._prev = _switch(self._enabled, None)

    def __enter__(self) -> None:
        pass

    def __call__(self, orig_func: Callable) -> Callable:
        _restore(self._prev)  # decorating must not switch the mode now
        return super().__call__(orig_func)

    def __repr__(self) -> str:
        return f"torch.autograd.grad_mode.set_grad_enabled(mode={self._enabled})"


class inference_mode(_DecoratorContextManager):
    def __init__(self, mode: bool = True) -> None:
        self._enabled = not mode
        self._inference = bool(mode)
        _State.inference_used = True


# Their reprs and type names are PyTorch's (<torch.autograd.grad_mode.no_grad object at 0x...>).
for _mode in (no_grad, enable_grad, set_grad_enabled, inference_mode):
    _mode.__module__ = "torch.autograd.grad_mode"
