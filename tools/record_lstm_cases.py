"""Records float32 ``nn.LSTM`` runs from real PyTorch 2.13 for tests/test_onednn_lstm.py.

    .venv-torch/bin/python tools/record_lstm_cases.py      # writes tests/data/lstm_cases.json

Each case is an LSTM of a shape in ``SHAPES`` whose weights, input, initial states and incoming
gradients come from ``case_inputs`` (a formula, so only the results are stored). It runs in grad
mode (oneDNN's training forward, then backward) and under ``torch.no_grad()`` (its inference
forward), on one thread and on two; the output, h_n, c_n and the gradients of the input, of h0,
c0 and of every parameter are stored as the SHA-256 of their float32 bytes (a bit-for-bit check
that keeps the file small). The shapes cover what decides oneDNN's order: a batch, input or
hidden size of one (its matrix-vector kernels), long weight-gradient sums (its blocks of 384 and
the two-thread split), equal input and hidden sizes (its fused inference product), two layers,
both directions, batch_first and no bias.
"""
from __future__ import annotations

import hashlib
import json
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "lstm_cases.json"

# (seq_len, batch, input_size, hidden_size, num_layers, bidirectional, batch_first, bias)
SHAPES = [
    (5, 3, 4, 6, 1, False, False, True),
    (1, 1, 1, 1, 1, False, False, True),
    (12, 1, 1, 32, 1, False, True, True),
    (50, 1, 1, 51, 1, False, True, True),
    (7, 4, 1, 1, 1, False, False, True),
    (3, 5, 8, 8, 1, False, False, True),
    (9, 1, 10, 10, 1, False, False, True),
    (6, 2, 3, 5, 2, False, False, True),
    (4, 3, 5, 7, 2, True, False, True),
    (8, 6, 2, 9, 1, True, True, False),
    (40, 8, 1, 16, 1, False, True, True),
    (50, 12, 4, 8, 1, False, False, True),
    (3, 4, 5, 128, 1, False, False, True),
    (20, 32, 16, 24, 2, True, True, True),
    (10, 16, 64, 33, 1, False, False, True),
    (2, 7, 33, 20, 1, True, False, False),
    (30, 2, 6, 100, 1, False, True, True),
    (15, 1, 3, 12, 2, True, False, True),
]


def case_inputs(seed: int, shape: tuple, scale: float = 1.0) -> np.ndarray:
    count = int(np.prod(shape))
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 24)
    return ((v.astype(np.float64) / (1 << 23) - 1.0) * scale).astype(np.float32).reshape(shape)


def case_arrays(index: int, shape: tuple) -> dict:
    """Every input of case ``index``: parameters by PyTorch's names, x, h0, c0 and the incoming
    gradients of the output, h_n and c_n."""
    steps, batch, inputs, hidden, layers, bidirectional, batch_first, bias = shape
    directions = 2 if bidirectional else 1
    bound = 1 / np.sqrt(hidden)  # nn.LSTM's own initial range
    arrays: dict = {}
    seed = 100 * index
    for layer in range(layers):
        for suffix in ("", "_reverse")[:directions]:
            width = inputs if layer == 0 else hidden * directions
            names: list[tuple[str, tuple[int, ...]]] = [("weight_ih", (4 * hidden, width)),
                                                        ("weight_hh", (4 * hidden, hidden))]
            if bias:
                names += [("bias_ih", (4 * hidden,)), ("bias_hh", (4 * hidden,))]
            for name, dims in names:
                seed += 1
                arrays[f"{name}_l{layer}{suffix}"] = case_inputs(seed, dims, bound)
    state = (layers * directions, batch, hidden)
    x_shape = (batch, steps, inputs) if batch_first else (steps, batch, inputs)
    out_shape = x_shape[:2] + (hidden * directions,)
    for name, size, scale in (("x", x_shape, 2.0), ("h0", state, 1.0), ("c0", state, 1.0),
                              ("grad_output", out_shape, 1.0), ("grad_h", state, 1.0), ("grad_c", state, 1.0)):
        seed += 1
        arrays[name] = case_inputs(seed, size, scale)
    return arrays


def digest(a: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(a, dtype="<f4").tobytes()).hexdigest()


def run(torch, index: int, shape: tuple) -> dict:
    """The case's results as digests, with ``torch`` (PyTorch or the embedded engine)."""
    steps, batch, inputs, hidden, layers, bidirectional, batch_first, bias = shape
    arrays = case_arrays(index, shape)
    lstm = torch.nn.LSTM(inputs, hidden, num_layers=layers, bidirectional=bidirectional, batch_first=batch_first,
                         bias=bias)
    with torch.no_grad():
        for name, param in lstm.named_parameters():
            param.copy_(torch.from_numpy(arrays[name]))
    x = torch.from_numpy(arrays["x"]).requires_grad_()
    h0 = torch.from_numpy(arrays["h0"]).requires_grad_()
    c0 = torch.from_numpy(arrays["c0"]).requires_grad_()
    out, (h, c) = lstm(x, (h0, c0))
    loss = (out * torch.from_numpy(arrays["grad_output"])).sum() + (h * torch.from_numpy(arrays["grad_h"])).sum() \
        + (c * torch.from_numpy(arrays["grad_c"])).sum()
    loss.backward()
    found = {"output": out, "h_n": h, "c_n": c, "grad_x": x.grad, "grad_h0": h0.grad, "grad_c0": c0.grad}
    found.update({f"grad_{name}": param.grad for name, param in lstm.named_parameters()})
    with torch.no_grad():
        out, (h, c) = lstm(x, (h0, c0))
    found.update({"inference_output": out, "inference_h_n": h, "inference_c_n": c})
    return {key: digest(value.detach().numpy()) for key, value in found.items()}


def record() -> None:
    import torch

    cases = []
    for index, shape in enumerate(SHAPES):
        for threads in (1, 2):
            torch.set_num_threads(threads)
            cases.append({"index": index, "threads": threads, "digests": run(torch, index, shape)})
    OUT.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=0) + "\n", "utf-8")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    record()
