"""``torch.nn.utils.parametrizations``: ``weight_norm`` and ``spectral_norm``.

``weight_norm`` computes a weight as ``g * v / ||v||``, ``g`` and ``v`` being the
parametrization's ``original0`` and ``original1``.

The norm is taken over every dim but ``dim``. For ``dim`` 0 or the last dim PyTorch uses its fused
kernel, whose node is ``WeightNormInterfaceBackward0`` (the same here, its gradients written in
engine ops so that they can be differentiated again); otherwise it composes ``v * (g / norm)``.

``spectral_norm`` divides a weight by its largest singular value, estimated by power iteration
on the buffers ``_u`` and ``_v``: drawn with ``normal_`` when registered (u first), 15 iterations
then, one more per call in training mode, as PyTorch's ``_SpectralNorm``.
"""
from __future__ import annotations

from typing import Optional

from autograd_tui.engine import functions as F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.missing import module_getattr
from autograd_tui.engine.nn import functional as NF
from autograd_tui.engine.nn.modules.conv import ConvTranspose2d
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.utils import parametrize
from autograd_tui.engine.record import Rule, record

__all__ = ["weight_norm", "spectral_norm"]


def _norm_except_dim(v: Tensor, dim: int) -> Tensor:
    """||v|| over every dim but ``dim``, shaped to broadcast against ``v`` (``torch.norm_except_dim``)."""
    if dim == -1:
        return v.norm()
    dim = dim + v.ndim if dim < 0 else dim  # (only -1 means "the whole tensor")
    keep = [1] * v.ndim
    keep[dim] = v.shape[dim]
    other = [d for d in range(v.ndim) if d != dim]
    return F.sqrt((v * v).sum(other)).reshape(keep) if other else F.abs(v).reshape(keep)


def _grads(grad: Tensor, v: Tensor, g: Tensor, dim: int) -> tuple[Tensor, Tensor]:
    """ATen's weight_norm backward: per slice s = sum(grad * v), a = g / norm; grad_v = a * grad -
    (a * s / norm^2) * v, grad_g = s / norm."""
    norm = _norm_except_dim(v, dim)
    other = [d for d in range(v.ndim) if d != dim]
    s = (grad * v).sum(other, keepdim=True) if other else grad * v
    a = g / norm
    return a * grad - (a * s / (norm * norm)) * v, s / norm


_RULE = Rule("weight_norm_interface", "WeightNormInterfaceBackward0", None,
             (lambda grad, v, g, dim: _grads(grad, v, g, dim)[0], lambda grad, v, g, dim: _grads(grad, v, g, dim)[1]),
             (0, 1), ("v", "g"))


def _weight_norm(v: Tensor, g: Tensor, dim: int) -> Tensor:
    """``torch._weight_norm``: the fused node for the first or last dim, plain ops otherwise."""
    if dim not in (0, v.ndim - 1):
        return v * (g / _norm_except_dim(v, dim))
    from_ops = v.detach() * (g.detach() / _norm_except_dim(v.detach(), dim))
    out = make(from_ops._data, from_ops.dtype)
    if _State.enabled or _State.dual_level:
        record(_RULE, (v, g), out, {"dim": dim})
    return out


class _WeightNorm(Module):
    def __init__(self, dim: Optional[int] = 0) -> None:
        super().__init__()
        self.dim = -1 if dim is None else dim

    def forward(self, weight_g: Tensor, weight_v: Tensor) -> Tensor:
        return _weight_norm(weight_v, weight_g, self.dim)

    def right_inverse(self, weight: Tensor) -> tuple[Tensor, Tensor]:
        return _norm_except_dim(weight, self.dim), weight


_WeightNorm.__module__ = "torch.nn.utils.parametrizations"


def weight_norm(module: Module, name: str = "weight", dim: Optional[int] = 0) -> Module:
    parametrize.register_parametrization(module, name, _WeightNorm(dim), unsafe=True)
    return module


class _SpectralNorm(Module):
    def __init__(self, weight: Tensor, n_power_iterations: int = 1, dim: int = 0, eps: float = 1e-12) -> None:
        super().__init__()
        ndim = weight.ndim
        if dim >= ndim or dim < -ndim:
            raise IndexError("Dimension out of range (expected to be in range of "
                             f"[-{ndim}, {ndim - 1}] but got {dim})")
        if n_power_iterations <= 0:
            raise ValueError("Expected n_power_iterations to be positive, but got "
                             f"n_power_iterations={n_power_iterations}")
        self.dim = dim if dim >= 0 else dim + ndim
        self.eps = eps
        if ndim > 1:
            self.n_power_iterations = n_power_iterations
            weight_mat = self._reshape_weight_to_matrix(weight)
            h, w = weight_mat.shape
            u = weight_mat.new_empty(h).normal_(0, 1)
            v = weight_mat.new_empty(w).normal_(0, 1)
            self.register_buffer("_u", NF.normalize(u, dim=0, eps=self.eps))
            self.register_buffer("_v", NF.normalize(v, dim=0, eps=self.eps))
            self._power_method(weight_mat, 15)

    def _reshape_weight_to_matrix(self, weight: Tensor) -> Tensor:
        if self.dim != 0:
            weight = weight.permute(self.dim, *(d for d in range(weight.dim()) if d != self.dim))
        return weight.flatten(1)

    def _power_method(self, weight_mat: Tensor, n_power_iterations: int) -> None:
        # PyTorch writes the normalised vectors into the buffers (out=): the same objects, new values.
        with no_grad():
            for _ in range(n_power_iterations):
                self._u.copy_(NF.normalize(F.mv(weight_mat, self._v), dim=0, eps=self.eps))
                self._v.copy_(NF.normalize(F.mv(weight_mat.H, self._u), dim=0, eps=self.eps))

    def forward(self, weight: Tensor) -> Tensor:
        if weight.ndim == 1:
            return NF.normalize(weight, dim=0, eps=self.eps)
        weight_mat = self._reshape_weight_to_matrix(weight)
        if self.training:
            self._power_method(weight_mat, self.n_power_iterations)
        u, v = self._u.clone(), self._v.clone()
        sigma = F.vdot(u, F.mv(weight_mat, v))
        return weight / sigma

    def right_inverse(self, value: Tensor) -> Tensor:
        return value


_SpectralNorm.__module__ = "torch.nn.utils.parametrizations"


def spectral_norm(module: Module, name: str = "weight", n_power_iterations: int = 1, eps: float = 1e-12,
                  dim: Optional[int] = None) -> Module:
    weight = getattr(module, name, None)
    if not isinstance(weight, Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if dim is None:
        dim = 1 if isinstance(module, ConvTranspose2d) else 0
    parametrize.register_parametrization(module, name, _SpectralNorm(weight, n_power_iterations, dim, eps))
    return module


__getattr__ = module_getattr("torch.nn.utils.parametrizations")
