import torch

torch.manual_seed(3)
n = 5
A = torch.randn(n, n, dtype=torch.float64)
b = torch.randn(n, dtype=torch.float64)


def gauss_solve(A, b):
    A = A.clone()
    b = b.clone()
    n = A.shape[0]
    for k in range(n - 1):
        p = torch.argmax(A[k:, k].abs()).item() + k
        if p != k:
            A[[k, p]] = A[[p, k]]
            b[[k, p]] = b[[p, k]]
        for i in range(k + 1, n):
            m = A[i, k] / A[k, k]
            A[i, k:] -= m * A[k, k:]
            b[i] -= m * b[k]
    x = torch.zeros(n, dtype=A.dtype)
    for i in range(n - 1, -1, -1):
        x[i] = (b[i] - A[i, i + 1:] @ x[i + 1:]) / A[i, i]
    return x, A


x_hand, U = gauss_solve(A, b)
x_lib = torch.linalg.solve(A, b)
torch.set_printoptions(precision=10)
print("upper triangular factor:\n", torch.triu(U))
print("by hand:", x_hand)
print("library:", x_lib)
print("max diff:", (x_hand - x_lib).abs().max().item() < 1e-12)
print("residual by hand small:", torch.linalg.norm(A @ x_hand - b).item() < 1e-12)
