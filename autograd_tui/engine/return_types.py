"""``torch.return_types``: the classes of the engine's multi-tensor results (see functions/_structseq.py)."""
from __future__ import annotations as _annotations

from typing import Any as _Any

from autograd_tui.engine import missing as _missing
from autograd_tui.engine.functions._structseq import return_type as _return_type

_PAIR = ("values", "indices")
_FIELDS: dict[str, tuple[str, ...]] = {
    **{name: _PAIR for name in ("max", "min", "sort", "topk", "kthvalue", "median", "nanmedian", "mode",
                                "cummax", "cummin")},
    "aminmax": ("min", "max"),
    "histogram": ("hist", "bin_edges"),
    "histogramdd": ("hist", "bin_edges"),
    "frexp": ("mantissa", "exponent"),
    "svd": ("U", "S", "V"),
    "linalg_svd": ("U", "S", "Vh"),
    "qr": ("Q", "R"),
    "linalg_qr": ("Q", "R"),
    "linalg_eigh": ("eigenvalues", "eigenvectors"),
    "linalg_eig": ("eigenvalues", "eigenvectors"),
    "slogdet": ("sign", "logabsdet"),
    "linalg_slogdet": ("sign", "logabsdet"),
    "linalg_lstsq": ("solution", "residuals", "rank", "singular_values"),
    "linalg_inv_ex": ("inverse", "info"),
    "linalg_solve_ex": ("result", "info"),
    "linalg_cholesky_ex": ("L", "info"),
    "linalg_lu_factor": ("LU", "pivots"),
    "linalg_lu_factor_ex": ("LU", "pivots", "info"),
    "linalg_lu": ("P", "L", "U"),
    "lu_unpack": ("P", "L", "U"),
}

__all__ = sorted(_FIELDS)


def __getattr__(name: str) -> _Any:
    if name in _FIELDS:
        return _return_type(name, _FIELDS[name])
    raise _missing.no_attribute("torch.return_types", name)
