"""``LKJCholesky(dim, concentration)``: Cholesky factors of random correlation matrices, the LKJ
distribution's onion method (Lewandowski, Kurowicka and Joe, 2009): row i of the factor is a direction
drawn uniformly on the sphere (normalised ``randn`` draws) scaled by the root of a Beta draw, and its
diagonal entry takes the rest of the unit length."""
from __future__ import annotations

import math
from typing import Any, Sequence, Union

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.beta import Beta
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all
from autograd_tui.engine.dtypes import finfo
from autograd_tui.engine.grad_mode import no_grad

__all__ = ["LKJCholesky"]


class LKJCholesky(Distribution):
    arg_constraints = {"concentration": constraints.positive}
    support = constraints.corr_cholesky

    def __init__(self, dim: int, concentration: Union[Tensor, float] = 1.0, validate_args: Any = None) -> None:
        if dim < 2:
            raise ValueError(f"Expected dim to be an integer greater than or equal to 2. Found dim={dim}.")
        self.dim = dim
        (self.concentration,) = broadcast_all(concentration)
        batch_shape = self.concentration.size()
        # row i's squared length off the diagonal is Beta(i / 2, concentration + (dim - 2 - i) / 2)
        # (row 0 has none: its Beta(1/2, ...) draw is drawn and then multiplied by zeros)
        marginal_conc = self.concentration + 0.5 * (self.dim - 2)
        offset = _F.arange(self.dim - 1, dtype=self.concentration.dtype)
        offset = _F.cat([offset.new_zeros((1,)), offset])
        self._beta = Beta(offset + 0.5, marginal_conc.unsqueeze(-1) - 0.5 * offset)
        super().__init__(batch_shape, Size((dim, dim)), validate_args)

    def expand(self, batch_shape: Sequence[int], _instance: Any = None) -> "LKJCholesky":
        new = self._get_checked_instance(LKJCholesky, _instance)
        batch_shape = Size(tuple(batch_shape))
        new.dim = self.dim
        new.concentration = self.concentration.expand(batch_shape)
        new._beta = self._beta.expand(batch_shape + (self.dim,))
        Distribution.__init__(new, batch_shape, self.event_shape, validate_args=False)
        new._validate_args = self._validate_args
        return new

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        with no_grad():
            y = self._beta.sample(sample_shape).unsqueeze(-1)
            u_normal = _F.randn(self._extended_shape(sample_shape), dtype=y.dtype).tril(-1)
            u_hypersphere = u_normal / u_normal.norm(dim=-1, keepdim=True)
            u_hypersphere[..., 0, :].fill_(0.0)  # row 0 is (1, 0, ..., 0): its 0/0 directions dropped
            w = _F.sqrt(y) * u_hypersphere
            diag_elems = _F.clamp(1 - _F.sum(w ** 2, dim=-1), min=finfo(w.dtype).tiny).sqrt()
            w += _F.diag_embed(diag_elems)
            return w

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        # the density in the factor's diagonal alone: prod_i L_ii^(2 (concentration - 1) + dim - i)
        diag_elems = value.diagonal(dim1=-1, dim2=-2)[..., 1:]
        order = _F.arange(2, self.dim + 1)
        order = 2 * (self.concentration - 1).unsqueeze(-1) + self.dim - order
        unnormalized_log_pdf = _F.sum(order * diag_elems.log(), dim=-1)
        dm1 = self.dim - 1
        alpha = self.concentration + 0.5 * dm1
        denominator = _F.lgamma(alpha) * dm1
        numerator = _F.mvlgamma(alpha - 0.5, dm1)
        pi_constant = 0.5 * dm1 * math.log(math.pi)
        return unnormalized_log_pdf - (pi_constant + numerator - denominator)


LKJCholesky.__module__ = "torch.distributions.lkj_cholesky"
