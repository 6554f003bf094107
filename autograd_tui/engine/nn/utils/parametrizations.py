"""``torch.nn.utils.parametrizations``: ``weight_norm`` and ``spectral_norm``.

``weight_norm`` computes a weight as ``g * v / ||v||``, ``g`` and ``v`` being the
parametrization's ``original0`` and ``original1``.

The norm is taken over every dim but ``dim``. For ``dim`` 0 or the last dim PyTorch uses its fused
kernel, whose node is ``WeightNormInterfaceBackward0`` (the same here, its gradients written in
engine ops so that they can be differentiated again); otherwise it composes ``v * (g / norm)``.

``spectral_norm`` divides a weight by its largest singular value, estimated by power iteration
on the buffers ``_u`` and ``_v``: drawn with ``normal_`` when registered (u first), refined 15 times
then and ``n_power_iterations`` times per call in training mode.
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
from autograd_tui.engine.parity import weight_norm as weight_norm_kernel
from autograd_tui.engine.record import Rule, record

__all__ = ["weight_norm", "spectral_norm"]


def _norm_except_dim(v: Tensor, dim: int) -> Tensor:
    """||v|| over every dim but ``dim``, shaped to broadcast against ``v`` (``torch.norm_except_dim``,
    through the same norm calls: their order of additions is PyTorch's norm kernel's)."""
    if dim == -1:
        return v.norm()
    if dim == 0:
        return v.contiguous().view(v.shape[0], -1).norm(2, 1).view([v.shape[0]] + [1] * (v.ndim - 1))
    if dim == v.ndim - 1:
        return v.contiguous().view(-1, v.shape[-1]).norm(2, 0).view([1] * (v.ndim - 1) + [v.shape[-1]])
    return _norm_except_dim(v.transpose(0, dim), 0).transpose(0, dim)


def _grads(grad: Tensor, v: Tensor, g: Tensor, dim: int) -> tuple[Tensor, Tensor]:
    """ATen's weight_norm backward: per slice s = sum(grad * v), a = g / norm; grad_v = a * grad -
    (a * s / norm^2) * v, grad_g = s / norm."""
    if dim == 0 and not _State.enabled and weight_norm_kernel.applies(v._data, g._data) and grad.dtype is v.dtype:
        grad_v, grad_g = weight_norm_kernel.backward(grad._data, v._data, g._data)  # PyTorch's float32 order
        return make(grad_v, v.dtype), make(grad_g, g.dtype)
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
    if dim == 0 and weight_norm_kernel.applies(v._data, g._data):
        out = make(weight_norm_kernel.forward(v._data, g._data)[0], v.dtype)
    else:
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


def _as_matrix(weight: Tensor, dim: int) -> Tensor:
    """The weight as a matrix whose rows run along ``dim`` (a conv's output channels for dim 0)."""
    if dim != 0:  # no permute for dim 0, so the graph holds no PermuteBackward0 there
        weight = weight.permute(dim, *(d for d in range(weight.ndim) if d != dim))
    return weight.flatten(1)


def _refine_singular_vectors(matrix: Tensor, u: Tensor, v: Tensor, steps: int, eps: float) -> None:
    """Power iteration: ``u <- unit(W v)``, then ``v <- unit(W^H u)``, ``steps`` times.

    The buffers are overwritten in place, never replaced: a reference a learner holds to ``_u`` sees
    the new values. No graph is recorded, so sigma's gradient treats u and v as constants."""
    with no_grad():
        for _ in range(steps):
            u.copy_(NF.normalize(F.mv(matrix, v), dim=0, eps=eps))
            v.copy_(NF.normalize(F.mv(matrix.H, u), dim=0, eps=eps))


class _SpectralNorm(Module):
    """The parametrization ``spectral_norm`` registers: the weight divided by sigma, an estimate of
    its largest singular value, ``sigma = u . (W v)``.

    u and v (buffers ``_u``, ``_v``) start from normal draws, u's first, and get 15 refining steps
    at once; every call in training mode refines them ``n_power_iterations`` more times, so sigma
    stays fixed in eval mode. A 1-D weight is simply scaled to unit length (no buffers)."""

    def __init__(self, weight: Tensor, n_power_iterations: int = 1, dim: int = 0, eps: float = 1e-12) -> None:
        super().__init__()
        ndim = weight.ndim
        if not -ndim <= dim < ndim:
            raise IndexError("Dimension out of range (expected to be in range of "
                             f"[-{ndim}, {ndim - 1}] but got {dim})")
        if n_power_iterations <= 0:
            raise ValueError("Expected n_power_iterations to be positive, but got "
                             f"n_power_iterations={n_power_iterations}")
        self.dim = dim % ndim
        self.eps = eps
        if ndim == 1:
            return
        self.n_power_iterations = n_power_iterations
        matrix = _as_matrix(weight, self.dim)
        first_u = matrix.new_empty(matrix.shape[0]).normal_(0, 1)
        first_v = matrix.new_empty(matrix.shape[1]).normal_(0, 1)
        self.register_buffer("_u", NF.normalize(first_u, dim=0, eps=eps))
        self.register_buffer("_v", NF.normalize(first_v, dim=0, eps=eps))
        _refine_singular_vectors(matrix, self._u, self._v, 15, eps)

    def forward(self, weight: Tensor) -> Tensor:
        if weight.ndim == 1:
            return NF.normalize(weight, dim=0, eps=self.eps)
        matrix = _as_matrix(weight, self.dim)
        if self.training:
            _refine_singular_vectors(matrix, self._u, self._v, self.n_power_iterations, self.eps)
        # sigma uses copies: the next training call overwrites the buffers, and a graph built now
        # (two forward calls before one backward) must keep the values it was built with.
        sigma = F.vdot(self._u.clone(), F.mv(matrix, self._v.clone()))
        return weight / sigma

    def right_inverse(self, value: Tensor) -> Tensor:
        return value  # assigning a weight stores it as given


_SpectralNorm.__module__ = "torch.nn.utils.parametrizations"


def spectral_norm(module: Module, name: str = "weight", n_power_iterations: int = 1, eps: float = 1e-12,
                  dim: Optional[int] = None) -> Module:
    weight = getattr(module, name, None)
    if not isinstance(weight, Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if dim is None:  # a transposed conv keeps its output channels on dim 1
        dim = 1 if isinstance(module, ConvTranspose2d) else 0
    parametrize.register_parametrization(module, name, _SpectralNorm(weight, n_power_iterations, dim, eps))
    return module


__getattr__ = module_getattr("torch.nn.utils.parametrizations")
