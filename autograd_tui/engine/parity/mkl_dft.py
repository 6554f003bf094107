"""MKL's discrete Fourier transforms in the order PyTorch's CPU wheel computes them.

PyTorch's CPU ``torch.fft`` is MKL's DFTI, whose butterflies, radices and twiddle tables are not
published. ``docs/parity-fft.md`` records the order recovered by probe inputs on the oracle, on
the reference machine's path (MKL's "compatible" code, which an Intel CPU takes with
``MKL_CBWR=COMPATIBLE``); this module computes it in numpy. It covers powers of two only, and not
all of them: ``c2c``, ``r2c`` and ``c2r`` return ``None`` for every case whose order is not
recovered (the caller then refuses, naming ``--backend torch``), never numpy's own FFT, whose
rounding noise prints differently (a sampled sine's zero bins switch a whole printed tensor to
scientific notation).

A transform runs on "lanes": element ``j`` of every row as a pair of real arrays, so that the
butterflies below read like their formulas and still run on a whole batch at once.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, Optional

import numpy as np

# ATen's fft_norm_mode: no scaling, 1/sqrt(n), 1/n
NORM_NONE, NORM_BY_ROOT_N, NORM_BY_N = 0, 1, 2

Plan = list  # radices of the decimation-in-time passes, outermost first ("8s": n = 8 alone)

# Complex transforms, per real dtype and size (n = 1 is a copy).
COMPLEX_PLANS: dict[Any, dict[int, Plan]] = {
    np.float32: {1: [], 2: [2], 4: [4], 8: ["8s"], 16: [4, 4], 32: ["8c", 4], 64: [4, 4, 4]},
    np.float64: {1: [], 2: [2], 4: [4], 8: ["8c"], 16: ["16s"], 32: ["8c", 4]},
}
# Real transforms: the complex plan on the real input with n = 8's eighth roots, "packed" (the
# half-length complex transform of x_2j + i x_(2j+1), then a split), or a real codelet (n = 8,
# float64 n = 16).
RFFT_PLANS: dict[Any, dict[int, Plan]] = {
    np.float32: {1: [], 2: [2], 4: [4], 8: ["8r"], 16: [4, 4], 32: ["packed"], 64: ["packed"],
                 128: ["packed"]},
    np.float64: {1: [], 2: [2], 4: [4], 8: ["8r"], 16: ["16r"]},
}
IRFFT_PLANS: dict[Any, dict[int, Plan]] = {
    np.float32: {**RFFT_PLANS[np.float32], 8: ["8s"]},
    np.float64: {1: [], 2: [2], 4: [4], 8: ["8s"], 16: [4, 4]},
}
# 'ortho' real transforms scale inside MKL's kernel, in an order not recovered: only these sizes
# (where scaling the result gives MKL's bits) are.
ORTHO_REAL_SIZES: dict[Any, set[int]] = {np.float32: {1, 2, 4, 128}, np.float64: {1, 2, 4}}
COMPLEX_OF: dict[Any, Any] = {np.float32: np.complex64, np.float64: np.complex128}


class Lanes:
    """One complex element of every row, as real and imaginary arrays."""

    __slots__ = ("re", "im")

    def __init__(self, re: np.ndarray, im: np.ndarray) -> None:
        self.re, self.im = re, im

    def __add__(self, other: Lanes) -> Lanes:
        return Lanes(self.re + other.re, self.im + other.im)

    def __sub__(self, other: Lanes) -> Lanes:
        return Lanes(self.re - other.re, self.im - other.im)

    def scaled(self, factor: Any) -> Lanes:
        return Lanes(self.re * factor, self.im * factor)

    def times_minus_i(self) -> Lanes:
        return Lanes(self.im, -self.re)

    def times_i(self) -> Lanes:
        return Lanes(-self.im, self.re)


def _root_half(v: Lanes) -> Any:
    return v.re.dtype.type(math.sqrt(0.5))


def dft2(v: list[Lanes]) -> list[Lanes]:
    return [v[0] + v[1], v[0] - v[1]]


def dft4(v: list[Lanes]) -> list[Lanes]:
    """(x0 + x2) + (x1 + x3), and so on: the radix-4 butterfly, additions only."""
    p, q, r, s = v[0] + v[2], v[0] - v[2], v[1] + v[3], v[1] - v[3]
    return [p + r, q + s.times_minus_i(), p - r, q - s.times_minus_i()]


def odd_eighth_root(v: Lanes, k: int) -> Lanes:
    """v * exp(-2 pi i k / 8) for k = 1, 3 as n = 8 alone computes it: (re +- im) * sqrt(1/2)."""
    s = _root_half(v)
    if k % 8 == 1:
        return Lanes((v.re + v.im) * s, (v.im - v.re) * s)
    return Lanes((v.im - v.re) * s, -(v.re + v.im) * s)


def dft8_alone(v: list[Lanes]) -> list[Lanes]:
    """n = 8: radix-4 butterflies on the even and the odd inputs, then radix 2."""
    even, odd = dft4(v[0::2]), dft4(v[1::2])
    odd = [odd[0], odd_eighth_root(odd[1], 1), odd[2].times_minus_i(), odd_eighth_root(odd[3], 3)]
    return [even[k] + odd[k] for k in range(4)] + [even[k] - odd[k] for k in range(4)]


def dft8_pass(v: list[Lanes]) -> list[Lanes]:
    """The radix-8 pass inside larger sizes: sums x_j + x_(j+4) through a radix-4 butterfly to
    the even outputs; differences b_j to the odd ones, b1 and b3 times sqrt(1/2) first (rounded),
    then their sum and difference added to b0 and b2."""
    even = dft4([v[j] + v[j + 4] for j in range(4)])
    b = [v[j] - v[j + 4] for j in range(4)]
    s = _root_half(b[0])
    t1, t3 = b[1].scaled(s), b[3].scaled(s)
    p, q = t1 - t3, t1 + t3
    m, n, m2, n2 = b[0] + p, b[2] + q, b[0] - p, b[2] - q
    return [even[0], m + n.times_minus_i(), even[1], m2 + n2.times_i(),
            even[2], m2 + n2.times_minus_i(), even[3], m + n.times_i()]


def _sum8(t: list[np.ndarray]) -> np.ndarray:
    return ((t[0] + t[4]) + (t[2] + t[6])) + ((t[1] + t[5]) + (t[3] + t[7]))


def dft16_float64(v: list[Lanes]) -> list[Lanes]:
    """float64 n = 16: even outputs the radix-8 pass on x_p + x_(p+8); each odd output k sums
    the products of b_p = x_p - x_(p+8) with w^(pk) apart, re = sum(b.re c) - sum(b.im s),
    im = sum(b.im c) + sum(b.re s), eight terms each in ``_sum8``'s order."""
    out: list[Any] = [None] * 16
    out[0::2] = dft8_pass([v[p] + v[p + 8] for p in range(8)])
    b = [v[p] - v[p + 8] for p in range(8)]
    for k in range(1, 16, 2):
        roots = [root_of_unity(p * k, 16) for p in range(8)]
        re_c = _sum8([b[p].re * roots[p][0] for p in range(8)])
        im_s = _sum8([b[p].im * roots[p][1] for p in range(8)])
        im_c = _sum8([b[p].im * roots[p][0] for p in range(8)])
        re_s = _sum8([b[p].re * roots[p][1] for p in range(8)])
        out[k] = Lanes(re_c - im_s, im_c + re_s)
    return out


BUTTERFLIES: dict[Any, Callable[[list[Lanes]], list[Lanes]]] = {
    2: dft2, 4: dft4, "8s": dft8_alone, "8c": dft8_pass, "16s": dft16_float64}


def root_of_unity(k: int, n: int) -> tuple[float, float]:
    """exp(-2 pi i k / n) as MKL tabulates it: cos and sin of an angle in the first octant, in
    double, moved to k by exact symmetries (at an eighth turn both parts are sqrt(1/2) correctly
    rounded, which double's sin(pi/4) is not)."""
    quarter = n // 4
    turns, r = divmod(k % n, quarter)
    if 2 * r < quarter:
        c, s = math.cos(2 * math.pi * r / n), math.sin(2 * math.pi * r / n)
    elif 2 * r == quarter:
        c = s = math.sqrt(0.5)
    else:
        s, c = math.cos(2 * math.pi * (quarter - r) / n), math.sin(2 * math.pi * (quarter - r) / n)
    for _ in range(turns):  # exp(-i theta) = (c, -s), times -i per quarter turn
        c, s = -s, c
    return c, -s


def twiddle(v: Lanes, k: int, n: int, eighth_form: bool) -> Lanes:
    """v * exp(-2 pi i k / n): quarter turns exact; otherwise cos and -sin rounded to the dtype,
    re = a c - b s, im = a s + b c. ``eighth_form``: odd eighth roots as n = 8 alone takes them."""
    k %= n
    if (4 * k) % n == 0:
        return [v, v.times_minus_i(), Lanes(-v.re, -v.im), v.times_i()][4 * k // n]
    if eighth_form and (8 * k) % n == 0:
        return odd_eighth_root(v, 8 * k // n)
    real = v.re.dtype.type
    c, s = (real(part) for part in root_of_unity(k, n))
    return Lanes(v.re * c - v.im * s, v.re * s + v.im * c)


Butterflies = dict[Any, Callable[[list[Lanes]], list[Lanes]]]
Twiddle = Callable[[Lanes, int, int, bool], Lanes]


def _transform(v: list[Lanes], plan: Plan, eighth_form: bool, butterflies: Butterflies,
               multiply: Twiddle) -> list[Lanes]:
    """Decimation in time: the later radices transform v[s::r], then twiddles and the first."""
    if not plan:
        return v
    if len(plan) == 1:
        return butterflies[plan[0]](v)
    r = int(plan[0][:-1]) if isinstance(plan[0], str) else plan[0]
    n, m = len(v), len(v) // r
    subs = [_transform(v[s::r], plan[1:], eighth_form, butterflies, multiply) for s in range(r)]
    out: list[Any] = [None] * n
    for k in range(m):
        y = butterflies[plan[0]]([multiply(subs[s][k], s * k, n, eighth_form) for s in range(r)])
        for q in range(r):
            out[k + q * m] = y[q]
    return out


def forward_rows(x: np.ndarray, plan: Plan, eighth_form: bool = False,
                 butterflies: Butterflies = BUTTERFLIES, multiply: Twiddle = twiddle) -> np.ndarray:
    """The unscaled forward transform of each row of a complex (rows, n) array. (Other
    butterflies and twiddles: ``tools/measure_fft_mkl.py`` measures MKL's native path with them.)"""
    lanes = [Lanes(np.ascontiguousarray(x[:, j].real), np.ascontiguousarray(x[:, j].imag))
             for j in range(x.shape[1])]
    out = np.empty(x.shape, x.dtype)
    for j, value in enumerate(_transform(lanes, plan, eighth_form, butterflies, multiply)):
        out[:, j].real, out[:, j].imag = value.re, value.im
    return out


def _split_constants(k: int, n: int, real: Any) -> tuple[Any, Any, Any, Any]:
    """cos and sin of w^k in the dtype, and A = (1 - i w^k) / 2 from them: (1 + F(-sin)) / 2
    and -F(cos) / 2, both halvings exact."""
    c, s = (real(part) for part in root_of_unity(k, n))
    return c, s, (real(1) + s) * real(0.5), c * real(-0.5)


def _packed_rfft(x: np.ndarray) -> np.ndarray:
    """rfft from the n/2-point complex transform Z of z_j = x_2j + i x_(2j+1):
    X_0, X_(n/2) = Z_0.re +- Z_0.im; X_k = b + A (a - b), a = Z_k, b = conj(Z_(n/2-k))."""
    n, real = x.shape[1], x.dtype.type
    m = n // 2
    packed = np.empty((x.shape[0], m), COMPLEX_OF[real])
    packed.real, packed.imag = x[:, 0::2], x[:, 1::2]
    z = forward_rows(packed, COMPLEX_PLANS[real][m])
    out = np.empty((x.shape[0], m + 1), COMPLEX_OF[real])
    out[:, 0], out[:, m] = z[:, 0].real + z[:, 0].imag, z[:, 0].real - z[:, 0].imag
    for k in range(1, m):
        a, b = z[:, k], np.conj(z[:, m - k])
        _, _, a_re, a_im = _split_constants(k, n, real)
        d = a - b
        out[:, k].real = b.real + (d.real * a_re - d.imag * a_im)
        out[:, k].imag = b.imag + (d.real * a_im + d.imag * a_re)
    return out


def _rfft16_float64(x: np.ndarray) -> np.ndarray:
    """float64 rfft of n = 16: even bins the radix-8 pass on x_p + x_(p+8); odd bins sum the
    products of b_p = x_p - x_(p+8) with w^(pk) as ((t0 + t4) + u) + ((t1 + t5) + (t3 + t7)),
    u = (b_2 +- b_6) times the eighth root's part (one product, as n = 8 alone takes it)."""
    a, b = x[:, :8] + x[:, 8:], x[:, :8] - x[:, 8:]
    out = np.empty((x.shape[0], 9), np.complex128)
    out[:, 0::2] = forward_rows(a.astype(np.complex128), ["8c"])[:, :5]
    for k in range(1, 9, 2):
        roots = [root_of_unity(p * k, 16) for p in range(8)]
        parts = []
        for part in (0, 1):
            t = [b[:, p] * roots[p][part] for p in range(8)]
            u = (b[:, 2] + roots[6][part] / roots[2][part] * b[:, 6]) * roots[2][part]
            parts.append(((t[0] + t[4]) + u) + ((t[1] + t[5]) + (t[3] + t[7])))
        out[:, k].real, out[:, k].imag = parts
    return out


def _rfft8(x: np.ndarray) -> np.ndarray:
    """n = 8's real codelet: the complex plan's values, with its own signs of exact zeros (the
    imaginary parts taken as h - g, -b - u, b - u)."""
    real = x.dtype.type
    v = [x[:, j] for j in range(8)]
    a, b, c, d = v[0] - v[4], v[2] - v[6], v[1] - v[5], v[3] - v[7]
    e, f, g, h = v[0] + v[4], v[2] + v[6], v[1] + v[5], v[3] + v[7]
    t, u = (c - d) * real(math.sqrt(0.5)), (c + d) * real(math.sqrt(0.5))
    out = np.empty((x.shape[0], 5), COMPLEX_OF[real])
    out[:, 0], out[:, 4] = (e + f) + (g + h), (e + f) - (g + h)
    out[:, 1].real, out[:, 1].imag = a + t, -b - u
    out[:, 2].real, out[:, 2].imag = e - f, h - g
    out[:, 3].real, out[:, 3].imag = a - t, b - u
    return out


def rfft_rows(x: np.ndarray) -> np.ndarray:
    """Bins 0..n/2 of the unscaled forward transform of each real row of (rows, n), n in
    ``RFFT_PLANS`` (one transform at a time, as MKL computes them on one thread)."""
    n, real = x.shape[1], x.dtype.type
    plan = RFFT_PLANS[real][n]
    if plan == ["packed"]:
        return _packed_rfft(x)
    if plan == ["16r"]:
        return _bin2_zero_sign(x, _rfft16_float64(x))
    if plan == ["8r"]:
        return _rfft8(x)
    half = forward_rows(x.astype(COMPLEX_OF[real]), plan, True)[:, : n // 2 + 1]
    return _bin2_zero_sign(x, half) if n == 16 else half


def _bin2_zero_sign(x: np.ndarray, half: np.ndarray) -> np.ndarray:
    """n = 16's real codelets add bin 2's imaginary part as (-r1 s + -r3 s) + -r2 (r_j bin 2 of
    the 4-point transform of x[j::4]), without the complex plan's +0. terms: where it is an exact
    zero, that sum gives its sign (every case of 6,000 measured integer signals)."""
    real = x.dtype.type
    r = [(x[:, j] + x[:, j + 8]) - (x[:, j + 4] + x[:, j + 12]) for j in range(4)]
    s = real(math.sqrt(0.5))
    signed = ((-r[1]) * s + (-r[3]) * s) + (-r[2])
    im = half[:, 2].imag
    half[:, 2].imag = np.where(im == 0, signed, im)
    return half


def _packed_irfft_input(spectrum: np.ndarray, n: int) -> np.ndarray:
    """The inverse split: Z_0 = ((X_0 + X_m) / 2, (X_0 - X_m) / 2); for k <= m/2,
    e = a + b, t = (a - b) (s + i c) (w^k = c + i s), Z_k = (e + t) / 2, Z_(m-k) = conj(e - t) / 2,
    with a = X_k, b = conj(X_(m-k))."""
    real = spectrum.real.dtype.type
    m, half = n // 2, real(0.5)
    z = np.empty((spectrum.shape[0], m), spectrum.dtype)
    first, last = spectrum[:, 0].real, spectrum[:, m].real
    z[:, 0].real, z[:, 0].imag = (first + last) * half, (first - last) * half
    for k in range(1, m // 2 + 1):
        a, b = spectrum[:, k], np.conj(spectrum[:, m - k])
        c, s, _, _ = _split_constants(k, n, real)
        e, d = a + b, a - b
        t_re, t_im = d.real * s - d.imag * c, d.real * c + d.imag * s
        z[:, k].real, z[:, k].imag = (e.real + t_re) * half, (e.imag + t_im) * half
        if k != m - k:
            z[:, m - k].real, z[:, m - k].imag = (e.real - t_re) * half, -((e.imag - t_im) * half)
    return z


def _scaled(z: np.ndarray, scale: Any) -> np.ndarray:
    """Each part times the real ``scale`` (numpy's complex product by a real scalar would add
    +0. products and lose the signs of exact zeros)."""
    out = np.empty_like(z)
    out.real, out.imag = z.real * scale, z.imag * scale
    return out


def _exact_root(n: int) -> bool:
    """Whether 1/sqrt(n) is a power of two (n a power of four), so no rounding in scaling."""
    return n & (n - 1) == 0 and (n.bit_length() - 1) % 2 == 0


def _scale(normalization: int, n: int, real: Any) -> Any:
    if normalization == NORM_NONE:
        return None
    return real(1 / math.sqrt(n) if normalization == NORM_BY_ROOT_N else 1 / n)


def _rows_along(x: np.ndarray, dim: int) -> tuple[np.ndarray, Callable[[np.ndarray], np.ndarray]]:
    """``x`` as rows along ``dim`` and the function that puts rows of a result back."""
    moved = np.moveaxis(x, dim, -1)
    batch = moved.shape[:-1]

    def back(rows: np.ndarray) -> np.ndarray:
        return np.moveaxis(rows.reshape(batch + rows.shape[-1:]), -1, dim)
    return moved.reshape(-1, moved.shape[-1]), back


def _c2c_1d(x: np.ndarray, dim: int, forward: bool) -> Optional[np.ndarray]:
    plan = COMPLEX_PLANS[x.real.dtype.type].get(x.shape[dim])
    if plan is None:
        return None
    rows, back = _rows_along(x, dim)
    return back(forward_rows(rows, plan) if forward else inverse_rows(rows, plan))


def _swapped(z: np.ndarray) -> np.ndarray:
    """b + ia for each a + ib (signs of zero kept)."""
    out = np.empty_like(z)
    out.real, out.imag = z.imag, z.real
    return out


def inverse_rows(x: np.ndarray, plan: Plan, eighth_form: bool = False) -> np.ndarray:
    """The unscaled inverse transform of each row: the forward one with real and imaginary parts
    swapped on the way in and out, which is the same arithmetic as the inverse butterflies
    (exp(+2 pi i jk / n)) on the swapped operands, down to the signs of exact zeros (the
    conjugate of the forward transform of the conjugate gives -0. where MKL gives +0.)."""
    return _swapped(forward_rows(_swapped(x), plan, eighth_form))


def c2c(x: np.ndarray, dims: Sequence[int], normalization: int, forward: bool) -> Optional[np.ndarray]:
    """``_fft_c2c`` over ``dims`` (forward: exp(-2 pi i jk / n)), one dim at a time from the last;
    the scale multiplies the result once. ``None`` where MKL's order is not recovered."""
    real = x.real.dtype.type
    if real not in COMPLEX_PLANS or any(x.shape[d] not in COMPLEX_PLANS[real] for d in dims):
        return None
    n = math.prod(x.shape[d] for d in dims)
    scale = _scale(normalization, n, real)
    if normalization == NORM_BY_ROOT_N and not _exact_root(n):
        # 1/sqrt(n) is rounded: where MKL applies it then matters. Over one dim it scales the
        # result, but float32 n = 2 along the last dim scales the input; over several dims it
        # scales between passes, at a place not recovered for every size.
        if len(dims) > 1 or (n == 2 and real is np.float32 and dims[0] not in (-1, x.ndim - 1)):
            return None
        if n == 2 and real is np.float32:
            x, scale = _scaled(x, scale), None
    result: Any = x
    for dim in reversed(list(dims)):
        result = _c2c_1d(result, dim, forward)
    return result if scale is None else _scaled(result, scale)


def r2c(x: np.ndarray, dims: Sequence[int], normalization: int, onesided: bool) -> Optional[np.ndarray]:
    """``_fft_r2c`` of real ``x`` over one dim: bins 0..n/2, or all n filled with conjugates.
    ``None`` for several dims (MKL's multi-dimensional real plans are not recovered), for
    a batch of rows (on more than one thread MKL takes other kernels), and for sizes and norms
    whose order is not recovered."""
    real = x.dtype.type
    if len(dims) != 1 or real not in RFFT_PLANS:
        return None
    dim = dims[0]
    n = x.shape[dim]
    if n not in RFFT_PLANS[real] or x.size != n:
        return None
    if normalization == NORM_BY_ROOT_N and n not in ORTHO_REAL_SIZES[real]:
        return None
    rows, back = _rows_along(x, dim)
    half = rfft_rows(rows)
    scale = _scale(normalization, n, real)
    if scale is not None:
        half = _scaled(half, scale)
    if not onesided:
        half = np.concatenate([half, np.conj(half[:, 1:(n + 1) // 2][:, ::-1])], axis=1)
    return back(half)


def c2r(x: np.ndarray, dims: Sequence[int], normalization: int, last_dim_size: int) -> Optional[np.ndarray]:
    """``_fft_c2r``: the inverse transform of a one-sided spectrum into ``last_dim_size`` reals
    (bins 0 and n/2 taken as real, the rest filled with conjugates). ``None`` as for ``r2c``."""
    real = x.real.dtype.type
    n = last_dim_size
    if len(dims) != 1 or real not in IRFFT_PLANS or n not in IRFFT_PLANS[real]:
        return None
    dim = dims[0]
    if x.size != x.shape[dim] or (normalization == NORM_BY_ROOT_N and n not in ORTHO_REAL_SIZES[real]):
        return None
    rows, back = _rows_along(x, dim)
    return back(irfft_rows(_padded(rows, n // 2 + 1), n, _scale(normalization, n, real)))


def irfft_rows(rows: np.ndarray, n: int, scale: Any = None) -> np.ndarray:
    """The inverse of each one-sided spectrum of (rows, n//2 + 1) into n reals, times ``scale``
    (n in ``IRFFT_PLANS``; one transform at a time)."""
    real = rows.real.dtype.type
    plan = IRFFT_PLANS[real][n]
    if plan == ["packed"]:
        z = inverse_rows(_packed_irfft_input(rows, n), COMPLEX_PLANS[real][n // 2])
        # the split's halving and the scale fold into one factor of 2/n (or 2, or 2/sqrt(n))
        factor = real(2) if scale is None else real(2 * scale)
        out = np.empty((rows.shape[0], n), real)
        out[:, 0::2], out[:, 1::2] = z.real * factor, z.imag * factor
        return out
    half = rows.copy()
    half[:, 0] = half[:, 0].real
    half[:, -1] = half[:, -1].real
    full = np.concatenate([half, np.conj(half[:, 1: n // 2][:, ::-1])], axis=1)
    result = inverse_rows(full, plan, True).real
    return result if scale is None else result * scale


def _padded(rows: np.ndarray, bins: int) -> np.ndarray:
    """The first ``bins`` bins of each row, zeros past its end."""
    if rows.shape[1] >= bins:
        return rows[:, :bins]
    return np.concatenate([rows, np.zeros((rows.shape[0], bins - rows.shape[1]), rows.dtype)], axis=1)
