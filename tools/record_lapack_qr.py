"""Record ``torch.linalg.qr`` results from real PyTorch for tests/test_parity_lapack_qr.py, and
measure how often ``parity/lapack_qr.py`` gives PyTorch's bits.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_lapack_qr.py            # match rates, every shape to 16 x 16
    .venv-torch/bin/python tools/record_lapack_qr.py --record   # write tests/data/lapack_qr_cases.json

The recorded cases: float32 and float64 matrices of every m x n with m, n in ``RECORDED_SIZES``
(up to 16) and batches of three (whose matrices start at different alignments), ``torch.randn``
with a seed per case; inputs and outputs as float hex strings.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch
from _recording import hex_floats, main as run, write_cases

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from autograd_tui.engine.parity import lapack_qr  # noqa: E402

OUT = ROOT / "tests" / "data" / "lapack_qr_cases.json"
MODES = ("reduced", "complete", "r")


RECORDED_SIZES = (1, 2, 3, 4, 5, 7, 8, 11, 16)
BATCHED = ((5, 3), (4, 4), (3, 5), (7, 2))  # 15, 16, 15 and 14 elements a matrix


def _cases(sizes, per_shape: int):
    """(dtype, input) pairs: every m x n of ``sizes``, ``per_shape`` seeds, the last of them a
    batch of three where there are several."""
    for dtype in (torch.float64, torch.float32):
        for m in sizes:
            for n in sizes:
                for trial in range(per_shape):
                    batch = (3,) if trial == per_shape - 1 and per_shape > 1 else ()
                    yield dtype, _randn(batch + (m, n), dtype, 1000 * m + 10 * n + trial)
        for m, n in BATCHED:
            yield dtype, _randn((3, m, n), dtype, 7 * m + n)


def _randn(shape: tuple, dtype, seed: int):
    return torch.randn(*shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))


def measure(largest: int, per_shape: int) -> None:
    for dtype in ("float64", "float32"):
        for mode in MODES:
            cases = same_cases = elements = same_elements = 0
            for dt, a in _cases(range(1, largest + 1), per_shape):
                if str(dt) != f"torch.{dtype}":
                    continue
                q_t, r_t = torch.linalg.qr(a, mode=mode)
                q, r = lapack_qr.qr(a.numpy(), mode)  # type: ignore[misc]
                parts = [(r, r_t.numpy())] + ([] if mode == "r" else [(q, q_t.numpy())])
                cases += 1
                same_cases += all(np.array_equal(x, y) for x, y in parts)
                elements += sum(y.size for _, y in parts)
                same_elements += sum(int((x == y).sum()) for x, y in parts)
            print(f"{dtype} {mode:9s}: {same_cases}/{cases} results identical, "
                  f"{same_elements}/{elements} elements ({100 * same_elements / elements:.1f}%)")


def record() -> None:
    out = []
    for dtype, a in _cases(RECORDED_SIZES, 1):
        x = a.numpy()
        entry: dict = {"dtype": str(dtype).removeprefix("torch."), "shape": list(x.shape), "input": hex_floats(x)}
        for mode in MODES:
            q_t, r_t = torch.linalg.qr(a, mode=mode)
            entry[f"R_{mode}"] = hex_floats(r_t.numpy())
            if mode != "r":
                entry[f"Q_{mode}"] = hex_floats(q_t.numpy())
        out.append(entry)
    write_cases(OUT, out)
    print(f"wrote {len(out)} cases to {OUT}")


def main() -> None:
    run(__doc__, OUT, record, lambda largest: measure(largest, 3), {"largest": lapack_qr.LARGEST})


if __name__ == "__main__":
    main()
