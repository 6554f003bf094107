"""``Dirichlet(concentration)``: normalised gamma draws, PyTorch's ``_sample_dirichlet``, differentiable in the
concentration through ATen's ``_dirichlet_grad`` (``rsample``; Beta's draws are these too)."""
from __future__ import annotations

from typing import Any, Sequence

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Size, Tensor
from autograd_tui.engine.distributions import _sampling, constraints
from autograd_tui.engine.distributions.exp_family import ExponentialFamily
from autograd_tui.engine.autograd.function import Function, once_differentiable
from autograd_tui.engine.functions.reparam_grads import dirichlet_grad

__all__ = ["Dirichlet"]


def _Dirichlet_backward(x: Tensor, concentration: Tensor, grad_output: Tensor) -> Tensor:
    """The draw's gradient: each entry's Beta gradient, less what the normalisation moves."""
    total = concentration.sum(-1, True).expand_as(concentration)
    grad = dirichlet_grad(x, concentration, total)
    return grad * (grad_output - (x * grad_output).sum(-1, True))


class _Dirichlet(Function):
    """A Dirichlet draw as an autograd Function (its node: ``_DirichletBackward``), as PyTorch's."""

    @staticmethod
    def forward(ctx: Any, concentration: Tensor) -> Tensor:
        x = _sampling.sample_dirichlet(concentration)
        ctx.save_for_backward(x, concentration)
        return x

    @staticmethod
    @once_differentiable
    def backward(ctx: Any, grad_output: Tensor) -> Tensor:
        x, concentration = ctx.saved_tensors
        return _Dirichlet_backward(x, concentration, grad_output)


class Dirichlet(ExponentialFamily):
    arg_constraints = {"concentration": constraints.independent(constraints.positive, 1)}
    support = constraints.simplex
    has_rsample = True

    def __init__(self, concentration: Tensor, validate_args: Any = None) -> None:
        if concentration.dim() < 1:
            raise ValueError("`concentration` parameter must be at least one-dimensional.")
        self.concentration = concentration
        super().__init__(concentration.shape[:-1], concentration.shape[-1:], validate_args=validate_args)

    def rsample(self, sample_shape: Sequence[int] = Size()) -> Tensor:
        shape = self._extended_shape(sample_shape)
        return _Dirichlet.apply(self.concentration.expand(shape))

    def log_prob(self, value: Tensor) -> Tensor:
        if self._validate_args:
            self._validate_sample(value)
        return (_F.xlogy(self.concentration - 1.0, value).sum(-1) + _F.lgamma(self.concentration.sum(-1))
                - _F.lgamma(self.concentration).sum(-1))

    @property
    def mean(self) -> Tensor:
        return self.concentration / self.concentration.sum(-1, True)

    @property
    def mode(self) -> Tensor:
        # (alpha - 1) / sum(alpha - 1) with alpha - 1 clamped at 0; where every alpha is below 1 the density
        # peaks at a vertex, which PyTorch takes at the argmax of that (0/0) row: written into the rows in
        # place, so the result's node is IndexPutBackward0 as PyTorch's
        above_one = (self.concentration - 1).clamp(min=0.0)
        mode = above_one / above_one.sum(-1, True)
        at_vertex = (self.concentration < 1).all(-1)
        size = above_one.shape[-1]
        vertex = mode[at_vertex].argmax(-1).unsqueeze(-1) == _F.arange(size)
        mode[at_vertex] = vertex.to(mode.dtype)
        return mode

    @property
    def variance(self) -> Tensor:
        total = self.concentration.sum(-1, True)
        return self.concentration * (total - self.concentration) / (total.pow(2) * (total + 1))

    def entropy(self) -> Tensor:
        k = self.concentration.size(-1)
        total = self.concentration.sum(-1)
        return (_F.lgamma(self.concentration).sum(-1) - _F.lgamma(total) - (k - total) * _F.digamma(total)
                - ((self.concentration - 1.0) * _F.digamma(self.concentration)).sum(-1))


for _cls in (Dirichlet, _Dirichlet):
    _cls.__module__ = "torch.distributions.dirichlet"
