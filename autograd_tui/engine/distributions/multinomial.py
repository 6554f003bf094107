"""``Multinomial(total_count, probs=... | logits=...)``: counts of ``total_count`` categorical draws."""
from __future__ import annotations

import math
from typing import Any, Optional, Sequence

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor, make
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.binomial import Binomial
from autograd_tui.engine.distributions.categorical import Categorical
from autograd_tui.engine.distributions.distribution import Distribution, broadcast_all

__all__ = ["Multinomial"]


class Multinomial(Distribution):
    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}

    def __init__(self, total_count: int = 1, probs: Optional[Tensor] = None, logits: Optional[Tensor] = None,
                 validate_args: Any = None) -> None:
        if not isinstance(total_count, int):
            raise NotImplementedError("inhomogeneous total_count is not supported")
        self.total_count = total_count
        self._categorical = Categorical(probs=probs, logits=logits)
        batch_shape = self._categorical.batch_shape
        event_shape = self._categorical.param_shape[-1:]
        super().__init__(batch_shape, event_shape, validate_args=validate_args)

    @property
    def probs(self) -> Tensor:
        return self._categorical.probs

    @property
    def logits(self) -> Tensor:
        return self._categorical.logits

    @property
    def param_shape(self) -> Size:
        return self._categorical.param_shape

    @property
    def mean(self) -> Tensor:
        return self.probs * self.total_count

    @property
    def variance(self) -> Tensor:
        return self.total_count * self.probs * (1 - self.probs)

    def entropy(self) -> Tensor:
        # n H(categorical) - log n! + E[sum_i log x_i!], the expectation over each count's binomial marginal
        # (counts 0 add nothing: log 0! = 0)
        n = _F.tensor(self.total_count)
        marginal = Binomial(self.total_count, self.probs)
        counts = marginal.enumerate_support(expand=False)[1:]
        expected = (marginal.log_prob(counts).exp() * _F.lgamma(counts + 1)).sum([0, -1])
        return n * self._categorical.entropy() - _F.lgamma(n + 1) + expected

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        sample_shape = Size(tuple(sample_shape))
        # PyTorch draws total_count categorical samples first, then counts them per category
        draws = self._categorical.sample(Size((self.total_count,)) + sample_shape)._data
        draws = np.moveaxis(draws, 0, -1)
        counts = np.zeros(tuple(self._extended_shape(sample_shape)), dtype=np.int64)
        grid: list = list(np.indices(draws.shape, sparse=True))
        grid[-1] = draws
        np.add.at(counts, tuple(grid), 1)
        probs = self.probs
        return make(counts.astype(probs.dtype.np), probs.dtype)

    def log_prob(self, value: Tensor) -> Tensor:
        # tensor ops in the distribution's dtype, in PyTorch's order: its float32 lgamma and sums
        # decide the last digits
        logits, value = broadcast_all(self.logits, value)
        logits = logits.clone()
        log_factorial_n = _F.lgamma(value.sum(-1) + 1)
        log_factorial_xs = _F.lgamma(value + 1).sum(-1)
        logits[(value == 0) & (logits == -math.inf)] = 0
        log_powers = (logits * value).sum(-1)
        return log_factorial_n - log_factorial_xs + log_powers
