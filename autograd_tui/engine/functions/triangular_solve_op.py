"""``torch.triangular_solve(b, A)``: PyTorch 1.x's triangular solve, deprecated but still there.

It solves ``A X = b`` (``A^T X = b`` with ``transpose``) reading one triangle of A, and also returns
a copy of A (``cloned_coefficient``). Both outputs hang from one TriangularSolveBackward0 node,
whose formula is PyTorch's ``triangular_solve_backward``. The solve itself is
``linalg.solve_triangular``'s substitution (LAPACK's trtrs calls the same trsm).
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions._common import _R, _scalar_type_name
from autograd_tui.engine.functions._structseq import return_type
from autograd_tui.engine.functions.creation import zeros
from autograd_tui.engine.functions.decompositions import linalg_solve_triangular
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.record import record_outputs


def triangular_solve(b: Tensor, A: Tensor, upper: bool = True, transpose: bool = False,  # noqa: N803
                     unitriangular: bool = False) -> Any:
    if b.ndim < 2:
        raise RuntimeError(f"torch.triangular_solve: Expected b to have at least 2 dimensions, but it has "
                           f"{b.ndim} dimensions instead")
    if A.ndim < 2:
        raise RuntimeError(f"torch.triangular_solve: Expected A to have at least 2 dimensions, but it has "
                           f"{A.ndim} dimensions instead")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"A must be batches of square matrices, but they are {A.shape[-2]} by {A.shape[-1]} "
                           "matrices")
    if b.dtype is not A.dtype:
        raise RuntimeError(f"Expected b and A to have the same dtype, but found b of type "
                           f"{_scalar_type_name(b.dtype)} and A of type {_scalar_type_name(A.dtype)} instead.")
    if not A.dtype.is_floating_point or A.dtype in (dtypes.float16, dtypes.bfloat16):
        raise NotImplementedError(f"\"triangular_solve_cpu\" not implemented for '{_scalar_type_name(A.dtype)}'")
    if b.shape[-2] != A.shape[-1]:
        raise RuntimeError(f"Incompatible matrix sizes for triangular_solve: each A matrix is {A.shape[-2]} by "
                           f"{A.shape[-1]} but each b matrix is {b.shape[-2]} by {b.shape[-1]}")
    with no_grad():
        coefficient = A.mT if transpose else A
        solution = linalg_solve_triangular(coefficient, b, upper=upper != transpose, unitriangular=unitriangular)
        # LAPACK's column-major copy (as PyTorch's strides show), broadcast to b's batch
        batch = tuple(np.broadcast_shapes(tuple(b.shape[:-2]), tuple(A.shape[:-2])))
        cloned = A.expand(batch + tuple(A.shape[-2:])).mT.contiguous().mT
    record_outputs(_R["triangular_solve"], (b, A), {"solution": solution, "cloned_coefficient": cloned},
                   {"upper": upper, "transpose": transpose, "unitriangular": unitriangular})
    return return_type("triangular_solve", ("solution", "cloned_coefficient"))((solution, cloned))


def triangular_solve_backward(grads: list, b: Tensor, A: Tensor, solution: Tensor, upper: bool,  # noqa: N803
                              transpose: bool, unitriangular: bool, which: str) -> Tensor:
    """PyTorch's formula: grad_b solves the transposed system for the solution's gradient;
    grad_A is -grad_b X^T (X grad_b^T when transposed), cut to A's triangle, plus the copy's gradient.
    A gradient the formula has no term for is zeros (expanded), as PyTorch's."""
    grad_x, grad_copy = grads
    grad_b = grad_a = None
    if grad_x is not None:
        grad_b = triangular_solve(grad_x, A, upper, not transpose, unitriangular)[0]
        if which == "A":
            grad_a = -(solution @ grad_b.mT) if transpose else -(grad_b @ solution.mT)
            grad_a = grad_a.triu(int(unitriangular)) if upper else grad_a.tril(-int(unitriangular))
    if which == "self":
        return grad_b if grad_b is not None else zeros(1, dtype=b.dtype).expand_as(b)
    if grad_a is None:
        grad_a = zeros(1, dtype=A.dtype).expand_as(A)
    return grad_a + grad_copy if grad_copy is not None else grad_a


def _minus_product(b_t: Tensor | None, product: Tensor | None) -> Tensor:
    """``b_t - product`` with a missing tangent as PyTorch's zero tensor: b_t itself, or -product."""
    if product is None:
        assert b_t is not None
        return b_t
    return -product if b_t is None else b_t - product


def solve_triangular_jvp(inputs: tuple, tangents: list, out: Tensor, attrs: dict) -> Tensor:
    """derivatives.yaml's ``linalg_solve_triangular_forward_AD``: A's tangent cut to the triangle
    the solve reads, ``B_t - A_t X`` (``X A_t`` on the right) solved with A again."""
    A, _ = inputs  # noqa: N806
    A_t, B_t = tangents  # noqa: N806
    upper, left, unit = attrs["upper"], attrs["left"], attrs["unitriangular"]
    product = None
    if A_t is not None:
        cut = A_t.triu(int(unit)) if upper else A_t.tril(-int(unit))
        product = cut @ out if left else out @ cut
    return linalg_solve_triangular(A, _minus_product(B_t, product), upper=upper, left=left,
                                   unitriangular=unit)


def triangular_solve_jvp(inputs: tuple, tangents: list, outputs: dict, attrs: dict) -> dict:
    """derivatives.yaml's tangents of both outputs: the solution's ``triangular_solve_jvp`` solves
    ``b_t - A_t X`` with A and the same flags (A's whole tangent, not transposed with ``transpose``:
    measured), the copy's is A's tangent."""
    b, A = inputs  # noqa: N806
    b_t, A_t = tangents  # noqa: N806
    product = None if A_t is None else A_t @ outputs["solution"]
    solution_t = triangular_solve(_minus_product(b_t, product), A, attrs["upper"], attrs["transpose"],
                                  attrs["unitriangular"])[0]
    cloned = outputs["cloned_coefficient"]
    if A_t is not None and tuple(A_t.shape) != tuple(cloned.shape):
        A_t = A_t.expand(tuple(cloned.shape))  # noqa: N806
    return {"solution": solution_t, "cloned_coefficient": A_t}
