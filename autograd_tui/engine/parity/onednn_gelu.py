"""float32 GELU as PyTorch's CPU wheel runs it on AVX-512 machines: oneDNN's eltwise kernel.

For a contiguous float32 tensor of more than one element, ``F.gelu(x)`` (approximate="none") is
not ATen's ``x / 2 * (1 + erf(x / sqrt 2))``: PyTorch hands it to oneDNN, whose AVX-512 kernel
evaluates ``erf(x / sqrt 2)`` as one of 25 degree-5 polynomials in ``|x|``, chosen by the bits of
``|x|`` (exponent and two mantissa bits), Horner's scheme in fused multiply-adds, then
``x * (1 + sign(x) * p) * 0.5``. Its backward is the derivative in Abramowitz and Stegun's form
of erf, with oneDNN's own exp (a degree-5 polynomial after reduction by ln 2), times the incoming
gradient. Measured against PyTorch 2.13: every element of contiguous tensors from 2 to 100,000
elements, forward and backward. Other layouts, single elements and other machines take ATen's
kernel, which the caller computes.
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.float32_math import fma

# The polynomials' coefficients as float32 bit patterns: degree 0 for the 32 slots (25 used),
# then degree 1, ... degree 5.
_COEFFICIENTS = np.array([int(h, 16) for h in (
    "a6f2cb94 32827792 3381cc0c 34523d4a 351ac44d 35f36d88 36ee8229 37b8a3bb "
    "3867a213 3940033b 3a2a5a1d 3ae35863 3b7828f2 3c08b14b 3c515ed3 bb503236 "
    "bd8d8e5e be8abcd9 bf0c19a2 beccb328 3e176ced 3f470d99 3f7abb28 3f800000 "
    "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 "
    "3f4c422a 3f4c421f 3f4c4207 3f4c41cb 3f4c413b 3f4c3fad 3f4c3a2f 3f4c2d40 "
    "3f4c146a 3f4bc341 3f4ad08c 3f48f8cf 3f45fac7 3f404e07 3f3b980f 3f48dff3 "
    "3f78b21b 3fbb0704 40019c32 3fe536d6 3f81331e 3e6c8684 3c98f936 00000000 "
    "3f800000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 "
    "b62173f4 3735e4cf 37f2ff89 388c23be 3917535c 39ab2ab0 3a60fadb 3af9b960 "
    "3b6e5491 3c0a4ec5 3ca5aa8c 3d2138d9 3d8737d4 3ddfb660 3e0f27ab 3d94004b "
    "be0efdeb bf1d96c3 bf89db58 bf6d9897 bef69fb8 bdc4f8a8 bbde6422 00000000 "
    "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 "
    "be081a19 be084570 be08639b be089837 be08f409 be09ab95 be0b66d0 be0e400a "
    "be124df8 be1bde02 be2f19c9 be4931bf be685fbc be89c95f be96cbca be8044aa "
    "be0550f2 3dcfd6a1 3e94c826 3e79345f 3decec91 3ca46568 3aa1e00a 00000000 "
    "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 "
    "ba3d61db 39f097a3 3a5845dc 3ab1fa35 3b0cefb8 3b653ab6 3bcae527 3c221712 "
    "3c6c5840 3cc0a703 3d1dcc19 3d63656d 3d955907 3dbf9910 3dd53f69 3db7dcef "
    "3d639ebe ba6ede48 bd22be69 bd041cf1 bc64f5ab bb097a32 b8ebf380 00000000 "
    "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 "
    "3cb7d80c 3c9b6050 3c978d11 3c92e850 3c8d058b 3c848454 3c6cd623 3c4c824b "
    "3c2a7935 3be0b390 3b0651ac bb232f53 bbd42fa0 bc2c5366 bc492c9e bc2a7aa6 "
    "bbd55d04 ba823a76 3b102aa8 3ae25a7e 3a31f792 38b84375 3689bb5a 00000000 "
    "00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000 "
).split()], np.uint32).view(np.float32).reshape(6, 32)
_RIGHT_BOUND = np.array([0x40B15CEE], np.uint32).view(np.float32)[0]  # erf(x / sqrt 2) is 1 beyond
_INDEX_BIAS = np.array([0xC21FFFFF], np.uint32).view(np.int32)[0]


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU of a float32 array, bit for bit as the AVX-512 kernel computes it."""
    magnitude = np.abs(x)
    # the slot: the magnitude's bits (exponent and two mantissa bits), biased, clamped to 1..24
    slot = np.clip((magnitude.view(np.int32) + _INDEX_BIAS) >> 21, 1, 24)
    slot = np.where(magnitude > _RIGHT_BOUND, 23, slot)
    erf = _COEFFICIENTS[5][slot]
    for degree in range(4, -1, -1):
        erf = fma(erf, magnitude, _COEFFICIENTS[degree][slot])
    erf = np.where(np.signbit(x), -erf, erf).astype(np.float32)
    return (x * (erf + np.float32(1))).astype(np.float32) * np.float32(0.5)


def _bits(pattern: int) -> np.float32:
    return np.array([pattern], np.uint32).view(np.float32)[0]


_F32 = np.float32
_LN_FLT_MIN, _LN_FLT_MAX = _bits(0xC2AEAC50), _bits(0x42B17218)
_LOG2_E, _LN_2 = _bits(0x3FB8AA3B), _bits(0x3F317218)
_EXP_POLYNOMIAL = [_bits(b) for b in (0x3F7FFFFB, 0x3EFFFEE3, 0x3E2AAD40, 0x3D2B9D0D, 0x3C07CFCE)]  # degree 1..5
_ERF_P, _ONE_OVER_SQRT_2, _ONE_OVER_SQRT_PI = _bits(0x3EA7BA05), _bits(0x3F3504F3), _bits(0x3F106EBA)
_ERF_POLYNOMIAL = [_bits(b) for b in (0x3E827906, 0xBE91A98E, 0x3FB5F0E3, 0xBFBA00E3, 0x3F87DC22)]  # degree 1..5


def _filled(value: float | np.floating, like: np.ndarray) -> np.ndarray:
    return np.full(like.shape, value, _F32)


def exp(x: np.ndarray) -> np.ndarray:
    """oneDNN's float32 exp: x = n ln 2 + r, a polynomial in r, times 2^(n-1) times 2."""
    underflow = x < _LN_FLT_MIN
    x = np.maximum(np.minimum(x, _LN_FLT_MAX), _LN_FLT_MIN).astype(_F32)
    n = np.floor((x * _LOG2_E).astype(_F32) + _F32(0.5)).astype(_F32)
    r = fma(-n, _filled(_LN_2, x), x)
    scale = ((np.rint(n - _F32(1)).astype(np.int32) + 127) << 23).view(_F32)
    scale = np.where(underflow, _F32(0), scale).astype(_F32)
    p = _filled(_EXP_POLYNOMIAL[4], x)
    for c in (*_EXP_POLYNOMIAL[3::-1], _F32(1)):
        p = fma(p, r, _filled(c, x))
    return (p * scale).astype(_F32) * _F32(2)


def gelu_derivative(x: np.ndarray) -> np.ndarray:
    """d gelu / dx of a float32 array, as the AVX-512 kernel's backward computes it."""
    r = (x * _ONE_OVER_SQRT_2).astype(_F32)
    q = exp(-(r * r).astype(_F32))
    density = ((r * _ONE_OVER_SQRT_PI).astype(_F32) * q).astype(_F32)
    w = (_F32(1) / fma(_filled(_ERF_P, x), np.abs(r), _filled(1, x))).astype(_F32)
    polynomial = _filled(_ERF_POLYNOMIAL[4], x)
    for c in _ERF_POLYNOMIAL[3::-1]:
        polynomial = fma(polynomial, w, _filled(c, x))
    erf = fma((-q * w).astype(_F32), polynomial, _filled(1, x))
    erf = np.where(np.signbit(r), -erf, erf).astype(_F32)
    return fma(erf, _filled(0.5, x), (density + _F32(0.5)).astype(_F32))
