"""``torch.nn.utils.parametrizations``: ``weight_norm``, ``spectral_norm`` and ``orthogonal``.

``weight_norm`` computes a weight as ``g * v / ||v||``, ``g`` and ``v`` being the
parametrization's ``original0`` and ``original1``.

The norm is taken over every dim but ``dim``. For ``dim`` 0 or the last dim PyTorch uses its fused
kernel, whose node is ``WeightNormInterfaceBackward0`` (the same here, its gradients written in
engine ops so that they can be differentiated again); otherwise it composes ``v * (g / norm)``.

``spectral_norm`` divides a weight by its largest singular value, estimated by power iteration
on the buffers ``_u`` and ``_v``: drawn with ``normal_`` when registered (u first), refined 15 times
then and ``n_power_iterations`` times per call in training mode.
"""
from __future__ import annotations as _annotations

from enum import Enum, auto
from typing import Optional as _Optional

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import functions as F
from autograd_tui.engine._tensor import Tensor, make as _make
from autograd_tui.engine.grad_mode import _State, no_grad as _no_grad
from autograd_tui.engine.missing import module_getattr as _module_getattr
from autograd_tui.engine.nn import functional as _NF
from autograd_tui.engine.nn.modules.conv import _ConvTransposeNd
from autograd_tui.engine.nn.modules.module import Module
from autograd_tui.engine.nn.utils import parametrize
from autograd_tui.engine.parity import weight_norm as _weight_norm_kernel
from autograd_tui.engine.record import Rule as _Rule, record as _record

__all__ = ["weight_norm", "spectral_norm", "orthogonal"]


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
    if dim == 0 and not _State.enabled and _weight_norm_kernel.applies(v._data, g._data) and grad.dtype is v.dtype:
        grad_v, grad_g = _weight_norm_kernel.backward(grad._data, v._data, g._data)  # PyTorch's float32 order
        return _make(grad_v, v.dtype), _make(grad_g, g.dtype)
    norm = _norm_except_dim(v, dim)
    other = [d for d in range(v.ndim) if d != dim]
    s = (grad * v).sum(other, keepdim=True) if other else grad * v
    a = g / norm
    return a * grad - (a * s / (norm * norm)) * v, s / norm


_RULE = _Rule("weight_norm_interface", "WeightNormInterfaceBackward0", None,
             (lambda grad, v, g, dim: _grads(grad, v, g, dim)[0], lambda grad, v, g, dim: _grads(grad, v, g, dim)[1]),
             (0, 1), ("v", "g"))


def _weight_norm(v: Tensor, g: Tensor, dim: int) -> Tensor:
    """``torch._weight_norm``: the fused node for the first or last dim, plain ops otherwise."""
    if dim not in (0, v.ndim - 1):
        return v * (g / _norm_except_dim(v, dim))
    if dim == 0 and _weight_norm_kernel.applies(v._data, g._data):
        out = _make(_weight_norm_kernel.forward(v._data, g._data)[0], v.dtype)
    else:
        from_ops = v.detach() * (g.detach() / _norm_except_dim(v.detach(), dim))
        out = _make(from_ops._data, from_ops.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        _record(_RULE, (v, g), out, {"dim": dim})
    return out


class _WeightNorm(Module):
    def __init__(self, dim: _Optional[int] = 0) -> None:
        super().__init__()
        self.dim = -1 if dim is None else dim

    def forward(self, weight_g: Tensor, weight_v: Tensor) -> Tensor:
        return _weight_norm(weight_v, weight_g, self.dim)

    def right_inverse(self, weight: Tensor) -> tuple[Tensor, Tensor]:
        return _norm_except_dim(weight, self.dim), weight


_WeightNorm.__module__ = "torch.nn.utils.parametrizations"


def weight_norm(module: Module, name: str = "weight", dim: _Optional[int] = 0) -> Module:
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
    with _no_grad():
        for _ in range(steps):
            u.copy_(_NF.normalize(F.mv(matrix, v), dim=0, eps=eps))
            v.copy_(_NF.normalize(F.mv(matrix.H, u), dim=0, eps=eps))


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
        self.register_buffer("_u", _NF.normalize(first_u, dim=0, eps=eps))
        self.register_buffer("_v", _NF.normalize(first_v, dim=0, eps=eps))
        _refine_singular_vectors(matrix, self._u, self._v, 15, eps)

    def forward(self, weight: Tensor) -> Tensor:
        if weight.ndim == 1:
            return _NF.normalize(weight, dim=0, eps=self.eps)
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
                  dim: _Optional[int] = None) -> Module:
    weight = getattr(module, name, None)
    if not isinstance(weight, Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if dim is None:  # a transposed conv keeps its output channels on dim 1
        dim = 1 if isinstance(module, _ConvTransposeNd) else 0
    parametrize.register_parametrization(module, name, _SpectralNorm(weight, n_power_iterations, dim, eps))
    return module


class _OrthMaps(Enum):
    matrix_exp = auto()
    cayley = auto()
    householder = auto()


_OrthMaps.__module__ = "torch.nn.utils.parametrizations"


def _householder_product(v: Tensor, tau: Tensor) -> Tensor:
    """The first k columns of H_1 H_2 ... H_k, H_i = I - tau_i w_i w_i^T with w_i column i of ``v``
    below the diagonal and 1 on it (LAPACK's orgqr), in engine ops so that it is differentiable."""
    n, k = v.shape[-2], v.shape[-1]
    eye = F.eye(n, dtype=v.dtype)
    q = eye.narrow(-1, 0, k).expand(tuple(v.shape[:-2]) + (n, k))
    for i in reversed(range(k)):
        w = v.narrow(-1, i, 1).tril(-i) - v.narrow(-1, i, 1) * eye.narrow(-1, i, 1) + eye.narrow(-1, i, 1)
        q = q - tau.narrow(-1, i, 1).unsqueeze(-1) * (w @ (w.mT @ q))
    return q


def _make_orthogonal(a: Tensor) -> Tensor:
    """Q of A's QR factorization with R's diagonal made positive (a square A's closest rotation)."""
    q, r = F.linalg_qr(a)
    return q * r.diagonal(dim1=-2, dim2=-1).sgn().unsqueeze(-2)


class _Orthogonal(Module):
    """The parametrization ``orthogonal`` registers: an orthogonal matrix from an unconstrained one,
    by the exponential (or Cayley transform) of its skew-symmetric part or by Householder
    reflections; with ``use_trivialization`` it is multiplied onto the buffer ``base``, which the
    initial weight (or an assigned one) sets, so that the original starts at ``-I``."""

    def __init__(self, weight: Tensor, orthogonal_map: _OrthMaps, use_trivialization: bool = True) -> None:
        super().__init__()
        self.shape = weight.shape
        self.orthogonal_map = orthogonal_map
        if use_trivialization:
            self.register_buffer("base", None)

    def forward(self, X: Tensor) -> Tensor:  # noqa: N803 - PyTorch's argument name
        n, k = X.size(-2), X.size(-1)
        transposed = n < k
        if transposed:
            X, n, k = X.mT, k, n
        if self.orthogonal_map in (_OrthMaps.matrix_exp, _OrthMaps.cayley):
            X = X.tril()
            if n != k:
                X = F.cat([X, X.new_zeros(n, n - k).expand(tuple(X.shape[:-2]) + (-1, -1))], dim=-1)
            A = X - X.mT
            if self.orthogonal_map is _OrthMaps.matrix_exp:
                Q = F.matrix_exp(A)
            else:
                eye = F.eye(n, dtype=A.dtype)
                Q = F.solve(F.add(eye, A, alpha=-0.5), F.add(eye, A, alpha=0.5))
            if n != k:
                Q = Q[..., :k]
        else:
            A = X.tril(diagonal=-1)
            tau = 2.0 / (1.0 + (A * A).sum(dim=-2))
            Q = _householder_product(A, tau)
            Q = Q * X.diagonal(dim1=-2, dim2=-1).int().unsqueeze(-2)
        if getattr(self, "base", None) is not None:
            Q = self.base @ Q
        if transposed:
            Q = Q.mT
        return Q

    def right_inverse(self, Q: Tensor) -> Tensor:  # noqa: N803
        with _no_grad():
            if Q.shape != self.shape:
                raise ValueError(f"Expected a matrix or batch of matrices of shape {self.shape}. "
                                 f"Got a tensor of shape {Q.shape}.")
            Q_init = Q  # noqa: N806
            n, k = Q.size(-2), Q.size(-1)
            if n < k:
                Q, n, k = Q.mT, k, n
            if not hasattr(self, "base"):
                raise NotImplementedError("orthogonal(use_trivialization=False): assigning a weight is not "
                                          "available in the embedded engine; `--backend torch` runs it.")
            if n == k:
                eye = F.eye(n, dtype=Q.dtype)
                tolerance = 10.0 * n * _dtypes.finfo(Q.dtype).eps  # PyTorch's test: exact up to rounding
                orthogonal = bool(F.allclose(Q.mT @ Q, eye.expand_as(Q), atol=tolerance))
                Q = Q.clone() if orthogonal else _make_orthogonal(Q)
            else:
                completion = F.randn(*(tuple(Q.shape[:-2]) + (n, n - k)), dtype=Q.dtype)
                Q = _make_orthogonal(F.cat([Q, completion], dim=-1))
            self.base = Q
            neg_id = F.zeros_like(Q_init)
            neg_id.diagonal(dim1=-2, dim2=-1).fill_(-1.0)
            return neg_id


_Orthogonal.__module__ = "torch.nn.utils.parametrizations"


def orthogonal(module: Module, name: str = "weight", orthogonal_map: _Optional[str] = None, *,
               use_trivialization: bool = True) -> Module:
    weight = getattr(module, name, None)
    if not isinstance(weight, Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if weight.ndim < 2:
        raise ValueError(f"Expected a matrix or batch of matrices. Got a tensor of {weight.ndim} dimensions.")
    if orthogonal_map is None:
        orthogonal_map = "matrix_exp" if weight.size(-2) == weight.size(-1) else "householder"
    if orthogonal_map not in _OrthMaps.__members__:
        raise ValueError("orthogonal_map has to be one of \"matrix_exp\", \"cayley\", \"householder\". "
                         f"Got: {orthogonal_map}")
    if not use_trivialization:
        raise NotImplementedError("orthogonal(use_trivialization=False) is not available in the embedded engine; "
                                  "`--backend torch` runs it.")
    parametrization = _Orthogonal(weight, _OrthMaps[orthogonal_map], use_trivialization)
    parametrize.register_parametrization(module, name, parametrization, unsafe=True)
    return module


__getattr__ = _module_getattr("torch.nn.utils.parametrizations")
