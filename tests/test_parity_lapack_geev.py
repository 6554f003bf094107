"""float32 ``torch.linalg.eig``/``eigvals`` as PyTorch 2.13's MKL ``sgeev`` computes them
(parity/lapack_geev.py).

Every expected output in tests/data/lapack_geev_cases.json was produced by real PyTorch
(tools/record_lapack_geev.py --record). Values and vectors the engine reproduced bit for bit when
recorded are held to every bit; the others (3 x 3, the vectors of some complex pairs) to a
tolerance, vectors up to a unit complex factor per column.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lapack_geev_cases.json").read_text("utf-8"))["cases"]


def _complex(case: dict, name: str, shape: tuple) -> np.ndarray:
    real = np.array([float.fromhex(v) for v in case[f"{name}_real"]], dtype=np.float32)
    imag = np.array([float.fromhex(v) for v in case[f"{name}_imag"]], dtype=np.float32)
    return (real + 1j * imag).astype(np.complex64).reshape(shape)


@pytest.mark.parametrize("case", DATA, ids=[f"{'x'.join(map(str, c['shape']))}-{i}" for i, c in enumerate(DATA)])
def test_eig_matches_pytorch(case: dict) -> None:
    shape = tuple(case["shape"])
    a = torch.from_numpy(np.array([float.fromhex(v) for v in case["input"]], dtype=np.float32).reshape(shape))
    w, v = torch.linalg.eig(a)
    values = torch.linalg.eigvals(a).numpy()
    assert w.dtype == torch.complex64 and v.dtype == torch.complex64
    expected_w = _complex(case, "values", shape[:-1])
    expected_v = _complex(case, "vectors", shape)
    if case["exact_values"]:
        assert np.array_equal(w.numpy(), expected_w)
        assert np.array_equal(values, _complex(case, "eigvals", shape[:-1]))
    else:
        assert np.allclose(np.sort_complex(w.numpy().ravel()), np.sort_complex(expected_w.ravel()), atol=1e-4)
    if case["exact_vectors"]:
        assert np.array_equal(v.numpy(), expected_v)


def test_recording_holds_exact_two_by_two_cases() -> None:
    small = [c for c in DATA if c["shape"][-1] <= 2]
    assert small and all(c["exact_values"] for c in small)
    assert any(c["exact_vectors"] for c in small if c["shape"][-1] == 2)


def test_float32_eigenvalue_keeps_single_precision_rounding() -> None:
    """sgeev in float32: the smaller eigenvalue of [[4, 1], [2, 3]] is not exactly 2."""
    vals = torch.linalg.eigvals(torch.tensor([[4.0, 1.0], [2.0, 3.0]]))
    assert vals.real.min().item() != 2.0
    assert abs(vals.real.min().item() - 2.0) < 1e-6
