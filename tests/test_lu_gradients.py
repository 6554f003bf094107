"""Gradients through torch.linalg.lu_factor / lu_factor_ex / lu / lu_solve, square and rectangular,
checked against central differences in float64 (the engine's gradcheck)."""
from __future__ import annotations

import numpy as np
import pytest

from autograd_tui import engine as torch

SHAPES = [(3, 3), (2, 4), (4, 2), (1, 3), (3, 1), (2, 3, 3), (2, 2, 3), (2, 3, 2)]


def _matrix(*shape: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    return torch.tensor(rng.standard_normal(shape).tolist(), dtype=torch.float64, requires_grad=True)


@pytest.mark.parametrize("shape", SHAPES)
def test_the_factors_gradient_matches_finite_differences(shape):
    A = _matrix(*shape)  # noqa: N806
    assert torch.autograd.gradcheck(lambda a: torch.linalg.lu_factor(a).LU, (A,))
    assert torch.autograd.gradcheck(lambda a: torch.linalg.lu_factor_ex(a).LU, (A,))
    assert torch.autograd.gradcheck(lambda a: tuple(torch.linalg.lu(a)[1:]), (A,))
    assert torch.autograd.gradcheck(lambda a: torch.linalg.lu(a).L, (A,))
    assert torch.autograd.gradcheck(lambda a: torch.linalg.lu(a).U, (A,))


@pytest.mark.parametrize("shape", SHAPES)
def test_rectangular_factors_rebuild_the_matrix(shape):
    A = _matrix(*shape, seed=3).detach()  # noqa: N806
    P, L, U = torch.linalg.lu(A)  # noqa: N806
    k = min(shape[-2:])
    assert tuple(L.shape[-2:]) == (shape[-2], k) and tuple(U.shape[-2:]) == (k, shape[-1])
    assert np.allclose((P @ L @ U).numpy(), A.numpy())
    LU, pivots = torch.linalg.lu_factor(A)  # noqa: N806
    assert tuple(pivots.shape[-1:]) == (k,)
    assert np.allclose(torch.lu_unpack(LU, pivots).U.numpy(), U.numpy())


@pytest.mark.parametrize("batch", [(), (2,)])
def test_lu_solves_gradient_matches_finite_differences(batch):
    A = _matrix(*batch, 3, 3, seed=1)  # noqa: N806
    B = _matrix(*batch, 3, 2, seed=2)  # noqa: N806
    LU, pivots = torch.linalg.lu_factor(A.detach())  # noqa: N806
    LU.requires_grad_()
    assert torch.autograd.gradcheck(lambda lu, b: torch.linalg.lu_solve(lu, pivots, b), (LU, B))
    assert torch.autograd.gradcheck(lambda a, b: torch.linalg.lu_solve(*torch.linalg.lu_factor(a), b), (A, B))


def test_second_order_through_a_square_factor():
    A = _matrix(3, 3, seed=4)  # noqa: N806
    assert torch.autograd.gradgradcheck(lambda a: torch.linalg.lu(a).U, (A,))
    assert torch.autograd.gradgradcheck(lambda a: torch.linalg.lu_factor(a).LU, (A,))


@pytest.mark.parametrize("shape", SHAPES)
def test_lu_unpacks_gradient_matches_finite_differences(shape):
    A = _matrix(*shape, seed=5).detach()  # noqa: N806
    LU, pivots = torch.linalg.lu_factor(A)  # noqa: N806
    LU.requires_grad_()
    assert torch.autograd.gradcheck(lambda lu: tuple(torch.lu_unpack(lu, pivots)[1:]), (LU,))
    assert torch.autograd.gradcheck(lambda lu: torch.lu_unpack(lu, pivots).L, (LU,))
    assert torch.autograd.gradcheck(lambda lu: torch.lu_unpack(lu, pivots).U, (LU,))
    assert torch.autograd.gradgradcheck(lambda lu: tuple(torch.lu_unpack(lu, pivots)[1:]), (LU,))
