"""The window functions of signal processing: ``torch.hann_window``, ``hamming_window``,
``blackman_window``, ``bartlett_window`` and ``kaiser_window``.

PyTorch builds each from ``arange`` with in-place ops in the window's dtype (one rounding per op), so
they are built here from the same ops in the same order, and have PyTorch's last bits wherever those
ops do. A periodic window is the symmetric window one longer, without its last element.
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.functions._common import _check_device, _finish_creation, on_device
from autograd_tui.engine.functions.creation import _resolve_dtype, arange, check_dtype_argument, ones
from autograd_tui.engine.functions.parser import call_error
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.parity import bessel

__all__ = ["hann_window", "hamming_window", "blackman_window", "bartlett_window", "kaiser_window"]

# c10's names of the dtypes in a TensorOptions' printout
_TYPE_META_NAMES = {"float32": "float", "float64": "double", "float16": "c10::Half", "bfloat16": "c10::BFloat16",
                    "int64": "long int", "int32": "int", "int16": "short int", "int8": "signed char",
                    "uint8": "unsigned char", "bool": "bool", "complex64": "c10::complex<float>",
                    "complex128": "c10::complex<double>"}


def _options(dtype: dtypes.dtype, given: bool, layout: str) -> str:
    name = _TYPE_META_NAMES.get(str(dtype).removeprefix("torch."), str(dtype))
    return (f"TensorOptions(dtype={name}{'' if given else ' (default)'}, device=cpu, layout={layout}, "
            "requires_grad=false (default), pinned_memory=false, memory_format=(nullopt))")


def _checked(name: str, window_length: int, dtype, layout, device, pin_memory: bool) -> dtypes.dtype:
    """``window_function_checks``: a strided floating (or complex) window of a length not below 0."""
    check_dtype_argument(dtype, name)
    _check_device(device, pin_memory)
    given = _resolve_dtype(dtype)
    resolved = given or dtypes.get_default_dtype()
    if layout is not None and getattr(layout, "name", layout) not in ("strided", "torch.strided"):
        raise RuntimeError(f"{name} is not implemented for sparse types, got: "
                           f"{_options(resolved, given is not None, 'Sparse')}")
    if not (resolved.is_floating_point or resolved.is_complex):
        raise RuntimeError(f"{name} expects floating point dtypes, got: "
                           f"{_options(resolved, True, 'Strided (default)')}")
    if window_length < 0:
        raise RuntimeError(f"{name} requires non-negative window_length, got window_length={window_length}")
    if resolved in (dtypes.float16, dtypes.bfloat16):  # PyTorch's 16-bit windows round otherwise than its ops
        raise NotImplementedError(f"{name} with dtype={resolved} is not available in the embedded engine yet; "
                                  "`--backend torch` runs it")
    return resolved


def _window(name: str, window_length: int, periodic: bool, dtype, layout, device, pin_memory: bool,
            requires_grad: bool, build) -> Tensor:
    resolved = _checked(name, window_length, dtype, layout, device, pin_memory)
    with no_grad():
        if window_length == 0:
            window = make(np.empty(0, dtype=resolved.np), resolved)
        elif window_length == 1:
            window = ones(1, dtype=resolved)
        else:
            length = window_length + 1 if periodic else window_length
            window = build(arange(length, dtype=resolved), length)
            if periodic:
                window = window.narrow(0, 0, length - 1)
    return _finish_creation(window, requires_grad)


def _hamming(alpha: float, beta: float):
    def build(window: Tensor, length: int) -> Tensor:
        return window.mul_(math.pi * 2.0 / (length - 1)).cos_().mul_(-beta).add_(alpha)
    return build


def _in_order(name: str, window_length: int, periodic: bool | None, **shape: float | None) -> bool:
    """``periodic``, which the signatures that take ``alpha`` or ``beta`` need (PyTorch's overloads)."""
    given = {key: value for key, value in shape.items() if value is not None}
    if periodic is None and given:
        raise call_error(name, False, (window_length,), given) or TypeError(name)
    return True if periodic is None else periodic


@on_device
def hamming_window(window_length: int, periodic: bool | None = None, alpha: float | None = None,
                   beta: float | None = None, *, dtype=None, layout=None, device=None, pin_memory: bool = False,
                   requires_grad: bool = False) -> Tensor:
    periodic = _in_order("hamming_window", window_length, periodic, alpha=alpha, beta=beta)
    if beta is not None and alpha is None:
        raise call_error("hamming_window", False, (window_length, periodic), {"beta": beta}) or TypeError(beta)
    return _window("hamming_window", window_length, periodic, dtype, layout, device, pin_memory, requires_grad,
                   _hamming(0.54 if alpha is None else alpha, 0.46 if beta is None else beta))


@on_device
def hann_window(window_length: int, periodic: bool = True, *, dtype=None, layout=None, device=None,
                pin_memory: bool = False, requires_grad: bool = False) -> Tensor:
    # PyTorch checks under hann_window's name, then builds it as hamming_window(0.5, 0.5)
    _checked("hann_window", window_length, dtype, layout, device, pin_memory)
    return _window("hamming_window", window_length, periodic, dtype, layout, device, pin_memory, requires_grad,
                   _hamming(0.5, 0.5))


def _blackman(window: Tensor, length: int) -> Tensor:
    window = window.mul_(math.pi / (length - 1))
    return window.mul(4).cos_().mul_(0.08) - window.mul(2).cos_().mul_(0.5) + 0.42


@on_device
def blackman_window(window_length: int, periodic: bool = True, *, dtype=None, layout=None, device=None,
                    pin_memory: bool = False, requires_grad: bool = False) -> Tensor:
    return _window("blackman_window", window_length, periodic, dtype, layout, device, pin_memory, requires_grad,
                   _blackman)


def _bartlett(window: Tensor, length: int) -> Tensor:
    window = window.mul_(2.0 / (length - 1))
    first_half = ((length - 1) >> 1) + 1
    window.narrow(0, first_half, length - first_half).mul_(-1).add_(2)
    return window


@on_device
def bartlett_window(window_length: int, periodic: bool = True, *, dtype=None, layout=None, device=None,
                    pin_memory: bool = False, requires_grad: bool = False) -> Tensor:
    return _window("bartlett_window", window_length, periodic, dtype, layout, device, pin_memory, requires_grad,
                   _bartlett)


def _one_minus_square(r: np.ndarray) -> np.ndarray:
    """``1 - r * r`` rounded once, as the fused multiply-add the compiler makes of ATen's
    ``1 - pow(r, 2)``: in float64 for a float32 ``r`` (exact there), else from the exact product
    (Dekker's split) and the exact difference."""
    if r.dtype == np.float32:
        return (1.0 - r.astype(np.float64) * r.astype(np.float64)).astype(np.float32)
    product = r * r
    spread = 134217729.0 * r
    high = spread - (spread - r)
    low = r - high
    product_error = ((high * high - product) + 2.0 * high * low) + low * low  # product + error == r * r
    difference = 1.0 - product
    back = difference - 1.0
    difference_error = (1.0 - (difference - back)) + (-product - back)  # difference + error == 1 - product
    return difference + (difference_error - product_error)


def _kaiser(beta: float):
    def build(window: Tensor, length: int) -> Tensor:
        # ATen's kernel: i0(beta * sqrt(|1 - ((n - alpha) / alpha)^2|)) / i0(beta), alpha = (length - 1) / 2
        data = window._data
        t = data.dtype.type
        alpha, b = t((length - 1) / 2.0), t(beta)
        values = bessel.i0(b * np.sqrt(np.abs(_one_minus_square((data - alpha) / alpha)))) / bessel.i0(np.array([b]))[0]
        return make(values.astype(data.dtype), window.dtype)
    return build


@on_device
def kaiser_window(window_length: int, periodic: bool | None = None, beta: float | None = None, *, dtype=None,
                  layout=None, device=None, pin_memory: bool = False, requires_grad: bool = False) -> Tensor:
    periodic = _in_order("kaiser_window", window_length, periodic, beta=beta)
    return _window("kaiser_window", window_length, periodic, dtype, layout, device, pin_memory, requires_grad,
                   _kaiser(12.0 if beta is None else beta))
