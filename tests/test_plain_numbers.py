"""torch.tensor's one-pass reader of plain Python numbers (``_nested.plain_numbers``) against the
general scan and fill it stands in for: the same values, bits, dtype, errors and warnings."""
from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import _nested

CASES = [
    [1.0, 1.0], (1.0, -0.0), [1, 2, 3], (True, False), [True, 1], [1, 2.5], [True, 2.5], [False, 0, 0.0],
    [[1.0, 2.0], [3.0, 4.0]], ([1, 2], (3, 4.5)), [(True,), (False,)], [[1], [2, 3]], [[1, 2], 3],
    [math.nan, math.inf, -math.inf], [1e308, -1e-320], [2 ** 63 - 1, -2 ** 63], [2 ** 63], [2 ** 70, 1.0],
    [2 ** 64 + 1, 0.5], [2 ** 1100, 1.0], [16777217, 1], [[0.1] * 17] * 3, [np.float64(1.0), 2.0],
    [1, np.int32(2)], [[1.0, 2.0], [3.0, np.float32(4.0)]], [1.0, "2"], [1.0, [2.0]], [1.0, None], [1.0, 2j],
    [1.0, torch.tensor(2.0)], [[]], [[], []],
]
DTYPES = [None, torch.float32, torch.float64, torch.float16, torch.int64, torch.int32, torch.uint8, torch.int8,
          torch.bool, torch.complex64]


def _outcome(data, dtype):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            t = torch.tensor(data, dtype=dtype)
        except Exception as error:  # the error is part of the behaviour compared
            result = ("error", type(error).__name__, str(error))
        else:
            a = t.numpy()
            result = ("tensor", str(t.dtype), a.shape, a.dtype.str, a.tobytes())
    return result, [(w.category.__name__, str(w.message)) for w in caught]


@pytest.mark.parametrize("default", [torch.float32, torch.float64])
def test_plain_numbers_read_as_the_general_reader_reads_them(monkeypatch, default):
    previous = torch.get_default_dtype()
    torch.set_default_dtype(default)
    try:
        fast = [_outcome(data, dtype) for data in CASES for dtype in DTYPES]
        monkeypatch.setattr(_nested, "plain_numbers", lambda data: None)
        general = [_outcome(data, dtype) for data in CASES for dtype in DTYPES]
    finally:
        torch.set_default_dtype(previous)
    assert fast == general


def test_plain_numbers_takes_only_exact_python_numbers():
    assert _nested.plain_numbers([1.0, 2.0])[1:] == ((2,), torch.get_default_dtype())
    assert _nested.plain_numbers([[1, 2], [3, 4]])[1:] == ((2, 2), torch.int64)
    assert _nested.plain_numbers((True, False))[2] is torch.bool
    for general in ([], [[]], [np.float64(1.0)], [1, np.int64(2)], [[1], [2, 3]], [[1, 2], 3], [range(2)],
                    [[[1.0]]], [1.0, torch.tensor(1.0)]):
        assert _nested.plain_numbers(general) is None
