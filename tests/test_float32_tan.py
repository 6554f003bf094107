"""float32 (and float64) tan against PyTorch 2.13's CPU results (MKL's vsTan, ``parity/mkl_tan.py``).

Every expected output in tests/data/float32_tan_cases.json was produced by real PyTorch
(tools/fit_float32_tan.py --record); none is typed by hand. Most recorded inputs are hard cases:
inputs whose correctly rounded tan is not PyTorch's. PyTorch is not needed here.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import mkl_tan
from autograd_tui.engine.parity.rounding import VECTOR_LANES

RECORDED = json.loads((pathlib.Path(__file__).parent / "data" / "float32_tan_cases.json").read_text("utf-8"))
DATA, DATA64 = RECORDED["tan"], RECORDED["tan float64"]
INPUTS = np.frombuffer(bytes.fromhex(DATA["inputs"]), "<f4").astype(np.float32)
EXPECTED = np.frombuffer(bytes.fromhex(DATA["outputs"]), "<f4").astype(np.float32)


def _same(got: np.ndarray, expected: np.ndarray) -> np.ndarray:
    return (got.view(np.uint32) == expected.view(np.uint32)) | (np.isnan(got) & np.isnan(expected))


def test_the_recordings_are_mostly_hard_cases() -> None:
    with np.errstate(invalid="ignore"):
        rounded = np.tan(INPUTS.astype(np.float64)).astype(np.float32)
    assert (~_same(rounded, EXPECTED)).mean() > 0.5


def test_bit_exact_up_to_ten_thousand() -> None:
    inside = ~(np.abs(INPUTS) > mkl_tan.LARGE)
    got = mkl_tan.tan(INPUTS[inside])
    bad = np.flatnonzero(~_same(got, EXPECTED[inside]))
    assert bad.size == 0, (f"{bad.size} of {inside.sum()} differ, e.g. x={INPUTS[inside][bad[:5]]!r}: "
                           f"got {got[bad[:5]]!r}, PyTorch {EXPECTED[inside][bad[:5]]!r}")


def test_correctly_rounded_beyond_and_nearly_always_pytorch_there() -> None:
    outside = np.abs(INPUTS) > mkl_tan.LARGE
    got = mkl_tan.tan(INPUTS[outside])
    with np.errstate(invalid="ignore"):
        rounded = np.tan(INPUTS[outside].astype(np.float64)).astype(np.float32)
    assert _same(got, rounded).all()
    assert _same(got, EXPECTED[outside]).mean() > 0.97


@pytest.mark.skipif(not VECTOR_LANES, reason="MKL's kernel is used where the machine's kernels were measured")
def test_torch_tan_gives_the_recorded_bits_in_every_layout() -> None:
    inside = ~(np.abs(INPUTS) > mkl_tan.LARGE)
    x, expected = INPUTS[inside][:1200], EXPECTED[inside][:1200]
    flat = torch.tan(torch.from_numpy(x)).numpy()
    transposed = torch.from_numpy(x.reshape(40, 30)).t().tan().numpy()
    single = np.array([torch.tan(torch.tensor(float(v))).item() for v in x[:20]], np.float32)
    assert _same(flat, expected).all()
    assert _same(transposed, expected.reshape(40, 30).T).all()
    assert _same(single, expected[:20]).all()


def test_gradient_is_one_plus_the_square_of_the_output() -> None:
    x = torch.tensor(INPUTS[:50].tolist(), requires_grad=True)
    y = torch.tan(x)
    y.backward(torch.ones_like(y))
    out = y.detach().numpy()
    assert _same(x.grad.numpy(), (np.float32(1) + out * out).astype(np.float32)).all()


def _float64(key: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(DATA64[key]), "<f8").astype(np.float64)


@pytest.mark.skipif(not mkl_tan._LONG_DOUBLE, reason="needs an 80-bit long double")
def test_float64_is_the_correctly_rounded_tan_as_mkl_nearly_always_is() -> None:
    hard, expected = _float64("hard"), _float64("hard_outputs")
    got = torch.tan(torch.from_numpy(hard)).numpy()
    assert hard.size >= 300 and (got == expected).mean() >= 0.8  # numpy's tan: none of them
    sample, expected = _float64("sample"), _float64("sample_outputs")
    assert (torch.tan(torch.from_numpy(sample)).numpy() == expected).mean() >= 0.998
