"""``torch.special``: SciPy-style names for functions the engine already has under ``torch``.

The names are the very ``torch`` functions (``torch.special.expit`` is ``torch.sigmoid``), so
values and ``grad_fn`` names are theirs, as in PyTorch, where these are aliases too. The Bessel
functions and orthogonal polynomials are ``torch.special``'s own (``functions/special_kernels.py``).
"""
from __future__ import annotations as _annotations

import sys as _sys
import types as _types
from typing import Any as _Any

from autograd_tui.engine import meta as _meta
from autograd_tui.engine import missing as _missing
from autograd_tui.engine import public_names as _public_names
from autograd_tui.engine.functions import bessel as _bessel
from autograd_tui.engine.functions import special as _functions_special
from autograd_tui.engine.functions import recorded_parser as _recorded_parser
from autograd_tui.engine.functions import special_kernels as _kernels
from autograd_tui.engine.functions.out import with_out as _with_out
from autograd_tui.engine.functions.statistics import _add_scalar, _mul_scalar

_SQRT1_2 = 0.7071067811865476  # M_SQRT1_2, the double ATen multiplies by

# special name -> torch name
_ALIASES = {
    "erf": "erf", "erfc": "erfc", "erfinv": "erfinv", "exp2": "exp2", "expit": "sigmoid", "expm1": "expm1",
    "log1p": "log1p", "log_softmax": "log_softmax", "logit": "logit", "logsumexp": "logsumexp",
    "sinc": "sinc", "softmax": "softmax", "xlogy": "xlogy",
    "digamma": "digamma", "psi": "digamma", "gammaln": "lgamma", "polygamma": "polygamma", "multigammaln": "mvlgamma",
}


def entr(input: _Any) -> _Any:
    """-x * log(x) element-wise (0 at 0, -inf below 0); a function of its own, not an alias."""
    return _functions_special.entr(input)


entr = _with_out(entr)


def xlog1py(input: _Any, other: _Any) -> _Any:
    """x * log1p(y), 0 where x is 0: only under ``torch.special`` (no ``torch.xlog1py``)."""
    return _functions_special.xlog1py(input, other)


xlog1py = _with_out(xlog1py)


def ndtr(input: _Any) -> _Any:
    """The standard normal CDF as ATen's composite (1 + erf(x * sqrt(1/2))) * 0.5, node for node."""
    if not isinstance(input, _torch().Tensor):
        raise TypeError(f"special_ndtr(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    return _mul_scalar(_add_scalar(_torch().erf(_mul_scalar(input, _SQRT1_2)), 1), 0.5)


log_ndtr = _with_out(_functions_special.log_ndtr)
ndtri = _with_out(_functions_special.ndtri)


def zeta(input: _Any, other: _Any = _kernels.MISSING, **unknown: _Any) -> _Any:
    """The Hurwitz zeta function zeta(x, q): only under ``torch.special`` (no ``torch.zeta``)."""
    return _functions_special.zeta(input, other, **unknown)


zeta = _with_out(zeta)

# The modified Bessel functions of the first kind, orders 0 and 1, and their forms scaled by exp(-|x|).
i0 = _with_out(_bessel.special_i0)
i0e = _with_out(_bessel.special_i0e)
i1 = _with_out(_bessel.special_i1)
i1e = _with_out(_bessel.special_i1e)


def _bessel_entry(name: str) -> _Any:
    def entry(input: _Any) -> _Any:
        return _kernels.bessel_function(name, input)
    # (Python's argument errors name the qualname: PyTorch's builtin is special_<name>)
    entry.__name__, entry.__qualname__ = name, f"special_{name}"
    entry.__doc__ = f"``torch.special.{name}`` of each element (no gradient, as in PyTorch)."
    entry.no_derivative = True  # type: ignore[attr-defined]  # (out= read by functions/out.py)
    return _with_out(entry)


def _polynomial_entry(name: str) -> _Any:
    def entry(input: _Any, n: _Any = _kernels.MISSING, **unknown: _Any) -> _Any:
        return _kernels.polynomial(name, input, n, **unknown)
    entry.__name__, entry.__qualname__ = name, f"special_{name}"
    entry.__doc__ = f"``torch.special.{name}(input, n)`` (no gradient, as in PyTorch)."
    entry.no_derivative = True  # type: ignore[attr-defined]  # (out= read by functions/out.py)
    return _with_out(entry)


bessel_j0 = _bessel_entry("bessel_j0")
bessel_j1 = _bessel_entry("bessel_j1")
bessel_y0 = _bessel_entry("bessel_y0")
bessel_y1 = _bessel_entry("bessel_y1")
modified_bessel_i0 = _bessel_entry("modified_bessel_i0")
modified_bessel_i1 = _bessel_entry("modified_bessel_i1")
modified_bessel_k0 = _bessel_entry("modified_bessel_k0")
modified_bessel_k1 = _bessel_entry("modified_bessel_k1")
scaled_modified_bessel_k0 = _bessel_entry("scaled_modified_bessel_k0")
scaled_modified_bessel_k1 = _bessel_entry("scaled_modified_bessel_k1")
spherical_bessel_j0 = _bessel_entry("spherical_bessel_j0")
airy_ai = _bessel_entry("airy_ai")
chebyshev_polynomial_t = _polynomial_entry("chebyshev_polynomial_t")
chebyshev_polynomial_u = _polynomial_entry("chebyshev_polynomial_u")
chebyshev_polynomial_v = _polynomial_entry("chebyshev_polynomial_v")
chebyshev_polynomial_w = _polynomial_entry("chebyshev_polynomial_w")
shifted_chebyshev_polynomial_t = _polynomial_entry("shifted_chebyshev_polynomial_t")
shifted_chebyshev_polynomial_u = _polynomial_entry("shifted_chebyshev_polynomial_u")
shifted_chebyshev_polynomial_v = _polynomial_entry("shifted_chebyshev_polynomial_v")
shifted_chebyshev_polynomial_w = _polynomial_entry("shifted_chebyshev_polynomial_w")
hermite_polynomial_h = _polynomial_entry("hermite_polynomial_h")
hermite_polynomial_he = _polynomial_entry("hermite_polynomial_he")
laguerre_polynomial_l = _polynomial_entry("laguerre_polynomial_l")
legendre_polynomial_p = _polynomial_entry("legendre_polynomial_p")


def round(input: _Any, *, decimals: int = 0) -> _Any:  # noqa: A001 - torch.special.round
    """Always the ``decimals`` overload of ``torch.round`` (its node is ``RoundBackward1``)."""
    return _torch().round(input, decimals=decimals)


def _torch() -> _Any:
    return _sys.modules[__name__.rpartition(".")[0]]  # the engine package, loaded before this module


# alias -> (the torch function, its copy named special_<alias>), made on first use
_NAMED: dict[str, tuple[_Any, _Any]] = {}


def __getattr__(name: str) -> object:
    if name in _ALIASES:
        # PyTorch's builtin is named special_<name> (torch.special.expit.__name__ == 'special_expit')
        function = _public_names.plain(getattr(_torch(), _ALIASES[name]))
        if name not in _NAMED or _NAMED[name][0] is not function:
            # a builtin of torch._C._special, as PyTorch's (<built-in function special_expit>)
            copy = function
            if isinstance(function, _types.FunctionType):  # (its errors name special_<name> too)
                checked = _recorded_parser.parser_checked(function, name, "special", "special_")
                copy = _public_names.Builtin(_public_names.renamed(checked, f"special_{name}"), "", "torch._C._special")
            _NAMED[name] = (function, copy)
        return _NAMED[name][1]
    raise _missing.no_attribute("torch.special", name)


def __dir__() -> list[str]:
    return sorted([*_ALIASES, "entr", "i0", "i0e", "i1", "i1e", "log_ndtr", "ndtr", "ndtri", "round", "xlog1py", "zeta",
                   *_kernels.NAMES])


_public_names.name_as_torch(globals(), "special_")
_recorded_parser.with_recorded_signatures(globals(), "special", "special_")  # a refused call: the parser's words
_meta.register(globals())  # its public entries, rerouted once a meta tensor exists (meta.py)
