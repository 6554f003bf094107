"""PyTorch 1.x's linear-algebra names, as PyTorch 2.13 still answers them.

Old tutorials and answers call them. Two kinds:
- removed (``torch.solve(B, A)``, ``symeig``, ``eig``, ``lstsq``, ``matrix_rank``): PyTorch keeps
  stubs whose RuntimeError says what replaces each call, so the engine raises the same rather than
  calling them missing (tests/golden/snippets/linalg/removed_functions.py);
- deprecated (``chain_matmul``, ``lu``, ``lu_solve``, ``triangular_solve``): they still work, warning once with the new
  call, on top of ``torch.linalg`` (tests/golden/snippets/linalg/deprecated_lu_chain_matmul.py).
"""
from __future__ import annotations

from typing import Any, NoReturn

from autograd_tui.engine import functions as _F
from autograd_tui.engine import linalg as _linalg
from autograd_tui.engine._tensor import Tensor, warn_once
from autograd_tui.engine.functions._structseq import return_type
from autograd_tui.engine.functions.triangular_solve_op import triangular_solve as _triangular_solve

_REMOVED = "This function was deprecated since version 1.9 and is now removed."

_SOLVE = (
    f"{_REMOVED} `torch.solve` is deprecated in favor of `torch.linalg.solve`. `torch.linalg.solve` has its "
    "arguments reversed and does not return the LU factorization.\n\nTo get the LU factorization see `torch.lu`, "
    "which can be used with `torch.lu_solve` or `torch.lu_unpack`.\nX = torch.solve(B, A).solution should be "
    "replaced with:\nX = torch.linalg.solve(A, B)")
_SYMEIG = (
    f"{_REMOVED} The default behavior has changed from using the upper triangular portion of the matrix by default "
    "to using the lower triangular portion.\n\nL, _ = torch.symeig(A, upper=upper) should be replaced with:\n"
    "L = torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')\n\nand\n\nL, V = torch.symeig(A, eigenvectors=True) "
    "should be replaced with:\nL, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')")
_EIG = (
    f"{_REMOVED} `torch.linalg.eig` returns complex tensors of dtype `cfloat` or `cdouble` rather than real tensors "
    "mimicking complex tensors.\n\nL, _ = torch.eig(A) should be replaced with:\nL_complex = torch.linalg.eigvals(A)"
    "\n\nand\n\nL, V = torch.eig(A, eigenvectors=True) should be replaced with:\n"
    "L_complex, V_complex = torch.linalg.eig(A)")
_LSTSQ = (
    f"{_REMOVED} `torch.lstsq` is deprecated in favor of `torch.linalg.lstsq`.\n`torch.linalg.lstsq` has reversed "
    "arguments and does not return the QR decomposition in the returned tuple (although it returns other "
    "information about the problem).\n\nTo get the QR decomposition consider using `torch.linalg.qr`.\n\n"
    "The returned solution in `torch.lstsq` stored the residuals of the solution in the last m - n columns of "
    "the returned value whenever m > n. In torch.linalg.lstsq, the residuals are in the field 'residuals' of the "
    "returned named tuple.\n\nThe unpacking of the solution, as in\nX, _ = torch.lstsq(B, A).solution[:A.size(1)]"
    "\nshould be replaced with:\nX = torch.linalg.lstsq(A, B).solution")
_MATRIX_RANK = (
    f"{_REMOVED}\nPlease use the `torch.linalg.matrix_rank` function instead. The parameter 'symmetric' was "
    "renamed in `torch.linalg.matrix_rank()` to 'hermitian'.")


# torch.* stubs, with PyTorch's Python signatures (a wrong call is Python's TypeError, as there)
def solve(input, A, *, out=None) -> NoReturn:
    raise RuntimeError(_SOLVE)


def symeig(input, eigenvectors=False, upper=True, *, out=None) -> NoReturn:
    raise RuntimeError(_SYMEIG)


def eig(self, eigenvectors: bool = False, *, e=None, v=None) -> NoReturn:
    raise RuntimeError(_EIG)


def lstsq(input, A, *, out=None) -> NoReturn:
    raise RuntimeError(_LSTSQ)


def matrix_rank(input, tol=None, symmetric=False, *, out=None) -> NoReturn:
    raise RuntimeError(_MATRIX_RANK)


# the Tensor methods (torch.Tensor has no matrix_rank)
def _solve_method(self, other) -> NoReturn:
    raise RuntimeError(_SOLVE)


def _symeig_method(self, eigenvectors=False) -> NoReturn:
    raise RuntimeError(_SYMEIG)


def _eig_method(self, eigenvectors=False) -> NoReturn:
    raise RuntimeError(_EIG)


def _lstsq_method(self, other) -> NoReturn:
    raise RuntimeError(_LSTSQ)


_CHAIN_MATMUL = (
    "torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use torch.linalg.multi_dot "
    "instead, which accepts a list of two or more tensors rather than multiple parameters. (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:1102.)")
_LU = (
    "torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and will be removed in a "
    "future PyTorch release.\nLU, pivots = torch.lu(A, compute_pivots)\nshould be replaced with\n"
    "LU, pivots = torch.linalg.lu_factor(A, compute_pivots)\nand\n"
    "LU, pivots, info = torch.lu(A, compute_pivots, get_infos=True)\nshould be replaced with\n"
    "LU, pivots, info = torch.linalg.lu_factor_ex(A, compute_pivots) (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2073.)")
_LU_SOLVE = (  # "lu_solveand": PyTorch's message lacks the space
    "torch.lu_solve is deprecated in favor of torch.linalg.lu_solveand will be removed in a future PyTorch "
    "release.\nNote that torch.linalg.lu_solve has its arguments reversed.\nX = torch.lu_solve(B, LU, pivots)\n"
    "should be replaced with\nX = torch.linalg.lu_solve(LU, pivots, B) (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2230.)")


def _refuse_out(name: str, out: Any) -> None:
    if out is not None:  # these stubs take out= by name only; the engine does not write into it
        raise NotImplementedError(f"torch.{name}(out=...) is not available in the embedded engine; "
                                  "`--backend torch` runs it.")


def chain_matmul(*matrices: Tensor, out: Any = None) -> Tensor:
    """``linalg.multi_dot`` of two-dimensional matrices only; one matrix comes back cloned."""
    warn_once(_CHAIN_MATMUL, at_library=True)  # PyTorch's warning points into torch/functional.py
    _refuse_out("chain_matmul", out)
    if not matrices:
        raise RuntimeError("chain_matmul(): Expected one or more matrices")
    for m in matrices:
        if m.ndim != 2:
            raise RuntimeError(f"Tensor dimension is {m.ndim}, expected 2 instead.")
    if len(matrices) == 1:
        return matrices[0].clone()
    return _linalg.multi_dot(list(matrices))


def lu(A: Tensor, pivot: bool = True, get_infos: bool = False, out: Any = None) -> Any:  # noqa: N803
    """(LU, pivots) of ``linalg.lu_factor_ex``; with ``get_infos`` its info too, under the name
    ``_lu_with_info``. A singular matrix is no error (its info says where)."""
    warn_once(_LU, at_library=True)
    _refuse_out("lu", out)
    LU, pivots, info = _F.linalg_lu_factor_ex(A, pivot=pivot)  # noqa: N806
    if get_infos:
        return return_type("_lu_with_info", ("LU", "pivots", "info"))((LU, pivots, info))
    return LU, pivots


def lu_solve(b: Tensor, LU_data: Tensor, LU_pivots: Tensor, *, out: Any = None) -> Tensor:  # noqa: N803
    """``linalg.lu_solve(LU, pivots, B)``, its arguments in the old order."""
    warn_once(_LU_SOLVE)
    _refuse_out("lu_solve", out)
    return _F.linalg_lu_solve(LU_data, LU_pivots, b)


_TRIANGULAR_SOLVE = (  # "solve_triangularand": PyTorch's message lacks the space
    "torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be removed in a future "
    "PyTorch release.\ntorch.linalg.solve_triangular has its arguments reversed and does not return a copy of one "
    "of the inputs.\nX = torch.triangular_solve(B, A).solution\nshould be replaced with\n"
    "X = torch.linalg.solve_triangular(A, B). (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2273.)")


def triangular_solve(input: Tensor, A: Tensor, upper: bool = True, transpose: bool = False,  # noqa: N803
                     unitriangular: bool = False, *, out: Any = None) -> Any:
    warn_once(_TRIANGULAR_SOLVE)
    _refuse_out("triangular_solve", out)
    return _triangular_solve(input, A, upper, transpose, unitriangular)


def _triangular_solve_method(self, A, upper=True, transpose=False, unitriangular=False) -> Any:  # noqa: N803
    return triangular_solve(self, A, upper, transpose, unitriangular)


def _lu_method(self, pivot=True, get_infos=False) -> Any:
    return lu(self, pivot=pivot, get_infos=get_infos)


def _lu_solve_method(self, LU_data, LU_pivots) -> Tensor:  # noqa: N803
    return lu_solve(self, LU_data, LU_pivots)


_JIT_ONLY = ("at::{0} is deprecated and it is just left for JIT compatibility. It will be removed in a future PyTorch "
             "release. Please use `{1}` instead (Triggered internally at "
             "/__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:{2}.)")


def frobenius_norm(input: Tensor, dim: Any, keepdim: bool = False, *, out: Any = None) -> Tensor:
    """ATen's own norm (``NormBackward1``) over at most two dims."""
    warn_once(_JIT_ONLY.format("frobenius_norm", "linalg.vector_norm(A, 2., dim, keepdim)", 3175))
    _refuse_out("frobenius_norm", out)
    dims = (dim,) if isinstance(dim, int) else tuple(dim)
    if len(dims) > 2:
        raise RuntimeError(f"Expected at most 2 dimensions, but got {len(dims)} dimensions instead.")
    return _F.aten_norm(input, 2, dims, keepdim)


def nuclear_norm(input: Tensor, dim: Any = None, keepdim: bool = False, *, out: Any = None) -> Tensor:
    if isinstance(dim, bool):  # the overload without dims: (input, keepdim)
        dim, keepdim = None, dim
    warn_once(_JIT_ONLY.format("nuclear_norm", "linalg.matrix_norm(A, 'nuc', dim, keepdim)", 3229))
    _refuse_out("nuclear_norm", out)
    return _linalg.matrix_norm(input, "nuc", (-2, -1) if dim is None else dim, keepdim)


FUNCTIONS = {"solve": solve, "symeig": symeig, "eig": eig, "lstsq": lstsq, "matrix_rank": matrix_rank,
             "chain_matmul": chain_matmul, "lu": lu, "lu_solve": lu_solve, "triangular_solve": triangular_solve,
             "frobenius_norm": _F.parsed(frobenius_norm), "nuclear_norm": _F.parsed(nuclear_norm)}
METHODS = {"solve": _solve_method, "symeig": _symeig_method, "eig": _eig_method, "lstsq": _lstsq_method,
           "lu": _lu_method, "lu_solve": _lu_solve_method, "triangular_solve": _triangular_solve_method}
