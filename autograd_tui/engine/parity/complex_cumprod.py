"""``cumprod`` of complex tensors in ATen's arithmetic.

ATen's CPU scan keeps its running product in the accumulation type (complex128 for complex64 too)
and multiplies ``acc * x`` with c10's complex product, whose parts the compiler fuses:
``re = fma(acc.re, x.re, -(acc.im * x.im))``, ``im = fma(acc.re, x.im, acc.im * x.re)``; each output
is the running product rounded to the tensor's type. Reproduced here with an exact fused
multiply-add (``sleef64.fma``); measured identical to PyTorch 2.13 on random complex64 and
complex128 inputs (the golden ``complex/cumprod_bits`` prints the bits).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.sleef64 import fma

__all__ = ["cumprod"]


def cumprod(data: np.ndarray, axis: int) -> np.ndarray:
    """The running products of a complex array along ``axis``, in ``data``'s complex type."""
    x = np.moveaxis(np.asarray(data, np.complex128), axis, -1)
    out = np.empty(x.shape, np.complex128)
    if x.shape[-1]:
        acc = x[..., 0].copy()
        out[..., 0] = acc
        for k in range(1, x.shape[-1]):
            b = x[..., k]
            with np.errstate(all="ignore"):
                real = fma(acc.real, b.real, -(acc.imag * b.imag))
                imag = fma(acc.real, b.imag, acc.imag * b.real)
            acc = np.empty(b.shape, np.complex128)
            acc.real, acc.imag = real, imag
            out[..., k] = acc
    return np.ascontiguousarray(np.moveaxis(out, -1, axis)).astype(data.dtype)
