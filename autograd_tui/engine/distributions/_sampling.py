"""The random draws the distributions need beyond the core's: exponential and multinomial.

Both consume PyTorch's CPU generator exactly as its kernels do: one double-precision uniform
(a 64-bit draw) per exponential variate, ``-log1p(-u)``; ``multinomial`` with one sample (or
without replacement) divides the probabilities by exponential variates and takes the largest
(the "Gumbel" trick PyTorch uses), and with replacement binary-searches one double uniform per
sample in the float cumulative distribution.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.parity import discrete_samplers
from autograd_tui.engine.parity.generator import Generator, default_generator

__all__ = ["exponential", "multinomial"]


def _gen(generator: Optional[Generator]) -> Generator:
    return default_generator if generator is None else generator


def exponential(shape: tuple, dtype: dtypes.dtype, lambd: float = 1.0, generator: Optional[Generator] = None) -> Tensor:
    """``torch.empty(shape, dtype=dtype).exponential_(lambd)``."""
    return make(discrete_samplers.exponential(_gen(generator), tuple(shape), lambd, dtype.np), dtype)


def multinomial(input: Tensor, num_samples: int, replacement: bool = False, *,
                generator: Optional[Generator] = None) -> Tensor:
    """``torch.multinomial``: ``num_samples`` category indices per row of (unnormalised) probabilities."""
    if input.ndim not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if not input.dtype.is_floating_point:
        names = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool"}
        raise RuntimeError("multinomial only supports floating-point dtypes for input, got: "
                           f"{names.get(input.dtype.name, input.dtype.name)}")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    n_categories = input.shape[-1]
    if not replacement and num_samples > n_categories:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    probs = input._data.reshape(-1, n_categories)
    if not replacement or num_samples == 1:
        if not (np.isfinite(probs).all() and (probs >= 0).all()):
            raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
        if (probs.sum(axis=1) == 0).any():
            raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
        q = exponential(probs.shape, input.dtype, 1.0, generator)._data
        keys = probs / q
        if num_samples == 1:
            picked = np.argmax(keys, axis=1)[:, None]
        else:
            picked = _F.topk(make(keys, input.dtype), num_samples)[1]._data
    else:
        gen = _gen(generator)
        picked = np.empty((probs.shape[0], num_samples), dtype=np.int64)
        for row, p in enumerate(probs):
            if (p < 0).any():
                raise RuntimeError("invalid multinomial distribution (encountering probability entry < 0)")
            if not np.isfinite(p).all():
                raise RuntimeError("invalid multinomial distribution (encountering probability entry = infinity "
                                   "or NaN)")
            cum = np.cumsum(p, dtype=p.dtype)  # accumulated in the input's type, left to right
            total = cum[-1]
            if not total > 0:
                raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
            cum = cum / total
            cum[-1] = 1
            u = gen._unit_floats(num_samples, np.dtype(np.float64))
            # The first bucket whose cumulative probability is not below the uniform.
            picked[row] = np.searchsorted(cum.astype(np.float64), u, side="left")
    out = picked.reshape(tuple(input.shape[:-1]) + (num_samples,)).astype(np.int64)
    return make(out, dtypes.int64)
