"""``MultivariateNormal(loc, covariance_matrix | precision_matrix | scale_tril)``: the Gaussian
over vectors, parameterised internally by the lower Cholesky factor L of its covariance."""
from __future__ import annotations

import math
from typing import Any, Optional, Sequence

from autograd_tui.engine import functions as _F
from autograd_tui.engine import linalg as _linalg
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import Distribution, lazy_property

__all__ = ["MultivariateNormal", "mahalanobis", "matrix_times_vector"]


def matrix_times_vector(matrices: Tensor, vectors: Tensor) -> Tensor:
    """``matrices @ vectors`` for batches of matrices and of vectors (broadcast against each other)."""
    return _F.matmul(matrices, vectors.unsqueeze(-1)).squeeze(-1)


def mahalanobis(scale_tril: Tensor, diff: Tensor) -> Tensor:
    """``diff^T (L L^T)^-1 diff`` as the squared norm of ``L^-1 diff`` (a triangular solve)."""
    n = diff.shape[-1]
    if scale_tril.dim() == 2:  # one factor for every vector: one solve with the vectors as columns
        columns = diff.reshape(-1, n).mT
        solved = _linalg.solve_triangular(scale_tril, columns, upper=False)
        return solved.pow(2).sum(-2).reshape(tuple(diff.shape[:-1]))
    batch = tuple(_F.broadcast_shapes(tuple(scale_tril.shape[:-2]), tuple(diff.shape[:-1])))
    factors = scale_tril.expand(batch + (n, n))
    solved = _linalg.solve_triangular(factors, diff.expand(batch + (n,)).unsqueeze(-1), upper=False)
    return solved.squeeze(-1).pow(2).sum(-1)


def _precision_to_scale_tril(precision: Tensor) -> Tensor:
    """L with L L^T = P^-1, from the Cholesky factor of P with its rows and columns reversed."""
    flipped = _linalg.cholesky(_F.flip(precision, (-2, -1)))
    inverse_factor = _F.transpose(_F.flip(flipped, (-2, -1)), -2, -1)
    identity = _F.eye(precision.shape[-1], dtype=precision.dtype)
    return _linalg.solve_triangular(inverse_factor, identity, upper=False)


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
        if (covariance_matrix is not None) + (scale_tril is not None) + (precision_matrix is not None) != 1:
            raise ValueError("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.")
        given = next(m for m in (scale_tril, covariance_matrix, precision_matrix) if m is not None)
        if given.dim() < 2:
            name = ("scale_tril matrix" if scale_tril is not None else  # PyTorch's wording, name by name
                    "covariance_matrix" if covariance_matrix is not None else "precision_matrix")
            raise ValueError(f"{name} must be at least two-dimensional, with optional leading batch "
                             "dimensions")
        batch_shape = tuple(_F.broadcast_shapes(tuple(given.shape[:-2]), tuple(loc.shape[:-1])))
        full = batch_shape + (-1, -1)
        if scale_tril is not None:
            self.scale_tril = scale_tril.expand(full)
        elif covariance_matrix is not None:
            self.covariance_matrix = covariance_matrix.expand(full)
        else:
            self.precision_matrix = given.expand(full)
        self.loc = loc.expand(batch_shape + (-1,))
        # validated before factorized: a matrix that is not positive-definite raises the constraint's error
        super().__init__(Size(batch_shape), Size(tuple(self.loc.shape[-1:])), validate_args=validate_args)
        if scale_tril is not None:
            self._unbroadcasted_scale_tril = scale_tril
        elif covariance_matrix is not None:
            self._unbroadcasted_scale_tril = _linalg.cholesky(covariance_matrix)
        else:
            self._unbroadcasted_scale_tril = _precision_to_scale_tril(given)

    @lazy_property
    def scale_tril(self) -> Tensor:
        return self._unbroadcasted_scale_tril.expand(self._square_shape())

    @lazy_property
    def covariance_matrix(self) -> Tensor:
        factor = self._unbroadcasted_scale_tril
        return _F.matmul(factor, factor.mT).expand(self._square_shape())

    @lazy_property
    def precision_matrix(self) -> Tensor:
        factor = self._unbroadcasted_scale_tril
        identity = _F.eye(factor.shape[-1], dtype=factor.dtype)
        inverse = _linalg.solve_triangular(factor, identity, upper=False)
        return _F.matmul(inverse.mT, inverse).expand(self._square_shape())

    def _square_shape(self) -> tuple:
        return tuple(self._batch_shape) + tuple(self._event_shape) + tuple(self._event_shape)

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
        return self.loc + matrix_times_vector(self._unbroadcasted_scale_tril, eps)

    def _half_log_det(self) -> Tensor:
        return self._unbroadcasted_scale_tril.diagonal(dim1=-2, dim2=-1).log().sum(-1)

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        m = mahalanobis(self._unbroadcasted_scale_tril, value - self.loc)
        return -0.5 * (self._event_shape[0] * math.log(2 * math.pi) + m) - self._half_log_det()

    def entropy(self) -> Tensor:
        h = 0.5 * self._event_shape[0] * (1.0 + math.log(2 * math.pi)) + self._half_log_det()
        return h if len(self._batch_shape) == 0 else h.expand(tuple(self._batch_shape))


MultivariateNormal.__module__ = "torch.distributions.multivariate_normal"
