"""``torch.distributions.utils``: the helpers the distributions share (probabilities from logits and
back, clamping, broadcasting parameters, cached properties) and the packing of a lower-triangular
matrix into a vector and back."""
from __future__ import annotations as _annotations

from autograd_tui.engine import functions as _F
from autograd_tui.engine import missing as _missing
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.distributions.bernoulli import clamp_probs, logits_to_probs, probs_to_logits
from autograd_tui.engine.distributions.distribution import broadcast_all, lazy_property
from autograd_tui.engine.dtypes import finfo as _finfo

__all__ = ["broadcast_all", "logits_to_probs", "clamp_probs", "probs_to_logits", "lazy_property",
           "tril_matrix_to_vec", "vec_to_tril_matrix"]

euler_constant = 0.57721566490153286060  # Euler-Mascheroni constant, as PyTorch's module binds it


def _below_diagonal(n: int, diag: int) -> _Tensor:
    """The (n, n) mask of the entries on or below diagonal ``diag``."""
    rows = _F.arange(n)
    return rows < rows.view(-1, 1) + (diag + 1)


def tril_matrix_to_vec(mat: _Tensor, diag: int = 0) -> _Tensor:
    n = mat.shape[-1]
    if diag < -n or diag >= n:
        raise ValueError(f"diag ({diag}) provided is outside [{-n}, {n - 1}].")
    return mat[..., _below_diagonal(n, diag)]


def vec_to_tril_matrix(vec: _Tensor, diag: int = 0) -> _Tensor:
    # the side n solves n (n + 1) / 2 + (terms for the diagonal offset) = len(vec)
    width = 1 + 2 * diag
    n = (-width + (width ** 2 + 8 * vec.shape[-1] + 4 * abs(diag) * (diag + 1)) ** 0.5) / 2
    if round(n) - n > _finfo(vec.dtype).eps:
        raise ValueError(f"The size of last dimension is {vec.shape[-1]} which cannot be expressed as the "
                         "lower triangular part of a square D x D matrix.")
    n = round(n)
    mat = vec.new_zeros(tuple(vec.shape[:-1]) + (n, n))
    mat[..., _below_diagonal(n, diag)] = vec
    return mat


for _shared in (broadcast_all, clamp_probs, logits_to_probs, probs_to_logits, lazy_property):
    _shared.__module__ = "torch.distributions.utils"  # where PyTorch defines them
__getattr__ = _missing.module_getattr("torch.distributions.utils")
