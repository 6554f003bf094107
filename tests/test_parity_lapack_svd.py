"""``torch.linalg.svd``/``svdvals``/``pinv`` as PyTorch 2.13's MKL ``gesdd`` computes them
(parity/lapack_gesdd.py, lapack_bdsqr.py, lapack_dqds.py).

Every expected output in tests/data/lapack_svd_cases.json was produced by real PyTorch
(tools/record_lapack_svd.py --record): float32 and float64 matrices of every recorded shape up to
16 x 16 and batches of three. Cases the emulation reproduced when they were recorded (flag
``exact``) are held to every bit; any other to a tolerance.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import lapack_dqds, lapack_gesdd

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lapack_svd_cases.json").read_text("utf-8"))["cases"]


def _array(values: list, shape: tuple, dtype: str) -> np.ndarray:
    return np.array([float.fromhex(v) for v in values], dtype=np.float64).reshape(shape).astype(dtype)


def _case_id(case: dict) -> str:
    return f"{case['dtype']}-{'x'.join(map(str, case['shape']))}"


def _check(actual: np.ndarray, values: list, dtype: str, exact: bool) -> None:
    expected = _array(values, actual.shape, dtype)
    assert actual.dtype == np.dtype(dtype)
    if exact:
        assert np.array_equal(actual, expected)
    else:
        assert np.allclose(actual, expected, rtol=1e-4 if dtype == "float32" else 1e-10, atol=1e-5)


@pytest.mark.parametrize("case", DATA, ids=[_case_id(c) for c in DATA])
def test_svd_matches_pytorch(case: dict) -> None:
    dtype = case["dtype"]
    a = torch.from_numpy(_array(case["input"], tuple(case["shape"]), dtype))
    _check(torch.linalg.svdvals(a).numpy(), case["svdvals"], dtype, case["svdvals_exact"])
    for full, name in ((False, "reduced"), (True, "full")):
        u, s, vh = torch.linalg.svd(a, full_matrices=full)
        for part, key in ((u, "U"), (s, "S"), (vh, "Vh")):
            _check(part.numpy(), case[name][key], dtype, case[name]["exact"])
    exact = case["reduced"]["exact"]
    with_grad = torch.linalg.svdvals(a.clone().requires_grad_())
    _check(with_grad.detach().numpy(), case["svdvals_with_grad"], dtype, exact)
    _check(torch.linalg.pinv(a).numpy(), case["pinv"], dtype, exact)


def test_values_alone_and_with_vectors_are_two_algorithms() -> None:
    """dqds (values only) and bdsqr (with vectors) round differently: the recorded cases hold
    matrices where PyTorch's two results differ in the last bit, and the engine's must too."""
    differing = [c for c in DATA if c["svdvals"] != c["reduced"]["S"]]
    assert differing, "the recorded data should hold such a case"
    for case in differing[:5]:
        a = torch.from_numpy(_array(case["input"], tuple(case["shape"]), case["dtype"]))
        assert not np.array_equal(torch.linalg.svdvals(a).numpy(), torch.linalg.svd(a).S.numpy())


def test_outside_the_measured_sizes_the_engine_falls_back() -> None:
    """Beyond the sizes reproduced (and for matrices gesdd would scale first), the emulation
    declines and the engine keeps numpy's LAPACK: still a valid SVD."""
    big = np.random.default_rng(0).standard_normal((30, 27))
    assert lapack_gesdd.svd_stack(big, False) is None
    assert lapack_gesdd.singular_values(np.array([[1e20, 1.0], [2.0, 3e20]], np.float32)) is None
    u, s, vh = torch.linalg.svd(torch.from_numpy(big), full_matrices=False)
    assert np.allclose((u.numpy() * s.numpy()) @ vh.numpy(), big, atol=1e-12)


def test_dqds_of_a_bidiagonal_matrix_is_a_valid_svd() -> None:
    """A plain property check beside the recorded bits: dqds on a bidiagonal matrix gives its
    singular values (numpy's as reference, to rounding)."""
    d, e = [3.0, -1.5, 2.0, 0.5], [1.0, 0.25, -2.0]
    values = lapack_dqds.singular_values(d, e, single=False)
    b = np.diag(d) + np.diag(e, 1)
    assert np.allclose(values, np.linalg.svd(b, compute_uv=False), rtol=1e-14)


def test_svd_gradient_still_flows() -> None:
    torch.manual_seed(0)
    a = torch.randn(5, 3, dtype=torch.float64, requires_grad=True)
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    (s.sum() + (u[:, 0] ** 2).sum()).backward()
    assert a.grad is not None and a.grad.shape == (5, 3)
    # d(sum of singular values)/dA = U Vh for distinct singular values
    b = torch.randn(4, 4, dtype=torch.float64, requires_grad=True)
    torch.linalg.svdvals(b).sum().backward()
    u2, _, vh2 = torch.linalg.svd(b.detach())
    assert np.allclose(b.grad.numpy(), (u2 @ vh2).numpy(), atol=1e-12)
