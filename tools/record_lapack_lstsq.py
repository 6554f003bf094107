"""Record ``torch.linalg.lstsq`` (default driver, gelsy) from PyTorch's MKL for
tests/test_parity_lapack_lstsq.py, and measure how often ``parity/lapack_lstsq.py`` gives
PyTorch's bits.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_lapack_lstsq.py              # rates against MKL's fixed-column gelsy
    .venv-torch/bin/python tools/record_lapack_lstsq.py --first-calls  # ... and against fresh processes
    .venv-torch/bin/python tools/record_lapack_lstsq.py --repeat       # distinct results of repeated calls
    .venv-torch/bin/python tools/record_lapack_lstsq.py --record       # write tests/data/lapack_lstsq_cases.json

PyTorch hands gelsy a pivot array it does not zero, so a solution's last bits depend on what the
allocator left there (parity/lapack_lstsq.py): a nonzero entry fixes its column, a zero lets
geqp3 pivot it. The engine follows the path with every column fixed. The recorded expectations
are that path's results from the MKL inside PyTorch's own library (its exported ``dgelsy_`` /
``sgelsy_``, called through ctypes with a pivot array of ones): the same routine
``torch.linalg.lstsq`` calls, with the one argument PyTorch leaves to chance set. ``--first-calls``
runs each system as the first ``lstsq`` of a fresh process (what a learner's script sees) and
prints how often that took the fixed path and matches the engine.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import pathlib
import subprocess
import sys
from typing import Any

import numpy as np
import torch
from _recording import hex_floats, write_cases

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from autograd_tui.engine.parity import lapack_lstsq  # noqa: E402

OUT = ROOT / "tests" / "data" / "lapack_lstsq_cases.json"
SHAPES = tuple((m, n) for m in range(1, 17) for n in range(1, m + 1))  # every n <= m <= 16
FIRST_CALL_SHAPES = ((1, 1), (2, 1), (2, 2), (3, 2), (4, 2), (5, 3), (6, 3), (9, 4), (12, 3), (8, 8), (10, 6),
                     (11, 5), (13, 7), (16, 4), (16, 9), (16, 16))


def _cases(shapes: tuple) -> list:
    cases = []
    for dtype in ("float64", "float32"):
        for index, (m, n) in enumerate(shapes):
            g = torch.Generator().manual_seed(100 * m + n)
            a = torch.randn(m, n, dtype=getattr(torch, dtype), generator=g)
            b = torch.randn(m, dtype=getattr(torch, dtype), generator=g)
            # a vector right-hand side, or one column
            cases.append({"dtype": dtype, "shape": [m, n], "vector": index % 2 == 0,
                          "A": hex_floats(a.numpy()), "b": hex_floats(b.numpy())})
    return cases


def _inputs(case: dict) -> tuple:
    dtype = getattr(torch, case["dtype"])
    m, n = case["shape"]
    a = torch.tensor([float.fromhex(v) for v in case["A"]], dtype=torch.float64).reshape(m, n).to(dtype)
    b = torch.tensor([float.fromhex(v) for v in case["b"]], dtype=torch.float64).to(dtype)
    return a, (b if case["vector"] else b.unsqueeze(-1))


def _first_call(case: dict) -> list:
    """The solution of the first lstsq in a fresh process, as hex strings."""
    done = subprocess.run([sys.executable, __file__, "--child"], input=json.dumps(case), capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def _child() -> None:
    case = json.loads(sys.stdin.read())
    a, b = _inputs(case)
    print(json.dumps(hex_floats(torch.linalg.lstsq(a, b).solution.numpy())))


def _fixed_columns(case: dict) -> list:
    """MKL's gelsy (inside PyTorch's library) with every column fixed, as hex strings."""
    library = ctypes.CDLL(str(pathlib.Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    m, n = case["shape"]
    single = case["dtype"] == "float32"
    dtype = np.float32 if single else np.float64
    scalar = ctypes.c_float if single else ctypes.c_double
    a, b = (x.numpy().astype(dtype) for x in _inputs(case))
    a_cols = np.asfortranarray(a)
    b_cols = np.asfortranarray(b.reshape(m, 1))
    pivots = np.ones(n, np.int32)
    work = np.zeros(4096, dtype)
    rank, info = ctypes.c_int(0), ctypes.c_int(0)
    rcond = scalar(float(np.finfo(dtype).eps) * max(m, n))

    def number(v: int) -> Any:
        return ctypes.byref(ctypes.c_int(v))

    gelsy = library.sgelsy_ if single else library.dgelsy_
    gelsy(number(m), number(n), number(1), ctypes.c_void_p(a_cols.ctypes.data), number(m),
          ctypes.c_void_p(b_cols.ctypes.data), number(m), ctypes.c_void_p(pivots.ctypes.data), ctypes.byref(rcond),
          ctypes.byref(rank), ctypes.c_void_p(work.ctypes.data), number(work.size), ctypes.byref(info))
    if info.value != 0 or rank.value != n:
        raise RuntimeError(f"gelsy: info {info.value}, rank {rank.value} for {case['shape']}")
    return hex_floats(b_cols[:n, 0])


def _engine(case: dict) -> np.ndarray | None:
    a, b = _inputs(case)
    rhs = b.numpy() if not case["vector"] else b.numpy()[:, None]
    m, n = case["shape"]
    eps = float(np.finfo(case["dtype"]).eps)
    x = lapack_lstsq.solve(a.numpy(), rhs, eps * max(m, n))
    return None if x is None else x[:, 0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help="write tests/data/lapack_lstsq_cases.json")
    parser.add_argument("--repeat", action="store_true", help="distinct solutions over 30 calls in one process")
    parser.add_argument("--first-calls", action="store_true", help="also run each system in a fresh process")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child()
        return
    if args.repeat:
        for case in _cases(FIRST_CALL_SHAPES):
            a, b = _inputs(case)
            seen = {tuple(torch.linalg.lstsq(a, b).solution.reshape(-1).tolist()) for _ in range(30)}
            print(case["dtype"], case["shape"], f"{len(seen)} distinct solutions in 30 calls")
        return
    cases = _cases(SHAPES)
    for case in cases:
        case["solution"] = _fixed_columns(case)
    _report("MKL's gelsy, every column fixed", cases)
    if args.first_calls:
        firsts = _cases(FIRST_CALL_SHAPES)
        fixed = 0
        for case in firsts:
            case["solution"] = _first_call(case)
            fixed += case["solution"] == _fixed_columns(case)
        print(f"first calls of fresh processes: {fixed}/{len(firsts)} took the fixed-column path")
        _report("first calls of fresh processes", firsts)
    if args.record:
        write_cases(OUT, cases)
        print(f"wrote {len(cases)} cases to {OUT}")


def _report(title: str, cases: list) -> None:
    same = elements = same_elements = 0
    for case in cases:
        expected = np.array([float.fromhex(v) for v in case["solution"]])
        got = _engine(case)
        same += got is not None and np.array_equal(got.astype(np.float64), expected)
        elements += expected.size
        same_elements += 0 if got is None else int((got.astype(np.float64) == expected).sum())
    print(f"{title}: {same}/{len(cases)} solutions identical, {same_elements}/{elements} elements")


if __name__ == "__main__":
    main()
