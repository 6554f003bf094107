"""``torch.arange`` with a fractional step, element for element as PyTorch's CPU kernel computes it.

The kernel splits the range among its threads (one task per 32,768 elements, at most one per
thread, equal chunks). Within a chunk it fills blocks of two SIMD vectors (8 float32 or 4 float64
lanes each): a vector's first value is ``start + step * index`` (one fused multiply-add in
float64, rounded to the dtype), and lane ``k`` adds ``k * step`` to that rounded value (again
fused, in float64). The elements after the last whole block are ``start + step * index``, fused.
So ``arange(-8.0, 8.0, 0.1)[80]`` is 4.4e-16, not 0.

``torch.logspace``'s values (``logspace_values``), measured against PyTorch 2.13: for real types
the C library's ``pow(base, exponent)`` in double (numpy's power, Intel's vector ``pow`` here,
differed in the last bit for some); for complex ones ATen's loop in ``c10::complex`` arithmetic
(the step ``(end - start) * (1 / (steps - 1))``, as its division computes it) and the C
library's ``cpow``, which is ``cexp(exponent * clog(base))``: so ``logspace(0, 1, 3)`` ends in
``exp(log(10)) = 10.000000000000002``. glibc's ``clog`` takes ``log1p((b - 1)(b + 1)) / 2`` for
a base between 0.5 and 2, and its ``cexp`` of an exponent with no imaginary part is the real
``exp``. Every value of 96 cases (complex64 and complex128, real and complex ends, six bases).
"""
from __future__ import annotations

import math

import numpy as np

from autograd_tui.engine.parity import libm
from autograd_tui.engine.parity.generator import _fma64

_GRAIN = 32768
_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def arange_values(start: float, step: float, n: int, np_dtype, threads: int) -> np.ndarray:
    """The ``n`` values of a floating-point arange in ``np_dtype`` (float32/float64; others via float64)."""
    dtype = np.dtype(np_dtype)
    lanes = _LANES.get(dtype)
    if lanes is None:
        return (start + step * np.arange(n, dtype=np.float64)).astype(dtype)
    out = np.empty(n, dtype)
    tasks = max(1, min(threads, -(-n // _GRAIN)))
    chunk = max(1, -(-n // tasks))
    block = 2 * lanes
    for begin in range(0, n, chunk):
        end = min(n, begin + chunk)
        blocked_end = begin + (end - begin) // block * block
        offset = np.arange(blocked_end - begin, dtype=np.int64)
        vector_start = (begin + offset // lanes * lanes).astype(np.float64)
        first = _fma64(step, vector_start, start).astype(dtype).astype(np.float64)
        out[begin:blocked_end] = _fma64((offset % lanes).astype(np.float64), step, first).astype(dtype)
        rest = np.arange(blocked_end, end, dtype=np.float64)
        out[blocked_end:end] = _fma64(step, rest, start).astype(dtype)
    return out


def logspace_values(start: complex, end: complex, steps: int, base: float, np_dtype) -> np.ndarray:
    """``base ** linspace(start, end, steps)`` for ``steps`` > 1 as ATen computes it: the first half
    counted from ``start`` and the second from ``end``. Real types: ``start``/``end`` already in the
    tensor's type, the step and the power in double."""
    np_dtype = np.dtype(np_dtype)
    if np_dtype.kind != "c":
        step = float(end - start) / (steps - 1)  # type: ignore[arg-type]  # real ends here
        i = np.arange(steps, dtype=np.float64)
        exponents = np.where(i < steps // 2, float(start.real) + step * i, float(end.real) - step * (steps - 1 - i))
        powers = libm.c_binary("pow", np.full(steps, float(base)), exponents)
        values = np.power(float(base), exponents) if powers is None else powers
        # a double goes to c10::Half by way of float (rounded twice)
        return (values.astype(np.float32) if np_dtype == np.float16 else values).astype(np_dtype)
    part = np.float64 if np_dtype == np.complex128 else np.float32
    pieces = [part(v) for v in (start.real, start.imag, end.real, end.imag)]
    start_re, start_im, end_re, end_im = pieces
    scale = part(1) / part(steps - 1)
    step_re, step_im = (end_re - start_re) * scale, (end_im - start_im) * scale
    log_re, log_im = _clog_of_real(part(base))
    out = np.empty(steps, np_dtype)
    zero = part(0)
    for index in range(steps):
        from_start = index < steps // 2
        k = part(index if from_start else steps - 1 - index)
        offset_re, offset_im = step_re * k - step_im * zero, step_re * zero + step_im * k
        if from_start:
            re, im = start_re + offset_re, start_im + offset_im
        else:
            re, im = end_re - offset_re, end_im - offset_im
        out[index] = _cexp(re * log_re - im * log_im, re * log_im + im * log_re)
    return out


def logspace_start(start: complex, base: float) -> complex:
    """``logspace``'s one value for one step and a complex type: ``std::pow(double, complex)``,
    which libstdc++ computes for a positive base as ``polar(pow(base, re), im * log(base))``."""
    start = complex(start)
    if base > 0:
        magnitude, angle = math.pow(base, start.real), start.imag * _scalar("log", np.float64)(base)
        return complex(magnitude * _scalar("cos", np.float64)(angle), magnitude * _scalar("sin", np.float64)(angle))
    log_re, log_im = _clog_of_real(np.float64(base))
    return _cexp(start.real * log_re - start.imag * log_im, start.real * log_im + start.imag * log_re)


def _clog_of_real(base):
    """glibc's ``clog`` of a real ``base`` (a float32 or float64 scalar) as (real, imaginary)."""
    kind = type(base)
    magnitude = abs(base)
    if magnitude == 1:
        real = kind(0)
    elif 0.5 <= magnitude < 2:
        real = kind(_scalar("log1p", kind)((magnitude - 1) * (magnitude + 1))) / kind(2)
    else:
        real = kind(_scalar("log", kind)(magnitude))
    return real, kind(math.atan2(0.0, base))


def _cexp(re, im) -> complex:
    kind = type(re)
    exp = kind(_scalar("exp", kind)(re))
    if im == 0:
        return complex(exp, im)
    return complex(exp * kind(_scalar("cos", kind)(im)), exp * kind(_scalar("sin", kind)(im)))


def _scalar(name: str, kind: type):
    """The C library's function of one number in ``kind`` (CPython's math for float64 without one)."""
    return libm.scalar_function(name, kind) or getattr(math, name)
