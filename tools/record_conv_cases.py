"""Records float32 convolutions from real PyTorch 2.13 for tests/test_parity_conv.py.

    .venv-torch/bin/python tools/record_conv_cases.py      # writes tests/data/conv_cases.json

Each case is a conv2d (or conv1d) on inputs made by ``case_inputs`` (a formula, so only the outputs
are stored), run forward and backward on one thread and on two; the output, and the input's,
weight's and bias's gradients are stored as the SHA-256 of their float32 bytes (a bit-for-bit
check that keeps the file small). The shapes cover both
kernels ATen chooses between (oneDNN's direct kernel and im2col + MKL's sgemm) and a few it runs
otherwise (1x1, groups, many channels), which the engine does not claim to match.
"""
from __future__ import annotations

import hashlib
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "conv_cases.json"

# (batch, in channels, out channels, kernel, input size, stride, padding, dilation, bias, conv1d[, channels last])
SHAPES = [
    (5, 4, 8, (3, 3), (4, 4), 1, 0, 1, True, False),
    (5, 1, 4, (3, 3), (8, 8), 1, 1, 1, True, False),
    (2, 3, 6, (5, 5), (12, 12), 1, 2, 1, True, False),
    (4, 3, 6, (3, 3), (8, 8), 1, 0, 1, False, False),
    (16, 2, 16, (3, 3), (6, 6), 1, 1, 1, True, False),
    (3, 2, 6, (3, 2), (7, 7), 1, 0, 1, True, False),
    (8, 6, 12, (5, 5), (6, 6), 1, 0, 1, True, False),
    (4, 16, 8, (3, 3), (8, 8), 1, 1, 1, True, False),
    (2, 4, 4, (3, 3), (9, 9), 2, 1, 1, True, False),
    (3, 4, 4, (3, 3), (9, 9), 1, 2, 2, True, False),
    (1, 3, 6, (5, 5), (12, 12), 1, 1, 1, True, False),
    (1, 6, 4, (3, 3), (8, 8), 1, 1, 1, True, False),
    (1, 2, 6, (2, 2), (12, 12), 1, 1, 1, True, False),
    (1, 4, 8, (1, 1), (8, 8), 1, 0, 1, True, False),
    (4, 3, 5, (1, 3), (1, 20), 1, 1, 1, True, True),
    (5, 4, 8, (1, 1), (6, 6), 1, 0, 1, True, False),
    (4, 24, 8, (3, 3), (6, 6), 1, 1, 1, True, False),
    (5, 1, 8, (3, 3), (12, 12), 1, 1, 1, True, False),
    (7, 2, 16, (5, 5), (14, 14), 1, 2, 1, True, False),
    (3, 3, 4, (3, 3), (16, 16), 1, 0, 1, True, False),
    (5, 4, 6, (3, 3), (14, 14), 1, 1, 1, True, False),
    (9, 1, 4, (3, 3), (28, 28), 1, 0, 1, True, False),
    (3, 1, 4, (3, 3), (22, 5), 1, 0, 1, True, False),
    (5, 1, 4, (1, 3), (1, 80), 1, 1, 1, True, True),
    (3, 32, 8, (3, 3), (10, 10), 1, 1, 1, True, False),
    (2, 40, 6, (5, 5), (9, 9), 2, 2, 1, True, False),
    (4, 24, 6, (3, 3), (8, 8), 1, 0, 1, True, False, True),
    (1, 3, 8, (3, 3), (8, 8), 1, 1, 1, True, False, True),
    (2, 3, 32, (3, 3), (9, 9), 1, 1, 1, True, False),
    (3, 4, 20, (3, 3), (7, 7), 1, 1, 1, True, False, True),
    (3, 32, 20, (3, 3), (12, 12), 1, 0, 1, True, False),
    (4, 12, 16, (3, 3), (9, 9), 1, 1, 1, True, False),
    (5, 3, 24, (3, 3), (13, 13), 2, 1, 1, True, False),
    (6, 1, 32, (3, 3), (16, 16), 1, 0, 1, True, False),
    (4, 16, 24, (3, 3), (10, 10), 2, 1, 1, True, False),
    (3, 6, 8, (5, 5), (11, 11), 2, 2, 1, True, False),
    (1, 3, 16, (3, 3), (20, 20), 1, 1, 1, True, False),
    (1, 8, 6, (3, 3), (12, 12), 2, 1, 1, True, False),
    (4, 32, 16, (3, 3), (10, 10), 1, 1, 1, True, False, True),
    (3, 6, 6, (3, 3), (7, 7), 1, 1, 1, True, False),
]


def unpack(shape: tuple) -> tuple:
    """A shape's eleven fields (channels last defaults to False)."""
    return tuple(shape) + (False,) * (11 - len(shape))


def case_inputs(seed: int, shape: tuple) -> np.ndarray:
    count = int(np.prod(shape))
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 24)
    return (v.astype(np.float64) / (1 << 22) - 2.0).astype(np.float32).reshape(shape)


def case_arrays(index: int, shape: tuple) -> tuple:
    """Input, weight and bias of case ``index`` (4-D, a conv1d's with a height of one)."""
    n, c, o, kernel, size = shape[:5]
    groups = 2 if index == len(SHAPES) - 1 else 1
    x = case_inputs(3 * index, (n, c) + size)
    w = case_inputs(3 * index + 1, (o, c // groups) + kernel)
    b = case_inputs(3 * index + 2, (o,))
    return x, w, b, groups


def digest(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a, dtype="<f4").tobytes()).hexdigest()


def _hex(t) -> str:
    return digest(t.detach().numpy())


def record() -> None:
    import torch
    import torch.nn.functional as F

    cases = []
    for index, shape in enumerate(SHAPES):
        n, c, o, kernel, size, stride, padding, dilation, with_bias, is_1d, channels_last = unpack(shape)
        x_np, w_np, b_np, groups = case_arrays(index, shape)
        layout = torch.channels_last if channels_last else torch.contiguous_format
        for threads in (1, 2):
            torch.set_num_threads(threads)
            x = torch.from_numpy(x_np[:, :, 0] if is_1d else x_np).contiguous(memory_format=layout).requires_grad_()
            w = torch.from_numpy(w_np[:, :, 0] if is_1d else w_np).contiguous(memory_format=layout).requires_grad_()
            b = torch.from_numpy(b_np).requires_grad_() if with_bias else None
            conv = F.conv1d if is_1d else F.conv2d
            y = conv(x, w, b, stride=stride, padding=padding, dilation=dilation, groups=groups)
            g = torch.from_numpy(case_inputs(1000 + index, tuple(y.shape)))
            y.backward(g)
            cases.append({"index": index, "threads": threads, "output": _hex(y), "grad_input": _hex(x.grad),
                          "grad_weight": _hex(w.grad), "grad_bias": _hex(b.grad) if b is not None else ""})
    OUT.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=0) + "\n", "utf-8")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    record()
