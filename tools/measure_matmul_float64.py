"""How float64 dot and matrix-vector products add up in PyTorch (MKL), and how often the engine matches.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_matmul_float64.py              # match rates
    .venv-torch/bin/python tools/measure_matmul_float64.py --reveal mv 3 12 2
    .venv-torch/bin/python tools/measure_matmul_float64.py --record     # write the test cases

Match rates: random standard-normal operands for every case ``cases()`` lists (dots, mv, mm and
addmm with one row or one column, each operand as stored or as a transposed view, starting on or
off a 16-byte boundary), the share where numpy's matmul/dot (the engine before
``parity/matmul64.py``) and ``parity/matmul64.py`` give PyTorch's bits.

--reveal OP M K [ROW] prints, for each pair of terms (i, j) of one output element, the size of
the smallest sub-sum holding both: term i = 2^60, term j = -2^60, every other term 1, so the
result counts the ones added after i and j met (the others are absorbed by 2^60).

Also the small float64 products of ``parity/matmul64.py`` (mm/addmm of whole matrices: the
in-order and dot kernels, MKL's packed 4 x 12 tiles, the strips beside and below them).

--record writes tests/data/matmul64_cases.json: inputs from a formula (``case_inputs``), PyTorch's
outputs as float64 hex strings, for the cases tests/test_parity_matmul64.py replays through the
engine, on PyTorch's default thread count and on one thread.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import Any, Iterator

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "matmul64_cases.json"


def case_inputs(seed: int, count: int) -> np.ndarray:
    """``count`` float64 values from a formula (the test replays the same): 31 significant bits
    and exponents spread over 2^-4..2^3, so that products round and orders show."""
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 31)
    scale = np.exp2(((v >> 7) % 8) - 4).astype(np.float64)
    return (v.astype(np.float64) / (1 << 29) - 2.0) * scale


def operand(lib: Any, seed: int, shape: list, layout: str, offset: int) -> Any:
    """A tensor of ``lib`` (torch, or the engine, which has the same API) of ``shape`` holding
    ``case_inputs`` values: as stored ("N", rows contiguous) or a transposed view ("T", columns
    contiguous), starting ``offset`` elements into its storage."""
    rows, cols = shape if len(shape) == 2 else (1, shape[0])
    base = lib.from_numpy(case_inputs(seed, rows * cols + offset))
    if len(shape) == 1:
        return base[offset:]
    return base.as_strided(tuple(shape), (cols, 1) if layout == "N" else (1, rows), offset)


def cases() -> Iterator[dict]:
    seed = 1
    for k in list(range(1, 21)) + [31, 64, 100, 1000, 4095, 5000]:
        for offset in (0, 1):
            yield {"op": "dot", "shape": [k], "layout": "NN", "offset": offset, "seed": seed}
            seed += 3
    for m in (1, 2, 3, 4, 5, 6, 7, 9, 13, 64):
        for k in (1, 2, 3, 5, 8, 9, 16, 17, 33):
            for layout in ("NN", "TN"):
                for offset in (0, 1):
                    yield {"op": "mv", "shape": [m, k], "layout": layout, "offset": offset, "seed": seed}
                    seed += 3
    for m, k, n in [(m, k, 1) for m in (1, 2, 3, 5, 8, 10) for k in (1, 2, 4, 5, 9, 16, 20)] + \
                   [(1, k, n) for k in (2, 3, 5, 8, 13) for n in (2, 3, 5, 10)]:
        for layout in ("NN", "NT", "TN", "TT"):
            for op in ("mm", "addmm"):
                yield {"op": op, "shape": [m, k, n], "layout": layout, "offset": 0, "seed": seed}
                seed += 3
    # whole matrices: the small kernels, the packed 4 x 12 tiles and the strips beside and below them
    for m, k, n in [(2, 3, 2), (3, 5, 4), (2, 8, 16), (5, 9, 5), (6, 7, 8), (16, 9, 3), (33, 17, 5),
                    (4, 3, 12), (8, 5, 16), (10, 3, 16), (5, 2, 20), (16, 16, 16), (32, 8, 32),
                    (4, 200, 12), (9, 33, 25), (64, 4, 40), (12, 10, 24),
                    (19, 15, 30), (14, 21, 18), (7, 18, 20), (35, 36, 20), (39, 9, 16)]:
        for layout in ("NN", "NT", "TN"):
            for op in ("mm", "addmm"):
                yield {"op": op, "shape": [m, k, n], "layout": layout, "offset": 0, "seed": seed}
                seed += 3
    # two transposed operands: only whole tiles (the strips around them are not reproduced)
    for m, k, n in [(8, 5, 24), (12, 9, 12), (4, 20, 36)]:
        for op in ("mm", "addmm"):
            yield {"op": op, "shape": [m, k, n], "layout": "TT", "offset": 0, "seed": seed}
            seed += 3


def run_case(case: dict, lib: Any) -> Any:
    """The case through ``lib`` (torch, or the engine)."""
    op, shape, layout, offset, seed = case["op"], case["shape"], case["layout"], case["offset"], case["seed"]
    if op == "dot":
        return lib.dot(operand(lib, seed, shape, "N", 0), operand(lib, seed + 1, shape, "N", offset)).reshape(1)
    if op == "mv":
        m, k = shape
        return lib.mv(operand(lib, seed, [m, k], layout[0], offset), operand(lib, seed + 1, [k], "N", offset))
    m, k, n = shape
    a, b = operand(lib, seed, [m, k], layout[0], 0), operand(lib, seed + 1, [k, n], layout[1], 0)
    if op == "mm":
        return lib.mm(a, b)
    return lib.addmm(operand(lib, seed + 2, [n], "N", 0), a, b)


def _numpy_case(case: dict) -> np.ndarray:
    """numpy's (OpenBLAS's) product of the case's operands."""
    op, shape, layout, offset, seed = case["op"], case["shape"], case["layout"], case["offset"], case["seed"]
    def array(s: int, shape: list, layout: str, offset: int) -> np.ndarray:
        return operand(torch, s, shape, layout, offset).numpy()
    if op == "mv":
        m, k = shape
        return array(seed, [m, k], layout[0], offset) @ array(seed + 1, [k], "N", offset)
    m, k, n = shape
    product = array(seed, [m, k], layout[0], 0) @ array(seed + 1, [k, n], layout[1], 0)
    return product if op == "mm" else array(seed + 2, [n], "N", 0) + product


def _load_engine() -> Any:
    sys.path.insert(0, str(ROOT))
    import autograd_tui.engine as engine  # the engine's torch-like API
    return engine


def rates() -> None:
    engine = _load_engine()
    total = same_numpy = same_engine = 0
    by_op: dict = {}
    for case in cases():
        expected = run_case(case, torch).numpy()
        got = run_case(case, engine).numpy()
        if case["op"] == "dot":
            plain = np.array([np.dot(operand(torch, case["seed"], case["shape"], "N", 0).numpy(),
                                     operand(torch, case["seed"] + 1, case["shape"], "N", case["offset"]).numpy())])
        else:  # numpy's own product of the same operands (the engine before parity/matmul64.py)
            plain = _numpy_case(case)
        total += 1
        same_numpy += bool(np.array_equal(plain, expected))
        ok = bool(np.array_equal(got, expected))
        same_engine += ok
        counts = by_op.setdefault(case["op"], [0, 0])
        counts[0] += 1
        counts[1] += ok
    print(f"threads {torch.get_num_threads()}: numpy identical on {same_numpy}/{total} cases, "
          f"the engine on {same_engine}/{total}")
    for op, (n, ok) in by_op.items():
        print(f"  {op:6} {ok}/{n}")


def reveal(op: str, m: int, k: int, row: int) -> None:
    big = 2.0 ** 60
    sizes = np.zeros((k, k), int)
    for i in range(k):
        for j in range(k):
            if i == j:
                continue
            a = np.ones((m, k))
            a[row, i], a[row, j] = big, -big
            x = torch.ones(k, dtype=torch.float64)
            if op == "dot":
                value = torch.dot(torch.from_numpy(a[row].copy()), x).item()
            else:
                value = (torch.from_numpy(a) @ x)[row].item()
            sizes[i, j] = k - int(value)
    for line in sizes:
        print(" ".join(f"{v:3d}" for v in line))


def record() -> None:
    engine_free = []
    for threads in (torch.get_num_threads(), 1):
        torch.set_num_threads(threads)
        for case in cases():
            if case["op"] == "dot" and threads > 1 and case["shape"][0] >= 4096:
                continue  # MKL splits these over its threads: not reproduced
            expected = run_case(case, torch).numpy()
            engine_free.append(dict(case, threads=threads, expected=[float(v).hex() for v in expected.ravel()]))
    OUT.write_text(json.dumps(engine_free, indent=0) + "\n", "utf-8")
    print(f"wrote {len(engine_free)} cases to {OUT.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reveal", nargs="+", metavar="ARG")
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    if args.reveal:
        op, m, k = args.reveal[0], int(args.reveal[1]), int(args.reveal[2])
        reveal(op, m, k, int(args.reveal[3]) if len(args.reveal) > 3 else 0)
    elif args.record:
        record()
    else:
        rates()


if __name__ == "__main__":
    main()
