# torch.linalg.lu_factor / lu_factor_ex / lu / lu_solve and torch.lu_unpack: factors, pivots,
# strides, a singular matrix, the errors learners meet
import torch

torch.manual_seed(0)
A = torch.randn(4, 4, dtype=torch.float64)
LU, pivots = torch.linalg.lu_factor(A)
print(LU, pivots, LU.stride(), pivots.dtype)
P, L, U = torch.linalg.lu(A)
print(P)
print(L)
print(U)
print(torch.dist(P @ L @ U, A).item() < 1e-12)
b = torch.randn(4, 1, dtype=torch.float64)
x = torch.linalg.lu_solve(LU, pivots, b)
print(x.squeeze().tolist())
print(torch.lu_unpack(LU, pivots).L.tolist() == L.tolist())
batch = torch.randn(2, 3, 3)
res = torch.linalg.lu_factor(batch)
print(res.LU.stride(), res.pivots)
print(torch.linalg.lu_solve(res.LU, res.pivots, torch.randn(2, 3, 2)))
singular = torch.tensor([[1., 2.], [2., 4.]])
print(torch.linalg.lu_factor_ex(singular))
print(torch.linalg.lu(singular))
for bad in (lambda: torch.linalg.lu_factor(singular), lambda: torch.linalg.lu_factor(torch.ones(3)),
            lambda: torch.linalg.lu_factor(torch.eye(2), pivot=False),
            lambda: torch.linalg.lu_factor(torch.eye(2, dtype=torch.int64)),
            lambda: torch.linalg.lu_solve(LU, pivots, torch.ones(4)),
            lambda: torch.linalg.lu_solve(LU, pivots, torch.ones(3, 1, dtype=torch.float64))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(torch.lu_unpack(LU, pivots, unpack_data=False))
print(torch.lu_unpack(LU, pivots, unpack_pivots=False).P)
