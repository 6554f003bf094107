"""Records group norm and batch norm (float64, channels-last) from real PyTorch 2.13 for
tests/test_parity_norm_kernels.py.

    .venv-torch/bin/python tools/record_norm_cases.py      # writes tests/data/norm_cases.json

Each case runs the layer forward and backward on inputs made by ``case_inputs`` (a formula, so only
the results are stored), on one thread and on two, and stores the SHA-256 of the bytes of the
output and of the input's, weight's and bias's gradients (a bit-for-bit check in a small file).
"""
from __future__ import annotations

import hashlib
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "norm_cases.json"

# group norm: (shape, groups, affine, dtype)
GROUP_NORM = [
    ((4, 6, 5), 2, True, "float32"),
    ((8, 12, 7, 7), 4, True, "float32"),
    ((3, 32, 9, 11), 8, True, "float32"),
    ((5, 16, 6, 10), 4, False, "float32"),
    ((2, 24), 3, True, "float32"),
    ((6, 10, 3, 1), 5, True, "float32"),
    ((4, 48, 8, 8), 3, True, "float32"),
    ((7, 9, 13), 1, True, "float32"),
    ((4, 6, 5), 2, True, "float64"),
    ((3, 32, 9, 11), 8, True, "float64"),
    ((5, 12, 6, 5), 4, False, "float64"),
    ((2, 20, 17), 2, True, "float64"),
]

# batch norm, training, float64, contiguous: (shape, affine)
BATCH_NORM64 = [
    ((8, 6, 5, 5), True),
    ((16, 12), True),
    ((4, 3, 7), False),
    ((6, 10, 3, 4), True),
    ((32, 5), False),
    ((2, 7), True),
    ((2, 20), False),
    ((6, 5, 7), True),
    ((4, 3, 3, 3), True),
]

# batch norm on channels-last 4-D input (and gradient): (shape, affine, training, dtype)
BATCH_NORM_CHANNELS_LAST = [
    ((4, 3, 8, 8), True, True, "float32"),
    ((8, 16, 5, 7), True, True, "float32"),
    ((2, 20, 6, 6), False, True, "float32"),
    ((5, 12, 3, 9), True, False, "float32"),
    ((3, 10, 4, 4), True, True, "float64"),
]


def case_inputs(seed: int, shape: tuple, dtype: str) -> np.ndarray:
    """Values in [-2, 2) with 24 bits, from a multiplicative hash of the index."""
    count = int(np.prod(shape))
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 24)
    return (v.astype(np.float64) / (1 << 22) - 2.0).astype(dtype).reshape(shape)


def group_norm_arrays(index: int) -> tuple:
    """Input, weight, bias (None without affine parameters) and output gradient of a group norm case."""
    shape, _, affine, dtype = GROUP_NORM[index]
    c = shape[1]
    x = case_inputs(4 * index, shape, dtype)
    w = case_inputs(4 * index + 1, (c,), dtype) if affine else None
    b = case_inputs(4 * index + 2, (c,), dtype) if affine else None
    return x, w, b, case_inputs(4 * index + 3, shape, dtype)


def batch_norm64_arrays(index: int) -> tuple:
    """Input, weight, bias (None without affine parameters) and output gradient of a float64 batch norm case."""
    shape, affine = BATCH_NORM64[index]
    c = shape[1]
    x = case_inputs(100 + 4 * index, shape, "float64")
    w = case_inputs(101 + 4 * index, (c,), "float64") if affine else None
    b = case_inputs(102 + 4 * index, (c,), "float64") if affine else None
    return x, w, b, case_inputs(103 + 4 * index, shape, "float64")


def batch_norm_channels_last_arrays(index: int) -> tuple:
    """Input, weight, bias (None without affine parameters), running mean and variance and output
    gradient of a channels-last case, in C order (the caller lays them out channels-last)."""
    shape, affine, _, dtype = BATCH_NORM_CHANNELS_LAST[index]
    c = shape[1]
    seed = 200 + 6 * index
    x = case_inputs(seed, shape, dtype)
    w = case_inputs(seed + 1, (c,), dtype) if affine else None
    b = case_inputs(seed + 2, (c,), dtype) if affine else None
    running_mean = case_inputs(seed + 3, (c,), dtype)
    running_var = case_inputs(seed + 4, (c,), dtype) * 0.25 + 1.0
    return x, w, b, running_mean, running_var, case_inputs(seed + 5, shape, dtype)


def digest(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()


def _hex(t) -> str:
    return "" if t is None else digest(t.detach().numpy())


KINDS = ("group_norm", "batch_norm64", "batch_norm_channels_last", "group_norm_channels_last")

# group norm on channels-last 4-D input: (shape, groups); its values are not reproduced (ATen's
# channels-last kernel), the layouts of its output and input gradient are
GROUP_NORM_CHANNELS_LAST = [((4, 6, 5, 3), 2), ((2, 8, 4, 4), 4)]


def case_count(kind: str) -> int:
    cases: dict[str, list] = {"group_norm": GROUP_NORM, "batch_norm64": BATCH_NORM64,
                              "batch_norm_channels_last": BATCH_NORM_CHANNELS_LAST,
                              "group_norm_channels_last": GROUP_NORM_CHANNELS_LAST}
    return len(cases[kind])


def run_case(lib, kind: str, index: int) -> dict:
    """Case ``index`` of ``kind`` through ``lib`` (torch, or the engine), forward and backward, on
    the thread count set: the digests of its results (and the layouts of channels-last ones)."""
    layout = lib.channels_last if kind.endswith("channels_last") else lib.contiguous_format
    running_mean = running_var = None
    if kind == "group_norm":
        x_np, w_np, b_np, dy_np = group_norm_arrays(index)
    elif kind == "group_norm_channels_last":
        shape, groups = GROUP_NORM_CHANNELS_LAST[index]
        x_np = case_inputs(300 + 4 * index, shape, "float32")
        dy_np = case_inputs(301 + 4 * index, shape, "float32")
        w_np = case_inputs(302 + 4 * index, shape[1:2], "float32")
        b_np = case_inputs(303 + 4 * index, shape[1:2], "float32")
    elif kind == "batch_norm64":
        x_np, w_np, b_np, dy_np = batch_norm64_arrays(index)
    else:
        x_np, w_np, b_np, rm_np, rv_np, dy_np = batch_norm_channels_last_arrays(index)
        running_mean, running_var = lib.from_numpy(rm_np.copy()), lib.from_numpy(rv_np.copy())
    x = lib.from_numpy(x_np).contiguous(memory_format=layout).requires_grad_()
    w = None if w_np is None else lib.from_numpy(w_np).requires_grad_()
    b = None if b_np is None else lib.from_numpy(b_np).requires_grad_()
    if kind.startswith("group_norm"):
        groups = GROUP_NORM[index][1] if kind == "group_norm" else GROUP_NORM_CHANNELS_LAST[index][1]
        y = lib.nn.functional.group_norm(x, groups, w, b)
    else:
        training = kind == "batch_norm64" or BATCH_NORM_CHANNELS_LAST[index][2]
        y = lib.nn.functional.batch_norm(x, running_mean, running_var, w, b, training=training)
    y.backward(lib.from_numpy(dy_np).contiguous(memory_format=layout))
    result: dict[str, object] = {"output": _hex(y), "grad_input": _hex(x.grad),
                                 "grad_weight": _hex(None if w is None else w.grad),
                                 "grad_bias": _hex(None if b is None else b.grad)}
    if kind == "batch_norm_channels_last":
        result.update({"running_mean": _hex(running_mean), "running_var": _hex(running_var)})
    if kind.endswith("channels_last"):
        result.update({"output_strides": list(y.stride()), "grad_input_strides": list(x.grad.stride())})
    return result


def record() -> None:
    import torch

    data: dict = {"torch": torch.__version__}
    for kind in KINDS:
        data[kind] = []
        for index in range(case_count(kind)):
            for threads in (1, 2):
                torch.set_num_threads(threads)
                data[kind].append({"index": index, "threads": threads, **run_case(torch, kind, index)})
    OUT.write_text(json.dumps(data, indent=0) + "\n", "utf-8")
    print(", ".join(f"{len(data[kind])} {kind}" for kind in KINDS), f"cases written to {OUT}")


if __name__ == "__main__":
    record()
