"""Records float32 and float64 ``F.scaled_dot_product_attention`` runs from real PyTorch 2.13 for
tests/test_parity_flash_attention.py.

    .venv-torch/bin/python tools/record_flash_attention_cases.py   # writes tests/data/flash_attention_cases.json

Each case in ``CASES`` is an attention of 4-D float32 inputs (PyTorch's fused CPU kernel) whose
query, key, value, mask and incoming gradient come from ``case_array`` (a formula, so only the
results are stored); its output and the gradients of q, k and v are stored as the SHA-256 of
their float32 bytes, on one thread and on two. The cases cover what decides the kernel's
rounding: rows shorter and longer than a vector of 16 (exp_u20 and the scalar exp, the lane
sums), head sizes below and above 16 (``map2_reduce_all``), a last block of one query row
(MKL's matrix-vector kernel at an unaligned buffer), 192 and more queries (blocks of 64), up to
512 keys and beyond (blocks of 512 keys: the online softmax's rescaling), boolean, additive,
key-padding and per-head masks, a fully masked row, causal with more or fewer keys than queries,
a given scale, one work item (MKL outside ATen's threads), and MultiheadAttention's layout (heads
interleaved in memory). ``DOUBLE_CASES`` are the same form in float64 (ATen's double kernel:
SLEEF's ``expd``, vectors of 8, MKL's dgemm), stored as the digest of float64 bytes; only shapes
whose every block of queries has a multiple of 4 rows, where the engine's dgemm emulation is
exact (docs/parity-float32-math.md, Fused CPU attention). ``PRODUCTS`` adds the MKL product
rules the kernel's blocks exposed: ``bmm`` of single rows at unaligned outputs, a row times a
transposed weight whose rows are strided, and an outer product (one term) of a column with
zeros, whose zeros keep their sign.
"""
from __future__ import annotations

import hashlib
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "flash_attention_cases.json"

# (batch, heads, queries, keys, head size, mask, layout, scale): mask None, "bool" (L, S),
# "float" (L, S), "padding" (B, 1, 1, S) boolean, "heads" (B, H, L, S) additive, "dead" (a row
# with nothing allowed), "causal"; layout "bhld" (contiguous) or "lbhd" (MultiheadAttention's)
CASES = [
    (1, 2, 3, 5, 4, None, "bhld", None),
    (2, 3, 7, 7, 8, "causal", "bhld", None),
    (4, 2, 5, 5, 4, None, "lbhd", None),
    (3, 4, 17, 17, 20, "bool", "bhld", None),
    (2, 2, 33, 40, 16, "float", "bhld", None),
    (1, 1, 1, 54, 14, None, "bhld", None),
    (2, 2, 1, 12, 13, "float", "bhld", None),
    (1, 1, 9, 30, 24, None, "bhld", None),
    (2, 4, 33, 33, 59, "bool", "lbhd", None),
    (3, 2, 12, 20, 6, "padding", "lbhd", None),
    (2, 3, 10, 21, 45, "heads", "bhld", 0.3),
    (1, 2, 6, 8, 5, "dead", "bhld", None),
    (2, 2, 40, 25, 30, "causal", "bhld", None),
    (1, 3, 12, 40, 9, "causal", "bhld", None),
    (8, 8, 16, 16, 8, None, "lbhd", None),
    (1, 2, 200, 20, 8, None, "bhld", None),
    (1, 1, 20, 300, 6, "float", "bhld", None),
    (4, 6, 64, 64, 64, None, "bhld", None),
    (5, 1, 2, 3, 7, None, "lbhd", 1.5),
    (2, 8, 35, 35, 8, "causal", "lbhd", None),
    # more than 512 keys: blocks of 512, the online softmax rescaling its running sums and outputs
    (1, 2, 40, 600, 16, None, "bhld", None),
    (2, 1, 33, 1100, 8, "float", "bhld", None),
    (1, 1, 200, 530, 20, "padding", "lbhd", None),
    (1, 2, 600, 600, 8, "causal", "bhld", None),
    (2, 1, 5, 1030, 24, "dead", "bhld", None),
]

# float64 (ATen's double kernel), in the same form
DOUBLE_CASES = [
    (2, 2, 32, 20, 16, None, "bhld", None),
    (1, 3, 64, 40, 12, "causal", "bhld", None),
    (2, 2, 8, 600, 16, "float", "bhld", None),
    (3, 2, 16, 16, 8, "bool", "lbhd", None),
    (1, 1, 4, 5, 4, None, "bhld", None),
    (2, 4, 12, 30, 24, "padding", "lbhd", 0.5),
    (1, 2, 40, 64, 32, None, "bhld", None),
    (4, 2, 24, 24, 20, "heads", "bhld", None),
]

# bmm of (batch, 1, k) by (batch, k, n); a (1, k) row times a (n, lda)[:, :k] weight transposed;
# an (m, 1) column (every other entry 0) times a (1, n) row
PRODUCTS = [("bmm", 4, 1, 37, 21), ("bmm", 3, 1, 64, 9), ("bmm", 6, 1, 13, 30),
            ("gemv", 12, 19, 7), ("gemv", 39, 44, 24), ("gemv", 57, 64, 16), ("gemv", 17, 22, 21),
            ("outer", 8, 16), ("outer", 3, 5)]


def case_array(seed: int, shape: tuple, scale: float = 1.0) -> np.ndarray:
    """Deterministic float32 values in [-scale, scale): an integer hash of position and seed."""
    count = int(np.prod(shape))
    i = np.arange(count, dtype=np.uint64)
    h = (i * np.uint64(0x9E3779B1) + np.uint64(seed) * np.uint64(0x85EBCA77)) % np.uint64(1 << 32)
    h = (h ^ (h >> np.uint64(15))) * np.uint64(0x2C1B3C6D) % np.uint64(1 << 32)
    v = (h >> np.uint64(8)).astype(np.float64) / (1 << 23) - 1.0
    return (v * scale).astype(np.float32).reshape(shape)


def digest(a: np.ndarray) -> str:
    layout = "<f8" if a.dtype == np.float64 else "<f4"
    return hashlib.sha256(np.ascontiguousarray(a, dtype=layout).tobytes()).hexdigest()


def _mask(torch, kind, index: int, batch: int, heads: int, length: int, source: int, dtype=np.float32):
    if kind == "bool":
        return torch.from_numpy(case_array(10 * index + 7, (length, source)) < 0.4)
    if kind == "float":
        return torch.from_numpy(case_array(10 * index + 7, (length, source), 2.0).astype(dtype))
    if kind == "padding":
        return torch.from_numpy(case_array(10 * index + 7, (batch, 1, 1, source)) < 0.6)
    if kind == "heads":
        return torch.from_numpy(case_array(10 * index + 7, (batch, heads, length, source), 3.0).astype(dtype))
    if kind == "dead":
        allowed = case_array(10 * index + 7, (length, source)) < 0.5
        allowed[1] = False
        return torch.from_numpy(allowed)
    return None


def run(torch, index: int, case: tuple, dtype=np.float32) -> dict:
    """The case's output and gradients as digests, with ``torch`` (PyTorch or the engine); in
    ``dtype`` (the same values: float32 ones)."""
    batch, heads, length, source, dim, kind, layout, scale = case

    def tensor(seed: int, rows: int, spread: float):
        if layout == "lbhd":  # MultiheadAttention: (L, B*H, D) in memory, seen as (B, H, L, D)
            values = case_array(seed, (rows, batch, heads, dim), spread).astype(dtype)
            data = torch.from_numpy(values).permute(1, 2, 0, 3)
        else:
            data = torch.from_numpy(case_array(seed, (batch, heads, rows, dim), spread).astype(dtype))
        return data.detach().requires_grad_()

    q, k = tensor(10 * index + 1, length, 3.0), tensor(10 * index + 2, source, 3.0)
    v = tensor(10 * index + 3, source, 1.0)
    mask = _mask(torch, kind, index, batch, heads, length, source, dtype)
    out = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=kind == "causal",
                                                           scale=scale)
    out.backward(torch.from_numpy(case_array(10 * index + 4, (batch, heads, length, dim)).astype(dtype)))
    found = {"output": out, "grad_q": q.grad, "grad_k": k.grad, "grad_v": v.grad}
    result = {key: digest(value.detach().numpy()) for key, value in found.items()}
    result["node"] = out.grad_fn.name()
    return result


def run_product(torch, index: int, case: tuple) -> str:
    if case[0] == "bmm":
        _, batch, rows, k, n = case
        a = torch.from_numpy(case_array(500 + index, (batch, rows, k)))
        b = torch.from_numpy(case_array(600 + index, (batch, k, n)))
        return digest(torch.bmm(a, b).numpy())
    if case[0] == "outer":
        _, m, n = case
        column = case_array(500 + index, (m, 1))
        column[::2] = 0
        return digest(torch.mm(torch.from_numpy(column), torch.from_numpy(case_array(600 + index, (1, n)))).numpy())
    _, k, lda, n = case
    row = torch.from_numpy(case_array(500 + index, (1, k)))
    weight = torch.from_numpy(case_array(600 + index, (n, lda)))[:, :k]
    return digest(torch.mm(row, weight.t()).numpy())


def record() -> None:
    import torch

    cases, doubles, products = [], [], []
    for threads in (1, 2):
        torch.set_num_threads(threads)
        cases += [{"index": i, "threads": threads, "digests": run(torch, i, c)} for i, c in enumerate(CASES)]
        doubles += [{"index": i, "threads": threads, "digests": run(torch, i, c, np.float64)}
                    for i, c in enumerate(DOUBLE_CASES)]
        products += [{"index": i, "threads": threads, "digest": run_product(torch, i, c)}
                     for i, c in enumerate(PRODUCTS)]
    OUT.write_text(json.dumps({"torch": torch.__version__, "cases": cases, "double_cases": doubles,
                               "products": products}, indent=0) + "\n", "utf-8")
    print(f"{len(cases)} + {len(doubles)} attention cases and {len(products)} products written to {OUT}")


if __name__ == "__main__":
    record()
