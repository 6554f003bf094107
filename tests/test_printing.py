"""Tensor printing must match PyTorch 2.13 character for character.

Every expected string in tests/data/printing_cases.json was printed by real PyTorch
(tools/record_printing_cases.py); none is typed by hand. PyTorch is not needed here.
"""
from __future__ import annotations

import json
import math
import pathlib

import numpy as np
import pytest

from autograd_tui.engine import dtypes
from autograd_tui.engine.parity import printing

CASES = json.loads((pathlib.Path(__file__).parent / "data" / "printing_cases.json").read_text("utf-8"))


def _option(value):
    """Undo the recorder's JSON encoding of inf."""
    return float(value) if value in ("inf", "-inf", "nan") else value


def _array(case: dict) -> np.ndarray:
    dt = np.dtype(case["dtype"])
    values = case["values"]
    if dt.kind == "f":
        # Exact float64 values, which every float width converts back without loss.
        values = [float(v) for v in values]
    return np.array(values, dtype=dt).reshape(case["shape"])


@pytest.fixture(autouse=True)
def _restore_defaults():
    printing.set_printoptions(profile="default")
    dtypes.set_default_dtype(dtypes.float32)
    yield
    printing.set_printoptions(profile="default")
    dtypes.set_default_dtype(dtypes.float32)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_repr_matches_pytorch(case: dict) -> None:
    dtypes.set_default_dtype(dtypes._by_name(case.get("default_dtype", "float32")))
    for kwargs in case.get("calls", []):
        printing.set_printoptions(**{k: _option(v) for k, v in kwargs.items()})
    if "printoptions" in case:
        assert printing.get_printoptions() == {k: _option(v) for k, v in case["printoptions"].items()}

    array = _array(case)
    dtype = dtypes._by_name(case["dtype"])
    if case.get("parameter"):
        got = printing.format_parameter(array, dtype)
    else:
        got = printing.format_tensor(
            array, dtype, grad_fn_name=case.get("grad_fn"), requires_grad=case.get("requires_grad", False)
        )
    assert got == case["repr"]


def test_cases_cover_the_ground() -> None:
    """Guards against a re-recording that silently drops the interesting cases."""
    reprs = [c["repr"] for c in CASES]
    assert len(CASES) >= 300
    assert {len(c["shape"]) for c in CASES} >= {0, 1, 2, 3, 4}
    assert {c["dtype"] for c in CASES} >= {"bool", "uint8", "int8", "int16", "int32", "int64",
                                          "float16", "float32", "float64"}
    assert any("..." in r for r in reprs)
    assert any("e+" in r for r in reprs) and any("e-" in r for r in reprs)
    assert any(math.prod(c["shape"]) == 0 for c in CASES)


def test_default_options() -> None:
    assert printing.get_printoptions() == {
        "precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80, "sci_mode": None,
    }


def test_printoptions_context_restores() -> None:
    before = printing.get_printoptions()
    with printing.printoptions(precision=1, sci_mode=True):
        assert printing.get_printoptions()["precision"] == 1
    assert printing.get_printoptions() == before


def test_values_are_formatted_in_the_tensor_dtype() -> None:
    """A float64 array handed over for a float32 tensor prints as float32 would."""
    same = printing.format_tensor(np.array([0.1, 1 / 3], dtype=np.float32), dtypes.float32)
    assert printing.format_tensor(np.array([0.1, 1 / 3]), dtypes.float32) == same


def test_grad_fn_wins_over_requires_grad() -> None:
    a = np.array([1.0], dtype=np.float32)
    both = printing.format_tensor(a, dtypes.float32, grad_fn_name="MulBackward0", requires_grad=True)
    only = printing.format_tensor(a, dtypes.float32, grad_fn_name="MulBackward0")
    assert both == only
    assert "requires_grad" not in both
