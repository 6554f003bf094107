import torch

A = torch.tensor([[4.0, 3.0, 2.0],
                  [6.0, 3.0, 1.0],
                  [2.0, 5.0, 7.0]], dtype=torch.float64)


def doolittle(A):
    n = A.shape[0]
    L = torch.eye(n, dtype=A.dtype)
    U = torch.zeros_like(A)
    for i in range(n):
        for k in range(i, n):
            U[i, k] = A[i, k] - (L[i, :i] * U[:i, k]).sum()
        for k in range(i + 1, n):
            L[k, i] = (A[k, i] - (L[k, :i] * U[:i, i]).sum()) / U[i, i]
    return L, U


L, U = doolittle(A)
print("L =\n", L)
print("U =\n", U)
print("LU == A:", torch.allclose(L @ U, A))

P, L2, U2 = torch.linalg.lu(A)
print("pivoted P =\n", P)
print("pivoted U diagonal:", torch.diagonal(U2))
print("det from hand U:", torch.prod(torch.diagonal(U)).item())
print("det from torch:", round(torch.linalg.det(A).item(), 10))
LU, piv = torch.linalg.lu_factor(A)
print("pivots:", piv)
print(torch.linalg.lu_solve(LU, piv, torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)).squeeze())
