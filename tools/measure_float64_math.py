"""Compare autograd_tui/engine/parity/float64_math.py with live PyTorch, bit for bit.

Run it with a Python that has PyTorch and mpmath (PyTorch brings mpmath; neither is a
dependency of the project):

    .venv-torch/bin/python tools/measure_float64_math.py            # match rates per range
    .venv-torch/bin/python tools/measure_float64_math.py --kernels  # which kernel PyTorch runs
    .venv-torch/bin/python tools/measure_float64_math.py --pieces 100  # the small-array path
    .venv-torch/bin/python tools/measure_float64_math.py --timing   # cost against numpy
    .venv-torch/bin/python tools/measure_float64_math.py --record   # write the test cases
    .venv-torch/bin/python tools/measure_float64_math.py --fit-tanh # fit MKL's tanh bias
    .venv-torch/bin/python tools/measure_float64_math.py --fit-sin  # fit MKL's sin bias

For each function and input range it prints how often the engine's float64 result (this module
where it has the function, else numpy) and numpy's own kernel give exactly PyTorch's bits (NaN
equal to NaN). --kernels compares PyTorch with the MKL functions exported by its own library
(``vmdSin``, ...) for several sizes and layouts. --record writes
tests/data/float64_math_cases.json: per function the inputs where numpy differs from PyTorch,
samples of each range and special values, each with PyTorch's output and whether that output is
the correctly rounded value (decided with mpmath at 200 bits); tanh of 8000 inputs with |x| < 2
and sin of 6000 with |x| < 2**-7 (where MKL's fitted biases matter); TanhBackward0 and float64
linspace. --fit-tanh fits tanh's bias and writes autograd_tui/engine/parity/mkl_tanh_bias.py;
--fit-sin likewise for sin below 2**-8. Inputs come from fixed seeds, so reruns give the same
file.
"""
from __future__ import annotations

import argparse
import ctypes
import importlib.util
import json
import math
import pathlib
import sys
import time

import mpmath
import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "float64_math_cases.json"
F64 = np.float64
sys.path.insert(0, str(ROOT))  # the module imports the generator's exact product



def _load_module():
    """The module under test, loaded from its file (it imports only numpy and the generator)."""
    path = ROOT / "autograd_tui" / "engine" / "parity" / "float64_math.py"
    spec = importlib.util.spec_from_file_location("float64_math", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fm = _load_module()

FUNCTIONS = ["tanh", "sin", "cos", "exp", "log", "sqrt"]
EMULATED = ["tanh", "sin", "cos", "exp"]
MKL_NAMES = {"sin": "Sin", "cos": "Cos", "tanh": "Tanh", "exp": "Exp", "log": "Ln", "sqrt": "Sqrt"}
MPMATH = {"sin": mpmath.sin, "cos": mpmath.cos, "tanh": mpmath.tanh, "exp": mpmath.exp,
          "log": mpmath.log, "sqrt": mpmath.sqrt}


def torch_op(name: str, x: np.ndarray) -> np.ndarray:
    return getattr(torch, name)(torch.from_numpy(np.ascontiguousarray(x, F64))).numpy()


PIECE = 10**9  # --pieces: evaluate in slices this long (small ones take another path)


def engine(name: str, x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        if name not in EMULATED:
            return getattr(np, name)(x)
        fn = getattr(fm, name + "_mkl" if name in ("tanh", "sin") else name)  # the engine's on AVX512
        return np.concatenate([fn(x[i:i + PIECE]) for i in range(0, x.size, PIECE)])


def numpy_f64(name: str, x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return getattr(np, name)(x)


def same_bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.int64) == b.view(np.int64)) | (np.isnan(a) & np.isnan(b))


def correctly_rounded(name: str, x: np.ndarray) -> np.ndarray:
    mpmath.mp.prec = 200
    out = []
    for v in x.tolist():
        if not math.isfinite(v) or (name in ("log", "sqrt") and v < 0):
            with np.errstate(all="ignore"):
                out.append(float(getattr(np, name)(F64(v))) if v == v else v)
            continue
        if v == 0:
            out.append(float(getattr(np, name)(F64(v))))
            continue
        try:
            out.append(float(MPMATH[name](mpmath.mpf(v))))
        except OverflowError:
            out.append(math.inf)
    return np.array(out, F64)


def special_values() -> np.ndarray:
    info = np.finfo(F64)
    return np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, 2.0, info.max, info.tiny,
                     info.smallest_subnormal, -info.smallest_subnormal, 1e-300, 1e-20, 2.0**-27,
                     2.0**-28, 1e-8, 1e-4, np.pi, -np.pi, np.pi / 2, 2 * np.pi, 1e4, 1e6, 2.0**20,
                     1e10, 19.0, 19.1, 20.0, -20.0, 25.0, 700.0, 709.7, 709.8, -708.0, -745.0,
                     -746.0], F64)


def ranges(name: str, size: int, seed: int) -> dict[str, np.ndarray]:
    """The input sets, by range name; log and sqrt see |x|."""
    rng = np.random.default_rng(seed)
    sets = {
        "uniform [-10, 10]": rng.uniform(-10, 10, size),
        "normal": rng.standard_normal(size),
        "|x| < 1e-3": rng.uniform(-1e-3, 1e-3, size),
        "log-uniform 2^-30..2^4": np.exp2(rng.uniform(-30, 4, size)) * rng.choice([-1.0, 1.0], size),
        "uniform [-1e4, 1e4]": rng.uniform(-1e4, 1e4, size),
        "linspace(-pi, pi)": np.linspace(-np.pi, np.pi, size),
    }
    if name in ("log", "sqrt"):
        sets = {k: np.abs(v) for k, v in sets.items()}
    if name == "exp":
        sets["uniform [-700, 700]"] = rng.uniform(-700, 700, size)
    return sets


def measure(size: int) -> None:
    print(f"{'function':8} {'range':24} {'inputs':>9} {'engine':>10} {'numpy':>10}")
    for name in FUNCTIONS:
        for label, x in ranges(name, size, seed=FUNCTIONS.index(name)).items():
            expected = torch_op(name, x)
            rates = [same_bits(candidate(name, x), expected).mean() for candidate in (engine, numpy_f64)]
            print(f"{name:8} {label:24} {x.size:9d} " + " ".join(f"{100 * r:9.4f}%" for r in rates))


def mkl(name: str, x: np.ndarray) -> np.ndarray:
    """The MKL function PyTorch's library exports, in high-accuracy mode, as ATen calls it."""
    library = ctypes.CDLL(str(pathlib.Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    function = getattr(library, "vmd" + MKL_NAMES[name])
    pointer = ctypes.POINTER(ctypes.c_double)
    function.argtypes = [ctypes.c_int64, pointer, pointer, ctypes.c_int64]
    function.restype = None
    x = np.ascontiguousarray(x, F64)
    y = np.empty_like(x)
    function(x.size, x.ctypes.data_as(pointer), y.ctypes.data_as(pointer), 0x2)  # VML_HA
    return y


def measure_kernels(size: int) -> None:
    rng = np.random.default_rng(11)
    x = rng.uniform(-10, 10, size)
    base = rng.uniform(-10, 10, (300, 200))
    for name in FUNCTIONS:
        xx = np.abs(x) if name in ("log", "sqrt") else x
        b = np.abs(base) if name in ("log", "sqrt") else base
        rows = [f"contiguous {same_bits(torch_op(name, xx), mkl(name, xx)).mean():.6f}"]
        sizes_ok = all(same_bits(torch_op(name, xx[:n]), mkl(name, xx[:n])).all() for n in range(1, 41))
        rows.append(f"sizes 1..40 {'all' if sizes_ok else 'NOT all'}")
        t = getattr(torch, name)(torch.from_numpy(b).t()).numpy()
        rows.append(f"transposed {same_bits(t, mkl(name, b.T.copy())).mean():.6f}")
        t = getattr(torch, name)(torch.from_numpy(b)[:, ::3]).numpy()
        rows.append(f"strided {same_bits(t, mkl(name, b[:, ::3].copy())).mean():.6f}")
        rows.append(f"numpy {same_bits(torch_op(name, xx), numpy_f64(name, xx)).mean():.6f}")
        print(f"{name:6} PyTorch == MKL vmd{MKL_NAMES[name]}: " + ", ".join(rows))


def measure_timing() -> None:
    rng = np.random.default_rng(3)
    print("cost per call, microseconds (fastest of repeats: the machine may be shared)")
    print(f"{'size':>8} " + " ".join(f"{'np.' + n:>9} {n:>9}" for n in EMULATED))
    for n in (10, 1000, 10**5):
        x = rng.uniform(-5, 5, n)
        repeats = 200 if n <= 1000 else 10

        def cost(fn, x=x, repeats=repeats) -> float:
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                fn(x)
                times.append(time.perf_counter() - start)
            return 1e6 * min(times)

        print(f"{n:8d} " + " ".join(f"{cost(getattr(np, name)):9.1f} {cost(getattr(fm, name)):9.1f}"
                                    for name in EMULATED))


def hexes(x: np.ndarray) -> str:
    return np.ascontiguousarray(x, F64).astype("<f8").tobytes().hex()


def record(size: int, per_range: int) -> None:
    torch.set_num_threads(1)
    data: dict = {"torch": torch.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability(),
                  "functions": {}}
    for name in EMULATED:
        picked = [special_values()]
        for index, x in enumerate(ranges(name, size, seed=1000 + FUNCTIONS.index(name)).values()):
            expected = torch_op(name, x)
            rng = np.random.default_rng(index)
            hard = x[~same_bits(numpy_f64(name, x), expected)]
            if hard.size > per_range:
                hard = rng.choice(hard, per_range, replace=False)
            picked += [hard, rng.choice(x, min(100, x.size), replace=False)]
        inputs = np.concatenate(picked)
        outputs = torch_op(name, inputs)
        exact = same_bits(outputs, correctly_rounded(name, inputs))
        data["functions"][name] = {"inputs": hexes(inputs), "outputs": hexes(outputs),
                                   "correctly_rounded": "".join("1" if e else "0" for e in exact)}
        print(f"{name}: {inputs.size} cases, {int((~exact).sum())} where PyTorch is not correctly rounded")
    rng = np.random.default_rng(8)
    small = np.concatenate([np.exp2(rng.uniform(-30, -3, 5000)), np.exp2(rng.uniform(-3, 1, 3000))])
    small *= rng.choice([-1.0, 1.0], small.size)
    data["tanh_small"] = {"inputs": hexes(small), "outputs": hexes(torch_op("tanh", small))}
    small = np.exp2(rng.uniform(-20, -7, 6000)) * rng.choice([-1.0, 1.0], 6000)
    data["sin_small"] = {"inputs": hexes(small), "outputs": hexes(torch_op("sin", small))}
    rng = np.random.default_rng(9)
    x = torch.from_numpy(np.concatenate([rng.standard_normal(700) * 3, rng.uniform(-20, 20, 300)])).requires_grad_(True)
    grad = torch.from_numpy(rng.standard_normal(1000))
    out = torch.tanh(x)
    out.backward(grad)
    data["tanh_backward"] = {"grad": hexes(grad.numpy()), "out": hexes(out.detach().numpy()),
                             "input_grad": hexes(x.grad.numpy())}
    data["linspace"] = []
    for start, end, steps in [(-math.pi, math.pi, 2000), (0.0, 1.0, 11), (-3.7, 12.25, 333), (1e-3, -5.0, 1001)]:
        values = torch.linspace(start, end, steps, dtype=torch.float64).numpy()
        data["linspace"].append({"start": start, "end": end, "steps": steps, "values": hexes(values)})
    OUT.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


# -- tanh (|x| < 2) and sin (|x| < 2**-8): MKL's result is the exact value minus a smooth bias --

PARITY = ROOT / "autograd_tui" / "engine" / "parity"


def _tanh_double_double(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    eh, el = fm._expm1_dd(2 * a)
    dh, dl = fm._dd_add(eh, el, np.full_like(eh, 2.0), np.zeros_like(eh))
    return fm._dd_div(eh, el, dh, dl)


def _double_double(name: str, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The exact value as hi + lo, hi correctly rounded (sin: for 0 < x < pi/4)."""
    return _tanh_double_double(x) if name == "tanh" else fm._sin_cos_reduced(x)[0]


def _bias_at(name: str, x0: float, rng: np.random.Generator, n: int = 20000) -> float | None:
    """MKL's bias near x0 (exact value minus the value MKL rounded), from where its outputs
    leave the correctly rounded one: inputs in [x0, x0 (1 + 2e-4)] whose exact value lies less
    than the bias above a midpoint between doubles come out one ulp lower, or with a negative
    bias, less than it below one, one ulp higher (the bias is practically constant across so
    narrow a range, and sharp: the last input that moves and the first that does not are ~1e-4
    of the bias apart). None if no input moved, or some in each direction."""
    x = x0 * (1 + rng.uniform(0, 2e-4, n))
    t = torch_op(name, x)
    qh, ql = _double_double(name, x)
    down, up = t < qh, t > qh
    if down.any() == up.any():
        return None
    if down.any():
        distance = ql + (qh - np.nextafter(qh, 0)) / 2  # above the midpoint below
        moved = distance[down].max()
        stayed = distance[~down & (distance > moved)]
        return float((moved + stayed.min()) / 2 if stayed.size else moved)
    distance = (np.nextafter(qh, 2) - qh) / 2 - ql  # below the midpoint above
    moved = distance[up].max()
    stayed = distance[~up & (distance > moved)]
    return -float((moved + stayed.min()) / 2 if stayed.size else moved)


def _fit_pieces(name: str, pieces: list, n: int, summary: str) -> None:
    """Fit bias(x) / x**2 by one polynomial per piece and write them as a module."""
    rng = np.random.default_rng(2024)
    lines = []
    for lo, hi, starts, degree in pieces:
        points = [(x0 * (1 + 1e-4), _bias_at(name, float(x0), rng, n)) for x0 in starts]
        xs = np.array([x for x, b in points if b is not None])
        bs = np.array([b for x, b in points if b is not None])
        fit = np.polynomial.Polynomial.fit(xs, bs / xs ** 2, degree, domain=[lo, hi])
        residual = np.abs(fit(xs) - bs / xs ** 2).max() / np.abs(bs / xs ** 2).max()
        print(f"[{lo:.6g}, {hi:.6g}): {xs.size} points, largest residual {residual:.2e} of the largest bias")
        coefficients = "".join(f"        {float(c)!r},\n" for c in fit.coef)  # in s, lowest degree first
        lines.append(f"    ({float(lo)!r}, {float(hi)!r}, (\n{coefficients}    )),")
    out = PARITY / f"mkl_{name}_bias.py"
    out.write_text(
        f'"""MKL\'s float64 {name} for {summary}, as measured: the exact value minus bias(x), rounded.\n\n'
        f"Generated by ``tools/measure_float64_math.py --fit-{name}`` from PyTorch 2.13's outputs\n"
        f"(CPU capability {torch.backends.cpu.get_cpu_capability()}); do not edit by hand. Each row is a\n"
        "piece ``(low, high, coefficients)`` of |x|: bias(x) / x**2 is the polynomial with these\n"
        "coefficients (lowest degree first) in s = (2|x| - low - high) / (high - low).\n"
        '"""\n\n'
        "PIECES: tuple[tuple[float, float, tuple[float, ...]], ...] = (\n" + "\n".join(lines) + "\n)\n",
        "utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


def fit_tanh() -> None:
    """tanh: one piece below 2**-7, then each eighth of the binades from 2**-7 to 2 (mantissa
    1 + k/8, where MKL's pieces change). From 2 on the bias is no smooth function (a fit
    explains nothing) and tanh stays correctly rounded."""
    pieces = [(0.0, 2.0 ** -7, np.exp2(np.linspace(-16, -7, 181)[:-1]), 8)]
    for exponent in range(-7, 1):
        for k in range(8):
            lo, hi = 2.0 ** exponent * (1 + k / 8), 2.0 ** exponent * (1 + (k + 1) / 8)
            starts = np.linspace(lo, hi, 25)[:-1] + (hi - lo) / 48
            pieces.append((lo, hi, starts, 4 if exponent < -3 else 3))
    _fit_pieces("tanh", pieces, 20000, "|x| < 2")


def fit_sin() -> None:
    """sin: one piece below 2**-8, where MKL is never below the correctly rounded value; from
    there on its differences go both ways within the narrowest ranges (no smooth bias)."""
    _fit_pieces("sin", [(0.0, 2.0 ** -8, np.exp2(np.linspace(-13, -8, 81)[:-1]), 4)], 40000, "|x| < 2**-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10**6, help="inputs per function and range")
    parser.add_argument("--kernels", action="store_true", help="PyTorch against MKL's functions")
    parser.add_argument("--timing", action="store_true", help="cost against numpy")
    parser.add_argument("--record", action="store_true", help="write the test cases")
    parser.add_argument("--fit-tanh", action="store_true", help="fit MKL's tanh bias on |x| < 2")
    parser.add_argument("--fit-sin", action="store_true", help="fit MKL's sin bias on |x| < 2**-8")
    parser.add_argument("--per-range", type=int, default=60, help="hard cases recorded per range")
    parser.add_argument("--pieces", type=int, default=0,
                        help="evaluate the engine in slices of this many elements")
    args = parser.parse_args()
    global PIECE
    PIECE = args.pieces or PIECE
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, CPU capability {torch.backends.cpu.get_cpu_capability()}")
    if args.fit_tanh:
        fit_tanh()
    elif args.fit_sin:
        fit_sin()
    elif args.record:
        record(min(args.size, 200_000), args.per_range)
    elif args.kernels:
        measure_kernels(min(args.size, 10**5))
    elif args.timing:
        measure_timing()
    else:
        measure(args.size)


if __name__ == "__main__":
    main()
