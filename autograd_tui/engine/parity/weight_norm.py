"""float32 weight normalization over dim 0 (``torch._weight_norm``'s fused CPU kernel) in
PyTorch's order.

Per row of ``v`` (everything after dim 0 flattened), measured against PyTorch 2.13 on AVX512
machines: sums of products run in 8 lanes (whole 8-float vectors added lane by lane, the leftover
products into the first lanes, then the lanes folded in halves; a row shorter than 8 is added
left to right), products rounded before they are added.

- forward: ``norm = sqrt(sum(v * v))``, ``w = v * (g / norm)``;
- backward: ``s = sum(grad_w * v)``, ``grad_g = s / norm``, ``a = g / norm``,
  ``b = a * grad_g / norm`` and ``grad_v = a * grad_w - b * v``, the last product fused into the
  subtraction (one rounding).
"""
from __future__ import annotations

import numpy as np

from autograd_tui.engine.parity.float32_math import _fma32
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from autograd_tui.engine.parity.softmax import row_sums

_F32 = np.float32
_LANES = 8  # this kernel's vectors, on the AVX512 machines it was measured on
_MEASURED = VECTOR_LANES == 16


def applies(v: np.ndarray, g: np.ndarray) -> bool:
    return _MEASURED and v.dtype == _F32 and g.dtype == _F32 and v.ndim >= 1 and v.size > 0


def _rows(x: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(x).reshape(x.shape[0], -1)


def _row_sums(products: np.ndarray) -> np.ndarray:
    return row_sums(products, _LANES)


def forward(v: np.ndarray, g: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(w, norm) for float32 ``v`` and ``g`` (one value per row of ``v``)."""
    rows = _rows(v)
    norm = np.sqrt(_row_sums(rows * rows))
    scale = g.reshape(-1) / norm
    return (rows * scale[:, None]).reshape(v.shape), norm


def backward(grad_w: np.ndarray, v: np.ndarray, g: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(grad_v, grad_g) of ``forward``, ``grad_g`` shaped like ``g``."""
    rows, grads = _rows(v), _rows(grad_w)
    norm = np.sqrt(_row_sums(rows * rows))
    grad_g = _row_sums(grads * rows) / norm
    a = g.reshape(-1) / norm
    b = a * grad_g / norm
    grad_v = _fma32(np.broadcast_to(-b[:, None], rows.shape), rows, grads * a[:, None])
    return grad_v.reshape(v.shape), grad_g.reshape(g.shape)
