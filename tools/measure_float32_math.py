"""Compare autograd_tui/engine/parity/float32_math.py with live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_float32_math.py            # match rates per range
    .venv-torch/bin/python tools/measure_float32_math.py --layouts  # sizes 1..40, strided views
    .venv-torch/bin/python tools/measure_float32_math.py --only sqrt  # one function's rows
    .venv-torch/bin/python tools/measure_float32_math.py --timing   # cost against np.exp
    .venv-torch/bin/python tools/measure_float32_math.py --record   # write the test cases

For each function and input range it prints how often three candidates give exactly PyTorch's
float32 bits (NaN counts as equal to NaN): this module, numpy's own float32 kernel, and the
float64-then-round evaluation the engine used before this module (for sigmoid: 1 / (1 + e) with
that exp). --record writes tests/data/float32_math_cases.json: for every function the inputs
where numpy or the float64 evaluation differs from PyTorch (the hard cases), the special values,
and a sample of each range, each with PyTorch's output; plus sigmoid on strided views, sizes
around its 32-float blocks and thread-split sizes. Inputs are drawn from fixed seeds, so reruns
give the same file. It also records PyTorch's gradients of sigmoid and tanh (from grad and out).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pathlib
import time

from typing import Any

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "float32_math_cases.json"
F32 = np.float32


def _load_module():
    """The module under test, loaded from its file (it imports only numpy)."""
    path = ROOT / "autograd_tui" / "engine" / "parity" / "float32_math.py"
    spec = importlib.util.spec_from_file_location("float32_math", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fm = _load_module()

FUNCTIONS = ["exp", "log", "sin", "cos", "tanh", "sigmoid", "sqrt"]


def torch_op(name: str, x: np.ndarray) -> np.ndarray:
    return getattr(torch, name)(torch.from_numpy(np.ascontiguousarray(x))).numpy()


def numpy_f32(name: str, x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        if name == "sigmoid":
            return F32(1) / (F32(1) + np.exp(-x))
        return getattr(np, name)(x)


def float64_rounded(name: str, x: np.ndarray) -> np.ndarray:
    """What the engine computed before: float64, rounded once (sigmoid: its old expression)."""
    with np.errstate(all="ignore"):
        if name == "sigmoid":
            e = np.exp(-x.astype(np.float64)).astype(F32)
            return F32(1) / (F32(1) + e)
        if name == "sqrt":
            return np.sqrt(x)
        return getattr(np, name)(x.astype(np.float64)).astype(F32)


def emulated(name: str, x: np.ndarray) -> np.ndarray:
    return getattr(fm, name)(x)


def same_bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def special_values() -> np.ndarray:
    info = np.finfo(F32)
    values = [0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1.0, -1.0, 0.5, 2.0,
              info.max, -info.max, info.tiny, -info.tiny, info.smallest_subnormal,
              -info.smallest_subnormal, 1e-45, 1e-40, 1e-38, 1e-30, 1e-10, 1e-7, 1e-4,
              np.pi, -np.pi, np.pi / 2, -np.pi / 2, 2 * np.pi, 1e4, 1e6, 1e10, 1e20, 1e30, 1e38,
              88.0, 88.72283, 88.72284, 89.0, -87.33654, -87.3365, -88.0, -100.0, -103.9,
              -103.97208, -104.0, -105.0, 100.0, 101.0, 9.0, -9.0, 9.01, 10.0, 15.0, 20.0, -20.0]
    # sqrt's path boundaries: MKL rounds correctly from 0x1.ffep127 and below the normal range
    edges = np.array([0x7F7FEFFF, 0x7F7FF000, 0x7F7FF001, 0x7F7FF7FF, 0x00800000, 0x00800001,
                      0x007FFFFF, 0x3FFFFFFF, 0x40000000, 0x407FFFFF], np.uint32).view(F32)
    return np.concatenate([np.array(values, F32), edges])


def ranges(name: str, size: int, seed: int) -> dict[str, np.ndarray]:
    """The input sets, by range name; log sees |x| for the ranges lessons use."""
    rng = np.random.default_rng(seed)
    sets = {
        "random bits": rng.integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32).view(F32),
        "uniform [-10, 10]": rng.uniform(-10, 10, size).astype(F32),
        "uniform [-100, 100]": rng.uniform(-100, 100, size).astype(F32),
        "normal": rng.standard_normal(size).astype(F32),
        "|x| < 1e-3": rng.uniform(-1e-3, 1e-3, size).astype(F32),
        "edges": np.concatenate([rng.uniform(-105, -85, size // 2),
                                 rng.uniform(85, 90, size - size // 2)]).astype(F32),
        "subnormals": (rng.integers(1, 2**23, size, dtype=np.int64).astype(np.uint32)
                       | (rng.integers(0, 2, size, dtype=np.int64).astype(np.uint32) << 31)
                       ).view(F32),
        "specials": np.tile(special_values(), 8),
    }
    if name == "log":
        for key in ("uniform [-10, 10]", "uniform [-100, 100]", "normal", "|x| < 1e-3"):
            sets[key] = np.abs(sets[key])
        sets["edges"] = np.concatenate([rng.uniform(0.5, 2.0, size // 2),
                                        np.exp(rng.uniform(-80, 80, size - size // 2))]).astype(F32)
    if name in ("sin", "cos"):
        sets["edges"] = np.concatenate([rng.uniform(-np.pi, np.pi, size // 2),
                                        rng.uniform(-1e5, 1e5, size - size // 2)]).astype(F32)
    if name in ("tanh", "sigmoid"):
        sets["edges"] = rng.uniform(-20, 20, size).astype(F32)
    return sets


def measure(size: int, names: list[str]) -> None:
    print(f"{'function':8} {'range':22} {'inputs':>9} {'float32_math':>13} {'numpy f32':>10} "
          f"{'f64 round':>10}")
    for name in names:
        for label, x in ranges(name, size, seed=FUNCTIONS.index(name)).items():
            expected = torch_op(name, x)
            rates = [same_bits(candidate(name, x), expected).mean()
                     for candidate in (emulated, numpy_f32, float64_rounded)]
            print(f"{name:8} {label:22} {x.size:9d} " + " ".join(
                f"{100 * r:{w}.4f}%" for r, w in zip(rates, (12, 9, 9))))


# -- layouts: sizes 1..40, strided views, thread splits ----------------------------------------

def view_of(base: np.ndarray, spec: dict) -> np.ndarray:
    """A numpy view described by a spec: optional axis order, then one slice per axis."""
    view = base.transpose(spec["transpose"]) if spec.get("transpose") else base
    return view[tuple(slice(*s) for s in spec.get("slices", []))]


def torch_view(base: np.ndarray, spec: dict) -> torch.Tensor:
    tensor = torch.from_numpy(base)
    if spec.get("transpose"):
        tensor = tensor.permute(spec["transpose"])
    return tensor[tuple(slice(*s) for s in spec.get("slices", []))]


LAYOUTS: list[dict[str, Any]] = [
    {"base": [12, 70], "transpose": [1, 0]},
    {"base": [12, 70], "slices": [[None], [None, 37]]},
    {"base": [12, 70], "slices": [[None, None, 2]]},
    {"base": [12, 70], "slices": [[None], [None, None, 2]]},
    {"base": [12, 70], "slices": [[None], [1, None]]},
    {"base": [4, 5, 40], "transpose": [2, 0, 1]},
    {"base": [2, 40, 40], "slices": [[None], [None], [None, 33]]},
    {"base": [7, 100], "slices": [[None, None, 3], [5, 90]]},
    {"base": [600], "slices": [[None, None, 3]]},
]


def layout_cases(seed: int = 100) -> list[dict]:
    rng = np.random.default_rng(seed)
    cases = []
    for spec in LAYOUTS:
        base = (rng.standard_normal(spec["base"]) * 4).astype(F32)
        cases.append({"spec": spec, "base": base})
    return cases


def measure_layouts(names: list[str]) -> None:
    rng = np.random.default_rng(7)
    print("sizes 1..40 (300 tensors each), fraction of tensors matching in every element:")
    for name in names:
        worst = []
        for n in range(1, 41):
            xs = (rng.standard_normal((300, n)) * 4).astype(F32)
            if name == "log":
                xs = np.abs(xs)
            ok = sum(bool(same_bits(emulated(name, row), torch_op(name, row)).all()) for row in xs)
            worst.append(ok / 300)
        print(f"  {name:8} min over sizes {min(worst):.4f}, sizes below 1: "
              f"{[n + 1 for n, w in enumerate(worst) if w < 1]}")
    print("strided views:")
    for case in layout_cases():
        for name in names:
            base = np.abs(case["base"]) if name == "log" else case["base"]
            expected = getattr(torch, name)(torch_view(base, case["spec"])).numpy()
            got = emulated(name, view_of(base, case["spec"]))
            print(f"  {name:8} {json.dumps(case['spec']):60} {same_bits(got, expected).mean():.4f}")
    if "sigmoid" not in names:
        return
    print("sigmoid, contiguous, across the thread split (threads, size, match):")
    for threads in (1, 2, 3, 4):
        torch.set_num_threads(threads)
        for n in (32768, 32769, 65599, 100001, 200003):
            x = np.linspace(-20, 20, n).astype(F32)
            got = fm.sigmoid(x, num_threads=threads)
            print(f"  {threads} {n:7d} {same_bits(got, torch_op('sigmoid', x)).mean():.6f}")
    torch.set_num_threads(1)


def measure_timing() -> None:
    rng = np.random.default_rng(3)
    print("cost per call, microseconds (median of repeats)")
    print(f"{'size':>8} {'np.exp f32':>11} " + " ".join(f"{n:>10}" for n in FUNCTIONS))
    for n in (10, 1000, 10**6):
        x = rng.uniform(0.1, 10, n).astype(F32)
        repeats = 200 if n <= 1000 else 5

        def cost(fn, x=x, repeats=repeats) -> float:
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                fn(x)
                times.append(time.perf_counter() - start)
            return 1e6 * float(np.median(times))

        row = [cost(np.exp)] + [cost(getattr(fm, name)) for name in FUNCTIONS]
        print(f"{n:8d} " + " ".join(f"{v:10.1f}" for v in row))


# -- recording -----------------------------------------------------------------------------------

def hexes(x: np.ndarray) -> str:
    return np.ascontiguousarray(x, F32).astype("<f4").tobytes().hex()


def record(size: int, per_function: int) -> None:
    torch.set_num_threads(1)
    data: dict = {"torch": torch.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability(),
                  "functions": {}, "sigmoid_layouts": [], "sigmoid_sizes": [], "sigmoid_threads": []}
    for name in FUNCTIONS:
        picked = [special_values()]
        for index, x in enumerate(ranges(name, size, seed=1000 + FUNCTIONS.index(name)).values()):
            expected = torch_op(name, x)
            hard = ~same_bits(numpy_f32(name, x), expected) | ~same_bits(float64_rounded(name, x), expected)
            rng = np.random.default_rng(index)
            hard_x = x[hard]
            if hard_x.size > per_function:
                hard_x = rng.choice(hard_x, per_function, replace=False)
            picked += [hard_x, rng.choice(x, min(64, x.size), replace=False)]
        inputs = np.concatenate(picked).astype(F32)
        # Sigmoid's tail elements take another kernel: record these as one long contiguous
        # tensor whose length is a multiple of 32, so each is computed by the vector form.
        if name == "sigmoid":
            inputs = np.concatenate([inputs, np.zeros((-inputs.size) % 32, F32)])
        outputs = torch_op(name, inputs)
        data["functions"][name] = {"inputs": hexes(inputs), "outputs": hexes(outputs)}
        print(f"{name}: {inputs.size} cases")
    for case in layout_cases():
        expected = torch.sigmoid(torch_view(case["base"], case["spec"])).contiguous().numpy()
        data["sigmoid_layouts"].append({"spec": case["spec"], "base": hexes(case["base"]),
                                        "output": hexes(expected)})
    rng = np.random.default_rng(5)
    for n in list(range(1, 41)) + [63, 64, 65, 95, 96, 97, 130]:
        x = (rng.standard_normal(n) * 5).astype(F32)
        data["sigmoid_sizes"].append({"input": hexes(x), "output": hexes(torch_op("sigmoid", x))})
    for threads in (1, 2, 3):
        torch.set_num_threads(threads)
        for n in (32769, 100001):
            x = np.linspace(-20, 20, n).astype(F32)
            out = torch_op("sigmoid", x)
            data["sigmoid_threads"].append({
                "threads": threads, "size": n, "input": "linspace(-20, 20, size) as float32",
                "sha256": hashlib.sha256(out.astype("<f4").tobytes()).hexdigest()})
    torch.set_num_threads(1)
    data["backward"] = {}
    rng = np.random.default_rng(9)
    for name in ("sigmoid", "tanh"):
        x = torch.from_numpy(np.concatenate([(rng.standard_normal(700) * 4),
                                             rng.uniform(-20, 20, 300)]).astype(F32)).requires_grad_(True)
        grad = torch.from_numpy(rng.standard_normal(1000).astype(F32))
        out = getattr(torch, name)(x)
        out.backward(grad)
        data["backward"][name] = {"grad": hexes(grad.numpy()), "out": hexes(out.detach().numpy()),
                                  "input_grad": hexes(x.grad.numpy())}
    OUT.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10**6, help="inputs per function and range")
    parser.add_argument("--layouts", action="store_true", help="sizes 1..40 and strided views")
    parser.add_argument("--timing", action="store_true", help="cost against np.exp")
    parser.add_argument("--record", action="store_true", help="write the test cases")
    parser.add_argument("--only", nargs="+", choices=FUNCTIONS, default=FUNCTIONS,
                        help="measure only these functions (rates and layouts)")
    parser.add_argument("--per-function", type=int, default=100,
                        help="hard cases recorded per function and range")
    args = parser.parse_args()
    torch.set_num_threads(1)
    print(f"torch {torch.__version__}, CPU capability {torch.backends.cpu.get_cpu_capability()}")
    if args.record:
        record(min(args.size, 200_000), args.per_function)
    elif args.layouts:
        measure_layouts(args.only)
    elif args.timing:
        measure_timing()
    else:
        measure(args.size, args.only)


if __name__ == "__main__":
    main()
