"""``LowRankMultivariateNormal(loc, cov_factor, cov_diag)``: a Gaussian whose covariance is
W W^T + diag(D) for a thin W (n x m), handled through the m x m "capacitance" I + W^T D^-1 W
(Woodbury's identity) as PyTorch does, never the n x n matrix unless asked for."""
from __future__ import annotations

import math
from typing import Any, Sequence

from autograd_tui.engine import functions as _F
from autograd_tui.engine import linalg as _linalg
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.distribution import Distribution, lazy_property
from autograd_tui.engine.distributions.multivariate_normal import mahalanobis, matrix_times_vector

__all__ = ["LowRankMultivariateNormal", "capacitance_tril", "lowrank_logdet", "lowrank_mahalanobis"]


def _plus_identity(k: Tensor) -> Tensor:
    return k + _F.eye(k.shape[-1], dtype=k.dtype)


def capacitance_tril(w: Tensor, d: Tensor) -> Tensor:
    """The Cholesky factor of I + W^T D^-1 W."""
    wt_dinv = w.mT / d.unsqueeze(-2)
    return _linalg.cholesky(_plus_identity(_F.matmul(wt_dinv, w).contiguous()))


def lowrank_logdet(w: Tensor, d: Tensor, capacitance: Tensor) -> Tensor:
    """log det(W W^T + D) = log det(capacitance) + log det(D)."""
    return 2 * capacitance.diagonal(dim1=-2, dim2=-1).log().sum(-1) + d.log().sum(-1)


def lowrank_mahalanobis(w: Tensor, d: Tensor, x: Tensor, capacitance: Tensor) -> Tensor:
    """x^T (W W^T + D)^-1 x by Woodbury: x^T D^-1 x minus the capacitance's Mahalanobis term."""
    wt_dinv = w.mT / d.unsqueeze(-2)
    wt_dinv_x = matrix_times_vector(wt_dinv, x)
    return (x.pow(2) / d).sum(-1) - mahalanobis(capacitance, wt_dinv_x)


class LowRankMultivariateNormal(Distribution):
    arg_constraints = {"loc": constraints.real_vector, "cov_factor": constraints.independent(constraints.real, 2),
                       "cov_diag": constraints.independent(constraints.positive, 1)}
    support = constraints.real_vector
    has_rsample = True

    def __init__(self, loc: Tensor, cov_factor: Tensor, cov_diag: Tensor, validate_args: Any = None) -> None:
        if loc.dim() < 1:
            raise ValueError("loc must be at least one-dimensional.")
        event_shape = loc.shape[-1:]
        if cov_factor.dim() < 2:
            raise ValueError("cov_factor must be at least two-dimensional, with optional leading batch dimensions")
        if cov_factor.shape[-2:-1] != event_shape:
            raise ValueError(f"cov_factor must be a batch of matrices with shape {event_shape[0]} x m")
        if cov_diag.shape[-1:] != event_shape:
            raise ValueError(f"cov_diag must be a batch of vectors with shape {event_shape}")
        try:
            loc_, self.cov_factor, cov_diag_ = _F.broadcast_tensors(loc.unsqueeze(-1), cov_factor,
                                                                    cov_diag.unsqueeze(-1))
        except RuntimeError as e:
            raise ValueError(f"Incompatible batch shapes: loc {loc.shape}, cov_factor {cov_factor.shape}, "
                             f"cov_diag {cov_diag.shape}") from e
        self.loc = loc_[..., 0]
        self.cov_diag = cov_diag_[..., 0]
        self._unbroadcasted_cov_factor = cov_factor
        self._unbroadcasted_cov_diag = cov_diag
        self._capacitance_tril = capacitance_tril(cov_factor, cov_diag)
        super().__init__(self.loc.shape[:-1], event_shape, validate_args=validate_args)

    @property
    def mean(self) -> Tensor:
        return self.loc

    @property
    def mode(self) -> Tensor:
        return self.loc

    def _square_shape(self) -> tuple:
        return tuple(self._batch_shape) + tuple(self._event_shape) * 2

    @lazy_property
    def variance(self) -> Tensor:
        diagonal = self._unbroadcasted_cov_factor.pow(2).sum(-1) + self._unbroadcasted_cov_diag
        return diagonal.expand(tuple(self._batch_shape) + tuple(self._event_shape))

    @lazy_property
    def scale_tril(self) -> Tensor:
        # L = sqrt(D) chol(I + D^-1/2 W W^T D^-1/2): the factor of W W^T + D
        sqrt_d = self._unbroadcasted_cov_diag.sqrt().unsqueeze(-1)
        scaled_w = self._unbroadcasted_cov_factor / sqrt_d
        k = _plus_identity(_F.matmul(scaled_w, scaled_w.mT).contiguous())
        return (sqrt_d * _linalg.cholesky(k)).expand(self._square_shape())

    @lazy_property
    def covariance_matrix(self) -> Tensor:
        w = self._unbroadcasted_cov_factor
        covariance = _F.matmul(w, w.mT) + _F.diag_embed(self._unbroadcasted_cov_diag)
        return covariance.expand(self._square_shape())

    @lazy_property
    def precision_matrix(self) -> Tensor:
        wt_dinv = self._unbroadcasted_cov_factor.mT / self._unbroadcasted_cov_diag.unsqueeze(-2)
        a = _linalg.solve_triangular(self._capacitance_tril, wt_dinv, upper=False)
        precision = _F.diag_embed(self._unbroadcasted_cov_diag.reciprocal()) - a.mT @ a
        return precision.expand(self._square_shape())

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        w_shape = tuple(shape[:-1]) + tuple(self.cov_factor.shape[-1:])
        eps_w = _F.empty(w_shape, dtype=self.loc.dtype).normal_()
        eps_d = _F.empty(shape, dtype=self.loc.dtype).normal_()
        return (self.loc + matrix_times_vector(self._unbroadcasted_cov_factor, eps_w)
                + self._unbroadcasted_cov_diag.sqrt() * eps_d)

    def _log_det(self) -> Tensor:
        return lowrank_logdet(self._unbroadcasted_cov_factor, self._unbroadcasted_cov_diag, self._capacitance_tril)

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        m = lowrank_mahalanobis(self._unbroadcasted_cov_factor, self._unbroadcasted_cov_diag, value - self.loc,
                                self._capacitance_tril)
        return -0.5 * (self._event_shape[0] * math.log(2 * math.pi) + self._log_det() + m)

    def entropy(self) -> Tensor:
        h = 0.5 * (self._event_shape[0] * (1.0 + math.log(2 * math.pi)) + self._log_det())
        return h if len(self._batch_shape) == 0 else h.expand(tuple(self._batch_shape))


LowRankMultivariateNormal.__module__ = "torch.distributions.lowrank_multivariate_normal"
