"""Records ``torch.cdist`` from real PyTorch 2.13 for tests/test_parity_cdist.py.

    .venv-torch/bin/python tools/record_cdist_cases.py      # writes tests/data/cdist_cases.json

Each case is a distance matrix between rows made by ``case_inputs`` (a formula, so only the
results are stored), float32 and float64, at most 25 rows on each side (PyTorch's direct loop, not
its matrix-product form) unless the compute mode asks for the loop; the SHA-256 of the result's
bytes is stored (a bit-for-bit check in a small file).
"""
from __future__ import annotations

import hashlib
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "cdist_cases.json"

# (rows of x1, rows of x2, columns, p, dtype, compute_mode: the default unless the loop is asked for)
CASES = [
    (5, 7, 9, 2.0, "float32", "use_mm_for_euclid_dist_if_necessary"),
    (12, 3, 10, 2.0, "float32", "use_mm_for_euclid_dist_if_necessary"),
    (25, 25, 31, 2.0, "float32", "use_mm_for_euclid_dist_if_necessary"),
    (4, 6, 2, 2.0, "float32", "use_mm_for_euclid_dist_if_necessary"),
    (8, 8, 16, 2.0, "float32", "use_mm_for_euclid_dist_if_necessary"),
    (40, 30, 13, 2.0, "float32", "donot_use_mm_for_euclid_dist"),
    (6, 9, 11, 1.0, "float32", "use_mm_for_euclid_dist_if_necessary"),
    (5, 7, 9, 2.0, "float64", "use_mm_for_euclid_dist_if_necessary"),
    (10, 4, 15, 2.0, "float64", "use_mm_for_euclid_dist_if_necessary"),
    (3, 20, 8, 2.0, "float64", "use_mm_for_euclid_dist_if_necessary"),
]


def case_inputs(seed: int, shape: tuple, dtype: str) -> np.ndarray:
    """Values in [-2, 2) with 24 bits, from a multiplicative hash of the index."""
    count = int(np.prod(shape))
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 24)
    return (v.astype(np.float64) / (1 << 22) - 2.0).astype(dtype).reshape(shape)


def case_arrays(index: int) -> tuple:
    r1, r2, m, _, dtype, _ = CASES[index]
    return case_inputs(2 * index, (r1, m), dtype), case_inputs(2 * index + 1, (r2, m), dtype)


def digest(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()


def record() -> None:
    import torch

    cases = []
    for index, (_, _, _, p, _, mode) in enumerate(CASES):
        x1, x2 = case_arrays(index)
        y = torch.cdist(torch.from_numpy(x1), torch.from_numpy(x2), p=p, compute_mode=mode)
        cases.append({"index": index, "output": digest(y.numpy())})
    OUT.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=0) + "\n", "utf-8")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    record()
