"""``ExponentialFamily``: the base PyTorch gives its exponential-family distributions (Normal,
Bernoulli, Gamma, ...). ``kl_divergence`` uses it to refuse pairs of two different families."""
from __future__ import annotations

from autograd_tui.engine.distributions.distribution import Distribution

__all__ = ["ExponentialFamily"]


class ExponentialFamily(Distribution):
    @property
    def _natural_params(self) -> tuple:
        raise NotImplementedError

    def _log_normalizer(self, *natural_params: object) -> object:
        raise NotImplementedError

    @property
    def _mean_carrier_measure(self) -> object:
        raise NotImplementedError


ExponentialFamily.__module__ = "torch.distributions.exp_family"
