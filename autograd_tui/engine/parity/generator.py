"""PyTorch's CPU random number generator, rebuilt on numpy so that seeded results match.

``torch.manual_seed(0); torch.rand(3)`` prints ``tensor([0.4963, 0.7682, 0.0885])`` on every
PyTorch install, and a learner following a lesson expects to see exactly that. So this module
reproduces, bit for bit, what PyTorch 2.13's CPU generator does -- the values *and* how many
random bits each call uses, so that whole sequences of calls stay in step:

1. **The bit source** is a 32-bit Mersenne Twister (MT19937), seeded with the low 32 bits of the
   seed by the classic ``init_genrand`` recurrence. Every sampler pulls either one 32-bit word
   (``random()``) or two words glued into 64 bits, first word high (``random64()``).

2. **Uniform floats** keep as many low bits of a draw as the type has mantissa bits (24 of one
   word for float32 -- and for float16, which is computed in float32 and rounded at the end --
   53 of a 64-bit draw for float64) and scale them into [0, 1). ``uniform_(a, b)`` then computes
   ``x * (b - a) + a`` with a *fused* multiply-add, because PyTorch's kernels are compiled with
   FMA contraction: it rounds once where ``x * (b - a)`` then ``+ a`` would round twice, so we
   emulate it exactly (``_fma32``, ``_fma64``). A result that rounds up to ``b`` becomes ``a``.

3. **Normal samples** come from the Box-Muller transform, in two different ways:

   * tensors of fewer than 16 elements (or non-contiguous ones) are filled one value at a time in
     double precision; each uniform pair gives two normals and the generator *caches* the second
     one for the next such call (block fills below neither use nor clear it; a reseed clears it);
   * contiguous tensors of 16 or more elements are filled in blocks of 16: each block turns its
     first 8 uniforms into radii and its last 8 into angles. float32 and float64 first draw a
     uniform for every element; if the size is not a multiple of 16, 16 fresh uniforms then redo
     the last 16 elements. (float16 draws only the whole blocks' uniforms before the fresh 16.)
     float32/float16 blocks run PyTorch's AVX2 kernel, whose ``log``/``sin``/``cos`` are the
     Cephes single precision polynomials; float64 blocks call the C library's ``log``/``sin``/
     ``cos``, as Python's ``math`` module does.

4. **Integers**: ``randint(low, high)`` is ``draw % (high - low) + low``, with a 64-bit draw once
   the span reaches 2**28; ``randperm`` is a Fisher-Yates shuffle; ``bernoulli_(p)`` is
   ``uniform < p``, in double precision for a Python number ``p`` (what Dropout uses).

Where PyTorch itself differs between machines: the float32 normal kernel and the FMA roundings
above are those of x86-64 builds with AVX2 (any AVX2 or AVX-512 CPU; PyTorch never runs its
normal sampler in AVX-512 form). A CPU without AVX2, or an ARM build, rounds differently. float64
normals use the C library, so they follow the glibc that Python's ``math`` uses here.

Big tensors are handled a slice of 65536 values at a time with numpy, so initialising a
ResNet-sized model takes a fraction of a second.
"""
from __future__ import annotations

import math
import os
import struct
from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._c_types import CType, c_named
from autograd_tui.engine._constructor_args import generator_device
from autograd_tui.engine._tensor import Tensor, device, make

__all__ = ["Generator", "default_generator", "DEFAULT_SEED"]

# The seed of a freshly made ``torch.Generator()``. (The *default* generator is different: PyTorch
# seeds it from the operating system's randomness when the process starts.)
DEFAULT_SEED = 67280421310721

_U64_MASK = (1 << 64) - 1
_N = 624  # words in the Mersenne Twister's state


# ---------------------------------------------------------------------------------------------
# 1. The bit source: MT19937
# ---------------------------------------------------------------------------------------------

def _initial_state(seed: int) -> np.ndarray:
    """The 624 state words MT19937 starts from (Matsumoto and Nishimura's ``init_genrand``).

    Only the low 32 bits of the seed take part, which is why ``manual_seed(5)`` and
    ``manual_seed(2**32 + 5)`` give the same numbers.
    """
    word = seed & 0xFFFFFFFF
    state = [word]
    for i in range(1, _N):
        word = (1812433253 * (word ^ (word >> 30)) + i) & 0xFFFFFFFF
        state.append(word)
    return np.array(state, dtype=np.uint32)


class _MersenneTwister:
    """MT19937 producing 32-bit words in bulk.

    The twisting and tempering are the textbook algorithm, which numpy ships as
    ``np.random.MT19937``; we only give it PyTorch's starting state and read its raw output
    (``random_raw``), so that a million draws cost one C call instead of a million Python ones.
    """

    def __init__(self, seed: int) -> None:
        self._bits = np.random.MT19937()
        self.reseed(seed)

    def reseed(self, seed: int) -> None:
        self._load(_initial_state(seed), _N)
        # PyTorch records a freshly seeded engine as "next word 0, 1 left" and a used-up block
        # as "next word 624, 1 left"; both mean "twist before the next draw". Remember which.
        self.fresh = True

    def _load(self, words: np.ndarray, position: int) -> None:
        self._bits.state = {
            "bit_generator": "MT19937",
            "state": {"key": np.asarray(words, dtype=np.uint32), "pos": int(position)},
        }

    def words32(self, count: int) -> np.ndarray:
        """The next ``count`` 32-bit outputs, as uint32."""
        if count <= 0:
            return np.zeros(0, dtype=np.uint32)
        self.fresh = False
        return self._bits.random_raw(count).astype(np.uint32)

    def words64(self, count: int) -> np.ndarray:
        """The next ``count`` 64-bit draws, each made of two words with the first one high."""
        if count <= 0:
            return np.zeros(0, dtype=np.uint64)
        self.fresh = False
        pairs = self._bits.random_raw(2 * count).reshape(count, 2)
        return (pairs[:, 0] << np.uint64(32)) | pairs[:, 1]

    # PyTorch's (left, next) counters <-> numpy's position in the block.
    def snapshot(self) -> tuple[np.ndarray, int, int]:
        """(state words, PyTorch's ``left``, PyTorch's ``next``)."""
        st = self._bits.state["state"]
        position = int(st["pos"])
        if self.fresh:
            return st["key"].copy(), 1, 0
        return st["key"].copy(), _N + 1 - position, position

    def restore(self, words: np.ndarray, left: int, next_: int) -> None:
        self._load(words, _N + 1 - left)
        self.fresh = next_ == 0 and left == 1


# ---------------------------------------------------------------------------------------------
# 2. Exact floating point helpers
# ---------------------------------------------------------------------------------------------
# PyTorch's kernels are compiled with fused multiply-add (FMA): ``a * b + c`` is computed exactly
# and rounded once. numpy has no FMA, so we rebuild it from ordinary operations.

_EXTRA_BITS = np.uint64((1 << 29) - 1)   # the 29 mantissa bits float64 has beyond float32
_HALFWAY = np.uint64(1 << 28)              # ... reading 1000...0: halfway between two floats
_TINY32 = np.float32(2.0**-125)


def _fma32(a, b, c) -> np.ndarray:
    """float32 ``a * b + c`` rounded once, like the FMA instruction."""
    # Two float32 mantissas multiply into at most 48 bits, so the product is exact in float64,
    # and the float64 sum rounds once. Rounding that to float32 is a second rounding; it can only
    # go wrong when the float64 sum sits exactly halfway between two float32 numbers while the
    # true sum does not. That case is rare, so we look for it and settle it with the exact error.
    total = np.multiply(a, b, dtype=np.float64)
    total += c
    result = total.astype(np.float32)
    suspicious = (total.view(np.uint64) & _EXTRA_BITS) == _HALFWAY
    suspicious |= np.abs(result) < _TINY32  # float32 subnormals have fewer bits: check them too
    if suspicious.any():
        result = _settle_halfway(result, suspicious, a, b, c, total.shape)
    return result


def _settle_halfway(result, suspicious, a, b, c, shape) -> np.ndarray:
    """Redo the elements of an ``_fma32`` whose float64 sum may have rounded onto a tie."""
    result = np.array(result)  # writable, also for 0-d results
    where = np.nonzero(suspicious)
    product = (np.broadcast_to(np.asarray(a, np.float64), shape)[where]
               * np.broadcast_to(np.asarray(b, np.float64), shape)[where])
    addend = np.broadcast_to(np.asarray(c, np.float64), shape)[where]
    rounded, error = _two_sum(product, addend)
    # Is ``rounded`` exactly halfway between its float32 neighbours? Then step it one float64
    # notch toward the true sum, so that the final rounding goes the way a single one would.
    near = rounded.astype(np.float32)
    toward = np.where(rounded > near, np.float32(np.inf), np.float32(-np.inf))
    other = np.nextafter(near, toward)
    halfway = rounded == (near.astype(np.float64) + other.astype(np.float64)) / 2
    nudge = halfway & (error != 0)
    rounded = np.where(nudge, np.nextafter(rounded, np.where(error > 0, np.inf, -np.inf)), rounded)
    result[where] = rounded.astype(np.float32)
    return result


def _two_sum(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``a + b`` rounded, and the exact rounding error (Knuth's TwoSum)."""
    total = a + b
    b_part = total - a
    error = (a - (total - b_part)) + (b - b_part)
    return total, error


_SPLITTER = 2.0**27 + 1


def _two_product(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``a * b`` rounded, and the exact rounding error (Dekker's product with Veltkamp splits)."""
    product = a * b
    t = _SPLITTER * a
    a_hi = t - (t - a)
    a_lo = a - a_hi
    t = _SPLITTER * b
    b_hi = t - (t - b)
    b_lo = b - b_hi
    error = ((a_hi * b_hi - product) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo
    return product, error


def _add_round_to_odd(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a + b`` rounded "to odd": if inexact, the neighbour whose last mantissa bit is 1."""
    total, error = _two_sum(a, b)
    even = (total.view(np.int64) & 1) == 0
    fix = (error != 0) & even
    if fix.any():
        total = np.where(fix, np.nextafter(total, np.where(error > 0, np.inf, -np.inf)), total)
    return total


def _fma64(a, b, c) -> np.ndarray:
    """float64 ``a * b + c`` rounded once (Boldo and Melquiond's emulation via rounding to odd)."""
    a, b, c = np.broadcast_arrays(np.asarray(a, np.float64), np.asarray(b, np.float64),
                                  np.asarray(c, np.float64))
    product, product_error = _two_product(a, b)
    high, low = _two_sum(c, product)
    return high + _add_round_to_odd(low, product_error)


def _libm(function, values: np.ndarray) -> np.ndarray:
    """Apply a ``math`` function element-wise.

    Python's ``math.log``/``sin``/``cos``/``log1p`` call the C library, as PyTorch's double
    precision kernels do; numpy's own vectorised versions may differ in the last bit.
    """
    flat = values.ravel().tolist()
    return np.fromiter(map(function, flat), dtype=np.float64, count=len(flat)).reshape(values.shape)


# ---------------------------------------------------------------------------------------------
# 3. The float32 log / sin / cos of PyTorch's vectorised normal sampler
# ---------------------------------------------------------------------------------------------
# These are the Cephes single precision algorithms (by way of the well-known "sse_mathfun"
# AVX port PyTorch uses): reduce the argument, evaluate a short polynomial. To get the same bits
# we must also round where the compiled code rounds; the compiler fused each multiply that feeds
# an add into one FMA, so those steps go through ``_fma32``.

_F = np.float32

_LOG_POLY = [_F(c) for c in (7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1,
                             -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
                             2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1)]
_LN2_HI = _F(0.693359375)        # ln 2 split into a short head ...
_LN2_LO = _F(-2.12194440e-4)     # ... and a correction
_SQRT_HALF = _F(0.707106781186547524)
_SMALLEST_NORMAL = np.array(0x00800000, dtype=np.int32).view(np.float32)


def _log_f32(x: np.ndarray) -> np.ndarray:
    """Natural log of positive float32 values, Cephes style."""
    x = np.maximum(x, _SMALLEST_NORMAL)
    bits = x.view(np.int32)
    # Split x = m * 2**e with m in [0.5, 1).
    exponent = ((bits >> 23) & 0xFF) - 0x7F
    m = ((bits & ~0x7F800000) | _F(0.5).view(np.int32)).view(np.float32)
    e = exponent.astype(np.float32) + _F(1)
    # Keep m near 1 for the polynomial: below sqrt(1/2) use 2m - 1 and one less in the exponent.
    small = m < _SQRT_HALF
    e = e - np.where(small, _F(1), _F(0))
    r = (m - _F(1)) + np.where(small, m, _F(0))
    r2 = r * r
    poly = np.full_like(r, _LOG_POLY[0])
    for coefficient in _LOG_POLY[1:]:
        poly = _fma32(poly, r, coefficient)
    poly = poly * r
    y = _fma32(poly, r2, e * _LN2_LO)   # poly * r^3 + e * ln2_lo
    y = y - r2 * _F(0.5)                # exact halving, so fusing cannot change this step
    result = r + y
    return _fma32(e, _LN2_HI, result)


_FOUR_OVER_PI = _F(1.27323954473516)
_PI_OVER_4_PARTS = (_F(-0.78515625), _F(-2.4187564849853515625e-4), _F(-3.77489497744594108e-8))
_COS_POLY = (_F(2.443315711809948e-005), _F(-1.388731625493765e-003), _F(4.166664568298827e-002))
_SIN_POLY = (_F(-1.9515295891e-4), _F(8.3321608736e-3), _F(-1.6666654611e-1))


def _sincos_f32(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sin x, cos x) of float32 values, Cephes style."""
    sin_sign = x.view(np.int32) & np.int32(-(2**31))
    x = np.abs(x)
    # Which eighth of the circle: octant j (made even) and the remainder x - j*pi/4, computed
    # with pi/4 in three pieces so the subtraction loses nothing.
    octant = ((x * _FOUR_OVER_PI).astype(np.int32) + 1) & ~1
    j = octant.astype(np.float32)
    for part in _PI_OVER_4_PARTS:
        x = _fma32(j, part, x)
    sin_sign = sin_sign ^ ((octant & 4) << 29)
    cos_sign = (~(octant - 2) & 4) << 29
    use_sin_poly = (octant & 2) == 0  # for the sine; the cosine uses the other polynomial there

    z = x * x
    cos_poly = np.full_like(x, _COS_POLY[0])
    cos_poly = _fma32(cos_poly, z, _COS_POLY[1])
    cos_poly = _fma32(cos_poly, z, _COS_POLY[2])
    cos_poly = cos_poly * z
    cos_poly = _fma32(cos_poly, z, -(z * _F(0.5)))
    cos_poly = cos_poly + _F(1)

    sin_poly = np.full_like(x, _SIN_POLY[0])
    sin_poly = _fma32(sin_poly, z, _SIN_POLY[1])
    sin_poly = _fma32(sin_poly, z, _SIN_POLY[2])
    sin_poly = sin_poly * z
    sin_poly = _fma32(sin_poly, x, x)

    # Pick a polynomial for each, the way the vector code does it (adding a +0.0 lane), which
    # also decides the sign of zero results.
    sin_part = np.where(use_sin_poly, sin_poly, _F(0))
    cos_part = np.where(use_sin_poly, _F(0), cos_poly)
    sine = cos_part + sin_part
    cosine = (cos_poly - cos_part) + (sin_poly - sin_part)
    sine = (sine.view(np.int32) ^ sin_sign).view(np.float32)
    cosine = (cosine.view(np.int32) ^ cos_sign).view(np.float32)
    return sine, cosine


_TWO_PI_F32 = _F(2.0 * math.pi)


# Long arrays are processed a slice at a time: numpy is much faster on data that stays in the
# CPU cache between its many passes.
_CHUNK = 1 << 16


def _box_muller16_f32(blocks: np.ndarray, mean: np.float32, std: np.float32) -> np.ndarray:
    """Normal samples from rows of 16 float32 uniforms (PyTorch's AVX2 ``normal_fill_16``)."""
    out = np.empty_like(blocks)
    rows = _CHUNK // 16
    for start in range(0, len(blocks), rows):
        block = blocks[start:start + rows]
        u1 = _F(1) - block[:, :8]          # (0, 1], safe for log
        u2 = block[:, 8:]
        radius = np.sqrt(_F(-2) * _log_f32(u1))
        sine, cosine = _sincos_f32(_TWO_PI_F32 * u2)
        if std == 1 and mean == 0:  # the FMA is then exact: it only turns -0.0 into +0.0
            out[start:start + rows, :8] = radius * cosine + _F(0)
            out[start:start + rows, 8:] = radius * sine + _F(0)
        else:
            out[start:start + rows, :8] = _fma32(radius * cosine, std, mean)
            out[start:start + rows, 8:] = _fma32(radius * sine, std, mean)
    return out


def _box_muller16_f64(blocks: np.ndarray, mean: float, std: float) -> np.ndarray:
    """Normal samples from rows of 16 float64 uniforms (PyTorch's scalar ``normal_fill_16``)."""
    u1 = 1.0 - blocks[:, :8]
    u2 = blocks[:, 8:]
    radius = np.sqrt(-2.0 * _libm(math.log, u1))
    theta = (2.0 * math.pi) * u2
    out = np.empty_like(blocks)
    out[:, :8] = _fma64(radius * _libm(math.cos, theta), std, mean)
    out[:, 8:] = _fma64(radius * _libm(math.sin, theta), std, mean)
    return out


# ---------------------------------------------------------------------------------------------
# 4. The generator
# ---------------------------------------------------------------------------------------------

_STATE_SIZE = 5056  # bytes in torch.get_rng_state()


def _check_seed(seed) -> int:
    """PyTorch accepts any integer in [-2**63, 2**64) and keeps it modulo 2**64."""
    seed = int(seed)
    if not -(1 << 63) <= seed <= _U64_MASK:
        raise ValueError("Overflow when unpacking long long")
    return seed & _U64_MASK


def _numel(shape) -> int:
    n = 1
    for size in shape:
        n *= int(size)
    return n


class OpaqueBaseMeta(CType):
    """The metaclass PyTorch gives its Generator (``type(torch.Generator)``)."""


OpaqueBaseMeta.__module__ = "torch._opaque_base"


class Generator(metaclass=OpaqueBaseMeta):
    """A CPU random generator with PyTorch's seeding, bit consumption and transforms.

    Each sampler returns a fresh numpy array of the requested shape and dtype; the tensor layer
    wraps it. ``np_dtype`` may be anything ``np.dtype`` accepts. Made as PyTorch's
    (``torch.Generator(device='cpu')``, PyTorch's default seed), then seeded with ``manual_seed``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            generator_device(device, args, kwargs)
        self._initial_seed = DEFAULT_SEED
        self._engine = _MersenneTwister(DEFAULT_SEED)
        # The second Box-Muller value of the one-at-a-time normal sampler, waiting to be used.
        self._next_normal: float | None = None

    @property
    def device(self) -> device:
        return device("cpu")

    # -- seeding and state ----------------------------------------------------------------------

    def manual_seed(self, seed: int) -> "Generator":
        self._initial_seed = _check_seed(seed)
        self._engine.reseed(self._initial_seed)
        self._next_normal = None
        return self

    def initial_seed(self) -> int:
        return self._initial_seed

    def seed(self) -> int:
        """Reseed from the operating system's randomness and return the new seed."""
        new_seed = int.from_bytes(os.urandom(8), "little")
        self.manual_seed(new_seed)
        return new_seed

    def get_state(self) -> Any:
        """The state as PyTorch's ``Generator.get_state()`` gives it: a uint8 tensor of 5056 bytes."""
        return make(np.frombuffer(self.get_state_bytes(), dtype=np.uint8).copy(), dtypes.uint8)

    def set_state(self, new_state: Any) -> "Generator":
        if not isinstance(new_state, Tensor):
            raise TypeError(f"expected a torch.ByteTensor, but got {type(new_state).__name__}")
        if new_state.dtype.name != "uint8":
            raise TypeError("RNG state must be a torch.ByteTensor")
        return self.set_state_bytes(new_state._data.tobytes())

    def get_state_bytes(self) -> bytes:
        """The state in the 5056-byte layout of ``torch.get_rng_state()``."""
        words, left, next_ = self._engine.snapshot()
        cached = self._next_normal
        head = struct.pack("<QiiQ", self._initial_seed, left, 1, next_)
        body = words.astype("<u8").tobytes()
        # Legacy Box-Muller fields (x, y, rho, valid), then the unused float cache (value, valid).
        tail = struct.pack("<dddi4xf?3x", 0.0, cached if cached is not None else 0.0, 0.0,
                           int(cached is not None), 0.0, False)
        return head + body + tail

    def set_state_bytes(self, state) -> "Generator":
        """Restore a state from ``get_state_bytes()`` or from ``torch.get_rng_state()``'s bytes."""
        if isinstance(state, (bytes, bytearray, memoryview)):
            data = bytes(state)
        else:
            data = np.asarray(state, dtype=np.uint8).tobytes()
        if len(data) != _STATE_SIZE:
            raise RuntimeError(f"Expected a CPUGeneratorImplState of size {_STATE_SIZE} but found "
                               f"the input RNG state size to be {len(data)}")
        initial_seed, left, seeded, next_ = struct.unpack_from("<QiiQ", data, 0)
        words = np.frombuffer(data, dtype="<u8", count=_N, offset=24).astype(np.uint32)
        _, normal_y, _, normal_valid, _, _ = struct.unpack_from("<dddi4xf?3x", data, 24 + 8 * _N)
        if not (seeded and 0 < left <= _N and next_ <= _N):
            raise RuntimeError("Invalid mt19937 state")
        self._initial_seed = initial_seed
        self._engine.restore(words, left, next_)
        self._next_normal = normal_y if normal_valid else None
        return self

    # -- uniform floats -------------------------------------------------------------------------

    def _unit_floats(self, n: int, dtype: np.dtype) -> np.ndarray:
        """``n`` uniforms in [0, 1) on the type's mantissa grid, computed in the kernel's type."""
        if dtype == np.float64:
            kept = self._engine.words64(n) & np.uint64((1 << 53) - 1)
            return kept.astype(np.float64) * 2.0**-53
        if dtype == np.float32 or dtype == np.float16:  # half is sampled as float, then rounded
            kept = self._engine.words32(n) & np.uint32((1 << 24) - 1)
            values = kept.astype(np.float32)
            values *= _F(2.0**-24)
            return values
        raise TypeError(f"uniform sampling is not defined for dtype {dtype}")

    def uniform(self, shape, low: float, high: float, np_dtype=np.float32) -> np.ndarray:
        """``torch.empty(shape, dtype).uniform_(low, high)``."""
        dtype = np.dtype(np_dtype)
        _check_uniform_bounds(float(low), float(high), dtype)
        n = _numel(shape)
        x = self._unit_floats(n, dtype)
        if dtype == np.float64:
            lo, hi = float(low), float(high)
            fma = _fma64
        else:  # float32, and float16 which is computed in float32 and rounded at the end
            lo, hi = _F(low), _F(high)
            fma = _fma32
        if (lo, hi) != (0.0, 1.0):
            for start in range(0, n, _CHUNK):
                part = slice(start, start + _CHUNK)
                x[part] = fma(x[part], hi - lo, lo)
        if dtype == np.float16:
            x = x.astype(np.float16)
            lo, hi = np.float16(lo), np.float16(hi)
        # x < 1, but rounding can still land exactly on ``high``; PyTorch keeps the interval
        # half-open by giving ``low`` instead.
        at_high = x == hi
        if at_high.any():
            x[at_high] = lo
        return x.reshape(tuple(shape))

    def uniform_doubles(self, n: int, low: float, high: float) -> np.ndarray:
        """``n`` draws of ATen's ``uniform_real_distribution<double>(low, high)``, one at a time
        as its scalar loops take them (rrelu's noise): 53 bits of a 64-bit draw, times
        ``high - low`` plus ``low``, in double (a product and a sum, no fused multiply-add)."""
        x = (self._engine.words64(n) & np.uint64((1 << 53) - 1)).astype(np.float64) * 2.0**-53
        return x * (float(high) - float(low)) + float(low)

    def rand(self, shape, np_dtype=np.float32) -> np.ndarray:
        """``torch.rand(shape, dtype=...)``: uniform on [0, 1)."""
        return self.uniform(shape, 0.0, 1.0, np_dtype)

    # -- normal ---------------------------------------------------------------------------------

    def normal(self, shape, mean: float = 0.0, std: float = 1.0, np_dtype=np.float32,
               contiguous: bool = True) -> np.ndarray:
        """``torch.empty(shape, dtype).normal_(mean, std)``.

        ``contiguous=False`` is for ``normal_`` on a non-contiguous view, which PyTorch always
        fills one value at a time.
        """
        dtype = np.dtype(np_dtype)
        _check_float_dtype(dtype, "normal_kernel_cpu")
        if not std >= 0.0:
            raise RuntimeError(f"normal expects std >= 0.0, but found std {_fmt(std)}")
        n = _numel(shape)
        if n >= 16 and contiguous:
            if dtype == np.float16 or _is_bfloat16(dtype):  # (bfloat16's type compares equal to float32)
                values = self._normal_blocks_f32(n, _F(mean), _F(std), draw_all_first=False)
            elif dtype == np.float32:
                values = self._normal_blocks_f32(n, _F(mean), _F(std))
            elif dtype == np.float64:
                values = self._normal_blocks_f64(n, float(mean), float(std))
        else:
            values = self._normal_one_by_one(n, float(mean), float(std))
            if dtype == np.float16:  # C++ turns a double into a half by way of float
                values = values.astype(np.float32)
        return values.astype(dtype, copy=False).reshape(tuple(shape))

    def randn(self, shape, np_dtype=np.float32) -> np.ndarray:
        """``torch.randn(shape, dtype=...)``."""
        return self.normal(shape, 0.0, 1.0, np_dtype)

    def _normal_blocks_f32(self, n: int, mean: np.float32, std: np.float32,
                           draw_all_first: bool = True) -> np.ndarray:
        # float32 tensors draw a uniform for every element up front (the leftover ones end up
        # overwritten); half precision tensors are computed in float32 and draw only the
        # uniforms of whole blocks.
        whole = n - n % 16
        uniforms = self._unit_floats(n if draw_all_first else whole, np.dtype(np.float32))
        out = np.empty(n, dtype=np.float32)
        out[:whole] = _box_muller16_f32(uniforms[:whole].reshape(-1, 16), mean, std).ravel()
        if n % 16:  # 16 fresh uniforms redo the last 16 elements
            tail = self._unit_floats(16, np.dtype(np.float32)).reshape(1, 16)
            out[n - 16:] = _box_muller16_f32(tail, mean, std).ravel()
        return out

    def _normal_blocks_f64(self, n: int, mean: float, std: float) -> np.ndarray:
        uniforms = self._unit_floats(n, np.dtype(np.float64))
        whole = n - n % 16
        out = np.empty(n, dtype=np.float64)
        out[:whole] = _box_muller16_f64(uniforms[:whole].reshape(-1, 16), mean, std).ravel()
        if n % 16:
            tail = self._unit_floats(16, np.dtype(np.float64)).reshape(1, 16)
            out[n - 16:] = _box_muller16_f64(tail, mean, std).ravel()
        return out

    def _normal_one_by_one(self, n: int, mean: float, std: float) -> np.ndarray:
        """The scalar path: double precision Box-Muller with the cached second value.

        Each fresh pair draws u1 (the angle) then u2 (the radius); the cosine value is used now
        and the sine value is kept for the next element, even across calls.
        """
        standard = []
        if n and self._next_normal is not None:
            standard.append(self._next_normal)
            self._next_normal = None
        missing = n - len(standard)
        if missing:
            pairs = (missing + 1) // 2
            u = self._unit_floats(2 * pairs, np.dtype(np.float64)).reshape(pairs, 2)
            radius = np.sqrt(-2.0 * _libm(math.log1p, -u[:, 1]))
            theta = (2.0 * math.pi) * u[:, 0]
            cosines = radius * _libm(math.cos, theta)
            sines = radius * _libm(math.sin, theta)
            both = np.stack([cosines, sines], axis=1).ravel()
            standard.extend(both[:missing].tolist())
            if missing % 2:
                self._next_normal = float(sines[-1])
        return _fma64(np.array(standard, dtype=np.float64), std, mean)

    # -- integers -------------------------------------------------------------------------------

    def randint(self, low: int, high: int, shape, np_dtype=np.int64) -> np.ndarray:
        """``torch.randint(low, high, shape, dtype=...)`` (= ``random_(low, high)``)."""
        return self.random_(shape, np_dtype, int(low), int(high))

    def _from_range(self, shape, span: int, base: int, np_dtype) -> np.ndarray:
        """``base + draw % span`` -- PyTorch's ``random_from_to`` kernel."""
        dtype = np.dtype(np_dtype)
        n = _numel(shape)
        # PyTorch's public builds switch to 64-bit draws from a span of 2**28 on, whatever the
        # dtype (a 32-bit draw modulo a span that large would be visibly skewed).
        wide = span >= 1 << 28
        draws = self._engine.words64(n) if wide else self._engine.words32(n).astype(np.uint64)
        values = ((draws % np.uint64(span)) + np.uint64(base & _U64_MASK)).view(np.int64)
        return _cast_int64(values, dtype).reshape(tuple(shape))

    def random_(self, shape, np_dtype=np.int64, low: int | None = None,
                high: int | None = None) -> np.ndarray:
        """``Tensor.random_()``, ``random_(high)`` is ``random_(0, high)``, ``random_(low, high)``.

        Without bounds the range is [0, 2**mantissa_bits] for floats and [0, max] for integers.
        Only ``low < high`` is checked here; whether the bounds fit the dtype is the caller's job.
        """
        dtype = np.dtype(np_dtype)
        n = _numel(shape)
        if low is None and high is None:
            return self._random_default(n, dtype).reshape(tuple(shape))
        low = 0 if low is None else int(low)
        if high is not None:
            high = int(high)
            if low >= high:
                raise RuntimeError(f"random_ expects 'from' to be less than 'to', but got "
                                   f"from={low} >= to={high}")
            if dtype.kind == "f":
                low, float_high = _float_bounds(low, high, dtype)
                high = high if float_high is None else float_high
            return self._from_range(shape, (high - low) & _U64_MASK, low, dtype)
        if low == -(1 << 63):  # the whole int64 range
            values = self._engine.words64(n).view(np.int64)
            return _cast_int64(values, dtype).reshape(tuple(shape))
        if dtype.kind == "f":
            low, _ = _float_bounds(low, None, dtype)
        top = _default_top(dtype)
        return self._from_range(shape, (top - low + 1) & _U64_MASK, low, dtype)

    def _random_default(self, n: int, dtype: np.dtype) -> np.ndarray:
        if dtype in (np.int64, np.float64):
            draws = self._engine.words64(n)
        else:
            draws = self._engine.words32(n).astype(np.uint64)
        if dtype == np.bool_:
            return (draws & np.uint64(1)).astype(np.bool_)
        if dtype.kind == "f":
            bits = _digits(dtype)
            return (draws % np.uint64((1 << bits) + 1)).astype(dtype)
        return (draws % np.uint64(int(np.iinfo(dtype).max) + 1)).astype(dtype)

    def randperm(self, n: int, np_dtype=np.int64) -> np.ndarray:
        """``torch.randperm(n)``: a Fisher-Yates shuffle of 0..n-1."""
        n = int(n)
        if n < 0xFFFFFFFF // 20:
            # Walk i = 0..n-2 and swap position i with a random position in [i, n).
            steps = np.arange(max(n - 1, 0), dtype=np.int64)
            draws = self._engine.words32(len(steps)).astype(np.int64)
            partners = (draws % (n - steps) + steps).tolist()
            perm = list(range(n))
            for i, j in enumerate(partners):
                perm[i], perm[j] = perm[j], perm[i]
        else:
            # n of 214 million or more: PyTorch's "inside-out" variant with 64-bit draws.
            picks = (self._engine.words64(n) % np.arange(1, n + 1, dtype=np.uint64)).tolist()
            perm = [0] * n
            for i, j in enumerate(picks):
                perm[i] = perm[j]
                perm[j] = i
        return np.array(perm, dtype=np.int64).astype(np.dtype(np_dtype), copy=False)

    # -- bernoulli ------------------------------------------------------------------------------

    def bernoulli(self, p, shape, np_dtype=np.float32, uniforms: np.ndarray | None = None) -> np.ndarray:
        """``torch.empty(shape, dtype).bernoulli_(p)``: 1 where a uniform falls below ``p``.

        A Python number ``p`` (as ``Dropout`` passes) compares double precision uniforms with it;
        a float64 array does the same element by element; any other float array compares float32
        uniforms with ``p`` converted to float32. An array ``p`` is broadcast to ``shape``.
        ``uniforms`` are the array case's uniforms when they were drawn already (inside vmap).
        """
        dtype = np.dtype(np_dtype)
        shape = tuple(shape)
        n = _numel(shape)
        if isinstance(p, np.ndarray):
            self.check_probabilities(p)
            probabilities = np.broadcast_to(p, shape).ravel()
            kind = self.bernoulli_uniform_type(p)
            if uniforms is None:
                uniforms = self._unit_floats(n, kind)
            hits = uniforms < probabilities.astype(kind, copy=False)
        else:
            if not 0 <= float(p) <= 1:
                raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], "
                                   f"but got p={_fmt(float(p))}")
            hits = self._unit_floats(n, np.dtype(np.float64)) < float(p)
        return hits.astype(dtype).reshape(shape)

    @staticmethod
    def bernoulli_uniform_type(p: np.ndarray) -> np.dtype:
        """The type of the uniforms compared with a probability array: double for float64 ``p``."""
        return np.dtype(np.float64) if p.dtype == np.float64 else np.dtype(np.float32)

    @staticmethod
    def check_probabilities(p: np.ndarray) -> None:
        if p.size and not ((p >= 0) & (p <= 1)).all():
            raise RuntimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  "
                               "(Could this error message be improved?  If so, please "
                               "report an enhancement request to PyTorch.)")


def _fmt(value: float) -> str:
    """A double as C++ streams print it in PyTorch's messages (6 significant digits)."""
    return format(value, "g")


_CPP_TYPE_NAMES = {"float32": ("float", "Float"), "float64": ("double", "Double"),
                   "float16": ("c10::Half", "Half")}
_SCALAR_TYPE_NAMES = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char",
                      "uint8": "Byte", "bool": "Bool"}


def _is_bfloat16(dtype: np.dtype) -> bool:
    """bfloat16 tensors hold float32 arrays whose type is marked (see ``dtypes.bfloat16``)."""
    return dtype.metadata is not None and "bfloat16" in dtype.metadata


def _digits(dtype: np.dtype) -> int:
    """Significant bits of a float type (``std::numeric_limits<T>::digits``)."""
    return 8 if _is_bfloat16(dtype) else int(np.finfo(dtype).nmant) + 1


def _check_float_dtype(dtype: np.dtype, kernel: str) -> None:
    """Uniform and normal sampling exist only for float types, as in PyTorch."""
    if dtype.name not in _CPP_TYPE_NAMES:
        name = _SCALAR_TYPE_NAMES.get(dtype.name, dtype.name)
        raise NotImplementedError(f'"{kernel}" not implemented for \'{name}\'')


def _check_uniform_bounds(low: float, high: float, dtype: np.dtype) -> None:
    """The argument checks of ``uniform_``, with PyTorch's messages."""
    _check_float_dtype(dtype, "check_uniform_bounds")
    small_name, big_name = _CPP_TYPE_NAMES[dtype.name]
    biggest = float(np.finfo(dtype).max)
    for name, value in (("from", low), ("to", high)):
        if not -biggest <= value <= biggest:
            raise RuntimeError(f"{name} is out of bounds for {small_name}")
    if low > high:
        raise RuntimeError(f"uniform_ expects to return a [from, to) range, but found "
                           f"from={_fmt(low)} > to={_fmt(high)}")
    if high - low > biggest:
        raise RuntimeError(f"uniform_ expects to-from <= std::numeric_limits<{big_name}>::max(), "
                           f"but found to={_fmt(high)} and from={_fmt(low)} which result in "
                           f"to-from to exceed the limit")


def _cast_int64(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """C++'s ``static_cast`` from int64: wrap-around for narrower integers, rounding for floats."""
    if dtype == np.float16:  # PyTorch converts through float32
        return values.astype(np.float32).astype(np.float16)
    return values.astype(dtype)


def _round_to_float_grid(value: int, dtype: np.dtype) -> int:
    """The integer ``value`` rounded (half to even) to the nearest number ``dtype`` can hold."""
    digits = _digits(dtype)
    magnitude = abs(value)
    drop = magnitude.bit_length() - digits
    if drop > 0:
        kept, rest = divmod(magnitude, 1 << drop)
        half = 1 << (drop - 1)
        if rest > half or (rest == half and kept & 1):
            kept += 1
        magnitude = kept << drop
    return magnitude if value >= 0 else -magnitude


def _float_bounds(low: int, high: int | None, dtype: np.dtype) -> tuple[int, int | None]:
    """Pull ``[low, high)`` inward so that its ends survive a round trip through ``dtype``.

    For float tensors PyTorch first checks whether ``low + 1`` and ``high - 1`` round to numbers
    outside the range; if so it moves the bound by one step of the float grid at that size.
    That changes the span, and so the numbers drawn, for ranges wider than the mantissa.
    """
    digits = _digits(dtype)
    above_low = _round_to_float_grid(low + 1, dtype)
    if above_low < low:
        low = above_low + (1 << (max(abs(low + 1).bit_length() - 1, 0) - digits + 1))
    if high is not None:
        below_high = _round_to_float_grid(high - 1, dtype)
        if below_high >= high:
            high = below_high - (1 << (max(abs(high - 1).bit_length() - 1, 0) - digits + 1))
    return low, high


def _default_top(dtype: np.dtype) -> int:
    """The inclusive upper end of ``random_(low)`` without ``high``."""
    if dtype == np.bool_:
        return 1
    if dtype.kind == "f":
        return min(1 << _digits(dtype), (1 << 63) - 1)
    return int(np.iinfo(dtype).max)


c_named(Generator, "torch._C.Generator", "torch._C")
# PyTorch seeds its default generator from the operating system when the process starts, so
# ``torch.initial_seed()`` differs from run to run until ``torch.manual_seed`` is called.
default_generator = Generator().manual_seed(int.from_bytes(os.urandom(8), "little"))
