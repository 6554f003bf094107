"""Record how real PyTorch prints tensors, for tests/test_printing.py.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_printing_cases.py

It writes tests/data/printing_cases.json: a list of cases, each

    {"name": ..., "values": [...], "shape": [...], "dtype": "float32", "repr": "tensor(...)"}

plus, only where they apply: "calls" (the set_printoptions keyword arguments applied in
order before printing), "printoptions" (get_printoptions() after those calls), "default_dtype",
"requires_grad", "grad_fn" and "parameter". "values" is the flattened tensor: floats as
repr() strings of the exact value ("0.10000000149011612", "-0.0", "inf", "nan"), which
round-trip through float64 exactly for every float width; ints and bools as JSON ints and bools.
The cases are a fixed list of edge cases followed by seeded random ones, so reruns give the
same file.
"""
from __future__ import annotations

import json
import math
import pathlib
import random

import numpy as np
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "printing_cases.json"
FLOATS = ("float16", "float32", "float64")
INTS = ("uint8", "int8", "int16", "int32", "int64")


def _jsonable_option(value):
    """inf is not JSON; write it as a string."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return value


def record(name, array, *, calls=(), default_dtype="float32", grad=None):
    """Print ``array`` with real PyTorch under the given settings and return one case.

    grad: None, "requires_grad", "mul" / "clone" (a grad_fn that keeps the values),
    or "parameter" (nn.Parameter).
    """
    array = np.array(array, order="C")  # keeps 0-d arrays 0-d
    torch.set_default_dtype(getattr(torch, default_dtype))
    torch.set_printoptions(profile="default")
    torch.set_printoptions(sci_mode=None)
    for kwargs in calls:
        torch.set_printoptions(**kwargs)
    options = torch._tensor_str.get_printoptions()
    t = torch.from_numpy(array.copy())
    if grad == "requires_grad":
        t.requires_grad_()
    elif grad == "mul":
        t = t.requires_grad_() * 1
    elif grad == "clone":
        t = t.requires_grad_().clone()
    elif grad == "parameter":
        t = torch.nn.Parameter(t)
    text = repr(t)
    torch.set_printoptions(profile="default")
    torch.set_printoptions(sci_mode=None)
    torch.set_default_dtype(torch.float32)

    flat = array.reshape(-1).tolist()
    if array.dtype.kind == "f":
        flat = [repr(float(v)) for v in flat]
    case = {"name": name, "values": flat, "shape": list(array.shape), "dtype": array.dtype.name}
    if calls:
        case["calls"] = [{k: _jsonable_option(v) for k, v in c.items()} for c in calls]
        case["printoptions"] = {k: _jsonable_option(v) for k, v in options.items()}
    if default_dtype != "float32":
        case["default_dtype"] = default_dtype
    if grad == "parameter":
        case["parameter"] = True
    elif t.grad_fn is not None:
        case["grad_fn"] = type(t.grad_fn).__name__
    elif t.requires_grad:
        case["requires_grad"] = True
    case["repr"] = text
    return case


def f32(values):
    return np.array(values, dtype=np.float32)


def edge_cases():
    inf, nan = math.inf, math.nan
    cases = [
        record("brief example: grad_fn", f32([12.0, 24.0]), grad="mul"),
        record("int32 shows dtype", np.array([1, 2], dtype=np.int32)),
        record("0-d float", np.array(3.5, dtype=np.float32)),
        record("0-d whole float", np.array(3.0, dtype=np.float32)),
        record("0-d int64", np.array(-7, dtype=np.int64)),
        record("0-d bool", np.array(True)),
        record("0-d nan", np.array(nan, dtype=np.float32)),
        record("0-d -inf", np.array(-inf, dtype=np.float32)),
        record("0-d negative zero", np.array(-0.0, dtype=np.float32)),
        record("0-d requires_grad", np.array(2.0, dtype=np.float32), grad="requires_grad"),
        record("float32 0.1", f32([0.1])),
        record("float32 1/3", f32([1 / 3])),
        record("float64 1/3", np.array([1 / 3])),
        record("float16 values", np.array([0.1, 65504.0, 6e-8, -1.5], dtype=np.float16)),
        record("1e10", f32([1e10])),
        record("1e10 and 1", f32([1e10, 1.0])),
        record("1e8 exactly (not sci)", f32([1e8])),
        record("just above 1e8", np.array([1e8 + 1])),
        record("1e-4 exactly", np.array([1e-4])),
        record("just below 1e-4", np.array([9.9999e-5])),
        record("ratio 1000 (not sci)", f32([1000.0, 1.0])),
        record("ratio 1001 (sci)", f32([1001.0, 1.0])),
        record("ratio just above 1000 with fractions", f32([1000.5, 1.0])),
        record("rounding widens", f32([9.99995, 1.5])),
        record("inf only", f32([inf])),
        record("inf nan mix", f32([-inf, nan, inf])),
        record("inf with ints", f32([inf, 1.0, -2.0])),
        record("nan with fraction", f32([nan, 0.5])),
        record("zeros and negative zero", f32([0.0, -0.0, 0.0])),
        record("negative zero with fractions", f32([-0.0, 0.25])),
        record("negative zero in sci", f32([-0.0, 1e-9])),
        record("big whole floats", f32([123456789.0, 1.0])),
        record("bools", np.array([True, False, True])),
        record("all true", np.array([[True, True], [True, True]])),
        record("int64 extremes", np.array([-(2 ** 63), 2 ** 63 - 1, 0], dtype=np.int64)),
        record("uint8 range", np.array([0, 7, 255], dtype=np.uint8)),
        record("int8 range", np.array([-128, 5, 127], dtype=np.int8)),
        record("int16 negative", np.array([[-32768, 1], [2, 32767]], dtype=np.int16)),
        record("float64 shows dtype", np.array([1.0, 2.5])),
        record("float64 default hides dtype", np.array([1.0, 2.5]), default_dtype="float64"),
        record("float32 under float64 default", f32([1.0, 2.5]), default_dtype="float64"),
        record("parameter", f32([[0.5, -1.0], [2.0, 3.25]]), grad="parameter"),
        record("parameter float64 wraps", np.linspace(-1, 1, 9), grad="parameter"),
        record("clone grad_fn", f32([[1.0, 2.0], [3.0, 4.0]]), grad="clone"),
    ]
    # Empty tensors: shape and dtype suffixes.
    for shape in [(0,), (0, 3), (2, 0), (1, 0, 2), (0, 0)]:
        for dt in ("float32", "float64", "int64", "int32", "bool"):
            cases.append(record(f"empty {shape} {dt}", np.zeros(shape, dtype=dt)))
    cases.append(record("empty under float64 default", np.zeros((0,), np.float32), default_dtype="float64"))
    cases.append(record("empty requires_grad", np.zeros((0, 2), np.float32), grad="requires_grad"))

    # Around the 1000-element threshold.
    cases.append(record("arange 1000", np.arange(1000, dtype=np.float32)))
    cases.append(record("arange 1001", np.arange(1001, dtype=np.float32)))
    cases.append(record("int 10x101", np.arange(1010, dtype=np.int64).reshape(10, 101)))
    cases.append(record("normal 2x3x169", np.random.default_rng(5).standard_normal((2, 3, 169)).astype(np.float32)))
    cases.append(record("hidden huge value", np.concatenate([f32([1.0] * 600), f32([1e12]), f32([2.0] * 600)])))

    # Line wrapping and nesting.
    cases.append(record("1-D wraps", np.arange(40, dtype=np.float32) / 7))
    cases.append(record("2-D rows wrap", (np.arange(60, dtype=np.float32) / 7).reshape(2, 30)))
    cases.append(record("3-D blank lines", np.arange(24, dtype=np.int64).reshape(2, 3, 4)))
    cases.append(record("4-D two blank lines", np.arange(16, dtype=np.float32).reshape(2, 2, 2, 2)))
    # Suffixes just fitting / not fitting on the last line.
    for n in range(5, 13):
        cases.append(record(f"suffix wrap float64 n={n}", np.linspace(0.5, 9.5, n), grad="mul"))
    for n in (11, 12, 13, 14):
        cases.append(record(f"suffix wrap int16 n={n}", np.arange(n, dtype=np.int16) * 1001))

    # Print options.
    x = f32([1.123456789, -22.5, 0.000123])
    y = (np.arange(12, dtype=np.float32) * 1.25).reshape(3, 4)
    big = np.arange(30, dtype=np.float32).reshape(5, 6)
    for calls in [
        [{"precision": 2}],
        [{"precision": 0}],
        [{"precision": 8}],
        [{"sci_mode": True}],
        [{"sci_mode": False}],
        [{"sci_mode": True}, {"precision": 6}],  # the second call puts sci_mode back to auto
        [{"profile": "short"}],
        [{"profile": "full"}],
        [{"profile": "short", "precision": 6}],
        [{"profile": "nonsense"}],
        [{"linewidth": 20}],
        [{"linewidth": 1}],
    ]:
        cases.append(record(f"options {calls} on x", x, calls=calls))
        cases.append(record(f"options {calls} on y", y, calls=calls))
    for calls in [
        [{"threshold": 5}],
        [{"threshold": 5, "edgeitems": 1}],
        [{"threshold": 5, "edgeitems": 0}],
        [{"edgeitems": 0}],
        [{"threshold": 0}],
        [{"threshold": 29}],
        [{"threshold": 30}],
        [{"threshold": 5, "linewidth": 12}],
        [{"profile": "full"}, {"threshold": 10}],
    ]:
        cases.append(record(f"options {calls} on 5x6", big, calls=calls))
        cases.append(record(f"options {calls} on 30", big.reshape(-1), calls=calls))
        cases.append(record(f"options {calls} on 2x3x5", big.reshape(2, 3, 5).astype(np.int32), calls=calls))
    cases.append(record("threshold 0 on 0-d", np.array(1.5, np.float32), calls=[{"threshold": 0}]))
    cases.append(record("edgeitems 0 on 0-d", np.array(1.5, np.float32), calls=[{"edgeitems": 0}]))
    cases.append(record("sci forced on zeros", f32([0.0, 0.0]), calls=[{"sci_mode": True}]))
    cases.append(record("sci forced on ints", f32([1.0, 20.0]), calls=[{"sci_mode": True}]))
    return cases


def random_cases(count: int, seed: int = 2024):
    """Random tensors of every dtype and rank 0-4, with random print options now and then."""
    rng = np.random.default_rng(seed)
    pick = random.Random(seed)

    def shape():
        rank = pick.choice([0, 1, 1, 2, 2, 3, 4])
        most = {0: 1, 1: 24, 2: 8, 3: 4, 4: 3}[rank]
        return tuple(int(rng.integers(1, most + 1)) for _ in range(rank))

    def floats(size, dt):
        kind = pick.choice(["normal", "scaled", "whole", "mixed", "special", "boundary", "uniform"])
        if kind == "normal":
            v = rng.standard_normal(size)
        elif kind == "scaled":
            v = rng.standard_normal(size) * 10.0 ** rng.integers(-12, 13)
        elif kind == "whole":
            top = 10 ** int(rng.integers(1, 12))
            v = rng.integers(-top, top, size).astype(float)
        elif kind == "mixed":
            v = rng.standard_normal(size) * 10.0 ** rng.integers(-10, 11, size)
        elif kind == "special":
            v = rng.standard_normal(size) * 10.0 ** rng.integers(-3, 4)
            mask = rng.random(size) < rng.random()
            v[mask] = rng.choice([math.inf, -math.inf, math.nan, 0.0, -0.0], mask.sum())
        elif kind == "boundary":
            pool = [9.99995, 0.99995, 5e-5, 1e-4, 1e8, 999.9, 1000.0, 0.5, 2.5, 0.00015, 1 / 3, 0.05, 1.0]
            v = rng.choice(pool, size) * rng.choice([1, -1, 10, 0.1, 1000, 0.001], size)
        else:
            v = rng.uniform(-1, 1, size) * 10.0 ** rng.integers(0, 6)
        with np.errstate(all="ignore"):
            return v.astype(dt)

    def ints(size, dt):
        info = np.iinfo(dt)
        if rng.random() < 0.4:
            lo, hi = info.min, info.max
        else:
            lo, hi = max(info.min, -100), min(info.max, 100)
        return rng.integers(lo, hi, size, endpoint=True, dtype=dt)

    def options():
        if rng.random() < 0.6:
            return []
        o = {}
        if rng.random() < 0.5:
            o["precision"] = int(rng.integers(0, 9))
        if rng.random() < 0.4:
            o["threshold"] = pick.choice([0, 3, 10, 50])
        if rng.random() < 0.4:
            o["edgeitems"] = int(rng.integers(0, 5))
        if rng.random() < 0.4:
            o["linewidth"] = int(rng.integers(10, 160))
        if rng.random() < 0.3:
            o["sci_mode"] = pick.choice([True, False])
        return [o] if o else []

    cases = []
    for i in range(count):
        dt = pick.choice(FLOATS * 3 + INTS + ("bool",))
        shp = shape()
        size = int(np.prod(shp))
        if dt == "bool":
            a = rng.random(size) < rng.random()
        elif dt in FLOATS:
            a = floats(size, dt)
        else:
            a = ints(size, dt)
        grad = None
        if dt in FLOATS and rng.random() < 0.25:
            grad = pick.choice(["requires_grad", "mul", "parameter"])
        default = "float64" if rng.random() < 0.08 else "float32"
        cases.append(record(f"random {i}", a.reshape(shp), calls=options(), default_dtype=default, grad=grad))
    return cases


def main() -> None:
    cases = edge_cases() + random_cases(260)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(cases, indent=1, allow_nan=False) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT} with torch {torch.__version__}")


if __name__ == "__main__":
    main()
