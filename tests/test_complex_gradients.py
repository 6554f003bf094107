"""Gradients of real losses of complex tensors follow PyTorch's convention.

For a complex leaf z and a real loss L, PyTorch's ``z.grad`` is dL/d(Re z) + i dL/d(Im z) (the
conjugate Wirtinger derivative, times two). These tests compute both partial derivatives by
central finite differences in complex128 and compare, for random inputs (hypothesis) and a set of
losses built from the complex ops the engine has. The printed values are checked against PyTorch
by the golden corpus (``tests/golden/snippets/complex``).
"""
from __future__ import annotations

from typing import Callable

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import autograd_tui.engine as torch

LOSSES: dict[str, Callable] = {
    "abs": lambda z: z.abs().sum(),
    "abs squared": lambda z: (z.abs() ** 2).sum(),
    "real and imag": lambda z: (z.real * 3 - z.imag ** 2).sum(),
    "angle": lambda z: z.angle().sum(),
    "z times conj z": lambda z: (z * z.conj()).real.sum(),
    "square": lambda z: (z ** 2).real.sum() + (z * z).imag.sum(),
    "cube": lambda z: (z ** 3).abs().sum(),
    "quotient": lambda z: (z / (z + 3)).abs().sum(),
    # its pole, z = -3 + 3i, lies outside the sampled square [-2, 2]² (at + 4 it was the corner -2 + 2i)
    "reciprocal scale": lambda z: (2 / (z * (1 + 1j) + 6)).real.sum(),
    "mean": lambda z: z.mean().abs(),
    "sgn": lambda z: (z.sgn() * (1 - 2j)).real.sum(),
    "view_as_real": lambda z: (torch.view_as_real(z) ** 3).sum(),
    "dot": lambda z: torch.dot(z, z.flip(0)).abs(),
    "vdot": lambda z: torch.vdot(z, z * (2 + 1j)).imag,
    "matrix product": lambda z: (z.reshape(2, 2) @ z.reshape(2, 2).conj()).abs().sum(),
    "matrix vector": lambda z: (z.reshape(2, 2) @ z[:2]).real.sum(),
    "exp log sqrt": lambda z: (z.exp() + (z * 1j + 3).log() + (z + 3).sqrt()).abs().sum(),
    "sin cos tanh sigmoid": lambda z: (z.sin() * z.cos() + (z / 4).tanh() + (z / 4).sigmoid()).real.sum(),
    "cumprod": lambda z: (z.cumprod(0) * (1 - 2j)).abs().sum(),
    "with a real tensor": lambda z: (z * torch.tensor([1.0, -2.0, 0.5, 3.0], dtype=torch.float64)).abs().sum(),
}

_part = st.floats(min_value=-2.0, max_value=2.0, allow_nan=False).filter(lambda v: abs(v) > 0.05)


def _loss_value(loss: Callable, values: np.ndarray) -> float:
    return float(loss(torch.tensor(values.tolist(), dtype=torch.complex128)).item())


def _finite_differences(loss: Callable, values: np.ndarray, eps: float = 1e-6) -> np.ndarray:
    grad = np.zeros(values.shape, np.complex128)
    for k in range(values.size):
        for step, weight in ((eps, 1.0), (1j * eps, 1j)):
            up, down = values.copy(), values.copy()
            up[k] += step
            down[k] -= step
            grad[k] += weight * (_loss_value(loss, up) - _loss_value(loss, down)) / (2 * eps)
    return grad


@pytest.mark.parametrize("name", sorted(LOSSES))
@settings(max_examples=15, deadline=None)
@given(parts=st.lists(_part, min_size=8, max_size=8))
def test_the_gradient_of_a_real_loss_is_d_by_d_real_plus_i_d_by_d_imag(name, parts):
    values = np.asarray(parts[:4]) + 1j * np.asarray(parts[4:])
    loss = LOSSES[name]
    z = torch.tensor(values.tolist(), dtype=torch.complex128, requires_grad=True)
    loss(z).backward()
    expected = _finite_differences(loss, values)
    np.testing.assert_allclose(z.grad.numpy(), expected, rtol=1e-5, atol=1e-6)


def test_a_real_leaf_of_a_complex_result_gets_a_real_gradient():
    re = torch.tensor([1.0, -2.0], dtype=torch.float64, requires_grad=True)
    im = torch.tensor([0.5, 3.0], dtype=torch.float64, requires_grad=True)
    scale = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
    (torch.complex(re, im) * scale * (1 - 1j)).abs().sum().backward()
    for leaf in (re, im, scale):
        assert leaf.grad.dtype is torch.float64
    z = (np.array([1.0, -2.0]) + 1j * np.array([0.5, 3.0])) * 1.5 * (1 - 1j)
    np.testing.assert_allclose(scale.grad.item(), float(np.sum(np.abs(z)) / 1.5))


@pytest.mark.parametrize("zero_at", [0, 2, 3])
def test_cumprod_of_a_complex_tensor_with_a_zero_differentiates_through_it(zero_at):
    values = np.array([1 + 2j, -0.5 + 1j, 2 - 1j, 0.75 + 0.25j])
    values[zero_at] = 0
    loss = LOSSES["cumprod"]
    z = torch.tensor(values.tolist(), dtype=torch.complex128, requires_grad=True)
    loss(z).backward()
    np.testing.assert_allclose(z.grad.numpy(), _finite_differences(loss, values), rtol=1e-5, atol=1e-6)


def test_create_graph_keeps_a_complex_gradient_made_from_constants():
    # the gradient of Re(z * c) is conj(c): nonzero, without history although create_graph asks for one
    z = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)
    c = torch.tensor([2 - 1j, 0.5j])
    (g,) = torch.autograd.grad((z * c).real.sum(), z, create_graph=True)
    assert g.tolist() == [2 + 1j, -0.5j] and not g.requires_grad
