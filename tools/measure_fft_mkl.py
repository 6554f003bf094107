"""What of MKL's DFT (PyTorch's CPU torch.fft) is recovered, checked bit for bit against torch.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_fft_mkl.py [--path compatible|native] [--trials 10000]

MKL picks its DFT kernels by CPU. ``--path compatible`` (the default) sets ``MKL_CBWR=COMPATIBLE``
before torch loads: on an Intel CPU that is the path the reference AMD machine takes (it reproduces
every figure ``tools/measure_fft.py`` measured there; ``docs/parity-fft.md``). ``--path native``
leaves MKL to its own choice (AVX-512 kernels with fused multiply-adds on an AVX-512 Intel CPU).

Holds the order of operations recovered by probes (``docs/parity-fft.md``, "Recovered order of
operations") and emulates it in numpy (float32 fused multiply-adds rounded once, through float64
rounded to odd), then prints, per size, the share of whole results and of elements bit-identical
to ``torch.fft`` on random inputs and on sampled sines: float32 fft and ifft with each norm, rfft
(and fft of a real tensor, which PyTorch computes with the real-to-complex transform), and float64
fft where recovered. A size with no recovered order is reported as such. With ``--threads 2`` a
batch of real transforms takes other kernels than one transform (whatever the thread count).
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import math
import os
import pathlib
from typing import Any

import numpy as np

# Per path and dtype, per size: the radices of the decimation-in-time passes, outermost first.
# "8s" is the n = 8 transform on its own; "8f" and "8c" the radix-8 passes inside larger sizes
# (fused and compatible forms, see the butterflies below).
PLANS: dict[tuple[str, type], dict[int, list]] = {
    ("native", np.float32): {2: [2], 4: [4], 8: ["8s"], 16: [4, 4], 32: ["8f", 4], 64: ["8f", "8f"]},
    ("compatible", np.float32): {2: [2], 4: [4], 8: ["8s"], 16: [4, 4], 32: ["8c", 4], 64: [4, 4, 4]},
    ("compatible", np.float64): {2: [2], 4: [4], 8: ["8c"], 16: ["16s"], 32: ["8c", 4]},
    ("native", np.float64): {2: [2], 4: [4]},
}
# Per path and dtype, the sizes whose real transforms are recovered, with their plans: complex
# passes on the real input (imaginary parts +0; irfft: on the conjugate-filled spectrum), the odd
# eighth roots as in "8s" (see ``twiddle``); "packed": the half-length complex transform of
# x_2j + i x_(2j+1) and a split (``packed_rfft``); "16r": float64 n = 16's own real codelet. One
# transform at a time; a batch on two threads takes other kernels (at n = 8 the "8c" pass).
RFFT_PLANS: dict[tuple[str, type], dict[int, list]] = {
    ("compatible", np.float32): {2: [2], 4: [4], 8: ["8s"], 16: [4, 4], 32: ["packed"], 64: ["packed"],
                                 128: ["packed"]},
    ("compatible", np.float64): {2: [2], 4: [4], 8: ["8s"], 16: ["16r"]},
}
IRFFT_PLANS: dict[tuple[str, type], dict[int, list]] = {
    ("compatible", np.float32): RFFT_PLANS[("compatible", np.float32)],
    ("compatible", np.float64): {2: [2], 4: [4], 8: ["8s"], 16: [4, 4]},
}
COMPLEX: dict[Any, Any] = {np.float32: np.complex64, np.float64: np.complex128}


class Lanes:
    """One complex element of every row: real and imaginary arrays of one dtype."""

    __slots__ = ("re", "im")

    def __init__(self, re: np.ndarray, im: np.ndarray) -> None:
        self.re, self.im = re, im

    def __add__(self, other: "Lanes") -> "Lanes":
        return Lanes(self.re + other.re, self.im + other.im)

    def __sub__(self, other: "Lanes") -> "Lanes":
        return Lanes(self.re - other.re, self.im - other.im)

    def scaled(self, factor) -> "Lanes":
        return Lanes(self.re * factor, self.im * factor)

    def times_minus_i(self) -> "Lanes":
        return Lanes(self.im, -self.re)

    def times_i(self) -> "Lanes":
        return Lanes(-self.im, self.re)


def _load_rounding() -> Any:
    """The engine's round-to-odd float32 sum (parity/matmul.py, which needs only numpy), loaded
    by path: this tool runs under the oracle's Python."""
    path = pathlib.Path(__file__).resolve().parents[1] / "autograd_tui" / "engine" / "parity" / "matmul.py"
    spec = importlib.util.spec_from_file_location("parity_matmul", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module._rounded_to_odd


_ROUNDED_ONCE = _load_rounding()


def fma32(a: np.ndarray, b: Any, c: np.ndarray) -> np.ndarray:
    """float32 a * b + c rounded once: the exact float64 product plus c, rounded to odd in
    float64 so that the final rounding to float32 cannot round twice."""
    return _ROUNDED_ONCE(np.asarray(a, np.float64) * np.float64(b), np.asarray(c, np.float64))


def _root_half(v: Lanes):
    return v.re.dtype.type(math.sqrt(0.5))


def dft2(v: list) -> list:
    return [v[0] + v[1], v[0] - v[1]]


def dft4(v: list) -> list:
    """(x0 + x2) + (x1 + x3), and so on: the radix-4 butterfly, additions only."""
    p, q, r, s = v[0] + v[2], v[0] - v[2], v[1] + v[3], v[1] - v[3]
    return [p + r, q + s.times_minus_i(), p - r, q - s.times_minus_i()]


def odd_eighth_root(v: Lanes, k: int) -> Lanes:
    """v * exp(-2 pi i k / 8) for k = 1, 3 as n = 8 alone computes it: (re +- im) * sqrt(1/2)."""
    s = _root_half(v)
    if k % 8 == 1:
        return Lanes((v.re + v.im) * s, (v.im - v.re) * s)
    return Lanes((v.im - v.re) * s, -(v.re + v.im) * s)


def dft8_alone(v: list) -> list:
    """n = 8: radix-4 butterflies on the even and the odd inputs, then radix 2."""
    even, odd = dft4(v[0::2]), dft4(v[1::2])
    odd = [odd[0], odd_eighth_root(odd[1], 1), odd[2].times_minus_i(), odd_eighth_root(odd[3], 3)]
    return [even[k] + odd[k] for k in range(4)] + [even[k] - odd[k] for k in range(4)]


def _dft8_split(v: list, odd_part) -> list:
    """Sums x_j + x_(j+4) through a radix-4 butterfly to the even outputs; the differences b_j
    to the odd ones, as (m, n) pairs from ``odd_part`` (b0 and b2 with b1 -+ b3 times sqrt(1/2))."""
    even = dft4([v[j] + v[j + 4] for j in range(4)])
    b = [v[j] - v[j + 4] for j in range(4)]
    m, n, m2, n2 = odd_part(b)
    return [even[0], m + n.times_minus_i(), even[1], m2 + n2.times_i(),
            even[2], m2 + n2.times_minus_i(), even[3], m + n.times_i()]


def _odd_fused(b: list) -> tuple:
    """native float32: b1 - b3 and b1 + b3 first, then one fused multiply-add onto b0, b2."""
    s = _root_half(b[0])
    p, q = b[1] - b[3], b[1] + b[3]

    def fused(u: Lanes, scale, add: Lanes) -> Lanes:
        return Lanes(fma32(u.re, scale, add.re), fma32(u.im, scale, add.im))
    return fused(p, s, b[0]), fused(q, s, b[2]), fused(p, -s, b[0]), fused(q, -s, b[2])


def _odd_compatible(b: list) -> tuple:
    """compatible path: b1 and b3 times sqrt(1/2) first (rounded), then their sum and
    difference, then added to b0, b2."""
    s = _root_half(b[0])
    t1, t3 = b[1].scaled(s), b[3].scaled(s)
    p, q = t1 - t3, t1 + t3
    return b[0] + p, b[2] + q, b[0] - p, b[2] - q


def dft16_split_sums(v: list) -> list:
    """float64 n = 16 (compatible path): even outputs the "8c" transform of x_p + x_(p+8); each
    odd output k sums the eight products of b_p = x_p - x_(p+8) with w^(pk) as two sums,
    re = sum(b.re c) - sum(b.im s), im = sum(b.im c) + sum(b.re s), each added up as
    ((t0 + t4) + (t2 + t6)) + ((t1 + t5) + (t3 + t7))."""
    even = _dft8_split([v[p] + v[p + 8] for p in range(8)], _odd_compatible)
    b = [v[p] - v[p + 8] for p in range(8)]

    def total(t: list) -> np.ndarray:
        return ((t[0] + t[4]) + (t[2] + t[6])) + ((t[1] + t[5]) + (t[3] + t[7]))
    out: list = [None] * 16
    out[0::2] = even
    for k in range(1, 16, 2):
        roots = [root_of_unity(p * k, 16) for p in range(8)]
        re_c = total([b[p].re * roots[p][0] for p in range(8)])
        im_s = total([b[p].im * roots[p][1] for p in range(8)])
        im_c = total([b[p].im * roots[p][0] for p in range(8)])
        re_s = total([b[p].re * roots[p][1] for p in range(8)])
        out[k] = Lanes(re_c - im_s, im_c + re_s)
    return out


BUTTERFLY = {2: dft2, 4: dft4, "8s": dft8_alone, "16s": dft16_split_sums,
             "8f": lambda v: _dft8_split(v, _odd_fused), "8c": lambda v: _dft8_split(v, _odd_compatible)}


def root_of_unity(k: int, n: int) -> tuple[float, float]:
    """exp(-2 pi i k / n) as MKL tabulates it (n a multiple of 8): cos and sin of an angle in the
    first octant, in double, moved to k by the symmetries (swaps and signs, exact)."""
    quarter = n // 4
    turns, r = divmod(k % n, quarter)
    if 2 * r < quarter:
        c, s = math.cos(2 * math.pi * r / n), math.sin(2 * math.pi * r / n)
    elif 2 * r == quarter:
        c = s = math.sqrt(0.5)  # both the correctly rounded value (double's sin(pi/4) is not)
    else:
        s, c = math.cos(2 * math.pi * (quarter - r) / n), math.sin(2 * math.pi * (quarter - r) / n)
    # exp(-i theta) = (c, -s), times (-i) per quarter turn
    for _ in range(turns):
        c, s = -s, c
    return c, -s


def twiddle(v: Lanes, k: int, n: int, fused: bool, eighth_form: bool) -> Lanes:
    """v * exp(-2 pi i k / n). Quarter turns exact. Otherwise cos and -sin taken in double and
    rounded to the dtype, then re = a c - b s, im = a s + b c; fused (native float32):
    re = fma(a, c, -(b s)), im = fma(b, c, a s). ``eighth_form``: odd eighth roots as in n = 8."""
    k %= n
    if (4 * k) % n == 0:
        return [v, v.times_minus_i(), Lanes(-v.re, -v.im), v.times_i()][4 * k // n]
    if eighth_form and (8 * k) % n == 0:
        return odd_eighth_root(v, 8 * k // n)
    real = v.re.dtype.type
    c, s = (real(part) for part in root_of_unity(k, n))
    if fused:
        return Lanes(fma32(v.re, c, -(v.im * s)), fma32(v.im, c, v.re * s))
    return Lanes(v.re * c - v.im * s, v.re * s + v.im * c)


def transform(v: list, plan: list, fused: bool, eighth_form: bool) -> list:
    """Decimation in time: the later radices transform v[s::r], then twiddles and the first."""
    if len(plan) == 1:
        return BUTTERFLY[plan[0]](v)
    r = int(plan[0][:-1]) if isinstance(plan[0], str) else plan[0]
    n, m = len(v), len(v) // r
    subs = [transform(v[s::r], plan[1:], fused, eighth_form) for s in range(r)]
    out: list = [None] * n
    for k in range(m):
        y = BUTTERFLY[plan[0]]([twiddle(subs[s][k], s * k, n, fused, eighth_form) for s in range(r)])
        for q in range(r):
            out[k + q * m] = y[q]
    return out


def fft_rows(x: np.ndarray, path: str, eighth_form: bool = False, plan: list | None = None) -> np.ndarray:
    """Unnormalised forward transform of each row of a complex (rows, n) array."""
    real = x.real.dtype.type
    plan = plan or PLANS[(path, real)][x.shape[1]]
    lanes = [Lanes(np.ascontiguousarray(x[:, j].real), np.ascontiguousarray(x[:, j].imag))
             for j in range(x.shape[1])]
    fused = path == "native" and real is np.float32
    out = np.empty(x.shape, x.dtype)
    for j, value in enumerate(transform(lanes, plan, fused, eighth_form)):
        out[:, j].real, out[:, j].imag = value.re, value.im
    return out


def emulate(name: str, x: np.ndarray, norm: str, path: str) -> np.ndarray:
    """fft or ifft (the conjugate of the forward transform of the conjugate); the scale
    multiplies the result once, in the dtype, except float32 'ortho' at n = 2 on the compatible
    path, which scales the input."""
    n, real = x.shape[1], x.real.dtype.type
    scaled = norm == "ortho" or (norm == "backward") == (name == "ifft")
    scale = real(1 / math.sqrt(n) if norm == "ortho" else 1 / n)
    if scaled and norm == "ortho" and n == 2 and path == "compatible" and real is np.float32:
        x, scaled = x * scale, False
    y = fft_rows(x, path) if name == "fft" else np.conj(fft_rows(np.conj(x), path))
    return y * scale if scaled else y


def _split_constants(k: int, n: int, real: Any) -> tuple[Any, Any, Any, Any]:
    """cos and sin of w^k rounded to the dtype, and A = (1 - i w^k) / 2 from them: its real part
    (1 + F(-sin)) / 2 and imaginary part -F(cos) / 2, both exact in the dtype."""
    c, s = (real(part) for part in root_of_unity(k, n))
    return c, s, (real(1) + s) * real(0.5), c * real(-0.5)


def packed_rfft(x: np.ndarray, path: str) -> np.ndarray:
    """rfft of float32 n = 32, 64, 128: Z = the n/2-point complex transform of
    z_j = x_2j + i x_(2j+1); X_0, X_(n/2) = Z_0.re +- Z_0.im; X_k = b + A (a - b) with
    a = Z_k, b = conj(Z_(n/2-k)), A = (1 - i w^k) / 2."""
    n, real = x.shape[1], x.dtype.type
    m = n // 2
    z = fft_rows((x[:, 0::2] + 1j * x[:, 1::2]).astype(COMPLEX[real]), path)
    out = np.empty((x.shape[0], m + 1), COMPLEX[real])
    out[:, 0], out[:, m] = z[:, 0].real + z[:, 0].imag, z[:, 0].real - z[:, 0].imag
    for k in range(1, m):
        a, b = z[:, k], np.conj(z[:, m - k])
        _, _, a_re, a_im = _split_constants(k, n, real)
        d = a - b
        out[:, k].real = b.real + (d.real * a_re - d.imag * a_im)
        out[:, k].imag = b.imag + (d.real * a_im + d.imag * a_re)
    return out


def packed_irfft_input(spectrum: np.ndarray, n: int) -> np.ndarray:
    """The inverse split for irfft: Z_0 = ((X_0 + X_m) / 2, (X_0 - X_m) / 2); for k <= m/2,
    e = a + b, t = (a - b) (s + i c) (w^k = c + i s), Z_k = (e + t) / 2,
    Z_(m-k) = conj(e - t) / 2, with a = X_k, b = conj(X_(m-k))."""
    real = spectrum.real.dtype.type
    m = n // 2
    half = real(0.5)
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


def rfft16_float64(x: np.ndarray) -> np.ndarray:
    """float64 rfft of n = 16: even bins the "8c" transform of x_p + x_(p+8); odd bins k sum
    the products of b_p = x_p - x_(p+8) with w^(pk) as ((t0 + t4) + u) + ((t1 + t5) + (t3 + t7)),
    where u = (b_2 +- b_6) times the eighth root's part (one product, as "8s" does)."""
    a, b = x[:, :8] + x[:, 8:], x[:, :8] - x[:, 8:]
    out = np.empty((x.shape[0], 9), np.complex128)
    out[:, 0::2] = fft_rows(a.astype(np.complex128), "compatible", False, ["8c"])[:, :5]
    for k in range(1, 9, 2):
        roots = [root_of_unity(p * k, 16) for p in range(8)]
        parts = []
        for part in (0, 1):
            t = [b[:, p] * roots[p][part] for p in range(8)]
            sign = roots[6][part] / roots[2][part]
            u = (b[:, 2] + sign * b[:, 6]) * roots[2][part]
            parts.append(((t[0] + t[4]) + u) + ((t[1] + t[5]) + (t[3] + t[7])))
        out[:, k].real, out[:, k].imag = parts
    return out


def emulate_real(x: np.ndarray, path: str, onesided: bool) -> np.ndarray:
    """rfft (onesided) or fft of a real tensor (the rest filled with conjugates, as PyTorch)."""
    n = x.shape[1]
    plan = RFFT_PLANS[(path, x.dtype.type)][n]
    if plan == ["packed"]:
        half = packed_rfft(x, path)
    elif plan == ["16r"]:
        half = rfft16_float64(x)
    else:
        half = fft_rows(x.astype(COMPLEX[x.dtype.type]), path, True, plan)[:, : n // 2 + 1]
    if onesided:
        return half
    return np.concatenate([half, np.conj(half[:, 1:(n + 1) // 2][:, ::-1])], axis=1)


def emulate_irfft(spectrum: np.ndarray, n: int, path: str) -> np.ndarray:
    """irfft(spectrum, n) for even n: the imaginary parts of bins 0 and n/2 dropped, the rest
    filled with conjugates, the inverse as the conjugate of the forward transform of the
    conjugate (real plan), real part times 1/n in the dtype."""
    real = spectrum.real.dtype.type
    plan = IRFFT_PLANS[(path, real)][n]
    if plan == ["packed"]:
        z = np.conj(fft_rows(np.conj(packed_irfft_input(spectrum, n)), path))
        out = np.empty((spectrum.shape[0], n), real)
        out[:, 0::2], out[:, 1::2] = z.real * real(2 / n), z.imag * real(2 / n)
        return out
    half = spectrum[:, : n // 2 + 1].copy()
    half[:, 0] = half[:, 0].real
    half[:, -1] = half[:, -1].real
    full = np.concatenate([half, np.conj(half[:, 1: n // 2][:, ::-1])], axis=1)
    y = np.conj(fft_rows(np.conj(full), path, True, plan))
    return y.real * real(1 / n)


def _rates(expected: np.ndarray, got: np.ndarray) -> str:
    """Share of rows, and of elements, whose every part is bit-identical."""
    parts = 2 if np.iscomplexobj(expected) else 1
    unsigned = {4: np.uint32, 8: np.uint64}[expected.itemsize // parts]
    if expected.dtype != got.dtype:
        return "dtype differs"
    same = (expected.view(unsigned) == got.view(unsigned)).reshape(expected.shape[0], -1, parts).all(-1)
    return f"whole {same.all(1).mean():7.2%}  elements {same.mean():7.2%}"


def _sines(torch: Any, n: int, dtype: Any) -> np.ndarray:
    """Learner-style signals: sin(2 pi f t) (and with a cosine overtone) for t = arange(n) / fs."""
    rows = []
    for fs in (n, 2 * n, 8, 50, 100, 1000):
        for f in (0.5, 1, 1.5, 2, 3, 5, 7, 10):
            t = torch.arange(n, dtype=dtype) / fs
            rows.append(torch.sin(2 * math.pi * f * t))
            rows.append(torch.sin(2 * math.pi * f * t) + 0.5 * torch.cos(2 * math.pi * 3 * f * t))
    return torch.stack(rows).numpy()


def _measure(torch: Any, path: str, real: Any, trials: int, rng: np.random.Generator) -> None:
    fft = torch.fft
    dtype = {np.float32: torch.float32, np.float64: torch.float64}[real]
    label = real.__name__
    complex_plans, real_plans = PLANS[(path, real)], RFFT_PLANS.get((path, real), {})
    for n in sorted(set(complex_plans) | set(real_plans)):
        x = (rng.standard_normal((trials, n)) + 1j * rng.standard_normal((trials, n))).astype(COMPLEX[real])
        sines = _sines(torch, n, dtype)
        if n in complex_plans:
            for name in ("fft", "ifft"):
                for norm in ("backward", "ortho", "forward"):
                    expected = getattr(fft, name)(torch.from_numpy(x), norm=norm).numpy()
                    print(f"{label} n {n:3} {name:5} {norm:8} random: {_rates(expected, emulate(name, x, norm, path))}")
            as_complex = sines.astype(COMPLEX[real])
            expected = fft.fft(torch.from_numpy(as_complex)).numpy()
            got = emulate("fft", as_complex, "backward", path)
            print(f"{label} n {n:3} fft of {len(sines)} sines made complex: {_rates(expected, got)}")
        else:
            print(f"{label} n {n:3} fft, ifft of a complex tensor: order not recovered")
        if n not in real_plans:
            print(f"{label} n {n:3} rfft, fft of a real tensor, irfft: order not recovered")
            continue
        signals: np.ndarray = rng.standard_normal((trials, n)).astype(real)
        for what, data in (("random", signals), (f"{len(sines)} sines", sines)):
            rfft = fft.rfft(torch.from_numpy(data)).numpy()
            full = fft.fft(torch.from_numpy(data)).numpy()
            print(f"{label} n {n:3} rfft {what}: {_rates(rfft, emulate_real(data, path, True))}; "
                  f"fft of the real tensor: {_rates(full, emulate_real(data, path, False))}")
        spectrum = x[:, : n // 2 + 1]
        expected = fft.irfft(torch.from_numpy(spectrum), n=n).numpy()
        print(f"{label} n {n:3} irfft random: {_rates(expected, emulate_irfft(spectrum, n, path))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", choices=("compatible", "native"), default="compatible")
    parser.add_argument("--trials", type=int, default=10000)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    if args.path == "compatible":
        os.environ["MKL_CBWR"] = "COMPATIBLE"  # read by MKL when torch loads it
    torch = importlib.import_module("torch")  # after MKL_CBWR is set
    torch.set_num_threads(args.threads)
    cpu = next((line.split(":", 1)[1].strip() for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    print(f"CPU {cpu}; torch {torch.__version__}; MKL path {args.path}; {args.threads} thread(s); "
          f"{args.trials} random inputs per case")
    rng = np.random.default_rng(2026)
    for real in (np.float32, np.float64):
        _measure(torch, args.path, real, args.trials, rng)


if __name__ == "__main__":
    main()
