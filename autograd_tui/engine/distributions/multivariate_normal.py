"""``MultivariateNormal(loc, covariance_matrix | precision_matrix | scale_tril)``: the Gaussian over
vectors, parameterised internally by the lower Cholesky factor L of its covariance.

Sampling is ``loc + L @ eps`` with ``eps`` standard normal (PyTorch's draw order); densities solve
``L y = x - loc`` (the Mahalanobis term is ``|y|^2``) and add ``log det L`` from L's diagonal.
Printed values agree with PyTorch; full-precision float32 densities of several vectors can differ
in the last bits, because MKL's triangular solve with several right-hand columns (PyTorch solves
all vectors sharing a factor at once) adds in orders the engine's substitution does not follow.
"""
from __future__ import annotations

import math
from typing import Any, Optional, Sequence

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import Distribution, lazy_property
from autograd_tui.engine.linalg import cholesky, solve_triangular

__all__ = ["MultivariateNormal", "mahalanobis"]

_MATRIX_ARGS = ("covariance_matrix", "precision_matrix", "scale_tril")


def _lower_solve(L: Tensor, b: Tensor) -> Tensor:  # noqa: N803 - the usual name of the factor
    return solve_triangular(L, b, upper=False)


def _scale_tril_of_precision(P: Tensor) -> Tensor:  # noqa: N803
    """L with L L^T = P^-1: with J reversing both axes, chol(J P J) = C gives P = U U^T for the upper
    triangular U = J C J, so L = (U^T)^-1, the inverse of a lower triangular matrix."""
    reversed_factor = cholesky(_F.flip(P, (-2, -1)))
    u_transposed = _F.flip(reversed_factor, (-2, -1)).transpose(-2, -1)
    eye = _F.eye(P.shape[-1], dtype=P.dtype)
    return solve_triangular(u_transposed, eye, upper=False)


def mahalanobis(L: Tensor, x: Tensor) -> Tensor:  # noqa: N803
    """|L^-1 x|^2 over x's last dim (L broadcast over x's batch dims)."""
    return _lower_solve(L, x.unsqueeze(-1)).squeeze(-1).pow(2).sum(-1)


class MultivariateNormal(Distribution):
    arg_constraints = {"loc": constraints.real_vector, "covariance_matrix": constraints.positive_definite,
                       "precision_matrix": constraints.positive_definite, "scale_tril": constraints.lower_cholesky}
    support = constraints.real_vector
    has_rsample = True

    def __init__(self, loc: Tensor, covariance_matrix: Optional[Tensor] = None,
                 precision_matrix: Optional[Tensor] = None, scale_tril: Optional[Tensor] = None,
                 validate_args: Any = None) -> None:
        if loc.dim() < 1:
            raise ValueError("loc must be at least one-dimensional.")
        given = {name: value for name, value in zip(_MATRIX_ARGS, (covariance_matrix, precision_matrix, scale_tril))
                 if value is not None}
        if len(given) != 1:
            raise ValueError("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.")
        (name, matrix), = given.items()
        if matrix.dim() < 2:
            raise ValueError(f"{name} must be at least two-dimensional, with optional leading batch dimensions")
        batch_shape = tuple(np.broadcast_shapes(tuple(matrix.shape[:-2]), tuple(loc.shape[:-1])))
        setattr(self, name, matrix.expand(batch_shape + (-1, -1)))
        self.loc = loc.expand(batch_shape + (-1,))
        super().__init__(Size(batch_shape), Size(tuple(loc.shape[-1:])), validate_args=validate_args)
        if name == "scale_tril":
            self._unbroadcasted_scale_tril = matrix
        elif name == "covariance_matrix":
            self._unbroadcasted_scale_tril = cholesky(matrix)
        else:
            self._unbroadcasted_scale_tril = _scale_tril_of_precision(matrix)

    def _matrix_shape(self) -> tuple:
        return tuple(self._batch_shape) + tuple(self._event_shape) * 2

    @lazy_property
    def scale_tril(self) -> Tensor:
        return self._unbroadcasted_scale_tril.expand(self._matrix_shape())

    @lazy_property
    def covariance_matrix(self) -> Tensor:
        L = self._unbroadcasted_scale_tril  # noqa: N806
        return (L @ L.mT).expand(self._matrix_shape())

    @lazy_property
    def precision_matrix(self) -> Tensor:
        L = self._unbroadcasted_scale_tril  # noqa: N806
        eye = _F.eye(L.shape[-1], dtype=L.dtype)
        return _F.cholesky_solve(eye.expand(L.shape), L).expand(self._matrix_shape())

    @property
    def mean(self) -> Tensor:
        return self.loc

    @property
    def mode(self) -> Tensor:
        return self.loc

    @property
    def variance(self) -> Tensor:
        shape = tuple(self._batch_shape) + tuple(self._event_shape)
        return self._unbroadcasted_scale_tril.pow(2).sum(-1).expand(shape)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        eps = _F.empty(shape, dtype=self.loc.dtype).normal_()
        return self.loc + (self._unbroadcasted_scale_tril @ eps.unsqueeze(-1)).squeeze(-1)

    def _half_log_det(self) -> Tensor:
        return self._unbroadcasted_scale_tril.diagonal(dim1=-2, dim2=-1).log().sum(-1)

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        m = mahalanobis(self._unbroadcasted_scale_tril, value - self.loc)
        return -0.5 * (self._event_shape[0] * math.log(2 * math.pi) + m) - self._half_log_det()

    def entropy(self) -> Tensor:
        h = 0.5 * self._event_shape[0] * (1.0 + math.log(2 * math.pi)) + self._half_log_det()
        return h if len(self._batch_shape) == 0 else h.expand(self._batch_shape)


MultivariateNormal.__module__ = "torch.distributions.multivariate_normal"
