"""The linear-algebra functions PyTorch 1.9 deprecated and 2.x keeps only as stubs that raise.

Old tutorials and answers still call ``torch.solve(B, A)``, ``torch.symeig``, ``torch.eig``,
``torch.lstsq`` and ``torch.matrix_rank``. PyTorch 2.13 raises a RuntimeError whose message says
what replaces each call; the engine raises the same, so a learner pasting old code learns the
new call here rather than being told the function is missing. The messages are PyTorch's own
(recorded in tests/golden/snippets/linalg/removed_functions.py).
"""
from __future__ import annotations

from typing import NoReturn

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


FUNCTIONS = {"solve": solve, "symeig": symeig, "eig": eig, "lstsq": lstsq, "matrix_rank": matrix_rank}
METHODS = {"solve": _solve_method, "symeig": _symeig_method, "eig": _eig_method, "lstsq": _lstsq_method}
