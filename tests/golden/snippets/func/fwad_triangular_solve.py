# Forward-mode derivative of a triangular solve: how x = A^-1 b moves when A and b move.
import torch
import torch.autograd.forward_ad as fwAD
from torch.func import jvp

torch.manual_seed(0)
A = torch.randn(3, 3, dtype=torch.float64).triu() + 2 * torch.eye(3, dtype=torch.float64)
b = torch.randn(3, 2, dtype=torch.float64)
dA = torch.randn(3, 3, dtype=torch.float64)
db = torch.randn(3, 2, dtype=torch.float64)

with fwAD.dual_level():
    x = torch.linalg.solve_triangular(fwAD.make_dual(A, dA), fwAD.make_dual(b, db), upper=True)
    print(fwAD.unpack_dual(x).tangent)
    sol, coeff = torch.triangular_solve(fwAD.make_dual(b, db), fwAD.make_dual(A, dA))
    print(fwAD.unpack_dual(sol).tangent)
    print(torch.equal(fwAD.unpack_dual(coeff).tangent, dA))
    sol_t, _ = torch.triangular_solve(fwAD.make_dual(b, db), A, upper=True, transpose=True)
    print(fwAD.unpack_dual(sol_t).tangent.tolist())

# torch.func.jvp on the same solve, only A moving; B on the right of the triangle
_, tangent = jvp(lambda A: torch.linalg.solve_triangular(A, b.T, upper=True, left=False), (A,), (dA,))
print(tangent)
_, tangent = jvp(lambda b: torch.triangular_solve(b, A, upper=False)[0], (b,), (db,))
print(tangent.tolist())
