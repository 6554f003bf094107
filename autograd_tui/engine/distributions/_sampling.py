"""The random draws the distributions need beyond the core's: exponential, multinomial and gamma.

Both consume PyTorch's CPU generator exactly as its kernels do: one double-precision uniform
(a 64-bit draw) per exponential variate, ``-log1p(-u)``; ``multinomial`` with one sample (or
without replacement) divides the probabilities by exponential variates and takes the largest
(the "Gumbel" trick PyTorch uses), and with replacement binary-searches one double uniform per
sample in the float cumulative distribution.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import discrete_samplers
from autograd_tui.engine.parity.generator import Generator, default_generator
from autograd_tui.engine.record import RULES, record

__all__ = ["exponential", "multinomial", "standard_gamma", "sample_dirichlet"]


def _gen(generator: Optional[Generator]) -> Generator:
    return default_generator if generator is None else generator


def exponential(shape: tuple, dtype: dtypes.dtype, lambd: float = 1.0, generator: Optional[Generator] = None) -> Tensor:
    """``torch.empty(shape, dtype=dtype).exponential_(lambd)``."""
    return make(discrete_samplers.exponential(_gen(generator), tuple(shape), lambd, dtype.np), dtype)


def multinomial(input: Tensor, num_samples: int, replacement: bool = False, *,
                generator: Optional[Generator] = None) -> Tensor:
    """``torch.multinomial`` itself (one sampler for the factories, Categorical and the data samplers)."""
    return _F.multinomial(input, num_samples, replacement, generator=generator)


_SQUEEZE_F32 = float(np.float32(0.0331))  # ATen's 0.0331f


def _gamma_variate(alpha: np.floating, gen: Generator) -> float:
    """One Gamma(alpha, 1) variate, drawn as ATen's ``sample_gamma`` draws it: Marsaglia and Tsang's
    acceptance-rejection from double normals (Box-Muller, with the cached second value) and double
    uniforms, alpha < 1 boosted by one with a uniform's power. alpha, its boost, 1 / alpha and
    d = alpha - 1/3 are computed in alpha's own type (a float32 alpha rounds them), the rest in double."""
    def uniform() -> float:
        return float(gen._unit_floats(1, np.dtype(np.float64))[0])

    def normal() -> float:
        return float(gen._normal_one_by_one(1, 0.0, 1.0)[0])

    t = type(alpha)
    scale = 1.0
    if alpha < 1:
        if alpha == 0:
            return 0.0
        scale *= (1.0 - uniform()) ** float(t(1) / alpha)
        alpha = alpha + t(1)
    d = float(alpha - t(np.float32(1) / np.float32(3)))
    c = 1.0 / math.sqrt(9.0 * d)
    while True:
        x = normal()
        y = 1.0 + c * x
        while y <= 0:
            x = normal()
            y = 1.0 + c * x
        v = y * y * y
        u = 1.0 - uniform()
        xx = x * x
        if u < 1.0 - _SQUEEZE_F32 * xx * xx or math.log(u) < 0.5 * xx + d * (1.0 - v + math.log(v)):
            return scale * d * v


def standard_gamma(alpha: Tensor, generator: Optional[Generator] = None) -> Tensor:
    """``torch._standard_gamma``: one variate per element, in order, at least the dtype's tiny; its node
    (StandardGammaBackward0) carries the draw's gradient with respect to ``alpha``."""
    gen = _gen(generator)
    np_dtype = alpha.dtype.np
    values = [_gamma_variate(a, gen) for a in alpha._data.reshape(-1)]
    tiny = np.finfo(np_dtype).tiny
    out = make(np.maximum(np.asarray(values, np.float64).astype(np_dtype), tiny).reshape(alpha.shape), alpha.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["_standard_gamma"], (alpha,), out)  # the draw's reparameterized gradient
    return out


def sample_dirichlet(alpha: Tensor, generator: Optional[Generator] = None) -> Tensor:
    """``torch._sample_dirichlet``: gamma variates in double precision (whatever the dtype), each
    divided by its row's sum, cast back and kept inside (0, 1)."""
    gen = _gen(generator)
    gammas = np.asarray([max(_gamma_variate(np.float64(a), gen), np.finfo(np.float64).tiny)
                         for a in alpha._data.reshape(-1)], np.float64).reshape(alpha.shape)
    sums = _F.sum(make(gammas, dtypes.float64), -1, True)._data
    np_dtype = alpha.dtype.np
    ratio = (gammas / sums).astype(np_dtype)
    top = np.nextafter(np.ones((), np_dtype), np.zeros((), np_dtype))
    return make(np.minimum(top, np.maximum(np.finfo(np_dtype).tiny, ratio)), alpha.dtype)
