"""``torch.autocast`` / ``torch.amp``: automatic mixed precision on the CPU, and ``GradScaler``.

Inside an enabled CPU autocast region, the ops PyTorch runs in lower precision (linear, matmul, mm,
bmm, addmm, baddbmm, conv1d/conv2d, conv_transpose2d, prelu, scaled_dot_product_attention) first
cast their float32 inputs to the region's dtype (bfloat16 by default; a ToCopyBackward0 each, so
gradients reach float32 parameters in float32), and the losses PyTorch keeps in float32 cast lower
precision inputs up. The engine has no GPU: a CUDA region or a CUDA GradScaler warns and disables
itself, as PyTorch's CPU build does, so AMP code written for a GPU runs unchanged.
``GradScaler('cpu')`` scales the loss, unscales the gradients before the step (skipping it when
one is not finite) and adapts the scale; a fused optimizer gets the scale and the verdict for its
kernel to unscale or skip in.
"""
from __future__ import annotations as _annotations

import functools as _functools
import warnings as _warnings
from typing import Any as _Any, Callable as _Callable

import numpy as _np

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine._constructor_args import DEVICE_TYPES as _DEVICE_TYPES
from autograd_tui.engine._tensor import Tensor as _Tensor, _user_stacklevel, make as _make
from autograd_tui.engine.grad_mode import _State, no_grad as _no_grad

__all__ = ["autocast", "GradScaler", "is_autocast_available"]

_SUPPORTED_CPU = (_dtypes.bfloat16, _dtypes.float16)


def is_autocast_available(device_type: str) -> bool:
    return device_type in ("cpu", "cuda")


def _is_autocast_enabled(device_type: _Any = None) -> bool:
    """``torch.is_autocast_enabled()`` asks about CUDA (never on here); ``('cpu')`` about the CPU region."""
    return device_type == "cpu" and _State.autocast is not None


def _get_autocast_dtype(device_type: str) -> _Any:
    if device_type == "cpu":
        return _State.autocast or _dtypes.bfloat16
    return _dtypes.float16


class autocast:
    """``with torch.autocast('cpu'):`` (or as a decorator)."""

    def __init__(self, device_type: str, dtype: _Any = None, enabled: bool = True, cache_enabled: _Any = None,
                 *, _stacklevel: int | None = None) -> None:
        # _stacklevel: where the warnings point; the learner's line, or PyTorch's own file for the
        # deprecated torch.cuda.amp spellings (cuda/amp.py), whose warnings then show each time
        if not isinstance(device_type, str):
            raise ValueError(f"Expected `device_type` of type `str`, got: `{type(device_type)}`")
        if device_type not in _DEVICE_TYPES:
            raise RuntimeError(f"Expected one of {', '.join(_DEVICE_TYPES)} device type at start of device string: "
                               f"{device_type}")
        self.device = device_type
        self.fast_dtype = dtype if dtype is not None else (
            _dtypes.bfloat16 if device_type == "cpu" else _dtypes.float16)
        self._enabled = bool(enabled)
        if device_type == "cuda" and self._enabled:
            _warnings.warn("CUDA is not available or torch_xla is imported. Disabling autocast.", UserWarning,
                          stacklevel=_stacklevel or _user_stacklevel())
            self._enabled = False
        elif device_type == "cpu" and self._enabled and self.fast_dtype not in _SUPPORTED_CPU:
            _warnings.warn("In CPU autocast, but the target dtype is not supported. Disabling autocast.\n"
                          "CPU Autocast only supports dtypes of torch.bfloat16, torch.float16 currently.",
                          UserWarning, stacklevel=_user_stacklevel())
            self._enabled = False
        elif device_type != "cpu":
            self._enabled = False  # another device's region leaves the CPU ops alone

    def __enter__(self) -> "autocast":
        self._previous = _State.autocast
        _State.autocast = self.fast_dtype if self._enabled else None
        return self

    def __exit__(self, *exc: _Any) -> None:
        _State.autocast = self._previous

    def __call__(self, fn: _Callable) -> _Callable:
        @_functools.wraps(fn)
        def wrapped(*args: _Any, **kwargs: _Any) -> _Any:
            with self:
                return fn(*args, **kwargs)
        return wrapped


autocast.__module__ = "torch.amp.autocast_mode"


def _eligible(value: _Any, dtype: _Any) -> bool:
    return isinstance(value, _Tensor) and value.dtype.is_floating_point and value.dtype is not _dtypes.float64 \
        and value.dtype is not dtype


def _lower_precision(*tensors: _Any) -> tuple:
    """The inputs of a lower precision op inside an autocast region, cast to its dtype."""
    dtype = _State.autocast
    return tuple(t.to(dtype) if _eligible(t, dtype) else t for t in tensors)


def _full_precision(*tensors: _Any) -> tuple:
    """The inputs of an op PyTorch's CPU autocast runs in float32 (the losses)."""
    return tuple(t.to(_dtypes.float32) if _eligible(t, _dtypes.float32) else t for t in tensors)


class GradScaler:
    """``torch.amp.GradScaler(device)``: disabled (with PyTorch's warning) for CUDA, working on the CPU.
    Its scale is a float32 number from the first ``scale()`` on (PyTorch's lazily made float32 tensor),
    ``init_scale`` as given until then."""

    _init_scale: _Any
    _scale: _Any  # None until the first scale(), then a float holding a float32 value
    _growth_factor: float
    _backoff_factor: float
    _growth_interval: int
    _growth_tracker: int

    def __init__(self, device: str = "cuda", init_scale: float = 2.0 ** 16, growth_factor: float = 2.0,
                 backoff_factor: float = 0.5, growth_interval: int = 2000, enabled: bool = True,
                 *, _stacklevel: int | None = None) -> None:
        self._device = device
        self._enabled = enabled
        if enabled and device == "cuda":
            _warnings.warn("torch.cuda.amp.GradScaler is enabled, but CUDA is not available.  Disabling.",
                          UserWarning, stacklevel=_stacklevel or _user_stacklevel())
            self._enabled = False
        if self._enabled:  # a disabled scaler keeps none of its settings, as PyTorch's: asking raises AttributeError
            if growth_factor <= 1.0:
                raise AssertionError("The growth factor must be > 1.0.")
            if backoff_factor >= 1.0:
                raise AssertionError("The backoff factor must be < 1.0.")
            self._init_scale, self._scale = init_scale, None
            self._growth_factor, self._backoff_factor = growth_factor, backoff_factor
            self._growth_interval = growth_interval
            self._growth_tracker = 0
        self._found_inf: dict = {}
        self._stage: dict = {}  # per optimizer since the last update(): "unscaled", then "stepped"

    def is_enabled(self) -> bool:
        return self._enabled

    def get_scale(self) -> float:
        if not self._enabled:
            return 1.0
        return self._init_scale if self._scale is None else self._scale

    def _checked_scale(self, funcname: str) -> float:
        if self._scale is None:
            raise AssertionError(f"Attempted {funcname} but _scale is None.  This may indicate your script did not "
                                 "use scaler.scale(loss or outputs) earlier in the iteration.")
        return self._scale

    def scale(self, outputs: _Any) -> _Any:
        if not self._enabled:
            return outputs
        if self._scale is None:
            self._scale = float(_np.float32(self._init_scale))
        if isinstance(outputs, _Tensor):
            return outputs * self._scale  # times PyTorch's float32 scale tensor
        return type(outputs)(self.scale(o) for o in outputs)

    def unscale_(self, optimizer: _Any) -> None:
        if not self._enabled:
            return
        stage = self._stage.get(id(optimizer))
        if stage == "unscaled":
            raise RuntimeError("unscale_() has already been called on this optimizer since the last update().")
        if stage == "stepped":
            raise RuntimeError("unscale_() is being called after step().")
        inv = float(_np.float32(1.0 / self._checked_scale("unscale_")))  # scale.double().reciprocal().float()
        if any(p.grad is not None and p.grad.dtype is _dtypes.float16
               for group in optimizer.param_groups for p in group["params"]):
            # PyTorch checks every gradient before it unscales any (a fused optimizer's step allows them)
            raise ValueError("Attempting to unscale FP16 gradients.")
        self._found_inf[id(optimizer)] = self._unscale_grads(optimizer, inv)
        self._stage[id(optimizer)] = "unscaled"

    @staticmethod
    def _unscale_grads(optimizer: _Any, inv: float) -> bool:
        """Multiplies every gradient by ``inv`` (1.0: leaves them alone); whether one is not finite."""
        found = False
        with _no_grad():
            for group in optimizer.param_groups:
                for p in group["params"]:
                    if p.grad is None:
                        continue
                    if inv != 1.0:
                        p.grad.mul_(inv)
                    found = found or not bool(p.grad.isfinite().all())
        return found

    def step(self, optimizer: _Any, *args: _Any, **kwargs: _Any) -> _Any:
        if not self._enabled:
            return optimizer.step(*args, **kwargs)
        if "closure" in kwargs:
            raise RuntimeError("Closure use is not currently supported if GradScaler is enabled.")
        self._checked_scale("step")
        if self._stage.get(id(optimizer)) == "stepped":
            raise RuntimeError("step() has already been called since the last update().")
        if getattr(optimizer, "_step_supports_amp_scaling", False):
            return self._fused_step(optimizer, *args, **kwargs)
        if self._stage.get(id(optimizer)) != "unscaled":
            self.unscale_(optimizer)
        self._stage[id(optimizer)] = "stepped"
        if not self._found_inf[id(optimizer)]:
            return optimizer.step(*args, **kwargs)
        return None

    def _fused_step(self, optimizer: _Any, *args: _Any, **kwargs: _Any) -> _Any:
        """A fused optimizer (``fused=True``) unscales inside its kernel: it gets the scale and whether
        a gradient is not finite as its ``grad_scale`` and ``found_inf`` for the step, as PyTorch's."""
        unscaled = self._stage.get(id(optimizer)) == "unscaled"
        if not unscaled:  # only checked: the kernel divides the gradients (or leaves them scaled when it skips)
            self._found_inf[id(optimizer)] = self._unscale_grads(optimizer, 1.0)
        scale = _make(_np.array(_np.float32(self._scale)), _dtypes.float32)
        optimizer.grad_scale = getattr(optimizer, "grad_scale", None) if unscaled \
            else scale * getattr(optimizer, "grad_scale", 1)
        optimizer.found_inf = _make(_np.array(_np.float32(self._found_inf[id(optimizer)])), _dtypes.float32)
        retval = optimizer.step(*args, **kwargs)
        self._stage[id(optimizer)] = "stepped"
        del optimizer.grad_scale
        del optimizer.found_inf
        return retval

    def update(self, new_scale: _Any = None) -> None:
        if not self._enabled:
            return
        scale = self._checked_scale("update")
        f32 = _np.float32
        if new_scale is not None:
            if not isinstance(new_scale, float):
                reason = ("new_scale should be a float or a 1-element torch.cuda.FloatTensor or torch.FloatTensor "
                          "with requires_grad=False.")
                if new_scale.device.type != self._device or new_scale.numel() != 1 or new_scale.requires_grad:
                    raise AssertionError(reason)
            self._scale = float(f32(float(new_scale)))  # fill_ / copy_ into the float32 scale
        else:
            if not self._found_inf:
                raise AssertionError("No inf checks were recorded prior to update.")
            # ATen's _amp_update_scale_: the float32 scale times the double factor, rounded to float32
            if any(self._found_inf.values()):
                self._scale = float(f32(scale * self._backoff_factor))
                self._growth_tracker = 0
            elif self._growth_tracker + 1 == self._growth_interval:
                grown = f32(scale * self._growth_factor)
                if _np.isfinite(grown):
                    self._scale = float(grown)
                self._growth_tracker = 0
            else:
                self._growth_tracker += 1
        self._found_inf = {}
        self._stage = {}

    def get_growth_factor(self) -> float:
        return self._growth_factor

    def set_growth_factor(self, new_factor: float) -> None:
        self._growth_factor = new_factor

    def get_backoff_factor(self) -> float:
        return self._backoff_factor

    def set_backoff_factor(self, new_factor: float) -> None:
        self._backoff_factor = new_factor

    def get_growth_interval(self) -> int:
        return self._growth_interval

    def set_growth_interval(self, new_interval: int) -> None:
        self._growth_interval = new_interval

    def state_dict(self) -> dict:
        if not self._enabled:
            return {}
        return {"scale": self.get_scale(), "growth_factor": self._growth_factor,
                "backoff_factor": self._backoff_factor, "growth_interval": self._growth_interval,
                "_growth_tracker": self._growth_tracker}

    def load_state_dict(self, state: dict) -> None:
        if not self._enabled:
            return
        if len(state) == 0:
            raise RuntimeError("The source state dict is empty, possibly because it was saved from a disabled "
                               "instance of GradScaler.")
        self._init_scale = state["scale"]
        if self._scale is not None:
            self._scale = float(_np.float32(state["scale"]))
        self._growth_factor, self._backoff_factor = state["growth_factor"], state["backoff_factor"]
        self._growth_interval = state["growth_interval"]
        self._growth_tracker = int(state["_growth_tracker"])


GradScaler.__module__ = "torch.amp.grad_scaler"


def _full_precision_op(fn: _Callable) -> _Callable:
    """``fn`` (an op PyTorch's CPU autocast runs in float32: the losses, ``prod``) casting its
    lower precision tensor arguments up first inside an autocast region."""
    @_functools.wraps(fn)
    def op(*args: _Any, **kwargs: _Any) -> _Any:
        if _State.autocast is not None:
            args = _full_precision(*args)
            kwargs = {k: _full_precision(v)[0] for k, v in kwargs.items()}
        return fn(*args, **kwargs)
    return op


def _lower_precision_op(fn: _Callable) -> _Callable:
    """``fn`` (a lower precision op: mm, matmul, prelu, ...) casting its tensor arguments first inside an
    autocast region."""
    @_functools.wraps(fn)
    def op(*args: _Any, **kwargs: _Any) -> _Any:
        if _State.autocast is not None:
            args = _lower_precision(*args)
        return fn(*args, **kwargs)
    return op
