"""fill_diagonal_ writes numpy's fill_diagonal pattern (wrap included) and its gradient is zero
on what it overwrote; the legacy torch.Tensor(...) reads arrays and ranges as data; orthogonal_
and trunc_normal_ keep their promises."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch


@pytest.mark.parametrize("shape, wrap", [((3, 3), False), ((5, 2), True), ((7, 3), True), ((7, 3), False),
                                         ((2, 5), True), ((3, 3, 3), False)])
def test_fill_diagonal_writes_numpys_pattern(shape, wrap):
    t = torch.zeros(*shape)
    t.fill_diagonal_(4.0, wrap=wrap)
    expected = np.zeros(shape, np.float32)
    np.fill_diagonal(expected, 4.0, wrap=wrap)
    np.testing.assert_array_equal(t.numpy(), expected)


def test_fill_diagonal_blocks_the_gradient_where_it_wrote():
    x = torch.randn(7, 3, dtype=torch.float64, requires_grad=True)
    y = x * 1
    y.fill_diagonal_(0.5, wrap=True)
    w = torch.randn(7, 3, dtype=torch.float64)
    (y * w).sum().backward()
    mask = np.ones((7, 3), bool)
    np.fill_diagonal(mask, False, wrap=True)
    np.testing.assert_allclose(x.grad.numpy(), np.where(mask, w.numpy(), 0.0))
    assert y.grad_fn.name() == "torch::autograd::CopySlices"


def test_legacy_constructor_reads_arrays_and_ranges_as_float32_data():
    assert torch.Tensor(np.array([[1, 2], [3, 4]])).tolist() == [[1.0, 2.0], [3.0, 4.0]]
    assert torch.Tensor(range(3)).dtype is torch.float32 and torch.Tensor(range(3)).tolist() == [0.0, 1.0, 2.0]
    with pytest.raises(TypeError, match=r"^new\(\): data must be a sequence \(got NoneType\)$"):
        torch.Tensor(None)
    with pytest.raises(RuntimeError, match="^Could not infer dtype of NoneType$"):
        torch.tensor([1, None])


@pytest.mark.parametrize("shape", [(4, 4), (3, 6), (6, 3), (2, 3, 2)])
def test_orthogonal_init_gives_orthonormal_rows_or_columns(shape):
    w = torch.nn.init.orthogonal_(torch.empty(*shape, dtype=torch.float64), gain=1.5)
    m = w.reshape(shape[0], -1).numpy() / 1.5
    small = min(m.shape)
    gram = m @ m.T if m.shape[0] == small else m.T @ m
    np.testing.assert_allclose(gram, np.eye(small), atol=1e-12)


@pytest.mark.parametrize("a, b", [(-2.0, 2.0), (0.0, 0.3), (-0.04, 0.04)])
def test_trunc_normal_stays_in_its_bounds(a, b):
    torch.manual_seed(0)
    w = torch.nn.init.trunc_normal_(torch.empty(50, 40), std=1.0 if b - a < 1 else 0.5, a=a, b=b)
    assert float(w.min()) >= a and float(w.max()) <= b
