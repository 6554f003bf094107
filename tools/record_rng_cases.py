"""Record what PyTorch's CPU random generator produces, for tests/test_generator.py.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_rng_cases.py

It writes tests/data/rng_cases.json: a list of cases. Each case is a short program of
operations on one generator, run in order, and what PyTorch returned for each:

    {"name": "...", "global": false, "fresh": false,
     "ops": [{"op": "seed", "seed": 0}, {"op": "rand", "shape": [3], "dtype": "float32"}, ...],
     "results": [null, "hex:5815fe3e2faa443fa833b53d", ...],
     "state": "<digest of the generator state after the last op>"}

Operations: seed, rand, randn, uniform (low, high), normal (mean, std, contiguous), randint
(low, high), random_ (low, high, each may be null), randperm (n), bernoulli (p: a number, or
p_hex/p_dtype/p_shape for a tensor), initial_seed, get_state, set_state (state_b64).
A result is "hex:<little-endian bytes>" for a tensor of at most 8 elements,
"sha256:<first 16 hex digits of the bytes' SHA-256>" for a larger tensor or a state,
an int for initial_seed, "error:<Type>: <message>" where PyTorch refused, or null.
The many float cases share one program, stored once under "programs" with "$seed", "$dtype"
and "$n" standing for a case's "args" (such a case has "program" and "args" instead of "ops").
"global": true runs on torch's default generator (torch.manual_seed, torch.rand, ...) rather
than on a torch.Generator() object; "fresh": the generator is used unseeded.
The cases are a fixed list, so reruns give the same file.
"""
from __future__ import annotations

import base64
import hashlib
import json
import pathlib

import numpy as np
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "rng_cases.json"
DTYPES = {"float16": torch.float16, "float32": torch.float32, "float64": torch.float64,
          "int64": torch.int64, "int32": torch.int32, "int16": torch.int16, "int8": torch.int8,
          "uint8": torch.uint8, "bool": torch.bool}
SMALL = 8  # results with at most this many elements are stored in full


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def encode(tensor: torch.Tensor) -> str:
    array = tensor.detach().contiguous().numpy()
    data = array.astype(array.dtype.newbyteorder("<"), copy=False).tobytes()
    return "hex:" + data.hex() if array.size <= SMALL else "sha256:" + digest(data)


def run(op: dict, gen: torch.Generator | None):
    """Carry out one op with PyTorch; ``gen`` None means the default generator."""
    kind = op["op"]
    kw = {} if gen is None else {"generator": gen}
    shape = tuple(op.get("shape", ()))
    dtype = DTYPES[op["dtype"]] if "dtype" in op else None
    if kind == "seed":
        (torch if gen is None else gen).manual_seed(op["seed"])
        return None
    if kind == "initial_seed":
        return (torch if gen is None else gen).initial_seed()
    if kind == "get_state":
        state = torch.get_rng_state() if gen is None else gen.get_state()
        return "sha256:" + digest(state.numpy().tobytes())
    if kind == "set_state":
        raw = base64.b64decode(op["state_b64"])
        state = torch.from_numpy(np.frombuffer(raw, np.uint8).copy())
        torch.set_rng_state(state) if gen is None else gen.set_state(state)
        return None
    if kind == "rand":
        return torch.rand(shape, dtype=dtype, **kw)
    if kind == "randn":
        return torch.randn(shape, dtype=dtype, **kw)
    if kind == "uniform":
        return torch.empty(shape, dtype=dtype).uniform_(op["low"], op["high"], **kw)
    if kind == "normal":
        if op.get("contiguous", True):
            target = torch.empty(shape, dtype=dtype)
        else:  # every other element of a longer buffer: a strided view
            target = torch.empty(shape + (2,), dtype=dtype)[..., 0]
        return target.normal_(op["mean"], op["std"], **kw)
    if kind == "randint":
        return torch.randint(op["low"], op["high"], shape, dtype=dtype, **kw)
    if kind == "random_":
        target = torch.empty(shape, dtype=dtype)
        low, high = op["low"], op["high"]
        if low is None and high is None:
            return target.random_(**kw)
        if low is None:
            return target.random_(high, **kw)
        return target.random_(low, high, **kw)
    if kind == "randperm":
        return torch.randperm(op["n"], dtype=dtype, **kw)
    if kind == "bernoulli":
        target = torch.empty(shape, dtype=dtype)
        if "p_hex" in op:
            p = np.frombuffer(bytes.fromhex(op["p_hex"]), np.dtype(op["p_dtype"]).newbyteorder("<"))
            p = torch.from_numpy(p.astype(op["p_dtype"]).reshape(op["p_shape"]))
            return target.bernoulli_(p, **kw)
        return target.bernoulli_(op["p"], **kw)
    raise ValueError(kind)


def record(name: str, ops: list[dict], *, use_global: bool = False, fresh: bool = False,
           program: str | None = None, args: dict | None = None) -> dict:
    """Run ``ops`` on a new torch.Generator (or the default one) and collect the results.

    ``fresh``: keep the new generator's own seed (otherwise the first op is expected to seed).
    ``program``/``args``: the ops come from PROGRAMS[program]; store the reference, not the ops.
    """
    gen = None if use_global else torch.Generator()
    results = []
    for op in ops:
        try:
            result = run(op, gen)
        except Exception as exc:  # noqa: BLE001 - recording what PyTorch says
            result = f"error:{type(exc).__name__}: {str(exc).splitlines()[0]}"
        if isinstance(result, torch.Tensor):
            result = encode(result)
        results.append(result)
    state = torch.get_rng_state() if gen is None else gen.get_state()
    case = {"name": name, "global": use_global, "fresh": fresh}
    case.update({"program": program, "args": args} if program else {"ops": ops})
    case.update(results=results, state=digest(state.numpy().tobytes()))
    return case


# One seeded sequence touching every float sampler at one size (the normal cache included).
PROGRAMS = {"floats": [
    {"op": "seed", "seed": "$seed"},
    {"op": "rand", "shape": ["$n"], "dtype": "$dtype"},
    {"op": "randn", "shape": ["$n"], "dtype": "$dtype"},
    {"op": "uniform", "shape": ["$n"], "dtype": "$dtype", "low": -0.37, "high": 1.9},
    {"op": "normal", "shape": ["$n"], "dtype": "$dtype", "mean": 0.25, "std": 0.02},
    {"op": "randn", "shape": ["$n"], "dtype": "$dtype"},
]}


def expand(template, args: dict):
    """Replace the "$name" strings in a program by the case's values."""
    if isinstance(template, list):
        return [expand(item, args) for item in template]
    if isinstance(template, dict):
        return {key: expand(value, args) for key, value in template.items()}
    if isinstance(template, str) and template.startswith("$"):
        return args[template[1:]]
    return template


def floats_case(seed: int, dtype: str, n: int) -> dict:
    args = {"seed": seed, "dtype": dtype, "n": n}
    return record(f"floats seed {seed} {dtype} n={n}", expand(PROGRAMS["floats"], args),
                  program="floats", args=args)


def cases() -> list[dict]:
    out = []
    # The examples a learner meets first, on the default generator.
    out.append(record("rand(3) after manual_seed(0)", [
        {"op": "seed", "seed": 0}, {"op": "rand", "shape": [3], "dtype": "float32"}], use_global=True))
    out.append(record("brief examples", [
        {"op": "seed", "seed": 0},
        {"op": "rand", "shape": [3], "dtype": "float64"},
        {"op": "randn", "shape": [2, 3], "dtype": "float32"},
        {"op": "randint", "shape": [5], "dtype": "int64", "low": 0, "high": 10},
        {"op": "randint", "shape": [2, 2], "dtype": "int64", "low": 3, "high": 10},
        {"op": "uniform", "shape": [3], "dtype": "float32", "low": -1, "high": 1},
        {"op": "normal", "shape": [100], "dtype": "float32", "mean": 0, "std": 0.02},
        {"op": "randn", "shape": [1000], "dtype": "float32"},
    ], use_global=True))
    out.append(record("rand, randn, randint in a row", [
        {"op": "seed", "seed": 0},
        {"op": "rand", "shape": [5], "dtype": "float32"},
        {"op": "randn", "shape": [20], "dtype": "float32"},
        {"op": "randint", "shape": [7], "dtype": "int64", "low": 0, "high": 10},
    ], use_global=True))

    # Every size from 1 to 40 and a few large ones, both float widths; a second seed on the
    # sizes around the 16-element blocks.
    sizes = list(range(1, 41)) + [100, 1000, 10007]
    for dtype in ("float32", "float64"):
        for n in sizes:
            out.append(floats_case(0, dtype, n))
        for n in (1, 2, 3, 15, 16, 17, 31, 32, 33, 100, 1000, 10007):
            out.append(floats_case(1234, dtype, n))
    for n in (1, 2, 15, 16, 17, 20, 31, 33, 100, 1000):
        out.append(floats_case(7, "float16", n))

    # Multi-dimensional shapes, odd parameters, empty tensors.
    out.append(record("shapes and parameters", [
        {"op": "seed", "seed": 3},
        {"op": "randn", "shape": [4, 5, 3], "dtype": "float32"},
        {"op": "rand", "shape": [], "dtype": "float32"},
        {"op": "randn", "shape": [], "dtype": "float64"},
        {"op": "rand", "shape": [0], "dtype": "float32"},
        {"op": "randn", "shape": [3, 0], "dtype": "float32"},
        {"op": "uniform", "shape": [64, 27], "dtype": "float32",
         "low": -0.19245008972987526, "high": 0.19245008972987526},
        {"op": "uniform", "shape": [1000], "dtype": "float32", "low": 1.0, "high": 1.0000003576278687},
        {"op": "uniform", "shape": [1000], "dtype": "float64", "low": 1.0, "high": 1.0000000000000004},
        {"op": "uniform", "shape": [50], "dtype": "float32", "low": 2.5, "high": 2.5},
        {"op": "uniform", "shape": [999], "dtype": "float64", "low": -1e10, "high": 3e10},
        {"op": "normal", "shape": [300], "dtype": "float32", "mean": -3.5, "std": 7.25},
        {"op": "normal", "shape": [300], "dtype": "float64", "mean": -3.5, "std": 7.25},
        {"op": "normal", "shape": [5], "dtype": "float32", "mean": 1.0, "std": 0.0},
        {"op": "normal", "shape": [37], "dtype": "float32", "mean": 0.5, "std": 2.0, "contiguous": False},
        {"op": "normal", "shape": [37], "dtype": "float64", "mean": 0.5, "std": 2.0, "contiguous": False},
        {"op": "normal", "shape": [3], "dtype": "float32", "mean": 0.0, "std": 1.0, "contiguous": False},
    ]))
    # The cached second normal value: kept across calls and dtypes, skipped by block fills,
    # dropped by a reseed.
    out.append(record("normal cache", [
        {"op": "seed", "seed": 11},
        {"op": "randn", "shape": [1], "dtype": "float32"},
        {"op": "randn", "shape": [16], "dtype": "float32"},
        {"op": "randn", "shape": [1], "dtype": "float64"},
        {"op": "randn", "shape": [3], "dtype": "float32"},
        {"op": "get_state"},
        {"op": "normal", "shape": [2], "dtype": "float64", "mean": 10.0, "std": 3.0},
        {"op": "randn", "shape": [1], "dtype": "float32"},
        {"op": "seed", "seed": 11},
        {"op": "randn", "shape": [1], "dtype": "float32"},
        {"op": "randn", "shape": [1], "dtype": "float32"},
        {"op": "randn", "shape": [1], "dtype": "float32"},
    ]))

    # Integers.
    int_ops = [{"op": "seed", "seed": 5}]
    for low, high in ((0, 10), (3, 10), (-7, 7), (0, 2**28 - 1), (0, 2**28), (-2**27, 2**27),
                      (0, 2**31 - 1), (-2**40, 2**40), (0, 2**62)):
        int_ops.append({"op": "randint", "shape": [6], "dtype": "int64", "low": low, "high": high})
    for dtype, low, high in (("int32", -5, 2**31 - 1), ("int32", 0, 1000), ("int16", -100, 100),
                             ("int8", -128, 128), ("uint8", 0, 256), ("bool", 0, 2),
                             ("float32", 0, 100), ("float32", 0, 2**28), ("float32", -2**27, 2**27 - 1),
                             ("float64", -50, 50), ("float64", 0, 2**31 - 1), ("float16", 0, 5000)):
        int_ops.append({"op": "randint", "shape": [6], "dtype": dtype, "low": low, "high": high})
    for dtype in ("int64", "int32", "int16", "int8", "uint8", "bool", "float32", "float64", "float16"):
        int_ops.append({"op": "random_", "shape": [5], "dtype": dtype, "low": None, "high": None})
        if dtype != "bool":
            int_ops.append({"op": "random_", "shape": [5], "dtype": dtype, "low": None, "high": 7})
            int_ops.append({"op": "random_", "shape": [5], "dtype": dtype, "low": 3, "high": None})
        if dtype in ("int64", "float32", "float64"):
            int_ops.append({"op": "random_", "shape": [5], "dtype": dtype, "low": -2**63, "high": None})
    int_ops.append({"op": "randint", "shape": [1000], "dtype": "int64", "low": 0, "high": 10})
    out.append(record("integers", int_ops))

    perm_ops = [{"op": "seed", "seed": 9}]
    for n in (0, 1, 2, 3, 10, 100, 1000, 5000):
        perm_ops.append({"op": "randperm", "n": n, "dtype": "int64"})
    perm_ops.append({"op": "randperm", "n": 20, "dtype": "float32"})
    perm_ops.append({"op": "randperm", "n": 20, "dtype": "int32"})
    out.append(record("randperm", perm_ops))

    bern_ops = [{"op": "seed", "seed": 13}]
    for p in (0.0, 0.1, 0.5, 0.8, 1.0):
        for dtype in ("float32", "float64", "bool"):
            bern_ops.append({"op": "bernoulli", "shape": [40], "dtype": dtype, "p": p})
    bern_ops.append({"op": "bernoulli", "shape": [3], "dtype": "float32", "p": 0.5})
    bern_ops.append({"op": "bernoulli", "shape": [64, 100], "dtype": "float32", "p": 0.8})  # Dropout(0.2)
    for p_dtype in ("float32", "float64", "float16"):
        probs = np.linspace(0.0, 1.0, 20, dtype=np.float64).astype(p_dtype).reshape(4, 5)
        bern_ops.append({"op": "bernoulli", "shape": [4, 5], "dtype": "float32",
                         "p_hex": probs.astype(probs.dtype.newbyteorder("<")).tobytes().hex(),
                         "p_dtype": p_dtype, "p_shape": [4, 5]})
    row = np.array([0.1, 0.3, 0.5, 0.7, 0.9], dtype=np.float32)
    bern_ops.append({"op": "bernoulli", "shape": [3, 5], "dtype": "float32",
                     "p_hex": row.tobytes().hex(), "p_dtype": "float32", "p_shape": [5]})
    out.append(record("bernoulli", bern_ops))

    # Seeds: only the low 32 bits reach the twister; negative seeds wrap modulo 2**64.
    for seed in (0, 1, 5, 2**32 + 5, 2**63, 2**64 - 1, -1, -2**63, 67280421310721):
        out.append(record(f"seed {seed}", [
            {"op": "seed", "seed": seed}, {"op": "initial_seed"},
            {"op": "rand", "shape": [2], "dtype": "float32"}, {"op": "get_state"}]))
    out.append(record("seed out of range", [
        {"op": "seed", "seed": 2**64}, {"op": "seed", "seed": -2**63 - 1}]))

    # A new torch.Generator() and its default seed.
    out.append(record("fresh generator", [
        {"op": "initial_seed"}, {"op": "get_state"},
        {"op": "rand", "shape": [5], "dtype": "float32"}, {"op": "get_state"}], fresh=True))

    # States: byte-for-byte get_state, and set_state from PyTorch's bytes (normal cache too).
    gen = torch.Generator().manual_seed(21)
    torch.randn(3, generator=gen)
    torch.rand(700, generator=gen)
    saved = base64.b64encode(gen.get_state().numpy().tobytes()).decode("ascii")
    out.append(record("set_state from PyTorch bytes", [
        {"op": "seed", "seed": 0},
        {"op": "set_state", "state_b64": saved},
        {"op": "get_state"},
        {"op": "randn", "shape": [3], "dtype": "float32"},
        {"op": "rand", "shape": [1000], "dtype": "float64"},
    ]))

    # PyTorch's argument errors.
    out.append(record("errors", [
        {"op": "seed", "seed": 0},
        {"op": "normal", "shape": [3], "dtype": "float32", "mean": 0.0, "std": -1.0},
        {"op": "normal", "shape": [3], "dtype": "float32", "mean": 0.0, "std": -0.123456789},
        {"op": "uniform", "shape": [3], "dtype": "float32", "low": 2.5, "high": 1.25},
        {"op": "uniform", "shape": [3], "dtype": "float32", "low": float("-inf"), "high": 1.0},
        {"op": "uniform", "shape": [3], "dtype": "float64", "low": -1e308, "high": 1e308},
        {"op": "uniform", "shape": [3], "dtype": "float16", "low": -6e4, "high": 6e4},
        {"op": "bernoulli", "shape": [3], "dtype": "float32", "p": 1.5},
        {"op": "randint", "shape": [3], "dtype": "int64", "low": 5, "high": 5},
        {"op": "rand", "shape": [3], "dtype": "int64"},
        {"op": "rand", "shape": [3], "dtype": "bool"},
        {"op": "randn", "shape": [3], "dtype": "int64"},
        {"op": "normal", "shape": [30], "dtype": "int32", "mean": 0.0, "std": 1.0},
        {"op": "rand", "shape": [2], "dtype": "float32"},
    ]))
    return out


def main() -> None:
    recorded = cases()
    header = {"torch_version": torch.__version__,
              "cpu_capability": torch.backends.cpu.get_cpu_capability(),
              "programs": PROGRAMS}
    # One case per line keeps the file small and its diffs readable.
    lines = ",\n".join(json.dumps(case, separators=(",", ":")) for case in recorded)
    text = json.dumps(header)[:-1] + ', "cases": [\n' + lines + "\n]}\n"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, "utf-8")
    print(f"wrote {len(recorded)} cases to {OUT} ({len(text) // 1024} KB)")


if __name__ == "__main__":
    main()
