"""The older ``torch.nn.utils.weight_norm`` and ``spectral_norm``: forward pre-hooks instead of
parametrizations, still common in published models (temporal conv nets, GAN discriminators).

``weight_norm`` replaces the parameter ``weight`` by ``weight_g`` (its norm over every dim but
``dim``) and ``weight_v`` (its direction), and recomputes ``weight = g * v / ||v||`` as a plain
attribute before every forward. ``spectral_norm`` keeps the parameter as ``weight_orig`` with two
buffers ``weight_u`` and ``weight_v`` (normal draws, u first, no refining at registration), and
before every forward in training mode refines them (``v`` first, then ``u``) before dividing the
weight by ``sigma = u . (W v)``.
"""
from __future__ import annotations

import warnings
from typing import Any, Optional

from autograd_tui.engine import functions as F
from autograd_tui.engine._tensor import AT_LIBRARY, Tensor
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.nn import functional as NF
from autograd_tui.engine.nn.modules.conv import _ConvTransposeNd
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.parameter import Parameter, UninitializedParameter
from autograd_tui.engine.nn.utils.parametrizations import _as_matrix, _norm_except_dim, _weight_norm

__all__ = ["weight_norm", "remove_weight_norm", "spectral_norm", "remove_spectral_norm"]

_DEPRECATED = ("`torch.nn.utils.weight_norm` is deprecated in favor of "
               "`torch.nn.utils.parametrizations.weight_norm`.")


class _WeightNormHook:
    def __init__(self, name: str, dim: int) -> None:
        self.name, self.dim = name, dim

    def compute_weight(self, module: Module) -> Tensor:
        return _weight_norm(getattr(module, self.name + "_v"), getattr(module, self.name + "_g"), self.dim)

    def __call__(self, module: Module, inputs: Any) -> None:
        setattr(module, self.name, self.compute_weight(module))


class _SpectralNormHook:
    def __init__(self, name: str, n_power_iterations: int, dim: int, eps: float) -> None:
        self.name, self.n_power_iterations, self.dim, self.eps = name, n_power_iterations, dim, eps

    def compute_weight(self, module: Module, refine: bool) -> Tensor:
        weight = getattr(module, self.name + "_orig")
        u, v = getattr(module, self.name + "_u"), getattr(module, self.name + "_v")
        matrix = _as_matrix(weight, self.dim)
        if refine:
            with no_grad():
                for _ in range(self.n_power_iterations):
                    v.copy_(NF.normalize(F.mv(matrix.t(), u), dim=0, eps=self.eps))
                    u.copy_(NF.normalize(F.mv(matrix, v), dim=0, eps=self.eps))
                if self.n_power_iterations > 0:  # the graph keeps these values, not later ones
                    u, v = u.clone(), v.clone()
        return weight / F.dot(u, F.mv(matrix, v))

    def __call__(self, module: Module, inputs: Any) -> None:
        setattr(module, self.name, self.compute_weight(module, refine=module.training))


def _hooks_of(module: Module, kind: type) -> list:
    return [(key, hook) for key, hook in module._forward_pre_hooks.items() if isinstance(hook, kind)]


def weight_norm(module: Module, name: str = "weight", dim: Optional[int] = 0) -> Module:
    warnings.warn(_DEPRECATED, FutureWarning, stacklevel=AT_LIBRARY)
    for _, hook in _hooks_of(module, _WeightNormHook):
        if hook.name == name:
            raise RuntimeError(f"Cannot register two weight_norm hooks on the same parameter {name}")
    hook = _WeightNormHook(name, -1 if dim is None else dim)
    weight = getattr(module, name)
    if isinstance(weight, UninitializedParameter):
        raise ValueError("The module passed to `WeightNorm` can't have uninitialized parameters. Make sure to "
                         "run the dummy forward before applying weight normalization")
    del module._parameters[name]
    module.register_parameter(name + "_g", Parameter(_norm_except_dim(weight, hook.dim).data))
    module.register_parameter(name + "_v", Parameter(weight.data))
    setattr(module, name, hook.compute_weight(module))
    module.register_forward_pre_hook(hook)
    return module


def remove_weight_norm(module: Module, name: str = "weight") -> Module:
    for key, hook in _hooks_of(module, _WeightNormHook):
        if hook.name == name:
            weight = hook.compute_weight(module)
            delattr(module, name)
            del module._parameters[name + "_g"]
            del module._parameters[name + "_v"]
            setattr(module, name, Parameter(weight.data))
            del module._forward_pre_hooks[key]
            return module
    raise ValueError(f"weight_norm of '{name}' not found in {module}")


def spectral_norm(module: Module, name: str = "weight", n_power_iterations: int = 1, eps: float = 1e-12,
                  dim: Optional[int] = None) -> Module:
    for _, hook in _hooks_of(module, _SpectralNormHook):
        if hook.name == name:
            raise RuntimeError(f"Cannot register two spectral_norm hooks on the same parameter {name}")
    if n_power_iterations <= 0:
        raise ValueError("Expected n_power_iterations to be positive, but got "
                         f"n_power_iterations={n_power_iterations}")
    if dim is None:  # a transposed conv keeps its output channels on dim 1
        dim = 1 if isinstance(module, _ConvTransposeNd) else 0
    hook = _SpectralNormHook(name, n_power_iterations, dim, eps)
    weight = module._parameters[name]
    with no_grad():
        matrix = _as_matrix(weight, dim)
        u = NF.normalize(weight.new_empty(matrix.shape[0]).normal_(0, 1), dim=0, eps=eps)
        v = NF.normalize(weight.new_empty(matrix.shape[1]).normal_(0, 1), dim=0, eps=eps)
    delattr(module, name)
    module.register_parameter(name + "_orig", weight)
    setattr(module, name, weight.data)
    module.register_buffer(name + "_u", u)
    module.register_buffer(name + "_v", v)
    module.register_forward_pre_hook(hook)
    return module


def remove_spectral_norm(module: Module, name: str = "weight") -> Module:
    for key, hook in _hooks_of(module, _SpectralNormHook):
        if hook.name == name:
            weight = hook.compute_weight(module, refine=False)
            del module._forward_pre_hooks[key]
            delattr(module, name)
            del module._parameters[name + "_orig"]
            del module._buffers[name + "_u"]
            del module._buffers[name + "_v"]
            setattr(module, name, Parameter(weight.detach()))
            return module
    raise ValueError(f"spectral_norm of '{name}' not found in {module}")
