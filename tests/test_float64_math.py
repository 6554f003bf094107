"""float64 tanh/sin/cos/exp, TanhBackward0 and linspace against PyTorch 2.13's CPU results.

Every expected output in tests/data/float64_math_cases.json was produced by real PyTorch
(tools/measure_float64_math.py --record), with a flag saying whether PyTorch's output is the
correctly rounded value (decided by the tool with 200-bit mpmath); none is typed by hand. The
inputs are mostly hard cases: where numpy's float64 kernel differs from PyTorch.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import float64_math as fm
from autograd_tui.engine.parity import rounding

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "float64_math_cases.json").read_text("utf-8"))
FUNCTIONS = ["tanh", "sin", "cos", "exp"]


def _doubles(text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(text), "<f8").astype(np.float64)


def _ordered(x: np.ndarray) -> np.ndarray:
    """float64 bits mapped to integers in the doubles' order, so adjacent doubles differ by 1."""
    bits = x.view(np.int64)
    return np.where(bits < 0, -(bits & 0x7FFFFFFFFFFFFFFF), bits)


def _case(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    entry = DATA["functions"][name]
    exact = np.array([c == "1" for c in entry["correctly_rounded"]])
    return _doubles(entry["inputs"]), _doubles(entry["outputs"]), exact


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.int64) == b.view(np.int64)) | (np.isnan(a) & np.isnan(b))


def _in_pieces(name: str, x: np.ndarray, piece: int) -> np.ndarray:
    """The function applied to slices of ``piece`` elements: small arrays take the long double
    shortcut, long ones the double-double kernel in chunks."""
    fn = getattr(fm, name)
    return np.concatenate([fn(x[i:i + piece]) for i in range(0, x.size, piece)])


@pytest.mark.parametrize("piece", [7, 200, 5000])
@pytest.mark.parametrize("name", FUNCTIONS)
def test_bit_exact_wherever_pytorch_is_correctly_rounded(name: str, piece: int) -> None:
    inputs, expected, exact = _case(name)
    got = _in_pieces(name, inputs, piece)
    bad = np.flatnonzero(exact & ~_same(got, expected))
    assert bad.size == 0, (f"{bad.size} of {exact.sum()} differ, e.g. x={inputs[bad[:5]]!r}: "
                           f"got {got[bad[:5]]!r}, PyTorch {expected[bad[:5]]!r}")


@pytest.mark.parametrize("name", FUNCTIONS)
def test_within_one_ulp_where_mkl_is_not_correctly_rounded(name: str) -> None:
    inputs, expected, exact = _case(name)
    got = getattr(fm, name)(inputs)
    finite = np.isfinite(expected)
    assert np.all(np.abs(_ordered(got[finite]) - _ordered(expected[finite])) <= 1)
    # MKL's own rounding errors are a minority even among these hard cases.
    assert (~exact).mean() < 0.1


@pytest.mark.parametrize("name", FUNCTIONS)
def test_engine_ops_use_it_for_float64(name: str) -> None:
    inputs, expected, exact = _case(name)
    kernel = {"tanh": rounding.float64_tanh, "sin": rounding.float64_sin}.get(name, getattr(fm, name))
    with np.errstate(all="ignore"):
        got = getattr(torch, name)(torch.tensor(inputs, dtype=torch.float64)).numpy()
        assert _same(got, kernel(inputs)).all()


def test_signed_zero_and_specials() -> None:
    x = np.array([0.0, -0.0, np.inf, -np.inf, np.nan])
    with np.errstate(all="ignore"):
        assert np.signbit(fm.sin(x)[:2]).tolist() == [False, True]
        assert np.signbit(fm.tanh(x)[:2]).tolist() == [False, True]
        assert fm.tanh(x)[2:4].tolist() == [1.0, -1.0]
        assert np.isnan(fm.sin(x)[2:]).all() and np.isnan(fm.cos(x)[2:]).all()
        assert fm.exp(x)[2:4].tolist() == [np.inf, 0.0]


@pytest.mark.parametrize("name", FUNCTIONS + ["tanh_mkl", "sin_mkl"])
def test_zero_dim_and_empty(name: str) -> None:
    fn = getattr(fm, name)
    for value in (0.3, 1e-3, 7.5, -2.0):
        got = fn(np.array(value))
        assert isinstance(got, np.ndarray) and got.shape == () and got == fn(np.array([value]))[0]
    assert fn(np.zeros((0, 3))).shape == (0, 3)
    assert fn(np.full(3000, 0.5)).shape == (3000,)


def test_any_shape() -> None:
    x = np.linspace(-4, 4, 24).reshape(2, 3, 4)[:, ::2].T
    for name in FUNCTIONS:
        got = getattr(fm, name)(x)
        assert got.shape == x.shape
        assert _same(got, getattr(fm, name)(np.ascontiguousarray(x))).all()


def test_tanh_backward_fuses_one_minus_out_squared() -> None:
    entry = DATA["tanh_backward"]
    got = fm.tanh_backward(_doubles(entry["grad"]), _doubles(entry["out"]))
    assert _same(got, _doubles(entry["input_grad"])).all()


def test_tanh_backward_through_autograd() -> None:
    entry = DATA["tanh_backward"]
    out = _doubles(entry["out"])
    x = torch.tensor(np.arctanh(np.clip(out, -0.999, 0.999)), dtype=torch.float64, requires_grad=True)
    y = torch.tanh(x)
    y.backward(torch.tensor(_doubles(entry["grad"]), dtype=torch.float64))
    expected = fm.tanh_backward(_doubles(entry["grad"]), y.detach().numpy())
    assert _same(x.grad.numpy(), expected).all()


@pytest.mark.parametrize("case", DATA["linspace"], ids=lambda c: f"{c['start']:.3g}..{c['end']:.3g}x{c['steps']}")
def test_float64_linspace(case: dict) -> None:
    got = torch.linspace(case["start"], case["end"], case["steps"], dtype=torch.float64).numpy()
    assert _same(got, _doubles(case["values"])).all()


def _tanh_small() -> tuple[np.ndarray, np.ndarray]:
    entry = DATA["tanh_small"]
    return _doubles(entry["inputs"]), _doubles(entry["outputs"])


@pytest.mark.parametrize("piece", [100, 8000])
def test_mkl_tanh_bias_model_for_small_inputs(piece: int) -> None:
    """For |x| < 2 MKL rounds the exact value minus a smooth bias (fitted from its outputs):
    the model gives PyTorch's bits where the correctly rounded value often does not."""
    inputs, expected = _tanh_small()
    got = np.concatenate([fm.tanh_mkl(inputs[i:i + piece]) for i in range(0, inputs.size, piece)])
    a = np.abs(inputs)
    for low, high, least in [(0, 2**-5, 0.9995), (2**-5, 2**-3, 0.99), (2**-3, 2, 0.999)]:
        inside = (a >= low) & (a < high)
        assert _same(got, expected)[inside].mean() >= least, (low, high)
        assert np.all(np.abs(_ordered(got[inside]) - _ordered(expected[inside])) <= 1)
    correctly_rounded = _same(fm.tanh(inputs), expected)[a < 2**-5].mean()
    assert correctly_rounded < 0.99  # what the model improves on


def test_mkl_tanh_equals_the_correctly_rounded_one_from_two_on() -> None:
    x = np.linspace(2.0, 25, 5001)
    assert _same(fm.tanh_mkl(x), fm.tanh(x)).all() and _same(fm.tanh_mkl(-x), fm.tanh(-x)).all()


@pytest.mark.parametrize("piece", [100, 6000])
def test_mkl_sin_bias_model_for_small_inputs(piece: int) -> None:
    """Below 2**-8 MKL's sin is never below the correctly rounded value; the fitted bias gives
    its bits."""
    entry = DATA["sin_small"]
    inputs, expected = _doubles(entry["inputs"]), _doubles(entry["outputs"])
    got = np.concatenate([fm.sin_mkl(inputs[i:i + piece]) for i in range(0, inputs.size, piece)])
    small = np.abs(inputs) < 2**-8
    assert _same(got, expected)[small].mean() >= 0.9998
    assert _same(fm.sin(inputs), expected)[small].mean() < 0.9995  # what the model improves on
    assert _same(got, fm.sin(inputs))[~small].all()
