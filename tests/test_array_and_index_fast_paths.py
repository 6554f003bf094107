"""The short paths of ``torch.tensor(ndarray)`` (default arguments) and ``x[i]`` (a plain int)
against the general paths they stand in for: the same values, dtype, layout, errors, views,
version counters and gradients."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch

_BFLOAT16_ARRAY = np.dtype(np.float32, metadata={"bfloat16": True})
# (no uint16/32/64 arrays: the first such tensor reroutes the engine's public entries for the rest
# of the process, unsigned.py, which later tests in the same process would see)
ARRAYS = [
    np.arange(6.0).reshape(2, 3), np.arange(6, dtype=np.float32), np.array([0.5, -0.0], np.float16),
    np.arange(4, dtype=np.int64), np.arange(4, dtype=np.int32), np.arange(4, dtype=np.int16),
    np.arange(4, dtype=np.int8), np.arange(4, dtype=np.uint8), np.array([True, False]),
    np.array([1 + 2j], np.complex64), np.array([1 - 2j]), np.array(3.5), np.zeros((0, 3)),
    np.asfortranarray(np.arange(6.0).reshape(2, 3)), np.arange(12.0).reshape(3, 4)[:, ::2],
    np.arange(4.0)[::-1], np.array([1.0, 2.0], np.longdouble), np.array(["a"]), np.array([None, 1.0]),
    np.array([1.5, 2.5], _BFLOAT16_ARRAY),
]


def _read_only(a: np.ndarray) -> np.ndarray:
    a = a.copy()
    a.flags.writeable = False
    return a


def _made(a: np.ndarray, **kwargs) -> tuple:
    try:
        t = torch.tensor(a, **kwargs)
    except Exception as error:  # the error is part of the behaviour compared
        return ("error", type(error).__name__, str(error))
    data = t._data
    return (str(t.dtype), tuple(t.shape), t.stride(), data.dtype.str, data.tobytes(), t.is_leaf, t.requires_grad,
            np.shares_memory(data, a), data.flags.writeable)


@pytest.mark.parametrize("array", ARRAYS + [_read_only(np.arange(3.0))], ids=range(len(ARRAYS) + 1))
def test_tensor_of_an_array_as_the_general_path_makes_it(array):
    # device="cpu" takes the general path; the defaults take the short one
    assert _made(array) == _made(array, device="cpu")
    assert _made(array, requires_grad=False) == _made(array, device="cpu")


def _observed(index, key_of) -> list:
    out: list = []

    def seen(fn):
        try:
            value = fn()
        except Exception as error:  # the error is part of the behaviour compared
            out.append(("error", type(error).__name__, str(error)))
            return None
        out.append("a tensor" if isinstance(value, torch.Tensor) else value)
        return value

    x = torch.arange(20.0).reshape(4, 5)
    v = seen(lambda: x[key_of(index)])
    if v is not None:
        seen(lambda: (v.tolist(), v.stride(), v.storage_offset(), v._base is x, v.grad_fn, v.is_leaf))
        before = x._version
        v.add_(1)
        seen(lambda: (x._version - before, v._version, x.tolist()))
    w = torch.arange(20.0).reshape(4, 5).requires_grad_()
    seen(lambda: (lambda r: (type(r.grad_fn).__name__, r.requires_grad, r._base is w, r.grad_fn._saved_index,
                             r.grad_fn._saved_dim, r.grad_fn._saved_self_sym_sizes))(w[key_of(index)]))
    w.grad = None
    y = w * 2
    r = seen(lambda: y[key_of(index)])
    if r is not None:
        r.mul_(3)  # an in-place write into a view of a non-leaf: y is rebased (CopySlices)
        seen(lambda: (type(y.grad_fn).__name__, type(r.grad_fn).__name__, y._version))
        y.sum().backward()
        seen(lambda: w.grad.tolist())
    with torch.no_grad():
        seen(lambda: (lambda r: (r.requires_grad, r.grad_fn, r._base is w))(w[key_of(index)]))
    return out


def test_a_0_dim_tensor_refuses_a_lone_int_and_a_tuple_in_their_own_words():
    # PyTorch words them apart (golden index/zero_dim_index_errors): the short path keeps the lone one's
    scalar = torch.tensor(2.0)
    with pytest.raises(IndexError, match="invalid index of a 0-dim tensor"):
        scalar[0]
    with pytest.raises(IndexError, match="too many indices for tensor of dimension 0"):
        scalar[(0,)]


@pytest.mark.parametrize("index", [0, 3, -1, -4, 4, -5, True, False])
def test_an_int_index_as_the_general_path_takes_it(index):
    # x[(i,)] takes the general path; x[i] the short one
    assert _observed(index, lambda i: i) == _observed(index, lambda i: (i,))
