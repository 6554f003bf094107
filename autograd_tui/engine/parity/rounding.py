"""Float32 math with PyTorch's digits: its own kernels where ``float32_math`` reproduces them,
else evaluated in float64 and rounded once.

numpy's own float32 kernels (exp, log, sin, ...) differ from PyTorch's in the last bit for about
a third of inputs; a correctly rounded result agrees with PyTorch about 99% of the time, and the
emulated kernels (exp, sin, cos, sigmoid on x86-64) every time.
"""
from __future__ import annotations

import platform
from typing import Callable

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine.parity import blas, float32_math, float64_math, mkl_sqrt64, sleef64


def _vector_lanes() -> int:
    """Floats per vector in PyTorch's element-wise loops here: 16 with AVX512, 8 with AVX2, else 0
    (a machine whose kernels ``float32_math`` has not measured)."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return 0
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            flags = next((line.split(":", 1)[1].split() for line in info if line.startswith("flags")), [])
    except OSError:
        return 0
    if {"avx512f", "avx512bw", "avx512vl", "avx512dq"} <= set(flags):
        return float32_math.VECTOR_LANES_AVX512
    return float32_math.VECTOR_LANES_AVX2 if "avx2" in flags else 0


# PyTorch's x86-64 wheel runs exp, sin and cos through MKL and sigmoid through its own vector
# loop; elsewhere the engine keeps the correctly rounded result.
VECTOR_LANES = _vector_lanes()


def via_float64(fn) -> Callable:
    """Evaluate float32 math in float64, then round once.

    numpy's own float32 kernels differ from PyTorch's in the last bit for a third of inputs,
    which shows in printed digits; a correctly rounded result agrees with PyTorch ~99% of the time.
    """
    def forward(a):
        if a.dtype == np.float32:
            return fn(a.astype(np.float64)).astype(np.float32)
        return fn(a)
    return forward


def rsqrt_as_aten(a: np.ndarray, bfloat16: bool = False) -> np.ndarray:
    """ATen's rsqrt: 1 / sqrt(x) in the tensor's own type, each step rounded (not the correctly
    rounded reciprocal square root, which differs for about a quarter of float32 inputs).

    float16 and bfloat16 (``bfloat16``: ``a`` holds a bfloat16 tensor's float32 values) compute in
    float: on whole vector blocks (32 elements) rounded once, on the rest of a run (the scalar
    loop) with the square root rounded to the 16-bit type before the division (measured on
    PyTorch 2.13)."""
    if a.dtype != np.float16 and not bfloat16:
        return a.dtype.type(1) / np.sqrt(a)
    values = a.astype(np.float32)
    with np.errstate(all="ignore"):
        root = np.sqrt(values)
        out = np.float32(1) / root
        scalar = ~float32_math.vector_path_mask(a, num_threads=blas.get_threads(), lanes=VECTOR_LANES)
        if scalar.any():
            rounded = dtypes.to_bfloat16_grid(root[scalar]) if bfloat16 else root[scalar].astype(np.float16)
            out[scalar] = np.float32(1) / rounded.astype(np.float32)
    return out if bfloat16 else out.astype(np.float16)


def rsqrt_bfloat16(a: np.ndarray) -> np.ndarray:
    return rsqrt_as_aten(a, bfloat16=True)


_LONG_DOUBLE = np.finfo(np.longdouble).nmant > np.finfo(np.float64).nmant


def power(a, b) -> np.ndarray:
    """``a ** b`` as PyTorch's double pow gives it outside its vector loop (the C library's pow,
    correctly rounded in practice): in long double, rounded once, where the platform has one.

    numpy's float64 power takes a SIMD kernel that is off by one unit in the last place for about
    one input in twenty (1.2 ** 4 gave 2.0735999999999994 where PyTorch prints 2.0736). float32
    operands keep the float64 evaluation of ``via_float64``.
    """
    if _LONG_DOUBLE and np.result_type(a, b) == np.float64:
        with np.errstate(all="ignore"):
            return np.power(np.asarray(a, np.longdouble), np.asarray(b, np.longdouble)).astype(np.float64)
    return np.power(a, b)


def via_float64_2(fn) -> Callable:
    """The two-operand form of via_float64 (for tensor ** tensor)."""
    def forward(a, b):
        if getattr(a, "dtype", None) == np.float32:
            return fn(np.asarray(a, np.float64), np.asarray(b, np.float64)).astype(np.float32)
        return fn(a, b)
    return forward


def float32_kernel(float32_fn: Callable, fn: Callable) -> Callable:
    """``float32_fn`` (PyTorch's own float32 kernel, reproduced) for float32 arrays on a machine
    whose kernels were measured; ``fn`` in float64, rounded once, otherwise."""
    fallback = via_float64(fn)
    if not VECTOR_LANES:
        return fallback

    def forward(a):
        if a.dtype == np.float32:
            return float32_fn(a)
        return fallback(a)
    return forward


def float64_kernel(float64_fn: Callable, forward: Callable) -> Callable:
    """``float64_fn`` (PyTorch's float64 result, see ``float64_math``) for float64 arrays,
    ``forward`` for every other dtype.

    Used on every machine: the x86-64 wheel's MKL kernels are correctly rounded for all but a
    fraction of a percent of inputs, and a correctly rounded result is the best guess elsewhere.
    """
    def apply(a):
        if a.dtype == np.float64:
            return float64_fn(a)
        return forward(a)
    return apply


# MKL's float64 tanh and sin were measured (and their biases for small |x| fitted) on an AVX512
# machine; elsewhere the correctly rounded value is the best guess.
_MEASURED_MKL = VECTOR_LANES == float32_math.VECTOR_LANES_AVX512
float64_tanh = float64_math.tanh_mkl if _MEASURED_MKL else float64_math.tanh
float64_sin = float64_math.sin_mkl if _MEASURED_MKL else float64_math.sin

exp_correctly_rounded = via_float64(np.exp)
# torch.sqrt and x ** 0.5 (ATen's pow sends 0.5 to sqrt): MKL's float32 and float64 sqrt on the
# machines whose kernels were measured (MKL's float64 one, from the same rsqrtps estimate, is
# not correctly rounded), numpy's otherwise.
sqrt = float32_kernel(float32_math.sqrt, np.sqrt)
if VECTOR_LANES:
    sqrt = float64_kernel(mkl_sqrt64.sqrt, sqrt)


def sigmoid(a) -> np.ndarray:
    """PyTorch's ``1 / (1 + exp(-x))``; in float32 its own vector and scalar paths, bit for bit."""
    if a.dtype == np.float32 and VECTOR_LANES:
        return float32_math.sigmoid(a, num_threads=blas.get_threads(), lanes=VECTOR_LANES)
    if a.dtype == np.float16:  # ATen computes half in float32, then rounds
        return sigmoid(a.astype(np.float32)).astype(np.float16)
    if a.dtype == np.float64 and VECTOR_LANES and a.size:
        # whole vector blocks take SLEEF's exp, the rest of each run the C library's
        vector = float32_math.vector_path_mask(a, num_threads=blas.get_threads(), lanes=VECTOR_LANES // 2)
        return 1.0 / (1.0 + sleef64.exp_vector_or_scalar(-a, vector))
    e = exp_correctly_rounded(-a)
    return a.dtype.type(1) / (a.dtype.type(1) + e)
