"""What of MKL's DFT (PyTorch's CPU torch.fft) is recovered, checked bit for bit against torch.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_fft_mkl.py [--path compatible|native] [--trials 10000]

MKL picks its DFT kernels by CPU. ``--path compatible`` (the default) sets ``MKL_CBWR=COMPATIBLE``
before torch loads: on an Intel CPU that is the path the reference AMD machine takes (it reproduces
every figure ``tools/measure_fft.py`` measured there; ``docs/parity-fft.md``). ``--path native``
leaves MKL to its own choice (AVX-512 kernels with fused multiply-adds on an AVX-512 Intel CPU).

The compatible path's recovered order (``docs/parity-fft.md``, "Recovered order of operations") is
the engine's own ``parity/mkl_dft.py``, loaded by path; this tool adds the native path's fused
forms (float32 fused multiply-adds rounded once, through float64 rounded to odd). It prints, per
size, the share of whole results and of elements bit-identical
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

def _load_by_path(relative: str) -> Any:
    """An engine module that needs only numpy, loaded by path: this tool runs under the oracle's
    Python, where importing the engine package is not wanted."""
    path = pathlib.Path(__file__).resolve().parents[1] / "autograd_tui" / "engine" / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


# The compatible path is the engine's own (parity/mkl_dft.py); the native AVX-512 path's extras,
# measured only here, are its fused radix-8 pass and fused twiddles (float32 complex transforms).
DFT = _load_by_path("parity/mkl_dft.py")
_ROUNDED_ONCE = _load_by_path("parity/matmul.py")._rounded_to_odd
NATIVE_PLANS: dict[Any, dict[int, list]] = {
    np.float32: {2: [2], 4: [4], 8: ["8s"], 16: [4, 4], 32: ["8f", 4], 64: ["8f", "8f"]},
    np.float64: {2: [2], 4: [4]},
}
COMPLEX = DFT.COMPLEX_OF


def fma32(a: np.ndarray, b: Any, c: np.ndarray) -> np.ndarray:
    """float32 a * b + c rounded once: the exact float64 product plus c, rounded to odd in
    float64 so that the final rounding to float32 cannot round twice."""
    return _ROUNDED_ONCE(np.asarray(a, np.float64) * np.float64(b), np.asarray(c, np.float64))


def dft8_fused(v: list) -> list:
    """The native radix-8 pass: as the compatible one, but b1 - b3 and b1 + b3 first, then one
    fused multiply-add by sqrt(1/2) onto b0 and b2."""
    even = DFT.dft4([v[j] + v[j + 4] for j in range(4)])
    b = [v[j] - v[j + 4] for j in range(4)]
    s = b[0].re.dtype.type(math.sqrt(0.5))
    p, q = b[1] - b[3], b[1] + b[3]

    def fused(u: Any, scale: Any, add: Any) -> Any:
        return DFT.Lanes(fma32(u.re, scale, add.re), fma32(u.im, scale, add.im))
    m, n, m2, n2 = fused(p, s, b[0]), fused(q, s, b[2]), fused(p, -s, b[0]), fused(q, -s, b[2])
    return [even[0], m + n.times_minus_i(), even[1], m2 + n2.times_i(),
            even[2], m2 + n2.times_minus_i(), even[3], m + n.times_i()]


def fused_twiddle(v: Any, k: int, n: int, eighth_form: bool) -> Any:
    """Native float32 twiddles: re = fma(a, c, -(b s)), im = fma(b, c, a s)."""
    k %= n
    if (4 * k) % n == 0 or (eighth_form and (8 * k) % n == 0):
        return DFT.twiddle(v, k, n, eighth_form)
    real = v.re.dtype.type
    c, s = (real(part) for part in DFT.root_of_unity(k, n))
    return DFT.Lanes(fma32(v.re, c, -(v.im * s)), fma32(v.im, c, v.re * s))


NATIVE_BUTTERFLIES = {**DFT.BUTTERFLIES, "8f": dft8_fused}


def complex_plans(path: str) -> dict[Any, dict[int, list]]:
    return DFT.COMPLEX_PLANS if path == "compatible" else NATIVE_PLANS


def emulate(name: str, x: np.ndarray, norm: str, path: str) -> np.ndarray:
    """fft or ifft of each row of a complex (rows, n) array."""
    forward = name == "fft"
    if path == "compatible":
        normalization = {"ortho": DFT.NORM_BY_ROOT_N, "forward": DFT.NORM_BY_N if forward else DFT.NORM_NONE,
                         "backward": DFT.NORM_NONE if forward else DFT.NORM_BY_N}[norm]
        return DFT.c2c(x, [1], normalization, forward)
    n, real = x.shape[1], x.real.dtype.type
    plan = NATIVE_PLANS[real][n]
    fused = real is np.float32
    butterflies, multiply = (NATIVE_BUTTERFLIES, fused_twiddle) if fused else (DFT.BUTTERFLIES, DFT.twiddle)

    def rows(z: np.ndarray) -> np.ndarray:
        return DFT.forward_rows(z, plan, False, butterflies, multiply)
    y = rows(x) if forward else np.conj(rows(np.conj(x)))
    scaled = norm == "ortho" or (norm == "backward") == (name == "ifft")
    return y * real(1 / math.sqrt(n) if norm == "ortho" else 1 / n) if scaled else y


def emulate_real(x: np.ndarray, onesided: bool) -> np.ndarray:
    """rfft (onesided) or fft of a real tensor (the rest filled with conjugates), compatible path."""
    n = x.shape[1]
    half = DFT.rfft_rows(x)
    if onesided:
        return half
    return np.concatenate([half, np.conj(half[:, 1:(n + 1) // 2][:, ::-1])], axis=1)


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
    plans = complex_plans(path)[real]
    real_plans = DFT.RFFT_PLANS[real] if path == "compatible" else {}
    for n in sorted(set(plans) | set(real_plans)):
        x = (rng.standard_normal((trials, n)) + 1j * rng.standard_normal((trials, n))).astype(COMPLEX[real])
        sines = _sines(torch, n, dtype)
        if n in plans:
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
            print(f"{label} n {n:3} rfft {what}: {_rates(rfft, emulate_real(data, True))}; "
                  f"fft of the real tensor: {_rates(full, emulate_real(data, False))}")
        spectrum = np.ascontiguousarray(x[:, : n // 2 + 1])
        expected = fft.irfft(torch.from_numpy(spectrum), n=n).numpy()
        print(f"{label} n {n:3} irfft random: {_rates(expected, DFT.irfft_rows(spectrum, n, real(1 / n)))}")


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
