"""``MixtureSameFamily(Categorical, components)``: pick a component with the categorical, then
draw from it. The components are one distribution whose rightmost batch dim indexes them; the
log-density is the log-sum-exp over components of the mixing log-weight plus the component's
log-density, and sampling draws the choice first, then every component, keeping the chosen one
(the random stream PyTorch consumes, in its order).
"""
from __future__ import annotations

from typing import Any, Sequence

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.categorical import Categorical
from autograd_tui.engine.distributions.distribution import Distribution
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn import functional as F

__all__ = ["MixtureSameFamily"]


class MixtureSameFamily(Distribution):
    arg_constraints: dict = {}
    has_rsample = False

    def __init__(self, mixture_distribution: Categorical, component_distribution: Distribution,
                 validate_args: Any = None) -> None:
        self._mixture_distribution = mixture_distribution
        self._component_distribution = component_distribution
        if not isinstance(mixture_distribution, Categorical):
            raise ValueError(" The Mixture distribution needs to be an  instance of torch.distributions.Categorical")
        if not isinstance(component_distribution, Distribution):
            raise ValueError("The Component distribution needs to be an instance of torch.distributions.Distribution")
        mixture_batch = mixture_distribution.batch_shape
        component_batch = component_distribution.batch_shape[:-1]
        for m, c in zip(reversed(mixture_batch), reversed(component_batch)):
            if m != 1 and c != 1 and m != c:
                raise ValueError(f"`mixture_distribution.batch_shape` ({mixture_batch}) is not compatible with "
                                 f"`component_distribution.batch_shape`({component_batch})")
        k_mixture = mixture_distribution.logits.shape[-1]
        k_components = component_distribution.batch_shape[-1]
        if k_mixture != k_components:
            raise ValueError(f"`mixture_distribution component` ({k_mixture}) does not equal "
                             f"`component_distribution.batch_shape[-1]` ({k_components})")
        self._num_component = k_mixture
        self._event_ndims = len(component_distribution.event_shape)
        super().__init__(component_batch, component_distribution.event_shape, validate_args=validate_args)

    @property
    def support(self) -> Any:
        return constraints.MixtureSameFamilyConstraint(self._component_distribution.support)

    @property
    def mixture_distribution(self) -> Categorical:
        return self._mixture_distribution

    @property
    def component_distribution(self) -> Distribution:
        return self._component_distribution

    def _component_dim(self) -> int:
        return -1 - self._event_ndims

    def _pad(self, x: Tensor) -> Tensor:
        """``x`` with a dim for the components, where the component distribution's batch has it."""
        return x.unsqueeze(self._component_dim())

    def _mixing_weights(self) -> Tensor:
        """The mixture's probabilities shaped to broadcast against the components' values."""
        probs = self.mixture_distribution.probs
        own_batch, mixing_batch = len(self.batch_shape), len(self.mixture_distribution.batch_shape)
        padding = 0 if mixing_batch == 1 else own_batch - mixing_batch
        shape = tuple(probs.shape)
        return probs.reshape(shape[:-1] + (1,) * padding + shape[-1:] + (1,) * self._event_ndims)

    @property
    def mean(self) -> Tensor:
        return _F.sum(self._mixing_weights() * self.component_distribution.mean, dim=self._component_dim())

    @property
    def variance(self) -> Tensor:
        weights = self._mixing_weights()
        within = _F.sum(weights * self.component_distribution.variance, dim=self._component_dim())
        between = _F.sum(weights * (self.component_distribution.mean - self._pad(self.mean)).pow(2.0),
                         dim=self._component_dim())
        return within + between

    def cdf(self, x: Tensor) -> Tensor:
        return _F.sum(self.component_distribution.cdf(self._pad(x)) * self.mixture_distribution.probs, dim=-1)

    def log_prob(self, x: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(x)
        per_component = self.component_distribution.log_prob(self._pad(x))
        log_weights = F.log_softmax(self.mixture_distribution.logits, dim=-1)
        return _F.logsumexp(per_component + log_weights, dim=-1)

    def sample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        with no_grad():
            where = len(tuple(sample_shape)) + len(self.batch_shape)
            event = tuple(self.event_shape)
            choice = self.mixture_distribution.sample(sample_shape)
            drawn = self.component_distribution.sample(sample_shape)
            index = choice.reshape(tuple(choice.shape) + (1,) * (len(event) + 1))
            index = index.repeat((1,) * choice.ndim + (1,) + event)
            return _F.gather(drawn, where, index).squeeze(where)

    def __repr__(self) -> str:
        return f"MixtureSameFamily(\n  {self.mixture_distribution},\n  {self.component_distribution})"


MixtureSameFamily.__module__ = "torch.distributions.mixture_same_family"
